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
    /// The diagnostics of the declaration: the method and its containing types (PG0009..PG0011, PG0019, PG0020,
    /// PG0022, PG0023), the spans and element type (PG0012, PG0013), the dimension parameters of every rank (PG0014..PG0017,
    /// and PG0007, PG0008 for a fixed depth or length), the indices parameter (PG0040) and the rank (PG0045).
    /// Each test checks the id, the exact location ([|marked|] in the source), the file, the severity and the key facts of
    /// the message; an id whose message is a whole sentence ({0}) has a test per distinct message.
    /// </summary>
    public class DeclarationDiagnosticTests
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

        private static string WithIndices(string indices) => $"ReadOnlySpan<float> input, Span<float> output, {indices}, int height, int width";

        /// <summary>The one diagnostic's whole message.</summary>
        private static string MessageOf(GeneratorOutput output) => Assert.Single(output.GeneratorDiagnostics).GetMessage();

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

        // ---------------------------------------------------------------- PG0013 for Lp, min, Half

        [Theory]
        [InlineData("int")]
        [InlineData("byte")]
        [InlineData("long")]
        public void PG0013_LpOnAnInteger(string type)
        {
            GeneratorOutput output = Single(Kernel("Kind = PoolKind.Lp, P = 2, Size = 2", $"[|ReadOnlySpan<{type}>|] input, Span<{type}> output, int height, int width"), "PG0013", $"'{type}'");
            Assert.Equal($"Element type '{type}' is not supported for Lp pooling; use float, double or Half", MessageOf(output));
        }

        [Fact]
        public void PG0013_MinOnDecimal_ListsEveryMaxType()
        {
            GeneratorOutput output = Single(Kernel("Kind = PoolKind.Min, Size = 2", "[|ReadOnlySpan<decimal>|] input, Span<decimal> output, int height, int width"), "PG0013", "'decimal'");
            Assert.Equal("Element type 'decimal' is not supported for min pooling; use float, double, Half, byte, sbyte, short, ushort, int, uint, long or ulong", MessageOf(output));
        }

        [Fact]
        public void PG0013_AverageOnInt_MentionsHalf()
            => Single(Kernel("Kind = PoolKind.Average, Size = 2", "[|ReadOnlySpan<short>|] input, Span<short> output, int length"), "PG0013", "'short'", "average pooling", "float, double or Half");

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

        // ---------------------------------------------------------------- PG0015, PG0016, PG0017, PG0007, PG0008 for the new axes

        [Fact]
        public void PG0015_DepthAfterHeight()
        {
            GeneratorOutput output = Single(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, int height, [|int depth|], int width"), "PG0015", "'depth' must come before 'height'");
            Assert.Equal("Parameter 'depth' must come before 'height'; dimension parameters go in the order batch, channels, depth, height, width (length for 1D)", MessageOf(output));
        }

        [Fact]
        public void PG0015_ChannelsAfterLength()
            => Single(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, int length, [|int channels|]"), "PG0015", "'channels' must come before 'length'");

        [Fact]
        public void PG0015_IndicesAreNotADimension_BatchAfterIndicesIsFine()
            => Several(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width"));

        [Fact]
        public void PG0016_3DWithoutDepth()
            => Single(InKernels("[Pool(Size = 2, SizeD = 2)]\n    public static partial void [|M|](ReadOnlySpan<float> input, Span<float> output, int height, int width);"),
                "PG0016", "'M'", "'depth'", "'int depth'", "Depth");

        [Fact]
        public void PG0016_1DLengthWrittenAsZero()
            => Single(InKernels("[Pool(Size = 2, Length = 0)]\n    public static partial void [|M|](ReadOnlySpan<float> input, Span<float> output, int channels);"),
                "PG0016", "'length'", "Length");

        [Fact]
        public void PG0017_DepthFixedAndPassed()
            => Single(Kernel("Size = 2, [|Depth = 4|]", Ncdhw), "PG0017", "'depth'", "Depth = 4");

        [Fact]
        public void PG0017_LengthFixedAndPassed()
            => Single(Kernel("Size = 2, [|Length = 8|]", Ncl), "PG0017", "'length'", "Length = 8");

        [Fact]
        public void PG0007_FixedLengthTooShort()
            => Single(Kernel("Size = 3, [|Length = 2|]", "ReadOnlySpan<float> input, Span<float> output, int channels"), "PG0007", "Length = 2", "3-wide window", "Length >= 3");

        [Fact]
        public void PG0007_FixedDepthTooShort()
            => Single(Kernel("Size = 2, SizeD = 3, [|Depth = 1|]", "ReadOnlySpan<float> input, Span<float> output, int height, int width"), "PG0007", "Depth = 1", "3-wide window", "Depth >= 3");

        [Fact]
        public void PG0007_AutoPadValidIsNoPadding()
            => Single(Kernel("Size = 3, AutoPad = PoolAutoPad.Valid, [|Height = 2|]", "ReadOnlySpan<float> input, Span<float> output, int width"), "PG0007", "Height = 2", "Height >= 3");

        [Fact]
        public void PG0007_AsymmetricPadsCount()
            // k = 3 on n = 1 needs 2 padding in all: Pads = {1, 0, 0, 0} gives H 1 + 1 + 0 - 3 < 0, no output.
            => Single(Kernel("Size = 3, Pads = new[] { 1, 0, 0, 0 }, [|Height = 1|]", "ReadOnlySpan<float> input, Span<float> output, int width"), "PG0007", "Height = 1", "Height >= 2");

        [Fact]
        public void PG0008_NegativeDepthAndLength()
        {
            Single(Kernel("Size = 2, [|Depth = -1|]", "ReadOnlySpan<float> input, Span<float> output, int height, int width"), "PG0008", "'Depth' is -1");
            Single(Kernel("Size = 2, [|Length = -3|]", "ReadOnlySpan<float> input, Span<float> output"), "PG0008", "'Length' is -3");
        }

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

        // ---------------------------------------------------------------- PG0040 indices parameter type

        [Theory]
        [InlineData("Span<short> indices", "'Span<short>'")]
        [InlineData("Span<uint> indices", "'Span<uint>'")]
        [InlineData("Span<float> indices", "'Span<float>'")]
        [InlineData("ReadOnlySpan<int> indices", "'ReadOnlySpan<int>'")]
        [InlineData("int[] indices", "'int[]'")]
        [InlineData("int indices", "'int'")]
        public void PG0040_IndicesOfAnotherType_PointsAtTheParameter(string parameter, string shown)
            => Single(Kernel("Size = 2", WithIndices($"[|{parameter}|]")), "PG0040", shown, "Span<int> or Span<long>");

        [Fact]
        public void PG0040_OnAMinKernel_TooAndTheRestIsStillRead()
            // The signature is wrong, the attribute is checked as well (both problems at once).
            => Several(Kernel("Kind = PoolKind.Min, Size = 2, [|Stride = -1|]", WithIndices("[|Span<double> indices|]")),
                At("PG0003", 0, "'Stride' is -1"),
                At("PG0040", 1, "'Span<double>'"));

        [Fact]
        public void PG0040_IsASignatureError_OnlyAThrowingStubIsGenerated()
        {
            GeneratorOutput output = Single(Kernel("Size = 2", WithIndices("[|Span<byte> indices|]")), "PG0040", "'Span<byte>'");
            string stub = Assert.Single(output.Sources).Value;
            Assert.Contains("NotSupportedException", stub, System.StringComparison.Ordinal);
            Assert.DoesNotContain("file static class", stub, System.StringComparison.Ordinal);
        }

        [Fact]
        public void IndicesAnywhereButAfterTheOutput_IsAnUnknownDimension()
            => Single(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, int height, int width, [|Span<int> indices|]"), "PG0014", "'indices'");

        // ---------------------------------------------------------------- PG0045 rank mismatch (parameters and properties)

        [Theory]
        [InlineData("ReadOnlySpan<float> input, Span<float> output, [|int height|], int length", "'height'")]
        [InlineData("ReadOnlySpan<float> input, Span<float> output, [|int width|], int length", "'width'")]
        [InlineData("ReadOnlySpan<float> input, Span<float> output, int channels, [|int depth|], int length", "'depth'")]
        public void PG0045_2DOr3DParameterWithLength_PointsAtTheParameter(string parameters, string name)
        {
            GeneratorOutput output = Single(Kernel("Size = 2", parameters), "PG0045", name, "does not apply to 1D pooling", "because of 'length'");
            Assert.Equal($"{name} does not apply to 1D pooling; this method is 1D pooling because of 'length'", MessageOf(output));
        }

        [Fact]
        public void PG0045_HeightAndWidthWithLength_ReportsBoth()
            => Several(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, [|int height|], [|int width|], int length"),
                At("PG0045", 0, "'height'", "1D"),
                At("PG0045", 1, "'width'", "1D"));

        [Theory]
        [InlineData("SizeH = 2")]
        [InlineData("SizeW = 2")]
        [InlineData("StrideH = 1")]
        [InlineData("StrideW = 1")]
        [InlineData("PaddingH = 1")]
        [InlineData("PaddingW = 0")]
        [InlineData("DilationH = 1")]
        [InlineData("DilationW = 2")]
        [InlineData("SizeD = 2")]
        [InlineData("StrideD = 1")]
        [InlineData("PaddingD = 0")]
        [InlineData("DilationD = 1")]
        public void PG0045_AxisPropertyOnA1DMethod_PointsAtTheProperty(string property)
        {
            string name = property[..property.IndexOf(' ', StringComparison.Ordinal)];
            Single(Kernel($"Size = 3, [|{property}|]", Ncl), "PG0045", $"'{name}' does not apply to 1D pooling", "because of 'length'");
        }

        [Theory]
        [InlineData("Height = 4")]
        [InlineData("Width = 4")]
        [InlineData("Depth = 4")]
        public void PG0045_FixedDimensionOfAnotherRank_WithFixedLength_NamesLengthTheProperty(string property)
        {
            string name = property[..property.IndexOf(' ', StringComparison.Ordinal)];
            Single(Kernel($"Size = 2, Length = 8, [|{property}|]", "ReadOnlySpan<float> input, Span<float> output, int channels"),
                "PG0045", $"'{name}' does not apply to 1D pooling", "because of 'Length'");
        }
    }
}
