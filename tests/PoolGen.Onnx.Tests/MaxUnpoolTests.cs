using System;
using System.Linq;
using PoolGen.Testing;

namespace PoolGen.Onnx.Tests
{
    /// <summary>
    /// The issue's ONNX check: PoolGen's max unpooling with <see cref="PoolIndexOrder.Tensor"/> against ONNX Runtime's own
    /// <c>MaxUnpool</c> (CPU provider), both fed ONNX Runtime's <c>MaxPool</c> output and its <c>Indices</c>
    /// (<c>storage_order = 0</c>, flat over the whole N, C, spatial... tensor). One graph computes x -> MaxPool -> (y, indices)
    /// -> MaxUnpool -> z; the kernel unpools y through indices into the shape of z, and must give z bit for bit. Ranks 1-3,
    /// int and long indices (int narrowed from ONNX's int64), channels first (ONNX's layout). The spatial sizes are drawn so
    /// that MaxUnpool's inferred shape, (pooled - 1) * stride + kernel - pads, is the input's, as MaxUnpool requires when no
    /// output_shape is given.
    /// </summary>
    public sealed class MaxUnpoolTests
    {
        private delegate void Unpool(float[] pooled, long[] indices, float[] output, int batch, int channels, int[] spatial);

        private sealed record Row(string Name, int Kernel, int Stride, int Padding, int Rank, Unpool Call);

        private static int[] Narrow(long[] values) => Array.ConvertAll(values, v => checked((int)v));

        private static readonly Row[] Rows =
        [
            new("1D", 3, 2, 1, 1, (p, x, o, n, c, s) => MaxUnpoolKernels.Tensor1D(p, x, o, n, c, s[0])),
            new("1D int", 2, 2, 0, 1, (p, x, o, n, c, s) => MaxUnpoolKernels.Tensor1DInt(p, Narrow(x), o, n, c, s[0])),
            new("2D", 2, 2, 0, 2, (p, x, o, n, c, s) => MaxUnpoolKernels.Tensor2D(p, x, o, n, c, s[0], s[1])),
            new("2D int, Parallel", 3, 2, 1, 2, (p, x, o, n, c, s) => MaxUnpoolKernels.Tensor2DIntParallel(p, Narrow(x), o, n, c, s[0], s[1])),
            new("3D", 3, 2, 1, 3, (p, x, o, n, c, s) => MaxUnpoolKernels.Tensor3D(p, x, o, n, c, s[0], s[1], s[2])),
        ];

        public static TheoryData<string> Names() => new(Rows.Select(r => r.Name));

        [Theory]
        [MemberData(nameof(Names))]
        public void TensorOrderUnpooling_EqualsOnnxRuntimeMaxUnpool(string name)
        {
            Row row = Rows.Single(r => r.Name == name);
            var random = new Random(name.Aggregate(23, (h, ch) => (h * 31) + ch));
            for (int draw = 0; draw < 8; draw++)
            {
                int batch = random.Next(1, 4), channels = random.Next(1, 5);
                bool large = draw == 0 && row.Name.Contains("Parallel", StringComparison.Ordinal);
                int[] pooledSpatial = Enumerable.Range(0, row.Rank).Select(_ => large ? 40 : random.Next(1, row.Rank == 3 ? 5 : 9)).ToArray();
                int[] spatial = pooledSpatial.Select(o => ((o - 1) * row.Stride) + row.Kernel - (2 * row.Padding)).ToArray();
                if (spatial.Any(n => n + (2 * row.Padding) < row.Kernel))
                {
                    continue;
                }

                long[] shape = new long[] { batch, channels }.Concat(spatial.Select(n => (long)n)).ToArray();
                float[] x = TestData.Random<float>(random.Next(), (int)shape.Aggregate(1L, (a, b) => a * b), specials: false, ties: true);
                OrtTensor[] results = Ort.Run(Model(row, shape), x, shape, "y", "indices", "z");
                float[] pooled = results[0].As<float>();
                long[] indices = results[1].As<long>();
                float[] expected = results[2].As<float>();
                Assert.Equal(shape, results[2].Shape);
                Assert.Equal(pooledSpatial.Select(o => (long)o), results[0].Shape.Skip(2));

                float[] output = Enumerable.Repeat(-7f, x.Length).ToArray();
                row.Call(pooled, indices, output, batch, channels, spatial);
                for (int i = 0; i < expected.Length; i++)
                {
                    Assert.True(
                        BitConverter.SingleToInt32Bits(expected[i]) == BitConverter.SingleToInt32Bits(output[i]),
                        $"{row.Name} {string.Join("x", shape)}: element {i} is {output[i]}, ONNX Runtime's MaxUnpool gives {expected[i]}.");
                }
            }
        }

        /// <summary>x -> MaxPool(storage_order = 0) -> y, indices -> MaxUnpool(same window) -> z.</summary>
        private static byte[] Model(Row row, long[] shape)
        {
            var graph = new OnnxGraph();
            graph.Input("x", OnnxGraph.Float, shape);
            graph.Output("y", OnnxGraph.Float);
            graph.Output("indices", OnnxGraph.Int64);
            graph.Output("z", OnnxGraph.Float);
            int[] kernel = Enumerable.Repeat(row.Kernel, row.Rank).ToArray();
            int[] strides = Enumerable.Repeat(row.Stride, row.Rank).ToArray();
            int[] pads = Enumerable.Repeat(row.Padding, 2 * row.Rank).ToArray();
            graph.Add("MaxPool", ["x"], ["y", "indices"]).Ints("kernel_shape", kernel).Ints("strides", strides).Ints("pads", pads).Int("storage_order", 0);
            graph.Add("MaxUnpool", ["y", "indices"], ["z"]).Ints("kernel_shape", kernel).Ints("strides", strides).Ints("pads", pads);
            return graph.ToModel();
        }
    }

    /// <summary>The kernels <see cref="MaxUnpoolTests"/> checks; each window is repeated there as data.</summary>
    internal static partial class MaxUnpoolKernels
    {
        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor)]
        internal static partial void Tensor1D(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 2, Stride = 2, IndexOrder = PoolIndexOrder.Tensor)]
        internal static partial void Tensor1DInt(ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int length);

        [Pool(Size = 2, Stride = 2, IndexOrder = PoolIndexOrder.Tensor)]
        internal static partial void Tensor2D(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, Parallel = true, IndexOrder = PoolIndexOrder.Tensor)]
        internal static partial void Tensor2DIntParallel(ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Tensor)]
        internal static partial void Tensor3D(ReadOnlySpan<float> input, ReadOnlySpan<long> indices, Span<float> output, int batch, int channels, int depth, int height, int width);
    }
}
