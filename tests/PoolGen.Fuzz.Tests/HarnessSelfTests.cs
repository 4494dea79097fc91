using System;
using System.Linq;
using PoolGen.Testing;

namespace PoolGen.Fuzz.Tests
{
    /// <summary>The fuzzer's checks catch what they are meant to catch: fake kernels that misbehave fail them.</summary>
    public sealed class HarnessSelfTests
    {
        private static readonly PoolProgram Max2x2 = new() { Seed = 1, Size = 2 };
        private static readonly RunShape Shape = new(1, 1, 4, 4, 7, false, false, 0, 2);

        private static string? Call(Entry<float> entry, RunShape? shape = null) =>
            FuzzRunner.Call(Max2x2, FuzzRunner.Adapt(entry), shape ?? Shape, out _);

        /// <summary>A correct fake kernel (the reference itself) passes.</summary>
        private static void Correct(float[] a, int aStart, int aLength, float[] b, int bStart, int bLength, int batch, int channels, int height, int width)
        {
            if (height < 2 || width < 2)
            {
                throw new ArgumentOutOfRangeException(height < 2 ? nameof(height) : nameof(width));
            }

            float[] result = PoolReference.Pool<float>(Max2x2.ToSpec(), a.AsSpan(aStart, height * width), 1, 1, height, width);
            result.CopyTo(b, bStart);
        }

        [Fact]
        public void ACorrectKernel_Passes() => Assert.Null(Call(Correct));

        [Fact]
        public void AWrongValue_IsCaught()
        {
            string? problem = Call((a, aStart, aLength, b, bStart, bLength, n, c, h, w) =>
            {
                Correct(a, aStart, aLength, b, bStart, bLength, n, c, h, w);
                b[bStart + 3] = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(b[bStart + 3]) ^ 1);
            });
            Assert.Contains("elements differ", problem);
        }

        [Fact]
        public void AWriteIntoTheOutputsSlack_IsCaught()
        {
            string? problem = Call((a, aStart, aLength, b, bStart, bLength, n, c, h, w) =>
            {
                Correct(a, aStart, aLength, b, bStart, bLength, n, c, h, w);
                b[bStart + 4] = 0; // the fifth element: inside the span, past the 2x2 output
            });
            Assert.Contains("outside the output", problem);
        }

        [Fact]
        public void AWriteBeforeTheOutput_IsCaught()
        {
            string? problem = Call((a, aStart, aLength, b, bStart, bLength, n, c, h, w) =>
            {
                Correct(a, aStart, aLength, b, bStart, bLength, n, c, h, w);
                b[bStart - 1] = 0;
            });
            Assert.Contains("outside the output", problem);
        }

        [Fact]
        public void AWriteIntoTheInput_IsCaught()
        {
            string? problem = Call((a, aStart, aLength, b, bStart, bLength, n, c, h, w) =>
            {
                Correct(a, aStart, aLength, b, bStart, bLength, n, c, h, w);
                a[aStart] = 42;
            });
            Assert.Contains("input array", problem);
        }

        [Fact]
        public void AMissingShapeCheck_IsCaught()
        {
            string? problem = Call((a, aStart, aLength, b, bStart, bLength, n, c, h, w) => { }, Shape with { Height = 1 });
            Assert.Contains("expected ArgumentOutOfRangeException for height", problem);
        }

        [Fact]
        public void AThrowingCallThatWroteTheOutput_IsCaught()
        {
            string? problem = Call((a, aStart, aLength, b, bStart, bLength, n, c, h, w) =>
            {
                b[bStart] = 1;
                throw new ArgumentOutOfRangeException("height");
            }, Shape with { Height = 1 });
            Assert.Contains("threw but wrote", problem);
        }

