using System;
using System.Numerics;

namespace PoolGen.Testing
{
    /// <summary>
    /// A naive reference implementation of the pooling operators beyond the forward window pooling of
    /// <see cref="PoolReference"/>: adaptive pooling (forward, with PyTorch's per-plane argmax), the backward passes of max
    /// and average pooling (window and adaptive), and max unpooling. Written from the rules of the issue that adds them and
    /// from the order of operations of PyTorch's CPU kernels (read, not copied: <c>aten/src/ATen/native/cpu/AvgPoolKernel.cpp</c>,
    /// <c>AdaptiveAvgPoolKernel.cpp</c>, <c>AdaptiveMaxPoolKernel.cpp</c>, <c>MaxPoolKernel.cpp</c>, <c>MaxUnpoolKernel.cpp</c>,
    /// and <c>AdaptiveAveragePooling.cpp</c>/<c>AdaptiveAveragePooling3d.cpp</c> for the output-size-1 shortcut), so that its
    /// results are bit-identical to libtorch's; checked against libtorch's own results
    /// (<c>tests/PoolGen.Kernels.Tests/Oracle/pytorch-pooling-ops.jsonl</c>) by <c>tests/PoolGen.Reference.Tests</c>.
    /// It calls nothing in PoolGen; the window of <see cref="AveragePoolBackwardND{T}"/> comes from
    /// <see cref="PoolReference.OutputShape"/> (the forward reference), so both passes share one definition of it.
    /// Slow on purpose: every output element visits every tap of its window in row-major order.
    /// </summary>
    /// <remarks>
    /// <para>Layout: N, C, then the spatial axes (any number of them, outermost first: D, H, W), row-major and contiguous,
    /// for every array; use <see cref="Layouts"/> for channels-last data. A plane is one (n, c) pair; plane <c>q</c> of an
    /// array of plane size <c>P</c> is the elements <c>[q*P, (q+1)*P)</c>.</para>
    /// <para>Indices follow PyTorch: the flat row-major position within the element's own (n, c) plane over the spatial
    /// axes (<c>(d*H + h)*W + w</c>), not within the whole tensor (ONNX counts over the whole tensor).</para>
    /// <para>Element types: max and min adaptive pooling and max unpooling take every type <see cref="PoolReference.Lowest{T}"/>
    /// knows; average and Lp pooling and the backward passes take <c>float</c> and <c>double</c>, and compute in that type
    /// (every sum and quotient rounded to it), as libtorch does for float32 and float64.</para>
    /// </remarks>
    public static class PoolOperatorsReference
    {
        // ---- Adaptive windows ----------------------------------------------------------------------------------------

        /// <summary>
        /// The first input position of adaptive window <paramref name="i"/> on an axis of input size <paramref name="inputSize"/>
        /// and output size <paramref name="outputSize"/>: <c>floor(i * n / m)</c> (PyTorch's <c>start_index</c>).
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">A size below 1, or <paramref name="i"/> outside <c>[0, m)</c>.</exception>
        public static int AdaptiveStart(int i, int inputSize, int outputSize)
        {
            CheckAdaptiveAxis(i, inputSize, outputSize);
            return (int)((long)i * inputSize / outputSize); // non-negative operands: C# division is the floor
        }

        /// <summary>
        /// One past the last input position of adaptive window <paramref name="i"/>: <c>ceil((i + 1) * n / m)</c> (PyTorch's
        /// <c>end_index</c>). Windows overlap when m does not divide n; none is empty; when m &gt; n each is 1 or 2 wide.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">A size below 1, or <paramref name="i"/> outside <c>[0, m)</c>.</exception>
        public static int AdaptiveEnd(int i, int inputSize, int outputSize)
        {
            CheckAdaptiveAxis(i, inputSize, outputSize);
            long numerator = (long)(i + 1) * inputSize;
            return (int)((numerator + outputSize - 1) / outputSize); // ceil for non-negative operands
        }

        // ---- Adaptive pooling (forward) ------------------------------------------------------------------------------

