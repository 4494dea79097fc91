using Microsoft.CodeAnalysis;

namespace PoolGen.Generator;

/// <summary>
/// Every diagnostic PoolGen reports. Ids are stable and listed in AnalyzerReleases.Unshipped.md; each message
/// says what to change. Locations point at the offending attribute argument, parameter or method name.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "PoolGen";

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidWindowSize = Error(
        "PG0001", "Window size must be at least 1",
        "'{0}' is {1}; the pooling window must be at least 1 on every axis");

    public static readonly DiagnosticDescriptor MissingWindowSize = Error(
        "PG0002", "No window size",
        "The [Pool] attribute on '{0}' sets no window size; set {1}");

    public static readonly DiagnosticDescriptor InvalidStride = Error(
        "PG0003", "Stride must be at least 1",
        "'{0}' is {1}; a stride must be at least 1 (or 0 for the window size)");

    public static readonly DiagnosticDescriptor InvalidDilation = Error(
        "PG0004", "Dilation must be at least 1",
        "'{0}' is {1}; dilation must be at least 1");

    public static readonly DiagnosticDescriptor NegativePadding = Error(
        "PG0005", "Padding cannot be negative",
        "'{0}' is {1}; padding cannot be negative");

    public static readonly DiagnosticDescriptor PaddingTooLarge = Error(
        "PG0006", "Padding is larger than half the window",
        "Padding {0} on the {1} axis is more than half the effective window ({2} wide); use a padding of at most {3}");

    public static readonly DiagnosticDescriptor EmptyOutput = Error(
        "PG0007", "Fixed shape gives an empty output",
        "{0} = {1} is too small for the {2}-wide window with padding {3}: there would be no output; use {0} >= {4}");

    public static readonly DiagnosticDescriptor InvalidFixedDimension = Error(
        "PG0008", "Fixed dimension must be positive",
        "'{0}' is {1}; a fixed dimension must be at least 1 (or 0 to take it from a parameter at run time)");

    public static readonly DiagnosticDescriptor MethodNotPartial = Error(
        "PG0009", "Method must be partial",
        "Method '{0}' must be declared 'partial' without a body, so that PoolGen can implement it");

    public static readonly DiagnosticDescriptor MethodHasBody = Error(
        "PG0010", "Method already has a body",
        "Method '{0}' already has a body; put [Pool] on a 'partial' declaration without a body and let PoolGen implement it");

    public static readonly DiagnosticDescriptor MustReturnVoid = Error(
        "PG0011", "Method must return void",
        "Method '{0}' must return 'void'; the kernel writes its result into the output span");

    public static readonly DiagnosticDescriptor InvalidSpanParameters = Error(
        "PG0012", "Method must take an input and an output span",
        "Method '{0}' must start with the parameters 'ReadOnlySpan<T> input, Span<T> output' of one element type T (or take only 'ReadOnlyTensorSpan<T> input, TensorSpan<T> output')");

    public static readonly DiagnosticDescriptor UnsupportedElementType = Error(
        "PG0013", "Element type not supported",
        "Element type '{0}' is not supported for {1} pooling; use {2}");

    public static readonly DiagnosticDescriptor InvalidDimensionParameter = Error(
        "PG0014", "Unknown dimension parameter",
        "Parameter '{0}' is not a pooling dimension{1}; after input and output (and an optional 'Span<int>' or 'Span<long>' indices) only 'int' parameters named batch, channels, depth, height, width or length may follow, in that order");

    public static readonly DiagnosticDescriptor MisorderedDimensionParameter = Error(
        "PG0015", "Dimension parameters out of order",
        "Parameter '{0}' must come before '{1}'; dimension parameters go in the order batch, channels, depth, height, width (length for 1D)");

    public static readonly DiagnosticDescriptor MissingDimension = Error(
        "PG0016", "Missing spatial dimension",
        "Method '{0}' has no '{1}' parameter and the attribute does not fix it; add 'int {1}' or set {2} on the attribute");

    public static readonly DiagnosticDescriptor DimensionFixedTwice = Error(
        "PG0017", "Dimension both fixed and passed",
        "'{0}' is fixed by the attribute ({1} = {2}) and is also a parameter; remove the parameter or the attribute property");

    public static readonly DiagnosticDescriptor CountIncludePadOnMax = new(
        "PG0018", "CountIncludePad has no effect outside average pooling",
        "CountIncludePad applies to average pooling only; remove it from this {0} pooling method",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error(
        "PG0019", "Containing type must be partial",
        "Type '{0}' must be declared 'partial' so that PoolGen can add the implementation of '{1}' to it");

    public static readonly DiagnosticDescriptor GenericMethod = Error(
        "PG0020", "Method must not be generic",
        "Method '{0}' must not be generic; declare one [Pool] method per element type");

    public static readonly DiagnosticDescriptor UnknownKind = Error(
        "PG0021", "Unknown pooling kind",
        "Kind {0} is not a pooling kind this version of PoolGen supports; use PoolKind.Max, PoolKind.Average, PoolKind.Lp or PoolKind.Min");

    public static readonly DiagnosticDescriptor InvalidParameterModifier = Error(
        "PG0022", "Parameter modifier not allowed",
        "Parameter '{0}' must be passed by value, without 'ref', 'in', 'out', 'params', 'scoped' or 'this'");

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Error(
        "PG0023", "C# 11 or later required",
        "PoolGen kernels need C# 11 or later (file-local types), but this project compiles C# {0}; set <LangVersion> to 11 or later, or target .NET 8 or later");

    public static readonly DiagnosticDescriptor FrameworkTooOld = Error(
        "PG0027", "Target framework too old",
        "PoolGen kernels use System.Runtime.Intrinsics and the vector APIs of .NET 8; target net8.0 or later");

    // PG0028..PG0031: the tensor form, ReadOnlyTensorSpan<T> input, TensorSpan<T> output (PoolGenerator.Parser.Tensor.cs).
    public static readonly DiagnosticDescriptor TensorAndSpanMixed = Error(
        "PG0028", "Tensor and span parameters mixed",
        "Method '{0}' mixes a span and a tensor ('{1}' input, '{2}' output); take 'ReadOnlySpan<T> input, Span<T> output' or 'ReadOnlyTensorSpan<T> input, TensorSpan<T> output'");

    public static readonly DiagnosticDescriptor TensorElementTypesDiffer = Error(
        "PG0029", "Tensor element types differ",
        "The output is '{0}' but the input is '{1}'; both tensors must have the same element type");

    public static readonly DiagnosticDescriptor InvalidTensorParameters = Error(
        "PG0030", "Method must take an input and an output tensor",
        "Method '{0}' takes tensors: its parameters must be 'ReadOnlyTensorSpan<T> input, TensorSpan<T> output' (then optionally 'TensorSpan<int> indices' or 'TensorSpan<long> indices')");

    public static readonly DiagnosticDescriptor TensorExtraParameter = Error(
        "PG0031", "Parameter not allowed with tensors",
        "Parameter '{0}' is not allowed: '{1}' takes tensors, whose shape comes from {2}.Lengths; remove it (to fix a dimension, set Channels, Depth, Height, Width or Length on the attribute; for 1D or 3D pooling, Rank)");

    public static readonly DiagnosticDescriptor WindowTooLarge = Error(
        "PG0024", "Window or stride too large",
        "'{0}' makes a window or stride {1} elements long; PoolGen supports up to 1048576");

    public static readonly DiagnosticDescriptor FileLocalContainingType = Error(
        "PG0025", "Containing type is file-local",
        "Type '{0}' is file-local, so PoolGen cannot add the implementation of '{1}' to it from another file; declare the type without 'file'");

    public static readonly DiagnosticDescriptor FixedShapeTooLarge = Error(
        "PG0026", "Fixed shape too large",
        "The fixed Channels*Height*Width exceeds int.MaxValue elements; fix fewer dimensions or smaller ones");

    // PG0032 (tensor form not supported with this attribute) is retired: the tensor form takes every attribute.

    // Ranks 1 and 3, layouts, padding modes, kinds and options: ids from PG0040 on.
    public static readonly DiagnosticDescriptor InvalidIndicesParameter = Error(
        "PG0040", "Invalid indices parameter",
        "The 'indices' parameter must be {1}, not '{0}'");

    public static readonly DiagnosticDescriptor IndicesNotSupported = Error(
        "PG0041", "Indices need max or min pooling",
        "{0} pooling has no argmax; 'indices' needs Kind = PoolKind.Max or PoolKind.Min");

    public static readonly DiagnosticDescriptor LpNeedsP = Error(
        "PG0042", "Lp pooling needs P",
        "Kind = PoolKind.Lp needs P, the exponent (1 or more, e.g. P = 2)");

    public static readonly DiagnosticDescriptor InvalidP = Error(
        "PG0043", "Invalid P",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidClamp = Error(
        "PG0044", "Invalid clamp bounds",
        "{0}");

    public static readonly DiagnosticDescriptor RankMismatch = Error(
        "PG0045", "Parameter or property does not match the rank",
        "'{0}' does not apply to {1}D pooling; this method is {1}D pooling because of '{2}'");

    public static readonly DiagnosticDescriptor InvalidPads = Error(
        "PG0046", "Invalid Pads",
        "{0}");

    public static readonly DiagnosticDescriptor AutoPadWithPadding = Error(
        "PG0047", "AutoPad together with explicit padding",
        "'{0}' cannot be combined with AutoPad = {1}, which works out the padding itself; remove one of them");

    public static readonly DiagnosticDescriptor InvalidDivisorOverride = Error(
        "PG0048", "Invalid DivisorOverride",
        "{0}");

    public static readonly DiagnosticDescriptor GlobalWithWindow = Error(
        "PG0049", "Global pooling has no window",
        "'{0}' cannot be combined with Global = true: the window is the whole input; remove it");

    public static readonly DiagnosticDescriptor UnknownEnumValue = Error(
        "PG0051", "Unknown enum value",
        "{0} = {1} is not a value this version of PoolGen supports; use {2}");

    public static readonly DiagnosticDescriptor InvalidRank = Error(
        "PG0052", "Invalid Rank",
        "Rank is {0}; it must be 1, 2 or 3, the number of spatial axes (or 0 to take the rank from the dimension parameters and properties)");

    public static readonly DiagnosticDescriptor AdaptiveWithWindow = Error(
        "PG0053", "Adaptive pooling has no window",
        "'{0}' cannot be combined with {1}, which makes this adaptive pooling: {2}");

    public static readonly DiagnosticDescriptor InvalidOutputSize = Error(
        "PG0054", "Invalid adaptive output size",
        "{0}");

    // Quantized 8-bit pooling (InputScale, InputZeroPoint, OutputScale, OutputZeroPoint): PG0055..PG0059.
    public static readonly DiagnosticDescriptor InvalidQuantizationScale = Error(
        "PG0055", "Invalid quantization scale",
        "{0} is {1}; a scale must be a positive, finite number that is not 0 as a float (the real value of one integer step, e.g. {0} = 0.0125)");

    public static readonly DiagnosticDescriptor InvalidZeroPoint = Error(
        "PG0056", "Zero point out of range",
        "{0} is {1}, which is not a {2} value; a zero point must be from {3} to {4}");

    public static readonly DiagnosticDescriptor QuantizationNotSupported = Error(
        "PG0057", "Quantization not supported here",
        "'{0}' applies to quantized byte or sbyte average, max or min pooling; {1}: remove it");

    public static readonly DiagnosticDescriptor IncompleteQuantization = Error(
        "PG0058", "Quantization parameters incomplete",
        "Quantized pooling needs all four of InputScale, InputZeroPoint, OutputScale and OutputZeroPoint; add {0}");

    public static readonly DiagnosticDescriptor QuantizedAverageOption = Error(
        "PG0059", "Option not available with quantized average pooling",
        "'{0}' cannot be combined with quantized average pooling, which follows ONNX Runtime's QLinearAveragePool: it has no {1}; remove it");

    // The backward passes and max unpooling (Parsing/PoolParser.Operations.cs): PG0060..PG0067.
    public static readonly DiagnosticDescriptor InvalidBackwardParameters = Error(
        "PG0060", "Invalid backward parameters",
        "Method '{0}' is a backward pass (its first parameter is 'gradOutput'): it must start with {1}, then {2}");

    public static readonly DiagnosticDescriptor InvalidUnpoolParameters = Error(
        "PG0061", "Invalid unpooling parameters",
        "Method '{0}' is max unpooling (it starts with 'input, indices'): it must start with {1}, then {2}");

    public static readonly DiagnosticDescriptor OperationElementTypesDiffer = Error(
        "PG0062", "Element types differ",
        "'{0}' is a {1} of '{2}' but '{3}' is a {1} of '{4}'; both must have the same element type");

    public static readonly DiagnosticDescriptor BackwardIndices = Error(
        "PG0063", "Backward indices do not match the kind",
        "{0}");

    public static readonly DiagnosticDescriptor BackwardNotSupported = Error(
        "PG0064", "No backward pass for this kind",
        "PoolGen has no backward pass of {0} pooling; backward passes exist for PoolKind.Max, PoolKind.Min and PoolKind.Average");

    public static readonly DiagnosticDescriptor UnpoolNeedsMax = Error(
        "PG0065", "Unpooling needs max pooling",
        "Unpooling inverts max pooling through its argmax, so it has no {0} form; set Kind = PoolKind.Max (or leave Kind out)");

    public static readonly DiagnosticDescriptor OperationOption = Error(
        "PG0066", "Option not available with this operation",
        "'{0}' cannot be combined with {1}: {2}; remove it");

    public static readonly DiagnosticDescriptor OperationTensorForm = Error(
        "PG0067", "Spans and tensors mixed in a backward pass or unpooling",
        "Method '{0}' is {1} and mixes spans and tensors ('{2}' is a {3}, '{4}' a {5}); take {6}, then the int dimensions, or {7}");

    // The order of the written indices (IndexOrder): PG0070..PG0072.
    public static readonly DiagnosticDescriptor IndexOrderWithoutIndices = Error(
        "PG0070", "IndexOrder needs an indices parameter",
        "IndexOrder orders the argmax written to an 'indices' parameter, and method '{0}' has none; add 'Span<int> indices' or 'Span<long> indices' after the output (TensorSpan<int> or TensorSpan<long> in a tensor method) to a max or min method, or remove IndexOrder");

    // PG0099: an exception inside PoolGen itself (never the user's fault). The method gets a throwing body, so the build
    // shows this error alone, with what was thrown, instead of the compiler's generic CS8785.
    public static readonly DiagnosticDescriptor InternalError = Error(
        "PG0099", "Internal error in PoolGen",
        "PoolGen failed while {1} '{0}': {2}: {3}. This is a bug in PoolGen, not in your code; please report it with this [Pool] attribute and the method's signature.");
}
