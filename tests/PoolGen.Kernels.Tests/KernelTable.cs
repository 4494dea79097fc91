using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;
using K = PoolGen.PoolKind;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Every span kernel under test with the hand-written meaning of its attribute, one row each, all called through
    /// <see cref="KernelCall{T}"/>: the rank-2 channels-first kernels of Kernels.cs (no indices) and the kernels of
    /// FeatureKernels.cs (ranks 1 to 3, both layouts, indices, AutoPad, ...).
    /// </summary>
    public static partial class KernelTable
    {
        private static readonly KernelShape BCHW = KernelShape.BCHW;

        public static IReadOnlyList<KernelEntry> All { get; } = [.. RowsOfKernels(), .. RowsOfFeatureKernels(), .. RowsOfIndexOrderKernels()];

        public static IReadOnlyDictionary<string, KernelEntry> ByName { get; } = All.ToDictionary(entry => entry.Name, StringComparer.Ordinal);

        public static KernelEntry<T> Get<T>(string name)
            where T : unmanaged, INumber<T> =>
            (KernelEntry<T>)ByName[name];

        private static KernelEntry<T> E<T>(string name, PoolSpecND spec, KernelShape shape, KernelCall<T> call, PoolLayout layout = PoolLayout.Nchw, PoolAutoPad autoPad = PoolAutoPad.NotSet, IndexType indices = IndexType.None, string? twin = null, IndexOrderReference.Order order = IndexOrderReference.Order.Plane)
            where T : unmanaged, INumber<T>
            => new(name, spec, shape, call, layout, autoPad, indices, twin) { IndexOrder = order };

        /// <summary>A rank-2 max spec, height before width.</summary>
        private static PoolSpecND Max(int kh, int kw, int sh, int sw, int ph = 0, int pw = 0, int dh = 1, int dw = 1, bool ceil = false) =>
            PoolSpecND.Of2D(PoolKind.Max, kh, kw, sh, sw, ph, pw, dh, dw, ceil);

        /// <summary>A rank-2 average spec, height before width.</summary>
        private static PoolSpecND Avg(int kh, int kw, int sh, int sw, int ph = 0, int pw = 0, int dh = 1, int dw = 1, bool ceil = false, bool countIncludePad = true) =>
            PoolSpecND.Of2D(PoolKind.Average, kh, kw, sh, sw, ph, pw, dh, dw, ceil, countIncludePad);

        /// <summary>The same window on every axis; stride 0 means the window size (as the attribute's rule).</summary>
        private static PoolSpecND Sym(K kind, int rank, int k, int s = 0, int p = 0, int d = 1, bool ceil = false, bool cip = true, int? div = null)
            => new(kind, Fill(rank, k), Fill(rank, s == 0 ? k : s), Fill(rank, p), Fill(rank, d), ceil, cip, div);

        private static PoolSpecND Axes(K kind, int[] k, int[] s, int[] p, int[] d, bool ceil = false, bool cip = true, int? div = null)
            => new(kind, k, s, p, d, ceil, cip, div);

        /// <summary>Begin/end padding in ONNX order: the beginnings of the axes, then their ends (rank 2: top, left, bottom, right), replacing the spec's symmetric padding.</summary>
        private static PoolSpecND Pads(PoolSpecND spec, params int[] pads)
            => spec with { Padding = pads[..spec.Rank], PaddingEnd = pads[spec.Rank..] };

        private static int[] Fill(int rank, int value) => Enumerable.Repeat(value, rank).ToArray();

        /// <summary>The kernels of Kernels.cs, in the same order: rank 2, channels first, no indices.</summary>
        private static List<KernelEntry> RowsOfKernels() =>
        [
            // MaxKernels (float)
            E<float>(nameof(MaxKernels.Max_k1), Max(1, 1, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k2), Max(2, 2, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k2(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k2s1), Max(2, 2, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k2s1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k2Ceil), Max(2, 2, 2, 2, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k2Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3s1p1), Max(3, 3, 1, 1, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3s1p1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3s2p1), Max(3, 3, 2, 2, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3s2p1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3s2p1Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3s2Ceil), Max(3, 3, 2, 2, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3s2Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3s0), Max(3, 3, 3, 3), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3s0(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3s3p1Ceil), Max(3, 3, 3, 3, 1, 1, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3s3p1Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k4s3p2), Max(4, 4, 3, 3, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k4s3p2(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k4s2p1Ceil), Max(4, 4, 2, 2, 1, 1, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k4s2p1Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k5s1p2), Max(5, 5, 1, 1, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k5s1p2(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k5s2p2Ceil), Max(5, 5, 2, 2, 2, 2, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k5s2p2Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k5s3), Max(5, 5, 3, 3), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k5s3(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k9s1), Max(9, 9, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k9s1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k9s2p4Ceil), Max(9, 9, 2, 2, 4, 4, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k9s2p4Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k9s3d2p8), Max(9, 9, 3, 3, 8, 8, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k9s3d2p8(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k1x9s1p0x4), Max(1, 9, 1, 1, 0, 4), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k1x9s1p0x4(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k9x1s2x1p4x0), Max(9, 1, 2, 1, 4, 0), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k9x1s2x1p4x0(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k9x8s2p3), Max(9, 8, 2, 2, 3, 3), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k9x8s2p3(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k2x3s1x2), Max(2, 3, 1, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k2x3s1x2(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3x2s2x1p1Ceil), Max(3, 2, 2, 1, 1, 1, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3x2s2x1p1Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3x2s1p1), Max(3, 2, 1, 1, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3x2s1p1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3s1p1x0), Max(3, 3, 1, 1, 1, 0), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3s1p1x0(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3s3x1), Max(3, 3, 3, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3s3x1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k2s2x1), Max(2, 2, 2, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k2s2x1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3s1d2), Max(3, 3, 1, 1, 0, 0, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3s1d2(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k2s1d2p1), Max(2, 2, 1, 1, 1, 1, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k2s1d2p1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k2s1d3p2), Max(2, 2, 1, 1, 2, 2, 3, 3), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k2s1d3p2(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k2s2d3p2Ceil), Max(2, 2, 2, 2, 2, 2, 3, 3, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k2s2d3p2Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3s1d2p2), Max(3, 3, 1, 1, 2, 2, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3s1d2p2(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3s2d2p2Ceil), Max(3, 3, 2, 2, 2, 2, 2, 2, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3s2d2p2Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3s1d1x3p0x3), Max(3, 3, 1, 1, 0, 3, 1, 3), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3s1d1x3p0x3(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k2s1d3x1p1), Max(2, 2, 1, 1, 1, 1, 3, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k2s1d3x1p1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_k3s2d3p3), Max(3, 3, 2, 2, 3, 3, 3, 3), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_k3s2d3p3(i, o, b, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_HW_k3s2p1), Max(3, 3, 2, 2, 1, 1), KernelShape.HW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_HW_k3s2p1(i, o, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_CHW_k2s2p1Ceil), Max(2, 2, 2, 2, 1, 1, ceil: true), KernelShape.CHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_CHW_k2s2p1Ceil(i, o, c, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_BHW_k3s1), Max(3, 3, 1, 1), KernelShape.BHW, (i, o, i32, i64, b, c, s) => MaxKernels.Max_BHW_k3s1(i, o, b, s[0], s[1])),
            E<float>(nameof(MaxKernels.Max_BHW_C2_k2), Max(2, 2, 2, 2), KernelShape.BHW with { FixedChannels = 2 }, (i, o, i32, i64, b, c, s) => MaxKernels.Max_BHW_C2_k2(i, o, b, s[0], s[1])),
            E<float>(nameof(MaxKernels.Nested.Max_Nested_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxKernels.Nested.Max_Nested_k3s2p1Ceil(i, o, b, c, s[0], s[1])),

            // MaxDoubleKernels
            E<double>(nameof(MaxDoubleKernels.MaxF64_k2), Max(2, 2, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxDoubleKernels.MaxF64_k2(i, o, b, c, s[0], s[1])),
            E<double>(nameof(MaxDoubleKernels.MaxF64_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxDoubleKernels.MaxF64_k3s2p1Ceil(i, o, b, c, s[0], s[1])),
            E<double>(nameof(MaxDoubleKernels.MaxF64_k3s1d2p2), Max(3, 3, 1, 1, 2, 2, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxDoubleKernels.MaxF64_k3s1d2p2(i, o, b, c, s[0], s[1])),
            E<double>(nameof(MaxDoubleKernels.MaxF64_k9s1p4), Max(9, 9, 1, 1, 4, 4), BCHW, (i, o, i32, i64, b, c, s) => MaxDoubleKernels.MaxF64_k9s1p4(i, o, b, c, s[0], s[1])),
            E<double>(nameof(MaxDoubleKernels.MaxF64_k1x9s2), Max(1, 9, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxDoubleKernels.MaxF64_k1x9s2(i, o, b, c, s[0], s[1])),

            // MaxIntegerKernels
            E<byte>(nameof(MaxIntegerKernels.MaxU8_k2), Max(2, 2, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxU8_k2(i, o, b, c, s[0], s[1])),
            E<byte>(nameof(MaxIntegerKernels.MaxU8_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxU8_k3s2p1Ceil(i, o, b, c, s[0], s[1])),
            E<byte>(nameof(MaxIntegerKernels.MaxU8_k2s1d3p2), Max(2, 2, 1, 1, 2, 2, 3, 3), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxU8_k2s1d3p2(i, o, b, c, s[0], s[1])),
            E<sbyte>(nameof(MaxIntegerKernels.MaxI8_k3s2p1), Max(3, 3, 2, 2, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxI8_k3s2p1(i, o, b, c, s[0], s[1])),
            E<sbyte>(nameof(MaxIntegerKernels.MaxI8_k1x9s1p0x4), Max(1, 9, 1, 1, 0, 4), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxI8_k1x9s1p0x4(i, o, b, c, s[0], s[1])),
            E<short>(nameof(MaxIntegerKernels.MaxI16_k2s1d2p1), Max(2, 2, 1, 1, 1, 1, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxI16_k2s1d2p1(i, o, b, c, s[0], s[1])),
            E<byte>(nameof(MaxIntegerKernels.MaxU8_k3x1s2), Max(3, 1, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxU8_k3x1s2(i, o, b, c, s[0], s[1])),
            E<short>(nameof(MaxIntegerKernels.MaxI16_k3s2d2p2), Max(3, 3, 2, 2, 2, 2, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxI16_k3s2d2p2(i, o, b, c, s[0], s[1])),
            E<sbyte>(nameof(MaxIntegerKernels.MaxI8_k2Ceil), Max(2, 2, 2, 2, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxI8_k2Ceil(i, o, b, c, s[0], s[1])),
            E<ushort>(nameof(MaxIntegerKernels.MaxU16_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxU16_k3s2p1Ceil(i, o, b, c, s[0], s[1])),
            E<int>(nameof(MaxIntegerKernels.MaxI32_k3s1p1), Max(3, 3, 1, 1, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxI32_k3s1p1(i, o, b, c, s[0], s[1])),
            E<int>(nameof(MaxIntegerKernels.MaxI32_k9s1p4), Max(9, 9, 1, 1, 4, 4), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxI32_k9s1p4(i, o, b, c, s[0], s[1])),
            E<int>(nameof(MaxIntegerKernels.MaxI32_k2s1d3p2), Max(2, 2, 1, 1, 2, 2, 3, 3), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxI32_k2s1d3p2(i, o, b, c, s[0], s[1])),
            E<uint>(nameof(MaxIntegerKernels.MaxU32_k2x3s1x2p1), Max(2, 3, 1, 2, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxU32_k2x3s1x2p1(i, o, b, c, s[0], s[1])),
            E<long>(nameof(MaxIntegerKernels.MaxI64_k3s2d2p2Ceil), Max(3, 3, 2, 2, 2, 2, 2, 2, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxI64_k3s2d2p2Ceil(i, o, b, c, s[0], s[1])),
            E<ulong>(nameof(MaxIntegerKernels.MaxU64_k2s1p1), Max(2, 2, 1, 1, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxU64_k2s1p1(i, o, b, c, s[0], s[1])),
            E<ulong>(nameof(MaxIntegerKernels.MaxU64_k9s2), Max(9, 9, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxU64_k9s2(i, o, b, c, s[0], s[1])),
            E<byte>(nameof(MaxIntegerKernels.MaxU8_k3s1p1), Max(3, 3, 1, 1, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxU8_k3s1p1(i, o, b, c, s[0], s[1])),
            E<sbyte>(nameof(MaxIntegerKernels.MaxI8_k3s1d2), Max(3, 3, 1, 1, 0, 0, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxI8_k3s1d2(i, o, b, c, s[0], s[1])),
            E<ushort>(nameof(MaxIntegerKernels.MaxU16_k2s1), Max(2, 2, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxU16_k2s1(i, o, b, c, s[0], s[1])),
            E<int>(nameof(MaxIntegerKernels.MaxI32_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxI32_k3s2p1Ceil(i, o, b, c, s[0], s[1])),
            E<uint>(nameof(MaxIntegerKernels.MaxU32_k3s1), Max(3, 3, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxU32_k3s1(i, o, b, c, s[0], s[1])),
            E<long>(nameof(MaxIntegerKernels.MaxI64_k2s1p1), Max(2, 2, 1, 1, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxI64_k2s1p1(i, o, b, c, s[0], s[1])),
            E<ulong>(nameof(MaxIntegerKernels.MaxU64_k3s2p1), Max(3, 3, 2, 2, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => MaxIntegerKernels.MaxU64_k3s2p1(i, o, b, c, s[0], s[1])),

            // AverageKernels (float)
            E<float>(nameof(AverageKernels.Avg_k1), Avg(1, 1, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k2), Avg(2, 2, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k2(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k2s1), Avg(2, 2, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k2s1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k2Ceil), Avg(2, 2, 2, 2, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k2Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k3s1p1), Avg(3, 3, 1, 1, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k3s1p1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k3s1p1NoPad), Avg(3, 3, 1, 1, 1, 1, countIncludePad: false), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k3s1p1NoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k3s2p1Ceil), Avg(3, 3, 2, 2, 1, 1, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k3s2p1Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k3s2p1CeilNoPad), Avg(3, 3, 2, 2, 1, 1, ceil: true, countIncludePad: false), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k3s2p1CeilNoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k4s3p2Ceil), Avg(4, 4, 3, 3, 2, 2, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k4s3p2Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k4s3p2CeilNoPad), Avg(4, 4, 3, 3, 2, 2, ceil: true, countIncludePad: false), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k4s3p2CeilNoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k5s2p2), Avg(5, 5, 2, 2, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k5s2p2(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k5s3p1CeilNoPad), Avg(5, 5, 3, 3, 1, 1, ceil: true, countIncludePad: false), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k5s3p1CeilNoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k7), Avg(7, 7, 7, 7), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k7(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k9s1), Avg(9, 9, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k9s1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k9s2p4Ceil), Avg(9, 9, 2, 2, 4, 4, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k9s2p4Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k9s2p4CeilNoPad), Avg(9, 9, 2, 2, 4, 4, ceil: true, countIncludePad: false), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k9s2p4CeilNoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k1x9s1p0x4), Avg(1, 9, 1, 1, 0, 4), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k1x9s1p0x4(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k9x1s2x1p4x0CeilNoPad), Avg(9, 1, 2, 1, 4, 0, ceil: true, countIncludePad: false), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k9x1s2x1p4x0CeilNoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k3x2s1x2p1x0), Avg(3, 2, 1, 2, 1, 0), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k3x2s1x2p1x0(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k2s2x1), Avg(2, 2, 2, 1), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k2s2x1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k3s1d2), Avg(3, 3, 1, 1, 0, 0, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k3s1d2(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k2s1d3p2), Avg(2, 2, 1, 1, 2, 2, 3, 3), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k2s1d3p2(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k2s1d3p2NoPad), Avg(2, 2, 1, 1, 2, 2, 3, 3, countIncludePad: false), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k2s1d3p2NoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k3s2d2p2Ceil), Avg(3, 3, 2, 2, 2, 2, 2, 2, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k3s2d2p2Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k3s2d2p2CeilNoPad), Avg(3, 3, 2, 2, 2, 2, 2, 2, ceil: true, countIncludePad: false), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k3s2d2p2CeilNoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k3s1d2x1p2x1), Avg(3, 3, 1, 1, 2, 1, 2, 1), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k3s1d2x1p2x1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k3s2d2x1p2x1CeilNoPad), Avg(3, 3, 2, 2, 2, 1, 2, 1, ceil: true, countIncludePad: false), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k3s2d2x1p2x1CeilNoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_k9s3d2p8), Avg(9, 9, 3, 3, 8, 8, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_k9s3d2p8(i, o, b, c, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_HW_k3s2p1NoPad), Avg(3, 3, 2, 2, 1, 1, countIncludePad: false), KernelShape.HW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_HW_k3s2p1NoPad(i, o, s[0], s[1])),
            E<float>(nameof(AverageKernels.Avg_CHW_k2s2p1Ceil), Avg(2, 2, 2, 2, 1, 1, ceil: true), KernelShape.CHW, (i, o, i32, i64, b, c, s) => AverageKernels.Avg_CHW_k2s2p1Ceil(i, o, c, s[0], s[1])),

            // AverageDoubleKernels
            E<double>(nameof(AverageDoubleKernels.AvgF64_k2), Avg(2, 2, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => AverageDoubleKernels.AvgF64_k2(i, o, b, c, s[0], s[1])),
            E<double>(nameof(AverageDoubleKernels.AvgF64_k3s2p1Ceil), Avg(3, 3, 2, 2, 1, 1, ceil: true), BCHW, (i, o, i32, i64, b, c, s) => AverageDoubleKernels.AvgF64_k3s2p1Ceil(i, o, b, c, s[0], s[1])),
            E<double>(nameof(AverageDoubleKernels.AvgF64_k3s2p1CeilNoPad), Avg(3, 3, 2, 2, 1, 1, ceil: true, countIncludePad: false), BCHW, (i, o, i32, i64, b, c, s) => AverageDoubleKernels.AvgF64_k3s2p1CeilNoPad(i, o, b, c, s[0], s[1])),
            E<double>(nameof(AverageDoubleKernels.AvgF64_k9s3p4), Avg(9, 9, 3, 3, 4, 4), BCHW, (i, o, i32, i64, b, c, s) => AverageDoubleKernels.AvgF64_k9s3p4(i, o, b, c, s[0], s[1])),
            E<double>(nameof(AverageDoubleKernels.AvgF64_k2s1d3p2NoPad), Avg(2, 2, 1, 1, 2, 2, 3, 3, countIncludePad: false), BCHW, (i, o, i32, i64, b, c, s) => AverageDoubleKernels.AvgF64_k2s1d3p2NoPad(i, o, b, c, s[0], s[1])),
            E<double>(nameof(AverageDoubleKernels.AvgF64_k3s1d2p1), Avg(3, 3, 1, 1, 1, 1, 2, 2), BCHW, (i, o, i32, i64, b, c, s) => AverageDoubleKernels.AvgF64_k3s1d2p1(i, o, b, c, s[0], s[1])),

            // FixedShapeKernels
            E<float>(nameof(FixedShapeKernels.Fixed_Max_4x4_k2), Max(2, 2, 2, 2), new(false, false, 0, 4, 4), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Max_4x4_k2(i, o)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_4x4_k2), Avg(2, 2, 2, 2), new(false, false, 0, 4, 4), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Avg_4x4_k2(i, o)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_8x10_k3s1), Max(3, 3, 1, 1), new(true, true, 0, 8, 10), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Max_8x10_k3s1(i, o, b, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_12x12_k9s3), Avg(9, 9, 3, 3), new(true, true, 0, 12, 12), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Avg_12x12_k9s3(i, o, b, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_7x5_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), new(false, true, 0, 7, 5), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Max_7x5_k3s2p1Ceil(i, o, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_7x7_k3s2p1CeilNoPad), Avg(3, 3, 2, 2, 1, 1, ceil: true, countIncludePad: false), new(true, true, 0, 7, 7), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Avg_7x7_k3s2p1CeilNoPad(i, o, b, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_8x6_k3s2p1Ceil), Avg(3, 3, 2, 2, 1, 1, ceil: true), new(true, true, 0, 8, 6), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Avg_8x6_k3s2p1Ceil(i, o, b, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_C3_5x6_k2s1p1), Max(2, 2, 1, 1, 1, 1), new(false, false, 3, 5, 6), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Max_C3_5x6_k2s1p1(i, o)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_H6_k3s2), Max(3, 3, 2, 2), new(true, false, 0, 6, 0), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Max_H6_k3s2(i, o, b, s[1])),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_W9_k2s2d2p1Ceil), Max(2, 2, 2, 2, 1, 1, 2, 2, ceil: true), new(false, false, 0, 0, 9), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Max_W9_k2s2d2p1Ceil(i, o, s[0])),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_1x2_k2p1), Max(2, 2, 2, 2, 1, 1), new(false, true, 0, 1, 2), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Max_1x2_k2p1(i, o, c)),
            E<double>(nameof(FixedShapeKernels.Fixed_Avg_7x7_Global), Avg(7, 7, 7, 7), new(false, true, 0, 7, 7), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Avg_7x7_Global(i, o, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_H5_k3s1p1), Avg(3, 3, 1, 1, 1, 1), new(false, false, 0, 5, 0), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Avg_H5_k3s1p1(i, o, s[1])),
            E<double>(nameof(FixedShapeKernels.Fixed_AvgF64_6x5_k3s1d2p2NoPad), Avg(3, 3, 1, 1, 2, 2, 2, 2, countIncludePad: false), new(false, true, 0, 6, 5), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_AvgF64_6x5_k3s1d2p2NoPad(i, o, c)),
            E<int>(nameof(FixedShapeKernels.Fixed_MaxI32_5x5_k3s2p1), Max(3, 3, 2, 2, 1, 1), new(false, false, 0, 5, 5), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_MaxI32_5x5_k3s2p1(i, o)),
            E<byte>(nameof(FixedShapeKernels.Fixed_MaxU8_3x3_k2s1), Max(2, 2, 1, 1), new(true, false, 0, 3, 3), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_MaxU8_3x3_k2s1(i, o, b)),
            E<double>(nameof(FixedShapeKernels.Fixed_MaxF64_9x9_k9), Max(9, 9, 9, 9), new(true, true, 0, 9, 9), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_MaxF64_9x9_k9(i, o, b, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_4x40_k2), Avg(2, 2, 2, 2), new(true, true, 0, 4, 40), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Avg_4x40_k2(i, o, b, c)),
            E<byte>(nameof(FixedShapeKernels.Fixed_MaxU8_3x50_k3s1), Max(3, 3, 1, 1), new(true, false, 0, 3, 50), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_MaxU8_3x50_k3s1(i, o, b)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_5x37_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), new(false, true, 0, 5, 37), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Max_5x37_k3s2p1Ceil(i, o, c)),
            E<double>(nameof(FixedShapeKernels.Fixed_AvgF64_6x23_k2s1p1NoPad), Avg(2, 2, 1, 1, 1, 1, countIncludePad: false), new(true, true, 0, 6, 23), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_AvgF64_6x23_k2s1p1NoPad(i, o, b, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_1x1_k2d3p2), Max(2, 2, 2, 2, 2, 2, 3, 3), new(false, true, 0, 1, 1), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Max_1x1_k2d3p2(i, o, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_1x1_k2d3p2NoPad), Avg(2, 2, 2, 2, 2, 2, 3, 3, countIncludePad: false), new(false, true, 0, 1, 1), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Avg_1x1_k2d3p2NoPad(i, o, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_1x1_k2d3p2), Avg(2, 2, 2, 2, 2, 2, 3, 3), new(true, false, 0, 1, 1), (i, o, i32, i64, b, c, s) => FixedShapeKernels.Fixed_Avg_1x1_k2d3p2(i, o, b)),

            // PadsKernels: Pads in ONNX order (top, left, bottom, right)
            E<float>(nameof(PadsKernels.Max_k3s2Pads1100), Pads(Max(3, 3, 2, 2), 1, 1, 0, 0), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Max_k3s2Pads1100(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Max_k3s2Pads0011Ceil), Pads(Max(3, 3, 2, 2, ceil: true), 0, 0, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Max_k3s2Pads0011Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Max_k3s1Pads2001), Pads(Max(3, 3, 1, 1), 2, 0, 0, 1), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Max_k3s1Pads2001(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Max_k3s1Pads0210Ceil), Pads(Max(3, 3, 1, 1, ceil: true), 0, 2, 1, 0), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Max_k3s1Pads0210Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Max_k2s2d2Pads1220Ceil), Pads(Max(2, 2, 2, 2, dh: 2, dw: 2, ceil: true), 1, 2, 2, 0), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Max_k2s2d2Pads1220Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Max_k9x8s2Pads0781), Pads(Max(9, 8, 2, 2), 0, 7, 8, 1), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Max_k9x8s2Pads0781(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Max_k3x2s2x1Pads1001Ceil), Pads(Max(3, 2, 2, 1, ceil: true), 1, 0, 0, 1), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Max_k3x2s2x1Pads1001Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Max_k1x9s1Pads0800), Pads(Max(1, 9, 1, 1), 0, 8, 0, 0), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Max_k1x9s1Pads0800(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Max_CHW_k3s2Pads0101), Pads(Max(3, 3, 2, 2), 0, 1, 0, 1), KernelShape.CHW, (i, o, i32, i64, b, c, s) => PadsKernels.Max_CHW_k3s2Pads0101(i, o, c, s[0], s[1])),
            E<double>(nameof(PadsKernels.MaxF64_k3s2Pads1100Ceil), Pads(Max(3, 3, 2, 2, ceil: true), 1, 1, 0, 0), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.MaxF64_k3s2Pads1100Ceil(i, o, b, c, s[0], s[1])),
            E<byte>(nameof(PadsKernels.MaxU8_k3s2Pads1100), Pads(Max(3, 3, 2, 2), 1, 1, 0, 0), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.MaxU8_k3s2Pads1100(i, o, b, c, s[0], s[1])),
            E<byte>(nameof(PadsKernels.MaxU8_k3s1Pads0110Ceil), Pads(Max(3, 3, 1, 1, ceil: true), 0, 1, 1, 0), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.MaxU8_k3s1Pads0110Ceil(i, o, b, c, s[0], s[1])),
            E<short>(nameof(PadsKernels.MaxI16_k2s1d2Pads0202), Pads(Max(2, 2, 1, 1, dh: 2, dw: 2), 0, 2, 0, 2), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.MaxI16_k2s1d2Pads0202(i, o, b, c, s[0], s[1])),
            E<int>(nameof(PadsKernels.MaxI32_k3s2Pads2011), Pads(Max(3, 3, 2, 2), 2, 0, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.MaxI32_k3s2Pads2011(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Avg_k3s2Pads1100), Pads(Avg(3, 3, 2, 2), 1, 1, 0, 0), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Avg_k3s2Pads1100(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Avg_k3s2Pads1100NoPad), Pads(Avg(3, 3, 2, 2, countIncludePad: false), 1, 1, 0, 0), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Avg_k3s2Pads1100NoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Avg_k3s1Pads0120Ceil), Pads(Avg(3, 3, 1, 1, ceil: true), 0, 1, 2, 0), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Avg_k3s1Pads0120Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Avg_k3s1Pads0120CeilNoPad), Pads(Avg(3, 3, 1, 1, ceil: true, countIncludePad: false), 0, 1, 2, 0), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Avg_k3s1Pads0120CeilNoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Avg_k2s2Pads1001Ceil), Pads(Avg(2, 2, 2, 2, ceil: true), 1, 0, 0, 1), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Avg_k2s2Pads1001Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Avg_k4s3Pads3003CeilNoPad), Pads(Avg(4, 4, 3, 3, ceil: true, countIncludePad: false), 3, 0, 0, 3), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Avg_k4s3Pads3003CeilNoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Avg_k3s1d2Pads4002), Pads(Avg(3, 3, 1, 1, dh: 2, dw: 2), 4, 0, 0, 2), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Avg_k3s1d2Pads4002(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Avg_k4s1Pads0011), Pads(Avg(4, 4, 1, 1), 0, 0, 1, 1), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Avg_k4s1Pads0011(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Avg_k9s2Pads8047NoPad), Pads(Avg(9, 9, 2, 2, countIncludePad: false), 8, 0, 4, 7), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.Avg_k9s2Pads8047NoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Avg_CHW_k3s2Pads0101NoPad), Pads(Avg(3, 3, 2, 2, countIncludePad: false), 0, 1, 0, 1), KernelShape.CHW, (i, o, i32, i64, b, c, s) => PadsKernels.Avg_CHW_k3s2Pads0101NoPad(i, o, c, s[0], s[1])),
            E<double>(nameof(PadsKernels.AvgF64_k3s1Pads1001), Pads(Avg(3, 3, 1, 1), 1, 0, 0, 1), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.AvgF64_k3s1Pads1001(i, o, b, c, s[0], s[1])),
            E<double>(nameof(PadsKernels.AvgF64_k3s2Pads0110CeilNoPad), Pads(Avg(3, 3, 2, 2, ceil: true, countIncludePad: false), 0, 1, 1, 0), BCHW, (i, o, i32, i64, b, c, s) => PadsKernels.AvgF64_k3s2Pads0110CeilNoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(PadsKernels.Fixed_Max_9x11_k3s2Pads1100), Pads(Max(3, 3, 2, 2), 1, 1, 0, 0), new(false, true, 0, 9, 11), (i, o, i32, i64, b, c, s) => PadsKernels.Fixed_Max_9x11_k3s2Pads1100(i, o, c)),
            E<float>(nameof(PadsKernels.Fixed_Avg_7x6_k3s2Pads0110Ceil), Pads(Avg(3, 3, 2, 2, ceil: true), 0, 1, 1, 0), new(true, true, 0, 7, 6), (i, o, i32, i64, b, c, s) => PadsKernels.Fixed_Avg_7x6_k3s2Pads0110Ceil(i, o, b, c)),
            E<double>(nameof(PadsKernels.Fixed_AvgF64_5x5_k3s1Pads2002NoPad), Pads(Avg(3, 3, 1, 1, countIncludePad: false), 2, 0, 0, 2), new(false, true, 0, 5, 5), (i, o, i32, i64, b, c, s) => PadsKernels.Fixed_AvgF64_5x5_k3s1Pads2002NoPad(i, o, c)),
            E<byte>(nameof(PadsKernels.Fixed_MaxU8_4x40_k3s2Pads1001), Pads(Max(3, 3, 2, 2), 1, 0, 0, 1), new(true, false, 0, 4, 40), (i, o, i32, i64, b, c, s) => PadsKernels.Fixed_MaxU8_4x40_k3s2Pads1001(i, o, b)),
            E<float>(nameof(PadsKernels.Fixed_Max_1x1_k3Pads2200), Pads(Max(3, 3, 3, 3), 2, 2, 0, 0), new(false, true, 0, 1, 1), (i, o, i32, i64, b, c, s) => PadsKernels.Fixed_Max_1x1_k3Pads2200(i, o, c)),
            E<double>(nameof(PadsKernels.Fixed_MaxF64_W13_k3s2Pads0110Ceil), Pads(Max(3, 3, 2, 2, ceil: true), 0, 1, 1, 0), new(true, false, 0, 0, 13), (i, o, i32, i64, b, c, s) => PadsKernels.Fixed_MaxF64_W13_k3s2Pads0110Ceil(i, o, b, s[0])),
            E<float>(nameof(PadsKernels.Fixed_Avg_H5_k3s2Pads0210), Pads(Avg(3, 3, 2, 2), 0, 2, 1, 0), new(false, false, 0, 5, 0), (i, o, i32, i64, b, c, s) => PadsKernels.Fixed_Avg_H5_k3s2Pads0210(i, o, s[1])),
            E<float>(nameof(PadsKernels.Fixed_Avg_4x4_k4s1Pads0011), Pads(Avg(4, 4, 1, 1), 0, 0, 1, 1), new(false, true, 0, 4, 4), (i, o, i32, i64, b, c, s) => PadsKernels.Fixed_Avg_4x4_k4s1Pads0011(i, o, c)),
        ];
    }
}
