using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Every generated span kernel called the same way: dimensions always passed (batch, channels, the spatial sizes
    /// outermost first), an index buffer of each width; a kernel without a parameter for a dimension ignores the argument
    /// (its <see cref="KernelShape"/> says what the caller must pass), and uses the index buffer of its own type, if any.
    /// </summary>
    public delegate void KernelCall<T>(ReadOnlySpan<T> input, Span<T> output, Span<int> indices32, Span<long> indices64, int batch, int channels, int[] spatial);

    /// <summary>The indices parameter of a kernel.</summary>
    public enum IndexType
    {
        None,
        Int32,
        Int64,
    }

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

    /// <summary>
    /// One generated kernel: its name, what its attribute means (written by hand from docs/semantics.md, as a reference
    /// spec; for AutoPad the spec without padding, which <see cref="SpecFor"/> completes per input shape), its layout,
    /// signature, indices and, for a channels-last kernel, its channels-first twin.
    /// </summary>
    public abstract class KernelEntry
    {
        protected KernelEntry(string name, PoolSpecND spec, KernelShape shape, PoolLayout layout, PoolAutoPad autoPad, IndexType indices, string? twin)
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

        /// <summary>The attribute's IndexOrder (the order of the indices the kernel writes), as the reference names it.</summary>
        public IndexOrderReference.Order IndexOrder { get; init; }

        public abstract Type ElementType { get; }

        /// <summary>The size of an element in bytes.</summary>
        public abstract int ElementSize { get; }

        public int Rank => Shape.Rank;

        /// <summary>More than 64 taps in a (non-global) window: the generator's row-loop path.</summary>
        public bool RowLoop => !Spec.Global && Spec.Kernel.Aggregate(1, (taps, k) => taps * k) > 64;

        /// <summary>The reference spec for an input of <paramref name="spatial"/>: the AutoPad padding made explicit.</summary>
        public PoolSpecND SpecFor(int[] spatial) => Spec.WithAutoPad(AutoPad, spatial);

        public abstract void Accept(IKernelVisitor visitor);

        public override string ToString() =>
            $"{Name} ({ElementType.Name}, {Spec}{(AutoPad != PoolAutoPad.NotSet ? " auto_pad " + AutoPad : string.Empty)}, {Layout}, {Shape}{(Indices != IndexType.None ? ", indices " + Indices : string.Empty)}{(IndexOrder != IndexOrderReference.Order.Plane ? ", order " + IndexOrder : string.Empty)})";
    }

    public sealed class KernelEntry<T> : KernelEntry
        where T : unmanaged, INumber<T>
    {
        public KernelEntry(string name, PoolSpecND spec, KernelShape shape, KernelCall<T> call, PoolLayout layout, PoolAutoPad autoPad, IndexType indices, string? twin)
            : base(name, spec, shape, layout, autoPad, indices, twin)
        {
            Call = call;
        }

        public KernelCall<T> Call { get; }

        public override Type ElementType => typeof(T);

        public override int ElementSize => System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

        public override void Accept(IKernelVisitor visitor) => visitor.Visit(this);
    }
}
