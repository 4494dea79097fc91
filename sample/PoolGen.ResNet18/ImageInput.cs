using System;
using System.Globalization;
using System.IO;
using StbImageSharp;

namespace PoolGen.ResNet18
{
    /// <summary>
    /// Turns an image file into the featurizer's input, as ML.NET's DnnImageFeaturizer pipeline does before its
    /// preprocessing model: <c>ResizeImages</c> with its defaults (IsoCrop: scale uniformly until the image covers the
    /// target, crop the centre; bilinear), then <c>ExtractPixels</c> with its defaults (planar R, G, B, each value 0 to
    /// 255, no offset, no scale). The pipeline then runs ResNetPreprocess.onnx from the same package (RGB to BGR and
    /// the subtraction of a mean image; see <see cref="ResNetCheck"/>).
    /// </summary>
    internal static class ImageInput
    {
        /// <summary>An 8-bit RGB image, row-major, 3 bytes per pixel.</summary>
        public sealed record Rgb(byte[] Pixels, int Width, int Height, string Description);

        /// <summary>
        /// Reads a PGM (P5 or P2, grayscale: each pixel replicated to R, G and B) or any format StbImageSharp decodes
        /// (PNG, JPEG, BMP, TGA, GIF, PSD; converted to RGB by it).
        /// </summary>
        public static Rgb Load(string path)
        {
            byte[] data = File.ReadAllBytes(path);
            if (data.Length >= 2 && data[0] == (byte)'P' && (data[1] == (byte)'5' || data[1] == (byte)'2'))
            {
                return ReadPgm(data, path);
            }

            ImageResult image = ImageResult.FromMemory(data, ColorComponents.RedGreenBlue);
            string source = image.SourceComp switch
            {
                ColorComponents.Grey or ColorComponents.GreyAlpha => "grayscale, replicated to R, G, B",
                ColorComponents.RedGreenBlueAlpha => "RGBA, alpha dropped",
                _ => "RGB",
            };
            return new Rgb(image.Data, image.Width, image.Height, $"{image.Width}x{image.Height} {source}");
        }

        /// <summary>
        /// IsoCrop to <paramref name="width"/> x <paramref name="height"/> with bilinear sampling (pixel centres aligned,
        /// edges clamped, rounded to bytes as a resized image is), then planar float R, G, B planes of 0 to 255.
        /// </summary>
        public static float[] ToPlanarRgb(Rgb image, int width, int height)
        {
            double scale = Math.Max((double)width / image.Width, (double)height / image.Height);
            double offsetX = ((image.Width * scale) - width) / 2, offsetY = ((image.Height * scale) - height) / 2;
            var planes = new float[3 * width * height];
            for (int y = 0; y < height; y++)
            {
                double sy = Math.Clamp(((y + offsetY + 0.5) / scale) - 0.5, 0, image.Height - 1);
                int y0 = (int)sy, y1 = Math.Min(y0 + 1, image.Height - 1);
                double fy = sy - y0;
                for (int x = 0; x < width; x++)
                {
                    double sx = Math.Clamp(((x + offsetX + 0.5) / scale) - 0.5, 0, image.Width - 1);
                    int x0 = (int)sx, x1 = Math.Min(x0 + 1, image.Width - 1);
                    double fx = sx - x0;
                    for (int c = 0; c < 3; c++)
                    {
                        double top = (Sample(image, x0, y0, c) * (1 - fx)) + (Sample(image, x1, y0, c) * fx);
                        double bottom = (Sample(image, x0, y1, c) * (1 - fx)) + (Sample(image, x1, y1, c) * fx);
                        planes[(((c * height) + y) * width) + x] = (float)Math.Round((top * (1 - fy)) + (bottom * fy));
                    }
                }
            }

            return planes;
        }

        private static byte Sample(Rgb image, int x, int y, int channel) => image.Pixels[(((y * image.Width) + x) * 3) + channel];

        private static Rgb ReadPgm(byte[] data, string path)
        {
            int position = 2;
            int width = Number(data, ref position, path), height = Number(data, ref position, path), maxValue = Number(data, ref position, path);
            if (width < 1 || height < 1 || maxValue is < 1 or > 255)
            {
                throw new InvalidDataException($"{path}: unsupported PGM size {width}x{height} or maximum value {maxValue}");
            }

            var pixels = new byte[width * height * 3];
            bool binary = data[1] == (byte)'5';
            position++; // the single whitespace byte after the maximum value (P5)
            if (binary && data.Length - position < width * height)
            {
                throw new InvalidDataException($"{path}: {data.Length - position} pixel bytes, {width * height} expected");
            }

            for (int i = 0; i < width * height; i++)
            {
                int value = binary ? data[position + i] : Number(data, ref position, path);
                byte gray = (byte)Math.Min(255, ((value * 255) + (maxValue / 2)) / maxValue);
                pixels[3 * i] = pixels[(3 * i) + 1] = pixels[(3 * i) + 2] = gray;
            }

            return new Rgb(pixels, width, height, $"{width}x{height} grayscale PGM, replicated to R, G, B");
        }

        /// <summary>The next decimal number of a PGM header, skipping whitespace and # comments.</summary>
        private static int Number(byte[] data, ref int position, string path)
        {
            while (position < data.Length && (char.IsWhiteSpace((char)data[position]) || data[position] == (byte)'#'))
            {
                if (data[position] == (byte)'#')
                {
                    while (position < data.Length && data[position] != (byte)'\n')
                    {
                        position++;
                    }
                }
                else
                {
                    position++;
                }
            }

            int start = position;
            while (position < data.Length && data[position] is >= (byte)'0' and <= (byte)'9')
            {
                position++;
            }

            if (start == position)
            {
                throw new InvalidDataException($"{path}: bad PGM header or data at byte {start}");
            }

            return int.Parse(data.AsSpan(start, position - start), CultureInfo.InvariantCulture);
        }
    }
}