        /// <summary>
        /// Adaptive pooling of an input of spatial shape <paramref name="spatialShape"/> to <paramref name="outputSize"/> (one
        /// size per spatial axis, each at least 1, larger than the input allowed). Output element <c>(o_0, ..., o_r-1)</c> of a
        /// plane pools the window <c>[AdaptiveStart(o_a), AdaptiveEnd(o_a))</c> on every axis a, visiting its taps in row-major order:
        /// <list type="bullet">
        /// <item>Max: start at the lowest value, a tap replaces when <c>v &gt; max || isnan(v)</c> (ties keep the first, NaN
        /// wins and stays). Min: start at the highest value, replace when <c>v &lt; min || isnan(v)</c>.
        /// (AdaptiveMaxPoolKernel.cpp.)</item>
        /// <item>Average: <c>sum</c> = the taps added from 0 in row-major order, in <typeparamref name="T"/>; the result is
        /// <c>sum / k_0 / k_1 / ... / k_r-1</c>, divided by each axis's window length in turn, outermost axis first, each
        /// quotient rounded (libtorch: <c>sum / kh / kw</c>, <c>sum / kd / kh / kw</c>; rank 1 runs as rank 2 with one row,
        /// <c>sum / 1 / kw</c>). Exception: when every output size is 1, libtorch computes <c>mean</c> instead, one division
        /// <c>sum / (number of input elements of the plane)</c>, and so does this method. The two differ in the last bit for
        /// some sums (e.g. float 1.25 / 3 / 3 vs 1.25 / 9). (libtorch's mean sums in its own order; for sums that are exact, as
        /// in the oracle, the order does not matter.)</item>
        /// <item>Lp (<paramref name="p"/> at least 1): <c>(sum |x|^p)^(1/p)</c> over the window, computed in double, as
        /// <see cref="PoolReference"/> defines Lp; PyTorch has no adaptive Lp pooling.</item>
        /// </list>
        /// </summary>
        /// <returns>N, C, then <paramref name="outputSize"/>, row-major.</returns>
        /// <exception cref="ArgumentException">Shapes of different rank, a size below 1, a short input, an unknown kind, or Lp with p below 1.</exception>
        /// <exception cref="NotSupportedException">Average or Lp of another type than float or double, or an unsupported type.</exception>
        public static T[] AdaptivePoolND<T>(PoolKind kind, ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, int[] outputSize, int p = 0)
            where T : unmanaged, INumber<T>
        {
            RunAdaptive(kind, input, batch, channels, spatialShape, outputSize, p, out T[] values, out _);
            return values;
        }

        /// <summary>
        /// Adaptive max (or min) pooling's argmax (argmin) per output element, the flat index within the element's own
        /// (n, c) plane (PyTorch's convention), with the windows and the replacement rule of <see cref="AdaptivePoolND{T}"/>:
        /// before any tap it is the window's first element, so it is the first maximum, or the last NaN, or the first element
        /// of an all <c>-inf</c> window.
        /// </summary>
        /// <exception cref="ArgumentException"><paramref name="kind"/> is not Max or Min, or as for <see cref="AdaptivePoolND{T}"/>.</exception>
        public static long[] AdaptiveIndicesND<T>(PoolKind kind, ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, int[] outputSize)
            where T : unmanaged, INumber<T>
        {
            if (kind is not (PoolKind.Max or PoolKind.Min))
            {
                throw new ArgumentException($"Indices exist for max and min pooling only, not {kind}.", nameof(kind));
            }

            RunAdaptive(kind, input, batch, channels, spatialShape, outputSize, 0, out T[] _, out long[] indices);
            return indices;
        }

        // ---- Max pooling backward ------------------------------------------------------------------------------------

