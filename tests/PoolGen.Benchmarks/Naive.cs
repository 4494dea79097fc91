using System;
using System.Numerics;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// The straightforward implementations a person would write: loops over batch, channel, output row and output
    /// column, then over the window with a bounds check per tap; all parameters read at run time. Same semantics as
    /// PoolGen (docs/semantics.md) for the square, undilated, floor-mode windows of the benchmark cases.
    /// </summary>
    internal static class Naive
    {
        public static void MaxPool<T>(ReadOnlySpan<T> input, Span<T> output, BenchmarkCase s)
            where T : INumber<T>, IMinMaxValue<T>
        {
            int outHeight = s.OutHeight, outWidth = s.OutWidth;
            for (int n = 0; n < s.Batch; n++)
            {
                for (int c = 0; c < s.Channels; c++)
                {
                    int inPlane = (n * s.Channels + c) * s.Height * s.Width;
                    int outPlane = (n * s.Channels + c) * outHeight * outWidth;
                    for (int oy = 0; oy < outHeight; oy++)
                    {
                        for (int ox = 0; ox < outWidth; ox++)
                        {
                            T m = Lowest<T>();
                            for (int ky = 0; ky < s.Kernel; ky++)
                            {
                                int y = oy * s.Stride - s.PadTop + ky;
                                if (y < 0 || y >= s.Height)
                                {
                                    continue;
                                }

                                for (int kx = 0; kx < s.Kernel; kx++)
                                {
                                    int x = ox * s.Stride - s.PadLeft + kx;
                                    if (x < 0 || x >= s.Width)
                                    {
                                        continue;
                                    }

                                    T v = input[inPlane + y * s.Width + x];
                                    if (v > m || T.IsNaN(v))
                                    {
                                        m = v;
                                    }
                                }
                            }

                            output[outPlane + oy * outWidth + ox] = m;
                        }
                    }
                }
            }
        }

        /// <summary>Channels-last max pooling: the same loops with the channel innermost in memory.</summary>
        public static void MaxPoolNhwc(ReadOnlySpan<float> input, Span<float> output, BenchmarkCase s)
        {
            int outHeight = s.OutHeight, outWidth = s.OutWidth;
            for (int n = 0; n < s.Batch; n++)
            {
                for (int oy = 0; oy < outHeight; oy++)
                {
                    for (int ox = 0; ox < outWidth; ox++)
                    {
                        for (int c = 0; c < s.Channels; c++)
                        {
                            float m = float.NegativeInfinity;
                            for (int ky = 0; ky < s.Kernel; ky++)
                            {
                                int y = oy * s.Stride - s.Padding + ky;
                                if (y < 0 || y >= s.Height)
                                {
                                    continue;
                                }

                                for (int kx = 0; kx < s.Kernel; kx++)
                                {
                                    int x = ox * s.Stride - s.Padding + kx;
                                    if (x < 0 || x >= s.Width)
                                    {
                                        continue;
                                    }

                                    float v = input[((n * s.Height + y) * s.Width + x) * s.Channels + c];
                                    if (v > m || float.IsNaN(v))
                                    {
                                        m = v;
                                    }
                                }
                            }

                            output[((n * outHeight + oy) * outWidth + ox) * s.Channels + c] = m;
                        }
                    }
                }
            }
        }

        /// <summary>NCDHW max pooling with a cubic window.</summary>
        public static void MaxPool3D(ReadOnlySpan<float> input, Span<float> output, BenchmarkCase s)
        {
            int outDepth = s.OutDepth, outHeight = s.OutHeight, outWidth = s.OutWidth;
            for (int plane = 0; plane < s.Batch * s.Channels; plane++)
            {
                for (int oz = 0; oz < outDepth; oz++)
                {
                    for (int oy = 0; oy < outHeight; oy++)
                    {
                        for (int ox = 0; ox < outWidth; ox++)
                        {
                            float m = float.NegativeInfinity;
                            for (int kz = 0; kz < s.Kernel; kz++)
                            {
                                int z = oz * s.Stride - s.Padding + kz;
                                if (z < 0 || z >= s.Depth)
                                {
                                    continue;
                                }

                                for (int ky = 0; ky < s.Kernel; ky++)
                                {
                                    int y = oy * s.Stride - s.Padding + ky;
                                    if (y < 0 || y >= s.Height)
                                    {
                                        continue;
                                    }

                                    for (int kx = 0; kx < s.Kernel; kx++)
                                    {
                                        int x = ox * s.Stride - s.Padding + kx;
                                        if (x < 0 || x >= s.Width)
                                        {
                                            continue;
                                        }

                                        float v = input[((plane * s.Depth + z) * s.Height + y) * s.Width + x];
                                        if (v > m || float.IsNaN(v))
                                        {
                                            m = v;
                                        }
                                    }
                                }
                            }

                            output[((plane * outDepth + oz) * outHeight + oy) * outWidth + ox] = m;
                        }
                    }
                }
            }
        }

        /// <summary>Negative infinity for floating point, MinValue for integers: the start of a running maximum.</summary>
        private static T Lowest<T>()
            where T : INumber<T>, IMinMaxValue<T>
            => typeof(T) == typeof(float) ? (T)(object)float.NegativeInfinity
             : typeof(T) == typeof(double) ? (T)(object)double.NegativeInfinity
             : T.MinValue;

        /// <summary>Adaptive average pooling (PyTorch's rule): window o covers [o*n/m, ceil((o+1)*n/m)) on each axis, the sum divided by each length in turn.</summary>
        public static void AdaptiveAveragePool(ReadOnlySpan<float> input, Span<float> output, BenchmarkCase s)
        {
            int outHeight = s.OutHeight, outWidth = s.OutWidth;
            for (int plane = 0; plane < s.Batch * s.Channels; plane++)
            {
                int inPlane = plane * s.Height * s.Width, outPlane = plane * outHeight * outWidth;
                for (int oy = 0; oy < outHeight; oy++)
                {
                    int y0 = oy * s.Height / outHeight, y1 = ((oy + 1) * s.Height + outHeight - 1) / outHeight;
                    for (int ox = 0; ox < outWidth; ox++)
                    {
                        int x0 = ox * s.Width / outWidth, x1 = ((ox + 1) * s.Width + outWidth - 1) / outWidth;
                        float sum = 0;
                        for (int y = y0; y < y1; y++)
                        {
                            for (int x = x0; x < x1; x++)
                            {
                                sum += input[inPlane + y * s.Width + x];
                            }
                        }

                        output[outPlane + oy * outWidth + ox] = sum / (y1 - y0) / (x1 - x0);
                    }
                }
            }
        }

        /// <summary>Channels-last adaptive average pooling: the same loops with the channel innermost in memory.</summary>
        public static void AdaptiveAveragePoolNhwc(ReadOnlySpan<float> input, Span<float> output, BenchmarkCase s)
        {
            int outHeight = s.OutHeight, outWidth = s.OutWidth, channels = s.Channels;
            for (int n = 0; n < s.Batch; n++)
            {
                int inImage = n * s.Height * s.Width * channels, outImage = n * outHeight * outWidth * channels;
                for (int oy = 0; oy < outHeight; oy++)
                {
                    int y0 = oy * s.Height / outHeight, y1 = ((oy + 1) * s.Height + outHeight - 1) / outHeight;
                    for (int ox = 0; ox < outWidth; ox++)
                    {
                        int x0 = ox * s.Width / outWidth, x1 = ((ox + 1) * s.Width + outWidth - 1) / outWidth;
                        for (int c = 0; c < channels; c++)
                        {
                            float sum = 0;
                            for (int y = y0; y < y1; y++)
                            {
                                for (int x = x0; x < x1; x++)
                                {
                                    sum += input[inImage + (y * s.Width + x) * channels + c];
                                }
                            }

                            output[outImage + (oy * outWidth + ox) * channels + c] = sum / (y1 - y0) / (x1 - x0);
                        }
                    }
                }
            }
        }

        public static void AveragePool(ReadOnlySpan<float> input, Span<float> output, BenchmarkCase s)
        {
            int outHeight = s.OutHeight, outWidth = s.OutWidth;
            for (int n = 0; n < s.Batch; n++)
            {
                for (int c = 0; c < s.Channels; c++)
                {
                    int inPlane = (n * s.Channels + c) * s.Height * s.Width;
                    int outPlane = (n * s.Channels + c) * outHeight * outWidth;
                    for (int oy = 0; oy < outHeight; oy++)
                    {
                        for (int ox = 0; ox < outWidth; ox++)
                        {
                            int yStart = oy * s.Stride - s.PadTop;
                            int xStart = ox * s.Stride - s.PadLeft;
                            float sum = 0;
                            int inside = 0;
                            for (int ky = 0; ky < s.Kernel; ky++)
                            {
                                int y = yStart + ky;
                                if (y < 0 || y >= s.Height)
                                {
                                    continue;
                                }

                                for (int kx = 0; kx < s.Kernel; kx++)
                                {
                                    int x = xStart + kx;
                                    if (x < 0 || x >= s.Width)
                                    {
                                        continue;
                                    }

                                    sum += input[inPlane + y * s.Width + x];
                                    inside++;
                                }
                            }

                            int divisor = s.CountIncludePad
                                ? (Math.Min(yStart + s.Kernel, s.Height + s.PadBottom) - yStart) * (Math.Min(xStart + s.Kernel, s.Width + s.PadRight) - xStart)
                                : inside;
                            output[outPlane + oy * outWidth + ox] = sum / divisor;
                        }
                    }
                }
            }
        }
    
        /// <summary>Max backward, NCHW: gradInput cleared, then every gradient added where its index says, in order.</summary>
        public static void MaxPoolBackward(ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, BenchmarkCase spec)
        {
            int inPlane = spec.Height * spec.Width, outPlane = spec.OutHeight * spec.OutWidth;
            gradInput.Slice(0, spec.InputLength).Clear();
            for (int plane = 0; plane < spec.Batch * spec.Channels; plane++)
            {
                for (int j = 0; j < outPlane; j++)
                {
                    gradInput[(plane * inPlane) + (int)indices[(plane * outPlane) + j]] += gradOutput[(plane * outPlane) + j];
                }
            }
        }

        /// <summary>Average backward, NCHW, 2D window of the case: per output in order, gradient / divisor added to its taps inside the input.</summary>
        public static void AveragePoolBackward(ReadOnlySpan<float> gradOutput, Span<float> gradInput, BenchmarkCase spec)
        {
            int h = spec.Height, w = spec.Width, k = spec.Kernel, s = spec.Stride, p = spec.Padding;
            gradInput.Slice(0, spec.InputLength).Clear();
            int j = 0;
            for (int plane = 0; plane < spec.Batch * spec.Channels; plane++)
            {
                for (int oh = 0; oh < spec.OutHeight; oh++)
                {
                    for (int ow = 0; ow < spec.OutWidth; ow++, j++)
                    {
                        int h0 = Math.Max(0, (oh * s) - p), h1 = Math.Min(h, (oh * s) - p + k);
                        int w0 = Math.Max(0, (ow * s) - p), w1 = Math.Min(w, (ow * s) - p + k);
                        int divisor = spec.CountIncludePad
                            ? (Math.Min(h + p, (oh * s) - p + k) - ((oh * s) - p)) * (Math.Min(w + p, (ow * s) - p + k) - ((ow * s) - p))
                            : (h1 - h0) * (w1 - w0);
                        float delta = gradOutput[j] / divisor;
                        for (int y = h0; y < h1; y++)
                        {
                            for (int x = w0; x < w1; x++)
                            {
                                gradInput[(plane * h * w) + (y * w) + x] += delta;
                            }
                        }
                    }
                }
            }
        }
    }
}
