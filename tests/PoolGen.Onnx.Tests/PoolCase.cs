using System;
using System.Globalization;
using System.Linq;
using PoolGen.Testing;

namespace PoolGen.Onnx.Tests
{
    /// <summary>One pooling problem: shape, layout, window and ONNX auto_pad, plus (quantized cases) the four parameters.</summary>
    internal sealed record PoolCase(int Batch, int Channels, int[] Spatial, PoolLayout Layout, PoolSpecND Spec, PoolAutoPad AutoPad, QuantizedPoolParameters Parameters)
    {
        public int Rank => Spatial.Length;

        public int InputLength => Batch * Channels * Spatial.Aggregate(1, (a, b) => a * b);

        /// <summary>The input's ONNX shape: (N, C, spatial...) or, channels last, (N, spatial..., C).</summary>
        public long[] InputShape => Shape(Spatial);

        public long[] Shape(int[] spatial) => Layout == PoolLayout.Nhwc
            ? new long[] { Batch }.Concat(spatial.Select(s => (long)s)).Append(Channels).ToArray()
            : new long[] { Batch, Channels }.Concat(spatial.Select(s => (long)s)).ToArray();

        /// <summary>Sets kernel_shape, strides, dilations (when not all 1), ceil_mode, and pads or auto_pad.</summary>
        public OnnxGraph.Node WindowAttributes(OnnxGraph.Node node)
        {
            node.Ints("kernel_shape", Spec.Kernel).Ints("strides", Spec.Stride).Int("ceil_mode", Spec.CeilMode ? 1 : 0);
            if (Spec.Dilation.Any(d => d != 1))
            {
                node.Ints("dilations", Spec.Dilation);
            }

            if (AutoPad == PoolAutoPad.NotSet)
            {
                // pads: [x1_begin, x2_begin, ..., x1_end, x2_end, ...].
                node.Ints("pads", Spec.PaddingBegin.Concat(Spec.PaddingEndOrSymmetric));
            }
            else
            {
                node.String("auto_pad", AutoPad switch
                {
                    PoolAutoPad.SameUpper => "SAME_UPPER",
                    PoolAutoPad.SameLower => "SAME_LOWER",
                    _ => "VALID",
                });
            }

            return node;
        }

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"N{Batch} C{Channels} [{string.Join("x", Spatial)}] {Layout} {Spec}{(AutoPad == PoolAutoPad.NotSet ? "" : " " + AutoPad)} {Parameters}");

