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
    /// The diagnostics of the reduction options: CountIncludePad where it means nothing (PG0018), the kind (PG0021),
    /// indices on average or Lp (PG0041), P (PG0042, PG0043), the clamps (PG0044, and how their literals are written),
    /// DivisorOverride (PG0048), Parallel on every kernel (PG0050 retired) and undefined enum values (PG0051).
    /// Each test checks the id, the exact location ([|marked|] in the source), the file, the severity and the key facts of
    /// the message; an id whose message is a whole sentence ({0}) has a test per distinct message.
    /// </summary>
    public class OptionDiagnosticTests
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

        private static string Typed(string type) => $"ReadOnlySpan<{type}> input, Span<{type}> output, int height, int width";

        private static string WithIndices(string indices) => $"ReadOnlySpan<float> input, Span<float> output, {indices}, int height, int width";

        /// <summary>The one diagnostic's whole message.</summary>
        private static string MessageOf(GeneratorOutput output) => Assert.Single(output.GeneratorDiagnostics).GetMessage();

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

        // ---------------------------------------------------------------- PG0021 kind

        [Fact]
        public void PG0021_UndefinedKind()
            => Single(Kernel("Size = 2, [|Kind = (PoolKind)4|]"), "PG0021", "Kind 4", "PoolKind.Max, PoolKind.Average, PoolKind.Lp or PoolKind.Min");

        [Fact]
        public void PG0021_NegativeKind()
            => Single(Kernel("[|Kind = (PoolKind)(-1)|], Size = 2"), "PG0021", "Kind -1");

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
    }
}
