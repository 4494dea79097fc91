using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using PoolGen.Sample;
using StbImageSharp;

namespace PoolGen.Sample.Tests
{
    /// <summary>
    /// The sample's PNG writer: CRC-32 against published values, the file's chunks against the PNG specification, and
    /// the pixels through an independent decoder (StbImageSharp, the C# port of stb_image).
    /// </summary>
    public class PngWriterTests
    {
        [Fact]
        public void Crc32MatchesPublishedValues()
        {
            // The CRC-32 of the IEND chunk's type (it has no data): every PNG file ends with these four bytes.
            Assert.Equal(0xAE426082u, Png.Crc32("IEND"u8));
            // The standard check value of CRC-32 (ISO-HDLC, as in zlib and PNG).
            Assert.Equal(0xCBF43926u, Png.Crc32("123456789"u8));
            Assert.Equal(0u, Png.Crc32(ReadOnlySpan<byte>.Empty));
        }

        [Theory]
        [InlineData(1, 1)]
        [InlineData(3, 5)]
        [InlineData(5, 3)]
        [InlineData(257, 1)]
        [InlineData(257, 3)]
        [InlineData(1, 257)]
        [InlineData(640, 480)]
        public void RoundTripsThroughStbImage(int width, int height)
        {
            var random = new Random((width * 1000) + height);
            var pixels = new byte[width * height];
            random.NextBytes(pixels);

            AssertDecodesTo(pixels, width, height);
        }

        [Theory]
        [InlineData(256, 1)]
        [InlineData(1, 256)]
        [InlineData(16, 16)]
        [InlineData(17, 16)] // 272 pixels: every value, then 0..15 again, and rows that do not start at a multiple of 16
        public void KeepsEveryByteValue(int width, int height)
        {
            var pixels = new byte[width * height];
            for (int i = 0; i < pixels.Length; i++)
            {
                pixels[i] = (byte)i;
            }

            AssertDecodesTo(pixels, width, height);

            Array.Reverse(pixels);
            AssertDecodesTo(pixels, width, height);
        }

        [Fact]
        public void UniformImagesRoundTrip()
        {
            foreach (byte value in new byte[] { 0, 1, 127, 128, 254, 255 })
            {
                var pixels = new byte[37 * 11];
                pixels.AsSpan().Fill(value);
                AssertDecodesTo(pixels, 37, 11);
            }
        }

        [Fact]
        public void ChunksFollowTheSpecification()
        {
            byte[] pixels = { 0, 1, 2, 10, 11, 12, 20, 21, 22, 30, 31, 32, 40, 41, 42 }; // 3 wide, 5 high
            byte[] file = Write(pixels, 3, 5);

            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, file[..8]);
            List<(string Type, byte[] Data)> chunks = ReadChunks(file);
            Assert.Equal(new[] { "IHDR", "IDAT", "IEND" }, chunks.ConvertAll(c => c.Type));

            // IHDR: width 3 and height 5 (big-endian), bit depth 8, color type 0 (grayscale), deflate, adaptive
            // filtering, no interlace.
            Assert.Equal(new byte[] { 0, 0, 0, 3, 0, 0, 0, 5, 8, 0, 0, 0, 0 }, chunks[0].Data);

            // IDAT: a zlib stream of the 5 rows, each a filter-type byte (0, None) and the 3 pixels as they are.
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(new MemoryStream(chunks[1].Data), CompressionMode.Decompress))
            {
                zlib.CopyTo(inflated);
            }

            Assert.Equal(
                new byte[] { 0, 0, 1, 2, 0, 10, 11, 12, 0, 20, 21, 22, 0, 30, 31, 32, 0, 40, 41, 42 },
                inflated.ToArray());

            // IEND: no data; the file ends with its length 0, its type and the CRC 0xAE426082.
            Assert.Empty(chunks[2].Data);
            Assert.Equal(new byte[] { 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82 }, file[^12..]);
        }

        [Fact]
        public void RejectsABadSize()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Write(Array.Empty<byte>(), 0, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => Write(Array.Empty<byte>(), 1, 0));
            Assert.Throws<ArgumentException>(() => Write(new byte[14], 3, 5));
            Assert.Throws<ArgumentException>(() => Write(new byte[16], 3, 5));
        }

        private static void AssertDecodesTo(byte[] pixels, int width, int height)
        {
            byte[] file = Write(pixels, width, height);

            // stb_image does not check CRCs: ReadChunks checks each chunk's (Png.Crc32 is checked against published values above).
            Assert.Equal(new[] { "IHDR", "IDAT", "IEND" }, ReadChunks(file).ConvertAll(c => c.Type));

            ImageResult image = ImageResult.FromMemory(file, ColorComponents.Default);
            Assert.Equal(width, image.Width);
            Assert.Equal(height, image.Height);
            Assert.Equal(ColorComponents.Grey, image.SourceComp);
            Assert.Equal(pixels, image.Data);
        }

        private static byte[] Write(byte[] pixels, int width, int height)
        {
            using var stream = new MemoryStream();
            Png.WriteGray8(stream, pixels, width, height);
            return stream.ToArray();
        }

        // The chunks after the signature; fails unless every chunk's CRC is the CRC-32 of its type and data and the
        // chunks fill the file exactly.
        private static List<(string Type, byte[] Data)> ReadChunks(byte[] file)
        {
            var chunks = new List<(string, byte[])>();
            int at = 8;
            while (at < file.Length)
            {
                int length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
                ReadOnlySpan<byte> typeAndData = file.AsSpan(at + 4, 4 + length);
                uint crc = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at + 8 + length));
                Assert.Equal(Png.Crc32(typeAndData), crc);
                chunks.Add((System.Text.Encoding.ASCII.GetString(typeAndData[..4]), typeAndData[4..].ToArray()));
                at += 12 + length;
            }

            Assert.Equal(file.Length, at);
            return chunks;
        }
    }
}
