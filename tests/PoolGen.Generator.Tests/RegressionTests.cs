using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PoolGen.Generator.Tests.Infrastructure;
using static PoolGen.Generator.Tests.Infrastructure.DiagnosticsSources;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// Regression tests for generator bugs found while writing the snapshot and incrementality tests, each fixed:
    /// every test states the expected behaviour.
    /// </summary>
    public class RegressionTests
    {
        /// <summary>Size = 0 is read once per axis, so PG0001 is reported twice at the same place (likewise PG0003/4/5 for Stride/Dilation/Padding).</summary>
        [Fact]
        public void SizeZeroIsReportedOnce()
        {
            GeneratorOutput output = GeneratorRunner.Run("""
                using System;
                using PoolGen;
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Size = 0, Stride = -1)]
                    public static partial void Broken(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                }
                """);

            Assert.Equal(new[] { "PG0001", "PG0003" }, output.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id));
        }

        /// <summary>A method named with a keyword (@checked) is emitted as "partial void checked(...)": the generated file does not parse.</summary>
        [Fact]
        public void KeywordMethodNameIsEscaped()
        {
            GeneratorOutput output = GeneratorRunner.Run("""
                using System;
                using PoolGen;
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Size = 2)]
                    public static partial void @checked(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                }
                """);

            Assert.Empty(output.CompilationDiagnostics);
        }

        /// <summary>
        /// A keyword namespace segment (namespace @event.Demo) puts '@' into the hint name; AddSource throws, and the
        /// generator then produces nothing at all for the compilation (CS8785), not only for that method.
        /// </summary>
        [Fact]
        public void KeywordNamespaceDoesNotCrashTheGenerator()
        {
            GeneratorOutput output = GeneratorRunner.Run("""
                using System;
                using PoolGen;
                namespace @event.Demo;
                public static partial class Kernels
                {
                    [Pool(Size = 2)]
                    public static partial void Pool(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                }
                """);

            Assert.Null(output.Result.Exception);
            Assert.Single(output.Sources);
            Assert.Empty(output.CompilationDiagnostics);
        }

        /// <summary>
        /// The kernel names Math, Unsafe, MemoryMarshal, ArgumentException... without global::, so a type or namespace
        /// of that name in the user's namespace or containing type captures them (here Demo.Math: CS0234 on every Math.Min).
        /// </summary>
        [Theory]
        [InlineData("namespace Demo.Math { public class Vector { } }", "")]
        [InlineData("namespace Demo { public static class Math { } }", "")]
        [InlineData("", "public static class Unsafe { }")]
        [InlineData("", "public static int MemoryMarshal;")]
        [InlineData("namespace Demo { public class ArgumentOutOfRangeException : Exception { } }", "")]
        public void UserTypesNamedLikeFrameworkTypesDoNotBreakTheKernel(string besideTheClass, string insideTheClass)
        {
            GeneratorOutput output = GeneratorRunner.Run(
                "using System;\nusing PoolGen;\n" + besideTheClass + "\nnamespace Demo\n{\n" +
                "public static partial class Kernels\n{\n" + insideTheClass + "\n" +
                "[Pool(Size = 3, Stride = 2, Padding = 1)]\n" +
                "public static partial void Pool(ReadOnlySpan<float> input, Span<float> output, int height, int width);\n}\n}\n");

            Assert.Empty(output.CompilationDiagnostics);
        }

        /// <summary>
        /// The generated /// &lt;remarks&gt; on the implementing declaration replaces the user's doc comment on the
        /// defining one (the compiler uses the implementation's comment when it has one): the user's summary is lost
        /// from IntelliSense and from the XML documentation file.
        /// </summary>
        [Fact]
        public void UserDocumentationCommentIsKept()
        {
            CSharpParseOptions options = GeneratorRunner.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
            Compilation compilation = GeneratorRunner.CreateCompilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText("""
                using System;
                using PoolGen;
                namespace Demo;
                /// <summary>Kernels.</summary>
                public static partial class Kernels
                {
                    /// <summary>The user's summary.</summary>
                    [Pool(Size = 2)]
                    public static partial void Pool(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                }
                """, options, path: "Kernels.cs"));
            CSharpGeneratorDriver.Create(new[] { new PoolGenerator().AsSourceGenerator() }, parseOptions: options)
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation updated, out _);

            IMethodSymbol method = updated.GetTypeByMetadataName("Demo.Kernels")!.GetMembers("Pool").OfType<IMethodSymbol>().Single();
            Assert.Contains("The user's summary.", method.GetDocumentationCommentXml(), System.StringComparison.Ordinal);
        }

        /// <summary>
        /// The generated code needs C# 9 (nint, attributes on local functions, static local functions, #nullable), but
        /// PoolGen reports nothing for older language versions: a netstandard2.0 or .NET Framework project (C# 7.3 by
        /// default) gets compiler errors inside the generated file. Expected: a PoolGen diagnostic, or code that compiles.
        /// </summary>
        [Theory]
        [InlineData(LanguageVersion.CSharp7_3)]
        [InlineData(LanguageVersion.CSharp8)]
        public void OldLanguageVersionGetsADiagnosticNotBrokenCode(LanguageVersion version)
        {
            var options = new CSharpParseOptions(version);
            Compilation compilation = CSharpCompilation.Create(
                "Old",
                new[]
                {
                    CSharpSyntaxTree.ParseText("""
                        using System;
                        using PoolGen;
                        namespace Demo
                        {
                            public static partial class Kernels
                            {
                                [Pool(Size = 3, Stride = 2, Padding = 1)]
                                static partial void Pool(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                            }
                        }
                        """, options, path: "Kernels.cs"),
                },
                GeneratorRunner.CreateCompilation().References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            CSharpGeneratorDriver.Create(new[] { new PoolGenerator().AsSourceGenerator() }, parseOptions: options)
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation updated, out var generatorDiagnostics);

            bool generatedCodeHasErrors = updated.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true);
            Assert.True(!generatedCodeHasErrors || generatorDiagnostics.Any(d => d.Id.StartsWith("PG", System.StringComparison.Ordinal)));
        }

        // ---------------------------------------------------------------- fixed shapes of the features
        // Declarations whose generated code must compile without a warning (the repository and many users build with
        // TreatWarningsAsErrors): the robustness contract of DiagnosticsAssert.IsRobust.

        [Theory]
        [InlineData("Kind = PoolKind.Min, Size = 2, Stride = 2, Channels = 2, Depth = 4, Height = 5, Width = 6", "ReadOnlySpan<float> input, Span<float> output, int batch")]
        [InlineData("Kind = PoolKind.Min, Size = 2, Stride = 1, Channels = 2, Depth = 4, Height = 5, Width = 6, Layout = PoolLayout.Nhwc", "ReadOnlySpan<float> input, Span<float> output, int batch")]
        [InlineData("Size = 3, Stride = 1, Padding = 1, Depth = 4", "ReadOnlySpan<float> input, Span<float> output, int height, int width")]
        public void FixedShapeKernel_CompilesWithoutWarnings(string arguments, string parameters)
            => DiagnosticsAssert.IsRobust(Kernel(arguments, parameters));

        /// <summary>
        /// The separable max/min kernel (channels first, stride 1) with fixed sizes. Regression test: with a fixed Width it
        /// declared an unused `const int width` (CS0219; in 2D also an unused `slot`), and with Height and Width fixed its
        /// stack-buffer guard was constant and the fallback unreachable (CS0162), which broke builds with TreatWarningsAsErrors.
        /// </summary>
        [Theory]
        [InlineData("Kind = PoolKind.Min, Size = 2, Stride = 1, Channels = 2, Depth = 4, Height = 5, Width = 6", "ReadOnlySpan<float> input, Span<float> output, int batch")]
        [InlineData("Size = 3, Stride = 1, Padding = 1, Depth = 4, Height = 5, Width = 6", "ReadOnlySpan<float> input, Span<float> output, int channels")]
        [InlineData("Kind = PoolKind.Min, Size = 3, Stride = 1, Height = 5, Width = 6", "ReadOnlySpan<float> input, Span<float> output, int channels")]
        [InlineData("Kind = PoolKind.Min, Size = 3, Stride = 1, Height = 5", "ReadOnlySpan<float> input, Span<float> output, int channels, int width")]
        [InlineData("Kind = PoolKind.Min, Size = 3, Stride = 1, Width = 6", "ReadOnlySpan<float> input, Span<float> output, int channels, int height")]
        [InlineData("Size = 2, Stride = 1, Depth = 3, Height = 3, Width = 3", "ReadOnlySpan<double> input, Span<double> output")]
        public void SeparableFixedShapeKernel_CompilesWithoutWarnings(string arguments, string parameters)
            => DiagnosticsAssert.IsRobust(Kernel(arguments, parameters));
    }
}
