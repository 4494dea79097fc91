using System;
using System.Diagnostics;
using System.IO;

namespace PoolGen.Sample
{
    /// <summary>
    /// A tiny CNN forward pass over the shipped test image: 3x3 convolution + ReLU, PoolGen 2x2 max pooling, a second
    /// convolution + ReLU + pooling stage, then PoolGen global average pooling to 16 features. The weights are fixed
    /// pseudo-random numbers (a seeded xorshift), not trained: the point is the shapes, the time per stage and what
    /// pooling does to the feature maps, which are written as PNG images. It runs over an image passed on the command line
    /// too, halved first by PoolGen 2x2 average pooling while it is larger than <see cref="MaxInputSide"/>.
    /// </summary>
    internal static class TinyCnn
    {
        public const int ImageSize = 128;
        public const int Conv1Filters = 8;
        public const int Conv2Filters = 16;
        public const string ImageFile = "shapes.pgm";

        /// <summary>An image passed on the command line is halved (2x2 average pooling) until no side is above this.</summary>
        public const int MaxInputSide = 256;

        /// <summary>The files <see cref="Run"/> writes, in this order: the input and the maps before and after each pooling.</summary>
        public static readonly string[] ImageFiles = { "input.png", "conv1-relu.png", "pool1.png", "conv2-relu.png", "pool2.png" };

        private delegate void PoolStage(ReadOnlySpan<float> input, Span<float> output);

