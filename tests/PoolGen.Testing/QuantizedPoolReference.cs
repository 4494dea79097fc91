using System;
using System.Linq;
using System.Numerics;

namespace PoolGen.Testing
{
    /// <summary>
    /// The four fixed quantization parameters of an 8-bit pooling: a real value <c>r</c> is stored as the integer
    /// <c>q = round(r / scale) + zeroPoint</c>, read back as <c>r = scale * (q - zeroPoint)</c>.
    /// </summary>
    /// <param name="InputScale">The input's scale (a positive, finite float).</param>
    /// <param name="InputZeroPoint">The input's zero point, a value of the element type (0..255 for byte, -128..127 for sbyte).</param>
    /// <param name="OutputScale">The output's scale (a positive, finite float).</param>
    /// <param name="OutputZeroPoint">The output's zero point, a value of the element type.</param>
    public readonly record struct QuantizedPoolParameters(float InputScale, int InputZeroPoint, float OutputScale, int OutputZeroPoint)
    {
        /// <summary>A compact description for test output, e.g. <c>x 0.25@128 y 0.0125@-3</c>.</summary>
        public override string ToString() =>
            FormattableString.Invariant($"x {InputScale:R}@{InputZeroPoint} y {OutputScale:R}@{OutputZeroPoint}");
    }

    /// <summary>
    /// A naive reference of ONNX Runtime's CPU quantized pooling (<c>com.microsoft</c> <c>QLinearAveragePool</c> and
    /// <c>QLinearGlobalAveragePool</c>, opset 1) for <see cref="byte"/> (uint8) and <see cref="sbyte"/> (int8), written from
    /// ORT's source and checked against ORT itself by <c>tests/PoolGen.Onnx.Tests</c>; plus max and min pooling with the
    /// same four parameters, which ORT has no operator for (see <see cref="Extreme{T}"/>). It computes every output from
    /// its window, slowly, to be obviously correct. Layouts: channels first (N, C, spatial...) or channels last
    /// (N, spatial..., C, ORT's <c>channels_last = 1</c>), row-major and contiguous; ranks 1 to 3.
    /// </summary>
    /// <remarks>
    /// ORT computes a quantized average in one of two ways, and they round differently:
    /// <list type="number">
    /// <item><b>Windowed, in float</b> (<c>onnxruntime/contrib_ops/cpu/quantization/qlinear_pool.cc</c>, the
    /// <c>QLinearPool{1,2,3}DTask</c>/<c>QLinearPoolNhwc{1,2,3}DTask</c> with <c>AveragePool</c> from
    /// <c>onnxruntime/core/providers/cpu/nn/pool_base.h</c>): every input is dequantized once,
    /// <c>x = InputScale * (float)(q - InputZeroPoint)</c> (<c>dequantize_value</c>); a window's taps inside the input
    /// are summed in float from <c>0</c> in row-major order; the sum is divided (float division) by
    /// <c>count = count_include_pad ? k0*k1*k2 : (taps inside the input)</c>; then <c>quantize_value</c>:
    /// <c>q = clamp((int)nearbyintf(y / OutputScale + OutputZeroPoint), lowest, max)</c>, every step in float,
    /// <c>nearbyintf</c> rounding half to even. See <see cref="Average{T}(PoolSpecND, ReadOnlySpan{T}, int, int, int[], QuantizedPoolParameters, PoolLayout, PoolAutoPad)"/>.</item>
    /// <item><b>Global, in integers</b> (<c>onnxruntime/contrib_ops/cpu/quantization/qlinear_global_average_pool.cc</c> and
    /// MLAS <c>onnxruntime/core/mlas/lib/qlgavgpool.cpp</c> with <c>MlasRequantizeOutput</c> from
    /// <c>onnxruntime/core/mlas/lib/quantize.cpp</c>): <c>acc = sum(q) - InputZeroPoint*N</c> in int32,
    /// <c>scale = InputScale / (OutputScale * (float)N)</c> in float, <c>v = (float)acc * scale</c>, clamped in float to
    /// <c>[lowest - OutputZeroPoint, max - OutputZeroPoint]</c>, rounded half to even, plus <c>OutputZeroPoint</c>.
    /// <c>QLinearGlobalAveragePool</c> always takes this path, and so does <c>QLinearAveragePool</c> when its window equals
    /// the input's spatial shape and every (resolved) pad is 0 (its <c>fallback_to_global</c>). ORT throws when
    /// <c>scale &lt; 2^-32</c> or <c>scale &gt;= 256</c> or <c>N &gt;= 2^24</c> ("parameter out of computation range").
    /// See <see cref="GlobalAverage{T}(ReadOnlySpan{T}, int, int, int[], QuantizedPoolParameters, PoolLayout)"/>.</item>
    /// </list>
    /// </remarks>
    public static class QuantizedPoolReference
    {
        /// <summary>
        /// ORT's <c>dequantize_value</c>: <c>scale * (float)(q - zeroPoint)</c>, the integer difference converted to float,
        /// then one float multiplication.
        /// </summary>
        public static float Dequantize(int q, float scale, int zeroPoint) => scale * (float)(q - zeroPoint);

