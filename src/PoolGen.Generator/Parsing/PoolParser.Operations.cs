using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PoolGen.Generator.Model;

namespace PoolGen.Generator.Parsing;

/// <summary>
/// The backward passes and max unpooling (<see cref="PoolOperation"/>): the method's leading parameter names say which
/// operation it is, and this reads their spans (PG0060..PG0062, PG0040 for the indices) and the attribute's options
/// that do not apply to them (PG0063..PG0066), in either form: spans and int dimensions, or tensors (PG0067 when
/// mixed). The dimensions that follow are bound by name as for the forward.
/// </summary>
internal static partial class PoolParser
{
    private const string BackwardForms =
        "'ReadOnlySpan<T> gradOutput, ReadOnlySpan<long> indices, Span<T> gradInput' (max, min; or ReadOnlySpan<int> indices) or 'ReadOnlySpan<T> gradOutput, Span<T> gradInput' (average)";

    private const string UnpoolForm = "'ReadOnlySpan<T> input, ReadOnlySpan<long> indices, Span<T> output' (or ReadOnlySpan<int> indices)";

    private const string BackwardTensorForms =
        "'ReadOnlyTensorSpan<T> gradOutput, ReadOnlyTensorSpan<long> indices, TensorSpan<T> gradInput' (max, min; or ReadOnlyTensorSpan<int> indices) or 'ReadOnlyTensorSpan<T> gradOutput, TensorSpan<T> gradInput' (average)";

    private const string UnpoolTensorForm = "'ReadOnlyTensorSpan<T> input, ReadOnlyTensorSpan<long> indices, TensorSpan<T> output' (or ReadOnlyTensorSpan<int> indices)";

    /// <summary>The properties a backward pass or unpooling cannot take, and why.</summary>
    private static readonly (string Property, string Why)[] OperationOptions =
    {
        ("ClampMin", "a clamp has no gradient here"),
        ("ClampMax", "a clamp has no gradient here"),
        ("InputScale", "quantized pooling has no backward pass or unpooling"),
        ("InputZeroPoint", "quantized pooling has no backward pass or unpooling"),
        ("OutputScale", "quantized pooling has no backward pass or unpooling"),
        ("OutputZeroPoint", "quantized pooling has no backward pass or unpooling"),
    };

    /// <summary>Backward when the first parameter is gradOutput; unpooling when it is input and the second indices; else forward.</summary>
    private static PoolOperation OperationOf(IMethodSymbol method) =>
        method.Parameters.Length > 0 && method.Parameters[0].Name == "gradOutput" ? PoolOperation.Backward
        : method.Parameters.Length > 1 && method.Parameters[0].Name == "input" && method.Parameters[1].Name == "indices" ? PoolOperation.Unpool
        : PoolOperation.Forward;

