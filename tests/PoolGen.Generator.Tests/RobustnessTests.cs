using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using PoolGen.Generator.Tests.Infrastructure;
using static PoolGen.Generator.Tests.Infrastructure.DiagnosticsSources;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// Malformed, half-typed and unusual sources through the generator. Whatever the input, the generator must not throw,
    /// must add only files that parse, and must not add compile errors (or warnings in its own files) beyond PoolGen's own
    /// diagnostics and the errors the input already has: see <see cref="DiagnosticsAssert.IsRobust"/>.
    /// </summary>
    public class RobustnessTests
    {
        private const string Usings = "using System;\nusing PoolGen;\n";

        private static readonly Dictionary<string, string[]> Cases = new(StringComparer.Ordinal)
        {
            // ---- the attribute's arguments
            ["attribute_without_arguments"] = One(InKernels($"[Pool]\n    public static partial void M({Signature});")),
            ["attribute_with_empty_argument_list"] = One(Kernel("")),
            ["size_without_value"] = One(Kernel("Size = ")),
            ["size_equals_without_name"] = One(Kernel("= 2")),
            ["size_as_string"] = One(Kernel("Size = \"2\"")),
            ["size_as_double"] = One(Kernel("Size = 2.5")),
            ["size_as_null"] = One(Kernel("Size = null")),
            ["kind_as_int"] = One(Kernel("Size = 2, Kind = 3")),
            ["kind_cast_out_of_range"] = One(Kernel("Size = 2, Kind = (PoolKind)7")),
            ["kind_unknown_member"] = One(Kernel("Size = 2, Kind = PoolKind.Median")),
            ["ceil_mode_as_int"] = One(Kernel("Size = 2, CeilMode = 1")),
            ["non_constant_size"] = One(InKernels($"private static int n = 2;\n    [Pool(Size = n)]\n    public static partial void M({Signature});")),
            ["method_call_as_size"] = One(Kernel("Size = Math.Max(1, 2)")),
            ["overflowing_constant"] = One(Kernel("Size = int.MaxValue + 1")),
            ["typo_in_property_name"] = One(Kernel("Sise = 2")),
            ["positional_argument"] = One(Kernel("2")),
            ["duplicate_named_argument"] = One(Kernel("Size = 2, Size = 3")),
            ["duplicate_attribute"] = One(InKernels($"[Pool(Size = 2)][Pool(Size = 3)]\n    public static partial void M({Signature});")),
            ["method_target_attribute"] = One(InKernels($"[method: Pool(Size = 2)]\n    public static partial void M({Signature});")),
            ["return_target_attribute"] = One(InKernels($"[return: Pool(Size = 2)]\n    public static partial void M({Signature});")),

            // ---- extreme values
            ["size_int_max_stride_1"] = One(Kernel("Size = int.MaxValue, Stride = 1")),
            ["size_int_min"] = One(Kernel("Size = int.MinValue, Padding = int.MinValue, Stride = int.MinValue, Dilation = int.MinValue")),
            ["padding_int_max"] = One(Kernel("Size = 2, Padding = int.MaxValue")),
            ["size_and_padding_int_max"] = One(Kernel("Size = int.MaxValue, Stride = 1, Padding = int.MaxValue")),
            ["stride_int_max"] = One(Kernel("Size = 2, Stride = int.MaxValue, Padding = 1")),
            ["dilation_int_max"] = One(Kernel("Size = 2, Dilation = int.MaxValue")),
            ["dilation_near_int_max"] = One(Kernel("Size = 2, Dilation = 1073741823, Padding = 536870912")),
            ["channels_int_max"] = One(Kernel("Size = 2, Channels = int.MaxValue", "ReadOnlySpan<float> input, Span<float> output, int batch, int height, int width")),
            ["fixed_height_int_max_runtime_width"] = One(Kernel("Size = 2, Height = int.MaxValue", "ReadOnlySpan<float> input, Span<float> output, int width")),

            // ---- unclosed and half-typed code
            ["unclosed_parameter_list"] = One(Usings + "namespace Demo;\npublic static partial class Kernels\n{\n    [Pool(Size = 2)]\n    public static partial void M(ReadOnlySpan<float> input, Span<float> output, int height, int width\n}\n"),
            ["unclosed_attribute"] = One(Usings + $"namespace Demo;\npublic static partial class Kernels\n{{\n    [Pool(Size = 2\n    public static partial void M({Signature});\n}}\n"),
            ["unclosed_class"] = One(Usings + $"namespace Demo;\npublic static partial class Kernels\n{{\n    [Pool(Size = 2)]\n    public static partial void M({Signature});\n"),
            ["missing_semicolon"] = One(InKernels($"[Pool(Size = 2)]\n    public static partial void M({Signature})")),
            ["half_typed_parameter"] = One(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, int height, int")),
            ["half_typed_generic"] = One(Kernel("Size = 2", "ReadOnlySpan<float input, Span<float> output, int height, int width")),
            ["trailing_comma_in_parameters"] = One(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, int height, int width,")),
            ["method_without_parameter_list"] = One(InKernels("[Pool(Size = 2)]\n    public static partial void M;")),
            ["method_without_name"] = One(InKernels($"[Pool(Size = 2)]\n    public static partial void ({Signature});")),
            ["method_without_return_type"] = One(InKernels($"[Pool(Size = 2)]\n    public static partial M({Signature});")),
            ["empty_file"] = One(string.Empty),
            ["only_whitespace_and_comments"] = One("  \n// [Pool(Size = 2)]\n/* partial void M(); */\n"),
            ["only_the_attribute"] = One("[PoolGen.Pool(Size = 2)]"),
            ["only_the_attribute_and_a_partial_method"] = One("using System;\n[PoolGen.Pool(Size = 2)] partial void M(ReadOnlySpan<float> input, Span<float> output, int height, int width);"),

            // ---- the attribute where it does not belong
            ["attribute_on_field"] = One(InKernels("[Pool(Size = 2)]\n    private static int field;")),
            ["attribute_on_class"] = One(Usings + $"[Pool(Size = 2)]\npublic static partial class Kernels\n{{\n    public static partial void M({Signature});\n}}\n"),
            ["attribute_on_property"] = One(InKernels("[Pool(Size = 2)]\n    public static int Property { get; set; }")),
            ["attribute_on_constructor_and_operator"] = One(Usings + "public partial class C\n{\n    [Pool(Size = 2)] public C() { }\n    [Pool(Size = 2)] public static C operator +(C a, C b) => a;\n    [Pool(Size = 2)] ~C() { }\n}\n"),
            ["attribute_on_local_function"] = One(InKernels("public static void Run()\n    {\n        [Pool(Size = 2)]\n        static void Local(ReadOnlySpan<float> input, Span<float> output, int height, int width) { }\n        Local(default, default, 1, 1);\n    }")),
            ["attribute_on_lambda"] = One(InKernels("public static Action<int> Run() => [Pool(Size = 2)] (int x) => { };")),
            ["attribute_on_delegate"] = One(InKernels($"[Pool(Size = 2)]\n    public delegate void D({Signature});")),
            ["attribute_from_another_namespace"] = One($$"""
                using System;

                namespace Other
                {
                    public sealed class PoolAttribute : Attribute
                    {
                        public int Size { get; set; }
                    }
                }

                namespace Demo
                {
                    using Other;

                    public static partial class Kernels
                    {
                        [Pool(Size = 2)]
                        public static partial void M({{Signature}});
                    }
                }
                """),
            ["attribute_on_top_level_local_function"] = One(Usings + "[Pool(Size = 2)]\nstatic void Local(ReadOnlySpan<float> input, Span<float> output, int height, int width) { }\nLocal(default, default, 1, 1);\n"),
            ["partial_method_in_top_level_statements"] = One(Usings + $"Console.WriteLine();\n[Pool(Size = 2)]\nstatic partial void M({Signature});\n"),

            // ---- declarations the generator must reject or handle
            ["partial_method_in_non_partial_class"] = One(Usings + $"public static class Kernels\n{{\n    [Pool(Size = 2)]\n    public static partial void M({Signature});\n}}\n"),
            ["not_partial"] = One(InKernels($"[Pool(Size = 2)]\n    public static void M({Signature});")),
            ["with_body"] = One(InKernels($"[Pool(Size = 2)]\n    public static partial void M({Signature}) {{ }}")),
            ["generic_method"] = One(InKernels("[Pool(Size = 2)]\n    public static partial void M<T>(ReadOnlySpan<T> input, Span<T> output, int height, int width);")),
            ["returns_int"] = One(InKernels($"[Pool(Size = 2)]\n    public static partial int M({Signature});")),
            ["interface_static_method"] = One(Usings + $"public partial interface IKernels\n{{\n    [Pool(Size = 2)]\n    static partial void M({Signature});\n}}\n"),
            ["interface_instance_method"] = One(Usings + $"public partial interface IKernels\n{{\n    [Pool(Size = 2)]\n    partial void M({Signature});\n}}\n"),
            ["interface_public_static_method"] = One(Usings + $"public partial interface IKernels\n{{\n    [Pool(Size = 2)]\n    public static partial void M({Signature});\n}}\n"),
            ["same_name_different_classes"] = One(Usings + $"namespace Demo;\npublic static partial class A {{ [Pool(Size = 2)] public static partial void M({Signature}); }}\npublic static partial class B {{ [Pool(Size = 2)] public static partial void M({Signature}); }}\n"),
            ["unknown_element_type"] = One(Kernel("Size = 2", "ReadOnlySpan<Foo> input, Span<Foo> output, int height, int width")),
            ["unknown_span_type"] = One(Kernel("Size = 2", "ReadOnlySpam<float> input, Span<float> output, int height, int width")),
            ["spans_swapped"] = One(Kernel("Size = 2", "Span<float> input, ReadOnlySpan<float> output, int height, int width")),
            ["element_type_parameter_of_class"] = One(Usings + $"public partial class Kernels<T> where T : struct\n{{\n    [Pool(Size = 2)]\n    public partial void M(ReadOnlySpan<T> input, Span<T> output, int height, int width);\n}}\n"),
            ["tuple_array_dynamic_nint_elements"] = One(InKernels("""
                [Pool(Size = 2)] public static partial void A(ReadOnlySpan<(int, int)> input, Span<(int, int)> output, int height, int width);
                    [Pool(Size = 2)] public static partial void B(ReadOnlySpan<int[]> input, Span<int[]> output, int height, int width);
                    [Pool(Size = 2)] public static partial void C(ReadOnlySpan<dynamic> input, Span<dynamic> output, int height, int width);
                    [Pool(Size = 2)] public static partial void D(ReadOnlySpan<nint> input, Span<nint> output, int height, int width);
                    [Pool(Size = 2)] public static partial void E(ReadOnlySpan<float?> input, Span<float?> output, int height, int width);
                """)),
            ["params_array"] = One(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, params int[] height")),
            ["ref_out_in_parameters"] = One(InKernels("""
                [Pool(Size = 2)] public static partial void A(ReadOnlySpan<float> input, Span<float> output, ref int height, int width);
                    [Pool(Size = 2)] public static partial void B(ReadOnlySpan<float> input, Span<float> output, int height, out int width);
                    [Pool(Size = 2)] public static partial void C(in ReadOnlySpan<float> input, Span<float> output, int height, int width);
                    [Pool(Size = 2)] public static partial void D(scoped ReadOnlySpan<float> input, Span<float> output, int height, int width);
                    [Pool(Size = 2)] public static partial void E(ReadOnlySpan<float> input, ref Span<float> output, int height, int width);
                """)),
            ["default_parameter_values"] = One(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, int batch = 1, int channels = 1, int height = 4, int width = 4")),
            ["misordered_and_unknown_dimensions"] = One(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, int width, int height, int depth, long batch")),
            ["too_many_dimension_parameters"] = One(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width, int width2")),
            ["unsafe_modifier"] = One(InKernels($"[Pool(Size = 2)]\n    public static unsafe partial void M({Signature});")),
            ["virtual_override_sealed_new"] = One(Usings + $$"""
                namespace Demo;

                public partial class Base
                {
                    [Pool(Size = 2)] public virtual partial void M({{Signature}});
                    public void N() { }
                }

                public partial class Derived : Base
                {
                    [Pool(Size = 3)] public override partial void M({{Signature}});
                    [Pool(Size = 3)] public new partial void N({{Signature}});
                }

                public partial class Leaf : Derived
                {
                    [Pool(Size = 2)] public sealed override partial void M({{Signature}});
                }
                """),
            ["readonly_struct_members"] = One(Usings + $"public partial struct S\n{{\n    [Pool(Size = 2)] public readonly partial void M({Signature});\n}}\npublic ref partial struct R\n{{\n    [Pool(Size = 2)] public partial void M({Signature});\n}}\n"),

            // ---- names
            ["unicode_identifiers"] = One(Usings + $"namespace Démo.Ünï;\npublic static partial class Kérnels_π\n{{\n    [Pool(Size = 2)] public static partial void Größe({Signature});\n    [Pool(Size = 2)] public static partial void \\u0041bc({Signature});\n    [Pool(Size = 2)] public static partial void 池化({Signature});\n}}\n"),
            ["escaped_class_name"] = One(Usings + $"namespace Demo;\npublic partial class @class\n{{\n    [Pool(Size = 2)] public partial void M({Signature});\n}}\n"),
            ["escaped_type_parameter_and_nested_struct"] = One(Usings + $"namespace Demo;\npublic partial class Outer<@int>\n{{\n    public partial struct @struct\n    {{\n        [Pool(Size = 2)] internal static partial void M({Signature});\n    }}\n}}\n"),
            ["escaped_parameter_names"] = One(Kernel("Size = 2", "ReadOnlySpan<float> @input, Span<float> @output, int @height, int @width")),
            ["contextual_keyword_names"] = One(Usings + $"namespace var;\npublic partial class Partial\n{{\n    [Pool(Size = 2)] public static partial void async({Signature});\n    [Pool(Size = 2)] public static partial void partial({Signature});\n    [Pool(Size = 2)] public static partial void await({Signature});\n    [Pool(Size = 2)] public static partial void dynamic({Signature});\n}}\n"),
            ["deeply_nested_types"] = One(Usings + $"namespace Demo;\npublic partial class A {{ partial class B {{ partial struct C {{ partial record D {{ partial record struct E {{ partial interface F {{ partial class G<T> {{\n    [Pool(Size = 2)] public static partial void M({Signature});\n}} }} }} }} }} }} }}\n"),
            ["preprocessor_directives"] = One(Usings + $"namespace Demo;\npublic static partial class Kernels\n{{\n#if false\n    [Pool(Size = 2)] public static partial void Hidden({Signature});\n#endif\n#nullable disable\n    [Pool(Size = 2)] public static partial void M({Signature});\n#pragma warning disable\n    [Pool(Size = 2)] public static partial void N({Signature});\n#region r\n    [Pool(Size = 2)] public static partial void O({Signature});\n#endregion\n}}\n"),
            ["many_methods"] = One(InKernels(string.Join("\n    ", Enumerable.Range(1, 120).Select(i =>
                $"[Pool(Size = {(i % 5) + 1}, Padding = {i % 2}, CeilMode = {(i % 3 == 0 ? "true" : "false")}, Kind = PoolKind.{(i % 2 == 0 ? "Max" : "Average")})] public static partial void M{i}({Signature});")))),

            // ---- names the generated code must not capture, and names it must escape
            ["escaped_keyword_namespace"] = One(Usings + $"namespace @namespace.@class;\npublic partial class Kernels\n{{\n    [Pool(Size = 2)] public partial void M({Signature});\n}}\n"),
            ["escaped_keyword_method_name"] = One(InKernels($"[Pool(Size = 2)]\n    public static partial void @class({Signature});")),
            ["type_named_math_in_the_namespace"] = One(Usings + $"namespace Demo;\npublic static class Math {{ }}\npublic static partial class Kernels\n{{\n    [Pool(Size = 3, Padding = 1)] public static partial void M({Signature});\n}}\n"),
            ["nested_type_named_unsafe"] = One(InKernels($"private static class Unsafe {{ }}\n    [Pool(Size = 2)] public static partial void M({Signature});")),
            ["member_named_memorymarshal"] = One(InKernels($"public static int MemoryMarshal => 1;\n    [Pool(Size = 2)] public static partial void M({Signature});")),
            ["exception_types_in_the_namespace"] = One(Usings + $"namespace Demo;\npublic class ArgumentOutOfRangeException : Exception {{ }}\npublic class NotSupportedException : Exception {{ }}\npublic static partial class Kernels\n{{\n    [Pool(Size = 2)] public static partial void M({Signature});\n    [Pool(Size = 0)] public static partial void Invalid({Signature});\n}}\n"),
            ["method_named_nameof"] = One(InKernels($"[Pool(Size = 2)]\n    public static partial void nameof({Signature});")),
            ["same_method_name_in_two_namespaces"] = One(Usings + $"namespace A {{ public static partial class Kernels {{ [Pool(Size = 2)] public static partial void M({Signature}); }} }}\nnamespace B {{ public static partial class Kernels {{ [Pool(Size = 3)] public static partial void M({Signature}); }} }}\n"),

            // ---- overloads and several files
            ["overloads_by_element_type"] = One(InKernels("""
                [Pool(Size = 2)] public static partial void M(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                    [Pool(Size = 2)] public static partial void M(ReadOnlySpan<double> input, Span<double> output, int height, int width);
                    [Pool(Size = 2)] public static partial void M(ReadOnlySpan<byte> input, Span<byte> output, int height, int width);
                """)),
            ["overloads_by_dimensions"] = One(InKernels("""
                [Pool(Size = 2)] public static partial void M(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                    [Pool(Size = 2)] public static partial void M(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
                    [Pool(Size = 2, Height = 4, Width = 4)] public static partial void M(ReadOnlySpan<float> input, Span<float> output);
                """)),
            ["same_class_in_two_files"] = new[]
            {
                Kernel("Size = 2"),
                InKernels($"[Pool(Size = 3)]\n    public static partial void N({Signature});"),
            },
            ["broken_file_beside_a_valid_one"] = new[]
            {
                Kernel("Size = 2"),
                "namespace Broken { public partial class X { [PoolGen.Pool(Size = ] partial void",
            },
        };

        /// <summary>Inputs that expose generator bugs; each has a skipped test below and is reported to the lead.</summary>
        private static readonly Dictionary<string, string[]> KnownBugCases = new(StringComparer.Ordinal)
        {
            ["method_names_differing_only_in_case"] = One(InKernels($"[Pool(Size = 2)] public static partial void Pool({Signature});\n    [Pool(Size = 3)] public static partial void pool({Signature});")),
            ["class_names_differing_only_in_case"] = One(Usings + $"namespace Demo;\npublic static partial class K {{ [Pool(Size = 2)] public static partial void M({Signature}); }}\npublic static partial class k {{ [Pool(Size = 2)] public static partial void M({Signature}); }}\n"),
            ["duplicate_declarations"] = One(InKernels($"[Pool(Size = 2)] public static partial void M({Signature});\n    [Pool(Size = 3)] public static partial void M({Signature});")),
            ["size_int_max_default_stride"] = One(Kernel("Size = int.MaxValue")),
            ["fixed_shape_larger_than_a_span"] = One(Kernel("Size = 2, Height = int.MaxValue, Width = int.MaxValue", "ReadOnlySpan<float> input, Span<float> output")),
            ["large_dilation_with_fixed_width"] = One(Kernel("Size = 2, DilationH = 1000000000, PaddingH = 500000000, Height = 1, Width = 3", "ReadOnlySpan<float> input, Span<float> output")),
            ["interface_with_variant_type_parameter"] = One(Usings + $"public partial interface IKernels<out T>\n{{\n    [Pool(Size = 2)]\n    static partial void M({Signature});\n}}\n"),
            ["file_local_type"] = One(Usings + $"file partial class Kernels\n{{\n    [Pool(Size = 2)]\n    public static partial void M({Signature});\n}}\n"),
            ["already_implemented"] = One(InKernels($"[Pool(Size = 2)]\n    public static partial void M({Signature});\n    public static partial void M({Signature}) {{ }}")),
            ["extern_partial"] = One(InKernels($"[Pool(Size = 2)]\n    public static extern partial void M({Signature});")),
            ["async_partial"] = One(Usings + $"public partial class Kernels\n{{\n    [Pool(Size = 2)]\n    public async partial void M({Signature});\n}}\n"),
            ["abstract_partial"] = One(Usings + $"public abstract partial class Kernels\n{{\n    [Pool(Size = 2)]\n    public abstract partial void M({Signature});\n}}\n"),
            ["extension_this_parameter"] = One(Kernel("Size = 2", "this ReadOnlySpan<float> input, Span<float> output, int height, int width")),
            ["only_an_input_parameter"] = One(InKernels("[Pool(Size = 2)]\n    public static partial void M(ReadOnlySpan<float> input);")),
        };

        public static TheoryData<string> CaseNames
        {
            get
            {
                var data = new TheoryData<string>();
                foreach (string name in Cases.Keys)
                {
                    data.Add(name);
                }

                return data;
            }
        }

        private static string[] One(string source) => new[] { source };

        [Fact]
        public void ThereAreAtLeast35Cases() => Assert.True(Cases.Count >= 35, $"{Cases.Count} cases");

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void Input_IsHandledRobustly(string name) => DiagnosticsAssert.IsRobust(Cases[name]);

        public static TheoryData<string, LanguageVersion> OlderLanguageCases
        {
            get
            {
                var data = new TheoryData<string, LanguageVersion>();
                foreach (string name in new[] { "attribute_without_arguments", "size_without_value", "unclosed_class", "overloads_by_element_type", "same_class_in_two_files", "ref_out_in_parameters", "virtual_override_sealed_new" })
                {
                    data.Add(name, LanguageVersion.CSharp10);
                    data.Add(name, LanguageVersion.CSharp7_3);
                }

                return data;
            }
        }

        /// <summary>Below C# 11 the generator reports PG0023; whatever it emits must still not add errors of its own.</summary>
        [Theory]
        [MemberData(nameof(OlderLanguageCases))]
        public void Input_InAnOlderLanguageVersion_IsHandledRobustly(string name, LanguageVersion version)
            => DiagnosticsAssert.IsRobust(new CSharpParseOptions(version), Cases[name]);

        [Fact]
        public void OverloadsByElementType_AllGenerate_WithDistinctHintNames()
        {
            GeneratorOutput output = DiagnosticsAssert.IsRobust(Cases["overloads_by_element_type"]);
            Assert.Empty(output.CompilationDiagnostics);
            Assert.Equal(3, output.Sources.Count);
            Assert.Equal(3, output.Sources.Keys.Select(k => k.ToUpperInvariant()).Distinct().Count());
        }

        [Fact]
        public void OverloadsByDimensions_AllGenerate()
        {
            GeneratorOutput output = DiagnosticsAssert.IsRobust(Cases["overloads_by_dimensions"]);
            Assert.Empty(output.CompilationDiagnostics);
            Assert.Equal(3, output.Sources.Count);
        }

        [Fact]
        public void BrokenFile_DoesNotStopTheValidOne()
        {
            GeneratorOutput output = DiagnosticsAssert.IsRobust(Cases["broken_file_beside_a_valid_one"]);
            Assert.Contains(output.Sources.Keys, k => k.StartsWith("Demo.Kernels.M(", StringComparison.Ordinal));
        }

        [Fact]
        public void EscapedAndUnicodeNames_Generate()
        {
            foreach (string name in new[] { "unicode_identifiers", "escaped_class_name", "escaped_keyword_namespace", "escaped_keyword_method_name", "method_named_nameof", "same_method_name_in_two_namespaces", "escaped_type_parameter_and_nested_struct", "escaped_parameter_names", "contextual_keyword_names" })
            {
                GeneratorOutput output = DiagnosticsAssert.IsRobust(Cases[name]);
                Assert.True(output.Sources.Count > 0, name);
                Assert.True(output.CompilationDiagnostics.Count == 0, name + ": " + string.Join("; ", output.CompilationDiagnostics.Select(d => DiagnosticsAssert.Describe(d))));
            }
        }

        // ---- known generator bugs (reported to the lead); un-skip once fixed

        [Fact]
        public void Bug_MethodNamesDifferingOnlyInCase() => DiagnosticsAssert.IsRobust(KnownBugCases["method_names_differing_only_in_case"]);

        [Fact]
        public void Bug_ClassNamesDifferingOnlyInCase() => DiagnosticsAssert.IsRobust(KnownBugCases["class_names_differing_only_in_case"]);

        [Fact]
        public void Bug_DuplicateDeclarations() => DiagnosticsAssert.IsRobust(KnownBugCases["duplicate_declarations"]);

        [Fact]
        public async Task Bug_HugeWindow_IsFast()
        {
            // Bounded, so that an un-skipped run fails instead of hanging the test run.
            Task run = Task.Run(() => DiagnosticsAssert.IsRobust(KnownBugCases["size_int_max_default_stride"]));
            Task finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20)));
            Assert.True(finished == run, "The generator took more than 20 s on Size = int.MaxValue.");
            await run;
        }

        [Fact]
        public void Bug_FixedShapeLargerThanASpan() => DiagnosticsAssert.IsRobust(KnownBugCases["fixed_shape_larger_than_a_span"]);

        [Fact]
        public void Bug_LargeDilationWithFixedWidth() => DiagnosticsAssert.IsRobust(KnownBugCases["large_dilation_with_fixed_width"]);

        [Fact]
        public void Bug_InterfaceWithVariantTypeParameter() => DiagnosticsAssert.IsRobust(KnownBugCases["interface_with_variant_type_parameter"]);

        [Fact]
        public void Bug_FileLocalType() => DiagnosticsAssert.IsRobust(KnownBugCases["file_local_type"]);

        [Fact]
        public void Bug_AlreadyImplemented() => DiagnosticsAssert.IsRobust(KnownBugCases["already_implemented"]);

        [Fact]
        public void Bug_ExternPartial() => DiagnosticsAssert.IsRobust(KnownBugCases["extern_partial"]);

        [Fact]
        public void Bug_AsyncPartial() => DiagnosticsAssert.IsRobust(KnownBugCases["async_partial"]);

        [Fact]
        public void Bug_AbstractPartial() => DiagnosticsAssert.IsRobust(KnownBugCases["abstract_partial"]);

        [Fact]
        public void Bug_ExtensionThisParameter() => DiagnosticsAssert.IsRobust(KnownBugCases["extension_this_parameter"]);

        [Fact]
        public void Bug_OnlyAnInputParameter() => DiagnosticsAssert.IsRobust(KnownBugCases["only_an_input_parameter"]);

    }
}
