using System;
using System.Linq;
using PoolGen.Testing;

namespace PoolGen.Onnx.Tests
{
    /// <summary>
    /// PoolGen's kernels with <see cref="PoolAttribute.IndexOrder"/> = <see cref="PoolIndexOrder.Tensor"/> and
    /// <see cref="PoolIndexOrder.TensorColumnMajor"/> against ONNX Runtime's MaxPool <c>Indices</c> with
    /// <c>storage_order</c> 0 and 1: ranks 1 to 3, batch and channels above 1, padding (asymmetric), dilation, ceil mode,
    /// int and long indices, Parallel; indices equal, values bit for bit. Channels last: the ONNX graph transposes the input to
    /// channels first and the outputs back (IndexOrderTests.Model), so a channels-last kernel is held to the numbers ONNX
    /// Runtime computes for the same logical tensor, the indices of its channels-first twin.
    /// </summary>
    public sealed class IndexOrderKernelTests
    {
        internal delegate void Run<TIndex>(ReadOnlySpan<float> input, Span<float> output, Span<TIndex> indices, int batch, int channels, int[] spatial);

        /// <summary>One generated kernel: its attribute as data (window per axis, outermost first) and a call of it.</summary>
        internal sealed record Kernel(string Name, PoolSpecND Spec, PoolLayout Layout, int StorageOrder, bool IntIndices, Run<long>? Long, Run<int>? Int)
        {
            public override string ToString() => Name;
        }

        private static PoolSpecND Spec(int[] kernel, int[] stride, int[] begin, int[] end, int[] dilation, bool ceil) =>
            new(PoolKind.Max, kernel, stride, begin, dilation, ceil) { PaddingEnd = end };

        private static readonly Kernel[] Kernels =
        [
            new("T1", Spec([3], [2], [1], [2], [2], true), PoolLayout.Nchw, 0, false, (i, o, x, n, c, s) => IndexOrderKernels.T1(i, o, x, n, c, s[0]), null),
            new("C1", Spec([3], [2], [1], [2], [2], true), PoolLayout.Nchw, 1, false, (i, o, x, n, c, s) => IndexOrderKernels.C1(i, o, x, n, c, s[0]), null),
            new("T1Last", Spec([2], [1], [1], [0], [3], false), PoolLayout.Nhwc, 0, false, (i, o, x, n, c, s) => IndexOrderKernels.T1Last(i, o, x, n, c, s[0]), null),
            new("T2", Spec([3, 2], [2, 1], [1, 0], [1, 1], [2, 1], true), PoolLayout.Nchw, 0, false, (i, o, x, n, c, s) => IndexOrderKernels.T2(i, o, x, n, c, s[0], s[1]), null),
            new("C2", Spec([3, 2], [2, 1], [1, 0], [1, 1], [2, 1], true), PoolLayout.Nchw, 1, false, (i, o, x, n, c, s) => IndexOrderKernels.C2(i, o, x, n, c, s[0], s[1]), null),
            new("C2Int", Spec([2, 3], [1, 2], [1, 1], [0, 1], [1, 2], false), PoolLayout.Nchw, 1, true, null, (i, o, x, n, c, s) => IndexOrderKernels.C2Int(i, o, x, n, c, s[0], s[1])),
            new("T2Last", Spec([3, 2], [2, 1], [1, 0], [1, 1], [2, 1], true), PoolLayout.Nhwc, 0, false, (i, o, x, n, c, s) => IndexOrderKernels.T2Last(i, o, x, n, c, s[0], s[1]), null),
            new("C2Last", Spec([3, 2], [2, 1], [1, 0], [1, 1], [2, 1], true), PoolLayout.Nhwc, 1, false, (i, o, x, n, c, s) => IndexOrderKernels.C2Last(i, o, x, n, c, s[0], s[1]), null),
            new("C2Parallel", Spec([3, 3], [1, 1], [1, 1], [1, 1], [1, 1], false), PoolLayout.Nchw, 1, false, (i, o, x, n, c, s) => IndexOrderKernels.C2Parallel(i, o, x, n, c, s[0], s[1]), null),
            new("T2LastParallelInt", Spec([3, 3], [1, 1], [1, 1], [1, 1], [1, 1], false), PoolLayout.Nhwc, 0, true, null, (i, o, x, n, c, s) => IndexOrderKernels.T2LastParallelInt(i, o, x, n, c, s[0], s[1])),
            new("T3", Spec([2, 2, 3], [2, 1, 2], [1, 0, 1], [0, 1, 2], [1, 2, 1], true), PoolLayout.Nchw, 0, false, (i, o, x, n, c, s) => IndexOrderKernels.T3(i, o, x, n, c, s[0], s[1], s[2]), null),
            new("C3", Spec([2, 2, 3], [2, 1, 2], [1, 0, 1], [0, 1, 2], [1, 2, 1], true), PoolLayout.Nchw, 1, false, (i, o, x, n, c, s) => IndexOrderKernels.C3(i, o, x, n, c, s[0], s[1], s[2]), null),
            new("C3Last", Spec([2, 2, 3], [2, 1, 2], [1, 0, 1], [0, 1, 2], [1, 2, 1], true), PoolLayout.Nhwc, 1, false, (i, o, x, n, c, s) => IndexOrderKernels.C3Last(i, o, x, n, c, s[0], s[1], s[2]), null),
        ];

