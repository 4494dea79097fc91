using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Every generated kernel called the same way: NCHW dimensions always passed; a kernel without a parameter for a
    /// dimension ignores the argument (its <see cref="KernelShape"/> says what the caller must pass).
    /// </summary>
    public delegate void PoolInvoker<T>(ReadOnlySpan<T> input, Span<T> output, int batch, int channels, int height, int width);

    /// <summary>Which dimensions a kernel takes at run time, and which its attribute fixes (any rank).</summary>
    /// <param name="Rank">The number of spatial axes (1, 2 or 3).</param>
    /// <param name="HasBatch">The method has a <c>batch</c> parameter (else batch is 1).</param>
    /// <param name="HasChannels">The method has a <c>channels</c> parameter (else channels is <see cref="FixedChannels"/>, or 1).</param>
    /// <param name="FixedChannels">Channels on the attribute, 0 if not written.</param>
    /// <param name="Fixed">Per spatial axis (outermost first): the size fixed on the attribute, or 0 for a run-time parameter.</param>
    public sealed record KernelShape(int Rank, bool HasBatch, bool HasChannels, int FixedChannels, int[] Fixed)
    {
        /// <summary>A rank-2 shape: <paramref name="fixedHeight"/> and <paramref name="fixedWidth"/> 0 for a run-time <c>height</c> and <c>width</c>.</summary>
        public KernelShape(bool hasBatch, bool hasChannels, int fixedChannels = 0, int fixedHeight = 0, int fixedWidth = 0)
            : this(2, hasBatch, hasChannels, fixedChannels, [fixedHeight, fixedWidth])
        {
        }

        public static readonly KernelShape BCHW = new(true, true);
        public static readonly KernelShape CHW = new(false, true);
        public static readonly KernelShape BHW = new(true, false);
        public static readonly KernelShape HW = new(false, false);

        /// <summary>Rank 2: the height fixed on the attribute, 0 if the method has a <c>height</c> parameter.</summary>
        public int FixedHeight => Rank == 2 ? Fixed[0] : throw new InvalidOperationException($"rank {Rank}");

        /// <summary>Rank 2: the width fixed on the attribute, 0 if the method has a <c>width</c> parameter.</summary>
        public int FixedWidth => Rank == 2 ? Fixed[1] : throw new InvalidOperationException($"rank {Rank}");

        public bool HasHeight => FixedHeight == 0;

        public bool HasWidth => FixedWidth == 0;

        /// <summary>The channel count when the method has no <c>channels</c> parameter.</summary>
        public int ImpliedChannels => FixedChannels > 0 ? FixedChannels : 1;

        public bool AllSpatialFixed => Fixed.All(size => size > 0);

        public bool Equals(KernelShape? other) =>
            other is not null && Rank == other.Rank && HasBatch == other.HasBatch && HasChannels == other.HasChannels &&
            FixedChannels == other.FixedChannels && Fixed.AsSpan().SequenceEqual(other.Fixed);

        public override int GetHashCode() => HashCode.Combine(Rank, HasBatch, HasChannels, FixedChannels, Fixed.Length > 0 ? Fixed[^1] : 0);

        public override string ToString()
        {
            string[] names = Rank switch { 1 => ["length"], 2 => ["height", "width"], _ => ["depth", "height", "width"] };
            var parts = new List<string>();
            if (HasBatch) parts.Add("batch");
            if (HasChannels) parts.Add("channels");
            else if (FixedChannels > 0) parts.Add($"C={FixedChannels}");
            for (int axis = 0; axis < Rank; axis++)
            {
                parts.Add(Fixed[axis] > 0 ? $"{char.ToUpperInvariant(names[axis][0])}={Fixed[axis]}" : names[axis]);
            }

            return string.Join(",", parts);
        }
    }

    /// <summary>Runs a test generically over the element type of a <see cref="KernelEntry"/>.</summary>
    public interface IKernelVisitor
    {
        void Visit<T>(KernelEntry<T> entry)
            where T : unmanaged, INumber<T>;
    }

    /// <summary>One generated kernel: its name, what its attribute means (written by hand from docs/semantics.md), its signature.</summary>
    public abstract class KernelEntry
    {
        protected KernelEntry(string name, PoolSpecND spec, KernelShape shape)
        {
            Name = name;
            Spec = spec;
            Shape = shape;
        }

        public string Name { get; }

        public PoolSpecND Spec { get; }

        public KernelShape Shape { get; }

        public abstract Type ElementType { get; }

        /// <summary>The size of an element in bytes.</summary>
        public abstract int ElementSize { get; }

        /// <summary>More than 64 taps: the generator's row-loop path.</summary>
        public bool RowLoop => Spec.Kernel[0] * Spec.Kernel[1] > 64;

        public abstract void Accept(IKernelVisitor visitor);

        public override string ToString() => $"{Name} ({ElementType.Name}, {Spec}, {Shape})";
    }

    public sealed class KernelEntry<T> : KernelEntry
        where T : unmanaged, INumber<T>
    {
        public KernelEntry(string name, PoolSpecND spec, KernelShape shape, PoolInvoker<T> invoke)
            : base(name, spec, shape)
        {
            Invoke = invoke;
        }

        public PoolInvoker<T> Invoke { get; }

        public override Type ElementType => typeof(T);

        public override int ElementSize => System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

        public override void Accept(IKernelVisitor visitor) => visitor.Visit(this);
    }

    /// <summary>The table of every kernel in Kernels.cs, one row each, in the same order.</summary>
    public static class KernelTable
    {
        private static readonly KernelShape BCHW = KernelShape.BCHW;

        public static readonly IReadOnlyList<KernelEntry> All =
        [
            // MaxKernels (float)
            E<float>(nameof(MaxKernels.Max_k1), Max(1, 1, 1, 1), BCHW, MaxKernels.Max_k1),
            E<float>(nameof(MaxKernels.Max_k2), Max(2, 2, 2, 2), BCHW, MaxKernels.Max_k2),
            E<float>(nameof(MaxKernels.Max_k2s1), Max(2, 2, 1, 1), BCHW, MaxKernels.Max_k2s1),
            E<float>(nameof(MaxKernels.Max_k2Ceil), Max(2, 2, 2, 2, ceil: true), BCHW, MaxKernels.Max_k2Ceil),
            E<float>(nameof(MaxKernels.Max_k3s1p1), Max(3, 3, 1, 1, 1, 1), BCHW, MaxKernels.Max_k3s1p1),
            E<float>(nameof(MaxKernels.Max_k3s2p1), Max(3, 3, 2, 2, 1, 1), BCHW, MaxKernels.Max_k3s2p1),
            E<float>(nameof(MaxKernels.Max_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), BCHW, MaxKernels.Max_k3s2p1Ceil),
            E<float>(nameof(MaxKernels.Max_k3s2Ceil), Max(3, 3, 2, 2, ceil: true), BCHW, MaxKernels.Max_k3s2Ceil),
            E<float>(nameof(MaxKernels.Max_k3s0), Max(3, 3, 3, 3), BCHW, MaxKernels.Max_k3s0),
            E<float>(nameof(MaxKernels.Max_k3s3p1Ceil), Max(3, 3, 3, 3, 1, 1, ceil: true), BCHW, MaxKernels.Max_k3s3p1Ceil),
            E<float>(nameof(MaxKernels.Max_k4s3p2), Max(4, 4, 3, 3, 2, 2), BCHW, MaxKernels.Max_k4s3p2),
            E<float>(nameof(MaxKernels.Max_k4s2p1Ceil), Max(4, 4, 2, 2, 1, 1, ceil: true), BCHW, MaxKernels.Max_k4s2p1Ceil),
            E<float>(nameof(MaxKernels.Max_k5s1p2), Max(5, 5, 1, 1, 2, 2), BCHW, MaxKernels.Max_k5s1p2),
            E<float>(nameof(MaxKernels.Max_k5s2p2Ceil), Max(5, 5, 2, 2, 2, 2, ceil: true), BCHW, MaxKernels.Max_k5s2p2Ceil),
            E<float>(nameof(MaxKernels.Max_k5s3), Max(5, 5, 3, 3), BCHW, MaxKernels.Max_k5s3),
            E<float>(nameof(MaxKernels.Max_k9s1), Max(9, 9, 1, 1), BCHW, MaxKernels.Max_k9s1),
            E<float>(nameof(MaxKernels.Max_k9s2p4Ceil), Max(9, 9, 2, 2, 4, 4, ceil: true), BCHW, MaxKernels.Max_k9s2p4Ceil),
            E<float>(nameof(MaxKernels.Max_k9s3d2p8), Max(9, 9, 3, 3, 8, 8, 2, 2), BCHW, MaxKernels.Max_k9s3d2p8),
            E<float>(nameof(MaxKernels.Max_k1x9s1p0x4), Max(1, 9, 1, 1, 0, 4), BCHW, MaxKernels.Max_k1x9s1p0x4),
            E<float>(nameof(MaxKernels.Max_k9x1s2x1p4x0), Max(9, 1, 2, 1, 4, 0), BCHW, MaxKernels.Max_k9x1s2x1p4x0),
            E<float>(nameof(MaxKernels.Max_k9x8s2p3), Max(9, 8, 2, 2, 3, 3), BCHW, MaxKernels.Max_k9x8s2p3),
            E<float>(nameof(MaxKernels.Max_k2x3s1x2), Max(2, 3, 1, 2), BCHW, MaxKernels.Max_k2x3s1x2),
            E<float>(nameof(MaxKernels.Max_k3x2s2x1p1Ceil), Max(3, 2, 2, 1, 1, 1, ceil: true), BCHW, MaxKernels.Max_k3x2s2x1p1Ceil),
            E<float>(nameof(MaxKernels.Max_k3x2s1p1), Max(3, 2, 1, 1, 1, 1), BCHW, MaxKernels.Max_k3x2s1p1),
            E<float>(nameof(MaxKernels.Max_k3s1p1x0), Max(3, 3, 1, 1, 1, 0), BCHW, MaxKernels.Max_k3s1p1x0),
            E<float>(nameof(MaxKernels.Max_k3s3x1), Max(3, 3, 3, 1), BCHW, MaxKernels.Max_k3s3x1),
            E<float>(nameof(MaxKernels.Max_k2s2x1), Max(2, 2, 2, 1), BCHW, MaxKernels.Max_k2s2x1),
            E<float>(nameof(MaxKernels.Max_k3s1d2), Max(3, 3, 1, 1, 0, 0, 2, 2), BCHW, MaxKernels.Max_k3s1d2),
            E<float>(nameof(MaxKernels.Max_k2s1d2p1), Max(2, 2, 1, 1, 1, 1, 2, 2), BCHW, MaxKernels.Max_k2s1d2p1),
            E<float>(nameof(MaxKernels.Max_k2s1d3p2), Max(2, 2, 1, 1, 2, 2, 3, 3), BCHW, MaxKernels.Max_k2s1d3p2),
            E<float>(nameof(MaxKernels.Max_k2s2d3p2Ceil), Max(2, 2, 2, 2, 2, 2, 3, 3, ceil: true), BCHW, MaxKernels.Max_k2s2d3p2Ceil),
            E<float>(nameof(MaxKernels.Max_k3s1d2p2), Max(3, 3, 1, 1, 2, 2, 2, 2), BCHW, MaxKernels.Max_k3s1d2p2),
            E<float>(nameof(MaxKernels.Max_k3s2d2p2Ceil), Max(3, 3, 2, 2, 2, 2, 2, 2, ceil: true), BCHW, MaxKernels.Max_k3s2d2p2Ceil),
            E<float>(nameof(MaxKernels.Max_k3s1d1x3p0x3), Max(3, 3, 1, 1, 0, 3, 1, 3), BCHW, MaxKernels.Max_k3s1d1x3p0x3),
            E<float>(nameof(MaxKernels.Max_k2s1d3x1p1), Max(2, 2, 1, 1, 1, 1, 3, 1), BCHW, MaxKernels.Max_k2s1d3x1p1),
            E<float>(nameof(MaxKernels.Max_k3s2d3p3), Max(3, 3, 2, 2, 3, 3, 3, 3), BCHW, MaxKernels.Max_k3s2d3p3),
            E<float>(nameof(MaxKernels.Max_HW_k3s2p1), Max(3, 3, 2, 2, 1, 1), KernelShape.HW, (i, o, b, c, h, w) => MaxKernels.Max_HW_k3s2p1(i, o, h, w)),
            E<float>(nameof(MaxKernels.Max_CHW_k2s2p1Ceil), Max(2, 2, 2, 2, 1, 1, ceil: true), KernelShape.CHW, (i, o, b, c, h, w) => MaxKernels.Max_CHW_k2s2p1Ceil(i, o, c, h, w)),
            E<float>(nameof(MaxKernels.Max_BHW_k3s1), Max(3, 3, 1, 1), KernelShape.BHW, (i, o, b, c, h, w) => MaxKernels.Max_BHW_k3s1(i, o, b, h, w)),
            E<float>(nameof(MaxKernels.Max_BHW_C2_k2), Max(2, 2, 2, 2), KernelShape.BHW with { FixedChannels = 2 }, (i, o, b, c, h, w) => MaxKernels.Max_BHW_C2_k2(i, o, b, h, w)),
            E<float>(nameof(MaxKernels.Nested.Max_Nested_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), BCHW, MaxKernels.Nested.Max_Nested_k3s2p1Ceil),

            // MaxDoubleKernels
            E<double>(nameof(MaxDoubleKernels.MaxF64_k2), Max(2, 2, 2, 2), BCHW, MaxDoubleKernels.MaxF64_k2),
            E<double>(nameof(MaxDoubleKernels.MaxF64_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), BCHW, MaxDoubleKernels.MaxF64_k3s2p1Ceil),
            E<double>(nameof(MaxDoubleKernels.MaxF64_k3s1d2p2), Max(3, 3, 1, 1, 2, 2, 2, 2), BCHW, MaxDoubleKernels.MaxF64_k3s1d2p2),
            E<double>(nameof(MaxDoubleKernels.MaxF64_k9s1p4), Max(9, 9, 1, 1, 4, 4), BCHW, MaxDoubleKernels.MaxF64_k9s1p4),
            E<double>(nameof(MaxDoubleKernels.MaxF64_k1x9s2), Max(1, 9, 2, 2), BCHW, MaxDoubleKernels.MaxF64_k1x9s2),

            // MaxIntegerKernels
            E<byte>(nameof(MaxIntegerKernels.MaxU8_k2), Max(2, 2, 2, 2), BCHW, MaxIntegerKernels.MaxU8_k2),
            E<byte>(nameof(MaxIntegerKernels.MaxU8_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), BCHW, MaxIntegerKernels.MaxU8_k3s2p1Ceil),
            E<byte>(nameof(MaxIntegerKernels.MaxU8_k2s1d3p2), Max(2, 2, 1, 1, 2, 2, 3, 3), BCHW, MaxIntegerKernels.MaxU8_k2s1d3p2),
            E<sbyte>(nameof(MaxIntegerKernels.MaxI8_k3s2p1), Max(3, 3, 2, 2, 1, 1), BCHW, MaxIntegerKernels.MaxI8_k3s2p1),
            E<sbyte>(nameof(MaxIntegerKernels.MaxI8_k1x9s1p0x4), Max(1, 9, 1, 1, 0, 4), BCHW, MaxIntegerKernels.MaxI8_k1x9s1p0x4),
            E<short>(nameof(MaxIntegerKernels.MaxI16_k2s1d2p1), Max(2, 2, 1, 1, 1, 1, 2, 2), BCHW, MaxIntegerKernels.MaxI16_k2s1d2p1),
            E<byte>(nameof(MaxIntegerKernels.MaxU8_k3x1s2), Max(3, 1, 2, 2), BCHW, MaxIntegerKernels.MaxU8_k3x1s2),
            E<short>(nameof(MaxIntegerKernels.MaxI16_k3s2d2p2), Max(3, 3, 2, 2, 2, 2, 2, 2), BCHW, MaxIntegerKernels.MaxI16_k3s2d2p2),
            E<sbyte>(nameof(MaxIntegerKernels.MaxI8_k2Ceil), Max(2, 2, 2, 2, ceil: true), BCHW, MaxIntegerKernels.MaxI8_k2Ceil),
            E<ushort>(nameof(MaxIntegerKernels.MaxU16_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), BCHW, MaxIntegerKernels.MaxU16_k3s2p1Ceil),
            E<int>(nameof(MaxIntegerKernels.MaxI32_k3s1p1), Max(3, 3, 1, 1, 1, 1), BCHW, MaxIntegerKernels.MaxI32_k3s1p1),
            E<int>(nameof(MaxIntegerKernels.MaxI32_k9s1p4), Max(9, 9, 1, 1, 4, 4), BCHW, MaxIntegerKernels.MaxI32_k9s1p4),
            E<int>(nameof(MaxIntegerKernels.MaxI32_k2s1d3p2), Max(2, 2, 1, 1, 2, 2, 3, 3), BCHW, MaxIntegerKernels.MaxI32_k2s1d3p2),
            E<uint>(nameof(MaxIntegerKernels.MaxU32_k2x3s1x2p1), Max(2, 3, 1, 2, 1, 1), BCHW, MaxIntegerKernels.MaxU32_k2x3s1x2p1),
            E<long>(nameof(MaxIntegerKernels.MaxI64_k3s2d2p2Ceil), Max(3, 3, 2, 2, 2, 2, 2, 2, ceil: true), BCHW, MaxIntegerKernels.MaxI64_k3s2d2p2Ceil),
            E<ulong>(nameof(MaxIntegerKernels.MaxU64_k2s1p1), Max(2, 2, 1, 1, 1, 1), BCHW, MaxIntegerKernels.MaxU64_k2s1p1),
            E<ulong>(nameof(MaxIntegerKernels.MaxU64_k9s2), Max(9, 9, 2, 2), BCHW, MaxIntegerKernels.MaxU64_k9s2),
            E<byte>(nameof(MaxIntegerKernels.MaxU8_k3s1p1), Max(3, 3, 1, 1, 1, 1), BCHW, MaxIntegerKernels.MaxU8_k3s1p1),
            E<sbyte>(nameof(MaxIntegerKernels.MaxI8_k3s1d2), Max(3, 3, 1, 1, 0, 0, 2, 2), BCHW, MaxIntegerKernels.MaxI8_k3s1d2),
            E<ushort>(nameof(MaxIntegerKernels.MaxU16_k2s1), Max(2, 2, 1, 1), BCHW, MaxIntegerKernels.MaxU16_k2s1),
            E<int>(nameof(MaxIntegerKernels.MaxI32_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), BCHW, MaxIntegerKernels.MaxI32_k3s2p1Ceil),
            E<uint>(nameof(MaxIntegerKernels.MaxU32_k3s1), Max(3, 3, 1, 1), BCHW, MaxIntegerKernels.MaxU32_k3s1),
            E<long>(nameof(MaxIntegerKernels.MaxI64_k2s1p1), Max(2, 2, 1, 1, 1, 1), BCHW, MaxIntegerKernels.MaxI64_k2s1p1),
            E<ulong>(nameof(MaxIntegerKernels.MaxU64_k3s2p1), Max(3, 3, 2, 2, 1, 1), BCHW, MaxIntegerKernels.MaxU64_k3s2p1),

            // AverageKernels (float)
            E<float>(nameof(AverageKernels.Avg_k1), Avg(1, 1, 1, 1), BCHW, AverageKernels.Avg_k1),
            E<float>(nameof(AverageKernels.Avg_k2), Avg(2, 2, 2, 2), BCHW, AverageKernels.Avg_k2),
            E<float>(nameof(AverageKernels.Avg_k2s1), Avg(2, 2, 1, 1), BCHW, AverageKernels.Avg_k2s1),
            E<float>(nameof(AverageKernels.Avg_k2Ceil), Avg(2, 2, 2, 2, ceil: true), BCHW, AverageKernels.Avg_k2Ceil),
            E<float>(nameof(AverageKernels.Avg_k3s1p1), Avg(3, 3, 1, 1, 1, 1), BCHW, AverageKernels.Avg_k3s1p1),
            E<float>(nameof(AverageKernels.Avg_k3s1p1NoPad), Avg(3, 3, 1, 1, 1, 1, countIncludePad: false), BCHW, AverageKernels.Avg_k3s1p1NoPad),
            E<float>(nameof(AverageKernels.Avg_k3s2p1Ceil), Avg(3, 3, 2, 2, 1, 1, ceil: true), BCHW, AverageKernels.Avg_k3s2p1Ceil),
            E<float>(nameof(AverageKernels.Avg_k3s2p1CeilNoPad), Avg(3, 3, 2, 2, 1, 1, ceil: true, countIncludePad: false), BCHW, AverageKernels.Avg_k3s2p1CeilNoPad),
            E<float>(nameof(AverageKernels.Avg_k4s3p2Ceil), Avg(4, 4, 3, 3, 2, 2, ceil: true), BCHW, AverageKernels.Avg_k4s3p2Ceil),
            E<float>(nameof(AverageKernels.Avg_k4s3p2CeilNoPad), Avg(4, 4, 3, 3, 2, 2, ceil: true, countIncludePad: false), BCHW, AverageKernels.Avg_k4s3p2CeilNoPad),
            E<float>(nameof(AverageKernels.Avg_k5s2p2), Avg(5, 5, 2, 2, 2, 2), BCHW, AverageKernels.Avg_k5s2p2),
            E<float>(nameof(AverageKernels.Avg_k5s3p1CeilNoPad), Avg(5, 5, 3, 3, 1, 1, ceil: true, countIncludePad: false), BCHW, AverageKernels.Avg_k5s3p1CeilNoPad),
            E<float>(nameof(AverageKernels.Avg_k7), Avg(7, 7, 7, 7), BCHW, AverageKernels.Avg_k7),
            E<float>(nameof(AverageKernels.Avg_k9s1), Avg(9, 9, 1, 1), BCHW, AverageKernels.Avg_k9s1),
            E<float>(nameof(AverageKernels.Avg_k9s2p4Ceil), Avg(9, 9, 2, 2, 4, 4, ceil: true), BCHW, AverageKernels.Avg_k9s2p4Ceil),
            E<float>(nameof(AverageKernels.Avg_k9s2p4CeilNoPad), Avg(9, 9, 2, 2, 4, 4, ceil: true, countIncludePad: false), BCHW, AverageKernels.Avg_k9s2p4CeilNoPad),
            E<float>(nameof(AverageKernels.Avg_k1x9s1p0x4), Avg(1, 9, 1, 1, 0, 4), BCHW, AverageKernels.Avg_k1x9s1p0x4),
            E<float>(nameof(AverageKernels.Avg_k9x1s2x1p4x0CeilNoPad), Avg(9, 1, 2, 1, 4, 0, ceil: true, countIncludePad: false), BCHW, AverageKernels.Avg_k9x1s2x1p4x0CeilNoPad),
            E<float>(nameof(AverageKernels.Avg_k3x2s1x2p1x0), Avg(3, 2, 1, 2, 1, 0), BCHW, AverageKernels.Avg_k3x2s1x2p1x0),
            E<float>(nameof(AverageKernels.Avg_k2s2x1), Avg(2, 2, 2, 1), BCHW, AverageKernels.Avg_k2s2x1),
            E<float>(nameof(AverageKernels.Avg_k3s1d2), Avg(3, 3, 1, 1, 0, 0, 2, 2), BCHW, AverageKernels.Avg_k3s1d2),
            E<float>(nameof(AverageKernels.Avg_k2s1d3p2), Avg(2, 2, 1, 1, 2, 2, 3, 3), BCHW, AverageKernels.Avg_k2s1d3p2),
            E<float>(nameof(AverageKernels.Avg_k2s1d3p2NoPad), Avg(2, 2, 1, 1, 2, 2, 3, 3, countIncludePad: false), BCHW, AverageKernels.Avg_k2s1d3p2NoPad),
            E<float>(nameof(AverageKernels.Avg_k3s2d2p2Ceil), Avg(3, 3, 2, 2, 2, 2, 2, 2, ceil: true), BCHW, AverageKernels.Avg_k3s2d2p2Ceil),
            E<float>(nameof(AverageKernels.Avg_k3s2d2p2CeilNoPad), Avg(3, 3, 2, 2, 2, 2, 2, 2, ceil: true, countIncludePad: false), BCHW, AverageKernels.Avg_k3s2d2p2CeilNoPad),
            E<float>(nameof(AverageKernels.Avg_k3s1d2x1p2x1), Avg(3, 3, 1, 1, 2, 1, 2, 1), BCHW, AverageKernels.Avg_k3s1d2x1p2x1),
            E<float>(nameof(AverageKernels.Avg_k3s2d2x1p2x1CeilNoPad), Avg(3, 3, 2, 2, 2, 1, 2, 1, ceil: true, countIncludePad: false), BCHW, AverageKernels.Avg_k3s2d2x1p2x1CeilNoPad),
            E<float>(nameof(AverageKernels.Avg_k9s3d2p8), Avg(9, 9, 3, 3, 8, 8, 2, 2), BCHW, AverageKernels.Avg_k9s3d2p8),
            E<float>(nameof(AverageKernels.Avg_HW_k3s2p1NoPad), Avg(3, 3, 2, 2, 1, 1, countIncludePad: false), KernelShape.HW, (i, o, b, c, h, w) => AverageKernels.Avg_HW_k3s2p1NoPad(i, o, h, w)),
            E<float>(nameof(AverageKernels.Avg_CHW_k2s2p1Ceil), Avg(2, 2, 2, 2, 1, 1, ceil: true), KernelShape.CHW, (i, o, b, c, h, w) => AverageKernels.Avg_CHW_k2s2p1Ceil(i, o, c, h, w)),

            // AverageDoubleKernels
            E<double>(nameof(AverageDoubleKernels.AvgF64_k2), Avg(2, 2, 2, 2), BCHW, AverageDoubleKernels.AvgF64_k2),
            E<double>(nameof(AverageDoubleKernels.AvgF64_k3s2p1Ceil), Avg(3, 3, 2, 2, 1, 1, ceil: true), BCHW, AverageDoubleKernels.AvgF64_k3s2p1Ceil),
            E<double>(nameof(AverageDoubleKernels.AvgF64_k3s2p1CeilNoPad), Avg(3, 3, 2, 2, 1, 1, ceil: true, countIncludePad: false), BCHW, AverageDoubleKernels.AvgF64_k3s2p1CeilNoPad),
            E<double>(nameof(AverageDoubleKernels.AvgF64_k9s3p4), Avg(9, 9, 3, 3, 4, 4), BCHW, AverageDoubleKernels.AvgF64_k9s3p4),
            E<double>(nameof(AverageDoubleKernels.AvgF64_k2s1d3p2NoPad), Avg(2, 2, 1, 1, 2, 2, 3, 3, countIncludePad: false), BCHW, AverageDoubleKernels.AvgF64_k2s1d3p2NoPad),
            E<double>(nameof(AverageDoubleKernels.AvgF64_k3s1d2p1), Avg(3, 3, 1, 1, 1, 1, 2, 2), BCHW, AverageDoubleKernels.AvgF64_k3s1d2p1),

            // FixedShapeKernels
            E<float>(nameof(FixedShapeKernels.Fixed_Max_4x4_k2), Max(2, 2, 2, 2), new(false, false, 0, 4, 4), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Max_4x4_k2(i, o)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_4x4_k2), Avg(2, 2, 2, 2), new(false, false, 0, 4, 4), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Avg_4x4_k2(i, o)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_8x10_k3s1), Max(3, 3, 1, 1), new(true, true, 0, 8, 10), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Max_8x10_k3s1(i, o, b, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_12x12_k9s3), Avg(9, 9, 3, 3), new(true, true, 0, 12, 12), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Avg_12x12_k9s3(i, o, b, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_7x5_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), new(false, true, 0, 7, 5), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Max_7x5_k3s2p1Ceil(i, o, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_7x7_k3s2p1CeilNoPad), Avg(3, 3, 2, 2, 1, 1, ceil: true, countIncludePad: false), new(true, true, 0, 7, 7), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Avg_7x7_k3s2p1CeilNoPad(i, o, b, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_8x6_k3s2p1Ceil), Avg(3, 3, 2, 2, 1, 1, ceil: true), new(true, true, 0, 8, 6), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Avg_8x6_k3s2p1Ceil(i, o, b, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_C3_5x6_k2s1p1), Max(2, 2, 1, 1, 1, 1), new(false, false, 3, 5, 6), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Max_C3_5x6_k2s1p1(i, o)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_H6_k3s2), Max(3, 3, 2, 2), new(true, false, 0, 6, 0), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Max_H6_k3s2(i, o, b, w)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_W9_k2s2d2p1Ceil), Max(2, 2, 2, 2, 1, 1, 2, 2, ceil: true), new(false, false, 0, 0, 9), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Max_W9_k2s2d2p1Ceil(i, o, h)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_1x2_k2p1), Max(2, 2, 2, 2, 1, 1), new(false, true, 0, 1, 2), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Max_1x2_k2p1(i, o, c)),
            E<double>(nameof(FixedShapeKernels.Fixed_Avg_7x7_Global), Avg(7, 7, 7, 7), new(false, true, 0, 7, 7), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Avg_7x7_Global(i, o, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_H5_k3s1p1), Avg(3, 3, 1, 1, 1, 1), new(false, false, 0, 5, 0), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Avg_H5_k3s1p1(i, o, w)),
            E<double>(nameof(FixedShapeKernels.Fixed_AvgF64_6x5_k3s1d2p2NoPad), Avg(3, 3, 1, 1, 2, 2, 2, 2, countIncludePad: false), new(false, true, 0, 6, 5), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_AvgF64_6x5_k3s1d2p2NoPad(i, o, c)),
            E<int>(nameof(FixedShapeKernels.Fixed_MaxI32_5x5_k3s2p1), Max(3, 3, 2, 2, 1, 1), new(false, false, 0, 5, 5), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_MaxI32_5x5_k3s2p1(i, o)),
            E<byte>(nameof(FixedShapeKernels.Fixed_MaxU8_3x3_k2s1), Max(2, 2, 1, 1), new(true, false, 0, 3, 3), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_MaxU8_3x3_k2s1(i, o, b)),
            E<double>(nameof(FixedShapeKernels.Fixed_MaxF64_9x9_k9), Max(9, 9, 9, 9), new(true, true, 0, 9, 9), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_MaxF64_9x9_k9(i, o, b, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_4x40_k2), Avg(2, 2, 2, 2), new(true, true, 0, 4, 40), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Avg_4x40_k2(i, o, b, c)),
            E<byte>(nameof(FixedShapeKernels.Fixed_MaxU8_3x50_k3s1), Max(3, 3, 1, 1), new(true, false, 0, 3, 50), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_MaxU8_3x50_k3s1(i, o, b)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_5x37_k3s2p1Ceil), Max(3, 3, 2, 2, 1, 1, ceil: true), new(false, true, 0, 5, 37), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Max_5x37_k3s2p1Ceil(i, o, c)),
            E<double>(nameof(FixedShapeKernels.Fixed_AvgF64_6x23_k2s1p1NoPad), Avg(2, 2, 1, 1, 1, 1, countIncludePad: false), new(true, true, 0, 6, 23), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_AvgF64_6x23_k2s1p1NoPad(i, o, b, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Max_1x1_k2d3p2), Max(2, 2, 2, 2, 2, 2, 3, 3), new(false, true, 0, 1, 1), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Max_1x1_k2d3p2(i, o, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_1x1_k2d3p2NoPad), Avg(2, 2, 2, 2, 2, 2, 3, 3, countIncludePad: false), new(false, true, 0, 1, 1), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Avg_1x1_k2d3p2NoPad(i, o, c)),
            E<float>(nameof(FixedShapeKernels.Fixed_Avg_1x1_k2d3p2), Avg(2, 2, 2, 2, 2, 2, 3, 3), new(true, false, 0, 1, 1), (i, o, b, c, h, w) => FixedShapeKernels.Fixed_Avg_1x1_k2d3p2(i, o, b)),

            // PadsKernels: Pads in ONNX order (top, left, bottom, right)
            E<float>(nameof(PadsKernels.Max_k3s2Pads1100), Pads(Max(3, 3, 2, 2), 1, 1, 0, 0), BCHW, PadsKernels.Max_k3s2Pads1100),
            E<float>(nameof(PadsKernels.Max_k3s2Pads0011Ceil), Pads(Max(3, 3, 2, 2, ceil: true), 0, 0, 1, 1), BCHW, PadsKernels.Max_k3s2Pads0011Ceil),
            E<float>(nameof(PadsKernels.Max_k3s1Pads2001), Pads(Max(3, 3, 1, 1), 2, 0, 0, 1), BCHW, PadsKernels.Max_k3s1Pads2001),
            E<float>(nameof(PadsKernels.Max_k3s1Pads0210Ceil), Pads(Max(3, 3, 1, 1, ceil: true), 0, 2, 1, 0), BCHW, PadsKernels.Max_k3s1Pads0210Ceil),
            E<float>(nameof(PadsKernels.Max_k2s2d2Pads1220Ceil), Pads(Max(2, 2, 2, 2, dh: 2, dw: 2, ceil: true), 1, 2, 2, 0), BCHW, PadsKernels.Max_k2s2d2Pads1220Ceil),
            E<float>(nameof(PadsKernels.Max_k9x8s2Pads0781), Pads(Max(9, 8, 2, 2), 0, 7, 8, 1), BCHW, PadsKernels.Max_k9x8s2Pads0781),
            E<float>(nameof(PadsKernels.Max_k3x2s2x1Pads1001Ceil), Pads(Max(3, 2, 2, 1, ceil: true), 1, 0, 0, 1), BCHW, PadsKernels.Max_k3x2s2x1Pads1001Ceil),
            E<float>(nameof(PadsKernels.Max_k1x9s1Pads0800), Pads(Max(1, 9, 1, 1), 0, 8, 0, 0), BCHW, PadsKernels.Max_k1x9s1Pads0800),
            E<float>(nameof(PadsKernels.Max_CHW_k3s2Pads0101), Pads(Max(3, 3, 2, 2), 0, 1, 0, 1), KernelShape.CHW, (i, o, b, c, h, w) => PadsKernels.Max_CHW_k3s2Pads0101(i, o, c, h, w)),
            E<double>(nameof(PadsKernels.MaxF64_k3s2Pads1100Ceil), Pads(Max(3, 3, 2, 2, ceil: true), 1, 1, 0, 0), BCHW, PadsKernels.MaxF64_k3s2Pads1100Ceil),
            E<byte>(nameof(PadsKernels.MaxU8_k3s2Pads1100), Pads(Max(3, 3, 2, 2), 1, 1, 0, 0), BCHW, PadsKernels.MaxU8_k3s2Pads1100),
            E<byte>(nameof(PadsKernels.MaxU8_k3s1Pads0110Ceil), Pads(Max(3, 3, 1, 1, ceil: true), 0, 1, 1, 0), BCHW, PadsKernels.MaxU8_k3s1Pads0110Ceil),
            E<short>(nameof(PadsKernels.MaxI16_k2s1d2Pads0202), Pads(Max(2, 2, 1, 1, dh: 2, dw: 2), 0, 2, 0, 2), BCHW, PadsKernels.MaxI16_k2s1d2Pads0202),
            E<int>(nameof(PadsKernels.MaxI32_k3s2Pads2011), Pads(Max(3, 3, 2, 2), 2, 0, 1, 1), BCHW, PadsKernels.MaxI32_k3s2Pads2011),
            E<float>(nameof(PadsKernels.Avg_k3s2Pads1100), Pads(Avg(3, 3, 2, 2), 1, 1, 0, 0), BCHW, PadsKernels.Avg_k3s2Pads1100),
            E<float>(nameof(PadsKernels.Avg_k3s2Pads1100NoPad), Pads(Avg(3, 3, 2, 2, countIncludePad: false), 1, 1, 0, 0), BCHW, PadsKernels.Avg_k3s2Pads1100NoPad),
            E<float>(nameof(PadsKernels.Avg_k3s1Pads0120Ceil), Pads(Avg(3, 3, 1, 1, ceil: true), 0, 1, 2, 0), BCHW, PadsKernels.Avg_k3s1Pads0120Ceil),
            E<float>(nameof(PadsKernels.Avg_k3s1Pads0120CeilNoPad), Pads(Avg(3, 3, 1, 1, ceil: true, countIncludePad: false), 0, 1, 2, 0), BCHW, PadsKernels.Avg_k3s1Pads0120CeilNoPad),
            E<float>(nameof(PadsKernels.Avg_k2s2Pads1001Ceil), Pads(Avg(2, 2, 2, 2, ceil: true), 1, 0, 0, 1), BCHW, PadsKernels.Avg_k2s2Pads1001Ceil),
            E<float>(nameof(PadsKernels.Avg_k4s3Pads3003CeilNoPad), Pads(Avg(4, 4, 3, 3, ceil: true, countIncludePad: false), 3, 0, 0, 3), BCHW, PadsKernels.Avg_k4s3Pads3003CeilNoPad),
            E<float>(nameof(PadsKernels.Avg_k3s1d2Pads4002), Pads(Avg(3, 3, 1, 1, dh: 2, dw: 2), 4, 0, 0, 2), BCHW, PadsKernels.Avg_k3s1d2Pads4002),
            E<float>(nameof(PadsKernels.Avg_k4s1Pads0011), Pads(Avg(4, 4, 1, 1), 0, 0, 1, 1), BCHW, PadsKernels.Avg_k4s1Pads0011),
            E<float>(nameof(PadsKernels.Avg_k9s2Pads8047NoPad), Pads(Avg(9, 9, 2, 2, countIncludePad: false), 8, 0, 4, 7), BCHW, PadsKernels.Avg_k9s2Pads8047NoPad),
            E<float>(nameof(PadsKernels.Avg_CHW_k3s2Pads0101NoPad), Pads(Avg(3, 3, 2, 2, countIncludePad: false), 0, 1, 0, 1), KernelShape.CHW, (i, o, b, c, h, w) => PadsKernels.Avg_CHW_k3s2Pads0101NoPad(i, o, c, h, w)),
            E<double>(nameof(PadsKernels.AvgF64_k3s1Pads1001), Pads(Avg(3, 3, 1, 1), 1, 0, 0, 1), BCHW, PadsKernels.AvgF64_k3s1Pads1001),
            E<double>(nameof(PadsKernels.AvgF64_k3s2Pads0110CeilNoPad), Pads(Avg(3, 3, 2, 2, ceil: true, countIncludePad: false), 0, 1, 1, 0), BCHW, PadsKernels.AvgF64_k3s2Pads0110CeilNoPad),
            E<float>(nameof(PadsKernels.Fixed_Max_9x11_k3s2Pads1100), Pads(Max(3, 3, 2, 2), 1, 1, 0, 0), new(false, true, 0, 9, 11), (i, o, b, c, h, w) => PadsKernels.Fixed_Max_9x11_k3s2Pads1100(i, o, c)),
            E<float>(nameof(PadsKernels.Fixed_Avg_7x6_k3s2Pads0110Ceil), Pads(Avg(3, 3, 2, 2, ceil: true), 0, 1, 1, 0), new(true, true, 0, 7, 6), (i, o, b, c, h, w) => PadsKernels.Fixed_Avg_7x6_k3s2Pads0110Ceil(i, o, b, c)),
            E<double>(nameof(PadsKernels.Fixed_AvgF64_5x5_k3s1Pads2002NoPad), Pads(Avg(3, 3, 1, 1, countIncludePad: false), 2, 0, 0, 2), new(false, true, 0, 5, 5), (i, o, b, c, h, w) => PadsKernels.Fixed_AvgF64_5x5_k3s1Pads2002NoPad(i, o, c)),
            E<byte>(nameof(PadsKernels.Fixed_MaxU8_4x40_k3s2Pads1001), Pads(Max(3, 3, 2, 2), 1, 0, 0, 1), new(true, false, 0, 4, 40), (i, o, b, c, h, w) => PadsKernels.Fixed_MaxU8_4x40_k3s2Pads1001(i, o, b)),
            E<float>(nameof(PadsKernels.Fixed_Max_1x1_k3Pads2200), Pads(Max(3, 3, 3, 3), 2, 2, 0, 0), new(false, true, 0, 1, 1), (i, o, b, c, h, w) => PadsKernels.Fixed_Max_1x1_k3Pads2200(i, o, c)),
            E<double>(nameof(PadsKernels.Fixed_MaxF64_W13_k3s2Pads0110Ceil), Pads(Max(3, 3, 2, 2, ceil: true), 0, 1, 1, 0), new(true, false, 0, 0, 13), (i, o, b, c, h, w) => PadsKernels.Fixed_MaxF64_W13_k3s2Pads0110Ceil(i, o, b, h)),
            E<float>(nameof(PadsKernels.Fixed_Avg_H5_k3s2Pads0210), Pads(Avg(3, 3, 2, 2), 0, 2, 1, 0), new(false, false, 0, 5, 0), (i, o, b, c, h, w) => PadsKernels.Fixed_Avg_H5_k3s2Pads0210(i, o, w)),
            E<float>(nameof(PadsKernels.Fixed_Avg_4x4_k4s1Pads0011), Pads(Avg(4, 4, 1, 1), 0, 0, 1, 1), new(false, true, 0, 4, 4), (i, o, b, c, h, w) => PadsKernels.Fixed_Avg_4x4_k4s1Pads0011(i, o, c)),
        ];

        public static readonly IReadOnlyDictionary<string, KernelEntry> ByName = All.ToDictionary(entry => entry.Name);

        public static KernelEntry<T> Get<T>(string name)
            where T : unmanaged, INumber<T> =>
            (KernelEntry<T>)ByName[name];

        private static KernelEntry<T> E<T>(string name, PoolSpecND spec, KernelShape shape, PoolInvoker<T> invoke)
            where T : unmanaged, INumber<T> =>
            new(name, spec, shape, invoke);

        /// <summary>ONNX pads: the padding at the top, left, bottom and right (replacing the spec's symmetric padding).</summary>
        private static PoolSpecND Pads(PoolSpecND spec, int top, int left, int bottom, int right) =>
            spec with { Padding = [top, left], PaddingEnd = [bottom, right] };

        private static PoolSpecND Max(int kh, int kw, int sh, int sw, int ph = 0, int pw = 0, int dh = 1, int dw = 1, bool ceil = false) =>
            PoolSpecND.Of2D(PoolKind.Max, kh, kw, sh, sw, ph, pw, dh, dw, ceil);

        private static PoolSpecND Avg(int kh, int kw, int sh, int sw, int ph = 0, int pw = 0, int dh = 1, int dw = 1, bool ceil = false, bool countIncludePad = true) =>
            PoolSpecND.Of2D(PoolKind.Average, kh, kw, sh, sw, ph, pw, dh, dw, ceil, countIncludePad);
    }
}
