using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PoolGen.Generator.Tests.Infrastructure;
using static PoolGen.Generator.Tests.Infrastructure.DiagnosticsSources;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// The diagnostics of the window: the window size, stride, dilation and padding of every rank (PG0001..PG0008),
    /// Pads (PG0046), AutoPad with explicit padding (PG0047) and Global with a window (PG0049).
    /// Each test checks the id, the exact location ([|marked|] in the source), the file, the severity and the key facts of
    /// the message; an id whose message is a whole sentence ({0}) has a test per distinct message.
    /// </summary>
    public class WindowDiagnosticTests
    {
        private static GeneratorOutput Single(string markup, string id, params string[] fragments)
            => DiagnosticsAssert.ReportsSingle(markup, id, fragments);

        private static GeneratorOutput Several(string markup, params ExpectedDiagnostic[] expected)
            => DiagnosticsAssert.Reports(new[] { markup }, expected);

        private static ExpectedDiagnostic At(string id, int span, params string[] fragments) => ExpectedDiagnostic.At(id, span, fragments);

        /// <summary>1D: input, output, channels, length.</summary>
        private const string Ncl = "ReadOnlySpan<float> input, Span<float> output, int channels, int length";

        /// <summary>3D: input, output, channels, depth, height, width.</summary>
        private const string Ncdhw = "ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width";

        /// <summary>The one diagnostic's whole message.</summary>
        private static string MessageOf(GeneratorOutput output) => Assert.Single(output.GeneratorDiagnostics).GetMessage();

        // ---------------------------------------------------------------- PG0001 window size

        [Fact]
        public void PG0001_SizeW_Zero_PointsAtTheNamedArgument()
            => Single(Kernel("Size = 2, [|SizeW = 0|]"), "PG0001", "'SizeW' is 0");

        [Fact]
        public void PG0001_SizeH_Negative()
            => Single(Kernel("[|SizeH = -3|], SizeW = 2"), "PG0001", "'SizeH' is -3");

        [Fact]
        public void PG0001_Size_Zero_UsedOnlyByTheAxisWithoutOverride()
            => Single(Kernel("[|Size = 0|], SizeH = 2"), "PG0001", "'Size' is 0");

        [Fact]
        public void PG0001_Size_IntMinValue_ReportsTheValue()
            => Single(Kernel("[|Size = int.MinValue|], SizeW = 2"), "PG0001", "'Size' is -2147483648");

        [Fact]
        public void PG0001_InTheSecondFile_PointsIntoThatFile()
        {
            const string first = """
                namespace Demo;

                public static partial class Kernels
                {
                    public static int Unrelated => 1;
                }
                """;
            string second = Kernel("Size = 2, [|SizeW = 0|]");
            DiagnosticsAssert.Reports(new[] { first, second }, new ExpectedDiagnostic("PG0001", 0, new[] { "'SizeW' is 0" }, File: 1));
        }

        /// <summary>
        /// A two-axis property applies to both axes, but an invalid value is one mistake: it must be reported once.
        /// </summary>
        [Theory]
        [InlineData("Size = 0", "PG0001", "'Size' is 0")]
        [InlineData("Size = 2, Stride = -1", "PG0003", "'Stride' is -1")]
        [InlineData("Size = 2, Dilation = 0", "PG0004", "'Dilation' is 0")]
        [InlineData("Size = 2, Padding = -1", "PG0005", "'Padding' is -1")]
        public void TwoAxisProperty_Invalid_IsReportedOnce(string arguments, string id, string fragment)
        {
            // Mark the last argument, the invalid one.
            int comma = arguments.LastIndexOf(", ", StringComparison.Ordinal);
            string marked = comma < 0 ? $"[|{arguments}|]" : $"{arguments[..(comma + 2)]}[|{arguments[(comma + 2)..]}|]";
            Single(Kernel(marked), id, fragment);
        }

        // ---------------------------------------------------------------- PG0002 no window size

        [Fact]
        public void PG0002_NoSize_PointsAtTheWholeAttribute()
            => Single(InKernels($"[[|Pool(Stride = 2)|]]\n    public static partial void M({Signature});"), "PG0002", "'M'", "Size", "SizeH and SizeW");

        [Fact]
        public void PG0002_NoArgumentList()
            => Single(InKernels($"[[|Pool|]]\n    public static partial void M({Signature});"), "PG0002", "'M'");

        [Fact]
        public void PG0002_OnlySizeH_IsReportedOnce()
            => Single(InKernels($"[[|Pool(SizeH = 2)|]]\n    public static partial void M({Signature});"), "PG0002", "'M'");

        [Fact]
        public void PG0002_OnlySizeW_IsReportedOnce()
            => Single(InKernels($"[[|Pool(SizeW = 2, Kind = PoolKind.Average)|]]\n    public static partial void M({Signature});"), "PG0002", "'M'");

        [Fact]
        public void PG0002_QualifiedAttributeName()
            => Single(InKernels($"[[|PoolGen.PoolAttribute(Padding = 1)|]]\n    public static partial void Pool3({Signature});"), "PG0002", "'Pool3'");

        // ---------------------------------------------------------------- PG0002 for 1D and 3D

        [Fact]
        public void PG0002_1D_AsksForSizeOnly()
        {
            GeneratorOutput output = Single(InKernels($"[[|Pool(Stride = 2)|]]\n    public static partial void M({Ncl});"), "PG0002", "'M'");
            Assert.Equal("The [Pool] attribute on 'M' sets no window size; set Size", MessageOf(output));
        }

        [Fact]
        public void PG0002_1DByFixedLength_AsksForSizeOnly()
            => Single(InKernels("[[|Pool(Length = 8)|]]\n    public static partial void M(ReadOnlySpan<float> input, Span<float> output);"), "PG0002", "'M'", "; set Size");

        /// <summary>Once, with the 3D advice on every axis (a regression test: it was reported twice, the second time with the 2D advice).</summary>
        [Fact]
        public void PG0002_3D_NoSizeAtAll_IsReportedOnceWithThe3DMessage()
        {
            GeneratorOutput output = Single(InKernels($"[[|Pool(Stride = 2)|]]\n    public static partial void M({Ncdhw});"), "PG0002", "'M'");
            Assert.Equal("The [Pool] attribute on 'M' sets no window size; set Size, or all of SizeD, SizeH and SizeW", MessageOf(output));
        }

        [Fact]
        public void PG0002_3D_OnlySizeD()
            => Single(InKernels($"[[|Pool(SizeD = 2)|]]\n    public static partial void M({Ncdhw});"), "PG0002", "'M'");

        [Fact]
        public void PG0002_3D_SizeHAndSizeWButNotSizeD_AsksForTheDepth()
            => Single(InKernels($"[[|Pool(SizeH = 2, SizeW = 2)|]]\n    public static partial void M({Ncdhw});"), "PG0002", "'M'", "SizeD");

        // ---------------------------------------------------------------- PG0003 stride

        [Fact]
        public void PG0003_StrideH_Negative()
            => Single(Kernel("Size = 2, [|StrideH = -1|]"), "PG0003", "'StrideH' is -1");

        [Fact]
        public void PG0003_StrideW_Negative_WithValidTwoAxisStride()
            => Single(Kernel("Size = 2, Stride = 1, [|StrideW = -5|]"), "PG0003", "'StrideW' is -5");

        // ---------------------------------------------------------------- PG0004 dilation

        [Fact]
        public void PG0004_DilationW_Zero()
            => Single(Kernel("Size = 2, [|DilationW = 0|]"), "PG0004", "'DilationW' is 0");

        [Fact]
        public void PG0004_DilationH_Negative()
            => Single(Kernel("Size = 2, Dilation = 2, [|DilationH = -1|]"), "PG0004", "'DilationH' is -1");

        // ---------------------------------------------------------------- PG0005 negative padding

        [Fact]
        public void PG0005_PaddingH_Negative()
            => Single(Kernel("Size = 2, [|PaddingH = -1|]"), "PG0005", "'PaddingH' is -1");

        [Fact]
        public void PG0005_PaddingW_Negative_OverridesValidPadding()
            => Single(Kernel("Size = 3, Padding = 1, [|PaddingW = -2|]"), "PG0005", "'PaddingW' is -2");

        // ---------------------------------------------------------------- PG0006 padding too large

        [Fact]
        public void PG0006_PaddingW_TooLargeForTheDilatedWindow()
            // k = 3, d = 2: effective 5, so at most 2.
            => Single(Kernel("Size = 3, DilationW = 2, [|PaddingW = 3|]"), "PG0006", "Padding 3", "width axis", "(5 wide)", "at most 2");

        [Fact]
        public void PG0006_PaddingH_TooLarge_WhilePaddingIsFine()
            => Single(Kernel("Size = 4, Padding = 1, [|PaddingH = 3|]"), "PG0006", "Padding 3", "height axis", "(4 wide)", "at most 2");

        [Fact]
        public void PG0006_DilatedPaddingOneOverTheLimit()
            // k = 2, d = 3: effective 4; padding 2 is valid (see the valid cases), 3 is not.
            => Single(Kernel("Size = 2, Dilation = 3, PaddingH = 0, [|PaddingW = 3|]"), "PG0006", "Padding 3", "width axis", "(4 wide)", "at most 2");

        [Fact]
        public void PG0006_TwoAxisPadding_IsReportedForEachAxis()
            // The message names the axis, so a two-axis padding that is too large on both gives one diagnostic per axis.
            => Several(Kernel("Size = 2, [|Padding = 2|]"),
                At("PG0006", 0, "Padding 2", "height axis", "(2 wide)", "at most 1"),
                At("PG0006", 0, "Padding 2", "width axis", "(2 wide)", "at most 1"));

        [Fact]
        public void PG0006_TwoAxisPadding_TooLargeOnlyOnTheNarrowAxis()
            => Single(Kernel("SizeH = 2, SizeW = 1, [|Padding = 1|]"), "PG0006", "Padding 1", "width axis", "(1 wide)", "at most 0");

        [Fact]
        public void PG0024_LargestSupportedWindow_IsValid()
        {
            // Effective window 1048576 = 2^20, the documented limit, and padding 1 <= 524288: no diagnostic.
            GeneratorOutput output = GeneratorRunner.Run(Kernel("Size = 2, Padding = 1, Dilation = 1048575"));
            Assert.Null(output.Result.Exception);
            Assert.Empty(output.GeneratorDiagnostics);
            Assert.Empty(output.CompilationDiagnostics);
        }

        [Fact]
        public void PG0024_WindowBeyondTheLimit_PointsAtTheDilation()
            => Single(Kernel("Size = 2, [|Dilation = 1048576|]"), "PG0024", "'Dilation'", "1048577", "1048576");

        [Fact]
        public void PG0024_StrideBeyondTheLimit_PointsAtTheStride()
            => Single(Kernel("Size = 2, [|StrideW = 2000000|]"), "PG0024", "'StrideW'", "2000000");

        [Fact]
        public void PG0024_EffectiveWindowOverflow_PointsAtTheDilation()
        {
            MarkedSource marked = MarkedSource.Parse(Kernel("Size = 2, [|Dilation = int.MaxValue|]"));
            GeneratorOutput output = GeneratorRunner.Run(marked.Source);
            Assert.Null(output.Result.Exception);
            Assert.NotEmpty(output.GeneratorDiagnostics);
            Assert.All(output.GeneratorDiagnostics, d =>
            {
                Assert.Equal(marked.Span, d.Location.SourceSpan);
                Assert.DoesNotContain("Padding 0", d.GetMessage(), StringComparison.Ordinal);
            });
            Assert.Single(output.GeneratorDiagnostics);
        }

        // ---------------------------------------------------------------- PG0001, PG0003, PG0005, PG0006 on the D and 1D axes

        [Fact]
        public void PG0001_SizeDZero()
            => Single(Kernel("Size = 2, [|SizeD = 0|]", Ncdhw), "PG0001", "'SizeD' is 0");

        [Fact]
        public void PG0003_StrideDNegative()
            => Single(Kernel("Size = 2, [|StrideD = -2|]", Ncdhw), "PG0003", "'StrideD' is -2");

        [Fact]
        public void PG0006_PaddingDTooLarge_NamesTheDepthAxis()
            => Single(Kernel("Size = 2, [|PaddingD = 2|]", Ncdhw), "PG0006", "Padding 2", "depth axis", "(2 wide)", "at most 1");

        [Fact]
        public void PG0006_1DPaddingTooLarge_NamesTheLengthAxis()
            => Single(Kernel("Size = 2, [|Padding = 2|]", Ncl), "PG0006", "Padding 2", "length axis", "at most 1");

        // ---------------------------------------------------------------- PG0007 empty fixed output

        [Fact]
        public void PG0007_FixedHeightSmallerThanTheWindow()
            => Single(Kernel("Size = 3, [|Height = 1|]", "ReadOnlySpan<float> input, Span<float> output, int width"),
                "PG0007", "Height = 1", "3-wide window", "padding 0", "Height >= 3");

        [Fact]
        public void PG0007_FixedWidth_FloorModeGivesNoOutput()
            // n = 2, k = 3, s = 2: floor((2 - 3) / 2) + 1 = 0. In ceil mode the same shape gives 1 (a valid case).
            => Single(Kernel("Size = 3, Stride = 2, [|Width = 2|]", "ReadOnlySpan<float> input, Span<float> output, int height"),
                "PG0007", "Width = 2", "3-wide window", "padding 0", "Width >= 3");

        [Fact]
        public void PG0007_WithDilationAndPadding()
            // effective 4, padding 1, stride 2: n = 1 gives floor(-1 / 2) + 1 = 0; n = 2 gives 1.
            => Single(Kernel("Size = 2, Dilation = 3, Padding = 1, [|Height = 1|]", "ReadOnlySpan<float> input, Span<float> output, int width"),
                "PG0007", "Height = 1", "4-wide window", "padding 1", "Height >= 2");

        // ---------------------------------------------------------------- PG0008 fixed dimension not positive

        [Fact]
        public void PG0008_NegativeChannels()
            => Single(Kernel("Size = 2, [|Channels = -1|]"), "PG0008", "'Channels' is -1");

        [Fact]
        public void PG0008_NegativeWidth_WithAWidthParameter()
            => Single(Kernel("Size = 2, [|Width = -2|]"), "PG0008", "'Width' is -2");

        [Fact]
        public void PG0008_NegativeHeight_WithoutAHeightParameter_HasNoCascade()
            => Single(Kernel("Size = 2, [|Height = -1|]", "ReadOnlySpan<float> input, Span<float> output, int width"), "PG0008", "'Height' is -1");

        // ---------------------------------------------------------------- PG0046 Pads (count, range, with Padding)

        [Fact]
        public void PG0046_TwoValuesFor2D_PointsAtPads()
        {
            GeneratorOutput output = Single(Kernel("Size = 3, [|Pads = new[] { 1, 1 }|]"), "PG0046", "Pads has 2 values", "2D pooling needs 4");
            Assert.Equal("Pads has 2 values; 2D pooling needs 4: the beginnings of the height, width axes, then their ends", MessageOf(output));
        }

        [Theory]
        [InlineData(Ncl, "new[] { 1, 1, 1 }", "Pads has 3 values; 1D pooling needs 2: the beginnings of the length axes, then their ends")]
        [InlineData(Ncdhw, "new[] { 1, 1, 1, 1 }", "Pads has 4 values; 3D pooling needs 6: the beginnings of the depth, height, width axes, then their ends")]
        [InlineData(Signature, "new int[0]", "Pads has 0 values; 2D pooling needs 4")]
        [InlineData(Signature, "new[] { 1, 1, 1, 1, 1, 1 }", "Pads has 6 values; 2D pooling needs 4")]
        public void PG0046_WrongCountForTheRank(string parameters, string pads, string fragment)
            => Single(Kernel($"Size = 3, [|Pads = {pads}|]", parameters), "PG0046", fragment);

        [Fact]
        public void PG0046_EndPaddingAsLargeAsTheWindow_NamesIndexAxisAndEnd()
        {
            GeneratorOutput output = Single(Kernel("Size = 2, [|Pads = new[] { 0, 0, 2, 0 }|]"), "PG0046", "Pads[2] is 2");
            Assert.Equal("Pads[2] is 2; the padding at the end of the height axis must be at least 0 and less than the effective window (2)", MessageOf(output));
        }

        [Theory]
        [InlineData(Signature, "Size = 3", "new[] { 0, -1, 0, 0 }", "Pads[1] is -1", "beginning of the width axis", "(3)")]
        [InlineData(Signature, "Size = 2, Dilation = 2", "new[] { 0, 0, 0, 3 }", "Pads[3] is 3", "end of the width axis", "(3)")]
        [InlineData(Ncl, "Size = 4", "new[] { 4, 0 }", "Pads[0] is 4", "beginning of the length axis", "(4)")]
        [InlineData(Ncdhw, "Size = 3, SizeD = 1", "new[] { 1, 0, 0, 0, 0, 0 }", "Pads[0] is 1", "beginning of the depth axis", "(1)")]
        [InlineData(Ncdhw, "Size = 2", "new[] { 0, 0, 0, 0, 0, 5 }", "Pads[5] is 5", "end of the width axis", "(2)")]
        public void PG0046_PadOutOfRange(string parameters, string window, string pads, params string[] fragments)
            => Single(Kernel($"{window}, [|Pads = {pads}|]", parameters), "PG0046", fragments);

        [Fact]
        public void PG0046_TwoPadsOutOfRange_EachReported()
            => Several(Kernel("Size = 2, [|Pads = new[] { 2, 0, 0, -1 }|]"),
                At("PG0046", 0, "Pads[0] is 2", "beginning of the height axis"),
                At("PG0046", 0, "Pads[3] is -1", "end of the width axis"));

        [Theory]
        [InlineData("Padding = 1")]
        [InlineData("PaddingH = 0")]
        [InlineData("PaddingW = 1")]
        public void PG0046_PaddingWithPads_PointsAtThePadding(string padding)
        {
            string name = padding[..padding.IndexOf(' ', StringComparison.Ordinal)];
            GeneratorOutput output = Single(Kernel($"Size = 3, [|{padding}|], Pads = new[] {{ 1, 1, 1, 1 }}"), "PG0046", $"'{name}' cannot be combined with Pads");
            Assert.Equal($"'{name}' cannot be combined with Pads, which sets every padding; remove one of them", MessageOf(output));
        }

        [Fact]
        public void PG0046_PaddingDWithPads3D()
            => Single(Kernel("Size = 3, Pads = new[] { 1, 1, 1, 1, 1, 1 }, [|PaddingD = 1|]", Ncdhw), "PG0046", "'PaddingD' cannot be combined with Pads");

        // ---------------------------------------------------------------- PG0047 AutoPad with explicit padding

        [Theory]
        [InlineData("AutoPad = PoolAutoPad.SameUpper", "Padding = 1", "'Padding' cannot be combined with AutoPad = SameUpper")]
        [InlineData("AutoPad = PoolAutoPad.SameLower", "PaddingW = 0", "'PaddingW' cannot be combined with AutoPad = SameLower")]
        [InlineData("AutoPad = PoolAutoPad.Valid", "PaddingH = 1", "'PaddingH' cannot be combined with AutoPad = Valid")]
        [InlineData("AutoPad = PoolAutoPad.SameUpper", "Pads = new[] { 1, 1, 1, 1 }", "'Pads' cannot be combined with AutoPad = SameUpper")]
        [InlineData("AutoPad = PoolAutoPad.Valid", "Pads = new[] { 0, 0, 0, 0 }", "'Pads' cannot be combined with AutoPad = Valid")]
        [InlineData("AutoPad = PoolAutoPad.SameUpper", "CeilMode = true", "'CeilMode' cannot be combined with AutoPad = SameUpper")]
        [InlineData("AutoPad = PoolAutoPad.SameLower", "CeilMode = true", "'CeilMode' cannot be combined with AutoPad = SameLower")]
        [InlineData("AutoPad = PoolAutoPad.Valid", "CeilMode = true", "'CeilMode' cannot be combined with AutoPad = Valid")]
        public void PG0047_PointsAtTheExplicitPadding(string autoPad, string padding, string fragment)
        {
            GeneratorOutput output = Single(Kernel($"Size = 3, Stride = 2, {autoPad}, [|{padding}|]"), "PG0047", fragment);
            Assert.EndsWith(", which works out the padding itself; remove one of them", MessageOf(output), StringComparison.Ordinal);
        }

        [Fact]
        public void PG0047_PaddingAndCeilModeWithSame_BothReported()
            => Several(Kernel("Size = 3, Stride = 2, [|Padding = 1|], [|CeilMode = true|], AutoPad = PoolAutoPad.SameUpper"),
                At("PG0047", 0, "'Padding'"),
                At("PG0047", 1, "'CeilMode'"));

        [Fact]
        public void PG0047_PaddingDWithAutoPad3D()
            => Single(Kernel("Size = 3, AutoPad = PoolAutoPad.SameLower, [|PaddingD = 1|]", Ncdhw), "PG0047", "'PaddingD'", "SameLower");

        // ---------------------------------------------------------------- PG0049 Global with a window

        [Theory]
        [InlineData("", "Size = 2")]
        [InlineData("", "SizeW = 2")]
        [InlineData("", "Stride = 1")]
        [InlineData("", "Padding = 0")]
        [InlineData("", "Dilation = 1")]
        [InlineData("", "CeilMode = false")]
        [InlineData("", "Pads = new[] { 0, 0, 0, 0 }")]
        [InlineData("", "AutoPad = PoolAutoPad.Valid")]
        [InlineData("Kind = PoolKind.Average, ", "CountIncludePad = false")]
        public void PG0049_WindowPropertyWithGlobal_PointsAtIt(string kind, string property)
        {
            string name = property[..property.IndexOf(' ', StringComparison.Ordinal)];
            GeneratorOutput output = Single(Kernel($"{kind}Global = true, [|{property}|]"), "PG0049", $"'{name}' cannot be combined with Global = true");
            Assert.Equal($"'{name}' cannot be combined with Global = true: the window is the whole input; remove it", MessageOf(output));
        }

        [Fact]
        public void PG0049_SeveralWindowProperties_EachReported()
            => Several(Kernel("[|Size = 3|], Global = true, [|Stride = 2|], [|Padding = 1|]"),
                At("PG0049", 0, "'Size'"),
                At("PG0049", 1, "'Stride'"),
                At("PG0049", 2, "'Padding'"));

        [Fact]
        public void PG0049_3DPropertyWithGlobal3D()
            => Single(Kernel("Global = true, [|SizeD = 2|]", Ncdhw), "PG0049", "'SizeD'");
    }
}