        /// <summary>
        /// ORT's <c>quantize_value</c> (qlinear_pool.cc): <c>v = y / scale + (float)zeroPoint</c> in float, rounded half to
        /// even (<c>nearbyintf</c> in the default rounding mode), then clamped to the range of <typeparamref name="T"/>.
        /// </summary>
        public static T Quantize<T>(float y, float scale, int zeroPoint)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T> =>
            Saturate<T>(RoundHalfToEven(BeforeRounding(y, scale, zeroPoint)));

        /// <summary>
        /// Requantizes one value from the input parameters to the output parameters the way the windowed average does for
        /// a window of one tap: <c>Quantize(Dequantize(q, InputScale, InputZeroPoint) / 1, OutputScale, OutputZeroPoint)</c>
        /// (the division by a count of 1 is exact). Identity when the input and output parameters are equal.
        /// </summary>
        public static T Requantize<T>(T q, QuantizedPoolParameters parameters)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T> =>
            Quantize<T>(Dequantize(int.CreateChecked(q), parameters.InputScale, parameters.InputZeroPoint), parameters.OutputScale, parameters.OutputZeroPoint);

        /// <summary>
        /// The global path's combined scale (MLAS <c>CheckQLinearGlobalAveragePoolScaleAndSize</c>):
        /// <c>InputScale / (OutputScale * (float)imageSize)</c>, two float operations in that order.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">
        /// Where ORT throws: <paramref name="imageSize"/> at least <c>2^24</c>, or the scale below <c>2^-32</c> or at least 256.
        /// </exception>
        public static float GlobalScale(float inputScale, float outputScale, long imageSize)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(imageSize, 1);
            if (imageSize >= 0x1000000)
            {
                throw new ArgumentOutOfRangeException(nameof(imageSize), imageSize, "ONNX Runtime rejects a global average over 2^24 or more elements.");
            }

            float scale = inputScale / (outputScale * (float)imageSize);
            if (!(scale >= MathF.ScaleB(1f, -32) && scale < 256.0f))
            {
                throw new ArgumentOutOfRangeException(nameof(inputScale), scale, "ONNX Runtime rejects a global average whose InputScale / (OutputScale * N) is below 2^-32 or at least 256 (\"parameter out of computation range\").");
            }

            return scale;
        }

