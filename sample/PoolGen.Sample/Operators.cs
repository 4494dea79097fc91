using System;

namespace PoolGen.Sample
{
    /// <summary>
    /// Part 4 of the sample: adaptive pooling (fixed-size features from maps of any size) and the backward passes, checked
    /// against finite differences.
    /// </summary>
    internal static class Operators
    {
        /// <summary>The adaptive pooling's output side: every map becomes 6x6, as AlexNet's <c>AdaptiveAvgPool2d((6, 6))</c>.</summary>
        public const int FeatureSide = 6;

        /// <summary>The side of the small map the gradient check runs on.</summary>
        public const int GradientSide = 8;

        /// <summary>What part 4 computed, for the tests.</summary>
        internal sealed record Result(
            (int Height, int Width, float[] Features)[] Adaptive,
            double MaxGradientError,
            double AverageGradientError,
            double GradientScale);

        /// <summary>
        /// Pools maps of two sizes to 6x6 features, then checks the max and average backward passes against central finite
        /// differences of <c>L(x) = sum_j w_j * pool(x)_j</c>, whose gradient is the backward pass of <c>w</c>.
        /// </summary>
        public static Result Run(float[] features, int channels, int side, float[] pooled, int pooledSide)
        {
            Console.WriteLine("Adaptive average pooling to 6x6: the same number of features whatever the map size");
            var adaptive = new (int, int, float[])[2];
            int row = 0;
            foreach ((float[] maps, int mapSide) in new[] { (features, side), (pooled, pooledSide) })
            {
                var output = new float[channels * FeatureSide * FeatureSide];
                Kernels.AdaptiveAverage6x6(maps, output, channels, mapSide, mapSide);
                adaptive[row++] = (mapSide, mapSide, output);

                // A spot check: the first window of an axis of n inputs covers [0, ceil(n / 6)).
                int extent = (mapSide + FeatureSide - 1) / FeatureSide;
                double sum = 0;
                for (int y = 0; y < extent; y++)
                {
                    for (int x = 0; x < extent; x++)
                    {
                        sum += maps[(y * mapSide) + x];
                    }
                }

                Console.WriteLine($"  {mapSide}x{mapSide}x{channels} -> {FeatureSide}x{FeatureSide}x{channels} = {output.Length:N0} features; " +
                    $"first window {extent}x{extent}: {output[0]:F4} (its mean: {sum / (extent * extent):F4})");
            }

            Console.WriteLine();
            Console.WriteLine($"Backward passes on a {GradientSide}x{GradientSide} map against finite differences (double precision):");
            (double maxError, double averageError, double scale) = CheckGradients();
            Console.WriteLine($"  3x3 max pooling, stride 2, padding 1: largest |backward - finite difference| = {maxError:0.0e+0}");
            Console.WriteLine($"  3x3 average pooling, stride 1, padding 1: largest |backward - finite difference| = {averageError:0.0e+0}");
            Console.WriteLine($"  (gradients up to {scale:F2} in size; a central difference with h = 1e-6 on values up to {GradientSide * GradientSide} is good to about 1e-7)");
            return new Result(adaptive, maxError, averageError, scale);
        }

        private static (double MaxError, double AverageError, double Scale) CheckGradients()
        {
            const int n = GradientSide;
            int pooledMax = PoolShape.OutputSize(n, kernelSize: 3, stride: 2, padding: 1);
            int pooledAverage = PoolShape.OutputSize(n, kernelSize: 3, stride: 1, padding: 1);
            var random = new Random(20261204);
            double[] x = new double[n * n];
            for (int i = 0; i < x.Length; i++)
            {
                // Distinct values, far apart compared with h: no window's maximum changes under the finite difference.
                x[i] = i + (random.NextDouble() * 0.5);
            }

            // Shuffle, so that the maximum of a window is not always its last tap.
            for (int i = x.Length - 1; i > 0; i--)
            {
                int j = random.Next(i + 1);
                (x[i], x[j]) = (x[j], x[i]);
            }

            double[] weightsMax = Weights(random, pooledMax * pooledMax);
            double[] weightsAverage = Weights(random, pooledAverage * pooledAverage);

            // The gradients from the backward passes.
            double[] pooled = new double[weightsMax.Length];
            long[] indices = new long[weightsMax.Length];
            Kernels.MaxPool3x3WithIndices(x, pooled, indices, 1, n, n);
            double[] maxGradient = new double[x.Length];
            Kernels.MaxPool3x3Backward(weightsMax, indices, maxGradient, 1, n, n);
            double[] averageGradient = new double[x.Length];
            Kernels.AveragePool3x3Backward(weightsAverage, averageGradient, 1, n, n);

            // Central differences: (L(x + h e_i) - L(x - h e_i)) / 2h for every element i.
            const double h = 1e-6;
            double maxError = 0, averageError = 0, scale = 0;
            double[] maxOutput = new double[weightsMax.Length];
            double[] averageOutput = new double[weightsAverage.Length];
            for (int i = 0; i < x.Length; i++)
            {
                double saved = x[i];
                x[i] = saved + h;
                double maxUp = Loss(x, weightsMax, maxOutput, max: true), averageUp = Loss(x, weightsAverage, averageOutput, max: false);
                x[i] = saved - h;
                double maxDown = Loss(x, weightsMax, maxOutput, max: true), averageDown = Loss(x, weightsAverage, averageOutput, max: false);
                x[i] = saved;
                maxError = Math.Max(maxError, Math.Abs(maxGradient[i] - ((maxUp - maxDown) / (2 * h))));
                averageError = Math.Max(averageError, Math.Abs(averageGradient[i] - ((averageUp - averageDown) / (2 * h))));
                scale = Math.Max(scale, Math.Max(Math.Abs(maxGradient[i]), Math.Abs(averageGradient[i])));
            }

            return (maxError, averageError, scale);
        }

        private static double Loss(double[] x, double[] weights, double[] output, bool max)
        {
            if (max)
            {
                Kernels.MaxPool3x3(x, output, 1, GradientSide, GradientSide);
            }
            else
            {
                Kernels.AveragePool3x3(x, output, 1, GradientSide, GradientSide);
            }

            double loss = 0;
            for (int j = 0; j < output.Length; j++)
            {
                loss += weights[j] * output[j];
            }

            return loss;
        }

        private static double[] Weights(Random random, int count)
        {
            double[] weights = new double[count];
            for (int j = 0; j < count; j++)
            {
                weights[j] = random.NextDouble() - 0.5;
            }

            return weights;
        }
    }
}
