using System;
using PoolGen.Testing;

namespace PoolGen.Reference.Tests
{
    /// <summary>Bad arguments to <see cref="PoolOperatorsReference"/> and bad lines to <see cref="Oracle.ParseOp"/> are rejected, not computed.</summary>
    public sealed class ErrorTests
    {
        [Theory]
        [InlineData(-1L)]
        [InlineData(4L)] // the input plane has 4 elements: 0..3
        [InlineData(long.MaxValue)]
        public void MaxPoolBackward_IndexOutsideItsPlane_Throws(long bad)
        {
            float[] gradOutput = [1, 1];
            var e = Assert.Throws<ArgumentException>(() => PoolOperatorsReference.MaxPoolBackwardND(gradOutput, new long[] { 0, bad }, 1, 1, [2], [4]));
            Assert.Contains("indices[1]", e.Message, StringComparison.Ordinal);
            if (bad is >= int.MinValue and <= int.MaxValue)
            {
                Assert.Throws<ArgumentException>(() => PoolOperatorsReference.MaxPoolBackwardND(gradOutput, new int[] { 0, (int)bad }, 1, 1, [2], [4]));
            }
        }

        [Fact]
        public void MaxPoolBackward_AnIndexInTheNextPlaneIsStillOutsideItsOwn()
        {
            // Two planes of 4: index 5 would be inside the whole tensor (ONNX's convention) but not inside plane 0.
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.MaxPoolBackwardND(new double[] { 1, 1 }, new long[] { 5, 0 }, 1, 2, [1], [4]));
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(6)] // the output plane has 6 elements
        public void MaxUnpool_IndexOutsideItsPlane_Throws(int bad)
        {
            double[] input = [1, 2];
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.MaxUnpoolND(input, new long[] { bad, 0 }, 1, 1, [2], [6]));
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.MaxUnpoolND(input, new int[] { 0, bad }, 1, 1, [2], [6]));
        }

        [Fact]
        public void WrongLengths_Throw()
        {
            // gradOutput of 3 for an output shape of 2; indices of 1 for 2 outputs; unpool input of 3 for a shape of 2.
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.MaxPoolBackwardND(new float[] { 1, 1, 1 }, new long[] { 0, 1 }, 1, 1, [2], [4]));
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.MaxPoolBackwardND(new float[] { 1, 1 }, new long[] { 0 }, 1, 1, [2], [4]));
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.MaxUnpoolND(new float[] { 1, 1, 1 }, new long[] { 0, 1 }, 1, 1, [2], [4]));
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.AdaptivePoolND(PoolKind.Max, new float[] { 1, 2, 3 }, 1, 1, [4], [2]));
            PoolSpecND spec = new(PoolKind.Average, [2], [2], [0], [1]);
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.AveragePoolBackwardND(spec, new float[] { 1, 1, 1 }, 1, 1, [4]));
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.AdaptiveAveragePoolBackwardND(new float[] { 1 }, 1, 1, [4], [2]));
        }

        [Fact]
        public void AdaptiveSizes_MustBePositiveAndOfTheSameRank()
        {
            float[] input = [1, 2, 3, 4];
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.AdaptivePoolND(PoolKind.Average, input, 1, 1, [4], [0]));
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.AdaptivePoolND(PoolKind.Average, input, 1, 1, [4], [2, 2]));
            Assert.Throws<ArgumentOutOfRangeException>(() => PoolOperatorsReference.AdaptiveStart(3, 4, 3));
            Assert.Throws<ArgumentOutOfRangeException>(() => PoolOperatorsReference.AdaptiveEnd(0, 4, 0));
        }

        [Fact]
        public void KindsAndTypes_OutsideTheDefinitions_Throw()
        {
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.AdaptiveIndicesND(PoolKind.Average, new float[] { 1 }, 1, 1, [1], [1]));
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.AdaptivePoolND(PoolKind.Lp, new float[] { 1 }, 1, 1, [1], [1], p: 0));
            Assert.Throws<NotSupportedException>(() => PoolOperatorsReference.AdaptivePoolND(PoolKind.Average, new int[] { 1 }, 1, 1, [1], [1]));
            Assert.Throws<NotSupportedException>(() => PoolOperatorsReference.MaxPoolBackwardND(new int[] { 1 }, new long[] { 0 }, 1, 1, [1], [1]));

            PoolSpecND max = new(PoolKind.Max, [2], [2], [0], [1]);
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.AveragePoolBackwardND(max, new float[] { 1, 1 }, 1, 1, [4]));
            PoolSpecND clamped = new PoolSpecND(PoolKind.Average, [2], [2], [0], [1]) { ClampMin = 0 };
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.AveragePoolBackwardND(clamped, new float[] { 1, 1 }, 1, 1, [4]));
            PoolSpecND tooMuchPadding = new(PoolKind.Average, [2], [2], [2], [1]);
            Assert.Throws<ArgumentException>(() => PoolOperatorsReference.AveragePoolBackwardND(tooMuchPadding, new float[] { 1, 1, 1, 1 }, 1, 1, [4]));
        }

        [Fact]
        public void ParseOp_RejectsMalformedLines()
        {
            const string good = """{"id":"x1","op":"max_unpool","rank":1,"dtype":"float32","input_shape":[1,1,2],"kernel":[2],"stride":[2],"padding":[0],"dilation":null,"ceil_mode":null,"count_include_pad":null,"divisor_override":null,"output_size":[4],"output_shape":[1,1,4],"input":[5,"NaN"],"indices":[1,2],"output":[0,5,"NaN",0]}""";
            OracleOpCase parsed = Oracle.ParseOp(good);
            Assert.Equal([1L, 2L], parsed.Indices!);
            Assert.True(double.IsNaN(parsed.Output![2]));

            Assert.Throws<FormatException>(() => Oracle.ParseOp(good.Replace("\"op\":\"max_unpool\"", "\"op\":\"max_unpooling\"", StringComparison.Ordinal)));
            Assert.Throws<FormatException>(() => Oracle.ParseOp(good.Replace("\"indices\":[1,2]", "\"indices\":[1]", StringComparison.Ordinal)));
            Assert.Throws<FormatException>(() => Oracle.ParseOp(good.Replace("\"output_size\":[4]", "\"output_size\":[5]", StringComparison.Ordinal)));
            Assert.Throws<FormatException>(() => Oracle.ParseOp(good.Replace("\"dilation\":null", "\"dilation\":[1]", StringComparison.Ordinal)));
            Assert.Throws<FormatException>(() => Oracle.ParseOp(good.Replace("\"kernel\":[2]", "\"kernel\":null", StringComparison.Ordinal)));
        }
    }
}
