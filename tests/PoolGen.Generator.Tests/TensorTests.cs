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
    /// The tensor form, <c>ReadOnlyTensorSpan&lt;T&gt; input, TensorSpan&lt;T&gt; output</c> (optionally <c>TensorSpan&lt;int&gt;</c> or
    /// <c>TensorSpan&lt;long&gt; indices</c>): its diagnostics PG0028..PG0031 and PG0040 at their exact locations (conventions of
    /// <see cref="DeclarationDiagnosticTests"/>), the diagnostics of the span form that do not apply to it, every attribute of the
    /// span form on it (PG0032 is retired), the Rank property (PG0045, PG0052) on tensor and span methods, and the
    /// [Experimental] status the tensor types carry in System.Numerics.Tensors 9.0. The generated code itself is in the
    /// snapshots SnapshotTests.Tensor*; the numbers in PoolGen.Kernels.Tests.
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

        /// <summary>
        /// The attributes that were PG0032 before the tensor form took every attribute (and more of the N-D kernel's):
        /// no diagnostic, one file, and the compilation with it is clean.
        /// </summary>
        [Theory]
        [InlineData("Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc")]
        [InlineData("Size = 2, Depth = 4")]
        [InlineData("Size = 2, Length = 8")]
        [InlineData("Kind = PoolKind.Min, Size = 2")]
        [InlineData("Size = 2, ClampMin = 0")]
        [InlineData("Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper")]
        [InlineData("Global = true")]
        [InlineData("Rank = 1, Size = 3, Stride = 2, Layout = PoolLayout.Nhwc")]
        [InlineData("Rank = 3, Kind = PoolKind.Average, Size = 2, CeilMode = true")]
        [InlineData("Size = 2, SizeD = 1, StrideD = 1, Channels = 3, Height = 8")]
        [InlineData("Kind = PoolKind.Lp, P = 3, Size = 2, Padding = 1")]
        [InlineData("Kind = PoolKind.Average, Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameLower, CountIncludePad = false")]
        [InlineData("Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper, Height = 7")]
        [InlineData("Kind = PoolKind.Average, Size = 3, Padding = 1, DivisorOverride = 4")]
        [InlineData("Kind = PoolKind.Average, Global = true, Rank = 3, ClampMax = 6")]
        public void FormerPG0032Attributes_CompileCleanly(string arguments)
        {
            GeneratorOutput output = DiagnosticsAssert.Reports(new[] { Kernel(arguments, "ReadOnlyTensorSpan<float> input, TensorSpan<float> output") });
            Assert.Empty(output.CompilationDiagnostics);
            Assert.Single(output.Sources);
        }

        [Theory]
        [InlineData("Half", "Kind = PoolKind.Average, Size = 2")]
        [InlineData("Half", "Kind = PoolKind.Lp, P = 2, Size = 2, Rank = 1")]
        [InlineData("byte", "Kind = PoolKind.Min, Size = 2, ClampMin = 1, ClampMax = 200, Layout = PoolLayout.Nhwc")]
        [InlineData("long", "Rank = 3, Global = true")]
        public void OtherElementTypes_CompileCleanly(string type, string arguments)
        {
            GeneratorOutput output = DiagnosticsAssert.Reports(new[] { Kernel(arguments, $"ReadOnlyTensorSpan<{type}> input, TensorSpan<{type}> output") });
            Assert.Empty(output.CompilationDiagnostics);
            Assert.Single(output.Sources);
        }

        // ---------------------------------------------------------------- indices

        [Theory]
        [InlineData("Size = 2", "int")]
        [InlineData("Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc", "long")]
        [InlineData("Kind = PoolKind.Min, Rank = 1, Size = 2", "int")]
        [InlineData("Global = true, Rank = 3", "long")]
        public void Indices_CompileCleanly(string arguments, string indexType)
        {
            GeneratorOutput output = DiagnosticsAssert.Reports(new[] { Kernel(arguments, $"ReadOnlyTensorSpan<float> input, TensorSpan<float> output, TensorSpan<{indexType}> indices") });
            Assert.Empty(output.CompilationDiagnostics);
            Assert.Contains($"TensorSpan<{indexType}> indices", Assert.Single(output.Sources).Value, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("TensorSpan<short> indices", "'TensorSpan<short>'")]
        [InlineData("TensorSpan<float> indices", "'TensorSpan<float>'")]
        [InlineData("ReadOnlyTensorSpan<long> indices", "'ReadOnlyTensorSpan<long>'")]
        [InlineData("Span<long> indices", "'Span<long>'")]
        [InlineData("long[] indices", "'long[]'")]
        public void PG0040_TensorIndicesOfAnotherType_PointsAtTheParameter(string parameter, string shown)
        {
            GeneratorOutput output = Single(Kernel("Size = 2", $"ReadOnlyTensorSpan<float> input, TensorSpan<float> output, [|{parameter}|]"),
                "PG0040", shown, "TensorSpan<int> or TensorSpan<long> in a tensor method");
            // A signature error: only a throwing stub, so no CS8795 comes with PG0040.
            Assert.DoesNotContain("file static class", Assert.Single(output.Sources).Value, StringComparison.Ordinal);
            Assert.All(output.CompilationDiagnostics, d => Assert.StartsWith("PG", d.Id, StringComparison.Ordinal));
        }

        [Fact]
        public void PG0040_SpanMethodWithTensorIndices_NamesTheSpanTypes()
            => Single(Kernel("Size = 2", "ReadOnlySpan<float> input, Span<float> output, [|TensorSpan<long> indices|], int height, int width"),
                "PG0040", "'TensorSpan<long>'", "must be Span<int> or Span<long>, not");

        [Theory]
        [InlineData("Kind = PoolKind.Average, Size = 2", "Average")]
        [InlineData("Kind = PoolKind.Lp, P = 2, Size = 2", "Lp")]
        public void PG0041_TensorIndicesWithoutAnArgmax_PointsAtTheParameter(string arguments, string kind)
            => Single(Kernel(arguments, "ReadOnlyTensorSpan<float> input, TensorSpan<float> output, [|TensorSpan<int> indices|]"),
                "PG0041", $"{kind} pooling has no argmax");

        [Fact]
        public void PG0031_IndicesOfAnotherName_IsAnExtraParameter()
            => Single(Kernel("Size = 2", "ReadOnlyTensorSpan<float> input, TensorSpan<float> output, [|TensorSpan<long> argmax|]"), "PG0031", "'argmax'");

        [Fact]
        public void PG0031_ParameterAfterTheIndices()
            => Single(Kernel("Size = 2", "ReadOnlyTensorSpan<float> input, TensorSpan<float> output, TensorSpan<long> indices, [|int height|]"), "PG0031", "'height'");

        /// <summary>A tensor method with indices and its overload without: two files, two names.</summary>
        [Fact]
        public void OverloadsWithAndWithoutIndices_GetFilesOfTheirOwn()
        {
            GeneratorOutput output = GeneratorRunner.Run("""
                using System.Numerics.Tensors;
                using PoolGen;
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Size = 2)]
                    public static partial void Pool(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

                    [Pool(Size = 2)]
                    public static partial void Pool(ReadOnlyTensorSpan<float> input, TensorSpan<float> output, TensorSpan<long> indices);

                    [Pool(Size = 2)]
                    public static partial void Pool(ReadOnlyTensorSpan<float> input, TensorSpan<float> output, TensorSpan<int> indices);
                }
                """);

            Assert.Empty(output.CompilationDiagnostics);
            Assert.Equal(
                new[]
                {
                    "Demo.Kernels.Pool(ReadOnlyTensorSpan{float}).g.cs",
                    "Demo.Kernels.Pool(ReadOnlyTensorSpan{float},TensorSpan{int}).g.cs",
                    "Demo.Kernels.Pool(ReadOnlyTensorSpan{float},TensorSpan{long}).g.cs",
                },
                output.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        }

        // ---------------------------------------------------------------- Rank (PG0045, PG0052)

        [Theory]
        [InlineData("Rank = 4", "4")]
        [InlineData("Rank = -1", "-1")]
        [InlineData("Rank = int.MaxValue", "2147483647")]
        public void PG0052_RankOutside1To3_PointsAtRank(string rank, string shown)
            => Single(Kernel($"Size = 2, [|{rank}|]", "ReadOnlyTensorSpan<float> input, TensorSpan<float> output"), "PG0052", $"Rank is {shown}; it must be 1, 2 or 3");

        [Fact]
        public void PG0052_OnASpanMethod_TheRestIsStillRead()
            => DiagnosticsAssert.Reports(new[] { DiagnosticsSources.Kernel("[|Stride = -1|], Size = 2, [|Rank = 5|]") },
                ExpectedDiagnostic.At("PG0003", 0, "'Stride' is -1"),
                ExpectedDiagnostic.At("PG0052", 1, "Rank is 5"));

        [Theory]
        [InlineData("Rank = 1", "SizeH = 2", "SizeH", "1")]
        [InlineData("Rank = 1", "Height = 4", "Height", "1")]
        [InlineData("Rank = 1", "PaddingD = 0", "PaddingD", "1")]
        [InlineData("Rank = 2", "SizeD = 2", "SizeD", "2")]
        [InlineData("Rank = 2", "Depth = 4", "Depth", "2")]
        [InlineData("Rank = 2", "Length = 8", "Length", "2")]
        [InlineData("Rank = 3", "Length = 8", "Length", "3")]
        public void PG0045_PropertyOfAnotherRank_PointsAtTheProperty(string rank, string property, string name, string dimensions)
        {
            GeneratorOutput output = Single(Kernel($"{rank}, Size = 2, [|{property}|]", "ReadOnlyTensorSpan<float> input, TensorSpan<float> output"),
                "PG0045", $"'{name}' does not apply to {dimensions}D pooling", $"because of '{rank}'");
            Assert.Contains("NotSupportedException", Assert.Single(output.Sources).Value, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Rank = 2", "int channels, [|int depth|], int height, int width", "'depth' does not apply to 2D pooling")]
        [InlineData("Rank = 2", "int channels, [|int length|]", "'length' does not apply to 2D pooling")]
        [InlineData("Rank = 3", "int channels, [|int length|]", "'length' does not apply to 3D pooling")]
        public void PG0045_ParameterOfAnotherRank_PointsAtTheParameter(string rank, string parameters, string fragment)
            => Single(DiagnosticsSources.Kernel($"{rank}, Size = 2", "ReadOnlySpan<float> input, Span<float> output, " + parameters),
                "PG0045", fragment, $"because of '{rank}'");

        [Fact]
        public void PG0045_Rank1WithHeightAndWidth_ReportsBoth()
            => DiagnosticsAssert.Reports(new[] { DiagnosticsSources.Kernel("Rank = 1, Size = 2", "ReadOnlySpan<float> input, Span<float> output, [|int height|], [|int width|]") },
                ExpectedDiagnostic.At("PG0045", 0, "'height' does not apply to 1D pooling", "because of 'Rank = 1'"),
                ExpectedDiagnostic.At("PG0045", 1, "'width' does not apply to 1D pooling"));

        /// <summary>Rank agrees with the parameters, or says 3D where the parameters have no depth (PG0016, as without Rank).</summary>
        [Theory]
        [InlineData("Rank = 1", "int channels, int length")]
        [InlineData("Rank = 2", "int batch, int channels, int height, int width")]
        [InlineData("Rank = 3", "int channels, int depth, int height, int width")]
        [InlineData("Rank = 3, Depth = 2", "int height, int width")]
        [InlineData("Rank = 1, Length = 9", "int batch")]
        [InlineData("Rank = 0", "int height, int width")]
        public void RankAgreeingWithTheSpanParameters_CompilesCleanly(string arguments, string parameters)
        {
            GeneratorOutput output = DiagnosticsAssert.Reports(new[] { DiagnosticsSources.Kernel(arguments + ", Size = 2", "ReadOnlySpan<float> input, Span<float> output, " + parameters) });
            Assert.Empty(output.CompilationDiagnostics);
        }

        [Fact]
        public void Rank3WithoutADepth_IsAMissingDimension()
            => Single(DiagnosticsSources.InKernels("[Pool(Rank = 3, Size = 2)]\n    public static partial void [|M|](ReadOnlySpan<float> input, Span<float> output, int height, int width);"),
                "PG0016", "'depth'");

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
