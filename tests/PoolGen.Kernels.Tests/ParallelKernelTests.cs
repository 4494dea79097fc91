using System;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>Kernels with <c>Parallel = true</c> and their serial twins (same attribute otherwise).</summary>
    internal static partial class ParallelKernels
    {
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1, Parallel = true)]
        public static partial void MaxParallel(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxSerial(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false, Parallel = true)]
        public static partial void AvgParallel(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false)]
        public static partial void AvgSerial(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);

        /// <summary>Asymmetric Pads (ResNet-18 as exported to ONNX); the serial twin is <see cref="PadsKernels.Max_k3s2Pads1100"/>.</summary>
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Pads = new[] { 1, 1, 0, 0 }, Parallel = true)]
        public static partial void MaxPadsParallel(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Max, Size = 2, Parallel = true, Height = 64, Width = 64)]
        public static partial void FixedParallel(ReadOnlySpan<byte> input, Span<byte> output, int channels);

        [Pool(Kind = PoolKind.Max, Size = 2, Height = 64, Width = 64)]
        public static partial void FixedSerial(ReadOnlySpan<byte> input, Span<byte> output, int channels);
    }

    /// <summary>
    /// <c>Parallel = true</c>: the same bits as the serial kernel and the reference, below and above the 65,536-element
    /// threshold, with any plane count (including counts that do not divide by the core count), nothing written
    /// outside the output, and no shared state between concurrent calls.
    /// </summary>
    public sealed partial class ParallelKernelTests
    {
        private const int Guard = 64;

        public static TheoryData<int, int, int, int> FloatShapes => new()
        {
            { 1, 1, 9, 9 },        // one plane: serial path
            { 1, 3, 30, 31 },      // below the threshold
            { 2, 17, 48, 41 },     // 66,912 elements: parallel, 34 planes
            { 3, 7, 112, 112 },    // 21 planes of 12,544
            { 1, 2, 300, 301 },    // 2 big planes
        };

        [Theory]
        [MemberData(nameof(FloatShapes))]
        public void MaxParallel_MatchesSerialAndReference(int batch, int channels, int height, int width)
        {
            var spec = PoolSpecND.Of2D(PoolKind.Max, 3, 3, 2, 2, 1, 1);
            float[] input = TestData.Random<float>(batch * 1000 + channels * 7 + height, batch * channels * height * width, specials: true, ties: true);
            int outH = PoolReference.OutputSize(height, 3, 2, 1, 1, false), outW = PoolReference.OutputSize(width, 3, 2, 1, 1, false);
            int length = batch * channels * outH * outW;
            float[] serial = new float[length];
            ParallelKernels.MaxSerial(input, serial, batch, channels, height, width);
            float[] parallel = Guarded<float>(length, out Span<float> output);
            ParallelKernels.MaxParallel(input, output, batch, channels, height, width);
            CheckGuards(parallel, length);
            Compare.Bitwise<float>(serial, output, "parallel vs serial");
            Compare.Bitwise<float>(PoolReference.Pool<float>(spec, input, batch, channels, height, width), output, "parallel vs reference");
        }

        [Theory]
        [MemberData(nameof(FloatShapes))]
        public void MaxPadsParallel_MatchesSerialAndReference(int batch, int channels, int height, int width)
        {
            var spec = PoolSpecND.Of2D(PoolKind.Max, 3, 3, 2, 2, 1, 1) with { PaddingEnd = [0, 0] };
            float[] input = TestData.Random<float>(batch * 1000 + channels * 7 + height + 1, batch * channels * height * width, specials: true, ties: true);
            int outH = PoolReference.OutputSize(height, 3, 2, 1, 0, 1, false), outW = PoolReference.OutputSize(width, 3, 2, 1, 0, 1, false);
            int length = batch * channels * outH * outW;
            float[] serial = new float[length];
            PadsKernels.Max_k3s2Pads1100(input, serial, batch, channels, height, width);
            float[] parallel = Guarded<float>(length, out Span<float> output);
            ParallelKernels.MaxPadsParallel(input, output, batch, channels, height, width);
            CheckGuards(parallel, length);
            Compare.Bitwise<float>(serial, output, "parallel vs serial");
            Compare.Bitwise<float>(PoolReference.Pool<float>(spec, input, batch, channels, height, width), output, "parallel vs reference");
        }

        [Theory]
        [InlineData(1, 5, 5)]
        [InlineData(9, 70, 70)]
        [InlineData(2, 250, 200)]
        public void AverageParallel_MatchesSerialBitwise(int channels, int height, int width)
        {
            double[] input = TestData.Random<double>(channels + height, channels * height * width, specials: false, ties: false);
            int length = channels * height * width;
            double[] serial = new double[length];
            ParallelKernels.AvgSerial(input, serial, channels, height, width);
            double[] parallel = Guarded<double>(length, out Span<double> output);
            ParallelKernels.AvgParallel(input, output, channels, height, width);
            CheckGuards(parallel, length);
            Compare.Bitwise<double>(serial, output, "parallel vs serial");
            var spec = PoolSpecND.Of2D(PoolKind.Average, 3, 3, 1, 1, 1, 1, countIncludePad: false);
            double[] scale = PoolReference.Pool<double>(spec, Array.ConvertAll(input, Math.Abs), 1, channels, height, width);
            Compare.CloseToScale<double>(PoolReference.Pool<double>(spec, input, 1, channels, height, width), output, scale, 1e-14, "parallel vs reference");
        }

        [Theory]
        [InlineData(1)]
        [InlineData(15)]
        [InlineData(16)]
        [InlineData(33)]
        public void FixedShapeParallel_MatchesSerial(int channels)
        {
            byte[] input = TestData.Random<byte>(channels, channels * 64 * 64, specials: false, ties: false);
            int length = channels * 32 * 32;
            byte[] serial = new byte[length];
            ParallelKernels.FixedSerial(input, serial, channels);
            byte[] parallel = Guarded<byte>(length, out Span<byte> output);
            ParallelKernels.FixedParallel(input, output, channels);
            CheckGuards(parallel, length);
            Compare.Bitwise<byte>(serial, output, "parallel vs serial");
        }

        [Fact]
        public void ParallelKernel_ChecksArgumentsBeforeStartingTasks()
        {
            float[] input = new float[2 * 17 * 48 * 41];
            float[] output = new float[(2 * 17 * 24 * 21) - 1];
            ArgumentException e = Assert.Throws<ArgumentException>(() => ParallelKernels.MaxParallel(input, output, 2, 17, 48, 41));
            Assert.Equal("output", e.ParamName);
            Assert.All(output, value => Assert.Equal(0f, value));
        }

        [Fact]
        public void ConcurrentParallelCalls_OnSeparateBuffers_GiveTheSerialResults()
        {
            const int batch = 2, channels = 9, height = 64, width = 70;
            int outLength = batch * channels * 32 * 35;
            var inputs = new float[8][];
            var expected = new float[8][];
            for (int i = 0; i < inputs.Length; i++)
            {
                inputs[i] = TestData.Random<float>(100 + i, batch * channels * height * width, specials: true, ties: true);
                expected[i] = new float[outLength];
                ParallelKernels.MaxSerial(inputs[i], expected[i], batch, channels, height, width);
            }

            var outputs = new float[8][];
            using var start = new Barrier(inputs.Length);
            Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = inputs.Length }, i =>
            {
                outputs[i] = new float[outLength];
                start.SignalAndWait();
                for (int repeat = 0; repeat < 5; repeat++)
                {
                    ParallelKernels.MaxParallel(inputs[i], outputs[i], batch, channels, height, width);
                }
            });

            for (int i = 0; i < inputs.Length; i++)
            {
                Compare.Bitwise<float>(expected[i], outputs[i], $"call {i}");
            }
        }

        /// <summary>An array of length + 2 guards, filled with a marker; <paramref name="output"/> is its middle.</summary>
        private static T[] Guarded<T>(int length, out Span<T> output)
            where T : unmanaged, INumber<T>
        {
            var buffer = new T[length + (2 * Guard)];
            Array.Fill(buffer, T.CreateTruncating(77));
            output = buffer.AsSpan(Guard, length);
            return buffer;
        }

        private static void CheckGuards<T>(T[] buffer, int length)
            where T : unmanaged, INumber<T>
        {
            for (int i = 0; i < Guard; i++)
            {
                Assert.Equal(T.CreateTruncating(77), buffer[i]);
                Assert.Equal(T.CreateTruncating(77), buffer[Guard + length + i]);
            }
        }
    }
}
