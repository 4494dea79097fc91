using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;
using K = PoolGen.PoolKind;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Every breadth kernel called the same way: dimensions always passed (batch, channels, the spatial sizes outermost
    /// first), an index buffer of each width; a kernel without a parameter for a dimension ignores the argument (its
    /// <see cref="BreadthShape"/> says what the caller must pass), and uses the index buffer of its own type, if any.
    /// </summary>
    public delegate void BreadthCall<T>(ReadOnlySpan<T> input, Span<T> output, Span<int> indices32, Span<long> indices64, int batch, int channels, int[] spatial);

    /// <summary>The indices parameter of a kernel.</summary>
    public enum IndexType
    {
        None,
        Int32,
        Int64,
    }

    /// <summary>Which dimensions a breadth kernel takes at run time, and which its attribute fixes.</summary>
    /// <param name="Rank">The number of spatial axes (1, 2 or 3).</param>
    /// <param name="HasBatch">The method has a <c>batch</c> parameter (else batch is 1).</param>
    /// <param name="HasChannels">The method has a <c>channels</c> parameter (else channels is <see cref="FixedChannels"/>, or 1).</param>
    /// <param name="FixedChannels">Channels on the attribute, 0 if not written.</param>
    /// <param name="Fixed">Per spatial axis (outermost first): the size fixed on the attribute, or 0 for a run-time parameter.</param>
    public sealed record BreadthShape(int Rank, bool HasBatch, bool HasChannels, int FixedChannels, int[] Fixed)
    {
        /// <summary>The channel count when the method has no <c>channels</c> parameter.</summary>
        public int ImpliedChannels => FixedChannels > 0 ? FixedChannels : 1;

        public bool AllSpatialFixed => Fixed.All(size => size > 0);

        public override string ToString()
        {
            string[] names = Rank switch { 1 => ["L"], 2 => ["H", "W"], _ => ["D", "H", "W"] };
            var parts = new List<string>();
            if (HasBatch) parts.Add("batch");
            if (HasChannels) parts.Add("channels");
            else if (FixedChannels > 0) parts.Add($"C={FixedChannels}");
            for (int axis = 0; axis < Rank; axis++)
            {
                parts.Add(Fixed[axis] > 0 ? $"{names[axis]}={Fixed[axis]}" : names[axis].ToLowerInvariant());
            }

            return string.Join(",", parts);
        }
    }

    /// <summary>Runs a test generically over the element type of a <see cref="BreadthEntry"/>.</summary>
    public interface IBreadthVisitor
    {
        void Visit<T>(BreadthEntry<T> entry)
            where T : unmanaged, INumber<T>;
    }

    /// <summary>
    /// One breadth kernel: its name, what its attribute means (written by hand from the rules, as a reference spec; for
    /// AutoPad the spec without padding, which <see cref="SpecFor"/> completes per input shape), its layout, signature,
    /// indices and, for a channels-last kernel, its channels-first twin.
    /// </summary>
    public abstract class BreadthEntry
    {
        protected BreadthEntry(string name, PoolSpecND spec, BreadthShape shape, PoolLayout layout, PoolAutoPad autoPad, IndexType indices, string? twin)
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

        public BreadthShape Shape { get; }

        public PoolLayout Layout { get; }

        public PoolAutoPad AutoPad { get; }

        public IndexType Indices { get; }

        /// <summary>The channels-first kernel with the same attribute, for a channels-last one.</summary>
        public string? Twin { get; }

        public abstract Type ElementType { get; }

        public int Rank => Shape.Rank;

        /// <summary>The reference spec for an input of <paramref name="spatial"/>: the AutoPad padding made explicit.</summary>
        public PoolSpecND SpecFor(int[] spatial) => Spec.WithAutoPad(AutoPad, spatial);

        public abstract void Accept(IBreadthVisitor visitor);

        public override string ToString() =>
            $"{Name} ({ElementType.Name}, {Spec}{(AutoPad != PoolAutoPad.NotSet ? " auto_pad " + AutoPad : string.Empty)}, {Layout}, {Shape}{(Indices != IndexType.None ? ", indices " + Indices : string.Empty)})";
    }

    public sealed class BreadthEntry<T> : BreadthEntry
        where T : unmanaged, INumber<T>
    {
        public BreadthEntry(string name, PoolSpecND spec, BreadthShape shape, BreadthCall<T> call, PoolLayout layout, PoolAutoPad autoPad, IndexType indices, string? twin)
            : base(name, spec, shape, layout, autoPad, indices, twin)
        {
            Call = call;
        }

        public BreadthCall<T> Call { get; }

        public override Type ElementType => typeof(T);

        public override void Accept(IBreadthVisitor visitor) => visitor.Visit(this);
    }

    /// <summary>Every kernel of <see cref="BreadthKernels"/> with the hand-written meaning of its attribute.</summary>
    public static class BreadthKernelTable
    {
        public static IReadOnlyList<BreadthEntry> All { get; } = Create();

        public static IReadOnlyDictionary<string, BreadthEntry> ByName { get; } = All.ToDictionary(entry => entry.Name, StringComparer.Ordinal);

        /// <summary>The same window on every axis; stride 0 means the window size (as the attribute's rule).</summary>
        private static PoolSpecND Sym(K kind, int rank, int k, int s = 0, int p = 0, int d = 1, bool ceil = false, bool cip = true, int? div = null)
            => new(kind, Fill(rank, k), Fill(rank, s == 0 ? k : s), Fill(rank, p), Fill(rank, d), ceil, cip, div);

        private static PoolSpecND Axes(K kind, int[] k, int[] s, int[] p, int[] d, bool ceil = false, bool cip = true, int? div = null)
            => new(kind, k, s, p, d, ceil, cip, div);

        /// <summary>Begin/end padding in ONNX order: the beginnings of the axes, then their ends.</summary>
        private static PoolSpecND Pads(PoolSpecND spec, params int[] pads)
            => spec with { Padding = pads[..spec.Rank], PaddingEnd = pads[spec.Rank..] };

        private static int[] Fill(int rank, int value) => Enumerable.Repeat(value, rank).ToArray();

        private static BreadthEntry<T> E<T>(string name, PoolSpecND spec, BreadthShape shape, BreadthCall<T> call, PoolLayout layout = PoolLayout.Nchw, PoolAutoPad autoPad = PoolAutoPad.NotSet, IndexType indices = IndexType.None, string? twin = null)
            where T : unmanaged, INumber<T>
            => new(name, spec, shape, call, layout, autoPad, indices, twin);

        private static List<BreadthEntry> Create() =>
        [
            E<float>(nameof(BreadthKernels.Max_Nchw_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max_Nchw_k3s2p1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Max_Nhwc_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max_Nhwc_k3s2p1(i, o, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Max_Nchw_k3s2p1)),
            E<float>(nameof(BreadthKernels.Avg_Nchw_k3s1p1NoPad), Sym(K.Average, 2, 3, 1, 1, cip: false), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg_Nchw_k3s1p1NoPad(i, o, b, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Avg_Nhwc_k3s1p1NoPad), Sym(K.Average, 2, 3, 1, 1, cip: false), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg_Nhwc_k3s1p1NoPad(i, o, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Avg_Nchw_k3s1p1NoPad)),
            E<byte>(nameof(BreadthKernels.MaxU8_Nchw_k2), Sym(K.Max, 2, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxU8_Nchw_k2(i, o, c, s[0], s[1])),
            E<byte>(nameof(BreadthKernels.MaxU8_Nhwc_k2), Sym(K.Max, 2, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxU8_Nhwc_k2(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.MaxU8_Nchw_k2)),
            E<double>(nameof(BreadthKernels.AvgF64_Nchw_k3s2p1Ceil), Sym(K.Average, 2, 3, 2, 1, ceil: true), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.AvgF64_Nchw_k3s2p1Ceil(i, o, c, s[0], s[1])),
            E<double>(nameof(BreadthKernels.AvgF64_Nhwc_k3s2p1Ceil), Sym(K.Average, 2, 3, 2, 1, ceil: true), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.AvgF64_Nhwc_k3s2p1Ceil(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.AvgF64_Nchw_k3s2p1Ceil)),
            E<float>(nameof(BreadthKernels.Lp2_Nchw_k3s2p1), Sym(K.Lp, 2, 3, 2, 1) with { P = 2 }, new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Lp2_Nchw_k3s2p1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Lp2_Nhwc_k3s2p1), Sym(K.Lp, 2, 3, 2, 1) with { P = 2 }, new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Lp2_Nhwc_k3s2p1(i, o, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Lp2_Nchw_k3s2p1)),
            E<short>(nameof(BreadthKernels.MinI16_Nchw_k3s1d2p2), Sym(K.Min, 2, 3, 1, 2, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinI16_Nchw_k3s1d2p2(i, o, c, s[0], s[1])),
            E<short>(nameof(BreadthKernels.MinI16_Nhwc_k3s1d2p2), Sym(K.Min, 2, 3, 1, 2, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinI16_Nhwc_k3s1d2p2(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.MinI16_Nchw_k3s1d2p2)),
            E<double>(nameof(BreadthKernels.MaxF64_Nchw_k2x3s1x2), Axes(K.Max, [2, 3], [1, 2], [0, 1], [1, 1]), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxF64_Nchw_k2x3s1x2(i, o, b, c, s[0], s[1])),
            E<double>(nameof(BreadthKernels.MaxF64_Nhwc_k2x3s1x2), Axes(K.Max, [2, 3], [1, 2], [0, 1], [1, 1]), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxF64_Nhwc_k2x3s1x2(i, o, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.MaxF64_Nchw_k2x3s1x2)),
            E<float>(nameof(BreadthKernels.Max1D_Ncl_k3s2p1), Sym(K.Max, 1, 3, 2, 1), new BreadthShape(1, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max1D_Ncl_k3s2p1(i, o, b, c, s[0])),
            E<float>(nameof(BreadthKernels.Max1D_Nlc_k3s2p1), Sym(K.Max, 1, 3, 2, 1), new BreadthShape(1, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max1D_Nlc_k3s2p1(i, o, b, c, s[0]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Max1D_Ncl_k3s2p1)),
            E<float>(nameof(BreadthKernels.Avg1D_Ncl_k3d2p2NoPad), Sym(K.Average, 1, 3, 1, 2, 2, cip: false), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg1D_Ncl_k3d2p2NoPad(i, o, c, s[0])),
            E<float>(nameof(BreadthKernels.Avg1D_Nlc_k3d2p2NoPad), Sym(K.Average, 1, 3, 1, 2, 2, cip: false), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg1D_Nlc_k3d2p2NoPad(i, o, c, s[0]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Avg1D_Ncl_k3d2p2NoPad)),
            E<double>(nameof(BreadthKernels.AvgF64_1D_Ncl_k4p1Ceil), Sym(K.Average, 1, 4, 4, 1, ceil: true), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.AvgF64_1D_Ncl_k4p1Ceil(i, o, c, s[0])),
            E<double>(nameof(BreadthKernels.AvgF64_1D_Nlc_k4p1Ceil), Sym(K.Average, 1, 4, 4, 1, ceil: true), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.AvgF64_1D_Nlc_k4p1Ceil(i, o, c, s[0]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.AvgF64_1D_Ncl_k4p1Ceil)),
            E<int>(nameof(BreadthKernels.MinI32_1D_k2_L9), Sym(K.Min, 1, 2), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [9]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinI32_1D_k2_L9(i, o, c)),
            E<float>(nameof(BreadthKernels.Lp1_1D_k3s1), Sym(K.Lp, 1, 3, 1) with { P = 1 }, new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Lp1_1D_k3s1(i, o, c, s[0])),
            E<double>(nameof(BreadthKernels.Lp3F64_1D_k2s1p1), Sym(K.Lp, 1, 2, 1, 1) with { P = 3 }, new BreadthShape(1, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Lp3F64_1D_k2s1p1(i, o, s[0])),
            E<float>(nameof(BreadthKernels.Max1D_k3s2_L16), Sym(K.Max, 1, 3, 2), new BreadthShape(1, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [16]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max1D_k3s2_L16(i, o, b, c)),
            E<float>(nameof(BreadthKernels.Max3D_Ncdhw_k3s1p1), Sym(K.Max, 3, 3, 1, 1), new BreadthShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max3D_Ncdhw_k3s1p1(i, o, b, c, s[0], s[1], s[2])),
            E<float>(nameof(BreadthKernels.Max3D_Ndhwc_k3s1p1), Sym(K.Max, 3, 3, 1, 1), new BreadthShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max3D_Ndhwc_k3s1p1(i, o, b, c, s[0], s[1], s[2]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Max3D_Ncdhw_k3s1p1)),
            E<double>(nameof(BreadthKernels.Avg3DF64_Ncdhw_k2s2), Sym(K.Average, 3, 2, 2), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg3DF64_Ncdhw_k2s2(i, o, c, s[0], s[1], s[2])),
            E<double>(nameof(BreadthKernels.Avg3DF64_Ndhwc_k2s2), Sym(K.Average, 3, 2, 2), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg3DF64_Ndhwc_k2s2(i, o, c, s[0], s[1], s[2]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Avg3DF64_Ncdhw_k2s2)),
            E<float>(nameof(BreadthKernels.Avg3D_k1x3x2NoPad), Axes(K.Average, [1, 3, 2], [1, 1, 1], [0, 1, 0], [1, 1, 1], cip: false), new BreadthShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg3D_k1x3x2NoPad(i, o, s[0], s[1], s[2])),
            E<float>(nameof(BreadthKernels.Max3D_k2s2d2Ceil), Axes(K.Max, [2, 2, 2], [2, 2, 2], [0, 0, 0], [2, 1, 1], ceil: true), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max3D_k2s2d2Ceil(i, o, c, s[0], s[1], s[2])),
            E<float>(nameof(BreadthKernels.Min3D_Ncdhw_Fixed_C2D4H5W6_s2), Sym(K.Min, 3, 2, 2), new BreadthShape(3, HasBatch: true, HasChannels: false, FixedChannels: 2, Fixed: [4, 5, 6]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Min3D_Ncdhw_Fixed_C2D4H5W6_s2(i, o, b)),
            E<float>(nameof(BreadthKernels.Min3D_Ndhwc_Fixed_C2D4H5W6_s2), Sym(K.Min, 3, 2, 2), new BreadthShape(3, HasBatch: true, HasChannels: false, FixedChannels: 2, Fixed: [4, 5, 6]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Min3D_Ndhwc_Fixed_C2D4H5W6_s2(i, o, b), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Min3D_Ncdhw_Fixed_C2D4H5W6_s2)),
            E<float>(nameof(BreadthKernels.Lp2_3D_k2s1p1), Sym(K.Lp, 3, 2, 1, 1) with { P = 2 }, new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Lp2_3D_k2s1p1(i, o, c, s[0], s[1], s[2])),
            E<float>(nameof(BreadthKernels.Max3D_k3p1_D3), Sym(K.Max, 3, 3, 3, 1), new BreadthShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [3, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max3D_k3p1_D3(i, o, s[1], s[2])),
            E<float>(nameof(BreadthKernels.Avg3D_Ncdhw_Fixed_C16D4H6W6), Sym(K.Average, 3, 2, 2), new BreadthShape(3, HasBatch: true, HasChannels: false, FixedChannels: 16, Fixed: [4, 6, 6]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg3D_Ncdhw_Fixed_C16D4H6W6(i, o, b)),
            E<float>(nameof(BreadthKernels.Avg3D_Ndhwc_Fixed_C16D4H6W6), Sym(K.Average, 3, 2, 2), new BreadthShape(3, HasBatch: true, HasChannels: false, FixedChannels: 16, Fixed: [4, 6, 6]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg3D_Ndhwc_Fixed_C16D4H6W6(i, o, b), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Avg3D_Ncdhw_Fixed_C16D4H6W6)),
            E<float>(nameof(BreadthKernels.Max_Nchw_Pads0120), Pads(Sym(K.Max, 2, 3, 1), 0, 1, 2, 0), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max_Nchw_Pads0120(i, o, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Max_Nhwc_Pads0120), Pads(Sym(K.Max, 2, 3, 1), 0, 1, 2, 0), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max_Nhwc_Pads0120(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Max_Nchw_Pads0120)),
            E<double>(nameof(BreadthKernels.AvgF64_Pads2002d2), Pads(Sym(K.Average, 2, 2, 2, 0, 2), 2, 0, 0, 2), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.AvgF64_Pads2002d2(i, o, s[0], s[1])),
            E<double>(nameof(BreadthKernels.AvgF64_Pads2002d2NoPad), Pads(Sym(K.Average, 2, 2, 2, 0, 2, cip: false), 2, 0, 0, 2), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.AvgF64_Pads2002d2NoPad(i, o, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Min1D_Pads40), Pads(Sym(K.Min, 1, 5, 1), 4, 0), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Min1D_Pads40(i, o, c, s[0])),
            E<float>(nameof(BreadthKernels.Avg3D_Pads010100), Pads(Sym(K.Average, 3, 2, 2), 0, 1, 0, 1, 0, 0), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg3D_Pads010100(i, o, c, s[0], s[1], s[2])),
            E<float>(nameof(BreadthKernels.Max_Pads1001Ceil), Pads(Sym(K.Max, 2, 3, 2, ceil: true), 1, 0, 0, 1), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max_Pads1001Ceil(i, o, b, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Avg_Nchw_Pads0210NoPad), Pads(Sym(K.Average, 2, 3, 2, cip: false), 0, 2, 1, 0), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg_Nchw_Pads0210NoPad(i, o, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Avg_Nhwc_Pads0210NoPad), Pads(Sym(K.Average, 2, 3, 2, cip: false), 0, 2, 1, 0), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg_Nhwc_Pads0210NoPad(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Avg_Nchw_Pads0210NoPad)),
            E<float>(nameof(BreadthKernels.Lp2_Pads2101), Pads(Sym(K.Lp, 2, 3, 2), 2, 1, 0, 1) with { P = 2 }, new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Lp2_Pads2101(i, o, c, s[0], s[1])),
            E<long>(nameof(BreadthKernels.MaxI64_Pads3D), Pads(Axes(K.Max, [2, 3, 3], [1, 1, 1], [0, 0, 0], [1, 1, 1]), 1, 2, 0, 0, 1, 2), new BreadthShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxI64_Pads3D(i, o, s[0], s[1], s[2])),
            E<float>(nameof(BreadthKernels.Max_Nchw_SameUpper_k3s2), Sym(K.Max, 2, 3, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max_Nchw_SameUpper_k3s2(i, o, c, s[0], s[1]), autoPad: PoolAutoPad.SameUpper),
            E<float>(nameof(BreadthKernels.Max_Nhwc_SameUpper_k3s2), Sym(K.Max, 2, 3, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max_Nhwc_SameUpper_k3s2(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, autoPad: PoolAutoPad.SameUpper, twin: nameof(BreadthKernels.Max_Nchw_SameUpper_k3s2)),
            E<float>(nameof(BreadthKernels.Avg_SameLower_k3s2), Sym(K.Average, 2, 3, 2), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg_SameLower_k3s2(i, o, s[0], s[1]), autoPad: PoolAutoPad.SameLower),
            E<float>(nameof(BreadthKernels.Avg_SameUpper_k4s3NoPad), Sym(K.Average, 2, 4, 3, cip: false), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg_SameUpper_k4s3NoPad(i, o, s[0], s[1]), autoPad: PoolAutoPad.SameUpper),
            E<float>(nameof(BreadthKernels.Avg_Nchw_SameUpper_k3s1NoPad), Sym(K.Average, 2, 3, 1, cip: false), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg_Nchw_SameUpper_k3s1NoPad(i, o, c, s[0], s[1]), autoPad: PoolAutoPad.SameUpper),
            E<double>(nameof(BreadthKernels.MaxF64_Nchw_SameLower_k4x2s1), Axes(K.Max, [4, 2], [1, 1], [0, 0], [1, 1]), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxF64_Nchw_SameLower_k4x2s1(i, o, b, c, s[0], s[1]), autoPad: PoolAutoPad.SameLower),
            E<byte>(nameof(BreadthKernels.MaxU8_Nchw_SameUpper_k3s2_9x10), Sym(K.Max, 2, 3, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [9, 10]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxU8_Nchw_SameUpper_k3s2_9x10(i, o, c), autoPad: PoolAutoPad.SameUpper),
            E<float>(nameof(BreadthKernels.Avg_Nchw_SameLower_k3s2x1_H8), Axes(K.Average, [3, 3], [2, 1], [0, 0], [1, 1]), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [8, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg_Nchw_SameLower_k3s2x1_H8(i, o, s[1]), autoPad: PoolAutoPad.SameLower),
            E<float>(nameof(BreadthKernels.Max_Valid_k3s2), Sym(K.Max, 2, 3, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max_Valid_k3s2(i, o, c, s[0], s[1]), autoPad: PoolAutoPad.Valid),
            E<float>(nameof(BreadthKernels.Avg3D_Nhwc_Valid_k3s2NoPad), Sym(K.Average, 3, 3, 2, cip: false), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg3D_Nhwc_Valid_k3s2NoPad(i, o, c, s[0], s[1], s[2]), layout: PoolLayout.Nhwc, autoPad: PoolAutoPad.Valid, twin: nameof(BreadthKernels.Avg3D_Nchw_Valid_k3s2NoPad)),
            E<float>(nameof(BreadthKernels.Avg3D_Nchw_Valid_k3s2NoPad), Sym(K.Average, 3, 3, 2, cip: false), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg3D_Nchw_Valid_k3s2NoPad(i, o, c, s[0], s[1], s[2]), autoPad: PoolAutoPad.Valid),
            E<float>(nameof(BreadthKernels.Max1D_SameUpper_k4s3d2), Sym(K.Max, 1, 4, 3, 0, 2), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max1D_SameUpper_k4s3d2(i, o, c, s[0]), autoPad: PoolAutoPad.SameUpper),
            E<double>(nameof(BreadthKernels.Avg3DF64_SameUpper_k2s1), Sym(K.Average, 3, 2, 1), new BreadthShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg3DF64_SameUpper_k2s1(i, o, s[0], s[1], s[2]), autoPad: PoolAutoPad.SameUpper),
            E<float>(nameof(BreadthKernels.Min_Nchw_SameLower_k2s1), Sym(K.Min, 2, 2, 1), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Min_Nchw_SameLower_k2s1(i, o, c, s[0], s[1]), autoPad: PoolAutoPad.SameLower),
            E<float>(nameof(BreadthKernels.Min_Nhwc_SameLower_k2s1), Sym(K.Min, 2, 2, 1), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Min_Nhwc_SameLower_k2s1(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, autoPad: PoolAutoPad.SameLower, twin: nameof(BreadthKernels.Min_Nchw_SameLower_k2s1)),
            E<float>(nameof(BreadthKernels.Lp2_Valid_k2s2), Sym(K.Lp, 2, 2, 2) with { P = 2 }, new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Lp2_Valid_k2s2(i, o, s[0], s[1]), autoPad: PoolAutoPad.Valid),
            E<float>(nameof(BreadthKernels.Max_SameUpper_k5_Fixed_H1W2), Sym(K.Max, 2, 5, 5), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [1, 2]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max_SameUpper_k5_Fixed_H1W2(i, o), autoPad: PoolAutoPad.SameUpper),
            E<double>(nameof(BreadthKernels.Avg1D_SameLower_k3s2), Sym(K.Average, 1, 3, 2), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg1D_SameLower_k3s2(i, o, c, s[0]), layout: PoolLayout.Nhwc, autoPad: PoolAutoPad.SameLower, twin: nameof(BreadthKernels.Avg1D_SameLower_k3s2_Ncl)),
            E<double>(nameof(BreadthKernels.Avg1D_SameLower_k3s2_Ncl), Sym(K.Average, 1, 3, 2), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg1D_SameLower_k3s2_Ncl(i, o, c, s[0]), autoPad: PoolAutoPad.SameLower),
            E<float>(nameof(BreadthKernels.Max3D_SameLower_k3s2), Sym(K.Max, 3, 3, 2), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max3D_SameLower_k3s2(i, o, c, s[0], s[1], s[2]), autoPad: PoolAutoPad.SameLower),
            E<float>(nameof(BreadthKernels.MaxIdx32_Nhwc_SameLower_k2s2), Sym(K.Max, 2, 2, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx32_Nhwc_SameLower_k2s2(i, o, i32, c, s[0], s[1]), layout: PoolLayout.Nhwc, autoPad: PoolAutoPad.SameLower, indices: IndexType.Int32, twin: nameof(BreadthKernels.MaxIdx32_Nchw_SameLower_k2s2)),
            E<float>(nameof(BreadthKernels.MaxIdx32_Nchw_SameLower_k2s2), Sym(K.Max, 2, 2, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx32_Nchw_SameLower_k2s2(i, o, i32, c, s[0], s[1]), autoPad: PoolAutoPad.SameLower, indices: IndexType.Int32),
            E<float>(nameof(BreadthKernels.MaxIdx32_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx32_k3s2p1(i, o, i32, b, c, s[0], s[1]), indices: IndexType.Int32),
            E<double>(nameof(BreadthKernels.MaxIdx64F64_Nchw_k2s2), Sym(K.Max, 2, 2, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx64F64_Nchw_k2s2(i, o, i64, c, s[0], s[1]), indices: IndexType.Int64),
            E<double>(nameof(BreadthKernels.MaxIdx64F64_Nhwc_k2s2), Sym(K.Max, 2, 2, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx64F64_Nhwc_k2s2(i, o, i64, c, s[0], s[1]), layout: PoolLayout.Nhwc, indices: IndexType.Int64, twin: nameof(BreadthKernels.MaxIdx64F64_Nchw_k2s2)),
            E<float>(nameof(BreadthKernels.MaxIdx32_k2d2p1), Sym(K.Max, 2, 2, 2, 1, 2), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx32_k2d2p1(i, o, i32, s[0], s[1]), indices: IndexType.Int32),
            E<float>(nameof(BreadthKernels.MinIdx64_k3s1p1), Sym(K.Min, 2, 3, 1, 1), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinIdx64_k3s1p1(i, o, i64, c, s[0], s[1]), indices: IndexType.Int64),
            E<float>(nameof(BreadthKernels.MinIdx32_Nchw_k3s2), Sym(K.Min, 2, 3, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinIdx32_Nchw_k3s2(i, o, i32, c, s[0], s[1]), indices: IndexType.Int32),
            E<float>(nameof(BreadthKernels.MinIdx32_Nhwc_k3s2), Sym(K.Min, 2, 3, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinIdx32_Nhwc_k3s2(i, o, i32, c, s[0], s[1]), layout: PoolLayout.Nhwc, indices: IndexType.Int32, twin: nameof(BreadthKernels.MinIdx32_Nchw_k3s2)),
            E<float>(nameof(BreadthKernels.MaxIdx64_1D_Ncl_k3s2p1), Sym(K.Max, 1, 3, 2, 1), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx64_1D_Ncl_k3s2p1(i, o, i64, c, s[0]), indices: IndexType.Int64),
            E<float>(nameof(BreadthKernels.MaxIdx64_1D_Nlc_k3s2p1), Sym(K.Max, 1, 3, 2, 1), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx64_1D_Nlc_k3s2p1(i, o, i64, c, s[0]), layout: PoolLayout.Nhwc, indices: IndexType.Int64, twin: nameof(BreadthKernels.MaxIdx64_1D_Ncl_k3s2p1)),
            E<float>(nameof(BreadthKernels.MinIdx32_1D_Pads20), Pads(Sym(K.Min, 1, 3, 1), 2, 0), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinIdx32_1D_Pads20(i, o, i32, c, s[0]), indices: IndexType.Int32),
            E<float>(nameof(BreadthKernels.MaxIdx32_3D_Ncdhw_k2s1), Sym(K.Max, 3, 2, 1), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx32_3D_Ncdhw_k2s1(i, o, i32, c, s[0], s[1], s[2]), indices: IndexType.Int32),
            E<float>(nameof(BreadthKernels.MaxIdx32_3D_Ndhwc_k2s1), Sym(K.Max, 3, 2, 1), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx32_3D_Ndhwc_k2s1(i, o, i32, c, s[0], s[1], s[2]), layout: PoolLayout.Nhwc, indices: IndexType.Int32, twin: nameof(BreadthKernels.MaxIdx32_3D_Ncdhw_k2s1)),
            E<double>(nameof(BreadthKernels.MinIdx64_3D_k3s2p1), Sym(K.Min, 3, 3, 2, 1), new BreadthShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinIdx64_3D_k3s2p1(i, o, i64, b, c, s[0], s[1], s[2]), indices: IndexType.Int64),
            E<Half>(nameof(BreadthKernels.MaxIdx32Half_k2), Sym(K.Max, 2, 2), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx32Half_k2(i, o, i32, s[0], s[1]), indices: IndexType.Int32),
            E<byte>(nameof(BreadthKernels.MaxIdx64U8_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx64U8_k3s2p1(i, o, i64, c, s[0], s[1]), indices: IndexType.Int64),
            E<float>(nameof(BreadthKernels.MaxIdx64_SameUpper_k3s2), Sym(K.Max, 2, 3, 2), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx64_SameUpper_k3s2(i, o, i64, s[0], s[1]), autoPad: PoolAutoPad.SameUpper, indices: IndexType.Int64),
            E<float>(nameof(BreadthKernels.MaxIdx32_Fixed_H4W4), Sym(K.Max, 2, 2), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [4, 4]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx32_Fixed_H4W4(i, o, i32), indices: IndexType.Int32),
            E<float>(nameof(BreadthKernels.MaxIdx64_Relu), Sym(K.Max, 2, 2) with { ClampMin = 0 }, new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxIdx64_Relu(i, o, i64, s[0], s[1]), indices: IndexType.Int64),
            E<float>(nameof(BreadthKernels.GlobalMax_Nchw), PoolSpecND.GlobalOf(K.Max, 2), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalMax_Nchw(i, o, b, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.GlobalMax_Nhwc), PoolSpecND.GlobalOf(K.Max, 2), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalMax_Nhwc(i, o, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.GlobalMax_Nchw)),
            E<float>(nameof(BreadthKernels.GlobalAvg_Nchw), PoolSpecND.GlobalOf(K.Average, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalAvg_Nchw(i, o, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.GlobalAvg_Nhwc), PoolSpecND.GlobalOf(K.Average, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalAvg_Nhwc(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.GlobalAvg_Nchw)),
            E<double>(nameof(BreadthKernels.GlobalAvgF64_1D_Ncl), PoolSpecND.GlobalOf(K.Average, 1), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalAvgF64_1D_Ncl(i, o, c, s[0])),
            E<double>(nameof(BreadthKernels.GlobalAvgF64_1D_Nlc), PoolSpecND.GlobalOf(K.Average, 1), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalAvgF64_1D_Nlc(i, o, c, s[0]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.GlobalAvgF64_1D_Ncl)),
            E<float>(nameof(BreadthKernels.GlobalLp2), PoolSpecND.GlobalOf(K.Lp, 2, p: 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalLp2(i, o, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.GlobalMin3D_Ncdhw), PoolSpecND.GlobalOf(K.Min, 3), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalMin3D_Ncdhw(i, o, c, s[0], s[1], s[2])),
            E<float>(nameof(BreadthKernels.GlobalMin3D_Ndhwc), PoolSpecND.GlobalOf(K.Min, 3), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalMin3D_Ndhwc(i, o, c, s[0], s[1], s[2]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.GlobalMin3D_Ncdhw)),
            E<int>(nameof(BreadthKernels.GlobalMaxI32_1D), PoolSpecND.GlobalOf(K.Max, 1), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalMaxI32_1D(i, o, c, s[0])),
            E<double>(nameof(BreadthKernels.GlobalSumF64), PoolSpecND.GlobalOf(K.Average, 2, divisorOverride: 1), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalSumF64(i, o, c, s[0], s[1])),
            E<Half>(nameof(BreadthKernels.GlobalAvgHalf), PoolSpecND.GlobalOf(K.Average, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalAvgHalf(i, o, c, s[0], s[1])),
            E<double>(nameof(BreadthKernels.GlobalLp1F64_3D), PoolSpecND.GlobalOf(K.Lp, 3, p: 1), new BreadthShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalLp1F64_3D(i, o, s[0], s[1], s[2])),
            E<float>(nameof(BreadthKernels.GlobalMax3D), PoolSpecND.GlobalOf(K.Max, 3), new BreadthShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalMax3D(i, o, b, c, s[0], s[1], s[2])),
            E<float>(nameof(BreadthKernels.GlobalLp2_1D), PoolSpecND.GlobalOf(K.Lp, 1, p: 2), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalLp2_1D(i, o, c, s[0]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.GlobalLp2_1D_Ncl)),
            E<float>(nameof(BreadthKernels.GlobalLp2_1D_Ncl), PoolSpecND.GlobalOf(K.Lp, 1, p: 2), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalLp2_1D_Ncl(i, o, c, s[0])),
            E<float>(nameof(BreadthKernels.GlobalMaxIdx64_Nchw), PoolSpecND.GlobalOf(K.Max, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalMaxIdx64_Nchw(i, o, i64, c, s[0], s[1]), indices: IndexType.Int64),
            E<float>(nameof(BreadthKernels.GlobalMaxIdx64_Nhwc), PoolSpecND.GlobalOf(K.Max, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalMaxIdx64_Nhwc(i, o, i64, c, s[0], s[1]), layout: PoolLayout.Nhwc, indices: IndexType.Int64, twin: nameof(BreadthKernels.GlobalMaxIdx64_Nchw)),
            E<float>(nameof(BreadthKernels.GlobalMinIdx32_3D), PoolSpecND.GlobalOf(K.Min, 3), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalMinIdx32_3D(i, o, i32, c, s[0], s[1], s[2]), indices: IndexType.Int32),
            E<float>(nameof(BreadthKernels.GlobalAvg_Fixed_H7W7), PoolSpecND.GlobalOf(K.Average, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [7, 7]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.GlobalAvg_Fixed_H7W7(i, o, c)),
            E<float>(nameof(BreadthKernels.Avg_Div4_k3p1), Sym(K.Average, 2, 3, 3, 1, div: 4), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg_Div4_k3p1(i, o, s[0], s[1])),
            E<double>(nameof(BreadthKernels.AvgF64_Div1_k2s2), Sym(K.Average, 2, 2, div: 1), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.AvgF64_Div1_k2s2(i, o, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Avg1D_Div3_k2s1p1), Sym(K.Average, 1, 2, 1, 1, div: 3), new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg1D_Div3_k2s1p1(i, o, c, s[0])),
            E<float>(nameof(BreadthKernels.Avg3D_Div5_k2), Sym(K.Average, 3, 2, ceil: true, div: 5), new BreadthShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg3D_Div5_k2(i, o, s[0], s[1], s[2])),
            E<float>(nameof(BreadthKernels.Avg_Nchw_Div7_k3s2), Sym(K.Average, 2, 3, 2, div: 7), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg_Nchw_Div7_k3s2(i, o, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Avg_Nhwc_Div7_k3s2), Sym(K.Average, 2, 3, 2, div: 7), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg_Nhwc_Div7_k3s2(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Avg_Nchw_Div7_k3s2)),
            E<Half>(nameof(BreadthKernels.AvgHalf_Div3_k2), Sym(K.Average, 2, 2, div: 3), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.AvgHalf_Div3_k2(i, o, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Lp1_k2), Sym(K.Lp, 2, 2) with { P = 1 }, new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Lp1_k2(i, o, s[0], s[1])),
            E<double>(nameof(BreadthKernels.Lp3F64_k3s2), Sym(K.Lp, 2, 3, 2) with { P = 3 }, new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Lp3F64_k3s2(i, o, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Lp4_k2s1), Sym(K.Lp, 2, 2, 1) with { P = 4 }, new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Lp4_k2s1(i, o, s[0], s[1])),
            E<Half>(nameof(BreadthKernels.Lp2Half_k2), Sym(K.Lp, 2, 2) with { P = 2 }, new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Lp2Half_k2(i, o, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Lp2_k3s1d2p2Ceil), Sym(K.Lp, 2, 3, 1, 2, 2, ceil: true) with { P = 2 }, new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Lp2_k3s1d2p2Ceil(i, o, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Min_k3s2p1Ceil), Sym(K.Min, 2, 3, 2, 1, ceil: true), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Min_k3s2p1Ceil(i, o, b, c, s[0], s[1])),
            E<ulong>(nameof(BreadthKernels.MinU64_k2), Sym(K.Min, 2, 2), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinU64_k2(i, o, s[0], s[1])),
            E<sbyte>(nameof(BreadthKernels.MinI8_Nchw_k3s1), Sym(K.Min, 2, 3, 1), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinI8_Nchw_k3s1(i, o, c, s[0], s[1])),
            E<sbyte>(nameof(BreadthKernels.MinI8_Nhwc_k3s1), Sym(K.Min, 2, 3, 1), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinI8_Nhwc_k3s1(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.MinI8_Nchw_k3s1)),
            E<Half>(nameof(BreadthKernels.MinHalf_k3s2p1), Sym(K.Min, 2, 3, 2, 1), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinHalf_k3s2p1(i, o, c, s[0], s[1])),
            E<double>(nameof(BreadthKernels.MinF64_k2s1), Sym(K.Min, 2, 2, 1), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinF64_k2s1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Max_Relu_k2), Sym(K.Max, 2, 2) with { ClampMin = 0 }, new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max_Relu_k2(i, o, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Avg_Relu6_k3s1p1), Sym(K.Average, 2, 3, 1, 1) with { ClampMin = 0, ClampMax = 6 }, new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Avg_Relu6_k3s1p1(i, o, c, s[0], s[1])),
            E<byte>(nameof(BreadthKernels.MaxU8_Nchw_Clamp10to200), Sym(K.Max, 2, 2) with { ClampMin = 10, ClampMax = 200 }, new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxU8_Nchw_Clamp10to200(i, o, c, s[0], s[1])),
            E<byte>(nameof(BreadthKernels.MaxU8_Nhwc_Clamp10to200), Sym(K.Max, 2, 2) with { ClampMin = 10, ClampMax = 200 }, new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxU8_Nhwc_Clamp10to200(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.MaxU8_Nchw_Clamp10to200)),
            E<int>(nameof(BreadthKernels.MinI32_Relu6_k2), Sym(K.Min, 2, 2) with { ClampMin = 0, ClampMax = 6 }, new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinI32_Relu6_k2(i, o, s[0], s[1])),
            E<double>(nameof(BreadthKernels.Lp2F64_ClampMax1p5), Sym(K.Lp, 2, 2) with { P = 2, ClampMax = 1.5 }, new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Lp2F64_ClampMax1p5(i, o, s[0], s[1])),
            E<double>(nameof(BreadthKernels.AvgF64_ClampNegative), Sym(K.Average, 2, 2) with { ClampMin = -1.25, ClampMax = -0.25 }, new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.AvgF64_ClampNegative(i, o, s[0], s[1])),
            E<Half>(nameof(BreadthKernels.MaxHalf_Relu6_k2), Sym(K.Max, 2, 2) with { ClampMin = 0, ClampMax = 6 }, new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxHalf_Relu6_k2(i, o, s[0], s[1])),
            E<sbyte>(nameof(BreadthKernels.MaxI8_Clamp100), Sym(K.Max, 2, 2, 1) with { ClampMin = -100, ClampMax = 100 }, new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxI8_Clamp100(i, o, s[0], s[1])),
            E<float>(nameof(BreadthKernels.Max1D_Ncl_Relu6_k3s1), Sym(K.Max, 1, 3, 1) with { ClampMin = 0, ClampMax = 6 }, new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max1D_Ncl_Relu6_k3s1(i, o, c, s[0])),
            E<float>(nameof(BreadthKernels.Max1D_Nlc_Relu6_k3s1), Sym(K.Max, 1, 3, 1) with { ClampMin = 0, ClampMax = 6 }, new BreadthShape(1, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max1D_Nlc_Relu6_k3s1(i, o, c, s[0]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Max1D_Ncl_Relu6_k3s1)),
            E<ushort>(nameof(BreadthKernels.MaxU16_ClampMin1000), Sym(K.Max, 2, 3, 2, 1) with { ClampMin = 1000 }, new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxU16_ClampMin1000(i, o, s[0], s[1])),
            E<Half>(nameof(BreadthKernels.MaxHalf_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxHalf_k3s2p1(i, o, b, c, s[0], s[1])),
            E<Half>(nameof(BreadthKernels.AvgHalf_Nchw_k2), Sym(K.Average, 2, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.AvgHalf_Nchw_k2(i, o, c, s[0], s[1])),
            E<Half>(nameof(BreadthKernels.AvgHalf_Nhwc_k2), Sym(K.Average, 2, 2), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.AvgHalf_Nhwc_k2(i, o, c, s[0], s[1]), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.AvgHalf_Nchw_k2)),
            E<Half>(nameof(BreadthKernels.AvgHalf_k3s1p1NoPad), Sym(K.Average, 2, 3, 1, 1, cip: false), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.AvgHalf_k3s1p1NoPad(i, o, s[0], s[1])),
            E<Half>(nameof(BreadthKernels.MaxHalf_3D_k2s1), Sym(K.Max, 3, 2, 1), new BreadthShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxHalf_3D_k2s1(i, o, s[0], s[1], s[2])),
            E<float>(nameof(BreadthKernels.Max_Nchw_Fixed_C8H5W7_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 8, Fixed: [5, 7]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max_Nchw_Fixed_C8H5W7_k3s2p1(i, o)),
            E<float>(nameof(BreadthKernels.Max_Nhwc_Fixed_C8H5W7_k3s2p1), Sym(K.Max, 2, 3, 2, 1), new BreadthShape(2, HasBatch: false, HasChannels: false, FixedChannels: 8, Fixed: [5, 7]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max_Nhwc_Fixed_C8H5W7_k3s2p1(i, o), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Max_Nchw_Fixed_C8H5W7_k3s2p1)),
            E<float>(nameof(BreadthKernels.Min3D_Ncdhw_Fixed_C2D4H5W6_s1), Sym(K.Min, 3, 2, 1), new BreadthShape(3, HasBatch: true, HasChannels: false, FixedChannels: 2, Fixed: [4, 5, 6]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Min3D_Ncdhw_Fixed_C2D4H5W6_s1(i, o, b)),
            E<float>(nameof(BreadthKernels.Min3D_Ndhwc_Fixed_C2D4H5W6_s1), Sym(K.Min, 3, 2, 1), new BreadthShape(3, HasBatch: true, HasChannels: false, FixedChannels: 2, Fixed: [4, 5, 6]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Min3D_Ndhwc_Fixed_C2D4H5W6_s1(i, o, b), layout: PoolLayout.Nhwc, twin: nameof(BreadthKernels.Min3D_Ncdhw_Fixed_C2D4H5W6_s1)),
            E<float>(nameof(BreadthKernels.Min_Fixed_H5W6_k3s1), Sym(K.Min, 2, 3, 1), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [5, 6]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Min_Fixed_H5W6_k3s1(i, o, c)),
            E<double>(nameof(BreadthKernels.MaxF64_3D_Fixed_D3H3W3_k2s1), Sym(K.Max, 3, 2, 1), new BreadthShape(3, HasBatch: false, HasChannels: false, FixedChannels: 0, Fixed: [3, 3, 3]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxF64_3D_Fixed_D3H3W3_k2s1(i, o)),
            E<float>(nameof(BreadthKernels.Max3D_Fixed_W9_k3s1p1), Sym(K.Max, 3, 3, 1, 1), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 9]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.Max3D_Fixed_W9_k3s1p1(i, o, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.MaxSep_OutputWider_k2s1), Pads(Sym(K.Max, 2, 2, 1), 1, 1, 1, 1), new BreadthShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxSep_OutputWider_k2s1(i, o, b, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.MaxSep3D_Strides2x2x1), Axes(K.Max, [3, 3, 3], [2, 2, 1], [1, 1, 1], [1, 1, 1]), new BreadthShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxSep3D_Strides2x2x1(i, o, b, c, s[0], s[1], s[2])),
            E<double>(nameof(BreadthKernels.MinSep3DF64_SameUpper_k2s1), Sym(K.Min, 3, 2, 1), new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinSep3DF64_SameUpper_k2s1(i, o, c, s[0], s[1], s[2]), autoPad: PoolAutoPad.SameUpper),
            E<float>(nameof(BreadthKernels.MinSep_DilatedWidth_k3s1), Axes(K.Min, [3, 3], [1, 1], [1, 1], [1, 2]), new BreadthShape(2, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MinSep_DilatedWidth_k3s1(i, o, c, s[0], s[1])),
            E<float>(nameof(BreadthKernels.MaxSep3D_Fixed_Clamp), Sym(K.Max, 3, 3, 1, 1) with { ClampMin = 0, ClampMax = 0.5 }, new BreadthShape(3, HasBatch: false, HasChannels: true, FixedChannels: 0, Fixed: [3, 4, 9]),
                (i, o, i32, i64, b, c, s) => BreadthKernels.MaxSep3D_Fixed_Clamp(i, o, c)),
        ];
    }
}
