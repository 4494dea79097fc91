namespace PoolGen.Generator.Model;

/// <summary>One containing type of the annotated method, as its partial declaration is written.</summary>
/// <param name="Keyword">"class", "struct", "record", "record struct" or "interface".</param>
/// <param name="Name">The name with its type parameter list, e.g. "Outer&lt;T&gt;".</param>
/// <param name="MetadataName">The name for file names, e.g. "Outer`1".</param>
internal sealed record ContainingTypeInfo(string Keyword, string Name, string MetadataName);

/// <summary>Where the method lives: its namespace (empty for the global one) and containing types, outermost first.</summary>
internal sealed record HierarchyInfo(string Namespace, EquatableArray<ContainingTypeInfo> Types);
