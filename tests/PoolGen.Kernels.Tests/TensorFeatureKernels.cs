using System;
using System.Numerics.Tensors;
using PoolGen;

// Tensor-form kernels of the features (ranks 1 and 3, channels last, indices, Half, Pads, AutoPad,
// Global, DivisorOverride, Lp, Min, clamps, Rank), each with a span-form twin of the same attribute that takes every
// dimension the attribute does not fix. TensorKernelTests (TensorKernelTests.Features.cs) checks each against its twin and PoolReference.
namespace PoolGen.Kernels.Tests
{
    internal static partial class TensorFeatureKernels
    {
        /// <summary>NHWC max with its argmax: [N, H, W, C] and [H, W, C] tensors.</summary>
        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxNhwc_k3s2p1_Long(ReadOnlyTensorSpan<float> input, TensorSpan<float> output, TensorSpan<long> indices);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxNhwc_k3s2p1_Long_Span(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        /// <summary>NHWC max, IndexOrder = Tensor: indices over the logical [N, C, H, W] tensor (a batch of 1 without the batch axis).</summary>
        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void TensorOrderNhwc_k3s2p1_Long(ReadOnlyTensorSpan<float> input, TensorSpan<float> output, TensorSpan<long> indices);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void TensorOrderNhwc_k3s2p1_Long_Span(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        /// <summary>3D min, IndexOrder = TensorColumnMajor, int indices: [N, C, D, H, W] and [C, D, H, W].</summary>
        [Pool(Kind = PoolKind.Min, Rank = 3, Size = 2, StrideH = 2, StrideD = 1, StrideW = 1, PaddingD = 1, PaddingW = 1, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajor3d_k2_Int(ReadOnlyTensorSpan<float> input, TensorSpan<float> output, TensorSpan<int> indices);

        [Pool(Kind = PoolKind.Min, Rank = 3, Size = 2, StrideH = 2, StrideD = 1, StrideW = 1, PaddingD = 1, PaddingW = 1, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajor3d_k2_Int_Span(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        /// <summary>3D average (SizeD makes it 3D): [N, C, D, H, W] and [C, D, H, W].</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, SizeD = 2, StrideD = 1, PaddingD = 0)]
        public static partial void Avg3d_k2x3x3(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, SizeD = 2, StrideD = 1, PaddingD = 0)]
        public static partial void Avg3d_k2x3x3_Span(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        /// <summary>3D by Rank alone, channels last with the channels fixed: [N, D, H, W, 2].</summary>
        [Pool(Rank = 3, Size = 2, Layout = PoolLayout.Nhwc, Channels = 2)]
        public static partial void Max3dNdhwc_Rank_C2(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

        [Pool(Rank = 3, Size = 2, Layout = PoolLayout.Nhwc, Channels = 2)]
        public static partial void Max3dNdhwc_Rank_C2_Span(ReadOnlySpan<float> input, Span<float> output, int batch, int depth, int height, int width);

        /// <summary>1D by Rank: [N, C, L] and [C, L].</summary>
        [Pool(Rank = 1, Size = 3, Stride = 2, Padding = 1)]
        public static partial void Max1d_k3s2p1(ReadOnlyTensorSpan<double> input, TensorSpan<double> output);

        [Pool(Rank = 1, Size = 3, Stride = 2, Padding = 1)]
        public static partial void Max1d_k3s2p1_Span(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int length);

        /// <summary>1D channels last, length fixed (Length makes it 1D), min with int indices: [N, 9, C].</summary>
        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 1, Length = 9, Layout = PoolLayout.Nhwc)]
        public static partial void Min1dNlc_L9_Int(ReadOnlyTensorSpan<sbyte> input, TensorSpan<sbyte> output, TensorSpan<int> indices);

        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 1, Length = 9, Layout = PoolLayout.Nhwc)]
        public static partial void Min1dNlc_L9_Int_Span(ReadOnlySpan<sbyte> input, Span<sbyte> output, Span<int> indices, int batch, int channels);

        /// <summary>2D min with int indices, dilated and padded (NaN and ties decide the index).</summary>
        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 1, Dilation = 2, Padding = 1)]
        public static partial void Min_k2d2p1_Int(ReadOnlyTensorSpan<float> input, TensorSpan<float> output, TensorSpan<int> indices);

        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 1, Dilation = 2, Padding = 1)]
        public static partial void Min_k2d2p1_Int_Span(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CountIncludePad = false)]
        public static partial void HalfAvg_k3s2p1NoPad(ReadOnlyTensorSpan<Half> input, TensorSpan<Half> output);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CountIncludePad = false)]
        public static partial void HalfAvg_k3s2p1NoPad_Span(ReadOnlySpan<Half> input, Span<Half> output, int batch, int channels, int height, int width);

        /// <summary>SAME_UPPER: the output is ceil(n / 2) on each axis, the padding worked out from the tensor's lengths.</summary>
        [Pool(Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper)]
        public static partial void MaxSameUpper_k3s2(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

        [Pool(Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper)]
        public static partial void MaxSameUpper_k3s2_Span(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Rank = 1, Kind = PoolKind.Average, Size = 2, Stride = 2, AutoPad = PoolAutoPad.SameLower)]
        public static partial void Avg1dSameLower_k2s2(ReadOnlyTensorSpan<double> input, TensorSpan<double> output);

        [Pool(Rank = 1, Kind = PoolKind.Average, Size = 2, Stride = 2, AutoPad = PoolAutoPad.SameLower)]
        public static partial void Avg1dSameLower_k2s2_Span(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Lp, P = 2, Size = 3, Stride = 1, Padding = 1)]
        public static partial void L2_k3s1p1(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

        [Pool(Kind = PoolKind.Lp, P = 2, Size = 3, Stride = 1, Padding = 1)]
        public static partial void L2_k3s1p1_Span(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Global L3 over a 1D axis: [N, C, L] to [N, C, 1].</summary>
        [Pool(Kind = PoolKind.Lp, P = 3, Global = true, Rank = 1)]
        public static partial void GlobalL3_1d(ReadOnlyTensorSpan<double> input, TensorSpan<double> output);

        [Pool(Kind = PoolKind.Lp, P = 3, Global = true, Rank = 1)]
        public static partial void GlobalL3_1d_Span(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Global = true)]
        public static partial void GlobalAvg(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

        [Pool(Kind = PoolKind.Average, Global = true)]
        public static partial void GlobalAvg_Span(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Global max, channels last, with the argmax: [N, H, W, C] to [N, 1, 1, C].</summary>
        [Pool(Global = true, Layout = PoolLayout.Nhwc)]
        public static partial void GlobalMaxNhwc_Long(ReadOnlyTensorSpan<float> input, TensorSpan<float> output, TensorSpan<long> indices);

        [Pool(Global = true, Layout = PoolLayout.Nhwc)]
        public static partial void GlobalMaxNhwc_Long_Span(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        /// <summary>Max fused with ReLU6.</summary>
        [Pool(Size = 2, ClampMin = 0, ClampMax = 6)]
        public static partial void MaxRelu6_k2(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

        [Pool(Size = 2, ClampMin = 0, ClampMax = 6)]
        public static partial void MaxRelu6_k2_Span(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 2, ClampMin = -2, ClampMax = 2)]
        public static partial void MinI16Clamp_k2(ReadOnlyTensorSpan<short> input, TensorSpan<short> output);

        [Pool(Kind = PoolKind.Min, Size = 2, ClampMin = -2, ClampMax = 2)]
        public static partial void MinI16Clamp_k2_Span(ReadOnlySpan<short> input, Span<short> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, DivisorOverride = 4)]
        public static partial void AvgDiv4_k3s2p1(ReadOnlyTensorSpan<double> input, TensorSpan<double> output);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, DivisorOverride = 4)]
        public static partial void AvgDiv4_k3s2p1_Span(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        /// <summary>Asymmetric Pads (top 0, left 1, bottom 2, right 0), ceil mode.</summary>
        [Pool(Size = 3, Stride = 2, Pads = new[] { 0, 1, 2, 0 }, CeilMode = true)]
        public static partial void MaxPads_k3s2(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

        [Pool(Size = 3, Stride = 2, Pads = new[] { 0, 1, 2, 0 }, CeilMode = true)]
        public static partial void MaxPads_k3s2_Span(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Every dimension but the batch fixed, 3D by Rank: the tensor must be [N, 2, 4, 6, 5] or [2, 4, 6, 5].</summary>
        [Pool(Rank = 3, Kind = PoolKind.Average, Size = 2, Channels = 2, Depth = 4, Height = 6, Width = 5, CeilMode = true)]
        public static partial void AvgFixed3d_C2D4H6W5(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);

        [Pool(Rank = 3, Kind = PoolKind.Average, Size = 2, Channels = 2, Depth = 4, Height = 6, Width = 5, CeilMode = true)]
        public static partial void AvgFixed3d_C2D4H6W5_Span(ReadOnlySpan<float> input, Span<float> output, int batch);
    }
}
