namespace PoolGen.Generator.Model;

/// <summary>The reduction, mirrored from PoolGen.PoolKind (the generator does not reference the runtime assembly).</summary>
internal enum PoolKindModel
{
    Max = 0,
    Average = 1,
    Lp = 2,
    Min = 3,
}

/// <summary>The memory order, mirrored from PoolGen.PoolLayout.</summary>
internal enum LayoutModel
{
    Nchw = 0,
    Nhwc = 1,
}

/// <summary>The order of the indices a max or min kernel writes, mirrored from PoolGen.PoolIndexOrder (docs/semantics.md, "Index order").</summary>
internal enum IndexOrderModel
{
    /// <summary>Row-major within the (batch, channel) plane (PyTorch).</summary>
    Plane = 0,

    /// <summary>(b*C + c)*S plus the row-major spatial index (ONNX storage_order = 0).</summary>
    Tensor = 1,

    /// <summary>(b*C + c)*S plus the column-major spatial index (ONNX Runtime's storage_order = 1).</summary>
    TensorColumnMajor = 2,
}

/// <summary>ONNX auto_pad, mirrored from PoolGen.PoolAutoPad.</summary>
internal enum AutoPadModel
{
    NotSet = 0,
    SameUpper = 1,
    SameLower = 2,
    Valid = 3,
}

/// <summary>Window parameters of one spatial axis, after defaults and per-axis overrides are applied.</summary>
/// <remarks><see cref="Padding"/> is the padding at the beginning; <see cref="PaddingEnd"/> the one at the end (ONNX pads).</remarks>
internal sealed record AxisInfo(int Kernel, int Stride, int Padding, int Dilation)
{
    public int Effective => (Dilation * (Kernel - 1)) + 1;

    /// <summary>The padding at the end of the axis, when it differs from <see cref="Padding"/>.</summary>
    public int? PaddingEndOverride { get; init; }

    public int PaddingEnd => PaddingEndOverride ?? Padding;

    public bool IsSymmetric => PaddingEnd == Padding;

    /// <summary>
    /// Adaptive pooling: the output size of this axis (OutputSize*), its windows following from the input and output
    /// sizes (window i of n inputs and m outputs covers [floor(i*n/m), ceil((i+1)*n/m))); 0 for a window axis. An adaptive
    /// axis has window 1, stride 1, no padding, dilation 1 as placeholders.
    /// </summary>
    public int OutputSize { get; init; }

    public bool IsAdaptive => OutputSize > 0;
}

/// <summary>
/// The four fixed parameters of quantized 8-bit pooling (byte or sbyte): a stored integer q means the real value
/// scale * (q - zeroPoint). The scales are the floats the kernel computes with (the attribute's doubles converted).
/// </summary>
internal sealed record QuantizationInfo(float InputScale, int InputZeroPoint, float OutputScale, int OutputZeroPoint)
{
    /// <summary>Equal input and output parameters: requantizing one value gives it back unchanged.</summary>
    public bool IsIdentity => InputScale == OutputScale && InputZeroPoint == OutputZeroPoint;
}

/// <summary>A dimension parameter of the method: its role and its name as written.</summary>
internal enum Dimension
{
    Batch = 0,
    Channels = 1,
    Depth = 2,
    Height = 3,
    Width = 4,

    /// <summary>1D pooling's one spatial size; it takes the W axis of the model.</summary>
    Length = 5,
}

/// <summary>An element type PoolGen can pool.</summary>
/// <param name="Keyword">The C# keyword, e.g. "float".</param>
/// <param name="IsFloatingPoint">float or double: NaN checks, infinities, averaging.</param>
internal sealed record ElementTypeInfo(string Keyword, bool IsFloatingPoint)
{
    /// <summary>The value a max window with no tap inside the input produces.</summary>
    public string LowestValue => IsFloatingPoint ? Keyword + ".NegativeInfinity" : Keyword + ".MinValue";

    /// <summary>The literal suffix for a constant of this type ("f" for float).</summary>
    public string LiteralSuffix => Accumulator switch
    {
        "float" => "f",
        "double" => "d",
        _ => string.Empty,
    };

    /// <summary>The type sums and comparisons are done in: float for Half (as PyTorch does), else the element type.</summary>
    public string Accumulator => Keyword == "Half" ? "float" : Keyword;

