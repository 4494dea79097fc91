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
    }
}