        public static TheoryData<string> Names() => new(Kernels.Select(k => k.Name));

        /// <summary>12 random shapes per kernel (batch 2-3, channels 2-5, sizes with no empty window), float data with ties.</summary>
        [Theory]
        [MemberData(nameof(Names))]
        public void IndicesAndValuesEqualOnnxRuntime(string name)
        {
            Kernel kernel = Kernels.Single(k => k.Name == name);
            var random = new Random(name.Aggregate(17, (h, ch) => (h * 31) + ch));
            int checkedShapes = 0;
            for (int attempt = 0; checkedShapes < 12; attempt++)
            {
                Assert.True(attempt < 1000, "no valid shape drawn");
                int rank = kernel.Spec.Rank;
                int[] spatial = Enumerable.Range(0, rank).Select(_ => random.Next(1, rank == 1 ? 14 : rank == 2 ? 9 : 6)).ToArray();
                if (!Valid(kernel.Spec, spatial))
                {
                    continue;
                }

                // Parallel kernels: large enough for the threaded path (65,536 input elements) now and then.
                bool large = kernel.Name.Contains("Parallel", StringComparison.Ordinal) && checkedShapes % 3 == 0;
                var @case = new PoolCase(random.Next(2, 4), large ? 16 : random.Next(2, 6), large ? [64, 72] : spatial, kernel.Layout, kernel.Spec, PoolAutoPad.NotSet, default);
                Check(kernel, @case, random.Next());
                checkedShapes++;
            }
        }

        private static void Check(Kernel kernel, PoolCase @case, int seed)
        {
            float[] input = TestData.Random<float>(seed, @case.InputLength, specials: false, ties: true);
            int[] outputShape = PoolReference.OutputShape(@case.Spec, @case.Spatial);
            int outputLength = @case.Batch * @case.Channels * outputShape.Aggregate(1, (a, b) => a * b);
            var output = new float[outputLength];
            long[] indices;
            if (kernel.IntIndices)
            {
                var ints = new int[outputLength];
                kernel.Int!(input, output, ints, @case.Batch, @case.Channels, @case.Spatial);
                indices = ints.Select(i => (long)i).ToArray();
            }
            else
            {
                indices = new long[outputLength];
                kernel.Long!(input, output, indices, @case.Batch, @case.Channels, @case.Spatial);
            }

            OrtTensor[] results = Ort.Run(IndexOrderTests.Model<float>(@case, kernel.StorageOrder), input, @case.InputShape, "y", "indices");
            Assert.Equal(@case.Shape(outputShape), results[0].Shape);
            long[] expected = results[1].As<long>();
            float[] values = results[0].As<float>();
            for (int j = 0; j < outputLength; j++)
            {
                Assert.True(expected[j] == indices[j], $"{kernel} {@case}: index {j} is {indices[j]}, ONNX Runtime's (storage_order={kernel.StorageOrder}) is {expected[j]}.");
                Assert.True(BitConverter.SingleToInt32Bits(values[j]) == BitConverter.SingleToInt32Bits(output[j]), $"{kernel} {@case}: value {j} is {output[j]}, ONNX Runtime's is {values[j]}.");
            }
        }

