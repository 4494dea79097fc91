using System;
using System.Collections.Generic;
using System.Linq;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Max backward and max unpooling that read indices in <see cref="PoolAttribute.IndexOrder"/> Tensor and
    /// TensorColumnMajor (<see cref="OperationIndexOrderKernels"/>): a forward that writes indices in an order, then the
    /// backward and unpooling that read them in the same order, must give the Plane pipeline's result bit for bit and
    /// <see cref="PoolOperatorsReference"/>'s (fed the per-plane indices); the indices themselves must be the Plane ones
    /// converted by <see cref="IndexOrderReference.FromPlane"/>. Ranks 1-3, both layouts, int and long indices, the
    /// Parallel twins; an index of another plane (in range for Plane, not for the plane being processed) is an
    /// ArgumentException naming indices before anything is written.
    /// </summary>
    public sealed class OperationIndexOrderTests
    {
        private const int Batch = 2, Channels = 3;

        private static readonly PoolSpecND[] Windows =
        {
            null!,
            Window(1),
            Window(2),
            Window(3),
        };

        private static PoolSpecND Window(int rank) =>
            new(PoolKind.Max, Enumerable.Repeat(3, rank).ToArray(), Enumerable.Repeat(2, rank).ToArray(), Enumerable.Repeat(1, rank).ToArray(), Enumerable.Repeat(1, rank).ToArray(), false, true, null);

        private static int[] Spatial(int rank, int seed) => rank switch
        {
            1 => [9 + seed],
            2 => [5 + seed, 7],
            _ => [3 + seed, 4, 5],
        };

        private static long Product(int[] shape) => shape.Aggregate(1L, (p, s) => p * s);

        public static IEnumerable<object[]> Orders() =>
            Enumerable.Range(0, OperationIndexOrderTable.Cases.Count)
                .Where(i => OperationIndexOrderTable.Cases[i].Order != IndexOrderReference.Order.Plane)
                .Select(i => new object[] { i });

        /// <summary>The Plane row of the same rank and layout.</summary>
        private static OrderCase PlaneTwin(OrderCase row) =>
            OperationIndexOrderTable.Cases.Single(c => c.Rank == row.Rank && c.Last == row.Last && c.Order == IndexOrderReference.Order.Plane);

        private static PoolLayout Layout(OrderCase row) => row.Last ? PoolLayout.Nhwc : PoolLayout.Nchw;

        private static float[] InLayout(OrderCase row, float[] channelsFirst, int[] spatial) =>
            row.Last ? Layouts.ToChannelsLast<float>(channelsFirst, Batch, Channels, spatial) : channelsFirst;

        private static float[] FromLayout(OrderCase row, float[] data, int[] spatial) =>
            row.Last ? Layouts.ToChannelsFirst<float>(data, Batch, Channels, spatial) : data;

        private static float[] Read(OrderReader reader, float[] pooled, long[] indices, int fullCount, int[] spatial)
        {
            float[] full = Enumerable.Repeat(-7f, fullCount).ToArray();
            reader(pooled, indices, full, Batch, Channels, spatial);
            return full;
        }

        /// <summary>The forward with its order and with Plane on the same input: the pooled values, both indices (in the layout).</summary>
        private static (float[] Pooled, long[] Ordered, long[] Plane, int[] PooledSpatial) Forward(OrderCase row, int[] spatial, int seed)
        {
            int[] pooledSpatial = PoolReference.OutputShape(Windows[row.Rank], spatial);
            int pooledCount = (int)(Batch * Channels * Product(pooledSpatial));
            float[] input = InLayout(row, TestData.Random<float>(seed, (int)(Batch * Channels * Product(spatial)), specials: false, ties: true), spatial);
            var pooled = new float[pooledCount];
            var planePooled = new float[pooledCount];
            var ordered = new long[pooledCount];
            var plane = new long[pooledCount];
            row.Forward(input, pooled, ordered, Batch, Channels, spatial);
            PlaneTwin(row).Forward(input, planePooled, plane, Batch, Channels, spatial);
            OperationAssert.Bitwise(planePooled, pooled, $"{row}: forward values");
            Assert.Equal(IndexOrderReference.FromPlane(plane, row.Order, Batch, Channels, spatial, pooledSpatial, Layout(row)), ordered);
            return (pooled, ordered, plane, pooledSpatial);
        }

        [Theory]
        [MemberData(nameof(Orders))]
        public void ForwardThenBackwardAndUnpool_MatchPlanePipelineAndReference(int caseIndex)
        {
            OrderCase row = OperationIndexOrderTable.Cases[caseIndex];
            OrderCase planeRow = PlaneTwin(row);
            for (int seed = 1; seed <= 3; seed++)
            {
                int[] spatial = Spatial(row.Rank, seed);
                int fullCount = (int)(Batch * Channels * Product(spatial));
                (float[] pooled, long[] ordered, long[] plane, int[] pooledSpatial) = Forward(row, spatial, seed);
                long[] planeFirst = row.Last ? Layouts.ToChannelsFirst<long>(plane, Batch, Channels, pooledSpatial) : plane;

                // Backward: gradients with ties, so that an element that was the max of several windows gets their sum.
                float[] gradOutput = InLayout(row, TestData.Random<float>(seed + 10, pooled.Length, specials: false, ties: true), pooledSpatial);
                float[] backward = Read(row.Backward, gradOutput, ordered, fullCount, spatial);
                OperationAssert.Bitwise(Read(planeRow.Backward, gradOutput, plane, fullCount, spatial), backward, $"{row}: backward against Plane");
                float[] expected = PoolOperatorsReference.MaxPoolBackwardND<float>(FromLayout(row, gradOutput, pooledSpatial), planeFirst, Batch, Channels, pooledSpatial, spatial);
                OperationAssert.Bitwise(expected, FromLayout(row, backward, spatial), $"{row}: backward against the reference");

                // Unpooling the forward's own values.
                float[] unpooled = Read(row.Unpool, pooled, ordered, fullCount, spatial);
                OperationAssert.Bitwise(Read(planeRow.Unpool, pooled, plane, fullCount, spatial), unpooled, $"{row}: unpooling against Plane");
                expected = PoolOperatorsReference.MaxUnpoolND<float>(FromLayout(row, pooled, pooledSpatial), planeFirst, Batch, Channels, pooledSpatial, spatial);
                OperationAssert.Bitwise(expected, FromLayout(row, unpooled, spatial), $"{row}: unpooling against the reference");

                if (row.BackwardParallel is not null)
                {
                    OperationAssert.Bitwise(backward, Read(row.BackwardParallel, gradOutput, ordered, fullCount, spatial), $"{row}: Parallel backward");
                    OperationAssert.Bitwise(unpooled, Read(row.UnpoolParallel!, pooled, ordered, fullCount, spatial), $"{row}: Parallel unpooling");
                }
            }
        }

        /// <summary>The Parallel twins on a tensor large enough to be split into ranges, each of which starts at a later plane.</summary>
        [Theory]
        [MemberData(nameof(Orders))]
        public void ParallelTwins_OnManyPlanes_MatchSerial(int caseIndex)
        {
            OrderCase row = OperationIndexOrderTable.Cases[caseIndex];
            if (row.BackwardParallel is null)
            {
                return;
            }

            const int batch = 3, channels = 16;
            int[] spatial = [48, 50];
            int[] pooledSpatial = PoolReference.OutputShape(Windows[2], spatial);
            int pooledCount = (int)(batch * channels * Product(pooledSpatial)), fullCount = (int)(batch * channels * Product(spatial));
            float[] input = TestData.Random<float>(11, fullCount, specials: false, ties: true);
            var pooled = new float[pooledCount];
            var ordered = new long[pooledCount];
            row.Forward(input, pooled, ordered, batch, channels, spatial);
            foreach ((OrderReader serial, OrderReader parallel, string what) in new[] { (row.Backward, row.BackwardParallel, "backward"), (row.Unpool, row.UnpoolParallel!, "unpooling") })
            {
                float[] a = Enumerable.Repeat(-7f, fullCount).ToArray(), b = Enumerable.Repeat(-7f, fullCount).ToArray();
                serial(pooled, ordered, a, batch, channels, spatial);
                parallel(pooled, ordered, b, batch, channels, spatial);
                OperationAssert.Bitwise(a, b, $"{row}: Parallel {what}");
            }
        }

        /// <summary>
        /// An index of another plane (plane 0's, read at a position of a later plane; or the next plane's), which Plane order
        /// would take as in range, names no element of the plane being processed: ArgumentException naming indices, and the
        /// output untouched, serial and Parallel.
        /// </summary>
        [Theory]
        [MemberData(nameof(Orders))]
        public void IndexOfAnotherPlane_ThrowsNamingIndices_BeforeAnyWrite(int caseIndex)
        {
            OrderCase row = OperationIndexOrderTable.Cases[caseIndex];
            int[] spatial = Spatial(row.Rank, 1);
            int fullCount = (int)(Batch * Channels * Product(spatial));
            (float[] pooled, long[] ordered, _, _) = Forward(row, spatial, 1);
            long planeSize = Product(spatial);
            int last = ordered.Length - 1; // A position of the last plane (channels last too: the last image's last channel).
            var readers = new List<OrderReader> { row.Backward, row.Unpool };
            if (row.BackwardParallel is not null)
            {
                readers.Add(row.BackwardParallel);
                readers.Add(row.UnpoolParallel!);
            }

            foreach (long bad in new[] { ordered[last] % planeSize, ordered[last] - planeSize, ordered[last] + planeSize, -1L })
            {
                long[] indices = (long[])ordered.Clone();
                indices[last] = bad;
                foreach (OrderReader reader in readers)
                {
                    float[] full = Enumerable.Repeat(-7f, fullCount + 1).ToArray(); // One past the end, which must stay as it is too.
                    ArgumentException e = Assert.Throws<ArgumentException>(() => reader(pooled, indices, full, Batch, Channels, spatial));
                    Assert.Equal("indices", e.ParamName);
                    Assert.Contains($"indices[{last}]", e.Message, StringComparison.Ordinal);
                    Assert.All(full, v => Assert.Equal(-7f, v));
                }
            }
        }
    }
}