        /// <summary>
        /// ONNX Runtime's <c>auto_pad</c> on one axis (<c>onnxruntime/core/providers/cpu/nn/pool_attributes.h</c>,
        /// <c>ComputeSizePadDilations</c>): VALID gives (0, 0); SAME_UPPER/SAME_LOWER give
        /// <c>pad = (ceil(n / s) - 1)*s + k - n</c> (the kernel size, not the dilated window), split <c>pad/2</c> at the
        /// beginning for SAME_UPPER and <c>(pad + 1)/2</c> for SAME_LOWER, the rest at the end.
        /// </summary>
        /// <exception cref="NotSupportedException">SAME with <c>k &lt; s</c> where <c>pad</c> comes out negative: ORT then
        /// uses negative pads (PoolGen's <c>max(0, ...)</c> does not); the reference does not define that case.</exception>
        public static (int Begin, int End) OrtAutoPads(PoolAutoPad autoPad, int n, int k, int s)
        {
            switch (autoPad)
            {
                case PoolAutoPad.Valid:
                    return (0, 0);
                case PoolAutoPad.SameUpper:
                case PoolAutoPad.SameLower:
                    int target = (n + s - 1) / s;
                    int needed = ((target - 1) * s) + k - n;
                    if (needed < 0)
                    {
                        throw new NotSupportedException($"auto_pad {autoPad} with n={n}, k={k}, s={s}: ONNX Runtime's pad comes out negative ({needed}).");
                    }

                    int begin = autoPad == PoolAutoPad.SameUpper ? needed / 2 : (needed + 1) / 2;
                    return (begin, needed - begin);
                default:
                    throw new ArgumentOutOfRangeException(nameof(autoPad), autoPad, "Only Valid, SameUpper and SameLower work out a padding.");
            }
        }

        /// <summary>
        /// The spec ORT runs for <paramref name="spatialShape"/>: <paramref name="autoPad"/> resolved into begin/end pads by
        /// <see cref="OrtAutoPads"/> (NotSet: the spec unchanged).
        /// </summary>
        public static PoolSpecND Resolve(PoolSpecND spec, int[] spatialShape, PoolAutoPad autoPad)
        {
            ArgumentNullException.ThrowIfNull(spec);
            ArgumentNullException.ThrowIfNull(spatialShape);
            if (spec.Global || autoPad == PoolAutoPad.NotSet)
            {
                return spec;
            }

            if (spec.CeilMode)
            {
                throw new NotSupportedException($"auto_pad {autoPad} with ceil mode is not defined by the reference (PoolGen reports PG0047).");
            }

            var begin = new int[spec.Rank];
            var end = new int[spec.Rank];
            for (int axis = 0; axis < spec.Rank; axis++)
            {
                (begin[axis], end[axis]) = OrtAutoPads(autoPad, spatialShape[axis], spec.Kernel[axis], spec.Stride[axis]);
            }

            return spec with { Padding = begin, PaddingEnd = end };
        }

        /// <summary>
        /// True when ORT's <c>QLinearAveragePool</c> computes this average on the integer global path
        /// (<c>fallback_to_global</c> in qlinear_pool.cc): a global spec, or a window equal to the input's spatial shape with
        /// every pad 0 after <paramref name="autoPad"/> is resolved (whatever the strides, ceil mode or count_include_pad).
        /// </summary>
        public static bool TakesGlobalPath(PoolSpecND spec, int[] spatialShape, PoolAutoPad autoPad = PoolAutoPad.NotSet)
        {
            ArgumentNullException.ThrowIfNull(spec);
            if (spec.Global)
            {
                return true;
            }

            PoolSpecND resolved = Resolve(spec, spatialShape, autoPad);
            return resolved.Kernel.AsSpan().SequenceEqual(spatialShape)
                && resolved.PaddingBegin.All(p => p == 0)
                && resolved.PaddingEndOrSymmetric.All(p => p == 0);
        }

        /// <summary>The spatial output shape (all ones for the global path), with <paramref name="autoPad"/> resolved as ORT does.</summary>
        public static int[] OutputShape(PoolSpecND spec, int[] spatialShape, PoolAutoPad autoPad = PoolAutoPad.NotSet) =>
            PoolReference.OutputShape(Resolve(spec, spatialShape, autoPad), spatialShape);

