using Microsoft.CodeAnalysis;
using PoolGen.Generator.Tests.Infrastructure;
using static PoolGen.Generator.Tests.Infrastructure.DiagnosticsSources;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// The diagnostics of the backward passes and max unpooling (PG0060..PG0067, and PG0040/PG0013 where they apply): each
    /// test checks the id, the exact location ([|marked|] in the source), the severity and the message.
    /// </summary>
    public class OperationDiagnosticTests
    {
        private const string Dimensions = "int batch, int channels, int height, int width";

        private const string MaxBackward = "ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, " + Dimensions;

        private const string AverageBackward = "ReadOnlySpan<float> gradOutput, Span<float> gradInput, " + Dimensions;

        private const string Unpool = "ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, " + Dimensions;

        private static string MessageOf(GeneratorOutput output)
        {
            Diagnostic diagnostic = Assert.Single(output.GeneratorDiagnostics);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            return diagnostic.GetMessage();
        }

        [Theory]
        [InlineData("Size = 3, Stride = 2, Padding = 1", MaxBackward)]
        [InlineData("Kind = PoolKind.Min, Size = 2", "ReadOnlySpan<double> gradOutput, ReadOnlySpan<int> indices, Span<double> gradInput, int channels, int length")]
        [InlineData("Kind = PoolKind.Average, Size = 3, CeilMode = true, CountIncludePad = false", AverageBackward)]
        [InlineData("Kind = PoolKind.Average, OutputSize = 4, Layout = PoolLayout.Nhwc, Parallel = true", AverageBackward)]
        [InlineData("OutputSizeD = 2, OutputSizeH = 3, OutputSizeW = 4", "ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int depth, int height, int width")]
        [InlineData("Size = 2", Unpool)]
        [InlineData("Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, Parallel = true", "ReadOnlySpan<byte> input, ReadOnlySpan<int> indices, Span<byte> output, int batch, int channels, int height, int width")]
        public void ValidForms_HaveNoDiagnostics(string attribute, string parameters)
            => DiagnosticsAssert.Reports(new[] { Kernel(attribute, parameters) });

        [Fact]
        public void PG0060_BackwardWithoutGradInput_PointsAtTheParameter()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(Kernel("Size = 2", "ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, [|Span<float> output|], int height, int width"), "PG0060");
            Assert.StartsWith("Method 'M' is a backward pass (its first parameter is 'gradOutput'): it must start with 'ReadOnlySpan<T> gradOutput, ReadOnlySpan<long> indices, Span<T> gradInput'", MessageOf(output));
        }

        [Fact]
        public void PG0060_GradOutputNotAReadOnlySpan_PointsAtIt()
            => DiagnosticsAssert.ReportsSingle(Kernel("Size = 2", "[|Span<float> gradOutput|], Span<float> gradInput, int height, int width"), "PG0060");

        [Fact]
        public void PG0061_UnpoolingWithoutOutput_PointsAtTheParameter()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(Kernel("Size = 2", "ReadOnlySpan<float> input, ReadOnlySpan<long> indices, [|Span<float> result|], int height, int width"), "PG0061");
            Assert.StartsWith("Method 'M' is max unpooling (it starts with 'input, indices'): it must start with 'ReadOnlySpan<T> input, ReadOnlySpan<long> indices, Span<T> output'", MessageOf(output));
        }

        [Fact]
        public void PG0062_ElementTypesDiffer_PointsAtTheWrittenSpansType()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(Kernel("Kind = PoolKind.Average, Size = 2", "ReadOnlySpan<float> gradOutput, [|Span<double>|] gradInput, int height, int width"), "PG0062");
            Assert.Equal("'gradInput' is a span of 'double' but 'gradOutput' is a span of 'float'; both must have the same element type", MessageOf(output));
        }

        [Fact]
        public void PG0040_BackwardIndicesOfAnotherType_PointsAtThem()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(Kernel("Size = 2", "ReadOnlySpan<float> gradOutput, [|Span<long> indices|], Span<float> gradInput, int height, int width"), "PG0040");
            Assert.Equal("The 'indices' parameter must be ReadOnlySpan<int> or ReadOnlySpan<long>, not 'Span<long>'", MessageOf(output));
        }

        [Fact]
        public void PG0063_MaxBackwardWithoutIndices_PointsAtGradInput()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(Kernel("Size = 2", "ReadOnlySpan<float> gradOutput, [|Span<float> gradInput|], int height, int width"), "PG0063");
            Assert.Equal("The backward pass of max pooling needs the forward's argmax: add 'ReadOnlySpan<long> indices' (or ReadOnlySpan<int>) between gradOutput and gradInput", MessageOf(output));
        }

        [Fact]
        public void PG0063_AverageBackwardWithIndices_PointsAtThem()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(Kernel("Kind = PoolKind.Average, Size = 2", "ReadOnlySpan<float> gradOutput, [|ReadOnlySpan<long> indices|], Span<float> gradInput, int height, int width"), "PG0063");
            Assert.Equal("The backward pass of average pooling takes no indices: remove 'indices' (the gradient goes to every element of each window)", MessageOf(output));
        }

        [Fact]
        public void PG0064_LpBackward_PointsAtKind()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(Kernel("[|Kind = PoolKind.Lp|], P = 2, Size = 2", AverageBackward), "PG0064");
            Assert.Equal("PoolGen has no backward pass of Lp pooling; backward passes exist for PoolKind.Max, PoolKind.Min and PoolKind.Average", MessageOf(output));
        }

        [Fact]
        public void PG0065_UnpoolingOfAverage_PointsAtKind()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(Kernel("[|Kind = PoolKind.Average|], Size = 2", Unpool), "PG0065");
            Assert.Equal("Unpooling inverts max pooling through its argmax, so it has no average form; set Kind = PoolKind.Max (or leave Kind out)", MessageOf(output));
        }

        [Fact]
        public void PG0066_UnpoolingWithOutputSize_PointsAtIt()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(Kernel("[|OutputSize = 4|]", Unpool), "PG0066");
            Assert.Equal("'OutputSize' cannot be combined with max unpooling: its output is the unpooled shape passed at run time, and the pooled shape follows from a window; set Size, Stride and Padding; remove it", MessageOf(output));
        }

        [Fact]
        public void PG0066_BackwardWithClamp_PointsAtIt()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(Kernel("Size = 2, [|ClampMax = 6|]", MaxBackward), "PG0066");
            Assert.Equal("'ClampMax' cannot be combined with a backward pass: a clamp has no gradient here; remove it", MessageOf(output));
        }

        // ---------------------------------------------------------------- the tensor form

        /// <summary>One method M with <c>[Pool(arguments)]</c> in a file that imports System.Numerics.Tensors.</summary>
        private static string TensorKernel(string arguments, string parameters)
            => "using System.Numerics.Tensors;\n" + Kernel(arguments, parameters);

        private const string MaxBackwardTensors = "ReadOnlyTensorSpan<float> gradOutput, ReadOnlyTensorSpan<long> indices, TensorSpan<float> gradInput";

        [Theory]
        [InlineData("Size = 3, Stride = 2, Padding = 1", MaxBackwardTensors)]
        [InlineData("Rank = 1, Kind = PoolKind.Min, Size = 2, Layout = PoolLayout.Nhwc", "ReadOnlyTensorSpan<double> gradOutput, ReadOnlyTensorSpan<int> indices, TensorSpan<double> gradInput")]
        [InlineData("Kind = PoolKind.Average, Size = 3, CeilMode = true, CountIncludePad = false, Parallel = true", "ReadOnlyTensorSpan<float> gradOutput, TensorSpan<float> gradInput")]
        [InlineData("Kind = PoolKind.Average, OutputSizeD = 2, OutputSizeH = 3, OutputSizeW = 4, Channels = 3", "ReadOnlyTensorSpan<float> gradOutput, TensorSpan<float> gradInput")]
        [InlineData("Rank = 3, Size = 2", "ReadOnlyTensorSpan<short> input, ReadOnlyTensorSpan<long> indices, TensorSpan<short> output")]
        [InlineData("Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc", "ReadOnlyTensorSpan<byte> input, ReadOnlyTensorSpan<int> indices, TensorSpan<byte> output")]
        public void ValidTensorForms_HaveNoDiagnostics(string attribute, string parameters)
            => DiagnosticsAssert.Reports(new[] { TensorKernel(attribute, parameters) });

        [Fact]
        public void PG0067_TensorsThenASpan_PointsAtTheSpan()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(
                TensorKernel("Size = 2", "ReadOnlyTensorSpan<float> gradOutput, ReadOnlyTensorSpan<long> indices, [|Span<float> gradInput|]"), "PG0067");
            Assert.StartsWith("Method 'M' is a backward pass and mixes spans and tensors ('gradOutput' is a tensor, 'gradInput' a span); take 'ReadOnlySpan<T> gradOutput", MessageOf(output));
            Assert.Contains("then the int dimensions, or 'ReadOnlyTensorSpan<T> gradOutput, ReadOnlyTensorSpan<long> indices, TensorSpan<T> gradInput'", MessageOf(output));
        }

        [Fact]
        public void PG0067_SpansThenTensorIndices_PointsAtTheIndices()
            => DiagnosticsAssert.ReportsSingle(
                TensorKernel("Size = 2", "ReadOnlySpan<float> input, [|ReadOnlyTensorSpan<long> indices|], Span<float> output, int height, int width"), "PG0067");

        [Fact]
        public void PG0060_WritableTensorAsGradOutput_PointsAtIt()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(TensorKernel("Kind = PoolKind.Average, Size = 2", "[|TensorSpan<float> gradOutput|], TensorSpan<float> gradInput"), "PG0060");
            Assert.Equal(
                "Method 'M' is a backward pass (its first parameter is 'gradOutput'): it must start with 'ReadOnlyTensorSpan<T> gradOutput, ReadOnlyTensorSpan<long> indices, TensorSpan<T> gradInput' (max, min; or ReadOnlyTensorSpan<int> indices) or 'ReadOnlyTensorSpan<T> gradOutput, TensorSpan<T> gradInput' (average), then nothing else (the shape comes from the tensors' lengths)",
                MessageOf(output));
        }

        [Fact]
        public void PG0061_ReadOnlyTensorAsUnpoolingOutput_PointsAtIt()
            => DiagnosticsAssert.ReportsSingle(TensorKernel("Size = 2", "ReadOnlyTensorSpan<float> input, ReadOnlyTensorSpan<long> indices, [|ReadOnlyTensorSpan<float> output|]"), "PG0061");

        [Fact]
        public void PG0040_TensorIndicesOfAnotherElementType_PointsAtThem()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(TensorKernel("Size = 2", "ReadOnlyTensorSpan<float> gradOutput, [|ReadOnlyTensorSpan<short> indices|], TensorSpan<float> gradInput"), "PG0040");
            Assert.Equal("The 'indices' parameter must be ReadOnlyTensorSpan<int> or ReadOnlyTensorSpan<long>, not 'ReadOnlyTensorSpan<short>'", MessageOf(output));
        }

        [Fact]
        public void PG0062_TensorElementTypesDiffer_PointsAtTheWrittenTensorsType()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(TensorKernel("Size = 2", "ReadOnlyTensorSpan<float> input, ReadOnlyTensorSpan<long> indices, [|TensorSpan<double>|] output"), "PG0062");
            Assert.Equal("'output' is a tensor of 'double' but 'input' is a tensor of 'float'; both must have the same element type", MessageOf(output));
        }

        [Fact]
        public void PG0031_DimensionAfterTheTensors_PointsAtIt()
            => DiagnosticsAssert.ReportsSingle(TensorKernel("Size = 2", MaxBackwardTensors + ", [|int height|]"), "PG0031", "'height'", "'M' takes tensors, whose shape comes from gradInput.Lengths");

        [Fact]
        public void PG0063_MaxBackwardTensorsWithoutIndices_SaysReadOnlyTensorSpan()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(TensorKernel("Size = 2", "ReadOnlyTensorSpan<float> gradOutput, [|TensorSpan<float> gradInput|]"), "PG0063");
            Assert.Equal("The backward pass of max pooling needs the forward's argmax: add 'ReadOnlyTensorSpan<long> indices' (or ReadOnlyTensorSpan<int>) between gradOutput and gradInput", MessageOf(output));
        }

        [Fact]
        public void PG0013_IntegerBackwardTensor_PointsAtTheElementType()
            => DiagnosticsAssert.ReportsSingle(TensorKernel("Size = 2", "[|ReadOnlyTensorSpan<int>|] gradOutput, ReadOnlyTensorSpan<long> indices, TensorSpan<int> gradInput"), "PG0013", "'int'", "max backward", "float or double");

        [Theory]
        [InlineData("Rank = 1", "SizeH = 2", "SizeH")]
        [InlineData("Rank = 2", "SizeD = 2", "SizeD")]
        public void PG0045_TensorBackwardPropertyOfAnotherRank_PointsAtTheProperty(string rank, string property, string name)
            => DiagnosticsAssert.ReportsSingle(TensorKernel($"{rank}, Kind = PoolKind.Average, Size = 2, [|{property}|]", "ReadOnlyTensorSpan<float> gradOutput, TensorSpan<float> gradInput"), "PG0045", $"'{name}'");

        [Fact]
        public void PG0013_IntegerBackward_SaysFloatOrDouble()
        {
            GeneratorOutput output = DiagnosticsAssert.ReportsSingle(Kernel("Size = 2", "[|ReadOnlySpan<int>|] gradOutput, ReadOnlySpan<long> indices, Span<int> gradInput, int height, int width"), "PG0013");
            Assert.Equal("Element type 'int' is not supported for max backward pooling; use float or double", MessageOf(output));
        }
    }
}
