using System;

namespace PoolGen.Sample.Tests
{
    /// <summary>Part 4 of the sample: adaptive pooling to 6x6 and the finite-difference check of the backward passes.</summary>
    public class OperatorsTests
    {
        private static readonly Operators.Result Result = Run();

        private static Operators.Result Run()
        {
            // Two map sizes as the sample's (a map and its pooled half), smaller, with random values.
            const int channels = 3, side = 17, pooledSide = 8;
            var random = new Random(7);
            float[] maps = new float[channels * side * side];
            float[] pooled = new float[channels * pooledSide * pooledSide];
            for (int i = 0; i < maps.Length; i++)
            {
                maps[i] = (float)random.NextDouble();
            }

            for (int i = 0; i < pooled.Length; i++)
            {
                pooled[i] = (float)random.NextDouble();
            }

            Operators.Result result = Operators.Run(maps, channels, side, pooled, pooledSide);
            Inputs = (maps, pooled);
            return result;
        }

        private static (float[] Maps, float[] Pooled) Inputs { get; set; }

        [Fact]
        public void AdaptiveFeaturesAreTheMeansOfPyTorchsWindows()
        {
            // The windows written out from PyTorch's rule (start floor(o*n/m), end ceil((o+1)*n/m)), the mean in double.
            const int channels = 3, m = Operators.FeatureSide;
            Assert.Equal(2, Result.Adaptive.Length);
            foreach ((int height, int width, float[] features) in Result.Adaptive)
            {
                float[] maps = height == 17 ? Inputs.Maps : Inputs.Pooled;
                Assert.Equal(channels * m * m, features.Length);
                for (int c = 0; c < channels; c++)
                {
                    for (int oy = 0; oy < m; oy++)
                    {
                        for (int ox = 0; ox < m; ox++)
                        {
                            int y0 = oy * height / m, y1 = (int)Math.Ceiling((oy + 1) * height / (double)m);
                            int x0 = ox * width / m, x1 = (int)Math.Ceiling((ox + 1) * width / (double)m);
                            double sum = 0;
                            for (int y = y0; y < y1; y++)
                            {
                                for (int x = x0; x < x1; x++)
                                {
                                    sum += maps[(c * height * width) + (y * width) + x];
                                }
                            }

                            double mean = sum / ((y1 - y0) * (x1 - x0));
                            Assert.True(Math.Abs(features[(c * m * m) + (oy * m) + ox] - mean) < 1e-5, $"{height}x{width}, channel {c}, output ({oy}, {ox})");
                        }
                    }
                }
            }
        }

        [Fact]
        public void BackwardPassesAgreeWithFiniteDifferences()
        {
            // Central differences with h = 1e-6 on values of order 100: their error is about 1e-8 at most.
            Assert.True(Result.GradientScale > 0.1, $"gradients too small to test: {Result.GradientScale}");
            Assert.True(Result.MaxGradientError < 1e-6, $"max backward differs by {Result.MaxGradientError}");
            Assert.True(Result.AverageGradientError < 1e-6, $"average backward differs by {Result.AverageGradientError}");
        }
    }
}
