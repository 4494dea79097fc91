using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// The reference implementation (<see cref="PoolReference"/>) against every case libtorch computed
    /// (<c>Oracle/pytorch-pooling.jsonl</c>), and against small examples computed by hand. The kernels are tested
    /// against the reference elsewhere; these tests are what makes the reference trustworthy.
    /// </summary>
    public sealed partial class ReferenceTests
    {
        private static readonly Lazy<IReadOnlyList<OracleCase>> OracleCases = new(
            () => Oracle.Load(Path.Combine(AppContext.BaseDirectory, "Oracle", "pytorch-pooling.jsonl")));

        private static readonly Lazy<Dictionary<string, OracleCase>> OracleCasesById = new(
            () => OracleCases.Value.ToDictionary(oracleCase => oracleCase.Id));

        /// <summary>The id of every oracle case, one theory case each.</summary>
        public static TheoryData<string> OracleCaseIds
        {
            get
            {
                var ids = new TheoryData<string>();
                foreach (OracleCase oracleCase in OracleCases.Value)
                {
                    ids.Add(oracleCase.Id);
                }

                return ids;
            }
        }

        [Fact]
        public void Reference_OracleFileHoldsTheCasesItsReadmeCounts()
        {
            IReadOnlyList<OracleCase> cases = OracleCases.Value;
            Assert.Equal(202, cases.Count);
            Assert.Equal(202, OracleCasesById.Value.Count); // ids are unique
            Assert.Equal(106, cases.Count(c => c.Op == "max"));
            Assert.Equal(96, cases.Count(c => c.Op == "avg"));
            Assert.Equal([42, 114, 46], new[] { 1, 2, 3 }.Select(rank => cases.Count(c => c.Rank == rank)));
            Assert.Equal(165, cases.Count(c => c.IsSingle));
        }

        [Theory]
        [MemberData(nameof(OracleCaseIds))]
        public void Reference_MatchesLibtorch(string id)
        {
            OracleCase oracleCase = OracleCasesById.Value[id];
            if (oracleCase.IsSingle)
            {
                CheckOracleCase(oracleCase, oracleCase.InputAsSingle(), oracleCase.OutputAsSingle());
            }
            else
            {
                CheckOracleCase(oracleCase, oracleCase.InputAsDouble(), oracleCase.OutputAsDouble());
            }
        }

        private static void CheckOracleCase<T>(OracleCase oracleCase, T[] input, T[] expected)
            where T : unmanaged, INumber<T>
        {
            string context = oracleCase.ToString();
            int[] spatial = oracleCase.SpatialShape;
            PoolSpecND spec = oracleCase.ToSpecND();

            int[] outputShape = new int[oracleCase.Rank];
            for (int axis = 0; axis < oracleCase.Rank; axis++)
            {
                outputShape[axis] = PoolReference.OutputSize(
                    spatial[axis], spec.Kernel[axis], spec.Stride[axis], spec.Padding[axis], spec.Dilation[axis], spec.CeilMode);
            }

            int[] fullOutputShape = [oracleCase.Batch, oracleCase.Channels, .. outputShape];
            Assert.Equal(oracleCase.OutputShape, fullOutputShape);
            Assert.Equal(outputShape, PoolReference.OutputShape(spec, spatial));

            // Rank 2 goes through the public rank-2 API; ranks 1 and 3 through the N-d one.
            T[] actual;
            long[]? indices = null;
            if (oracleCase.Rank == 2)
            {
                PoolSpecND spec2 = oracleCase.ToSpecND();
                int height = spatial[0], width = spatial[1];
                actual = PoolReference.Pool(spec2, input, oracleCase.Batch, oracleCase.Channels, height, width);
                if (spec2.Kind == PoolKind.Max)
                {
                    indices = PoolReference.MaxIndices(spec2, input, oracleCase.Batch, oracleCase.Channels, height, width);
                }
            }
            else
            {
                actual = PoolReference.PoolND(spec, input, oracleCase.Batch, oracleCase.Channels, spatial);
                if (spec.Kind == PoolKind.Max)
                {
                    indices = PoolReference.MaxIndicesND(spec, input, oracleCase.Batch, oracleCase.Channels, spatial);
                }
            }

            // Average outputs are exact too: the inputs are multiples of 0.25, so the sum is exact and the
            // quotient is correctly rounded (see Oracle/README.md).
            Compare.Bitwise<T>(expected, actual, context);
            if (oracleCase.Kind == PoolKind.Max)
            {
                Assert.NotNull(indices);
                Assert.Equal(oracleCase.Indices, indices);
            }
        }

        // ---- Hand-computed examples -----------------------------------------------------------------------------

        private static readonly float[] Example4x4 =
        [
            1, 1, 2, 4,
            5, 6, 7, 8,
            3, 2, 1, 0,
            1, 2, 3, 4,
        ];

        [Fact]
        public void Reference_4x4Example_Max()
        {
            // Windows (2x2, stride 2): {1 1 5 6} {2 4 7 8} {3 2 1 2} {1 0 3 4}.
            // Max 6 at (1,1) = 5, 8 at (1,3) = 7, 3 at (2,0) = 8, 4 at (3,3) = 15.
            var spec = PoolSpecND.Of2D(PoolKind.Max, 2, 2, 2, 2, 0, 0);
            Compare.Bitwise<float>([6, 8, 3, 4], PoolReference.Pool<float>(spec, Example4x4, 1, 1, 4, 4), spec.ToString());
            Assert.Equal([5L, 7, 8, 15], PoolReference.MaxIndices<float>(spec, Example4x4, 1, 1, 4, 4));
        }

        [Fact]
        public void Reference_4x4Example_Average()
        {
            // Sums 13, 21, 8, 8 over 4 taps: 3.25, 5.25, 2, 2.
            var spec = PoolSpecND.Of2D(PoolKind.Average, 2, 2, 2, 2, 0, 0);
            Compare.Bitwise<float>([3.25f, 5.25f, 2, 2], PoolReference.Pool<float>(spec, Example4x4, 1, 1, 4, 4), spec.ToString());
        }

        [Fact]
        public void Reference_4x4Example_TwoPlanesArePooledIndependently()
        {
            // Batch 1, channels 2: the second plane is the first plus 10; indices stay within their plane.
            float[] input = [.. Example4x4, .. Example4x4.Select(v => v + 10)];
            var spec = PoolSpecND.Of2D(PoolKind.Max, 2, 2, 2, 2, 0, 0);
            Compare.Bitwise<float>([6, 8, 3, 4, 16, 18, 13, 14], PoolReference.Pool<float>(spec, input, 1, 2, 4, 4), spec.ToString());
            Assert.Equal([5L, 7, 8, 15, 5, 7, 8, 15], PoolReference.MaxIndices<float>(spec, input, 1, 2, 4, 4));
        }

        [Fact]
        public void Reference_CeilMode_3x3()
        {
            // [1 2 3 / 4 5 6 / 7 8 9], 2x2 stride 2, no padding, ceil mode:
            // out = ceil((3 - 2) / 2) + 1 = 2 per axis ((2-1)*2 = 2 < 3 + 0, so no correction).
            // Rows {0,1},{2} x columns {0,1},{2}: windows {1 2 4 5} {3 6} {7 8} {9}.
            // Max 5 (index 4), 6 (5), 8 (7), 9 (8).
            // Average: per axis the divisor count is min(start + 2, 3 + 0) - start: 2 for start 0, 1 for start 2,
            // so divisors 4, 2, 2, 1 with or without count_include_pad: 12/4 = 3, 9/2 = 4.5, 15/2 = 7.5, 9/1 = 9.
            float[] input = [1, 2, 3, 4, 5, 6, 7, 8, 9];
            var max = PoolSpecND.Of2D(PoolKind.Max, 2, 2, 2, 2, 0, 0, ceilMode: true);
            Compare.Bitwise<float>([5, 6, 8, 9], PoolReference.Pool<float>(max, input, 1, 1, 3, 3), max.ToString());
            Assert.Equal([4L, 5, 7, 8], PoolReference.MaxIndices<float>(max, input, 1, 1, 3, 3));

            foreach (bool countIncludePad in new[] { true, false })
            {
                var average = PoolSpecND.Of2D(PoolKind.Average, 2, 2, 2, 2, 0, 0, ceilMode: true, countIncludePad: countIncludePad);
                Compare.Bitwise<float>([3, 4.5f, 7.5f, 9], PoolReference.Pool<float>(average, input, 1, 1, 3, 3), average.ToString());
            }
        }

        [Fact]
        public void Reference_CeilMode_WindowPastThePaddingHasASmallerDivisor()
        {
            // One row [1 2 3 4], kernel 1x3, stride 1x2, padding 0x1, ceil mode.
            // W: out = ceil((4 + 2 - 3) / 2) + 1 = 3; (3-1)*2 = 4 < 4 + 1, so no correction (floor mode: 2).
            // Starts -1, 1, 3: taps {-1 0 1} {1 2 3} {3 4 5}; padded extent [-1, 5).
            //   in the input:          {1 2}    {2 3 4}   {4}      sums 3, 9, 4
            //   in the padded extent:  3 taps   3 taps    2 taps (5 is past n + p)
            // count_include_pad: 3/3 = 1, 9/3 = 3, 4/2 = 2; without: 3/2 = 1.5, 9/3 = 3, 4/1 = 4.
            // Max 2 (index 1), 4 (3), 4 (3).
            double[] input = [1, 2, 3, 4];
            var include = PoolSpecND.Of2D(PoolKind.Average, 1, 3, 1, 2, 0, 1, ceilMode: true, countIncludePad: true);
            var exclude = include with { CountIncludePad = false };
            var max = include with { Kind = PoolKind.Max };
            Compare.Bitwise<double>([1, 3, 2], PoolReference.Pool<double>(include, input, 1, 1, 1, 4), include.ToString());
            Compare.Bitwise<double>([1.5, 3, 4], PoolReference.Pool<double>(exclude, input, 1, 1, 1, 4), exclude.ToString());
            Compare.Bitwise<double>([2, 4, 4], PoolReference.Pool<double>(max, input, 1, 1, 1, 4), max.ToString());
            Assert.Equal([1L, 3, 3], PoolReference.MaxIndices<double>(max, input, 1, 1, 1, 4));
            Assert.Equal(2, PoolReference.OutputSize(4, 3, 2, 1, 1, ceil: false));
        }

        [Theory]
        //          n  k  s  p  d  ceil  out
        [InlineData(3, 2, 2, 1, 1, true, 2)]   // ceil(3/2) + 1 = 3, but (3-1)*2 = 4 >= 3 + 1: the last window starts in the right padding
        [InlineData(3, 2, 2, 1, 1, false, 2)]  // floor(3/2) + 1
        [InlineData(3, 2, 2, 0, 1, true, 2)]   // ceil(1/2) + 1; (2-1)*2 = 2 < 3
        [InlineData(3, 2, 2, 0, 1, false, 1)]  // floor(1/2) + 1
        [InlineData(5, 3, 1, 0, 1, false, 3)]
        [InlineData(5, 2, 1, 1, 3, false, 4)]  // e = 4: (5 + 2 - 4)/1 + 1
        [InlineData(1, 2, 1, 1, 2, false, 1)]  // e = 3: (1 + 2 - 3)/1 + 1
        [InlineData(2, 4, 3, 0, 1, false, 0)]  // floor(-2/3) = -1 (truncation would give 0 and a wrong 1)
        [InlineData(2, 4, 3, 0, 1, true, 1)]   // ceil(-2/3) = 0; as libtorch: one window, wider than the input
        [InlineData(1, 3, 1, 0, 1, false, -1)] // floor(-2/1) + 1
        public void Reference_OutputSize(int n, int k, int s, int p, int d, bool ceil, int expected)
        {
            Assert.Equal(expected, PoolReference.OutputSize(n, k, s, p, d, ceil));
        }

        [Fact]
        public void Reference_NoOutputThrows()
        {
            var spec = PoolSpecND.Of2D(PoolKind.Max, 3, 3, 1, 1, 0, 0);
            Assert.Throws<ArgumentException>(() => PoolReference.Pool<float>(spec, new float[4], 1, 1, 2, 2));
        }

        [Fact]
        public void Reference_NaNPropagatesAndTheLastNaNIsTheIndex()
        {
            // [1 NaN 3 4 / NaN 9 5 6], 2x2 stride 2.
            // Window 0 in row-major order: 1 (replaces -inf), NaN at 1 (replaces), NaN at 4 (replaces: NaN always does),
            // 9 at 5 (9 > NaN is false): NaN, index 4. Window 1: 3 4 5 6: 6, index 7.
            // Average: NaN (the sum is NaN), 18/4 = 4.5.
            float[] input = [1, float.NaN, 3, 4, float.NaN, 9, 5, 6];
            var max = PoolSpecND.Of2D(PoolKind.Max, 2, 2, 2, 2, 0, 0);
            var average = max with { Kind = PoolKind.Average };
            Compare.Bitwise<float>([float.NaN, 6], PoolReference.Pool<float>(max, input, 1, 1, 2, 4), max.ToString());
            Assert.Equal([4L, 7], PoolReference.MaxIndices<float>(max, input, 1, 1, 2, 4));
            Compare.Bitwise<float>([float.NaN, 4.5f], PoolReference.Pool<float>(average, input, 1, 1, 2, 4), average.ToString());
        }

        [Fact]
        public void Reference_InfinitiesInTheAverage()
        {
            // One row [inf -inf 1 inf], kernel 1x2 stride 1x2: inf + -inf = NaN; 1 + inf = inf, /2 = inf.
            double[] input = [double.PositiveInfinity, double.NegativeInfinity, 1, double.PositiveInfinity];
            var average = PoolSpecND.Of2D(PoolKind.Average, 1, 2, 1, 2, 0, 0);
            Compare.Bitwise<double>([double.NaN, double.PositiveInfinity], PoolReference.Pool<double>(average, input, 1, 1, 1, 4), average.ToString());
        }

        [Fact]
        public void Reference_SignedZeroTiesKeepTheFirst()
        {
            // One row [-0 +0 +0 -0], kernel 1x2 stride 1x2.
            // Window 0: -0 replaces -inf; +0 > -0 is false, so -0 stays (index 0).
            // Window 1: +0 replaces -inf; -0 > +0 is false, so +0 stays (index 2).
            float[] input = [-0.0f, 0.0f, 0.0f, -0.0f];
            var max = PoolSpecND.Of2D(PoolKind.Max, 1, 2, 1, 2, 0, 0);
            float[] output = PoolReference.Pool<float>(max, input, 1, 1, 1, 4);
            Compare.Bitwise<float>([-0.0f, 0.0f], output, max.ToString());
            Assert.True(float.IsNegative(output[0]));
            Assert.False(float.IsNegative(output[1]));
            Assert.Equal([0L, 2], PoolReference.MaxIndices<float>(max, input, 1, 1, 1, 4));
        }

        [Fact]
        public void Reference_AverageOfNegativeZerosIsPositiveZero()
        {
            // [-0 -0], kernel 1x2: the sum starts at +0, +0 + -0 = +0, +0 + -0 = +0; +0 / 2 = +0.
            double[] input = [-0.0, -0.0];
            var average = PoolSpecND.Of2D(PoolKind.Average, 1, 2, 1, 2, 0, 0);
            double[] output = PoolReference.Pool<double>(average, input, 1, 1, 1, 2);
            Compare.Bitwise<double>([0.0], output, average.ToString());
            Assert.False(double.IsNegative(output[0]));
        }

        [Fact]
        public void Reference_AllNegativeInfinityWindowKeepsItsFirstInputTap()
        {
            // One row [-inf -inf 5], kernel 1x2, stride 1x2, padding 0x1: out = (3 + 2 - 2)/2 + 1 = 2.
            // Window 0: taps -1 (padding) and 0: -inf, never replaced; index = first tap at or after 0 = 0.
            // Window 1: taps 1, 2: 5 at index 2.
            float[] input = [float.NegativeInfinity, float.NegativeInfinity, 5];
            var max = PoolSpecND.Of2D(PoolKind.Max, 1, 2, 1, 2, 0, 1);
            Compare.Bitwise<float>([float.NegativeInfinity, 5], PoolReference.Pool<float>(max, input, 1, 1, 1, 3), max.ToString());
            Assert.Equal([0L, 2], PoolReference.MaxIndices<float>(max, input, 1, 1, 1, 3));
        }

        [Fact]
        public void Reference_WindowWithNoTapInTheInput()
        {
            // 1x1 input, kernel 1x2, dilation 1x2, padding 0x1, stride 1: e = 3 on W, out = (1 + 2 - 3)/1 + 1 = 1.
            // W taps -1 and 1, neither inside [0, 1). Max: the lowest value; index: first tap at or after 0 is
            // x = -1 + 2 = 1 (past the end), y = 0: 0*1 + 1 = 1.
            // Average: both taps lie in the padded extent [-1, 2): count_include_pad gives 0/2 = +0; without, 0/0 = NaN.
            var max = PoolSpecND.Of2D(PoolKind.Max, 1, 2, 1, 1, 0, 1, dilationW: 2);
            Compare.Bitwise<float>([float.NegativeInfinity], PoolReference.Pool<float>(max, [7f], 1, 1, 1, 1), max.ToString());
            Assert.Equal([1L], PoolReference.MaxIndices<float>(max, [7f], 1, 1, 1, 1));
            Compare.Bitwise<int>([int.MinValue], PoolReference.Pool<int>(max, [7], 1, 1, 1, 1), max.ToString());
            Compare.Bitwise<byte>([0], PoolReference.Pool<byte>(max, [7], 1, 1, 1, 1), max.ToString());

            var include = max with { Kind = PoolKind.Average, CountIncludePad = true };
            var exclude = include with { CountIncludePad = false };
            Compare.Bitwise<double>([0.0], PoolReference.Pool<double>(include, [7.0], 1, 1, 1, 1), include.ToString());
            Compare.Bitwise<double>([double.NaN], PoolReference.Pool<double>(exclude, [7.0], 1, 1, 1, 1), exclude.ToString());
        }

        [Fact]
        public void Reference_IntegerMax()
        {
            // [MinValue -1 / MinValue MinValue] and [3 3 / 3 2], 2x2: -1 (index 1); 3, the first of the tie (index 0).
            int[] input = [int.MinValue, -1, 3, 3, int.MinValue, int.MinValue, 3, 2];
            var max = PoolSpecND.Of2D(PoolKind.Max, 2, 2, 2, 2, 0, 0);
            Compare.Bitwise<int>([-1, 3], PoolReference.Pool<int>(max, input, 1, 1, 2, 4), max.ToString());
            Assert.Equal([1L, 2], PoolReference.MaxIndices<int>(max, input, 1, 1, 2, 4));
            Assert.Throws<NotSupportedException>(() => PoolReference.Pool<int>(max with { Kind = PoolKind.Average }, input, 1, 1, 2, 4));
        }

        [Fact]
        public void Reference_SpecToString()
        {
            Assert.Equal("max k3x3 s2x2 p1x1 d1x1 ceil", PoolSpecND.Of2D(PoolKind.Max, 3, 3, 2, 2, 1, 1, ceilMode: true).ToString());
            Assert.Equal(
                "avg k2x3 s1x2 p0x1 d1x1 nopad div5",
                PoolSpecND.Of2D(PoolKind.Average, 2, 3, 1, 2, 0, 1, countIncludePad: false, divisorOverride: 5).ToString());
        }

        // ---- The comparison helpers the oracle tests rely on ------------------------------------------------------

        [Fact]
        public void Reference_CompareBitwise()
        {
            float otherNaN = BitConverter.Int32BitsToSingle(unchecked((int)0xFFC00001)); // negative, with a payload
            Compare.Bitwise<float>([1, float.NaN, -0.0f], [1, otherNaN, -0.0f], "equal");
            Assert.Throws<ComparisonException>(() => Compare.Bitwise<float>([0.0f], [-0.0f], "signed zero"));
            Assert.Throws<ComparisonException>(() => Compare.Bitwise<double>([double.NaN], [1.0], "NaN vs number"));
            Assert.Throws<ComparisonException>(() => Compare.Bitwise<double>([1.0, 2.0], [1.0], "length"));
            Assert.Throws<ComparisonException>(() => Compare.Bitwise<long>([long.MinValue], [long.MaxValue], "integer"));

            ComparisonException e = Assert.Throws<ComparisonException>(
                () => Compare.Bitwise<int>([1, 2, 3, 4, 5, 6, 7], [0, 0, 0, 0, 0, 0, 7], "the context"));
            Assert.Contains("the context", e.Message, StringComparison.Ordinal);
            Assert.Contains("6 of 7", e.Message, StringComparison.Ordinal);
            Assert.Contains("[4] expected 5, actual 0", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("[5]", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Reference_CompareClose()
        {
            Compare.Close<double>([1.0, double.NaN, double.PositiveInfinity, 0.0], [1.0 + 1e-12, double.NaN, double.PositiveInfinity, -0.0], 1e-9, "close");
            Assert.Throws<ComparisonException>(() => Compare.Close<double>([1.0], [1.001], 1e-9, "far"));
            Assert.Throws<ComparisonException>(() => Compare.Close<double>([double.PositiveInfinity], [double.NegativeInfinity], 1e-9, "infinities"));
            Assert.Throws<ComparisonException>(() => Compare.Close<float>([float.MaxValue], [float.PositiveInfinity], 1e-3, "overflow"));
        }

        [Fact]
        public void Reference_TestDataIsDeterministic()
        {
            Assert.Equal(TestData.Random<float>(7, 100, specials: true, ties: true), TestData.Random<float>(7, 100, specials: true, ties: true));
            Assert.NotEqual(TestData.Random<double>(7, 100, specials: false, ties: false), TestData.Random<double>(8, 100, specials: false, ties: false));
            Assert.All(TestData.Random<float>(1, 1000, specials: false, ties: true), v => Assert.True(v >= -4 && v < 4 && v * 4 == MathF.Round(v * 4)));
            Assert.Contains(TestData.Random<double>(1, 1000, specials: true, ties: false), double.IsNaN);
            Assert.Contains(TestData.Random<sbyte>(1, 1000, specials: false, ties: true), v => v == sbyte.MinValue);
            Assert.Contains(TestData.Random<sbyte>(1, 1000, specials: false, ties: true), v => v < 0 && v > -5);
            Assert.Contains(TestData.Random<ulong>(1, 1000, specials: false, ties: true), v => v == ulong.MaxValue);
        }
    }
}
