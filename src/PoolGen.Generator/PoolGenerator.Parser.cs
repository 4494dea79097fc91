using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PoolGen.Generator.Model;

namespace PoolGen.Generator
{
    public sealed partial class PoolGenerator
    {
        /// <summary>
        /// Turns one [Pool] method into a <see cref="ParseResult"/>. Reads symbols and syntax, returns plain data.
        /// Never throws on malformed code: what it cannot make sense of becomes a diagnostic, or nothing when the
        /// compiler already reports the problem.
        /// </summary>
        internal static partial class Parser
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
                    return Fail(DiagnosticDescriptors.GenericMethod, nameLocation, methodName);
                }

                if (!method.ReturnsVoid)
                {
                    return Fail(DiagnosticDescriptors.MustReturnVoid, LocationInfo.From(syntax.ReturnType) ?? nameLocation, methodName);
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

                string parameterList = string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + " " + EscapeIdentifier(p.Name)));
                string modifiers = string.Join(" ", syntax.Modifiers.Where(m => !m.IsKind(SyntaxKind.PartialKeyword)).Select(m => m.Text));
                string hintSignature = HintSignature(method);

                cancellationToken.ThrowIfCancellationRequested();

                // 2. The parameters: ReadOnlySpan<T> input, Span<T> output, then named int dimensions.
                if (method.Parameters.Length < 2)
                {
                    return Fail(DiagnosticDescriptors.InvalidSpanParameters, nameLocation, methodName);
                }

                ITypeSymbol? elementType = null;
                var dimensions = new List<Dimension>();
                var dimensionLocations = new Dictionary<Dimension, LocationInfo?>();
                string? indicesName = null, indicesType = null;
                LocationInfo? indicesLocation = null;
                bool signatureOk = true;
                bool tensorForm = IsTensorForm(method); // ReadOnlyTensorSpan<T> input, TensorSpan<T> output: Parser.Tensor.cs.
                for (int i = 0; i < method.Parameters.Length; i++)
                {
                    IParameterSymbol parameter = method.Parameters[i];
                    LocationInfo? location = ParameterLocation(syntax, i) ?? nameLocation;
                    if (parameter.RefKind != RefKind.None || parameter.IsParams || parameter.IsThis || (i == 0 && method.IsExtensionMethod) || IsScoped(syntax, i))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidParameterModifier, location, parameter.Name));
                        signatureOk = false;
                        continue;
                    }

                    if (tensorForm)
                    {
                        signatureOk &= CheckTensorParameter(method, i, location, methodName, diagnostics, ref elementType);
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

                    if (i == 2 && parameter.Name == "indices")
                    {
                        // The argmax (argmin): Span<int> or Span<long>, right after the output.
                        ITypeSymbol? indexType = SpanElement(parameter.Type, readOnly: false);
                        if (indexType?.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64))
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidIndicesParameter, location, parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
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
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDimensionParameter, location, parameter.Name));
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

                // The rank: 'length' (or Length) makes 1D pooling, 'depth' (or Depth, or a D-axis property) 3D, else 2D.
                int rank = RankOf(arguments, dimensions, dimensionLocations, attributeLocation, diagnostics, out bool rankOk);
                configOk &= rankOk;

                var reported = new HashSet<string>(StringComparer.Ordinal);
                AxisInfo? d = null, h, w;
                if (global)
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

                if (!global && configOk)
                {
                    configOk &= ReadPads(arguments, rank, autoPad, ref d, ref h!, ref w!, attributeLocation, diagnostics);
                }

                bool ceilMode = arguments.Bool("CeilMode", false);
                bool countIncludePad = arguments.Bool("CountIncludePad", true);
                bool parallel = arguments.Bool("Parallel", false);
                if (kind != PoolKindModel.Average && arguments.Has("CountIncludePad"))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CountIncludePadOnMax, arguments.Location("CountIncludePad") ?? attributeLocation, KindName(kind)));
                }

                configOk &= ReadReductionOptions(arguments, kind, indicesName, indicesLocation, attributeLocation, diagnostics, out int p, out int divisorOverride);

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
                    // A negative fixed value is reported as PG0008 already; 0 means "at run time", so the parameter is needed.
                    if (signatureOk && !tensorForm && value == 0 && arguments.Int(property, 0) == 0 && !dimensions.Contains(dimension))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingDimension, nameLocation, methodName, DimensionNames[(int)dimension], property));
                        configOk = false;
                    }

                    if (axis is not null && value > 0 && !global && autoPad is not (AutoPadModel.SameUpper or AutoPadModel.SameLower))
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
                string? clampMin = null, clampMax = null;
                if (elementType is not null)
                {
                    element = GetElementType(elementType, kind);
                    if (element is null && configOk)
                    {
                        string supported = kind is PoolKindModel.Max or PoolKindModel.Min
                            ? "float, double, Half, byte, sbyte, short, ushort, int, uint, long or ulong"
                            : "float, double or Half";
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.UnsupportedElementType,
                            ParameterTypeLocation(syntax, 0) ?? nameLocation,
                            elementType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                            KindName(kind),
                            supported));
                        configOk = false;
                    }

                    if (element is not null)
                    {
                        configOk &= ReadClamp(arguments, element, attributeLocation, diagnostics, out clampMin, out clampMax);
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
                    // The implementation could not match the declaration: report, emit nothing.
                    return new ParseResult(null, diagnostics.ToEquatableArray());
                }

                var result = new PoolMethodModel(
                    hierarchy,
                    methodName,
                    modifiers,
                    parameterList,
                    tensorForm ? TensorHintSignature(elementType) : hintSignature,
                    EscapeIdentifier(method.Parameters[0].Name),
                    EscapeIdentifier(method.Parameters[1].Name),
                    element ?? new ElementTypeInfo("float", IsFloatingPoint: true),
                    tensorForm ? TensorKernelDimensions(fixedChannels, fixedHeight, fixedWidth) : dimensions.ToEquatableArray(),
                    kind,
                    h ?? new AxisInfo(1, 1, 0, 1),
                    w ?? new AxisInfo(1, 1, 0, 1),
                    ceilMode,
                    countIncludePad,
                    parallel,
                    fixedChannels,
                    fixedHeight,
                    fixedWidth,
                    KernelStrategy.ScalarNchw,
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
                };

                if (parallel && result.InvalidReason is null && result.NeedsGeneral)
                {
                    // The general kernel has no parallel form: say so rather than run on one thread.
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ParallelNotSupported, arguments.Location("Parallel") ?? attributeLocation));
                    result = result with { InvalidReason = "Parallel = true is not supported with this attribute; see its PoolGen diagnostics" };
                }

                if (tensorForm && result.InvalidReason is null && result.NeedsGeneral)
                {
                    // The tensor entry reads 2D channels-first shapes; the general kernel's layouts and ranks are not mapped yet.
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TensorFormNotSupported, attributeLocation, methodName));
                    result = result with { InvalidReason = "the tensor form does not support this attribute yet; see its PoolGen diagnostics" };
                }

                return new ParseResult(tensorForm ? result with { Tensor = TensorSignature(method) } : result, diagnostics.ToEquatableArray());
            }

            private static ParseResult Fail(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
                => new(null, new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(descriptor, location, args) }));

            /// <summary>Reads Size/Stride/Padding/Dilation for one axis, applying the per-axis overrides that were written.</summary>
            private static AxisInfo? ReadAxis(Arguments arguments, string suffix, string axisName, string methodName, LocationInfo? attributeLocation, List<DiagnosticInfo> allDiagnostics, HashSet<string> reported, int rank)
            {
                // A property shared by the axes (Size, Stride, ...) is read once per axis but reported once.
                var diagnostics = new List<DiagnosticInfo>();
                AxisInfo? axis = ReadAxisCore(arguments, suffix, axisName, methodName, attributeLocation, diagnostics, rank);
                foreach (DiagnosticInfo diagnostic in diagnostics)
                {
                    if (reported.Add(diagnostic.Descriptor.Id + "|" + string.Join("|", diagnostic.MessageArgs)))
                    {
                        allDiagnostics.Add(diagnostic);
                    }
                }

                return axis;
            }

            private static AxisInfo? ReadAxisCore(Arguments arguments, string suffix, string axisName, string methodName, LocationInfo? attributeLocation, List<DiagnosticInfo> diagnostics, int rank)
            {
                string sizeName = arguments.Has("Size" + suffix) ? "Size" + suffix : "Size";
                if (!arguments.Has(sizeName))
                {
                    // Reported for every axis without a size; ReadAxis keeps one report per method.
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingWindowSize, attributeLocation, methodName, rank switch
                    {
                        1 => "Size",
                        3 => "Size, or all of SizeD, SizeH and SizeW",
                        _ => "Size, or both SizeH and SizeW",
                    }));

                    return null;
                }

                bool ok = true;
                int kernel = arguments.Int(sizeName, 0);
                if (kernel < 1)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidWindowSize, arguments.Location(sizeName) ?? attributeLocation, sizeName, kernel.ToString()));
                    ok = false;
                }

                string strideName = arguments.Has("Stride" + suffix) ? "Stride" + suffix : "Stride";
                int stride = arguments.Int(strideName, 0);
                if (stride < 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidStride, arguments.Location(strideName) ?? attributeLocation, strideName, stride.ToString()));
                    ok = false;
                }
                else if (stride == 0)
                {
                    stride = kernel;
                }

                string dilationName = arguments.Has("Dilation" + suffix) ? "Dilation" + suffix : "Dilation";
                int dilation = arguments.Int(dilationName, 1);
                if (dilation < 1)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDilation, arguments.Location(dilationName) ?? attributeLocation, dilationName, dilation.ToString()));
                    ok = false;
                }

                if (ok && PoolMath.EffectiveKernel(kernel, dilation) > MaximumExtent)
                {
                    string culprit = dilation > 1 ? dilationName : sizeName;
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WindowTooLarge, arguments.Location(culprit) ?? attributeLocation, culprit, PoolMath.EffectiveKernel(kernel, dilation).ToString()));
                    ok = false;
                }

                if (ok && stride > MaximumExtent)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WindowTooLarge, arguments.Location(strideName) ?? arguments.Location(sizeName) ?? attributeLocation, strideName, stride.ToString()));
                    ok = false;
                }

                string paddingName = arguments.Has("Padding" + suffix) ? "Padding" + suffix : "Padding";
                int padding = arguments.Int(paddingName, 0);
                if (padding < 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NegativePadding, arguments.Location(paddingName) ?? attributeLocation, paddingName, padding.ToString()));
                    ok = false;
                }
                else if (ok)
                {
                    long effective = PoolMath.EffectiveKernel(kernel, dilation);
                    if (padding > effective / 2)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.PaddingTooLarge,
                            arguments.Location(paddingName) ?? attributeLocation,
                            padding.ToString(),
                            axisName,
                            effective.ToString(),
                            (effective / 2).ToString()));
                        ok = false;
                    }
                }

                return ok ? new AxisInfo(kernel, stride, padding, dilation) : null;
            }

            private static int ReadFixed(Arguments arguments, string name, Dimension dimension, List<Dimension> parameters, LocationInfo? attributeLocation, List<DiagnosticInfo> diagnostics, ref bool ok)
            {
                if (!arguments.Has(name))
                {
                    return 0;
                }

                int value = arguments.Int(name, 0);
                LocationInfo? location = arguments.Location(name) ?? attributeLocation;
                if (value < 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFixedDimension, location, name, value.ToString()));
                    ok = false;
                    return 0;
                }

                if (value > 0 && parameters.Contains(dimension))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DimensionFixedTwice, location, DimensionNames[(int)dimension], name, value.ToString()));
                    ok = false;
                }

                return value;
            }

            private static bool CheckFixedOutput(string name, int size, AxisInfo axis, bool ceilMode, LocationInfo? location, List<DiagnosticInfo> diagnostics)
            {
                if (PoolMath.OutputSize(size, axis.Kernel, axis.Stride, axis.Padding, axis.PaddingEnd, axis.Dilation, ceilMode) >= 1)
                {
                    return true;
                }

                long minimum = PoolMath.MinimumInput(axis.Kernel, axis.Stride, axis.Padding, axis.PaddingEnd, axis.Dilation, ceilMode);
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.EmptyOutput, location, name, size.ToString(), axis.Effective.ToString(), axis.Padding.ToString(), minimum.ToString()));
                return false;
            }

            private static ElementTypeInfo? GetElementType(ITypeSymbol type, PoolKindModel kind)
            {
                (string? keyword, bool isFloat) = type.SpecialType switch
                {
                    SpecialType.System_Single => ("float", true),
                    SpecialType.System_Double => ("double", true),
                    SpecialType.System_Byte => ("byte", false),
                    SpecialType.System_SByte => ("sbyte", false),
                    SpecialType.System_Int16 => ("short", false),
                    SpecialType.System_UInt16 => ("ushort", false),
                    SpecialType.System_Int32 => ("int", false),
                    SpecialType.System_UInt32 => ("uint", false),
                    SpecialType.System_Int64 => ("long", false),
                    SpecialType.System_UInt64 => ("ulong", false),
                    _ when type is INamedTypeSymbol { Name: "Half", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } => ("Half", true),
                    _ => ((string?)null, false),
                };

                if (keyword is null || (kind is PoolKindModel.Average or PoolKindModel.Lp && !isFloat))
                {
                    return null;
                }

                return new ElementTypeInfo(keyword, isFloat);
            }

            /// <summary>The T of System.ReadOnlySpan&lt;T&gt; (or System.Span&lt;T&gt;), else null.</summary>
            private static ITypeSymbol? SpanElement(ITypeSymbol type, bool readOnly)
            {
                if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named &&
                    named.Name == (readOnly ? "ReadOnlySpan" : "Span") &&
                    named.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true } &&
                    named.TypeArguments[0].TypeKind != TypeKind.Error)
                {
                    return named.TypeArguments[0];
                }

                return null;
            }

            private static HierarchyInfo? GetHierarchy(IMethodSymbol method, MethodDeclarationSyntax syntax)
            {
                var types = new List<ContainingTypeInfo>();
                SyntaxNode? node = syntax.Parent;
                for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
                {
                    while (node is not null and not TypeDeclarationSyntax)
                    {
                        node = node.Parent;
                    }

                    if (node is not TypeDeclarationSyntax declaration)
                    {
                        return null;
                    }

                    string keyword = declaration switch
                    {
                        RecordDeclarationSyntax record => record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
                        StructDeclarationSyntax => "struct",
                        InterfaceDeclarationSyntax => "interface",
                        _ => "class",
                    };

                    string name = EscapeIdentifier(type.Name);
                    if (type.TypeParameters.Length > 0)
                    {
                        name += "<" + string.Join(", ", type.TypeParameters.Select(p => Variance(p) + EscapeIdentifier(p.Name))) + ">";
                    }

                    types.Insert(0, new ContainingTypeInfo(keyword, name, type.Name + (type.TypeParameters.Length > 0 ? "{" + string.Join(",", type.TypeParameters.Select(p => p.Name)) + "}" : string.Empty)));
                    node = node.Parent;
                }

                if (types.Count == 0)
                {
                    return null;
                }

                string ns = method.ContainingNamespace is { IsGlobalNamespace: false } n
                    ? n.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
                    : string.Empty;
                return new HierarchyInfo(ns, types.ToEquatableArray());
            }

            /// <summary>A file-name-safe signature that tells overloads apart, e.g. "(float,int,int)".</summary>
            private static string HintSignature(IMethodSymbol method)
            {
                var sb = new StringBuilder("(");
                for (int i = 0; i < method.Parameters.Length; i++)
                {
                    if (i == 1)
                    {
                        continue; // The output span repeats the input's element type.
                    }

                    ITypeSymbol type = method.Parameters[i].Type;
                    if (i == 0 && type is INamedTypeSymbol { TypeArguments.Length: 1 } span)
                    {
                        type = span.TypeArguments[0];
                    }

                    if (sb.Length > 1)
                    {
                        sb.Append(',');
                    }

                    foreach (char c in type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat))
                    {
                        sb.Append(c switch { '<' => '{', '>' => '}', _ when char.IsLetterOrDigit(c) || c is '_' or '.' or ',' or '{' or '}' => c, _ => '_' });
                    }
                }

                return sb.Append(')').ToString();
            }

            private static string Variance(ITypeParameterSymbol parameter) => parameter.Variance switch
            {
                VarianceKind.In => "in ",
                VarianceKind.Out => "out ",
                _ => string.Empty,
            };

            private static string EscapeIdentifier(string name)
                => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

            private static LocationInfo? ParameterLocation(MethodDeclarationSyntax syntax, int index)
                => index < syntax.ParameterList.Parameters.Count ? LocationInfo.From(syntax.ParameterList.Parameters[index]) : null;

            private static LocationInfo? ParameterTypeLocation(MethodDeclarationSyntax syntax, int index)
                => index < syntax.ParameterList.Parameters.Count ? LocationInfo.From(syntax.ParameterList.Parameters[index].Type) : null;

            private static bool IsScoped(MethodDeclarationSyntax syntax, int index)
                => index < syntax.ParameterList.Parameters.Count &&
                   syntax.ParameterList.Parameters[index].Modifiers.Any(m => m.Text == "scoped");

            private static Arguments ReadArguments(AttributeData attribute, SemanticModel semanticModel, CancellationToken cancellationToken)
            {
                var values = new Dictionary<string, TypedConstant>(StringComparer.Ordinal);
                foreach (KeyValuePair<string, TypedConstant> pair in attribute.NamedArguments)
                {
                    values[pair.Key] = pair.Value;
                }

                var locations = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
                bool hasErrors = false;
                AttributeArgumentListSyntax? list = (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax)?.ArgumentList;
                if (list is not null)
                {
                    foreach (AttributeArgumentSyntax argument in list.Arguments)
                    {
                        if (argument.NameEquals is not { } nameEquals)
                        {
                            hasErrors = true; // PoolAttribute has no constructor arguments.
                            continue;
                        }

                        string name = nameEquals.Name.Identifier.ValueText;
                        ITypeSymbol? propertyType = attribute.AttributeClass?.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault()?.Type;
                        if (!values.TryGetValue(name, out TypedConstant value) || value.Kind == TypedConstantKind.Error ||
                            (value.Kind == TypedConstantKind.Array ? value.Values.Any(v => v.Value is not int) : value.Value is not (int or bool or double)) ||
                            !SymbolEqualityComparer.Default.Equals(value.Type, propertyType))
                        {
                            hasErrors = true;
                        }
                        else if (propertyType!.TypeKind == TypeKind.Enum &&
                                 argument.Expression is not (MemberAccessExpressionSyntax or CastExpressionSyntax) &&
                                 !semanticModel.ClassifyConversion(argument.Expression, propertyType).IsImplicit)
                        {
                            // A constant of the right type can still be an error: Kind = 3 has no implicit conversion to
                            // PoolKind. Binding the argument costs as much as the rest of the parse, so the usual forms
                            // (PoolKind.Max, a cast) are taken as they are; the compiler reports any error in them.
                            hasErrors = true;
                        }

                        if (LocationInfo.From(argument) is { } location)
                        {
                            locations[name] = location;
                        }
                    }
                }

                return new Arguments(values, locations, hasErrors);
            }

            /// <summary>The named arguments that were written on the attribute, with their locations.</summary>
            internal sealed class Arguments
            {
                private readonly Dictionary<string, TypedConstant> _values;
                private readonly Dictionary<string, LocationInfo> _locations;

                public Arguments(Dictionary<string, TypedConstant> values, Dictionary<string, LocationInfo> locations, bool hasErrors)
                {
                    _values = values;
                    _locations = locations;
                    HasErrors = hasErrors;
                }

                /// <summary>An argument as written did not bind to a constant of the property's type.</summary>
                public bool HasErrors { get; }

                public bool Has(string name) => _values.TryGetValue(name, out TypedConstant value) && value.Kind != TypedConstantKind.Error;

                public int Int(string name, int defaultValue)
                    => Has(name) && _values[name].Kind != TypedConstantKind.Array && _values[name].Value is int value ? value : defaultValue;

                public bool Bool(string name, bool defaultValue)
                    => Has(name) && _values[name].Value is bool value ? value : defaultValue;

                public double Double(string name, double defaultValue)
                    => Has(name) && _values[name].Kind != TypedConstantKind.Array && _values[name].Value is double value ? value : defaultValue;

                /// <summary>An int[] argument; null when not written or written as null.</summary>
                public int[]? IntArray(string name)
                    => Has(name) && _values[name] is { Kind: TypedConstantKind.Array, IsNull: false } array ? array.Values.Select(v => v.Value is int i ? i : 0).ToArray() : null;

                public LocationInfo? Location(string name) => _locations.TryGetValue(name, out LocationInfo? location) ? location : null;
            }
        }
    }
}
