using System;

namespace PoolGen.Sample
{
    /// <summary>Lays feature maps out side by side as one 8-bit grayscale image, for <see cref="Png"/>.</summary>
    internal static class Mosaic
    {
        /// <summary>
        /// <paramref name="maps"/> (channels x height x width, values 0 or more) side by side, <paramref name="columns"/>
        /// per row, one white pixel between them, each map scaled so that its largest value is 255 (a map of zeros stays
        /// black). Returns the pixels, top row first, and the mosaic's size.
        /// </summary>
        public static byte[] Build(ReadOnlySpan<float> maps, int channels, int height, int width, int columns, out int mosaicWidth, out int mosaicHeight)
        {
            int rows = (channels + columns - 1) / columns;
            mosaicWidth = (columns * width) + columns - 1;
            mosaicHeight = (rows * height) + rows - 1;
            var pixels = new byte[mosaicWidth * mosaicHeight];
            pixels.AsSpan().Fill(255);
            for (int c = 0; c < channels; c++)
            {
                ReadOnlySpan<float> map = maps.Slice(c * height * width, height * width);
                float max = 0;
                foreach (float value in map)
                {
                    max = Math.Max(max, value);
                }

                int left = (c % columns) * (width + 1), top = (c / columns) * (height + 1);
                for (int y = 0; y < height; y++)
                {
                    for (int x = 0; x < width; x++)
                    {
                        float scaled = max > 0 ? map[(y * width) + x] / max * 255 : 0;
                        pixels[((top + y) * mosaicWidth) + left + x] = (byte)Math.Clamp(MathF.Round(scaled), 0, 255);
                    }
                }
            }

            return pixels;
        }

        /// <summary>Writes the mosaic of <paramref name="maps"/> (see <see cref="Build"/>) as a PNG file.</summary>
        public static void WritePng(string path, ReadOnlySpan<float> maps, int channels, int height, int width, int columns)
        {
            byte[] pixels = Build(maps, channels, height, width, columns, out int mosaicWidth, out int mosaicHeight);
            Png.WriteGray8(path, pixels, mosaicWidth, mosaicHeight);
        }
    }
}
