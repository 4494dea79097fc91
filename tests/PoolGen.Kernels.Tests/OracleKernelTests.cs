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
    /// Every libtorch oracle case through kernels generated at build time, all called through <see cref="KernelCall{T}"/>:
    /// every rank-2 case without divisor_override through <c>OracleKernels.cs</c> (rendered by <see cref="OracleKernelSource"/>),
    /// and every rank-1 and rank-3 case, every case with divisor_override and every max case with its argmax through
    /// <c>FeatureOracleKernels.cs</c> (rendered by <see cref="FeatureOracleKernelSource"/>). Values bitwise (any NaN equals
    /// any NaN; the README says the average outputs are exact for those inputs), indices equal, the output size, nothing
    /// written past the output or the indices, the input unchanged.
    /// </summary>
    public sealed class OracleKernelTests
    {
        /// <summary>The README counts 114 rank-2 cases; those with divisor_override are left out (PoolGen has no such property).</summary>
        private const int MinimumCoveredCases = 95;

        private static readonly Lazy<IReadOnlyList<OracleCase>> AllCases = new(
            () => Oracle.Load(Path.Combine(AppContext.BaseDirectory, "Oracle", "pytorch-pooling.jsonl")));

        private static readonly Lazy<Dictionary<string, OracleCase>> SelectedById = new(
            () => OracleKernelSource.Selected(AllCases.Value).ToDictionary(c => c.Id));

        public static TheoryData<string> CaseIds
        {
            get
            {
                var ids = new TheoryData<string>();
                foreach (OracleCase c in OracleKernelSource.Selected(AllCases.Value))
                {
                    ids.Add(c.Id);
                }

                return ids;
            }
        }

        [Fact]
        public void OracleKernelsFileIsUpToDate()
            => AssertRenderedFileIsUpToDate(OracleKernelSource.FileName, OracleKernelSource.ReceivedFileName, OracleKernelSource.Render(AllCases.Value), nameof(OracleKernelSource));

        /// <summary>
        /// The committed file of generated kernels equals what <paramref name="renderer"/> makes of the oracle file; otherwise
        /// the rendering is written beside it as the received file, for review.
        /// </summary>
        internal static void AssertRenderedFileIsUpToDate(string fileName, string receivedFileName, string rendered, string renderer)
        {
            string directory = SourceDirectory();
            string committedPath = Path.Combine(directory, fileName);
            string receivedPath = Path.Combine(directory, receivedFileName);
            string committed = File.Exists(committedPath) ? File.ReadAllText(committedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
            if (committed == rendered)
            {
                if (File.Exists(receivedPath))
                {
                    File.Delete(receivedPath);
                }

                return;
            }

            File.WriteAllText(receivedPath, rendered);
            Assert.Fail(
                $"{committedPath} differs from what {renderer}.Render makes of the oracle file. The rendering was written to " +
                $"{receivedPath}; review it, then accept it with `cp {receivedPath} {committedPath}` (and delete the received file), rebuild and rerun.");
        }

        [Fact]
        public void OracleKernels_CoverEveryRank2CaseWithoutDivisorOverride()
        {
            IReadOnlyList<OracleCase> all = AllCases.Value;
            IReadOnlyList<OracleCase> selected = OracleKernelSource.Selected(all);
            int expected = all.Count(c => c.Rank == 2) - all.Count(c => c.Rank == 2 && c.DivisorOverride is not null);
            Assert.Equal(expected, selected.Count);
            Assert.True(selected.Count >= MinimumCoveredCases, $"{selected.Count} rank-2 cases without divisor_override; at least {MinimumCoveredCases} expected");
            Assert.Equal(selected.Select(c => c.Id).Order(StringComparer.Ordinal), OracleKernels.ByCaseId.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(selected.Count, CaseIds.Count);

            // Both kinds, both element types, and the features the kernels must get right are among them.
            Assert.Contains(selected, c => c.Kind == PoolKind.Max && c.IsSingle);
            Assert.Contains(selected, c => c.Kind == PoolKind.Max && !c.IsSingle);
            Assert.Contains(selected, c => c.Kind == PoolKind.Average && c.IsSingle);
            Assert.Contains(selected, c => c.Kind == PoolKind.Average && !c.IsSingle);
            Assert.Contains(selected, c => c.CeilMode);
            Assert.Contains(selected, c => c.Dilation.Any(d => d > 1));
            Assert.Contains(selected, c => c.CountIncludePad == false);
            Assert.Contains(selected, c => c.Output.Any(double.IsNaN));
        }

        [Theory]
        [MemberData(nameof(CaseIds))]
        public void GeneratedKernel_MatchesLibtorch(string id)
        {
            OracleCase c = SelectedById.Value[id];
            Delegate kernel = OracleKernels.ByCaseId[id];
            if (c.IsSingle)
            {
                Check(c, (KernelCall<float>)kernel, IndexType.None, c.InputAsSingle(), c.OutputAsSingle());
            }
            else
            {
                Check(c, (KernelCall<double>)kernel, IndexType.None, c.InputAsDouble(), c.OutputAsDouble());
            }
        }

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
        public void FeatureOracleKernel_MatchesLibtorch(string id)
        {
            OracleCase c = FeatureSelectedById.Value[id];
            Delegate kernel = FeatureOracleKernels.ByCaseId[id];
            if (c.IsSingle)
            {
                Check(c, (KernelCall<float>)kernel, FeatureOracleKernelSource.IndicesOf(c), c.InputAsSingle(), c.OutputAsSingle());
            }
            else
            {
                Check(c, (KernelCall<double>)kernel, FeatureOracleKernelSource.IndicesOf(c), c.InputAsDouble(), c.OutputAsDouble());
            }
        }

        /// <summary>
        /// One case through its kernel: the output size (<see cref="PoolShape"/>, the sizes the kernels check, gives
        /// libtorch's on every axis), exactly that many outputs and indices (one fewer is rejected), the values and
        /// indices, nothing written past them, the input unchanged.
        /// </summary>
        private static void Check<T>(OracleCase c, KernelCall<T> kernel, IndexType indexType, T[] input, T[] expected)
            where T : unmanaged, INumber<T>
        {
            string context = c.ToString();
            int[] spatial = c.SpatialShape;
            int n = expected.Length;

            PoolSpecND spec = c.ToSpecND();
            int[] outputSpatial = Enumerable.Range(0, spatial.Length)
                .Select(axis => PoolShape.OutputSize(spatial[axis], spec.Kernel[axis], spec.Stride[axis], spec.Padding[axis], spec.Dilation[axis], spec.CeilMode))
                .ToArray();
            Assert.Equal(c.OutputShape, new[] { c.Batch, c.Channels }.Concat(outputSpatial).ToArray());

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
            var output = new T[n + KernelTests.Slack];
            output.AsSpan().Fill(KernelTests.Sentinel<T>());
            var indices32 = new int[indexType == IndexType.Int32 ? n + KernelTests.Slack : 0];
            var indices64 = new long[indexType == IndexType.Int64 ? n + KernelTests.Slack : 0];
            indices32.AsSpan().Fill(KernelTests.IndexSentinel);
            indices64.AsSpan().Fill(KernelTests.IndexSentinel);
            kernel(input, output, indices32, indices64, c.Batch, c.Channels, spatial);

            Compare.Bitwise<T>(expected, output.AsSpan(0, n), context);
            var tail = new T[KernelTests.Slack];
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

        /// <summary>The directory of this source file (the test project), where OracleKernels.cs lives.</summary>
        private static string SourceDirectory([CallerFilePath] string path = "")
        {
            string? directory = Path.GetDirectoryName(path);
            if (directory is not null && File.Exists(Path.Combine(directory, "PoolGen.Kernels.Tests.csproj")))
            {
                return directory;
            }

            // The compiler's path was mapped or the sources moved: look up from the output directory.
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PoolGen.Kernels.Tests.csproj")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"Cannot find the directory of PoolGen.Kernels.Tests.csproj from {path} or {AppContext.BaseDirectory}.");
        }
    }
}
