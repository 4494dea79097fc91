using System;
using PoolGen;

namespace PoolGen.Kernels.Tests
{
    /// <summary>Backward passes and max unpooling for <see cref="OperationKernelTests"/>: ranks 1-3, both layouts, window and adaptive, int and long indices, Parallel twins.</summary>
    internal static partial class OperationKernels
    {
        // ---- max/min backward
        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxBackward2D(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Parallel = true)]
        public static partial void MaxBackward2D_Parallel(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackward2D_Nhwc_Int(ReadOnlySpan<float> gradOutput, ReadOnlySpan<int> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, Parallel = true)]
        public static partial void MaxBackward2D_Nhwc_Int_Parallel(ReadOnlySpan<float> gradOutput, ReadOnlySpan<int> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1, CeilMode = true, Layout = PoolLayout.Nhwc)]
        public static partial void MaxBackward1D_Nlc(ReadOnlySpan<double> gradOutput, ReadOnlySpan<long> indices, Span<double> gradInput, int batch, int channels, int length);

        [Pool(Size = 2, Stride = 1, DilationW = 2)]
        public static partial void MaxBackward3D_Int(ReadOnlySpan<double> gradOutput, ReadOnlySpan<int> indices, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Min, OutputSizeH = 3, OutputSizeW = 4)]
        public static partial void MinBackwardAdaptive2D(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width);

        // ---- average backward
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgBackward2D_CeilExclude(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false, Parallel = true)]
        public static partial void AvgBackward2D_CeilExclude_Parallel(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackward2D_CeilExclude_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CeilMode = true, Layout = PoolLayout.Nhwc, Parallel = true)]
        public static partial void AvgBackward2D_Include_Nhwc_Parallel(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CeilMode = true)]
        public static partial void AvgBackward2D_Include(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 1, Padding = 2, DivisorOverride = 3)]
        public static partial void AvgBackward1D_Divisor(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 1, Padding = 2, DivisorOverride = 3, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackward1D_Divisor_Nlc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int length);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1)]
        public static partial void AvgBackward3D(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackward3D_Ndhwc(ReadOnlySpan<double> gradOutput, Span<double> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 3, OutputSizeW = 5)]
        public static partial void AvgBackwardAdaptive2D(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeH = 3, OutputSizeW = 5, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardAdaptive2D_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSizeD = 2, OutputSizeH = 3, OutputSizeW = 2, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardAdaptive3D_Ndhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int depth, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 1)]
        public static partial void AvgBackwardAdaptiveOne(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, OutputSize = 1, Layout = PoolLayout.Nhwc)]
        public static partial void AvgBackwardAdaptiveOne_Nhwc(ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width);

        // ---- max unpooling
        [Pool(Size = 2, Stride = 2)]
        public static partial void Unpool2D(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 2, Stride = 2, Parallel = true)]
        public static partial void Unpool2D_Parallel(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
        public static partial void Unpool2D_Nhwc_Int(ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, Parallel = true)]
        public static partial void Unpool2D_Nhwc_Int_Parallel(ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void Unpool3D(ReadOnlySpan<short> input, ReadOnlySpan<long> indices, Span<short> output, int batch, int channels, int depth, int height, int width);

        [Pool(Size = 2, Stride = 2)]
        public static partial void Unpool1D(ReadOnlySpan<double> input, ReadOnlySpan<long> indices, Span<double> output, int batch, int channels, int length);
    }
}
