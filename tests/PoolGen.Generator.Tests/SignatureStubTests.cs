using System;
using System.Linq;
using PoolGen.Generator.Tests.Infrastructure;
using static PoolGen.Generator.Tests.Infrastructure.DiagnosticsSources;

namespace PoolGen.Generator.Tests;

/// <summary>
/// A method whose signature PoolGen rejects still gets a body (one that throws) wherever its declaration can take one,
/// so the build shows PoolGen's diagnostic alone: no CS8795 "partial method must have an implementation part", and no
/// other compiler error caused by the missing or mismatched body (the stub repeats the declaration exactly: modifiers,
/// ref kinds, type parameters and their constraints, the return type).
/// </summary>
public class SignatureStubTests
{
    private const string Tensors = "System.Numerics.Tensors.ReadOnlyTensorSpan<float> input, System.Numerics.Tensors.TensorSpan<float> output";

    public static TheoryData<string, string, string> SignatureProblems => new()
    {
        // declaration, PoolGen id; each a method M with [Pool(...)] inside partial class Kernels.
        { "public static partial void M(ReadOnlySpan<float> input, Span<float> output, int heigth, int width);", "PG0014", "heigth" },
        { "public static partial void M(ReadOnlySpan<float> input, Span<float> output, int time);", "PG0014", "time" },
        { "public static partial void M(ReadOnlySpan<float> input, Span<float> output, long height, int width);", "PG0014", "height" },
        { "public static partial void M(ReadOnlySpan<float> input, Span<float> output, int width, int height);", "PG0015", "height" },
        { "public static partial void M(Span<float> output, ReadOnlySpan<float> input, int height, int width);", "PG0012", "M" },
        { "public static partial void M(ReadOnlySpan<float> input);", "PG0012", "M" },
        { "public static partial void M(ReadOnlySpan<float> source, Span<float> output, int height, int width);", "PG0012", "M" },
        { "public static partial void M(ReadOnlySpan<float> input, Span<float> output, ref int height, int width);", "PG0022", "height" },
        { "public static partial void M(ReadOnlySpan<float> input, Span<float> output, in int height, int width);", "PG0022", "height" },
        { "public static partial void M(ReadOnlySpan<float> input, Span<float> output, out int height, int width);", "PG0022", "height" },
        { "public static partial void M(ReadOnlySpan<float> input, Span<float> output, int height, params int[] width);", "PG0022", "width" },
        { "public static partial void M(scoped ReadOnlySpan<float> input, Span<float> output, int height, int width);", "PG0022", "input" },
        { "public static partial void M(ReadOnlySpan<float> input, Span<float> output, Span<short> indices, int height, int width);", "PG0040", "Span<short>" },
        { "public static partial void M<T>(ReadOnlySpan<float> input, Span<float> output, int height, int width) where T : class, IComparable<T>, new();", "PG0020", "M" },
        { "public static partial void M<T>(ReadOnlySpan<float> input, Span<float> output, int height, int width) where T : unmanaged;", "PG0020", "M" },
        { "public static partial int M(ReadOnlySpan<float> input, Span<float> output, int height, int width);", "PG0011", "M" },
        { $"public static partial void M({Tensors}, int height);", "PG0031", "height" },
        { $"public static partial void M({Tensors.Replace("TensorSpan<float> output", "TensorSpan<double> output", StringComparison.Ordinal)});", "PG0029", "TensorSpan<double>" },
        { "public static partial void M(ReadOnlySpan<float> input, System.Numerics.Tensors.TensorSpan<float> output);", "PG0028", "M" },
        { "public static partial void M(System.Numerics.Tensors.TensorSpan<float> input, System.Numerics.Tensors.TensorSpan<float> output);", "PG0030", "M" },
        { $"public static partial void M({Tensors.Replace("> input", "> source", StringComparison.Ordinal)});", "PG0030", "M" },
    };

    [Theory]
    [MemberData(nameof(SignatureProblems))]
    public void RejectedSignature_GivesThePoolGenErrorAlone(string declaration, string id, string fragment)
    {
        GeneratorOutput output = GeneratorRunner.Run(InKernels($"[Pool(Kind = PoolKind.Max, Size = 2)]\n    {declaration}"));

        Assert.Null(output.Result.Exception);
        Assert.Contains(output.GeneratorDiagnostics, d => d.Id == id && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(fragment, StringComparison.Ordinal));
        // Nothing but PoolGen's own diagnostics: no CS8795, no error in the stub.
        Assert.All(output.CompilationDiagnostics, d => Assert.StartsWith("PG", d.Id, StringComparison.Ordinal));
        string stub = Assert.Single(output.Sources).Value;
        Assert.Contains("throw new global::System.NotSupportedException(\"PoolGen could not implement M: its signature is not one PoolGen implements", stub, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("heigth", "height")]
    [InlineData("widht", "width")]
    [InlineData("chanels", "channels")]
    [InlineData("Height", "height")]
    [InlineData("lenght", "length")]
    [InlineData("batches", "batch")]
    public void PG0014_SuggestsTheNearestDimension(string typo, string suggestion)
    {
        GeneratorOutput output = GeneratorRunner.Run(Kernel("Size = 2", $"ReadOnlySpan<float> input, Span<float> output, int {typo}, int width2"));
        string message = output.GeneratorDiagnostics.First(d => d.Id == "PG0014").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"Parameter '{typo}' is not a pooling dimension (did you mean '{suggestion}'?)", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("time")]
    [InlineData("x")]
    [InlineData("size")]
    [InlineData("area")]
    public void PG0014_SuggestsNothing_WhenNoDimensionIsClose(string name)
    {
        GeneratorOutput output = GeneratorRunner.Run(Kernel("Size = 2", $"ReadOnlySpan<float> input, Span<float> output, int {name}"));
        string message = output.GeneratorDiagnostics.First(d => d.Id == "PG0014").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"Parameter '{name}' is not a pooling dimension; after", message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoStub_WhereTheDeclarationCannotTakeOne()
    {
        // A containing type that is not partial: PG0019 alone, and no file that could not compile.
        GeneratorOutput output = GeneratorRunner.Run("""
            using System;
            using PoolGen;

            public static class Kernels
            {
                [Pool(Size = 2)]
                public static partial void M(ReadOnlySpan<float> input, Span<float> output, int heigth, int width);
            }
            """);
        Assert.Contains(output.GeneratorDiagnostics, d => d.Id == "PG0019");
        Assert.Empty(output.Sources);
    }

    [Fact]
    public void NoStub_ForDuplicateParameterNames()
    {
        // The declaration is already CS0100; an implementation repeating it would add the same error in generated code
        // (found by the long fuzz run: "int width, int height, int height").
        GeneratorOutput output = GeneratorRunner.Run("""
            using System;
            using PoolGen;

            public static partial class Kernels
            {
                [Pool(Size = 2)]
                public static partial void M(ReadOnlySpan<float> input, Span<float> output, int width, int height, int height);
            }
            """);
        Assert.NotEmpty(output.GeneratorDiagnostics);
        Assert.Empty(output.Sources);
        Assert.DoesNotContain(output.CompilationDiagnostics, d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);
    }
}