        /// <summary>At least one output per axis, and every window has a tap inside the input (ONNX Runtime writes no index for an empty one).</summary>
        private static bool Valid(PoolSpecND spec, int[] spatial)
        {
            for (int axis = 0; axis < spec.Rank; axis++)
            {
                int n = spatial[axis], k = spec.Kernel[axis], s = spec.Stride[axis], d = spec.Dilation[axis];
                int pb = spec.PaddingBegin[axis], pe = spec.PaddingEndOrSymmetric[axis];
                if ((long)n + pb + pe < ((long)d * (k - 1)) + 1)
                {
                    return false;
                }

                int outputs = PoolReference.OutputSize(n, k, s, pb, pe, d, spec.CeilMode);
                if (outputs < 1)
                {
                    return false;
                }

                for (int o = 0; o < outputs; o++)
                {
                    if (!Enumerable.Range(0, k).Any(j => (o * s) - pb + (j * d) is int t && t >= 0 && t < n))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }

    /// <summary>The kernels <see cref="IndexOrderKernelTests"/> checks; the attribute of each is repeated there as data.</summary>
    internal static partial class IndexOrderKernels
    {
        [Pool(Rank = 1, Size = 3, Stride = 2, Pads = new[] { 1, 2 }, Dilation = 2, CeilMode = true, IndexOrder = PoolIndexOrder.Tensor)]
        internal static partial void T1(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(Rank = 1, Size = 3, Stride = 2, Pads = new[] { 1, 2 }, Dilation = 2, CeilMode = true, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        internal static partial void C1(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(Rank = 1, Layout = PoolLayout.Nhwc, Size = 2, Stride = 1, Pads = new[] { 1, 0 }, Dilation = 3, IndexOrder = PoolIndexOrder.Tensor)]
        internal static partial void T1Last(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int length);

        [Pool(SizeH = 3, SizeW = 2, StrideH = 2, StrideW = 1, Pads = new[] { 1, 0, 1, 1 }, DilationH = 2, DilationW = 1, CeilMode = true, IndexOrder = PoolIndexOrder.Tensor)]
        internal static partial void T2(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 2, StrideH = 2, StrideW = 1, Pads = new[] { 1, 0, 1, 1 }, DilationH = 2, DilationW = 1, CeilMode = true, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        internal static partial void C2(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 3, StrideH = 1, StrideW = 2, Pads = new[] { 1, 1, 0, 1 }, DilationH = 1, DilationW = 2, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        internal static partial void C2Int(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(Layout = PoolLayout.Nhwc, SizeH = 3, SizeW = 2, StrideH = 2, StrideW = 1, Pads = new[] { 1, 0, 1, 1 }, DilationH = 2, DilationW = 1, CeilMode = true, IndexOrder = PoolIndexOrder.Tensor)]
        internal static partial void T2Last(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(Layout = PoolLayout.Nhwc, SizeH = 3, SizeW = 2, StrideH = 2, StrideW = 1, Pads = new[] { 1, 0, 1, 1 }, DilationH = 2, DilationW = 1, CeilMode = true, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        internal static partial void C2Last(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1, Padding = 1, Parallel = true, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        internal static partial void C2Parallel(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width);

        [Pool(Layout = PoolLayout.Nhwc, Size = 3, Stride = 1, Padding = 1, Parallel = true, IndexOrder = PoolIndexOrder.Tensor)]
        internal static partial void T2LastParallelInt(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        [Pool(SizeD = 2, SizeH = 2, SizeW = 3, StrideD = 2, StrideH = 1, StrideW = 2, Pads = new[] { 1, 0, 1, 0, 1, 2 }, DilationD = 1, DilationH = 2, DilationW = 1, CeilMode = true, IndexOrder = PoolIndexOrder.Tensor)]
        internal static partial void T3(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(SizeD = 2, SizeH = 2, SizeW = 3, StrideD = 2, StrideH = 1, StrideW = 2, Pads = new[] { 1, 0, 1, 0, 1, 2 }, DilationD = 1, DilationH = 2, DilationW = 1, CeilMode = true, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        internal static partial void C3(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        [Pool(Layout = PoolLayout.Nhwc, SizeD = 2, SizeH = 2, SizeW = 3, StrideD = 2, StrideH = 1, StrideW = 2, Pads = new[] { 1, 0, 1, 0, 1, 2 }, DilationD = 1, DilationH = 2, DilationW = 1, CeilMode = true, IndexOrder = PoolIndexOrder.TensorColumnMajor)]
        internal static partial void C3Last(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width);
    }
}
