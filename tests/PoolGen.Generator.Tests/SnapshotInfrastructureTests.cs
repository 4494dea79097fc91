using System.Linq;
using PoolGen.Generator.Tests.Infrastructure;

namespace PoolGen.Generator.Tests
{
    /// <summary>The snapshot helper's own pieces that do not touch the Snapshots folder.</summary>
    public class SnapshotInfrastructureTests
    {
        [Fact]
        public void NormalizeTurnsEveryLineEndingIntoLf()
        {
            Assert.Equal("a\nb\nc\n", Snapshot.Normalize("a\r\nb\rc\n"));
        }

        [Fact]
        public void DiffShowsRemovedAndAddedLinesWithTheirLineNumbers()
        {
            string verified = "one\ntwo\nthree\nfour\nfive\n";
            string received = "one\ntwo\nTHREE\nfour\nfive\nsix\n";

            string diff = Snapshot.Diff(verified, received);

            Assert.Contains("-    3       | three", diff, System.StringComparison.Ordinal);
            Assert.Contains("+          3 | THREE", diff, System.StringComparison.Ordinal);
            Assert.Contains("+          6 | six", diff, System.StringComparison.Ordinal);
            Assert.Contains("     2     2 | two", diff, System.StringComparison.Ordinal);
        }

        [Fact]
        public void DiffStopsAfterAboutFortyChangedLines()
        {
            string verified = string.Concat(Enumerable.Range(0, 100).Select(i => $"line {i}\n"));
            string received = string.Concat(Enumerable.Range(0, 100).Select(i => $"LINE {i}\n"));

            string diff = Snapshot.Diff(verified, received);

            Assert.Contains("... and 160 more changed lines", diff, System.StringComparison.Ordinal);
        }
    }
}
