using System;
using System.Numerics.Tensors;
using PoolGen;

// Tensor-form kernels (ReadOnlyTensorSpan<T> input, TensorSpan<T> output: the shape comes from input.Lengths), each with
// a span-form twin of the same attribute that takes every dimension the attribute does not fix. TensorKernelTests
// checks each against its twin and against PoolReference.
namespace PoolGen.Kernels.Tests
{
    internal static partial class TensorKernels
    {
        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void Max_k3s2p1(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void Max_k3s2p1_Span(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false)]
        public static partial void Avg_k3s1p1NoPad(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false)]
        public static partial void Avg_k3s1p1NoPad_Span(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, CeilMode = true)]
        public static partial void AvgF64_k2Ceil(ReadOnlyTensorSpan<double> input, TensorSpan<double> output);

        [Pool(Kind = PoolKind.Average, Size = 2, CeilMode = true)]
        public static partial void AvgF64_k2Ceil_Span(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 3, Stride = 2, Dilation = 2, Padding = 1)]
        public static partial void MaxU8_k2x3s2d2p1(ReadOnlyTensorSpan<byte> input, TensorSpan<byte> output);

        [Pool(SizeH = 2, SizeW = 3, Stride = 2, Dilation = 2, Padding = 1)]
        public static partial void MaxU8_k2x3s2d2p1_Span(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        /// <summary>Asymmetric Pads (top, left, bottom, right): the 2D kernels, so the tensor form takes them too.</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Pads = new[] { 1, 0, 0, 2 }, CeilMode = true)]
        public static partial void Avg_k3s2Pads1002Ceil(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Pads = new[] { 1, 0, 0, 2 }, CeilMode = true)]
        public static partial void Avg_k3s2Pads1002Ceil_Span(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Every dimension but the batch fixed: the tensor must have exactly these lengths.</summary>
        [Pool(Size = 2, Channels = 3, Height = 8, Width = 6)]
        public static partial void Fixed_Max_C3H8W6_k2(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

        [Pool(Size = 2, Channels = 3, Height = 8, Width = 6)]
        public static partial void Fixed_Max_C3H8W6_k2_Span(ReadOnlySpan<float> input, Span<float> output, int batch);

        /// <summary>Channels fixed, the spatial sizes from the tensor.</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, Channels = 2)]
        public static partial void Fixed_AvgF64_C2_k3s2p1Ceil(ReadOnlyTensorSpan<double> input, TensorSpan<double> output);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, Channels = 2)]
        public static partial void Fixed_AvgF64_C2_k3s2p1Ceil_Span(ReadOnlySpan<double> input, Span<double> output, int batch, int height, int width);
    }
}
