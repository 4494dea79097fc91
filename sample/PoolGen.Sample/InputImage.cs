using System;
using System.IO;
using StbImageSharp;

namespace PoolGen.Sample
{
    /// <summary>Reads an image passed on the command line as grayscale values in 0..1.</summary>
    internal static class InputImage
    {
        /// <summary>How a color pixel becomes gray: the luma weights of ITU-R BT.601, applied to the stored 8-bit values.</summary>
        public const string GrayFormula = "0.299 R + 0.587 G + 0.114 B";

        /// <summary>
        /// Reads a PGM (P5 or P2) with <see cref="Pgm"/>, anything else (PNG, JPEG, and the BMP, GIF, TGA and PSD that
        /// stb_image also reads) with StbImageSharp. Color becomes gray as <see cref="GrayFormula"/>; an alpha channel is
        /// ignored. <paramref name="description"/> says what the file held, e.g. "4032x3024 RGB".
        /// </summary>
        public static float[] Read(string path, out int width, out int height, out string description)
        {
            byte[] data = File.ReadAllBytes(path);
            if (data.Length >= 2 && data[0] == 'P' && data[1] is (byte)'5' or (byte)'2')
            {
                float[] gray = Pgm.Read(path, out width, out height);
                description = $"{width}x{height} grayscale";
                return gray;
            }

            ImageResult image;
            try
            {
                image = ImageResult.FromMemory(data, ColorComponents.Default);
            }
            catch (Exception e) when (e is InvalidOperationException or IndexOutOfRangeException or ArgumentException)
            {
                throw new InvalidDataException($"{path}: not an image StbImageSharp can read ({e.Message})", e);
            }

            width = image.Width;
            height = image.Height;
            int components = (int)image.Comp;
            byte[] pixels = image.Data;
            var result = new float[width * height];
            for (int i = 0; i < result.Length; i++)
            {
                int at = i * components;
                result[i] = components >= 3
                    ? (float)(((0.299 * pixels[at]) + (0.587 * pixels[at + 1]) + (0.114 * pixels[at + 2])) / 255)
                    : pixels[at] / 255f;
            }

            description = $"{width}x{height} " + image.SourceComp switch
            {
                ColorComponents.Grey => "grayscale",
                ColorComponents.GreyAlpha => "grayscale with alpha",
                ColorComponents.RedGreenBlue => $"RGB, gray = {GrayFormula}",
                _ => $"RGBA, gray = {GrayFormula}",
            };
            return result;
        }
    }
}
