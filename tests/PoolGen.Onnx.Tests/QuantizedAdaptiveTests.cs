using System;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;
using Xunit.Abstractions;

namespace PoolGen.Onnx.Tests
{
    /// <summary>What <see cref="QuantizedAdaptiveTests"/> counts.</summary>
    internal sealed class AdaptiveStats
    {
        public int Shapes { get; set; }

        public int Divisible { get; set; }

        public int NotDivisible { get; set; }

        public int Global { get; set; }

        public int OrtCompared { get; set; }

        public int Vectorish { get; set; }

        public int Outputs { get; set; }

        public int Ties { get; set; }

        public int Saturated { get; set; }

        public override string ToString() =>
            $"{Shapes} shapes ({Divisible} where m divides n, {NotDivisible} where it does not, {Global} global; {OrtCompared} compared with ONNX Runtime; " +
            $"{Vectorish} with 16 or more channels last), {Outputs} outputs, {Ties} ties, {Saturated} saturated";

        /// <summary>Counts the outputs, their exact .5 ties and their saturation from the values before rounding.</summary>
        public void Count<T>(double[] beforeRounding)
            where T : IMinMaxValue<T>, IBinaryInteger<T>
        {
            int low = int.CreateChecked(T.MinValue), high = int.CreateChecked(T.MaxValue);
            foreach (double value in beforeRounding)
            {
                Outputs++;
                Ties += value - Math.Floor(value) == 0.5 ? 1 : 0;
                double rounded = Math.Round(value, MidpointRounding.ToEven);
                Saturated += rounded < low || rounded > high ? 1 : 0;
            }
        }
    }

    /// <summary>One kernel of <see cref="QuantizedAdaptiveKernels"/>.</summary>
    internal interface IAdaptiveQuantizedKernel
    {
        string Name { get; }

        void Check(Random random, AdaptiveStats stats);
    }

