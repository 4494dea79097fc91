using System;
using System.Linq;
using PoolGen.Testing;

namespace PoolGen.Reference.Tests
{
    /// <summary>
    /// Small examples of <see cref="PoolOperatorsReference"/> (and the adaptive windows of <see cref="QuantizedPoolReference"/>) worked out by hand from the formulas (the arithmetic is in
    /// the comments); the expected values are written here, not computed by the reference.
    /// </summary>
    public sealed class HandComputedTests
    {
        private static readonly float[] Example4x4 =
        [
            1, 1, 2, 4,
            5, 6, 7, 8,
            3, 2, 1, 0,
            1, 2, 3, 4,
        ];

        [Fact]
        public void AdaptiveWindows_FollowPyTorchsStartAndEnd()
        {
            // n = 5, m = 3: i = 0: [floor(0/3), ceil(5/3)) = [0, 2); i = 1: [floor(5/3), ceil(10/3)) = [1, 4);
            // i = 2: [floor(10/3), ceil(15/3)) = [3, 5). Overlapping, none empty.
            Assert.Equal([0, 1, 3], new[] { 0, 1, 2 }.Select(i => PoolOperatorsReference.AdaptiveStart(i, 5, 3)));
            Assert.Equal([2, 4, 5], new[] { 0, 1, 2 }.Select(i => PoolOperatorsReference.AdaptiveEnd(i, 5, 3)));

            // n = 2, m = 5 (m > n): starts floor(0, 2/5, 4/5, 6/5, 8/5) = 0 0 0 1 1;
            // ends ceil(2/5, 4/5, 6/5, 8/5, 10/5) = 1 1 2 2 2: windows [0,1) [0,1) [0,2) [1,2) [1,2).
            Assert.Equal([0, 0, 0, 1, 1], new[] { 0, 1, 2, 3, 4 }.Select(i => PoolOperatorsReference.AdaptiveStart(i, 2, 5)));
            Assert.Equal([1, 1, 2, 2, 2], new[] { 0, 1, 2, 3, 4 }.Select(i => PoolOperatorsReference.AdaptiveEnd(i, 2, 5)));

            // m divides n: n = 6, m = 3: [0,2) [2,4) [4,6), plain non-overlapping windows of 2.
            Assert.Equal([0, 2, 4], new[] { 0, 1, 2 }.Select(i => PoolOperatorsReference.AdaptiveStart(i, 6, 3)));
            Assert.Equal([2, 4, 6], new[] { 0, 1, 2 }.Select(i => PoolOperatorsReference.AdaptiveEnd(i, 6, 3)));
        }

        [Fact]
        public void QuantizedAdaptiveAverage_OneDivisionByTheWindowsTapCount_RoundedHalfToEven()
        {
            // Scales 1, zero points 0: q is the real value. n = 3, m = 2: windows [0, 2) and [1, 3), both 2 long.
            // [1, 2, 4]: (1 + 2) / 2 = 1.5, a tie, to even: 2; (2 + 4) / 2 = 3.
            var unit = new QuantizedPoolParameters(1f, 0, 1f, 0);
            Assert.Equal([2, 3], QuantizedPoolReference.AdaptiveAverage<byte>([1, 2, 4], 1, 1, [3], [2], unit));

            // InputZeroPoint 1: the taps are 0, 1, 3; OutputZeroPoint -1: (0 + 1) / 2 - 1 = -0.5, a tie, to 0;
            // (1 + 3) / 2 - 1 = 1. OutputScale 0.01: 0.5 / 0.01 - 1 = 49; 2 / 0.01 - 1 = 199, saturated to 127.
            Assert.Equal([0, 1], QuantizedPoolReference.AdaptiveAverage<sbyte>([1, 2, 4], 1, 1, [3], [2], new QuantizedPoolParameters(1f, 1, 1f, -1)));
            Assert.Equal([49, 127], QuantizedPoolReference.AdaptiveAverage<sbyte>([1, 2, 4], 1, 1, [3], [2], new QuantizedPoolParameters(1f, 1, 0.01f, -1)));

            // 3x3 to 2x2: every window 2x2 = 4 taps. (1+2+4+5)/4 = 3, (2+3+5+6)/4 = 4, (4+5+7+8)/4 = 6, (5+6+8+10)/4 = 7.25 -> 7.
            byte[] plane = [1, 2, 3, 4, 5, 6, 7, 8, 10];
            Assert.Equal([3, 4, 6, 7], QuantizedPoolReference.AdaptiveAverage<byte>(plane, 1, 1, [3, 3], [2, 2], unit));

            // Output size 1 everywhere: the global path, 46 / 9 = 5.1 -> 5.
            Assert.Equal([5], QuantizedPoolReference.AdaptiveAverage<byte>(plane, 1, 1, [3, 3], [1, 1], unit));
        }