        /// <summary>
        /// The gradient of max pooling (window or adaptive) with respect to its input, from the forward argmax:
        /// <c>gradInput</c> starts at zero, then for every output element j of every plane, in row-major order,
        /// <c>gradInput[plane][indices[j]] += gradOutput[j]</c> (MaxPoolKernel.cpp's backward). An input that is the max of
        /// several windows receives the sum of their gradients, added in output order.
        /// </summary>
        /// <param name="gradOutput">The gradient of the pooled output: N, C, <paramref name="outputSpatialShape"/>.</param>
        /// <param name="indices">The forward's argmax, one per output element, each an index into its own input plane.</param>
        /// <param name="batch">N.</param>
        /// <param name="channels">C.</param>
        /// <param name="outputSpatialShape">The spatial shape of the pooled output.</param>
        /// <param name="inputSpatialShape">The spatial shape of the forward input (and of the result).</param>
        /// <returns>gradInput: N, C, <paramref name="inputSpatialShape"/>.</returns>
        /// <exception cref="ArgumentException">
        /// An index outside <c>[0, input plane size)</c> (the message gives its position), or an array whose length is not
        /// the one its shape implies.
        /// </exception>
        /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float or double.</exception>
        public static T[] MaxPoolBackwardND<T>(ReadOnlySpan<T> gradOutput, ReadOnlySpan<long> indices, int batch, int channels, int[] outputSpatialShape, int[] inputSpatialShape)
            where T : unmanaged, INumber<T>
        {
            RequireFloatOrDouble<T>("Max pooling backward");
            (long planes, long outputPlane, long inputPlane) = Planes(batch, channels, outputSpatialShape, inputSpatialShape);
            RequireLength(gradOutput.Length, planes * outputPlane, nameof(gradOutput));
            RequireLength(indices.Length, planes * outputPlane, nameof(indices));

            var gradInput = new T[planes * inputPlane]; // zero
            for (long plane = 0; plane < planes; plane++)
            {
                for (long j = 0; j < outputPlane; j++)
                {
                    long position = (plane * outputPlane) + j;
                    long index = indices[(int)position];
                    CheckIndex(index, inputPlane, position, nameof(indices));
                    gradInput[(plane * inputPlane) + index] += gradOutput[(int)position];
                }
            }

            return gradInput;
        }

        /// <summary><see cref="MaxPoolBackwardND{T}(ReadOnlySpan{T}, ReadOnlySpan{long}, int, int, int[], int[])"/> with <c>int</c> indices.</summary>
        public static T[] MaxPoolBackwardND<T>(ReadOnlySpan<T> gradOutput, ReadOnlySpan<int> indices, int batch, int channels, int[] outputSpatialShape, int[] inputSpatialShape)
            where T : unmanaged, INumber<T> =>
            MaxPoolBackwardND(gradOutput, (ReadOnlySpan<long>)Widen(indices), batch, channels, outputSpatialShape, inputSpatialShape);

        // ---- Average pooling backward --------------------------------------------------------------------------------

