using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// The libtorch oracle cases that need the feature kernels, through kernels generated at build time
    /// (<c>FeatureOracleKernels.cs</c>, rendered from the oracle by <see cref="FeatureOracleKernelSource"/>): every rank-1 and
    /// rank-3 case, every case with divisor_override, and every max case with its argmax. Values bitwise (any NaN equals any
    /// NaN; the oracle's average outputs are exact for its inputs), indices equal, the output size, nothing written past it.
    /// </summary>
    public sealed partial class OracleKernelTests
    {
        private static readonly Lazy<Dictionary<string, OracleCase>> FeatureSelectedById = new(
            () => FeatureOracleKernelSource.Selected(AllCases.Value).ToDictionary(c => c.Id));

        public static TheoryData<string> FeatureCaseIds
        {
            get
            {
                var ids = new TheoryData<string>();
                foreach (OracleCase c in FeatureOracleKernelSource.Selected(AllCases.Value))
                {
                    ids.Add(c.Id);
                }

                return ids;
            }
        }

        [Fact]
        public void FeatureOracleKernelsFileIsUpToDate()
            => AssertRenderedFileIsUpToDate(FeatureOracleKernelSource.FileName, FeatureOracleKernelSource.ReceivedFileName, FeatureOracleKernelSource.Render(AllCases.Value), nameof(FeatureOracleKernelSource));

        [Fact]
        public void FeatureOracleKernels_CoverEveryCaseOutsideOracleKernels_AndEveryMaxCaseWithIndices()
        {
            IReadOnlyList<OracleCase> all = AllCases.Value;
            IReadOnlyList<OracleCase> selected = FeatureOracleKernelSource.Selected(all);
            IReadOnlyList<OracleCase> rank2 = OracleKernelSource.Selected(all);

            // Together with OracleKernels every case runs through a generated kernel, and every max case with its indices.
            Assert.Equal(all.Select(c => c.Id).Order(StringComparer.Ordinal), selected.Concat(rank2).Select(c => c.Id).Distinct().Order(StringComparer.Ordinal));
            Assert.All(all.Where(c => c.Kind == PoolKind.Max), c => Assert.Contains(c, selected));
            Assert.Equal(selected.Select(c => c.Id).Order(StringComparer.Ordinal), FeatureOracleKernels.ByCaseId.Keys.Order(StringComparer.Ordinal));

            // The README's counts: ranks 1 and 3 (42 and 46 cases), divisor_override 17.
            Assert.Equal(42, selected.Count(c => c.Rank == 1));
            Assert.Equal(46, selected.Count(c => c.Rank == 3));
            Assert.Equal(17, selected.Count(c => c.DivisorOverride is not null));
            Assert.Equal(106, selected.Count(c => c.Kind == PoolKind.Max));
            Assert.Contains(selected, c => c.Kind == PoolKind.Max && c.Rank == 3 && !c.IsSingle);
            Assert.Contains(selected, c => c.Kind == PoolKind.Average && c.Rank == 1 && c.CountIncludePad == false);
            Assert.Contains(selected, c => c.Rank == 3 && c.CeilMode && c.Dilation.Any(d => d > 1));
            Assert.Contains(selected, c => c.Id == "c0300"); // max windows with no tap inside the input
        }

        [Theory]
        [MemberData(nameof(FeatureCaseIds))]
        public void FeatureKernel_MatchesLibtorch(string id)
        {
            OracleCase c = FeatureSelectedById.Value[id];
            Delegate kernel = FeatureOracleKernels.ByCaseId[id];
            if (c.IsSingle)
            {
                CheckFeatureKernel(c, (FeatureCall<float>)kernel, c.InputAsSingle(), c.OutputAsSingle());
            }
            else
            {
                CheckFeatureKernel(c, (FeatureCall<double>)kernel, c.InputAsDouble(), c.OutputAsDouble());
            }
        }

        private static void CheckFeatureKernel<T>(OracleCase c, FeatureCall<T> kernel, T[] input, T[] expected)
            where T : unmanaged, INumber<T>
        {
            string context = c.ToString();
            int[] spatial = c.SpatialShape;
            IndexType indexType = FeatureOracleKernelSource.IndicesOf(c);
            int n = expected.Length;
            const int slack = 7;

            // Exactly that many outputs (and indices): one fewer is rejected before anything is written.
            var shortOutput = new T[n - 1];
            var shortError = Assert.Throws<ArgumentException>(() => kernel(input, shortOutput, new int[n], new long[n], c.Batch, c.Channels, spatial));
            Assert.Equal("output", shortError.ParamName);
            if (indexType != IndexType.None)
            {
                var indicesError = Assert.Throws<ArgumentException>(() => kernel(input, new T[n], new int[n - 1], new long[n - 1], c.Batch, c.Channels, spatial));
                Assert.Equal("indices", indicesError.ParamName);
            }

            var inputCopy = (T[])input.Clone();
            var output = new T[n + slack];
            output.AsSpan().Fill(KernelTests.Sentinel<T>());
            var indices32 = new int[indexType == IndexType.Int32 ? n + slack : 0];
            var indices64 = new long[indexType == IndexType.Int64 ? n + slack : 0];
            indices32.AsSpan().Fill(KernelTests.IndexSentinel);
            indices64.AsSpan().Fill(KernelTests.IndexSentinel);
            kernel(input, output, indices32, indices64, c.Batch, c.Channels, spatial);

            Compare.Bitwise<T>(expected, output.AsSpan(0, n), context);
            var tail = new T[slack];
            tail.AsSpan().Fill(KernelTests.Sentinel<T>());
            Compare.Bitwise<T>(tail, output.AsSpan(n), $"{context}: the output past the {n} elements of [{string.Join(",", c.OutputShape)}]");
            Compare.Bitwise<T>(inputCopy, input, $"{context}: the input after the call");
            if (indexType != IndexType.None)
            {
                long[] actual = indexType == IndexType.Int32 ? indices32.Select(i => (long)i).ToArray() : indices64;
                Assert.Equal(c.Indices!, actual[..n]);
                Assert.All(actual[n..], i => Assert.Equal(KernelTests.IndexSentinel, i));
            }
        }
    }
}
