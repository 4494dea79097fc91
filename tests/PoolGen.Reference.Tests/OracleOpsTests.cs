using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;

namespace PoolGen.Reference.Tests
{
    /// <summary>
    /// <see cref="PoolOperatorsReference"/> against every case libtorch computed (<c>Oracle/pytorch-pooling-ops.jsonl</c>,
    /// linked from tests/PoolGen.Kernels.Tests/Oracle, whose README documents it). Every comparison is bitwise (any NaN
    /// equals any NaN) and every index exact, averages and gradients included: the oracle's inputs and gradients are
    /// multiples of 0.25, so sums are exact, and the remaining roundings (each quotient, each accumulation of a rounded
    /// average-backward delta) happen in libtorch's order, which the reference follows. No tolerance is used.
    /// </summary>
    public sealed class OracleOpsTests
    {
        private static readonly Lazy<IReadOnlyList<OracleOpCase>> Cases = new(
            () => Oracle.LoadOps(Path.Combine(AppContext.BaseDirectory, "Oracle", "pytorch-pooling-ops.jsonl")));

        private static readonly Lazy<Dictionary<string, OracleOpCase>> CasesById = new(
            () => Cases.Value.ToDictionary(c => c.Id));

        /// <summary>The id of every oracle case, one theory case each.</summary>
        public static TheoryData<string> CaseIds
        {
            get
            {
                var ids = new TheoryData<string>();
                foreach (OracleOpCase c in Cases.Value)
                {
                    ids.Add(c.Id);
                }

                return ids;
            }
        }

        [Fact]
        public void OracleFile_HoldsTheCasesItsReadmeCounts()
        {
            IReadOnlyList<OracleOpCase> cases = Cases.Value;
            Assert.Equal(204, cases.Count);
            Assert.Equal(204, CasesById.Value.Count); // ids are unique
            Assert.Equal(153, cases.Count(c => c.IsSingle));
            Assert.Equal([60, 76, 68], new[] { 1, 2, 3 }.Select(rank => cases.Count(c => c.Rank == rank)));

            // README "Counts (this file)": op, rank, float32, float64.
            (string Op, int Rank, int Single, int Double)[] table =
            [
                (OracleOpCase.AdaptiveAvg, 1, 2, 2), (OracleOpCase.AdaptiveAvg, 2, 9, 2), (OracleOpCase.AdaptiveAvg, 3, 6, 1),
                (OracleOpCase.AdaptiveMax, 1, 4, 3), (OracleOpCase.AdaptiveMax, 2, 10, 3), (OracleOpCase.AdaptiveMax, 3, 7, 2),
                (OracleOpCase.MaxUnpool, 1, 16, 3), (OracleOpCase.MaxUnpool, 2, 10, 5), (OracleOpCase.MaxUnpool, 3, 12, 3),
                (OracleOpCase.MaxBackward, 1, 12, 4), (OracleOpCase.MaxBackward, 2, 12, 6), (OracleOpCase.MaxBackward, 3, 15, 4),
                (OracleOpCase.AvgBackward, 1, 10, 4), (OracleOpCase.AvgBackward, 2, 15, 4), (OracleOpCase.AvgBackward, 3, 13, 5),
            ];
            foreach ((string op, int rank, int single, int dbl) in table)
            {
                Assert.Equal(single, cases.Count(c => c.Op == op && c.Rank == rank && c.IsSingle));
                Assert.Equal(dbl, cases.Count(c => c.Op == op && c.Rank == rank && !c.IsSingle));
            }
        }

        /// <summary>
        /// The file covers what makes these operators tricky (README "Counts (this file)"), so matching it means something:
        /// adaptive windows that overlap, output sizes above the input and of 1; unpooling with shared indices; several
        /// gradients on one input; ceil-mode, count_include_pad both ways and divisor_override in the average backward.
        /// </summary>
        [Fact]
        public void OracleFile_CoversTheHardCases()
        {
            IReadOnlyList<OracleOpCase> cases = Cases.Value;
            OracleOpCase[] adaptive = cases.Where(c => c.Op is OracleOpCase.AdaptiveAvg or OracleOpCase.AdaptiveMax).ToArray();
            (int N, int M)[] axes = adaptive.SelectMany(c => c.SpatialShape.Zip(c.OutputSize!)).ToArray();
            Assert.Equal(107, axes.Length);
            Assert.Equal(50, axes.Count(a => a.N % a.M != 0));
            Assert.Equal(22, axes.Count(a => a.M > a.N));
            Assert.Equal(21, axes.Count(a => a.M == 1));
            Assert.Equal(3, adaptive.Count(c => c.OutputSize!.All(m => m == 1)));

            OracleOpCase[] unpool = cases.Where(c => c.Op == OracleOpCase.MaxUnpool).ToArray();
            Assert.Equal(11, unpool.Count(c => c.Stride!.Zip(c.Kernel!).All(sk => sk.First < sk.Second)));
            Assert.Contains(unpool, c => SharesAnIndex(c)); // overlapping windows: a position written twice

            OracleOpCase[] maxBackward = cases.Where(c => c.Op == OracleOpCase.MaxBackward).ToArray();
            Assert.Equal(19, maxBackward.Count(c => c.Dilation!.Any(d => d > 1)));
            Assert.Equal(9, maxBackward.Count(c => c.CeilMode == true));
            Assert.Equal(32, maxBackward.Count(c => SharesAnIndex(c)));

            OracleOpCase[] avgBackward = cases.Where(c => c.Op == OracleOpCase.AvgBackward).ToArray();
            Assert.Equal(22, avgBackward.Count(c => c.CeilMode == true));
            Assert.Equal(26, avgBackward.Count(c => c.CountIncludePad == true));
            Assert.Equal(25, avgBackward.Count(c => c.CountIncludePad == false));
            Assert.Equal(4, avgBackward.Count(c => c.DivisorOverride is not null));
        }

