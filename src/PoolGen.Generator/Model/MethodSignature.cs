namespace PoolGen.Generator.Model;

/// <summary>
/// The method's declaration as the implementing part must repeat it, as data: keywords and names (types fully
/// qualified), rendered into C# only by the emitter (<see cref="Emitting.SourceEmitter"/>).
/// </summary>
/// <param name="Modifiers">The declaration's modifier keywords except <c>partial</c>, in order (public, static, unsafe...).</param>
/// <param name="ReturnType">"void" for every method PoolGen implements; another type only on a stub (PG0011).</param>
/// <param name="TypeParameters">The names of a generic method's type parameters (a stub, PG0020).</param>
/// <param name="Parameters">The parameters in order.</param>
/// <param name="Constraints">The constraint clauses of the type parameters that have any.</param>
internal sealed record MethodSignature(
    EquatableArray<string> Modifiers,
    string ReturnType,
    EquatableArray<string> TypeParameters,
    EquatableArray<ParameterInfo> Parameters,
    EquatableArray<ConstraintInfo> Constraints);

/// <summary>One parameter: its modifier keywords (this, scoped, params, ref, out, in, ref readonly), type and name.</summary>
internal sealed record ParameterInfo(EquatableArray<string> Modifiers, string Type, string Name);

/// <summary>The constraints of one type parameter (class, unmanaged, a type, new()...), in declaration order.</summary>
internal sealed record ConstraintInfo(string TypeParameter, EquatableArray<string> Constraints);
