using System;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>PoolShape.OutputSize, the size users give their buffers, against the reference's formula.</summary>
    public class PoolShapeTests
    {
        [Fact]
        public void MatchesTheReferenceOverEveryValidConfiguration()
        {
            int checkedCount = 0;
            for (int k = 1; k <= 6; k++)
            {
                for (int s = 1; s <= 4; s++)
                {
                    for (int d = 1; d <= 3; d++)
                    {
                        int effective = (d * (k - 1)) + 1;
                        for (int p = 0; p <= effective / 2; p++)
                        {
                            foreach (bool ceil in new[] { false, true })
                            {
                                for (int n = 1; n <= 24; n++)
                                {
                                    int expected = PoolReference.OutputSize(n, k, s, p, d, ceil);
                                    if (expected >= 1)
                                    {
                                        Assert.Equal(expected, PoolShape.OutputSize(n, k, s, p, d, ceil));
                                    }
                                    else
                                    {
                                        var error = Assert.Throws<ArgumentException>(() => PoolShape.OutputSize(n, k, s, p, d, ceil));
                                        Assert.Equal("inputSize", error.ParamName);
                                    }

                                    checkedCount++;
                                }
                            }
                        }
                    }
                }
            }

            Assert.True(checkedCount > 5000, $"only {checkedCount} configurations checked");
        }

        [Fact]
        public void StrideZeroMeansTheWindowSize()
        {
            Assert.Equal(44, PoolShape.OutputSize(89, 2));
            Assert.Equal(PoolShape.OutputSize(89, 3, 3), PoolShape.OutputSize(89, 3, 0));
            Assert.Equal(45, PoolShape.OutputSize(89, 2, ceilMode: true));
        }

        [Theory]
        [InlineData(0, 2, 2, 0, 1, "inputSize")]
        [InlineData(4, 0, 2, 0, 1, "kernelSize")]
        [InlineData(4, 2, -1, 0, 1, "stride")]
        [InlineData(4, 2, 2, -1, 1, "padding")]
        [InlineData(4, 3, 1, 2, 1, "padding")]
        [InlineData(4, 2, 2, 0, 0, "dilation")]
        public void RejectsInvalidArguments(int n, int k, int s, int p, int d, string parameter)
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => PoolShape.OutputSize(n, k, s, p, d));
            Assert.Equal(parameter, error.ParamName);
        }

        [Fact]
        public void OutputThatWouldNotFitAnIntIsRejected()
        {
            // k=2, p=1, s=1 gives n + 1 outputs: one more than int can hold for n = int.MaxValue.
            Assert.Throws<ArgumentOutOfRangeException>(() => PoolShape.OutputSize(int.MaxValue, 2, 1, 1));
        }
    }
}
