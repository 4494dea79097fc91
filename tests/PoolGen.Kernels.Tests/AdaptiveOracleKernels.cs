// Rendered by AdaptiveOracleKernelSource.Render from Oracle/pytorch-pooling-ops.jsonl: do not edit by hand.
// AdaptiveOracleKernelTests.AdaptiveOracleKernelsFileIsUpToDate fails when this file differs from the rendering and
// writes AdaptiveOracleKernels.received.cs beside it; review that file and copy it over this one to accept it.
using System;
using System.Collections.Generic;
using PoolGen;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// The 51 adaptive cases of the libtorch ops oracle: one kernel per configuration (50) and layout.
    /// </summary>
    internal static partial class AdaptiveOracleKernels
    {
        // a0001
        [Pool(Kind = PoolKind.Average, OutputSizeH = 2, OutputSizeW = 2)]
        public static partial void AvgF32_2D_Out2x2_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 2, OutputSizeW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_2D_Out2x2_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // a0002
        [Pool(OutputSizeH = 2, OutputSizeW = 2)]
        public static partial void MaxF32_2D_Out2x2_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 2, OutputSizeW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_2D_Out2x2_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        // a0024
        [Pool(OutputSizeD = 3, OutputSizeH = 5, OutputSizeW = 2)]
        public static partial void MaxF32_3D_Out3x5x2_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(OutputSizeD = 3, OutputSizeH = 5, OutputSizeW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_3D_Out3x5x2_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        // a0060
        [Pool(Kind = PoolKind.Average, OutputSizeD = 1, OutputSizeH = 7, OutputSizeW = 2)]
        public static partial void AvgF32_3D_Out1x7x2_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeD = 1, OutputSizeH = 7, OutputSizeW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_3D_Out1x7x2_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0063
        [Pool(OutputSizeD = 2, OutputSizeH = 2, OutputSizeW = 7)]
        public static partial void MaxF32_3D_Out2x2x7_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(OutputSizeD = 2, OutputSizeH = 2, OutputSizeW = 7, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_3D_Out2x2x7_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        // a0066
        [Pool(OutputSize = 5)]
        public static partial void MaxF64_1D_Out5_Nchw(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int length);

        [Pool(OutputSize = 5, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF64_1D_Out5_Nhwc(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int length);

        // a0078
        [Pool(Kind = PoolKind.Average, OutputSizeD = 6, OutputSizeH = 3, OutputSizeW = 3)]
        public static partial void AvgF64_3D_Out6x3x3_Nchw(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeD = 6, OutputSizeH = 3, OutputSizeW = 3, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF64_3D_Out6x3x3_Nhwc(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int depth, int height, int width);

        // a0105
        [Pool(Kind = PoolKind.Average, OutputSizeH = 6, OutputSizeW = 5)]
        public static partial void AvgF32_2D_Out6x5_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 6, OutputSizeW = 5, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_2D_Out6x5_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // a0108
        [Pool(OutputSize = 1)]
        public static partial void MaxF32_1D_Out1_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(OutputSize = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_1D_Out1_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        // a0111
        [Pool(OutputSizeH = 6, OutputSizeW = 1)]
        public static partial void MaxF32_2D_Out6x1_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 6, OutputSizeW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_2D_Out6x1_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        // a0114
        [Pool(OutputSizeD = 2, OutputSizeH = 5, OutputSizeW = 5)]
        public static partial void MaxF32_3D_Out2x5x5_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(OutputSizeD = 2, OutputSizeH = 5, OutputSizeW = 5, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_3D_Out2x5x5_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        // a0132
        [Pool(Kind = PoolKind.Average, OutputSizeD = 7, OutputSizeH = 3, OutputSizeW = 4)]
        public static partial void AvgF32_3D_Out7x3x4_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeD = 7, OutputSizeH = 3, OutputSizeW = 4, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_3D_Out7x3x4_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0153, a0501
        [Pool(Kind = PoolKind.Average, OutputSizeH = 3, OutputSizeW = 2)]
        public static partial void AvgF32_2D_Out3x2_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 3, OutputSizeW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_2D_Out3x2_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // a0174
        [Pool(OutputSizeH = 5, OutputSizeW = 1)]
        public static partial void MaxF32_2D_Out5x1_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 5, OutputSizeW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_2D_Out5x1_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        // a0189
        [Pool(Kind = PoolKind.Average, OutputSizeD = 3, OutputSizeH = 2, OutputSizeW = 1)]
        public static partial void AvgF32_3D_Out3x2x1_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeD = 3, OutputSizeH = 2, OutputSizeW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_3D_Out3x2x1_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0192
        [Pool(OutputSizeH = 3, OutputSizeW = 1)]
        public static partial void MaxF32_2D_Out3x1_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 3, OutputSizeW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_2D_Out3x1_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        // a0198
        [Pool(OutputSizeH = 3, OutputSizeW = 15)]
        public static partial void MaxF32_2D_Out3x15_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 3, OutputSizeW = 15, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_2D_Out3x15_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        // a0204
        [Pool(OutputSizeD = 7, OutputSizeH = 4, OutputSizeW = 2)]
        public static partial void MaxF32_3D_Out7x4x2_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(OutputSizeD = 7, OutputSizeH = 4, OutputSizeW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_3D_Out7x4x2_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        // a0243
        [Pool(OutputSizeH = 4, OutputSizeW = 7)]
        public static partial void MaxF64_2D_Out4x7_Nchw(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 4, OutputSizeW = 7, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF64_2D_Out4x7_Nhwc(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // a0255
        [Pool(Kind = PoolKind.Average, OutputSizeD = 2, OutputSizeH = 1, OutputSizeW = 1)]
        public static partial void AvgF32_3D_Out2x1x1_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeD = 2, OutputSizeH = 1, OutputSizeW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_3D_Out2x1x1_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0261
        [Pool(Kind = PoolKind.Average, OutputSizeH = 3, OutputSizeW = 13)]
        public static partial void AvgF64_2D_Out3x13_Nchw(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 3, OutputSizeW = 13, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF64_2D_Out3x13_Nhwc(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // a0273
        [Pool(OutputSize = 16)]
        public static partial void MaxF64_1D_Out16_Nchw(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int length);

        [Pool(OutputSize = 16, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF64_1D_Out16_Nhwc(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int length);

        // a0276
        [Pool(OutputSize = 2)]
        public static partial void MaxF64_1D_Out2_Nchw(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int length);

        [Pool(OutputSize = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF64_1D_Out2_Nhwc(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int length);

        // a0297
        [Pool(Kind = PoolKind.Average, OutputSize = 7)]
        public static partial void AvgF32_1D_Out7_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_1D_Out7_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        // a0300
        [Pool(Kind = PoolKind.Average, OutputSize = 1)]
        public static partial void AvgF64_1D_Out1_Nchw(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, OutputSize = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF64_1D_Out1_Nhwc(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int length);

        // a0324
        [Pool(OutputSizeD = 6, OutputSizeH = 8, OutputSizeW = 5)]
        public static partial void MaxF64_3D_Out6x8x5_Nchw(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(OutputSizeD = 6, OutputSizeH = 8, OutputSizeW = 5, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF64_3D_Out6x8x5_Nhwc(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        // a0327
        [Pool(Kind = PoolKind.Average, OutputSize = 15)]
        public static partial void AvgF32_1D_Out15_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, OutputSize = 15, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_1D_Out15_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        // a0336
        [Pool(OutputSizeH = 10, OutputSizeW = 20)]
        public static partial void MaxF32_2D_Out10x20_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 10, OutputSizeW = 20, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_2D_Out10x20_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        // a0339
        [Pool(OutputSize = 11)]
        public static partial void MaxF32_1D_Out11_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(OutputSize = 11, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_1D_Out11_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        // a0342
        [Pool(OutputSizeH = 15, OutputSizeW = 1)]
        public static partial void MaxF64_2D_Out15x1_Nchw(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 15, OutputSizeW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF64_2D_Out15x1_Nhwc(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // a0348
        [Pool(Kind = PoolKind.Average, OutputSizeD = 1, OutputSizeH = 2, OutputSizeW = 2)]
        public static partial void AvgF32_3D_Out1x2x2_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeD = 1, OutputSizeH = 2, OutputSizeW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_3D_Out1x2x2_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0351
        [Pool(OutputSize = 17)]
        public static partial void MaxF32_1D_Out17_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(OutputSize = 17, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_1D_Out17_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        // a0354
        [Pool(Kind = PoolKind.Average, OutputSizeH = 2, OutputSizeW = 3)]
        public static partial void AvgF32_2D_Out2x3_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 2, OutputSizeW = 3, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_2D_Out2x3_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // a0366
        [Pool(Kind = PoolKind.Average, OutputSizeH = 1, OutputSizeW = 1)]
        public static partial void AvgF64_2D_Out1x1_Nchw(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 1, OutputSizeW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF64_2D_Out1x1_Nhwc(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // a0369
        [Pool(OutputSizeD = 1, OutputSizeH = 2, OutputSizeW = 1)]
        public static partial void MaxF32_3D_Out1x2x1_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(OutputSizeD = 1, OutputSizeH = 2, OutputSizeW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_3D_Out1x2x1_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        // a0384
        [Pool(Kind = PoolKind.Average, OutputSizeH = 3, OutputSizeW = 11)]
        public static partial void AvgF32_2D_Out3x11_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 3, OutputSizeW = 11, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_2D_Out3x11_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // a0396
        [Pool(Kind = PoolKind.Average, OutputSizeH = 1, OutputSizeW = 4)]
        public static partial void AvgF32_2D_Out1x4_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 1, OutputSizeW = 4, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_2D_Out1x4_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // a0486
        [Pool(OutputSizeH = 17, OutputSizeW = 2)]
        public static partial void MaxF32_2D_Out17x2_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 17, OutputSizeW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_2D_Out17x2_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        // a0492
        [Pool(OutputSizeD = 5, OutputSizeH = 4, OutputSizeW = 1)]
        public static partial void MaxF64_3D_Out5x4x1_Nchw(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(OutputSizeD = 5, OutputSizeH = 4, OutputSizeW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF64_3D_Out5x4x1_Nhwc(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        // a0498
        [Pool(OutputSizeD = 3, OutputSizeH = 3, OutputSizeW = 4)]
        public static partial void MaxF32_3D_Out3x3x4_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(OutputSizeD = 3, OutputSizeH = 3, OutputSizeW = 4, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_3D_Out3x3x4_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        // a0510
        [Pool(OutputSize = 14)]
        public static partial void MaxF32_1D_Out14_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(OutputSize = 14, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_1D_Out14_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        // a0513
        [Pool(OutputSizeH = 19, OutputSizeW = 3)]
        public static partial void MaxF32_2D_Out19x3_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 19, OutputSizeW = 3, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_2D_Out19x3_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        // a0516
        [Pool(OutputSizeH = 15, OutputSizeW = 2)]
        public static partial void MaxF64_2D_Out15x2_Nchw(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 15, OutputSizeW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF64_2D_Out15x2_Nhwc(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // a0531
        [Pool(OutputSizeH = 19, OutputSizeW = 6)]
        public static partial void MaxF32_2D_Out19x6_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 19, OutputSizeW = 6, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_2D_Out19x6_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        // a0555
        [Pool(Kind = PoolKind.Average, OutputSizeH = 4, OutputSizeW = 1)]
        public static partial void AvgF32_2D_Out4x1_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 4, OutputSizeW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_2D_Out4x1_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // a0561
        [Pool(Kind = PoolKind.Average, OutputSizeD = 3, OutputSizeH = 1, OutputSizeW = 1)]
        public static partial void AvgF32_3D_Out3x1x1_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeD = 3, OutputSizeH = 1, OutputSizeW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_3D_Out3x1x1_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0564
        [Pool(OutputSizeD = 2, OutputSizeH = 3, OutputSizeW = 1)]
        public static partial void MaxF32_3D_Out2x3x1_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(OutputSizeD = 2, OutputSizeH = 3, OutputSizeW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_3D_Out2x3x1_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        // a0573
        [Pool(Kind = PoolKind.Average, OutputSizeH = 2, OutputSizeW = 6)]
        public static partial void AvgF32_2D_Out2x6_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 2, OutputSizeW = 6, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF32_2D_Out2x6_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // a0576
        [Pool(OutputSizeH = 2, OutputSizeW = 23)]
        public static partial void MaxF32_2D_Out2x23_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(OutputSizeH = 2, OutputSizeW = 23, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF32_2D_Out2x23_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        // a0600
        [Pool(Kind = PoolKind.Average, OutputSize = 5)]
        public static partial void AvgF64_1D_Out5_Nchw(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, OutputSize = 5, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF64_1D_Out5_Nhwc(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int length);

        /// <summary>Every adaptive case id: its channels-first and its channels-last kernel, as <see cref="KernelCall{T}"/> of its element type.</summary>
        public static readonly Dictionary<string, (Delegate Nchw, Delegate Nhwc)> ByCaseId = new(StringComparer.Ordinal)
        {
            ["a0001"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out2x2_Nchw(i, o, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out2x2_Nhwc(i, o, b, c, s[0], s[1]))),
            ["a0002"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out2x2_Nchw(i, o, i64, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out2x2_Nhwc(i, o, i64, b, c, s[0], s[1]))),
            ["a0024"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out3x5x2_Nchw(i, o, i64, b, c, s[0], s[1], s[2])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out3x5x2_Nhwc(i, o, i64, b, c, s[0], s[1], s[2]))),
            ["a0060"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_3D_Out1x7x2_Nchw(i, o, b, c, s[0], s[1], s[2])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_3D_Out1x7x2_Nhwc(i, o, b, c, s[0], s[1], s[2]))),
            ["a0063"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out2x2x7_Nchw(i, o, i64, b, c, s[0], s[1], s[2])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out2x2x7_Nhwc(i, o, i64, b, c, s[0], s[1], s[2]))),
            ["a0066"] = ((KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_1D_Out5_Nchw(i, o, i64, b, c, s[0])), (KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_1D_Out5_Nhwc(i, o, i64, b, c, s[0]))),
            ["a0078"] = ((KernelCall<double>)((i, o, i32, i64, b, c, s) => AvgF64_3D_Out6x3x3_Nchw(i, o, b, c, s[0], s[1], s[2])), (KernelCall<double>)((i, o, i32, i64, b, c, s) => AvgF64_3D_Out6x3x3_Nhwc(i, o, b, c, s[0], s[1], s[2]))),
            ["a0105"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out6x5_Nchw(i, o, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out6x5_Nhwc(i, o, b, c, s[0], s[1]))),
            ["a0108"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_1D_Out1_Nchw(i, o, i64, b, c, s[0])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_1D_Out1_Nhwc(i, o, i64, b, c, s[0]))),
            ["a0111"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out6x1_Nchw(i, o, i64, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out6x1_Nhwc(i, o, i64, b, c, s[0], s[1]))),
            ["a0114"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out2x5x5_Nchw(i, o, i64, b, c, s[0], s[1], s[2])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out2x5x5_Nhwc(i, o, i64, b, c, s[0], s[1], s[2]))),
            ["a0132"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_3D_Out7x3x4_Nchw(i, o, b, c, s[0], s[1], s[2])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_3D_Out7x3x4_Nhwc(i, o, b, c, s[0], s[1], s[2]))),
            ["a0153"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out3x2_Nchw(i, o, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out3x2_Nhwc(i, o, b, c, s[0], s[1]))),
            ["a0174"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out5x1_Nchw(i, o, i64, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out5x1_Nhwc(i, o, i64, b, c, s[0], s[1]))),
            ["a0189"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_3D_Out3x2x1_Nchw(i, o, b, c, s[0], s[1], s[2])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_3D_Out3x2x1_Nhwc(i, o, b, c, s[0], s[1], s[2]))),
            ["a0192"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out3x1_Nchw(i, o, i64, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out3x1_Nhwc(i, o, i64, b, c, s[0], s[1]))),
            ["a0198"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out3x15_Nchw(i, o, i64, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out3x15_Nhwc(i, o, i64, b, c, s[0], s[1]))),
            ["a0204"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out7x4x2_Nchw(i, o, i64, b, c, s[0], s[1], s[2])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out7x4x2_Nhwc(i, o, i64, b, c, s[0], s[1], s[2]))),
            ["a0243"] = ((KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_2D_Out4x7_Nchw(i, o, i64, b, c, s[0], s[1])), (KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_2D_Out4x7_Nhwc(i, o, i64, b, c, s[0], s[1]))),
            ["a0255"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_3D_Out2x1x1_Nchw(i, o, b, c, s[0], s[1], s[2])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_3D_Out2x1x1_Nhwc(i, o, b, c, s[0], s[1], s[2]))),
            ["a0261"] = ((KernelCall<double>)((i, o, i32, i64, b, c, s) => AvgF64_2D_Out3x13_Nchw(i, o, b, c, s[0], s[1])), (KernelCall<double>)((i, o, i32, i64, b, c, s) => AvgF64_2D_Out3x13_Nhwc(i, o, b, c, s[0], s[1]))),
            ["a0273"] = ((KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_1D_Out16_Nchw(i, o, i64, b, c, s[0])), (KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_1D_Out16_Nhwc(i, o, i64, b, c, s[0]))),
            ["a0276"] = ((KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_1D_Out2_Nchw(i, o, i64, b, c, s[0])), (KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_1D_Out2_Nhwc(i, o, i64, b, c, s[0]))),
            ["a0297"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_1D_Out7_Nchw(i, o, b, c, s[0])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_1D_Out7_Nhwc(i, o, b, c, s[0]))),
            ["a0300"] = ((KernelCall<double>)((i, o, i32, i64, b, c, s) => AvgF64_1D_Out1_Nchw(i, o, b, c, s[0])), (KernelCall<double>)((i, o, i32, i64, b, c, s) => AvgF64_1D_Out1_Nhwc(i, o, b, c, s[0]))),
            ["a0324"] = ((KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_3D_Out6x8x5_Nchw(i, o, i64, b, c, s[0], s[1], s[2])), (KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_3D_Out6x8x5_Nhwc(i, o, i64, b, c, s[0], s[1], s[2]))),
            ["a0327"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_1D_Out15_Nchw(i, o, b, c, s[0])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_1D_Out15_Nhwc(i, o, b, c, s[0]))),
            ["a0336"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out10x20_Nchw(i, o, i64, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out10x20_Nhwc(i, o, i64, b, c, s[0], s[1]))),
            ["a0339"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_1D_Out11_Nchw(i, o, i64, b, c, s[0])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_1D_Out11_Nhwc(i, o, i64, b, c, s[0]))),
            ["a0342"] = ((KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_2D_Out15x1_Nchw(i, o, i64, b, c, s[0], s[1])), (KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_2D_Out15x1_Nhwc(i, o, i64, b, c, s[0], s[1]))),
            ["a0348"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_3D_Out1x2x2_Nchw(i, o, b, c, s[0], s[1], s[2])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_3D_Out1x2x2_Nhwc(i, o, b, c, s[0], s[1], s[2]))),
            ["a0351"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_1D_Out17_Nchw(i, o, i64, b, c, s[0])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_1D_Out17_Nhwc(i, o, i64, b, c, s[0]))),
            ["a0354"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out2x3_Nchw(i, o, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out2x3_Nhwc(i, o, b, c, s[0], s[1]))),
            ["a0366"] = ((KernelCall<double>)((i, o, i32, i64, b, c, s) => AvgF64_2D_Out1x1_Nchw(i, o, b, c, s[0], s[1])), (KernelCall<double>)((i, o, i32, i64, b, c, s) => AvgF64_2D_Out1x1_Nhwc(i, o, b, c, s[0], s[1]))),
            ["a0369"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out1x2x1_Nchw(i, o, i64, b, c, s[0], s[1], s[2])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out1x2x1_Nhwc(i, o, i64, b, c, s[0], s[1], s[2]))),
            ["a0384"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out3x11_Nchw(i, o, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out3x11_Nhwc(i, o, b, c, s[0], s[1]))),
            ["a0396"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out1x4_Nchw(i, o, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out1x4_Nhwc(i, o, b, c, s[0], s[1]))),
            ["a0486"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out17x2_Nchw(i, o, i64, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out17x2_Nhwc(i, o, i64, b, c, s[0], s[1]))),
            ["a0492"] = ((KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_3D_Out5x4x1_Nchw(i, o, i64, b, c, s[0], s[1], s[2])), (KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_3D_Out5x4x1_Nhwc(i, o, i64, b, c, s[0], s[1], s[2]))),
            ["a0498"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out3x3x4_Nchw(i, o, i64, b, c, s[0], s[1], s[2])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out3x3x4_Nhwc(i, o, i64, b, c, s[0], s[1], s[2]))),
            ["a0501"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out3x2_Nchw(i, o, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out3x2_Nhwc(i, o, b, c, s[0], s[1]))),
            ["a0510"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_1D_Out14_Nchw(i, o, i64, b, c, s[0])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_1D_Out14_Nhwc(i, o, i64, b, c, s[0]))),
            ["a0513"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out19x3_Nchw(i, o, i64, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out19x3_Nhwc(i, o, i64, b, c, s[0], s[1]))),
            ["a0516"] = ((KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_2D_Out15x2_Nchw(i, o, i64, b, c, s[0], s[1])), (KernelCall<double>)((i, o, i32, i64, b, c, s) => MaxF64_2D_Out15x2_Nhwc(i, o, i64, b, c, s[0], s[1]))),
            ["a0531"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out19x6_Nchw(i, o, i64, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out19x6_Nhwc(i, o, i64, b, c, s[0], s[1]))),
            ["a0555"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out4x1_Nchw(i, o, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out4x1_Nhwc(i, o, b, c, s[0], s[1]))),
            ["a0561"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_3D_Out3x1x1_Nchw(i, o, b, c, s[0], s[1], s[2])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_3D_Out3x1x1_Nhwc(i, o, b, c, s[0], s[1], s[2]))),
            ["a0564"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out2x3x1_Nchw(i, o, i64, b, c, s[0], s[1], s[2])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_3D_Out2x3x1_Nhwc(i, o, i64, b, c, s[0], s[1], s[2]))),
            ["a0573"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out2x6_Nchw(i, o, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => AvgF32_2D_Out2x6_Nhwc(i, o, b, c, s[0], s[1]))),
            ["a0576"] = ((KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out2x23_Nchw(i, o, i64, b, c, s[0], s[1])), (KernelCall<float>)((i, o, i32, i64, b, c, s) => MaxF32_2D_Out2x23_Nhwc(i, o, i64, b, c, s[0], s[1]))),
            ["a0600"] = ((KernelCall<double>)((i, o, i32, i64, b, c, s) => AvgF64_1D_Out5_Nchw(i, o, b, c, s[0])), (KernelCall<double>)((i, o, i32, i64, b, c, s) => AvgF64_1D_Out5_Nhwc(i, o, b, c, s[0]))),
        };
    }
}
