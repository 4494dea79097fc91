using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;
using Xunit.Abstractions;

namespace PoolGen.Onnx.Tests
{
    /// <summary>A generated quantized kernel's run: the spatial sizes come as an array (a fixed size is not passed).</summary>
    internal delegate void QuantizedRun<T>(ReadOnlySpan<T> input, Span<T> output, int batch, int channels, int[] spatial);

    /// <summary>What <see cref="QuantizedKernelTests"/> counts over every kernel and shape.</summary>
    internal sealed class QuantizedStats
    {
        public int Shapes { get; set; }

        public int Windowed { get; set; }

        public int Global { get; set; }

        public int FallbackToGlobal { get; set; }

        public int Extreme { get; set; }

        public int OrtCompared { get; set; }

        public int OrtRejected { get; set; }

        public int Vectorish { get; set; }

        public int Outputs { get; set; }

        public int Ties { get; set; }

        public int Saturated { get; set; }

        public int Clamped { get; set; }

        public override string ToString() =>
            $"{Shapes} shapes ({Windowed} windowed, {Global} global, {FallbackToGlobal} whole-input windows, {Extreme} max/min; {OrtCompared} compared with ONNX Runtime, " +
            $"{OrtRejected} rejected by it and the reference; {Vectorish} with 16 or more lanes), {Outputs} outputs, {Ties} ties, {Saturated} saturated, {Clamped} clamped";
    }

    /// <summary>One kernel of <see cref="QuantizedKernels"/>: its attribute as data, and a check on random shapes.</summary>
    internal interface IQuantizedKernel
    {
        string Name { get; }

        void Check(Random random, QuantizedStats stats);
    }

