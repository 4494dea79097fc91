using System;
using System.IO;
using System.Text;

namespace PoolGen.Sample
{
    /// <summary>Reads 8-bit grayscale PGM images (Netpbm P5 binary and P2 ASCII), such as the test image shapes.pgm.</summary>
    internal static class Pgm
    {
        /// <summary>Reads a P5 or P2 image with a maximum value of at most 255; pixels are scaled to 0..1.</summary>
        public static float[] Read(string path, out int width, out int height)
        {
            byte[] data = File.ReadAllBytes(path);
            int position = 0;
            string magic = Token(data, ref position);
            if (magic is not ("P5" or "P2"))
            {
                throw new InvalidDataException($"{path}: not a grayscale PGM (P5 or P2), starts with '{magic}'");
            }

            width = int.Parse(Token(data, ref position), System.Globalization.CultureInfo.InvariantCulture);
            height = int.Parse(Token(data, ref position), System.Globalization.CultureInfo.InvariantCulture);
            int maxValue = int.Parse(Token(data, ref position), System.Globalization.CultureInfo.InvariantCulture);
            if (width < 1 || height < 1 || maxValue is < 1 or > 255)
            {
                throw new InvalidDataException($"{path}: unsupported size {width}x{height} or maximum value {maxValue}");
            }

            var pixels = new float[width * height];
            if (magic == "P5")
            {
                position++; // the single whitespace byte after the maximum value
                if (data.Length - position < pixels.Length)
                {
                    throw new InvalidDataException($"{path}: {data.Length - position} pixel bytes, {pixels.Length} expected");
                }

                for (int i = 0; i < pixels.Length; i++)
                {
                    pixels[i] = data[position + i] / (float)maxValue;
                }
            }
            else
            {
                for (int i = 0; i < pixels.Length; i++)
                {
                    pixels[i] = int.Parse(Token(data, ref position), System.Globalization.CultureInfo.InvariantCulture) / (float)maxValue;
                }
            }

            return pixels;
        }

        // The next whitespace-separated header token, skipping # comments.
        private static string Token(byte[] data, ref int position)
        {
            while (position < data.Length)
            {
                if (data[position] == '#')
                {
                    while (position < data.Length && data[position] != '\n')
                    {
                        position++;
                    }
                }
                else if (char.IsWhiteSpace((char)data[position]))
                {
                    position++;
                }
                else
                {
                    break;
                }
            }

            int start = position;
            while (position < data.Length && !char.IsWhiteSpace((char)data[position]))
            {
                position++;
            }

            if (start == position)
            {
                throw new InvalidDataException("PGM header ends early");
            }

            return Encoding.ASCII.GetString(data, start, position - start);
        }
    }
}
