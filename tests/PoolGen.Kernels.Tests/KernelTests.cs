using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Every generated kernel of <see cref="KernelTable"/> against the reference implementation
    /// (<see cref="PoolReference"/>) on random shapes and data: max bitwise, average bitwise when the inputs make the
    /// sums exact (multiples of 0.25) and within 1e-6 (float) / 1e-14 (double) relative otherwise. Each call also
    /// checks that the kernel wrote nothing past the output it owns, read nothing past the input it was given, and
    /// left the input unchanged.
    /// </summary>
    public sealed partial class KernelTests
    {
        /// <summary>Extra elements after the input and the output.</summary>
        internal const int Slack = 7;

        /// <summary>Random shapes per kernel (on top of the smallest ones), each run with every data variant.</summary>
        private const int RandomShapes = 12;

        /// <summary>The largest random spatial size (more when the window needs it).</summary>
        private const int MaxSize = 17;

        public static TheoryData<string> KernelNames
        {
            get
            {
                var names = new TheoryData<string>();
                foreach (KernelEntry entry in KernelTable.All)
                {
                    names.Add(entry.Name);
                }

                return names;
            }
        }

        [Fact]
        public void KernelTable_CoversTheAttributeSpace()
        {
            IReadOnlyList<KernelEntry> all = KernelTable.All;
            Assert.True(all.Count >= 70, $"{all.Count} kernels");
            Assert.Equal(all.Count, KernelTable.ByName.Count); // names are unique

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

        [Theory]
        [MemberData(nameof(KernelNames))]
        public void Kernel_MatchesReference(string name)
        {
            KernelTable.ByName[name].Accept(new ReferenceCheck());
        }

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
        /// <paramref name="lanes"/> (the W axis: elements per 256-bit vector), also the sizes whose rows hold about one
        /// and two vectors' worth of interior windows, plus a 128-bit half and a scalar remainder, for the vector runs.
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
                int half = lanes / 2;
                max = Math.Max(max, WithInterior((2 * lanes) + half + 3) + 1);
                foreach (int windows in new[] { half - 1, half, half + 1, lanes - 1, lanes, lanes + 1, lanes + half, lanes + half + 1, 2 * lanes, (2 * lanes) + half + 3 })
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

        /// <summary>The (batch, channels, height, width) shapes to run a kernel on, honoring its signature.</summary>
        internal static List<(int Batch, int Channels, int Height, int Width)> Shapes(KernelEntry entry, Random random)
        {
            PoolSpecND spec = entry.Spec;
            KernelShape shape = entry.Shape;
            int[] hs = shape.HasHeight ? AxisCandidates(spec.Kernel[0], spec.Stride[0], spec.Padding[0], spec.PaddingEndOrSymmetric[0], spec.Dilation[0], spec.CeilMode) : [shape.FixedHeight];
            int lanes = 32 / entry.ElementSize;
            int[] ws = shape.HasWidth ? AxisCandidates(spec.Kernel[1], spec.Stride[1], spec.Padding[1], spec.PaddingEndOrSymmetric[1], spec.Dilation[1], spec.CeilMode, lanes) : [shape.FixedWidth];
            int minH = hs.Min(), maxH = hs.Max(), minW = ws.Min(), maxW = ws.Max();

            int Batch(int wanted) => shape.HasBatch ? wanted : 1;
            int Channels(int wanted) => shape.HasChannels ? wanted : shape.ImpliedChannels;
            int Pick(int[] candidates, int min, int max) =>
                random.Next(3) == 0 ? random.Next(min, max + 1) : candidates[random.Next(candidates.Length)];

            var shapes = new List<(int, int, int, int)>
            {
                (1, Channels(1), minH, minW),
                (Batch(2), Channels(3), minH, maxW),
                (Batch(1), Channels(2), maxH, minW),
                (Batch(2), Channels(3), maxH, maxW),
            };

            // The window's own size: without padding one window covers the plane (the whole-plane average); with padding
            // at the end only, the same shape has more windows.
            int windowH = (spec.Dilation[0] * (spec.Kernel[0] - 1)) + 1, windowW = (spec.Dilation[1] * (spec.Kernel[1] - 1)) + 1;
            if (hs.Contains(windowH) && ws.Contains(windowW))
            {
                shapes.Add((Batch(1), Channels(2), windowH, windowW));
            }

            for (int i = 0; i < RandomShapes; i++)
            {
                shapes.Add((Batch(random.Next(1, 4)), Channels(random.Next(1, 4)), Pick(hs, minH, maxH), Pick(ws, minW, maxW)));
            }

            return shapes.Distinct().ToList();
        }

        internal static string ShapeText(int batch, int channels, int height, int width) =>
            string.Create(CultureInfo.InvariantCulture, $"[{batch},{channels},{height},{width}]");

        /// <summary>The data variants: name, and a function of (seed, length).</summary>
        private static IEnumerable<(string Name, Func<int, int, T[]> Make, bool ExactSums)> Variants<T>()
            where T : unmanaged, INumber<T>
        {
            if (typeof(T) == typeof(float) || typeof(T) == typeof(double))
            {
                yield return ("ties+specials", (seed, length) => TestData.Random<T>(seed, length, specials: true, ties: true), true);
                yield return ("uniform+specials", (seed, length) => TestData.Random<T>(seed, length, specials: true, ties: false), false);

                // Every non-negative value becomes -0.0 or +0.0: the maximum is often a zero, and which zero wins is
                // decided by the "ties keep the first" rule; averages of zeros must be +0.
                yield return ("signed-zeros", (seed, length) =>
                {
                    T[] values = TestData.Random<T>(seed, length, specials: false, ties: true);
                    for (int i = 0; i < values.Length; i++)
                    {
                        if (values[i] >= T.Zero)
                        {
                            double zero = (StableSeed(seed.ToString(CultureInfo.InvariantCulture) + "/" + i.ToString(CultureInfo.InvariantCulture)) & 1) == 0 ? 0.0 : -0.0;
                            values[i] = T.CreateChecked(zero);
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

        private sealed class ReferenceCheck : IKernelVisitor
        {
            public void Visit<T>(KernelEntry<T> entry)
                where T : unmanaged, INumber<T>
            {
                int seed = StableSeed(entry.Name);
                var random = new Random(seed);
                var failures = new List<(long Size, string Message)>();
                int runs = 0;
                foreach ((int batch, int channels, int height, int width) in Shapes(entry, random))
                {
                    foreach ((string variant, Func<int, int, T[]> make, bool exactSums) in Variants<T>())
                    {
                        seed++;
                        runs++;
                        string context = $"{entry} shape {ShapeText(batch, channels, height, width)} data {variant} seed {seed}";
                        try
                        {
                            CheckOne(entry, batch, channels, height, width, make(seed, batch * channels * height * width), exactSums, context);
                        }
                        catch (Exception e)
                        {
                            failures.Add(((long)batch * channels * height * width, e is ComparisonException ? e.Message : $"{context}: {e.GetType().Name}: {e.Message}"));
                        }
                    }
                }

                if (failures.Count > 0)
                {
                    var message = new StringBuilder();
                    message.AppendLine(CultureInfo.InvariantCulture, $"{entry}: {failures.Count} of {runs} runs failed; the smallest first:");
                    foreach ((long _, string text) in failures.OrderBy(f => f.Size).Take(4))
                    {
                        message.AppendLine(text);
                    }

                    Assert.Fail(message.ToString());
                }
            }

            private static void CheckOne<T>(KernelEntry<T> entry, int batch, int channels, int height, int width, T[] data, bool exactSums, string context)
                where T : unmanaged, INumber<T>
            {
                T[] expected = PoolReference.Pool(entry.Spec, data, batch, channels, height, width);
                Assert.True(expected.Length >= 1, $"{context}: no output; the shape must not be chosen");

                var input = new T[data.Length + Slack];
                data.CopyTo(input, 0);
                input.AsSpan(data.Length).Fill(Poison<T>());
                var inputBefore = (T[])input.Clone();

                var output = new T[expected.Length + Slack];
                output.AsSpan().Fill(Sentinel<T>());

                entry.Invoke(input, output, batch, channels, height, width);

                if (entry.Spec.Kind == PoolKind.Max || exactSums)
                {
                    Compare.Bitwise<T>(expected, output.AsSpan(0, expected.Length), context);
                }
                else
                {
                    // The vector path may sum in another order (the global-average reduction does): bound the
                    // difference by the average of |tap|, which holds for any order of the additions.
                    double tolerance = typeof(T) == typeof(float) ? 1e-6 : 1e-14;
                    T[] magnitudes = Array.ConvertAll(data, T.Abs);
                    T[] scale = PoolReference.Pool(entry.Spec, magnitudes, batch, channels, height, width);
                    Compare.CloseToScale<T>(expected, output.AsSpan(0, expected.Length), scale, tolerance, context);
                }

                var tail = new T[Slack];
                tail.AsSpan().Fill(Sentinel<T>());
                Compare.Bitwise<T>(tail, output.AsSpan(expected.Length), $"{context}: the output past the {expected.Length} elements the kernel owns");
                Compare.Bitwise<T>(inputBefore, input, $"{context}: the input after the call");
            }
        }
    }
}
