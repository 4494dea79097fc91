using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PoolGen.Generator.Model;

namespace PoolGen.Generator.Parsing;

/// <summary>
/// The tensor form of a [Pool] method: <c>ReadOnlyTensorSpan&lt;T&gt; input, TensorSpan&lt;T&gt; output</c> (System.Numerics.Tensors),
/// optionally <c>TensorSpan&lt;int&gt;</c> or <c>TensorSpan&lt;long&gt; indices</c>, and nothing else; the shape comes from
/// <c>input.Lengths</c> at run time, the spatial rank from the attribute (Rank, or the properties as for spans). The generator does not reference
/// System.Numerics.Tensors: the types are recognized by their namespace, name and arity.
/// </summary>
internal static partial class PoolParser
{
    private const string TensorNamespace = "System.Numerics.Tensors";

    private enum BufferKind
    {
        Other,
        ReadOnlySpan,
        Span,
        ReadOnlyTensorSpan,
        TensorSpan,
    }

    /// <summary>Whether the method takes tensors: its first or second parameter is a ReadOnlyTensorSpan&lt;T&gt; or TensorSpan&lt;T&gt;.</summary>
    private static bool IsTensorForm(IMethodSymbol method)
        => method.Parameters.Take(2).Any(p => KindOf(p.Type) is BufferKind.ReadOnlyTensorSpan or BufferKind.TensorSpan);

    /// <summary>
    /// Checks parameter <paramref name="index"/> of a tensor-form method (<see cref="IsTensorForm"/>): the input,
    /// the output, the indices (third, named <c>indices</c>: <paramref name="indicesType"/> becomes "int" or "long"), or a
    /// parameter too many. Reports PG0028..PG0031 and PG0040, and returns false when it does not fit.
    /// </summary>
    private static bool CheckTensorParameter(IMethodSymbol method, int index, LocationInfo? location, string methodName, List<DiagnosticInfo> diagnostics, ref ITypeSymbol? elementType, ref string? indicesType)
    {
        IParameterSymbol parameter = method.Parameters[index];
        BufferKind kind = KindOf(parameter.Type);
        bool tensor = kind is BufferKind.ReadOnlyTensorSpan or BufferKind.TensorSpan;
        bool span = kind is BufferKind.ReadOnlySpan or BufferKind.Span;
        if (index >= 2)
        {
            if (KindOf(method.Parameters[0].Type) is not (BufferKind.ReadOnlyTensorSpan or BufferKind.TensorSpan))
            {
                return false; // A span input with a tensor output (PG0028): the dimensions may well be meant.
            }

            if (index == 2 && parameter.Name == "indices")
            {
                // The argmax (argmin), with the output's lengths: TensorSpan<int> or TensorSpan<long>, right after the output.
                SpecialType indexType = kind == BufferKind.TensorSpan ? Element(parameter.Type)?.SpecialType ?? SpecialType.None : SpecialType.None;
                if (indexType is not (SpecialType.System_Int32 or SpecialType.System_Int64))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidIndicesParameter, location, Display(parameter.Type), "TensorSpan<int> or TensorSpan<long> in a tensor method"));
                    return false;
                }