        /// <summary>
        /// ORT's <c>QLinearAveragePool</c> (or, for a <see cref="PoolSpecND.Global"/> spec, <c>QLinearGlobalAveragePool</c>)
        /// of <typeparamref name="T"/> = <see cref="byte"/> or <see cref="sbyte"/>. See the class remarks for the two paths; the
        /// windowed one, per output and axis (qlinear_pool.cc):
        /// <code>
        /// start = o*s - pb;  end = min(start + k, n);  start = max(start, 0)     // not clipped at n + pe
        /// sum   = 0f;  for each tap in row-major order: sum += InputScale * (float)(q - InputZeroPoint)
        /// count = CountIncludePad ? k0*k1*k2 : (end0-start0)*(end1-start1)*(end2-start2)
        /// out   = clamp((int)nearbyintf(sum / (float)count / OutputScale + OutputZeroPoint), lowest, max)
        /// </code>
        /// With <c>CountIncludePad</c> the divisor is the whole window's tap count even where a ceil-mode window runs past the
        /// end padding (PyTorch and PoolGen's float average count only the taps inside <c>[-pb, n + pe)</c>). The output size
        /// is <see cref="PoolReference.OutputSize(int, int, int, int, int, int, bool)"/> (ORT's <c>ComputeOutputSize</c>, with
        /// its ceil-mode rule that the last window starts inside the input or the beginning padding).
        /// </summary>
        /// <param name="spec">Average, dilation 1 on every axis (QLinearAveragePool has no <c>dilations</c> attribute: ORT rejects the model), no divisor override, no clamp.</param>
        /// <param name="input">The input in <paramref name="layout"/>.</param>
        /// <param name="batch">N.</param>
        /// <param name="channels">C.</param>
        /// <param name="spatialShape">The input's spatial sizes, outermost first.</param>
        /// <param name="parameters">The scales and zero points.</param>
        /// <param name="layout">Channels first or last (ORT's <c>channels_last</c> attribute); the output is in the same layout.</param>
        /// <param name="autoPad">ORT's <c>auto_pad</c>; with anything but NotSet, the spec's padding is replaced (<see cref="OrtAutoPads"/>).</param>
        /// <exception cref="ArgumentException">Invalid parameters, or the global path's scale out of ORT's range.</exception>
        /// <exception cref="NotSupportedException">A spec outside what the reference defines (see <paramref name="spec"/>).</exception>
        public static T[] Average<T>(PoolSpecND spec, ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, QuantizedPoolParameters parameters, PoolLayout layout = PoolLayout.Nchw, PoolAutoPad autoPad = PoolAutoPad.NotSet)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T> =>
            Average(spec, input, batch, channels, spatialShape, parameters, layout, autoPad, out _);

        /// <summary>
        /// As <see cref="Average{T}(PoolSpecND, ReadOnlySpan{T}, int, int, int[], QuantizedPoolParameters, PoolLayout, PoolAutoPad)"/>,
        /// and for each output (in the output's layout) the exact value that was rounded, in output units with the zero point
        /// added (<c>y / OutputScale + OutputZeroPoint</c> as the float ORT rounds; on the global path
        /// <c>(float)acc * scale + OutputZeroPoint</c> before the clamp), so tests can see ties (<c>x.5</c>) and saturation.
        /// </summary>
        public static T[] Average<T>(PoolSpecND spec, ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, QuantizedPoolParameters parameters, PoolLayout layout, PoolAutoPad autoPad, out double[] beforeRounding)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
        {
            ArgumentNullException.ThrowIfNull(spec);
            ArgumentNullException.ThrowIfNull(spatialShape);
            CheckType<T>();
            CheckParameters<T>(parameters);
            if (spec.Kind != PoolKind.Average)
            {
                throw new ArgumentException($"Average expects an average spec, not {spec}.", nameof(spec));
            }

            if (spec.DivisorOverride is not null || spec.HasClamp || spec.Rank > 3)
            {
                throw new NotSupportedException($"ORT's QLinearAveragePool has no divisor override or clamp, and ranks 1 to 3 only: {spec}.");
            }

            if (spec.Dilation.Any(d => d != 1))
            {
                throw new NotSupportedException($"QLinearAveragePool has no dilations attribute (ORT rejects the model); the reference does not define dilation: {spec}.");
            }

            if (TakesGlobalPath(spec, spatialShape, autoPad))
            {
                return GlobalAverage(input, batch, channels, spatialShape, parameters, layout, out beforeRounding);
            }

            PoolSpecND resolved = Resolve(spec, spatialShape, autoPad);
            return Windowed(input, batch, channels, spatialShape, PoolReference.OutputShape(resolved, spatialShape), parameters, layout, out beforeRounding, (axis, o) =>
            {
                // qlinear_pool.cc: start = o*s - pb; end = min(start + k, n); start = max(start, 0); not clipped at n + pe.
                int first = (o * resolved.Stride[axis]) - resolved.PaddingBegin[axis];
                int end = Math.Min(first + resolved.Kernel[axis], spatialShape[axis]);
                int begin = Math.Max(first, 0);
                return (begin, end, resolved.CountIncludePad ? resolved.Kernel[axis] : end - begin);
            });
        }

