using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PoolGen.Testing
{
    /// <summary>
    /// The parameters of a pooling operation of any spatial rank: one entry per spatial axis, outermost first
    /// (D, H, W). The input of <see cref="PoolReference.PoolND{T}"/>; <see cref="PoolSpec"/> is the rank-2 form.
    /// Equality compares the arrays element by element.
    /// </summary>
    /// <param name="Kind">Max or average.</param>
    /// <param name="Kernel">The window size <c>k</c> per axis (at least 1).</param>
    /// <param name="Stride">The stride <c>s</c> per axis (at least 1).</param>
    /// <param name="Padding">The padding <c>p</c> on both sides of each axis (0 to half the effective window).</param>
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
        /// <summary>The number of spatial axes (the length of <see cref="Kernel"/>).</summary>
        public int Rank => Kernel.Length;

        /// <inheritdoc/>
        public bool Equals(PoolSpecND? other) =>
            other is not null
            && Kind == other.Kind
            && Kernel.AsSpan().SequenceEqual(other.Kernel)
            && Stride.AsSpan().SequenceEqual(other.Stride)
            && Padding.AsSpan().SequenceEqual(other.Padding)
            && Dilation.AsSpan().SequenceEqual(other.Dilation)
            && CeilMode == other.CeilMode
            && CountIncludePad == other.CountIncludePad
            && DivisorOverride == other.DivisorOverride;

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Kind);
            foreach (int[] values in new[] { Kernel, Stride, Padding, Dilation })
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
            return hash.ToHashCode();
        }

        /// <summary>A compact description for test output, e.g. <c>max k3x3x3 s2x2x2 p1x1x1 d1x1x1 ceil</c>.</summary>
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append(Kind == PoolKind.Max ? "max" : Kind == PoolKind.Average ? "avg" : Kind.ToString());
            text.Append(" k").Append(Join(Kernel));
            text.Append(" s").Append(Join(Stride));
            text.Append(" p").Append(Join(Padding));
            text.Append(" d").Append(Join(Dilation));
            if (CeilMode)
            {
                text.Append(" ceil");
            }

            if (Kind != PoolKind.Max)
            {
                if (!CountIncludePad)
                {
                    text.Append(" nopad");
                }

                if (DivisorOverride is int divisor)
                {
                    text.Append(CultureInfo.InvariantCulture, $" div{divisor}");
                }
            }

            return text.ToString();
        }

        private static string Join(int[] values) =>
            string.Join("x", values.Select(value => value.ToString(CultureInfo.InvariantCulture)));
    }
}
