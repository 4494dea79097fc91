using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>What <see cref="KernelTable"/> holds: every attribute, rank, layout, type and signature the kernels must get right.</summary>
    public sealed partial class KernelTests
    {
        [Fact]
        public void KernelTable_CoversTheAttributeSpace()
        {
            Assert.Equal(KernelTable.All.Count, KernelTable.ByName.Count); // names are unique

            // The window geometry of the rank-2 kernels with a window (the questions below are about height and width).
            IReadOnlyList<KernelEntry> all = KernelTable.All.Where(e => e.Rank == 2 && !e.Spec.Global && e.AutoPad == PoolAutoPad.NotSet).ToList();
            Assert.True(all.Count >= 70, $"{all.Count} kernels");

            bool Any(Func<KernelEntry, bool> predicate) => all.Any(predicate);
            bool IsAvg(KernelEntry e) => e.Spec.Kind == PoolKind.Average;

            foreach (Type type in new[] { typeof(float), typeof(double) })
            {
                Assert.True(Any(e => e.ElementType == type && IsAvg(e)), $"average of {type}");
                Assert.True(Any(e => e.ElementType == type && !IsAvg(e)), $"max of {type}");
            }

            foreach (Type type in new[] { typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong) })
            {
                Assert.True(Any(e => e.ElementType == type), $"max of {type}");
            }

            for (int k = 1; k <= 5; k++)
            {
                Assert.True(Any(e => e.Spec.Kernel[0] == k && e.Spec.Kernel[1] == k && !IsAvg(e)), $"max {k}x{k}");
                Assert.True(Any(e => e.Spec.Kernel[0] == k && e.Spec.Kernel[1] == k && IsAvg(e)), $"avg {k}x{k}");
            }

            foreach (bool avg in new[] { false, true })
            {
                Assert.True(Any(e => IsAvg(e) == avg && e.RowLoop && e.Spec.Dilation[0] > 1), "row loop with dilation");
                Assert.True(Any(e => IsAvg(e) == avg && e.Spec.Kernel[0] == 1 && e.Spec.Kernel[1] == 9), "1x9");
                Assert.True(Any(e => IsAvg(e) == avg && e.Spec.Kernel[0] == 9 && e.Spec.Kernel[1] == 1), "9x1");
                Assert.True(Any(e => IsAvg(e) == avg && e.Spec.CeilMode) && Any(e => IsAvg(e) == avg && !e.Spec.CeilMode), "ceil mode both");
                Assert.True(Any(e => IsAvg(e) == avg && e.Spec.Stride[0] == 3), "stride 3");
                Assert.True(Any(e => IsAvg(e) == avg && e.Spec.Stride[0] != e.Spec.Stride[1]), "per-axis stride");
                Assert.True(Any(e => IsAvg(e) == avg && e.Spec.Padding[0] != e.Spec.Padding[1]), "per-axis padding");
                Assert.True(Any(e => IsAvg(e) == avg && e.Spec.Dilation[0] != e.Spec.Dilation[1]), "per-axis dilation");
                Assert.True(Any(e => IsAvg(e) == avg && e.Spec.Dilation[0] == 3 && e.Spec.Padding[0] == 2 && e.Spec.Kernel[0] == 2), "k2 d3 p2");
                Assert.True(Any(e => IsAvg(e) == avg && e.Spec.Dilation[0] == 2 && e.Spec.Padding[0] == 2 && e.Spec.Kernel[0] == 3), "k3 d2 p2");
                Assert.True(Any(e => IsAvg(e) == avg && !e.Shape.HasHeight && !e.Shape.HasWidth), "fixed shape");
                Assert.True(Any(e => IsAvg(e) == avg && e.Shape.HasHeight != e.Shape.HasWidth), "one fixed axis");
                Assert.True(Any(e => IsAvg(e) == avg && e.Shape == KernelShape.HW), "no batch, no channels");
                Assert.True(Any(e => IsAvg(e) == avg && e.Shape == KernelShape.CHW), "no batch");
            }

            Assert.True(Any(e => IsAvg(e) && e.Spec.CountIncludePad) && Any(e => IsAvg(e) && !e.Spec.CountIncludePad), "CountIncludePad both");
            Assert.True(Any(e => IsAvg(e) && e.Spec.Dilation[0] > 1 && e.Spec.CountIncludePad) && Any(e => IsAvg(e) && e.Spec.Dilation[0] > 1 && !e.Spec.CountIncludePad), "dilated average, both divisors");
            Assert.True(Any(e => e.Shape.FixedChannels > 0), "fixed channels");

            // Asymmetric Pads on the 2D kernels: the beginning above and below the end on each axis, for both kinds.
            int Half(int k, int d) => ((d * (k - 1)) + 1) / 2;
            foreach (bool avg in new[] { false, true })
            {
                bool Pads(KernelEntry e) => IsAvg(e) == avg && e.Spec.PaddingEnd is not null;
                Assert.True(Any(e => Pads(e) && e.Spec.Padding[0] > e.Spec.PaddingEndOrSymmetric[0]), "pads: top above bottom");
                Assert.True(Any(e => Pads(e) && e.Spec.Padding[0] < e.Spec.PaddingEndOrSymmetric[0]), "pads: top below bottom");
                Assert.True(Any(e => Pads(e) && e.Spec.Padding[1] > e.Spec.PaddingEndOrSymmetric[1]), "pads: left above right");
                Assert.True(Any(e => Pads(e) && e.Spec.Padding[1] < e.Spec.PaddingEndOrSymmetric[1]), "pads: left below right");
                Assert.True(Any(e => Pads(e) && e.Spec.CeilMode) && Any(e => Pads(e) && !e.Spec.CeilMode), "pads: ceil mode both");
                Assert.True(Any(e => Pads(e) && e.Spec.Stride[1] == 1) && Any(e => Pads(e) && e.Spec.Stride[1] == 2), "pads: stride 1 and 2");
                Assert.True(Any(e => Pads(e) && e.Spec.Dilation[1] > 1), "pads: dilation");
                Assert.True(Any(e => Pads(e) && e.RowLoop), "pads: row loop");
                Assert.True(Any(e => Pads(e) && !e.Shape.HasHeight && !e.Shape.HasWidth), "pads: fixed shape");
                Assert.True(Any(e => Pads(e) && e.Shape.HasHeight != e.Shape.HasWidth), "pads: one fixed axis");
                Assert.True(Any(e => Pads(e) && (Math.Max(e.Spec.Padding[0], e.Spec.PaddingEndOrSymmetric[0]) > Half(e.Spec.Kernel[0], e.Spec.Dilation[0]) ||
                                                 Math.Max(e.Spec.Padding[1], e.Spec.PaddingEndOrSymmetric[1]) > Half(e.Spec.Kernel[1], e.Spec.Dilation[1]))), "pads: above half the window");
            }

            Assert.True(Any(e => IsAvg(e) && e.Spec.PaddingEnd is not null && e.Spec.CountIncludePad) && Any(e => IsAvg(e) && e.Spec.PaddingEnd is not null && !e.Spec.CountIncludePad), "pads: CountIncludePad both");
            foreach (Type type in new[] { typeof(float), typeof(double), typeof(byte) })
            {
                Assert.True(Any(e => e.ElementType == type && e.Spec.PaddingEnd is not null), $"pads: {type}");
            }
        }

        [Fact]
        public void KernelTable_CoversEveryCapability()
        {
            IReadOnlyList<KernelEntry> all = KernelTable.All;
            Assert.Equal(all.Count, KernelTable.ByName.Count);
            bool Any(Func<KernelEntry, bool> predicate) => all.Any(predicate);
            bool IsNhwc(KernelEntry e) => e.Layout == PoolLayout.Nhwc;

            // Every channels-last kernel has a channels-first twin with the same meaning.
            foreach (KernelEntry e in all.Where(IsNhwc))
            {
                Assert.True(e.Twin is not null, $"{e.Name} has no twin");
                KernelEntry twin = KernelTable.ByName[e.Twin!];
                Assert.Equal(PoolLayout.Nchw, twin.Layout);
                Assert.Equal((e.Spec, e.Shape.Rank, e.Shape.HasBatch, e.Shape.HasChannels, e.Shape.FixedChannels, e.AutoPad, e.Indices, e.ElementType, e.IndexOrder),
                             (twin.Spec, twin.Shape.Rank, twin.Shape.HasBatch, twin.Shape.HasChannels, twin.Shape.FixedChannels, twin.AutoPad, twin.Indices, twin.ElementType, twin.IndexOrder));
                Assert.Equal(e.Shape.Fixed, twin.Shape.Fixed);
            }

            foreach (int rank in new[] { 1, 2, 3 })
            {
                foreach (PoolLayout layout in new[] { PoolLayout.Nchw, PoolLayout.Nhwc })
                {
                    Assert.True(Any(e => e.Rank == rank && e.Layout == layout), $"rank {rank} {layout}");
                    Assert.True(Any(e => e.Rank == rank && e.Layout == layout && e.Spec.Kind == PoolKind.Max), $"max rank {rank} {layout}");
                    Assert.True(Any(e => e.Rank == rank && e.Layout == layout && e.Spec.Kind == PoolKind.Average), $"average rank {rank} {layout}");
                    Assert.True(Any(e => e.Rank == rank && e.Layout == layout && e.Spec.Global), $"global rank {rank} {layout}");
                }

                Assert.True(Any(e => e.Rank == rank && e.Spec.PaddingEnd is not null), $"Pads rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.AutoPad is PoolAutoPad.SameUpper or PoolAutoPad.SameLower), $"SAME rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.Indices == IndexType.Int32), $"int indices rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.Indices == IndexType.Int64), $"long indices rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.Spec.DivisorOverride is not null), $"divisor override rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.Spec.Kind == PoolKind.Lp), $"Lp rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.Spec.Kind == PoolKind.Min), $"min rank {rank}");
                Assert.True(Any(e => e.Rank == rank && e.Shape.Fixed.Any(size => size > 0)), $"fixed size rank {rank}");
            }

            foreach (PoolLayout layout in new[] { PoolLayout.Nchw, PoolLayout.Nhwc })
            {
                foreach (IndexType indices in new[] { IndexType.Int32, IndexType.Int64 })
                {
                    Assert.True(Any(e => e.Layout == layout && e.Indices == indices), $"{indices} indices {layout}");
                }

                Assert.True(Any(e => e.Layout == layout && e.Spec.PaddingEnd is not null), $"Pads {layout}");
                Assert.True(Any(e => e.Layout == layout && e.AutoPad != PoolAutoPad.NotSet), $"AutoPad {layout}");
                Assert.True(Any(e => e.Layout == layout && e.Spec.DivisorOverride is not null), $"divisor {layout}");
                Assert.True(Any(e => e.Layout == layout && e.Spec.Kind == PoolKind.Lp), $"Lp {layout}");
                Assert.True(Any(e => e.Layout == layout && e.Spec.Kind == PoolKind.Min), $"min {layout}");
                Assert.True(Any(e => e.Layout == layout && e.Spec.HasClamp), $"clamp {layout}");
                Assert.True(Any(e => e.Layout == layout && e.Shape.FixedChannels > 0), $"fixed channels {layout}");
            }

            foreach (PoolAutoPad autoPad in new[] { PoolAutoPad.SameUpper, PoolAutoPad.SameLower, PoolAutoPad.Valid })
            {
                Assert.True(Any(e => e.AutoPad == autoPad && e.Spec.Kind == PoolKind.Max), $"{autoPad} max");
                Assert.True(Any(e => e.AutoPad == autoPad && e.Spec.Kind != PoolKind.Max), $"{autoPad} another kind");
            }

            foreach (PoolKind kind in new[] { PoolKind.Max, PoolKind.Average, PoolKind.Lp, PoolKind.Min })
            {
                Assert.True(Any(e => e.Spec.Global && e.Spec.Kind == kind), $"global {kind}");
            }

            // SAME padding the 2D kernels take, since no input size changes it: stride 1, fixed sizes, one of each.
            bool Same2D(KernelEntry e) => e.Rank == 2 && e.Layout == PoolLayout.Nchw && e.AutoPad is PoolAutoPad.SameUpper or PoolAutoPad.SameLower;
            Assert.True(Any(e => Same2D(e) && e.Spec.Stride.All(s => s == 1) && e.Spec.Kind == PoolKind.Max), "SAME stride 1, max");
            Assert.True(Any(e => Same2D(e) && e.Spec.Stride.All(s => s == 1) && e.Spec.Kind == PoolKind.Average), "SAME stride 1, average");
            Assert.True(Any(e => Same2D(e) && e.Shape.AllSpatialFixed && e.Spec.Stride.All(s => s > 1)), "SAME on fixed sizes");
            Assert.True(Any(e => Same2D(e) && e.Shape.Fixed.Count(size => size > 0) == 1), "SAME on one fixed axis and a stride-1 axis");

            for (int p = 1; p <= 3; p++)
            {
                Assert.True(Any(e => e.Spec.Kind == PoolKind.Lp && e.Spec.P == p && !e.Spec.Global), $"Lp P={p}");
            }

            // IndexOrder: every order on every rank, both layouts, both index types, global windows and min.
            foreach (IndexOrderReference.Order order in new[] { IndexOrderReference.Order.Tensor, IndexOrderReference.Order.TensorColumnMajor })
            {
                for (int rank = 1; rank <= 3; rank++)
                {
                    foreach (PoolLayout layout in new[] { PoolLayout.Nchw, PoolLayout.Nhwc })
                    {
                        Assert.True(Any(e => e.IndexOrder == order && e.Rank == rank && e.Layout == layout), $"{order} rank {rank} {layout}");
                    }
                }

                foreach (IndexType indices in new[] { IndexType.Int32, IndexType.Int64 })
                {
                    Assert.True(Any(e => e.IndexOrder == order && e.Indices == indices), $"{order} {indices}");
                }

                foreach (PoolLayout layout in new[] { PoolLayout.Nchw, PoolLayout.Nhwc })
                {
                    Assert.True(Any(e => e.IndexOrder == order && e.Layout == layout && e.Spec.Global), $"{order} global {layout}");
                }

                Assert.True(Any(e => e.IndexOrder == order && e.Spec.Kind == PoolKind.Min), $"{order} min");
            }

            Assert.True(Any(e => e.Spec.Kind == PoolKind.Min && e.Indices != IndexType.None), "argmin");
            Assert.True(Any(e => e.Spec.Global && e.Indices != IndexType.None), "global argmax");
            Assert.True(Any(e => e.Spec.Kind == PoolKind.Max && e.Spec.ClampMin == 0 && double.IsPositiveInfinity(e.Spec.ClampMax) && e.ElementType == typeof(float)), "ReLU on float");
            Assert.True(Any(e => e.Spec.ClampMin == 0 && e.Spec.ClampMax == 6 && e.ElementType == typeof(float)), "ReLU6 on float");
            Assert.True(Any(e => e.Spec.HasClamp && e.ElementType == typeof(byte)) && Any(e => e.Spec.HasClamp && e.ElementType == typeof(int)), "clamps on integers");
            Assert.True(Any(e => e.Spec.CountIncludePad && e.Spec.PaddingEnd is not null && e.Spec.Kind == PoolKind.Average), "asymmetric count_include_pad");
            Assert.True(Any(e => !e.Spec.CountIncludePad && e.Spec.PaddingEnd is not null && e.Spec.Kind == PoolKind.Average), "asymmetric without count_include_pad");
            foreach (PoolKind kind in new[] { PoolKind.Max, PoolKind.Average, PoolKind.Lp, PoolKind.Min })
            {
                Assert.True(Any(e => e.ElementType == typeof(Half) && e.Spec.Kind == kind), $"Half {kind}");
            }

            Assert.True(Any(e => e.Shape.Rank == 1 && e.Shape.Fixed[0] > 0), "fixed Length");
            Assert.True(Any(e => e.Shape.Rank == 3 && e.Shape.AllSpatialFixed), "fixed Depth/Height/Width");
            Assert.True(Any(e => e.Shape.Rank == 3 && e.Shape.Fixed[0] > 0 && !e.Shape.AllSpatialFixed), "fixed Depth only");
        }

        /// <summary>
        /// Every SAME kernel runs on sizes whose total padding is odd (the extra one at the end for SameUpper, at the
        /// beginning for SameLower) and on sizes with an even non-zero total; except where no size changes it (every
        /// run-time axis has stride 1, where the total is e - 1 whatever the size).
        /// </summary>
        [Fact]
        public void AutoPadKernels_RunOnOddAndEvenTotalPadding()
        {
            foreach (KernelEntry e in KernelTable.All.Where(e => e.AutoPad is PoolAutoPad.SameUpper or PoolAutoPad.SameLower))
            {
                var totals = Shapes(e, new Random(KernelTests.StableSeed(e.Name)))
                    .SelectMany(shape => Enumerable.Range(0, e.Rank).Where(axis => e.Shape.Fixed[axis] == 0).Select(axis =>
                    {
                        (int b, int end) = PoolReference.AutoPads(e.AutoPad, shape.Spatial[axis], e.Spec.Kernel[axis], e.Spec.Stride[axis], e.Spec.Dilation[axis]);
                        return b + end;
                    }))
                    .ToList();
                if (e.Shape.AllSpatialFixed || Enumerable.Range(0, e.Rank).All(axis => e.Shape.Fixed[axis] > 0 || e.Spec.Stride[axis] == 1))
                {
                    continue;
                }

                Assert.True(totals.Any(t => t % 2 == 1), $"{e.Name}: no odd total padding among its shapes");
                Assert.True(totals.Any(t => t > 0 && t % 2 == 0) || e.Spec.Kernel.All(k => k <= 2), $"{e.Name}: no even non-zero total padding among its shapes");
            }
        }
    }
}