        /// <summary>
        /// Quantized average over adaptive windows (PoolGen's <c>OutputSize*</c>; ORT has no adaptive QLinear node): ORT's
        /// windowed <c>QLinearAveragePool</c> rule of <see cref="Average{T}(PoolSpecND, ReadOnlySpan{T}, int, int, int[], QuantizedPoolParameters, PoolLayout, PoolAutoPad)"/>
        /// applied to the adaptive window of each output, <c>[AdaptiveStart(o), AdaptiveEnd(o))</c> on every axis
        /// (<see cref="PoolOperatorsReference.AdaptiveStart"/>, <see cref="PoolOperatorsReference.AdaptiveEnd"/>): every tap
        /// dequantized, summed in float in row-major order, divided once by the window's tap count (an adaptive window has no
        /// padding), requantized with ORT's rounding and saturation. Where <c>m</c> divides <c>n</c> on every axis this is
        /// ORT's <c>QLinearAveragePool</c> with kernel and stride <c>n / m</c>. Output size 1 on every axis is the global path
        /// (<see cref="GlobalAverage{T}(ReadOnlySpan{T}, int, int, int[], QuantizedPoolParameters, PoolLayout)"/>, ORT's
        /// <c>QLinearGlobalAveragePool</c>), as PoolGen plans it.
        /// </summary>
        /// <param name="input">The input in <paramref name="layout"/>.</param>
        /// <param name="batch">N.</param>
        /// <param name="channels">C.</param>
        /// <param name="spatialShape">The input's spatial sizes, outermost first (ranks 1 to 3).</param>
        /// <param name="outputSize">The output size of every spatial axis, at least 1 (larger than the input allowed).</param>
        /// <param name="parameters">The scales and zero points.</param>
        /// <param name="layout">Channels first or last; the output is in the same layout.</param>
        public static T[] AdaptiveAverage<T>(ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, int[] outputSize, QuantizedPoolParameters parameters, PoolLayout layout = PoolLayout.Nchw)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T> =>
            AdaptiveAverage(input, batch, channels, spatialShape, outputSize, parameters, layout, out _);

        /// <summary>As <see cref="AdaptiveAverage{T}(ReadOnlySpan{T}, int, int, int[], int[], QuantizedPoolParameters, PoolLayout)"/>, with the value before rounding (see <see cref="Average{T}(PoolSpecND, ReadOnlySpan{T}, int, int, int[], QuantizedPoolParameters, PoolLayout, PoolAutoPad, out double[])"/>).</summary>
        public static T[] AdaptiveAverage<T>(ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, int[] outputSize, QuantizedPoolParameters parameters, PoolLayout layout, out double[] beforeRounding)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
        {
            ArgumentNullException.ThrowIfNull(spatialShape);
            ArgumentNullException.ThrowIfNull(outputSize);
            CheckType<T>();
            CheckParameters<T>(parameters);
            if (spatialShape.Length is < 1 or > 3 || outputSize.Length != spatialShape.Length || outputSize.Any(m => m < 1))
            {
                throw new ArgumentException($"Ranks 1 to 3, an output size of at least 1 per axis: [{string.Join(", ", spatialShape)}] to [{string.Join(", ", outputSize)}].", nameof(outputSize));
            }

            if (outputSize.All(m => m == 1))
            {
                return GlobalAverage(input, batch, channels, spatialShape, parameters, layout, out beforeRounding);
            }

            return Windowed(input, batch, channels, spatialShape, outputSize, parameters, layout, out beforeRounding, (axis, o) =>
            {
                int begin = PoolOperatorsReference.AdaptiveStart(o, spatialShape[axis], outputSize[axis]);
                int end = PoolOperatorsReference.AdaptiveEnd(o, spatialShape[axis], outputSize[axis]);
                return (begin, end, end - begin);
            });
        }

