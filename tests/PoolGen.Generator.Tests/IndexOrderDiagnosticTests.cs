using PoolGen.Generator.Tests.Infrastructure;
using Xunit;
using static PoolGen.Generator.Tests.Infrastructure.DiagnosticsSources;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// The diagnostics of IndexOrder: written on a method without an 'indices' parameter (PG0070, at the property), an
    /// undefined value (PG0051, at the property), and the valid forms that report nothing. Exact locations ([|marked|]).
    /// </summary>
    public class IndexOrderDiagnosticTests
    {
        private static GeneratorOutput Single(string markup, string id, params string[] fragments)
            => DiagnosticsAssert.ReportsSingle(markup, id, fragments);

        /// <summary>A method with tensor parameters, in a file that imports System.Numerics.Tensors (as TensorTests).</summary>
        private static string TensorKernel(string arguments, string parameters) => "using System.Numerics.Tensors;\n" + Kernel(arguments, parameters);

        private const string LongIndices = "ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width";

        [Theory]
        [InlineData("IndexOrder = PoolIndexOrder.Tensor")]
        [InlineData("IndexOrder = PoolIndexOrder.TensorColumnMajor")]
        [InlineData("IndexOrder = PoolIndexOrder.Plane")]
        public void PG0070_WithoutIndices_PointsAtIndexOrder(string argument)
        {
            GeneratorOutput output = Single(Kernel($"Size = 2, [|{argument}|]"), "PG0070", "method 'M' has none", "'Span<int> indices' or 'Span<long> indices'", "or remove IndexOrder");
            Assert.Contains("NotSupportedException", Assert.Single(output.Sources).Value, System.StringComparison.Ordinal);
        }

        [Fact]
        public void PG0070_AverageWithoutIndices()
            => Single(Kernel("Kind = PoolKind.Average, Size = 3, [|IndexOrder = PoolIndexOrder.Tensor|]", "ReadOnlySpan<float> input, Span<float> output, int channels, int length"), "PG0070", "max or min method");

        [Fact]
        public void PG0070_GlobalWithoutIndices()
            => Single(Kernel("Global = true, Rank = 3, [|IndexOrder = PoolIndexOrder.TensorColumnMajor|]", "ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width"), "PG0070");

        [Fact]
        public void PG0070_TensorMethodWithoutIndices()
            => Single(TensorKernel("Size = 2, [|IndexOrder = PoolIndexOrder.Tensor|]", "ReadOnlyTensorSpan<float> input, TensorSpan<float> output"), "PG0070", "TensorSpan<int> or TensorSpan<long> in a tensor method");

        [Theory]
        [InlineData("IndexOrder = (PoolIndexOrder)3", "IndexOrder = 3 is not a value")]
        [InlineData("IndexOrder = (PoolIndexOrder)(-1)", "IndexOrder = -1 is not a value")]
        public void PG0051_UndefinedIndexOrder_PointsAtIt(string argument, string fragment)
            => Single(Kernel($"Size = 2, [|{argument}|]", LongIndices), "PG0051", fragment, "PoolIndexOrder.Plane, Tensor or TensorColumnMajor");

        [Fact]
        public void PG0051_UndefinedIndexOrderWithoutIndices_IsTheOnlyError()
            => Single(Kernel("Size = 2, [|IndexOrder = (PoolIndexOrder)7|]"), "PG0051", "IndexOrder = 7");

        [Fact]
        public void PG0041_IndicesOnAverageWithIndexOrder_IsTheOnlyError()
            => Single(Kernel("Kind = PoolKind.Average, Size = 2, IndexOrder = PoolIndexOrder.Tensor", "ReadOnlySpan<float> input, Span<float> output, [|Span<int> indices|], int height, int width"), "PG0041");

        /// <summary>Average backward reads no indices: IndexOrder there is PG0070, as on a forward without indices.</summary>
        [Fact]
        public void PG0070_OnAverageBackward_PointsAtIndexOrder()
            => Single(Kernel("Kind = PoolKind.Average, Size = 2, [|IndexOrder = PoolIndexOrder.Tensor|]", "ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width"), "PG0070");

        [Theory]
        [InlineData("IndexOrder = PoolIndexOrder.Plane", LongIndices)]
        [InlineData("IndexOrder = PoolIndexOrder.Tensor", LongIndices)]
        [InlineData("Kind = PoolKind.Min, IndexOrder = PoolIndexOrder.TensorColumnMajor, Layout = PoolLayout.Nhwc", "ReadOnlySpan<byte> input, Span<byte> output, Span<int> indices, int channels, int length")]
        [InlineData("IndexOrder = PoolIndexOrder.Tensor", "ReadOnlyTensorSpan<float> input, TensorSpan<float> output, TensorSpan<long> indices")]
        [InlineData("IndexOrder = PoolIndexOrder.Tensor", "ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width")]
        [InlineData("Kind = PoolKind.Min, IndexOrder = PoolIndexOrder.TensorColumnMajor, Layout = PoolLayout.Nhwc", "ReadOnlySpan<double> gradOutput, ReadOnlySpan<int> indices, Span<double> gradInput, int batch, int channels, int depth, int height, int width")]
        [InlineData("IndexOrder = PoolIndexOrder.TensorColumnMajor", "ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int height, int width")]
        [InlineData("IndexOrder = PoolIndexOrder.Plane, Parallel = true", "ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length")]
        public void ValidIndexOrder_ReportsNothing(string arguments, string parameters)
        {
            GeneratorOutput output = DiagnosticsAssert.Reports(new[] { TensorKernel($"Size = 2, {arguments}", parameters) });
            Assert.DoesNotContain("NotSupportedException", Assert.Single(output.Sources).Value, System.StringComparison.Ordinal);
        }
    }
}
