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
    /// Every PoolGen diagnostic (PG0001..PG0022): the id, the exact location ([|marked|] in the source), the file,
    /// the severity and the key facts of the message. Then valid declarations that must produce no diagnostic at all,
    /// and invalid attribute values that must produce PoolGen's error alone (no compiler cascade).
    /// </summary>
    public class DiagnosticTests
    {
        private static GeneratorOutput Single(string markup, string id, params string[] fragments)
            => DiagnosticsAssert.ReportsSingle(markup, id, fragments);

        private static GeneratorOutput Several(string markup, params ExpectedDiagnostic[] expected)
            => DiagnosticsAssert.Reports(new[] { markup }, expected);

        private static ExpectedDiagnostic At(string id, int span, params string[] fragments) => ExpectedDiagnostic.At(id, span, fragments);

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

        // ---------------------------------------------------------------- PG0009 .. PG0011, PG0020 the declaration

        [Fact]
        public void PG0009_NotPartial_PointsAtTheMethodName()
            => Single(InKernels($"[Pool(Size = 2)]\n    public static void [|Pool2x2|]({Signature});"), "PG0009", "'Pool2x2'", "partial");

        [Fact]
        public void PG0010_HasABlockBody()
            => Single(InKernels($"[Pool(Size = 2)]\n    public static partial void [|M|]({Signature}) {{ }}"), "PG0010", "'M'", "already has a body");

        [Fact]
        public void PG0010_HasAnExpressionBody()
            => Single(InKernels($"[Pool(Size = 2)]\n    private static partial void [|M|]({Signature}) => Console.WriteLine();"), "PG0010", "'M'");

        [Fact]
        public void PG0011_ReturnsInt_PointsAtTheReturnType()
            => Single(InKernels($"[Pool(Size = 2)]\n    public static partial [|int|] M({Signature});"), "PG0011", "'M'", "void");

        [Fact]
        public void PG0011_ReturnsASpan()
            => Single(InKernels($"[Pool(Size = 2)]\n    public static partial [|Span<float>|] M({Signature});"), "PG0011", "'M'");

        [Fact]
        public void PG0020_GenericMethod_PointsAtTheMethodName()
            => Single(InKernels($"[Pool(Size = 2)]\n    public static partial void [|M|]<T>({Signature});"), "PG0020", "'M'", "generic");

        [Fact]
        public void PG0020_GenericOverElementType()
            => Single(InKernels("[Pool(Size = 2)]\n    public static partial void [|M|]<T>(ReadOnlySpan<T> input, Span<T> output, int height, int width) where T : struct;"), "PG0020", "'M'");

        // ---------------------------------------------------------------- PG0012 input/output spans

        [Fact]
        public void PG0012_SpansSwapped_PointsAtTheFirstParameter()
            => Single(Kernel("Size = 2", "[|Span<float> input|], ReadOnlySpan<float> output, int height, int width"), "PG0012", "'M'", "ReadOnlySpan<T> input, Span<T> output");

        [Fact]
        public void PG0012_OutputOfAnotherElementType_PointsAtTheOutput()
            => Single(Kernel("Size = 2", "ReadOnlySpan<float> input, [|Span<double> output|], int height, int width"), "PG0012", "'M'");

        [Fact]
        public void PG0012_InputWithAnotherName()
            => Single(Kernel("Size = 2", "[|ReadOnlySpan<float> source|], Span<float> output, int height, int width"), "PG0012", "'M'");

        [Fact]
        public void PG0012_ArrayInsteadOfSpan()
            => Single(Kernel("Size = 2", "[|float[] input|], Span<float> output, int height, int width"), "PG0012", "'M'");

        [Fact]
        public void PG0012_NoParameters_PointsAtTheMethodName()
            => Single(InKernels("[Pool(Size = 2)]\n    public static partial void [|M|]();"), "PG0012", "'M'");

        [Fact]
        public void PG0012_OnlyAnInput_PointsAtTheMethodName()
            => Single(InKernels("[Pool(Size = 2)]\n    public static partial void [|M|](ReadOnlySpan<float> input);"), "PG0012", "'M'");

        [Fact]
        public void PG0012_DimensionWhereTheOutputShouldBe_PointsAtIt()
            => Single(Kernel("Size = 2", "ReadOnlySpan<float> input, [|int height|], int width"), "PG0012", "'M'");

        // ---------------------------------------------------------------- PG0013 element type

        [Fact]
        public void PG0013_Decimal_PointsAtTheInputType()
            => Single(Kernel("Size = 2", "[|ReadOnlySpan<decimal>|] input, Span<decimal> output, int height, int width"),
                "PG0013", "'decimal'", "max pooling", "float, double, Half, byte");

        [Fact]
        public void PG0013_IntegerAverage()
            => Single(Kernel("Kind = PoolKind.Average, Size = 2", "[|ReadOnlySpan<int>|] input, Span<int> output, int height, int width"),
                "PG0013", "'int'", "average pooling", "float, double or Half");

        [Fact]
        public void PG0013_NullableFloat()
            => Single(Kernel("Size = 2", "[|ReadOnlySpan<float?>|] input, Span<float?> output, int height, int width"), "PG0013", "'float?'", "max pooling");

        [Fact]
        public void PG0013_Char()
            => Single(Kernel("Size = 2", "[|ReadOnlySpan<char>|] input, Span<char> output, int height, int width"), "PG0013", "'char'");

        // ---------------------------------------------------------------- PG0014, PG0015 dimension parameters

        [Fact]
        public void PG0014_UnknownName_PointsAtTheParameter()
            => Single(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, int height, int width, [|int time|]"), "PG0014", "'time'");

        [Fact]
        public void PG0014_WrongType()
            => Single(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, [|long height|], int width"), "PG0014", "'height'");

        [Fact]
        public void PG0014_CaseMatters()
            => Single(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, [|int Height|], int width"), "PG0014", "'Height'");

        [Fact]
        public void PG0015_WidthBeforeHeight_PointsAtTheLaterParameter()
            => Single(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, int width, [|int height|]"), "PG0015", "'height' must come before 'width'");

        [Fact]
        public void PG0015_BatchAfterChannels()
            => Single(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, int channels, [|int batch|], int height, int width"),
                "PG0015", "'batch' must come before 'channels'");

        // ---------------------------------------------------------------- PG0016, PG0017 dimensions

        [Fact]
        public void PG0016_NoWidth_PointsAtTheMethodName()
            => Single(InKernels("[Pool(Size = 2)]\n    public static partial void [|M|](ReadOnlySpan<float> input, Span<float> output, int height);"),
                "PG0016", "'M'", "'width'", "'int width'", "Width");

        [Fact]
        public void PG0016_NoHeightNorWidth_ReportsBoth()
            => Several(InKernels("[Pool(Size = 2)]\n    public static partial void [|M|](ReadOnlySpan<float> input, Span<float> output, int batch, int channels);"),
                At("PG0016", 0, "'height'", "Height"),
                At("PG0016", 0, "'width'", "Width"));

        [Fact]
        public void PG0016_HeightWrittenAsZero_StillMissing()
            => Single(InKernels("[Pool(Size = 2, Height = 0)]\n    public static partial void [|M|](ReadOnlySpan<float> input, Span<float> output, int width);"), "PG0016", "'height'");

        [Fact]
        public void PG0017_HeightFixedAndPassed_PointsAtTheNamedArgument()
            => Single(Kernel("Size = 2, [|Height = 4|]"), "PG0017", "'height'", "Height = 4");

        [Fact]
        public void PG0017_ChannelsFixedAndPassed()
            => Single(Kernel("Size = 2, [|Channels = 3|]", "ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width"), "PG0017", "'channels'", "Channels = 3");

        // ---------------------------------------------------------------- PG0018 CountIncludePad on max

        [Fact]
        public void PG0018_CountIncludePadOnMax_IsAWarning_AndTheKernelIsStillGenerated()
        {
            GeneratorOutput output = Single(Kernel("Size = 2, [|CountIncludePad = false|]"), "PG0018", "CountIncludePad", "average pooling only");
            string source = Assert.Single(output.Sources).Value;
            Assert.DoesNotContain("NotSupportedException", source, StringComparison.Ordinal);
            Diagnostic only = Assert.Single(output.CompilationDiagnostics);
            Assert.Equal(("PG0018", DiagnosticSeverity.Warning), (only.Id, only.Severity));
        }

        [Fact]
        public void PG0018_ExplicitMaxWithCountIncludePadTrue()
            => Single(Kernel("Kind = PoolKind.Max, Size = 3, Padding = 1, [|CountIncludePad = true|]"), "PG0018");

        [Fact]
        public void PG0018_NotReportedForAverage()
            => Several(Kernel("Kind = PoolKind.Average, Size = 3, Padding = 1, CountIncludePad = false"));

        // ---------------------------------------------------------------- PG0019 containing type

        [Fact]
        public void PG0019_ContainingTypeNotPartial_PointsAtItsName()
            => Single($$"""
                using System;
                using PoolGen;

                namespace Demo;

                public static class [|Kernels|]
                {
                    [Pool(Size = 2)]
                    public static partial void M({{Signature}});
                }
                """, "PG0019", "'Kernels'", "'M'");

        [Fact]
        public void PG0019_OuterTypeNotPartial()
            => Single($$"""
                using System;
                using PoolGen;

                namespace Demo;

                public class [|Outer|]
                {
                    public static partial class Inner
                    {
                        [Pool(Size = 2)]
                        public static partial void M({{Signature}});
                    }
                }
                """, "PG0019", "'Outer'", "'M'");

        // ---------------------------------------------------------------- PG0021 kind

        [Fact]
        public void PG0021_UndefinedKind()
            => Single(Kernel("Size = 2, [|Kind = (PoolKind)4|]"), "PG0021", "Kind 4", "PoolKind.Max, PoolKind.Average, PoolKind.Lp or PoolKind.Min");

        [Fact]
        public void PG0021_NegativeKind()
            => Single(Kernel("[|Kind = (PoolKind)(-1)|], Size = 2"), "PG0021", "Kind -1");

        // ---------------------------------------------------------------- PG0022 parameter modifiers

        [Theory]
        [InlineData("[|in ReadOnlySpan<float> input|], Span<float> output, int height, int width", "'input'")]
        [InlineData("[|scoped ReadOnlySpan<float> input|], Span<float> output, int height, int width", "'input'")]
        [InlineData("ReadOnlySpan<float> input, [|ref Span<float> output|], int height, int width", "'output'")]
        [InlineData("ReadOnlySpan<float> input, Span<float> output, [|ref int height|], int width", "'height'")]
        [InlineData("ReadOnlySpan<float> input, Span<float> output, [|in int height|], int width", "'height'")]
        [InlineData("ReadOnlySpan<float> input, Span<float> output, int height, [|out int width|]", "'width'")]
        [InlineData("ReadOnlySpan<float> input, Span<float> output, int height, [|params int[] width|]", "'width'")]
        public void PG0022_Modifier_PointsAtTheParameter(string parameters, string name)
            => Single(Kernel("Size = 2", parameters), "PG0022", name, "by value");

        [Fact]
        public void PG0022_ExtensionThis_PointsAtTheParameter()
            => Single(Kernel("Size = 2", "[|this ReadOnlySpan<float> input|], Span<float> output, int height, int width"), "PG0022", "'input'");

        // ---------------------------------------------------------------- PG0023 language version

        [Theory]
        [InlineData(LanguageVersion.CSharp10, "C# 10.0")]
        [InlineData(LanguageVersion.CSharp9, "C# 9.0")]
        public void PG0023_LanguageVersionBelow11_PointsAtTheWholeAttribute(LanguageVersion version, string shown)
        {
            GeneratorOutput output = DiagnosticsAssert.Reports(
                new CSharpParseOptions(version),
                new[]
                {
                    $$"""
                    using System;
                    using PoolGen;

                    namespace Demo
                    {
                        public static partial class Kernels
                        {
                            [[|Pool(Size = 2)|]]
                            public static partial void M({{Signature}});
                        }
                    }
                    """,
                },
                At("PG0023", 0, shown, "C# 11 or later", "<LangVersion>"));

            // The declaration is still implemented (a throwing stub that compiles in that version): PG0023 alone, no cascade.
            Assert.Equal(new[] { "PG0023" }, output.CompilationDiagnostics.Select(d => d.Id).Distinct());
        }

        [Fact]
        public void PG0023_NotReportedForCSharp11()
            => DiagnosticsAssert.Reports(new CSharpParseOptions(LanguageVersion.CSharp11), new[] { Kernel("Size = 2") });

                // ---------------------------------------------------------------- combinations

        [Fact]
        public void SeveralAttributeProblems_EachAtItsArgument()
            => Several(Kernel("[|SizeH = 0|], SizeW = 2, [|StrideW = -1|], [|DilationW = 0|], [|Channels = -4|]"),
                At("PG0001", 0, "'SizeH' is 0"),
                At("PG0003", 1, "'StrideW' is -1"),
                At("PG0004", 2, "'DilationW' is 0"),
                At("PG0008", 3, "'Channels' is -4"));

        [Fact]
        public void SignatureAndAttributeProblems_AreBothReported()
            => Several(Kernel("Size = 2, [|PaddingW = -1|]", "ReadOnlySpan<float> input, Span<float> output, int height, int width, [|int time|]"),
                At("PG0005", 0, "'PaddingW' is -1"),
                At("PG0014", 1, "'time'"));

        [Fact]
        public void DeclarationProblem_StopsBeforeTheAttribute()
            // The method is not partial: the attribute's own problems are not reported on top of it.
            => Single(InKernels($"[Pool(Size = 0, Kind = (PoolKind)9)]\n    public static void [|M|]({Signature});"), "PG0009", "'M'");

        // ---------------------------------------------------------------- no cascade for attribute-only problems

        public static TheoryData<string, string> AttributeOnlyProblems => new()
        {
            { "Size = 0", "PG0001" },
            { "Size = 2, SizeW = 0", "PG0001" },
            { "Stride = 2", "PG0002" },
            { "Size = 2, StrideH = -1", "PG0003" },
            { "Size = 2, DilationW = 0", "PG0004" },
            { "Size = 2, PaddingH = -1", "PG0005" },
            { "Size = 2, Padding = 2", "PG0006" },
            { "Size = 2, Channels = -1", "PG0008" },
            { "Size = 2, Height = 4", "PG0017" },
            { "Size = 2, Kind = (PoolKind)5", "PG0021" },
        };

        /// <summary>
        /// When only attribute values are wrong, the generator still implements the declaration (a throwing stub), so the
        /// user sees PoolGen's error and not also CS8795 "partial method must have an implementation part".
        /// </summary>
        [Theory]
        [MemberData(nameof(AttributeOnlyProblems))]
        public void AttributeOnlyProblem_GivesThePoolGenErrorWithoutCS8795(string arguments, string id)
        {
            GeneratorOutput output = GeneratorRunner.Run(Kernel(arguments));
            Assert.Null(output.Result.Exception);
            Assert.Equal(new[] { id }, output.CompilationDiagnostics.Select(d => d.Id).Distinct());
            Assert.Contains("NotSupportedException", Assert.Single(output.Sources).Value, StringComparison.Ordinal);
        }

        [Fact]
        public void FixedShapeProblem_GivesThePoolGenErrorWithoutCS8795()
        {
            GeneratorOutput output = GeneratorRunner.Run(Kernel("Size = 3, Height = 1", "ReadOnlySpan<float> input, Span<float> output, int width"));
            Assert.Equal(new[] { "PG0007" }, output.CompilationDiagnostics.Select(d => d.Id).Distinct());
        }

        [Fact]
        public void ElementTypeProblem_GivesThePoolGenErrorWithoutCS8795()
        {
            GeneratorOutput output = GeneratorRunner.Run(Kernel("Kind = PoolKind.Average, Size = 2", "ReadOnlySpan<long> input, Span<long> output, int height, int width"));
            Assert.Equal(new[] { "PG0013" }, output.CompilationDiagnostics.Select(d => d.Id).Distinct());
        }

        [Fact]
        public void MissingDimension_GivesThePoolGenErrorWithoutCS8795()
        {
            GeneratorOutput output = GeneratorRunner.Run(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, int width"));
            Assert.Equal(new[] { "PG0016" }, output.CompilationDiagnostics.Select(d => d.Id).Distinct());
        }

        /// <summary>The compiler already reports these arguments; the generator should not add a PoolGen error on top.</summary>
        [Theory]
        [InlineData("Size = \"2\"")]
        [InlineData("Size = )] //")]
        [InlineData("Size = int.MaxValue + 1")]
        [InlineData("Size = 2, Kind = 3")]
        public void CompilerRejectedArgument_HasNoPoolGenCascade(string arguments)
        {
            GeneratorOutput output = GeneratorRunner.Run(Kernel(arguments));
            Assert.Null(output.Result.Exception);
            Assert.Empty(output.GeneratorDiagnostics);
        }

        // ---------------------------------------------------------------- valid declarations

        private static readonly string[] MaxElementTypes = { "float", "double", "byte", "sbyte", "short", "ushort", "int", "uint", "long", "ulong" };

        private static readonly Dictionary<string, (string Source, int Methods)> ValidCases = CreateValidCases();

        public static TheoryData<string> ValidCaseNames
        {
            get
            {
                var data = new TheoryData<string>();
                foreach (string name in ValidCases.Keys)
                {
                    data.Add(name);
                }

                return data;
            }
        }

        private static Dictionary<string, (string Source, int Methods)> CreateValidCases()
        {
            var cases = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
            foreach (string t in MaxElementTypes)
            {
                cases["max_" + t] = (InKernels($$"""
                    [Pool(Size = 3, Stride = 2, Padding = 1, CeilMode = true)]
                        public static partial void Ceil(ReadOnlySpan<{{t}}> input, Span<{{t}}> output, int batch, int channels, int height, int width);

                        [Pool(Kind = PoolKind.Max, Size = 2, Channels = 3, Height = 5, Width = 7)]
                        public static partial void Fixed(ReadOnlySpan<{{t}}> input, Span<{{t}}> output, int batch);

                        [Pool(SizeH = 9, SizeW = 70, DilationW = 2, PaddingW = 3)]
                        public static partial void Large(ReadOnlySpan<{{t}}> input, Span<{{t}}> output, int height, int width);
                    """), 3);
            }

            foreach (string t in new[] { "float", "double" })
            {
                cases["average_" + t] = (InKernels($$"""
                    [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false)]
                        public static partial void Ceil(ReadOnlySpan<{{t}}> input, Span<{{t}}> output, int batch, int channels, int height, int width);

                        [Pool(Kind = PoolKind.Average, Size = 2, Dilation = 2, Padding = 1, Height = 5, Width = 7)]
                        public static partial void Dilated(ReadOnlySpan<{{t}}> input, Span<{{t}}> output, int channels);

                        [Pool(Kind = PoolKind.Average, SizeH = 9, SizeW = 70, Stride = 3, PaddingH = 4, CeilMode = true, CountIncludePad = true)]
                        public static partial void Large(ReadOnlySpan<{{t}}> input, Span<{{t}}> output, int height, int width);
                    """), 3);
            }

            cases["static_and_instance"] = ($$"""
                using System;
                using PoolGen;

                namespace Demo;

                public partial class Pooler
                {
                    [Pool(Size = 2)]
                    public partial void Instance({{Signature}});

                    [Pool(Size = 2)]
                    public static partial void Static({{Signature}});
                }
                """, 2);

            cases["every_accessibility"] = ($$"""
                using System;
                using PoolGen;

                namespace Demo;

                public partial class Pooler
                {
                    [Pool(Size = 2)] public partial void A({{Signature}});
                    [Pool(Size = 2)] internal partial void B({{Signature}});
                    [Pool(Size = 2)] private partial void C({{Signature}});
                    [Pool(Size = 2)] protected partial void D({{Signature}});
                    [Pool(Size = 2)] protected internal partial void E({{Signature}});
                    [Pool(Size = 2)] private protected partial void F({{Signature}});
                    [Pool(Size = 2)] partial void G({{Signature}});
                    [Pool(Size = 2)] static partial void H({{Signature}});
                }
                """, 8);

            cases["nested_generic_types"] = ($$"""
                using System;
                using PoolGen;

                namespace Demo.Nested;

                public partial class Outer<T> where T : struct
                {
                    internal partial struct Middle<U, V>
                    {
                        private static partial class Inner
                        {
                            [Pool(Size = 2)]
                            public static partial void M({{Signature}});
                        }
                    }
                }
                """, 1);

            cases["global_namespace"] = ($$"""
                using System;
                using PoolGen;

                partial class GlobalKernels
                {
                    [Pool(Size = 2, Stride = 1)]
                    public static partial void M({{Signature}});
                }
                """, 1);

            cases["record_struct_kinds"] = ($$"""
                using System;
                using PoolGen;

                namespace Demo;

                public partial record Rec(int X)
                {
                    [Pool(Size = 2)] public partial void M({{Signature}});
                }

                public partial record struct RecStruct(int Y)
                {
                    [Pool(Size = 2)] public partial void M({{Signature}});
                }

                public readonly partial struct Str
                {
                    [Pool(Size = 2)] public partial void M({{Signature}});
                }

                public sealed partial class Sealed
                {
                    [Pool(Size = 2)] public static partial void M({{Signature}});
                }
                """, 4);

            cases["fixed_dimensions"] = (InKernels("""
                [Pool(Size = 2, Stride = 2, Channels = 3, Height = 4, Width = 4)]
                    public static partial void All(ReadOnlySpan<float> input, Span<float> output);

                    [Pool(Size = 2, Height = 4)]
                    public static partial void HeightOnly(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int width);

                    [Pool(Size = 2, Width = 4)]
                    public static partial void WidthOnly(ReadOnlySpan<float> input, Span<float> output, int channels, int height);

                    [Pool(Size = 2, Channels = 0, Height = 0, Width = 0)]
                    public static partial void ZerosMeanRunTime(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
                """), 4);

            // Padding = 1 alone would be invalid on W (k = 1 allows at most 0): the PaddingW written as 0 wins.
            cases["override_written_as_zero_wins"] = (Kernel("SizeH = 2, SizeW = 1, Padding = 1, PaddingW = 0, StrideH = 0, StrideW = 1"), 1);

            // Both per-axis sizes are written, so the two-axis Size is not used.
            cases["both_axis_sizes_override_size"] = (Kernel("Size = 0, SizeH = 3, SizeW = 2"), 1);

            // k = 2, d = 3: effective window 4, padding up to 4 / 2 = 2.
            cases["dilated_padding_up_to_half_effective"] = (Kernel("Size = 2, Dilation = 3, Padding = 2"), 1);

            // n = 2, k = 3, s = 2, ceil: ceil((2 - 3) / 2) + 1 = 1 output (floor mode gives 0: PG0007).
            cases["ceil_mode_exactly_one_output"] = (Kernel("Size = 3, Stride = 2, CeilMode = true, Height = 2, Width = 2", "ReadOnlySpan<float> input, Span<float> output"), 1);

            // n = 1 with k = 2, d = 3, p = 2: windows exist but have taps outside the input only partly.
            cases["fixed_1x1_dilated_padded"] = (Kernel("Size = 2, Dilation = 3, Padding = 2, Height = 1, Width = 1", "ReadOnlySpan<float> input, Span<float> output"), 1);

            cases["window_of_one"] = (Kernel("Size = 1", "ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width"), 1);

            cases["interface_static"] = ($$"""
                using System;
                using PoolGen;

                namespace Demo;

                public partial interface IKernels
                {
                    [Pool(Size = 2)]
                    static partial void M({{Signature}});
                }
                """, 1);

            cases["aliases_and_qualified_names"] = ("""
                using System;
                using F = System.Single;
                using P = PoolGen.PoolAttribute;

                namespace A.B
                {
                    public static partial class Kernels
                    {
                        [P(Size = 2)]
                        public static partial void Alias(ReadOnlySpan<F> input, Span<F> output, System.Int32 height, int width);

                        [global::PoolGen.Pool(Kind = global::PoolGen.PoolKind.Average, Size = 2)]
                        public static partial void Qualified(global::System.ReadOnlySpan<double> input, global::System.Span<double> output, int height, int width);

                        [PoolGen.PoolAttribute(Size = 2)]
                        public static partial void Suffix(ReadOnlySpan<float> @input, Span<float> @output, int @height, int @width);
                    }
                }
                """, 3);

            cases["constants_in_arguments"] = (InKernels("""
                private const int Window = 3;

                    [Pool(Size = Window, Stride = Window - 1, Padding = Window / 2, Kind = PoolKind.Average | PoolKind.Max)]
                    public static partial void M(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                """), 1);

            cases["overloads_by_element_type"] = (InKernels("""
                [Pool(Size = 2)]
                    public static partial void M(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    [Pool(Size = 2)]
                    public static partial void M(ReadOnlySpan<double> input, Span<double> output, int height, int width);

                    [Pool(Size = 2)]
                    public static partial void M(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);
                """), 3);

            return cases;
        }

        [Theory]
        [MemberData(nameof(ValidCaseNames))]
        public void ValidDeclaration_HasNoDiagnosticsAndCompilesCleanly(string name)
        {
            (string source, int methods) = ValidCases[name];
            GeneratorOutput output = GeneratorRunner.Run(source);
            Assert.True(output.Result.Exception is null, $"The generator threw: {output.Result.Exception}");
            Assert.True(output.GeneratorDiagnostics.IsEmpty, string.Join(Environment.NewLine, output.GeneratorDiagnostics.Select(d => DiagnosticsAssert.Describe(d))));
            Assert.True(output.CompilationDiagnostics.Count == 0, string.Join(Environment.NewLine, output.CompilationDiagnostics.Select(d => DiagnosticsAssert.Describe(d))));
            Assert.Equal(methods, output.Sources.Count);
            Assert.All(output.Sources.Values, s => Assert.DoesNotContain("NotSupportedException", s, StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("Size = 2, Padding = 1, PaddingW = 0", "2x2 window", "stride 2x2, padding 1x0")]
        [InlineData("SizeH = 3, SizeW = 2, Stride = 1, StrideH = 0", "3x2 window", "stride 3x1")]
        [InlineData("Size = 2, Dilation = 3, Padding = 2", "2x2 window", "padding 2x2, dilation 3x3")]
        [InlineData("Size = 2, Dilation = 2, DilationW = 1, PaddingH = 1", "2x2 window", "padding 1x0, dilation 2x1")]
        public void PerAxisOverrides_AreAppliedAsWritten(string arguments, string window, string parameters)
        {
            GeneratorOutput output = GeneratorRunner.Run(Kernel(arguments));
            Assert.Empty(output.CompilationDiagnostics);
            string source = Assert.Single(output.Sources).Value;
            Assert.Contains(window, source, StringComparison.Ordinal);
            Assert.Contains(parameters, source, StringComparison.Ordinal);
        }

        /// <summary>The generated code needs C# 11 (file-local types) and nothing newer.</summary>
        [Theory]
        [MemberData(nameof(ValidCaseNames))]
        public void ValidDeclaration_CompilesCleanlyInCSharp11(string name)
        {
            (string source, int methods) = ValidCases[name];
            GeneratorOutput output = DiagnosticsAssert.Run(new CSharpParseOptions(LanguageVersion.CSharp11), source);
            Assert.True(output.Result.Exception is null, $"The generator threw: {output.Result.Exception}");
            Assert.True(output.CompilationDiagnostics.Count == 0, string.Join(Environment.NewLine, output.CompilationDiagnostics.Select(d => DiagnosticsAssert.Describe(d))));
            Assert.Equal(methods, output.Sources.Count);
        }

        [Fact]
        public void ValidDeclaration_SplitOverTwoFiles()
        {
            const string first = """
                namespace Demo;

                public static partial class Kernels
                {
                    public const int Window = 2;
                }
                """;
            GeneratorOutput output = GeneratorRunner.Run(first, Kernel("Size = Window"));
            Assert.Null(output.Result.Exception);
            Assert.Empty(output.CompilationDiagnostics);
            Assert.Single(output.Sources);
        }

        // ---------------------------------------------------------------- the markup parser itself

        [Fact]
        public void Markup_StripsMarkersAndRemembersSpans()
        {
            MarkedSource marked = MarkedSource.Parse("[[|Pool(Size = 2, SizeW = 0)|]]");
            Assert.Equal("[Pool(Size = 2, SizeW = 0)]", marked.Source);
            Assert.Equal("Pool(Size = 2, SizeW = 0)", marked.TextOf(0));

            MarkedSource two = MarkedSource.Parse("a [|bc|] d [|e|]");
            Assert.Equal("a bc d e", two.Source);
            Assert.Equal(new[] { "bc", "e" }, new[] { two.TextOf(0), two.TextOf(1) });
            Assert.Throws<FormatException>(() => MarkedSource.Parse("[|a [|b|] c|]"));
            Assert.Throws<FormatException>(() => MarkedSource.Parse("a [|b"));
            Assert.Throws<FormatException>(() => MarkedSource.Parse("a|] b"));
        }
    }
}
