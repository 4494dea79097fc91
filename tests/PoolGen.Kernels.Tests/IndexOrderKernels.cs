using System;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Kernels with <see cref="PoolAttribute.IndexOrder"/> = Tensor or TensorColumnMajor: ranks 1 to 3, both layouts (each
    /// channels-last kernel has a channels-first twin: the same indices on the same logical tensor), int and long indices,
    /// max and min, padding, dilation, ceil mode, global windows, fixed sizes. Their rows are in KernelTable.IndexOrderKernels.cs.
    /// </summary>
    public static partial class IndexOrderKernels
    {
        // Rank 1.
        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 2, Padding = 1, Dilation = 2, CeilMode = true, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void Tensor1D_Ncl(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Min, Size = 3, Stride = 2, Padding = 1, Dilation = 2, CeilMode = true, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void Tensor1D_Nlc(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 1, Pads = new[] { 1, 0 }, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajor1D_Ncl(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Min, Size = 2, Stride = 1, Pads = new[] { 1, 0 }, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajor1D_Nlc(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int length);

        // Rank 2.
        [Pool(SizeH = 3, SizeW = 2, StrideH = 2, StrideW = 1, Pads = new[] { 1, 0, 2, 1 }, DilationH = 2, CeilMode = true, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void Tensor2D_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 2, StrideH = 2, StrideW = 1, Pads = new[] { 1, 0, 2, 1 }, DilationH = 2, CeilMode = true, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void Tensor2D_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 2, StrideH = 2, StrideW = 1, Pads = new[] { 1, 0, 2, 1 }, DilationH = 2, CeilMode = true, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajor2D_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 2, StrideH = 2, StrideW = 1, Pads = new[] { 1, 0, 2, 1 }, DilationH = 2, CeilMode = true, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajor2D_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Size = 2, Channels = 3, Height = 6, Width = 5, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajor2D_Fixed_C3H6W5(ReadOnlySpan<byte> input, Span<byte> output, Span<long> indices, int batch);

        [Pool(Kind = PoolKind.Min, Size = 2, Channels = 3, Height = 6, Width = 5, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajor2D_Fixed_C3H6W5_Nhwc(ReadOnlySpan<byte> input, Span<byte> output, Span<long> indices, int batch);

        // Rank 3.
        [Pool(SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 1, StrideH = 2, StrideW = 2, Pads = new[] { 1, 1, 0, 0, 1, 1 }, DilationW = 2, CeilMode = true, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void Tensor3D_Ncdhw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 1, StrideH = 2, StrideW = 2, Pads = new[] { 1, 1, 0, 0, 1, 1 }, DilationW = 2, CeilMode = true, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void Tensor3D_Ndhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 1, StrideH = 2, StrideW = 2, Pads = new[] { 1, 1, 0, 0, 1, 1 }, DilationW = 2, CeilMode = true, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajor3D_Ncdhw(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 1, StrideH = 2, StrideW = 2, Pads = new[] { 1, 1, 0, 0, 1, 1 }, DilationW = 2, CeilMode = true, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajor3D_Ndhwc(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // Global windows: the reduction's row-major position converted once per plane.
        [Pool(Global = true, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void TensorGlobal2D_Nchw(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(Global = true, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void TensorGlobal2D_Nhwc(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Min, Global = true, Rank = 3, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajorGlobal3D_Ncdhw(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Min, Global = true, Rank = 3, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajorGlobal3D_Ndhwc(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(Global = true, Rank = 2, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajorGlobal2D_Nchw(ReadOnlySpan<short> input, Span<short> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(Global = true, Rank = 2, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void ColumnMajorGlobal2D_Nhwc(ReadOnlySpan<short> input, Span<short> output, Span<int> indices, int batch, int channels, int height, int width);
    }
}
