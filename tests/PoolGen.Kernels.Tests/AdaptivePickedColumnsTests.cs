using System;
using System.Linq;
using System.Numerics.Tensors;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Channels-first adaptive kernels without indices (the picked-columns traversal when vectorized, the scalar loops in
    /// PoolGen.Kernels.Scalar.Tests) on the shapes that reach its edges, against <c>PoolOperatorsReference.AdaptivePoolND</c>
    /// bit for bit: many planes in several blocks and a count that is no multiple of the four planes reduced together,
    /// NaN in a few planes only (the others take the plain MAXPS/MINPS), outputs more than inputs, one-wide windows, windows
    /// too long to pick (the scalar loops), and the Parallel and tensor twins against the serial span kernel.
    /// </summary>
    public sealed class AdaptivePickedColumnsTests
    {
        [Theory]
        [InlineData(3, 45, 14, 14)] // 135 planes: blocks of 20, a last one of 15.
        [InlineData(1, 7, 13, 13)]
        [InlineData(2, 33, 3, 2)] // More outputs than inputs, windows of one.
        [InlineData(1, 5, 1, 40)] // One row; 40 wide: 9 outputs span more than 16 inputs, the scalar loops.
        [InlineData(2, 9, 9, 17)] // 17 to 9: windows of 2 and 3.
        [InlineData(1, 3, 5, 16)]
        public void ManyPlanes_MatchReference(int batch, int channels, int height, int width)
        {
            int[] spatial = [height, width];
            int seed = (height * 41) + width;
            foreach (string name in new[] { nameof(AdaptiveKernels.Avg_Nchw_Out7), nameof(AdaptiveKernels.Max_Nchw_Out5x9), nameof(AdaptiveKernels.AvgF64_Nchw_Out3x5), nameof(AdaptiveKernels.MaxI32_Nchw_Out6) })
            {
                AdaptiveEntry entry = AdaptiveKernelTable.ByName[name];
                entry.CheckAgainstReference(seed++, batch, channels, spatial, ties: false);
                entry.CheckAgainstReference(seed++, batch, channels, spatial, ties: true);
            }
        }

        /// <summary>
        /// Inputs exactly twice the outputs along the last axis (n == 2m: every window 2 long, the shuffled PairedPlanes body
        /// plane by plane, the last plane or so in the tables' block loops)
        /// on every axis, on some only, and on none, ranks 1 to 3, float, double, int and long, average, max and min, plane
        /// counts that are odd and no multiple of four, NaN and infinities (specials), against the reference bit for bit.
        /// </summary>
        [Theory]
        [InlineData(nameof(AdaptiveKernels.Avg_Nchw_Out7), 1, 5, new[] { 14, 14 })] // All axes pairs: ResNet's 14x14 -> 7x7.
        [InlineData(nameof(AdaptiveKernels.Avg_Nchw_Out7), 3, 45, new[] { 14, 14 })] // 135 planes in several blocks.
        [InlineData(nameof(AdaptiveKernels.Avg_Nchw_Out7), 1, 7, new[] { 13, 14 })] // The last axis only.
        [InlineData(nameof(AdaptiveKernels.Avg_Nchw_Out7), 1, 7, new[] { 14, 13 })] // Not the last axis: the tables.
        [InlineData(nameof(AdaptiveKernels.AvgF64_Nchw_Out3x5), 2, 3, new[] { 6, 10 })] // Double: 5 outputs, the last group moved back.
        [InlineData(nameof(AdaptiveKernels.AvgF64_Nchw_Out3x5), 1, 9, new[] { 7, 10 })]
        [InlineData(nameof(AdaptiveKernels.AvgF64_1D_Ncl_Out7), 1, 13, new[] { 14 })]
        [InlineData(nameof(AdaptiveKernels.Min1D_Ncl_Out11), 3, 3, new[] { 22 })] // Rank 1: rows of 22 end past a vector's pairs.
        [InlineData(nameof(AdaptiveKernels.Max_Nchw_Out5x9), 1, 11, new[] { 10, 18 })]
        [InlineData(nameof(AdaptiveKernels.Max_Nchw_Out5x9), 2, 5, new[] { 11, 18 })]
        [InlineData(nameof(AdaptiveKernels.MaxI32_Nchw_Out6), 1, 7, new[] { 12, 12 })]
        [InlineData(nameof(AdaptiveKernels.MinI64_1D_Ncl_Out9), 1, 5, new[] { 18 })]
        [InlineData(nameof(AdaptiveKernels.Avg3d_Ncdhw_Out2x3x4), 1, 7, new[] { 4, 6, 8 })] // Rank 3, all axes pairs.
        [InlineData(nameof(AdaptiveKernels.Avg3d_Ncdhw_Out2x3x4), 2, 3, new[] { 5, 7, 8 })] // Rank 3, the last axis only.
        [InlineData(nameof(AdaptiveKernels.MinF64_3d_Ncdhw_Out3x2x9), 1, 3, new[] { 6, 4, 18 })]
        public void PairedWindows_MatchReference(string name, int batch, int channels, int[] spatial)
        {
            AdaptiveEntry entry = AdaptiveKernelTable.ByName[name];
            int seed = spatial.Aggregate(channels, (s, x) => (s * 31) + x);
            entry.CheckAgainstReference(seed, batch, channels, spatial, ties: false);
            entry.CheckAgainstReference(seed + 1, batch, channels, spatial, ties: true);
        }

        /// <summary>
        /// Average over subnormal inputs with pairs on every axis: sums and quotients that are subnormal (the halvings round),
        /// the same bits as the reference's sum divided by the window's lengths.
        /// </summary>
        [Theory]
        [InlineData(1, 5, 14, 14)]
        [InlineData(1, 3, 13, 14)]
        public void PairedWindows_Subnormals_MatchReference(int batch, int channels, int height, int width)
        {
            int length = batch * channels * height * width;
            var random = new Random(height + width);
            float[] single = new float[length];
            double[] wide = new double[length];
            for (int i = 0; i < length; i++)
            {
                int ulps = random.Next(-40, 41); // Multiples of the smallest subnormal: odd ones halve inexactly.
                single[i] = i % 7 == 0 ? -float.Epsilon * ulps * 1000 : float.Epsilon * ulps;
                wide[i] = i % 7 == 0 ? -double.Epsilon * ulps * 1000 : double.Epsilon * ulps;
            }

            var entry = (AdaptiveEntry<float>)AdaptiveKernelTable.ByName[nameof(AdaptiveKernels.Avg_Nchw_Out7)];
            float[] output = new float[batch * channels * 49];
            entry.Call(single, output, [], [], batch, channels, [height, width]);
            (float[] expected, _) = AdaptiveRun.Reference(entry, single, batch, channels, [height, width]);
            AdaptiveRun.AssertSame(expected, output, "Avg_Nchw_Out7 on subnormals");
            Assert.Contains(output, x => x != 0 && float.IsSubnormal(x));

            var doubles = (AdaptiveEntry<double>)AdaptiveKernelTable.ByName[nameof(AdaptiveKernels.AvgF64_1D_Ncl_Out7)];
            double[] line = new double[batch * channels * height * 7];
            doubles.Call(wide, line, [], [], batch, channels * height, [width]);
            (double[] expectedLine, _) = AdaptiveRun.Reference(doubles, wide, batch, channels * height, [width]);
            AdaptiveRun.AssertSame(expectedLine, line, "AvgF64_1D_Ncl_Out7 on subnormals");
            Assert.Contains(line, x => x != 0 && double.IsSubnormal(x));
        }

        /// <summary>
        /// Max and min with NaN in some planes only: each group of four planes takes the exact step when one of them holds a
        /// NaN, else the plain one; NaN propagates, and ties between -0.0 and +0.0 keep the first tap.
        /// </summary>
        [Theory]
        [InlineData(1, 11, 14, 14)]
        [InlineData(2, 13, 13, 29)]
        [InlineData(1, 6, 2, 9)]
        [InlineData(1, 11, 10, 18)] // Max: windows of 2 on both axes (PairedPlanes).
        [InlineData(2, 3, 10, 22)] // Min: rows of 22 to 11, windows of 2 (PairedPlanes).
        public void NaNInSomePlanes_MatchesReference(int batch, int channels, int height, int width)
        {
            int planes = batch * channels, plane = height * width;
            float[] input = TestData.Random<float>(planes + width, planes * plane, specials: false, ties: true);
            var random = new Random(height);
            for (int p = 0; p < planes; p += 3)
            {
                input[(p * plane) + random.Next(plane)] = float.NaN; // Planes 0, 3, 6, ...
            }

            input[plane + 1] = -0.0f; // Signed zeros where a window may hold both.
            input[plane + 2] = 0.0f;
            int[] spatial = [height, width];
            var entry = (AdaptiveEntry<float>)AdaptiveKernelTable.ByName[nameof(AdaptiveKernels.Max_Nchw_Out5x9)];
            float[] output = new float[planes * 45];
            entry.Call(input, output, [], [], batch, channels, spatial);
            (float[] expected, _) = AdaptiveRun.Reference(entry, input, batch, channels, spatial);
            AdaptiveRun.AssertSame(expected, output, "Max_Nchw_Out5x9 with NaN in some planes");

            float[] line = new float[planes * height * 11];
            var min = (AdaptiveEntry<float>)AdaptiveKernelTable.ByName[nameof(AdaptiveKernels.Min1D_Ncl_Out11)];
            min.Call(input, line, [], [], batch, channels * height, [width]);
            (float[] expectedLine, _) = AdaptiveRun.Reference(min, input, batch, channels * height, [width]);
            AdaptiveRun.AssertSame(expectedLine, line, "Min1D_Ncl_Out11 with NaN in some rows");
        }

        /// <summary>
        /// Lp with P 1 and 2 (no adaptive Lp in libtorch): the reference sums in double, so the bound is the Lp kernels'
        /// (<c>KernelTests.LpTolerance</c>, relative), on data without NaN or infinities.
        /// </summary>
        [Theory]
        [InlineData(2, 9, 13, 17)]
        [InlineData(1, 5, 4, 40)]
        [InlineData(3, 3, 2, 3)]
        public void Lp_MatchesReferenceWithinTolerance(int batch, int channels, int height, int width)
        {
            float[] input = TestData.Random<float>(height * width, batch * channels * height * width, specials: false, ties: false);
            float[] output = new float[batch * channels * 40];
            AdaptiveKernels.Lp2_Nchw_Out4x10(input, output, batch, channels, height, width);
            float[] expected = PoolOperatorsReference.AdaptivePoolND<float>(PoolKind.Lp, input, batch, channels, [height, width], [4, 10], p: 2);
            Compare.Close<float>(expected, output, KernelTests.LpTolerance<float>(), "Lp2_Nchw_Out4x10");

            int[] spatial = [height, width, height + 2];
            double[] cube = TestData.Random<double>(width, batch * channels * spatial[0] * spatial[1] * spatial[2], specials: false, ties: false);
            double[] pooled = new double[batch * channels * 27];
            AdaptiveKernels.Lp1F64_3d_Ncdhw_Out3(cube, pooled, batch, channels, spatial[0], spatial[1], spatial[2]);
            double[] reference = PoolOperatorsReference.AdaptivePoolND<double>(PoolKind.Lp, cube, batch, channels, spatial, [3, 3, 3], p: 1);
            Compare.Close<double>(reference, pooled, KernelTests.LpTolerance<double>(), "Lp1F64_3d_Ncdhw_Out3");
        }

        /// <summary>Below and above the parallel threshold (65,536 input elements): the same bits as the serial kernel.</summary>
        [Theory]
        [InlineData(1, 3, 13, 11)]
        [InlineData(2, 200, 14, 14)]
        [InlineData(3, 61, 19, 23)]
        public void Parallel_MatchesSerial(int batch, int channels, int height, int width)
        {
            float[] input = TestData.Random<float>(height + width, batch * channels * height * width, specials: true, ties: false);
            float[] serial = new float[batch * channels * 49], parallel = new float[batch * channels * 49];
            AdaptiveKernels.Avg_Nchw_Out7(input, serial, batch, channels, height, width);
            AdaptiveKernels.Avg_Nchw_Out7_Parallel(input, parallel, batch, channels, height, width);
            AdaptiveRun.AssertSame(serial, parallel, "Avg_Nchw_Out7_Parallel");

            serial = new float[batch * channels * 45];
            parallel = new float[batch * channels * 45];
            AdaptiveKernels.Max_Nchw_Out5x9(input, serial, batch, channels, height, width);
            AdaptiveKernels.Max_Nchw_Out5x9_Parallel(input, parallel, batch, channels, height, width);
            AdaptiveRun.AssertSame(serial, parallel, "Max_Nchw_Out5x9_Parallel");
            ((AdaptiveEntry<float>)AdaptiveKernelTable.ByName[nameof(AdaptiveKernels.Max_Nchw_Out5x9)]).CheckAgainstReference(3, batch, channels, [height, width], ties: false);
        }

        [Theory]
        [InlineData(2, 19, 13, 15)]
        [InlineData(1, 3, 14, 14)]
        public void Tensor_MatchesSpan(int batch, int channels, int height, int width)
        {
            float[] input = TestData.Random<float>(11, batch * channels * height * width, specials: true, ties: false);
            float[] span = new float[batch * channels * 49], tensor = new float[batch * channels * 49];
            AdaptiveKernels.Avg_Nchw_Out7(input, span, batch, channels, height, width);
            AdaptiveKernels.Avg_Nchw_Out7_Tensor(new ReadOnlyTensorSpan<float>(input, [batch, channels, height, width]), new TensorSpan<float>(tensor, [batch, channels, 7, 7]));
            AdaptiveRun.AssertSame(span, tensor, "Avg_Nchw_Out7_Tensor");
        }
    }
}
