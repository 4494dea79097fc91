using System;
using System.Numerics;

namespace PoolGen.Testing
{
    /// <summary>
    /// A naive reference implementation of max and average pooling, written from <c>docs/semantics.md</c>
    /// alone (it does not call <see cref="PoolShape"/> or anything else in PoolGen): for every output element it
    /// visits every tap of its window in row-major order. Slow on purpose; meant to be obviously correct.
    /// Layout: NC followed by the spatial axes, row-major, contiguous, for input and output alike.
    /// </summary>
    public static class PoolReference
    {
        /// <summary>
        /// The output size on one axis: <c>floor_or_ceil((n + 2p - e) / s) + 1</c> with <c>e = d*(k-1) + 1</c>,
        /// using exact integer division on <see cref="long"/>; in ceil mode, one less if the last window would
        /// start at or after <c>n + p</c>. May be zero or negative (no output); the caller decides.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/>, <paramref name="s"/> or <paramref name="d"/> is below 1, or <paramref name="p"/> is negative.</exception>
        public static int OutputSize(int n, int k, int s, int p, int d, bool ceil)
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

            if (p < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(p), p, "The padding must not be negative.");
            }

            long effective = ((long)d * (k - 1)) + 1;
            long numerator = (long)n + (2L * p) - effective;
            long output = (ceil ? CeilDiv(numerator, s) : FloorDiv(numerator, s)) + 1;
            if (ceil && (output - 1) * s >= (long)n + p)
            {
                output--;
            }

            return checked((int)output);
        }

        /// <summary>The spatial output shape of <paramref name="spec"/> applied to <paramref name="spatialShape"/>.</summary>
        /// <exception cref="ArgumentException">The parameters are invalid or an output size is below 1.</exception>
        public static int[] OutputShape(PoolSpecND spec, int[] spatialShape)
        {
            ArgumentNullException.ThrowIfNull(spec);
            ArgumentNullException.ThrowIfNull(spatialShape);
            Validate(spec, spatialShape);
            var output = new int[spec.Rank];
            for (int axis = 0; axis < spec.Rank; axis++)
            {
                output[axis] = OutputSize(spatialShape[axis], spec.Kernel[axis], spec.Stride[axis], spec.Padding[axis], spec.Dilation[axis], spec.CeilMode);
                if (output[axis] < 1)
                {
                    throw new ArgumentException($"Axis {axis}: output size {output[axis]} for input size {spatialShape[axis]} and {spec}.", nameof(spatialShape));
                }
            }

            return output;
        }

        /// <summary>Pools an NCHW input; returns the NCHW output (<c>batch*channels*outH*outW</c> elements).</summary>
        /// <exception cref="ArgumentException">Invalid parameters, an output size below 1, or a short input.</exception>
        /// <exception cref="NotSupportedException">The element type is not supported for this kind.</exception>
        public static T[] Pool<T>(PoolSpec spec, ReadOnlySpan<T> input, int batch, int channels, int height, int width)
            where T : unmanaged, INumber<T>
        {
            ArgumentNullException.ThrowIfNull(spec);
            return PoolND(spec.ToND(), input, batch, channels, [height, width]);
        }

        /// <summary>
        /// Max pooling's argmax per output element of an NCHW input, in PyTorch's convention: the flat index
        /// <c>y*W + x</c> within the element's own (n, c) plane. See <see cref="MaxIndicesND{T}"/>.
        /// </summary>
        public static long[] MaxIndices<T>(PoolSpec spec, ReadOnlySpan<T> input, int batch, int channels, int height, int width)
            where T : unmanaged, INumber<T>
        {
            ArgumentNullException.ThrowIfNull(spec);
            return MaxIndicesND(spec.ToND(), input, batch, channels, [height, width]);
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

            Run(spec, input, batch, channels, spatialShape, out _, out long[] indices);
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
            if (spec.Kind == PoolKind.Average && typeof(T) != typeof(float) && typeof(T) != typeof(double))
            {
                throw new NotSupportedException($"Average pooling is defined for float and double only, not {typeof(T)}.");
            }

            if (spec.Kind != PoolKind.Max && spec.Kind != PoolKind.Average)
            {
                throw new ArgumentException($"Unknown pooling kind {spec.Kind}.", nameof(spec));
            }

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
                        start[axis] = (position[axis] * spec.Stride[axis]) - spec.Padding[axis];
                    }

                    long target = (plane * outputPlane) + FlatIndex(position, outputShape);
                    if (spec.Kind == PoolKind.Max)
                    {
                        (values[target], indices[target]) = MaxWindow(spec, source, spatialShape, start);
                    }
                    else
                    {
                        values[target] = AverageWindow(spec, source, spatialShape, start);
                    }
                }
                while (Advance(position, outputShape));
            }
        }

        private static (T Value, long Index) MaxWindow<T>(PoolSpecND spec, ReadOnlySpan<T> plane, int[] shape, int[] start)
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

            T max = Lowest<T>();
            long maxIndex = FlatIndex(first, shape);

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
                if (v > max || T.IsNaN(v))
                {
                    max = v;
                    maxIndex = flat;
                }
            }
            while (Advance(j, spec.Kernel));

            return (max, maxIndex);
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

        /// <summary>
        /// Sets <paramref name="tap"/> to the coordinates of tap <paramref name="j"/> (<c>start + j*d</c> per axis) and
        /// tells whether it lies inside the input (<c>0 &lt;= t &lt; n</c> on every axis) or, with
        /// <paramref name="padded"/>, inside the padded extent (<c>-p &lt;= t &lt; n + p</c> on every axis).
        /// </summary>
        private static bool TapInside(PoolSpecND spec, int[] shape, int[] start, int[] j, int[] tap, bool padded)
        {
            bool inside = true;
            for (int axis = 0; axis < spec.Rank; axis++)
            {
                tap[axis] = start[axis] + (j[axis] * spec.Dilation[axis]);
                int low = padded ? -spec.Padding[axis] : 0;
                int high = padded ? shape[axis] + spec.Padding[axis] : shape[axis];
                if (tap[axis] < low || tap[axis] >= high)
                {
                    inside = false;
                }
            }

            return inside;
        }

        /// <summary>Row-major flat index of <paramref name="coordinates"/> in <paramref name="shape"/>; coordinates are not range-checked.</summary>
        private static long FlatIndex(int[] coordinates, int[] shape)
        {
            long flat = 0;
            for (int axis = 0; axis < shape.Length; axis++)
            {
                flat = (flat * shape[axis]) + coordinates[axis];
            }

            return flat;
        }

        /// <summary>Steps <paramref name="counter"/> to the next multi-index in row-major order (last axis fastest); false after the last one.</summary>
        private static bool Advance(int[] counter, int[] limits)
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

        private static long Product(int[] shape)
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
            if (rank < 1 || spec.Stride.Length != rank || spec.Padding.Length != rank || spec.Dilation.Length != rank || spatialShape.Length != rank)
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
                if (p < 0 || p > effective / 2)
                {
                    throw new ArgumentException($"Axis {axis}: padding {p} is outside 0..{effective / 2} (half the effective window): {spec}.", nameof(spec));
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
