using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Every kernel of <see cref="FeatureKernelTable"/> against the reference (<see cref="PoolReference"/>) on random shapes
    /// and data: max and min bitwise (NaN, infinities and signed zeros included) with their indices; average bitwise when
    /// the inputs make the sums exact, else within docs/semantics.md's bound (tol * the same average over |tap|); Lp within
    /// a relative tolerance. Channels-last kernels run on channels-last data, the reference on the transposed data, and each
    /// is also compared with its channels-first twin. Each call also checks that nothing was written past the output and
    /// the indices, nothing read past the input, and the input left unchanged.
    /// </summary>
    public sealed partial class KernelTests
    {
        private const int FeatureRandomShapes = 14;

        public static TheoryData<string> FeatureKernelNames => Names(FeatureKernelTable.All);

        public static TheoryData<string> ChannelsLastKernelNames => Names(FeatureKernelTable.All.Where(e => e.Layout == PoolLayout.Nhwc));

        internal static TheoryData<string> Names(IEnumerable<FeatureEntry> entries)
        {
            var names = new TheoryData<string>();
            foreach (FeatureEntry entry in entries)
            {
                names.Add(entry.Name);
            }

            return names;
        }

        [Fact]
        public void FeatureKernelTable_CoversEveryCapability()
        {
            IReadOnlyList<FeatureEntry> all = FeatureKernelTable.All;
            Assert.Equal(all.Count, FeatureKernelTable.ByName.Count);
            bool Any(Func<FeatureEntry, bool> predicate) => all.Any(predicate);
            bool IsNhwc(FeatureEntry e) => e.Layout == PoolLayout.Nhwc;

            // Every channels-last kernel has a channels-first twin with the same meaning.
            foreach (FeatureEntry e in all.Where(IsNhwc))
            {
                Assert.True(e.Twin is not null, $"{e.Name} has no twin");
                FeatureEntry twin = FeatureKernelTable.ByName[e.Twin!];
                Assert.Equal(PoolLayout.Nchw, twin.Layout);
                Assert.Equal((e.Spec, e.Shape.Rank, e.Shape.HasBatch, e.Shape.HasChannels, e.Shape.FixedChannels, e.AutoPad, e.Indices, e.ElementType),
                             (twin.Spec, twin.Shape.Rank, twin.Shape.HasBatch, twin.Shape.HasChannels, twin.Shape.FixedChannels, twin.AutoPad, twin.Indices, twin.ElementType));
                Assert.Equal(e.Shape.Fixed, twin.Shape.Fixed);
            }

            foreach (int rank in new[] { 1, 2, 3 })
            {
                foreach (PoolLayout layout in new[] { PoolLayout.Nchw, PoolLayout.Nhwc })
                {
                    Assert.True(Any(e => e.Rank == rank && e.Layout == layout), $"rank {rank} {layout}");
                    Assert.True(Any(e => e.Rank == rank && e.Layout == layout && e.Spec.Kind == PoolKind.Max), $"max rank {rank} {layout}");
                    Assert.True(Any(e => e.Rank == rank && e.Layout == layout && e.Spec.Kind == PoolKind.Average), $"average rank {rank} {layout}");
                    Assert.True(Any(e => e.Rank == rank && e.Layout == layout && e.Spec.Global), $"global rank {rank} {layout}");
                }

                Assert.True(Any(e => e.Rank == rank && e.Spec.PaddingEnd is not null), $"Pads rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.AutoPad is PoolAutoPad.SameUpper or PoolAutoPad.SameLower), $"SAME rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.Indices == IndexType.Int32), $"int indices rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.Indices == IndexType.Int64), $"long indices rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.Spec.DivisorOverride is not null), $"divisor override rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.Spec.Kind == PoolKind.Lp), $"Lp rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.Spec.Kind == PoolKind.Min), $"min rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.Shape.Fixed.Any(size => size > 0)), $"fixed size rank {rank}");
            }

            foreach (PoolLayout layout in new[] { PoolLayout.Nchw, PoolLayout.Nhwc })
            {
                foreach (IndexType indices in new[] { IndexType.Int32, IndexType.Int64 })
                {
                    Assert.True(Any(e => e.Layout == layout && e.Indices == indices), $"{indices} indices {layout}");
                }

                Assert.True(Any(e => e.Layout == layout && e.Spec.PaddingEnd is not null), $"Pads {layout}");
                Assert.True(Any(e => e.Layout == layout && e.AutoPad != PoolAutoPad.NotSet), $"AutoPad {layout}");
                Assert.True(Any(e => e.Layout == layout && e.Spec.DivisorOverride is not null), $"divisor {layout}");
                Assert.True(Any(e => e.Layout == layout && e.Spec.Kind == PoolKind.Lp), $"Lp {layout}");
                Assert.True(Any(e => e.Layout == layout && e.Spec.Kind == PoolKind.Min), $"min {layout}");
                Assert.True(Any(e => e.Layout == layout && e.Spec.HasClamp), $"clamp {layout}");
                Assert.True(Any(e => e.Layout == layout && e.Shape.FixedChannels > 0), $"fixed channels {layout}");
            }

            foreach (PoolAutoPad autoPad in new[] { PoolAutoPad.SameUpper, PoolAutoPad.SameLower, PoolAutoPad.Valid })
            {
                Assert.True(Any(e => e.AutoPad == autoPad && e.Spec.Kind == PoolKind.Max), $"{autoPad} max");
                Assert.True(Any(e => e.AutoPad == autoPad && e.Spec.Kind != PoolKind.Max), $"{autoPad} another kind");
            }

            foreach (PoolKind kind in new[] { PoolKind.Max, PoolKind.Average, PoolKind.Lp, PoolKind.Min })
            {
                Assert.True(Any(e => e.Spec.Global && e.Spec.Kind == kind), $"global {kind}");
            }

            // SAME padding the 2D kernels take, since no input size changes it: stride 1, fixed sizes, one of each.
            bool Same2D(FeatureEntry e) => e.Rank == 2 && e.Layout == PoolLayout.Nchw && e.AutoPad is PoolAutoPad.SameUpper or PoolAutoPad.SameLower;
            Assert.True(Any(e => Same2D(e) && e.Spec.Stride.All(s => s == 1) && e.Spec.Kind == PoolKind.Max), "SAME stride 1, max");
            Assert.True(Any(e => Same2D(e) && e.Spec.Stride.All(s => s == 1) && e.Spec.Kind == PoolKind.Average), "SAME stride 1, average");
            Assert.True(Any(e => Same2D(e) && e.Shape.AllSpatialFixed && e.Spec.Stride.All(s => s > 1)), "SAME on fixed sizes");
            Assert.True(Any(e => Same2D(e) && e.Shape.Fixed.Count(size => size > 0) == 1), "SAME on one fixed axis and a stride-1 axis");

            for (int p = 1; p <= 3; p++)
            {
                Assert.True(Any(e => e.Spec.Kind == PoolKind.Lp && e.Spec.P == p && !e.Spec.Global), $"Lp P={p}");
            }

            Assert.True(Any(e => e.Spec.Kind == PoolKind.Min && e.Indices != IndexType.None), "argmin");
            Assert.True(Any(e => e.Spec.Global && e.Indices != IndexType.None), "global argmax");
            Assert.True(Any(e => e.Spec.Kind == PoolKind.Max && e.Spec.ClampMin == 0 && double.IsPositiveInfinity(e.Spec.ClampMax) && e.ElementType == typeof(float)), "ReLU on float");
            Assert.True(Any(e => e.Spec.ClampMin == 0 && e.Spec.ClampMax == 6 && e.ElementType == typeof(float)), "ReLU6 on float");
            Assert.True(Any(e => e.Spec.HasClamp && e.ElementType == typeof(byte)) && Any(e => e.Spec.HasClamp && e.ElementType == typeof(int)), "clamps on integers");
            Assert.True(Any(e => e.Spec.CountIncludePad && e.Spec.PaddingEnd is not null && e.Spec.Kind == PoolKind.Average), "asymmetric count_include_pad");
            Assert.True(Any(e => !e.Spec.CountIncludePad && e.Spec.PaddingEnd is not null && e.Spec.Kind == PoolKind.Average), "asymmetric without count_include_pad");
            foreach (PoolKind kind in new[] { PoolKind.Max, PoolKind.Average, PoolKind.Lp, PoolKind.Min })
            {
                Assert.True(Any(e => e.ElementType == typeof(Half) && e.Spec.Kind == kind), $"Half {kind}");
            }

            Assert.True(Any(e => e.Shape.Rank == 1 && e.Shape.Fixed[0] > 0), "fixed Length");
            Assert.True(Any(e => e.Shape.Rank == 3 && e.Shape.AllSpatialFixed), "fixed Depth/Height/Width");
            Assert.True(Any(e => e.Shape.Rank == 3 && e.Shape.Fixed[0] > 0 && !e.Shape.AllSpatialFixed), "fixed Depth only");
        }

        [Theory]
        [MemberData(nameof(FeatureKernelNames))]
        public void FeatureKernel_MatchesReference(string name) => FeatureKernelTable.ByName[name].Accept(new FeatureReferenceCheck());

        [Theory]
        [MemberData(nameof(ChannelsLastKernelNames))]
        public void ChannelsLastKernel_MatchesItsChannelsFirstTwin_OnTransposedData(string name) => FeatureKernelTable.ByName[name].Accept(new TwinCheck());

        /// <summary>
        /// Every SAME kernel runs on sizes whose total padding is odd (the extra one at the end for SameUpper, at the
        /// beginning for SameLower) and on sizes with an even non-zero total; except where no size changes it (every
        /// run-time axis has stride 1, where the total is e - 1 whatever the size).
        /// </summary>
        [Fact]
        public void AutoPadKernels_RunOnOddAndEvenTotalPadding()
        {
            foreach (FeatureEntry e in FeatureKernelTable.All.Where(e => e.AutoPad is PoolAutoPad.SameUpper or PoolAutoPad.SameLower))
            {
                var totals = Shapes(e, new Random(KernelTests.StableSeed(e.Name)))
                    .SelectMany(shape => Enumerable.Range(0, e.Rank).Where(axis => e.Shape.Fixed[axis] == 0).Select(axis =>
                    {
                        (int b, int end) = PoolReference.AutoPads(e.AutoPad, shape.Spatial[axis], e.Spec.Kernel[axis], e.Spec.Stride[axis], e.Spec.Dilation[axis]);
                        return b + end;
                    }))
                    .ToList();
                if (e.Shape.AllSpatialFixed || Enumerable.Range(0, e.Rank).All(axis => e.Shape.Fixed[axis] > 0 || e.Spec.Stride[axis] == 1))
                {
                    continue;
                }

                Assert.True(totals.Any(t => t % 2 == 1), $"{e.Name}: no odd total padding among its shapes");
                Assert.True(totals.Any(t => t > 0 && t % 2 == 0) || e.Spec.Kernel.All(k => k <= 2), $"{e.Name}: no even non-zero total padding among its shapes");
            }
        }

        // ---------------------------------------------------------------- hand-made windows for the indices

        /// <summary>Ties keep the first maximum; several NaNs in a window: the last NaN's index.</summary>
        [Fact]
        public void Indices1D_TiesAndSeveralNaNs_ByHand()
        {
            // k3 s2 p1 on 8: windows [-1,1], [1,3], [3,5], [5,7].
            float nan = float.NaN;
            float[] x = [2, 2, 1, 2, nan, 0, nan, nan];
            var values = new float[4];
            var indices = new long[4];
            FeatureKernels.MaxIdx64_1D_Ncl_k3s2p1(x, values, indices, 1, 8);
            Compare.Bitwise<float>([2, 2, nan, nan], values, "max");
            Assert.Equal([0L, 1, 4, 7], indices);

            // Channels last, two channels: the second channel is the first negated.
            float[] nlc = x.SelectMany(v => new[] { v, -v }).ToArray();
            var values2 = new float[8];
            var indices2 = new long[8];
            FeatureKernels.MaxIdx64_1D_Nlc_k3s2p1(nlc, values2, indices2, 2, 8);
            Compare.Bitwise<float>([2, -2, 2, -1, nan, nan, nan, nan], values2, "max, channels last");
            Assert.Equal([0L, 0, 1, 2, 4, 4, 7, 7], indices2);
        }

        [Fact]
        public void Indices2DMin_TiesAndSeveralNaNs_ByHand()
        {
            // k3 s2 on 3x5: windows at columns 0..2 and 2..4.
            float nan = float.NaN;
            float[] x =
            [
                1, 0, -0.0f, 5, nan,
                0, 9, 3, nan, 1,
                7, -0.0f, 4, 6, 0,
            ];
            var values = new float[2];
            var indices = new int[2];
            FeatureKernels.MinIdx32_Nchw_k3s2(x, values, indices, 1, 3, 5);
            Compare.Bitwise<float>([0, nan], values, "min: +0 first wins over the later -0");
            Assert.Equal([1, 8], indices);
        }

        [Fact]
        public void Indices3D_AreFlatOverDepthHeightWidth_ByHand()
        {
            // 2x2x3, k2 s1: two windows; the largest value of each is its last tap.
            float[] x = Enumerable.Range(0, 12).Select(v => (float)v).ToArray();
            var values = new float[2];
            var indices = new int[2];
            FeatureKernels.MaxIdx32_3D_Ncdhw_k2s1(x, values, indices, 1, 2, 2, 3);
            Assert.Equal([10f, 11f], values);
            Assert.Equal([10, 11], indices);
        }

        // ---------------------------------------------------------------- shapes and data

        internal static int MaxSizeOfRank(int rank) => rank switch { 1 => 40, 2 => 13, _ => 7 };

        /// <summary>The smallest input size with an output on <paramref name="axis"/> (1 for global and SAME kernels).</summary>
        internal static int MinimumSize(FeatureEntry e, int axis)
        {
            if (e.Spec.Global || e.AutoPad is PoolAutoPad.SameUpper or PoolAutoPad.SameLower)
            {
                return 1;
            }

            int k = e.Spec.Kernel[axis], s = e.Spec.Stride[axis], d = e.Spec.Dilation[axis];
            int pb = e.AutoPad == PoolAutoPad.Valid ? 0 : e.Spec.PaddingBegin[axis];
            int pe = e.AutoPad == PoolAutoPad.Valid ? 0 : e.Spec.PaddingEndOrSymmetric[axis];
            int n = 1;
            while (PoolReference.OutputSize(n, k, s, pb, pe, d, e.Spec.CeilMode) < 1)
            {
                n++;
            }

            return n;
        }

        /// <summary>(batch, channels, spatial) shapes to run a kernel on, honoring its signature.</summary>
        internal static List<(int Batch, int Channels, int[] Spatial)> Shapes(FeatureEntry e, Random random)
        {
            int rank = e.Rank;
            var min = new int[rank];
            var max = new int[rank];
            for (int axis = 0; axis < rank; axis++)
            {
                if (e.Shape.Fixed[axis] > 0)
                {
                    min[axis] = max[axis] = e.Shape.Fixed[axis];
                    continue;
                }

                min[axis] = MinimumSize(e, axis);
                int effective = e.Spec.Global ? 1 : (e.Spec.Dilation[axis] * (e.Spec.Kernel[axis] - 1)) + 1;
                max[axis] = Math.Max(MaxSizeOfRank(rank), Math.Max(min[axis], effective) + (2 * (e.Spec.Global ? 1 : e.Spec.Stride[axis])) + 2);
            }

            int[] channelChoices = e.Layout == PoolLayout.Nhwc
                ? (rank == 3 ? [1, 2, 3, 8, 9, 17] : [1, 2, 3, 4, 7, 8, 9, 16, 17, 33])
                : [1, 2, 3];
            int Batch(int wanted) => e.Shape.HasBatch ? wanted : 1;
            int Channels(int wanted) => e.Shape.HasChannels ? wanted : e.Shape.ImpliedChannels;

            var shapes = new List<(int, int, int[])>
            {
                (1, Channels(1), (int[])min.Clone()),
                (Batch(2), Channels(channelChoices[^1]), (int[])max.Clone()),
                (Batch(1), Channels(channelChoices[^2]), min.Select((m, axis) => Math.Min(m + 1, max[axis])).ToArray()),
            };
            for (int i = 0; i < FeatureRandomShapes; i++)
            {
                int[] spatial = Enumerable.Range(0, rank).Select(axis => random.Next(min[axis], max[axis] + 1)).ToArray();
                shapes.Add((Batch(random.Next(1, 3)), Channels(channelChoices[random.Next(channelChoices.Length)]), spatial));
            }

            return shapes.DistinctBy(s => (s.Item1, s.Item2, string.Join(",", s.Item3))).ToList();
        }

        internal static bool IsFloatingPoint<T>() => typeof(T) == typeof(float) || typeof(T) == typeof(double) || typeof(T) == typeof(Half);

        /// <summary>The data variants: name, a function of (seed, length), and whether sums of the data are exact.</summary>
        internal static IEnumerable<(string Name, Func<int, int, T[]> Make, bool ExactSums)> FeatureVariants<T>()
            where T : unmanaged, INumber<T>
        {
            if (IsFloatingPoint<T>())
            {
                yield return ("ties+specials", (seed, length) => TestData.Random<T>(seed, length, specials: true, ties: true), true);
                yield return ("uniform+specials", (seed, length) => TestData.Random<T>(seed, length, specials: true, ties: false), false);

                // Every non-negative value a random zero: which zero wins is the "ties keep the first" rule.
                yield return ("signed-zeros", (seed, length) =>
                {
                    T[] values = TestData.Random<T>(seed, length, specials: false, ties: true);
                    var random = new Random(seed ^ 0x5EED);
                    for (int i = 0; i < values.Length; i++)
                    {
                        if (values[i] >= T.Zero)
                        {
                            values[i] = T.CreateChecked(random.Next(2) == 0 ? 0.0 : -0.0);
                        }
                    }

                    return values;
                }, true);

                // A third NaN, the rest ties: windows with several NaNs (the last one's index wins) and ties.
                yield return ("nan-heavy", (seed, length) =>
                {
                    T[] values = TestData.Random<T>(seed, length, specials: false, ties: true);
                    var random = new Random(seed ^ 0x7A7A);
                    for (int i = 0; i < values.Length; i++)
                    {
                        if (random.Next(3) == 0)
                        {
                            values[i] = T.CreateChecked(double.NaN);
                        }
                        else if (random.Next(10) == 0)
                        {
                            values[i] = T.CreateChecked(random.Next(2) == 0 ? double.PositiveInfinity : double.NegativeInfinity);
                        }
                    }

                    return values;
                }, true);
            }
            else
            {
                yield return ("ties+min/max", (seed, length) => TestData.Random<T>(seed, length, specials: false, ties: true), true);
                yield return ("uniform", (seed, length) => TestData.Random<T>(seed, length, specials: false, ties: false), true);
            }
        }

        /// <summary>A value no test output holds, to see which elements a kernel wrote.</summary>
        internal static T Sentinel<T>()
            where T : unmanaged, INumber<T> =>
            IsFloatingPoint<T>() ? T.CreateChecked(1234.5) : T.CreateTruncating(0x5A5A5A5A5A5A5A5AUL);

        /// <summary>What follows the input: a value that would show in any max, min or sum that read it.</summary>
        internal static T Poison<T>()
            where T : unmanaged, INumber<T> =>
            IsFloatingPoint<T>() ? T.CreateChecked(double.NaN) : T.CreateSaturating(UInt128.MaxValue);

        internal const int IndexSentinel = 0x5A5A5A5A;

        internal static double AverageTolerance<T>() => typeof(T) == typeof(float) ? 1e-6 : typeof(T) == typeof(double) ? 1e-14 : 2e-3;

        internal static double LpTolerance<T>() => typeof(T) == typeof(float) ? 1e-5 : typeof(T) == typeof(double) ? 1e-12 : 4e-3;

        internal static string ShapeText(int batch, int channels, int[] spatial) =>
            string.Create(CultureInfo.InvariantCulture, $"[b{batch},c{channels},{string.Join("x", spatial)}]");

        /// <summary>The reference result in the kernel's layout: values, indices (max/min with indices), the output's spatial shape.</summary>
        internal static (T[] Values, long[]? Indices, int[] OutputShape) Expected<T>(FeatureEntry e, T[] data, int batch, int channels, int[] spatial)
            where T : unmanaged, INumber<T>
        {
            PoolSpecND spec = e.SpecFor(spatial);
            T[] nchw = e.Layout == PoolLayout.Nhwc ? Layouts.ToChannelsFirst<T>(data, batch, channels, spatial) : data;
            int[] outputShape = PoolReference.OutputShape(spec, spatial);
            T[] values = PoolReference.PoolND(spec, nchw, batch, channels, spatial);
            long[]? indices = e.Indices != IndexType.None ? PoolReference.IndicesND(spec, nchw, batch, channels, spatial) : null;
            if (e.Layout == PoolLayout.Nhwc)
            {
                values = Layouts.ToChannelsLast<T>(values, batch, channels, outputShape);
                indices = indices is null ? null : Layouts.ToChannelsLast<long>(indices, batch, channels, outputShape);
            }

            return (values, indices, outputShape);
        }

        /// <summary>Runs the kernel on <paramref name="data"/> with slack after every buffer; checks the slack and the input afterwards.</summary>
        internal static (T[] Values, long[]? Indices) Run<T>(FeatureEntry<T> e, T[] data, int outputLength, int batch, int channels, int[] spatial, string context)
            where T : unmanaged, INumber<T>
        {
            var input = new T[data.Length + Slack];
            data.CopyTo(input, 0);
            input.AsSpan(data.Length).Fill(Poison<T>());
            var inputBefore = (T[])input.Clone();
            var output = new T[outputLength + Slack];
            output.AsSpan().Fill(Sentinel<T>());
            int[] indices32 = e.Indices == IndexType.Int32 ? new int[outputLength + Slack] : [];
            long[] indices64 = e.Indices == IndexType.Int64 ? new long[outputLength + Slack] : [];
            indices32.AsSpan().Fill(IndexSentinel);
            indices64.AsSpan().Fill(IndexSentinel);

            e.Call(input, output, indices32, indices64, batch, channels, spatial);

            var tail = new T[Slack];
            tail.AsSpan().Fill(Sentinel<T>());
            Compare.Bitwise<T>(tail, output.AsSpan(outputLength), $"{context}: the output past the {outputLength} elements the kernel owns");
            Compare.Bitwise<T>(inputBefore, input, $"{context}: the input after the call");
            long[]? indices = e.Indices switch
            {
                IndexType.Int32 => indices32.Select(i => (long)i).ToArray(),
                IndexType.Int64 => indices64,
                _ => null,
            };
            if (indices is not null)
            {
                Assert.True(indices.Skip(outputLength).All(i => i == IndexSentinel), $"{context}: an index past the {outputLength} the kernel owns was written");
                indices = indices[..outputLength];
            }

            return (output[..outputLength], indices);
        }

        /// <summary>Compares by the kind's rule (see the class summary); <paramref name="scaleData"/> gives the |tap| scale of averages.</summary>
        internal static void CompareValues<T>(FeatureEntry e, T[] expected, T[] actual, bool exact, Func<T[]> scale, double toleranceFactor, string context)
            where T : unmanaged, INumber<T>
        {
            switch (e.Spec.Kind)
            {
                case PoolKind.Max:
                case PoolKind.Min:
                    Compare.Bitwise<T>(expected, actual, context);
                    break;
                case PoolKind.Average when exact:
                    Compare.Bitwise<T>(expected, actual, context);
                    break;
                case PoolKind.Average:
                    Compare.CloseToScale<T>(expected, actual, scale(), toleranceFactor * AverageTolerance<T>(), context);
                    break;
                default:
                    Compare.Close<T>(expected, actual, toleranceFactor * LpTolerance<T>(), context);
                    break;
            }
        }

        /// <summary>The average over |tap| with the same spec (no clamps), in the kernel's layout: the scale of the average's bound.</summary>
        internal static T[] AverageScale<T>(FeatureEntry e, T[] data, int batch, int channels, int[] spatial)
            where T : unmanaged, INumber<T>
        {
            PoolSpecND spec = e.SpecFor(spatial) with { ClampMin = double.NegativeInfinity, ClampMax = double.PositiveInfinity };
            T[] magnitudes = Array.ConvertAll(data, T.Abs);
            T[] nchw = e.Layout == PoolLayout.Nhwc ? Layouts.ToChannelsFirst<T>(magnitudes, batch, channels, spatial) : magnitudes;
            T[] scale = PoolReference.PoolND(spec, nchw, batch, channels, spatial);
            return e.Layout == PoolLayout.Nhwc ? Layouts.ToChannelsLast<T>(scale, batch, channels, PoolReference.OutputShape(spec, spatial)) : scale;
        }

        private static void Report(FeatureEntry e, List<(long Size, string Message)> failures, int runs)
        {
            if (failures.Count == 0)
            {
                return;
            }

            var message = new StringBuilder();
            message.AppendLine(CultureInfo.InvariantCulture, $"{e}: {failures.Count} of {runs} runs failed; the smallest first:");
            foreach ((long _, string text) in failures.OrderBy(f => f.Size).Take(4))
            {
                message.AppendLine(text);
            }

            Assert.Fail(message.ToString());
        }

        private static void ForEachRun<T>(FeatureEntry<T> e, Action<int, int, int[], T[], bool, string> check)
            where T : unmanaged, INumber<T>
        {
            int seed = KernelTests.StableSeed(e.Name);
            var random = new Random(seed);
            var failures = new List<(long, string)>();
            int runs = 0;
            foreach ((int batch, int channels, int[] spatial) in Shapes(e, random))
            {
                int length = batch * channels * spatial.Aggregate(1, (a, b) => a * b);
                foreach ((string variant, Func<int, int, T[]> make, bool exact) in FeatureVariants<T>())
                {
                    seed++;
                    runs++;
                    string context = $"{e} shape {ShapeText(batch, channels, spatial)} data {variant} seed {seed}";
                    try
                    {
                        check(batch, channels, spatial, make(seed, length), exact, context);
                    }
                    catch (Exception ex)
                    {
                        failures.Add((length, ex is ComparisonException ? ex.Message : $"{context}: {ex.GetType().Name}: {ex.Message}"));
                    }
                }
            }

            Report(e, failures, runs);
        }

        private sealed class FeatureReferenceCheck : IFeatureVisitor
        {
            public void Visit<T>(FeatureEntry<T> e)
                where T : unmanaged, INumber<T>
                => ForEachRun(e, (batch, channels, spatial, data, exact, context) =>
                {
                    (T[] expected, long[]? expectedIndices, _) = Expected(e, data, batch, channels, spatial);
                    (T[] actual, long[]? indices) = Run(e, data, expected.Length, batch, channels, spatial, context);
                    CompareValues(e, expected, actual, exact, () => AverageScale(e, data, batch, channels, spatial), 1, context);
                    if (expectedIndices is not null)
                    {
                        for (int i = 0; i < expectedIndices.Length; i++)
                        {
                            if (expectedIndices[i] != indices![i])
                            {
                                throw new ComparisonException($"{context}: index [{i}] expected {expectedIndices[i]}, actual {indices[i]} ({expectedIndices.Where((v, j) => v != indices[j]).Count()} of {expectedIndices.Length} differ)");
                            }
                        }
                    }
                });
        }

        private sealed class TwinCheck : IFeatureVisitor
        {
            public void Visit<T>(FeatureEntry<T> e)
                where T : unmanaged, INumber<T>
            {
                var twin = (FeatureEntry<T>)FeatureKernelTable.ByName[e.Twin!];
                ForEachRun(e, (batch, channels, spatial, data, exact, context) =>
                {
                    int[] outputShape = PoolReference.OutputShape(e.SpecFor(spatial), spatial);
                    int outputLength = batch * channels * outputShape.Aggregate(1, (a, b) => a * b);
                    (T[] last, long[]? lastIndices) = Run(e, data, outputLength, batch, channels, spatial, context);
                    T[] firstData = Layouts.ToChannelsFirst<T>(data, batch, channels, spatial);
                    (T[] first, long[]? firstIndices) = Run(twin, firstData, outputLength, batch, channels, spatial, $"{context} (twin {twin.Name})");
                    T[] firstAsLast = Layouts.ToChannelsLast<T>(first, batch, channels, outputShape);
                    CompareValues(e, firstAsLast, last, exact, () => AverageScale(e, data, batch, channels, spatial), 2, $"{context}: channels last against the channels-first twin {twin.Name}");
                    if (lastIndices is not null)
                    {
                        Assert.Equal(Layouts.ToChannelsLast<long>(firstIndices!, batch, channels, outputShape), lastIndices);
                    }
                });
            }
        }
    }
}
