using Microsoft.CodeAnalysis;

namespace PoolGen.Generator.Model;

/// <summary>A diagnostic as plain data, turned into a <see cref="Diagnostic"/> only when it is reported.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs)
        => new(descriptor, location, new EquatableArray<string>(messageArgs));

    /// <summary>The diagnostic, located in <paramref name="compilation"/>'s syntax tree of the same path when there is one.</summary>
    public Diagnostic ToDiagnostic(Compilation compilation)
    {
        Location? location = null;
        if (Location is { } info)
        {
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                if (tree.FilePath == info.FilePath)
                {
                    location = Microsoft.CodeAnalysis.Location.Create(tree, info.Span);
                    break;
                }
            }

            location ??= info.ToLocation();
        }

        return Diagnostic.Create(Descriptor, location, MessageArgs.ToArrayOfObjects());
    }
}

internal static class DiagnosticInfoExtensions
{
    public static object?[] ToArrayOfObjects(this EquatableArray<string> args)
    {
        var result = new object?[args.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = args[i];
        }

        return result;
    }
}