        /// <summary>
        /// ORT's windowed rule (qlinear_pool.cc) for every output of <paramref name="outputShape"/>: <paramref name="window"/>
        /// gives, per axis and output index, the taps <c>[begin, end)</c> inside the input and that axis's factor of the count;
        /// the taps, dequantized once, are summed in float from 0 in row-major order, the sum divided by <c>(float)count</c>,
        /// then <c>quantize_value</c>.
        /// </summary>
        private static T[] Windowed<T>(ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, int[] outputShape, QuantizedPoolParameters parameters, PoolLayout layout, out double[] beforeRounding, Func<int, int, (int Begin, int End, int Count)> window)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
        {
            T[] channelsFirst = ToChannelsFirst(input, batch, channels, spatialShape, layout);

            // Every input dequantized once, as ORT's dequantize_array does (a lookup table of the same values for large inputs).
            var dequantized = new float[channelsFirst.Length];
            for (int i = 0; i < dequantized.Length; i++)
            {
                dequantized[i] = Dequantize(int.CreateChecked(channelsFirst[i]), parameters.InputScale, parameters.InputZeroPoint);
            }

            int rank = spatialShape.Length;
            int inputPlane = Product(spatialShape);
            int outputPlane = Product(outputShape);
            var values = new T[batch * channels * outputPlane];
            var before = new double[values.Length];
            var start = new int[rank];
            var end = new int[rank];
            for (int plane = 0; plane < batch * channels; plane++)
            {
                var position = new int[rank];
                do
                {
                    long count = 1;
                    for (int axis = 0; axis < rank; axis++)
                    {
                        (start[axis], end[axis], int factor) = window(axis, position[axis]);
                        count *= factor;
                        if (start[axis] >= end[axis])
                        {
                            // ORT's ceil-mode rule keeps every window's start below n + pb, and pads are below k; adaptive
                            // windows are never empty: not reached.
                            throw new InvalidOperationException($"Axis {axis}: a window with no tap inside the input at output {position[axis]}.");
                        }
                    }

                    float sum = 0f;
                    var tap = (int[])start.Clone();
                    do
                    {
                        sum += dequantized[(plane * inputPlane) + FlatIndex(tap, spatialShape)];
                    }
                    while (Advance(tap, start, end));

                    float average = sum / (float)count;
                    float unrounded = BeforeRounding(average, parameters.OutputScale, parameters.OutputZeroPoint);
                    int target = (plane * outputPlane) + FlatIndex(position, outputShape);
                    values[target] = Saturate<T>(RoundHalfToEven(unrounded));
                    before[target] = unrounded;
                }
                while (Advance(position, new int[rank], outputShape));
            }

            beforeRounding = FromChannelsFirst(before, batch, channels, outputShape, layout);
            return FromChannelsFirst(values, batch, channels, outputShape, layout);
        }