        /// <summary>
        /// The gradient of average pooling with window <paramref name="spec"/> (kernel, stride, padding, begin/end padding,
        /// dilation, ceil mode, count_include_pad, divisor_override, global) with respect to its input. The output shape and
        /// the windows are those of the forward (<see cref="PoolReference.OutputShape"/>: output element <c>o</c> of an axis
        /// has taps <c>o*s - pb + j*d</c>, j in <c>[0, k)</c>). <c>gradInput</c> starts at zero; then, per plane, for every
        /// output element in row-major order (AvgPoolKernel.cpp's <c>cpu_avg_pool_backward</c>):
        /// <list type="number">
        /// <item><c>divisor</c> = the forward's: <c>divisor_override</c> if given; else with count_include_pad the number of
        /// taps inside the padded extent <c>[-pb, n + pe)</c>, product over the axes (PyTorch, dilation 1:
        /// <c>min(start + k, n + p) - start</c>, so a ceil-mode window that runs past <c>n + p</c> gets fewer); else the
        /// number of taps inside the input;</item>
        /// <item><c>delta = gradOutput / divisor</c>, rounded to <typeparamref name="T"/>;</item>
        /// <item><c>gradInput[tap] += delta</c> for every tap inside the input, in row-major window order.</item>
        /// </list>
        /// A window with no tap inside the input contributes nothing. Each input element thus receives, summed in output
        /// order, <c>gradOutput / divisor</c> of every window that contains it.
        /// </summary>
        /// <param name="spec">An average spec without clamps.</param>
        /// <param name="gradOutput">N, C, then the forward output shape.</param>
        /// <param name="batch">N.</param>
        /// <param name="channels">C.</param>
        /// <param name="inputSpatialShape">The spatial shape of the forward input (and of the result).</param>
        /// <returns>gradInput: N, C, <paramref name="inputSpatialShape"/>.</returns>
        /// <exception cref="ArgumentException">Not an average spec, a spec with clamps, invalid parameters (as for the forward), or a <paramref name="gradOutput"/> of the wrong length.</exception>
        /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float or double.</exception>
        public static T[] AveragePoolBackwardND<T>(PoolSpecND spec, ReadOnlySpan<T> gradOutput, int batch, int channels, int[] inputSpatialShape)
            where T : unmanaged, INumber<T>
        {
            ArgumentNullException.ThrowIfNull(spec);
            ArgumentNullException.ThrowIfNull(inputSpatialShape);
            RequireFloatOrDouble<T>("Average pooling backward");
            if (spec.Kind != PoolKind.Average)
            {
                throw new ArgumentException($"An average pooling spec is required, not {spec}.", nameof(spec));
            }

            if (spec.HasClamp)
            {
                throw new ArgumentException($"The backward pass of a clamped average is not defined here: {spec}.", nameof(spec));
            }

            spec = spec.ForShape(inputSpatialShape);
            int[] outputShape = PoolReference.OutputShape(spec, inputSpatialShape);
            (long planes, long outputPlane, long inputPlane) = Planes(batch, channels, outputShape, inputSpatialShape);
            RequireLength(gradOutput.Length, planes * outputPlane, nameof(gradOutput));

            int rank = spec.Rank;
            int[] padEnd = spec.PaddingEndOrSymmetric;
            var gradInput = new T[planes * inputPlane];
            var tapsInside = new long[PoolReference.Product(spec.Kernel)];
            for (long plane = 0; plane < planes; plane++)
            {
                var position = new int[rank];
                long j = 0;
                do
                {
                    // The window's taps: those inside the padded extent count for count_include_pad, those inside the input
                    // receive the gradient.
                    long inPaddedExtent = 0;
                    int inInput = 0;
                    var tapOffset = new int[rank];
                    var tap = new int[rank];
                    do
                    {
                        bool insidePadded = true, insideInput = true;
                        for (int axis = 0; axis < rank; axis++)
                        {
                            tap[axis] = (position[axis] * spec.Stride[axis]) - spec.PaddingBegin[axis] + (tapOffset[axis] * spec.Dilation[axis]);
                            insidePadded &= tap[axis] >= -spec.PaddingBegin[axis] && tap[axis] < inputSpatialShape[axis] + padEnd[axis];
                            insideInput &= tap[axis] >= 0 && tap[axis] < inputSpatialShape[axis];
                        }

                        if (insidePadded)
                        {
                            inPaddedExtent++;
                        }

                        if (insideInput)
                        {
                            tapsInside[inInput++] = PoolReference.FlatIndex(tap, inputSpatialShape);
                        }
                    }
                    while (PoolReference.Advance(tapOffset, spec.Kernel));

                    long divisor = spec.DivisorOverride ?? (spec.CountIncludePad ? inPaddedExtent : inInput);
                    if (inInput > 0)
                    {
                        T delta = gradOutput[(int)((plane * outputPlane) + j)] / T.CreateChecked(divisor);
                        for (int t = 0; t < inInput; t++)
                        {
                            gradInput[(plane * inputPlane) + tapsInside[t]] += delta;
                        }
                    }

                    j++;
                }
                while (PoolReference.Advance(position, outputShape));
            }

            return gradInput;
        }

        /// <summary>
        /// The gradient of adaptive average pooling (<see cref="AdaptivePoolND{T}"/>, Average) with respect to its input.
        /// <c>gradInput</c> starts at zero; then, per plane, for every output element in row-major order,
        /// <c>delta = gradOutput / k_0 / k_1 / ... / k_r-1</c> (the window lengths, outermost axis first, each quotient rounded,
        /// as the forward divides) is added to every tap of its window in row-major order (AdaptiveAvgPoolKernel.cpp's
        /// <c>cpu_adaptive_avg_pool_backward</c>). When every output size is 1 the forward is libtorch's <c>mean</c>, whose
        /// gradient is <c>gradOutput / (number of input elements of the plane)</c>, one division, for every element; so here.
        /// </summary>
        /// <param name="gradOutput">N, C, <paramref name="outputSize"/>.</param>
        /// <param name="batch">N.</param>
        /// <param name="channels">C.</param>
        /// <param name="inputSpatialShape">The spatial shape of the forward input (and of the result).</param>
        /// <param name="outputSize">The forward's output size per spatial axis.</param>
        /// <returns>gradInput: N, C, <paramref name="inputSpatialShape"/>.</returns>
        /// <exception cref="ArgumentException">Shapes of different rank, a size below 1, or a <paramref name="gradOutput"/> of the wrong length.</exception>
        /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float or double.</exception>
        public static T[] AdaptiveAveragePoolBackwardND<T>(ReadOnlySpan<T> gradOutput, int batch, int channels, int[] inputSpatialShape, int[] outputSize)
            where T : unmanaged, INumber<T>
        {
            RequireFloatOrDouble<T>("Adaptive average pooling backward");
            CheckAdaptiveShapes(inputSpatialShape, outputSize);
            (long planes, long outputPlane, long inputPlane) = Planes(batch, channels, outputSize, inputSpatialShape);
            RequireLength(gradOutput.Length, planes * outputPlane, nameof(gradOutput));

            var gradInput = new T[planes * inputPlane];
            bool mean = outputPlane == 1;
            for (long plane = 0; plane < planes; plane++)
            {
                var position = new int[outputSize.Length];
                long j = 0;
                do
                {
                    (int[] start, int[] length) = AdaptiveWindow(position, inputSpatialShape, outputSize);
                    T g = gradOutput[(int)((plane * outputPlane) + j)];
                    T delta;
                    if (mean)
                    {
                        delta = g / T.CreateChecked(inputPlane);
                    }
                    else
                    {
                        delta = g;
                        foreach (int k in length)
                        {
                            delta /= T.CreateChecked(k);
                        }
                    }

                    var offset = new int[start.Length];
                    var tap = new int[start.Length];
                    do
                    {
                        for (int axis = 0; axis < start.Length; axis++)
                        {
                            tap[axis] = start[axis] + offset[axis];
                        }

                        gradInput[(plane * inputPlane) + PoolReference.FlatIndex(tap, inputSpatialShape)] += delta;
                    }
                    while (PoolReference.Advance(offset, length));

                    j++;
                }
                while (PoolReference.Advance(position, outputSize));
            }

            return gradInput;
        }

