using System;
using System.Numerics;

namespace PoolGen.Testing
{
    /// <summary>
    /// A naive reference implementation of max, min, average and Lp pooling, written from <c>docs/semantics.md</c> and the
    /// feature rules (begin/end padding, ONNX auto_pad, argmax/argmin, global windows, divisor override, clamps, Half)
    /// alone: it does not call <see cref="PoolShape"/> or anything else in PoolGen. For every output element it visits
    /// every tap of its window in row-major order. Slow on purpose; meant to be obviously correct.
    /// Layout: NC followed by the spatial axes, row-major, contiguous, for input and output alike (use
    /// <see cref="Layouts"/> for channels-last data).
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Output size per axis, with begin/end padding <c>pb</c>/<c>pe</c>: <c>floor_or_ceil((n + pb + pe - e) / s) + 1</c>;
    /// in ceil mode one less if <c>(out - 1)*s &gt;= n + pb</c>.</item>
    /// <item>Max: start at the lowest value, a tap replaces when <c>v &gt; max || isnan(v)</c>. Min: start at the highest
    /// value, replace when <c>v &lt; min || isnan(v)</c>. The index is the flat position within the (n, c) plane of the
    /// tap that replaced last (so the first extreme, or the last NaN).</item>
    /// <item>Average: the sum of the taps inside the input from 0, divided by the divisor override, else by the taps inside
    /// <c>[-pb, n + pe)</c> (count_include_pad) or inside the input, product over the axes.</item>
    /// <item>Lp: <c>(sum |x|^p)^(1/p)</c> over the taps inside the input (padding counts as zero), computed in double.</item>
    /// <item>Clamps on every output: <c>r &lt; min ? min : r</c>, then <c>r &gt; max ? max : r</c> (NaN passes).</item>
    /// <item>Half: computed in float (max/min/average; Lp in double), rounded to Half once at the end.</item>
    /// </list>
    /// </remarks>
    public static class PoolReference
    {
        /// <summary>
        /// The output size on one axis: <c>floor_or_ceil((n + 2p - e) / s) + 1</c> with <c>e = d*(k-1) + 1</c>,
        /// using exact integer division on <see cref="long"/>; in ceil mode, one less if the last window would
        /// start at or after <c>n + p</c>. May be zero or negative (no output); the caller decides.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/>, <paramref name="s"/> or <paramref name="d"/> is below 1, or <paramref name="p"/> is negative.</exception>
        public static int OutputSize(int n, int k, int s, int p, int d, bool ceil) => OutputSize(n, k, s, p, p, d, ceil);

        /// <summary>
        /// The output size on one axis with padding <paramref name="pBegin"/> before and <paramref name="pEnd"/> after:
        /// <c>floor_or_ceil((n + pb + pe - e) / s) + 1</c>; in ceil mode, one less if <c>(out - 1)*s &gt;= n + pb</c> (the last
        /// window would start inside the end padding). May be zero or negative.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">A window size, stride or dilation below 1, or a negative padding.</exception>
        public static int OutputSize(int n, int k, int s, int pBegin, int pEnd, int d, bool ceil)
        {
            if (k < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(k), k, "The window size must be at least 1.");
            }

            if (s < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(s), s, "The stride must be at least 1.");
            }