    /// <summary>A generated adaptive quantized average kernel and its attribute as data.</summary>
    internal sealed class AdaptiveQuantizedKernel<T>(string name, int[] outputSize, PoolLayout layout, QuantizedPoolParameters parameters, int? clampMin, int? clampMax, int[]? fixedSpatial, QuantizedRun<T> run, bool parallel = false) : IAdaptiveQuantizedKernel
        where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
    {
        public string Name => name;

        public override string ToString() => $"{name}: OutputSize [{string.Join("x", outputSize)}] {layout} {parameters}";

        /// <summary>
        /// Six shapes: three where every output size divides its input size (compared with ONNX Runtime too), two of any
        /// size (m above n included), one with 40 channels (the vector runs channels last); a large one when Parallel.
        /// </summary>
        public void Check(Random random, AdaptiveStats stats)
        {
            int rank = outputSize.Length;
            for (int shape = 0; shape < 6; shape++)
            {
                int batch = random.Next(1, 3), channels = shape == 5 ? 40 : random.Next(1, 41);
                int[] spatial = fixedSpatial ?? (shape < 3
                    ? outputSize.Select(m => m * random.Next(1, rank == 3 ? 3 : 4)).ToArray()
                    : outputSize.Select(m => random.Next(1, (2 * m) + 4)).ToArray());
                if (shape == 5 && parallel)
                {
                    (batch, channels, spatial) = (2, 64, rank == 2 ? [24, 24] : spatial);
                }

                Compare(random, batch, channels, spatial, stats);
            }
        }

        private void Compare(Random random, int batch, int channels, int[] spatial, AdaptiveStats stats)
        {
            T[] input = PoolCase.RandomInput<T>(random, batch * channels * spatial.Aggregate(1, (a, b) => a * b));
            T[] expected = Clamp(QuantizedPoolReference.AdaptiveAverage(input, batch, channels, spatial, outputSize, parameters, layout, out double[] beforeRounding));
            var actual = new T[expected.Length];
            run(input, actual, batch, channels, spatial);
            AssertEqual(expected, actual, "the reference", batch, channels, spatial);

            stats.Shapes++;
            stats.Count<T>(beforeRounding);
            stats.Vectorish += layout == PoolLayout.Nhwc && channels >= 16 ? 1 : 0;
            bool global = outputSize.All(m => m == 1);
            stats.Global += global ? 1 : 0;
            if (!spatial.Zip(outputSize, (n, m) => n % m == 0).All(d => d))
            {
                stats.NotDivisible++;
                return;
            }

            // m divides n on every axis: the adaptive window is ONNX Runtime's window of n/m with stride n/m, no padding; output
            // size 1 everywhere is QLinearGlobalAveragePool.
            stats.Divisible++;
            T[] ort = Clamp(QuantizedAdaptiveTests.OnnxRuntime<T>(batch, channels, spatial, outputSize, parameters, layout, input));
            AssertEqual(ort, actual, "ONNX Runtime", batch, channels, spatial);
            stats.OrtCompared++;
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
    /// Quantized average over adaptive windows (docs/semantics.md): ONNX Runtime has no adaptive QLinear node, so PoolGen
    /// applies QLinearAveragePool's windowed rule to each adaptive window. Where the output size divides the input size the
    /// adaptive window is the fixed window n/m with stride n/m, and both <see cref="QuantizedPoolReference.AdaptiveAverage{T}(ReadOnlySpan{T}, int, int, int[], int[], QuantizedPoolParameters, PoolLayout)"/>
    /// and the generated kernels must equal ONNX Runtime's QLinearAveragePool there, bit for bit (output size 1 everywhere:
    /// QLinearGlobalAveragePool); elsewhere the kernels must equal the reference.
    /// </summary>
    public sealed class QuantizedAdaptiveTests(ITestOutputHelper output)
    {
        /// <summary>
        /// The reference against ONNX Runtime, 24 random cases per row where m divides n (window n/m up to 4 per axis; a sixth of
        /// them output size 1 everywhere, the global path), random scales from 1e-3 to 10 and zero points across the range.
        /// </summary>
        [Theory]
        [MemberData(nameof(QuantizedPoolTests.Combinations), MemberType = typeof(QuantizedPoolTests))]
        public void ReferenceEqualsOnnxRuntimeWhereTheOutputSizeDividesTheInput(string type, int rank, PoolLayout layout)
        {
            AdaptiveStats stats = type == "uint8" ? Reference<byte>(rank, layout) : Reference<sbyte>(rank, layout);
            output.WriteLine(stats.ToString());
            Assert.Equal(24, stats.OrtCompared);
            Assert.True(stats.Saturated > 0, $"no output saturated ({stats})");
        }

        public static TheoryData<string> Kernels() => new(QuantizedAdaptiveKernels.All.Select(k => k.Name));

        /// <summary>Each generated kernel on six shapes against the reference, and against ONNX Runtime where m divides n.</summary>
        [Theory]
        [MemberData(nameof(Kernels))]
        public void KernelEqualsTheReferenceAndOnnxRuntime(string name)
        {
            int index = Array.FindIndex(QuantizedAdaptiveKernels.All, k => k.Name == name);
            var stats = new AdaptiveStats();
            QuantizedAdaptiveKernels.All[index].Check(new Random(6007 * (index + 1)), stats);
            output.WriteLine($"{QuantizedAdaptiveKernels.All[index]}: {stats}");
        }

        /// <summary>Over every kernel: ties, saturation, both kinds of shapes, the global path and the vector runs occur.</summary>
        [Fact]
        public void TheKernelsMeetTiesSaturationAndEveryPath()
        {
            var stats = new AdaptiveStats();
            for (int index = 0; index < QuantizedAdaptiveKernels.All.Length; index++)
            {
                QuantizedAdaptiveKernels.All[index].Check(new Random(6007 * (index + 1)), stats);
            }

            output.WriteLine(stats.ToString());
            Assert.True(stats.Ties > 0 && stats.Saturated > 0, stats.ToString());
            Assert.True(stats.Divisible > 0 && stats.NotDivisible > 0 && stats.Global > 0 && stats.Vectorish > 0, stats.ToString());
            Assert.Equal(stats.Divisible, stats.OrtCompared);
        }

        /// <summary>
        /// ONNX Runtime's result for an adaptive average whose output size divides the input size: QLinearAveragePool with
        /// kernel and stride n/m and no padding, or QLinearGlobalAveragePool when every output size is 1.
        /// </summary>
        internal static T[] OnnxRuntime<T>(int batch, int channels, int[] spatial, int[] outputSize, QuantizedPoolParameters parameters, PoolLayout layout, T[] input)
            where T : unmanaged
        {
            int rank = spatial.Length;
            bool global = outputSize.All(m => m == 1);
            int[] window = spatial.Zip(outputSize, (n, m) => n / m).ToArray();
            PoolSpecND spec = global
                ? PoolSpecND.GlobalOf(PoolKind.Average, rank)
                : new PoolSpecND(PoolKind.Average, window, (int[])window.Clone(), new int[rank], Enumerable.Repeat(1, rank).ToArray(), false, false) { PaddingEnd = new int[rank] };
            var @case = new PoolCase(batch, channels, spatial, layout, spec, PoolAutoPad.NotSet, parameters);
            byte[] model = global ? QuantizedPoolTests.GlobalModel<T>(@case) : QuantizedPoolTests.AverageModel<T>(@case);
            return Ort.Run(model, input, @case.InputShape, "y")[0].As<T>();
        }

        private static AdaptiveStats Reference<T>(int rank, PoolLayout layout)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
        {
            var random = new Random(5000 + (rank * 10) + (int)layout + (typeof(T) == typeof(sbyte) ? 100 : 0));
            var stats = new AdaptiveStats();
            for (int i = 0; i < 24; i++)
            {
                int maxOutput = rank switch { 1 => 9, 2 => 5, _ => 3 };
                int[] outputSize = i % 6 == 5 ? Enumerable.Repeat(1, rank).ToArray() : Enumerable.Range(0, rank).Select(_ => random.Next(1, maxOutput + 1)).ToArray();
                int[] spatial = outputSize.Select(m => m * random.Next(1, 5)).ToArray();
                QuantizedPoolParameters parameters = outputSize.All(m => m == 1)
                    ? QuantizedPoolTests.InRangeGlobalParameters<T>(random, spatial)
                    : PoolCase.RandomParameters<T>(random);
                int batch = random.Next(1, 3), channels = random.Next(1, 11);
                T[] input = PoolCase.RandomInput<T>(random, batch * channels * spatial.Aggregate(1, (a, b) => a * b));
                T[] expected = OnnxRuntime(batch, channels, spatial, outputSize, parameters, layout, input);
                T[] actual = QuantizedPoolReference.AdaptiveAverage(input, batch, channels, spatial, outputSize, parameters, layout, out double[] beforeRounding);
                Assert.True(expected.SequenceEqual(actual), $"N{batch} C{channels} [{string.Join("x", spatial)}] to [{string.Join("x", outputSize)}] {layout} {parameters}: the reference differs from ONNX Runtime.");
                stats.Count<T>(beforeRounding);
                stats.Global += outputSize.All(m => m == 1) ? 1 : 0;
                stats.OrtCompared++;
            }

            return stats;
        }
    }
}