    public bool IsHalf => Keyword == "Half";
}

/// <summary>
/// Everything the emitter needs to implement one [Pool] method. Plain data only: no symbols, syntax
/// or locations, so the incremental pipeline can compare it with the previous run's model.
/// </summary>
internal sealed record PoolSpec(
    HierarchyInfo Hierarchy,
    string MethodName,
    MethodSignature Signature,
    string HintSignature,
    string InputName,
    string OutputName,
    ElementTypeInfo ElementType,
    EquatableArray<Dimension> DimensionParameters,
    PoolKindModel Kind,
    AxisInfo H,
    AxisInfo W,
    bool CeilMode,
    bool CountIncludePad,
    bool Parallel,
    int FixedChannels,
    int FixedHeight,
    int FixedWidth,
    string? InvalidReason)
{
    /// <summary>The tensor form (ReadOnlyTensorSpan/TensorSpan parameters, shape from the lengths), or null for spans.</summary>
    public TensorSignatureInfo? Tensor { get; init; }


    /// <summary>The number of spatial axes: 1 (NCL), 2 (NCHW, the default) or 3 (NCDHW). 1D uses <see cref="W"/> only.</summary>
    public int Rank { get; init; } = 2;

    public LayoutModel Layout { get; init; }

    /// <summary>The depth axis of 3D pooling; null below rank 3.</summary>
    public AxisInfo? D { get; init; }

    public int FixedDepth { get; init; }

    /// <summary>SAME_UPPER/SAME_LOWER: the padding is worked out at run time; the axes then hold padding 0.</summary>
    public AutoPadModel AutoPad { get; init; }

    /// <summary>
    /// SameUpper/SameLower whose padding does not depend on the input size (stride 1, or a fixed size): the parser wrote
    /// it into the axes as static padding and set <see cref="AutoPad"/> to NotSet; NotSet otherwise.
    /// </summary>
    public AutoPadModel FoldedAutoPad { get; init; }

    /// <summary>The window is the whole spatial extent (the axes are placeholders).</summary>
    public bool Global { get; init; }

    /// <summary>Adaptive pooling with output size 1 on every axis, which the planner made <see cref="Global"/> (the remarks say so).</summary>
    public bool GlobalFromOutputSize { get; init; }

    /// <summary>Average: the divisor of every window, when not 0.</summary>
    public int DivisorOverride { get; init; }

    /// <summary>Lp: the exponent.</summary>
    public int P { get; init; }

    /// <summary>The output clamp's lower bound, when written and finite (a value of the element type).</summary>
    public double? ClampMin { get; init; }

    /// <summary>The output clamp's upper bound, when written and finite (a value of the element type).</summary>
    public double? ClampMax { get; init; }

    /// <summary>The argmax (argmin) parameter's name and index type ("int" or "long"), or null.</summary>
    public string? IndicesName { get; init; }

    public string? IndicesType { get; init; }

    /// <summary>The order of the written indices (IndexOrder); <see cref="IndexOrderModel.Plane"/> without indices.</summary>
    public IndexOrderModel IndexOrder { get; init; }

    /// <summary>Adaptive pooling (OutputSize*): every axis's windows follow from its input and output size.</summary>
    public bool Adaptive => W.IsAdaptive;

    /// <summary>Quantized pooling (byte or sbyte average, max or min): the scales and zero points; null otherwise.</summary>
    public QuantizationInfo? Quantization { get; init; }

    /// <summary>Average pooling of quantized integers: ONNX Runtime's QLinearAveragePool (docs/semantics.md).</summary>
    public bool IsQuantizedAverage => Quantization is not null && Kind == PoolKindModel.Average;

    public bool IsSameAutoPad => AutoPad is AutoPadModel.SameUpper or AutoPadModel.SameLower;

}

/// <summary>A kernel plan and the unique name of the file it is emitted to.</summary>
internal sealed record GeneratedFile(Planning.KernelPlan Plan, string HintName);

/// <summary>What the parser produced for one annotated method: a model (unless the signature is unusable) and diagnostics.</summary>
internal sealed record ParseResult(PoolSpec? Model, EquatableArray<DiagnosticInfo> Diagnostics);
