namespace PoolGen.Generator.Model
{
    /// <summary>The reduction, mirrored from PoolGen.PoolKind (the generator does not reference the runtime assembly).</summary>
    internal enum PoolKindModel
    {
        Max = 0,
        Average = 1,
    }

    /// <summary>How the kernel body is emitted. Chosen by the parser, one per method.</summary>
    internal enum KernelStrategy
    {
        /// <summary>Scalar NCHW: unrolled taps on interior windows, a clipped path on the border.</summary>
        ScalarNchw,

        /// <summary>The scalar NCHW kernel with vector runs over the output width in interior rows (stride 1 or 2).</summary>
        VectorNchw,
    }

    /// <summary>Window parameters of one spatial axis, after defaults and per-axis overrides are applied.</summary>
    internal sealed record AxisInfo(int Kernel, int Stride, int Padding, int Dilation)
    {
        public int Effective => (Dilation * (Kernel - 1)) + 1;
    }

    /// <summary>A dimension parameter of the method: its role and its name as written.</summary>
    internal enum Dimension
    {
        Batch = 0,
        Channels = 1,
        Height = 2,
        Width = 3,
    }

    /// <summary>An element type PoolGen can pool.</summary>
    /// <param name="Keyword">The C# keyword, e.g. "float".</param>
    /// <param name="IsFloatingPoint">float or double: NaN checks, infinities, averaging.</param>
    internal sealed record ElementTypeInfo(string Keyword, bool IsFloatingPoint)
    {
        /// <summary>The value a max window with no tap inside the input produces.</summary>
        public string LowestValue => IsFloatingPoint ? Keyword + ".NegativeInfinity" : Keyword + ".MinValue";

        /// <summary>The literal suffix for a constant of this type ("f" for float).</summary>
        public string LiteralSuffix => Keyword switch
        {
            "float" => "f",
            "double" => "d",
            _ => string.Empty,
        };
    }

    /// <summary>
    /// Everything the emitter needs to implement one [Pool] method. Plain data only: no symbols, syntax
    /// or locations, so the incremental pipeline can compare it with the previous run's model.
    /// </summary>
    internal sealed record PoolMethodModel(
        HierarchyInfo Hierarchy,
        string MethodName,
        string Modifiers,
        string ParameterList,
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
        KernelStrategy Strategy,
        string? InvalidReason)
    {
        /// <summary>The tensor form (ReadOnlyTensorSpan/TensorSpan parameters, shape from the lengths), or null for spans.</summary>
        public TensorSignatureInfo? Tensor { get; init; }

        /// <summary>
        /// Average pooling without padding or dilation: when the window covers the whole plane (a global average),
        /// the plane is summed a vector at a time. Chosen with the strategy.
        /// </summary>
        public bool GlobalAverage { get; init; }
    }

    /// <summary>A model and the unique name of the file it is emitted to.</summary>
    internal sealed record GeneratedFile(PoolMethodModel Model, string HintName);

    /// <summary>What the parser produced for one annotated method: a model (unless the signature is unusable) and diagnostics.</summary>
    internal sealed record ParseResult(PoolMethodModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
}
