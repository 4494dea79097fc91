using System;
using PoolGen;

namespace PoolGen.Sample
{
    /// <summary>The pooling kernels the sample uses; PoolGen writes their bodies at compile time.</summary>
    internal static partial class Kernels
    {
        /// <summary>The classic 4x4 example, shape fixed at compile time.</summary>
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Height = 4, Width = 4)]
        public static partial void MaxPool4x4(ReadOnlySpan<float> input, Span<float> output);

        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2, Height = 4, Width = 4)]
        public static partial void AveragePool4x4(ReadOnlySpan<float> input, Span<float> output);

        /// <summary>2x2 max pooling, stride 2, any shape.</summary>
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
        public static partial void MaxPool2x2(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        /// <summary>The same with ceil mode: a last, partial window keeps the odd row and column.</summary>
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, CeilMode = true)]
        public static partial void MaxPool2x2Ceil(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        // The tiny CNN (TinyCnn.cs): its shapes are known, so they are fixed at compile time.

        /// <summary>Stage 1: 8 ReLU feature maps of 128x128 to 8 of 64x64.</summary>
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Channels = TinyCnn.Conv1Filters, Height = TinyCnn.ImageSize, Width = TinyCnn.ImageSize)]
        public static partial void CnnPool1(ReadOnlySpan<float> input, Span<float> output);

        /// <summary>Stage 2: 16 ReLU feature maps of 64x64 to 16 of 32x32.</summary>
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Channels = TinyCnn.Conv2Filters, Height = TinyCnn.ImageSize / 2, Width = TinyCnn.ImageSize / 2)]
        public static partial void CnnPool2(ReadOnlySpan<float> input, Span<float> output);

        /// <summary>Global average pooling: each 32x32 map to one number, the image's 16 features.</summary>
        [Pool(Kind = PoolKind.Average, Size = TinyCnn.ImageSize / 4, Channels = TinyCnn.Conv2Filters, Height = TinyCnn.ImageSize / 4, Width = TinyCnn.ImageSize / 4)]
        public static partial void CnnGlobalAverage(ReadOnlySpan<float> input, Span<float> output);

        // An image passed on the command line: any size, so the shapes are run-time arguments. Its two max pooling stages
        // use MaxPool2x2 above.

        /// <summary>Global average pooling of maps of any size: each map to one number.</summary>
        [Pool(Kind = PoolKind.Average, Global = true)]
        public static partial void GlobalAverage(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        /// <summary>
        /// Halves a large image before the network: the mean of each 2x2 block. Ceil mode keeps an odd last row and column,
        /// whose windows then average the pixels they hold (the overhang is not counted).
        /// </summary>
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2, CeilMode = true)]
        public static partial void Downscale2x2(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        // Part 4 (Operators.cs): adaptive pooling and the backward passes.

        /// <summary>Adaptive average pooling: any map to 6x6 (window o of n inputs covers [floor(o*n/6), ceil((o+1)*n/6))).</summary>
        [Pool(Kind = PoolKind.Average, OutputSize = Operators.FeatureSide)]
        public static partial void AdaptiveAverage6x6(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        /// <summary>3x3 max pooling, stride 2, padding 1 (ResNet's first pooling), in double for the gradient check.</summary>
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxPool3x3(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);

        /// <summary>The same, with the argmax of each window (PyTorch's per-plane index) for the backward pass.</summary>
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxPool3x3WithIndices(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int channels, int height, int width);

        /// <summary>Its backward pass: each output gradient added to the input element its index names.</summary>
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxPool3x3Backward(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int channels, int height, int width);

        /// <summary>3x3 average pooling, stride 1, padding 1 (the padding counted, PyTorch's default).</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1)]
        public static partial void AveragePool3x3(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);

        /// <summary>Its backward pass: each output gradient divided by 9 and added to the window's taps inside the map.</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1)]
        public static partial void AveragePool3x3Backward(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int channels, int height, int width);
    }
}
