using System.Numerics.Tensors;
using PoolGen;

// Tensor-form backward passes and max unpooling, each the twin of a span-form kernel of OperationKernels with the same
// attribute: gradInput's (unpooling: output's) lengths give the shape, gradOutput and indices must have the pooled one.
// TensorOperationKernelTests checks each against its twin, bit for bit.
namespace PoolGen.Kernels.Tests
{
    internal static partial class TensorOperationKernels
    {
        // ---- max/min backward
        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxBackward2D(ReadOnlyTensorSpan<float> gradOutput, ReadOnlyTensorSpan<long> indices, TensorSpan<float> gradInput);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackward2D_Nhwc_Int(ReadOnlyTensorSpan<float> gradOutput, ReadOnlyTensorSpan<int> indices, TensorSpan<float> gradInput);

        [Pool(Rank = 1, Size = 3, Stride = 1, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackward1D_Nlc(ReadOnlyTensorSpan<double> gradOutput, ReadOnlyTensorSpan<long> indices, TensorSpan<double> gradInput);

        [Pool(Rank = 3, Size = 2, Stride = 1, DilationW = 2)]
        public static partial void MaxBackward3D_Int(ReadOnlyTensorSpan<double> gradOutput, ReadOnlyTensorSpan<int> indices, TensorSpan<double> gradInput);

        [Pool(Kind = PoolKind.Min, OutputSizeH = 3, OutputSizeW = 4)]
        public static partial void MinBackwardAdaptive2D(ReadOnlyTensorSpan<float> gradOutput, ReadOnlyTensorSpan<long> indices, TensorSpan<float> gradInput);

        // ---- average backward
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackward2D_CeilExclude(ReadOnlyTensorSpan<float> gradOutput, TensorSpan<float> gradInput);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackward2D_CeilExclude_Nhwc(ReadOnlyTensorSpan<float> gradOutput, TensorSpan<float> gradInput);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CeilMode = true, Layout = PoolLayout.Nhwc, Parallel = true)]
        public static partial void AvgBackward2D_Include_Nhwc_Parallel(ReadOnlyTensorSpan<float> gradOutput, TensorSpan<float> gradInput);

        [Pool(Rank = 1, Kind = PoolKind.Average, Size = 4, Stride = 1, Padding = 2, DivisorOverride = 3)]
        public static partial void AvgBackward1D_Divisor(ReadOnlyTensorSpan<double> gradOutput, TensorSpan<double> gradInput);

        [Pool(Rank = 3, Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackward3D_Ndhwc(ReadOnlyTensorSpan<double> gradOutput, TensorSpan<double> gradInput);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 3, OutputSizeW = 5, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardAdaptive2D_Nhwc(ReadOnlyTensorSpan<float> gradOutput, TensorSpan<float> gradInput);

        // ---- max unpooling
        [Pool(Size = 2, Stride = 2)]
        public static partial void Unpool2D(ReadOnlyTensorSpan<float> input, ReadOnlyTensorSpan<long> indices, TensorSpan<float> output);

        [Pool(Size = 2, Stride = 2, Parallel = true)]
        public static partial void Unpool2D_Parallel(ReadOnlyTensorSpan<float> input, ReadOnlyTensorSpan<long> indices, TensorSpan<float> output);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void Unpool2D_Nhwc_Int(ReadOnlyTensorSpan<float> input, ReadOnlyTensorSpan<int> indices, TensorSpan<float> output);

        [Pool(Rank = 3, Size = 3, Stride = 2, Padding = 1)]
        public static partial void Unpool3D(ReadOnlyTensorSpan<short> input, ReadOnlyTensorSpan<long> indices, TensorSpan<short> output);

        [Pool(Rank = 1, Size = 2, Stride = 2)]
        public static partial void Unpool1D(ReadOnlyTensorSpan<double> input, ReadOnlyTensorSpan<long> indices, TensorSpan<double> output);
    }
}
