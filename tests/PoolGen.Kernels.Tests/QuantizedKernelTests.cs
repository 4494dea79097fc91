using System;
using System.Linq;
using System.Numerics.Tensors;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Quantized kernels in the forms tests/PoolGen.Onnx.Tests does not declare: the tensor form, and max with indices
    /// (requantized outputs, the integer max's indices), against <see cref="QuantizedPoolReference"/> and
    /// <see cref="PoolReference"/>. The ONNX tests compare the span kernels with ONNX Runtime itself.
    /// </summary>
    public sealed partial class QuantizedKernelTests
    {
        private static readonly QuantizedPoolParameters Parameters = new((float)0.05, 3, (float)0.04, 250);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, Layout = PoolLayout.Nhwc, Rank = 2,
              InputScale = 0.05, InputZeroPoint = 3, OutputScale = 0.04, OutputZeroPoint = 250)]
        private static partial void AverageTensor(ReadOnlyTensorSpan<byte> input, TensorSpan<byte> output);

        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 1, Padding = 1, ClampMax = 254,
              InputScale = 0.05, InputZeroPoint = 3, OutputScale = 0.04, OutputZeroPoint = 250)]
        private static partial void MaxIndices(ReadOnlySpan<byte> input, Span<byte> output, Span<int> indices, int batch, int channels, int height, int width);

        [Theory]
        [InlineData(1, 20, 9, 11)]
        [InlineData(2, 3, 5, 40)]
        public void TensorFormEqualsTheReference(int batch, int channels, int height, int width)
        {
            var random = new Random(batch * 1000 + width);
            var input = new byte[batch * height * width * channels];
            random.NextBytes(input);
            var spec = new PoolSpecND(PoolKind.Average, [3, 3], [2, 2], [1, 1], [1, 1], CeilMode: true);
            byte[] expected = QuantizedPoolReference.Average<byte>(spec, input, batch, channels, [height, width], Parameters, PoolLayout.Nhwc);
            int[] outputShape = QuantizedPoolReference.OutputShape(spec, [height, width]);
            var output = new byte[expected.Length];
            AverageTensor(
                new ReadOnlyTensorSpan<byte>(input, [batch, height, width, channels]),
                new TensorSpan<byte>(output, [batch, outputShape[0], outputShape[1], channels]));
            Assert.Equal(expected, output);
        }

        [Fact]
        public void MaxWithIndices_RequantizesTheValues_AndKeepsTheIntegerMaxIndices()
        {
            const int batch = 2, channels = 3, height = 7, width = 37;
            var random = new Random(5);
            var input = new byte[batch * channels * height * width];
            random.NextBytes(input);
            var spec = new PoolSpecND(PoolKind.Max, [3, 3], [1, 1], [1, 1], [1, 1]);
            byte[] expected = QuantizedPoolReference.Extreme<byte>(spec, input, batch, channels, [height, width], Parameters)
                .Select(v => Math.Min(v, (byte)254)).ToArray();
            long[] expectedIndices = PoolReference.IndicesND<byte>(spec, input, batch, channels, [height, width]);
            var output = new byte[expected.Length];
            var indices = new int[expected.Length];
            MaxIndices(input, output, indices, batch, channels, height, width);
            Assert.Equal(expected, output);
            Assert.Equal(expectedIndices.Select(i => (int)i), indices);
            Assert.Contains((byte)254, output); // the clamp bounds the requantized values
        }
    }
}
