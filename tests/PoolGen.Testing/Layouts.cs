using System;

namespace PoolGen.Testing
{
    /// <summary>
    /// Transposes between channels first (N, C, spatial...: NCL, NCHW, NCDHW) and channels last (N, spatial..., C: NLC,
    /// NHWC, NDHWC), any spatial rank, row-major and contiguous both ways. Works for values and for index arrays alike.
    /// </summary>
    public static class Layouts
    {
        /// <summary>NC(spatial) to N(spatial)C.</summary>
        /// <exception cref="ArgumentException">A dimension below 1, or <paramref name="channelsFirst"/> shorter than the shape.</exception>
        public static T[] ToChannelsLast<T>(ReadOnlySpan<T> channelsFirst, int batch, int channels, params int[] spatialShape)
        {
            int plane = Check(channelsFirst.Length, batch, channels, spatialShape);
            var result = new T[batch * channels * plane];
            for (int b = 0; b < batch; b++)
            {
                for (int c = 0; c < channels; c++)
                {
                    for (int i = 0; i < plane; i++)
                    {
                        result[(((b * plane) + i) * channels) + c] = channelsFirst[(((b * channels) + c) * plane) + i];
                    }
                }
            }

            return result;
        }

        /// <summary>N(spatial)C to NC(spatial).</summary>
        /// <exception cref="ArgumentException">A dimension below 1, or <paramref name="channelsLast"/> shorter than the shape.</exception>
        public static T[] ToChannelsFirst<T>(ReadOnlySpan<T> channelsLast, int batch, int channels, params int[] spatialShape)
        {
            int plane = Check(channelsLast.Length, batch, channels, spatialShape);
            var result = new T[batch * channels * plane];
            for (int b = 0; b < batch; b++)
            {
                for (int c = 0; c < channels; c++)
                {
                    for (int i = 0; i < plane; i++)
                    {
                        result[(((b * channels) + c) * plane) + i] = channelsLast[(((b * plane) + i) * channels) + c];
                    }
                }
            }

            return result;
        }

        private static int Check(int length, int batch, int channels, int[] spatialShape)
        {
            ArgumentNullException.ThrowIfNull(spatialShape);
            ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
            long plane = 1;
            foreach (int size in spatialShape)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(spatialShape));
                plane *= size;
            }

            long total = plane * batch * channels;
            if (total > int.MaxValue || length < total)
            {
                throw new ArgumentException($"The data has {length} elements; the shape needs {total}.", nameof(length));
            }

            return (int)plane;
        }
    }

    /// <summary>Conversions between Half and float/double arrays (each element rounded to nearest even; NaN stays NaN).</summary>
    public static class HalfData
    {
        public static Half[] FromSingle(ReadOnlySpan<float> values)
        {
            var result = new Half[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                result[i] = (Half)values[i];
            }

            return result;
        }

        public static Half[] FromDouble(ReadOnlySpan<double> values)
        {
            var result = new Half[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                result[i] = (Half)values[i];
            }

            return result;
        }

        /// <summary>Exact (every Half is a float).</summary>
        public static float[] ToSingle(ReadOnlySpan<Half> values)
        {
            var result = new float[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                result[i] = (float)values[i];
            }

            return result;
        }

        /// <summary>Exact (every Half is a double).</summary>
        public static double[] ToDouble(ReadOnlySpan<Half> values)
        {
            var result = new double[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                result[i] = (double)values[i];
            }

            return result;
        }
    }
}