                indicesType = indexType == SpecialType.System_Int32 ? "int" : "long";
                return true;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TensorExtraParameter, location, parameter.Name, methodName, "input"));
            return false;
        }

        if (index == 0)
        {
            if (span)
            {
                return false; // A span input with a tensor output: reported once, at the output.
            }

            if (kind != BufferKind.ReadOnlyTensorSpan || parameter.Name != "input")
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTensorParameters, location, methodName));
                return false;
            }

            elementType = Element(parameter.Type);
            return true;
        }

        BufferKind inputKind = KindOf(method.Parameters[0].Type);
        bool inputTensor = inputKind is BufferKind.ReadOnlyTensorSpan or BufferKind.TensorSpan;
        bool inputSpan = inputKind is BufferKind.ReadOnlySpan or BufferKind.Span;
        if ((inputTensor && span) || (inputSpan && tensor))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TensorAndSpanMixed,
                location,
                methodName,
                Display(method.Parameters[0].Type),
                Display(parameter.Type)));
            return false;
        }

        if (kind != BufferKind.TensorSpan || parameter.Name != "output")
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTensorParameters, location, methodName));
            return false;
        }

        if (elementType is not null && !SymbolEqualityComparer.Default.Equals(Element(parameter.Type), elementType))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TensorElementTypesDiffer,
                location,
                Display(parameter.Type),
                Display(method.Parameters[0].Type)));
            return false;
        }

        return true;
    }

    /// <summary>
    /// The dimensions the kernel's Run takes for a tensor-form method: the batch, then every dimension the attribute
    /// does not fix, in the kernel's order (batch, channels, depth, height, width; length in 1D). The tensor entry reads
    /// them from the tensor's lengths.
    /// </summary>
    private static EquatableArray<Dimension> TensorKernelDimensions(int rank, int fixedChannels, int fixedDepth, int fixedHeight, int fixedWidth)
    {
        var dimensions = new List<Dimension> { Dimension.Batch };
        if (fixedChannels <= 0)
        {
            dimensions.Add(Dimension.Channels);
        }

        if (rank == 3 && fixedDepth <= 0)
        {
            dimensions.Add(Dimension.Depth);
        }

        if (rank >= 2 && fixedHeight <= 0)
        {
            dimensions.Add(Dimension.Height);
        }

        if (fixedWidth <= 0)
        {
            dimensions.Add(rank == 1 ? Dimension.Length : Dimension.Width);
        }

        return dimensions.ToEquatableArray();
    }

    /// <summary>
    /// What the emitter needs to know about a tensor-form method: the ids of the [Experimental] attributes on the
    /// tensor types (SYSLIB5001 in System.Numerics.Tensors 9.0), which the generated file suppresses, since the
    /// user's own declaration already had to opt in to them.
    /// </summary>
    private static TensorSignatureInfo TensorSignature(IMethodSymbol method)
    {
        var ids = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (IParameterSymbol parameter in method.Parameters.Take(3).Where(p => KindOf(p.Type) is BufferKind.ReadOnlyTensorSpan or BufferKind.TensorSpan))
        {
            ITypeSymbol definition = parameter.Type.OriginalDefinition;
            IEnumerable<AttributeData> attributes = definition.GetAttributes();
            if (definition.ContainingAssembly is { } assembly)
            {
                attributes = attributes.Concat(assembly.GetAttributes());
            }

            if (definition.ContainingModule is { } module)
            {
                attributes = attributes.Concat(module.GetAttributes());
            }

            foreach (AttributeData attribute in attributes)
            {
                if (attribute.AttributeClass is { Name: "ExperimentalAttribute" } type &&
                    type.ContainingNamespace?.ToDisplayString() == "System.Diagnostics.CodeAnalysis" &&
                    attribute.ConstructorArguments.Length == 1 &&
                    attribute.ConstructorArguments[0].Value is string id &&
                    id.Length > 0 && id.All(c => char.IsLetterOrDigit(c) || c == '_'))
                {
                    ids.Add(id);
                }
            }
        }

        return new TensorSignatureInfo(string.Join(", ", ids));
    }

    /// <summary>
    /// "(ReadOnlyTensorSpan{float})", "(ReadOnlyTensorSpan{float},TensorSpan{long})" with indices (a backward pass or
    /// unpooling: ",ReadOnlyTensorSpan{long}"): tells a tensor method apart from a span overload of the same name and
    /// element type, and from its overload with (or without) indices.
    /// </summary>
    private static string TensorHintSignature(ITypeSymbol? elementType, string? indicesType, PoolOperation operation)
        => "(ReadOnlyTensorSpan{" + (elementType?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) ?? "T") + "}" +
           (indicesType is null ? string.Empty : (operation == PoolOperation.Forward ? ",TensorSpan{" : ",ReadOnlyTensorSpan{") + indicesType + "}") + ")";

    private static BufferKind KindOf(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named)
        {
            return BufferKind.Other;
        }

        string ns = TypeNames.Namespace(named.ContainingNamespace);
        return (ns, named.Name) switch
        {
            ("System", "ReadOnlySpan") => BufferKind.ReadOnlySpan,
            ("System", "Span") => BufferKind.Span,
            (TensorNamespace, "ReadOnlyTensorSpan") => BufferKind.ReadOnlyTensorSpan,
            (TensorNamespace, "TensorSpan") => BufferKind.TensorSpan,
            _ => BufferKind.Other,
        };
    }

    private static ITypeSymbol? Element(ITypeSymbol type)
        => type is INamedTypeSymbol { TypeArguments.Length: 1 } named && named.TypeArguments[0].TypeKind != TypeKind.Error ? named.TypeArguments[0] : null;

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}
