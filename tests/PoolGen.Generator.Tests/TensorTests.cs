using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PoolGen.Generator.Tests.Infrastructure;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// The tensor form, <c>ReadOnlyTensorSpan&lt;T&gt; input, TensorSpan&lt;T&gt; output</c>: its diagnostics PG0028..PG0031 at
    /// their exact locations (conventions of <see cref="DiagnosticTests"/>), the diagnostics of the span form that do
    /// not apply to it, and the [Experimental] status the tensor types carry in System.Numerics.Tensors 9.0. The
    /// generated code itself is in the snapshots SnapshotTests.Tensor*; the numbers in PoolGen.Kernels.Tests.
    /// </summary>
    public class TensorTests
    {
        private static GeneratorOutput Single(string markup, string id, params string[] fragments)
            => DiagnosticsAssert.ReportsSingle(markup, id, fragments);

        /// <summary>One method M with <c>[Pool(arguments)]</c> and the given parameters, in a file that imports System.Numerics.Tensors.</summary>
        private static string Kernel(string arguments, string parameters)
            => "using System.Numerics.Tensors;\n" + DiagnosticsSources.Kernel(arguments, parameters);

        // ---------------------------------------------------------------- PG0028 tensor and span mixed

        [Fact]
        public void PG0028_TensorInputSpanOutput_PointsAtTheOutput()
            => Single(Kernel("Size = 2", "ReadOnlyTensorSpan<float> input, [|Span<float> output|]"),
                "PG0028", "'M'", "'ReadOnlyTensorSpan<float>' input, 'Span<float>' output");

        [Fact]
        public void PG0028_SpanInputTensorOutput_PointsAtTheOutput()
            => Single(Kernel("Size = 2", "ReadOnlySpan<float> input, [|TensorSpan<float> output|], int height, int width"),
                "PG0028", "'ReadOnlySpan<float>' input, 'TensorSpan<float>' output", "ReadOnlyTensorSpan<T> input, TensorSpan<T> output");

        // ---------------------------------------------------------------- PG0029 element types differ

        [Fact]
        public void PG0029_OutputOfAnotherElementType_PointsAtTheOutput()
            => Single(Kernel("Size = 2", "ReadOnlyTensorSpan<float> input, [|TensorSpan<double> output|]"),
                "PG0029", "'TensorSpan<double>'", "'ReadOnlyTensorSpan<float>'");

        // ---------------------------------------------------------------- PG0030 tensor parameters

        [Fact]
        public void PG0030_WritableTensorAsInput_PointsAtTheInput()
            => Single(Kernel("Size = 2", "[|TensorSpan<float> input|], TensorSpan<float> output"), "PG0030", "'M'", "ReadOnlyTensorSpan<T> input, TensorSpan<T> output");

        [Fact]
        public void PG0030_ReadOnlyTensorAsOutput_PointsAtTheOutput()
            => Single(Kernel("Size = 2", "ReadOnlyTensorSpan<float> input, [|ReadOnlyTensorSpan<float> output|]"), "PG0030", "'M'");

        [Fact]
        public void PG0030_InputWithAnotherName()
            => Single(Kernel("Size = 2", "[|ReadOnlyTensorSpan<float> source|], TensorSpan<float> output"), "PG0030", "'M'");

        [Fact]
        public void PG0030_ArrayAsOutput()
            => Single(Kernel("Size = 2", "ReadOnlyTensorSpan<float> input, [|float[] output|]"), "PG0030", "'M'");

        [Fact]
        public void PG0012_OnlyATensorInput_NamesBothForms()
            => Single(DiagnosticsSources.InKernels("[Pool(Size = 2)]\n    public static partial void [|M|](System.Numerics.Tensors.ReadOnlyTensorSpan<float> input);"),
                "PG0012", "'M'", "ReadOnlySpan<T> input, Span<T> output", "ReadOnlyTensorSpan<T> input, TensorSpan<T> output");

        // ---------------------------------------------------------------- PG0031 parameters after the tensors

        [Fact]
        public void PG0031_DimensionParameters_EachPointsAtItself()
            => DiagnosticsAssert.Reports(
                new[] { Kernel("Size = 2", "ReadOnlyTensorSpan<float> input, TensorSpan<float> output, [|int height|], [|int width|]") },
                ExpectedDiagnostic.At("PG0031", 0, "'height'", "'M' takes tensors", "input.Lengths"),
                ExpectedDiagnostic.At("PG0031", 1, "'width'"));

        [Fact]
        public void PG0031_AnyOtherParameter()
            => Single(Kernel("Size = 2", "ReadOnlyTensorSpan<float> input, TensorSpan<float> output, [|string name|]"), "PG0031", "'name'");

        // ---------------------------------------------------------------- span-form diagnostics on tensors

        [Fact]
        public void PG0013_UnsupportedElementType_PointsAtTheInputType()
            => Single(Kernel("Kind = PoolKind.Average, Size = 2", "[|ReadOnlyTensorSpan<int>|] input, TensorSpan<int> output"), "PG0013", "'int'", "average pooling");

        [Fact]
        public void PG0022_ScopedTensor_PointsAtTheParameter()
            => Single(Kernel("Size = 2", "[|scoped ReadOnlyTensorSpan<float> input|], TensorSpan<float> output"), "PG0022", "'input'");

        [Theory]
        [InlineData("Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc")]
        [InlineData("Size = 2, Depth = 4")]
        [InlineData("Size = 2, Length = 8")]
        [InlineData("Kind = PoolKind.Min, Size = 2")]
        [InlineData("Size = 2, ClampMin = 0")]
        [InlineData("Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper")]
        [InlineData("Global = true")]
        public void PG0032_GeneralKernelAttributes_PointAtTheAttribute(string arguments)
            => Single(
                "using System.Numerics.Tensors;\n" + DiagnosticsSources.InKernels($"[[|Pool({arguments})|]]\n    public static partial void M(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);"),
                "PG0032", "'M'", "span form");

        [Fact]
        public void PG0007_FixedHeightTooSmall_StillApplies()
            => Single(Kernel("Size = 3, [|Height = 2|]", "ReadOnlyTensorSpan<float> input, TensorSpan<float> output"), "PG0007", "Height = 2");

        /// <summary>No dimension parameter and nothing fixed is the normal tensor method (no PG0016); fixed dimensions are fine (no PG0017).</summary>
        [Theory]
        [InlineData("Size = 2")]
        [InlineData("Size = 2, Height = 4, Width = 6")]
        [InlineData("Size = 3, Stride = 1, Padding = 1, Channels = 3, Kind = PoolKind.Average, CeilMode = true")]
        [InlineData("Size = 2, Channels = 1, Height = 2, Width = 2, Parallel = true")]
        [InlineData("Size = 3, Pads = new[] { 0, 0, 1, 1 }")]
        [InlineData("Size = 3, Stride = 1, AutoPad = PoolAutoPad.SameLower")]
        public void ValidTensorDeclaration_HasNoDiagnosticsAndCompilesCleanly(string arguments)
        {
            GeneratorOutput output = DiagnosticsAssert.Reports(new[] { Kernel(arguments, "ReadOnlyTensorSpan<float> input, TensorSpan<float> output") });
            Assert.Empty(output.CompilationDiagnostics);
            Assert.Single(output.Sources);
        }

        /// <summary>A span method and a tensor method of the same name and element type: two files, two names.</summary>
        [Fact]
        public void SpanAndTensorOverloads_GetFilesOfTheirOwn()
        {
            GeneratorOutput output = GeneratorRunner.Run("""
                using System;
                using System.Numerics.Tensors;
                using PoolGen;
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Size = 2, Height = 4, Width = 4)]
                    public static partial void Pool(ReadOnlySpan<float> input, Span<float> output);

                    [Pool(Size = 2)]
                    public static partial void Pool(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);
                }
                """);

            Assert.Empty(output.CompilationDiagnostics);
            Assert.Equal(
                new[] { "Demo.Kernels.Pool(ReadOnlyTensorSpan{float}).g.cs", "Demo.Kernels.Pool(float).g.cs" },
                output.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        }

        // ---------------------------------------------------------------- [Experimental] tensor types

        /// <summary>
        /// System.Numerics.Tensors 9.0 marks the tensor types [Experimental("SYSLIB5001")], an error wherever they are
        /// named, the generated implementation of the user's declaration included. The user suppresses it for their own
        /// declaration; the generated file disables the ids it finds on the types, and compiles without any further
        /// suppression. Checked against stand-ins of the 9.0 types with the attribute (the tests reference 10.0, where the
        /// types are stable and the generated file has no pragma).
        /// </summary>
        [Fact]
        public void ExperimentalTensorTypes_GeneratedFileDisablesTheirDiagnostic()
        {
            CSharpCompilation compilation = WithExperimentalTensors(GeneratorRunner.CreateCompilation("""
                using System.Numerics.Tensors;
                using PoolGen;
                namespace Demo;
                public static partial class Kernels
                {
                #pragma warning disable SYSLIB5001 // The user's own opt-in, for the declaration.
                    [Pool(Size = 2)]
                    public static partial void MaxPool(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);
                #pragma warning restore SYSLIB5001
                }
                """));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795")); // CS8795: no implementation yet.

            GeneratorRunner.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            Assert.Empty(generatorDiagnostics);
            SyntaxTree generated = output.SyntaxTrees.Single(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));
            Assert.Contains("#pragma warning disable SYSLIB5001", generated.ToString(), StringComparison.Ordinal);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

            // Without the pragma the generated file would not compile: the pragma is what makes it work.
            SyntaxTree bare = generated.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
                generated.ToString().Replace("#pragma warning disable SYSLIB5001", string.Empty, StringComparison.Ordinal)));
            Assert.Contains(
                output.ReplaceSyntaxTree(generated, bare).GetDiagnostics(),
                d => d.Id == "SYSLIB5001" && d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == bare);
        }

        /// <summary>The 10.0 types carry no [Experimental]: no pragma.</summary>
        [Fact]
        public void StableTensorTypes_NoPragma()
        {
            GeneratorOutput output = GeneratorRunner.Run(Kernel("Size = 2", "ReadOnlyTensorSpan<float> input, TensorSpan<float> output"));
            Assert.Empty(output.CompilationDiagnostics);
            Assert.DoesNotContain("#pragma", Assert.Single(output.Sources).Value, StringComparison.Ordinal);
        }

        /// <summary><paramref name="compilation"/> with System.Numerics.Tensors replaced by [Experimental] stand-ins of its two span types.</summary>
        private static CSharpCompilation WithExperimentalTensors(CSharpCompilation compilation)
        {
            const string stub = """
                using System;
                using System.Diagnostics.CodeAnalysis;
                namespace System.Numerics.Tensors
                {
                    [Experimental("SYSLIB5001")]
                    public readonly ref struct ReadOnlyTensorSpan<T>
                    {
                        public int Rank => 0;
                        public nint FlattenedLength => 0;
                        public ReadOnlySpan<nint> Lengths => default;
                        public ReadOnlySpan<nint> Strides => default;
                        public ref readonly T GetPinnableReference() => throw new NotSupportedException();
                    }

                    [Experimental("SYSLIB5001")]
                    public readonly ref struct TensorSpan<T>
                    {
                        public int Rank => 0;
                        public nint FlattenedLength => 0;
                        public ReadOnlySpan<nint> Lengths => default;
                        public ReadOnlySpan<nint> Strides => default;
                        public ref T GetPinnableReference() => throw new NotSupportedException();
                    }
                }
                """;
            MetadataReference[] others = compilation.References
                .Where(r => !string.Equals(Path.GetFileName(r.Display), "System.Numerics.Tensors.dll", StringComparison.OrdinalIgnoreCase))
                .ToArray();
            CSharpCompilation tensors = CSharpCompilation.Create(
                "System.Numerics.Tensors",
                new[] { CSharpSyntaxTree.ParseText(stub, GeneratorRunner.ParseOptions) },
                others,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = tensors.Emit(image);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            return compilation.WithReferences(others.Append(MetadataReference.CreateFromImage(image.ToArray())));
        }
    }
}