        // ---- Max unpooling -------------------------------------------------------------------------------------------

        /// <summary>
        /// Max unpooling: the output (N, C, <paramref name="outputSpatialShape"/>) starts as +0; then for every input element
        /// j of every plane, in row-major order, <c>output[plane][indices[j]] = input[j]</c>, so when two entries share an
        /// index the later one wins (MaxUnpoolKernel.cpp). Positions no index names stay +0. Only the indices and the output
        /// shape matter; the pooling's kernel, stride and padding only give the default output size
        /// (<see cref="MaxUnpoolDefaultSize"/>).
        /// </summary>
        /// <param name="input">The pooled values: N, C, <paramref name="inputSpatialShape"/>.</param>
        /// <param name="indices">One per input element: an index into its own output plane (max pooling's argmax).</param>
        /// <param name="batch">N.</param>
        /// <param name="channels">C.</param>
        /// <param name="inputSpatialShape">The spatial shape of the pooled values.</param>
        /// <param name="outputSpatialShape">The spatial shape of the result.</param>
        /// <exception cref="ArgumentException">
        /// An index outside <c>[0, output plane size)</c> (the message gives its position; libtorch: "Found an invalid max
        /// index"), or an array whose length is not the one its shape implies.
        /// </exception>
        public static T[] MaxUnpoolND<T>(ReadOnlySpan<T> input, ReadOnlySpan<long> indices, int batch, int channels, int[] inputSpatialShape, int[] outputSpatialShape)
            where T : unmanaged
        {
            (long planes, long outputPlane, long inputPlane) = Planes(batch, channels, outputSpatialShape, inputSpatialShape);
            RequireLength(input.Length, planes * inputPlane, nameof(input));
            RequireLength(indices.Length, planes * inputPlane, nameof(indices));

            var output = new T[planes * outputPlane]; // default(T): +0 for floating point
            for (long plane = 0; plane < planes; plane++)
            {
                for (long j = 0; j < inputPlane; j++)
                {
                    long position = (plane * inputPlane) + j;
                    long index = indices[(int)position];
                    CheckIndex(index, outputPlane, position, nameof(indices));
                    output[(plane * outputPlane) + index] = input[(int)position];
                }
            }

            return output;
        }

        /// <summary><see cref="MaxUnpoolND{T}(ReadOnlySpan{T}, ReadOnlySpan{long}, int, int, int[], int[])"/> with <c>int</c> indices.</summary>
        public static T[] MaxUnpoolND<T>(ReadOnlySpan<T> input, ReadOnlySpan<int> indices, int batch, int channels, int[] inputSpatialShape, int[] outputSpatialShape)
            where T : unmanaged =>
            MaxUnpoolND(input, (ReadOnlySpan<long>)Widen(indices), batch, channels, inputSpatialShape, outputSpatialShape);

