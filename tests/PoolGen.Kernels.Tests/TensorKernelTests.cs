using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Numerics.Tensors;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>A tensor-form kernel: <c>ReadOnlyTensorSpan&lt;T&gt; input, TensorSpan&lt;T&gt; output</c>.</summary>
    public delegate void TensorPoolInvoker<T>(ReadOnlyTensorSpan<T> input, TensorSpan<T> output);

    /// <summary>
    /// The tensor-form kernels of <see cref="TensorKernels"/>: rank 4 [N, C, H, W] and rank 3 [C, H, W] tensors give the
    /// bits of the span-form twin and of <see cref="PoolReference"/>; tensors at an offset in their memory and slices
    /// work; and every run-time check (rank, lengths, fixed dimensions, density) throws ArgumentException naming the
    /// tensor, before the output is touched.
    /// </summary>
    public sealed partial class TensorKernelTests
    {
        private const float Sentinel = 42.5f;

        /// <summary>One tensor kernel and its twin: what the attribute means, which lengths it fixes.</summary>
        private sealed record Case<T>(PoolSpecND Spec, int FixedChannels, int FixedHeight, int FixedWidth, TensorPoolInvoker<T> Tensor, KernelCall<T> Span)
            where T : unmanaged, INumber<T>;

        private static readonly Dictionary<string, Action<int>> Cases = new()
        {
            [nameof(TensorKernels.Max_k3s2p1)] = seed => Check(seed, new Case<float>(
                PoolSpecND.Of2D(PoolKind.Max, 3, 3, 2, 2, 1, 1), 0, 0, 0,
                TensorKernels.Max_k3s2p1, (i, o, _, _, b, c, s) => TensorKernels.Max_k3s2p1_Span(i, o, b, c, s[0], s[1]))),
            [nameof(TensorKernels.Avg_k3s1p1NoPad)] = seed => Check(seed, new Case<float>(
                PoolSpecND.Of2D(PoolKind.Average, 3, 3, 1, 1, 1, 1, countIncludePad: false), 0, 0, 0,
                TensorKernels.Avg_k3s1p1NoPad, (i, o, _, _, b, c, s) => TensorKernels.Avg_k3s1p1NoPad_Span(i, o, b, c, s[0], s[1]))),
            [nameof(TensorKernels.AvgF64_k2Ceil)] = seed => Check(seed, new Case<double>(
                PoolSpecND.Of2D(PoolKind.Average, 2, 2, 2, 2, 0, 0, ceilMode: true), 0, 0, 0,
                TensorKernels.AvgF64_k2Ceil, (i, o, _, _, b, c, s) => TensorKernels.AvgF64_k2Ceil_Span(i, o, b, c, s[0], s[1]))),
            [nameof(TensorKernels.MaxU8_k2x3s2d2p1)] = seed => Check(seed, new Case<byte>(
                PoolSpecND.Of2D(PoolKind.Max, 2, 3, 2, 2, 1, 1, dilationH: 2, dilationW: 2), 0, 0, 0,
                TensorKernels.MaxU8_k2x3s2d2p1, (i, o, _, _, b, c, s) => TensorKernels.MaxU8_k2x3s2d2p1_Span(i, o, b, c, s[0], s[1]))),
            [nameof(TensorKernels.Avg_k3s2Pads1002Ceil)] = seed => Check(seed, new Case<float>(
                PoolSpecND.Of2D(PoolKind.Average, 3, 3, 2, 2, 1, 0, ceilMode: true) with { PaddingEnd = [0, 2] }, 0, 0, 0,
                TensorKernels.Avg_k3s2Pads1002Ceil, (i, o, _, _, b, c, s) => TensorKernels.Avg_k3s2Pads1002Ceil_Span(i, o, b, c, s[0], s[1]))),
            [nameof(TensorKernels.Fixed_Max_C3H8W6_k2)] = seed => Check(seed, new Case<float>(
                PoolSpecND.Of2D(PoolKind.Max, 2, 2, 2, 2, 0, 0), 3, 8, 6,
                TensorKernels.Fixed_Max_C3H8W6_k2, (input, output, _, _, batch, _, _) => TensorKernels.Fixed_Max_C3H8W6_k2_Span(input, output, batch))),
            [nameof(TensorKernels.Fixed_AvgF64_C2_k3s2p1Ceil)] = seed => Check(seed, new Case<double>(
                PoolSpecND.Of2D(PoolKind.Average, 3, 3, 2, 2, 1, 1, ceilMode: true), 2, 0, 0,
                TensorKernels.Fixed_AvgF64_C2_k3s2p1Ceil, (input, output, _, _, batch, _, s) => TensorKernels.Fixed_AvgF64_C2_k3s2p1Ceil_Span(input, output, batch, s[0], s[1]))),
        };

        public static TheoryData<string> CaseNames => new(Cases.Keys);

        /// <summary>Random shapes, rank 4 and rank 3 alternately, every fixed length as the attribute says.</summary>
        [Theory]
        [MemberData(nameof(CaseNames))]
        public void MatchesTheSpanKernelAndTheReference(string name)
        {
            for (int seed = 0; seed < 16; seed++)
            {
                Cases[name](seed);
            }
        }

        private static void Check<T>(int seed, Case<T> c)
            where T : unmanaged, INumber<T>
        {
            var random = new Random(seed * 7919 + 17);
            bool rank4 = seed % 2 == 0;
            int batch = rank4 ? random.Next(1, 4) : 1;
            int channels = c.FixedChannels > 0 ? c.FixedChannels : random.Next(1, 5);
            int height = c.FixedHeight > 0 ? c.FixedHeight : Size(random, c.Spec.Kernel[0], c.Spec.Stride[0], c.Spec.Padding[0], c.Spec.PaddingEndOrSymmetric[0], c.Spec.Dilation[0], c.Spec.CeilMode);
            int width = c.FixedWidth > 0 ? c.FixedWidth : Size(random, c.Spec.Kernel[1], c.Spec.Stride[1], c.Spec.Padding[1], c.Spec.PaddingEndOrSymmetric[1], c.Spec.Dilation[1], c.Spec.CeilMode);
            int outHeight = PoolReference.OutputSize(height, c.Spec.Kernel[0], c.Spec.Stride[0], c.Spec.Padding[0], c.Spec.PaddingEndOrSymmetric[0], c.Spec.Dilation[0], c.Spec.CeilMode);
            int outWidth = PoolReference.OutputSize(width, c.Spec.Kernel[1], c.Spec.Stride[1], c.Spec.Padding[1], c.Spec.PaddingEndOrSymmetric[1], c.Spec.Dilation[1], c.Spec.CeilMode);

            bool isFloat = typeof(T) == typeof(float) || typeof(T) == typeof(double);
            // Multiples of 0.25: every sum is exact, so the average's order of additions cannot change a bit.
            T[] input = TestData.Random<T>(seed, batch * channels * height * width, specials: isFloat && c.Spec.Kind == PoolKind.Max, ties: true);
            nint[] inputLengths = rank4 ? [batch, channels, height, width] : [channels, height, width];
            nint[] outputLengths = rank4 ? [batch, channels, outHeight, outWidth] : [channels, outHeight, outWidth];
            string context = $"{c.Spec} [{string.Join(", ", inputLengths)}]";

            T[] expected = PoolReference.Pool<T>(c.Spec, input, batch, channels, height, width);
            T[] viaSpan = new T[expected.Length];
            c.Span(input, viaSpan, [], [], batch, channels, [height, width]);

            // The tensors at an offset in arrays with elements around them: those stay as they are.
            const int before = 5, after = 3;
            T[] source = new T[before + input.Length + after];
            input.CopyTo(source, before);
            T[] destination = new T[before + expected.Length + after];
            Array.Fill(destination, T.CreateTruncating(42));
            c.Tensor(new ReadOnlyTensorSpan<T>(source, before, inputLengths, default), new TensorSpan<T>(destination, before, outputLengths, default));

            ReadOnlySpan<T> actual = destination.AsSpan(before, expected.Length);
            Compare.Bitwise<T>(expected, actual, context + " against the reference");
            Compare.Bitwise<T>(viaSpan, actual, context + " against the span kernel");
            Assert.All(destination.Take(before).Concat(destination.Skip(before + expected.Length)), v => Assert.Equal(T.CreateTruncating(42), v));
        }

        /// <summary>A random size from the smallest with an output up to 15.</summary>
        private static int Size(Random random, int k, int s, int pb, int pe, int d, bool ceil)
        {
            int minimum = 1;
            while (PoolReference.OutputSize(minimum, k, s, pb, pe, d, ceil) < 1)
            {
                minimum++;
            }

            return random.Next(2) == 0 ? minimum : random.Next(minimum, Math.Max(minimum, 15) + 1);
        }

        /// <summary>A dense slice along the batch axis is a tensor at an offset: it pools as that image alone.</summary>
        [Fact]
        public void BatchSliceOfADenseTensor_PoolsThatImage()
        {
            float[] input = TestData.Random<float>(3, 3 * 2 * 9 * 7, specials: true, ties: true);
            var all = new ReadOnlyTensorSpan<float>(input, [3, 2, 9, 7]);
            ReadOnlyTensorSpan<float> second = all.Slice([new NRange(1, 2), NRange.All, NRange.All, NRange.All]);
            float[] output = new float[2 * 5 * 4];
            TensorKernels.Max_k3s2p1(second, new TensorSpan<float>(output, [1, 2, 5, 4]));

            float[] expected = PoolReference.Pool<float>(PoolSpecND.Of2D(PoolKind.Max, 3, 3, 2, 2, 1, 1), input.AsSpan(2 * 9 * 7, 2 * 9 * 7), 1, 2, 9, 7);
            Compare.Bitwise<float>(expected, output, "batch 1 of 3");
        }

        // ---------------------------------------------------------------- run-time checks

        [Fact]
        public void InputRank2_Throws()
            => Throws("input", "input has rank 2", TensorKernels.Max_k3s2p1, 64, [8, 8], null, 16, [4, 4], null);

        [Fact]
        public void InputRank5_Throws()
            => Throws("input", "input has rank 5", TensorKernels.Max_k3s2p1, 64, [1, 1, 1, 8, 8], null, 16, [1, 1, 1, 4, 4], null);

        [Fact]
        public void OutputRankOtherThanTheInputs_Throws()
            => Throws("output", "output has rank 3; it must have the rank of input, 4", TensorKernels.Max_k3s2p1, 64, [1, 1, 8, 8], null, 16, [1, 4, 4], null);

        [Theory]
        [InlineData(new long[] { 2, 3, 4, 5 })]
        [InlineData(new long[] { 2, 3, 5, 4 })]
        [InlineData(new long[] { 1, 3, 4, 4 })]
        [InlineData(new long[] { 2, 2, 4, 4 })]
        [InlineData(new long[] { 2, 3, 3, 4 })]
        public void OutputLengthsOtherThanThePooledShape_Throw(long[] lengths)
            => Throws("output", "they must be [2, 3, 4, 4]", TensorKernels.Max_k3s2p1, 2 * 3 * 8 * 8, [2, 3, 8, 8], null, 2 * 3 * 5 * 5, lengths.Select(l => (nint)l).ToArray(), null);

        [Fact]
        public void Rank3_OutputChannelsWrong_Throws()
            => Throws("output", "they must be [3, 4, 4]", TensorKernels.Max_k3s2p1, 3 * 8 * 8, [3, 8, 8], null, 64, [2, 4, 4], null);

        [Fact]
        public void InputLengthZero_Throws()
            => Throws("input", "input.Lengths[0] (batch) is 0", TensorKernels.Max_k3s2p1, 64, [0, 1, 8, 8], null, 16, [0, 1, 4, 4], null);

        [Fact]
        public void InputTooNarrowForTheWindow_Throws()
        {
            // Width 2 is below the 5-wide dilated window with padding 1, which needs 3.
            byte[] input = new byte[4 * 2];
            byte[] output = Enumerable.Repeat((byte)42, 16).ToArray();
            ArgumentException e = Assert.Throws<ArgumentException>(() =>
                TensorKernels.MaxU8_k2x3s2d2p1(new ReadOnlyTensorSpan<byte>(input, [1, 1, 4, 2]), new TensorSpan<byte>(output, [1, 1, 2, 1])));
            Assert.Equal("input", e.ParamName);
            Assert.Contains("input.Lengths[3] (width) is 2; it must be from 3 to", e.Message, StringComparison.Ordinal);
            Assert.All(output, v => Assert.Equal(42, v));
        }

        [Fact]
        public void FixedHeightMismatch_Throws()
            => Throws("input", "input.Lengths[2] (height) is 7; the [Pool] attribute fixes it at 8 (Height = 8)", TensorKernels.Fixed_Max_C3H8W6_k2, 3 * 7 * 6, [1, 3, 7, 6], null, 3 * 4 * 3, [1, 3, 4, 3], null);

        [Fact]
        public void FixedChannelsMismatch_Rank3_Throws()
            => Throws("input", "input.Lengths[0] (channels) is 2; the [Pool] attribute fixes it at 3 (Channels = 3)", TensorKernels.Fixed_Max_C3H8W6_k2, 2 * 8 * 6, [2, 8, 6], null, 2 * 4 * 3, [2, 4, 3], null);

        [Fact]
        public void InputWithRowPadding_IsNotDense_Throws()
            // A [2, 3, 8, 8] view of rows 10 elements apart, as a slice of the first 8 columns of a [2, 3, 8, 10] tensor.
            => Throws("input", "input is not dense and row-major (lengths [2, 3, 8, 8], strides [240, 80, 10, 1])", TensorKernels.Max_k3s2p1, 2 * 3 * 8 * 10, [2, 3, 8, 8], [240, 80, 10, 1], 2 * 3 * 4 * 4, [2, 3, 4, 4], null);

        [Fact]
        public void InputBroadcastAlongTheBatch_IsNotDense_Throws()
            => Throws("input", "input is not dense", TensorKernels.Max_k3s2p1, 3 * 8 * 8, [2, 3, 8, 8], [0, 64, 8, 1], 2 * 3 * 4 * 4, [2, 3, 4, 4], null);

        [Fact]
        public void InputTransposed_IsNotRowMajor_Throws()
            => Throws("input", "input is not dense", TensorKernels.Max_k3s2p1, 8 * 8, [1, 1, 8, 8], [0, 0, 1, 8], 16, [1, 1, 4, 4], null);

        [Fact]
        public void OutputWithRowPadding_IsNotDense_Throws()
            => Throws("output", "output is not dense and row-major", TensorKernels.Max_k3s2p1, 2 * 3 * 8 * 8, [2, 3, 8, 8], null, 2 * 3 * 4 * 8, [2, 3, 4, 4], [96, 32, 8, 1]);

        /// <summary>
        /// An axis of length 1 has stride 0 in System.Numerics.Tensors 10.0 (which rejects any other): its stride is never
        /// used, so the check skips it. A check for strides equal to the products of the lengths would reject these tensors.
        /// </summary>
        [Fact]
        public void LengthOneAxesWithStrideZero_AreDense()
        {
            float[] input = TestData.Random<float>(1, 8 * 8, specials: false, ties: true);
            float[] output = new float[16];
            TensorKernels.Max_k3s2p1(new ReadOnlyTensorSpan<float>(input, [1, 1, 8, 8], [0, 0, 8, 1]), new TensorSpan<float>(output, [1, 1, 4, 4], [0, 0, 4, 1]));
            Compare.Bitwise<float>(PoolReference.Pool<float>(PoolSpecND.Of2D(PoolKind.Max, 3, 3, 2, 2, 1, 1), input, 1, 1, 8, 8), output, "strides of length-1 axes");
        }

        /// <summary>Calls <paramref name="kernel"/> on tensors over arrays of the given sizes; expects an ArgumentException naming <paramref name="paramName"/> and an untouched output.</summary>
        private static void Throws(
            string paramName, string fragment, TensorPoolInvoker<float> kernel,
            int inputSize, nint[] inputLengths, nint[]? inputStrides, int outputSize, nint[] outputLengths, nint[]? outputStrides)
        {
            float[] input = TestData.Random<float>(5, inputSize, specials: false, ties: true);
            float[] output = Enumerable.Repeat(Sentinel, outputSize).ToArray();
            ArgumentException e = Assert.Throws<ArgumentException>(() => kernel(
                new ReadOnlyTensorSpan<float>(input, inputLengths, inputStrides),
                new TensorSpan<float>(output, outputLengths, outputStrides)));
            Assert.Equal(paramName, e.ParamName);
            Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
            Assert.All(output, v => Assert.Equal(Sentinel, v));
        }
    }
}