        /// <summary>
        /// A random case of <paramref name="rank"/> (sizes up to 12/7/5 for ranks 1/2/3, windows up to 4, strides up to 3,
        /// begin/end pads below the window, ceil mode, auto_pad about a third of the time): one whose output has at least one
        /// element per axis, and (<paramref name="noEmptyWindows"/>) no window without a tap inside the input.
        /// </summary>
        public static PoolCase Random(Random random, PoolKind kind, int rank, PoolLayout layout, int maxDilation, bool noEmptyWindows)
        {
            int maxSize = rank switch { 1 => 12, 2 => 7, _ => 5 };
            while (true)
            {
                var spatial = new int[rank];
                var kernel = new int[rank];
                var stride = new int[rank];
                var dilation = new int[rank];
                var begin = new int[rank];
                var end = new int[rank];
                for (int axis = 0; axis < rank; axis++)
                {
                    spatial[axis] = random.Next(1, maxSize + 1);
                    kernel[axis] = random.Next(1, 5);
                    stride[axis] = random.Next(1, 4);
                    dilation[axis] = random.Next(1, maxDilation + 1);
                    begin[axis] = random.Next(0, kernel[axis]);
                    end[axis] = random.Next(0, kernel[axis]);
                }

                double draw = random.NextDouble();
                PoolAutoPad autoPad = draw < 0.15 ? PoolAutoPad.SameUpper : draw < 0.27 ? PoolAutoPad.SameLower : draw < 0.33 ? PoolAutoPad.Valid : PoolAutoPad.NotSet;
                bool ceil = autoPad == PoolAutoPad.NotSet && random.NextDouble() < 0.35;
                if (autoPad != PoolAutoPad.NotSet)
                {
                    // ORT's SAME pads use the kernel size, not the dilated window, and go negative for k < s: keep to where
                    // ORT, ONNX and PoolGen agree.
                    for (int axis = 0; axis < rank; axis++)
                    {
                        dilation[axis] = 1;
                        stride[axis] = Math.Min(stride[axis], kernel[axis]);
                    }
                }

                var spec = new PoolSpecND(kind, kernel, stride, begin, dilation, ceil, random.Next(2) == 0) { PaddingEnd = end };
                spec = QuantizedPoolReference.Resolve(spec, spatial, autoPad);
                bool valid = true;
                for (int axis = 0; axis < rank && valid; axis++)
                {
                    int n = spatial[axis], k = spec.Kernel[axis], s = spec.Stride[axis], d = spec.Dilation[axis];
                    int pb = spec.PaddingBegin[axis], pe = spec.PaddingEndOrSymmetric[axis];
                    int outputs = PoolReference.OutputSize(n, k, s, pb, pe, d, ceil);
                    valid = outputs >= 1 && pb < (d * (k - 1)) + 1 && pe < (d * (k - 1)) + 1;
                    for (int o = 0; o < outputs && valid && noEmptyWindows; o++)
                    {
                        valid = Enumerable.Range(0, k).Any(j => (o * s) - pb + (j * d) is int t && t >= 0 && t < n);
                    }
                }

                if (!valid)
                {
                    continue;
                }

                // Keep the spec's own padding (the ONNX node gets auto_pad, not these resolved pads).
                var unresolved = new PoolSpecND(kind, kernel, stride, begin, dilation, ceil, spec.CountIncludePad) { PaddingEnd = end };
                return new PoolCase(random.Next(1, 3), random.Next(1, 11), spatial, layout, autoPad == PoolAutoPad.NotSet ? spec : unresolved, autoPad, default);
            }
        }

        /// <summary>
        /// Random parameters for <typeparamref name="T"/>, scales from 1e-3 to 10 in three kinds: powers of two from 2^-10 to
        /// 2^3 for both (exact float arithmetic, so averages land on exact .5 ties); one log-uniform scale for both, times a
        /// power of two for the output (ties in exact arithmetic that float rounding moves a little either way, so the
        /// order and kind of ORT's float operations decide the result); or two independent log-uniform scales. Zero points
        /// uniform over the type, a fifth of them at an end of the range.
        /// </summary>
        public static QuantizedPoolParameters RandomParameters<T>(Random random)
        {
            bool signed = typeof(T) == typeof(sbyte);
            int low = signed ? -128 : 0, high = signed ? 127 : 255;
            float LogUniform() => (float)Math.Exp(Math.Log(1e-3) + (random.NextDouble() * (Math.Log(10) - Math.Log(1e-3))));
            float PowerOfTwo() => MathF.ScaleB(1f, random.Next(-10, 4));
            int ZeroPoint() => random.NextDouble() < 0.2 ? (random.Next(2) == 0 ? low : high) : random.Next(low, high + 1);
            double kind = random.NextDouble();
            float inputScale, outputScale;
            if (kind < 0.4)
            {
                (inputScale, outputScale) = (PowerOfTwo(), PowerOfTwo());
            }
            else if (kind < 0.7)
            {
                inputScale = LogUniform();
                outputScale = Math.Clamp(inputScale * MathF.ScaleB(1f, random.Next(-3, 4)), 1e-3f, 10f);
            }
            else
            {
                (inputScale, outputScale) = (LogUniform(), LogUniform());
            }

            return new QuantizedPoolParameters(inputScale, ZeroPoint(), outputScale, ZeroPoint());
        }

        /// <summary>Uniform random values over the whole range of byte or sbyte.</summary>
        public static T[] RandomInput<T>(Random random, int length)
            where T : unmanaged
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            return typeof(T) == typeof(byte) ? (T[])(object)bytes : (T[])(object)Array.ConvertAll(bytes, b => unchecked((sbyte)b));
        }
    }
}
