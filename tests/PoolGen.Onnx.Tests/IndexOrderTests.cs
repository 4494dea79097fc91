using System;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;

namespace PoolGen.Onnx.Tests
{
    /// <summary>
    /// <see cref="IndexOrderReference"/> against ONNX Runtime's MaxPool <c>Indices</c> output: <c>storage_order = 0</c> is
    /// <see cref="IndexOrderReference.Order.Tensor"/>, <c>storage_order = 1</c> is
    /// <see cref="IndexOrderReference.Order.TensorColumnMajor"/>, ranks 1 to 3, float (values with many ties, so the
    /// first-maximum rule is exercised) and uint8/int8. Channels last: ORT's MaxPool is channels first only, so the graph
    /// transposes the input to channels first and the values and indices back; the index values themselves are ORT's.
    /// </summary>
    public sealed class IndexOrderTests
    {
        public static TheoryData<string, int, int, PoolLayout> Combinations()
        {
            var data = new TheoryData<string, int, int, PoolLayout>();
            foreach (string type in new[] { "float", "uint8", "int8" })
            {
                for (int rank = 1; rank <= 3; rank++)
                {
                    foreach (int storageOrder in new[] { 0, 1 })
                    {
                        data.Add(type, rank, storageOrder, PoolLayout.Nchw);
                        data.Add(type, rank, storageOrder, PoolLayout.Nhwc);
                    }
                }
            }

            return data;
        }

        /// <summary>10 random MaxPool cases per row (pads, ceil mode, dilation, auto_pad), values and indices compared exactly.</summary>
        [Theory]
        [MemberData(nameof(Combinations))]
        public void IndicesEqualOnnxRuntime(string type, int rank, int storageOrder, PoolLayout layout)
        {
            switch (type)
            {
                case "float":
                    Compare<float>(rank, storageOrder, layout, (random, length) => TestData.Random<float>(random.Next(), length, specials: false, ties: true));
                    break;
                case "uint8":
                    Compare<byte>(rank, storageOrder, layout, (random, length) => TestData.Random<byte>(random.Next(), length, specials: false, ties: true));
                    break;
                default:
                    Compare<sbyte>(rank, storageOrder, layout, (random, length) => TestData.Random<sbyte>(random.Next(), length, specials: false, ties: true));
                    break;
            }
        }

        /// <summary>The orders on one worked 2D example, from ORT's rule written out by hand (not from the reference).</summary>
        [Fact]
        public void ColumnMajorKeepsTheRowMajorPlaneOffset()
        {
            // N=1, C=2, H=2, W=3, the maximum of channel 1 at (h=1, w=0): plane 1, S = 6.
            long plane = 1;
            int[] shape = [2, 3];
            long planeIndex = (1 * 3) + 0;
            Assert.Equal(3, IndexOrderReference.Convert(planeIndex, plane, shape, IndexOrderReference.Order.Plane));
            Assert.Equal(6 + 3, IndexOrderReference.Convert(planeIndex, plane, shape, IndexOrderReference.Order.Tensor));
            Assert.Equal(6 + 1 + (0 * 2), IndexOrderReference.Convert(planeIndex, plane, shape, IndexOrderReference.Order.TensorColumnMajor));
        }

        private static void Compare<T>(int rank, int storageOrder, PoolLayout layout, Func<Random, int, T[]> data)
            where T : unmanaged, INumber<T>
        {
            var random = new Random(5000 + (rank * 100) + (storageOrder * 10) + (int)layout + (typeof(T) == typeof(float) ? 0 : typeof(T) == typeof(byte) ? 1000 : 2000));
            var order = storageOrder == 0 ? IndexOrderReference.Order.Tensor : IndexOrderReference.Order.TensorColumnMajor;
            for (int i = 0; i < 10; i++)
            {
                PoolCase @case = PoolCase.Random(random, PoolKind.Max, rank, layout, maxDilation: 2, noEmptyWindows: true);
                T[] input = data(random, @case.InputLength);
                OrtTensor[] results = Ort.Run(Model<T>(@case, storageOrder), input, @case.InputShape, "y", "indices");
                PoolSpecND spec = QuantizedPoolReference.Resolve(@case.Spec, @case.Spatial, @case.AutoPad);

                long[] indices = IndexOrderReference.Indices(spec, input, @case.Batch, @case.Channels, @case.Spatial, order, layout);
                long[] expectedIndices = results[1].As<long>();
                Assert.Equal(expectedIndices.Length, indices.Length);
                for (int j = 0; j < indices.Length; j++)
                {
                    Assert.True(expectedIndices[j] == indices[j], $"{@case} storage_order={storageOrder}: index {j} is {indices[j]}, ONNX Runtime computed {expectedIndices[j]}.");
                }

                T[] channelsFirst = layout == PoolLayout.Nhwc ? Layouts.ToChannelsFirst<T>(input, @case.Batch, @case.Channels, @case.Spatial) : input;
                T[] values = PoolReference.PoolND<T>(spec, channelsFirst, @case.Batch, @case.Channels, @case.Spatial);
                int[] outputShape = PoolReference.OutputShape(spec, @case.Spatial);
                if (layout == PoolLayout.Nhwc)
                {
                    values = Layouts.ToChannelsLast<T>(values, @case.Batch, @case.Channels, outputShape);
                }

                Assert.Equal(@case.Shape(outputShape), results[0].Shape);
                Assert.Equal(results[0].As<T>(), values);
            }
        }

        /// <summary>x -> [Transpose to channels first] -> MaxPool(storage_order) -> y, indices [-> Transpose back].</summary>
        internal static byte[] Model<T>(PoolCase @case, int storageOrder)
        {
            var graph = new OnnxGraph();
            int type = OnnxGraph.ElementType<T>();
            int rank = @case.Rank;
            graph.Input("x", type, @case.InputShape);
            graph.Output("y", type);
            graph.Output("indices", OnnxGraph.Int64);
            bool last = @case.Layout == PoolLayout.Nhwc;
            if (last)
            {
                graph.Add("Transpose", ["x"], ["nchw"]).Ints("perm", new[] { 0, rank + 1 }.Concat(Enumerable.Range(1, rank)));
            }

            OnnxGraph.Node pool = graph.Add("MaxPool", [last ? "nchw" : "x"], last ? ["y_nchw", "indices_nchw"] : ["y", "indices"]);
            @case.WindowAttributes(pool).Int("storage_order", storageOrder);
            if (last)
            {
                int[] back = new[] { 0 }.Concat(Enumerable.Range(2, rank)).Append(1).ToArray();
                graph.Add("Transpose", ["y_nchw"], ["y"]).Ints("perm", back);
                graph.Add("Transpose", ["indices_nchw"], ["indices"]).Ints("perm", back);
            }

            return graph.ToModel();
        }
    }
}
