using System;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// The index-order pipeline of <see cref="OperationIndexOrderTests"/>: for ranks 1-3 and both layouts, a max pooling that
    /// writes indices in an order (3x3x3 window, stride 2, padding 1), and the max backward and max unpooling that read them
    /// in the same order; Plane is the pipeline the other two must agree with. Indices: long for Plane; Tensor long channels
    /// first and int channels last; TensorColumnMajor the other way round. Parallel twins of the rank-2 readers.
    /// </summary>
    internal static partial class OperationIndexOrderKernels
    {
        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void R1_Nchw_Plane_Forward(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void R1_Nchw_Plane_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void R1_Nchw_Plane_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R1_Nchw_Tensor_Forward(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R1_Nchw_Tensor_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R1_Nchw_Tensor_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R1_Nchw_TensorColumnMajor_Forward(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R1_Nchw_TensorColumnMajor_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<int> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R1_Nchw_TensorColumnMajor_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void R1_Nhwc_Plane_Forward(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void R1_Nhwc_Plane_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void R1_Nhwc_Plane_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R1_Nhwc_Tensor_Forward(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R1_Nhwc_Tensor_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<int> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R1_Nhwc_Tensor_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R1_Nhwc_TensorColumnMajor_Forward(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R1_Nhwc_TensorColumnMajor_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R1_Nhwc_TensorColumnMajor_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void R2_Nchw_Plane_Forward(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void R2_Nchw_Plane_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void R2_Nchw_Plane_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R2_Nchw_Tensor_Forward(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R2_Nchw_Tensor_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R2_Nchw_Tensor_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor, Parallel = true)]
        public static partial void R2_Nchw_Tensor_Backward_Parallel(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor, Parallel = true)]
        public static partial void R2_Nchw_Tensor_Unpool_Parallel(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R2_Nchw_TensorColumnMajor_Forward(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R2_Nchw_TensorColumnMajor_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<int> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R2_Nchw_TensorColumnMajor_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.TensorColumnMajor, Parallel = true)]
        public static partial void R2_Nchw_TensorColumnMajor_Backward_Parallel(ReadOnlySpan<float> gradOutput, ReadOnlySpan<int> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.TensorColumnMajor, Parallel = true)]
        public static partial void R2_Nchw_TensorColumnMajor_Unpool_Parallel(ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void R2_Nhwc_Plane_Forward(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void R2_Nhwc_Plane_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void R2_Nhwc_Plane_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R2_Nhwc_Tensor_Forward(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R2_Nhwc_Tensor_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<int> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R2_Nhwc_Tensor_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor, Parallel = true)]
        public static partial void R2_Nhwc_Tensor_Backward_Parallel(ReadOnlySpan<float> gradOutput, ReadOnlySpan<int> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor, Parallel = true)]
        public static partial void R2_Nhwc_Tensor_Unpool_Parallel(ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R2_Nhwc_TensorColumnMajor_Forward(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R2_Nhwc_TensorColumnMajor_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R2_Nhwc_TensorColumnMajor_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor, Parallel = true)]
        public static partial void R2_Nhwc_TensorColumnMajor_Backward_Parallel(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor, Parallel = true)]
        public static partial void R2_Nhwc_TensorColumnMajor_Unpool_Parallel(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void R3_Nchw_Plane_Forward(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void R3_Nchw_Plane_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void R3_Nchw_Plane_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R3_Nchw_Tensor_Forward(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R3_Nchw_Tensor_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R3_Nchw_Tensor_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R3_Nchw_TensorColumnMajor_Forward(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R3_Nchw_TensorColumnMajor_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<int> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R3_Nchw_TensorColumnMajor_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void R3_Nhwc_Plane_Forward(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void R3_Nhwc_Plane_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void R3_Nhwc_Plane_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R3_Nhwc_Tensor_Forward(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R3_Nhwc_Tensor_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<int> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.Tensor)]
        public static partial void R3_Nhwc_Tensor_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R3_Nhwc_TensorColumnMajor_Forward(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R3_Nhwc_TensorColumnMajor_Backward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        public static partial void R3_Nhwc_TensorColumnMajor_Unpool(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);
    }
}
