using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Every adaptive case of the libtorch ops oracle (adaptive_avg, adaptive_max; <c>Oracle/pytorch-pooling-ops.jsonl</c>)
    /// through generated kernels of both layouts: libtorch's values bit for bit and its indices exactly.
    /// </summary>
    public sealed class AdaptiveOracleKernelTests
    {
        private static readonly Lazy<IReadOnlyList<OracleOpCase>> AllCases = new(
            () => Oracle.LoadOps(Path.Combine(AppContext.BaseDirectory, "Oracle", "pytorch-pooling-ops.jsonl")));

        public static TheoryData<string> CaseIds()
        {
            var data = new TheoryData<string>();
            foreach (OracleOpCase c in AdaptiveOracleKernelSource.Selected(AllCases.Value))
            {
                data.Add(c.Id);
            }

            return data;
        }

        [Fact]
        public void AdaptiveOracleKernelsFileIsUpToDate()
            => OracleKernelTests.AssertRenderedFileIsUpToDate(AdaptiveOracleKernelSource.FileName, AdaptiveOracleKernelSource.ReceivedFileName, AdaptiveOracleKernelSource.Render(AllCases.Value), nameof(AdaptiveOracleKernelSource));

        [Fact]
        public void EveryAdaptiveCaseHasKernels()
        {
            IReadOnlyList<OracleOpCase> selected = AdaptiveOracleKernelSource.Selected(AllCases.Value);
            Assert.Equal(51, selected.Count);
            Assert.Equal(selected.Select(c => c.Id).Order(StringComparer.Ordinal), AdaptiveOracleKernels.ByCaseId.Keys.Order(StringComparer.Ordinal));
            Assert.Contains(selected, c => c.Rank == 1);
            Assert.Contains(selected, c => c.Rank == 3);
            Assert.Contains(selected, c => c.OutputSize!.Zip(c.SpatialShape).Any(p => p.First > p.Second));
        }

        [Theory]
        [MemberData(nameof(CaseIds))]
        public void MatchesLibtorch(string id)
        {
            OracleOpCase c = AdaptiveOracleKernelSource.Selected(AllCases.Value).Single(x => x.Id == id);
            (Delegate nchw, Delegate nhwc) = AdaptiveOracleKernels.ByCaseId[id];
            if (c.IsSingle)
            {
                Run(c, (KernelCall<float>)nchw, channelsLast: false);
                Run(c, (KernelCall<float>)nhwc, channelsLast: true);
            }
            else
            {
                Run(c, (KernelCall<double>)nchw, channelsLast: false);
                Run(c, (KernelCall<double>)nhwc, channelsLast: true);
            }
        }

        private static void Run<T>(OracleOpCase c, KernelCall<T> call, bool channelsLast)
            where T : unmanaged, System.Numerics.INumber<T>
        {
            T[] planar = OracleOpCase.As<T>(c.Input);
            T[] expected = OracleOpCase.As<T>(c.Output);
            int[] spatial = c.SpatialShape;
            int[] outSpatial = c.OutputSpatialShape;
            T[] input = channelsLast ? Layouts.ToChannelsLast<T>(planar, c.Batch, c.Channels, spatial) : planar;
            var output = new T[expected.Length];
            var indices = new long[c.Op == OracleOpCase.AdaptiveMax ? expected.Length : 0];
            call(input, output, [], indices, c.Batch, c.Channels, spatial);
            if (channelsLast)
            {
                output = Layouts.ToChannelsFirst<T>(output, c.Batch, c.Channels, outSpatial);
                indices = indices.Length == 0 ? indices : Layouts.ToChannelsFirst<long>(indices, c.Batch, c.Channels, outSpatial);
            }

            AdaptiveRun.AssertSame(expected, output, $"{c} {(channelsLast ? "channels last" : "channels first")}");
            if (c.Indices is not null)
            {
                Assert.Equal(c.Indices, indices);
            }
        }
    }
}
