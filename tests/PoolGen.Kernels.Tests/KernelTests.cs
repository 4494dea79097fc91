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
    /// Every kernel of <see cref="KernelTable"/> against the reference (<see cref="PoolReference"/>) on random shapes and
    /// data: max and min bitwise (NaN, infinities and signed zeros included) with their indices; average bitwise when the
    /// inputs make the sums exact, else within docs/semantics.md's bound (tol * the same average over |tap|); Lp within a
    /// relative tolerance. Channels-last kernels run on channels-last data, the reference on the transposed data, and each
    /// is also compared with its channels-first twin. Each call also checks that nothing was written past the output and
    /// the indices, nothing read past the input, and the input left unchanged.
    /// </summary>
    public sealed partial class KernelTests
    {
        /// <summary>Extra elements after the input, the output and the indices.</summary>
        internal const int Slack = 7;

        public static TheoryData<string> KernelNames => Names(KernelTable.All);

        public static TheoryData<string> ChannelsLastKernelNames => Names(KernelTable.All.Where(e => e.Layout == PoolLayout.Nhwc));

        internal static TheoryData<string> Names(IEnumerable<KernelEntry> entries)
        {
            var names = new TheoryData<string>();
            foreach (KernelEntry entry in entries)
            {
                names.Add(entry.Name);
            }

            return names;
        }

        [Theory]
        [MemberData(nameof(KernelNames))]
        public void Kernel_MatchesReference(string name) => KernelTable.ByName[name].Accept(new ReferenceCheck());

        [Theory]
        [MemberData(nameof(ChannelsLastKernelNames))]
        public void ChannelsLastKernel_MatchesItsChannelsFirstTwin_OnTransposedData(string name) => KernelTable.ByName[name].Accept(new TwinCheck());

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

        // ---------------------------------------------------------------- the runs

        /// <summary>The reference result in the kernel's layout: values, indices (max/min with indices), the output's spatial shape.</summary>
        internal static (T[] Values, long[]? Indices, int[] OutputShape) Expected<T>(KernelEntry e, T[] data, int batch, int channels, int[] spatial)
            where T : unmanaged, INumber<T>
        {
            PoolSpecND spec = e.SpecFor(spatial);
            T[] nchw = e.Layout == PoolLayout.Nhwc ? Layouts.ToChannelsFirst<T>(data, batch, channels, spatial) : data;
            int[] outputShape = PoolReference.OutputShape(spec, spatial);
            T[] values = PoolReference.PoolND(spec, nchw, batch, channels, spatial);
            long[]? indices = e.Indices != IndexType.None ? IndexOrderReference.Indices<T>(spec, nchw, batch, channels, spatial, e.IndexOrder) : null;
            if (e.Layout == PoolLayout.Nhwc)
            {
                values = Layouts.ToChannelsLast<T>(values, batch, channels, outputShape);
                indices = indices is null ? null : Layouts.ToChannelsLast<long>(indices, batch, channels, outputShape);
            }

            return (values, indices, outputShape);
        }

        /// <summary>Runs the kernel on <paramref name="data"/> with slack after every buffer; checks the slack and the input afterwards.</summary>
        internal static (T[] Values, long[]? Indices) Run<T>(KernelEntry<T> e, T[] data, int outputLength, int batch, int channels, int[] spatial, string context)
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
        internal static void CompareValues<T>(KernelEntry e, T[] expected, T[] actual, bool exact, Func<T[]> scale, double toleranceFactor, string context)
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
        internal static T[] AverageScale<T>(KernelEntry e, T[] data, int batch, int channels, int[] spatial)
            where T : unmanaged, INumber<T>
        {
            PoolSpecND spec = e.SpecFor(spatial) with { ClampMin = double.NegativeInfinity, ClampMax = double.PositiveInfinity };
            T[] magnitudes = Array.ConvertAll(data, T.Abs);
            T[] nchw = e.Layout == PoolLayout.Nhwc ? Layouts.ToChannelsFirst<T>(magnitudes, batch, channels, spatial) : magnitudes;
            T[] scale = PoolReference.PoolND(spec, nchw, batch, channels, spatial);
            return e.Layout == PoolLayout.Nhwc ? Layouts.ToChannelsLast<T>(scale, batch, channels, PoolReference.OutputShape(spec, spatial)) : scale;
        }

        private static void Report(KernelEntry e, List<(long Size, string Message)> failures, int runs)
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

        private static void ForEachRun<T>(KernelEntry<T> e, Action<int, int, int[], T[], bool, string> check)
            where T : unmanaged, INumber<T>
        {
            int seed = KernelTests.StableSeed(e.Name);
            var random = new Random(seed);
            var failures = new List<(long, string)>();
            int runs = 0;
            foreach ((int batch, int channels, int[] spatial) in Shapes(e, random))
            {
                int length = batch * channels * spatial.Aggregate(1, (a, b) => a * b);
                foreach ((string variant, Func<int, int, T[]> make, bool exact) in Variants<T>())
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

        private sealed class ReferenceCheck : IKernelVisitor
        {
            public void Visit<T>(KernelEntry<T> e)
                where T : unmanaged, INumber<T>
                => ForEachRun(e, (batch, channels, spatial, data, exact, context) =>
                {
                    (T[] expected, long[]? expectedIndices, _) = Expected(e, data, batch, channels, spatial);
                    Assert.True(expected.Length >= 1, $"{context}: no output; the shape must not be chosen");
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

        private sealed class TwinCheck : IKernelVisitor
        {
            public void Visit<T>(KernelEntry<T> e)
                where T : unmanaged, INumber<T>
            {
                var twin = (KernelEntry<T>)KernelTable.ByName[e.Twin!];
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
