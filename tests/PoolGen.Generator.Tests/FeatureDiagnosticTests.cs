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
    /// The diagnostics of the feature attributes (issue 4: layouts, ranks, Pads, AutoPad, indices, Global, DivisorOverride,
    /// Lp, Min, clamps, Half): every id PG0040..PG0051 (but PG0050, retired: Parallel works on every kernel) and every
    /// distinct message of the ids whose message is a whole sentence ({0}), at the exact location, with the key facts of
    /// the message; the messages of PG0002, PG0013, PG0015, PG0016, PG0017 and PG0018 for the new ranks and kinds; then
    /// valid declarations of every new form that must give no diagnostic at all and compile cleanly. Same conventions as
    /// <see cref="DiagnosticTests"/>.
    /// </summary>
    public class FeatureDiagnosticTests
    {
        /// <summary>1D: input, output, channels, length.</summary>
        private const string Ncl = "ReadOnlySpan<float> input, Span<float> output, int channels, int length";

        /// <summary>3D: input, output, channels, depth, height, width.</summary>
        private const string Ncdhw = "ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width";

        private static string Typed(string type) => $"ReadOnlySpan<{type}> input, Span<{type}> output, int height, int width";

        private static string WithIndices(string indices) => $"ReadOnlySpan<float> input, Span<float> output, {indices}, int height, int width";

        private static GeneratorOutput Single(string markup, string id, params string[] fragments)
            => DiagnosticsAssert.ReportsSingle(markup, id, fragments);

        private static GeneratorOutput Several(string markup, params ExpectedDiagnostic[] expected)
            => DiagnosticsAssert.Reports(new[] { markup }, expected);

        private static ExpectedDiagnostic At(string id, int span, params string[] fragments) => ExpectedDiagnostic.At(id, span, fragments);

        /// <summary>The one diagnostic's whole message.</summary>
        private static string MessageOf(GeneratorOutput output) => Assert.Single(output.GeneratorDiagnostics).GetMessage();

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

        // ---------------------------------------------------------------- PG0041 indices on average / Lp

        [Fact]
        public void PG0041_IndicesOnAverage_PointsAtTheParameter()
            => Single(Kernel("Kind = PoolKind.Average, Size = 2", WithIndices("[|Span<int> indices|]")), "PG0041", "Average pooling has no argmax", "PoolKind.Max or PoolKind.Min");

        [Fact]
        public void PG0041_IndicesOnLp_PointsAtTheParameter()
            => Single(Kernel("Kind = PoolKind.Lp, P = 2, Size = 2", WithIndices("[|Span<long> indices|]")), "PG0041", "Lp pooling has no argmax");

        [Fact]
        public void PG0041_IndicesOnAverage1D()
            => Single(Kernel("Kind = PoolKind.Average, Size = 3", "ReadOnlySpan<double> input, Span<double> output, [|Span<long> indices|], int length"), "PG0041", "Average pooling");

        // ---------------------------------------------------------------- PG0042 Lp without P

        [Fact]
        public void PG0042_LpWithoutP_PointsAtTheWholeAttribute()
        {
            GeneratorOutput output = Single(InKernels($"[[|Pool(Kind = PoolKind.Lp, Size = 2)|]]\n    public static partial void M({Signature});"), "PG0042", "needs P", "P = 2");
            Assert.Equal("Kind = PoolKind.Lp needs P, the exponent (1 or more, e.g. P = 2)", MessageOf(output));
        }

        [Fact]
        public void PG0042_GlobalLpWithoutP()
            => Single(InKernels($"[[|Pool(Kind = PoolKind.Lp, Global = true)|]]\n    public static partial void M({Signature});"), "PG0042", "needs P");

        // ---------------------------------------------------------------- PG0043 invalid P (two messages)

        [Theory]
        [InlineData("P = 0", "P is 0")]
        [InlineData("P = -2", "P is -2")]
        [InlineData("P = int.MinValue", "P is -2147483648")]
        public void PG0043_PBelowOne_PointsAtP(string p, string fragment)
            => Single(Kernel($"Kind = PoolKind.Lp, Size = 2, [|{p}|]"), "PG0043", fragment, "at least 1");

        [Theory]
        [InlineData("", "max")]
        [InlineData("Kind = PoolKind.Max, ", "max")]
        [InlineData("Kind = PoolKind.Average, ", "average")]
        [InlineData("Kind = PoolKind.Min, ", "min")]
        public void PG0043_POnAnotherKind_PointsAtP(string kind, string name)
        {
            GeneratorOutput output = Single(Kernel($"{kind}Size = 2, [|P = 2|]"), "PG0043", "P applies to Lp pooling only");
            Assert.Equal($"P applies to Lp pooling only; remove it from this {name} pooling method", MessageOf(output));
        }

        // ---------------------------------------------------------------- PG0044 clamp bounds (three messages)

        [Theory]
        [InlineData("ClampMin = double.NaN", "ClampMin is NaN")]
        [InlineData("ClampMax = double.NaN", "ClampMax is NaN")]
        [InlineData("ClampMax = 0.0 / 0.0", "ClampMax is NaN")]
        public void PG0044_NaN_PointsAtTheBound(string bound, string fragment)
            => Single(Kernel($"Size = 2, [|{bound}|]"), "PG0044", fragment, "must be a number");

        [Fact]
        public void PG0044_NaNOnAnIntegerKernel_SaysNaN()
            => Single(Kernel("Size = 2, [|ClampMin = double.NaN|]", Typed("int")), "PG0044", "ClampMin is NaN");

        [Theory]
        [InlineData("byte", "ClampMin = 0.5", "ClampMin is 0.5, which is not a byte value")]
        [InlineData("byte", "ClampMax = 256", "ClampMax is 256, which is not a byte value")]
        [InlineData("byte", "ClampMin = -1", "ClampMin is -1, which is not a byte value")]
        [InlineData("sbyte", "ClampMin = -129", "ClampMin is -129, which is not a sbyte value")]
        [InlineData("short", "ClampMax = 32768", "ClampMax is 32768, which is not a short value")]
        [InlineData("ushort", "ClampMax = 6.5", "ClampMax is 6.5, which is not a ushort value")]
        [InlineData("int", "ClampMin = 1e10", "ClampMin is 10000000000, which is not a int value")]
        [InlineData("uint", "ClampMin = -0.5", "ClampMin is -0.5, which is not a uint value")]
        [InlineData("ulong", "ClampMin = -1", "ClampMin is -1, which is not a ulong value")]
        // (double)long.MaxValue is 2^63, one past long.MaxValue: not a long value.
        [InlineData("long", "ClampMax = long.MaxValue", "ClampMax is 9.223372036854776E+18, which is not a long value")]
        public void PG0044_NotAnIntegerOfTheElementType_PointsAtTheBound(string type, string bound, string fragment)
            => Single(Kernel($"Size = 2, [|{bound}|]", Typed(type)), "PG0044", fragment, "clamps to integers of its type");

        [Fact]
        public void PG0044_BothBoundsWrongOnAnIntegerKernel_EachAtItsArgument()
            => Several(Kernel("Kind = PoolKind.Min, Size = 2, [|ClampMin = 0.25|], [|ClampMax = 1000|]", Typed("byte")),
                At("PG0044", 0, "ClampMin is 0.25"),
                At("PG0044", 1, "ClampMax is 1000"));

        [Theory]
        [InlineData("[|ClampMin = 6|], ClampMax = 0", "ClampMin (6) is greater than ClampMax (0)")]
        [InlineData("ClampMax = -1, [|ClampMin = 1.5|]", "ClampMin (1.5) is greater than ClampMax (-1)")]
        [InlineData("[|ClampMin = double.PositiveInfinity|], ClampMax = double.NegativeInfinity", "ClampMin (Infinity) is greater than ClampMax (-Infinity)")]
        public void PG0044_MinAboveMax_PointsAtClampMin(string bounds, string fragment)
            => Single(Kernel($"Kind = PoolKind.Average, Size = 2, {bounds}"), "PG0044", fragment);

        [Fact]
        public void PG0044_MinAboveMaxOnAnIntegerKernel()
            => Single(Kernel("Size = 2, [|ClampMin = 200|], ClampMax = 100", Typed("byte")), "PG0044", "ClampMin (200) is greater than ClampMax (100)");

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

        // ---------------------------------------------------------------- PG0048 DivisorOverride (two messages)

        [Theory]
        [InlineData("", "max")]
        [InlineData("Kind = PoolKind.Min, ", "min")]
        [InlineData("Kind = PoolKind.Lp, P = 2, ", "Lp")]
        public void PG0048_OnAnotherKind_PointsAtIt(string kind, string name)
        {
            GeneratorOutput output = Single(Kernel($"{kind}Size = 2, [|DivisorOverride = 3|]"), "PG0048", "DivisorOverride applies to average pooling only");
            Assert.Equal($"DivisorOverride applies to average pooling only; remove it from this {name} pooling method", MessageOf(output));
        }

        [Fact]
        public void PG0048_ZeroOnMax_IsStillWrittenOnMax()
            => Single(Kernel("Size = 2, [|DivisorOverride = 0|]"), "PG0048", "average pooling only");

        [Theory]
        [InlineData("DivisorOverride = -1", "DivisorOverride is -1")]
        [InlineData("DivisorOverride = int.MinValue", "DivisorOverride is -2147483648")]
        public void PG0048_Negative_PointsAtIt(string divisor, string fragment)
        {
            GeneratorOutput output = Single(Kernel($"Kind = PoolKind.Average, Size = 2, [|{divisor}|]"), "PG0048", fragment);
            Assert.EndsWith("; it must be at least 1 (0 means no override)", MessageOf(output), StringComparison.Ordinal);
        }

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

        // ---------------------------------------------------------------- Parallel on every kernel (PG0050 retired)

        /// <summary>
        /// Parallel = true on what the N-D kernel implements: no diagnostic (it was PG0050 before the N-D kernel had a
        /// parallel form), a clean compile, and a kernel with RunParallel.
        /// </summary>
        [Theory]
        [InlineData("Size = 2", Ncl)]
        [InlineData("Size = 2", Ncdhw)]
        [InlineData("Size = 2, Layout = PoolLayout.Nhwc", Signature)]
        [InlineData("Size = 2, Layout = PoolLayout.Nhwc", "ReadOnlySpan<float> input, Span<float> output, int channels, int length")]
        [InlineData("Kind = PoolKind.Average, Size = 2, Layout = PoolLayout.Nhwc", Signature)]
        [InlineData("Size = 2", "ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int height, int width")]
        [InlineData("Size = 2, Layout = PoolLayout.Nhwc", "ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width")]
        [InlineData("Global = true", Signature)]
        [InlineData("Kind = PoolKind.Average, Global = true", Signature)]
        [InlineData("Global = true, Layout = PoolLayout.Nhwc", "ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width")]
        [InlineData("Kind = PoolKind.Lp, P = 2, Size = 2", Signature)]
        [InlineData("Kind = PoolKind.Min, Size = 2", Signature)]
        [InlineData("Size = 2, ClampMin = 0", Signature)]
        [InlineData("Kind = PoolKind.Average, Size = 2, DivisorOverride = 3", Signature)]
        [InlineData("Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper", Signature)]
        [InlineData("Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameLower, Layout = PoolLayout.Nhwc", Ncdhw)]
        [InlineData("Kind = PoolKind.Average, Size = 2", "ReadOnlySpan<Half> input, Span<Half> output, int height, int width")]
        [InlineData("Size = 2, Channels = 8, Height = 6, Width = 6, Layout = PoolLayout.Nhwc", "ReadOnlySpan<float> input, Span<float> output, int batch")]
        public void Parallel_WhereTheNdKernelRuns_HasNoDiagnosticsAndCompilesCleanly(string arguments, string parameters)
        {
            GeneratorOutput output = Several(Kernel($"{arguments}, Parallel = true", parameters));
            Assert.True(output.CompilationDiagnostics.Count == 0, string.Join(Environment.NewLine, output.CompilationDiagnostics.Select(d => DiagnosticsAssert.Describe(d))));
            string source = Assert.Single(output.Sources).Value;
            Assert.DoesNotContain("NotSupportedException", source, StringComparison.Ordinal);
            Assert.Contains("RunParallel(", source, StringComparison.Ordinal);
        }

        /// <summary>What the 2D kernels implement takes Parallel, however it is written (Pads, symmetric or not and above e/2, AutoPad = Valid, SAME with stride 1).</summary>
        [Theory]
        [InlineData("Size = 3, Pads = new[] { 1, 1, 1, 1 }, Parallel = true")]
        [InlineData("Size = 3, Pads = new[] { 0, 1, 1, 0 }, Parallel = true")]
        [InlineData("Size = 3, Pads = new[] { 2, 2, 2, 2 }, Parallel = true")]
        [InlineData("Kind = PoolKind.Average, Size = 3, Stride = 2, Pads = new[] { 1, 1, 0, 0 }, CeilMode = true, Parallel = true")]
        [InlineData("Size = 4, Stride = 1, AutoPad = PoolAutoPad.SameLower, Parallel = true")]
        [InlineData("Size = 3, Stride = 2, AutoPad = PoolAutoPad.Valid, Parallel = true")]
        [InlineData("Kind = PoolKind.Average, Size = 3, Layout = PoolLayout.Nchw, Parallel = true")]
        public void Parallel_On2DKernelAttributes_HasNoDiagnostics(string arguments)
            => Several(Kernel(arguments, "ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width"));

        [Fact]
        public void ParallelFalse_IsFineEverywhere()
            => Several(Kernel("Kind = PoolKind.Min, Size = 2, Parallel = false", Ncl));

        // ---------------------------------------------------------------- PG0051 undefined enum values

        [Theory]
        [InlineData("Layout = (PoolLayout)2", "Layout = 2 is not a value", "PoolLayout.Nchw or PoolLayout.Nhwc")]
        [InlineData("Layout = (PoolLayout)(-1)", "Layout = -1 is not a value", "PoolLayout.Nchw or PoolLayout.Nhwc")]
        [InlineData("AutoPad = (PoolAutoPad)4", "AutoPad = 4 is not a value", "PoolAutoPad.NotSet, SameUpper, SameLower or Valid")]
        [InlineData("AutoPad = (PoolAutoPad)(-1)", "AutoPad = -1 is not a value", "PoolAutoPad.NotSet, SameUpper, SameLower or Valid")]
        public void PG0051_UndefinedLayoutOrAutoPad_PointsAtIt(string argument, params string[] fragments)
            => Single(Kernel($"Size = 2, [|{argument}|]"), "PG0051", fragments);

        [Fact]
        public void PG0051_BothUndefined_BothReported()
            => Several(Kernel("[|AutoPad = (PoolAutoPad)9|], Size = 2, [|Layout = (PoolLayout)5|]"),
                At("PG0051", 0, "AutoPad = 9"),
                At("PG0051", 1, "Layout = 5"));

        // ---------------------------------------------------------------- clamp literals

        /// <summary>
        /// A finite bound beyond float's range on a float kernel (here 1e300) is that infinity (no bound). Regression test:
        /// it was written as the literal "Infinity.0f", which did not compile.
        /// </summary>
        [Fact]
        public void Clamp_FloatKernelWithABoundBeyondFloatRange_Compiles()
            => DiagnosticsAssert.IsRobust(Kernel("Kind = PoolKind.Lp, P = 2, Size = 2, ClampMax = 1e300, ClampMin = -1e300"));

        /// <summary>
        /// Integer bounds are written exactly. Regression test: they went through (decimal)double, which keeps 15
        /// significant digits, so ClampMax = 123456789012345680 on a long kernel became 123456789012346000 (a different
        /// bound, silently) and -2^63 became a literal that did not compile.
        /// </summary>
        [Fact]
        public void Clamp_LongKernelBounds_AreWrittenExactly()
        {
            GeneratorOutput output = DiagnosticsAssert.IsRobust(Kernel(
                "Size = 2, ClampMin = -9223372036854775808.0, ClampMax = 123456789012345680", Typed("long")));
            Assert.Empty(output.CompilationDiagnostics);
            Assert.Contains("123456789012345680", Assert.Single(output.Sources).Value, StringComparison.Ordinal);
        }

        // ---------------------------------------------------------------- PG0018 CountIncludePad on min and Lp

        [Fact]
        public void PG0018_CountIncludePadOnMin_NamesMin()
        {
            GeneratorOutput output = Single(Kernel("Kind = PoolKind.Min, Size = 2, [|CountIncludePad = false|]"), "PG0018", "min pooling method");
            Assert.Equal("CountIncludePad applies to average pooling only; remove it from this min pooling method", MessageOf(output));
            Assert.DoesNotContain("NotSupportedException", Assert.Single(output.Sources).Value, StringComparison.Ordinal);
        }

        [Fact]
        public void PG0018_CountIncludePadOnLp_NamesLp()
        {
            GeneratorOutput output = Single(Kernel("Kind = PoolKind.Lp, P = 2, Size = 2, Padding = 1, [|CountIncludePad = true|]"), "PG0018", "Lp pooling method");
            Assert.Equal(new[] { "PG0018" }, output.CompilationDiagnostics.Select(d => d.Id).Distinct());
        }

        [Fact]
        public void PG0018_CountIncludePadOnMax1D()
            => Single(Kernel("Size = 2, [|CountIncludePad = false|]", Ncl), "PG0018", "max pooling method");

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

        // ---------------------------------------------------------------- no cascade

        public static TheoryData<string, string, string> FeatureAttributeOnlyProblems => new()
        {
            { "Kind = PoolKind.Average, Size = 2", WithIndices("Span<int> indices"), "PG0041" },
            { "Kind = PoolKind.Lp, Size = 2", Signature, "PG0042" },
            { "Kind = PoolKind.Lp, Size = 2, P = 0", Signature, "PG0043" },
            { "Size = 2, P = 2", Signature, "PG0043" },
            { "Size = 2, ClampMin = double.NaN", Signature, "PG0044" },
            { "Size = 2, ClampMin = 0.5", Typed("int"), "PG0044" },
            { "Size = 2, ClampMin = 2, ClampMax = 1", Signature, "PG0044" },
            { "Size = 2, SizeH = 2", Ncl, "PG0045" },
            { "Size = 2", "ReadOnlySpan<float> input, Span<float> output, int height, int length", "PG0045" },
            { "Size = 3, Pads = new[] { 1, 1 }", Signature, "PG0046" },
            { "Size = 3, Pads = new[] { 3, 0, 0, 0 }", Signature, "PG0046" },
            { "Size = 3, Padding = 1, Pads = new[] { 1, 1, 1, 1 }", Signature, "PG0046" },
            { "Size = 3, Padding = 1, AutoPad = PoolAutoPad.SameUpper", Signature, "PG0047" },
            { "Size = 2, DivisorOverride = 2", Signature, "PG0048" },
            { "Kind = PoolKind.Average, Size = 2, DivisorOverride = -2", Signature, "PG0048" },
            { "Global = true, Size = 2", Signature, "PG0049" },
            { "Size = 2, Layout = (PoolLayout)3", Signature, "PG0051" },
            { "Size = 2, AutoPad = (PoolAutoPad)8", Signature, "PG0051" },
            { "Stride = 2", Ncdhw, "PG0002" },
            { "Kind = PoolKind.Lp, P = 2, Size = 2", Typed("int"), "PG0013" },
        };

        /// <summary>An attribute-only problem of the new properties: that error alone (a throwing stub, no CS8795, no compiler cascade).</summary>
        [Theory]
        [MemberData(nameof(FeatureAttributeOnlyProblems))]
        public void FeatureAttributeOnlyProblem_GivesThePoolGenErrorWithoutCS8795(string arguments, string parameters, string id)
        {
            GeneratorOutput output = GeneratorRunner.Run(Kernel(arguments, parameters));
            Assert.Null(output.Result.Exception);
            Assert.Equal(new[] { id }, output.CompilationDiagnostics.Select(d => d.Id).Distinct());
            Assert.Contains("NotSupportedException", Assert.Single(output.Sources).Value, StringComparison.Ordinal);
        }

        /// <summary>The compiler reports these arguments; PoolGen adds nothing on top.</summary>
        [Theory]
        [InlineData("Size = 2, Layout = 1")]
        [InlineData("Size = 2, AutoPad = 1")]
        [InlineData("Size = 2, Pads = new[] { 1.5, 0.0, 0.0, 0.0 }")]
        [InlineData("Size = 2, Pads = new long[] { 0, 0, 0, 0 }")]
        [InlineData("Size = 2, ClampMin = \"0\"")]
        [InlineData("Size = 2, Global = 1")]
        // Roslyn converts these to int (2, 1, 2) and reports CS0266; the values PoolGen sees are valid.
        [InlineData("Size = 2.5")]
        [InlineData("Size = 2, Stride = 1.5")]
        [InlineData("Kind = PoolKind.Lp, Size = 2, P = 2.5")]
        public void CompilerRejectedFeatureArgument_HasNoPoolGenCascade(string arguments)
        {
            GeneratorOutput output = GeneratorRunner.Run(Kernel(arguments));
            Assert.Null(output.Result.Exception);
            Assert.Empty(output.GeneratorDiagnostics);
        }

        // ---------------------------------------------------------------- valid declarations of every new form

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

            cases["nhwc"] = (InKernels("""
                [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
                    public static partial void Max(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

                    [Pool(Kind = PoolKind.Average, Size = 2, Layout = PoolLayout.Nhwc, CountIncludePad = false, CeilMode = true)]
                    public static partial void Average(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);

                    [Pool(Size = 2, Layout = PoolLayout.Nchw)]
                    public static partial void ExplicitNchw(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    [Pool(Size = 2, Layout = PoolLayout.Nhwc, Channels = 8, Height = 4, Width = 4)]
                    public static partial void Fixed(ReadOnlySpan<byte> input, Span<byte> output, int batch);
                """), 4);

            cases["one_d"] = (InKernels("""
                [Pool(Size = 3, Stride = 2, Padding = 1)]
                    public static partial void Max(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

                    [Pool(Kind = PoolKind.Average, Size = 4, Dilation = 2, CeilMode = true, CountIncludePad = false)]
                    public static partial void Average(ReadOnlySpan<double> input, Span<double> output, int length);

                    [Pool(Size = 2, Length = 9, Channels = 3, Layout = PoolLayout.Nhwc)]
                    public static partial void FixedNlc(ReadOnlySpan<short> input, Span<short> output, int batch);

                    [Pool(Kind = PoolKind.Min, Size = 5, Stride = 1, Pads = new[] { 4, 0 })]
                    public static partial void Causal(ReadOnlySpan<float> input, Span<float> output, int channels, int length);
                """), 4);

            cases["three_d"] = (InKernels("""
                [Pool(Size = 3, Stride = 2, Padding = 1)]
                    public static partial void Max(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

                    [Pool(Kind = PoolKind.Average, Size = 2, SizeD = 1, StrideD = 1, PaddingD = 0, DilationD = 1, Layout = PoolLayout.Nhwc)]
                    public static partial void AverageNdhwc(ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width);

                    [Pool(Size = 2, Depth = 4, Height = 4, Width = 4, Channels = 2)]
                    public static partial void Fixed(ReadOnlySpan<double> input, Span<double> output, int batch);

                    [Pool(SizeD = 2, SizeH = 3, SizeW = 1, Dilation = 2)]
                    public static partial void PerAxis(ReadOnlySpan<int> input, Span<int> output, int depth, int height, int width);
                """), 4);

            cases["pads"] = (InKernels("""
                [Pool(Size = 3, Pads = new[] { 0, 1, 2, 0 })]
                    public static partial void Max2D(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                    [Pool(Kind = PoolKind.Average, Size = 2, Dilation = 2, Pads = new[] { 2, 0, 0, 2 }, CountIncludePad = false)]
                    public static partial void AverageDilated(ReadOnlySpan<double> input, Span<double> output, int height, int width);

                    [Pool(Size = 3, Stride = 2, Pads = new[] { 1, 1, 1, 1 }, CeilMode = true)]
                    public static partial void Symmetric(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    [Pool(Size = 2, Pads = new[] { 0, 1, 0, 1, 0, 0 })]
                    public static partial void ThreeD(ReadOnlySpan<float> input, Span<float> output, int depth, int height, int width);

                    [Pool(Size = 3, Pads = new[] { 2, 1, 0, 1 }, Height = 1, Width = 1)]
                    public static partial void FixedTiny(ReadOnlySpan<float> input, Span<float> output);
                """), 5);

            cases["auto_pad"] = (InKernels("""
                [Pool(Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper)]
                    public static partial void SameUpper(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                    [Pool(Kind = PoolKind.Average, Size = 2, AutoPad = PoolAutoPad.SameLower, CountIncludePad = false)]
                    public static partial void SameLower(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    [Pool(Size = 3, Stride = 2, AutoPad = PoolAutoPad.Valid, CeilMode = false)]
                    public static partial void ValidCeilModeFalse(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    [Pool(Size = 3, AutoPad = PoolAutoPad.NotSet, Padding = 1)]
                    public static partial void NotSetWithPadding(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    [Pool(Size = 5, AutoPad = PoolAutoPad.SameUpper, Height = 1, Width = 2)]
                    public static partial void SameFixedSmallerThanTheWindow(ReadOnlySpan<float> input, Span<float> output);

                    [Pool(Size = 3, AutoPad = PoolAutoPad.SameUpper, CeilMode = false, Layout = PoolLayout.Nhwc)]
                    public static partial void SameCeilFalseNhwc(ReadOnlySpan<float> input, Span<float> output, int channels, int length);
                """), 6);

            cases["indices"] = (InKernels("""
                [Pool(Size = 2)]
                    public static partial void Int2D(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

                    [Pool(Size = 3, Stride = 2, Padding = 1)]
                    public static partial void Long2D(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int height, int width);

                    [Pool(Kind = PoolKind.Min, Size = 3, Layout = PoolLayout.Nhwc)]
                    public static partial void MinNhwc(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int channels, int height, int width);

                    [Pool(Size = 2)]
                    public static partial void OneD(ReadOnlySpan<byte> input, Span<byte> output, Span<long> indices, int length);

                    [Pool(Size = 2)]
                    public static partial void ThreeD(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int depth, int height, int width);

                    [Pool(Global = true)]
                    public static partial void GlobalArgmax(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int channels, int height, int width);

                    [Pool(Size = 2, Height = 4, Width = 4)]
                    public static partial void Fixed(ReadOnlySpan<float> input, Span<float> output, Span<int> indices);

                    [Pool(Size = 2)]
                    public static partial void HalfIndices(ReadOnlySpan<Half> input, Span<Half> output, Span<int> indices, int height, int width);
                """), 8);

            cases["global"] = (InKernels("""
                [Pool(Global = true)]
                    public static partial void Max(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

                    [Pool(Kind = PoolKind.Average, Global = true, Layout = PoolLayout.Nhwc)]
                    public static partial void AverageNhwc(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                    [Pool(Kind = PoolKind.Lp, P = 2, Global = true)]
                    public static partial void Lp1D(ReadOnlySpan<double> input, Span<double> output, int channels, int length);

                    [Pool(Kind = PoolKind.Min, Global = true)]
                    public static partial void Min3D(ReadOnlySpan<float> input, Span<float> output, int depth, int height, int width);
                """), 4);

            cases["divisor_override"] = (InKernels("""
                [Pool(Kind = PoolKind.Average, Size = 3, Padding = 1, DivisorOverride = 4)]
                    public static partial void Override(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    [Pool(Kind = PoolKind.Average, Size = 2, DivisorOverride = 0)]
                    public static partial void ZeroMeansNone(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    [Pool(Kind = PoolKind.Average, Global = true, DivisorOverride = 1)]
                    public static partial void GlobalSum(ReadOnlySpan<double> input, Span<double> output, int channels, int length);
                """), 3);

            cases["lp"] = (InKernels("""
                [Pool(Kind = PoolKind.Lp, P = 1, Size = 2)]
                    public static partial void L1(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    [Pool(Kind = PoolKind.Lp, P = 2, Size = 3, Stride = 1, Padding = 1)]
                    public static partial void L2(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);

                    [Pool(Kind = PoolKind.Lp, P = 3, Size = 3, Stride = 2, Layout = PoolLayout.Nhwc)]
                    public static partial void L3Nhwc(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                    [Pool(Kind = PoolKind.Lp, P = 2, Size = 2)]
                    public static partial void LpHalf(ReadOnlySpan<Half> input, Span<Half> output, int length);
                """), 4);

            cases["min"] = (InKernels("""
                [Pool(Kind = PoolKind.Min, Size = 2)]
                    public static partial void MinFloat(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    [Pool(Kind = PoolKind.Min, Size = 3, Stride = 2, Padding = 1, CeilMode = true)]
                    public static partial void MinUlong(ReadOnlySpan<ulong> input, Span<ulong> output, int batch, int channels, int height, int width);

                    [Pool(Kind = PoolKind.Min, Size = 2)]
                    public static partial void MinHalf(ReadOnlySpan<Half> input, Span<Half> output, int depth, int height, int width);
                """), 3);

            cases["clamps"] = (InKernels("""
                [Pool(Size = 2, ClampMin = 0)]
                    public static partial void Relu(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    [Pool(Kind = PoolKind.Average, Size = 2, ClampMin = 0, ClampMax = 6)]
                    public static partial void Relu6(ReadOnlySpan<double> input, Span<double> output, int height, int width);

                    [Pool(Size = 2, ClampMin = 10, ClampMax = 200)]
                    public static partial void Byte(ReadOnlySpan<byte> input, Span<byte> output, int height, int width);

                    [Pool(Size = 2, ClampMin = -128, ClampMax = 127)]
                    public static partial void SbyteFullRange(ReadOnlySpan<sbyte> input, Span<sbyte> output, int height, int width);

                    [Pool(Kind = PoolKind.Min, Size = 2, ClampMin = 0, ClampMax = 4294967295)]
                    public static partial void Uint(ReadOnlySpan<uint> input, Span<uint> output, int height, int width);

                    [Pool(Size = 2, ClampMin = -100000000000000, ClampMax = 999999999999999)]
                    public static partial void LongFifteenDigits(ReadOnlySpan<long> input, Span<long> output, int height, int width);

                    [Pool(Size = 2, ClampMin = double.NegativeInfinity, ClampMax = double.PositiveInfinity)]
                    public static partial void IntUnbounded(ReadOnlySpan<int> input, Span<int> output, int height, int width);

                    [Pool(Size = 2, ClampMin = 0.1, ClampMax = 0.1)]
                    public static partial void FloatEqualBounds(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    [Pool(Kind = PoolKind.Lp, P = 2, Size = 2, ClampMax = 3e38)]
                    public static partial void FloatLargeBound(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    [Pool(Size = 2, ClampMin = -1.5, ClampMax = 65504)]
                    public static partial void HalfClamp(ReadOnlySpan<Half> input, Span<Half> output, int height, int width);
                """), 10);

            cases["half"] = (InKernels("""
                [Pool(Size = 3, Stride = 2, Padding = 1)]
                    public static partial void Max(ReadOnlySpan<Half> input, Span<Half> output, int batch, int channels, int height, int width);

                    [Pool(Kind = PoolKind.Average, Size = 2, Layout = PoolLayout.Nhwc)]
                    public static partial void Average(ReadOnlySpan<Half> input, Span<Half> output, int channels, int height, int width);

                    [Pool(Kind = PoolKind.Average, Global = true)]
                    public static partial void GlobalAverage(ReadOnlySpan<System.Half> input, Span<System.Half> output, int channels, int length);
                """), 3);

            cases["everything_at_once"] = (InKernels("""
                [Pool(Kind = PoolKind.Max, SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 1, Stride = 2, DilationW = 2, Pads = new[] { 1, 0, 1, 0, 2, 1 },
                          Layout = PoolLayout.Nhwc, CeilMode = true, ClampMin = -1, ClampMax = 1)]
                    public static partial void M(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);
                """), 1);

            cases["parallel"] = (InKernels("""
                [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, Parallel = true)]
                    public static partial void NhwcMax(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

                    [Pool(Size = 3, Stride = 1, Padding = 1, Layout = PoolLayout.Nhwc, Parallel = true)]
                    public static partial void NlcMax(ReadOnlySpan<float> input, Span<float> output, int channels, int length);

                    [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, Parallel = true)]
                    public static partial void Average3d(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int depth, int height, int width);

                    [Pool(Kind = PoolKind.Min, Size = 3, Stride = 2, Padding = 1, Parallel = true)]
                    public static partial void Min1dIndices(ReadOnlySpan<Half> input, Span<Half> output, Span<long> indices, int batch, int channels, int length);

                    [Pool(Kind = PoolKind.Lp, P = 2, Size = 3, Stride = 2, Pads = new[] { 1, 0, 2, 1 }, Parallel = true)]
                    public static partial void LpPads(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

                    [Pool(Kind = PoolKind.Average, Global = true, Layout = PoolLayout.Nhwc, DivisorOverride = 7, Parallel = true)]
                    public static partial void GlobalNhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

                    [Pool(Kind = PoolKind.Max, SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 1, Stride = 2, DilationW = 2, Pads = new[] { 1, 0, 1, 0, 2, 1 },
                          Layout = PoolLayout.Nhwc, CeilMode = true, ClampMin = -1, ClampMax = 1, Parallel = true)]
                    public static partial void EverythingAtOnce(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);
                """), 7);

            return cases;
        }

        [Theory]
        [MemberData(nameof(ValidCaseNames))]
        public void ValidFeatureDeclaration_HasNoDiagnosticsAndCompilesCleanly(string name)
        {
            (string source, int methods) = ValidCases[name];
            GeneratorOutput output = GeneratorRunner.Run(source);
            Assert.True(output.Result.Exception is null, $"The generator threw: {output.Result.Exception}");
            Assert.True(output.GeneratorDiagnostics.IsEmpty, string.Join(Environment.NewLine, output.GeneratorDiagnostics.Select(d => DiagnosticsAssert.Describe(d))));
            Assert.True(output.CompilationDiagnostics.Count == 0, string.Join(Environment.NewLine, output.CompilationDiagnostics.Select(d => DiagnosticsAssert.Describe(d))));
            Assert.Equal(methods, output.Sources.Count);
            Assert.All(output.Sources.Values, s => Assert.DoesNotContain("NotSupportedException", s, StringComparison.Ordinal));
        }

        /// <summary>The N-D kernel's code needs C# 11 and nothing newer, like the rest.</summary>
        [Theory]
        [MemberData(nameof(ValidCaseNames))]
        public void ValidFeatureDeclaration_CompilesCleanlyInCSharp11(string name)
        {
            (string source, int methods) = ValidCases[name];
            GeneratorOutput output = DiagnosticsAssert.Run(new CSharpParseOptions(LanguageVersion.CSharp11), source);
            Assert.True(output.Result.Exception is null, $"The generator threw: {output.Result.Exception}");
            Assert.True(output.CompilationDiagnostics.Count == 0, string.Join(Environment.NewLine, output.CompilationDiagnostics.Select(d => DiagnosticsAssert.Describe(d))));
            Assert.Equal(methods, output.Sources.Count);
        }

        /// <summary>The robustness contract holds for every valid feature declaration too (parses, no new warning or error).</summary>
        [Theory]
        [MemberData(nameof(ValidCaseNames))]
        public void ValidFeatureDeclaration_IsRobust(string name) => DiagnosticsAssert.IsRobust(ValidCases[name].Source);
    }
}
