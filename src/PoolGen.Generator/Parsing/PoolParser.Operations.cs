using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PoolGen.Generator.Model;

namespace PoolGen.Generator.Parsing;

/// <summary>
/// The backward passes and max unpooling (<see cref="PoolOperation"/>): the method's leading parameter names say which
/// operation it is, and this reads their spans (PG0060..PG0062, PG0040 for the indices) and the attribute's options
/// that do not apply to them (PG0063..PG0067). The dimensions that follow are bound by name as for the forward.
/// </summary>
internal static partial class PoolParser
{
    private const string BackwardForms =
        "'ReadOnlySpan<T> gradOutput, ReadOnlySpan<long> indices, Span<T> gradInput' (max, min; or ReadOnlySpan<int> indices) or 'ReadOnlySpan<T> gradOutput, Span<T> gradInput' (average)";

    private const string UnpoolForm = "'ReadOnlySpan<T> input, ReadOnlySpan<long> indices, Span<T> output' (or ReadOnlySpan<int> indices)";

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
    /// The leading spans of a backward or unpooling method: the pooled span (read), the indices (read), the full span
    /// (written). Reports at the first parameter that does not fit and returns false; <paramref name="consumed"/> is the
    /// number of parameters read, after which the dimension parameters follow.
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
        out int consumed)
    {
        elementType = null;
        indicesName = indicesType = null;
        indicesLocation = null;
        consumed = 0;
        bool backward = operation == PoolOperation.Backward;
        DiagnosticDescriptor invalid = backward ? DiagnosticDescriptors.InvalidBackwardParameters : DiagnosticDescriptors.InvalidUnpoolParameters;
        string form = backward ? BackwardForms : UnpoolForm;
        (string pooled, string full) = backward ? ("gradOutput", "gradInput") : ("input", "output");
        ParameterListSyntax list = syntax.ParameterList;
        if (method.Parameters.Any(p => KindOf(p.Type) is BufferKind.ReadOnlyTensorSpan or BufferKind.TensorSpan))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OperationTensorForm, LocationInfo.From(list) ?? nameLocation, methodName, backward ? "a backward pass" : "max unpooling", form));
            return false;
        }

        bool Fail(int index)
        {
            diagnostics.Add(DiagnosticInfo.Create(invalid, ParameterLocation(syntax, index) ?? nameLocation, methodName, form));
            return false;
        }

        elementType = SpanElement(method.Parameters[0].Type, readOnly: true);
        if (elementType is null)
        {
            return Fail(0);
        }

        int next = 1;
        if (method.Parameters.Length > 1 && method.Parameters[1].Name == "indices")
        {
            IParameterSymbol parameter = method.Parameters[1];
            ITypeSymbol? indexType = SpanElement(parameter.Type, readOnly: true);
            indicesLocation = ParameterLocation(syntax, 1) ?? nameLocation;
            if (indexType?.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidIndicesParameter, indicesLocation, parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), "ReadOnlySpan<int> or ReadOnlySpan<long>"));
                return false;
            }

            indicesName = "indices";
            indicesType = indexType.SpecialType == SpecialType.System_Int32 ? "int" : "long";
            next = 2;
        }

        if (method.Parameters.Length <= next || method.Parameters[next].Name != full || SpanElement(method.Parameters[next].Type, readOnly: false) is not { } written)
        {
            return Fail(method.Parameters.Length <= next ? list.Parameters.Count - 1 : next);
        }

        if (!SymbolEqualityComparer.Default.Equals(written, elementType))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.OperationElementTypesDiffer,
                ParameterTypeLocation(syntax, next) ?? nameLocation,
                full,
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
    private static bool CheckOperation(Arguments arguments, PoolOperation operation, PoolKindModel kind, (string? Name, LocationInfo? Location, LocationInfo? Written)? spans, LocationInfo? attributeLocation, List<DiagnosticInfo> diagnostics)
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
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BackwardIndices, writtenLocation ?? attributeLocation, $"The backward pass of {KindName(kind)} pooling needs the forward's {(kind == PoolKindModel.Max ? "argmax" : "argmin")}: add 'ReadOnlySpan<long> indices' (or ReadOnlySpan<int>) between gradOutput and gradInput"));
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