            if (d < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(d), d, "The dilation must be at least 1.");
            }

            if (pBegin < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(pBegin), pBegin, "The padding must not be negative.");
            }

            if (pEnd < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(pEnd), pEnd, "The padding must not be negative.");
            }

            long effective = ((long)d * (k - 1)) + 1;
            long numerator = (long)n + pBegin + pEnd - effective;
            long output = (ceil ? CeilDiv(numerator, s) : FloorDiv(numerator, s)) + 1;
            if (ceil && (output - 1) * s >= (long)n + pBegin)
            {
                output--;
            }

            return checked((int)output);
        }

        /// <summary>
        /// ONNX <c>auto_pad</c> on one axis of size <paramref name="n"/>: the (begin, end) padding.
        /// <list type="bullet">
        /// <item>Valid: (0, 0).</item>
        /// <item>SameUpper / SameLower: output <c>ceil(n / s)</c>, total padding <c>max(0, (out - 1)*s + e - n)</c> split in
        /// halves, the odd one extra at the end (SameUpper) or at the beginning (SameLower).</item>
        /// </list>
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">NotSet or an undefined mode; a size, window, stride or dilation below 1.</exception>
        public static (int Begin, int End) AutoPads(PoolAutoPad autoPad, int n, int k, int s, int d)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(s, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
            switch (autoPad)
            {
                case PoolAutoPad.Valid:
                    return (0, 0);
                case PoolAutoPad.SameUpper:
                case PoolAutoPad.SameLower:
                    long effective = ((long)d * (k - 1)) + 1;
                    long output = CeilDiv(n, s);
                    long total = Math.Max(0, ((output - 1) * s) + effective - n);
                    int small = checked((int)(total / 2));
                    int large = checked((int)(total - small));
                    return autoPad == PoolAutoPad.SameUpper ? (small, large) : (large, small);
                default:
                    throw new ArgumentOutOfRangeException(nameof(autoPad), autoPad, "Only Valid, SameUpper and SameLower work out a padding.");
            }
        }

        /// <summary>The spatial output shape of <paramref name="spec"/> applied to <paramref name="spatialShape"/> (all ones for a global spec).</summary>
        /// <exception cref="ArgumentException">The parameters are invalid or an output size is below 1.</exception>
        public static int[] OutputShape(PoolSpecND spec, int[] spatialShape)
        {
            ArgumentNullException.ThrowIfNull(spec);
            ArgumentNullException.ThrowIfNull(spatialShape);
            spec = spec.ForShape(spatialShape);
            Validate(spec, spatialShape);
            var output = new int[spec.Rank];
            for (int axis = 0; axis < spec.Rank; axis++)
            {
                output[axis] = OutputSize(spatialShape[axis], spec.Kernel[axis], spec.Stride[axis], spec.PaddingBegin[axis], spec.PaddingEndOrSymmetric[axis], spec.Dilation[axis], spec.CeilMode);
                if (output[axis] < 1)
                {
                    throw new ArgumentException($"Axis {axis}: output size {output[axis]} for input size {spatialShape[axis]} and {spec}.", nameof(spatialShape));
                }
            }

            return output;
        }

        /// <summary>Pools an NCHW input with a rank-2 spec; returns the NCHW output (<c>batch*channels*outH*outW</c> elements). See <see cref="PoolND{T}"/>.</summary>
        /// <exception cref="ArgumentException">Invalid parameters, an output size below 1, or a short input.</exception>
        /// <exception cref="NotSupportedException">The element type is not supported for this kind.</exception>
        public static T[] Pool<T>(PoolSpecND spec, ReadOnlySpan<T> input, int batch, int channels, int height, int width)
            where T : unmanaged, INumber<T>
        {
            ArgumentNullException.ThrowIfNull(spec);
            ArgumentOutOfRangeException.ThrowIfNotEqual(spec.Rank, 2, nameof(spec));
            return PoolND(spec, input, batch, channels, [height, width]);
        }

        /// <summary>
        /// Max pooling's argmax per output element of an NCHW input, in PyTorch's convention: the flat index
        /// <c>y*W + x</c> within the element's own (n, c) plane. See <see cref="MaxIndicesND{T}"/>.
        /// </summary>
        public static long[] MaxIndices<T>(PoolSpecND spec, ReadOnlySpan<T> input, int batch, int channels, int height, int width)
            where T : unmanaged, INumber<T>
        {
            ArgumentNullException.ThrowIfNull(spec);
            ArgumentOutOfRangeException.ThrowIfNotEqual(spec.Rank, 2, nameof(spec));
            return MaxIndicesND(spec, input, batch, channels, [height, width]);
        }

        /// <summary>Pools an input of any spatial rank (N, C, then <paramref name="spatialShape"/>); returns the output in the same layout.</summary>
        /// <exception cref="ArgumentException">Invalid parameters, an output size below 1, or a short input.</exception>
        /// <exception cref="NotSupportedException">The element type is not supported for this kind.</exception>
        public static T[] PoolND<T>(PoolSpecND spec, ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape)
            where T : unmanaged, INumber<T>
        {
            Run(spec, input, batch, channels, spatialShape, out T[] values, out _);
            return values;
        }

        /// <summary>
        /// Max pooling's argmax per output element, flat row-major within the element's own (n, c) plane
        /// (PyTorch's convention). A tap replaces the running maximum when it is greater or NaN, so the index is
        /// the first maximum, or the last NaN. Before any tap, the index is that of the window's first tap at or
        /// after 0 on each axis (start stepped by the dilation while negative); it stays so when no tap replaces
        /// the initial lowest value, and for a window with no tap inside the input it is computed from those
        /// out-of-range coordinates exactly like an in-range one (e.g. <c>yFirst*W + xFirst</c>).
        /// </summary>
        /// <exception cref="ArgumentException"><paramref name="spec"/> is not max pooling, or as for <see cref="PoolND{T}"/>.</exception>
        public static long[] MaxIndicesND<T>(PoolSpecND spec, ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape)
            where T : unmanaged, INumber<T>
        {
            ArgumentNullException.ThrowIfNull(spec);
            if (spec.Kind != PoolKind.Max)
            {
                throw new ArgumentException($"Indices exist for max pooling only, not {spec}.", nameof(spec));
            }

            return IndicesND(spec, input, batch, channels, spatialShape);
        }

        /// <summary>
        /// The argmax (max pooling) or argmin (min pooling) per output element, flat row-major within the element's own
        /// (n, c) plane over the spatial axes (<c>(d*H + h)*W + w</c>), as <see cref="MaxIndicesND{T}"/> describes; for min, a
        /// tap replaces when it is less or NaN, so the index is the first minimum or the last NaN. The same numbers hold
        /// for channels-last data (the index of the spatial position), transposed like the values.
        /// </summary>
        /// <exception cref="ArgumentException"><paramref name="spec"/> is not max or min pooling, or as for <see cref="PoolND{T}"/>.</exception>
        public static long[] IndicesND<T>(PoolSpecND spec, ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape)
            where T : unmanaged, INumber<T>
        {
            ArgumentNullException.ThrowIfNull(spec);
            if (spec.Kind is not (PoolKind.Max or PoolKind.Min))
            {
                throw new ArgumentException($"Indices exist for max and min pooling only, not {spec}.", nameof(spec));
            }

            Run(spec, input, batch, channels, spatialShape, out T[] _, out long[] indices);
            return indices;
        }

        /// <summary>The lowest value of <typeparamref name="T"/>: negative infinity for floating point, <c>MinValue</c> for integers.</summary>
        public static T Lowest<T>()
            where T : unmanaged, INumber<T>
        {
            if (typeof(T) == typeof(float)) return (T)(object)float.NegativeInfinity;
            if (typeof(T) == typeof(double)) return (T)(object)double.NegativeInfinity;
            if (typeof(T) == typeof(Half)) return (T)(object)Half.NegativeInfinity;
            if (typeof(T) == typeof(sbyte)) return (T)(object)sbyte.MinValue;
            if (typeof(T) == typeof(byte)) return (T)(object)byte.MinValue;
            if (typeof(T) == typeof(short)) return (T)(object)short.MinValue;
            if (typeof(T) == typeof(ushort)) return (T)(object)ushort.MinValue;
            if (typeof(T) == typeof(int)) return (T)(object)int.MinValue;
            if (typeof(T) == typeof(uint)) return (T)(object)uint.MinValue;
            if (typeof(T) == typeof(long)) return (T)(object)long.MinValue;
            if (typeof(T) == typeof(ulong)) return (T)(object)ulong.MinValue;
            throw new NotSupportedException($"Element type {typeof(T)} is not supported.");
        }

        /// <summary>The highest value of <typeparamref name="T"/>: positive infinity for floating point, <c>MaxValue</c> for integers.</summary>
        public static T Highest<T>()
            where T : unmanaged, INumber<T>
        {
            if (typeof(T) == typeof(float)) return (T)(object)float.PositiveInfinity;
            if (typeof(T) == typeof(double)) return (T)(object)double.PositiveInfinity;
            if (typeof(T) == typeof(Half)) return (T)(object)Half.PositiveInfinity;
            if (typeof(T) == typeof(sbyte)) return (T)(object)sbyte.MaxValue;
            if (typeof(T) == typeof(byte)) return (T)(object)byte.MaxValue;
            if (typeof(T) == typeof(short)) return (T)(object)short.MaxValue;
            if (typeof(T) == typeof(ushort)) return (T)(object)ushort.MaxValue;
            if (typeof(T) == typeof(int)) return (T)(object)int.MaxValue;
            if (typeof(T) == typeof(uint)) return (T)(object)uint.MaxValue;
            if (typeof(T) == typeof(long)) return (T)(object)long.MaxValue;
            if (typeof(T) == typeof(ulong)) return (T)(object)ulong.MaxValue;
            throw new NotSupportedException($"Element type {typeof(T)} is not supported.");
        }

        private static bool IsFloatingPoint<T>() => typeof(T) == typeof(float) || typeof(T) == typeof(double) || typeof(T) == typeof(Half);

        private static void Run<T>(PoolSpecND spec, ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, out T[] values, out long[] indices)
            where T : unmanaged, INumber<T>
        {
            ArgumentNullException.ThrowIfNull(spec);
            ArgumentNullException.ThrowIfNull(spatialShape);
            if (batch < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(batch), batch, "Must be at least 1.");
            }

            if (channels < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(channels), channels, "Must be at least 1.");
            }

            _ = Lowest<T>(); // rejects unsupported element types
            if (spec.Kind is PoolKind.Average or PoolKind.Lp && !IsFloatingPoint<T>())
            {
                throw new NotSupportedException($"{spec.Kind} pooling is defined for float, double and Half only, not {typeof(T)}.");
            }

            if (spec.Kind is not (PoolKind.Max or PoolKind.Average or PoolKind.Lp or PoolKind.Min))
            {
                throw new ArgumentException($"Unknown pooling kind {spec.Kind}.", nameof(spec));
            }

            if (spec.Kind == PoolKind.Lp && spec.P < 1)
            {
                throw new ArgumentException($"Lp pooling needs P >= 1: {spec}.", nameof(spec));
            }

            if (double.IsNaN(spec.ClampMin) || double.IsNaN(spec.ClampMax) || spec.ClampMin > spec.ClampMax)
            {
                throw new ArgumentException($"Invalid clamp bounds: {spec}.", nameof(spec));
            }

            if (!IsFloatingPoint<T>())
            {
                foreach (double bound in new[] { spec.ClampMin, spec.ClampMax })
                {
                    if (!double.IsInfinity(bound) && (Math.Floor(bound) != bound || double.CreateChecked(T.CreateSaturating(bound)) != bound))
                    {
                        throw new ArgumentException($"Clamp bound {bound} is not a {typeof(T).Name} value: {spec}.", nameof(spec));
                    }
                }
            }

            if (typeof(T) == typeof(Half))
            {
                // Half: the same computation in float, rounded to Half once at the end.
                var wide = new float[input.Length];
                for (int i = 0; i < input.Length; i++)
                {
                    wide[i] = (float)(Half)(object)input[i];
                }

                Run(spec, (ReadOnlySpan<float>)wide, batch, channels, spatialShape, out float[] wideValues, out indices);
                values = new T[wideValues.Length];
                for (int i = 0; i < wideValues.Length; i++)
                {
                    values[i] = (T)(object)(Half)wideValues[i];
                }

                return;
            }

            spec = spec.ForShape(spatialShape);
            int[] outputShape = OutputShape(spec, spatialShape);
            long planes = (long)batch * channels;
            long inputPlane = Product(spatialShape);
            long outputPlane = Product(outputShape);
            if (planes * inputPlane > int.MaxValue || planes * outputPlane > int.MaxValue)
            {
                throw new ArgumentException("The input or output has more than int.MaxValue elements.", nameof(input));
            }

            if (input.Length < planes * inputPlane)
            {
                throw new ArgumentException($"The input has {input.Length} elements; {planes * inputPlane} are required.", nameof(input));
            }

            values = new T[planes * outputPlane];
            indices = new long[planes * outputPlane];
            int rank = spec.Rank;
            for (long plane = 0; plane < planes; plane++)
            {
                ReadOnlySpan<T> source = input.Slice((int)(plane * inputPlane), (int)inputPlane);
                var position = new int[rank];
                do
                {
                    var start = new int[rank];
                    for (int axis = 0; axis < rank; axis++)
                    {
                        start[axis] = (position[axis] * spec.Stride[axis]) - spec.PaddingBegin[axis];
                    }

                    long target = (plane * outputPlane) + FlatIndex(position, outputShape);
                    T result;
                    switch (spec.Kind)
                    {
                        case PoolKind.Max:
                        case PoolKind.Min:
                            (result, indices[target]) = ExtremeWindow(spec, source, spatialShape, start, spec.Kind == PoolKind.Max);
                            break;
                        case PoolKind.Average:
                            result = AverageWindow(spec, source, spatialShape, start);
                            break;
                        default:
                            result = LpWindow(spec, source, spatialShape, start);
                            break;
                    }

                    values[target] = Clamp(spec, result);
                }
                while (Advance(position, outputShape));
            }
        }

        /// <summary><c>r &lt; min ? min : r</c>, then <c>r &gt; max ? max : r</c>, with the bounds in <typeparamref name="T"/>; NaN passes.</summary>
        private static T Clamp<T>(PoolSpecND spec, T value)
            where T : unmanaged, INumber<T>
        {
            if (!double.IsNegativeInfinity(spec.ClampMin))
            {
                T min = T.CreateChecked(spec.ClampMin);
                value = value < min ? min : value;
            }

            if (!double.IsPositiveInfinity(spec.ClampMax))
            {
                T max = T.CreateChecked(spec.ClampMax);
                value = value > max ? max : value;
            }

            return value;
        }

        /// <summary>Max (<paramref name="max"/>) or min of the taps inside the input, and the flat index of the tap that replaced last.</summary>
        private static (T Value, long Index) ExtremeWindow<T>(PoolSpecND spec, ReadOnlySpan<T> plane, int[] shape, int[] start, bool max)
            where T : unmanaged, INumber<T>
        {
            int rank = spec.Rank;

            // The initial index: the first tap at or after 0 on each axis (possibly past the end of the axis).
            var first = new int[rank];
            for (int axis = 0; axis < rank; axis++)
            {
                int t = start[axis];
                while (t < 0)
                {
                    t += spec.Dilation[axis];
                }

                first[axis] = t;
            }

            T best = max ? Lowest<T>() : Highest<T>();
            long bestIndex = FlatIndex(first, shape);

            var j = new int[rank];
            var tap = new int[rank];
            do
            {
                if (!TapInside(spec, shape, start, j, tap, padded: false))
                {
                    continue;
                }

                long flat = FlatIndex(tap, shape);
                T v = plane[(int)flat];
                if ((max ? v > best : v < best) || T.IsNaN(v))
                {
                    best = v;
                    bestIndex = flat;
                }
            }
            while (Advance(j, spec.Kernel));

            return (best, bestIndex);
        }

        private static T AverageWindow<T>(PoolSpecND spec, ReadOnlySpan<T> plane, int[] shape, int[] start)
            where T : unmanaged, INumber<T>
        {
            int rank = spec.Rank;
            T sum = T.Zero;
            long tapsInInput = 0;
            long tapsInPaddedExtent = 0;

            var j = new int[rank];
            var tap = new int[rank];
            do
            {
                if (TapInside(spec, shape, start, j, tap, padded: true))
                {
                    tapsInPaddedExtent++;
                }

                if (TapInside(spec, shape, start, j, tap, padded: false))
                {
                    tapsInInput++;
                    sum += plane[(int)FlatIndex(tap, shape)];
                }
            }
            while (Advance(j, spec.Kernel));

            long divisor = spec.DivisorOverride ?? (spec.CountIncludePad ? tapsInPaddedExtent : tapsInInput);
            return sum / T.CreateChecked(divisor);
        }

        /// <summary><c>(sum |x|^p)^(1/p)</c> over the taps inside the input, in double; then converted to <typeparamref name="T"/>.</summary>
        private static T LpWindow<T>(PoolSpecND spec, ReadOnlySpan<T> plane, int[] shape, int[] start)
            where T : unmanaged, INumber<T>
        {
            int rank = spec.Rank;
            double sum = 0;
            var j = new int[rank];
            var tap = new int[rank];
            do
            {
                if (TapInside(spec, shape, start, j, tap, padded: false))
                {
                    double v = Math.Abs(double.CreateChecked(plane[(int)FlatIndex(tap, shape)]));
                    sum += spec.P switch
                    {
                        1 => v,
                        2 => v * v,
                        _ => Math.Pow(v, spec.P),
                    };
                }
            }
            while (Advance(j, spec.Kernel));

            double root = spec.P switch
            {
                1 => sum,
                2 => Math.Sqrt(sum),
                _ => Math.Pow(sum, 1.0 / spec.P),
            };
            return T.CreateChecked(root);
        }

        /// <summary>
        /// Sets <paramref name="tap"/> to the coordinates of tap <paramref name="j"/> (<c>start + j*d</c> per axis) and
        /// tells whether it lies inside the input (<c>0 &lt;= t &lt; n</c> on every axis) or, with
        /// <paramref name="padded"/>, inside the padded extent (<c>-pb &lt;= t &lt; n + pe</c> on every axis).
        /// </summary>
        private static bool TapInside(PoolSpecND spec, int[] shape, int[] start, int[] j, int[] tap, bool padded)
        {
            bool inside = true;
            for (int axis = 0; axis < spec.Rank; axis++)
            {
                tap[axis] = start[axis] + (j[axis] * spec.Dilation[axis]);
                int low = padded ? -spec.PaddingBegin[axis] : 0;
                int high = padded ? shape[axis] + spec.PaddingEndOrSymmetric[axis] : shape[axis];
                if (tap[axis] < low || tap[axis] >= high)
                {
                    inside = false;
                }
            }

            return inside;
        }

        /// <summary>Row-major flat index of <paramref name="coordinates"/> in <paramref name="shape"/>; coordinates are not range-checked.</summary>
        internal static long FlatIndex(int[] coordinates, int[] shape)
        {
            long flat = 0;
            for (int axis = 0; axis < shape.Length; axis++)
            {
                flat = (flat * shape[axis]) + coordinates[axis];
            }

            return flat;
        }

        /// <summary>Steps <paramref name="counter"/> to the next multi-index in row-major order (last axis fastest); false after the last one.</summary>
        internal static bool Advance(int[] counter, int[] limits)
        {
            for (int axis = counter.Length - 1; axis >= 0; axis--)
            {
                counter[axis]++;
                if (counter[axis] < limits[axis])
                {
                    return true;
                }

                counter[axis] = 0;
            }

            return false;
        }

        internal static long Product(int[] shape)
        {
            long product = 1;
            foreach (int size in shape)
            {
                product *= size;
            }

            return product;
        }

        private static void Validate(PoolSpecND spec, int[] spatialShape)
        {
            int rank = spec.Rank;
            if (rank < 1 || spec.Stride.Length != rank || spec.Padding.Length != rank || spec.Dilation.Length != rank || spatialShape.Length != rank
                || (spec.PaddingEnd is not null && spec.PaddingEnd.Length != rank))
            {
                throw new ArgumentException($"Kernel, stride, padding, dilation and the spatial shape must have the same length (at least 1): {spec}, shape [{string.Join(", ", spatialShape)}].", nameof(spec));
            }

            for (int axis = 0; axis < rank; axis++)
            {
                int k = spec.Kernel[axis], s = spec.Stride[axis], p = spec.Padding[axis], d = spec.Dilation[axis];
                if (k < 1 || s < 1 || d < 1)
                {
                    throw new ArgumentException($"Axis {axis}: kernel, stride and dilation must be at least 1: {spec}.", nameof(spec));
                }

                long effective = ((long)d * (k - 1)) + 1;
                if (spec.PaddingEnd is null)
                {
                    if (p < 0 || p > effective / 2)
                    {
                        throw new ArgumentException($"Axis {axis}: padding {p} is outside 0..{effective / 2} (half the effective window): {spec}.", nameof(spec));
                    }
                }
                else
                {
                    int pe = spec.PaddingEnd[axis];
                    if (p < 0 || p >= effective || pe < 0 || pe >= effective)
                    {
                        throw new ArgumentException($"Axis {axis}: padding {p} / {pe} is outside 0..{effective - 1} (less than the effective window): {spec}.", nameof(spec));
                    }
                }

                if (spatialShape[axis] < 1)
                {
                    throw new ArgumentException($"Axis {axis}: input size {spatialShape[axis]} is below 1.", nameof(spatialShape));
                }
            }

            if (spec.DivisorOverride is int divisor && divisor < 1)
            {
                throw new ArgumentException($"The divisor override must be at least 1: {spec}.", nameof(spec));
            }
        }

        private static long FloorDiv(long numerator, long denominator)
        {
            // denominator > 0. C# division truncates toward zero; step down when that rounded a negative quotient up.
            long quotient = numerator / denominator;
            if (numerator % denominator != 0 && numerator < 0)
            {
                quotient--;
            }

            return quotient;
        }

        private static long CeilDiv(long numerator, long denominator) => -FloorDiv(-numerator, denominator);
    }
}
