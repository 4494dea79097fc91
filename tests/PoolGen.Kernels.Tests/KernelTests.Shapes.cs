using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    public sealed partial class KernelTests
    {
        /// <summary>Random shapes per kernel between its smallest and largest sizes.</summary>
        private const int SpreadRandomShapes = 14;

        /// <summary>Random shapes per rank-2 channels-first kernel among its window and vector sizes.</summary>
        private const int WindowRandomShapes = 12;

        /// <summary>The largest random rank-2 size of <see cref="WindowShapes"/> (more when the window needs it).</summary>
        private const int MaxSize = 17;

        /// <summary>A seed from the name that does not change between runs (string.GetHashCode does).</summary>
        internal static int StableSeed(string text)
        {
            uint hash = 2166136261;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)(hash & 0x3FFFFFFF);
        }

        /// <summary>The smallest input size with at least one output on this axis, padded by <paramref name="pb"/> before and <paramref name="pe"/> after.</summary>
        internal static int MinimumInput(int k, int s, int pb, int pe, int d, bool ceil)
        {
            int n = 1;
            while (PoolReference.OutputSize(n, k, s, pb, pe, d, ceil) < 1)
            {
                n++;
            }

            return n;
        }

        /// <summary>
        /// Sizes worth testing on one axis: the smallest valid ones, around the window, the smallest with one and with two
        /// interior windows (every tap inside the input) and one more for a trailing border, the largest. With
        /// <paramref name="lanes"/> (the W axis: elements per 512-bit vector), also the sizes whose rows hold about one
        /// and two vectors' worth of interior windows, plus a 256-bit half, a 128-bit quarter and a scalar remainder, for
        /// the vector runs and their tails at every width.
        /// </summary>
        private static int[] AxisCandidates(int k, int s, int pb, int pe, int d, bool ceil, int lanes = 0)
        {
            int min = MinimumInput(k, s, pb, pe, d, ceil);
            int effective = (d * (k - 1)) + 1;
            int firstInteriorStart = (((pb + s - 1) / s) * s) - pb;
            int WithInterior(int windows) => firstInteriorStart + effective + ((windows - 1) * s);
            int oneInterior = WithInterior(1);
            int max = Math.Max(MaxSize, oneInterior + (2 * s) + 1);
            var sizes = new List<int>
            {
                1, 2, min, min + 1, min + 2, effective - 1, effective, effective + 1,
                oneInterior - 1, oneInterior, oneInterior + 1, oneInterior + s, oneInterior + s + 1,
            };
            if (lanes > 0)
            {
                int half = lanes / 2, quarter = lanes / 4;
                max = Math.Max(max, WithInterior((2 * lanes) + half + 3) + 1);
                foreach (int windows in new[] { quarter - 1, quarter, quarter + 1, half - 1, half, half + 1, lanes - 1, lanes, lanes + 1, lanes + quarter + 1, lanes + half, lanes + half + 1, 2 * lanes, (2 * lanes) + half + 3 })
                {
                    if (windows >= 1)
                    {
                        sizes.Add(WithInterior(windows));
                        sizes.Add(WithInterior(windows) + 1);
                    }
                }
            }

            sizes.Add(max - 1);
            sizes.Add(max);
            return sizes.Where(n => n >= min && n <= max).Distinct().Order().ToArray();
        }

        internal static int MaxSizeOfRank(int rank) => rank switch { 1 => 40, 2 => 13, _ => 7 };

        /// <summary>The smallest input size with an output on <paramref name="axis"/> (1 for global and SAME kernels).</summary>
        internal static int MinimumSize(KernelEntry e, int axis)
        {
            if (e.Spec.Global || e.AutoPad is PoolAutoPad.SameUpper or PoolAutoPad.SameLower)
            {
                return 1;
            }

            int k = e.Spec.Kernel[axis], s = e.Spec.Stride[axis], d = e.Spec.Dilation[axis];
            int pb = e.AutoPad == PoolAutoPad.Valid ? 0 : e.Spec.PaddingBegin[axis];
            int pe = e.AutoPad == PoolAutoPad.Valid ? 0 : e.Spec.PaddingEndOrSymmetric[axis];
            int n = 1;
            while (PoolReference.OutputSize(n, k, s, pb, pe, d, e.Spec.CeilMode) < 1)
            {
                n++;
            }

            return n;
        }

        /// <summary>
        /// (batch, channels, spatial) shapes to run a kernel on, honoring its signature: the smallest and largest sizes and
        /// random ones between (<see cref="SpreadShapes"/>); for a rank-2 channels-first kernel with a window, also the sizes
        /// around the window and the vector widths (<see cref="WindowShapes"/>).
        /// </summary>
        internal static List<(int Batch, int Channels, int[] Spatial)> Shapes(KernelEntry e, Random random)
        {
            List<(int Batch, int Channels, int[] Spatial)> shapes = SpreadShapes(e, random);
            if (e.Rank == 2 && e.Layout == PoolLayout.Nchw && !e.Spec.Global && e.AutoPad == PoolAutoPad.NotSet)
            {
                shapes.AddRange(WindowShapes(e, random));
            }

            return shapes.DistinctBy(s => (s.Batch, s.Channels, string.Join(",", s.Spatial))).ToList();
        }

        /// <summary>The smallest and largest sizes on every axis (with the most channels the layout tries), and random sizes between.</summary>
        private static List<(int Batch, int Channels, int[] Spatial)> SpreadShapes(KernelEntry e, Random random)
        {
            int rank = e.Rank;
            var min = new int[rank];
            var max = new int[rank];
            for (int axis = 0; axis < rank; axis++)
            {
                if (e.Shape.Fixed[axis] > 0)
                {
                    min[axis] = max[axis] = e.Shape.Fixed[axis];
                    continue;
                }

                min[axis] = MinimumSize(e, axis);
                int effective = e.Spec.Global ? 1 : (e.Spec.Dilation[axis] * (e.Spec.Kernel[axis] - 1)) + 1;
                max[axis] = Math.Max(MaxSizeOfRank(rank), Math.Max(min[axis], effective) + (2 * (e.Spec.Global ? 1 : e.Spec.Stride[axis])) + 2);
            }

            int[] channelChoices = e.Layout == PoolLayout.Nhwc
                ? (rank == 3 ? [1, 2, 3, 8, 9, 17, 33] : [1, 2, 3, 4, 7, 8, 9, 16, 17, 24, 33, 65])
                : [1, 2, 3];
            int Batch(int wanted) => e.Shape.HasBatch ? wanted : 1;
            int Channels(int wanted) => e.Shape.HasChannels ? wanted : e.Shape.ImpliedChannels;

            var shapes = new List<(int, int, int[])>
            {
                (1, Channels(1), (int[])min.Clone()),
                (Batch(2), Channels(channelChoices[^1]), (int[])max.Clone()),
                (Batch(1), Channels(channelChoices[^2]), min.Select((m, axis) => Math.Min(m + 1, max[axis])).ToArray()),
            };
            for (int i = 0; i < SpreadRandomShapes; i++)
            {
                int[] spatial = Enumerable.Range(0, rank).Select(axis => random.Next(min[axis], max[axis] + 1)).ToArray();
                shapes.Add((Batch(random.Next(1, 3)), Channels(channelChoices[random.Next(channelChoices.Length)]), spatial));
            }

            // Channels first, a last axis long enough for two 512-bit vectors of outputs, a 128-bit quarter and a scalar
            // remainder (rank 2 gets such widths from WindowShapes).
            if (e.Layout == PoolLayout.Nchw && rank != 2 && !e.Spec.Global && e.Shape.Fixed[rank - 1] == 0)
            {
                int lanes = 64 / e.ElementSize;
                int effective = (e.Spec.Dilation[rank - 1] * (e.Spec.Kernel[rank - 1] - 1)) + 1;
                int[] spatial = (int[])max.Clone();
                spatial[rank - 1] = Math.Max(max[rank - 1], ((2 * lanes) + (lanes / 4) + 3) * e.Spec.Stride[rank - 1] + effective);
                shapes.Add((Batch(1), Channels(2), spatial));
            }

            return shapes;
        }

        internal static bool IsFloatingPoint<T>() => typeof(T) == typeof(float) || typeof(T) == typeof(double) || typeof(T) == typeof(Half);

        /// <summary>The data variants: name, a function of (seed, length), and whether sums of the data are exact.</summary>
        internal static IEnumerable<(string Name, Func<int, int, T[]> Make, bool ExactSums)> Variants<T>()
            where T : unmanaged, INumber<T>
        {
            if (IsFloatingPoint<T>())
            {
                yield return ("ties+specials", (seed, length) => TestData.Random<T>(seed, length, specials: true, ties: true), true);
                yield return ("uniform+specials", (seed, length) => TestData.Random<T>(seed, length, specials: true, ties: false), false);

                // Every non-negative value a random zero: which zero wins is the "ties keep the first" rule.
                yield return ("signed-zeros", (seed, length) =>
                {
                    T[] values = TestData.Random<T>(seed, length, specials: false, ties: true);
                    var random = new Random(seed ^ 0x5EED);
                    for (int i = 0; i < values.Length; i++)
                    {
                        if (values[i] >= T.Zero)
                        {
                            values[i] = T.CreateChecked(random.Next(2) == 0 ? 0.0 : -0.0);
                        }
                    }

                    return values;
                }, true);

                // A third NaN, the rest ties: windows with several NaNs (the last one's index wins) and ties.
                yield return ("nan-heavy", (seed, length) =>
                {
                    T[] values = TestData.Random<T>(seed, length, specials: false, ties: true);
                    var random = new Random(seed ^ 0x7A7A);
                    for (int i = 0; i < values.Length; i++)
                    {
                        if (random.Next(3) == 0)
                        {
                            values[i] = T.CreateChecked(double.NaN);
                        }
                        else if (random.Next(10) == 0)
                        {
                            values[i] = T.CreateChecked(random.Next(2) == 0 ? double.PositiveInfinity : double.NegativeInfinity);
                        }
                    }

                    return values;
                }, true);
            }
            else
            {
                yield return ("ties+min/max", (seed, length) => TestData.Random<T>(seed, length, specials: false, ties: true), true);
                yield return ("uniform", (seed, length) => TestData.Random<T>(seed, length, specials: false, ties: false), true);
            }
        }

        /// <summary>A value no test output holds, to see which elements a kernel wrote.</summary>
        internal static T Sentinel<T>()
            where T : unmanaged, INumber<T> =>
            IsFloatingPoint<T>() ? T.CreateChecked(1234.5) : T.CreateTruncating(0x5A5A5A5A5A5A5A5AUL);

        /// <summary>What follows the input: a value that would show in any max, min or sum that read it.</summary>
        internal static T Poison<T>()
            where T : unmanaged, INumber<T> =>
            IsFloatingPoint<T>() ? T.CreateChecked(double.NaN) : T.CreateSaturating(UInt128.MaxValue);

        internal const int IndexSentinel = 0x5A5A5A5A;

        internal static double AverageTolerance<T>() => typeof(T) == typeof(float) ? 1e-6 : typeof(T) == typeof(double) ? 1e-14 : 2e-3;

        internal static double LpTolerance<T>() => typeof(T) == typeof(float) ? 1e-5 : typeof(T) == typeof(double) ? 1e-12 : 4e-3;

        internal static string ShapeText(int batch, int channels, int[] spatial) =>
            string.Create(CultureInfo.InvariantCulture, $"[b{batch},c{channels},{string.Join("x", spatial)}]");

        /// <summary>
        /// The (batch, channels, height, width) shapes of a rank-2 channels-first kernel with a window: every corner of
        /// <see cref="AxisCandidates"/> (the width's with the vector lanes of the element type), the window's own size, and
        /// random picks.
        /// </summary>
        private static List<(int Batch, int Channels, int[] Spatial)> WindowShapes(KernelEntry entry, Random random)
        {
            PoolSpecND spec = entry.Spec;
            KernelShape shape = entry.Shape;
            int[] hs = shape.HasHeight ? AxisCandidates(spec.Kernel[0], spec.Stride[0], spec.Padding[0], spec.PaddingEndOrSymmetric[0], spec.Dilation[0], spec.CeilMode) : [shape.FixedHeight];
            int lanes = 64 / entry.ElementSize; // A 512-bit vector's.
            int[] ws = shape.HasWidth ? AxisCandidates(spec.Kernel[1], spec.Stride[1], spec.Padding[1], spec.PaddingEndOrSymmetric[1], spec.Dilation[1], spec.CeilMode, lanes) : [shape.FixedWidth];
            int minH = hs.Min(), maxH = hs.Max(), minW = ws.Min(), maxW = ws.Max();

            int Batch(int wanted) => shape.HasBatch ? wanted : 1;
            int Channels(int wanted) => shape.HasChannels ? wanted : shape.ImpliedChannels;
            int Pick(int[] candidates, int min, int max) =>
                random.Next(3) == 0 ? random.Next(min, max + 1) : candidates[random.Next(candidates.Length)];

            var shapes = new List<(int, int, int[])>
            {
                (1, Channels(1), [minH, minW]),
                (Batch(2), Channels(3), [minH, maxW]),
                (Batch(1), Channels(2), [maxH, minW]),
                (Batch(2), Channels(3), [maxH, maxW]),
            };

            // The window's own size: without padding one window covers the plane (the whole-plane average); with padding
            // at the end only, the same shape has more windows.
            int windowH = (spec.Dilation[0] * (spec.Kernel[0] - 1)) + 1, windowW = (spec.Dilation[1] * (spec.Kernel[1] - 1)) + 1;
            if (hs.Contains(windowH) && ws.Contains(windowW))
            {
                shapes.Add((Batch(1), Channels(2), [windowH, windowW]));
            }

            for (int i = 0; i < WindowRandomShapes; i++)
            {
                shapes.Add((Batch(random.Next(1, 4)), Channels(random.Next(1, 4)), [Pick(hs, minH, maxH), Pick(ws, minW, maxW)]));
            }

            return shapes;
        }
    }
}
