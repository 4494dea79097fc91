using System.IO;
using StbImageSharp;

namespace PoolGen.Sample.Tests
{
    /// <summary>An 8-bit grayscale image as StbImageSharp decodes it (not the sample's own code).</summary>
    internal sealed class Decoded
    {
        private Decoded(int width, int height, byte[] pixels)
        {
            Width = width;
            Height = height;
            Pixels = pixels;
        }

        public int Width { get; }

        public int Height { get; }

        public byte[] Pixels { get; }

        public byte this[int x, int y] => Pixels[(y * Width) + x];

        /// <summary>Decodes a PNG file that must hold a grayscale image.</summary>
        public static Decoded Read(string path)
        {
            ImageResult image = ImageResult.FromMemory(File.ReadAllBytes(path), ColorComponents.Default);
            Assert.Equal(ColorComponents.Grey, image.SourceComp);
            return new Decoded(image.Width, image.Height, image.Data);
        }
    }
}
