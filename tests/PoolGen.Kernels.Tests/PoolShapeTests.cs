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

        /// <summary>The asymmetric form against a direct count of the windows that start inside the input or the beginning padding.</summary>
        [Fact]
        public void AsymmetricPadding_CountsTheWindows()
        {
            int checkedCount = 0;
            for (int k = 1; k <= 5; k++)
            {
                for (int s = 1; s <= 3; s++)
                {
                    for (int d = 1; d <= 2; d++)
                    {
                        int effective = (d * (k - 1)) + 1;
                        for (int begin = 0; begin < effective; begin++)
                        {
                            for (int end = 0; end < effective; end++)
                            {
                                foreach (bool ceil in new[] { false, true })
                                {
                                    for (int n = 1; n <= 16; n++)
                                    {
                                        // Floor mode: the windows wholly inside the padded input [-begin, n + end). Ceil mode also counts a
                                        // window that runs past the end by less than a stride, if it starts inside the input.
                                        int windows = 0;
                                        for (int o = 0; ; o++)
                                        {
                                            int start = (o * s) - begin;
                                            bool fits = start + effective <= n + end;
                                            bool ceilExtra = ceil && start < n && start + effective <= n + end + s - 1;
                                            if (!fits && !ceilExtra)
                                            {
                                                break;
                                            }

                                            windows++;
                                        }

                                        if (windows < 1)
                                        {
                                            Assert.Throws<ArgumentException>(() => PoolShape.OutputSize(n, k, s, (begin, end), d, ceil));
                                            continue;
                                        }

                                        Assert.Equal(windows, PoolShape.OutputSize(n, k, s, (begin, end), d, ceil));
                                        checkedCount++;
                                    }
                                }
                            }
                        }
                    }
                }
            }

            Assert.True(checkedCount > 1000);
        }

        [Theory]
        [InlineData(1, 1, 1)]
        [InlineData(7, 2, 4)]
        [InlineData(8, 2, 4)]
        [InlineData(9, 3, 3)]
        public void SameOutputSize_IsTheCeilingOfSizeOverStride(int n, int s, int expected)
            => Assert.Equal(expected, PoolShape.SameOutputSize(n, s));

        [Fact]
        public void AsymmetricPadding_RejectsAPaddingAsWideAsTheWindow()
            => Assert.Throws<ArgumentOutOfRangeException>(() => PoolShape.OutputSize(8, 3, 1, (3, 0)));
    }
}
