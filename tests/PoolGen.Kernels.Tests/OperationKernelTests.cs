using System;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// The backward passes and max unpooling (<see cref="OperationKernels"/>) against <see cref="PoolOperatorsReference"/>
    /// on random shapes, bit for bit: ranks 1-3, both layouts, overlapping windows, ceil mode, count_include_pad,
    /// divisor_override, adaptive windows, int and long indices (random, with repeats, so that sums and "later wins" are
    /// exercised); the Parallel twins against the serial kernels; bad indices and short spans.
    /// </summary>
    public sealed class OperationKernelTests
    {
        /// <summary>A kernel called with channels-first-shaped arrays already in its layout: pooled, indices (long), full, sizes.</summary>
        private delegate void Op<T>(T[] pooled, long[] indices, T[] full, int batch, int channels, int[] spatial);

        private static int[] Ints(long[] values) => Array.ConvertAll(values, v => (int)v);

        private static long Product(int[] shape) => shape.Aggregate(1L, (p, s) => p * s);

        private static PoolSpecND Window(PoolKind kind, int rank, int kernel, int stride, int padding, bool ceil = false, bool include = true, int? divisor = null, int dilationW = 1)
        {
            int[] dilation = Enumerable.Repeat(1, rank).ToArray();
            dilation[rank - 1] = dilationW;
            return new PoolSpecND(kind, Enumerable.Repeat(kernel, rank).ToArray(), Enumerable.Repeat(stride, rank).ToArray(), Enumerable.Repeat(padding, rank).ToArray(), dilation, ceil, include, divisor);
        }

        /// <summary>Runs <paramref name="call"/> in its layout on channels-first data and returns the result channels first.</summary>
        private static T[] Run<T>(Op<T> call, bool last, T[] pooled, long[] indices, int batch, int channels, int[] pooledSpatial, int[] fullSpatial)
            where T : unmanaged
        {
            if (last)
            {
                pooled = Layouts.ToChannelsLast<T>(pooled, batch, channels, pooledSpatial);
                indices = indices.Length == 0 ? indices : Layouts.ToChannelsLast<long>(indices, batch, channels, pooledSpatial);
            }

            var full = new T[batch * channels * Product(fullSpatial)];
            full.AsSpan().Fill(default(T) is float ? (T)(object)-7f : default(T) is double ? (T)(object)-7d : default);
            call(pooled, indices, full, batch, channels, fullSpatial);
            return last ? Layouts.ToChannelsFirst<T>(full, batch, channels, fullSpatial) : full;
        }

        private static long[] RandomIndices(int seed, long count, long plane)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, (int)count).Select(_ => (long)random.Next((int)plane)).ToArray();
        }

        private static void MaxBackward<T>(Op<T> call, bool last, int[] outSpatial, int batch, int channels, int[] spatial, int seed)
            where T : unmanaged, INumber<T>
        {
            long outputs = batch * channels * Product(outSpatial);
            T[] gradOutput = TestData.Random<T>(seed, (int)outputs, specials: false, ties: true);
            long[] indices = RandomIndices(seed, outputs, Product(spatial));
            T[] expected = PoolOperatorsReference.MaxPoolBackwardND<T>(gradOutput, indices, batch, channels, outSpatial, spatial);
            OperationAssert.Bitwise(expected, Run(call, last, gradOutput, indices, batch, channels, outSpatial, spatial), $"max backward {string.Join("x", spatial)} seed {seed}");
        }

        private static void AverageBackward<T>(Op<T> call, bool last, PoolSpecND? spec, int[]? outputSize, int batch, int channels, int[] spatial, int seed)
            where T : unmanaged, INumber<T>
        {
            int[] outSpatial = outputSize ?? PoolReference.OutputShape(spec!, spatial);
            T[] gradOutput = TestData.Random<T>(seed, batch * channels * (int)Product(outSpatial), specials: false, ties: false);
            T[] expected = spec is null
                ? PoolOperatorsReference.AdaptiveAveragePoolBackwardND<T>(gradOutput, batch, channels, spatial, outputSize!)
                : PoolOperatorsReference.AveragePoolBackwardND<T>(spec, gradOutput, batch, channels, spatial);
            OperationAssert.Bitwise(expected, Run(call, last, gradOutput, [], batch, channels, outSpatial, spatial), $"average backward {string.Join("x", spatial)} seed {seed}");
        }

        private static void Unpool<T>(Op<T> call, bool last, PoolSpecND spec, int batch, int channels, int[] spatial, int seed)
            where T : unmanaged, INumber<T>
        {
            int[] pooledSpatial = PoolReference.OutputShape(spec, spatial);
            long count = batch * channels * Product(pooledSpatial);
            T[] input = TestData.Random<T>(seed, (int)count, specials: false, ties: false);
            long[] indices = RandomIndices(seed, count, Product(spatial));
            T[] expected = PoolOperatorsReference.MaxUnpoolND<T>(input, indices, batch, channels, pooledSpatial, spatial);
            OperationAssert.Bitwise(expected, Run(call, last, input, indices, batch, channels, pooledSpatial, spatial), $"unpooling {string.Join("x", spatial)} seed {seed}");
        }

        [Theory]
        [InlineData(1, 1, 2, 2, 1)]
        [InlineData(2, 3, 7, 9, 2)]
        [InlineData(1, 5, 16, 13, 3)]
        public void MaxBackward_MatchesReference(int batch, int channels, int height, int width, int seed)
        {
            int[] spatial = [height, width];
            int[] outSpatial = PoolReference.OutputShape(Window(PoolKind.Max, 2, 3, 2, 1), spatial);
            MaxBackward<float>((g, i, d, b, c, s) => OperationKernels.MaxBackward2D(g, i, d, b, c, s[0], s[1]), false, outSpatial, batch, channels, spatial, seed);
            MaxBackward<float>((g, i, d, b, c, s) => OperationKernels.MaxBackward2D_Nhwc_Int(g, Ints(i), d, b, c, s[0], s[1]), true, outSpatial, batch, channels, spatial, seed);
            MaxBackward<float>((g, i, d, b, c, s) => OperationKernels.MinBackwardAdaptive2D(g, i, d, b, c, s[0], s[1]), false, [3, 4], batch, channels, spatial, seed);

            int[] line = [height * width];
            MaxBackward<double>((g, i, d, b, c, s) => OperationKernels.MaxBackward1D_Nlc(g, i, d, b, c, s[0]), true, PoolReference.OutputShape(Window(PoolKind.Max, 1, 3, 1, 0, ceil: true), line), batch, channels, line, seed);

            int[] volume = [Math.Max(2, height / 3), height, width + 2];
            MaxBackward<double>((g, i, d, b, c, s) => OperationKernels.MaxBackward3D_Int(g, Ints(i), d, b, c, s[0], s[1], s[2]), false, PoolReference.OutputShape(Window(PoolKind.Max, 3, 2, 1, 0, dilationW: 2), volume), batch, channels, volume, seed);
        }

        [Theory]
        [InlineData(1, 1, 1, 1, 1)]
        [InlineData(2, 3, 7, 9, 2)]
        [InlineData(1, 11, 16, 13, 3)]
        [InlineData(2, 2, 4, 5, 4)]
        [InlineData(1, 1, 3, 700, 5)] // Rows of more than 512 outputs: the quotients in an array from the shared pool.
        public void AverageBackward_MatchesReference(int batch, int channels, int height, int width, int seed)
        {
            int[] spatial = [height, width];
            PoolSpecND exclude = Window(PoolKind.Average, 2, 3, 2, 1, ceil: true, include: false);
            AverageBackward<float>((g, i, d, b, c, s) => OperationKernels.AvgBackward2D_CeilExclude(g, d, b, c, s[0], s[1]), false, exclude, null, batch, channels, spatial, seed);
            AverageBackward<float>((g, i, d, b, c, s) => OperationKernels.AvgBackward2D_CeilExclude_Nhwc(g, d, b, c, s[0], s[1]), true, exclude, null, batch, channels, spatial, seed);
            PoolSpecND include = Window(PoolKind.Average, 2, 3, 1, 1, ceil: true);
            AverageBackward<float>((g, i, d, b, c, s) => OperationKernels.AvgBackward2D_Include(g, d, b, c, s[0], s[1]), false, include, null, batch, channels, spatial, seed);
            AverageBackward<float>((g, i, d, b, c, s) => OperationKernels.AvgBackward2D_Include_Nhwc_Parallel(g, d, b, c, s[0], s[1]), true, include, null, batch, channels, spatial, seed);
            AverageBackward<float>((g, i, d, b, c, s) => OperationKernels.AvgBackwardAdaptive2D(g, d, b, c, s[0], s[1]), false, null, [3, 5], batch, channels, spatial, seed);
            AverageBackward<float>((g, i, d, b, c, s) => OperationKernels.AvgBackwardAdaptive2D_Nhwc(g, d, b, c, s[0], s[1]), true, null, [3, 5], batch, channels, spatial, seed);
            AverageBackward<float>((g, i, d, b, c, s) => OperationKernels.AvgBackwardAdaptiveOne(g, d, b, c, s[0], s[1]), false, null, [1, 1], batch, channels, spatial, seed);
            AverageBackward<float>((g, i, d, b, c, s) => OperationKernels.AvgBackwardAdaptiveOne_Nhwc(g, d, b, c, s[0], s[1]), true, null, [1, 1], batch, channels, spatial, seed);

            int[] line = [height + width + 1];
            PoolSpecND divisor = Window(PoolKind.Average, 1, 4, 1, 2, divisor: 3);
            AverageBackward<double>((g, i, d, b, c, s) => OperationKernels.AvgBackward1D_Divisor(g, d, b, c, s[0]), false, divisor, null, batch, channels, line, seed);
            AverageBackward<double>((g, i, d, b, c, s) => OperationKernels.AvgBackward1D_Divisor_Nlc(g, d, b, c, s[0]), true, divisor, null, batch, channels, line, seed);

            int[] volume = [Math.Max(2, width / 2), height + 1, width + 1];
            PoolSpecND cube = Window(PoolKind.Average, 3, 3, 2, 1);
            AverageBackward<double>((g, i, d, b, c, s) => OperationKernels.AvgBackward3D(g, d, b, c, s[0], s[1], s[2]), false, cube, null, batch, channels, volume, seed);
            AverageBackward<double>((g, i, d, b, c, s) => OperationKernels.AvgBackward3D_Ndhwc(g, d, b, c, s[0], s[1], s[2]), true, cube, null, batch, channels, volume, seed);
            AverageBackward<float>((g, i, d, b, c, s) => OperationKernels.AvgBackwardAdaptive3D_Ndhwc(g, d, b, c, s[0], s[1], s[2]), true, null, [2, 3, 2], batch, channels, volume, seed);
        }

        [Theory]
        [InlineData(1, 1, 2, 2, 1)]
        [InlineData(2, 3, 7, 9, 2)]
        [InlineData(1, 5, 16, 13, 3)]
        public void Unpooling_MatchesReference(int batch, int channels, int height, int width, int seed)
        {
            int[] spatial = [height, width];
            Unpool<float>((v, i, o, b, c, s) => OperationKernels.Unpool2D(v, i, o, b, c, s[0], s[1]), false, Window(PoolKind.Max, 2, 2, 2, 0), batch, channels, spatial, seed);
            Unpool<float>((v, i, o, b, c, s) => OperationKernels.Unpool2D_Nhwc_Int(v, Ints(i), o, b, c, s[0], s[1]), true, Window(PoolKind.Max, 2, 3, 2, 1), batch, channels, spatial, seed);
            int[] volume = [Math.Max(2, height / 2), height, width];
            Unpool<short>((v, i, o, b, c, s) => OperationKernels.Unpool3D(v, i, o, b, c, s[0], s[1], s[2]), false, Window(PoolKind.Max, 3, 3, 2, 1), batch, channels, volume, seed);
            int[] line = [height * width];
            Unpool<double>((v, i, o, b, c, s) => OperationKernels.Unpool1D(v, i, o, b, c, s[0]), false, Window(PoolKind.Max, 1, 2, 2, 0), batch, channels, line, seed);
        }

        [Theory]
        [InlineData(2, 8, 96, 96)]
        [InlineData(1, 40, 41, 43)]
        public void ParallelTwins_MatchSerialBitForBit(int batch, int channels, int height, int width)
        {
            int[] spatial = [height, width];
            int planes = batch * channels;
            PoolSpecND max = Window(PoolKind.Max, 2, 3, 2, 1);
            int[] pooled = PoolReference.OutputShape(max, spatial);
            float[] gradients = TestData.Random<float>(5, planes * (int)Product(pooled), specials: false, ties: true);
            long[] indices = RandomIndices(5, gradients.Length, Product(spatial));
            void Same(Op<float> serial, Op<float> parallel, float[] source, int[] sourceSpatial, long[] index, string what)
            {
                float[] a = Run(serial, false, source, index, batch, channels, sourceSpatial, spatial);
                float[] b = Run(parallel, false, source, index, batch, channels, sourceSpatial, spatial);
                OperationAssert.Bitwise(a, b, what);
            }

            Same((g, i, d, b, c, s) => OperationKernels.MaxBackward2D(g, i, d, b, c, s[0], s[1]), (g, i, d, b, c, s) => OperationKernels.MaxBackward2D_Parallel(g, i, d, b, c, s[0], s[1]), gradients, pooled, indices, "max backward");
            Same((g, i, d, b, c, s) => OperationKernels.MaxBackward2D_Nhwc_Int(g, Ints(i), d, b, c, s[0], s[1]), (g, i, d, b, c, s) => OperationKernels.MaxBackward2D_Nhwc_Int_Parallel(g, Ints(i), d, b, c, s[0], s[1]), gradients, pooled, indices, "max backward, channels last");
            Same((g, i, d, b, c, s) => OperationKernels.Unpool2D_Nhwc_Int(g, Ints(i), d, b, c, s[0], s[1]), (g, i, d, b, c, s) => OperationKernels.Unpool2D_Nhwc_Int_Parallel(g, Ints(i), d, b, c, s[0], s[1]), gradients, pooled, indices, "unpooling, channels last");
            Same((g, i, d, b, c, s) => OperationKernels.AvgBackward2D_CeilExclude(g, d, b, c, s[0], s[1]), (g, i, d, b, c, s) => OperationKernels.AvgBackward2D_CeilExclude_Parallel(g, d, b, c, s[0], s[1]), TestData.Random<float>(6, planes * (int)Product(PoolReference.OutputShape(Window(PoolKind.Average, 2, 3, 2, 1, ceil: true, include: false), spatial)), specials: false, ties: false), PoolReference.OutputShape(Window(PoolKind.Average, 2, 3, 2, 1, ceil: true, include: false), spatial), [], "average backward");

            int[] unpooled = PoolReference.OutputShape(Window(PoolKind.Max, 2, 2, 2, 0), spatial);
            float[] values = TestData.Random<float>(7, planes * (int)Product(unpooled), specials: false, ties: false);
            Same((v, i, o, b, c, s) => OperationKernels.Unpool2D(v, i, o, b, c, s[0], s[1]), (v, i, o, b, c, s) => OperationKernels.Unpool2D_Parallel(v, i, o, b, c, s[0], s[1]), values, unpooled, RandomIndices(7, values.Length, Product(spatial)), "unpooling");
        }

        [Theory]
        [InlineData(-1L)]
        [InlineData(20L)]
        [InlineData(long.MaxValue)]
        [InlineData(long.MinValue)]
        public void BadIndex_ThrowsNamingIndices_BeforeAnyWrite(long bad)
        {
            // 4x5 input, 3x3 s2 p1: 2x3 outputs per plane; two planes. The bad index is in the second plane.
            var gradOutput = new float[12];
            gradOutput.AsSpan().Fill(1);
            long[] indices = RandomIndices(3, 12, 20);
            indices[9] = bad;
            float[] gradInput = Enumerable.Repeat(-7f, 41).ToArray(); // One past the end, which must stay as it is too.
            ArgumentException e = Assert.Throws<ArgumentException>(() => OperationKernels.MaxBackward2D(gradOutput, indices, gradInput, 1, 2, 4, 5));
            Assert.Equal("indices", e.ParamName);
            Assert.Contains("indices[9]", e.Message, StringComparison.Ordinal);
            Assert.All(gradInput, v => Assert.Equal(-7f, v));

            float[] output = Enumerable.Repeat(-7f, 41).ToArray();
            e = Assert.Throws<ArgumentException>(() => OperationKernels.Unpool2D_Parallel(gradOutput.AsSpan(0, 4), indices.AsSpan(6, 4), output, 1, 1, 4, 5));
            Assert.Equal("indices", e.ParamName);
            Assert.All(output, v => Assert.Equal(-7f, v));

            if (bad is >= int.MinValue and <= int.MaxValue)
            {
                int[] narrow = Ints(indices);
                e = Assert.Throws<ArgumentException>(() => OperationKernels.MaxBackward2D_Nhwc_Int(gradOutput, narrow, gradInput, 1, 2, 4, 5));
                Assert.Equal("indices", e.ParamName);
                Assert.All(gradInput, v => Assert.Equal(-7f, v));
            }
        }

        [Fact]
        public void ShortSpans_ThrowNamingThem_BeforeAnyWrite()
        {
            var gradOutput = new float[12];
            var indices = new long[12];
            float[] gradInput = Enumerable.Repeat(-7f, 40).ToArray();
            Assert.Equal("gradInput", Assert.Throws<ArgumentException>(() => OperationKernels.MaxBackward2D(gradOutput, indices, gradInput.AsSpan(0, 39), 1, 2, 4, 5)).ParamName);
            Assert.Equal("gradOutput", Assert.Throws<ArgumentException>(() => OperationKernels.MaxBackward2D(gradOutput.AsSpan(0, 11), indices, gradInput, 1, 2, 4, 5)).ParamName);
            Assert.Equal("indices", Assert.Throws<ArgumentException>(() => OperationKernels.MaxBackward2D(gradOutput, indices.AsSpan(0, 11), gradInput, 1, 2, 4, 5)).ParamName);
            Assert.Equal("gradOutput", Assert.Throws<ArgumentException>(() => OperationKernels.AvgBackward2D_CeilExclude_Nhwc(gradOutput.AsSpan(0, 11), gradInput, 1, 2, 4, 5)).ParamName);
            Assert.Equal("output", Assert.Throws<ArgumentException>(() => OperationKernels.Unpool2D(gradOutput, indices, gradInput.AsSpan(0, 19), 1, 1, 4, 5)).ParamName);
            Assert.All(gradInput, v => Assert.Equal(-7f, v));

            // gradOutput inside gradInput: rejected before gradInput is cleared.
            float[] shared = Enumerable.Repeat(-7f, 20).ToArray();
            Assert.Equal("gradInput", Assert.Throws<ArgumentException>(() => OperationKernels.MaxBackward2D(shared.AsSpan(10, 6), indices.AsSpan(0, 6), shared, 1, 1, 4, 5)).ParamName);
            Assert.All(shared, v => Assert.Equal(-7f, v));
        }
    }
}
