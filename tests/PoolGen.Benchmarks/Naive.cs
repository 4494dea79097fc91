using System;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// The straightforward implementations a person would write: loops over batch, channel, output row and output
    /// column, then over the window with a bounds check per tap; all parameters read at run time. Same semantics as
    /// PoolGen (docs/semantics.md) for the square, undilated, floor-mode windows of the benchmark cases.
    /// </summary>
    internal static class Naive
    {
        public static void MaxPool(ReadOnlySpan<float> input, Span<float> output, PoolSpec s)
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

                                    float v = input[inPlane + y * s.Width + x];
                                    if (v > m || float.IsNaN(v))
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

        public static void MaxPool(ReadOnlySpan<double> input, Span<double> output, PoolSpec s)
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
                            double m = double.NegativeInfinity;
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

                                    double v = input[inPlane + y * s.Width + x];
                                    if (v > m || double.IsNaN(v))
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

        public static void MaxPool(ReadOnlySpan<byte> input, Span<byte> output, PoolSpec s)
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
                            byte m = byte.MinValue;
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

                                    byte v = input[inPlane + y * s.Width + x];
                                    if (v > m)
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

        /// <summary>
        /// The sum of the taps inside the input, in row-major order, divided by the window clipped to the padded
        /// input (<see cref="PoolSpec.CountIncludePad"/>) or by the number of taps inside the input.
        /// </summary>
        public static void AveragePool(ReadOnlySpan<float> input, Span<float> output, PoolSpec s)
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
                            int yStart = oy * s.Stride - s.Padding;
                            int xStart = ox * s.Stride - s.Padding;
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
                                ? (Math.Min(yStart + s.Kernel, s.Height + s.Padding) - yStart) * (Math.Min(xStart + s.Kernel, s.Width + s.Padding) - xStart)
                                : inside;
                            output[outPlane + oy * outWidth + ox] = sum / divisor;
                        }
                    }
                }
            }
        }
    }
}