        /// <summary>
        /// Runs the network over shapes.pgm (<paramref name="imagePath"/> null) or over the image at
        /// <paramref name="imagePath"/>, prints the stages and the checks, writes the PNG mosaics of <see cref="ImageFiles"/>
        /// into <paramref name="outputDirectory"/>, and returns the maps it wrote.
        /// </summary>
        public static Result Run(string outputDirectory, bool timing, string? imagePath = null)
        {
            float[] image;
            int width, height;
            if (imagePath is null)
            {
                imagePath = Path.Combine(AppContext.BaseDirectory, ImageFile);
                image = Pgm.Read(imagePath, out width, out height);
                if (width != ImageSize || height != ImageSize)
                {
                    throw new InvalidDataException($"{imagePath}: {width}x{height}, the network expects {ImageSize}x{ImageSize}");
                }

                Console.WriteLine($"Tiny CNN on {ImageFile} ({width}x{height} grayscale), fixed pseudo-random weights:");
            }
            else
            {
                image = InputImage.Read(imagePath, out width, out height, out string description);
                Console.WriteLine($"Tiny CNN on {Path.GetFileName(imagePath)} ({description}), fixed pseudo-random weights:");
                int halvings = 0, sourceWidth = width, sourceHeight = height;
                long start = Stopwatch.GetTimestamp();
                while (Math.Max(width, height) > MaxInputSide)
                {
                    int halfWidth = PoolShape.OutputSize(width, kernelSize: 2, stride: 2, ceilMode: true);
                    int halfHeight = PoolShape.OutputSize(height, kernelSize: 2, stride: 2, ceilMode: true);
                    var half = new float[halfWidth * halfHeight];
                    Kernels.Downscale2x2(image, half, 1, height, width);
                    (image, width, height) = (half, halfWidth, halfHeight);
                    halvings++;
                }

                if (halvings > 0)
                {
                    double downscaleMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    Console.WriteLine($"  PoolGen average 2x2, stride 2, ceil mode, {halvings} time{(halvings == 1 ? string.Empty : "s")}: {sourceWidth}x{sourceHeight} -> {width}x{height}" +
                        (timing ? $" ({downscaleMs:F3} ms)" : string.Empty));
                }

                if (width < 4 || height < 4)
                {
                    throw new InvalidDataException($"{imagePath}: {width}x{height}; the network needs at least 4x4 (two 2x2 poolings)");
                }
            }

            var random = new XorShift(20251128);
            Layer conv1 = Layer.Create(random, inChannels: 1, outChannels: Conv1Filters);
            Layer conv2 = Layer.Create(random, inChannels: Conv1Filters, outChannels: Conv2Filters);

            // The kernels with the shapes fixed at compile time for the 128x128 test image; those that take the shapes
            // as arguments for any other size.
            int h1 = height / 2, w1 = width / 2, h2 = h1 / 2, w2 = w1 / 2;
            bool fixedShape = width == ImageSize && height == ImageSize;
            PoolStage pool1 = fixedShape ? Kernels.CnnPool1 : (input, output) => Kernels.MaxPool2x2(input, output, Conv1Filters, height, width);
            PoolStage pool2 = fixedShape ? Kernels.CnnPool2 : (input, output) => Kernels.MaxPool2x2(input, output, Conv2Filters, h1, w1);
            PoolStage global = fixedShape ? Kernels.CnnGlobalAverage : (input, output) => Kernels.GlobalAverage(input, output, Conv2Filters, h2, w2);

            // Once to warm up (the JIT compiles each stage on first use), then once timed.
            Forward(image, height, width, conv1, conv2, pool1, pool2, global, out _);
            Result result = Forward(image, height, width, conv1, conv2, pool1, pool2, global, out double[] ms);

            Console.WriteLine($"  stage                      maps (CxHxW){(timing ? "         time (one run, after a warm-up run)" : string.Empty)}");
            Row("input", $"1x{height}x{width}", null);
            Row("conv 3x3, pad 1 + ReLU", $"{Conv1Filters}x{height}x{width}", ms[0]);
            Row("PoolGen max 2x2, stride 2", $"{Conv1Filters}x{h1}x{w1}", ms[1]);
            Row("conv 3x3, pad 1 + ReLU", $"{Conv2Filters}x{h1}x{w1}", ms[2]);
            Row("PoolGen max 2x2, stride 2", $"{Conv2Filters}x{h2}x{w2}", ms[3]);
            Row("PoolGen global average", $"{Conv2Filters}x1x1", ms[4]);

            Console.WriteLine("  features: " + string.Join(" ", Array.ConvertAll(result.Features[..8], f => f.ToString("F4"))));
            Console.WriteLine("            " + string.Join(" ", Array.ConvertAll(result.Features[8..], f => f.ToString("F4"))));

            // Checks anyone can follow: the pooled maps against a plain loop, the features against a plain mean.
            int differ1 = CountDifferences(result.Pool1, PlainMaxPool2x2(result.Conv1, Conv1Filters, height, width));
            int differ2 = CountDifferences(result.Pool2, PlainMaxPool2x2(result.Conv2, Conv2Filters, h1, w1));
            Console.WriteLine($"  check: pooled maps equal a plain-loop 2x2 max: stage 1 {differ1} of {result.Pool1.Length:N0} differ, stage 2 {differ2} of {result.Pool2.Length:N0} differ");
            bool meansAgree = true;
            for (int c = 0; c < Conv2Filters; c++)
            {
                double sum = 0;
                foreach (float value in result.Pool2.AsSpan(c * h2 * w2, h2 * w2))
                {
                    sum += value;
                }

                meansAgree &= Math.Abs(result.Features[c] - (sum / (h2 * w2))) <= 1e-6 * Math.Max(1, Math.Abs(sum / (h2 * w2)));
            }

            Console.WriteLine($"  check: features equal the plain mean of each pooled map within 1e-6: {(meansAgree ? "yes" : "NO")}");

            Directory.CreateDirectory(outputDirectory);
            Mosaic.WritePng(Path.Combine(outputDirectory, ImageFiles[0]), result.Input, 1, height, width, 1);
            Mosaic.WritePng(Path.Combine(outputDirectory, ImageFiles[1]), result.Conv1, Conv1Filters, height, width, 4);
            Mosaic.WritePng(Path.Combine(outputDirectory, ImageFiles[2]), result.Pool1, Conv1Filters, h1, w1, 4);
            Mosaic.WritePng(Path.Combine(outputDirectory, ImageFiles[3]), result.Conv2, Conv2Filters, h1, w1, 4);
            Mosaic.WritePng(Path.Combine(outputDirectory, ImageFiles[4]), result.Pool2, Conv2Filters, h2, w2, 4);
            Console.WriteLine($"  wrote {string.Join(", ", ImageFiles)} to {outputDirectory}/ (each map scaled to its own maximum)");

            if (differ1 != 0 || differ2 != 0 || !meansAgree)
            {
                throw new InvalidOperationException("a check failed");
            }

            return result;

            void Row(string stage, string shape, double? milliseconds) =>
                Console.WriteLine(($"  {stage,-26} {shape,-20}" + (timing && milliseconds is double t ? $" {t,9:F3} ms" : string.Empty)).TrimEnd());
        }

