using System;
using System.Numerics.Tensors;
using PoolGen;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Adaptive kernels (OutputSize*): ranks 1 to 3, both layouts, max with int and long indices, min, average, Half, quantized
    /// byte/sbyte average (ONNX Runtime's windowed rule over each adaptive window; output size 1 its global path) and max,
    /// clamps, output sizes that divide the input, that do not, and that exceed it, fixed input sizes, Parallel and the
    /// tensor form. What each attribute means is written by hand in <see cref="AdaptiveKernelTable"/>;
    /// <see cref="AdaptiveKernelTests"/> runs them against <c>PoolOperatorsReference.AdaptivePoolND</c>.
    /// </summary>
    internal static partial class AdaptiveKernels
    {
        // ---- 1D ----
        [Pool(OutputSize = 5)]
        public static partial void Max1D_Ncl_Out5(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(OutputSize = 5, Layout = PoolLayout.Nhwc)]
        public static partial void Max1D_Nlc_Out5(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, OutputSize = 7)]
        public static partial void AvgF64_1D_Ncl_Out7(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF64_1D_Nlc_Out7(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int length);

        // ---- 2D ----
        [Pool(Kind = PoolKind.Average, OutputSize = 7)]
        public static partial void Avg_Nchw_Out7(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc)]
        public static partial void Avg_Nhwc_Out7(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 9, OutputSizeH = 3, OutputSizeW = 5)]
        public static partial void AvgF64_Nchw_Out3x5(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 3, OutputSizeW = 5, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF64_Nhwc_Out3x5(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(OutputSize = 7)]
        public static partial void Max_Nchw_Out7_Long(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSize = 7, Layout = PoolLayout.Nhwc)]
        public static partial void Max_Nhwc_Out7_Long(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 4, OutputSizeW = 6)]
        public static partial void Max_Nchw_Out4x6_Int(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 4, OutputSizeW = 6, Layout = PoolLayout.Nhwc)]
        public static partial void Max_Nhwc_Out4x6_Int(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 4, OutputSizeW = 6)]
        public static partial void MaxF64_Nchw_Out4x6(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 4, OutputSizeW = 6, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF64_Nhwc_Out4x6(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, OutputSize = 5)]
        public static partial void MinI16_Nchw_Out5(ReadOnlySpan<short> input, Span<short> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, OutputSize = 5, Layout = PoolLayout.Nhwc)]
        public static partial void MinI16_Nhwc_Out5(ReadOnlySpan<short> input, Span<short> output, int channels, int height, int width);

        [Pool(OutputSize = 3, ClampMin = 10, ClampMax = 200)]
        public static partial void MaxU8_Nchw_Out3_Clamp(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);

        [Pool(OutputSize = 3, ClampMin = 10, ClampMax = 200, Layout = PoolLayout.Nhwc)]
        public static partial void MaxU8_Nhwc_Out3_Clamp(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 4, ClampMin = 0, ClampMax = 1)]
        public static partial void Avg_Nchw_Out4_Clamp(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 4, ClampMin = 0, ClampMax = 1, Layout = PoolLayout.Nhwc)]
        public static partial void Avg_Nhwc_Out4_Clamp(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 5)]
        public static partial void AvgHalf_Nchw_Out5(ReadOnlySpan<Half> input, Span<Half> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 5, Layout = PoolLayout.Nhwc)]
        public static partial void AvgHalf_Nhwc_Out5(ReadOnlySpan<Half> input, Span<Half> output, int batch, int channels, int height, int width);

        [Pool(OutputSize = 5, Layout = PoolLayout.Nhwc)]
        public static partial void MaxHalf_Nhwc_Out5_Long(ReadOnlySpan<Half> input, Span<Half> output, Span<long> indices, int batch, int channels, int height, int width);

        /// <summary>Every output size 1: the global kernel (libtorch's mean).</summary>
        [Pool(Kind = PoolKind.Average, OutputSize = 1)]
        public static partial void Avg_Nchw_Out1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 1, Layout = PoolLayout.Nhwc)]
        public static partial void Avg_Nhwc_Out1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 1, OutputSizeW = 3)]
        public static partial void Max_Nchw_Out1x3_Int(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // ---- Fixed input sizes ----
        /// <summary>13 to 7: windows of 2 and 3, overlapping.</summary>
        [Pool(Kind = PoolKind.Average, OutputSize = 7, Height = 13, Width = 13, Layout = PoolLayout.Nhwc)]
        public static partial void Avg_Nhwc_13to7(ReadOnlySpan<float> input, Span<float> output, int batch, int channels);

        /// <summary>14 to 7: every window 2 long.</summary>
        [Pool(Kind = PoolKind.Average, OutputSize = 7, Height = 14, Width = 14)]
        public static partial void Avg_Nchw_14to7(ReadOnlySpan<float> input, Span<float> output, int batch, int channels);

        [Pool(Kind = PoolKind.Average, OutputSize = 7, Height = 14, Width = 14, Layout = PoolLayout.Nhwc)]
        public static partial void Avg_Nhwc_14to7(ReadOnlySpan<float> input, Span<float> output, int batch, int channels);

        /// <summary>5x3 to 7x7: more outputs than inputs, windows repeat.</summary>
        [Pool(OutputSize = 7, Height = 5, Width = 3)]
        public static partial void Max_Nchw_5x3to7_Long(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int channels);

        [Pool(OutputSize = 7, Height = 5, Width = 3, Layout = PoolLayout.Nhwc)]
        public static partial void Max_Nhwc_5x3to7_Long(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int channels);

        // ---- 3D ----
        [Pool(Kind = PoolKind.Average, OutputSizeD = 2, OutputSizeH = 3, OutputSizeW = 4)]
        public static partial void Avg3d_Ncdhw_Out2x3x4(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeD = 2, OutputSizeH = 3, OutputSizeW = 4, Layout = PoolLayout.Nhwc)]
        public static partial void Avg3d_Ndhwc_Out2x3x4(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(OutputSize = 3, OutputSizeW = 5)]
        public static partial void Max3d_Ncdhw_Out3x3x5_Int(ReadOnlySpan<double> input, Span<double> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        [Pool(OutputSize = 3, OutputSizeW = 5, Layout = PoolLayout.Nhwc)]
        public static partial void Max3d_Ndhwc_Out3x3x5_Int(ReadOnlySpan<double> input, Span<double> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 2, Depth = 5, Height = 4, Width = 6, Layout = PoolLayout.Nhwc)]
        public static partial void Avg3d_Ndhwc_Fixed5x4x6_Out2(ReadOnlySpan<double> input, Span<double> output, int batch, int channels);

        // ---- Quantized (byte, sbyte with InputScale, InputZeroPoint, OutputScale, OutputZeroPoint): ONNX Runtime's windowed
        // QLinearAveragePool rule over each adaptive window; the integer max requantized ----
        [Pool(Kind = PoolKind.Average, OutputSize = 7, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120)]
        public static partial void QAvgU8_Nchw_Out7(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120)]
        public static partial void QAvgU8_Nhwc_Out7(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 5, InputScale = 0.25, InputZeroPoint = -3, OutputScale = 0.0625, OutputZeroPoint = 10, ClampMin = 10)]
        public static partial void QAvgS8_1D_Ncl_Out5_Relu(ReadOnlySpan<sbyte> input, Span<sbyte> output, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, OutputSize = 5, Layout = PoolLayout.Nhwc, InputScale = 0.25, InputZeroPoint = -3, OutputScale = 0.0625, OutputZeroPoint = 10, ClampMin = 10)]
        public static partial void QAvgS8_1D_Nlc_Out5_Relu(ReadOnlySpan<sbyte> input, Span<sbyte> output, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, OutputSizeD = 2, OutputSizeH = 3, OutputSizeW = 4, InputScale = 1.5, InputZeroPoint = 7, OutputScale = 3.25, OutputZeroPoint = -100)]
        public static partial void QAvgS8_3d_Ncdhw_Out2x3x4(ReadOnlySpan<sbyte> input, Span<sbyte> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeD = 2, OutputSizeH = 3, OutputSizeW = 4, Layout = PoolLayout.Nhwc, InputScale = 1.5, InputZeroPoint = 7, OutputScale = 3.25, OutputZeroPoint = -100)]
        public static partial void QAvgS8_3d_Ndhwc_Out2x3x4(ReadOnlySpan<sbyte> input, Span<sbyte> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 1, Layout = PoolLayout.Nhwc, InputScale = 0.5, InputZeroPoint = 3, OutputScale = 0.25, OutputZeroPoint = 200)]
        public static partial void QAvgU8_Nhwc_Out1(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 7, Height = 14, Width = 13, InputScale = 0.003, InputZeroPoint = 0, OutputScale = 0.001, OutputZeroPoint = 0)]
        public static partial void QAvgU8_Nchw_14x13to7(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels);

        [Pool(OutputSize = 4, Layout = PoolLayout.Nhwc, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.03, OutputZeroPoint = 100)]
        public static partial void QMaxU8_Nhwc_Out4(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        // ---- Parallel twins of Avg_Nhwc_Out7, Max_Nchw_Out7_Long and Max1D_Nlc_Out5 ----
        [Pool(Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc, Parallel = true)]
        public static partial void Avg_Nhwc_Out7_Parallel(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(OutputSize = 7, Parallel = true)]
        public static partial void Max_Nchw_Out7_Long_Parallel(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSize = 5, Layout = PoolLayout.Nhwc, Parallel = true)]
        public static partial void Max1D_Nlc_Out5_Parallel(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        // ---- Tensor twins of Avg_Nhwc_Out7 and Max_Nchw_Out7_Long ----
        [Pool(Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc)]
        public static partial void Avg_Nhwc_Out7_Tensor(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

        [Pool(OutputSize = 7)]
        public static partial void Max_Nchw_Out7_Long_Tensor(ReadOnlyTensorSpan<float> input, TensorSpan<float> output, TensorSpan<long> indices);
    }
}