        /// <summary>
        /// ORT's <c>QLinearGlobalAveragePool</c> (qlinear_global_average_pool.cc, MLAS qlgavgpool.cpp), one output per
        /// (n, c) plane of <c>N = product(spatialShape)</c> elements:
        /// <code>
        /// acc   = sum(q) - InputZeroPoint*N                         // int32, exact
        /// scale = InputScale / (OutputScale * (float)N)              // float; ORT throws unless 2^-32 &lt;= scale &lt; 256
        /// v     = clamp((float)acc * scale, lowest - OutputZeroPoint, max - OutputZeroPoint)   // float
        /// out   = (int)round_half_to_even(v) + OutputZeroPoint
        /// </code>
        /// The output shape is (N, C, 1, ...) or, channels last, (N, 1, ..., C): <c>batch*channels</c> values either way.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The scale or size out of ORT's range (<see cref="GlobalScale"/>).</exception>
        public static T[] GlobalAverage<T>(ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, QuantizedPoolParameters parameters, PoolLayout layout = PoolLayout.Nchw)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T> =>
            GlobalAverage(input, batch, channels, spatialShape, parameters, layout, out _);

        /// <summary>As <see cref="GlobalAverage{T}(ReadOnlySpan{T}, int, int, int[], QuantizedPoolParameters, PoolLayout)"/>, with the value before rounding and clamping (<c>(float)acc * scale + OutputZeroPoint</c>).</summary>
        public static T[] GlobalAverage<T>(ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, QuantizedPoolParameters parameters, PoolLayout layout, out double[] beforeRounding)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
        {
            ArgumentNullException.ThrowIfNull(spatialShape);
            CheckType<T>();
            CheckParameters<T>(parameters);
            int imageSize = Product(spatialShape);
            float scale = GlobalScale(parameters.InputScale, parameters.OutputScale, imageSize);
            T[] channelsFirst = ToChannelsFirst(input, batch, channels, spatialShape, layout);
            float low = (float)(int.CreateChecked(T.MinValue) - parameters.OutputZeroPoint);
            float high = (float)(int.CreateChecked(T.MaxValue) - parameters.OutputZeroPoint);

            // One output per plane: in channels-first order (n*C + c) and channels-last order (n, 1..., c) alike.
            var values = new T[batch * channels];
            beforeRounding = new double[batch * channels];
            for (int plane = 0; plane < batch * channels; plane++)
            {
                int acc = -parameters.InputZeroPoint * imageSize;
                for (int i = 0; i < imageSize; i++)
                {
                    acc += int.CreateChecked(channelsFirst[(plane * imageSize) + i]);
                }

                float v = (float)acc * scale;
                beforeRounding[plane] = (double)v + parameters.OutputZeroPoint;
                v = Math.Min(Math.Max(v, low), high);
                values[plane] = T.CreateChecked(RoundHalfToEven(v) + parameters.OutputZeroPoint);
            }

            return values;
        }

        /// <summary>
        /// Max or min pooling with the four parameters. ORT has no quantized max or min operator (<c>com.microsoft</c> has no
        /// <c>QLinearMaxPool</c>; ONNX <c>MaxPool</c>-12 takes uint8/int8 and compares the raw integers, which is right when
        /// input and output share their parameters, as in a QDQ MaxPool), so this is the definition PoolGen adopts:
        /// the integer max (min) of the window, chosen exactly as <see cref="PoolReference.PoolND{T}"/> chooses it (taps
        /// inside the input; dilation, pads and ceil mode as for float), then <see cref="Requantize{T}"/>:
        /// <c>clamp((int)nearbyintf(InputScale*(float)(q - InputZeroPoint) / OutputScale + OutputZeroPoint))</c>, which is
        /// what ORT's QLinearAveragePool gives for a window of one tap. Requantization is monotonic, so this equals the
        /// max (min) of the requantized taps. <paramref name="autoPad"/> is resolved by <see cref="OrtAutoPads"/>.
        /// </summary>
        public static T[] Extreme<T>(PoolSpecND spec, ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, QuantizedPoolParameters parameters, PoolLayout layout = PoolLayout.Nchw, PoolAutoPad autoPad = PoolAutoPad.NotSet)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
        {
            ArgumentNullException.ThrowIfNull(spec);
            ArgumentNullException.ThrowIfNull(spatialShape);
            CheckType<T>();
            CheckParameters<T>(parameters);
            if (spec.Kind is not (PoolKind.Max or PoolKind.Min))
            {
                throw new ArgumentException($"Extreme expects a max or min spec, not {spec}.", nameof(spec));
            }

            PoolSpecND resolved = Resolve(spec, spatialShape, autoPad);
            int[] outputShape = PoolReference.OutputShape(resolved, spatialShape);
            T[] extremes = PoolReference.PoolND<T>(resolved, ToChannelsFirst(input, batch, channels, spatialShape, layout), batch, channels, spatialShape);
            for (int i = 0; i < extremes.Length; i++)
            {
                extremes[i] = Requantize(extremes[i], parameters);
            }

            return FromChannelsFirst(extremes, batch, channels, outputShape, layout);
        }