    /// <summary>A generated kernel of <typeparamref name="T"/> and the attribute it was generated from.</summary>
    internal sealed class QuantizedKernel<T>(string name, PoolSpecND spec, PoolLayout layout, PoolAutoPad autoPad, QuantizedPoolParameters parameters, int? clampMin, int? clampMax, int[]? fixedSpatial, QuantizedRun<T> run, bool parallel = false) : IQuantizedKernel
        where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
    {
        public string Name => name;

        public override string ToString() => $"{name}: {spec} {layout} {autoPad} {parameters}";

        /// <summary>Four shapes (one of them the window itself when that is a valid input, one large when Parallel); each compared with the reference and ORT.</summary>
        public void Check(Random random, QuantizedStats stats)
        {
            int rank = spec.Rank;
            int shapes = 0, attempts = 0;
            while (shapes < 4)
            {
                if (++attempts > 10000)
                {
                    throw new InvalidOperationException($"{this}: no valid shape found");
                }

                int batch = random.Next(1, 3), channels = random.Next(1, 41);
                int[] spatial = fixedSpatial ?? rank switch
                {
                    1 => [random.Next(1, 71)],
                    2 => [random.Next(1, 10), random.Next(1, 41)],
                    _ => [random.Next(1, 5), random.Next(1, 7), random.Next(1, 25)],
                };
                if (shapes == 1 && fixedSpatial is null && !spec.Global)
                {
                    spatial = (int[])spec.Kernel.Clone(); // ONNX Runtime's fallback_to_global when unpadded.
                }

                if (shapes == 2 && parallel)
                {
                    (batch, channels) = (2, 64);
                    spatial = rank == 2 ? [24, 24] : spatial;
                }

                if (shapes == 3 && parallel && fixedSpatial is null && !spec.Global)
                {
                    // The whole-input window on enough data for the parallel path: ranges of planes or images.
                    (batch, channels, spatial) = (8, 1400, (int[])spec.Kernel.Clone());
                }

                if (!Valid(spatial))
                {
                    continue;
                }

                Compare(random, batch, channels, spatial, stats);
                shapes++;
            }
        }

        /// <summary>Outputs on every axis, every window with a tap inside the input (ORT's rules; PoolGen's minimum input).</summary>
        private bool Valid(int[] spatial)
        {
            if (spec.Global)
            {
                return true;
            }

            PoolSpecND resolved = QuantizedPoolReference.Resolve(spec, spatial, autoPad);
            for (int axis = 0; axis < spec.Rank; axis++)
            {
                int n = spatial[axis], k = resolved.Kernel[axis], s = resolved.Stride[axis];
                int pb = resolved.PaddingBegin[axis], pe = resolved.PaddingEndOrSymmetric[axis];
                int outputs = PoolReference.OutputSize(n, k, s, pb, pe, 1, resolved.CeilMode);
                if (outputs < 1)
                {
                    return false;
                }

                for (int o = 0; o < outputs; o++)
                {
                    if (!Enumerable.Range(0, k).Any(j => (o * s) - pb + j is int t && t >= 0 && t < n))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private void Compare(Random random, int batch, int channels, int[] spatial, QuantizedStats stats)
        {
            var @case = new PoolCase(batch, channels, spatial, layout, spec, autoPad, parameters);
            T[] input = PoolCase.RandomInput<T>(random, @case.InputLength);
            bool average = spec.Kind == PoolKind.Average;
            T[] expected;
            double[]? beforeRounding = null;
            bool rejected = false;
            try
            {
                expected = average
                    ? QuantizedPoolReference.Average(spec, input, batch, channels, spatial, parameters, layout, autoPad, out beforeRounding)
                    : QuantizedPoolReference.Extreme(spec, input, batch, channels, spatial, parameters, layout, autoPad);
            }
            catch (ArgumentOutOfRangeException)
            {
                // The global path's scale or size out of MLAS's range: ORT and the reference refuse; the kernel computes the
                // same formula regardless (docs/semantics.md), so compare it with that.
                rejected = true;
                expected = QuantizedPoolReferenceUnchecked(input, batch, channels, spatial);
            }

            expected = Clamp(expected);
            var actual = new T[expected.Length];
            run(input, actual, batch, channels, spatial);
            AssertEqual(expected, actual, "the reference", batch, channels, spatial);

            stats.Shapes++;
            bool global = average && QuantizedPoolReference.TakesGlobalPath(spec, spatial, autoPad);
            if (!average)
            {
                stats.Extreme++;
            }
            else if (spec.Global)
            {
                stats.Global++;
            }
            else if (global)
            {
                stats.FallbackToGlobal++;
            }
            else
            {
                stats.Windowed++;
            }

            int lanes = layout == PoolLayout.Nhwc ? channels : QuantizedPoolReference.OutputShape(spec, spatial, autoPad)[^1];
            stats.Vectorish += lanes >= 16 ? 1 : 0;

            int[] outputShape = QuantizedPoolReference.OutputShape(spec, spatial, autoPad);
            bool ortMeansSomethingElse = !average && outputShape.All(size => size == 1); // its one-tap average would go global
            if (rejected)
            {
                stats.OrtRejected++;
            }
            else if (!ortMeansSomethingElse)
            {
                byte[] model = !average
                    ? QuantizedPoolTests.ExtremeModel<T>(@case, spec.Kind)
                    : spec.Global ? QuantizedPoolTests.GlobalModel<T>(@case) : QuantizedPoolTests.AverageModel<T>(@case);
                T[] ort = Clamp(Ort.Run(model, input, @case.InputShape, "y")[0].As<T>());
                AssertEqual(ort, actual, "ONNX Runtime", batch, channels, spatial);
                stats.OrtCompared++;
            }

            int low = int.CreateChecked(T.MinValue), high = int.CreateChecked(T.MaxValue);
            foreach (double value in beforeRounding ?? [])
            {
                stats.Outputs++;
                stats.Ties += value - Math.Floor(value) == 0.5 ? 1 : 0;
                double rounded = Math.Round(value, MidpointRounding.ToEven);
                stats.Saturated += rounded < low || rounded > high ? 1 : 0;
                stats.Clamped += (clampMin is int min && rounded < min) || (clampMax is int max && rounded > max) ? 1 : 0;
            }
        }

        /// <summary>The global formula where ORT refuses the scale (InputScale / (OutputScale * N) outside [2^-32, 256)).</summary>
        private T[] QuantizedPoolReferenceUnchecked(T[] input, int batch, int channels, int[] spatial)
        {
            int size = spatial.Aggregate(1, (a, b) => a * b);
            T[] channelsFirst = layout == PoolLayout.Nhwc ? Layouts.ToChannelsFirst<T>(input, batch, channels, spatial) : input;
            float scale = parameters.InputScale / (parameters.OutputScale * (float)size);
            float low = int.CreateChecked(T.MinValue) - parameters.OutputZeroPoint, high = int.CreateChecked(T.MaxValue) - parameters.OutputZeroPoint;
            var values = new T[batch * channels];
            for (int plane = 0; plane < values.Length; plane++)
            {
                int acc = -parameters.InputZeroPoint * size;
                for (int i = 0; i < size; i++)
                {
                    acc += int.CreateChecked(channelsFirst[(plane * size) + i]);
                }

                float v = Math.Min(Math.Max((float)acc * scale, low), high);
                values[plane] = T.CreateChecked(QuantizedPoolReference.RoundHalfToEven(v) + parameters.OutputZeroPoint);
            }

            return values;
        }

        private T[] Clamp(T[] values) => values.Select(v =>
        {
            int x = int.CreateChecked(v);
            x = clampMin is int min && x < min ? min : x;
            x = clampMax is int max && x > max ? max : x;
            return T.CreateChecked(x);
        }).ToArray();

        private void AssertEqual(T[] expected, T[] actual, string what, int batch, int channels, int[] spatial)
        {
            for (int i = 0; i < expected.Length; i++)
            {
                if (expected[i] != actual[i])
                {
                    Assert.Fail($"{this}, N{batch} C{channels} [{string.Join("x", spatial)}]: output {i} of {expected.Length} is {actual[i]}, {what} gives {expected[i]}.");
                }
            }
        }
    }

    /// <summary>
    /// The kernels PoolGen generates for quantized pooling (<see cref="QuantizedKernels"/>), element for element against
    /// <see cref="QuantizedPoolReference"/> and ONNX Runtime's QLinearAveragePool / QLinearGlobalAveragePool (max and min:
    /// MaxPool then a one-tap QLinearAveragePool), each on four random shapes.
    /// </summary>
    public sealed class QuantizedKernelTests(ITestOutputHelper output)
    {
        public static TheoryData<string> Kernels() => new(QuantizedKernels.All.Select(k => k.Name));

        [Theory]
        [MemberData(nameof(Kernels))]
        public void KernelEqualsOnnxRuntimeAndTheReference(string name)
        {
            int index = Array.FindIndex(QuantizedKernels.All, k => k.Name == name);
            var stats = new QuantizedStats();
            QuantizedKernels.All[index].Check(new Random(7919 * (index + 1)), stats);
            output.WriteLine($"{QuantizedKernels.All[index]}: {stats}");
        }

        /// <summary>Over every kernel: the rounding ties and saturation occur, every path is taken, ORT saw most shapes.</summary>
        [Fact]
        public void TheKernelsMeetTiesSaturationAndEveryPath()
        {
            var stats = new QuantizedStats();
            for (int index = 0; index < QuantizedKernels.All.Length; index++)
            {
                QuantizedKernels.All[index].Check(new Random(7919 * (index + 1)), stats);
            }

            output.WriteLine(stats.ToString());
            Assert.True(stats.Ties > 0, $"no exact .5 tie ({stats})");
            Assert.True(stats.Saturated > 0, $"no saturated output ({stats})");
            Assert.True(stats.Clamped > 0, $"no output met the clamp ({stats})");
            Assert.True(stats.Windowed > 0 && stats.Global > 0 && stats.FallbackToGlobal > 0 && stats.Extreme > 0, stats.ToString());
            Assert.True(stats.Vectorish > stats.Shapes / 3, $"few shapes reach the vector code ({stats})");
            Assert.True(stats.OrtCompared >= stats.Shapes * 3 / 4, $"few shapes compared with ONNX Runtime ({stats})");
        }
    }
}
