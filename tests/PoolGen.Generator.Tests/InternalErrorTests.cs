using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using PoolGen.Generator.Model;
using PoolGen.Generator.Tests.Infrastructure;

namespace PoolGen.Generator.Tests;

/// <summary>
/// An exception inside PoolGen (the planner or an emitter) must become PG0099 at the method it failed on, with the
/// exception's type and message, and a throwing body for that method: never the compiler's generic CS8785 ("generator
/// failed"), never a cascade of CS8795 ("partial method has no implementation"), and the other methods unharmed. The
/// failure is injected through a test hook that names one method, so tests running in parallel are not affected.
/// </summary>
public class InternalErrorTests
{
    private const string Source = """
        using System;
        using PoolGen;

        namespace Demo.Inner;

        public static partial class Outer
        {
            public static partial class Kernels
            {
                [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
                public static partial void Fine(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1)]
                public static partial void BrokenByInjection(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
            }
        }
        """;

    [Theory]
    [InlineData("planning")]
    [InlineData("emitting")]
    public void InjectedFailure_IsPG0099AtTheMethod_WithAThrowingBody(string stage)
    {
        GeneratorOutput output;
        try
        {
            Inject(stage, "BrokenByInjection");
            output = GeneratorRunner.Run(Source);
        }
        finally
        {
            Inject(stage, null);
        }

        Assert.Null(output.Result.Exception);
        Diagnostic error = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("PG0099", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        string message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"failed while {stage} 'BrokenByInjection'", message, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: Injected failure", message, StringComparison.Ordinal);
        Assert.Contains("please report it", message, StringComparison.Ordinal);

        // At the method's name in the source.
        Assert.True(error.Location.IsInSource);
        Assert.Equal("BrokenByInjection", error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan));

        // The build shows PG0099 alone: the broken method has a throwing body, the other one its kernel.
        Assert.Equal(new[] { "PG0099" }, output.CompilationDiagnostics.Select(d => d.Id).ToArray());
        string broken = output.Sources.Single(s => s.Key.Contains("BrokenByInjection", StringComparison.Ordinal)).Value;
        Assert.Contains("throw new global::System.NotSupportedException(\"PoolGen could not implement BrokenByInjection: an internal error in PoolGen (PG0099).\");", broken, StringComparison.Ordinal);
        string fine = output.Sources.Single(s => s.Key.Contains("Fine", StringComparison.Ordinal)).Value;
        Assert.Contains("file static class FineKernel", fine, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutInjection_TheSameSourceIsClean()
    {
        GeneratorOutput output = GeneratorRunner.Run(Source);
        Assert.Empty(output.CompilationDiagnostics);
        Assert.Equal(2, output.Sources.Count);
    }

    private static void Inject(string stage, string? method)
    {
        if (stage == "planning")
        {
            InternalError.ThrowWhilePlanning = method;
        }
        else
        {
            InternalError.ThrowWhileEmitting = method;
        }
    }
}
