namespace PoolGen.Testing
{
    /// <summary>
    /// The parameters of one two-dimensional pooling operation, every value explicit (no "0 means the window
    /// size" rule): the input of <see cref="PoolReference.Pool{T}"/>.
    /// </summary>
    /// <param name="Kind">Max or average.</param>
    /// <param name="KernelH">The window height <c>k</c> (at least 1).</param>
    /// <param name="KernelW">The window width <c>k</c> (at least 1).</param>
    /// <param name="StrideH">The vertical stride <c>s</c> (at least 1).</param>
    /// <param name="StrideW">The horizontal stride <c>s</c> (at least 1).</param>
    /// <param name="PaddingH">
    /// Rows of padding above and below (0 to half the effective window height); only above when <see cref="PaddingEndH"/> is
    /// set (then 0 to the effective window height minus 1, as ONNX pads).
    /// </param>
    /// <param name="PaddingW">Columns of padding left and right, or only left when <see cref="PaddingEndW"/> is set (as <paramref name="PaddingH"/>).</param>
    /// <param name="DilationH">The vertical spacing of the taps (at least 1).</param>
    /// <param name="DilationW">The horizontal spacing of the taps (at least 1).</param>
    /// <param name="CeilMode">Round the output size up instead of down.</param>
    /// <param name="CountIncludePad">Average only: divide by the taps inside the padded extent, not only those inside the input.</param>
    /// <param name="DivisorOverride">Average only: divide by this instead (PyTorch's <c>divisor_override</c>).</param>
    public sealed record PoolSpec(
        PoolKind Kind,
        int KernelH,
        int KernelW,
        int StrideH,
        int StrideW,
        int PaddingH,
        int PaddingW,
        int DilationH = 1,
        int DilationW = 1,
        bool CeilMode = false,
        bool CountIncludePad = true,
        int? DivisorOverride = null)
    {
        /// <summary>Rows of padding below (ONNX pads: the end of H), or null for <see cref="PaddingH"/> on both sides.</summary>
        public int? PaddingEndH { get; init; }

        /// <summary>Columns of padding right (ONNX pads: the end of W), or null for <see cref="PaddingW"/> on both sides.</summary>
        public int? PaddingEndW { get; init; }

        /// <summary>The padding below: <see cref="PaddingEndH"/>, or <see cref="PaddingH"/> when symmetric.</summary>
        public int PadEndH => PaddingEndH ?? PaddingH;

        /// <summary>The padding right: <see cref="PaddingEndW"/>, or <see cref="PaddingW"/> when symmetric.</summary>
        public int PadEndW => PaddingEndW ?? PaddingW;

        /// <summary>An end padding is given on some axis (ONNX pads; it may still equal the beginning).</summary>
        public bool HasPaddingEnd => PaddingEndH is not null || PaddingEndW is not null;

        /// <summary>The same parameters as a rank-2 <see cref="PoolSpecND"/> (axis 0 = H, axis 1 = W).</summary>
        public PoolSpecND ToND() => new(
            Kind,
            [KernelH, KernelW],
            [StrideH, StrideW],
            [PaddingH, PaddingW],
            [DilationH, DilationW],
            CeilMode,
            CountIncludePad,
            DivisorOverride)
        {
            PaddingEnd = HasPaddingEnd ? [PadEndH, PadEndW] : null,
        };

        /// <summary>A compact description for test output, e.g. <c>max k3x3 s2x2 p1x1 d1x1 ceil</c> or <c>avg k2x2 s2x2 p0x0 d1x1 nopad</c>.</summary>
        public override string ToString() => ToND().ToString();
    }
}
