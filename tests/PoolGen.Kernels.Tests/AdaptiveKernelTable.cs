using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;
using K = PoolGen.PoolKind;
using L = PoolGen.PoolLayout;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// One adaptive kernel of <see cref="AdaptiveKernels"/>: the meaning of its attribute written by hand (kind, layout,
    /// output size per axis, clamps), its signature (<see cref="KernelShape"/>, indices) and its call through
    /// <see cref="KernelCall{T}"/>.
    /// </summary>
    public abstract class AdaptiveEntry
    {
        protected AdaptiveEntry(string name, K kind, L layout, int[] outputSize, KernelShape shape, IndexType indices)
        {
            Name = name;
            Kind = kind;
            Layout = layout;
            OutputSize = outputSize;
            Shape = shape;
            Indices = indices;
        }

        public string Name { get; }

        public K Kind { get; }

        public L Layout { get; }

        /// <summary>The output size per spatial axis, outermost first.</summary>
        public int[] OutputSize { get; }

        public KernelShape Shape { get; }

        public IndexType Indices { get; }

        public int Rank => Shape.Rank;

        public double? ClampMin { get; init; }

        public double? ClampMax { get; init; }

        /// <summary>The four quantization parameters (byte and sbyte), or null.</summary>
        public QuantizedPoolParameters? Quantization { get; init; }

        /// <summary>Every output size 1 (the global kernel): the sum's order is the kernel's own, so only data with exact sums compares bit for bit (quantized: integer sums, always exact).</summary>
        public bool ExactSumsOnly => OutputSize.All(size => size == 1) && Kind == K.Average && Quantization is null;

        public abstract Type ElementType { get; }

        /// <summary>Runs the kernel on random data of the given shape and compares values (bit for bit) and indices with the reference.</summary>
        public abstract void CheckAgainstReference(int seed, int batch, int channels, int[] spatial, bool ties);

        public override string ToString() => Name;
    }

    public sealed class AdaptiveEntry<T> : AdaptiveEntry
        where T : unmanaged, INumber<T>
    {
        public AdaptiveEntry(string name, K kind, L layout, int[] outputSize, KernelShape shape, IndexType indices, KernelCall<T> call)
            : base(name, kind, layout, outputSize, shape, indices)
        {
            Call = call;
        }

        public KernelCall<T> Call { get; }

        public override Type ElementType => typeof(T);

        public override void CheckAgainstReference(int seed, int batch, int channels, int[] spatial, bool ties)
        {
            bool floating = typeof(T) == typeof(float) || typeof(T) == typeof(double) || typeof(T) == typeof(Half);
            T[] planar = TestData.Random<T>(seed, batch * channels * spatial.Aggregate(1, (p, s) => p * s), specials: floating, ties: ties || !floating);
            (T[] values, long[]? indices) = AdaptiveRun.Kernel(this, planar, batch, channels, spatial);
            (T[] expected, long[]? expectedIndices) = AdaptiveRun.Reference(this, planar, batch, channels, spatial);
            string what = $"{Name} batch {batch} channels {channels} [{string.Join("x", spatial)}] seed {seed}";
            AdaptiveRun.AssertSame(expected, values, what);
            if (expectedIndices is not null)
            {
                Assert.Equal(expectedIndices, indices);
            }
        }
    }

    /// <summary>Calls an adaptive kernel in either layout and computes the reference's answer, always channels first.</summary>
    public static class AdaptiveRun
    {
        /// <summary>The kernel's output (and indices) for channels-first <paramref name="planar"/>, converted back to channels first.</summary>
        public static (T[] Values, long[]? Indices) Kernel<T>(AdaptiveEntry<T> entry, T[] planar, int batch, int channels, int[] spatial)
            where T : unmanaged, INumber<T>
        {
            bool last = entry.Layout == L.Nhwc;
            int outputLength = batch * channels * entry.OutputSize.Aggregate(1, (p, s) => p * s);
            T[] input = last ? Layouts.ToChannelsLast<T>(planar, batch, channels, spatial) : planar;
            var output = new T[outputLength];
            var i32 = new int[entry.Indices == IndexType.Int32 ? outputLength : 0];
            var i64 = new long[entry.Indices == IndexType.Int64 ? outputLength : 0];
            entry.Call(input, output, i32, i64, batch, channels, spatial);
            long[]? indices = entry.Indices switch
            {
                IndexType.Int32 => Array.ConvertAll(i32, i => (long)i),
                IndexType.Int64 => i64,
                _ => null,
            };
            if (last)
            {
                output = Layouts.ToChannelsFirst<T>(output, batch, channels, entry.OutputSize);
                indices = indices is null ? null : Layouts.ToChannelsFirst<long>(indices, batch, channels, entry.OutputSize);
            }

            return (output, indices);
        }

        /// <summary>PoolOperatorsReference's values (clamped as the attribute says; Half through float) and, with indices, its argmax.</summary>
        public static (T[] Values, long[]? Indices) Reference<T>(AdaptiveEntry entry, T[] planar, int batch, int channels, int[] spatial)
            where T : unmanaged, INumber<T>
        {
            T[] values;
            long[]? indices = null;
            if (entry.Quantization is { } q && entry.Kind == K.Average)
            {
                // ONNX Runtime's windowed QLinearAveragePool rule over each adaptive window (output size 1: the global path).
                values = typeof(T) == typeof(byte)
                    ? (T[])(object)QuantizedPoolReference.AdaptiveAverage((byte[])(object)planar, batch, channels, spatial, entry.OutputSize, q)
                    : (T[])(object)QuantizedPoolReference.AdaptiveAverage((sbyte[])(object)planar, batch, channels, spatial, entry.OutputSize, q);
            }
            else if (typeof(T) == typeof(Half))
            {
                // Half is reduced in float and rounded once at the end, as PyTorch does.
                float[] single = HalfData.ToSingle((Half[])(object)planar);
                float[] result = PoolOperatorsReference.AdaptivePoolND<float>(entry.Kind, single, batch, channels, spatial, entry.OutputSize);
                values = (T[])(object)HalfData.FromSingle(result);
                if (entry.Indices != IndexType.None)
                {
                    indices = PoolOperatorsReference.AdaptiveIndicesND<float>(entry.Kind, single, batch, channels, spatial, entry.OutputSize);
                }
            }
            else
            {
                values = PoolOperatorsReference.AdaptivePoolND<T>(entry.Kind, planar, batch, channels, spatial, entry.OutputSize);
                if (entry.Indices != IndexType.None)
                {
                    indices = PoolOperatorsReference.AdaptiveIndicesND<T>(entry.Kind, planar, batch, channels, spatial, entry.OutputSize);
                }
            }

            if (entry.Quantization is { } r && entry.Kind != K.Average)
            {
                // Quantized max/min: the integer extreme, requantized.
                values = typeof(T) == typeof(byte)
                    ? (T[])(object)Array.ConvertAll((byte[])(object)values, v => QuantizedPoolReference.Requantize(v, r))
                    : (T[])(object)Array.ConvertAll((sbyte[])(object)values, v => QuantizedPoolReference.Requantize(v, r));
            }

            if (entry.ClampMin is { } min)
            {
                T low = T.CreateChecked(min);
                values = Array.ConvertAll(values, v => v < low ? low : v);
            }

            if (entry.ClampMax is { } max)
            {
                T high = T.CreateChecked(max);
                values = Array.ConvertAll(values, v => v > high ? high : v);
            }

            return (values, indices);
        }

        /// <summary>Bit for bit, except that any NaN equals any NaN.</summary>
        public static void AssertSame<T>(T[] expected, T[] actual, string what)
            where T : unmanaged, INumber<T>
        {
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                bool same = T.IsNaN(expected[i]) ? T.IsNaN(actual[i]) : expected[i] == actual[i] && T.IsNegative(expected[i]) == T.IsNegative(actual[i]);
                Assert.True(same, $"{what}: output {i} is {actual[i]}, expected {expected[i]}");
            }
        }
    }

    /// <summary>Every kernel of <see cref="AdaptiveKernels"/> with the hand-written meaning of its attribute.</summary>
    public static class AdaptiveKernelTable
    {
        private static KernelShape Shape(int rank, bool batch = true, bool channels = true, params int[] fixedSizes) =>
            new(rank, batch, channels, 0, fixedSizes.Length == 0 ? new int[rank] : fixedSizes);

        private static AdaptiveEntry<T> E<T>(string name, K kind, L layout, int[] outputSize, KernelShape shape, KernelCall<T> call, IndexType indices = IndexType.None, double? clampMin = null, double? clampMax = null)
            where T : unmanaged, INumber<T> => new(name, kind, layout, outputSize, shape, indices, call) { ClampMin = clampMin, ClampMax = clampMax };

        private static AdaptiveEntry<T> Q<T>(string name, K kind, L layout, int[] outputSize, KernelShape shape, KernelCall<T> call, QuantizedPoolParameters parameters, double? clampMin = null)
            where T : unmanaged, INumber<T> => new(name, kind, layout, outputSize, shape, IndexType.None, call) { Quantization = parameters, ClampMin = clampMin };

        private static readonly QuantizedPoolParameters U8 = new(0.02f, 128, 0.015f, 120);

        private static readonly QuantizedPoolParameters S8 = new(0.25f, -3, 0.0625f, 10);

        private static readonly QuantizedPoolParameters S8Wide = new(1.5f, 7, 3.25f, -100);

        public static IReadOnlyList<AdaptiveEntry> All { get; } =
        [
            E<float>(nameof(AdaptiveKernels.Max1D_Ncl_Out5), K.Max, L.Nchw, [5], Shape(1), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Max1D_Ncl_Out5(i, o, i64, b, c, s[0]), IndexType.Int64),
            E<float>(nameof(AdaptiveKernels.Max1D_Nlc_Out5), K.Max, L.Nhwc, [5], Shape(1), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Max1D_Nlc_Out5(i, o, i64, b, c, s[0]), IndexType.Int64),
            E<double>(nameof(AdaptiveKernels.AvgF64_1D_Ncl_Out7), K.Average, L.Nchw, [7], Shape(1), (i, o, i32, i64, b, c, s) => AdaptiveKernels.AvgF64_1D_Ncl_Out7(i, o, b, c, s[0])),
            E<double>(nameof(AdaptiveKernels.AvgF64_1D_Nlc_Out7), K.Average, L.Nhwc, [7], Shape(1), (i, o, i32, i64, b, c, s) => AdaptiveKernels.AvgF64_1D_Nlc_Out7(i, o, b, c, s[0])),
            E<float>(nameof(AdaptiveKernels.Avg_Nchw_Out7), K.Average, L.Nchw, [7, 7], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Avg_Nchw_Out7(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AdaptiveKernels.Avg_Nhwc_Out7), K.Average, L.Nhwc, [7, 7], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Avg_Nhwc_Out7(i, o, b, c, s[0], s[1])),
            E<double>(nameof(AdaptiveKernels.AvgF64_Nchw_Out3x5), K.Average, L.Nchw, [3, 5], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.AvgF64_Nchw_Out3x5(i, o, b, c, s[0], s[1])),
            E<double>(nameof(AdaptiveKernels.AvgF64_Nhwc_Out3x5), K.Average, L.Nhwc, [3, 5], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.AvgF64_Nhwc_Out3x5(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AdaptiveKernels.Max_Nchw_Out7_Long), K.Max, L.Nchw, [7, 7], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Max_Nchw_Out7_Long(i, o, i64, b, c, s[0], s[1]), IndexType.Int64),
            E<float>(nameof(AdaptiveKernels.Max_Nhwc_Out7_Long), K.Max, L.Nhwc, [7, 7], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Max_Nhwc_Out7_Long(i, o, i64, b, c, s[0], s[1]), IndexType.Int64),
            E<float>(nameof(AdaptiveKernels.Max_Nchw_Out4x6_Int), K.Max, L.Nchw, [4, 6], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Max_Nchw_Out4x6_Int(i, o, i32, b, c, s[0], s[1]), IndexType.Int32),
            E<float>(nameof(AdaptiveKernels.Max_Nhwc_Out4x6_Int), K.Max, L.Nhwc, [4, 6], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Max_Nhwc_Out4x6_Int(i, o, i32, b, c, s[0], s[1]), IndexType.Int32),
            E<double>(nameof(AdaptiveKernels.MaxF64_Nchw_Out4x6), K.Max, L.Nchw, [4, 6], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.MaxF64_Nchw_Out4x6(i, o, b, c, s[0], s[1])),
            E<double>(nameof(AdaptiveKernels.MaxF64_Nhwc_Out4x6), K.Max, L.Nhwc, [4, 6], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.MaxF64_Nhwc_Out4x6(i, o, b, c, s[0], s[1])),
            E<short>(nameof(AdaptiveKernels.MinI16_Nchw_Out5), K.Min, L.Nchw, [5, 5], Shape(2, batch: false), (i, o, i32, i64, b, c, s) => AdaptiveKernels.MinI16_Nchw_Out5(i, o, c, s[0], s[1])),
            E<short>(nameof(AdaptiveKernels.MinI16_Nhwc_Out5), K.Min, L.Nhwc, [5, 5], Shape(2, batch: false), (i, o, i32, i64, b, c, s) => AdaptiveKernels.MinI16_Nhwc_Out5(i, o, c, s[0], s[1])),
            E<byte>(nameof(AdaptiveKernels.MaxU8_Nchw_Out3_Clamp), K.Max, L.Nchw, [3, 3], Shape(2, batch: false), (i, o, i32, i64, b, c, s) => AdaptiveKernels.MaxU8_Nchw_Out3_Clamp(i, o, c, s[0], s[1]), clampMin: 10, clampMax: 200),
            E<byte>(nameof(AdaptiveKernels.MaxU8_Nhwc_Out3_Clamp), K.Max, L.Nhwc, [3, 3], Shape(2, batch: false), (i, o, i32, i64, b, c, s) => AdaptiveKernels.MaxU8_Nhwc_Out3_Clamp(i, o, c, s[0], s[1]), clampMin: 10, clampMax: 200),
            E<float>(nameof(AdaptiveKernels.Avg_Nchw_Out4_Clamp), K.Average, L.Nchw, [4, 4], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Avg_Nchw_Out4_Clamp(i, o, b, c, s[0], s[1]), clampMin: 0, clampMax: 1),
            E<float>(nameof(AdaptiveKernels.Avg_Nhwc_Out4_Clamp), K.Average, L.Nhwc, [4, 4], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Avg_Nhwc_Out4_Clamp(i, o, b, c, s[0], s[1]), clampMin: 0, clampMax: 1),
            E<Half>(nameof(AdaptiveKernels.AvgHalf_Nchw_Out5), K.Average, L.Nchw, [5, 5], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.AvgHalf_Nchw_Out5(i, o, b, c, s[0], s[1])),
            E<Half>(nameof(AdaptiveKernels.AvgHalf_Nhwc_Out5), K.Average, L.Nhwc, [5, 5], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.AvgHalf_Nhwc_Out5(i, o, b, c, s[0], s[1])),
            E<Half>(nameof(AdaptiveKernels.MaxHalf_Nhwc_Out5_Long), K.Max, L.Nhwc, [5, 5], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.MaxHalf_Nhwc_Out5_Long(i, o, i64, b, c, s[0], s[1]), IndexType.Int64),
            E<float>(nameof(AdaptiveKernels.Avg_Nchw_Out1), K.Average, L.Nchw, [1, 1], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Avg_Nchw_Out1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AdaptiveKernels.Avg_Nhwc_Out1), K.Average, L.Nhwc, [1, 1], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Avg_Nhwc_Out1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AdaptiveKernels.Max_Nchw_Out1x3_Int), K.Max, L.Nchw, [1, 3], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Max_Nchw_Out1x3_Int(i, o, i32, b, c, s[0], s[1]), IndexType.Int32),
            E<float>(nameof(AdaptiveKernels.Avg_Nhwc_13to7), K.Average, L.Nhwc, [7, 7], Shape(2, true, true, 13, 13), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Avg_Nhwc_13to7(i, o, b, c)),
            E<float>(nameof(AdaptiveKernels.Avg_Nchw_14to7), K.Average, L.Nchw, [7, 7], Shape(2, true, true, 14, 14), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Avg_Nchw_14to7(i, o, b, c)),
            E<float>(nameof(AdaptiveKernels.Avg_Nhwc_14to7), K.Average, L.Nhwc, [7, 7], Shape(2, true, true, 14, 14), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Avg_Nhwc_14to7(i, o, b, c)),
            E<float>(nameof(AdaptiveKernels.Max_Nchw_5x3to7_Long), K.Max, L.Nchw, [7, 7], Shape(2, false, true, 5, 3), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Max_Nchw_5x3to7_Long(i, o, i64, c), IndexType.Int64),
            E<float>(nameof(AdaptiveKernels.Max_Nhwc_5x3to7_Long), K.Max, L.Nhwc, [7, 7], Shape(2, false, true, 5, 3), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Max_Nhwc_5x3to7_Long(i, o, i64, c), IndexType.Int64),
            E<float>(nameof(AdaptiveKernels.Avg3d_Ncdhw_Out2x3x4), K.Average, L.Nchw, [2, 3, 4], Shape(3), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Avg3d_Ncdhw_Out2x3x4(i, o, b, c, s[0], s[1], s[2])),
            E<float>(nameof(AdaptiveKernels.Avg3d_Ndhwc_Out2x3x4), K.Average, L.Nhwc, [2, 3, 4], Shape(3), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Avg3d_Ndhwc_Out2x3x4(i, o, b, c, s[0], s[1], s[2])),
            E<double>(nameof(AdaptiveKernels.Max3d_Ncdhw_Out3x3x5_Int), K.Max, L.Nchw, [3, 3, 5], Shape(3), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Max3d_Ncdhw_Out3x3x5_Int(i, o, i32, b, c, s[0], s[1], s[2]), IndexType.Int32),
            E<double>(nameof(AdaptiveKernels.Max3d_Ndhwc_Out3x3x5_Int), K.Max, L.Nhwc, [3, 3, 5], Shape(3), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Max3d_Ndhwc_Out3x3x5_Int(i, o, i32, b, c, s[0], s[1], s[2]), IndexType.Int32),
            Q<byte>(nameof(AdaptiveKernels.QAvgU8_Nchw_Out7), K.Average, L.Nchw, [7, 7], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.QAvgU8_Nchw_Out7(i, o, b, c, s[0], s[1]), U8),
            Q<byte>(nameof(AdaptiveKernels.QAvgU8_Nhwc_Out7), K.Average, L.Nhwc, [7, 7], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.QAvgU8_Nhwc_Out7(i, o, b, c, s[0], s[1]), U8),
            Q<sbyte>(nameof(AdaptiveKernels.QAvgS8_1D_Ncl_Out5_Relu), K.Average, L.Nchw, [5], Shape(1), (i, o, i32, i64, b, c, s) => AdaptiveKernels.QAvgS8_1D_Ncl_Out5_Relu(i, o, b, c, s[0]), S8, clampMin: 10),
            Q<sbyte>(nameof(AdaptiveKernels.QAvgS8_1D_Nlc_Out5_Relu), K.Average, L.Nhwc, [5], Shape(1), (i, o, i32, i64, b, c, s) => AdaptiveKernels.QAvgS8_1D_Nlc_Out5_Relu(i, o, b, c, s[0]), S8, clampMin: 10),
            Q<sbyte>(nameof(AdaptiveKernels.QAvgS8_3d_Ncdhw_Out2x3x4), K.Average, L.Nchw, [2, 3, 4], Shape(3), (i, o, i32, i64, b, c, s) => AdaptiveKernels.QAvgS8_3d_Ncdhw_Out2x3x4(i, o, b, c, s[0], s[1], s[2]), S8Wide),
            Q<sbyte>(nameof(AdaptiveKernels.QAvgS8_3d_Ndhwc_Out2x3x4), K.Average, L.Nhwc, [2, 3, 4], Shape(3), (i, o, i32, i64, b, c, s) => AdaptiveKernels.QAvgS8_3d_Ndhwc_Out2x3x4(i, o, b, c, s[0], s[1], s[2]), S8Wide),
            Q<byte>(nameof(AdaptiveKernels.QAvgU8_Nhwc_Out1), K.Average, L.Nhwc, [1, 1], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.QAvgU8_Nhwc_Out1(i, o, b, c, s[0], s[1]), new(0.5f, 3, 0.25f, 200)),
            Q<byte>(nameof(AdaptiveKernels.QAvgU8_Nchw_14x13to7), K.Average, L.Nchw, [7, 7], Shape(2, true, true, 14, 13), (i, o, i32, i64, b, c, s) => AdaptiveKernels.QAvgU8_Nchw_14x13to7(i, o, b, c), new(0.003f, 0, 0.001f, 0)),
            Q<byte>(nameof(AdaptiveKernels.QMaxU8_Nhwc_Out4), K.Max, L.Nhwc, [4, 4], Shape(2), (i, o, i32, i64, b, c, s) => AdaptiveKernels.QMaxU8_Nhwc_Out4(i, o, b, c, s[0], s[1]), new(0.02f, 128, 0.03f, 100)),
            E<double>(nameof(AdaptiveKernels.Avg3d_Ndhwc_Fixed5x4x6_Out2), K.Average, L.Nhwc, [2, 2, 2], Shape(3, true, true, 5, 4, 6), (i, o, i32, i64, b, c, s) => AdaptiveKernels.Avg3d_Ndhwc_Fixed5x4x6_Out2(i, o, b, c)),
        ];

        public static IReadOnlyDictionary<string, AdaptiveEntry> ByName { get; } = All.ToDictionary(entry => entry.Name, StringComparer.Ordinal);
    }
}