        /// <summary>
        /// PyTorch's default max-unpooling output size on one axis: <c>(n - 1) * s + k - 2p</c> for a pooled size n
        /// (the inverse of the floor-mode output size, for dilation 1). max_unpool accepts sizes strictly between
        /// <c>default - s</c> and <c>default + s</c>; the input of a floor-mode max pooling lies in <c>[default, default + s)</c>.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="pooledSize"/>, <paramref name="kernel"/> or <paramref name="stride"/> below 1, or a negative padding.</exception>
        public static int MaxUnpoolDefaultSize(int pooledSize, int kernel, int stride, int padding)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(pooledSize, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(kernel, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
            ArgumentOutOfRangeException.ThrowIfNegative(padding);
            return checked(((pooledSize - 1) * stride) + kernel - (2 * padding));
        }

        // ---- Implementation ------------------------------------------------------------------------------------------

        private static void RunAdaptive<T>(PoolKind kind, ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, int[] outputSize, int p, out T[] values, out long[] indices)
            where T : unmanaged, INumber<T>
        {
            _ = PoolReference.Lowest<T>(); // rejects unsupported element types
            switch (kind)
            {
                case PoolKind.Max:
                case PoolKind.Min:
                    break;
                case PoolKind.Average:
                    RequireFloatOrDouble<T>("Adaptive average pooling");
                    break;
                case PoolKind.Lp:
                    RequireFloatOrDouble<T>("Adaptive Lp pooling");
                    if (p < 1)
                    {
                        throw new ArgumentException($"Lp pooling needs p >= 1, not {p}.", nameof(p));
                    }

                    break;
                default:
                    throw new ArgumentException($"Unknown pooling kind {kind}.", nameof(kind));
            }

            CheckAdaptiveShapes(spatialShape, outputSize);
            (long planes, long outputPlane, long inputPlane) = Planes(batch, channels, outputSize, spatialShape);
            if (input.Length != planes * inputPlane)
            {
                throw new ArgumentException($"The input has {input.Length} elements; {planes * inputPlane} are required.", nameof(input));
            }

            values = new T[planes * outputPlane];
            indices = new long[planes * outputPlane];
            bool mean = outputPlane == 1; // every output size 1: libtorch's mean
            int rank = spatialShape.Length;
            for (long plane = 0; plane < planes; plane++)
            {
                ReadOnlySpan<T> source = input.Slice((int)(plane * inputPlane), (int)inputPlane);
                var position = new int[rank];
                long j = 0;
                do
                {
                    (int[] start, int[] length) = AdaptiveWindow(position, spatialShape, outputSize);
                    long target = (plane * outputPlane) + j;
                    var offset = new int[rank];
                    var tap = new int[rank];
                    switch (kind)
                    {
                        case PoolKind.Max:
                        case PoolKind.Min:
                        {
                            bool max = kind == PoolKind.Max;
                            T best = max ? PoolReference.Lowest<T>() : PoolReference.Highest<T>();
                            long bestIndex = PoolReference.FlatIndex(start, spatialShape);
                            do
                            {
                                AddOffset(start, offset, tap);
                                long flat = PoolReference.FlatIndex(tap, spatialShape);
                                T v = source[(int)flat];
                                if ((max ? v > best : v < best) || T.IsNaN(v))
                                {
                                    best = v;
                                    bestIndex = flat;
                                }
                            }
                            while (PoolReference.Advance(offset, length));

                            values[target] = best;
                            indices[target] = bestIndex;
                            break;
                        }

                        case PoolKind.Average:
                        {
                            T sum = T.Zero;
                            do
                            {
                                AddOffset(start, offset, tap);
                                sum += source[(int)PoolReference.FlatIndex(tap, spatialShape)];
                            }
                            while (PoolReference.Advance(offset, length));

                            if (mean)
                            {
                                sum /= T.CreateChecked(inputPlane);
                            }
                            else
                            {
                                foreach (int k in length)
                                {
                                    sum /= T.CreateChecked(k);
                                }
                            }

                            values[target] = sum;
                            break;
                        }

                        default: // Lp
                        {
                            double sum = 0;
                            do
                            {
                                AddOffset(start, offset, tap);
                                double v = Math.Abs(double.CreateChecked(source[(int)PoolReference.FlatIndex(tap, spatialShape)]));
                                sum += p switch
                                {
                                    1 => v,
                                    2 => v * v,
                                    _ => Math.Pow(v, p),
                                };
                            }
                            while (PoolReference.Advance(offset, length));

                            double root = p switch
                            {
                                1 => sum,
                                2 => Math.Sqrt(sum),
                                _ => Math.Pow(sum, 1.0 / p),
                            };
                            values[target] = T.CreateChecked(root);
                            break;
                        }
                    }

                    j++;
                }
                while (PoolReference.Advance(position, outputSize));
            }
        }

        /// <summary>The adaptive window of output position <paramref name="position"/>: its start and length per axis.</summary>
        private static (int[] Start, int[] Length) AdaptiveWindow(int[] position, int[] inputShape, int[] outputShape)
        {
            var start = new int[position.Length];
            var length = new int[position.Length];
            for (int axis = 0; axis < position.Length; axis++)
            {
                start[axis] = AdaptiveStart(position[axis], inputShape[axis], outputShape[axis]);
                length[axis] = AdaptiveEnd(position[axis], inputShape[axis], outputShape[axis]) - start[axis];
            }

            return (start, length);
        }

        private static void AddOffset(int[] start, int[] offset, int[] tap)
        {
            for (int axis = 0; axis < start.Length; axis++)
            {
                tap[axis] = start[axis] + offset[axis];
            }
        }

        private static void CheckAdaptiveAxis(int i, int inputSize, int outputSize)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(inputSize, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(outputSize, 1);
            ArgumentOutOfRangeException.ThrowIfNegative(i);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, outputSize);
        }

