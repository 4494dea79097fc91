using System;
using System.Linq;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// The feature part of the reference (<see cref="PoolReference"/>: begin/end padding, auto_pad, min, Lp, clamps, global,
    /// divisor override, argmin, Half) and its helpers (<see cref="Layouts"/>, <see cref="HalfData"/>) against values worked
    /// out by hand from the rules, and against the identities that tie the new kinds to the oracle-checked ones (symmetric
    /// padding written as begin/end, min as -max(-x), a global window as a window of the whole input).
    /// </summary>
    public sealed partial class ReferenceTests
    {
        private static PoolSpecND Spec1D(PoolKind kind, int k, int s, int pBegin, int pEnd, int d = 1, bool ceil = false, bool countIncludePad = true, int? divisor = null)
            => new(kind, [k], [s], [pBegin], [d], ceil, countIncludePad, divisor) { PaddingEnd = [pEnd] };

        private static double[] Pool1D(PoolSpecND spec, params double[] input) => PoolReference.PoolND(spec, input, 1, 1, [input.Length]);

        // ---------------------------------------------------------------- output size with begin/end padding

        [Theory]
        // n, k, s, pb, pe, d, ceil, expected
        [InlineData(4, 2, 1, 1, 0, 1, false, 4)]
        [InlineData(4, 3, 2, 0, 1, 1, false, 2)]
        [InlineData(5, 2, 2, 0, 1, 1, true, 3)]    // ceil((5 + 1 - 2) / 2) + 1 = 3; (3 - 1)*2 = 4 < 5 keeps it
        [InlineData(5, 2, 2, 1, 1, 1, true, 3)]    // ceil(5 / 2) + 1 = 4; (4 - 1)*2 = 6 >= 5 + 1 drops one
        [InlineData(5, 2, 2, 1, 1, 1, false, 3)]
        [InlineData(1, 3, 1, 2, 0, 1, false, 1)]
        [InlineData(1, 3, 1, 1, 0, 1, false, 0)]   // no output: the caller decides
        [InlineData(7, 2, 3, 0, 2, 3, false, 2)]   // e = 4: floor((7 + 2 - 4) / 3) + 1
        public void OutputSize_BeginEnd(int n, int k, int s, int pb, int pe, int d, bool ceil, int expected)
            => Assert.Equal(expected, PoolReference.OutputSize(n, k, s, pb, pe, d, ceil));

        [Fact]
        public void OutputSize_SymmetricFormIsBeginEndWithTheSamePadding()
        {
            for (int n = 1; n <= 12; n++)
            for (int k = 1; k <= 4; k++)
            for (int s = 1; s <= 3; s++)
            for (int d = 1; d <= 2; d++)
            for (int p = 0; p <= ((d * (k - 1)) + 1) / 2; p++)
            {
                foreach (bool ceil in new[] { false, true })
                {
                    Assert.Equal(PoolReference.OutputSize(n, k, s, p, d, ceil), PoolReference.OutputSize(n, k, s, p, p, d, ceil));
                }
            }
        }

        // ---------------------------------------------------------------- asymmetric padding

        [Fact]
        public void BeginPadding_Max_Average()
        {
            double[] x = [1, 2, 3, 4];
            Assert.Equal([1, 2, 3, 4], Pool1D(Spec1D(PoolKind.Max, 2, 1, 1, 0), x));
            Assert.Equal([0.5, 1.5, 2.5, 3.5], Pool1D(Spec1D(PoolKind.Average, 2, 1, 1, 0), x));
            Assert.Equal([1, 1.5, 2.5, 3.5], Pool1D(Spec1D(PoolKind.Average, 2, 1, 1, 0, countIncludePad: false), x));
        }

        [Fact]
        public void EndPadding_CountsInTheDivisorOnlyWithCountIncludePad()
        {
            double[] x = [1, 2, 3, 4];

            // k3 s2, pads (0, 1): windows [0, 2] and [2, 4], the last tap in the end padding.
            Assert.Equal([3, 4], Pool1D(Spec1D(PoolKind.Max, 3, 2, 0, 1), x));
            Assert.Equal([2, 7.0 / 3], Pool1D(Spec1D(PoolKind.Average, 3, 2, 0, 1), x));
            Assert.Equal([2, 3.5], Pool1D(Spec1D(PoolKind.Average, 3, 2, 0, 1, countIncludePad: false), x));
        }

        [Fact]
        public void CeilModeWindowPastTheEndPadding_DivisorStopsAtTheEndPadding()
        {
            // n 5, k 3, s 2, pads (0, 1), ceil: ceil((5 + 1 - 3) / 2) + 1 = 3 windows: [0,2], [2,4], [4,6]; 5 is padding,
            // 6 is past n + pe, so the last divisor is 2 with count_include_pad.
            double[] x = [1, 2, 3, 4, 5];
            PoolSpecND spec = Spec1D(PoolKind.Average, 3, 2, 0, 1, ceil: true);
            Assert.Equal([2, 4, 2.5], Pool1D(spec, x));
            Assert.Equal([2, 4, 5], Pool1D(spec with { CountIncludePad = false }, x));
        }

        [Fact]
        public void Asymmetric2D_ByHand()
        {
            // 3x3 input 1..9, k2 s2, pads top 1, left 0, bottom 0, right 1: out rows floor((3 + 1 - 2) / 2) + 1 = 2,
            // cols floor((3 + 1 - 2) / 2) + 1 = 2. Windows rows {-1,0}, {1,2}; cols {0,1}, {2,3}.
            double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9];
            var spec = new PoolSpecND(PoolKind.Average, [2, 2], [2, 2], [1, 0], [1, 1]) { PaddingEnd = [0, 1] };
            Assert.Equal([2, 2], PoolReference.OutputShape(spec, [3, 3]));
            Assert.Equal([(1 + 2) / 4.0, 3 / 4.0, (4 + 5 + 7 + 8) / 4.0, (6 + 9) / 4.0], PoolReference.PoolND(spec, x, 1, 1, [3, 3]));
            Assert.Equal([2, 3, 8, 9], PoolReference.PoolND(spec with { Kind = PoolKind.Max }, x, 1, 1, [3, 3]));
            Assert.Equal([1L, 2, 7, 8], PoolReference.IndicesND(spec with { Kind = PoolKind.Max }, x, 1, 1, [3, 3]));
            Assert.Equal([0L, 2, 3, 5], PoolReference.IndicesND(spec with { Kind = PoolKind.Min }, x, 1, 1, [3, 3]));
        }

        [Fact]
        public void SymmetricPaddingWrittenAsBeginEnd_GivesTheSameResults()
        {
            var random = new Random(7);
            for (int i = 0; i < 200; i++)
            {
                int rank = random.Next(1, 4);
                int[] k = Enumerable.Range(0, rank).Select(_ => random.Next(1, 4)).ToArray();
                int[] s = Enumerable.Range(0, rank).Select(_ => random.Next(1, 3)).ToArray();
                int[] d = Enumerable.Range(0, rank).Select(_ => random.Next(1, 3)).ToArray();
                int[] p = Enumerable.Range(0, rank).Select(a => random.Next(0, (((d[a] * (k[a] - 1)) + 1) / 2) + 1)).ToArray();
                int[] shape = Enumerable.Range(0, rank).Select(a => random.Next((d[a] * (k[a] - 1)) + 1, 8)).ToArray();
                foreach (PoolKind kind in new[] { PoolKind.Max, PoolKind.Average, PoolKind.Min, PoolKind.Lp })
                {
                    var symmetric = new PoolSpecND(kind, k, s, p, d, random.Next(2) == 0, random.Next(2) == 0) { P = 2 };
                    PoolSpecND beginEnd = symmetric with { PaddingEnd = (int[])p.Clone() };
                    Assert.Equal(symmetric, beginEnd);
                    double[] data = TestData.Random<double>(i, 2 * shape.Aggregate(1, (a, b) => a * b), specials: true, ties: true);
                    Compare.Bitwise<double>(PoolReference.PoolND(symmetric, data, 2, 1, shape), PoolReference.PoolND(beginEnd, data, 2, 1, shape), $"{symmetric} {string.Join("x", shape)}");
                }
            }
        }

        [Fact]
        public void BeginEndPaddingRange_IsBelowTheEffectiveWindow()
        {
            double[] x = [1, 2, 3];
            Assert.Equal([1, 2, 3], Pool1D(Spec1D(PoolKind.Max, 3, 1, 2, 0), x)); // pad 2 of a 3-wide window: fine
            Assert.Throws<ArgumentException>(() => Pool1D(Spec1D(PoolKind.Max, 3, 1, 3, 0), x));
            Assert.Throws<ArgumentException>(() => Pool1D(Spec1D(PoolKind.Max, 3, 1, 0, -1), x));
            Assert.Throws<ArgumentException>(() => Pool1D(new PoolSpecND(PoolKind.Max, [3], [1], [2], [1]), x)); // symmetric: at most 1
        }

        // ---------------------------------------------------------------- auto_pad

        [Theory]
        // mode, n, k, s, d, begin, end
        [InlineData(PoolAutoPad.SameUpper, 5, 3, 2, 1, 1, 1)]
        [InlineData(PoolAutoPad.SameUpper, 6, 3, 2, 1, 0, 1)]
        [InlineData(PoolAutoPad.SameLower, 6, 3, 2, 1, 1, 0)]
        [InlineData(PoolAutoPad.SameUpper, 1, 5, 1, 1, 2, 2)]
        [InlineData(PoolAutoPad.SameUpper, 7, 2, 3, 1, 0, 1)]
        [InlineData(PoolAutoPad.SameLower, 7, 2, 3, 1, 1, 0)]
        [InlineData(PoolAutoPad.SameUpper, 4, 1, 3, 1, 0, 0)]
        [InlineData(PoolAutoPad.SameUpper, 5, 2, 1, 3, 1, 2)]
        [InlineData(PoolAutoPad.SameLower, 5, 2, 1, 3, 2, 1)]
        [InlineData(PoolAutoPad.SameUpper, 2, 1, 3, 1, 0, 0)]
        [InlineData(PoolAutoPad.Valid, 6, 3, 2, 1, 0, 0)]
        public void AutoPads_ByHand(PoolAutoPad mode, int n, int k, int s, int d, int begin, int end)
            => Assert.Equal((begin, end), PoolReference.AutoPads(mode, n, k, s, d));

        [Fact]
        public void AutoPads_SameGivesCeilOfNOverS_ValidGivesTheUnpaddedSize()
        {
            for (int n = 1; n <= 20; n++)
            for (int k = 1; k <= 5; k++)
            for (int s = 1; s <= 4; s++)
            for (int d = 1; d <= 3; d++)
            {
                foreach (PoolAutoPad mode in new[] { PoolAutoPad.SameUpper, PoolAutoPad.SameLower })
                {
                    (int b, int e) = PoolReference.AutoPads(mode, n, k, s, d);
                    Assert.Equal((n + s - 1) / s, PoolReference.OutputSize(n, k, s, b, e, d, ceil: false));
                    Assert.InRange(b, 0, d * (k - 1));
                    Assert.InRange(e, 0, d * (k - 1));
                    Assert.InRange(mode == PoolAutoPad.SameUpper ? e - b : b - e, 0, 1);
                }

                Assert.Equal((0, 0), PoolReference.AutoPads(PoolAutoPad.Valid, n, k, s, d));
            }

            Assert.Throws<ArgumentOutOfRangeException>(() => PoolReference.AutoPads(PoolAutoPad.NotSet, 4, 2, 2, 1));
        }

        [Fact]
        public void WithAutoPad_MakesExplicitBeginEndPadding()
        {
            var spec = new PoolSpecND(PoolKind.Max, [3, 2], [2, 3], [0, 0], [1, 1]);
            PoolSpecND same = spec.WithAutoPad(PoolAutoPad.SameLower, [6, 7]);
            Assert.Equal([1, 1], same.Padding);
            Assert.Equal([0, 0], same.PaddingEnd!);
            Assert.Equal([3, 3], PoolReference.OutputShape(same, [6, 7]));
            Assert.Same(spec, spec.WithAutoPad(PoolAutoPad.NotSet, [6, 7]));
            Assert.Throws<ArgumentException>(() => (spec with { CeilMode = true }).WithAutoPad(PoolAutoPad.SameUpper, [6, 7]));
            Assert.Throws<ArgumentException>(() => (spec with { CeilMode = true }).WithAutoPad(PoolAutoPad.Valid, [6, 7]));
            Assert.Equal(spec with { PaddingEnd = [0, 0] }, spec.WithAutoPad(PoolAutoPad.Valid, [6, 7]));
        }

        // ---------------------------------------------------------------- min and argmin

        [Fact]
        public void Min_FirstMinimumOrLastNaN()
        {
            double[] x = [3, 1, 1, 2, double.NaN, 0, double.NaN, 5];
            var spec = new PoolSpecND(PoolKind.Min, [4], [4], [0], [1]);
            double[] values = PoolReference.PoolND(spec, x, 1, 1, [8]);
            Assert.Equal(1, values[0]);
            Assert.True(double.IsNaN(values[1]));
            Assert.Equal([1L, 6], PoolReference.IndicesND(spec, x, 1, 1, [8]));
        }

        [Fact]
        public void Min_SignedZeros_TheFirstWins_AndAnAllInfinityWindowGivesInfinity()
        {
            double[] x = [0.0, -0.0, -0.0, 0.0, double.PositiveInfinity, double.PositiveInfinity];
            double[] values = PoolReference.PoolND(new PoolSpecND(PoolKind.Min, [2], [2], [0], [1]), x, 1, 1, [6]);
            Compare.Bitwise<double>([0.0, -0.0, double.PositiveInfinity], values, "min of zeros");
            Assert.Equal([0L, 2, 4], PoolReference.IndicesND(new PoolSpecND(PoolKind.Min, [2], [2], [0], [1]), x, 1, 1, [6]));
        }

        [Fact]
        public void Min_OfIntegers_StartsAtMaxValue()
        {
            byte[] x = [255, 255, 7, 200];
            var spec = new PoolSpecND(PoolKind.Min, [2], [2], [0], [1]);
            Assert.Equal([255, 7], PoolReference.PoolND(spec, x, 1, 1, [4]));
            Assert.Equal([0L, 2], PoolReference.IndicesND(spec, x, 1, 1, [4]));
        }

        [Fact]
        public void Min_IsMinusMaxOfMinus_WithTheSameIndices()
        {
            var random = new Random(11);
            for (int i = 0; i < 100; i++)
            {
                int rank = random.Next(1, 4);
                int[] k = Enumerable.Range(0, rank).Select(_ => random.Next(1, 4)).ToArray();
                int[] d = Enumerable.Range(0, rank).Select(_ => random.Next(1, 3)).ToArray();
                int[] pb = Enumerable.Range(0, rank).Select(a => random.Next(0, d[a] * (k[a] - 1) + 1)).ToArray();
                int[] pe = Enumerable.Range(0, rank).Select(a => random.Next(0, d[a] * (k[a] - 1) + 1)).ToArray();
                int[] shape = Enumerable.Range(0, rank).Select(a => random.Next((d[a] * (k[a] - 1)) + 1, 7)).ToArray();
                var max = new PoolSpecND(PoolKind.Max, k, Enumerable.Range(0, rank).Select(_ => random.Next(1, 3)).ToArray(), pb, d, random.Next(2) == 0) { PaddingEnd = pe };
                PoolSpecND min = max with { Kind = PoolKind.Min };
                float[] x = TestData.Random<float>(i, 3 * shape.Aggregate(1, (a, b) => a * b), specials: true, ties: true);
                float[] negated = Array.ConvertAll(x, v => -v);
                float[] expected = Array.ConvertAll(PoolReference.PoolND(max, negated, 1, 3, shape), v => -v);
                Compare.Bitwise<float>(expected, PoolReference.PoolND(min, x, 1, 3, shape), min.ToString());
                Assert.Equal(PoolReference.IndicesND(max, negated, 1, 3, shape), PoolReference.IndicesND(min, x, 1, 3, shape));
            }
        }

        [Fact]
        public void Indices_AreForMaxAndMinOnly()
        {
            Assert.Throws<ArgumentException>(() => PoolReference.IndicesND(new PoolSpecND(PoolKind.Average, [2], [2], [0], [1]), new double[4], 1, 1, [4]));
            Assert.Throws<ArgumentException>(() => PoolReference.MaxIndicesND(new PoolSpecND(PoolKind.Min, [2], [2], [0], [1]), new double[4], 1, 1, [4]));
        }

        [Fact]
        public void Indices3D_AreFlatWithinThePlane()
        {
            // 2x2x3 plane, k 2x2x2 s1: windows at w = 0 and 1; the max is the last tap of each (values increase).
            double[] x = Enumerable.Range(0, 12).Select(v => (double)v).ToArray();
            var spec = new PoolSpecND(PoolKind.Max, [2, 2, 2], [1, 1, 1], [0, 0, 0], [1, 1, 1]);
            Assert.Equal([10L, 11], PoolReference.IndicesND(spec, x, 1, 1, [2, 2, 3]));
            Assert.Equal([0L, 1], PoolReference.IndicesND(spec with { Kind = PoolKind.Min }, x, 1, 1, [2, 2, 3]));
        }

        // ---------------------------------------------------------------- Lp

        [Fact]
        public void Lp_ByHand()
        {
            var l1 = new PoolSpecND(PoolKind.Lp, [2], [2], [0], [1]) { P = 1 };
            Assert.Equal([7, 1], Pool1D(l1, -3, 4, 0, -1));
            Assert.Equal([5, 13], Pool1D(l1 with { P = 2 }, 3, -4, 5, 12));
            double[] l3 = Pool1D(l1 with { P = 3 }, 1, -2, 0, 0);
            Assert.Equal(Math.Pow(9, 1.0 / 3), l3[0], 15);
            Compare.Bitwise<double>([Math.Pow(9, 1.0 / 3), 0.0], l3, "L3");
        }

        [Fact]
        public void Lp_PaddingCountsAsZero_AndSpecialsPropagate()
        {
            // k2 s1 pads (1, 0) on [3, 4]: windows {pad, 3} and {3, 4}.
            Assert.Equal([3, 5], Pool1D(Spec1D(PoolKind.Lp, 2, 1, 1, 0) with { P = 2 }, 3, 4));
            double[] specials = Pool1D(new PoolSpecND(PoolKind.Lp, [2], [2], [0], [1]) { P = 2 }, double.NegativeInfinity, 1, double.NaN, 1, double.PositiveInfinity, double.NaN);
            Assert.Equal(double.PositiveInfinity, specials[0]);
            Assert.True(double.IsNaN(specials[1]));
            Assert.True(double.IsNaN(specials[2]));
        }

        [Fact]
        public void Lp1_OfNonNegativeTaps_IsTheSumOfTheAverage()
        {
            float[] x = Array.ConvertAll(TestData.Random<float>(3, 64, specials: false, ties: true), MathF.Abs);
            var avg = new PoolSpecND(PoolKind.Average, [2, 2], [2, 2], [0, 0], [1, 1]);
            float[] sums = Array.ConvertAll(PoolReference.PoolND(avg, x, 1, 1, [8, 8]), v => v * 4);
            Compare.Bitwise<float>(sums, PoolReference.PoolND(avg with { Kind = PoolKind.Lp, P = 1 }, x, 1, 1, [8, 8]), "L1 = 4 * average");
        }

        [Fact]
        public void Lp_NeedsPAndAFloatingPointType()
        {
            Assert.Throws<ArgumentException>(() => Pool1D(new PoolSpecND(PoolKind.Lp, [2], [2], [0], [1]), 1, 2));
            Assert.Throws<NotSupportedException>(() => PoolReference.PoolND(new PoolSpecND(PoolKind.Lp, [2], [2], [0], [1]) { P = 2 }, new int[2], 1, 1, [2]));
        }

        // ---------------------------------------------------------------- clamps

        [Fact]
        public void Clamp_ReluAndRelu6_NaNPasses()
        {
            var spec = new PoolSpecND(PoolKind.Max, [1], [1], [0], [1]) { ClampMin = 0 };
            double[] y = Pool1D(spec, -1, double.NaN, 2, 7, double.NegativeInfinity, -0.0);
            Compare.Bitwise<double>([0, double.NaN, 2, 7, 0, -0.0], y, "ReLU (-0 is not below 0: it stays)");
            y = Pool1D(spec with { ClampMax = 6 }, -1, double.NaN, 2, 7, double.PositiveInfinity);
            Compare.Bitwise<double>([0, double.NaN, 2, 6, 6], y, "ReLU6");
        }

        [Fact]
        public void Clamp_OnIntegers_AndOnAverage()
        {
            var spec = new PoolSpecND(PoolKind.Max, [2], [2], [0], [1]) { ClampMin = 10, ClampMax = 200 };
            Assert.Equal([10, 200, 77], PoolReference.PoolND(spec, new byte[] { 1, 2, 255, 3, 77, 0 }, 1, 1, [6]));
            Assert.Throws<ArgumentException>(() => PoolReference.PoolND(spec with { ClampMin = 0.5 }, new byte[2], 1, 1, [2]));
            Assert.Throws<ArgumentException>(() => PoolReference.PoolND(spec with { ClampMax = 256 }, new byte[2], 1, 1, [2]));
            Assert.Throws<ArgumentException>(() => PoolReference.PoolND(spec with { ClampMin = 1e10 }, new int[2], 1, 1, [2]));
            var avg = new PoolSpecND(PoolKind.Average, [2], [2], [0], [1]) { ClampMin = -1, ClampMax = 1 };
            Assert.Equal([-1, 0.5, 1], Pool1D(avg, -4, -2, 0, 1, 3, 3));
        }

        // ---------------------------------------------------------------- global

        [Fact]
        public void Global_IsAWindowOfTheWholeInput()
        {
            // Two planes of 2x3.
            double[] x = [1, -2, 3, 4, 5, -6, /**/ 0, 0, 0, 0, 0, 1];
            Assert.Equal([5, 1], PoolReference.PoolND(PoolSpecND.GlobalOf(PoolKind.Max, 2), x, 1, 2, [2, 3]));
            Assert.Equal([4L, 5], PoolReference.IndicesND(PoolSpecND.GlobalOf(PoolKind.Max, 2), x, 1, 2, [2, 3]));
            Assert.Equal([-6, 0], PoolReference.PoolND(PoolSpecND.GlobalOf(PoolKind.Min, 2), x, 1, 2, [2, 3]));
            Assert.Equal([5L, 0], PoolReference.IndicesND(PoolSpecND.GlobalOf(PoolKind.Min, 2), x, 1, 2, [2, 3]));
            Assert.Equal([5 / 6.0, 1 / 6.0], PoolReference.PoolND(PoolSpecND.GlobalOf(PoolKind.Average, 2), x, 1, 2, [2, 3]));
            Assert.Equal([5, 1], PoolReference.PoolND(PoolSpecND.GlobalOf(PoolKind.Average, 2, divisorOverride: 1), x, 1, 2, [2, 3]));
            Assert.Equal([Math.Sqrt(91), 1], PoolReference.PoolND(PoolSpecND.GlobalOf(PoolKind.Lp, 2, p: 2), x, 1, 2, [2, 3]));
            Assert.Equal([1, 1], PoolReference.OutputShape(PoolSpecND.GlobalOf(PoolKind.Max, 2), [2, 3]));
            Assert.Equal([1, 1, 1], PoolReference.OutputShape(PoolSpecND.GlobalOf(PoolKind.Max, 3), [7, 1, 5]));
        }

        [Fact]
        public void Global_EqualsTheFixedWindowOfTheSameShape()
        {
            float[] x = TestData.Random<float>(5, 2 * 3 * 4 * 5, specials: true, ties: true);
            foreach (PoolKind kind in new[] { PoolKind.Max, PoolKind.Min, PoolKind.Average, PoolKind.Lp })
            {
                PoolSpecND global = PoolSpecND.GlobalOf(kind, 3, p: 3) with { ClampMax = 2 };
                var window = new PoolSpecND(kind, [3, 4, 5], [3, 4, 5], [0, 0, 0], [1, 1, 1]) { P = 3, ClampMax = 2 };
                Assert.Equal(window, global.ForShape([3, 4, 5]));
                Compare.Bitwise<float>(PoolReference.PoolND(window, x, 2, 1, [3, 4, 5]), PoolReference.PoolND(global, x, 2, 1, [3, 4, 5]), kind.ToString());
            }
        }

        // ---------------------------------------------------------------- divisor override

        [Fact]
        public void DivisorOverride_ReplacesTheCount()
        {
            var spec = new PoolSpecND(PoolKind.Average, [2], [2], [1], [1], DivisorOverride: 3);
            Assert.Equal([1 / 3.0, 5 / 3.0, 4 / 3.0], Pool1D(spec, 1, 2, 3, 4));
        }

        // ---------------------------------------------------------------- Half

        [Fact]
        public void HalfAverage_AccumulatesInFloat_AndRoundsOnce()
        {
            // In float: (2048 + 1 + 1) / 3 = 683.33 -> Half 683.5. Summed in Half, 2048 + 1 would round back to 2048
            // and the result would be 682.5.
            Half[] x = HalfData.FromDouble([2048, 1, 1]);
            Half[] y = PoolReference.PoolND(new PoolSpecND(PoolKind.Average, [3], [3], [0], [1]), x, 1, 1, [3]);
            Assert.Equal((Half)683.5, y[0]);
        }

        [Fact]
        public void HalfMaxMin_AreExact_WithIndices()
        {
            Half[] x = HalfData.FromDouble([1, double.NaN, -0.0, 0.0, 65504, -65504]);
            var max = new PoolSpecND(PoolKind.Max, [2], [2], [0], [1]);
            Compare.Bitwise<Half>(HalfData.FromDouble([double.NaN, -0.0, 65504]), PoolReference.PoolND(max, x, 1, 1, [6]), "Half max");
            Compare.Bitwise<Half>(HalfData.FromDouble([double.NaN, -0.0, -65504]), PoolReference.PoolND(max with { Kind = PoolKind.Min }, x, 1, 1, [6]), "Half min");
            Assert.Equal([1L, 2, 4], PoolReference.IndicesND(max, x, 1, 1, [6]));
        }

        [Fact]
        public void HalfData_RoundTripsAndRandomHalvesAreTheRoundedDoubles()
        {
            double[] d = TestData.Random<double>(9, 100, specials: true, ties: true);
            Half[] h = TestData.Random<Half>(9, 100, specials: true, ties: true);
            Compare.Bitwise<Half>(HalfData.FromDouble(d), h, "ties are exact in Half");
            Compare.Bitwise<double>(d, HalfData.ToDouble(h), "and back");
            Compare.Bitwise<float>(Array.ConvertAll(d, v => (float)v), HalfData.ToSingle(h), "as float");
            Compare.Bitwise<Half>(h, HalfData.FromSingle(HalfData.ToSingle(h)), "float round trip");
        }

        // ---------------------------------------------------------------- layouts

        [Fact]
        public void Layouts_ByHand()
        {
            // N1 C2 H1 W3: [c0: 1 2 3, c1: 4 5 6] -> NHWC [1 4, 2 5, 3 6].
            int[] nchw = [1, 2, 3, 4, 5, 6];
            Assert.Equal([1, 4, 2, 5, 3, 6], Layouts.ToChannelsLast<int>(nchw, 1, 2, 1, 3));
            Assert.Equal(nchw, Layouts.ToChannelsFirst<int>([1, 4, 2, 5, 3, 6], 1, 2, 1, 3));
        }

        [Theory]
        [InlineData(new[] { 5 })]
        [InlineData(new[] { 3, 4 })]
        [InlineData(new[] { 2, 3, 4 })]
        public void Layouts_RoundTripAnyRank(int[] spatial)
        {
            int n = 2 * 3 * spatial.Aggregate(1, (a, b) => a * b);
            long[] data = Enumerable.Range(0, n).Select(i => (long)i).ToArray();
            long[] last = Layouts.ToChannelsLast<long>(data, 2, 3, spatial);
            Assert.NotEqual(data, last);
            Assert.Equal(data, Layouts.ToChannelsFirst<long>(last, 2, 3, spatial));

            // Element (b, c, i) of channels-first is element (b, i, c) of channels-last.
            int plane = n / 6;
            Assert.Equal(data[((1 * 3) + 2) * plane + 1], last[(((1 * plane) + 1) * 3) + 2]);
            Assert.Throws<ArgumentException>(() => Layouts.ToChannelsLast<long>(data.AsSpan(1), 2, 3, spatial));
        }
    }
}
