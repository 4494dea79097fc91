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
    /// Invalid attribute values that must give PoolGen's error alone (no compiler cascade), then valid declarations of
    /// every form (every rank, layout, kind and option) that must give no diagnostic at all and compile cleanly.
    /// Each test checks the id, the exact location ([|marked|] in the source), the file, the severity and the key facts of
    /// the message; an id whose message is a whole sentence ({0}) has a test per distinct message.
    /// </summary>
    public class ValidDeclarationTests
    {
        private static GeneratorOutput Single(string markup, string id, params string[] fragments)
            => DiagnosticsAssert.ReportsSingle(markup, id, fragments);

        /// <summary>1D: input, output, channels, length.</summary>
        private const string Ncl = "ReadOnlySpan<float> input, Span<float> output, int channels, int length";

        /// <summary>3D: input, output, channels, depth, height, width.</summary>
        private const string Ncdhw = "ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width";

        private static string Typed(string type) => $"ReadOnlySpan<{type}> input, Span<{type}> output, int height, int width";

        private static string WithIndices(string indices) => $"ReadOnlySpan<float> input, Span<float> output, {indices}, int height, int width";

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

        // ---------------------------------------------------------------- valid declarations of every new form

        private static readonly Dictionary<string, (string Source, int Methods)> FeatureValidCases = CreateFeatureValidCases();

        public static TheoryData<string> FeatureValidCaseNames
        {
            get
            {
                var data = new TheoryData<string>();
                foreach (string name in FeatureValidCases.Keys)
                {
                    data.Add(name);
                }

                return data;
            }
        }

        private static Dictionary<string, (string Source, int Methods)> CreateFeatureValidCases()
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
        [MemberData(nameof(FeatureValidCaseNames))]
        public void ValidFeatureDeclaration_HasNoDiagnosticsAndCompilesCleanly(string name)
        {
            (string source, int methods) = FeatureValidCases[name];
            GeneratorOutput output = GeneratorRunner.Run(source);
            Assert.True(output.Result.Exception is null, $"The generator threw: {output.Result.Exception}");
            Assert.True(output.GeneratorDiagnostics.IsEmpty, string.Join(Environment.NewLine, output.GeneratorDiagnostics.Select(d => DiagnosticsAssert.Describe(d))));
            Assert.True(output.CompilationDiagnostics.Count == 0, string.Join(Environment.NewLine, output.CompilationDiagnostics.Select(d => DiagnosticsAssert.Describe(d))));
            Assert.Equal(methods, output.Sources.Count);
            Assert.All(output.Sources.Values, s => Assert.DoesNotContain("NotSupportedException", s, StringComparison.Ordinal));
        }

        /// <summary>The N-D kernel's code needs C# 11 and nothing newer, like the rest.</summary>
        [Theory]
        [MemberData(nameof(FeatureValidCaseNames))]
        public void ValidFeatureDeclaration_CompilesCleanlyInCSharp11(string name)
        {
            (string source, int methods) = FeatureValidCases[name];
            GeneratorOutput output = DiagnosticsAssert.Run(new CSharpParseOptions(LanguageVersion.CSharp11), source);
            Assert.True(output.Result.Exception is null, $"The generator threw: {output.Result.Exception}");
            Assert.True(output.CompilationDiagnostics.Count == 0, string.Join(Environment.NewLine, output.CompilationDiagnostics.Select(d => DiagnosticsAssert.Describe(d))));
            Assert.Equal(methods, output.Sources.Count);
        }

        /// <summary>The robustness contract holds for every valid feature declaration too (parses, no new warning or error).</summary>
        [Theory]
        [MemberData(nameof(FeatureValidCaseNames))]
        public void ValidFeatureDeclaration_IsRobust(string name) => DiagnosticsAssert.IsRobust(FeatureValidCases[name].Source);
    }
}
