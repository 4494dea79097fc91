// Rendered by OperationOracleKernelSource.Render from Oracle/pytorch-pooling-ops.jsonl: do not edit by hand.
// OperationOracleKernelTests.OperationOracleKernelsFileIsUpToDate fails when this file differs from the rendering and
// writes OperationOracleKernels.received.cs beside it; review that file and copy it over this one to accept it.
using System;
using System.Collections.Generic;
using PoolGen;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// The 153 backward and unpooling cases of the libtorch ops oracle: one kernel per configuration (142) and layout.
    /// </summary>
    internal static partial class OperationOracleKernels
    {
        // a0003, a0165
        [Pool(SizeH = 2, SizeW = 2, StrideH = 2, StrideW = 2)]
        public static partial void MaxBackwardF32_2D_K2x2_S2x2_P0x0_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 2, StrideH = 2, StrideW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_2D_K2x2_S2x2_P0x0_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0004
        [Pool(Kind = PoolKind.Average, SizeH = 2, SizeW = 2, StrideH = 2, StrideW = 2)]
        public static partial void AvgBackwardF32_2D_K2x2_S2x2_P0x0_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 2, SizeW = 2, StrideH = 2, StrideW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_2D_K2x2_S2x2_P0x0_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0006
        [Pool(SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 3, StrideH = 3, StrideW = 3, DilationD = 3, DilationH = 3, DilationW = 3)]
        public static partial void MaxBackwardF32_3D_K1x1x1_S3x3x3_P0x0x0_D3x3x3_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 3, StrideH = 3, StrideW = 3, DilationD = 3, DilationH = 3, DilationW = 3, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K1x1x1_S3x3x3_P0x0x0_D3x3x3_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0009
        [Pool(SizeH = 2, SizeW = 2, StrideH = 1, StrideW = 1, PaddingH = 1)]
        public static partial void MaxBackwardF32_2D_K2x2_S1x1_P1x0_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 2, StrideH = 1, StrideW = 1, PaddingH = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_2D_K2x2_S1x1_P1x0_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0012
        [Pool(Size = 2, Stride = 4, Padding = 1)]
        public static partial void UnpoolF32_1D_K2_S4_P1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 2, Stride = 4, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_1D_K2_S4_P1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        // a0015
        [Pool(SizeH = 2, SizeW = 2, StrideH = 4, StrideW = 4)]
        public static partial void UnpoolF32_2D_K2x2_S4x4_P0x0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 2, StrideH = 4, StrideW = 4, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_2D_K2x2_S4x4_P0x0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        // a0018
        [Pool(Size = 3, Stride = 1, Padding = 1, Dilation = 2)]
        public static partial void MaxBackwardF32_1D_K3_S1_P1_D2_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 1, Padding = 1, Dilation = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_1D_K3_S1_P1_D2_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        // a0021
        [Pool(Kind = PoolKind.Average, SizeD = 4, SizeH = 4, SizeW = 4, StrideD = 4, StrideH = 4, StrideW = 4)]
        public static partial void AvgBackwardF32_3D_K4x4x4_S4x4x4_P0x0x0_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 4, SizeH = 4, SizeW = 4, StrideD = 4, StrideH = 4, StrideW = 4, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_3D_K4x4x4_S4x4x4_P0x0x0_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0027
        [Pool(Kind = PoolKind.Average, SizeH = 2, SizeW = 2, StrideH = 2, StrideW = 1, PaddingW = 1)]
        public static partial void AvgBackwardF64_2D_K2x2_S2x1_P0x1_Nchw(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 2, SizeW = 2, StrideH = 2, StrideW = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF64_2D_K2x2_S2x1_P0x1_Nhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int height, int width);

        // a0030
        [Pool(SizeD = 3, SizeH = 1, SizeW = 3, StrideD = 3, StrideH = 1, StrideW = 3, PaddingW = 1)]
        public static partial void UnpoolF32_3D_K3x1x3_S3x1x3_P0x0x1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 3, SizeH = 1, SizeW = 3, StrideD = 3, StrideH = 1, StrideW = 3, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_3D_K3x1x3_S3x1x3_P0x0x1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0033
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 3, Padding = 1, CeilMode = true)]
        public static partial void AvgBackwardF32_1D_K4_S3_P1_Ceil_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 3, Padding = 1, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_1D_K4_S3_P1_Ceil_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        // a0036
        [Pool(SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 4, StrideH = 4, StrideW = 4)]
        public static partial void MaxBackwardF32_3D_K1x1x1_S4x4x4_P0x0x0_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 4, StrideH = 4, StrideW = 4, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K1x1x1_S4x4x4_P0x0x0_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0039, a0156
        [Pool(SizeH = 1, SizeW = 1, StrideH = 2, StrideW = 2)]
        public static partial void UnpoolF32_2D_K1x1_S2x2_P0x0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 1, SizeW = 1, StrideH = 2, StrideW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_2D_K1x1_S2x2_P0x0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        // a0042
        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 4, StrideH = 2, StrideW = 2, PaddingH = 1, PaddingW = 1)]
        public static partial void AvgBackwardF32_2D_K4x4_S2x2_P1x1_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 4, StrideH = 2, StrideW = 2, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_2D_K4x4_S2x2_P1x1_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0045
        [Pool(SizeH = 2, SizeW = 3, StrideH = 1, StrideW = 2, PaddingH = 1)]
        public static partial void UnpoolF64_2D_K2x3_S1x2_P1x0_Nchw(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 3, StrideH = 1, StrideW = 2, PaddingH = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF64_2D_K2x3_S1x2_P1x0_Nhwc(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int height, int width);

        // a0048
        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 3, SizeW = 1, StrideD = 1, StrideH = 3, StrideW = 1, PaddingD = 1, PaddingH = 1, CeilMode = true)]
        public static partial void AvgBackwardF32_3D_K2x3x1_S1x3x1_P1x1x0_Ceil_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 3, SizeW = 1, StrideD = 1, StrideH = 3, StrideW = 1, PaddingD = 1, PaddingH = 1, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_3D_K2x3x1_S1x3x1_P1x1x0_Ceil_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0051
        [Pool(Size = 4, Stride = 4, Dilation = 2)]
        public static partial void MaxBackwardF64_1D_K4_S4_P0_D2_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int length);

        [Pool(Size = 4, Stride = 4, Dilation = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_1D_K4_S4_P0_D2_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int length);

        // a0054
        [Pool(Size = 1, Stride = 2, Dilation = 3)]
        public static partial void MaxBackwardF64_1D_K1_S2_P0_D3_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int length);

        [Pool(Size = 1, Stride = 2, Dilation = 3, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_1D_K1_S2_P0_D3_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int length);

        // a0057
        [Pool(SizeH = 4, SizeW = 2, StrideH = 1, StrideW = 1, PaddingW = 1)]
        public static partial void MaxBackwardF32_2D_K4x2_S1x1_P0x1_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 4, SizeW = 2, StrideH = 1, StrideW = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_2D_K4x2_S1x1_P0x1_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0069
        [Pool(SizeD = 4, SizeH = 2, SizeW = 2, StrideD = 3, StrideH = 1, StrideW = 1, PaddingH = 1, DilationW = 2, CeilMode = true)]
        public static partial void MaxBackwardF32_3D_K4x2x2_S3x1x1_P0x1x0_D1x1x2_Ceil_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 4, SizeH = 2, SizeW = 2, StrideD = 3, StrideH = 1, StrideW = 1, PaddingH = 1, DilationW = 2, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K4x2x2_S3x1x1_P0x1x0_D1x1x2_Ceil_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0072
        [Pool(SizeD = 4, SizeH = 4, SizeW = 4, StrideD = 4, StrideH = 4, StrideW = 4)]
        public static partial void UnpoolF32_3D_K4x4x4_S4x4x4_P0x0x0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 4, SizeH = 4, SizeW = 4, StrideD = 4, StrideH = 4, StrideW = 4, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_3D_K4x4x4_S4x4x4_P0x0x0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0075
        [Pool(Size = 3, Stride = 1, Padding = 1)]
        public static partial void MaxBackwardF32_1D_K3_S1_P1_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 1, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_1D_K3_S1_P1_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        // a0081
        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 2, StrideH = 2, StrideW = 2, PaddingD = 1, PaddingH = 1, PaddingW = 1)]
        public static partial void MaxBackwardF64_3D_K2x2x2_S2x2x2_P1x1x1_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 2, StrideH = 2, StrideW = 2, PaddingD = 1, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_3D_K2x2x2_S2x2x2_P1x1x1_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        // a0084
        [Pool(SizeH = 3, SizeW = 3, StrideH = 1, StrideW = 1, CeilMode = true)]
        public static partial void MaxBackwardF64_2D_K3x3_S1x1_P0x0_Ceil_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 3, StrideH = 1, StrideW = 1, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_2D_K3x3_S1x1_P0x0_Ceil_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int height, int width);

        // a0087
        [Pool(SizeH = 3, SizeW = 3, StrideH = 2, StrideW = 2, PaddingH = 1, PaddingW = 1, DilationH = 3, DilationW = 3)]
        public static partial void MaxBackwardF32_2D_K3x3_S2x2_P1x1_D3x3_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 3, StrideH = 2, StrideW = 2, PaddingH = 1, PaddingW = 1, DilationH = 3, DilationW = 3, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_2D_K3x3_S2x2_P1x1_D3x3_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0090, a0177
        [Pool(Size = 1, Stride = 1)]
        public static partial void UnpoolF32_1D_K1_S1_P0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 1, Stride = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_1D_K1_S1_P0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        // a0093
        [Pool(SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 1, StrideH = 2, StrideW = 1, PaddingD = 1, PaddingW = 1)]
        public static partial void MaxBackwardF32_3D_K2x3x2_S1x2x1_P1x0x1_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 1, StrideH = 2, StrideW = 1, PaddingD = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K2x3x2_S1x2x1_P1x0x1_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0096
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false)]
        public static partial void AvgBackwardF64_1D_K3_S1_P1_Exclude_Nchw(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF64_1D_K3_S1_P1_Exclude_Nhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int length);

        // a0099
        [Pool(Kind = PoolKind.Average, SizeH = 1, SizeW = 1, StrideH = 4, StrideW = 4, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackwardF32_2D_K1x1_S4x4_P0x0_Ceil_Exclude_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 1, SizeW = 1, StrideH = 4, StrideW = 4, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_2D_K1x1_S4x4_P0x0_Ceil_Exclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0102
        [Pool(SizeH = 2, SizeW = 4, StrideH = 3, StrideW = 4, PaddingH = 1, PaddingW = 1)]
        public static partial void UnpoolF64_2D_K2x4_S3x4_P1x1_Nchw(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 4, StrideH = 3, StrideW = 4, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF64_2D_K2x4_S3x4_P1x1_Nhwc(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int height, int width);

        // a0117
        [Pool(SizeH = 2, SizeW = 2, StrideH = 1, StrideW = 1, PaddingH = 1, PaddingW = 1)]
        public static partial void UnpoolF64_2D_K2x2_S1x1_P1x1_Nchw(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 2, StrideH = 1, StrideW = 1, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF64_2D_K2x2_S1x1_P1x1_Nhwc(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int height, int width);

        // a0120
        [Pool(Size = 3, Stride = 3)]
        public static partial void UnpoolF32_1D_K3_S3_P0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 3, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_1D_K3_S3_P0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        // a0123, a0474
        [Pool(Size = 1, Stride = 3)]
        public static partial void UnpoolF32_1D_K1_S3_P0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 1, Stride = 3, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_1D_K1_S3_P0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        // a0126
        [Pool(SizeH = 3, SizeW = 4, StrideH = 4, StrideW = 4, PaddingH = 1)]
        public static partial void MaxBackwardF32_2D_K3x4_S4x4_P1x0_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 4, StrideH = 4, StrideW = 4, PaddingH = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_2D_K3x4_S4x4_P1x0_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0129
        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1, PaddingW = 1)]
        public static partial void MaxBackwardF32_3D_K2x2x2_S1x1x1_P1x1x1_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K2x2x2_S1x1x1_P1x1x1_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0135
        [Pool(SizeH = 4, SizeW = 2, StrideH = 2, StrideW = 3)]
        public static partial void MaxBackwardF32_2D_K4x2_S2x3_P0x0_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 4, SizeW = 2, StrideH = 2, StrideW = 3, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_2D_K4x2_S2x3_P0x0_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0138
        [Pool(Size = 2, Stride = 3, Padding = 1)]
        public static partial void UnpoolF32_1D_K2_S3_P1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 2, Stride = 3, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_1D_K2_S3_P1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        // a0141
        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 3, StrideH = 3, StrideW = 3, PaddingD = 1, PaddingH = 1, PaddingW = 1)]
        public static partial void UnpoolF32_3D_K2x2x2_S3x3x3_P1x1x1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 3, StrideH = 3, StrideW = 3, PaddingD = 1, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_3D_K2x2x2_S3x3x3_P1x1x1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0144
        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, CeilMode = true, CountIncludePad = false, DivisorOverride = 18)]
        public static partial void AvgBackwardF32_3D_K2x2x2_S1x1x1_P0x0x0_Ceil_Exclude_Div18_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, CeilMode = true, CountIncludePad = false, DivisorOverride = 18, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_3D_K2x2x2_S1x1x1_P0x0x0_Ceil_Exclude_Div18_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0147
        [Pool(SizeD = 3, SizeH = 2, SizeW = 2, StrideD = 2, StrideH = 1, StrideW = 1, PaddingD = 1)]
        public static partial void MaxBackwardF32_3D_K3x2x2_S2x1x1_P1x0x0_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 3, SizeH = 2, SizeW = 2, StrideD = 2, StrideH = 1, StrideW = 1, PaddingD = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K3x2x2_S2x1x1_P1x0x0_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0150, a0222
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1)]
        public static partial void AvgBackwardF32_1D_K3_S1_P0_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_1D_K3_S1_P0_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        // a0159, a0225
        [Pool(Kind = PoolKind.Average, SizeH = 3, SizeW = 3, StrideH = 1, StrideW = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackwardF32_2D_K3x3_S1x1_P0x0_Ceil_Exclude_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 3, SizeW = 3, StrideH = 1, StrideW = 1, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_2D_K3x3_S1x1_P0x0_Ceil_Exclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0162
        [Pool(Size = 3, Stride = 3, Padding = 1)]
        public static partial void UnpoolF64_1D_K3_S3_P1_Nchw(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 3, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF64_1D_K3_S3_P1_Nhwc(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int length);

        // a0168
        [Pool(SizeH = 1, SizeW = 1, StrideH = 2, StrideW = 2)]
        public static partial void MaxBackwardF32_2D_K1x1_S2x2_P0x0_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 1, SizeW = 1, StrideH = 2, StrideW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_2D_K1x1_S2x2_P0x0_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0171
        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 2, StrideH = 3, StrideW = 2, PaddingH = 1, PaddingW = 1, CeilMode = true)]
        public static partial void AvgBackwardF32_2D_K4x2_S3x2_P1x1_Ceil_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 2, StrideH = 3, StrideW = 2, PaddingH = 1, PaddingW = 1, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_2D_K4x2_S3x2_P1x1_Ceil_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0180
        [Pool(Kind = PoolKind.Average, SizeD = 4, SizeH = 4, SizeW = 4, StrideD = 3, StrideH = 3, StrideW = 3, PaddingD = 1, PaddingH = 1, PaddingW = 1)]
        public static partial void AvgBackwardF32_3D_K4x4x4_S3x3x3_P1x1x1_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 4, SizeH = 4, SizeW = 4, StrideD = 3, StrideH = 3, StrideW = 3, PaddingD = 1, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_3D_K4x4x4_S3x3x3_P1x1x1_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0183
        [Pool(SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 3, StrideH = 3, StrideW = 3)]
        public static partial void MaxBackwardF32_3D_K1x1x1_S3x3x3_P0x0x0_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 3, StrideH = 3, StrideW = 3, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K1x1x1_S3x3x3_P0x0x0_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0186
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 4, Padding = 2)]
        public static partial void AvgBackwardF32_1D_K4_S4_P2_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 4, Padding = 2, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_1D_K4_S4_P2_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        // a0195
        [Pool(SizeD = 4, SizeH = 1, SizeW = 4, StrideD = 4, StrideH = 1, StrideW = 4, PaddingD = 2, PaddingW = 1)]
        public static partial void UnpoolF32_3D_K4x1x4_S4x1x4_P2x0x1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 4, SizeH = 1, SizeW = 4, StrideD = 4, StrideH = 1, StrideW = 4, PaddingD = 2, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_3D_K4x1x4_S4x1x4_P2x0x1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0201, a0216
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false)]
        public static partial void AvgBackwardF32_1D_K3_S1_P1_Exclude_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_1D_K3_S1_P1_Exclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        // a0207
        [Pool(Kind = PoolKind.Average, SizeH = 1, SizeW = 2, StrideH = 2, StrideW = 4, CountIncludePad = false)]
        public static partial void AvgBackwardF32_2D_K1x2_S2x4_P0x0_Exclude_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 1, SizeW = 2, StrideH = 2, StrideW = 4, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_2D_K1x2_S2x4_P0x0_Exclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0210
        [Pool(SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 2, StrideH = 2, StrideW = 2, DilationD = 3, DilationH = 3, DilationW = 3)]
        public static partial void MaxBackwardF32_3D_K1x1x1_S2x2x2_P0x0x0_D3x3x3_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 2, StrideH = 2, StrideW = 2, DilationD = 3, DilationH = 3, DilationW = 3, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K1x1x1_S2x2x2_P0x0x0_D3x3x3_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0213
        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 3, SizeW = 4, StrideD = 4, StrideH = 4, StrideW = 3, PaddingH = 1, CountIncludePad = false)]
        public static partial void AvgBackwardF64_3D_K1x3x4_S4x4x3_P0x1x0_Exclude_Nchw(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 3, SizeW = 4, StrideD = 4, StrideH = 4, StrideW = 3, PaddingH = 1, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF64_3D_K1x3x4_S4x4x3_P0x1x0_Exclude_Nhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        // a0219
        [Pool(SizeH = 2, SizeW = 4, StrideH = 1, StrideW = 2, PaddingW = 1)]
        public static partial void UnpoolF32_2D_K2x4_S1x2_P0x1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 4, StrideH = 1, StrideW = 2, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_2D_K2x4_S1x2_P0x1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        // a0228
        [Pool(Size = 2, Stride = 2)]
        public static partial void MaxBackwardF32_1D_K2_S2_P0_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 2, Stride = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_1D_K2_S2_P0_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        // a0231
        [Pool(Size = 3, Stride = 1, Dilation = 2)]
        public static partial void MaxBackwardF32_1D_K3_S1_P0_D2_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 1, Dilation = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_1D_K3_S1_P0_D2_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        // a0234
        [Pool(Kind = PoolKind.Average, SizeD = 4, SizeH = 2, SizeW = 1, StrideD = 1, StrideH = 4, StrideW = 1, PaddingH = 1)]
        public static partial void AvgBackwardF32_3D_K4x2x1_S1x4x1_P0x1x0_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 4, SizeH = 2, SizeW = 1, StrideD = 1, StrideH = 4, StrideW = 1, PaddingH = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_3D_K4x2x1_S1x4x1_P0x1x0_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0237
        [Pool(Size = 4, Stride = 1)]
        public static partial void UnpoolF64_1D_K4_S1_P0_Nchw(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int length);

        [Pool(Size = 4, Stride = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF64_1D_K4_S1_P0_Nhwc(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int length);

        // a0240
        [Pool(SizeH = 4, SizeW = 4, StrideH = 4, StrideW = 4)]
        public static partial void UnpoolF32_2D_K4x4_S4x4_P0x0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 4, SizeW = 4, StrideH = 4, StrideW = 4, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_2D_K4x4_S4x4_P0x0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        // a0246
        [Pool(SizeH = 3, SizeW = 3, StrideH = 3, StrideW = 3)]
        public static partial void UnpoolF32_2D_K3x3_S3x3_P0x0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 3, StrideH = 3, StrideW = 3, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_2D_K3x3_S3x3_P0x0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        // a0249, a0543
        [Pool(Size = 2, Stride = 1, Padding = 1)]
        public static partial void MaxBackwardF32_1D_K2_S1_P1_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 2, Stride = 1, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_1D_K2_S1_P1_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        // a0252
        [Pool(SizeH = 3, SizeW = 3, StrideH = 2, StrideW = 2, CeilMode = true)]
        public static partial void MaxBackwardF32_2D_K3x3_S2x2_P0x0_Ceil_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 3, StrideH = 2, StrideW = 2, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_2D_K3x3_S2x2_P0x0_Ceil_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0258
        [Pool(SizeH = 4, SizeW = 4, StrideH = 2, StrideW = 2, PaddingH = 2, PaddingW = 2)]
        public static partial void UnpoolF64_2D_K4x4_S2x2_P2x2_Nchw(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 4, SizeW = 4, StrideH = 2, StrideW = 2, PaddingH = 2, PaddingW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF64_2D_K4x4_S2x2_P2x2_Nhwc(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int height, int width);

        // a0264
        [Pool(SizeD = 4, SizeH = 4, SizeW = 4, StrideD = 4, StrideH = 4, StrideW = 4, PaddingD = 1, PaddingH = 1, PaddingW = 1)]
        public static partial void UnpoolF32_3D_K4x4x4_S4x4x4_P1x1x1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 4, SizeH = 4, SizeW = 4, StrideD = 4, StrideH = 4, StrideW = 4, PaddingD = 1, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_3D_K4x4x4_S4x4x4_P1x1x1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0267
        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 2, StrideH = 3, StrideW = 1, PaddingW = 1)]
        public static partial void AvgBackwardF64_2D_K4x2_S3x1_P0x1_Nchw(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 2, StrideH = 3, StrideW = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF64_2D_K4x2_S3x1_P0x1_Nhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int height, int width);

        // a0270
        [Pool(Size = 3, Stride = 2, Padding = 1, Dilation = 2)]
        public static partial void MaxBackwardF32_1D_K3_S2_P1_D2_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Dilation = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_1D_K3_S2_P1_D2_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        // a0279
        [Pool(SizeD = 3, SizeH = 2, SizeW = 4, StrideD = 1, StrideH = 1, StrideW = 1, PaddingH = 1, PaddingW = 1)]
        public static partial void UnpoolF32_3D_K3x2x4_S1x1x1_P0x1x1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 3, SizeH = 2, SizeW = 4, StrideD = 1, StrideH = 1, StrideW = 1, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_3D_K3x2x4_S1x1x1_P0x1x1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0282
        [Pool(Size = 1, Stride = 4, Dilation = 2)]
        public static partial void MaxBackwardF32_1D_K1_S4_P0_D2_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 1, Stride = 4, Dilation = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_1D_K1_S4_P0_D2_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        // a0285
        [Pool(Size = 2, Stride = 1)]
        public static partial void MaxBackwardF32_1D_K2_S1_P0_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 2, Stride = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_1D_K2_S1_P0_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        // a0288
        [Pool(Size = 1, Stride = 2)]
        public static partial void UnpoolF32_1D_K1_S2_P0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 1, Stride = 2, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_1D_K1_S2_P0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        // a0291
        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 4, SizeW = 3, StrideD = 1, StrideH = 3, StrideW = 4, CeilMode = true, CountIncludePad = false, DivisorOverride = 38)]
        public static partial void AvgBackwardF64_3D_K2x4x3_S1x3x4_P0x0x0_Ceil_Exclude_Div38_Nchw(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 4, SizeW = 3, StrideD = 1, StrideH = 3, StrideW = 4, CeilMode = true, CountIncludePad = false, DivisorOverride = 38, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF64_3D_K2x4x3_S1x3x4_P0x0x0_Ceil_Exclude_Div38_Nhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        // a0294
        [Pool(Kind = PoolKind.Average, SizeD = 3, SizeH = 3, SizeW = 3, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1, PaddingW = 1, CeilMode = true)]
        public static partial void AvgBackwardF32_3D_K3x3x3_S1x1x1_P1x1x1_Ceil_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 3, SizeH = 3, SizeW = 3, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1, PaddingW = 1, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_3D_K3x3x3_S1x1x1_P1x1x1_Ceil_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0303
        [Pool(SizeD = 3, SizeH = 3, SizeW = 3, StrideD = 2, StrideH = 2, StrideW = 2)]
        public static partial void UnpoolF32_3D_K3x3x3_S2x2x2_P0x0x0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 3, SizeH = 3, SizeW = 3, StrideD = 2, StrideH = 2, StrideW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_3D_K3x3x3_S2x2x2_P0x0x0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0306
        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 4, SizeW = 1, StrideD = 1, StrideH = 2, StrideW = 2, PaddingD = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackwardF32_3D_K2x4x1_S1x2x2_P1x0x0_Ceil_Exclude_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 4, SizeW = 1, StrideD = 1, StrideH = 2, StrideW = 2, PaddingD = 1, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_3D_K2x4x1_S1x2x2_P1x0x0_Ceil_Exclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0309
        [Pool(SizeD = 3, SizeH = 3, SizeW = 3, StrideD = 3, StrideH = 3, StrideW = 3, PaddingD = 1, PaddingH = 1, PaddingW = 1)]
        public static partial void UnpoolF32_3D_K3x3x3_S3x3x3_P1x1x1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 3, SizeH = 3, SizeW = 3, StrideD = 3, StrideH = 3, StrideW = 3, PaddingD = 1, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_3D_K3x3x3_S3x3x3_P1x1x1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0312
        [Pool(SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 4, StrideH = 4, StrideW = 4, CeilMode = true)]
        public static partial void MaxBackwardF32_3D_K1x1x1_S4x4x4_P0x0x0_Ceil_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 4, StrideH = 4, StrideW = 4, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K1x1x1_S4x4x4_P0x0x0_Ceil_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0315
        [Pool(SizeD = 4, SizeH = 3, SizeW = 2, StrideD = 4, StrideH = 4, StrideW = 2, PaddingD = 2)]
        public static partial void UnpoolF64_3D_K4x3x2_S4x4x2_P2x0x0_Nchw(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 4, SizeH = 3, SizeW = 2, StrideD = 4, StrideH = 4, StrideW = 2, PaddingD = 2, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF64_3D_K4x3x2_S4x4x2_P2x0x0_Nhwc(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int depth, int height, int width);

        // a0318
        [Pool(Size = 2, Stride = 1, Padding = 1, CeilMode = true)]
        public static partial void MaxBackwardF64_1D_K2_S1_P1_Ceil_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int length);

        [Pool(Size = 2, Stride = 1, Padding = 1, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_1D_K2_S1_P1_Ceil_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int length);

        // a0321
        [Pool(Kind = PoolKind.Average, SizeH = 3, SizeW = 3, StrideH = 1, StrideW = 1, PaddingH = 1, PaddingW = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackwardF32_2D_K3x3_S1x1_P1x1_Ceil_Exclude_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 3, SizeW = 3, StrideH = 1, StrideW = 1, PaddingH = 1, PaddingW = 1, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_2D_K3x3_S1x1_P1x1_Ceil_Exclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0330
        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 4, StrideH = 4, StrideW = 4)]
        public static partial void UnpoolF32_3D_K2x2x2_S4x4x4_P0x0x0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 4, StrideH = 4, StrideW = 4, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_3D_K2x2x2_S4x4x4_P0x0x0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0333
        [Pool(Kind = PoolKind.Average, SizeD = 3, SizeH = 4, SizeW = 4, StrideD = 2, StrideH = 3, StrideW = 3, PaddingD = 1)]
        public static partial void AvgBackwardF32_3D_K3x4x4_S2x3x3_P1x0x0_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 3, SizeH = 4, SizeW = 4, StrideD = 2, StrideH = 3, StrideW = 3, PaddingD = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_3D_K3x4x4_S2x3x3_P1x0x0_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0345
        [Pool(SizeD = 3, SizeH = 2, SizeW = 4, StrideD = 3, StrideH = 3, StrideW = 4, PaddingH = 1, PaddingW = 1)]
        public static partial void UnpoolF64_3D_K3x2x4_S3x3x4_P0x1x1_Nchw(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 3, SizeH = 2, SizeW = 4, StrideD = 3, StrideH = 3, StrideW = 4, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF64_3D_K3x2x4_S3x3x4_P0x1x1_Nhwc(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int depth, int height, int width);

        // a0357, a0597
        [Pool(Size = 4, Stride = 4, Padding = 2)]
        public static partial void UnpoolF32_1D_K4_S4_P2_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 4, Stride = 4, Padding = 2, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_1D_K4_S4_P2_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        // a0360
        [Pool(SizeH = 3, SizeW = 3, StrideH = 1, StrideW = 1, DilationH = 2, DilationW = 2, CeilMode = true)]
        public static partial void MaxBackwardF64_2D_K3x3_S1x1_P0x0_D2x2_Ceil_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 3, StrideH = 1, StrideW = 1, DilationH = 2, DilationW = 2, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_2D_K3x3_S1x1_P0x0_D2x2_Ceil_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int height, int width);

        // a0363
        [Pool(Size = 4, Stride = 3, Padding = 2, Dilation = 2)]
        public static partial void MaxBackwardF32_1D_K4_S3_P2_D2_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 4, Stride = 3, Padding = 2, Dilation = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_1D_K4_S3_P2_D2_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        // a0372
        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 2, StrideH = 3, StrideW = 1, PaddingH = 1)]
        public static partial void AvgBackwardF32_3D_K2x3x2_S2x3x1_P0x1x0_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 2, StrideH = 3, StrideW = 1, PaddingH = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_3D_K2x3x2_S2x3x1_P0x1x0_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0375
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1)]
        public static partial void AvgBackwardF32_1D_K3_S2_P1_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_1D_K3_S2_P1_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        // a0378
        [Pool(SizeD = 2, SizeH = 2, SizeW = 1, StrideD = 2, StrideH = 1, StrideW = 2, PaddingH = 1)]
        public static partial void MaxBackwardF64_3D_K2x2x1_S2x1x2_P0x1x0_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 2, SizeW = 1, StrideD = 2, StrideH = 1, StrideW = 2, PaddingH = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_3D_K2x2x1_S2x1x2_P0x1x0_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        // a0381, a0393
        [Pool(Size = 3, Stride = 1, Padding = 1)]
        public static partial void UnpoolF32_1D_K3_S1_P1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 1, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_1D_K3_S1_P1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        // a0387
        [Pool(SizeD = 3, SizeH = 2, SizeW = 2, StrideD = 2, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingW = 1)]
        public static partial void UnpoolF32_3D_K3x2x2_S2x1x1_P1x0x1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 3, SizeH = 2, SizeW = 2, StrideD = 2, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_3D_K3x2x2_S2x1x1_P1x0x1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0390
        [Pool(SizeH = 1, SizeW = 1, StrideH = 3, StrideW = 3)]
        public static partial void MaxBackwardF64_2D_K1x1_S3x3_P0x0_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 1, SizeW = 1, StrideH = 3, StrideW = 3, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_2D_K1x1_S3x3_P0x0_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int height, int width);

        // a0399
        [Pool(Size = 4, Stride = 4)]
        public static partial void MaxBackwardF32_1D_K4_S4_P0_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 4, Stride = 4, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_1D_K4_S4_P0_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        // a0402
        [Pool(Size = 3, Stride = 2, Padding = 1, Dilation = 2)]
        public static partial void MaxBackwardF64_1D_K3_S2_P1_D2_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Dilation = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_1D_K3_S2_P1_D2_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int length);

        // a0405
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CountIncludePad = false)]
        public static partial void AvgBackwardF64_1D_K3_S2_P1_Exclude_Nchw(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF64_1D_K3_S2_P1_Exclude_Nhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int length);

        // a0408
        [Pool(SizeH = 3, SizeW = 3, StrideH = 4, StrideW = 4, PaddingH = 1, PaddingW = 1)]
        public static partial void UnpoolF32_2D_K3x3_S4x4_P1x1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 3, StrideH = 4, StrideW = 4, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_2D_K3x3_S4x4_P1x1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        // a0411
        [Pool(SizeD = 4, SizeH = 4, SizeW = 4, StrideD = 4, StrideH = 4, StrideW = 4, PaddingD = 2, PaddingH = 2)]
        public static partial void UnpoolF32_3D_K4x4x4_S4x4x4_P2x2x0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 4, SizeH = 4, SizeW = 4, StrideD = 4, StrideH = 4, StrideW = 4, PaddingD = 2, PaddingH = 2, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_3D_K4x4x4_S4x4x4_P2x2x0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0414
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 1, Padding = 1, CountIncludePad = false)]
        public static partial void AvgBackwardF64_1D_K2_S1_P1_Exclude_Nchw(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 1, Padding = 1, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF64_1D_K2_S1_P1_Exclude_Nhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int length);

        // a0417
        [Pool(Kind = PoolKind.Average, SizeH = 1, SizeW = 3, StrideH = 2, StrideW = 4, PaddingW = 1)]
        public static partial void AvgBackwardF32_2D_K1x3_S2x4_P0x1_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 1, SizeW = 3, StrideH = 2, StrideW = 4, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_2D_K1x3_S2x4_P0x1_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0420
        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 2, StrideH = 2, StrideW = 2, CeilMode = true)]
        public static partial void MaxBackwardF32_3D_K2x2x2_S2x2x2_P0x0x0_Ceil_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 2, StrideH = 2, StrideW = 2, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K2x2x2_S2x2x2_P0x0x0_Ceil_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0423
        [Pool(SizeH = 4, SizeW = 3, StrideH = 3, StrideW = 2, PaddingH = 2)]
        public static partial void MaxBackwardF32_2D_K4x3_S3x2_P2x0_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 4, SizeW = 3, StrideH = 3, StrideW = 2, PaddingH = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_2D_K4x3_S3x2_P2x0_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0426
        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 4, StrideH = 3, StrideW = 3, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackwardF64_2D_K4x4_S3x3_P0x0_Ceil_Exclude_Nchw(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 4, StrideH = 3, StrideW = 3, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF64_2D_K4x4_S3x3_P0x0_Ceil_Exclude_Nhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int height, int width);

        // a0429
        [Pool(SizeH = 4, SizeW = 4, StrideH = 4, StrideW = 4, PaddingH = 1)]
        public static partial void UnpoolF64_2D_K4x4_S4x4_P1x0_Nchw(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 4, SizeW = 4, StrideH = 4, StrideW = 4, PaddingH = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF64_2D_K4x4_S4x4_P1x0_Nhwc(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int height, int width);

        // a0432
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 4, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackwardF32_1D_K1_S4_P0_Ceil_Exclude_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 4, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_1D_K1_S4_P0_Ceil_Exclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        // a0435
        [Pool(Size = 3, Stride = 3, Padding = 1)]
        public static partial void UnpoolF32_1D_K3_S3_P1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 3, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_1D_K3_S3_P1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        // a0438
        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 3, StrideH = 3, StrideW = 3, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackwardF64_3D_K1x1x1_S3x3x3_P0x0x0_Ceil_Exclude_Nchw(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 3, StrideH = 3, StrideW = 3, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF64_3D_K1x1x1_S3x3x3_P0x0x0_Ceil_Exclude_Nhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        // a0441
        [Pool(Kind = PoolKind.Average, SizeH = 3, SizeW = 4, StrideH = 4, StrideW = 3, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackwardF32_2D_K3x4_S4x3_P0x0_Ceil_Exclude_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 3, SizeW = 4, StrideH = 4, StrideW = 3, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_2D_K3x4_S4x3_P0x0_Ceil_Exclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0444
        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 3, StrideH = 3, StrideW = 3, CeilMode = true, DivisorOverride = 1)]
        public static partial void AvgBackwardF64_3D_K1x1x1_S3x3x3_P0x0x0_Ceil_Div1_Nchw(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 3, StrideH = 3, StrideW = 3, CeilMode = true, DivisorOverride = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF64_3D_K1x1x1_S3x3x3_P0x0x0_Ceil_Div1_Nhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        // a0447
        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1, PaddingW = 1)]
        public static partial void MaxBackwardF64_3D_K2x2x2_S1x1x1_P1x1x1_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_3D_K2x2x2_S1x1x1_P1x1x1_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        // a0450
        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 3, StrideH = 3, StrideW = 1, PaddingH = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackwardF64_2D_K4x3_S3x1_P1x0_Ceil_Exclude_Nchw(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 3, StrideH = 3, StrideW = 1, PaddingH = 1, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF64_2D_K4x3_S3x1_P1x0_Ceil_Exclude_Nhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int height, int width);

        // a0453
        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxBackwardF32_1D_K3_S2_P1_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_1D_K3_S2_P1_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        // a0456
        [Pool(SizeD = 1, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 4, StrideW = 3, PaddingH = 1)]
        public static partial void UnpoolF32_3D_K1x2x2_S1x4x3_P0x1x0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 1, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 4, StrideW = 3, PaddingH = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_3D_K1x2x2_S1x4x3_P0x1x0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        // a0459
        [Pool(SizeD = 3, SizeH = 4, SizeW = 3, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 2, PaddingW = 1, DilationD = 2)]
        public static partial void MaxBackwardF32_3D_K3x4x3_S1x1x1_P1x2x1_D2x1x1_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 3, SizeH = 4, SizeW = 3, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 2, PaddingW = 1, DilationD = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K3x4x3_S1x1x1_P1x2x1_D2x1x1_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0462
        [Pool(Kind = PoolKind.Average, SizeD = 4, SizeH = 3, SizeW = 3, StrideD = 3, StrideH = 1, StrideW = 1, PaddingH = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackwardF32_3D_K4x3x3_S3x1x1_P0x1x0_Ceil_Exclude_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 4, SizeH = 3, SizeW = 3, StrideD = 3, StrideH = 1, StrideW = 1, PaddingH = 1, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_3D_K4x3x3_S3x1x1_P0x1x0_Ceil_Exclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0465
        [Pool(SizeH = 2, SizeW = 2, StrideH = 1, StrideW = 1, PaddingH = 1, PaddingW = 1)]
        public static partial void MaxBackwardF32_2D_K2x2_S1x1_P1x1_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 2, StrideH = 1, StrideW = 1, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_2D_K2x2_S1x1_P1x1_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0468
        [Pool(SizeH = 2, SizeW = 3, StrideH = 2, StrideW = 3, PaddingW = 1)]
        public static partial void UnpoolF32_2D_K2x3_S2x3_P0x1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 3, StrideH = 2, StrideW = 3, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_2D_K2x3_S2x3_P0x1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        // a0471
        [Pool(SizeH = 4, SizeW = 3, StrideH = 4, StrideW = 4, PaddingH = 1)]
        public static partial void UnpoolF32_2D_K4x3_S4x4_P1x0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 4, SizeW = 3, StrideH = 4, StrideW = 4, PaddingH = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_2D_K4x3_S4x4_P1x0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        // a0477, a0588
        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 4, StrideH = 3, StrideW = 3, PaddingH = 1, PaddingW = 1)]
        public static partial void AvgBackwardF32_2D_K4x4_S3x3_P1x1_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 4, StrideH = 3, StrideW = 3, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_2D_K4x4_S3x3_P1x1_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0480
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 3)]
        public static partial void AvgBackwardF64_1D_K3_S3_P0_Nchw(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 3, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF64_1D_K3_S3_P0_Nhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int length);

        // a0483
        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 1, SizeW = 3, StrideD = 2, StrideH = 4, StrideW = 2, CountIncludePad = false)]
        public static partial void AvgBackwardF32_3D_K1x1x3_S2x4x2_P0x0x0_Exclude_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 1, SizeW = 3, StrideD = 2, StrideH = 4, StrideW = 2, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_3D_K1x1x3_S2x4x2_P0x0x0_Exclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0489
        [Pool(SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 1, StrideH = 2, StrideW = 1, PaddingD = 1, DilationD = 2, DilationH = 3, DilationW = 2)]
        public static partial void MaxBackwardF32_3D_K2x3x2_S1x2x1_P1x0x0_D2x3x2_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 1, StrideH = 2, StrideW = 1, PaddingD = 1, DilationD = 2, DilationH = 3, DilationW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K2x3x2_S1x2x1_P1x0x0_D2x3x2_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0495
        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 3, StrideH = 3, StrideW = 2, PaddingH = 2, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackwardF32_2D_K4x3_S3x2_P2x0_Ceil_Exclude_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 3, StrideH = 3, StrideW = 2, PaddingH = 2, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_2D_K4x3_S3x2_P2x0_Ceil_Exclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0504
        [Pool(SizeH = 2, SizeW = 4, StrideH = 1, StrideW = 2, PaddingW = 2)]
        public static partial void MaxBackwardF32_2D_K2x4_S1x2_P0x2_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 4, StrideH = 1, StrideW = 2, PaddingW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_2D_K2x4_S1x2_P0x2_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0507
        [Pool(SizeH = 2, SizeW = 1, StrideH = 4, StrideW = 4)]
        public static partial void UnpoolF32_2D_K2x1_S4x4_P0x0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 1, StrideH = 4, StrideW = 4, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_2D_K2x1_S4x4_P0x0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        // a0519
        [Pool(SizeH = 3, SizeW = 2, StrideH = 2, StrideW = 1, PaddingH = 1, PaddingW = 1, CeilMode = true)]
        public static partial void MaxBackwardF64_2D_K3x2_S2x1_P1x1_Ceil_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 2, StrideH = 2, StrideW = 1, PaddingH = 1, PaddingW = 1, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_2D_K3x2_S2x1_P1x1_Ceil_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int height, int width);

        // a0522
        [Pool(SizeD = 2, SizeH = 2, SizeW = 3, StrideD = 4, StrideH = 3, StrideW = 3, PaddingD = 1)]
        public static partial void UnpoolF64_3D_K2x2x3_S4x3x3_P1x0x0_Nchw(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 2, SizeW = 3, StrideD = 4, StrideH = 3, StrideW = 3, PaddingD = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF64_3D_K2x2x3_S4x3x3_P1x0x0_Nhwc(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int depth, int height, int width);

        // a0525
        [Pool(Size = 4, Stride = 4, Padding = 1)]
        public static partial void UnpoolF32_1D_K4_S4_P1_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 4, Stride = 4, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_1D_K4_S4_P1_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        // a0528
        [Pool(Kind = PoolKind.Average, SizeH = 2, SizeW = 3, StrideH = 1, StrideW = 2, PaddingH = 1)]
        public static partial void AvgBackwardF32_2D_K2x3_S1x2_P1x0_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 2, SizeW = 3, StrideH = 1, StrideW = 2, PaddingH = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_2D_K2x3_S1x2_P1x0_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0534
        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1, PaddingW = 1, DilationD = 2, DilationH = 2, DilationW = 2)]
        public static partial void MaxBackwardF32_3D_K2x2x2_S1x1x1_P1x1x1_D2x2x2_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1, PaddingW = 1, DilationD = 2, DilationH = 2, DilationW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K2x2x2_S1x1x1_P1x1x1_D2x2x2_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0537
        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 3, StrideH = 1, StrideW = 1, PaddingH = 1, PaddingW = 1, CountIncludePad = false)]
        public static partial void AvgBackwardF32_2D_K4x3_S1x1_P1x1_Exclude_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 3, StrideH = 1, StrideW = 1, PaddingH = 1, PaddingW = 1, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_2D_K4x3_S1x1_P1x1_Exclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // a0540
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 3, CeilMode = true)]
        public static partial void AvgBackwardF32_1D_K2_S3_P0_Ceil_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 3, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_1D_K2_S3_P0_Ceil_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        // a0546
        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1, PaddingW = 1)]
        public static partial void AvgBackwardF32_3D_K2x2x2_S1x1x1_P1x1x1_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_3D_K2x2x2_S1x1x1_P1x1x1_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0549
        [Pool(Size = 3, Stride = 1)]
        public static partial void UnpoolF32_1D_K3_S1_P0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 1, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_1D_K3_S1_P0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        // a0552
        [Pool(SizeH = 3, SizeW = 3, StrideH = 2, StrideW = 2, DilationH = 3, DilationW = 3, CeilMode = true)]
        public static partial void MaxBackwardF64_2D_K3x3_S2x2_P0x0_D3x3_Ceil_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 3, StrideH = 2, StrideW = 2, DilationH = 3, DilationW = 3, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_2D_K3x3_S2x2_P0x0_D3x3_Ceil_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int height, int width);

        // a0558
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 3, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackwardF32_1D_K4_S3_P0_Ceil_Exclude_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 3, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_1D_K4_S3_P0_Ceil_Exclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int length);

        // a0567
        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 1, StrideH = 1, StrideW = 1, CeilMode = true, DivisorOverride = 2)]
        public static partial void AvgBackwardF32_3D_K1x1x1_S1x1x1_P0x0x0_Ceil_Div2_Nchw(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 1, StrideH = 1, StrideW = 1, CeilMode = true, DivisorOverride = 2, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF32_3D_K1x1x1_S1x1x1_P0x0x0_Ceil_Div2_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0570
        [Pool(SizeD = 4, SizeH = 4, SizeW = 4, StrideD = 2, StrideH = 2, StrideW = 2, PaddingD = 2, PaddingH = 2, PaddingW = 2)]
        public static partial void MaxBackwardF32_3D_K4x4x4_S2x2x2_P2x2x2_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 4, SizeH = 4, SizeW = 4, StrideD = 2, StrideH = 2, StrideW = 2, PaddingD = 2, PaddingH = 2, PaddingW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K4x4x4_S2x2x2_P2x2x2_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0579
        [Pool(Size = 2, Stride = 3)]
        public static partial void UnpoolF64_1D_K2_S3_P0_Nchw(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int length);

        [Pool(Size = 2, Stride = 3, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF64_1D_K2_S3_P0_Nhwc(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int length);

        // a0582
        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1)]
        public static partial void MaxBackwardF32_3D_K2x2x2_S1x1x1_P1x1x0_Nchw(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF32_3D_K2x2x2_S1x1x1_P1x1x0_Nhwc(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        // a0585
        [Pool(SizeH = 2, SizeW = 2, StrideH = 1, StrideW = 1, DilationH = 3, DilationW = 3)]
        public static partial void MaxBackwardF64_2D_K2x2_S1x1_P0x0_D3x3_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 2, StrideH = 1, StrideW = 1, DilationH = 3, DilationW = 3, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_2D_K2x2_S1x1_P0x0_D3x3_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int height, int width);

        // a0591
        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1, PaddingW = 1, CountIncludePad = false)]
        public static partial void AvgBackwardF64_3D_K2x2x2_S1x1x1_P1x1x1_Exclude_Nchw(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 1, PaddingW = 1, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardF64_3D_K2x2x2_S1x1x1_P1x1x1_Exclude_Nhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        // a0594
        [Pool(Size = 4, Stride = 4)]
        public static partial void UnpoolF32_1D_K4_S4_P0_Nchw(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 4, Stride = 4, Layout = PoolLayout.Nhwc)]
        public static partial void UnpoolF32_1D_K4_S4_P0_Nhwc(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        // a0603
        [Pool(SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 2, StrideH = 2, StrideW = 2, DilationD = 3, DilationH = 3, DilationW = 3)]
        public static partial void MaxBackwardF64_3D_K1x1x1_S2x2x2_P0x0x0_D3x3x3_Nchw(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 1, SizeH = 1, SizeW = 1, StrideD = 2, StrideH = 2, StrideW = 2, DilationD = 3, DilationH = 3, DilationW = 3, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackwardF64_3D_K1x1x1_S2x2x2_P0x0x0_D3x3x3_Nhwc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        /// <summary>Every backward and unpooling case id: its channels-first and its channels-last kernel, as <see cref="OperationCall{T}"/> of its element type.</summary>
        public static readonly Dictionary<string, (Delegate Nchw, Delegate Nhwc)> ByCaseId = new(StringComparer.Ordinal)
        {
            ["a0003"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K2x2_S2x2_P0x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K2x2_S2x2_P0x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0004"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K2x2_S2x2_P0x0_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K2x2_S2x2_P0x0_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0006"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K1x1x1_S3x3x3_P0x0x0_D3x3x3_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K1x1x1_S3x3x3_P0x0x0_D3x3x3_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0009"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K2x2_S1x1_P1x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K2x2_S1x1_P1x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0012"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K2_S4_P1_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K2_S4_P1_Nhwc(g, i, d, b, c, s[0]))),
            ["a0015"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K2x2_S4x4_P0x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K2x2_S4x4_P0x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0018"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K3_S1_P1_D2_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K3_S1_P1_D2_Nhwc(g, i, d, b, c, s[0]))),
            ["a0021"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K4x4x4_S4x4x4_P0x0x0_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K4x4x4_S4x4x4_P0x0x0_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0027"] = ((OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_2D_K2x2_S2x1_P0x1_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_2D_K2x2_S2x1_P0x1_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0030"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K3x1x3_S3x1x3_P0x0x1_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K3x1x3_S3x1x3_P0x0x1_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0033"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K4_S3_P1_Ceil_Nchw(g, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K4_S3_P1_Ceil_Nhwc(g, d, b, c, s[0]))),
            ["a0036"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K1x1x1_S4x4x4_P0x0x0_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K1x1x1_S4x4x4_P0x0x0_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0039"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K1x1_S2x2_P0x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K1x1_S2x2_P0x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0042"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K4x4_S2x2_P1x1_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K4x4_S2x2_P1x1_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0045"] = ((OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_2D_K2x3_S1x2_P1x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_2D_K2x3_S1x2_P1x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0048"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K2x3x1_S1x3x1_P1x1x0_Ceil_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K2x3x1_S1x3x1_P1x1x0_Ceil_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0051"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_1D_K4_S4_P0_D2_Nchw(g, i, d, b, c, s[0])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_1D_K4_S4_P0_D2_Nhwc(g, i, d, b, c, s[0]))),
            ["a0054"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_1D_K1_S2_P0_D3_Nchw(g, i, d, b, c, s[0])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_1D_K1_S2_P0_D3_Nhwc(g, i, d, b, c, s[0]))),
            ["a0057"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K4x2_S1x1_P0x1_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K4x2_S1x1_P0x1_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0069"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K4x2x2_S3x1x1_P0x1x0_D1x1x2_Ceil_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K4x2x2_S3x1x1_P0x1x0_D1x1x2_Ceil_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0072"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K4x4x4_S4x4x4_P0x0x0_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K4x4x4_S4x4x4_P0x0x0_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0075"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K3_S1_P1_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K3_S1_P1_Nhwc(g, i, d, b, c, s[0]))),
            ["a0081"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_3D_K2x2x2_S2x2x2_P1x1x1_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_3D_K2x2x2_S2x2x2_P1x1x1_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0084"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_2D_K3x3_S1x1_P0x0_Ceil_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_2D_K3x3_S1x1_P0x0_Ceil_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0087"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K3x3_S2x2_P1x1_D3x3_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K3x3_S2x2_P1x1_D3x3_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0090"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K1_S1_P0_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K1_S1_P0_Nhwc(g, i, d, b, c, s[0]))),
            ["a0093"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K2x3x2_S1x2x1_P1x0x1_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K2x3x2_S1x2x1_P1x0x1_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0096"] = ((OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_1D_K3_S1_P1_Exclude_Nchw(g, d, b, c, s[0])), (OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_1D_K3_S1_P1_Exclude_Nhwc(g, d, b, c, s[0]))),
            ["a0099"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K1x1_S4x4_P0x0_Ceil_Exclude_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K1x1_S4x4_P0x0_Ceil_Exclude_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0102"] = ((OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_2D_K2x4_S3x4_P1x1_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_2D_K2x4_S3x4_P1x1_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0117"] = ((OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_2D_K2x2_S1x1_P1x1_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_2D_K2x2_S1x1_P1x1_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0120"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K3_S3_P0_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K3_S3_P0_Nhwc(g, i, d, b, c, s[0]))),
            ["a0123"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K1_S3_P0_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K1_S3_P0_Nhwc(g, i, d, b, c, s[0]))),
            ["a0126"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K3x4_S4x4_P1x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K3x4_S4x4_P1x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0129"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K2x2x2_S1x1x1_P1x1x1_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K2x2x2_S1x1x1_P1x1x1_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0135"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K4x2_S2x3_P0x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K4x2_S2x3_P0x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0138"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K2_S3_P1_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K2_S3_P1_Nhwc(g, i, d, b, c, s[0]))),
            ["a0141"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K2x2x2_S3x3x3_P1x1x1_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K2x2x2_S3x3x3_P1x1x1_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0144"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K2x2x2_S1x1x1_P0x0x0_Ceil_Exclude_Div18_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K2x2x2_S1x1x1_P0x0x0_Ceil_Exclude_Div18_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0147"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K3x2x2_S2x1x1_P1x0x0_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K3x2x2_S2x1x1_P1x0x0_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0150"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K3_S1_P0_Nchw(g, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K3_S1_P0_Nhwc(g, d, b, c, s[0]))),
            ["a0156"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K1x1_S2x2_P0x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K1x1_S2x2_P0x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0159"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K3x3_S1x1_P0x0_Ceil_Exclude_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K3x3_S1x1_P0x0_Ceil_Exclude_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0162"] = ((OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_1D_K3_S3_P1_Nchw(g, i, d, b, c, s[0])), (OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_1D_K3_S3_P1_Nhwc(g, i, d, b, c, s[0]))),
            ["a0165"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K2x2_S2x2_P0x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K2x2_S2x2_P0x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0168"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K1x1_S2x2_P0x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K1x1_S2x2_P0x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0171"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K4x2_S3x2_P1x1_Ceil_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K4x2_S3x2_P1x1_Ceil_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0177"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K1_S1_P0_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K1_S1_P0_Nhwc(g, i, d, b, c, s[0]))),
            ["a0180"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K4x4x4_S3x3x3_P1x1x1_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K4x4x4_S3x3x3_P1x1x1_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0183"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K1x1x1_S3x3x3_P0x0x0_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K1x1x1_S3x3x3_P0x0x0_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0186"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K4_S4_P2_Nchw(g, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K4_S4_P2_Nhwc(g, d, b, c, s[0]))),
            ["a0195"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K4x1x4_S4x1x4_P2x0x1_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K4x1x4_S4x1x4_P2x0x1_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0201"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K3_S1_P1_Exclude_Nchw(g, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K3_S1_P1_Exclude_Nhwc(g, d, b, c, s[0]))),
            ["a0207"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K1x2_S2x4_P0x0_Exclude_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K1x2_S2x4_P0x0_Exclude_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0210"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K1x1x1_S2x2x2_P0x0x0_D3x3x3_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K1x1x1_S2x2x2_P0x0x0_D3x3x3_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0213"] = ((OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_3D_K1x3x4_S4x4x3_P0x1x0_Exclude_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_3D_K1x3x4_S4x4x3_P0x1x0_Exclude_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0216"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K3_S1_P1_Exclude_Nchw(g, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K3_S1_P1_Exclude_Nhwc(g, d, b, c, s[0]))),
            ["a0219"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K2x4_S1x2_P0x1_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K2x4_S1x2_P0x1_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0222"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K3_S1_P0_Nchw(g, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K3_S1_P0_Nhwc(g, d, b, c, s[0]))),
            ["a0225"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K3x3_S1x1_P0x0_Ceil_Exclude_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K3x3_S1x1_P0x0_Ceil_Exclude_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0228"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K2_S2_P0_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K2_S2_P0_Nhwc(g, i, d, b, c, s[0]))),
            ["a0231"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K3_S1_P0_D2_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K3_S1_P0_D2_Nhwc(g, i, d, b, c, s[0]))),
            ["a0234"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K4x2x1_S1x4x1_P0x1x0_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K4x2x1_S1x4x1_P0x1x0_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0237"] = ((OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_1D_K4_S1_P0_Nchw(g, i, d, b, c, s[0])), (OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_1D_K4_S1_P0_Nhwc(g, i, d, b, c, s[0]))),
            ["a0240"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K4x4_S4x4_P0x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K4x4_S4x4_P0x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0246"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K3x3_S3x3_P0x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K3x3_S3x3_P0x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0249"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K2_S1_P1_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K2_S1_P1_Nhwc(g, i, d, b, c, s[0]))),
            ["a0252"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K3x3_S2x2_P0x0_Ceil_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K3x3_S2x2_P0x0_Ceil_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0258"] = ((OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_2D_K4x4_S2x2_P2x2_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_2D_K4x4_S2x2_P2x2_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0264"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K4x4x4_S4x4x4_P1x1x1_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K4x4x4_S4x4x4_P1x1x1_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0267"] = ((OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_2D_K4x2_S3x1_P0x1_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_2D_K4x2_S3x1_P0x1_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0270"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K3_S2_P1_D2_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K3_S2_P1_D2_Nhwc(g, i, d, b, c, s[0]))),
            ["a0279"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K3x2x4_S1x1x1_P0x1x1_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K3x2x4_S1x1x1_P0x1x1_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0282"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K1_S4_P0_D2_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K1_S4_P0_D2_Nhwc(g, i, d, b, c, s[0]))),
            ["a0285"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K2_S1_P0_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K2_S1_P0_Nhwc(g, i, d, b, c, s[0]))),
            ["a0288"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K1_S2_P0_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K1_S2_P0_Nhwc(g, i, d, b, c, s[0]))),
            ["a0291"] = ((OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_3D_K2x4x3_S1x3x4_P0x0x0_Ceil_Exclude_Div38_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_3D_K2x4x3_S1x3x4_P0x0x0_Ceil_Exclude_Div38_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0294"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K3x3x3_S1x1x1_P1x1x1_Ceil_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K3x3x3_S1x1x1_P1x1x1_Ceil_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0303"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K3x3x3_S2x2x2_P0x0x0_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K3x3x3_S2x2x2_P0x0x0_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0306"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K2x4x1_S1x2x2_P1x0x0_Ceil_Exclude_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K2x4x1_S1x2x2_P1x0x0_Ceil_Exclude_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0309"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K3x3x3_S3x3x3_P1x1x1_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K3x3x3_S3x3x3_P1x1x1_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0312"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K1x1x1_S4x4x4_P0x0x0_Ceil_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K1x1x1_S4x4x4_P0x0x0_Ceil_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0315"] = ((OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_3D_K4x3x2_S4x4x2_P2x0x0_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_3D_K4x3x2_S4x4x2_P2x0x0_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0318"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_1D_K2_S1_P1_Ceil_Nchw(g, i, d, b, c, s[0])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_1D_K2_S1_P1_Ceil_Nhwc(g, i, d, b, c, s[0]))),
            ["a0321"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K3x3_S1x1_P1x1_Ceil_Exclude_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K3x3_S1x1_P1x1_Ceil_Exclude_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0330"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K2x2x2_S4x4x4_P0x0x0_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K2x2x2_S4x4x4_P0x0x0_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0333"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K3x4x4_S2x3x3_P1x0x0_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K3x4x4_S2x3x3_P1x0x0_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0345"] = ((OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_3D_K3x2x4_S3x3x4_P0x1x1_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_3D_K3x2x4_S3x3x4_P0x1x1_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0357"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K4_S4_P2_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K4_S4_P2_Nhwc(g, i, d, b, c, s[0]))),
            ["a0360"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_2D_K3x3_S1x1_P0x0_D2x2_Ceil_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_2D_K3x3_S1x1_P0x0_D2x2_Ceil_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0363"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K4_S3_P2_D2_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K4_S3_P2_D2_Nhwc(g, i, d, b, c, s[0]))),
            ["a0372"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K2x3x2_S2x3x1_P0x1x0_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K2x3x2_S2x3x1_P0x1x0_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0375"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K3_S2_P1_Nchw(g, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K3_S2_P1_Nhwc(g, d, b, c, s[0]))),
            ["a0378"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_3D_K2x2x1_S2x1x2_P0x1x0_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_3D_K2x2x1_S2x1x2_P0x1x0_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0381"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K3_S1_P1_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K3_S1_P1_Nhwc(g, i, d, b, c, s[0]))),
            ["a0387"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K3x2x2_S2x1x1_P1x0x1_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K3x2x2_S2x1x1_P1x0x1_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0390"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_2D_K1x1_S3x3_P0x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_2D_K1x1_S3x3_P0x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0393"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K3_S1_P1_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K3_S1_P1_Nhwc(g, i, d, b, c, s[0]))),
            ["a0399"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K4_S4_P0_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K4_S4_P0_Nhwc(g, i, d, b, c, s[0]))),
            ["a0402"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_1D_K3_S2_P1_D2_Nchw(g, i, d, b, c, s[0])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_1D_K3_S2_P1_D2_Nhwc(g, i, d, b, c, s[0]))),
            ["a0405"] = ((OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_1D_K3_S2_P1_Exclude_Nchw(g, d, b, c, s[0])), (OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_1D_K3_S2_P1_Exclude_Nhwc(g, d, b, c, s[0]))),
            ["a0408"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K3x3_S4x4_P1x1_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K3x3_S4x4_P1x1_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0411"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K4x4x4_S4x4x4_P2x2x0_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K4x4x4_S4x4x4_P2x2x0_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0414"] = ((OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_1D_K2_S1_P1_Exclude_Nchw(g, d, b, c, s[0])), (OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_1D_K2_S1_P1_Exclude_Nhwc(g, d, b, c, s[0]))),
            ["a0417"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K1x3_S2x4_P0x1_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K1x3_S2x4_P0x1_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0420"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K2x2x2_S2x2x2_P0x0x0_Ceil_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K2x2x2_S2x2x2_P0x0x0_Ceil_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0423"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K4x3_S3x2_P2x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K4x3_S3x2_P2x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0426"] = ((OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_2D_K4x4_S3x3_P0x0_Ceil_Exclude_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_2D_K4x4_S3x3_P0x0_Ceil_Exclude_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0429"] = ((OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_2D_K4x4_S4x4_P1x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_2D_K4x4_S4x4_P1x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0432"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K1_S4_P0_Ceil_Exclude_Nchw(g, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K1_S4_P0_Ceil_Exclude_Nhwc(g, d, b, c, s[0]))),
            ["a0435"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K3_S3_P1_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K3_S3_P1_Nhwc(g, i, d, b, c, s[0]))),
            ["a0438"] = ((OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_3D_K1x1x1_S3x3x3_P0x0x0_Ceil_Exclude_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_3D_K1x1x1_S3x3x3_P0x0x0_Ceil_Exclude_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0441"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K3x4_S4x3_P0x0_Ceil_Exclude_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K3x4_S4x3_P0x0_Ceil_Exclude_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0444"] = ((OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_3D_K1x1x1_S3x3x3_P0x0x0_Ceil_Div1_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_3D_K1x1x1_S3x3x3_P0x0x0_Ceil_Div1_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0447"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_3D_K2x2x2_S1x1x1_P1x1x1_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_3D_K2x2x2_S1x1x1_P1x1x1_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0450"] = ((OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_2D_K4x3_S3x1_P1x0_Ceil_Exclude_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_2D_K4x3_S3x1_P1x0_Ceil_Exclude_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0453"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K3_S2_P1_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K3_S2_P1_Nhwc(g, i, d, b, c, s[0]))),
            ["a0456"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K1x2x2_S1x4x3_P0x1x0_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_3D_K1x2x2_S1x4x3_P0x1x0_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0459"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K3x4x3_S1x1x1_P1x2x1_D2x1x1_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K3x4x3_S1x1x1_P1x2x1_D2x1x1_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0462"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K4x3x3_S3x1x1_P0x1x0_Ceil_Exclude_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K4x3x3_S3x1x1_P0x1x0_Ceil_Exclude_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0465"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K2x2_S1x1_P1x1_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K2x2_S1x1_P1x1_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0468"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K2x3_S2x3_P0x1_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K2x3_S2x3_P0x1_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0471"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K4x3_S4x4_P1x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K4x3_S4x4_P1x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0474"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K1_S3_P0_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K1_S3_P0_Nhwc(g, i, d, b, c, s[0]))),
            ["a0477"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K4x4_S3x3_P1x1_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K4x4_S3x3_P1x1_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0480"] = ((OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_1D_K3_S3_P0_Nchw(g, d, b, c, s[0])), (OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_1D_K3_S3_P0_Nhwc(g, d, b, c, s[0]))),
            ["a0483"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K1x1x3_S2x4x2_P0x0x0_Exclude_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K1x1x3_S2x4x2_P0x0x0_Exclude_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0489"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K2x3x2_S1x2x1_P1x0x0_D2x3x2_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K2x3x2_S1x2x1_P1x0x0_D2x3x2_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0495"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K4x3_S3x2_P2x0_Ceil_Exclude_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K4x3_S3x2_P2x0_Ceil_Exclude_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0504"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K2x4_S1x2_P0x2_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_2D_K2x4_S1x2_P0x2_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0507"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K2x1_S4x4_P0x0_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_2D_K2x1_S4x4_P0x0_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0519"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_2D_K3x2_S2x1_P1x1_Ceil_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_2D_K3x2_S2x1_P1x1_Ceil_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0522"] = ((OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_3D_K2x2x3_S4x3x3_P1x0x0_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_3D_K2x2x3_S4x3x3_P1x0x0_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0525"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K4_S4_P1_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K4_S4_P1_Nhwc(g, i, d, b, c, s[0]))),
            ["a0528"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K2x3_S1x2_P1x0_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K2x3_S1x2_P1x0_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0534"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K2x2x2_S1x1x1_P1x1x1_D2x2x2_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K2x2x2_S1x1x1_P1x1x1_D2x2x2_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0537"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K4x3_S1x1_P1x1_Exclude_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K4x3_S1x1_P1x1_Exclude_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0540"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K2_S3_P0_Ceil_Nchw(g, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K2_S3_P0_Ceil_Nhwc(g, d, b, c, s[0]))),
            ["a0543"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K2_S1_P1_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_1D_K2_S1_P1_Nhwc(g, i, d, b, c, s[0]))),
            ["a0546"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K2x2x2_S1x1x1_P1x1x1_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K2x2x2_S1x1x1_P1x1x1_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0549"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K3_S1_P0_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K3_S1_P0_Nhwc(g, i, d, b, c, s[0]))),
            ["a0552"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_2D_K3x3_S2x2_P0x0_D3x3_Ceil_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_2D_K3x3_S2x2_P0x0_D3x3_Ceil_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0558"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K4_S3_P0_Ceil_Exclude_Nchw(g, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_1D_K4_S3_P0_Ceil_Exclude_Nhwc(g, d, b, c, s[0]))),
            ["a0567"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K1x1x1_S1x1x1_P0x0x0_Ceil_Div2_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_3D_K1x1x1_S1x1x1_P0x0x0_Ceil_Div2_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0570"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K4x4x4_S2x2x2_P2x2x2_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K4x4x4_S2x2x2_P2x2x2_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0579"] = ((OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_1D_K2_S3_P0_Nchw(g, i, d, b, c, s[0])), (OperationCall<double>)((g, i, d, b, c, s) => UnpoolF64_1D_K2_S3_P0_Nhwc(g, i, d, b, c, s[0]))),
            ["a0582"] = ((OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K2x2x2_S1x1x1_P1x1x0_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<float>)((g, i, d, b, c, s) => MaxBackwardF32_3D_K2x2x2_S1x1x1_P1x1x0_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
            ["a0585"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_2D_K2x2_S1x1_P0x0_D3x3_Nchw(g, i, d, b, c, s[0], s[1])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_2D_K2x2_S1x1_P0x0_D3x3_Nhwc(g, i, d, b, c, s[0], s[1]))),
            ["a0588"] = ((OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K4x4_S3x3_P1x1_Nchw(g, d, b, c, s[0], s[1])), (OperationCall<float>)((g, i, d, b, c, s) => AvgBackwardF32_2D_K4x4_S3x3_P1x1_Nhwc(g, d, b, c, s[0], s[1]))),
            ["a0591"] = ((OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_3D_K2x2x2_S1x1x1_P1x1x1_Exclude_Nchw(g, d, b, c, s[0], s[1], s[2])), (OperationCall<double>)((g, i, d, b, c, s) => AvgBackwardF64_3D_K2x2x2_S1x1x1_P1x1x1_Exclude_Nhwc(g, d, b, c, s[0], s[1], s[2]))),
            ["a0594"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K4_S4_P0_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K4_S4_P0_Nhwc(g, i, d, b, c, s[0]))),
            ["a0597"] = ((OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K4_S4_P2_Nchw(g, i, d, b, c, s[0])), (OperationCall<float>)((g, i, d, b, c, s) => UnpoolF32_1D_K4_S4_P2_Nhwc(g, i, d, b, c, s[0]))),
            ["a0603"] = ((OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_3D_K1x1x1_S2x2x2_P0x0x0_D3x3x3_Nchw(g, i, d, b, c, s[0], s[1], s[2])), (OperationCall<double>)((g, i, d, b, c, s) => MaxBackwardF64_3D_K1x1x1_S2x2x2_P0x0x0_D3x3x3_Nhwc(g, i, d, b, c, s[0], s[1], s[2]))),
        };
    }
}