        [Theory]
        [MemberData(nameof(CaseIds))]
        public void Reference_MatchesLibtorch(string id)
        {
            OracleOpCase c = CasesById.Value[id];
            if (c.IsSingle)
            {
                Check<float>(c);
            }
            else
            {
                Check<double>(c);
            }
        }

        /// <summary>
        /// libtorch divides an adaptive average by each axis's window length in turn (<c>sum / kH / kW</c>), not once by the
        /// window's tap count, except when every output size is 1 (then it is <c>mean</c>, one division). The README names the
        /// two cases of this file where one division by the volume gives other bits: exactly those must differ, so that the
        /// per-axis order in the reference is pinned by libtorch and not a free choice.
        /// </summary>
        [Fact]
        public void AdaptiveAverage_OneDivisionByTheVolumeDiffersFromLibtorchExactlyInA0153AndA0384()
        {
            var differing = new List<string>();
            foreach (OracleOpCase c in Cases.Value.Where(c => c.Op == OracleOpCase.AdaptiveAvg))
            {
                bool differs = c.IsSingle ? VolumeDivisionDiffers<float>(c) : VolumeDivisionDiffers<double>(c);
                if (differs)
                {
                    differing.Add(c.Id);
                }
            }

            Assert.Equal(["a0153", "a0384"], differing);
        }

        /// <summary>
        /// With every output size 1, libtorch's adaptive average is <c>mean</c>: one division by the element count. a0366
        /// (float64, 18x15 -> 1x1, sums exact) is the case of this file where that differs from the per-axis division
        /// <c>sum / 18 / 15</c> of every other output size, so it pins the shortcut in the reference.
        /// </summary>
        [Fact]
        public void AdaptiveAverage_OutputSize1IsOneDivision_A0366()
        {
            OracleOpCase c = CasesById.Value["a0366"];
            Assert.Equal([18, 15], c.SpatialShape);
            Assert.Equal([1, 1], c.OutputSize!);
            double[] input = c.Input!;
            bool perAxisDiffers = false;
            for (int plane = 0; plane < c.Batch * c.Channels; plane++)
            {
                double sum = 0;
                for (int i = 0; i < 270; i++)
                {
                    sum += input[(plane * 270) + i];
                }

                Assert.Equal(c.Output![plane], sum / 270); // the mean, bit for bit (Assert.Equal on double is exact)
                perAxisDiffers |= sum / 18 / 15 != c.Output[plane];
            }

            Assert.True(perAxisDiffers, "a0366 no longer tells mean and per-axis division apart.");
        }