        [Fact]
        public void AdaptiveAverage_4x4To2x2()
        {
            // Windows [0,2)x[0,2) etc.: (1+1+5+6)/2/2 = 13/4 = 3.25; (2+4+7+8)/4 = 21/4 = 5.25;
            // (3+2+1+2)/4 = 8/4 = 2; (1+0+3+4)/4 = 8/4 = 2.
            float[] actual = PoolOperatorsReference.AdaptivePoolND(PoolKind.Average, Example4x4, 1, 1, [4, 4], [2, 2]);
            Compare.Bitwise<float>([3.25f, 5.25f, 2f, 2f], actual, "adaptive avg 4x4 -> 2x2");
        }

        [Fact]
        public void AdaptiveAverage_1D_OverlappingAndLargerThanInput()
        {
            // n = 5 -> m = 3, windows [0,2) [1,4) [3,5): (1+2)/2 = 1.5, (2+3+4)/3 = 3, (4+5)/2 = 4.5.
            double[] actual = PoolOperatorsReference.AdaptivePoolND(PoolKind.Average, new double[] { 1, 2, 3, 4, 5 }, 1, 1, [5], [3]);
            Compare.Bitwise<double>([1.5, 3, 4.5], actual, "adaptive avg 5 -> 3");

            // n = 2 -> m = 5, windows [0,1) [0,1) [0,2) [1,2) [1,2) over [2, 6]: 2, 2, (2+6)/2 = 4, 6, 6.
            double[] larger = PoolOperatorsReference.AdaptivePoolND(PoolKind.Average, new double[] { 2, 6 }, 1, 1, [2], [5]);
            Compare.Bitwise<double>([2, 2, 4, 6, 6], larger, "adaptive avg 2 -> 5");
        }

        [Fact]
        public void AdaptiveAverage_DividesPerAxis_ButTakesTheMeanForOutputSize1()
        {
            // 5x3 input -> 2x1: H windows [0, ceil(5/2)) = [0,3) and [floor(5/2), 5) = [2,5), W window [0,3): two 3x3
            // windows. The only non-zero input is 1.25 at (0,0), so the first window's sum is 1.25 and the second's 0.
            // libtorch: 1.25f / 3 / 3 = 0.138888880610466 (float), not 1.25f / 9 = 0.1388888955116272 (README of the
            // oracle, which gives both values as libtorch computed them).
            var input = new float[15];
            input[0] = 1.25f;
            float[] twoWindows = PoolOperatorsReference.AdaptivePoolND(PoolKind.Average, input, 1, 1, [5, 3], [2, 1]);
            Compare.Bitwise<float>([0.138888880610466f, 0f], twoWindows, "adaptive avg 5x3 -> 2x1");
            Assert.NotEqual(0.1388888955116272f, twoWindows[0]);

            // 3x3 input of sum 1.25 -> 1x1: libtorch's mean, one division 1.25f / 9 = 0.1388888955116272.
            var square = new float[9];
            square[4] = 1.25f;
            float[] mean = PoolOperatorsReference.AdaptivePoolND(PoolKind.Average, square, 1, 1, [3, 3], [1, 1]);
            Compare.Bitwise<float>([0.1388888955116272f], mean, "adaptive avg 3x3 -> 1x1");
        }

