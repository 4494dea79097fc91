using PoolGen.Generator.Tests.Infrastructure;
using static PoolGen.Generator.Tests.Infrastructure.DiagnosticsSources;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// Declarations of the breadth attributes whose generated code must compile without a warning (the repository and
    /// many users build with TreatWarningsAsErrors): the robustness contract of <see cref="DiagnosticsAssert.IsRobust(string[])"/>.
    /// </summary>
    public class BreadthEmitterRegressionTests
    {
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
