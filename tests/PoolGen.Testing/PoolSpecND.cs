using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PoolGen.Testing
{
    /// <summary>
    /// The parameters of a pooling operation of any spatial rank: one entry per spatial axis, outermost first
    /// (D, H, W). The input of <see cref="PoolReference.PoolND{T}"/>; <see cref="Of2D"/> writes a rank-2 one (axis 0 = H, axis 1 = W).
    /// Equality compares the arrays element by element.
    /// </summary>
    /// <param name="Kind">Max, average, Lp (with <see cref="P"/>) or min.</param>
    /// <param name="Kernel">The window size <c>k</c> per axis (at least 1).</param>
    /// <param name="Stride">The stride <c>s</c> per axis (at least 1).</param>
    /// <param name="Padding">
    /// The padding <c>p</c> per axis: on both sides (0 to half the effective window) when <see cref="PaddingEnd"/> is null,
    /// else at the beginning only (0 to the effective window minus 1).
    /// </param>
    /// <param name="Dilation">The tap spacing <c>d</c> per axis (at least 1).</param>
    /// <param name="CeilMode">Round the output size up instead of down.</param>
    /// <param name="CountIncludePad">Average only: divide by the taps inside the padded extent, not only those inside the input.</param>
    /// <param name="DivisorOverride">Average only: divide by this instead (PyTorch's <c>divisor_override</c>).</param>
    public sealed record PoolSpecND(
        PoolKind Kind,
        int[] Kernel,
        int[] Stride,
        int[] Padding,
        int[] Dilation,
        bool CeilMode = false,
        bool CountIncludePad = true,
        int? DivisorOverride = null)
    {
        /// <summary>
        /// The padding at the end of each axis (ONNX's <c>pads</c> ends; 0 to the effective window minus 1), or null for
        /// symmetric padding (<see cref="Padding"/> on both sides, at most half the effective window, as PyTorch).
        /// </summary>
        public int[]? PaddingEnd { get; init; }

        /// <summary>Lp only: the exponent p (at least 1).</summary>
        public int P { get; init; }

        /// <summary>A lower bound applied to every output (<c>r &lt; min ? min : r</c>); negative infinity for none.</summary>
        public double ClampMin { get; init; } = double.NegativeInfinity;

        /// <summary>An upper bound applied to every output after <see cref="ClampMin"/> (<c>r &gt; max ? max : r</c>); positive infinity for none.</summary>
        public double ClampMax { get; init; } = double.PositiveInfinity;

        /// <summary>
        /// Global pooling: the window is the whole spatial extent of the input it is applied to, one output per axis.
        /// <see cref="Kernel"/>, <see cref="Stride"/>, <see cref="Padding"/> and <see cref="Dilation"/> only give the rank
        /// (see <see cref="GlobalOf"/>); <see cref="ForShape"/> makes the concrete window for an input shape.
        /// </summary>
        public bool Global { get; init; }

        /// <summary>The number of spatial axes (the length of <see cref="Kernel"/>).</summary>
        public int Rank => Kernel.Length;

        /// <summary>The padding at the beginning of each axis (<see cref="Padding"/>).</summary>
        public int[] PaddingBegin => Padding;

        /// <summary>The padding at the end of each axis: <see cref="PaddingEnd"/>, or <see cref="Padding"/> when symmetric.</summary>
        public int[] PaddingEndOrSymmetric => PaddingEnd ?? Padding;

        /// <summary>A clamp bound is set.</summary>
        public bool HasClamp => !double.IsNegativeInfinity(ClampMin) || !double.IsPositiveInfinity(ClampMax);

        /// <summary>A rank-2 spec (axis 0 = H, axis 1 = W) with symmetric padding; <c>with { PaddingEnd = [bottom, right] }</c> gives ONNX pads.</summary>
        public static PoolSpecND Of2D(
            PoolKind kind,
            int kernelH,
            int kernelW,
            int strideH,
            int strideW,
            int paddingH,
            int paddingW,
            int dilationH = 1,
            int dilationW = 1,
            bool ceilMode = false,
            bool countIncludePad = true,
            int? divisorOverride = null) =>
            new(kind, [kernelH, kernelW], [strideH, strideW], [paddingH, paddingW], [dilationH, dilationW], ceilMode, countIncludePad, divisorOverride);

        /// <summary>A global pooling spec of <paramref name="rank"/> spatial axes (the window is taken from the input at run time).</summary>
        public static PoolSpecND GlobalOf(PoolKind kind, int rank, int p = 0, int? divisorOverride = null)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
            int[] Ones() => Enumerable.Repeat(1, rank).ToArray();
            return new PoolSpecND(kind, Ones(), Ones(), new int[rank], Ones(), DivisorOverride: divisorOverride) { Global = true, P = p };
        }

        /// <summary>
        /// The concrete spec for an input of <paramref name="spatialShape"/>: for <see cref="Global"/>, a window and stride of
        /// the whole shape, no padding, no dilation (clamps, P and divisor kept); any other spec is returned as it is.
        /// </summary>
        public PoolSpecND ForShape(int[] spatialShape)
        {
            ArgumentNullException.ThrowIfNull(spatialShape);
            if (!Global)
            {
                return this;
            }

            if (spatialShape.Length != Rank)
            {
                throw new ArgumentException($"A rank-{Rank} global spec for a shape of rank {spatialShape.Length}.", nameof(spatialShape));
            }

            return this with
            {
                Kernel = (int[])spatialShape.Clone(),
                Stride = (int[])spatialShape.Clone(),
                Padding = new int[Rank],
                PaddingEnd = null,
                Dilation = Enumerable.Repeat(1, Rank).ToArray(),
                CeilMode = false,
                Global = false,
            };
        }

        /// <summary>
        /// This spec with the padding ONNX's <paramref name="autoPad"/> works out for <paramref name="spatialShape"/>
        /// (<see cref="PoolReference.AutoPads"/>), as explicit begin/end padding. NotSet returns the spec unchanged.
        /// </summary>
        public PoolSpecND WithAutoPad(PoolAutoPad autoPad, int[] spatialShape)
        {
            ArgumentNullException.ThrowIfNull(spatialShape);
            if (autoPad == PoolAutoPad.NotSet)
            {
                return this;
            }

            if (spatialShape.Length != Rank)
            {
                throw new ArgumentException($"A rank-{Rank} spec for a shape of rank {spatialShape.Length}.", nameof(spatialShape));
            }

            if (CeilMode)
            {
                throw new ArgumentException($"AutoPad = {autoPad} does not go with ceil mode (PoolGen reports PG0047).", nameof(autoPad));
            }

            var begin = new int[Rank];
            var end = new int[Rank];
            for (int axis = 0; axis < Rank; axis++)
            {
                (begin[axis], end[axis]) = PoolReference.AutoPads(autoPad, spatialShape[axis], Kernel[axis], Stride[axis], Dilation[axis]);
            }

            return this with { Padding = begin, PaddingEnd = end };
        }

        /// <inheritdoc/>
        public bool Equals(PoolSpecND? other) =>
            other is not null
            && Kind == other.Kind
            && Kernel.AsSpan().SequenceEqual(other.Kernel)
            && Stride.AsSpan().SequenceEqual(other.Stride)
            && Padding.AsSpan().SequenceEqual(other.Padding)
            && PaddingEndOrSymmetric.AsSpan().SequenceEqual(other.PaddingEndOrSymmetric)
            && Dilation.AsSpan().SequenceEqual(other.Dilation)
            && CeilMode == other.CeilMode
            && CountIncludePad == other.CountIncludePad
            && DivisorOverride == other.DivisorOverride
            && P == other.P
            && ClampMin.Equals(other.ClampMin)
            && ClampMax.Equals(other.ClampMax)
            && Global == other.Global;

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Kind);
            foreach (int[] values in new[] { Kernel, Stride, Padding, PaddingEndOrSymmetric, Dilation })
            {
                hash.Add(values.Length);
                foreach (int value in values)
                {
                    hash.Add(value);
                }
            }

            hash.Add(CeilMode);
            hash.Add(CountIncludePad);
            hash.Add(DivisorOverride);
            hash.Add(P);
            hash.Add(ClampMin);
            hash.Add(ClampMax);
            hash.Add(Global);
            return hash.ToHashCode();
        }

        /// <summary>
        /// A compact description for test output, e.g. <c>max k3x3x3 s2x2x2 p1x1x1 d1x1x1 ceil</c>, <c>min k3x3 s1x1 p0x1-2x0 d1x1</c>
        /// (begin-end padding), <c>L2 global clamp[0,6]</c>.
        /// </summary>
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append(Kind switch
            {
                PoolKind.Max => "max",
                PoolKind.Average => "avg",
                PoolKind.Min => "min",
                PoolKind.Lp => string.Create(CultureInfo.InvariantCulture, $"L{P}"),
                _ => Kind.ToString(),
            });
            if (Global)
            {
                text.Append(CultureInfo.InvariantCulture, $" global{Rank}d");
            }
            else
            {
                text.Append(" k").Append(Join(Kernel));
                text.Append(" s").Append(Join(Stride));
                text.Append(" p").Append(Join(Padding));
                if (PaddingEnd is not null)
                {
                    text.Append('-').Append(Join(PaddingEnd));
                }

                text.Append(" d").Append(Join(Dilation));
                if (CeilMode)
                {
                    text.Append(" ceil");
                }
            }

            if (Kind == PoolKind.Average)
            {
                if (!CountIncludePad && !Global)
                {
                    text.Append(" nopad");
                }

                if (DivisorOverride is int divisor)
                {
                    text.Append(CultureInfo.InvariantCulture, $" div{divisor}");
                }
            }

            if (HasClamp)
            {
                text.Append(CultureInfo.InvariantCulture, $" clamp[{ClampMin.ToString("R", CultureInfo.InvariantCulture)},{ClampMax.ToString("R", CultureInfo.InvariantCulture)}]");
            }

            return text.ToString();
        }

        private static string Join(int[] values) =>
            string.Join("x", values.Select(value => value.ToString(CultureInfo.InvariantCulture)));
    }
}
