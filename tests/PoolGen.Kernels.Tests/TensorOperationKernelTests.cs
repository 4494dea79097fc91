using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Numerics.Tensors;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// The tensor form of the backward passes and max unpooling (<see cref="TensorOperationKernels"/>): on random shapes,
    /// batched ([N, ...]) and unbatched, in both layouts and ranks 1-3, int and long indices, each tensor kernel writes
    /// the bits its span twin in <see cref="OperationKernels"/> writes (which OperationKernelTests checks against
    /// PoolOperatorsReference), and nothing around its tensor; a pooled tensor or indices of the wrong shape, a full tensor
    /// of the wrong rank, or a tensor that is not dense throw ArgumentException naming the tensor before anything is written.
    /// </summary>
    public sealed class TensorOperationKernelTests
    {
        /// <summary>The span twin, called with the flat arrays (already in the kernel's layout) and the sizes.</summary>
        private delegate void SpanOp<T>(T[] pooled, long[] indices, T[] full, int batch, int channels, int[] spatial);

        /// <summary>The tensor kernel: the pooled tensor, the indices (converted to the kernel's index type), the full tensor.</summary>
        private delegate void TensorOp<T>(ReadOnlyTensorSpan<T> pooled, long[] indices, nint[] indexLengths, TensorSpan<T> full);

        /// <summary>One tensor kernel and its twin: rank, layout, the pooled sizes of a full shape, whether it takes indices.</summary>
        private sealed record Case<T>(int Rank, bool Last, Func<int[], int[]> Pooled, int MinimumSize, bool Indices, TensorOp<T> Tensor, SpanOp<T> Span)
            where T : unmanaged, INumber<T>;

        private static Func<int[], int[]> Window(int rank, int kernel, int stride, int padding, bool ceil = false, int dilationW = 1)
            => spatial => spatial.Select((n, i) => PoolReference.OutputSize(n, kernel, stride, padding, i == rank - 1 ? dilationW : 1, ceil)).ToArray();

        private static Func<int[], int[]> Adaptive(params int[] sizes) => _ => sizes;

        private static ReadOnlyTensorSpan<int> IntIndices(long[] indices, nint[] lengths) => new(Array.ConvertAll(indices, v => (int)v), lengths, default);

        private static ReadOnlyTensorSpan<long> LongIndices(long[] indices, nint[] lengths) => new(indices, lengths, default);

        private static int[] Ints(long[] values) => Array.ConvertAll(values, v => (int)v);

        private static readonly Dictionary<string, Action<int>> Cases = new()
        {
            ["MaxBackward2D"] = seed => Check(seed, new Case<float>(2, false, Window(2, 3, 2, 1), 1, true,
                (p, i, l, f) => TensorOperationKernels.MaxBackward2D(p, LongIndices(i, l), f),
                (p, i, f, b, c, s) => OperationKernels.MaxBackward2D(p, i, f, b, c, s[0], s[1]))),
            ["MaxBackward2D_Nhwc_Int"] = seed => Check(seed, new Case<float>(2, true, Window(2, 3, 2, 1), 1, true,
                (p, i, l, f) => TensorOperationKernels.MaxBackward2D_Nhwc_Int(p, IntIndices(i, l), f),
                (p, i, f, b, c, s) => OperationKernels.MaxBackward2D_Nhwc_Int(p, Ints(i), f, b, c, s[0], s[1]))),
            ["MaxBackward1D_Nlc"] = seed => Check(seed, new Case<double>(1, true, Window(1, 3, 1, 0, ceil: true), 3, true,
                (p, i, l, f) => TensorOperationKernels.MaxBackward1D_Nlc(p, LongIndices(i, l), f),
                (p, i, f, b, c, s) => OperationKernels.MaxBackward1D_Nlc(p, i, f, b, c, s[0]))),
            ["MaxBackward3D_Int"] = seed => Check(seed, new Case<double>(3, false, Window(3, 2, 1, 0, dilationW: 2), 3, true,
                (p, i, l, f) => TensorOperationKernels.MaxBackward3D_Int(p, IntIndices(i, l), f),
                (p, i, f, b, c, s) => OperationKernels.MaxBackward3D_Int(p, Ints(i), f, b, c, s[0], s[1], s[2]))),
            ["MinBackwardAdaptive2D"] = seed => Check(seed, new Case<float>(2, false, Adaptive(3, 4), 4, true,
                (p, i, l, f) => TensorOperationKernels.MinBackwardAdaptive2D(p, LongIndices(i, l), f),
                (p, i, f, b, c, s) => OperationKernels.MinBackwardAdaptive2D(p, i, f, b, c, s[0], s[1]))),
            ["AvgBackward2D_CeilExclude"] = seed => Check(seed, new Case<float>(2, false, Window(2, 3, 2, 1, ceil: true), 1, false,
                (p, _, _, f) => TensorOperationKernels.AvgBackward2D_CeilExclude(p, f),
                (p, _, f, b, c, s) => OperationKernels.AvgBackward2D_CeilExclude(p, f, b, c, s[0], s[1]))),
            ["AvgBackward2D_CeilExclude_Nhwc"] = seed => Check(seed, new Case<float>(2, true, Window(2, 3, 2, 1, ceil: true), 1, false,
                (p, _, _, f) => TensorOperationKernels.AvgBackward2D_CeilExclude_Nhwc(p, f),
                (p, _, f, b, c, s) => OperationKernels.AvgBackward2D_CeilExclude_Nhwc(p, f, b, c, s[0], s[1]))),
            ["AvgBackward2D_Include_Nhwc_Parallel"] = seed => Check(seed, new Case<float>(2, true, Window(2, 3, 1, 1, ceil: true), 1, false,
                (p, _, _, f) => TensorOperationKernels.AvgBackward2D_Include_Nhwc_Parallel(p, f),
                (p, _, f, b, c, s) => OperationKernels.AvgBackward2D_Include_Nhwc_Parallel(p, f, b, c, s[0], s[1]))),
            ["AvgBackward1D_Divisor"] = seed => Check(seed, new Case<double>(1, false, Window(1, 4, 1, 2), 1, false,
                (p, _, _, f) => TensorOperationKernels.AvgBackward1D_Divisor(p, f),
                (p, _, f, b, c, s) => OperationKernels.AvgBackward1D_Divisor(p, f, b, c, s[0]))),
            ["AvgBackward3D_Ndhwc"] = seed => Check(seed, new Case<double>(3, true, Window(3, 3, 2, 1), 1, false,
                (p, _, _, f) => TensorOperationKernels.AvgBackward3D_Ndhwc(p, f),
                (p, _, f, b, c, s) => OperationKernels.AvgBackward3D_Ndhwc(p, f, b, c, s[0], s[1], s[2]))),
            ["AvgBackwardAdaptive2D_Nhwc"] = seed => Check(seed, new Case<float>(2, true, Adaptive(3, 5), 5, false,
                (p, _, _, f) => TensorOperationKernels.AvgBackwardAdaptive2D_Nhwc(p, f),
                (p, _, f, b, c, s) => OperationKernels.AvgBackwardAdaptive2D_Nhwc(p, f, b, c, s[0], s[1]))),
            ["Unpool2D"] = seed => Check(seed, new Case<float>(2, false, Window(2, 2, 2, 0), 2, true,
                (p, i, l, f) => TensorOperationKernels.Unpool2D(p, LongIndices(i, l), f),
                (p, i, f, b, c, s) => OperationKernels.Unpool2D(p, i, f, b, c, s[0], s[1]))),
            ["Unpool2D_Parallel"] = seed => Check(seed, new Case<float>(2, false, Window(2, 2, 2, 0), 2, true,
                (p, i, l, f) => TensorOperationKernels.Unpool2D_Parallel(p, LongIndices(i, l), f),
                (p, i, f, b, c, s) => OperationKernels.Unpool2D_Parallel(p, i, f, b, c, s[0], s[1]))),
            ["Unpool2D_Nhwc_Int"] = seed => Check(seed, new Case<float>(2, true, Window(2, 3, 2, 1), 1, true,
                (p, i, l, f) => TensorOperationKernels.Unpool2D_Nhwc_Int(p, IntIndices(i, l), f),
                (p, i, f, b, c, s) => OperationKernels.Unpool2D_Nhwc_Int(p, Ints(i), f, b, c, s[0], s[1]))),
            ["Unpool3D"] = seed => Check(seed, new Case<short>(3, false, Window(3, 3, 2, 1), 1, true,
                (p, i, l, f) => TensorOperationKernels.Unpool3D(p, LongIndices(i, l), f),
                (p, i, f, b, c, s) => OperationKernels.Unpool3D(p, i, f, b, c, s[0], s[1], s[2]))),
            ["Unpool1D"] = seed => Check(seed, new Case<double>(1, false, Window(1, 2, 2, 0), 2, true,
                (p, i, l, f) => TensorOperationKernels.Unpool1D(p, LongIndices(i, l), f),
                (p, i, f, b, c, s) => OperationKernels.Unpool1D(p, i, f, b, c, s[0]))),
        };

        public static TheoryData<string> CaseNames => new(Cases.Keys);

        /// <summary>Random shapes, batched and unbatched alternately: the tensor kernel writes what its span twin writes.</summary>
        [Theory]
        [MemberData(nameof(CaseNames))]
        public void MatchesTheSpanKernel(string name)
        {
            for (int seed = 0; seed < 12; seed++)
            {
                Cases[name](seed);
            }
        }

        /// <summary>The lengths of a tensor of [batch,] channels and the spatial sizes in the layout's order.</summary>
        private static nint[] Lengths(bool batched, bool last, int batch, int channels, int[] spatial)
        {
            IEnumerable<nint> axes = last
                ? spatial.Select(s => (nint)s).Append(channels)
                : spatial.Select(s => (nint)s).Prepend(channels);
            return (batched ? axes.Prepend(batch) : axes).ToArray();
        }

        private static T Sentinel<T>() where T : unmanaged, INumber<T> => T.CreateTruncating(42);

        private static void Check<T>(int seed, Case<T> c)
            where T : unmanaged, INumber<T>
        {
            var random = new Random(seed * 7919 + 29);
            bool batched = seed % 2 == 0;
            int batch = batched ? random.Next(1, 4) : 1;
            int channels = random.Next(1, 5);
            int[] spatial = Enumerable.Range(0, c.Rank).Select(_ => random.Next(c.MinimumSize, c.MinimumSize + (c.Rank == 3 ? 6 : 11))).ToArray();
            int[] pooledSpatial = c.Pooled(spatial);
            long plane = spatial.Aggregate(1L, (p, s) => p * s);
            int pooledCount = batch * channels * pooledSpatial.Aggregate(1, (p, s) => p * s);
            int fullCount = (int)(batch * channels * plane);

            // Any index of its plane is valid input; repeats exercise sums (backward) and "later wins" (unpooling).
            T[] pooled = TestData.Random<T>(seed, pooledCount, specials: false, ties: true);
            long[] indices = c.Indices ? Enumerable.Range(0, pooledCount).Select(_ => (long)random.Next((int)plane)).ToArray() : [];
            nint[] fullLengths = Lengths(batched, c.Last, batch, channels, spatial);
            nint[] pooledLengths = Lengths(batched, c.Last, batch, channels, pooledSpatial);
            string context = $"full [{string.Join(", ", fullLengths)}], pooled [{string.Join(", ", pooledLengths)}], seed {seed}";

            T[] viaSpan = new T[fullCount];
            viaSpan.AsSpan().Fill(Sentinel<T>());
            c.Span(pooled, indices, viaSpan, batch, channels, spatial);

            // The full tensor at an offset in an array with elements around it: those stay as they are.
            const int before = 4, after = 3;
            T[] destination = new T[before + fullCount + after];
            destination.AsSpan().Fill(Sentinel<T>());
            c.Tensor(new ReadOnlyTensorSpan<T>(pooled, pooledLengths, default), indices, pooledLengths, new TensorSpan<T>(destination, before, fullLengths, default));

            Compare.Bitwise<T>(viaSpan, destination.AsSpan(before, fullCount), context + ": tensor against the span kernel");
            Assert.All(destination.Take(before).Concat(destination.Skip(before + fullCount)), v => Assert.Equal(Sentinel<T>(), v));
        }

        // ---------------------------------------------------------------- shapes checked before anything is written

        /// <summary>Runs max backward (2D, NCHW, 3x3 stride 2 padding 1) on tensors of the given lengths; gradInput's memory is returned.</summary>
        private static (ArgumentException Error, float[] GradInput) MaxBackwardThrows(nint[] gradOutputLengths, nint[] indexLengths, nint[] gradInputLengths, nint[]? gradInputStrides = null)
        {
            float[] gradOutput = new float[gradOutputLengths.Aggregate((nint)1, (p, l) => p * l)];
            long[] indices = new long[indexLengths.Aggregate((nint)1, (p, l) => p * l)];
            float[] gradInput = new float[4096];
            gradInput.AsSpan().Fill(42f);
            var error = Assert.ThrowsAny<ArgumentException>(() => TensorOperationKernels.MaxBackward2D(
                new ReadOnlyTensorSpan<float>(gradOutput, gradOutputLengths, default),
                new ReadOnlyTensorSpan<long>(indices, indexLengths, default),
                new TensorSpan<float>(gradInput, 0, gradInputLengths, gradInputStrides ?? default)));
            return (error, gradInput);
        }

        [Fact]
        public void GradOutputOfAnotherShape_ThrowsNamingItWithBothShapes()
        {
            // gradInput [2, 3, 9, 8] pools to [2, 3, 5, 4]; gradOutput has one row too many.
            (ArgumentException error, float[] gradInput) = MaxBackwardThrows([2, 3, 6, 4], [2, 3, 6, 4], [2, 3, 9, 8]);
            Assert.Equal("gradOutput", error.ParamName);
            Assert.Contains("[2, 3, 6, 4]", error.Message);
            Assert.Contains("[2, 3, 9, 8]", error.Message);
            Assert.Contains("[2, 3, 5, 4]", error.Message);
            Assert.All(gradInput, v => Assert.Equal(42f, v));
        }

        [Fact]
        public void IndicesOfAnotherShape_ThrowsNamingThemWithBothShapes()
        {
            (ArgumentException error, float[] gradInput) = MaxBackwardThrows([2, 3, 5, 4], [2, 3, 4, 5], [2, 3, 9, 8]);
            Assert.Equal("indices", error.ParamName);
            Assert.Contains("[2, 3, 4, 5]", error.Message);
            Assert.Contains("[2, 3, 5, 4]", error.Message);
            Assert.All(gradInput, v => Assert.Equal(42f, v));
        }

        [Fact]
        public void GradOutputOfAnotherRank_ThrowsNamingIt()
        {
            (ArgumentException error, float[] gradInput) = MaxBackwardThrows([3, 5, 4], [3, 5, 4], [2, 3, 9, 8]);
            Assert.Equal("gradOutput", error.ParamName);
            Assert.All(gradInput, v => Assert.Equal(42f, v));
        }

        [Fact]
        public void GradInputOfAnotherRank_ThrowsNamingIt()
        {
            (ArgumentException error, float[] gradInput) = MaxBackwardThrows([2, 3, 5, 4], [2, 3, 5, 4], [9, 8]);
            Assert.Equal("gradInput", error.ParamName);
            Assert.All(gradInput, v => Assert.Equal(42f, v));
        }

        [Fact]
        public void GradInputNotDense_ThrowsNamingIt()
        {
            // Rows of 8 with a stride of 10: a view of a wider tensor.
            (ArgumentException error, float[] gradInput) = MaxBackwardThrows([1, 1, 5, 4], [1, 1, 5, 4], [1, 1, 9, 8], [0, 0, 10, 1]);
            Assert.Equal("gradInput", error.ParamName);
            Assert.Contains("not dense", error.Message);
            Assert.All(gradInput, v => Assert.Equal(42f, v));
        }

        [Fact]
        public void UnpoolingOutputOfAnotherShape_ThrowsNamingTheInput()
        {
            // output [1, 2, 8, 6] unpools from [1, 2, 4, 3]; the input says [1, 2, 4, 4].
            float[] output = new float[1 * 2 * 8 * 6];
            output.AsSpan().Fill(42f);
            var error = Assert.ThrowsAny<ArgumentException>(() => TensorOperationKernels.Unpool2D(
                new ReadOnlyTensorSpan<float>(new float[32], [1, 2, 4, 4], default),
                new ReadOnlyTensorSpan<long>(new long[32], [1, 2, 4, 4], default),
                new TensorSpan<float>(output, [1, 2, 8, 6], default)));
            Assert.Equal("input", error.ParamName);
            Assert.Contains("[1, 2, 4, 4]", error.Message);
            Assert.Contains("[1, 2, 4, 3]", error.Message);
            Assert.All(output, v => Assert.Equal(42f, v));
        }

        [Fact]
        public void AverageBackwardAdaptiveGradOutputOfAnotherShape_ThrowsBeforeWriting()
        {
            // Adaptive 3x5 channels last: gradOutput must be [3, 5, channels] for an unbatched gradInput [7, 9, 2].
            float[] gradInput = new float[7 * 9 * 2];
            gradInput.AsSpan().Fill(42f);
            var error = Assert.ThrowsAny<ArgumentException>(() => TensorOperationKernels.AvgBackwardAdaptive2D_Nhwc(
                new ReadOnlyTensorSpan<float>(new float[30], [5, 3, 2], default),
                new TensorSpan<float>(gradInput, [7, 9, 2], default)));
            Assert.Equal("gradOutput", error.ParamName);
            Assert.Contains("[3, 5, 2]", error.Message);
            Assert.All(gradInput, v => Assert.Equal(42f, v));
        }

        /// <summary>Indices of the right shape but naming no element of the plane: the span kernel's check, before gradInput is cleared.</summary>
        [Fact]
        public void IndexOutsideThePlane_ThrowsBeforeWriting()
        {
            long[] indices = new long[2 * 3 * 5 * 4];
            indices[17] = 9 * 8;
            float[] gradInput = new float[2 * 3 * 9 * 8];
            gradInput.AsSpan().Fill(42f);
            Assert.ThrowsAny<ArgumentException>(() => TensorOperationKernels.MaxBackward2D(
                new ReadOnlyTensorSpan<float>(new float[indices.Length], [2, 3, 5, 4], default),
                new ReadOnlyTensorSpan<long>(indices, [2, 3, 5, 4], default),
                new TensorSpan<float>(gradInput, [2, 3, 9, 8], default)));
            Assert.All(gradInput, v => Assert.Equal(42f, v));
        }
    }
}
