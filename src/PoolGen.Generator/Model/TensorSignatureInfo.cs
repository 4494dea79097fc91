namespace PoolGen.Generator.Model;

/// <summary>
/// A [Pool] method of the tensor form, <c>ReadOnlyTensorSpan&lt;T&gt; input, TensorSpan&lt;T&gt; output</c> (a backward pass
/// or unpooling: the tensors read, then the one written): the shape comes at run time from the lengths of the tensor of
/// the forward input's shape (<see cref="PoolSpec.FullName"/>).
/// </summary>
/// <param name="SuppressedDiagnostics">
/// The ids of the [Experimental] attributes on the tensor types, comma-separated ("SYSLIB5001" with
/// System.Numerics.Tensors 9.0; empty with 10.0, where the types are stable). The generated file disables them: the
/// user's declaration of the method already opted in.
/// </param>
internal sealed record TensorSignatureInfo(string SuppressedDiagnostics);
