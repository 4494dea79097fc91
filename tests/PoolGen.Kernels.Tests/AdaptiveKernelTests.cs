using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Adaptive pooling (OutputSize*): every kernel of <see cref="AdaptiveKernels"/> against
    /// <c>PoolOperatorsReference.AdaptivePoolND</c>/<c>AdaptiveIndicesND</c> bit for bit on random data with NaN and
    /// infinities, over input sizes that the output size divides, that it does not, and that are smaller than it; Parallel
    /// against serial; the tensor form against the span form. The libtorch oracle's adaptive cases run in
    /// <see cref="AdaptiveOracleKernelTests"/>.
    /// </summary>
    public sealed class AdaptiveKernelTests
    {
        public static TheoryData<string> Names()
        {
            var data = new TheoryData<string>();
            foreach (AdaptiveEntry entry in AdaptiveKernelTable.All)
            {
                data.Add(entry.Name);
            }

            return data;
        }

        /// <summary>Input sizes per rank: divisible by the output sizes above, not divisible, smaller than the output, 1.</summary>
        private static IEnumerable<int[]> Spatial(int rank) => rank switch
        {
            1 => [[1], [3], [5], [7], [13], [20], [64]],
            2 => [[13, 13], [14, 14], [5, 3], [1, 1], [20, 9], [7, 16], [12, 30]],
            _ => [[5, 4, 6], [1, 2, 3], [3, 7, 9], [6, 6, 10]],
        };

        [Theory]
        [MemberData(nameof(Names))]
        public void MatchesReference(string name)
        {
            AdaptiveEntry entry = AdaptiveKernelTable.ByName[name];
            IEnumerable<int[]> shapes = entry.Shape.AllSpatialFixed ? [entry.Shape.Fixed] : Spatial(entry.Rank);
            int seed = 1;
            foreach (int[] spatial in shapes)
            {
                // Channels: 1, and 19 (vectors of channels and a remainder, channels last).
                foreach (int channels in entry.Shape.HasChannels ? new[] { 1, 19 } : [entry.Shape.ImpliedChannels])
                {
                    int batch = entry.Shape.HasBatch ? 2 : 1;
                    if (!entry.ExactSumsOnly)
                    {
                        entry.CheckAgainstReference(seed++, batch, channels, spatial, ties: false);
                    }

                    entry.CheckAgainstReference(seed++, batch, channels, spatial, ties: true);
                }
            }
        }

        [Fact]
        public void EveryKernelIsInTheTable()
        {
            var declared = typeof(AdaptiveKernels).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Select(m => m.Name)
                .Where(n => !n.EndsWith("_Parallel", StringComparison.Ordinal) && !n.EndsWith("_Tensor", StringComparison.Ordinal) && !n.StartsWith("Lp", StringComparison.Ordinal))
                .OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(declared, AdaptiveKernelTable.All.Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal));
        }

        /// <summary>Below and above the parallel threshold (65,536 input elements): the same bits and indices as the serial kernel.</summary>
        [Theory]
        [InlineData(1, 3, 13, 11)]
        [InlineData(2, 40, 37, 41)]
        [InlineData(1, 64, 56, 56)]
        [InlineData(3, 5, 130, 70)]
        public void Parallel_MatchesSerial2D(int batch, int channels, int height, int width)
        {
            int[] spatial = [height, width];
            float[] input = TestData.Random<float>(height * 31 + width, batch * channels * height * width, specials: true, ties: false);
            int outputLength = batch * channels * 49;
            float[] serial = new float[outputLength], parallel = new float[outputLength];
            AdaptiveKernels.Avg_Nhwc_Out7(input, serial, batch, channels, height, width);
            AdaptiveKernels.Avg_Nhwc_Out7_Parallel(input, parallel, batch, channels, height, width);
            AdaptiveRun.AssertSame(serial, parallel, "Avg_Nhwc_Out7_Parallel");

            long[] serialIndices = new long[outputLength], parallelIndices = new long[outputLength];
            AdaptiveKernels.Max_Nchw_Out7_Long(input, serial, serialIndices, batch, channels, height, width);
            AdaptiveKernels.Max_Nchw_Out7_Long_Parallel(input, parallel, parallelIndices, batch, channels, height, width);
            AdaptiveRun.AssertSame(serial, parallel, "Max_Nchw_Out7_Long_Parallel");
            Assert.Equal(serialIndices, parallelIndices);

            // And both against the reference.
            ((AdaptiveEntry<float>)AdaptiveKernelTable.ByName[nameof(AdaptiveKernels.Avg_Nhwc_Out7)]).CheckAgainstReference(5, batch, channels, spatial, ties: false);
        }

        [Theory]
        [InlineData(1, 2, 30)]
        [InlineData(2, 64, 700)]
        [InlineData(1, 9, 9000)]
        public void Parallel_MatchesSerial1D(int batch, int channels, int length)
        {
            float[] input = TestData.Random<float>(length, batch * channels * length, specials: true, ties: true);
            int outputLength = batch * channels * 5;
            float[] serial = new float[outputLength], parallel = new float[outputLength];
            long[] serialIndices = new long[outputLength], parallelIndices = new long[outputLength];
            AdaptiveKernels.Max1D_Nlc_Out5(input, serial, serialIndices, batch, channels, length);
            AdaptiveKernels.Max1D_Nlc_Out5_Parallel(input, parallel, parallelIndices, batch, channels, length);
            AdaptiveRun.AssertSame(serial, parallel, "Max1D_Nlc_Out5_Parallel");
            Assert.Equal(serialIndices, parallelIndices);
        }

        [Theory]
        [InlineData(2, 19, 13, 15)]
        [InlineData(1, 3, 5, 4)]
        public void Tensor_MatchesSpan(int batch, int channels, int height, int width)
        {
            float[] input = TestData.Random<float>(7, batch * channels * height * width, specials: true, ties: false);
            int outputLength = batch * channels * 49;

            // Channels last: [N, H, W, C], and [H, W, C] without the batch axis.
            float[] span = new float[outputLength], tensor = new float[outputLength];
            AdaptiveKernels.Avg_Nhwc_Out7(input, span, batch, channels, height, width);
            AdaptiveKernels.Avg_Nhwc_Out7_Tensor(new ReadOnlyTensorSpan<float>(input, [batch, height, width, channels]), new TensorSpan<float>(tensor, [batch, 7, 7, channels]));
            AdaptiveRun.AssertSame(span, tensor, "Avg_Nhwc_Out7_Tensor");
            float[] first = new float[channels * 49];
            AdaptiveKernels.Avg_Nhwc_Out7_Tensor(new ReadOnlyTensorSpan<float>(input.AsSpan(0, height * width * channels), [height, width, channels]), new TensorSpan<float>(first, [7, 7, channels]));
            AdaptiveRun.AssertSame(span[..first.Length], first, "Avg_Nhwc_Out7_Tensor without batch");

            long[] spanIndices = new long[outputLength], tensorIndices = new long[outputLength];
            AdaptiveKernels.Max_Nchw_Out7_Long(input, span, spanIndices, batch, channels, height, width);
            AdaptiveKernels.Max_Nchw_Out7_Long_Tensor(
                new ReadOnlyTensorSpan<float>(input, [batch, channels, height, width]),
                new TensorSpan<float>(tensor, [batch, channels, 7, 7]),
                new TensorSpan<long>(tensorIndices, [batch, channels, 7, 7]));
            AdaptiveRun.AssertSame(span, tensor, "Max_Nchw_Out7_Long_Tensor");
            Assert.Equal(spanIndices, tensorIndices);
        }

        [Fact]
        public void Tensor_RejectsAnOutputOfAnotherSize()
        {
            float[] input = new float[2 * 13 * 13], output = new float[2 * 6 * 7];
            var e = Assert.Throws<ArgumentException>(() => AdaptiveKernels.Avg_Nhwc_Out7_Tensor(new ReadOnlyTensorSpan<float>(input, [13, 13, 2]), new TensorSpan<float>(output, [6, 7, 2])));
            Assert.Contains("[7, 7, 2]", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Run_ChecksSizesAgainstTheOutputSize()
        {
            float[] input = new float[3 * 13 * 13];
            // An input size of 0 is rejected; 1 is the minimum.
            Assert.Throws<ArgumentOutOfRangeException>(() => AdaptiveKernels.Avg_Nchw_Out7(input, new float[3 * 49], 1, 3, 0, 13));
            AdaptiveKernels.Avg_Nchw_Out7(input, new float[3 * 49], 1, 3, 1, 1);

            // The output holds batch * channels * 7 * 7, whatever the input size.
            var e = Assert.Throws<ArgumentException>(() => AdaptiveKernels.Avg_Nchw_Out7(input, new float[3 * 49 - 1], 1, 3, 13, 13));
            Assert.Equal("output", e.ParamName);
            var i = Assert.Throws<ArgumentException>(() => AdaptiveKernels.Max_Nchw_Out7_Long(input, new float[3 * 49], new long[3 * 49 - 1], 1, 3, 13, 13));
            Assert.Equal("indices", i.ParamName);
        }
    }
}
