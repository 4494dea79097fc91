using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;
using K = PoolGen.PoolKind;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Every feature kernel called the same way: dimensions always passed (batch, channels, the spatial sizes outermost
    /// first), an index buffer of each width; a kernel without a parameter for a dimension ignores the argument (its
    /// <see cref="KernelShape"/> says what the caller must pass), and uses the index buffer of its own type, if any.
    /// </summary>
    public delegate void FeatureCall<T>(ReadOnlySpan<T> input, Span<T> output, Span<int> indices32, Span<long> indices64, int batch, int channels, int[] spatial);

    /// <summary>The indices parameter of a kernel.</summary>
    public enum IndexType
    {
        None,
        Int32,
        Int64,
    }

    /// <summary>Runs a test generically over the element type of a <see cref="FeatureEntry"/>.</summary>
    public interface IFeatureVisitor
    {
        void Visit<T>(FeatureEntry<T> entry)
            where T : unmanaged, INumber<T>;
    }

    /// <summary>
    /// One feature kernel: its name, what its attribute means (written by hand from the rules, as a reference spec; for
    /// AutoPad the spec without padding, which <see cref="SpecFor"/> completes per input shape), its layout, signature,
    /// indices and, for a channels-last kernel, its channels-first twin.
    /// </summary>
    public abstract class FeatureEntry
    {
        protected FeatureEntry(string name, PoolSpecND spec, KernelShape shape, PoolLayout layout, PoolAutoPad autoPad, IndexType indices, string? twin)
        {
            Name = name;
            Spec = spec;
            Shape = shape;
            Layout = layout;
            AutoPad = autoPad;
            Indices = indices;
            Twin = twin;
        }

        public string Name { get; }

        public PoolSpecND Spec { get; }

        public KernelShape Shape { get; }

        public PoolLayout Layout { get; }

        public PoolAutoPad AutoPad { get; }

        public IndexType Indices { get; }

        /// <summary>The channels-first kernel with the same attribute, for a channels-last one.</summary>
        public string? Twin { get; }

        public abstract Type ElementType { get; }

        public int Rank => Shape.Rank;

        /// <summary>The reference spec for an input of <paramref name="spatial"/>: the AutoPad padding made explicit.</summary>
        public PoolSpecND SpecFor(int[] spatial) => Spec.WithAutoPad(AutoPad, spatial);

        public abstract void Accept(IFeatureVisitor visitor);

        public override string ToString() =>
            $"{Name} ({ElementType.Name}, {Spec}{(AutoPad != PoolAutoPad.NotSet ? " auto_pad " + AutoPad : string.Empty)}, {Layout}, {Shape}{(Indices != IndexType.None ? ", indices " + Indices : string.Empty)})";
    }

    public sealed class FeatureEntry<T> : FeatureEntry
        where T : unmanaged, INumber<T>
    {
        public FeatureEntry(string name, PoolSpecND spec, KernelShape shape, FeatureCall<T> call, PoolLayout layout, PoolAutoPad autoPad, IndexType indices, string? twin)
            : base(name, spec, shape, layout, autoPad, indices, twin)
        {
            Call = call;
        }

        public FeatureCall<T> Call { get; }

        public override Type ElementType => typeof(T);

        public override void Accept(IFeatureVisitor visitor) => visitor.Visit(this);
    }

    /// <summary>Every kernel of <see cref="FeatureKernels"/> with the hand-written meaning of its attribute.</summary>
    public static class FeatureKernelTable
    {
        public static IReadOnlyList<FeatureEntry> All { get; } = Create();

        public static IReadOnlyDictionary<string, FeatureEntry> ByName { get; } = All.ToDictionary(entry => entry.Name, StringComparer.Ordinal);

        /// <summary>The same window on every axis; stride 0 means the window size (as the attribute's rule).</summary>
        private static PoolSpecND Sym(K kind, int rank, int k, int s = 0, int p = 0, int d = 1, bool ceil = false, bool cip = true, int? div = null)
            => new(kind, Fill(rank, k), Fill(rank, s == 0 ? k : s), Fill(rank, p), Fill(rank, d), ceil, cip, div);

        private static PoolSpecND Axes(K kind, int[] k, int[] s, int[] p, int[] d, bool ceil = false, bool cip = true, int? div = null)
            => new(kind, k, s, p, d, ceil, cip, div);

        /// <summary>Begin/end padding in ONNX order: the beginnings of the axes, then their ends.</summary>
        private static PoolSpecND Pads(PoolSpecND spec, params int[] pads)
            => spec with { Padding = pads[..spec.Rank], PaddingEnd = pads[spec.Rank..] };

        private static int[] Fill(int rank, int value) => Enumerable.Repeat(value, rank).ToArray();

        private static FeatureEntry<T> E<T>(string name, PoolSpecND spec, KernelShape shape, FeatureCall<T> call, PoolLayout layout = PoolLayout.Nchw, PoolAutoPad autoPad = PoolAutoPad.NotSet, IndexType indices = IndexType.None, string? twin = null)
            where T : unmanaged, INumber<T>
            => new(name, spec, shape, call, layout, autoPad, indices, twin);

        private static List<FeatureEntry> Create() =>
        [
            E<float>(nameof(FeatureKernels.Max_Nchw_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max_Nchw_k3s2p1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Max_Nhwc_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max_Nhwc_k3s2p1(i, o, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Max_Nchw_k3s2p1)),
            E<float>(nameof(FeatureKernels.Avg_Nchw_k3s1p1NoPad), Sym(K.Average, 2, 3, 1, 1, cip: false), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg_Nchw_k3s1p1NoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Avg_Nhwc_k3s1p1NoPad), Sym(K.Average, 2, 3, 1, 1, cip: false), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg_Nhwc_k3s1p1NoPad(i, o, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Avg_Nchw_k3s1p1NoPad)),
            E<byte>(nameof(FeatureKernels.MaxU8_Nchw_k2), Sym(K.Max, 2, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxU8_Nchw_k2(i, o, c, s[0], s[1])),
            E<byte>(nameof(FeatureKernels.MaxU8_Nhwc_k2), Sym(K.Max, 2, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxU8_Nhwc_k2(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.MaxU8_Nchw_k2)),
            E<double>(nameof(FeatureKernels.AvgF64_Nchw_k3s2p1Ceil), Sym(K.Average, 2, 3, 2, 1, ceil: true), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.AvgF64_Nchw_k3s2p1Ceil(i, o, c, s[0], s[1])),
            E<double>(nameof(FeatureKernels.AvgF64_Nhwc_k3s2p1Ceil), Sym(K.Average, 2, 3, 2, 1, ceil: true), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.AvgF64_Nhwc_k3s2p1Ceil(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.AvgF64_Nchw_k3s2p1Ceil)),
            E<float>(nameof(FeatureKernels.Lp2_Nchw_k3s2p1), Sym(K.Lp, 2, 3, 2, 1) with { P = 2 }, new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Lp2_Nchw_k3s2p1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Lp2_Nhwc_k3s2p1), Sym(K.Lp, 2, 3, 2, 1) with { P = 2 }, new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Lp2_Nhwc_k3s2p1(i, o, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Lp2_Nchw_k3s2p1)),
            E<short>(nameof(FeatureKernels.MinI16_Nchw_k3s1d2p2), Sym(K.Min, 2, 3, 1, 2, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinI16_Nchw_k3s1d2p2(i, o, c, s[0], s[1])),
            E<short>(nameof(FeatureKernels.MinI16_Nhwc_k3s1d2p2), Sym(K.Min, 2, 3, 1, 2, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinI16_Nhwc_k3s1d2p2(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.MinI16_Nchw_k3s1d2p2)),
            E<double>(nameof(FeatureKernels.MaxF64_Nchw_k2x3s1x2), Axes(K.Max, [2, 3], [1, 2], [0, 1], [1, 1]), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxF64_Nchw_k2x3s1x2(i, o, b, c, s[0], s[1])),
            E<double>(nameof(FeatureKernels.MaxF64_Nhwc_k2x3s1x2), Axes(K.Max, [2, 3], [1, 2], [0, 1], [1, 1]), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxF64_Nhwc_k2x3s1x2(i, o, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.MaxF64_Nchw_k2x3s1x2)),
            E<float>(nameof(FeatureKernels.Max1D_Ncl_k3s2p1), Sym(K.Max, 1, 3, 2, 1), new KernelShape(1, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max1D_Ncl_k3s2p1(i, o, b, c, s[0])),
            E<float>(nameof(FeatureKernels.Max1D_Nlc_k3s2p1), Sym(K.Max, 1, 3, 2, 1), new KernelShape(1, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max1D_Nlc_k3s2p1(i, o, b, c, s[0]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Max1D_Ncl_k3s2p1)),
            E<float>(nameof(FeatureKernels.Avg1D_Ncl_k3d2p2NoPad), Sym(K.Average, 1, 3, 1, 2, 2, cip: false), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg1D_Ncl_k3d2p2NoPad(i, o, c, s[0])),
            E<float>(nameof(FeatureKernels.Avg1D_Nlc_k3d2p2NoPad), Sym(K.Average, 1, 3, 1, 2, 2, cip: false), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg1D_Nlc_k3d2p2NoPad(i, o, c, s[0]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Avg1D_Ncl_k3d2p2NoPad)),
            E<double>(nameof(FeatureKernels.AvgF64_1D_Ncl_k4p1Ceil), Sym(K.Average, 1, 4, 4, 1, ceil: true), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.AvgF64_1D_Ncl_k4p1Ceil(i, o, c, s[0])),
            E<double>(nameof(FeatureKernels.AvgF64_1D_Nlc_k4p1Ceil), Sym(K.Average, 1, 4, 4, 1, ceil: true), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.AvgF64_1D_Nlc_k4p1Ceil(i, o, c, s[0]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.AvgF64_1D_Ncl_k4p1Ceil)),
            E<int>(nameof(FeatureKernels.MinI32_1D_k2_L9), Sym(K.Min, 1, 2), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [9]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinI32_1D_k2_L9(i, o, c)),
            E<float>(nameof(FeatureKernels.Lp1_1D_k3s1), Sym(K.Lp, 1, 3, 1) with { P = 1 }, new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Lp1_1D_k3s1(i, o, c, s[0])),
            E<double>(nameof(FeatureKernels.Lp3F64_1D_k2s1p1), Sym(K.Lp, 1, 2, 1, 1) with { P = 3 }, new KernelShape(1, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Lp3F64_1D_k2s1p1(i, o, s[0])),
            E<float>(nameof(FeatureKernels.Max1D_k3s2_L16), Sym(K.Max, 1, 3, 2), new KernelShape(1, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [16]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max1D_k3s2_L16(i, o, b, c)),
            E<float>(nameof(FeatureKernels.Max3D_Ncdhw_k3s1p1), Sym(K.Max, 3, 3, 1, 1), new KernelShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max3D_Ncdhw_k3s1p1(i, o, b, c, s[0], s[1], s[2])),
            E<float>(nameof(FeatureKernels.Max3D_Ndhwc_k3s1p1), Sym(K.Max, 3, 3, 1, 1), new KernelShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max3D_Ndhwc_k3s1p1(i, o, b, c, s[0], s[1], s[2]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Max3D_Ncdhw_k3s1p1)),
            E<double>(nameof(FeatureKernels.Avg3DF64_Ncdhw_k2s2), Sym(K.Average, 3, 2, 2), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg3DF64_Ncdhw_k2s2(i, o, c, s[0], s[1], s[2])),
            E<double>(nameof(FeatureKernels.Avg3DF64_Ndhwc_k2s2), Sym(K.Average, 3, 2, 2), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg3DF64_Ndhwc_k2s2(i, o, c, s[0], s[1], s[2]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Avg3DF64_Ncdhw_k2s2)),
            E<float>(nameof(FeatureKernels.Avg3D_k1x3x2NoPad), Axes(K.Average, [1, 3, 2], [1, 1, 1], [0, 1, 0], [1, 1, 1], cip: false), new KernelShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg3D_k1x3x2NoPad(i, o, s[0], s[1], s[2])),
            E<float>(nameof(FeatureKernels.Max3D_k2s2d2Ceil), Axes(K.Max, [2, 2, 2], [2, 2, 2], [0, 0, 0], [2, 1, 1], ceil: true), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max3D_k2s2d2Ceil(i, o, c, s[0], s[1], s[2])),
            E<float>(nameof(FeatureKernels.Min3D_Ncdhw_Fixed_C2D4H5W6_s2), Sym(K.Min, 3, 2, 2), new KernelShape(3, HasBatch: true, HasChannels: false, FixedChannels: 2, Fixed: [4, 5, 6]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Min3D_Ncdhw_Fixed_C2D4H5W6_s2(i, o, b)),
            E<float>(nameof(FeatureKernels.Min3D_Ndhwc_Fixed_C2D4H5W6_s2), Sym(K.Min, 3, 2, 2), new KernelShape(3, HasBatch: true, HasChannels: false, FixedChannels: 2, Fixed: [4, 5, 6]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Min3D_Ndhwc_Fixed_C2D4H5W6_s2(i, o, b), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Min3D_Ncdhw_Fixed_C2D4H5W6_s2)),
            E<float>(nameof(FeatureKernels.Lp2_3D_k2s1p1), Sym(K.Lp, 3, 2, 1, 1) with { P = 2 }, new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Lp2_3D_k2s1p1(i, o, c, s[0], s[1], s[2])),
            E<float>(nameof(FeatureKernels.Max3D_k3p1_D3), Sym(K.Max, 3, 3, 3, 1), new KernelShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [3, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max3D_k3p1_D3(i, o, s[1], s[2])),
            E<float>(nameof(FeatureKernels.Avg3D_Ncdhw_Fixed_C16D4H6W6), Sym(K.Average, 3, 2, 2), new KernelShape(3, HasBatch: true, HasChannels: false, FixedChannels: 16, Fixed: [4, 6, 6]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg3D_Ncdhw_Fixed_C16D4H6W6(i, o, b)),
            E<float>(nameof(FeatureKernels.Avg3D_Ndhwc_Fixed_C16D4H6W6), Sym(K.Average, 3, 2, 2), new KernelShape(3, HasBatch: true, HasChannels: false, FixedChannels: 16, Fixed: [4, 6, 6]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg3D_Ndhwc_Fixed_C16D4H6W6(i, o, b), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Avg3D_Ncdhw_Fixed_C16D4H6W6)),
            E<float>(nameof(FeatureKernels.Max_Nchw_Pads0120), Pads(Sym(K.Max, 2, 3, 1), 0, 1, 2, 0), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max_Nchw_Pads0120(i, o, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Max_Nhwc_Pads0120), Pads(Sym(K.Max, 2, 3, 1), 0, 1, 2, 0), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max_Nhwc_Pads0120(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Max_Nchw_Pads0120)),
            E<double>(nameof(FeatureKernels.AvgF64_Pads2002d2), Pads(Sym(K.Average, 2, 2, 2, 0, 2), 2, 0, 0, 2), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.AvgF64_Pads2002d2(i, o, s[0], s[1])),
            E<double>(nameof(FeatureKernels.AvgF64_Pads2002d2NoPad), Pads(Sym(K.Average, 2, 2, 2, 0, 2, cip: false), 2, 0, 0, 2), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.AvgF64_Pads2002d2NoPad(i, o, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Min1D_Pads40), Pads(Sym(K.Min, 1, 5, 1), 4, 0), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Min1D_Pads40(i, o, c, s[0])),
            E<float>(nameof(FeatureKernels.Avg3D_Pads010100), Pads(Sym(K.Average, 3, 2, 2), 0, 1, 0, 1, 0, 0), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg3D_Pads010100(i, o, c, s[0], s[1], s[2])),
            E<float>(nameof(FeatureKernels.Max_Pads1001Ceil), Pads(Sym(K.Max, 2, 3, 2, ceil: true), 1, 0, 0, 1), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max_Pads1001Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Avg_Nchw_Pads0210NoPad), Pads(Sym(K.Average, 2, 3, 2, cip: false), 0, 2, 1, 0), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg_Nchw_Pads0210NoPad(i, o, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Avg_Nhwc_Pads0210NoPad), Pads(Sym(K.Average, 2, 3, 2, cip: false), 0, 2, 1, 0), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg_Nhwc_Pads0210NoPad(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Avg_Nchw_Pads0210NoPad)),
            E<float>(nameof(FeatureKernels.Lp2_Pads2101), Pads(Sym(K.Lp, 2, 3, 2), 2, 1, 0, 1) with { P = 2 }, new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Lp2_Pads2101(i, o, c, s[0], s[1])),
            E<long>(nameof(FeatureKernels.MaxI64_Pads3D), Pads(Axes(K.Max, [2, 3, 3], [1, 1, 1], [0, 0, 0], [1, 1, 1]), 1, 2, 0, 0, 1, 2), new KernelShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxI64_Pads3D(i, o, s[0], s[1], s[2])),
            E<float>(nameof(FeatureKernels.Max_Nchw_SameUpper_k3s2), Sym(K.Max, 2, 3, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max_Nchw_SameUpper_k3s2(i, o, c, s[0], s[1]), autoPad: PoolAutoPad.SameUpper),
            E<float>(nameof(FeatureKernels.Max_Nhwc_SameUpper_k3s2), Sym(K.Max, 2, 3, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max_Nhwc_SameUpper_k3s2(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, autoPad: PoolAutoPad.SameUpper, twin: nameof(FeatureKernels.Max_Nchw_SameUpper_k3s2)),
            E<float>(nameof(FeatureKernels.Avg_SameLower_k3s2), Sym(K.Average, 2, 3, 2), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg_SameLower_k3s2(i, o, s[0], s[1]), autoPad: PoolAutoPad.SameLower),
            E<float>(nameof(FeatureKernels.Avg_SameUpper_k4s3NoPad), Sym(K.Average, 2, 4, 3, cip: false), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg_SameUpper_k4s3NoPad(i, o, s[0], s[1]), autoPad: PoolAutoPad.SameUpper),
            E<float>(nameof(FeatureKernels.Avg_Nchw_SameUpper_k3s1NoPad), Sym(K.Average, 2, 3, 1, cip: false), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg_Nchw_SameUpper_k3s1NoPad(i, o, c, s[0], s[1]), autoPad: PoolAutoPad.SameUpper),
            E<double>(nameof(FeatureKernels.MaxF64_Nchw_SameLower_k4x2s1), Axes(K.Max, [4, 2], [1, 1], [0, 0], [1, 1]), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxF64_Nchw_SameLower_k4x2s1(i, o, b, c, s[0], s[1]), autoPad: PoolAutoPad.SameLower),
            E<byte>(nameof(FeatureKernels.MaxU8_Nchw_SameUpper_k3s2_9x10), Sym(K.Max, 2, 3, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [9, 10]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxU8_Nchw_SameUpper_k3s2_9x10(i, o, c), autoPad: PoolAutoPad.SameUpper),
            E<float>(nameof(FeatureKernels.Avg_Nchw_SameLower_k3s2x1_H8), Axes(K.Average, [3, 3], [2, 1], [0, 0], [1, 1]), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [8, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg_Nchw_SameLower_k3s2x1_H8(i, o, s[1]), autoPad: PoolAutoPad.SameLower),
            E<float>(nameof(FeatureKernels.Max_Valid_k3s2), Sym(K.Max, 2, 3, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max_Valid_k3s2(i, o, c, s[0], s[1]), autoPad: PoolAutoPad.Valid),
            E<float>(nameof(FeatureKernels.Avg3D_Nhwc_Valid_k3s2NoPad), Sym(K.Average, 3, 3, 2, cip: false), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg3D_Nhwc_Valid_k3s2NoPad(i, o, c, s[0], s[1], s[2]), layout: PoolLayout.Nhwc, autoPad: PoolAutoPad.Valid, twin: nameof(FeatureKernels.Avg3D_Nchw_Valid_k3s2NoPad)),
            E<float>(nameof(FeatureKernels.Avg3D_Nchw_Valid_k3s2NoPad), Sym(K.Average, 3, 3, 2, cip: false), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg3D_Nchw_Valid_k3s2NoPad(i, o, c, s[0], s[1], s[2]), autoPad: PoolAutoPad.Valid),
            E<float>(nameof(FeatureKernels.Max1D_SameUpper_k4s3d2), Sym(K.Max, 1, 4, 3, 0, 2), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max1D_SameUpper_k4s3d2(i, o, c, s[0]), autoPad: PoolAutoPad.SameUpper),
            E<double>(nameof(FeatureKernels.Avg3DF64_SameUpper_k2s1), Sym(K.Average, 3, 2, 1), new KernelShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg3DF64_SameUpper_k2s1(i, o, s[0], s[1], s[2]), autoPad: PoolAutoPad.SameUpper),
            E<float>(nameof(FeatureKernels.Min_Nchw_SameLower_k2s1), Sym(K.Min, 2, 2, 1), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Min_Nchw_SameLower_k2s1(i, o, c, s[0], s[1]), autoPad: PoolAutoPad.SameLower),
            E<float>(nameof(FeatureKernels.Min_Nhwc_SameLower_k2s1), Sym(K.Min, 2, 2, 1), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Min_Nhwc_SameLower_k2s1(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, autoPad: PoolAutoPad.SameLower, twin: nameof(FeatureKernels.Min_Nchw_SameLower_k2s1)),
            E<float>(nameof(FeatureKernels.Lp2_Valid_k2s2), Sym(K.Lp, 2, 2, 2) with { P = 2 }, new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Lp2_Valid_k2s2(i, o, s[0], s[1]), autoPad: PoolAutoPad.Valid),
            E<float>(nameof(FeatureKernels.Max_SameUpper_k5_Fixed_H1W2), Sym(K.Max, 2, 5, 5), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [1, 2]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max_SameUpper_k5_Fixed_H1W2(i, o), autoPad: PoolAutoPad.SameUpper),
            E<double>(nameof(FeatureKernels.Avg1D_SameLower_k3s2), Sym(K.Average, 1, 3, 2), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg1D_SameLower_k3s2(i, o, c, s[0]), layout: PoolLayout.Nhwc, autoPad: PoolAutoPad.SameLower, twin: nameof(FeatureKernels.Avg1D_SameLower_k3s2_Ncl)),
            E<double>(nameof(FeatureKernels.Avg1D_SameLower_k3s2_Ncl), Sym(K.Average, 1, 3, 2), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg1D_SameLower_k3s2_Ncl(i, o, c, s[0]), autoPad: PoolAutoPad.SameLower),
            E<float>(nameof(FeatureKernels.Max3D_SameLower_k3s2), Sym(K.Max, 3, 3, 2), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max3D_SameLower_k3s2(i, o, c, s[0], s[1], s[2]), autoPad: PoolAutoPad.SameLower),
            E<float>(nameof(FeatureKernels.MaxIdx32_Nhwc_SameLower_k2s2), Sym(K.Max, 2, 2, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx32_Nhwc_SameLower_k2s2(i, o, i32, c, s[0], s[1]), layout: PoolLayout.Nhwc, autoPad: PoolAutoPad.SameLower, indices: IndexType.Int32, twin: nameof(FeatureKernels.MaxIdx32_Nchw_SameLower_k2s2)),
            E<float>(nameof(FeatureKernels.MaxIdx32_Nchw_SameLower_k2s2), Sym(K.Max, 2, 2, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx32_Nchw_SameLower_k2s2(i, o, i32, c, s[0], s[1]), autoPad: PoolAutoPad.SameLower, indices: IndexType.Int32),
            E<float>(nameof(FeatureKernels.MaxIdx32_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx32_k3s2p1(i, o, i32, b, c, s[0], s[1]), indices: IndexType.Int32),
            E<double>(nameof(FeatureKernels.MaxIdx64F64_Nchw_k2s2), Sym(K.Max, 2, 2, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx64F64_Nchw_k2s2(i, o, i64, c, s[0], s[1]), indices: IndexType.Int64),
            E<double>(nameof(FeatureKernels.MaxIdx64F64_Nhwc_k2s2), Sym(K.Max, 2, 2, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx64F64_Nhwc_k2s2(i, o, i64, c, s[0], s[1]), layout: PoolLayout.Nhwc, indices: IndexType.Int64, twin: nameof(FeatureKernels.MaxIdx64F64_Nchw_k2s2)),
            E<float>(nameof(FeatureKernels.MaxIdx32_k2d2p1), Sym(K.Max, 2, 2, 2, 1, 2), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx32_k2d2p1(i, o, i32, s[0], s[1]), indices: IndexType.Int32),
            E<float>(nameof(FeatureKernels.MinIdx64_k3s1p1), Sym(K.Min, 2, 3, 1, 1), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinIdx64_k3s1p1(i, o, i64, c, s[0], s[1]), indices: IndexType.Int64),
            E<float>(nameof(FeatureKernels.MinIdx32_Nchw_k3s2), Sym(K.Min, 2, 3, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinIdx32_Nchw_k3s2(i, o, i32, c, s[0], s[1]), indices: IndexType.Int32),
            E<float>(nameof(FeatureKernels.MinIdx32_Nhwc_k3s2), Sym(K.Min, 2, 3, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinIdx32_Nhwc_k3s2(i, o, i32, c, s[0], s[1]), layout: PoolLayout.Nhwc, indices: IndexType.Int32, twin: nameof(FeatureKernels.MinIdx32_Nchw_k3s2)),
            E<float>(nameof(FeatureKernels.MaxIdx64_1D_Ncl_k3s2p1), Sym(K.Max, 1, 3, 2, 1), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx64_1D_Ncl_k3s2p1(i, o, i64, c, s[0]), indices: IndexType.Int64),
            E<float>(nameof(FeatureKernels.MaxIdx64_1D_Nlc_k3s2p1), Sym(K.Max, 1, 3, 2, 1), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx64_1D_Nlc_k3s2p1(i, o, i64, c, s[0]), layout: PoolLayout.Nhwc, indices: IndexType.Int64, twin: nameof(FeatureKernels.MaxIdx64_1D_Ncl_k3s2p1)),
            E<float>(nameof(FeatureKernels.MinIdx32_1D_Pads20), Pads(Sym(K.Min, 1, 3, 1), 2, 0), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinIdx32_1D_Pads20(i, o, i32, c, s[0]), indices: IndexType.Int32),
            E<float>(nameof(FeatureKernels.MaxIdx32_3D_Ncdhw_k2s1), Sym(K.Max, 3, 2, 1), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx32_3D_Ncdhw_k2s1(i, o, i32, c, s[0], s[1], s[2]), indices: IndexType.Int32),
            E<float>(nameof(FeatureKernels.MaxIdx32_3D_Ndhwc_k2s1), Sym(K.Max, 3, 2, 1), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx32_3D_Ndhwc_k2s1(i, o, i32, c, s[0], s[1], s[2]), layout: PoolLayout.Nhwc, indices: IndexType.Int32, twin: nameof(FeatureKernels.MaxIdx32_3D_Ncdhw_k2s1)),
            E<double>(nameof(FeatureKernels.MinIdx64_3D_k3s2p1), Sym(K.Min, 3, 3, 2, 1), new KernelShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinIdx64_3D_k3s2p1(i, o, i64, b, c, s[0], s[1], s[2]), indices: IndexType.Int64),
            E<Half>(nameof(FeatureKernels.MaxIdx32Half_k2), Sym(K.Max, 2, 2), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx32Half_k2(i, o, i32, s[0], s[1]), indices: IndexType.Int32),
            E<byte>(nameof(FeatureKernels.MaxIdx64U8_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx64U8_k3s2p1(i, o, i64, c, s[0], s[1]), indices: IndexType.Int64),
            E<float>(nameof(FeatureKernels.MaxIdx64_SameUpper_k3s2), Sym(K.Max, 2, 3, 2), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx64_SameUpper_k3s2(i, o, i64, s[0], s[1]), autoPad: PoolAutoPad.SameUpper, indices: IndexType.Int64),
            E<float>(nameof(FeatureKernels.MaxIdx32_Fixed_H4W4), Sym(K.Max, 2, 2), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [4, 4]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx32_Fixed_H4W4(i, o, i32), indices: IndexType.Int32),
            E<float>(nameof(FeatureKernels.MaxIdx64_Relu), Sym(K.Max, 2, 2) with { ClampMin = 0 }, new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxIdx64_Relu(i, o, i64, s[0], s[1]), indices: IndexType.Int64),
            E<float>(nameof(FeatureKernels.GlobalMax_Nchw), PoolSpecND.GlobalOf(K.Max, 2), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalMax_Nchw(i, o, b, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.GlobalMax_Nhwc), PoolSpecND.GlobalOf(K.Max, 2), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalMax_Nhwc(i, o, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.GlobalMax_Nchw)),
            E<float>(nameof(FeatureKernels.GlobalAvg_Nchw), PoolSpecND.GlobalOf(K.Average, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalAvg_Nchw(i, o, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.GlobalAvg_Nhwc), PoolSpecND.GlobalOf(K.Average, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalAvg_Nhwc(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.GlobalAvg_Nchw)),
            E<double>(nameof(FeatureKernels.GlobalAvgF64_1D_Ncl), PoolSpecND.GlobalOf(K.Average, 1), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalAvgF64_1D_Ncl(i, o, c, s[0])),
            E<double>(nameof(FeatureKernels.GlobalAvgF64_1D_Nlc), PoolSpecND.GlobalOf(K.Average, 1), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalAvgF64_1D_Nlc(i, o, c, s[0]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.GlobalAvgF64_1D_Ncl)),
            E<float>(nameof(FeatureKernels.GlobalLp2), PoolSpecND.GlobalOf(K.Lp, 2, p: 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalLp2(i, o, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.GlobalMin3D_Ncdhw), PoolSpecND.GlobalOf(K.Min, 3), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalMin3D_Ncdhw(i, o, c, s[0], s[1], s[2])),
            E<float>(nameof(FeatureKernels.GlobalMin3D_Ndhwc), PoolSpecND.GlobalOf(K.Min, 3), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalMin3D_Ndhwc(i, o, c, s[0], s[1], s[2]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.GlobalMin3D_Ncdhw)),
            E<int>(nameof(FeatureKernels.GlobalMaxI32_1D), PoolSpecND.GlobalOf(K.Max, 1), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalMaxI32_1D(i, o, c, s[0])),
            E<double>(nameof(FeatureKernels.GlobalSumF64), PoolSpecND.GlobalOf(K.Average, 2, divisorOverride: 1), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalSumF64(i, o, c, s[0], s[1])),
            E<Half>(nameof(FeatureKernels.GlobalAvgHalf), PoolSpecND.GlobalOf(K.Average, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalAvgHalf(i, o, c, s[0], s[1])),
            E<double>(nameof(FeatureKernels.GlobalLp1F64_3D), PoolSpecND.GlobalOf(K.Lp, 3, p: 1), new KernelShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalLp1F64_3D(i, o, s[0], s[1], s[2])),
            E<float>(nameof(FeatureKernels.GlobalMax3D), PoolSpecND.GlobalOf(K.Max, 3), new KernelShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalMax3D(i, o, b, c, s[0], s[1], s[2])),
            E<float>(nameof(FeatureKernels.GlobalLp2_1D), PoolSpecND.GlobalOf(K.Lp, 1, p: 2), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalLp2_1D(i, o, c, s[0]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.GlobalLp2_1D_Ncl)),
            E<float>(nameof(FeatureKernels.GlobalLp2_1D_Ncl), PoolSpecND.GlobalOf(K.Lp, 1, p: 2), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalLp2_1D_Ncl(i, o, c, s[0])),
            E<float>(nameof(FeatureKernels.GlobalMaxIdx64_Nchw), PoolSpecND.GlobalOf(K.Max, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalMaxIdx64_Nchw(i, o, i64, c, s[0], s[1]), indices: IndexType.Int64),
            E<float>(nameof(FeatureKernels.GlobalMaxIdx64_Nhwc), PoolSpecND.GlobalOf(K.Max, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalMaxIdx64_Nhwc(i, o, i64, c, s[0], s[1]), layout: PoolLayout.Nhwc, indices: IndexType.Int64, twin: nameof(FeatureKernels.GlobalMaxIdx64_Nchw)),
            E<float>(nameof(FeatureKernels.GlobalMinIdx32_3D), PoolSpecND.GlobalOf(K.Min, 3), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalMinIdx32_3D(i, o, i32, c, s[0], s[1], s[2]), indices: IndexType.Int32),
            E<float>(nameof(FeatureKernels.GlobalAvg_Fixed_H7W7), PoolSpecND.GlobalOf(K.Average, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [7, 7]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.GlobalAvg_Fixed_H7W7(i, o, c)),
            E<float>(nameof(FeatureKernels.Avg_Div4_k3p1), Sym(K.Average, 2, 3, 3, 1, div: 4), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg_Div4_k3p1(i, o, s[0], s[1])),
            E<double>(nameof(FeatureKernels.AvgF64_Div1_k2s2), Sym(K.Average, 2, 2, div: 1), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.AvgF64_Div1_k2s2(i, o, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Avg1D_Div3_k2s1p1), Sym(K.Average, 1, 2, 1, 1, div: 3), new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg1D_Div3_k2s1p1(i, o, c, s[0])),
            E<float>(nameof(FeatureKernels.Avg3D_Div5_k2), Sym(K.Average, 3, 2, ceil: true, div: 5), new KernelShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg3D_Div5_k2(i, o, s[0], s[1], s[2])),
            E<float>(nameof(FeatureKernels.Avg_Nchw_Div7_k3s2), Sym(K.Average, 2, 3, 2, div: 7), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg_Nchw_Div7_k3s2(i, o, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Avg_Nhwc_Div7_k3s2), Sym(K.Average, 2, 3, 2, div: 7), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg_Nhwc_Div7_k3s2(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Avg_Nchw_Div7_k3s2)),
            E<Half>(nameof(FeatureKernels.AvgHalf_Div3_k2), Sym(K.Average, 2, 2, div: 3), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.AvgHalf_Div3_k2(i, o, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Lp1_k2), Sym(K.Lp, 2, 2) with { P = 1 }, new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Lp1_k2(i, o, s[0], s[1])),
            E<double>(nameof(FeatureKernels.Lp3F64_k3s2), Sym(K.Lp, 2, 3, 2) with { P = 3 }, new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Lp3F64_k3s2(i, o, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Lp4_k2s1), Sym(K.Lp, 2, 2, 1) with { P = 4 }, new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Lp4_k2s1(i, o, s[0], s[1])),
            E<Half>(nameof(FeatureKernels.Lp2Half_k2), Sym(K.Lp, 2, 2) with { P = 2 }, new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Lp2Half_k2(i, o, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Lp2_k3s1d2p2Ceil), Sym(K.Lp, 2, 3, 1, 2, 2, ceil: true) with { P = 2 }, new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Lp2_k3s1d2p2Ceil(i, o, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Min_k3s2p1Ceil), Sym(K.Min, 2, 3, 2, 1, ceil: true), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Min_k3s2p1Ceil(i, o, b, c, s[0], s[1])),
            E<ulong>(nameof(FeatureKernels.MinU64_k2), Sym(K.Min, 2, 2), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinU64_k2(i, o, s[0], s[1])),
            E<sbyte>(nameof(FeatureKernels.MinI8_Nchw_k3s1), Sym(K.Min, 2, 3, 1), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinI8_Nchw_k3s1(i, o, c, s[0], s[1])),
            E<sbyte>(nameof(FeatureKernels.MinI8_Nhwc_k3s1), Sym(K.Min, 2, 3, 1), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinI8_Nhwc_k3s1(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.MinI8_Nchw_k3s1)),
            E<Half>(nameof(FeatureKernels.MinHalf_k3s2p1), Sym(K.Min, 2, 3, 2, 1), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinHalf_k3s2p1(i, o, c, s[0], s[1])),
            E<double>(nameof(FeatureKernels.MinF64_k2s1), Sym(K.Min, 2, 2, 1), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinF64_k2s1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Max_Relu_k2), Sym(K.Max, 2, 2) with { ClampMin = 0 }, new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max_Relu_k2(i, o, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Avg_Relu6_k3s1p1), Sym(K.Average, 2, 3, 1, 1) with { ClampMin = 0, ClampMax = 6 }, new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Avg_Relu6_k3s1p1(i, o, c, s[0], s[1])),
            E<byte>(nameof(FeatureKernels.MaxU8_Nchw_Clamp10to200), Sym(K.Max, 2, 2) with { ClampMin = 10, ClampMax = 200 }, new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxU8_Nchw_Clamp10to200(i, o, c, s[0], s[1])),
            E<byte>(nameof(FeatureKernels.MaxU8_Nhwc_Clamp10to200), Sym(K.Max, 2, 2) with { ClampMin = 10, ClampMax = 200 }, new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxU8_Nhwc_Clamp10to200(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.MaxU8_Nchw_Clamp10to200)),
            E<int>(nameof(FeatureKernels.MinI32_Relu6_k2), Sym(K.Min, 2, 2) with { ClampMin = 0, ClampMax = 6 }, new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinI32_Relu6_k2(i, o, s[0], s[1])),
            E<double>(nameof(FeatureKernels.Lp2F64_ClampMax1p5), Sym(K.Lp, 2, 2) with { P = 2, ClampMax = 1.5 }, new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Lp2F64_ClampMax1p5(i, o, s[0], s[1])),
            E<double>(nameof(FeatureKernels.AvgF64_ClampNegative), Sym(K.Average, 2, 2) with { ClampMin = -1.25, ClampMax = -0.25 }, new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.AvgF64_ClampNegative(i, o, s[0], s[1])),
            E<Half>(nameof(FeatureKernels.MaxHalf_Relu6_k2), Sym(K.Max, 2, 2) with { ClampMin = 0, ClampMax = 6 }, new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxHalf_Relu6_k2(i, o, s[0], s[1])),
            E<sbyte>(nameof(FeatureKernels.MaxI8_Clamp100), Sym(K.Max, 2, 2, 1) with { ClampMin = -100, ClampMax = 100 }, new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxI8_Clamp100(i, o, s[0], s[1])),
            E<float>(nameof(FeatureKernels.Max1D_Ncl_Relu6_k3s1), Sym(K.Max, 1, 3, 1) with { ClampMin = 0, ClampMax = 6 }, new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max1D_Ncl_Relu6_k3s1(i, o, c, s[0])),
            E<float>(nameof(FeatureKernels.Max1D_Nlc_Relu6_k3s1), Sym(K.Max, 1, 3, 1) with { ClampMin = 0, ClampMax = 6 }, new KernelShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max1D_Nlc_Relu6_k3s1(i, o, c, s[0]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Max1D_Ncl_Relu6_k3s1)),
            E<ushort>(nameof(FeatureKernels.MaxU16_ClampMin1000), Sym(K.Max, 2, 3, 2, 1) with { ClampMin = 1000 }, new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxU16_ClampMin1000(i, o, s[0], s[1])),
            E<Half>(nameof(FeatureKernels.MaxHalf_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxHalf_k3s2p1(i, o, b, c, s[0], s[1])),
            E<Half>(nameof(FeatureKernels.AvgHalf_Nchw_k2), Sym(K.Average, 2, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.AvgHalf_Nchw_k2(i, o, c, s[0], s[1])),
            E<Half>(nameof(FeatureKernels.AvgHalf_Nhwc_k2), Sym(K.Average, 2, 2), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.AvgHalf_Nhwc_k2(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.AvgHalf_Nchw_k2)),
            E<Half>(nameof(FeatureKernels.AvgHalf_k3s1p1NoPad), Sym(K.Average, 2, 3, 1, 1, cip: false), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.AvgHalf_k3s1p1NoPad(i, o, s[0], s[1])),
            E<Half>(nameof(FeatureKernels.MaxHalf_3D_k2s1), Sym(K.Max, 3, 2, 1), new KernelShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxHalf_3D_k2s1(i, o, s[0], s[1], s[2])),
            E<float>(nameof(FeatureKernels.Max_Nchw_Fixed_C8H5W7_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 8, Fixed: [5, 7]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max_Nchw_Fixed_C8H5W7_k3s2p1(i, o)),
            E<float>(nameof(FeatureKernels.Max_Nhwc_Fixed_C8H5W7_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new KernelShape(2, HasBatch: false, HasChannels: false, FixedChannels: 8, Fixed: [5, 7]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max_Nhwc_Fixed_C8H5W7_k3s2p1(i, o), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Max_Nchw_Fixed_C8H5W7_k3s2p1)),
            E<float>(nameof(FeatureKernels.Min3D_Ncdhw_Fixed_C2D4H5W6_s1), Sym(K.Min, 3, 2, 1), new KernelShape(3, HasBatch: true, HasChannels: false, FixedChannels: 2, Fixed: [4, 5, 6]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Min3D_Ncdhw_Fixed_C2D4H5W6_s1(i, o, b)),
            E<float>(nameof(FeatureKernels.Min3D_Ndhwc_Fixed_C2D4H5W6_s1), Sym(K.Min, 3, 2, 1), new KernelShape(3, HasBatch: true, HasChannels: false, FixedChannels: 2, Fixed: [4, 5, 6]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Min3D_Ndhwc_Fixed_C2D4H5W6_s1(i, o, b), layout: PoolLayout.Nhwc, twin: nameof(FeatureKernels.Min3D_Ncdhw_Fixed_C2D4H5W6_s1)),
            E<float>(nameof(FeatureKernels.Min_Fixed_H5W6_k3s1), Sym(K.Min, 2, 3, 1), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [5, 6]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Min_Fixed_H5W6_k3s1(i, o, c)),
            E<double>(nameof(FeatureKernels.MaxF64_3D_Fixed_D3H3W3_k2s1), Sym(K.Max, 3, 2, 1), new KernelShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [3, 3, 3]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxF64_3D_Fixed_D3H3W3_k2s1(i, o)),
            E<float>(nameof(FeatureKernels.Max3D_Fixed_W9_k3s1p1), Sym(K.Max, 3, 3, 1, 1), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 9]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.Max3D_Fixed_W9_k3s1p1(i, o, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.MaxSep_OutputWider_k2s1), Pads(Sym(K.Max, 2, 2, 1), 1, 1, 1, 1), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxSep_OutputWider_k2s1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.MaxSep3D_Strides2x2x1), Axes(K.Max, [3, 3, 3], [2, 2, 1], [1, 1, 1], [1, 1, 1]), new KernelShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxSep3D_Strides2x2x1(i, o, b, c, s[0], s[1], s[2])),
            E<double>(nameof(FeatureKernels.MinSep3DF64_SameUpper_k2s1), Sym(K.Min, 3, 2, 1), new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinSep3DF64_SameUpper_k2s1(i, o, c, s[0], s[1], s[2]), autoPad: PoolAutoPad.SameUpper),
            E<float>(nameof(FeatureKernels.MinSep_DilatedWidth_k3s1), Axes(K.Min, [3, 3], [1, 1], [1, 1], [1, 2]), new KernelShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MinSep_DilatedWidth_k3s1(i, o, c, s[0], s[1])),
            E<float>(nameof(FeatureKernels.MaxSep3D_Fixed_Clamp), Sym(K.Max, 3, 3, 1, 1) with { ClampMin = 0, ClampMax = 0.5 }, new KernelShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [3, 4, 9]),
                (i, o, i32, i64, b, c, s) => FeatureKernels.MaxSep3D_Fixed_Clamp(i, o, c)),
        ];
    }
}
