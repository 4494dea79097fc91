using System;
using System.Diagnostics;
using System.IO;

namespace PoolGen.Sample
{
    /// <summary>
    /// A tiny CNN forward pass over the shipped test image: 3x3 convolution + ReLU, PoolGen 2x2 max pooling, a second
    /// convolution + ReLU + pooling stage, then PoolGen global average pooling to 16 features. The weights are fixed
    /// pseudo-random numbers (a seeded xorshift), not trained: the point is the shapes, the time per stage and what
    /// pooling does to the feature maps, which are written as PGM images.
    /// </summary>
    internal static class TinyCnn
    {
        public const int ImageSize = 128;
        public const int Conv1Filters = 8;
        public const int Conv2Filters = 16;
        public const string ImageFile = "shapes.pgm";

        public static void Run(string outputDirectory, bool timing)
        {
            string imagePath = Path.Combine(AppContext.BaseDirectory, ImageFile);
            float[] image = Pgm.Read(imagePath, out int width, out int height);
            if (width != ImageSize || height != ImageSize)
            {
                throw new InvalidDataException($"{imagePath}: {width}x{height}, the network expects {ImageSize}x{ImageSize}");
            }

            var random = new XorShift(20251128);
            Layer conv1 = Layer.Create(random, inChannels: 1, outChannels: Conv1Filters);
            Layer conv2 = Layer.Create(random, inChannels: Conv1Filters, outChannels: Conv2Filters);

            // Once to warm up (the JIT compiles each stage on first use), then once timed.
            Forward(image, conv1, conv2, out _);
            Result result = Forward(image, conv1, conv2, out double[] ms);

            const int half = ImageSize / 2, quarter = ImageSize / 4;
            Console.WriteLine($"Tiny CNN on {ImageFile} ({width}x{height} grayscale), fixed pseudo-random weights:");
            Console.WriteLine($"  stage                      maps (CxHxW){(timing ? "         time (one run, after a warm-up run)" : string.Empty)}");
            Row("input", $"1x{ImageSize}x{ImageSize}", null);
            Row("conv 3x3, pad 1 + ReLU", $"{Conv1Filters}x{ImageSize}x{ImageSize}", ms[0]);
            Row("PoolGen max 2x2, stride 2", $"{Conv1Filters}x{half}x{half}", ms[1]);
            Row("conv 3x3, pad 1 + ReLU", $"{Conv2Filters}x{half}x{half}", ms[2]);
            Row("PoolGen max 2x2, stride 2", $"{Conv2Filters}x{quarter}x{quarter}", ms[3]);
            Row("PoolGen global average", $"{Conv2Filters}x1x1", ms[4]);

            Console.WriteLine("  features: " + string.Join(" ", Array.ConvertAll(result.Features[..8], f => f.ToString("F4"))));
            Console.WriteLine("            " + string.Join(" ", Array.ConvertAll(result.Features[8..], f => f.ToString("F4"))));

            // Checks anyone can follow: the pooled maps against a plain loop, the features against a plain mean.
            int differ1 = CountDifferences(result.Pool1, PlainMaxPool2x2(result.Conv1, Conv1Filters, ImageSize));
            int differ2 = CountDifferences(result.Pool2, PlainMaxPool2x2(result.Conv2, Conv2Filters, half));
            Console.WriteLine($"  check: pooled maps equal a plain-loop 2x2 max: stage 1 {differ1} of {result.Pool1.Length:N0} differ, stage 2 {differ2} of {result.Pool2.Length:N0} differ");
            bool meansAgree = true;
            for (int c = 0; c < Conv2Filters; c++)
            {
                double sum = 0;
                foreach (float value in result.Pool2.AsSpan(c * quarter * quarter, quarter * quarter))
                {
                    sum += value;
                }

                meansAgree &= Math.Abs(result.Features[c] - (sum / (quarter * quarter))) <= 1e-6 * Math.Max(1, Math.Abs(sum / (quarter * quarter)));
            }

            Console.WriteLine($"  check: features equal the plain mean of each pooled map within 1e-6: {(meansAgree ? "yes" : "NO")}");

            Directory.CreateDirectory(outputDirectory);
            Pgm.WriteMosaic(Path.Combine(outputDirectory, "input.pgm"), image, 1, ImageSize, ImageSize, 1);
            Pgm.WriteMosaic(Path.Combine(outputDirectory, "conv1-relu.pgm"), result.Conv1, Conv1Filters, ImageSize, ImageSize, 4);
            Pgm.WriteMosaic(Path.Combine(outputDirectory, "pool1.pgm"), result.Pool1, Conv1Filters, half, half, 4);
            Pgm.WriteMosaic(Path.Combine(outputDirectory, "conv2-relu.pgm"), result.Conv2, Conv2Filters, half, half, 4);
            Pgm.WriteMosaic(Path.Combine(outputDirectory, "pool2.pgm"), result.Pool2, Conv2Filters, quarter, quarter, 4);
            Console.WriteLine($"  wrote input.pgm, conv1-relu.pgm, pool1.pgm, conv2-relu.pgm, pool2.pgm to {outputDirectory}/ (each map scaled to its own maximum)");

            if (differ1 != 0 || differ2 != 0 || !meansAgree)
            {
                throw new InvalidOperationException("a check failed");
            }

            void Row(string stage, string shape, double? milliseconds) =>
                Console.WriteLine(($"  {stage,-26} {shape,-20}" + (timing && milliseconds is double t ? $" {t,9:F3} ms" : string.Empty)).TrimEnd());
        }