        private static void Check<T>(OracleOpCase c)
            where T : unmanaged, INumber<T>
        {
            string context = c.ToString();
            int n = c.Batch, channels = c.Channels;
            int[] spatial = c.SpatialShape;
            int[] outputSpatial = c.OutputSpatialShape;
            switch (c.Op)
            {
                case OracleOpCase.AdaptiveAvg:
                {
                    T[] actual = PoolOperatorsReference.AdaptivePoolND(PoolKind.Average, OracleOpCase.As<T>(c.Input), n, channels, spatial, c.OutputSize!);
                    Compare.Bitwise<T>(OracleOpCase.As<T>(c.Output), actual, context);
                    break;
                }

                case OracleOpCase.AdaptiveMax:
                {
                    T[] input = OracleOpCase.As<T>(c.Input);
                    T[] actual = PoolOperatorsReference.AdaptivePoolND(PoolKind.Max, input, n, channels, spatial, c.OutputSize!);
                    long[] indices = PoolOperatorsReference.AdaptiveIndicesND(PoolKind.Max, input, n, channels, spatial, c.OutputSize!);
                    Compare.Bitwise<T>(OracleOpCase.As<T>(c.Output), actual, context);
                    Assert.Equal(c.Indices, indices);
                    break;
                }

                case OracleOpCase.MaxUnpool:
                {
                    // The requested size lies where max_pool's input can (README): [default, default + stride) per axis.
                    for (int axis = 0; axis < c.Rank; axis++)
                    {
                        int byDefault = PoolOperatorsReference.MaxUnpoolDefaultSize(spatial[axis], c.Kernel![axis], c.Stride![axis], c.Padding![axis]);
                        Assert.InRange(c.OutputSize![axis], byDefault, byDefault + c.Stride[axis] - 1);
                    }

                    T[] input = OracleOpCase.As<T>(c.Input);
                    T[] expected = OracleOpCase.As<T>(c.Output);
                    Compare.Bitwise<T>(expected, PoolOperatorsReference.MaxUnpoolND(input, c.Indices!, n, channels, spatial, outputSpatial), context + " (long indices)");
                    int[] narrow = Array.ConvertAll(c.Indices!, index => checked((int)index));
                    Compare.Bitwise<T>(expected, PoolOperatorsReference.MaxUnpoolND(input, narrow, n, channels, spatial, outputSpatial), context + " (int indices)");
                    break;
                }

                case OracleOpCase.MaxBackward:
                {
                    // The forward first: the recorded argmax is what the forward reference computes from the recorded input.
                    PoolSpecND spec = c.ToSpecND();
                    Assert.Equal(outputSpatial, PoolReference.OutputShape(spec, spatial));
                    Assert.Equal(c.Indices, PoolReference.MaxIndicesND(spec, OracleOpCase.As<T>(c.Input), n, channels, spatial));

                    T[] gradOutput = OracleOpCase.As<T>(c.GradOutput);
                    T[] expected = OracleOpCase.As<T>(c.GradInput);
                    Compare.Bitwise<T>(expected, PoolOperatorsReference.MaxPoolBackwardND(gradOutput, c.Indices!, n, channels, outputSpatial, spatial), context + " (long indices)");
                    int[] narrow = Array.ConvertAll(c.Indices!, index => checked((int)index));
                    Compare.Bitwise<T>(expected, PoolOperatorsReference.MaxPoolBackwardND(gradOutput, narrow, n, channels, outputSpatial, spatial), context + " (int indices)");
                    break;
                }

                case OracleOpCase.AvgBackward:
                {
                    PoolSpecND spec = c.ToSpecND();
                    Assert.Equal(outputSpatial, PoolReference.OutputShape(spec, spatial));
                    T[] actual = PoolOperatorsReference.AveragePoolBackwardND(spec, OracleOpCase.As<T>(c.GradOutput), n, channels, spatial);
                    Compare.Bitwise<T>(OracleOpCase.As<T>(c.GradInput), actual, context);
                    break;
                }

                default:
                    Assert.Fail($"{c.Id}: unexpected op {c.Op}.");
                    break;
            }
        }

        /// <summary>Whether some window's row-major sum divided once by the window's tap count differs from libtorch's output.</summary>
        private static bool VolumeDivisionDiffers<T>(OracleOpCase c)
            where T : unmanaged, INumber<T>
        {
            T[] input = OracleOpCase.As<T>(c.Input);
            T[] expected = OracleOpCase.As<T>(c.Output);
            int[] spatial = c.SpatialShape;
            int[] outputSize = c.OutputSize!;
            int inputPlane = spatial.Aggregate(1, (a, b) => a * b);
            int outputPlane = outputSize.Aggregate(1, (a, b) => a * b);
            for (int plane = 0; plane < c.Batch * c.Channels; plane++)
            {
                for (int j = 0; j < outputPlane; j++)
                {
                    // Output coordinates of j, then the window [start, end) on each axis.
                    var lo = new int[c.Rank];
                    var hi = new int[c.Rank];
                    int rest = j;
                    for (int axis = c.Rank - 1; axis >= 0; axis--)
                    {
                        int o = rest % outputSize[axis];
                        rest /= outputSize[axis];
                        lo[axis] = PoolOperatorsReference.AdaptiveStart(o, spatial[axis], outputSize[axis]);
                        hi[axis] = PoolOperatorsReference.AdaptiveEnd(o, spatial[axis], outputSize[axis]);
                    }

                    T sum = T.Zero;
                    int count = 0;
                    for (int flat = 0; flat < inputPlane; flat++)
                    {
                        bool inside = true;
                        int r = flat;
                        for (int axis = c.Rank - 1; axis >= 0; axis--)
                        {
                            int x = r % spatial[axis];
                            r /= spatial[axis];
                            inside &= x >= lo[axis] && x < hi[axis];
                        }

                        if (inside)
                        {
                            sum += input[(plane * inputPlane) + flat]; // row-major; exact for these inputs anyway
                            count++;
                        }
                    }

                    T once = sum / T.CreateChecked(count);
                    T libtorch = expected[(plane * outputPlane) + j];
                    if (!(T.IsNaN(once) && T.IsNaN(libtorch)) && once != libtorch)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool SharesAnIndex(OracleOpCase c)
        {
            int planeLength = c.Op == OracleOpCase.MaxUnpool
                ? c.SpatialShape.Aggregate(1, (a, b) => a * b)
                : c.OutputSpatialShape.Aggregate(1, (a, b) => a * b);
            return c.Indices!.Chunk(planeLength).Any(plane => plane.Distinct().Count() < plane.Length);
        }
    }
}
