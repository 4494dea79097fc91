namespace PoolGen.Generator;

/// <summary>Names of the incremental pipeline's steps, so tests can check what was cached.</summary>
public static class TrackingNames
{
    /// <summary>Each [Pool] method turned into a model plus diagnostics.</summary>
    public const string Parse = "PoolGen.Parse";

    /// <summary>The diagnostics of each method.</summary>
    public const string Diagnostics = "PoolGen.Diagnostics";

    /// <summary>The project options the generator reads (PoolGenVectorize).</summary>
    public const string Options = "PoolGen.Options";

    /// <summary>The kernel plan of each method that produces a source file.</summary>
    public const string Plans = "PoolGen.Plans";

    /// <summary>The plans paired with their unique file names.</summary>
    public const string Files = "PoolGen.Files";

    /// <summary>The text of each generated file (and an internal error, if emitting failed).</summary>
    public const string Sources = "PoolGen.Sources";
}