        private static Result Forward(float[] image, Layer conv1, Layer conv2, out double[] milliseconds)
        {
            const int half = ImageSize / 2, quarter = ImageSize / 4;
            milliseconds = new double[5];
            var result = new Result
            {
                Pool1 = new float[Conv1Filters * half * half],
                Pool2 = new float[Conv2Filters * quarter * quarter],
                Features = new float[Conv2Filters],
            };

            long start = Stopwatch.GetTimestamp();
            result.Conv1 = conv1.ForwardRelu(image, ImageSize);
            milliseconds[0] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            Kernels.CnnPool1(result.Conv1, result.Pool1);
            milliseconds[1] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            result.Conv2 = conv2.ForwardRelu(result.Pool1, half);
            milliseconds[2] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            Kernels.CnnPool2(result.Conv2, result.Pool2);
            milliseconds[3] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            Kernels.CnnGlobalAverage(result.Pool2, result.Features);
            milliseconds[4] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            return result;
        }

        // The reference for the check: 2x2 max, stride 2, over even-sized square maps.
        private static float[] PlainMaxPool2x2(float[] maps, int channels, int size)
        {
            int outSize = size / 2;
            var pooled = new float[channels * outSize * outSize];
            for (int c = 0; c < channels; c++)
            {
                for (int y = 0; y < outSize; y++)
                {
                    for (int x = 0; x < outSize; x++)
                    {
                        int at = (c * size * size) + (2 * y * size) + (2 * x);
                        pooled[(c * outSize * outSize) + (y * outSize) + x] =
                            Math.Max(Math.Max(maps[at], maps[at + 1]), Math.Max(maps[at + size], maps[at + size + 1]));
                    }
                }
            }

            return pooled;
        }

        private static int CountDifferences(float[] a, float[] b)
        {
            int count = 0;
            for (int i = 0; i < a.Length; i++)
            {
                count += BitConverter.SingleToInt32Bits(a[i]) == BitConverter.SingleToInt32Bits(b[i]) ? 0 : 1;
            }

            return count;
        }

        private sealed class Result
        {
            public float[] Conv1 = Array.Empty<float>();
            public float[] Pool1 = Array.Empty<float>();
            public float[] Conv2 = Array.Empty<float>();
            public float[] Pool2 = Array.Empty<float>();
            public float[] Features = Array.Empty<float>();
        }

        /// <summary>A 3x3 convolution layer with padding 1 (the output is as large as the input) followed by ReLU.</summary>
        private sealed class Layer
        {
            private readonly float[] weights; // [out][in][3][3]
            private readonly float[] bias;
            private readonly int inChannels;
            private readonly int outChannels;

            private Layer(float[] weights, float[] bias, int inChannels, int outChannels)
            {
                this.weights = weights;
                this.bias = bias;
                this.inChannels = inChannels;
                this.outChannels = outChannels;
            }

            // Uniform weights in +-sqrt(6 / fan-in) (He), biases in +-0.05.
            public static Layer Create(XorShift random, int inChannels, int outChannels)
            {
                float limit = MathF.Sqrt(6f / (inChannels * 9));
                var weights = new float[outChannels * inChannels * 9];
                for (int i = 0; i < weights.Length; i++)
                {
                    weights[i] = random.NextSigned() * limit;
                }

                var bias = new float[outChannels];
                for (int i = 0; i < bias.Length; i++)
                {
                    bias[i] = random.NextSigned() * 0.05f;
                }

                return new Layer(weights, bias, inChannels, outChannels);
            }

            // Cross-correlation as in CNNs, zero padding 1, then max(0, x).
            public float[] ForwardRelu(ReadOnlySpan<float> input, int size)
            {
                var output = new float[outChannels * size * size];
                for (int o = 0; o < outChannels; o++)
                {
                    Span<float> plane = output.AsSpan(o * size * size, size * size);
                    for (int y = 0; y < size; y++)
                    {
                        for (int x = 0; x < size; x++)
                        {
                            float sum = bias[o];
                            for (int i = 0; i < inChannels; i++)
                            {
                                ReadOnlySpan<float> source = input.Slice(i * size * size, size * size);
                                ReadOnlySpan<float> w = weights.AsSpan(((o * inChannels) + i) * 9, 9);
                                for (int ky = 0; ky < 3; ky++)
                                {
                                    int sy = y + ky - 1;
                                    if ((uint)sy >= (uint)size)
                                    {
                                        continue;
                                    }

                                    for (int kx = 0; kx < 3; kx++)
                                    {
                                        int sx = x + kx - 1;
                                        if ((uint)sx < (uint)size)
                                        {
                                            sum += source[(sy * size) + sx] * w[(ky * 3) + kx];
                                        }
                                    }
                                }
                            }

                            plane[(y * size) + x] = Math.Max(0f, sum);
                        }
                    }
                }

                return output;
            }
        }

        /// <summary>Marsaglia's xorshift32: the same numbers on every runtime, JIT or NativeAOT.</summary>
        private sealed class XorShift(uint seed)
        {
            private uint state = seed == 0 ? 1 : seed;

            /// <summary>A float in [-1, 1).</summary>
            public float NextSigned()
            {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                return ((state >> 8) * (1f / (1 << 24)) * 2) - 1;
            }
        }
    }
}