    /// <summary>
    /// The leading buffers of a backward or unpooling method: the pooled one (read), the indices (read), the full one
    /// (written), all spans or all tensors (<paramref name="tensor"/>: the first parameter decides; a buffer of the other
    /// family is PG0067). Reports at the first parameter that does not fit and returns false; <paramref name="consumed"/> is
    /// the number of parameters read, after which the dimension parameters follow (none in the tensor form).
    /// </summary>
    private static bool ReadOperationSpans(
        IMethodSymbol method,
        MethodDeclarationSyntax syntax,
        PoolOperation operation,
        string methodName,
        LocationInfo? nameLocation,
        List<DiagnosticInfo> diagnostics,
        out ITypeSymbol? elementType,
        out string? indicesName,
        out string? indicesType,
        out LocationInfo? indicesLocation,
        out int consumed,
        out bool tensor)
    {
        elementType = null;
        indicesName = indicesType = null;
        indicesLocation = null;
        consumed = 0;
        bool backward = operation == PoolOperation.Backward;
        tensor = KindOf(method.Parameters[0].Type) is BufferKind.ReadOnlyTensorSpan or BufferKind.TensorSpan;
        bool isTensor = tensor;
        DiagnosticDescriptor invalid = backward ? DiagnosticDescriptors.InvalidBackwardParameters : DiagnosticDescriptors.InvalidUnpoolParameters;
        string spanForm = backward ? BackwardForms : UnpoolForm;
        string tensorForm = backward ? BackwardTensorForms : UnpoolTensorForm;
        string form = tensor ? tensorForm : spanForm;
        string then = tensor ? "nothing else (the shape comes from the tensors' lengths)" : backward ? "the forward input's int dimensions" : "the unpooled output's int dimensions";
        string family = tensor ? "tensor" : "span";
        (string pooled, string full) = backward ? ("gradOutput", "gradInput") : ("input", "output");
        ParameterListSyntax list = syntax.ParameterList;

        // The leading buffers are all spans or all tensors: the first of the other family is reported.
        int buffers = method.Parameters.Length > 1 && method.Parameters[1].Name == "indices" ? 3 : 2;
        for (int i = 1; i < System.Math.Min(buffers, method.Parameters.Length); i++)
        {
            BufferKind kind = KindOf(method.Parameters[i].Type);
            bool other = tensor ? kind is BufferKind.ReadOnlySpan or BufferKind.Span : kind is BufferKind.ReadOnlyTensorSpan or BufferKind.TensorSpan;
            if (other)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.OperationTensorForm,
                    ParameterLocation(syntax, i) ?? nameLocation,
                    methodName,
                    backward ? "a backward pass" : "max unpooling",
                    method.Parameters[0].Name,
                    family,
                    method.Parameters[i].Name,
                    tensor ? "span" : "tensor",
                    spanForm,
                    tensorForm));
                return false;
            }
        }

        bool Fail(int index)
        {
            diagnostics.Add(DiagnosticInfo.Create(invalid, ParameterLocation(syntax, index) ?? nameLocation, methodName, form, then));
            return false;
        }

        ITypeSymbol? Buffer(ITypeSymbol type, bool readOnly) => isTensor
            ? (KindOf(type) == (readOnly ? BufferKind.ReadOnlyTensorSpan : BufferKind.TensorSpan) ? Element(type) : null)
            : SpanElement(type, readOnly);

        elementType = Buffer(method.Parameters[0].Type, readOnly: true);
        if (elementType is null)
        {
            return Fail(0);
        }

        int next = 1;
        if (method.Parameters.Length > 1 && method.Parameters[1].Name == "indices")
        {
            IParameterSymbol parameter = method.Parameters[1];
            ITypeSymbol? indexType = Buffer(parameter.Type, readOnly: true);
            indicesLocation = ParameterLocation(syntax, 1) ?? nameLocation;
            if (indexType?.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64))
            {
                string expected = tensor ? "ReadOnlyTensorSpan<int> or ReadOnlyTensorSpan<long>" : "ReadOnlySpan<int> or ReadOnlySpan<long>";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidIndicesParameter, indicesLocation, parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), expected));
                return false;
            }

            indicesName = "indices";
            indicesType = indexType.SpecialType == SpecialType.System_Int32 ? "int" : "long";
            next = 2;
        }

        if (method.Parameters.Length <= next || method.Parameters[next].Name != full || Buffer(method.Parameters[next].Type, readOnly: false) is not { } written)
        {
            return Fail(method.Parameters.Length <= next ? list.Parameters.Count - 1 : next);
        }

        if (!SymbolEqualityComparer.Default.Equals(written, elementType))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.OperationElementTypesDiffer,
                ParameterTypeLocation(syntax, next) ?? nameLocation,
                full,
                family,
                written.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                pooled,
                elementType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
            return false;
        }

        consumed = next + 1;
        return true;
    }

    /// <summary>
    /// What the attribute says that a backward pass or unpooling cannot take: Lp backward (PG0064), max backward without
    /// indices or average backward with them (PG0063), unpooling of another kind than max (PG0065), and options without
    /// a meaning here (PG0066: clamps, quantization; for unpooling also adaptive windows). <paramref name="spans"/> is null
    /// when the spans were rejected already (PG0060..PG0062, PG0040): whether indices are there is then not said again.
    /// </summary>
    private static bool CheckOperation(Arguments arguments, PoolOperation operation, PoolKindModel kind, (string? Name, LocationInfo? Location, LocationInfo? Written)? spans, LocationInfo? attributeLocation, List<DiagnosticInfo> diagnostics, bool tensor = false)
    {
        string? indicesName = spans?.Name;
        LocationInfo? indicesLocation = spans?.Location, writtenLocation = spans?.Written;
        bool ok = true;
        string what = operation == PoolOperation.Backward ? "a backward pass" : "max unpooling";
        if (operation == PoolOperation.Backward)
        {
            if (kind == PoolKindModel.Lp)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BackwardNotSupported, arguments.Location("Kind") ?? attributeLocation, KindName(kind)));
                ok = false;
            }
            else if (spans is not null && kind is PoolKindModel.Max or PoolKindModel.Min && indicesName is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BackwardIndices, writtenLocation ?? attributeLocation, $"The backward pass of {KindName(kind)} pooling needs the forward's {(kind == PoolKindModel.Max ? "argmax" : "argmin")}: add '{(tensor ? "ReadOnlyTensorSpan" : "ReadOnlySpan")}<long> indices' (or {(tensor ? "ReadOnlyTensorSpan" : "ReadOnlySpan")}<int>) between gradOutput and gradInput"));
                ok = false;
            }
            else if (spans is not null && kind == PoolKindModel.Average && indicesName is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BackwardIndices, indicesLocation ?? attributeLocation, "The backward pass of average pooling takes no indices: remove 'indices' (the gradient goes to every element of each window)"));
                ok = false;
            }
        }
        else if (kind != PoolKindModel.Max)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnpoolNeedsMax, arguments.Location("Kind") ?? attributeLocation, KindName(kind)));
            ok = false;
        }

        IEnumerable<(string Property, string Why)> options = OperationOptions;
        if (operation == PoolOperation.Unpool)
        {
            options = options
                .Concat(AdaptiveProperties.Select(p => (p, "its output is the unpooled shape passed at run time, and the pooled shape follows from a window; set Size, Stride and Padding")));
        }

        foreach ((string property, string why) in options)
        {
            if (arguments.Has(property))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OperationOption, arguments.Location(property) ?? attributeLocation, property, what, why));
                ok = false;
            }
        }

        return ok;
    }
}
