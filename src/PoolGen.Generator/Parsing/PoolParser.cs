using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PoolGen.Generator.Model;

namespace PoolGen.Generator.Parsing;

/// <summary>
/// Turns one [Pool] method into a <see cref="ParseResult"/>. Reads symbols and syntax, returns plain data.
/// Never throws on malformed code: what it cannot make sense of becomes a diagnostic, or nothing when the
/// compiler already reports the problem.
/// </summary>
internal static partial class PoolParser
{
    private static readonly string[] DimensionNames = { "batch", "channels", "depth", "height", "width", "length" };

    /// <summary>The largest window extent or stride PoolGen accepts, so every window coordinate fits an int with room to spare.</summary>
    private const long MaximumExtent = 1 << 20;

    public static ParseResult? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetNode is not MethodDeclarationSyntax syntax ||
            context.TargetSymbol is not IMethodSymbol method ||
            context.Attributes.IsEmpty)
        {
            return null;
        }

        var diagnostics = new List<DiagnosticInfo>();
        LocationInfo? nameLocation = LocationInfo.From(syntax.Identifier.GetLocation());
        string methodName = EscapeIdentifier(method.Name);

        // 1. The declaration itself: partial, no body, void, not generic, in partial types.
        if (syntax.Body is not null || syntax.ExpressionBody is not null)
        {
            return Fail(DiagnosticDescriptors.MethodHasBody, nameLocation, methodName);
        }

        if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return Fail(DiagnosticDescriptors.MethodNotPartial, nameLocation, methodName);
        }

        if (method.PartialImplementationPart is not null)
        {
            // The user already wrote the implementing declaration.
            return Fail(DiagnosticDescriptors.MethodHasBody, nameLocation, methodName);
        }

        if (syntax.Modifiers.Any(m => m.IsKind(SyntaxKind.ExternKeyword) || m.IsKind(SyntaxKind.AbstractKeyword) || m.IsKind(SyntaxKind.AsyncKeyword)))
        {
            // An extern partial method needs no body; abstract and async ones are compiler errors. Nothing to add.
            return null;
        }

        if (method.IsGenericMethod)
        {
            return Rejected(method, syntax, DiagnosticDescriptors.GenericMethod, nameLocation, methodName);
        }

        if (!method.ReturnsVoid)
        {
            return Rejected(method, syntax, DiagnosticDescriptors.MustReturnVoid, LocationInfo.From(syntax.ReturnType) ?? nameLocation, methodName);
        }

        for (SyntaxNode? parent = syntax.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is TypeDeclarationSyntax type && !type.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return Fail(DiagnosticDescriptors.ContainingTypeNotPartial, LocationInfo.From(type.Identifier.GetLocation()), type.Identifier.Text, methodName);
            }

            if (parent is TypeDeclarationSyntax fileType && fileType.Modifiers.Any(m => m.IsKind(SyntaxKind.FileKeyword)))
            {
                return Fail(DiagnosticDescriptors.FileLocalContainingType, LocationInfo.From(fileType.Identifier.GetLocation()), fileType.Identifier.Text, methodName);
            }
        }

        bool languageOk = syntax.SyntaxTree.Options is not CSharpParseOptions parseOptions || parseOptions.LanguageVersion >= LanguageVersion.CSharp11;
        HierarchyInfo? hierarchy = GetHierarchy(method, syntax);
        if (hierarchy is null)
        {
            // Not inside a type (top-level statements or broken code): the compiler reports it.
            return null;
        }

        string hintSignature = HintSignature(method);

        cancellationToken.ThrowIfCancellationRequested();

        // 2. The parameters: ReadOnlySpan<T> input, Span<T> output, then named int dimensions.
        if (method.Parameters.Length < 2)
        {
            return Rejected(method, syntax, DiagnosticDescriptors.InvalidSpanParameters, nameLocation, methodName);
        }

        ITypeSymbol? elementType = null;
        var dimensions = new List<Dimension>();
        var dimensionLocations = new Dictionary<Dimension, LocationInfo?>();
        string? indicesName = null, indicesType = null;
        LocationInfo? indicesLocation = null;
        bool signatureOk = true;
        PoolOperation operation = OperationOf(method); // Backward or unpooling from the parameter names: Parser.Operations.cs.
        bool tensorForm = operation == PoolOperation.Forward && IsTensorForm(method); // ReadOnlyTensorSpan<T> input, TensorSpan<T> output: Parser.Tensor.cs (operations: ReadOperationSpans).
        int first = 0;
        LocationInfo? writtenLocation = null;
        if (operation != PoolOperation.Forward)
        {
            signatureOk = ReadOperationSpans(method, syntax, operation, methodName, nameLocation, diagnostics, out elementType, out indicesName, out indicesType, out indicesLocation, out first, out tensorForm);
            first = signatureOk ? first : method.Parameters.Length;
            writtenLocation = signatureOk ? ParameterLocation(syntax, first - 1) : null;
        }

        for (int i = first; i < method.Parameters.Length; i++)
        {
            IParameterSymbol parameter = method.Parameters[i];
            LocationInfo? location = ParameterLocation(syntax, i) ?? nameLocation;
            if (parameter.RefKind != RefKind.None || parameter.IsParams || parameter.IsThis || (i == 0 && method.IsExtensionMethod) || IsScoped(syntax, i))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidParameterModifier, location, parameter.Name));
                signatureOk = false;
                continue;
            }

            if (tensorForm && operation != PoolOperation.Forward)
            {
                // The tensor form of a backward pass or unpooling: nothing after the tensors.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TensorExtraParameter, location, parameter.Name, methodName, method.Parameters[first - 1].Name));
                signatureOk = false;
                continue;
            }

            if (tensorForm)
            {
                signatureOk &= CheckTensorParameter(method, i, location, methodName, diagnostics, ref elementType, ref indicesType);
                if (i == 2 && indicesType is not null && indicesName is null)
                {
                    indicesName = EscapeIdentifier(parameter.Name);
                    indicesLocation = location;
                }

                continue;
            }

            if (i < 2)
            {
                ITypeSymbol? t = SpanElement(parameter.Type, readOnly: i == 0);
                if (t is null || parameter.Name != (i == 0 ? "input" : "output") || (elementType is not null && !SymbolEqualityComparer.Default.Equals(t, elementType)))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSpanParameters, location, methodName));
                    signatureOk = false;
                    break;
                }

                elementType = t;
                continue;
            }

            if (i == 2 && parameter.Name == "indices" && operation == PoolOperation.Forward)
            {
                // The argmax (argmin): Span<int> or Span<long>, right after the output.
                ITypeSymbol? indexType = SpanElement(parameter.Type, readOnly: false);
                if (indexType?.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidIndicesParameter, location, parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), "Span<int> or Span<long>"));
                    signatureOk = false;
                    continue;
                }

                indicesName = EscapeIdentifier(parameter.Name);
                indicesType = indexType.SpecialType == SpecialType.System_Int32 ? "int" : "long";
                indicesLocation = location;
                continue;
            }

            int role = Array.IndexOf(DimensionNames, parameter.Name);
            if (role < 0 || parameter.Type.SpecialType != SpecialType.System_Int32)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDimensionParameter, location, parameter.Name, role < 0 ? DimensionSuggestion(parameter.Name) : string.Empty));
                signatureOk = false;
                continue;
            }

            if (dimensions.Count > 0 && (int)dimensions[dimensions.Count - 1] > role)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MisorderedDimensionParameter, location, parameter.Name, DimensionNames[(int)dimensions[dimensions.Count - 1]]));
                signatureOk = false;
                continue;
            }

            dimensions.Add((Dimension)role);
            dimensionLocations[(Dimension)role] = location;
        }

        if (signatureOk && elementType is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSpanParameters, nameLocation, methodName));
            signatureOk = false;
        }

        // 3. The attribute's named arguments, each with the location of what the user wrote.
        AttributeData attribute = context.Attributes[0];
        var arguments = ReadArguments(attribute, context.SemanticModel, cancellationToken);
        LocationInfo? attributeLocation = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken)) ?? nameLocation;
        int signatureDiagnostics = diagnostics.Count;

        int kindValue = arguments.Int("Kind", 0);
        PoolKindModel kind = PoolKindModel.Max;
        bool configOk = true;
        if (kindValue is >= 0 and <= 3)
        {
            kind = (PoolKindModel)kindValue;
        }
        else
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownKind, arguments.Location("Kind") ?? attributeLocation, kindValue.ToString()));
            configOk = false;
        }

        int layoutValue = arguments.Int("Layout", 0);
        if (layoutValue is not (0 or 1))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownEnumValue, arguments.Location("Layout") ?? attributeLocation, "Layout", layoutValue.ToString(), "PoolLayout.Nchw or PoolLayout.Nhwc"));
            configOk = false;
            layoutValue = 0;
        }

        int autoPadValue = arguments.Int("AutoPad", 0);
        if (autoPadValue is < 0 or > 3)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownEnumValue, arguments.Location("AutoPad") ?? attributeLocation, "AutoPad", autoPadValue.ToString(), "PoolAutoPad.NotSet, SameUpper, SameLower or Valid"));
            configOk = false;
            autoPadValue = 0;
        }

        var autoPad = (AutoPadModel)autoPadValue;
        bool global = arguments.Bool("Global", false);

        // The rank: Rank, else 'length' (or Length) makes 1D pooling, 'depth' (or Depth, or a D-axis property) 3D, else 2D.
        int rank = RankOf(arguments, dimensions, dimensionLocations, attributeLocation, diagnostics, out bool rankOk);
        configOk &= rankOk;

        var reported = new HashSet<string>(StringComparer.Ordinal);
        AxisInfo? d = null, h, w;
        bool adaptive = IsAdaptive(arguments);
        if (adaptive)
        {
            // OutputSize*: the axes hold the output sizes; no window property may be written.
            configOk &= ReadAdaptive(arguments, rank, attributeLocation, diagnostics, out d, out AxisInfo adaptiveH, out AxisInfo adaptiveW);
            (h, w) = (adaptiveH, adaptiveW);
            global = false;
        }
        else if (global)
        {
            configOk &= CheckGlobal(arguments, diagnostics);
            h = w = new AxisInfo(1, 1, 0, 1);
            d = rank == 3 ? h : null;
        }
        else if (rank == 1)
        {
            h = new AxisInfo(1, 1, 0, 1);
            w = ReadAxis(arguments, "L", "length", methodName, attributeLocation, diagnostics, reported, rank);
            configOk &= w is not null;
        }
        else
        {
            d = rank == 3 ? ReadAxis(arguments, "D", "depth", methodName, attributeLocation, diagnostics, reported, rank) : null;
            h = ReadAxis(arguments, "H", "height", methodName, attributeLocation, diagnostics, reported, rank);
            w = ReadAxis(arguments, "W", "width", methodName, attributeLocation, diagnostics, reported, rank);
            configOk &= h is not null && w is not null && (rank != 3 || d is not null);
        }

        if (!global && !adaptive && configOk)
        {
            configOk &= ReadPads(arguments, rank, autoPad, ref d, ref h!, ref w!, attributeLocation, diagnostics);
        }

        bool ceilMode = arguments.Bool("CeilMode", false);
        bool countIncludePad = !adaptive && arguments.Bool("CountIncludePad", true); // Adaptive: each window's own length.
        bool parallel = arguments.Bool("Parallel", false);
        if (kind != PoolKindModel.Average && arguments.Has("CountIncludePad") && !adaptive)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CountIncludePadOnMax, arguments.Location("CountIncludePad") ?? attributeLocation, KindName(kind)));
        }

        configOk &= ReadReductionOptions(arguments, kind, operation == PoolOperation.Forward ? indicesName : null, indicesLocation, attributeLocation, diagnostics, out int p, out int divisorOverride);
        if (operation != PoolOperation.Forward)
        {
            configOk &= CheckOperation(arguments, operation, kind, writtenLocation is null ? null : (indicesName, indicesLocation, writtenLocation), attributeLocation, diagnostics, tensorForm);
        }

        // A parameter named indices that did not parse (PG0040, PG0014, a modifier) has its own error: no PG0070 beside it.
        // The backward pass of max/min and unpooling read the indices in the order the attribute gives.
        bool indicesWritten = indicesName is not null || method.Parameters.Any(parameter => parameter.Name == "indices");
        configOk &= ReadIndexOrder(arguments, methodName, indicesWritten, attributeLocation, diagnostics, out IndexOrderModel indexOrder);

        // 4. Fixed dimensions: positive, not also a parameter, large enough for an output.
        int fixedChannels = ReadFixed(arguments, "Channels", Dimension.Channels, dimensions, attributeLocation, diagnostics, ref configOk);
        int fixedDepth = rank == 3 ? ReadFixed(arguments, "Depth", Dimension.Depth, dimensions, attributeLocation, diagnostics, ref configOk) : 0;
        int fixedHeight = rank >= 2 ? ReadFixed(arguments, "Height", Dimension.Height, dimensions, attributeLocation, diagnostics, ref configOk) : 0;
        int fixedWidth = rank >= 2
            ? ReadFixed(arguments, "Width", Dimension.Width, dimensions, attributeLocation, diagnostics, ref configOk)
            : ReadFixed(arguments, "Length", Dimension.Length, dimensions, attributeLocation, diagnostics, ref configOk);
        if (rank == 1)
        {
            fixedHeight = 1;
        }

        var spatial = rank switch
        {
            1 => new[] { (Dimension.Length, "Length", w, fixedWidth) },
            2 => new[] { (Dimension.Height, "Height", h, fixedHeight), (Dimension.Width, "Width", w, fixedWidth) },
            _ => new[] { (Dimension.Depth, "Depth", d, fixedDepth), (Dimension.Height, "Height", h, fixedHeight), (Dimension.Width, "Width", w, fixedWidth) },
        };
        foreach ((Dimension dimension, string property, AxisInfo? axis, int value) in spatial)
        {
            // A negative fixed value is reported as PG0008 already; 0 means "at run time", so the parameter is needed
            // (unless the parameters are of another rank, PG0045: the rank is what to fix first).
            if (signatureOk && rankOk && !tensorForm && value == 0 && arguments.Int(property, 0) == 0 && !dimensions.Contains(dimension))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingDimension, nameLocation, methodName, DimensionNames[(int)dimension], property));
                configOk = false;
            }

            if (axis is not null && value > 0 && !global && !adaptive && autoPad is not (AutoPadModel.SameUpper or AutoPadModel.SameLower))
            {
                configOk &= CheckFixedOutput(property, value, axis, ceilMode, arguments.Location(property) ?? attributeLocation, diagnostics);
            }
        }

        if (languageOk && context.SemanticModel.Compilation.GetTypeByMetadataName("System.Runtime.Intrinsics.Vector512`1") is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FrameworkTooOld, attributeLocation));
            configOk = false;
        }

        if (!languageOk)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooLow, attributeLocation, ((CSharpParseOptions)syntax.SyntaxTree.Options).LanguageVersion.ToDisplayString()));
            configOk = false;
        }

        if ((long)Math.Max(fixedChannels, 1) * Math.Max(fixedDepth, 1) * Math.Max(fixedHeight, 1) * Math.Max(fixedWidth, 1) > int.MaxValue)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FixedShapeTooLarge, arguments.Location("Height") ?? arguments.Location("Width") ?? attributeLocation));
            configOk = false;
        }

        // 5. The element type for the kind, and the clamp bounds in it.
        ElementTypeInfo? element = null;
        double? clampMin = null, clampMax = null;
        QuantizationInfo? quantization = null;
        if (elementType is not null)
        {
            bool quantized = HasQuantization(arguments) && operation == PoolOperation.Forward;
            element = GetElementType(elementType, operation == PoolOperation.Unpool ? PoolKindModel.Max : kind, quantized);
            if (operation == PoolOperation.Backward && element is not null && element.Keyword is not ("float" or "double"))
            {
                element = null; // Gradients: float or double, as PoolOperatorsReference and libtorch's CPU kernels compute them.
            }

            if (element is null && configOk)
            {
                string supported = operation == PoolOperation.Backward ? "float or double"
                    : kind is PoolKindModel.Max or PoolKindModel.Min || operation == PoolOperation.Unpool
                    ? "float, double, Half, byte, sbyte, short, ushort, int, uint, long or ulong"
                    : kind == PoolKindModel.Average
                    ? "float, double or Half (or byte or sbyte, quantized: InputScale, InputZeroPoint, OutputScale and OutputZeroPoint)"
                    : "float, double or Half";
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnsupportedElementType,
                    ParameterTypeLocation(syntax, 0) ?? nameLocation,
                    elementType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                    operation == PoolOperation.Backward ? KindName(kind) + " backward" : KindName(kind),
                    supported));
                configOk = false;
            }

            if (element is not null)
            {
                configOk &= ReadClamp(arguments, element, attributeLocation, diagnostics, out clampMin, out clampMax);
                configOk &= ReadQuantization(arguments, kind, element, new[] { d, h, w }, attributeLocation, diagnostics, out quantization);
            }
        }

        if (arguments.HasErrors)
        {
            // An argument the compiler could not bind (a typo, a wrong type, a missing value): the compiler
            // reports it, and what PoolGen would say about the remaining arguments would only mislead.
            diagnostics.RemoveRange(signatureDiagnostics, diagnostics.Count - signatureDiagnostics);
            configOk = false;
        }

        if (!signatureOk)
        {
            // No kernel for this declaration: report, and give it a throwing body if it can take one.
            return Rejected(method, syntax, diagnostics);
        }

        var result = new PoolSpec(
            hierarchy,
            methodName,
            Signature(method, syntax),
            tensorForm ? TensorHintSignature(elementType, indicesType, operation) : hintSignature,
            EscapeIdentifier(method.Parameters[0].Name),
            EscapeIdentifier(method.Parameters[operation == PoolOperation.Forward ? 1 : first - 1].Name),
            element ?? new ElementTypeInfo("float", IsFloatingPoint: true),
            tensorForm ? TensorKernelDimensions(rank, fixedChannels, fixedDepth, fixedHeight, fixedWidth) : dimensions.ToEquatableArray(),
            kind,
            h ?? new AxisInfo(1, 1, 0, 1),
            w ?? new AxisInfo(1, 1, 0, 1),
            ceilMode,
            countIncludePad,
            parallel,
            fixedChannels,
            fixedHeight,
            fixedWidth,
            InvalidReason: configOk ? null : "the [Pool] attribute of this method is invalid; see its PoolGen diagnostics")
        {
            Rank = rank,
            Layout = (LayoutModel)layoutValue,
            D = rank == 3 ? d ?? new AxisInfo(1, 1, 0, 1) : null,
            FixedDepth = fixedDepth,
            AutoPad = autoPad,
            Global = global,
            DivisorOverride = divisorOverride,
            P = p,
            ClampMin = clampMin,
            ClampMax = clampMax,
            IndicesName = indicesName,
            IndicesType = indicesType,
            IndexOrder = indexOrder,
            Quantization = quantization,
            Operation = operation,
        };

        return new ParseResult(tensorForm ? result with { Tensor = TensorSignature(method) } : result, diagnostics.ToEquatableArray());
    }

    private static ParseResult Fail(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
        => new(null, new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(descriptor, location, args) }));
}