        private static Result Forward(float[] image, int height, int width, Layer conv1, Layer conv2, PoolStage pool1, PoolStage pool2, PoolStage global, out double[] milliseconds)
        {
            int h1 = height / 2, w1 = width / 2, h2 = h1 / 2, w2 = w1 / 2;
            milliseconds = new double[5];
            var result = new Result
            {
                Height = height,
                Width = width,
                Input = image,
                Pool1 = new float[Conv1Filters * h1 * w1],
                Pool2 = new float[Conv2Filters * h2 * w2],
                Features = new float[Conv2Filters],
            };

            long start = Stopwatch.GetTimestamp();
            result.Conv1 = conv1.ForwardRelu(image, height, width);
            milliseconds[0] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            pool1(result.Conv1, result.Pool1);
            milliseconds[1] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            result.Conv2 = conv2.ForwardRelu(result.Pool1, h1, w1);
            milliseconds[2] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            pool2(result.Conv2, result.Pool2);
            milliseconds[3] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            global(result.Pool2, result.Features);
            milliseconds[4] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            return result;
        }

        // The reference for the check: 2x2 max, stride 2 (an odd last row or column is dropped, as PyTorch does).
        private static float[] PlainMaxPool2x2(float[] maps, int channels, int height, int width)
        {
            int outHeight = height / 2, outWidth = width / 2;
            var pooled = new float[channels * outHeight * outWidth];
            for (int c = 0; c < channels; c++)
            {
                for (int y = 0; y < outHeight; y++)
                {
                    for (int x = 0; x < outWidth; x++)
                    {
                        int at = (c * height * width) + (2 * y * width) + (2 * x);
                        pooled[(c * outHeight * outWidth) + (y * outWidth) + x] =
                            Math.Max(Math.Max(maps[at], maps[at + 1]), Math.Max(maps[at + width], maps[at + width + 1]));
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

        /// <summary>The maps of one forward pass, channels x height x width each.</summary>
        internal sealed class Result
        {
            /// <summary>The input's size (after any halving): conv1 has it, pool1 and conv2 half of it (rounded down), pool2 a quarter.</summary>
            public int Height;
            public int Width;
            public float[] Input = Array.Empty<float>();
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
            public float[] ForwardRelu(ReadOnlySpan<float> input, int height, int width)
            {
                int area = height * width;
                var output = new float[outChannels * area];
                for (int o = 0; o < outChannels; o++)
                {
                    Span<float> plane = output.AsSpan(o * area, area);
                    for (int y = 0; y < height; y++)
                    {
                        for (int x = 0; x < width; x++)
                        {
                            float sum = bias[o];
                            for (int i = 0; i < inChannels; i++)
                            {
                                ReadOnlySpan<float> source = input.Slice(i * area, area);
                                ReadOnlySpan<float> w = weights.AsSpan(((o * inChannels) + i) * 9, 9);
                                for (int ky = 0; ky < 3; ky++)
                                {
                                    int sy = y + ky - 1;
                                    if ((uint)sy >= (uint)height)
                                    {
                                        continue;
                                    }

                                    for (int kx = 0; kx < 3; kx++)
                                    {
                                        int sx = x + kx - 1;
                                        if ((uint)sx < (uint)width)
                                        {
                                            sum += source[(sy * width) + sx] * w[(ky * 3) + kx];
                                        }
                                    }
                                }
                            }

                            plane[(y * width) + x] = Math.Max(0f, sum);
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
