using System;
using Microsoft.CodeAnalysis;
using PoolGen.Generator.Tests.Infrastructure;
using static PoolGen.Generator.Tests.Infrastructure.DiagnosticsSources;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// The diagnostics of adaptive pooling (OutputSize*): a window property, Global or DivisorOverride with it (PG0053),
    /// an output size below 1 or missing on an axis (PG0054), and a per-axis output size of another rank (PG0045). Each
    /// test checks the id, the exact location ([|marked|] in the source), the severity and the message.
    /// </summary>
    public class AdaptiveDiagnosticTests
    {
        private static GeneratorOutput Single(string markup, string id, params string[] fragments)
            => DiagnosticsAssert.ReportsSingle(markup, id, fragments);

        private static GeneratorOutput Several(string markup, params ExpectedDiagnostic[] expected)
            => DiagnosticsAssert.Reports(new[] { markup }, expected);

        private static ExpectedDiagnostic At(string id, int span, params string[] fragments) => ExpectedDiagnostic.At(id, span, fragments);

        private const string Ncl = "ReadOnlySpan<float> input, Span<float> output, int channels, int length";

        private const string Ncdhw = "ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width";

        private static string MessageOf(GeneratorOutput output) => Assert.Single(output.GeneratorDiagnostics).GetMessage();

        // ---------------------------------------------------------------- PG0053 a window property with OutputSize

        [Theory]
        [InlineData("Size = 2")]
        [InlineData("SizeW = 2")]
        [InlineData("Stride = 1")]
        [InlineData("StrideH = 2")]
        [InlineData("Padding = 0")]
        [InlineData("PaddingW = 1")]
        [InlineData("Dilation = 1")]
        [InlineData("DilationH = 2")]
        [InlineData("Pads = new[] { 0, 0, 0, 0 }")]
        public void PG0053_WindowPropertyWithOutputSize_PointsAtIt(string property)
        {
            string name = property[..property.IndexOf(' ', StringComparison.Ordinal)];
            GeneratorOutput output = Single(Kernel($"OutputSize = 7, [|{property}|]"), "PG0053");
            Assert.Equal(
                $"'{name}' cannot be combined with OutputSize, which makes this adaptive pooling: the windows follow from the input and output sizes; remove {name}, or remove OutputSize to pool with a window",
                MessageOf(output));
            Assert.Equal(DiagnosticSeverity.Error, Assert.Single(output.GeneratorDiagnostics).Severity);
        }

        [Theory]
        [InlineData("CeilMode = true")]
        [InlineData("AutoPad = PoolAutoPad.SameUpper")]
        public void PG0053_OutputSizingPropertyWithOutputSize_SaysTheOutputSizeIsGiven(string property)
        {
            string name = property[..property.IndexOf(' ', StringComparison.Ordinal)];
            GeneratorOutput output = Single(Kernel($"[|{property}|], OutputSizeH = 3, OutputSizeW = 4"), "PG0053");
            Assert.Equal(
                $"'{name}' cannot be combined with OutputSizeH, which makes this adaptive pooling: the output size is OutputSizeH itself; remove {name}, or remove OutputSizeH to pool with a window",
                MessageOf(output));
        }

        [Fact]
        public void PG0053_GlobalWithOutputSize_SaysTheyMeanTheSame()
        {
            GeneratorOutput output = Single(Kernel("OutputSize = 1, [|Global = true|]"), "PG0053");
            Assert.Equal("'Global' cannot be combined with OutputSize, which makes this adaptive pooling: Global = true is the same as OutputSize = 1; write only one of them", MessageOf(output));
        }

        [Fact]
        public void PG0053_GlobalFalseWithOutputSize_IsFine()
            => DiagnosticsAssert.Reports(new[] { Kernel("OutputSize = 2, Global = false") });

        [Fact]
        public void PG0053_DivisorOverrideWithOutputSize_ReportedOnce()
        {
            GeneratorOutput output = Single(Kernel("Kind = PoolKind.Average, OutputSize = 2, [|DivisorOverride = 3|]"), "PG0053");
            Assert.Equal("'DivisorOverride' cannot be combined with OutputSize, which makes this adaptive pooling: each window's sum is divided by its own length on each axis; remove DivisorOverride", MessageOf(output));
        }

        [Fact]
        public void PG0053_CountIncludePadWithOutputSize_ReportedOnce_EvenOnMax()
        {
            GeneratorOutput output = Single(Kernel("OutputSize = 2, [|CountIncludePad = false|]"), "PG0053");
            Assert.Equal("'CountIncludePad' cannot be combined with OutputSize, which makes this adaptive pooling: adaptive windows have no padding to count; remove CountIncludePad", MessageOf(output));
        }

        [Fact]
        public void PG0053_SeveralProperties_EachReportedWhereWritten()
            => Several(Kernel("[|Size = 3|], OutputSize = 2, [|Stride = 2|], [|CeilMode = true|]"),
                At("PG0053", 0, "'Size'"),
                At("PG0053", 1, "'Stride'"),
                At("PG0053", 2, "'CeilMode'"));

        [Fact]
        public void PG0053_3DPropertyWithOutputSize3D()
            => Single(Kernel("OutputSize = 2, [|SizeD = 2|]", Ncdhw), "PG0053", "'SizeD'", "OutputSize");

        // ---------------------------------------------------------------- PG0054 invalid output size

        [Theory]
        [InlineData("[|OutputSize = 0|]", "OutputSize is 0")]
        [InlineData("[|OutputSize = -2|]", "OutputSize is -2")]
        [InlineData("OutputSize = 3, [|OutputSizeW = 0|]", "OutputSizeW is 0")]
        [InlineData("[|OutputSizeH = -1|], OutputSizeW = 4", "OutputSizeH is -1")]
        public void PG0054_OutputSizeBelowOne_PointsAtIt(string arguments, string fragment)
        {
            GeneratorOutput output = Single(Kernel(arguments), "PG0054", fragment);
            Assert.EndsWith("; an adaptive output size must be at least 1", MessageOf(output), StringComparison.Ordinal);
        }

        [Fact]
        public void PG0054_OutputSizeOnOneAxisOnly_SaysWhatToWrite()
        {
            GeneratorOutput output = Single(Kernel("[|OutputSizeH = 3|]"), "PG0054");
            Assert.Equal("the width axis has no output size; adaptive pooling needs one on every axis: write OutputSize, or all of OutputSizeH and OutputSizeW", MessageOf(output));
        }

        [Fact]
        public void PG0054_3DMissingDepth_SaysWhatToWrite()
            => Single(Kernel("[|OutputSizeH = 3|], OutputSizeW = 2", Ncdhw), "PG0054", "the depth axis has no output size", "all of OutputSizeD, OutputSizeH and OutputSizeW");

        [Fact]
        public void PG0054_SharedOutputSizeBelowOne_ReportedOnce3D()
            => Single(Kernel("[|OutputSize = 0|]", Ncdhw), "PG0054", "OutputSize is 0");

        // ---------------------------------------------------------------- PG0045 per-axis output size of another rank

        [Theory]
        [InlineData("OutputSize = 3, [|OutputSizeW = 2|]", "'OutputSizeW'")]
        [InlineData("OutputSize = 3, [|OutputSizeH = 2|]", "'OutputSizeH'")]
        [InlineData("OutputSize = 3, [|OutputSizeD = 2|]", "'OutputSizeD'")]
        public void PG0045_PerAxisOutputSizeIn1D_PointsAtIt(string arguments, string name)
            => Single(Kernel(arguments, Ncl), "PG0045", name, "does not apply to 1D pooling");

        [Fact]
        public void PG0045_OutputSizeDIn2D_PointsAtIt()
            => Single(Kernel("Rank = 2, OutputSize = 3, [|OutputSizeD = 2|]"), "PG0045", "'OutputSizeD'", "does not apply to 2D pooling");

        // ---------------------------------------------------------------- what is fine

        [Theory]
        [InlineData("OutputSize = 7")]
        [InlineData("Kind = PoolKind.Average, OutputSizeH = 3, OutputSizeW = 9, Layout = PoolLayout.Nhwc, Parallel = true")]
        [InlineData("Kind = PoolKind.Min, OutputSize = 100, ClampMin = 0")]
        [InlineData("Kind = PoolKind.Lp, P = 2, OutputSize = 2")]
        public void ValidAdaptiveAttributes_ReportNothing(string arguments)
            => DiagnosticsAssert.Reports(new[] { Kernel(arguments) });

        [Fact]
        public void OutputSizeDMakesTheMethod3D()
            => DiagnosticsAssert.Reports(new[] { Kernel("OutputSize = 2, OutputSizeD = 1", Ncdhw) });

        [Fact]
        public void AdaptiveAverageWithIndices_IsPG0041()
            => Single(Kernel("Kind = PoolKind.Average, OutputSize = 2", "ReadOnlySpan<float> input, Span<float> output, [|Span<int> indices|], int channels, int height, int width"), "PG0041");
    }
}
