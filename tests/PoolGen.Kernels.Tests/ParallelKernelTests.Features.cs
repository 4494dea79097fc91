using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Numerics;
using System.Threading;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>Methods of the features (ranks 1 and 3, channels last, indices, Lp/Min, clamps, Half, Global) with <c>Parallel = true</c> and their serial twins (same attribute otherwise).</summary>
    internal static partial class ParallelKernels
    {
        // Channels last, 2D: ranges of images, or of output rows when there are fewer images than tasks.
        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, Parallel = true)]
        public static partial void NhwcMaxParallel(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void NhwcMaxSerial(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // Channels last, 1D: the row ranges are ranges of the only axis (the checked run of float max is cut to them).
        [Pool(Size = 3, Stride = 1, Padding = 1, Layout = PoolLayout.Nhwc, Parallel = true)]
        public static partial void NlcMaxParallel(ReadOnlySpan<float> input, Span<float> output, int channels, int length);

        [Pool(Size = 3, Stride = 1, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void NlcMaxSerial(ReadOnlySpan<float> input, Span<float> output, int channels, int length);

        // 3D average, channels first (ranges of planes) and channels last (ranges of images, or of output depth planes).
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, Parallel = true)]
        public static partial void Average3dParallel(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1)]
        public static partial void Average3dSerial(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CountIncludePad = false, Layout = PoolLayout.Nhwc, Parallel = true)]
        public static partial void Average3dNdhwcParallel(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void Average3dNdhwcSerial(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int depth, int height, int width);

        // IndexOrder: the tensor orders count the planes before a range's first, so RunParallel hands Kernel that plane.
        [Pool(SizeH = 3, SizeW = 2, Stride = 2, Padding = 1, Parallel = true, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void TensorOrder2dParallel(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 2, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void TensorOrder2dSerial(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 1, Padding = 1, Layout = PoolLayout.Nhwc, Parallel = true, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajor2dNhwcParallel(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 1, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajor2dNhwcSerial(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(Global = true, Rank = 3, Parallel = true, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajorGlobal3dParallel(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(Global = true, Rank = 3, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajorGlobal3dSerial(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(Global = true, Layout = PoolLayout.Nhwc, Parallel = true, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void TensorGlobalNhwcParallel(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(Global = true, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void TensorGlobalNhwcSerial(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // 1D max with indices (scalar code), channels first.
        [Pool(Size = 3, Stride = 2, Padding = 1, Parallel = true)]
        public static partial void Max1dIndicesParallel(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void Max1dIndicesSerial(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        // 1D min with indices, channels last: the indices split like the outputs (by images, or by positions).
        [Pool(Kind = PoolKind.Min, Size = 4, Stride = 3, Padding = 2, Layout = PoolLayout.Nhwc, Parallel = true)]
        public static partial void Min1dNlcIndicesParallel(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Min, Size = 4, Stride = 3, Padding = 2, Layout = PoolLayout.Nhwc)]
        public static partial void Min1dNlcIndicesSerial(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // 2D Lp (P = 2) with asymmetric Pads { top, left, bottom, right }.
        [Pool(Kind = PoolKind.Lp, P = 2, Size = 3, Stride = 2, Pads = new[] { 1, 0, 2, 1 }, Parallel = true)]
        public static partial void LpPadsParallel(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Lp, P = 2, Size = 3, Stride = 2, Pads = new[] { 1, 0, 2, 1 })]
        public static partial void LpPadsSerial(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // Global average, both layouts.
        [Pool(Kind = PoolKind.Average, Global = true, Parallel = true)]
        public static partial void GlobalAverageParallel(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Global = true)]
        public static partial void GlobalAverageSerial(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Global = true, Layout = PoolLayout.Nhwc, Parallel = true)]
        public static partial void GlobalAverageNhwcParallel(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Global = true, Layout = PoolLayout.Nhwc)]
        public static partial void GlobalAverageNhwcSerial(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);
    }

    /// <summary>
    /// <c>Parallel = true</c> on the feature kernels: on shapes below and above the 65,536-element threshold (plane counts that
    /// do not divide by the core count, single images in channels-last layouts), the values and indices are those of the
    /// serial twin bit for bit and those of the reference (<see cref="PoolReference"/>) by the kind's rule, and nothing is
    /// written outside the output's and the indices' leading elements.
    /// </summary>
    public sealed partial class ParallelKernelTests
    {
        public static TheoryData<int, int, int, int> NhwcMaxShapes => new()
        {
            { 2, 5, 9, 9 },        // below the threshold
            { 1, 64, 112, 112 },   // one image of 802,816 elements (the ResNet stem's pool): ranges of output rows
            { 1, 3, 150, 161 },    // one image, fewer channels than a vector
            { 1, 1, 300, 257 },    // one channel
            { 3, 16, 60, 61 },     // three images
            { 5, 8, 40, 51 },      // five images
        };

        [Theory]
        [MemberData(nameof(NhwcMaxShapes))]
        public void NhwcMax_MatchesSerialAndReference(int batch, int channels, int height, int width)
        {
            var spec = new PoolSpecND(PoolKind.Max, [3, 3], [2, 2], [1, 1], [1, 1]);
            Check<float>(spec, PoolLayout.Nhwc, batch, channels, [height, width], specials: true,
                (i, o, _, _, b, c, s) => ParallelKernels.NhwcMaxParallel(i, o, b, c, s[0], s[1]),
                (i, o, _, _, b, c, s) => ParallelKernels.NhwcMaxSerial(i, o, b, c, s[0], s[1]));
        }

        [Theory]
        [InlineData(4, 100)]       // below the threshold
        [InlineData(8, 20_000)]    // 160,000 elements: ranges of positions
        [InlineData(3, 30_001)]    // fewer channels than a vector
        [InlineData(33, 2_001)]
        public void NlcMax_MatchesSerialAndReference(int channels, int length)
        {
            var spec = new PoolSpecND(PoolKind.Max, [3], [1], [1], [1]);
            Check<float>(spec, PoolLayout.Nhwc, 1, channels, [length], specials: true,
                (i, o, _, _, b, c, s) => ParallelKernels.NlcMaxParallel(i, o, c, s[0]),
                (i, o, _, _, b, c, s) => ParallelKernels.NlcMaxSerial(i, o, c, s[0]));
        }

        [Theory]
        [InlineData(1, 5, 17, 19, 23)]   // below the threshold
        [InlineData(2, 3, 20, 30, 30)]   // 6 planes
        [InlineData(3, 3, 16, 40, 41)]   // 9 planes
        [InlineData(1, 1, 50, 40, 40)]   // one plane: serial
        public void Average3d_MatchesSerialAndReference(int batch, int channels, int depth, int height, int width)
        {
            var spec = new PoolSpecND(PoolKind.Average, [3, 3, 3], [2, 2, 2], [1, 1, 1], [1, 1, 1]);
            Check<float>(spec, PoolLayout.Nchw, batch, channels, [depth, height, width], specials: false,
                (i, o, _, _, b, c, s) => ParallelKernels.Average3dParallel(i, o, b, c, s[0], s[1], s[2]),
                (i, o, _, _, b, c, s) => ParallelKernels.Average3dSerial(i, o, b, c, s[0], s[1], s[2]));
        }

        [Theory]
        [InlineData(1, 16, 20, 30, 30)]  // one image: ranges of output depth planes
        [InlineData(2, 8, 10, 40, 41)]   // two images
        [InlineData(3, 5, 9, 30, 31)]    // three images, channels not a multiple of a vector
        [InlineData(1, 2, 3, 4, 5)]      // below the threshold
        public void Average3dNdhwc_MatchesSerialAndReference(int batch, int channels, int depth, int height, int width)
        {
            var spec = new PoolSpecND(PoolKind.Average, [3, 3, 3], [2, 2, 2], [1, 1, 1], [1, 1, 1], CountIncludePad: false);
            Check<double>(spec, PoolLayout.Nhwc, batch, channels, [depth, height, width], specials: false,
                (i, o, _, _, b, c, s) => ParallelKernels.Average3dNdhwcParallel(i, o, b, c, s[0], s[1], s[2]),
                (i, o, _, _, b, c, s) => ParallelKernels.Average3dNdhwcSerial(i, o, b, c, s[0], s[1], s[2]));
        }

        [Theory]
        [InlineData(3, 7, 5_000)]   // 21 planes
        [InlineData(2, 3, 20_001)]  // 6 planes
        [InlineData(1, 1, 70_000)]  // one plane: serial
        [InlineData(1, 2, 11)]      // below the threshold
        public void Max1dIndices_MatchesSerialAndReference(int batch, int channels, int length)
        {
            var spec = new PoolSpecND(PoolKind.Max, [3], [2], [1], [1]);
            Check<float>(spec, PoolLayout.Nchw, batch, channels, [length], specials: true,
                (i, o, _, x, b, c, s) => ParallelKernels.Max1dIndicesParallel(i, o, x, b, c, s[0]),
                (i, o, _, x, b, c, s) => ParallelKernels.Max1dIndicesSerial(i, o, x, b, c, s[0]),
                IndexType.Int64);
        }

        [Theory]
        [InlineData(3, 7, 60, 70)]    // 21 planes
        [InlineData(1, 2, 257, 255)]  // 2 planes
        [InlineData(2, 3, 5, 4)]      // below the threshold
        public void TensorOrder2d_MatchesSerialAndReference(int batch, int channels, int height, int width)
        {
            var spec = new PoolSpecND(PoolKind.Max, [3, 2], [2, 2], [1, 1], [1, 1]);
            Check<float>(spec, PoolLayout.Nchw, batch, channels, [height, width], specials: true,
                (i, o, _, x, b, c, s) => ParallelKernels.TensorOrder2dParallel(i, o, x, b, c, s[0], s[1]),
                (i, o, _, x, b, c, s) => ParallelKernels.TensorOrder2dSerial(i, o, x, b, c, s[0], s[1]),
                IndexType.Int64, IndexOrderReference.Order.Tensor);
        }

        [Theory]
        [InlineData(1, 8, 100, 90)]  // one image: ranges of output rows
        [InlineData(4, 5, 60, 61)]   // four images
        [InlineData(2, 3, 6, 5)]     // below the threshold
        public void ColumnMajor2dNhwc_MatchesSerialAndReference(int batch, int channels, int height, int width)
        {
            var spec = new PoolSpecND(PoolKind.Min, [3, 3], [1, 1], [1, 1], [1, 1]);
            Check<float>(spec, PoolLayout.Nhwc, batch, channels, [height, width], specials: true,
                (i, o, x, _, b, c, s) => ParallelKernels.ColumnMajor2dNhwcParallel(i, o, x, b, c, s[0], s[1]),
                (i, o, x, _, b, c, s) => ParallelKernels.ColumnMajor2dNhwcSerial(i, o, x, b, c, s[0], s[1]),
                IndexType.Int32, IndexOrderReference.Order.TensorColumnMajor);
        }

        [Theory]
        [InlineData(2, 5, 20, 30, 40)]  // 10 planes
        [InlineData(1, 1, 4, 5, 6)]     // below the threshold
        public void ColumnMajorGlobal3d_MatchesSerialAndReference(int batch, int channels, int depth, int height, int width)
        {
            Check<double>(PoolSpecND.GlobalOf(PoolKind.Max, 3), PoolLayout.Nchw, batch, channels, [depth, height, width], specials: true,
                (i, o, _, x, b, c, s) => ParallelKernels.ColumnMajorGlobal3dParallel(i, o, x, b, c, s[0], s[1], s[2]),
                (i, o, _, x, b, c, s) => ParallelKernels.ColumnMajorGlobal3dSerial(i, o, x, b, c, s[0], s[1], s[2]),
                IndexType.Int64, IndexOrderReference.Order.TensorColumnMajor);
        }

        [Theory]
        [InlineData(3, 9, 60, 50)]  // three images
        [InlineData(2, 4, 5, 5)]    // below the threshold
        public void TensorGlobalNhwc_MatchesSerialAndReference(int batch, int channels, int height, int width)
        {
            Check<float>(PoolSpecND.GlobalOf(PoolKind.Max, 2), PoolLayout.Nhwc, batch, channels, [height, width], specials: true,
                (i, o, x, _, b, c, s) => ParallelKernels.TensorGlobalNhwcParallel(i, o, x, b, c, s[0], s[1]),
                (i, o, x, _, b, c, s) => ParallelKernels.TensorGlobalNhwcSerial(i, o, x, b, c, s[0], s[1]),
                IndexType.Int32, IndexOrderReference.Order.Tensor);
        }

        [Theory]
        [InlineData(1, 6, 20_000)]  // one image: ranges of positions
        [InlineData(3, 5, 9_001)]   // three images
        [InlineData(2, 3, 10)]      // below the threshold
        public void Min1dNlcIndices_MatchesSerialAndReference(int batch, int channels, int length)
        {
            var spec = new PoolSpecND(PoolKind.Min, [4], [3], [2], [1]);
            Check<float>(spec, PoolLayout.Nhwc, batch, channels, [length], specials: true,
                (i, o, x, _, b, c, s) => ParallelKernels.Min1dNlcIndicesParallel(i, o, x, b, c, s[0]),
                (i, o, x, _, b, c, s) => ParallelKernels.Min1dNlcIndicesSerial(i, o, x, b, c, s[0]),
                IndexType.Int32);
        }

        [Theory]
        [InlineData(2, 3, 100, 120)]  // 6 planes
        [InlineData(1, 5, 129, 131)]  // 5 planes
        [InlineData(1, 1, 9, 9)]      // below the threshold
        public void LpPads_MatchesSerialAndReference(int batch, int channels, int height, int width)
        {
            // ONNX pads order: { top, left, bottom, right } = begins { 1, 0 }, ends { 2, 1 }.
            var spec = new PoolSpecND(PoolKind.Lp, [3, 3], [2, 2], [1, 0], [1, 1]) { PaddingEnd = [2, 1], P = 2 };
            Check<float>(spec, PoolLayout.Nchw, batch, channels, [height, width], specials: false,
                (i, o, _, _, b, c, s) => ParallelKernels.LpPadsParallel(i, o, b, c, s[0], s[1]),
                (i, o, _, _, b, c, s) => ParallelKernels.LpPadsSerial(i, o, b, c, s[0], s[1]));
        }

        [Theory]
        [InlineData(2, 3, 112, 112)]  // 6 planes
        [InlineData(1, 7, 100, 101)]  // 7 planes
        [InlineData(3, 5, 7, 7)]      // below the threshold
        public void GlobalAverage_MatchesSerialAndReference(int batch, int channels, int height, int width)
        {
            Check<float>(PoolSpecND.GlobalOf(PoolKind.Average, 2), PoolLayout.Nchw, batch, channels, [height, width], specials: false,
                (i, o, _, _, b, c, s) => ParallelKernels.GlobalAverageParallel(i, o, b, c, s[0], s[1]),
                (i, o, _, _, b, c, s) => ParallelKernels.GlobalAverageSerial(i, o, b, c, s[0], s[1]));
        }

        [Theory]
        [InlineData(3, 64, 20, 30)]   // three images
        [InlineData(5, 3, 100, 101)]  // five images, fewer channels than a vector
        [InlineData(1, 64, 56, 56)]   // one image: one output row, so serial
        [InlineData(2, 4, 5, 5)]      // below the threshold
        public void GlobalAverageNhwc_MatchesSerialAndReference(int batch, int channels, int height, int width)
        {
            Check<float>(PoolSpecND.GlobalOf(PoolKind.Average, 2), PoolLayout.Nhwc, batch, channels, [height, width], specials: false,
                (i, o, _, _, b, c, s) => ParallelKernels.GlobalAverageNhwcParallel(i, o, b, c, s[0], s[1]),
                (i, o, _, _, b, c, s) => ParallelKernels.GlobalAverageNhwcSerial(i, o, b, c, s[0], s[1]));
        }

        [Fact]
        public void ParallelFeatureKernel_ChecksArgumentsBeforeStartingTasks()
        {
            // One image of 802,816 elements, the output one element short: nothing written, the call throws at once.
            float[] input = new float[64 * 112 * 112];
            float[] output = new float[(64 * 56 * 56) - 1];
            ArgumentException e = Assert.Throws<ArgumentException>(() => ParallelKernels.NhwcMaxParallel(input, output, 1, 64, 112, 112));
            Assert.Equal("output", e.ParamName);
            Assert.All(output, value => Assert.Equal(0f, value));

            // Output overlapping the input: the overlap rule, before any task.
            float[] shared = new float[(64 * 112 * 112) + (64 * 56 * 56)];
            ArgumentException overlap = Assert.Throws<ArgumentException>(() =>
                ParallelKernels.NhwcMaxParallel(shared, shared.AsSpan(64 * 112 * 112 - 1), 1, 64, 112, 112));
            Assert.Equal("output", overlap.ParamName);
            Assert.All(shared, value => Assert.Equal(0f, value));
        }

        [Theory]
        [InlineData(1_000_000, 1)]
        [InlineData(64, 12_544)]
        [InlineData(56, 200_000)]
        [InlineData(3, 100)]
        [InlineData(0, 100)]
        public void ForRanges_SplitsTheItemsIntoDisjointRangesThatCoverThemAll(int items, long inputPerItem)
        {
            // The runtime side of Parallel: each range once, together [0, items). Tasks (threads): one per core at most, and none
            // with fewer than MinimumElementsPerTask input elements unless that leaves one. Ranges: one when there is one task,
            // else up to RangesPerTask per task, none under MinimumElementsPerTask input elements unless that leaves fewer
            // ranges than tasks.
            long perRange = Math.Max(1, PoolParallel.MinimumElementsPerTask / inputPerItem);
            int expectedTasks = (int)Math.Max(1, Math.Min(Math.Min(Environment.ProcessorCount, items), items / perRange));
            Assert.Equal(expectedTasks, PoolParallel.Tasks(items, inputPerItem));
            int expectedRanges = expectedTasks == 1 ? 1 : (int)Math.Max(expectedTasks, Math.Min(Math.Min(items, expectedTasks * PoolParallel.RangesPerTask), items / perRange));
            Assert.Equal(expectedRanges, PoolParallel.Ranges(items, inputPerItem, expectedTasks));

            float[] input = new float[10], output = new float[10];
            long[] indices = new long[10];
            var ranges = new ConcurrentBag<(int First, int End)>();
            PoolParallel.ForRanges<float>(input, output, items, inputPerItem, (i, o, first, end) =>
            {
                Assert.Equal(10, i.Length);
                Assert.Equal(10, o.Length);
                ranges.Add((first, end));
            });
            AssertPartition(ranges, items, expectedRanges);

            ranges.Clear();
            PoolParallel.ForRanges<float, long>(input, output, indices, items, inputPerItem, (i, o, x, first, end) =>
            {
                Assert.Equal(10, x.Length);
                ranges.Add((first, end));
            });
            AssertPartition(ranges, items, expectedRanges);
        }

        [Fact]
        public void ForRanges_ThrowsARangesExceptionOnTheCallingThreadAfterEveryOtherRangeHasRun()
        {
            // 64 items of 16384 elements: one task per core and RangesPerTask ranges each (on a machine with more than one core).
            int items = 64, tasks = PoolParallel.Tasks(items, PoolParallel.MinimumElementsPerTask);
            int expectedRanges = PoolParallel.Ranges(items, PoolParallel.MinimumElementsPerTask, tasks);
            var ranges = new ConcurrentBag<(int First, int End)>();
            InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => PoolParallel.ForRanges<float>(new float[4], new float[4], items, PoolParallel.MinimumElementsPerTask, (i, o, first, end) =>
            {
                ranges.Add((first, end));
                if (first == 0)
                {
                    throw new InvalidOperationException("range 0");
                }
            }));
            Assert.Equal("range 0", error.Message);
            AssertPartition(ranges, items, expectedRanges);
        }

        [Fact]
        public void ForRanges_ReturnsOnlyAfterEveryRangeHasEnded_WhenOneOutlastsTheCallersSpin()
        {
            // The calling thread's first range waits until a helper has taken a range, which then sleeps 30 ms: longer
            // than the caller spins at the end (at most 1 ms), so the caller has to block until that range ends. Every range
            // is recorded at its end, and all of them must be there when ForRanges returns.
            int items = 64, tasks = PoolParallel.Tasks(items, PoolParallel.MinimumElementsPerTask);
            int expectedRanges = PoolParallel.Ranges(items, PoolParallel.MinimumElementsPerTask, tasks);
            var meeting = new Meeting();
            var ranges = new ConcurrentBag<(int First, int End)>();
            PoolParallel.ForRanges<float>(new float[4], new float[4], items, PoolParallel.MinimumElementsPerTask, (i, o, first, end) =>
            {
                if (tasks > 1)
                {
                    meeting.Meet();
                }

                Thread.Sleep(meeting.OnCaller ? 2 : 30);
                ranges.Add((first, end));
            });
            AssertPartition(ranges, items, expectedRanges);
            Assert.Equal(tasks > 1, meeting.HelperCame);
        }

        [Fact]
        public void ForRanges_EachThreadTakesItsOwnBlockFromTheFront_AndOnlyThenOthersRanges()
        {
            // Each thread's home block of consecutive ranges (the calling thread the first, each helper another) is taken
            // from the front, so a thread keeps the same part of the data from call to call; only an empty home block sends
            // it to other blocks. The caller's first range waits until a helper has started one, so that both run.
            int items = 64, tasks = PoolParallel.Tasks(items, PoolParallel.MinimumElementsPerTask);
            int ranges = PoolParallel.Ranges(items, PoolParallel.MinimumElementsPerTask, tasks);
            int caller = Environment.CurrentManagedThreadId;
            var meeting = new Meeting();
            var taken = new ConcurrentQueue<(int Thread, int Range)>();
            var all = new ConcurrentBag<(int First, int End)>();
            PoolParallel.ForRanges<float>(new float[4], new float[4], items, PoolParallel.MinimumElementsPerTask, (i, o, first, end) =>
            {
                int range = Enumerable.Range(0, ranges).Single(r => (long)items * r / ranges == first);
                taken.Enqueue((Environment.CurrentManagedThreadId, range));
                if (tasks > 1 && (range == 0 || !meeting.OnCaller))
                {
                    Assert.True(meeting.Meet(), "no helper came");
                }

                all.Add((first, end));
            });
            AssertPartition(all, items, ranges);

            // Block b is [ranges*b/tasks, ranges*(b+1)/tasks). A thread runs its home block's ranges in order from the
            // front, unless others emptied it first (a helper that starts late, with more than two threads), then ranges of
            // other blocks from their backs: descending within each block, never from its own block again.
            int BlockOf(int range) => Enumerable.Range(0, tasks).Last(b => ranges * b / tasks <= range);
            foreach (IGrouping<int, int> thread in taken.GroupBy(t => t.Thread, t => t.Range))
            {
                int[] sequence = thread.ToArray();
                int block = BlockOf(sequence[0]), home = 0;
                if (sequence[0] == ranges * block / tasks && (block == 0) == (thread.Key == caller))
                {
                    home = 1;
                    while (home < sequence.Length && sequence[home] == sequence[home - 1] + 1 && BlockOf(sequence[home]) == block)
                    {
                        home++;
                    }
                }

                string order = string.Join(",", sequence);
                int[] others = sequence.Skip(home).ToArray();
                Assert.All(others, range => Assert.True(home == 0 || BlockOf(range) != block, $"range {range} of its own block after taking others' ({order})"));
                foreach (IGrouping<int, int> victim in others.GroupBy(BlockOf))
                {
                    Assert.True(victim.SequenceEqual(victim.OrderByDescending(r => r)), $"block {victim.Key}'s ranges not taken from its back ({order})");
                }

                // With two threads the caller holds range 0 until the helper has started, so nothing of the helper's block
                // was taken before it: it must begin at its front.
                if (tasks == 2)
                {
                    Assert.Equal(thread.Key == caller ? 0 : ranges / 2, sequence[0]);
                }
            }

            Assert.Equal(tasks > 1, meeting.HelperCame);
        }

        [Fact]
        public void ForRanges_WakesABlockedHelper()
        {
            // After a pause longer than a helper spins, the helpers are blocked; each call must wake one: the caller's range
            // waits for a helper's range, and a lost wake-up would leave it waiting until the timeout.
            int items = 64, tasks = PoolParallel.Tasks(items, PoolParallel.MinimumElementsPerTask);
            if (tasks == 1)
            {
                return; // One core: no helper exists to wake.
            }

            for (int call = 0; call < 5; call++)
            {
                Thread.Sleep(20);
                var meeting = new Meeting();
                var all = new ConcurrentBag<(int First, int End)>();
                PoolParallel.ForRanges<float>(new float[4], new float[4], items, PoolParallel.MinimumElementsPerTask, (i, o, first, end) =>
                {
                    if (first == 0 || !meeting.OnCaller)
                    {
                        Assert.True(meeting.Meet(), $"call {call}: no helper woke");
                    }

                    all.Add((first, end));
                });
                AssertPartition(all, items, PoolParallel.Ranges(items, PoolParallel.MinimumElementsPerTask, tasks));
            }
        }

        [Fact]
        public void ForRanges_FromSeveralThreadsAtOnce_EachCallRunsItsOwnRangesOnce()
        {
            // Four callers share the helpers: every call must still run each of its ranges once and return.
            int items = 64, tasks = PoolParallel.Tasks(items, PoolParallel.MinimumElementsPerTask);
            int ranges = PoolParallel.Ranges(items, PoolParallel.MinimumElementsPerTask, tasks);
            Exception? failure = null;
            var callers = Enumerable.Range(0, 4).Select(c => new Thread(() =>
            {
                try
                {
                    for (int call = 0; call < 200; call++)
                    {
                        var all = new ConcurrentBag<(int First, int End)>();
                        PoolParallel.ForRanges<float>(new float[4], new float[4], items, PoolParallel.MinimumElementsPerTask, (i, o, first, end) =>
                        {
                            Thread.SpinWait(50 * (first % 3));
                            all.Add((first, end));
                        });
                        AssertPartition(all, items, ranges);
                    }
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                }
            })).ToArray();
            Array.ForEach(callers, t => t.Start());
            Array.ForEach(callers, t => Assert.True(t.Join(TimeSpan.FromSeconds(60)), "a caller did not return"));
            Assert.Null(failure);
        }

        /// <summary>Lets a range of the calling thread wait until a helper has run a range of the same call, so that both run.</summary>
        private sealed class Meeting
        {
            private readonly int caller = Environment.CurrentManagedThreadId;
            private int helperCame;

            public bool OnCaller => Environment.CurrentManagedThreadId == caller;

            public bool HelperCame => Volatile.Read(ref helperCame) == 1;

            /// <summary>On the calling thread, waits up to 10 s for a helper's range and says whether one came; on a helper, records that it came.</summary>
            public bool Meet()
            {
                if (OnCaller)
                {
                    return SpinWait.SpinUntil(() => HelperCame, TimeSpan.FromSeconds(10));
                }

                Volatile.Write(ref helperCame, 1);
                return true;
            }
        }

        private static void AssertPartition(ConcurrentBag<(int First, int End)> ranges, int items, int count)
        {
            (int First, int End)[] sorted = ranges.OrderBy(r => r.First).ToArray();
            Assert.Equal(count, sorted.Length);
            int next = 0;
            foreach ((int first, int end) in sorted)
            {
                Assert.Equal(next, first);
                Assert.True(end >= first && (end > first || items == 0), $"range [{first}, {end})");
                next = end;
            }

            Assert.Equal(items, next);
        }

        /// <summary>
        /// Runs the parallel kernel into a guarded output (and indices), the serial twin into plain arrays, and compares: bit for
        /// bit with the twin, by the kind's rule with the reference; the guards unchanged.
        /// </summary>
        private static void Check<T>(PoolSpecND spec, PoolLayout layout, int batch, int channels, int[] spatial, bool specials,
            KernelCall<T> parallelKernel, KernelCall<T> serialKernel, IndexType indices = IndexType.None, IndexOrderReference.Order indexOrder = IndexOrderReference.Order.Plane)
            where T : unmanaged, INumber<T>
        {
            string context = $"{spec} {layout} {KernelTests.ShapeText(batch, channels, spatial)}";
            int inputLength = batch * channels * spatial.Aggregate(1, (a, b) => a * b);
            bool order = spec.Kind is PoolKind.Max or PoolKind.Min;
            T[] data = TestData.Random<T>(inputLength + (channels * 31) + spatial[0], inputLength, specials, ties: order);

            PoolSpecND concrete = spec.ForShape(spatial);
            int[] outputShape = PoolReference.OutputShape(concrete, spatial);
            int length = batch * channels * outputShape.Aggregate(1, (a, b) => a * b);
            int length32 = indices == IndexType.Int32 ? length : 0, length64 = indices == IndexType.Int64 ? length : 0;

            var serial = new T[length];
            var serial32 = new int[length32];
            var serial64 = new long[length64];
            serialKernel(data, serial, serial32, serial64, batch, channels, spatial);

            T[] buffer = Guarded(length, T.CreateTruncating(77));
            int[] buffer32 = Guarded(length32, IndexMarker);
            long[] buffer64 = Guarded(length64, (long)IndexMarker);
            parallelKernel(data, buffer.AsSpan(Guard, length), buffer32.AsSpan(Guard, length32), buffer64.AsSpan(Guard, length64), batch, channels, spatial);

            CheckGuards(buffer, length, T.CreateTruncating(77), context + ": output");
            CheckGuards(buffer32, length32, IndexMarker, context + ": int indices");
            CheckGuards(buffer64, length64, (long)IndexMarker, context + ": long indices");
            T[] output = buffer.AsSpan(Guard, length).ToArray();
            Compare.Bitwise<T>(serial, output, $"{context}: parallel vs serial");
            long[] actualIndices = indices == IndexType.Int32
                ? buffer32.AsSpan(Guard, length).ToArray().Select(i => (long)i).ToArray()
                : buffer64.AsSpan(Guard, length64).ToArray();
            long[] serialIndices = indices == IndexType.Int32 ? serial32.Select(i => (long)i).ToArray() : serial64;
            Assert.True(serialIndices.AsSpan().SequenceEqual(actualIndices), $"{context}: parallel vs serial indices");

            // The reference, on channels-first data, its result put back in the kernel's layout.
            bool last = layout == PoolLayout.Nhwc;
            T[] nchw = last ? Layouts.ToChannelsFirst<T>(data, batch, channels, spatial) : data;
            T[] expected = PoolReference.PoolND(concrete, nchw, batch, channels, spatial);
            expected = last ? Layouts.ToChannelsLast<T>(expected, batch, channels, outputShape) : expected;
            switch (spec.Kind)
            {
                case PoolKind.Max:
                case PoolKind.Min:
                    Compare.Bitwise<T>(expected, output, $"{context}: parallel vs reference");
                    break;
                case PoolKind.Average:
                    // Any order of the additions is within 2 * taps * epsilon of the same average over |tap| (docs/semantics.md).
                    int taps = concrete.Kernel.Aggregate(1, (a, b) => a * b);
                    double epsilon = typeof(T) == typeof(float) ? Math.Pow(2, -24) : Math.Pow(2, -53);
                    T[] magnitudes = Array.ConvertAll(nchw, T.Abs);
                    T[] scale = PoolReference.PoolND(concrete, magnitudes, batch, channels, spatial);
                    scale = last ? Layouts.ToChannelsLast<T>(scale, batch, channels, outputShape) : scale;
                    Compare.CloseToScale<T>(expected, output, scale, Math.Max(KernelTests.AverageTolerance<T>(), 2 * taps * epsilon), $"{context}: parallel vs reference");
                    break;
                default:
                    Compare.Close<T>(expected, output, KernelTests.LpTolerance<T>(), $"{context}: parallel vs reference");
                    break;
            }

            if (indices != IndexType.None)
            {
                long[] expectedIndices = IndexOrderReference.FromPlane(PoolReference.IndicesND(concrete, nchw, batch, channels, spatial), indexOrder, batch, channels, spatial, outputShape);
                expectedIndices = last ? Layouts.ToChannelsLast<long>(expectedIndices, batch, channels, outputShape) : expectedIndices;
                Assert.True(expectedIndices.AsSpan().SequenceEqual(actualIndices), $"{context}: parallel indices vs reference");
            }
        }

        private const int IndexMarker = 0x5A5A5A5A;

        /// <summary>An array of <paramref name="length"/> elements between two guards of <see cref="Guard"/>, all <paramref name="marker"/>.</summary>
        private static TElement[] Guarded<TElement>(int length, TElement marker)
        {
            var buffer = new TElement[length + (2 * Guard)];
            Array.Fill(buffer, marker);
            return buffer;
        }

        private static void CheckGuards<TElement>(TElement[] buffer, int length, TElement marker, string context)
            where TElement : IEquatable<TElement>
        {
            for (int i = 0; i < Guard; i++)
            {
                Assert.True(buffer[i].Equals(marker), $"{context}: element {i - Guard} (before the first) was written");
                Assert.True(buffer[Guard + length + i].Equals(marker), $"{context}: element {length + i} (after the last) was written");
            }
        }
    }
}