        private static void CheckAdaptiveShapes(int[] inputShape, int[] outputSize)
        {
            ArgumentNullException.ThrowIfNull(inputShape);
            ArgumentNullException.ThrowIfNull(outputSize);
            if (inputShape.Length < 1 || inputShape.Length != outputSize.Length)
            {
                throw new ArgumentException($"The input shape [{string.Join(", ", inputShape)}] and the output size [{string.Join(", ", outputSize)}] must have the same rank, at least 1.", nameof(outputSize));
            }

            for (int axis = 0; axis < inputShape.Length; axis++)
            {
                if (inputShape[axis] < 1 || outputSize[axis] < 1)
                {
                    throw new ArgumentException($"Axis {axis}: input size {inputShape[axis]} and output size {outputSize[axis]} must be at least 1.", nameof(outputSize));
                }
            }
        }

        /// <summary>The number of planes and the plane sizes; checks N, C and the shapes (every size at least 1) and the total size.</summary>
        private static (long Planes, long OutputPlane, long InputPlane) Planes(int batch, int channels, int[] outputShape, int[] inputShape)
        {
            ArgumentNullException.ThrowIfNull(outputShape);
            ArgumentNullException.ThrowIfNull(inputShape);
            ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
            foreach (int[] shape in new[] { outputShape, inputShape })
            {
                if (shape.Length < 1 || Array.Exists(shape, size => size < 1))
                {
                    throw new ArgumentException($"A spatial shape needs at least one axis, each of size at least 1: [{string.Join(", ", shape)}].", shape == inputShape ? nameof(inputShape) : nameof(outputShape));
                }
            }

            long planes = (long)batch * channels;
            long outputPlane = PoolReference.Product(outputShape);
            long inputPlane = PoolReference.Product(inputShape);
            if (planes * outputPlane > int.MaxValue || planes * inputPlane > int.MaxValue)
            {
                throw new ArgumentException("An array would have more than int.MaxValue elements.");
            }

            return (planes, outputPlane, inputPlane);
        }

        private static void RequireLength(int length, long required, string name)
        {
            if (length != required)
            {
                throw new ArgumentException($"{name} has {length} elements; its shape implies {required}.", name);
            }
        }

        private static void CheckIndex(long index, long planeSize, long position, string name)
        {
            if (index < 0 || index >= planeSize)
            {
                throw new ArgumentException($"{name}[{position}] = {index} is outside its plane [0, {planeSize}).", name);
            }
        }

        private static void RequireFloatOrDouble<T>(string what)
        {
            if (typeof(T) != typeof(float) && typeof(T) != typeof(double))
            {
                throw new NotSupportedException($"{what} is defined here for float and double only, not {typeof(T)}.");
            }
        }

        private static long[] Widen(ReadOnlySpan<int> indices)
        {
            var wide = new long[indices.Length];
            for (int i = 0; i < indices.Length; i++)
            {
                wide[i] = indices[i];
            }

            return wide;
        }
    }
}