        [Fact]
        public void ExpectedDiagnostics_FollowTheDocumentedRules()
        {
            Assert.Empty(Max2x2.ExpectedDiagnostics());
            Assert.Equal(["PG0001"], (Max2x2 with { Size = 0 }).ExpectedDiagnostics());
            Assert.Equal(["PG0006"], (Max2x2 with { PaddingW = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0013"], (Max2x2 with { Kind = 1, Element = "int" }).ExpectedDiagnostics());
            Assert.Equal(["PG0015"], (Max2x2 with { Flaw = SignatureFlaw.Misordered }).ExpectedDiagnostics());
            Assert.Equal(["PG0016"], (Max2x2 with { HasHeight = false }).ExpectedDiagnostics());
            Assert.Equal(["PG0018"], (Max2x2 with { CountIncludePad = false }).ExpectedDiagnostics());
            Assert.True((Max2x2 with { CountIncludePad = false }).IsValid);

            // The breadth rules (docs/semantics.md; the parser's ReadReductionOptions, ReadPads, CheckGlobal, ReadClamp).
            Assert.Empty((Max2x2 with { Kind = 3, Element = "byte" }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Kind = 2, P = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0021"], (Max2x2 with { Kind = 4 }).ExpectedDiagnostics());
            Assert.Equal(["PG0042"], (Max2x2 with { Kind = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0013"], (Max2x2 with { Kind = 2, P = 1, Element = "int" }).ExpectedDiagnostics());
            Assert.Equal(["PG0043"], (Max2x2 with { Kind = 2, P = 0 }).ExpectedDiagnostics());
            Assert.Equal(["PG0043"], (Max2x2 with { P = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0018"], (Max2x2 with { Kind = 3, CountIncludePad = true }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Kind = 1, DivisorOverride = 3 }).ExpectedDiagnostics());
            Assert.Equal(["PG0048"], (Max2x2 with { DivisorOverride = 3 }).ExpectedDiagnostics());
            Assert.Equal(["PG0044"], (Max2x2 with { ClampMin = double.NaN }).ExpectedDiagnostics());
            Assert.Equal(["PG0044"], (Max2x2 with { ClampMin = 2, ClampMax = 1 }).ExpectedDiagnostics());
            Assert.Equal(["PG0044"], (Max2x2 with { Element = "int", ClampMax = 0.5 }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Element = "int", ClampMax = 6 }).ExpectedDiagnostics());
            Assert.Equal(["PG0051"], (Max2x2 with { Layout = 2 }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Layout = 1 }).ExpectedDiagnostics());
            Assert.Equal(["PG0049"], (Max2x2 with { Global = true }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Global = true, Size = null, Stride = null, Padding = null, SizeH = null, SizeW = null }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Pads = [1, 0, 0, 1], Padding = null, PaddingH = null, PaddingW = null }).ExpectedDiagnostics());
            Assert.Equal(["PG0046"], (Max2x2 with { Pads = [2, 0, 0, 0], Padding = null, PaddingH = null, PaddingW = null }).ExpectedDiagnostics());
            Assert.Equal(["PG0046"], (Max2x2 with { Pads = [0, 0, 0], Padding = null, PaddingH = null, PaddingW = null }).ExpectedDiagnostics());
            Assert.Equal(["PG0050"], (Max2x2 with { Kind = 3, Parallel = true }).ExpectedDiagnostics());
        }

        [Fact]
        public void Drawing_IsDeterministicAndCoversInvalidPrograms()
        {
            var first = Enumerable.Range(0, 500).Select(PoolProgram.Draw).ToList();
            var second = Enumerable.Range(0, 500).Select(PoolProgram.Draw).ToList();
            // (Compared as rendered source: a record compares the Pads array by reference.)
            Assert.Equal(first.Select(p => p.RenderClass(0)), second.Select(p => p.RenderClass(0)));
            Assert.InRange(first.Count(p => !p.IsValid), 100, 250);
            Assert.All(PoolProgram.ValidElements.Append("Half"), e => Assert.Contains(first, p => p.Element == e && p.IsValid));

            // The full draw's features, valid.
            var valid = first.Where(p => p.IsValid).ToList();
            Assert.Contains(valid, p => p.Rank == 1 && p.HasLength);
            Assert.Contains(valid, p => p.Rank == 1 && p.Length > 0);
            Assert.Contains(valid, p => p.Rank == 3 && p.HasDepth);
            Assert.Contains(valid, p => p.Rank == 3 && p.Depth > 0);
            Assert.Contains(valid, p => p.Rank != 2 && p.Layout == 1);
            Assert.All(new[] { 1, 2, 3 }, mode => Assert.Contains(valid, p => p.AutoPad == mode));
            Assert.All(new[] { "Span<int>", "Span<long>" }, type => Assert.Contains(valid, p => p.HasIndices && p.Indices == type));
            Assert.Contains(valid, p => p.HasIndices && p.Kind == 3);
            Assert.Contains(valid, p => p.Element == "Half" && p.Kind == 1);
            Assert.Contains(valid, p => p.Tensor == TensorForm.Valid);
        }
    }
}
