using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Numerics.Tensors;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// A tensor-form call over arrays: the input, output and indices (an <c>int[]</c> or <c>long[]</c>, or null) as tensors
    /// of the given lengths starting at the given element, dense.
    /// </summary>
    public delegate void TensorCall<T>(T[] input, int inputStart, nint[] inputLengths, T[] output, int outputStart, nint[] outputLengths, Array? indices, int indicesStart, nint[] indicesLengths);

    /// <summary>A span-form call: input, output, indices (or null), batch, channels and the spatial sizes (those the method takes).</summary>
    public delegate void SpanCall<T>(T[] input, T[] output, Array? indices, int batch, int channels, int[] spatial);

    /// <summary>
    /// The tensor-form kernels of <see cref="TensorFeatureKernels"/> (ranks 1 to 3, channels first and last, indices, Half,
    /// Pads, AutoPad, Global, DivisorOverride, Lp, Min, clamps, Rank): tensors with a batch axis ([N, C, ...spatial] or
    /// [N, ...spatial, C]) and without give the bits (values and indices) of the span-form twin, which
    /// <see cref="PoolReference"/> confirms; and the run-time checks (rank, lengths, fixed lengths, density, indices) throw
    /// ArgumentException naming the tensor before any memory is written.
    /// </summary>
    public sealed partial class TensorKernelTests
    {
        private const int Before = 5, After = 3;

        /// <summary>One tensor kernel and its twin: what the attribute means, which lengths it fixes, its indices.</summary>
        private sealed record FeatureCase<T>(PoolSpecND Spec, TensorCall<T> Tensor, SpanCall<T> Span)
            where T : unmanaged, INumber<T>
        {
            public PoolAutoPad AutoPad { get; init; }

            public bool ChannelsLast { get; init; }

            public int FixedChannels { get; init; }

            /// <summary>The fixed spatial sizes (0 = from the tensor), outermost first; null when none is fixed.</summary>
            public int[]? FixedSpatial { get; init; }

            /// <summary>typeof(int), typeof(long) or null.</summary>
            public Type? Indices { get; init; }

            /// <summary>The attribute's IndexOrder.</summary>
            public IndexOrderReference.Order Order { get; init; }
        }

        private static PoolSpecND Spec(PoolKind kind, int[] k, int[] s, int[] p, int[]? d = null, bool ceil = false, bool countIncludePad = true, int? divisor = null)
            => new(kind, k, s, p, d ?? k.Select(_ => 1).ToArray(), ceil, countIncludePad, divisor);

        private static ReadOnlyTensorSpan<T> In<T>(T[] a, int start, nint[] lengths) => new(a, start, lengths, default);

        private static TensorSpan<T> Out<T>(T[] a, int start, nint[] lengths) => new(a, start, lengths, default);

        private static readonly Dictionary<string, Action<int>> FeatureCases = new()
        {
            [nameof(TensorFeatureKernels.MaxNhwc_k3s2p1_Long)] = seed => CheckFeatureKernel(seed, new FeatureCase<float>(
                Spec(PoolKind.Max, [3, 3], [2, 2], [1, 1]),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.MaxNhwc_k3s2p1_Long(In(a, i, al), Out(b, o, bl), Out((long[])x!, xi, xl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.MaxNhwc_k3s2p1_Long_Span(a, b, (long[])x!, n, c, s[0], s[1]))
            { ChannelsLast = true, Indices = typeof(long) }),

            [nameof(TensorFeatureKernels.TensorOrderNhwc_k3s2p1_Long)] = seed => CheckFeatureKernel(seed, new FeatureCase<float>(
                Spec(PoolKind.Max, [3, 3], [2, 2], [1, 1]),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.TensorOrderNhwc_k3s2p1_Long(In(a, i, al), Out(b, o, bl), Out((long[])x!, xi, xl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.TensorOrderNhwc_k3s2p1_Long_Span(a, b, (long[])x!, n, c, s[0], s[1]))
            { ChannelsLast = true, Indices = typeof(long), Order = IndexOrderReference.Order.Tensor }),

            [nameof(TensorFeatureKernels.ColumnMajor3d_k2_Int)] = seed => CheckFeatureKernel(seed, new FeatureCase<float>(
                Spec(PoolKind.Min, [2, 2, 2], [1, 2, 1], [1, 0, 1]),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.ColumnMajor3d_k2_Int(In(a, i, al), Out(b, o, bl), Out((int[])x!, xi, xl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.ColumnMajor3d_k2_Int_Span(a, b, (int[])x!, n, c, s[0], s[1], s[2]))
            { Indices = typeof(int), Order = IndexOrderReference.Order.TensorColumnMajor }),

            [nameof(TensorFeatureKernels.Avg3d_k2x3x3)] = seed => CheckFeatureKernel(seed, new FeatureCase<float>(
                Spec(PoolKind.Average, [2, 3, 3], [1, 2, 2], [0, 1, 1]),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.Avg3d_k2x3x3(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.Avg3d_k2x3x3_Span(a, b, n, c, s[0], s[1], s[2]))),

            [nameof(TensorFeatureKernels.Max3dNdhwc_Rank_C2)] = seed => CheckFeatureKernel(seed, new FeatureCase<float>(
                Spec(PoolKind.Max, [2, 2, 2], [2, 2, 2], [0, 0, 0]),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.Max3dNdhwc_Rank_C2(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.Max3dNdhwc_Rank_C2_Span(a, b, n, s[0], s[1], s[2]))
            { ChannelsLast = true, FixedChannels = 2 }),

            [nameof(TensorFeatureKernels.Max1d_k3s2p1)] = seed => CheckFeatureKernel(seed, new FeatureCase<double>(
                Spec(PoolKind.Max, [3], [2], [1]),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.Max1d_k3s2p1(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.Max1d_k3s2p1_Span(a, b, n, c, s[0]))),

            [nameof(TensorFeatureKernels.Min1dNlc_L9_Int)] = seed => CheckFeatureKernel(seed, new FeatureCase<sbyte>(
                Spec(PoolKind.Min, [2], [1], [0]),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.Min1dNlc_L9_Int(In(a, i, al), Out(b, o, bl), Out((int[])x!, xi, xl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.Min1dNlc_L9_Int_Span(a, b, (int[])x!, n, c))
            { ChannelsLast = true, FixedSpatial = [9], Indices = typeof(int) }),

            [nameof(TensorFeatureKernels.Min_k2d2p1_Int)] = seed => CheckFeatureKernel(seed, new FeatureCase<float>(
                Spec(PoolKind.Min, [2, 2], [1, 1], [1, 1], [2, 2]),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.Min_k2d2p1_Int(In(a, i, al), Out(b, o, bl), Out((int[])x!, xi, xl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.Min_k2d2p1_Int_Span(a, b, (int[])x!, n, c, s[0], s[1]))
            { Indices = typeof(int) }),

            [nameof(TensorFeatureKernels.HalfAvg_k3s2p1NoPad)] = seed => CheckFeatureKernel(seed, new FeatureCase<Half>(
                Spec(PoolKind.Average, [3, 3], [2, 2], [1, 1], countIncludePad: false),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.HalfAvg_k3s2p1NoPad(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.HalfAvg_k3s2p1NoPad_Span(a, b, n, c, s[0], s[1]))),

            [nameof(TensorFeatureKernels.MaxSameUpper_k3s2)] = seed => CheckFeatureKernel(seed, new FeatureCase<float>(
                Spec(PoolKind.Max, [3, 3], [2, 2], [0, 0]),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.MaxSameUpper_k3s2(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.MaxSameUpper_k3s2_Span(a, b, n, c, s[0], s[1]))
            { AutoPad = PoolAutoPad.SameUpper }),

            [nameof(TensorFeatureKernels.Avg1dSameLower_k2s2)] = seed => CheckFeatureKernel(seed, new FeatureCase<double>(
                Spec(PoolKind.Average, [2], [2], [0]),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.Avg1dSameLower_k2s2(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.Avg1dSameLower_k2s2_Span(a, b, n, c, s[0]))
            { AutoPad = PoolAutoPad.SameLower }),

            [nameof(TensorFeatureKernels.L2_k3s1p1)] = seed => CheckFeatureKernel(seed, new FeatureCase<float>(
                Spec(PoolKind.Lp, [3, 3], [1, 1], [1, 1]) with { P = 2 },
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.L2_k3s1p1(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.L2_k3s1p1_Span(a, b, n, c, s[0], s[1]))),

            [nameof(TensorFeatureKernels.GlobalL3_1d)] = seed => CheckFeatureKernel(seed, new FeatureCase<double>(
                PoolSpecND.GlobalOf(PoolKind.Lp, 1, p: 3),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.GlobalL3_1d(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.GlobalL3_1d_Span(a, b, n, c, s[0]))),

            [nameof(TensorFeatureKernels.GlobalAvg)] = seed => CheckFeatureKernel(seed, new FeatureCase<float>(
                PoolSpecND.GlobalOf(PoolKind.Average, 2),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.GlobalAvg(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.GlobalAvg_Span(a, b, n, c, s[0], s[1]))),

            [nameof(TensorFeatureKernels.GlobalMaxNhwc_Long)] = seed => CheckFeatureKernel(seed, new FeatureCase<float>(
                PoolSpecND.GlobalOf(PoolKind.Max, 2),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.GlobalMaxNhwc_Long(In(a, i, al), Out(b, o, bl), Out((long[])x!, xi, xl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.GlobalMaxNhwc_Long_Span(a, b, (long[])x!, n, c, s[0], s[1]))
            { ChannelsLast = true, Indices = typeof(long) }),

            [nameof(TensorFeatureKernels.MaxRelu6_k2)] = seed => CheckFeatureKernel(seed, new FeatureCase<float>(
                Spec(PoolKind.Max, [2, 2], [2, 2], [0, 0]) with { ClampMin = 0, ClampMax = 6 },
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.MaxRelu6_k2(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.MaxRelu6_k2_Span(a, b, n, c, s[0], s[1]))),

            [nameof(TensorFeatureKernels.MinI16Clamp_k2)] = seed => CheckFeatureKernel(seed, new FeatureCase<short>(
                Spec(PoolKind.Min, [2, 2], [2, 2], [0, 0]) with { ClampMin = -2, ClampMax = 2 },
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.MinI16Clamp_k2(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.MinI16Clamp_k2_Span(a, b, n, c, s[0], s[1]))),

            [nameof(TensorFeatureKernels.AvgDiv4_k3s2p1)] = seed => CheckFeatureKernel(seed, new FeatureCase<double>(
                Spec(PoolKind.Average, [3, 3], [2, 2], [1, 1], divisor: 4),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.AvgDiv4_k3s2p1(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.AvgDiv4_k3s2p1_Span(a, b, n, c, s[0], s[1]))),

            [nameof(TensorFeatureKernels.MaxPads_k3s2)] = seed => CheckFeatureKernel(seed, new FeatureCase<float>(
                Spec(PoolKind.Max, [3, 3], [2, 2], [0, 1], ceil: true) with { PaddingEnd = [2, 0] },
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.MaxPads_k3s2(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.MaxPads_k3s2_Span(a, b, n, c, s[0], s[1]))),

            [nameof(TensorFeatureKernels.AvgFixed3d_C2D4H6W5)] = seed => CheckFeatureKernel(seed, new FeatureCase<float>(
                Spec(PoolKind.Average, [2, 2, 2], [2, 2, 2], [0, 0, 0], ceil: true),
                (a, i, al, b, o, bl, x, xi, xl) => TensorFeatureKernels.AvgFixed3d_C2D4H6W5(In(a, i, al), Out(b, o, bl)),
                (a, b, x, n, c, s) => TensorFeatureKernels.AvgFixed3d_C2D4H6W5_Span(a, b, n))
            { FixedChannels = 2, FixedSpatial = [4, 6, 5] }),
        };

        public static TheoryData<string> FeatureCaseNames => new(FeatureCases.Keys);

        /// <summary>Random shapes, with a batch axis and without alternately, every fixed length as the attribute says.</summary>
        [Theory]
        [MemberData(nameof(FeatureCaseNames))]
        public void FeatureKernel_MatchesTheSpanKernelAndTheReference(string name)
        {
            for (int seed = 0; seed < 16; seed++)
            {
                FeatureCases[name](seed);
            }
        }

        private static void CheckFeatureKernel<T>(int seed, FeatureCase<T> c)
            where T : unmanaged, INumber<T>
        {
            var random = new Random((seed * 7919) + 31);
            int rank = c.Spec.Rank;
            bool batched = seed % 2 == 0;
            int batch = batched ? random.Next(1, 4) : 1;
            int channels = c.FixedChannels > 0 ? c.FixedChannels : random.Next(1, 5);
            int largest = rank switch { 1 => 20, 2 => 13, _ => 7 };
            int[] spatial = Enumerable.Range(0, rank)
                .Select(axis => c.FixedSpatial is { } f && f[axis] > 0 ? f[axis] : Size(random, c, axis, largest))
                .ToArray();
            PoolSpecND spec = c.Spec.WithAutoPad(c.AutoPad, spatial);
            int[] outSpatial = PoolReference.OutputShape(spec, spatial);
            int inputCount = batch * channels * spatial.Aggregate(1, (x, y) => x * y);
            int outputCount = batch * channels * outSpatial.Aggregate(1, (x, y) => x * y);

            bool isFloat = typeof(T) == typeof(float) || typeof(T) == typeof(double) || typeof(T) == typeof(Half);
            // Multiples of 0.25: every sum is exact, so no order of additions can change a bit; NaN, infinities and signed
            // zeros for max and min, which decide their ties and indices.
            T[] input = TestData.Random<T>(seed, inputCount, specials: isFloat && spec.Kind is PoolKind.Max or PoolKind.Min, ties: true);
            nint[] inputLengths = Lengths(batched, batch, channels, spatial, c.ChannelsLast);
            nint[] outputLengths = Lengths(batched, batch, channels, outSpatial, c.ChannelsLast);
            string context = $"{c.Spec} {c.AutoPad} {(c.ChannelsLast ? "channels last" : "channels first")} [{string.Join(", ", inputLengths)}]";

            // The span twin, on exactly sized arrays.
            T[] viaSpan = new T[outputCount];
            Array? spanIndices = c.Indices is null ? null : Array.CreateInstance(c.Indices, outputCount);
            c.Span(input, viaSpan, spanIndices, batch, channels, spatial);

            // The tensors at an offset in arrays with elements around them: those stay as they are.
            T[] source = new T[Before + inputCount + After];
            input.CopyTo(source, Before);
            T[] destination = Enumerable.Repeat(T.CreateTruncating(42), Before + outputCount + After).ToArray();
            Array? indices = c.Indices is null ? null : Filled(c.Indices, Before + outputCount + After);
            c.Tensor(source, Before, inputLengths, destination, Before, outputLengths, indices, Before, outputLengths);

            T[] actual = destination.AsSpan(Before, outputCount).ToArray();
            Compare.Bitwise<T>(viaSpan, actual, context + ": the tensor form against the span form");
            Assert.All(destination.Take(Before).Concat(destination.Skip(Before + outputCount)), v => Assert.Equal(T.CreateTruncating(42), v));
            Assert.Equal(input, source.AsSpan(Before, inputCount).ToArray());

            // The twin against the reference, in the kernel's layout.
            T[] channelsFirst = c.ChannelsLast ? Layouts.ToChannelsFirst<T>(input, batch, channels, spatial) : input;
            T[] expected = PoolReference.PoolND<T>(spec, channelsFirst, batch, channels, spatial);
            expected = c.ChannelsLast ? Layouts.ToChannelsLast<T>(expected, batch, channels, outSpatial) : expected;
            if (spec.Kind == PoolKind.Lp)
            {
                Compare.Close<T>(expected, viaSpan, KernelTests.LpTolerance<T>(), context + " against the reference");
            }
            else
            {
                Compare.Bitwise<T>(expected, viaSpan, context + " against the reference");
            }

            if (indices is not null)
            {
                long[] tensorIndices = Longs(indices, Before, outputCount);
                Assert.Equal(Longs(spanIndices!, 0, outputCount), tensorIndices);
                Assert.All(Longs(indices, 0, Before).Concat(Longs(indices, Before + outputCount, After)), v => Assert.Equal(-7L, v));
                long[] expectedIndices = IndexOrderReference.FromPlane(PoolReference.IndicesND<T>(spec, channelsFirst, batch, channels, spatial), c.Order, batch, channels, spatial, outSpatial);
                expectedIndices = c.ChannelsLast ? Layouts.ToChannelsLast<long>(expectedIndices, batch, channels, outSpatial) : expectedIndices;
                Assert.Equal(expectedIndices, tensorIndices);
            }
        }

        /// <summary>A random size from the smallest with an output (1 with Global or SAME padding) up to <paramref name="largest"/>.</summary>
        private static int Size<T>(Random random, FeatureCase<T> c, int axis, int largest)
            where T : unmanaged, INumber<T>
        {
            PoolSpecND s = c.Spec;
            int minimum = 1;
            while (!s.Global && c.AutoPad is not (PoolAutoPad.SameUpper or PoolAutoPad.SameLower) &&
                   PoolReference.OutputSize(minimum, s.Kernel[axis], s.Stride[axis], s.PaddingBegin[axis], s.PaddingEndOrSymmetric[axis], s.Dilation[axis], s.CeilMode) < 1)
            {
                minimum++;
            }

            return random.Next(3) == 0 ? minimum : random.Next(minimum, Math.Max(minimum, largest) + 1);
        }

        /// <summary>[N, C, ...spatial] or [N, ...spatial, C], without N when not batched.</summary>
        private static nint[] Lengths(bool batched, int batch, int channels, int[] spatial, bool channelsLast)
        {
            IEnumerable<int> axes = channelsLast ? spatial.Append(channels) : spatial.Prepend(channels);
            return (batched ? axes.Prepend(batch) : axes).Select(l => (nint)l).ToArray();
        }

        private static Array Filled(Type type, int length)
        {
            var array = Array.CreateInstance(type, length);
            for (int i = 0; i < length; i++)
            {
                array.SetValue(type == typeof(int) ? -7 : (object)(-7L), i);
            }

            return array;
        }

        private static long[] Longs(Array indices, int start, int count)
            => indices is int[] ints ? ints.Skip(start).Take(count).Select(i => (long)i).ToArray() : ((long[])indices).Skip(start).Take(count).ToArray();

        // ---------------------------------------------------------------- run-time checks

        [Fact]
        public void Rank3Kernel_Rank3Input_Throws()
            => Throws<float>("input", "input has rank 3; Avg3d_k2x3x3 takes a tensor of rank 5, [batch, channels, depth, height, width], or of rank 4, [channels, depth, height, width]",
                Plain<float>(TensorFeatureKernels.Avg3d_k2x3x3), 64, [1, 8, 8], 16, [1, 4, 4]);

        [Fact]
        public void Rank1Kernel_Rank4Input_Throws()
            => Throws<double>("input", "input has rank 4; Max1d_k3s2p1 takes a tensor of rank 3, [batch, channels, length], or of rank 2, [channels, length]",
                Plain<double>(TensorFeatureKernels.Max1d_k3s2p1), 16, [1, 1, 4, 4], 4, [1, 1, 2, 2]);

        [Fact]
        public void Rank1Kernel_OutputOfAnotherRank_Throws()
            => Throws<double>("output", "output has rank 3; it must have the rank of input, 2", Plain<double>(TensorFeatureKernels.Max1d_k3s2p1), 12, [3, 4], 6, [3, 2, 1]);

        [Fact]
        public void Rank1Kernel_UnbatchedInput_Pools()
        {
            // [C, L] = [2, 5], kernel 3, stride 2, padding 1: [2, 3].
            double[] input = [1, 5, 2, 4, 3, -1, -2, -3, -4, -5];
            double[] output = new double[6];
            TensorFeatureKernels.Max1d_k3s2p1(new ReadOnlyTensorSpan<double>(input, [2, 5], default), new TensorSpan<double>(output, [2, 3], default));
            Assert.Equal(new double[] { 5, 5, 4, -1, -2, -4 }, output);
        }

        [Fact]
        public void ChannelsLast_OutputLengthsInChannelsFirstOrder_Throw()
            // [2, 8, 8, 3] pooled 3x3 stride 2 padding 1 is [2, 4, 4, 3]; [2, 3, 4, 4] has the right count in the wrong order.
            => Throws<float>("output", "for input lengths [2, 8, 8, 3] they must be [2, 4, 4, 3]",
                WithIndices<float, long>(TensorFeatureKernels.MaxNhwc_k3s2p1_Long), 2 * 8 * 8 * 3, [2, 8, 8, 3], 2 * 3 * 4 * 4, [2, 3, 4, 4]);

        [Fact]
        public void ChannelsLast_UnbatchedOutputLengthsWrong_Throw()
            => Throws<float>("output", "they must be [4, 4, 3]",
                WithIndices<float, long>(TensorFeatureKernels.MaxNhwc_k3s2p1_Long), 8 * 8 * 3, [8, 8, 3], 5 * 4 * 3, [5, 4, 3]);

        [Fact]
        public void SamePadding_OutputIsCeilOfTheInputOverTheStride()
        {
            // SAME_UPPER with stride 2: 7x8 -> 4x4 (ceil(7 / 2), ceil(8 / 2)); 3x3 is what no padding would give.
            Throws<float>("output", "they must be [1, 4, 4]", Plain<float>(TensorFeatureKernels.MaxSameUpper_k3s2), 7 * 8, [1, 7, 8], 3 * 3, [1, 3, 3]);

            // Any length of at least 1 has an output: 1x1 -> 1x1.
            float[] output = [FeatureSentinel];
            TensorFeatureKernels.MaxSameUpper_k3s2(new ReadOnlyTensorSpan<float>([2.5f], [1, 1, 1], default), new TensorSpan<float>(output, [1, 1, 1], default));
            Assert.Equal(2.5f, output[0]);
        }

        [Fact]
        public void DepthTooShallowForTheWindow_Throws()
            // SizeD = 2 without padding needs a depth of at least 2.
            => Throws<float>("input", "input.Lengths[1] (depth) is 1; it must be from 2 to", Plain<float>(TensorFeatureKernels.Avg3d_k2x3x3), 4 * 4, [1, 1, 4, 4], 4, [1, 1, 2, 2]);

        [Fact]
        public void LengthZero_Throws()
            => Throws<float>("input", "input.Lengths[2] (height) is 0; it must be from 1 to", Plain<float>(TensorFeatureKernels.MaxPads_k3s2), 0, [1, 1, 0, 5], 1, [1, 1, 1, 1]);

        [Fact]
        public void FixedDepthMismatch_Throws()
            => Throws<float>("input", "input.Lengths[1] (depth) is 3; the [Pool] attribute fixes it at 4 (Depth = 4)",
                Plain<float>(TensorFeatureKernels.AvgFixed3d_C2D4H6W5), 2 * 3 * 6 * 5, [2, 3, 6, 5], 2 * 2 * 3 * 3, [2, 2, 3, 3]);

        [Fact]
        public void FixedChannelsOfAChannelsLastTensor_AreItsLastLength()
            => Throws<float>("input", "input.Lengths[4] (channels) is 3; the [Pool] attribute fixes it at 2 (Channels = 2)",
                Plain<float>(TensorFeatureKernels.Max3dNdhwc_Rank_C2), 2 * 2 * 2 * 3, [1, 2, 2, 2, 3], 3, [1, 1, 1, 1, 3]);

        [Fact]
        public void FixedLengthMismatch_Throws()
            => Throws<sbyte>("input", "input.Lengths[0] (length) is 8; the [Pool] attribute fixes it at 9 (Length = 9)",
                WithIndices<sbyte, int>(TensorFeatureKernels.Min1dNlc_L9_Int), 8 * 2, [8, 2], 7 * 2, [7, 2]);

        [Fact]
        public void ChannelsLastInputWithPaddedRows_IsNotDense_Throws()
            // A [2, 4, 4, 3] view of rows 15 elements apart (a slice of 4 of the 5 columns of a [2, 4, 5, 3] tensor).
            => Throws<float>("input", "input is not dense and row-major (lengths [2, 4, 4, 3], strides [60, 15, 3, 1])",
                (a, al, b, bl) => TensorFeatureKernels.MaxNhwc_k3s2p1_Long(new ReadOnlyTensorSpan<float>(a, al, [60, 15, 3, 1]), new TensorSpan<float>(b, bl, default), new TensorSpan<long>(new long[b.Length], bl, default)),
                120, [2, 4, 4, 3], 2 * 2 * 2 * 3, [2, 2, 2, 3]);

        [Fact]
        public void OutputOf3dKernelWithPaddedRows_IsNotDense_Throws()
            // [1, 2, 3, 7, 7] pooled 2x3x3, strides 1, 2, 2, padding 0, 1, 1: [1, 2, 2, 4, 4], here with rows 5 apart (the batch axis, of length 1, has stride 0).
            => Throws<float>("output", "output is not dense and row-major",
                (a, al, b, bl) => TensorFeatureKernels.Avg3d_k2x3x3(new ReadOnlyTensorSpan<float>(a, al, default), new TensorSpan<float>(b, bl, [0, 40, 20, 5, 1])),
                2 * 3 * 7 * 7, [1, 2, 3, 7, 7], 80, [1, 2, 2, 4, 4]);

        [Theory]
        [InlineData(new long[] { 1, 3, 4 }, "indices has lengths [1, 3, 4]; it must have the lengths of output, [1, 4, 4]")]
        [InlineData(new long[] { 1, 4, 3 }, "indices has lengths [1, 4, 3]")]
        [InlineData(new long[] { 4, 4 }, "indices has lengths [4, 4]")]
        [InlineData(new long[] { 1, 1, 4, 4 }, "indices has lengths [1, 1, 4, 4]")]
        public void IndicesOfOtherLengths_Throw(long[] lengths, string fragment)
        {
            // 2x2 window, dilation 2 (3 wide), padding 1, stride 1: a 4x4 input gives a 4x4 output.
            float[] input = TestData.Random<float>(3, 4 * 4, specials: false, ties: true);
            float[] output = Enumerable.Repeat(FeatureSentinel, 16).ToArray();
            int[] indices = Enumerable.Repeat(-7, 16).ToArray();
            ArgumentException e = Assert.Throws<ArgumentException>(() => TensorFeatureKernels.Min_k2d2p1_Int(
                new ReadOnlyTensorSpan<float>(input, [1, 4, 4], default),
                new TensorSpan<float>(output, [1, 4, 4], default),
                new TensorSpan<int>(indices, lengths.Select(l => (nint)l).ToArray(), default)));
            Assert.Equal("indices", e.ParamName);
            Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
            Assert.All(output, v => Assert.Equal(FeatureSentinel, v));
            Assert.All(indices, v => Assert.Equal(-7, v));
        }

        [Fact]
        public void IndicesNotDense_Throw()
        {
            float[] input = TestData.Random<float>(4, 2 * 8 * 8 * 3, specials: false, ties: true);
            float[] output = Enumerable.Repeat(FeatureSentinel, 2 * 4 * 4 * 3).ToArray();
            long[] indices = Enumerable.Repeat(-7L, 2 * 4 * 4 * 3 * 2).ToArray();
            ArgumentException e = Assert.Throws<ArgumentException>(() => TensorFeatureKernels.MaxNhwc_k3s2p1_Long(
                new ReadOnlyTensorSpan<float>(input, [2, 8, 8, 3], default),
                new TensorSpan<float>(output, [2, 4, 4, 3], default),
                new TensorSpan<long>(indices, [2, 4, 4, 3], [96, 24, 6, 2])));
            Assert.Equal("indices", e.ParamName);
            Assert.Contains("indices is not dense and row-major (lengths [2, 4, 4, 3], strides [96, 24, 6, 2])", e.Message, StringComparison.Ordinal);
            Assert.All(output, v => Assert.Equal(FeatureSentinel, v));
            Assert.All(indices, v => Assert.Equal(-7L, v));
        }

        [Fact]
        public void GlobalOutputNotOnePerChannel_Throws()
            => Throws<float>("output", "they must be [2, 1, 1, 3]", WithIndices<float, long>(TensorFeatureKernels.GlobalMaxNhwc_Long), 2 * 5 * 6 * 3, [2, 5, 6, 3], 2 * 3, [2, 3, 1, 1]);

        /// <summary>Global takes any spatial size, 1x1 included: each channel is its own maximum, at index 0.</summary>
        [Fact]
        public void Global_OnePixelImage_IsItsOwnMaximumAtIndexZero()
        {
            float[] input = [3.5f, -1, 2];
            float[] output = new float[3];
            long[] indices = [-7, -7, -7];
            TensorFeatureKernels.GlobalMaxNhwc_Long(new ReadOnlyTensorSpan<float>(input, [1, 1, 3], default), new TensorSpan<float>(output, [1, 1, 3], default), new TensorSpan<long>(indices, [1, 1, 3], default));
            Assert.Equal(input, output);
            Assert.Equal(new long[] { 0, 0, 0 }, indices);
        }

        private static readonly float FeatureSentinel = 42.5f;

        /// <summary>A tensor-form kernel with indices.</summary>
        private delegate void IndicesInvoker<T, TIndex>(ReadOnlyTensorSpan<T> input, TensorSpan<T> output, TensorSpan<TIndex> indices);

        /// <summary>A tensor call over arrays: input and output of the given lengths, dense.</summary>
        private delegate void Invoke<T>(T[] input, nint[] inputLengths, T[] output, nint[] outputLengths);

        private static Invoke<T> Plain<T>(TensorPoolInvoker<T> kernel)
            => (a, al, b, bl) => kernel(new ReadOnlyTensorSpan<T>(a, al, default), new TensorSpan<T>(b, bl, default));

        /// <summary>The kernel with indices of the output's lengths, which must stay untouched as well.</summary>
        private static Invoke<T> WithIndices<T, TIndex>(IndicesInvoker<T, TIndex> kernel)
            where TIndex : unmanaged, INumber<TIndex>
            => (a, al, b, bl) =>
            {
                TIndex[] indices = Enumerable.Repeat(TIndex.CreateTruncating(-7), b.Length).ToArray();
                try
                {
                    kernel(new ReadOnlyTensorSpan<T>(a, al, default), new TensorSpan<T>(b, bl, default), new TensorSpan<TIndex>(indices, bl, default));
                }
                finally
                {
                    Assert.All(indices, v => Assert.Equal(TIndex.CreateTruncating(-7), v));
                }
            };

        /// <summary>Calls <paramref name="call"/> on arrays of the given sizes; expects an ArgumentException naming <paramref name="paramName"/> and an untouched output.</summary>
        private static void Throws<T>(string paramName, string fragment, Invoke<T> call, int inputSize, nint[] inputLengths, int outputSize, nint[] outputLengths)
            where T : unmanaged, INumber<T>
        {
            T[] input = TestData.Random<T>(5, inputSize, specials: false, ties: true);
            T[] output = Enumerable.Repeat(T.CreateTruncating(42), outputSize).ToArray();
            ArgumentException e = Assert.Throws<ArgumentException>(() => call(input, inputLengths, output, outputLengths));
            Assert.Equal(paramName, e.ParamName);
            Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
            Assert.All(output, v => Assert.Equal(T.CreateTruncating(42), v));
        }
    }
}
