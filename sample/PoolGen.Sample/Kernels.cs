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
    }
}
