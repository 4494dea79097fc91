using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Every backward and unpooling case of the libtorch ops oracle (max_backward, avg_backward, max_unpool;
    /// <c>Oracle/pytorch-pooling-ops.jsonl</c>) through generated kernels of both layouts: libtorch's gradients and
    /// unpooled values bit for bit (the oracle's README: every gradient sum is exact, no case needs a tolerance).
    /// </summary>
    public sealed class OperationOracleKernelTests
    {
        private static readonly Lazy<IReadOnlyList<OracleOpCase>> AllCases = new(
            () => Oracle.LoadOps(Path.Combine(AppContext.BaseDirectory, "Oracle", "pytorch-pooling-ops.jsonl")));

        public static TheoryData<string> CaseIds()
        {
            var data = new TheoryData<string>();
            foreach (OracleOpCase c in OperationOracleKernelSource.Selected(AllCases.Value))
            {
                data.Add(c.Id);
            }

            return data;
        }

        [Fact]
        public void OperationOracleKernelsFileIsUpToDate()
            => OracleKernelTests.AssertRenderedFileIsUpToDate(OperationOracleKernelSource.FileName, OperationOracleKernelSource.ReceivedFileName, OperationOracleKernelSource.Render(AllCases.Value), nameof(OperationOracleKernelSource));

        [Fact]
        public void EveryBackwardAndUnpoolingCaseHasKernels()
        {
            IReadOnlyList<OracleOpCase> selected = OperationOracleKernelSource.Selected(AllCases.Value);
            Assert.Equal(153, selected.Count);
            Assert.Equal(selected.Select(c => c.Id).Order(StringComparer.Ordinal), OperationOracleKernels.ByCaseId.Keys.Order(StringComparer.Ordinal));
            foreach (string op in new[] { OracleOpCase.MaxBackward, OracleOpCase.AvgBackward, OracleOpCase.MaxUnpool })
            {
                Assert.Contains(selected, c => c.Op == op && c.Rank == 1);
                Assert.Contains(selected, c => c.Op == op && c.Rank == 3);
            }

            Assert.Contains(selected, c => c.Op == OracleOpCase.AvgBackward && c.CeilMode == true);
            Assert.Contains(selected, c => c.Op == OracleOpCase.AvgBackward && c.CountIncludePad == false);
            Assert.Contains(selected, c => c.Op == OracleOpCase.AvgBackward && c.DivisorOverride is not null);
        }

        [Theory]
        [MemberData(nameof(CaseIds))]
        public void MatchesLibtorch(string id)
        {
            OracleOpCase c = OperationOracleKernelSource.Selected(AllCases.Value).Single(x => x.Id == id);
            (Delegate nchw, Delegate nhwc) = OperationOracleKernels.ByCaseId[id];
            if (c.IsSingle)
            {
                Run(c, (OperationCall<float>)nchw, channelsLast: false);
                Run(c, (OperationCall<float>)nhwc, channelsLast: true);
            }
            else
            {
                Run(c, (OperationCall<double>)nchw, channelsLast: false);
                Run(c, (OperationCall<double>)nhwc, channelsLast: true);
            }
        }

        private static void Run<T>(OracleOpCase c, OperationCall<T> call, bool channelsLast)
            where T : unmanaged, INumber<T>
        {
            bool unpool = c.Op == OracleOpCase.MaxUnpool;
            T[] pooled = OracleOpCase.As<T>(unpool ? c.Input : c.GradOutput);
            T[] expected = OracleOpCase.As<T>(unpool ? c.Output : c.GradInput);
            int[] pooledSpatial = unpool ? c.SpatialShape : c.OutputSpatialShape;
            int[] fullSpatial = unpool ? c.OutputSize! : c.SpatialShape;
            long[] indices = c.Indices ?? [];
            if (channelsLast)
            {
                pooled = Layouts.ToChannelsLast<T>(pooled, c.Batch, c.Channels, pooledSpatial);
                indices = indices.Length == 0 ? indices : Layouts.ToChannelsLast<long>(indices, c.Batch, c.Channels, pooledSpatial);
            }

            // Filled with a marker, so that an element the kernel forgot to write shows.
            T[] destination = Enumerable.Repeat(T.CreateChecked(-7), expected.Length).ToArray();
            call(pooled, indices, destination, c.Batch, c.Channels, fullSpatial);
            if (channelsLast)
            {
                destination = Layouts.ToChannelsFirst<T>(destination, c.Batch, c.Channels, fullSpatial);
            }

            OperationAssert.Bitwise(expected, destination, $"{c} {(channelsLast ? "channels last" : "channels first")}");
        }
    }

    /// <summary>Bitwise comparison of gradients and unpooled values (any NaN equals any NaN).</summary>
    public static class OperationAssert
    {
        public static void Bitwise<T>(T[] expected, T[] actual, string what)
            where T : unmanaged, INumber<T>
        {
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                bool same = T.IsNaN(expected[i]) ? T.IsNaN(actual[i]) : Bits(expected[i]) == Bits(actual[i]);
                Assert.True(same, $"{what}: element {i} is {actual[i]}, expected {expected[i]} (bit for bit).");
            }
        }

        private static long Bits<T>(T value)
            where T : unmanaged =>
            value switch
            {
                float f => BitConverter.SingleToInt32Bits(f),
                double d => BitConverter.DoubleToInt64Bits(d),
                _ => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
            };
    }
}
