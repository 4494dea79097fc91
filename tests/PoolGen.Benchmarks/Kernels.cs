using System;

namespace PoolGen.Benchmarks
{
    /// <summary>The PoolGen kernels under test; PoolGen writes their bodies at build time.</summary>
    internal static partial class Kernels
    {
        /// <summary>Cases 1 and 6.</summary>
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
        public static partial void MaxPool2x2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Cases 2 and 5 (the ResNet stem pooling).</summary>
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxPool3x3S2P1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Case 14: case 2 as ResNet-18 exported to ONNX has it, pads [1, 1, 0, 0] (top, left, bottom, right).</summary>
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Pads = new[] { 1, 1, 0, 0 })]
        public static partial void MaxPool3x3S2Pads1100(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Case 3.</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false)]
        public static partial void AvgPool3x3S1P1ExcludePad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Case 4.</summary>
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2)]
        public static partial void AvgPool2x2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Case 7 (the ResNet head: a global average over 7x7).</summary>
        [Pool(Kind = PoolKind.Average, Size = 7)]
        public static partial void AvgPool7x7(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>
        /// Case 24: ResNet-18's last pooling node (Microsoft.ML.DnnImageFeaturizer.ResNet18 0.24.0's ONNX model) as the model
        /// states it: AveragePool kernel_shape=[7,7] strides=[1,1] pads=[0,0,0,0] count_include_pad=0.
        /// </summary>
        [Pool(Kind = PoolKind.Average, Size = 7, Stride = 1, Pads = new[] { 0, 0, 0, 0 }, CountIncludePad = false)]
        public static partial void ResNet18AveragePool(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Case 8.</summary>
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
        public static partial void MaxPool2x2Double(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        /// <summary>Case 10: case 1 with Parallel = true.</summary>
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Parallel = true)]
        public static partial void MaxPool2x2Parallel(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Case 11: case 5 with Parallel = true.</summary>
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1, Parallel = true)]
        public static partial void MaxPool3x3S2P1Parallel(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Case 9.</summary>
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
        public static partial void MaxPool2x2Byte(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        /// <summary>Case 12: case 2 in channels-last layout (vectors over the channels).</summary>
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxPool3x3S2P1Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Cases 15 and 16: adaptive average to 7x7 (PyTorch's adaptive_avg_pool2d(x, 7)), any input size.</summary>
        [Pool(Kind = PoolKind.Average, OutputSize = 7)]
        public static partial void AdaptiveAvgPool7x7(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Cases 17 and 18: cases 15 and 16 in channels-last layout (vectors over the channels).</summary>
        [Pool(Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc)]
        public static partial void AdaptiveAvgPool7x7Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Case 13: 3D max pooling, 3x3x3 stride 1 padding 1 (the pooling branch of I3D's inception blocks).</summary>
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 1, Padding = 1)]
        public static partial void MaxPool3x3x3(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        /// <summary>Case 15: quantized uint8 average, 3x3 stride 1 padding 1, as ONNX Runtime's QLinearAveragePool (count_include_pad 0).</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120)]
        public static partial void QuantizedAvgPool3x3S1P1(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        /// <summary>Case 16: case 15 in channels-last layout (ONNX Runtime's channels_last = 1).</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false, Layout = PoolLayout.Nhwc, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120)]
        public static partial void QuantizedAvgPool3x3S1P1Nhwc(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        /// <summary>Case 17: quantized uint8 global average (ONNX Runtime's QLinearGlobalAveragePool).</summary>
        [Pool(Kind = PoolKind.Average, Global = true, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120)]
        public static partial void QuantizedGlobalAvgPool(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);
    
        /// <summary>Case 22: the backward pass of case 2 (gradInput from gradOutput and the forward's argmax).</summary>
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxPoolBackward3x3S2P1(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        /// <summary>Case 23: the backward pass of case 3.</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false)]
        public static partial void AvgPoolBackward3x3S1P1ExcludePad(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);
    }
}
