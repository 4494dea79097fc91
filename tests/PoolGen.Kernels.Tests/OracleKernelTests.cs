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
    /// Every rank-2 libtorch oracle case without divisor_override through a kernel generated at build time
    /// (<c>OracleKernels.cs</c>, rendered from the oracle by <see cref="OracleKernelSource"/>): values bitwise (any NaN
    /// equals any NaN; the README says the average outputs are exact for those inputs), the output size, and nothing
    /// written past it.
    /// </summary>
    public sealed partial class OracleKernelTests
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
        private static void AssertRenderedFileIsUpToDate(string fileName, string receivedFileName, string rendered, string renderer)
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
                Check(c, (PoolInvoker<float>)kernel, c.InputAsSingle(), c.OutputAsSingle());
            }
            else
            {
                Check(c, (PoolInvoker<double>)kernel, c.InputAsDouble(), c.OutputAsDouble());
            }
        }

        private static void Check<T>(OracleCase c, PoolInvoker<T> kernel, T[] input, T[] expected)
            where T : unmanaged, INumber<T>
        {
            string context = c.ToString();
            int[] spatial = c.SpatialShape;

            // The output shape: PoolShape (the sizes the kernels check, for users' buffers) gives libtorch's.
            PoolSpecND spec = c.ToSpecND();
            int outH = PoolShape.OutputSize(spatial[0], spec.Kernel[0], spec.Stride[0], spec.Padding[0], spec.Dilation[0], spec.CeilMode);
            int outW = PoolShape.OutputSize(spatial[1], spec.Kernel[1], spec.Stride[1], spec.Padding[1], spec.Dilation[1], spec.CeilMode);
            Assert.Equal(c.OutputShape, new[] { c.Batch, c.Channels, outH, outW });

            // Exactly that many elements: one fewer is rejected, and nothing past them is written.
            var tooShort = new T[expected.Length - 1];
            var shortError = Assert.Throws<ArgumentException>(() => kernel(input, tooShort, c.Batch, c.Channels, spatial[0], spatial[1]));
            Assert.Equal("output", shortError.ParamName);

            var inputCopy = (T[])input.Clone();
            var output = new T[expected.Length + KernelTests.Slack];
            output.AsSpan().Fill(KernelTests.Sentinel<T>());
            kernel(input, output, c.Batch, c.Channels, spatial[0], spatial[1]);

            Compare.Bitwise<T>(expected, output.AsSpan(0, expected.Length), context);
            var tail = new T[KernelTests.Slack];
            tail.AsSpan().Fill(KernelTests.Sentinel<T>());
            Compare.Bitwise<T>(tail, output.AsSpan(expected.Length), $"{context}: the output past the {expected.Length} elements of [{string.Join(",", c.OutputShape)}]");
            Compare.Bitwise<T>(inputCopy, input, $"{context}: the input after the call");
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