        [Fact]
        public void AdaptiveMax_NaNWinsTiesKeepTheFirst_PerPlaneIndices()
        {
            // Plane 0: [3, NaN, 3, 1, NaN] -> m = 2, windows [0, ceil(5/2)) = [0,3) and [floor(5/2), 5) = [2,5).
            //   [3, NaN, 3]: 3 (index 0), NaN replaces (isnan, index 1), 3 does not (3 > NaN is false) -> NaN at 1.
            //   [3, 1, NaN]: 3 (index 2), 1 no, NaN replaces (index 4) -> NaN at 4.
            // Plane 1: [2, 5, 5, 1, -inf] -> [2, 5, 5]: 5 at 1 (the tie at 2 does not replace); [5, 1, -inf]: 5 at 2.
            // Indices count within each plane, so plane 1's are 1 and 2, not 6 and 7.
            double[] input = [3, double.NaN, 3, 1, double.NaN, 2, 5, 5, 1, double.NegativeInfinity];
            double[] values = PoolOperatorsReference.AdaptivePoolND(PoolKind.Max, input, 1, 2, [5], [2]);
            long[] indices = PoolOperatorsReference.AdaptiveIndicesND(PoolKind.Max, input, 1, 2, [5], [2]);
            Compare.Bitwise<double>([double.NaN, double.NaN, 5, 5], values, "adaptive max");
            Assert.Equal([1L, 4L, 1L, 2L], indices);

            // An all -inf window keeps -inf and the index of its first element: [1, -inf, -inf] -> m = 2:
            // windows [0,2) [1,3): 1 at 0; -inf at 1 (nothing replaces the initial -inf; the index is the window start).
            double[] low = [1, double.NegativeInfinity, double.NegativeInfinity];
            Compare.Bitwise<double>([1, double.NegativeInfinity], PoolOperatorsReference.AdaptivePoolND(PoolKind.Max, low, 1, 1, [3], [2]), "all -inf");
            Assert.Equal([0L, 1L], PoolOperatorsReference.AdaptiveIndicesND(PoolKind.Max, low, 1, 1, [3], [2]));
        }

        [Fact]
        public void AdaptiveMax_4x4To2x2_AndIntegerTypes()
        {
            // [1 1 / 5 6] -> 6 at (1,1) = 5; [2 4 / 7 8] -> 8 at (1,3) = 7; [3 2 / 1 2] -> 3 at (2,0) = 8;
            // [1 0 / 3 4] -> 4 at (3,3) = 15.
            Compare.Bitwise<float>([6, 8, 3, 4], PoolOperatorsReference.AdaptivePoolND(PoolKind.Max, Example4x4, 1, 1, [4, 4], [2, 2]), "adaptive max 4x4");
            Assert.Equal([5L, 7L, 8L, 15L], PoolOperatorsReference.AdaptiveIndicesND(PoolKind.Max, Example4x4, 1, 1, [4, 4], [2, 2]));

            // Max and min work on integers too: [7, -3, 7, 2] -> m = 1: max 7 at 0 (first of the tie), min -3 at 1.
            int[] ints = [7, -3, 7, 2];
            Assert.Equal([7], PoolOperatorsReference.AdaptivePoolND(PoolKind.Max, ints, 1, 1, [4], [1]));
            Assert.Equal([0L], PoolOperatorsReference.AdaptiveIndicesND(PoolKind.Max, ints, 1, 1, [4], [1]));
            Assert.Equal([-3], PoolOperatorsReference.AdaptivePoolND(PoolKind.Min, ints, 1, 1, [4], [1]));
            Assert.Equal([1L], PoolOperatorsReference.AdaptiveIndicesND(PoolKind.Min, ints, 1, 1, [4], [1]));
        }

        [Fact]
        public void AdaptiveMinAndLp_3D()
        {
            // 1x2x2 -> 1x1x1 over [3, -4, 0, 2]: min -4 at index 1; L2 = sqrt(9 + 16 + 0 + 4) = sqrt(29);
            // L1 = 3 + 4 + 0 + 2 = 9.
            double[] input = [3, -4, 0, 2];
            Compare.Bitwise<double>([-4], PoolOperatorsReference.AdaptivePoolND(PoolKind.Min, input, 1, 1, [1, 2, 2], [1, 1, 1]), "adaptive min");
            Assert.Equal([1L], PoolOperatorsReference.AdaptiveIndicesND(PoolKind.Min, input, 1, 1, [1, 2, 2], [1, 1, 1]));
            Compare.Bitwise<double>([Math.Sqrt(29)], PoolOperatorsReference.AdaptivePoolND(PoolKind.Lp, input, 1, 1, [1, 2, 2], [1, 1, 1], p: 2), "adaptive L2");
            Compare.Bitwise<double>([9], PoolOperatorsReference.AdaptivePoolND(PoolKind.Lp, input, 1, 1, [1, 2, 2], [1, 1, 1], p: 1), "adaptive L1");
        }

        [Fact]
        public void MaxPoolBackward_AddsEveryGradientAtItsIndex_PerPlane()
        {
            // Plane 0 (input 4): gradOutput [1, 2, 3] with indices [1, 1, 3]: x1 = 1 + 2 = 3, x3 = 3, others 0.
            // Plane 1: gradOutput [0.5, -4, 0.25] with indices [0, 0, 0]: x0 = 0.5 - 4 + 0.25 = -3.25.
            float[] gradOutput = [1, 2, 3, 0.5f, -4, 0.25f];
            float[] expected = [0, 3, 0, 3, -3.25f, 0, 0, 0];
            Compare.Bitwise<float>(expected, PoolOperatorsReference.MaxPoolBackwardND(gradOutput, new long[] { 1, 1, 3, 0, 0, 0 }, 1, 2, [3], [4]), "max backward (long)");
            Compare.Bitwise<float>(expected, PoolOperatorsReference.MaxPoolBackwardND(gradOutput, new int[] { 1, 1, 3, 0, 0, 0 }, 1, 2, [3], [4]), "max backward (int)");
        }

