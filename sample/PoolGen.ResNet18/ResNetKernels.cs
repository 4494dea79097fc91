using System;
using System.Collections.Generic;

namespace PoolGen.ResNet18
{
    /// <summary>
    /// The PoolGen kernels for the pooling nodes of ResNet18.onnx (package Microsoft.ML.DnnImageFeaturizer.ResNet18),
    /// each written to match its node's ONNX attributes exactly. The sample does not look nodes up by name: it reads
    /// every pooling node from the model and picks the kernel whose attribute describes the same pooling
    /// (<see cref="PoolSpec"/>), so a node with other attributes finds no kernel and is reported as such.
    /// </summary>
    internal static partial class ResNetKernels
    {
        /// <summary>The kernels the sample can match against a node, in the order they are tried.</summary>
        public static IReadOnlyList<KernelEntry> All { get; } = new[]
        {
            KernelEntry.Create(typeof(ResNetKernels), nameof(MaxPool3x3Stride2PadTopLeft), MaxPool3x3Stride2PadTopLeft),
            KernelEntry.Create(typeof(ResNetKernels), nameof(AveragePool7x7), AveragePool7x7),
        };

        // Node Pooling255 (MaxPool after the first convolution, 1x64x112x112 -> 1x64x56x56): kernel_shape=[3,3]
        // strides=[2,2] pads=[1,1,0,0]. ONNX pads are [top, left, bottom, right], PoolGen's Pads the same order: one
        // row of padding at the top and one column at the left, none at the bottom or right (CNTK's asymmetric padding).
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Pads = new[] { 1, 1, 0, 0 })]
        public static partial void MaxPool3x3Stride2PadTopLeft(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // Node Pooling395 (the last node, 1x512x7x7 -> 1x512x1x1, the 512 features): AveragePool kernel_shape=[7,7]
        // strides=[1,1] pads=[0,0,0,0] count_include_pad=0. ONNX's count_include_pad defaults to 0 and PoolGen's
        // CountIncludePad to true, so it is written out (without padding both divide by 49).
        [Pool(Kind = PoolKind.Average, Size = 7, Stride = 1, CountIncludePad = false)]
        public static partial void AveragePool7x7(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);
    }
}