        /// <summary>Round half to even, as <c>nearbyintf</c> in the default rounding mode and SSE's <c>cvtps2dq</c> do.</summary>
        public static int RoundHalfToEven(float value) => checked((int)MathF.Round(value, MidpointRounding.ToEven));

        private static float BeforeRounding(float y, float scale, int zeroPoint) => (y / scale) + (float)zeroPoint;

        private static T Saturate<T>(int value)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T> =>
            T.CreateChecked(Math.Clamp(value, int.CreateChecked(T.MinValue), int.CreateChecked(T.MaxValue)));

        private static void CheckType<T>()
        {
            if (typeof(T) != typeof(byte) && typeof(T) != typeof(sbyte))
            {
                throw new NotSupportedException($"Quantized pooling is defined for byte and sbyte, not {typeof(T)}.");
            }
        }

        private static void CheckParameters<T>(QuantizedPoolParameters parameters)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
        {
            int low = int.CreateChecked(T.MinValue), high = int.CreateChecked(T.MaxValue);
            if (!(parameters.InputScale > 0 && float.IsFinite(parameters.InputScale) && parameters.OutputScale > 0 && float.IsFinite(parameters.OutputScale)))
            {
                throw new ArgumentException($"The scales must be positive and finite: {parameters}.", nameof(parameters));
            }

            if (parameters.InputZeroPoint < low || parameters.InputZeroPoint > high || parameters.OutputZeroPoint < low || parameters.OutputZeroPoint > high)
            {
                throw new ArgumentException($"The zero points must be {typeof(T).Name} values: {parameters}.", nameof(parameters));
            }
        }

        private static T[] ToChannelsFirst<T>(ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, PoolLayout layout)
        {
            int length = batch * channels * Product(spatialShape);
            if (input.Length < length)
            {
                throw new ArgumentException($"The input has {input.Length} elements; {length} are required.", nameof(input));
            }

            return layout == PoolLayout.Nhwc
                ? Layouts.ToChannelsFirst(input, batch, channels, spatialShape)
                : input[..length].ToArray();
        }

        private static TValue[] FromChannelsFirst<TValue>(TValue[] channelsFirst, int batch, int channels, int[] outputShape, PoolLayout layout) =>
            layout == PoolLayout.Nhwc ? Layouts.ToChannelsLast<TValue>(channelsFirst, batch, channels, outputShape) : channelsFirst;

        private static int FlatIndex(int[] coordinates, int[] shape)
        {
            int flat = 0;
            for (int axis = 0; axis < shape.Length; axis++)
            {
                flat = (flat * shape[axis]) + coordinates[axis];
            }

            return flat;
        }

        /// <summary>Next multi-index in row-major order within <c>[low, high)</c> per axis; false after the last.</summary>
        private static bool Advance(int[] counter, int[] low, int[] high)
        {
            for (int axis = counter.Length - 1; axis >= 0; axis--)
            {
                counter[axis]++;
                if (counter[axis] < high[axis])
                {
                    return true;
                }

                counter[axis] = low[axis];
            }

            return false;
        }

        private static int Product(int[] shape)
        {
            long product = 1;
            foreach (int size in shape)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(shape));
                product *= size;
            }

            return checked((int)product);
        }
    }
}