        [Fact]
        public void MaxPoolBackward_4x4Example()
        {
            // 2x2 stride 2 max pooling of the 4x4 example has argmax 5, 7, 8, 15 (checked against libtorch above and by
            // the forward reference); gradient ones -> 1 at 5, 7, 8, 15, 0 elsewhere.
            long[] indices = PoolReference.MaxIndices(PoolSpecND.Of2D(PoolKind.Max, 2, 2, 2, 2, 0, 0), Example4x4, 1, 1, 4, 4);
            Assert.Equal([5L, 7L, 8L, 15L], indices);
            float[] gradInput = PoolOperatorsReference.MaxPoolBackwardND(new float[] { 1, 1, 1, 1 }, indices, 1, 1, [2, 2], [4, 4]);
            Compare.Bitwise<float>([0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1], gradInput, "max backward 4x4");
        }

        [Fact]
        public void AveragePoolBackward_CeilModeWindowClippedAtTheEndOfThePadding()
        {
            // Length 4, kernel 3, stride 2, padding 1, ceil mode: out = ceil((4 + 2 - 3) / 2) + 1 = 3, and the last
            // window starts at (3-1)*2 - 1 = 3 < n + p = 5, so it stays. Starts -1, 1, 3.
            // count_include_pad: divisors min(start + 3, 5) - start = 3, 3, 2 (the last window runs past n + p);
            // taps inside the input: {0, 1}, {1, 2, 3}, {3}. Gradient ones:
            //   x0 = 1/3; x1 = 1/3 + 1/3; x2 = 1/3; x3 = 1/3 + 1/2 (each quotient rounded to float, added in output order).
            PoolSpecND include = new(PoolKind.Average, [3], [2], [1], [1], CeilMode: true, CountIncludePad: true);
            float third = 1f / 3f;
            float[] expected = [third, third + third, third, third + 0.5f];
            Compare.Bitwise<float>(expected, PoolOperatorsReference.AveragePoolBackwardND(include, new float[] { 1, 1, 1 }, 1, 1, [4]), "count_include_pad");

            // Without count_include_pad the divisors are the taps inside the input: 2, 3, 1:
            //   x0 = 1/2; x1 = 1/2 + 1/3; x2 = 1/3; x3 = 1/3 + 1.
            PoolSpecND exclude = include with { CountIncludePad = false };
            float[] expectedExclude = [0.5f, 0.5f + third, third, third + 1f];
            Compare.Bitwise<float>(expectedExclude, PoolOperatorsReference.AveragePoolBackwardND(exclude, new float[] { 1, 1, 1 }, 1, 1, [4]), "no count_include_pad");
        }

        [Fact]
        public void AveragePoolBackward_2D_OverlappingWindowsAndDivisorOverride()
        {
            // 3x3 input, 2x2 windows, stride 1, no padding: 2x2 output, windows at (0,0) (0,1) (1,0) (1,1).
            // gradOutput [4, 8, 12, 16], divisor 4: deltas 1, 2, 3, 4. The centre (1,1) is in all four windows:
            // 1 + 2 + 3 + 4 = 10; (0,1) in the first two: 1 + 2 = 3; (1,0): 1 + 3 = 4; (1,2): 2 + 4 = 6; (2,1): 3 + 4 = 7;
            // corners 1, 2, 3, 4.
            PoolSpecND spec = PoolSpecND.Of2D(PoolKind.Average, 2, 2, 1, 1, 0, 0);
            double[] gradOutput = [4, 8, 12, 16];
            Compare.Bitwise<double>([1, 3, 2, 4, 10, 6, 3, 7, 4], PoolOperatorsReference.AveragePoolBackwardND(spec, gradOutput, 1, 1, [3, 3]), "2x2 s1");

            // divisor_override 8 halves every delta: 0.5, 1, 1.5, 2.
            PoolSpecND overridden = spec with { DivisorOverride = 8 };
            Compare.Bitwise<double>([0.5, 1.5, 1, 2, 5, 3, 1.5, 3.5, 2], PoolOperatorsReference.AveragePoolBackwardND(overridden, gradOutput, 1, 1, [3, 3]), "divisor_override 8");
        }

