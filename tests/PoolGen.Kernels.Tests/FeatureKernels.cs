using System;
using PoolGen;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Kernels of the feature attributes (issue 4): channels-last layouts, 1D and 3D, asymmetric Pads, AutoPad, indices,
    /// Global, DivisorOverride, Lp, Min, clamps, Half, fixed shapes. Each NHWC kernel has an NCHW twin with the same
    /// attribute otherwise (named with Nchw/Ncl/Ncdhw for Nhwc/Nlc/Ndhwc). What each attribute means is written by hand in
    /// <see cref="KernelTable"/>; <see cref="KernelTests"/> runs them against the reference.
    /// </summary>
    internal static partial class FeatureKernels
    {
        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void Max_Nchw_k3s2p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void Max_Nhwc_k3s2p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false)]
        public static partial void Avg_Nchw_k3s1p1NoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void Avg_Nhwc_k3s1p1NoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 2)]
        public static partial void MaxU8_Nchw_k2(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);

        [Pool(Size = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxU8_Nhwc_k2(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true)]
        public static partial void AvgF64_Nchw_k3s2p1Ceil(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF64_Nhwc_k3s2p1Ceil(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Lp, P = 2, Size = 3, Stride = 2, Padding = 1)]
        public static partial void Lp2_Nchw_k3s2p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Lp, P = 2, Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void Lp2_Nhwc_k3s2p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 1, Dilation = 2, Padding = 2)]
        public static partial void MinI16_Nchw_k3s1d2p2(ReadOnlySpan<short> input, Span<short> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 1, Dilation = 2, Padding = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MinI16_Nhwc_k3s1d2p2(ReadOnlySpan<short> input, Span<short> output, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 3, StrideH = 1, StrideW = 2, PaddingW = 1)]
        public static partial void MaxF64_Nchw_k2x3s1x2(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 3, StrideH = 1, StrideW = 2, PaddingW = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxF64_Nhwc_k2x3s1x2(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void Max1D_Ncl_k3s2p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void Max1D_Nlc_k3s2p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Dilation = 2, Padding = 2, CountIncludePad = false)]
        public static partial void Avg1D_Ncl_k3d2p2NoPad(ReadOnlySpan<float> input, Span<float> output, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Dilation = 2, Padding = 2, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void Avg1D_Nlc_k3d2p2NoPad(ReadOnlySpan<float> input, Span<float> output, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 4, Padding = 1, CeilMode = true)]
        public static partial void AvgF64_1D_Ncl_k4p1Ceil(ReadOnlySpan<double> input, Span<double> output, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 4, Padding = 1, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void AvgF64_1D_Nlc_k4p1Ceil(ReadOnlySpan<double> input, Span<double> output, int channels, int length);

        [Pool(Kind = PoolKind.Min, Size = 2, Length = 9)]
        public static partial void MinI32_1D_k2_L9(ReadOnlySpan<int> input, Span<int> output, int channels);

        [Pool(Kind = PoolKind.Lp, P = 1, Size = 3, Stride = 1)]
        public static partial void Lp1_1D_k3s1(ReadOnlySpan<float> input, Span<float> output, int channels, int length);

        [Pool(Kind = PoolKind.Lp, P = 3, Size = 2, Stride = 1, Padding = 1)]
        public static partial void Lp3F64_1D_k2s1p1(ReadOnlySpan<double> input, Span<double> output, int length);

        [Pool(Size = 3, Stride = 2, Length = 16)]
        public static partial void Max1D_k3s2_L16(ReadOnlySpan<float> input, Span<float> output, int batch, int channels);

        [Pool(Size = 3, Stride = 1, Padding = 1)]
        public static partial void Max3D_Ncdhw_k3s1p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 1, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void Max3D_Ndhwc_k3s1p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2)]
        public static partial void Avg3DF64_Ncdhw_k2s2(ReadOnlySpan<double> input, Span<double> output, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2, Layout = PoolLayout.Nhwc)]
        public static partial void Avg3DF64_Ndhwc_k2s2(ReadOnlySpan<double> input, Span<double> output, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 3, SizeW = 2, Stride = 1, PaddingH = 1, CountIncludePad = false)]
        public static partial void Avg3D_k1x3x2NoPad(ReadOnlySpan<float> input, Span<float> output, int depth, int height, int width);

        [Pool(Size = 2, Stride = 2, DilationD = 2, CeilMode = true)]
        public static partial void Max3D_k2s2d2Ceil(ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 2, Channels = 2, Depth = 4, Height = 5, Width = 6)]
        public static partial void Min3D_Ncdhw_Fixed_C2D4H5W6_s2(ReadOnlySpan<float> input, Span<float> output, int batch);

        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 2, Channels = 2, Depth = 4, Height = 5, Width = 6, Layout = PoolLayout.Nhwc)]
        public static partial void Min3D_Ndhwc_Fixed_C2D4H5W6_s2(ReadOnlySpan<float> input, Span<float> output, int batch);

        [Pool(Kind = PoolKind.Lp, P = 2, Size = 2, Stride = 1, Padding = 1)]
        public static partial void Lp2_3D_k2s1p1(ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width);

        [Pool(Size = 3, Padding = 1, Depth = 3)]
        public static partial void Max3D_k3p1_D3(ReadOnlySpan<float> input, Span<float> output, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, Channels = 16, Depth = 4, Height = 6, Width = 6)]
        public static partial void Avg3D_Ncdhw_Fixed_C16D4H6W6(ReadOnlySpan<float> input, Span<float> output, int batch);

        [Pool(Kind = PoolKind.Average, Size = 2, Channels = 16, Depth = 4, Height = 6, Width = 6, Layout = PoolLayout.Nhwc)]
        public static partial void Avg3D_Ndhwc_Fixed_C16D4H6W6(ReadOnlySpan<float> input, Span<float> output, int batch);

        [Pool(Size = 3, Stride = 1, Pads = new[] { 0, 1, 2, 0 })]
        public static partial void Max_Nchw_Pads0120(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1, Pads = new[] { 0, 1, 2, 0 }, Layout = PoolLayout.Nhwc)]
        public static partial void Max_Nhwc_Pads0120(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, Dilation = 2, Pads = new[] { 2, 0, 0, 2 })]
        public static partial void AvgF64_Pads2002d2(ReadOnlySpan<double> input, Span<double> output, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, Dilation = 2, Pads = new[] { 2, 0, 0, 2 }, CountIncludePad = false)]
        public static partial void AvgF64_Pads2002d2NoPad(ReadOnlySpan<double> input, Span<double> output, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 5, Stride = 1, Pads = new[] { 4, 0 })]
        public static partial void Min1D_Pads40(ReadOnlySpan<float> input, Span<float> output, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 2, Pads = new[] { 0, 1, 0, 1, 0, 0 })]
        public static partial void Avg3D_Pads010100(ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Pads = new[] { 1, 0, 0, 1 }, CeilMode = true)]
        public static partial void Max_Pads1001Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Pads = new[] { 0, 2, 1, 0 }, CountIncludePad = false)]
        public static partial void Avg_Nchw_Pads0210NoPad(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Pads = new[] { 0, 2, 1, 0 }, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void Avg_Nhwc_Pads0210NoPad(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Lp, P = 2, Size = 3, Stride = 2, Pads = new[] { 2, 1, 0, 1 })]
        public static partial void Lp2_Pads2101(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Size = 3, SizeD = 2, Stride = 1, Pads = new[] { 1, 2, 0, 0, 1, 2 })]
        public static partial void MaxI64_Pads3D(ReadOnlySpan<long> input, Span<long> output, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper)]
        public static partial void Max_Nchw_SameUpper_k3s2(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper, Layout = PoolLayout.Nhwc)]
        public static partial void Max_Nhwc_SameUpper_k3s2(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameLower)]
        public static partial void Avg_SameLower_k3s2(ReadOnlySpan<float> input, Span<float> output, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 3, AutoPad = PoolAutoPad.SameUpper, CountIncludePad = false)]
        public static partial void Avg_SameUpper_k4s3NoPad(ReadOnlySpan<float> input, Span<float> output, int height, int width);

        /// <summary>SAME with stride 1 (TF Inception's branch pooling): the padding is the same for every size, so the 2D kernel runs it.</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, AutoPad = PoolAutoPad.SameUpper, CountIncludePad = false)]
        public static partial void Avg_Nchw_SameUpper_k3s1NoPad(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(SizeH = 4, SizeW = 2, Stride = 1, AutoPad = PoolAutoPad.SameLower)]
        public static partial void MaxF64_Nchw_SameLower_k4x2s1(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        /// <summary>SAME on fixed sizes: the padding is known at generation time, so the 2D kernel runs it.</summary>
        [Pool(Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper, Height = 9, Width = 10)]
        public static partial void MaxU8_Nchw_SameUpper_k3s2_9x10(ReadOnlySpan<byte> input, Span<byte> output, int channels);

        /// <summary>A fixed height with stride 2, a run-time width with stride 1.</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, StrideH = 2, StrideW = 1, AutoPad = PoolAutoPad.SameLower, Height = 8)]
        public static partial void Avg_Nchw_SameLower_k3s2x1_H8(ReadOnlySpan<float> input, Span<float> output, int width);

        [Pool(Size = 3, Stride = 2, AutoPad = PoolAutoPad.Valid)]
        public static partial void Max_Valid_k3s2(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, AutoPad = PoolAutoPad.Valid, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void Avg3D_Nhwc_Valid_k3s2NoPad(ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, AutoPad = PoolAutoPad.Valid, CountIncludePad = false)]
        public static partial void Avg3D_Nchw_Valid_k3s2NoPad(ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width);

        [Pool(Size = 4, Stride = 3, Dilation = 2, AutoPad = PoolAutoPad.SameUpper)]
        public static partial void Max1D_SameUpper_k4s3d2(ReadOnlySpan<float> input, Span<float> output, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 1, AutoPad = PoolAutoPad.SameUpper)]
        public static partial void Avg3DF64_SameUpper_k2s1(ReadOnlySpan<double> input, Span<double> output, int depth, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 1, AutoPad = PoolAutoPad.SameLower)]
        public static partial void Min_Nchw_SameLower_k2s1(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 1, AutoPad = PoolAutoPad.SameLower, Layout = PoolLayout.Nhwc)]
        public static partial void Min_Nhwc_SameLower_k2s1(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Lp, P = 2, Size = 2, AutoPad = PoolAutoPad.Valid)]
        public static partial void Lp2_Valid_k2s2(ReadOnlySpan<float> input, Span<float> output, int height, int width);

        [Pool(Size = 5, AutoPad = PoolAutoPad.SameUpper, Height = 1, Width = 2)]
        public static partial void Max_SameUpper_k5_Fixed_H1W2(ReadOnlySpan<float> input, Span<float> output);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameLower, Layout = PoolLayout.Nhwc)]
        public static partial void Avg1D_SameLower_k3s2(ReadOnlySpan<double> input, Span<double> output, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameLower)]
        public static partial void Avg1D_SameLower_k3s2_Ncl(ReadOnlySpan<double> input, Span<double> output, int channels, int length);

        [Pool(Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameLower)]
        public static partial void Max3D_SameLower_k3s2(ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width);

        [Pool(Size = 2, Stride = 2, AutoPad = PoolAutoPad.SameLower, Layout = PoolLayout.Nhwc)]
        public static partial void MaxIdx32_Nhwc_SameLower_k2s2(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int channels, int height, int width);

        [Pool(Size = 2, Stride = 2, AutoPad = PoolAutoPad.SameLower)]
        public static partial void MaxIdx32_Nchw_SameLower_k2s2(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxIdx32_k3s2p1(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(Size = 2, Stride = 2)]
        public static partial void MaxIdx64F64_Nchw_k2s2(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int channels, int height, int width);

        [Pool(Size = 2, Stride = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MaxIdx64F64_Nhwc_k2s2(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int channels, int height, int width);

        [Pool(Size = 2, Dilation = 2, Padding = 1)]
        public static partial void MaxIdx32_k2d2p1(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 1, Padding = 1)]
        public static partial void MinIdx64_k3s1p1(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 2)]
        public static partial void MinIdx32_Nchw_k3s2(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 2, Layout = PoolLayout.Nhwc)]
        public static partial void MinIdx32_Nhwc_k3s2(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxIdx64_1D_Ncl_k3s2p1(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxIdx64_1D_Nlc_k3s2p1(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int channels, int length);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 1, Pads = new[] { 2, 0 })]
        public static partial void MinIdx32_1D_Pads20(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int channels, int length);

        [Pool(Size = 2, Stride = 1)]
        public static partial void MaxIdx32_3D_Ncdhw_k2s1(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int channels, int depth, int height, int width);

        [Pool(Size = 2, Stride = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxIdx32_3D_Ndhwc_k2s1(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 2, Padding = 1)]
        public static partial void MinIdx64_3D_k3s2p1(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 2)]
        public static partial void MaxIdx32Half_k2(ReadOnlySpan<Half> input, Span<Half> output, Span<int> indices, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxIdx64U8_k3s2p1(ReadOnlySpan<byte> input, Span<byte> output, Span<long> indices, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper)]
        public static partial void MaxIdx64_SameUpper_k3s2(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int height, int width);

        [Pool(Size = 2, Height = 4, Width = 4)]
        public static partial void MaxIdx32_Fixed_H4W4(ReadOnlySpan<float> input, Span<float> output, Span<int> indices);

        [Pool(Size = 2, ClampMin = 0)]
        public static partial void MaxIdx64_Relu(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int height, int width);

        [Pool(Global = true)]
        public static partial void GlobalMax_Nchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Global = true, Layout = PoolLayout.Nhwc)]
        public static partial void GlobalMax_Nhwc(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Global = true)]
        public static partial void GlobalAvg_Nchw(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Global = true, Layout = PoolLayout.Nhwc)]
        public static partial void GlobalAvg_Nhwc(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Global = true)]
        public static partial void GlobalAvgF64_1D_Ncl(ReadOnlySpan<double> input, Span<double> output, int channels, int length);

        [Pool(Kind = PoolKind.Average, Global = true, Layout = PoolLayout.Nhwc)]
        public static partial void GlobalAvgF64_1D_Nlc(ReadOnlySpan<double> input, Span<double> output, int channels, int length);

        [Pool(Kind = PoolKind.Lp, P = 2, Global = true)]
        public static partial void GlobalLp2(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Global = true)]
        public static partial void GlobalMin3D_Ncdhw(ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Min, Global = true, Layout = PoolLayout.Nhwc)]
        public static partial void GlobalMin3D_Ndhwc(ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width);

        [Pool(Global = true)]
        public static partial void GlobalMaxI32_1D(ReadOnlySpan<int> input, Span<int> output, int channels, int length);

        [Pool(Kind = PoolKind.Average, Global = true, DivisorOverride = 1)]
        public static partial void GlobalSumF64(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Global = true)]
        public static partial void GlobalAvgHalf(ReadOnlySpan<Half> input, Span<Half> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Lp, P = 1, Global = true)]
        public static partial void GlobalLp1F64_3D(ReadOnlySpan<double> input, Span<double> output, int depth, int height, int width);

        [Pool(Global = true)]
        public static partial void GlobalMax3D(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Lp, P = 2, Global = true, Layout = PoolLayout.Nhwc)]
        public static partial void GlobalLp2_1D(ReadOnlySpan<float> input, Span<float> output, int channels, int length);

        [Pool(Kind = PoolKind.Lp, P = 2, Global = true)]
        public static partial void GlobalLp2_1D_Ncl(ReadOnlySpan<float> input, Span<float> output, int channels, int length);

        [Pool(Global = true)]
        public static partial void GlobalMaxIdx64_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int channels, int height, int width);

        [Pool(Global = true, Layout = PoolLayout.Nhwc)]
        public static partial void GlobalMaxIdx64_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Global = true)]
        public static partial void GlobalMinIdx32_3D(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, Global = true, Height = 7, Width = 7)]
        public static partial void GlobalAvg_Fixed_H7W7(ReadOnlySpan<float> input, Span<float> output, int channels);

        [Pool(Kind = PoolKind.Average, Size = 3, Padding = 1, DivisorOverride = 4)]
        public static partial void Avg_Div4_k3p1(ReadOnlySpan<float> input, Span<float> output, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, DivisorOverride = 1)]
        public static partial void AvgF64_Div1_k2s2(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 1, Padding = 1, DivisorOverride = 3)]
        public static partial void Avg1D_Div3_k2s1p1(ReadOnlySpan<float> input, Span<float> output, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 2, DivisorOverride = 5, CeilMode = true)]
        public static partial void Avg3D_Div5_k2(ReadOnlySpan<float> input, Span<float> output, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, DivisorOverride = 7)]
        public static partial void Avg_Nchw_Div7_k3s2(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, DivisorOverride = 7, Layout = PoolLayout.Nhwc)]
        public static partial void Avg_Nhwc_Div7_k3s2(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, DivisorOverride = 3)]
        public static partial void AvgHalf_Div3_k2(ReadOnlySpan<Half> input, Span<Half> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Lp, P = 1, Size = 2)]
        public static partial void Lp1_k2(ReadOnlySpan<float> input, Span<float> output, int height, int width);

        [Pool(Kind = PoolKind.Lp, P = 3, Size = 3, Stride = 2)]
        public static partial void Lp3F64_k3s2(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Lp, P = 4, Size = 2, Stride = 1)]
        public static partial void Lp4_k2s1(ReadOnlySpan<float> input, Span<float> output, int height, int width);

        [Pool(Kind = PoolKind.Lp, P = 2, Size = 2)]
        public static partial void Lp2Half_k2(ReadOnlySpan<Half> input, Span<Half> output, int height, int width);

        [Pool(Kind = PoolKind.Lp, P = 2, Size = 3, Stride = 1, Dilation = 2, Padding = 2, CeilMode = true)]
        public static partial void Lp2_k3s1d2p2Ceil(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 2, Padding = 1, CeilMode = true)]
        public static partial void Min_k3s2p1Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 2)]
        public static partial void MinU64_k2(ReadOnlySpan<ulong> input, Span<ulong> output, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 1)]
        public static partial void MinI8_Nchw_k3s1(ReadOnlySpan<sbyte> input, Span<sbyte> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MinI8_Nhwc_k3s1(ReadOnlySpan<sbyte> input, Span<sbyte> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 2, Padding = 1)]
        public static partial void MinHalf_k3s2p1(ReadOnlySpan<Half> input, Span<Half> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 1)]
        public static partial void MinF64_k2s1(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Size = 2, ClampMin = 0)]
        public static partial void Max_Relu_k2(ReadOnlySpan<float> input, Span<float> output, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, ClampMin = 0, ClampMax = 6)]
        public static partial void Avg_Relu6_k3s1p1(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Size = 2, ClampMin = 10, ClampMax = 200)]
        public static partial void MaxU8_Nchw_Clamp10to200(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);

        [Pool(Size = 2, ClampMin = 10, ClampMax = 200, Layout = PoolLayout.Nhwc)]
        public static partial void MaxU8_Nhwc_Clamp10to200(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 2, ClampMin = 0, ClampMax = 6)]
        public static partial void MinI32_Relu6_k2(ReadOnlySpan<int> input, Span<int> output, int height, int width);

        [Pool(Kind = PoolKind.Lp, P = 2, Size = 2, ClampMax = 1.5)]
        public static partial void Lp2F64_ClampMax1p5(ReadOnlySpan<double> input, Span<double> output, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, ClampMin = -1.25, ClampMax = -0.25)]
        public static partial void AvgF64_ClampNegative(ReadOnlySpan<double> input, Span<double> output, int height, int width);

        [Pool(Size = 2, ClampMin = 0, ClampMax = 6)]
        public static partial void MaxHalf_Relu6_k2(ReadOnlySpan<Half> input, Span<Half> output, int height, int width);

        [Pool(Size = 2, Stride = 1, ClampMin = -100, ClampMax = 100)]
        public static partial void MaxI8_Clamp100(ReadOnlySpan<sbyte> input, Span<sbyte> output, int height, int width);

        [Pool(Size = 3, Stride = 1, ClampMin = 0, ClampMax = 6)]
        public static partial void Max1D_Ncl_Relu6_k3s1(ReadOnlySpan<float> input, Span<float> output, int channels, int length);

        [Pool(Size = 3, Stride = 1, ClampMin = 0, ClampMax = 6, Layout = PoolLayout.Nhwc)]
        public static partial void Max1D_Nlc_Relu6_k3s1(ReadOnlySpan<float> input, Span<float> output, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, ClampMin = 1000)]
        public static partial void MaxU16_ClampMin1000(ReadOnlySpan<ushort> input, Span<ushort> output, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxHalf_k3s2p1(ReadOnlySpan<Half> input, Span<Half> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2)]
        public static partial void AvgHalf_Nchw_k2(ReadOnlySpan<Half> input, Span<Half> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, Layout = PoolLayout.Nhwc)]
        public static partial void AvgHalf_Nhwc_k2(ReadOnlySpan<Half> input, Span<Half> output, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false)]
        public static partial void AvgHalf_k3s1p1NoPad(ReadOnlySpan<Half> input, Span<Half> output, int height, int width);

        [Pool(Size = 2, Stride = 1)]
        public static partial void MaxHalf_3D_k2s1(ReadOnlySpan<Half> input, Span<Half> output, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Channels = 8, Height = 5, Width = 7)]
        public static partial void Max_Nchw_Fixed_C8H5W7_k3s2p1(ReadOnlySpan<float> input, Span<float> output);

        [Pool(Size = 3, Stride = 2, Padding = 1, Channels = 8, Height = 5, Width = 7, Layout = PoolLayout.Nhwc)]
        public static partial void Max_Nhwc_Fixed_C8H5W7_k3s2p1(ReadOnlySpan<float> input, Span<float> output);

        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 1, Channels = 2, Depth = 4, Height = 5, Width = 6)]
        public static partial void Min3D_Ncdhw_Fixed_C2D4H5W6_s1(ReadOnlySpan<float> input, Span<float> output, int batch);

        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 1, Channels = 2, Depth = 4, Height = 5, Width = 6, Layout = PoolLayout.Nhwc)]
        public static partial void Min3D_Ndhwc_Fixed_C2D4H5W6_s1(ReadOnlySpan<float> input, Span<float> output, int batch);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 1, Height = 5, Width = 6)]
        public static partial void Min_Fixed_H5W6_k3s1(ReadOnlySpan<float> input, Span<float> output, int channels);

        [Pool(Size = 2, Stride = 1, Depth = 3, Height = 3, Width = 3)]
        public static partial void MaxF64_3D_Fixed_D3H3W3_k2s1(ReadOnlySpan<double> input, Span<double> output);

        [Pool(Size = 3, Stride = 1, Padding = 1, Width = 9)]
        public static partial void Max3D_Fixed_W9_k3s1p1(ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height);

        // The separable kernel's branches (channels-first max/min, stride 1 along the width): reduced rows wider than the
        // input (the output is wider), strides above 1 down the height and depth, SAME padding at run time, a dilated width,
        // clamps applied in the last pass, a fixed shape with constants.
        [Pool(Size = 2, Stride = 1, Pads = new[] { 1, 1, 1, 1 })]
        public static partial void MaxSep_OutputWider_k2s1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, StrideD = 2, StrideH = 2, StrideW = 1, Padding = 1)]
        public static partial void MaxSep3D_Strides2x2x1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 1, AutoPad = PoolAutoPad.SameUpper)]
        public static partial void MinSep3DF64_SameUpper_k2s1(ReadOnlySpan<double> input, Span<double> output, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 1, DilationW = 2, Padding = 1)]
        public static partial void MinSep_DilatedWidth_k3s1(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1, Padding = 1, ClampMin = 0, ClampMax = 0.5, Depth = 3, Height = 4, Width = 9)]
        public static partial void MaxSep3D_Fixed_Clamp(ReadOnlySpan<float> input, Span<float> output, int channels);
    }
}