        [Fact]
        public void AveragePoolBackward_4x4Example()
        {
            // 2x2 stride 2 windows tile the 4x4 input; gradient ones / 4 -> 0.25 everywhere.
            PoolSpecND spec = PoolSpecND.Of2D(PoolKind.Average, 2, 2, 2, 2, 0, 0);
            float[] expected = new float[16];
            Array.Fill(expected, 0.25f);
            Compare.Bitwise<float>(expected, PoolOperatorsReference.AveragePoolBackwardND(spec, new float[] { 1, 1, 1, 1 }, 1, 1, [4, 4]), "avg backward 4x4");
        }

        [Fact]
        public void AdaptiveAveragePoolBackward_OverlappingWindowsAndTheMean()
        {
            // n = 5 -> m = 3, windows [0,2) [1,4) [3,5) of lengths 2, 3, 2; gradOutput [2, 3, 4] -> deltas 1, 1, 2.
            // x0 = 1; x1 = 1 + 1 = 2; x2 = 1; x3 = 1 + 2 = 3; x4 = 2.
            Compare.Bitwise<double>([1, 2, 1, 3, 2], PoolOperatorsReference.AdaptiveAveragePoolBackwardND(new double[] { 2, 3, 4 }, 1, 1, [5], [3]), "adaptive avg backward 5 -> 3");

            // 2x3 -> 1x1 is a mean over 6 elements: every element gets 3 / 6 = 0.5.
            Compare.Bitwise<double>([0.5, 0.5, 0.5, 0.5, 0.5, 0.5], PoolOperatorsReference.AdaptiveAveragePoolBackwardND(new double[] { 3 }, 1, 1, [2, 3], [1, 1]), "adaptive avg backward mean");

            // 5x3 -> 2x1 (two 3x3 windows, rows [0,3) and [2,5)): delta = g / 3 / 3 in float, per window; row 2 is in both.
            float delta = 1.25f / 3f / 3f;
            float[] actual = PoolOperatorsReference.AdaptiveAveragePoolBackwardND(new float[] { 1.25f, 1.25f }, 1, 1, [5, 3], [2, 1]);
            Compare.Bitwise<float>([delta, delta, delta, delta, delta, delta, delta + delta, delta + delta, delta + delta, delta, delta, delta, delta, delta, delta], actual, "adaptive avg backward 5x3 -> 2x1");
        }

        [Fact]
        public void MaxUnpool_ScattersInOrder_LaterWins_RestIsPositiveZero()
        {
            // Values 5, 7, 9 all with index 1 into an output of 4: [0, 9, 0, 0] (9 is written last).
            float[] shared = PoolOperatorsReference.MaxUnpoolND(new float[] { 5, 7, 9 }, new long[] { 1, 1, 1 }, 1, 1, [3], [4]);
            Compare.Bitwise<float>([0, 9, 0, 0], shared, "later wins");

            // The 4x4 example's max pooling (6 8 / 3 4 at 5 7 8 15), unpooled to 4x4: those values there, +0 elsewhere
            // (bitwise: not -0). Two planes: the second plane's indices count within its own plane.
            double[] pooled = [6, 8, 3, 4, -1, double.NaN, 2, 0.5];
            int[] indices = [5, 7, 8, 15, 0, 0, 15, 3];
            double[] expected =
            [
                0, 0, 0, 0, 0, 6, 0, 8, 3, 0, 0, 0, 0, 0, 0, 4,
                double.NaN, 0, 0, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2,
            ];
            Compare.Bitwise<double>(expected, PoolOperatorsReference.MaxUnpoolND(pooled, indices, 1, 2, [2, 2], [4, 4]), "unpool 2 planes");
        }

        [Fact]
        public void MaxUnpoolDefaultSize_IsTheInverseOfTheFloorOutputSize()
        {
            // (n - 1) * s + k - 2p: pooled 3, kernel 2, stride 2 -> 2*2 + 2 = 6; pooled 2, kernel 3, stride 2, padding 1
            // -> 2 + 3 - 2 = 3; pooled 1, kernel 1, stride 4 -> 1.
            Assert.Equal(6, PoolOperatorsReference.MaxUnpoolDefaultSize(3, 2, 2, 0));
            Assert.Equal(3, PoolOperatorsReference.MaxUnpoolDefaultSize(2, 3, 2, 1));
            Assert.Equal(1, PoolOperatorsReference.MaxUnpoolDefaultSize(1, 1, 4, 0));
        }
    }
}
