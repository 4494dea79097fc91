using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;

namespace PoolGen.Sample
{
    /// <summary>
    /// Writes 8-bit grayscale PNG images (color type 0, bit depth 8, no interlace): the signature, one IHDR chunk, one
    /// IDAT chunk holding the zlib stream (the BCL's <see cref="ZLibStream"/>) of the rows, each with filter type 0
    /// (None), and IEND. No dependency beyond the BCL, no reflection: trim and NativeAOT clean.
    /// </summary>
    internal static class Png
    {
        private static readonly byte[] Signature = { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };

        // CRC-32 as the PNG specification (and zlib, gzip, Ethernet) defines it: reflected polynomial 0xEDB88320,
        // initial value and final XOR 0xFFFFFFFF.
        private static readonly uint[] CrcTable = MakeCrcTable();

        /// <summary>Writes <paramref name="pixels"/> (<paramref name="height"/> rows of <paramref name="width"/> bytes, top row first) to a file.</summary>
        public static void WriteGray8(string path, ReadOnlySpan<byte> pixels, int width, int height)
        {
            using var file = File.Create(path);
            WriteGray8(file, pixels, width, height);
        }

        /// <summary>Writes <paramref name="pixels"/> (<paramref name="height"/> rows of <paramref name="width"/> bytes, top row first) to a stream.</summary>
        public static void WriteGray8(Stream stream, ReadOnlySpan<byte> pixels, int width, int height)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
            if (pixels.Length != (long)width * height)
            {
                throw new ArgumentException($"{pixels.Length} pixels for a {width}x{height} image", nameof(pixels));
            }

            stream.Write(Signature);

            Span<byte> header = stackalloc byte[13];
            BinaryPrimitives.WriteInt32BigEndian(header, width);
            BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
            header[8] = 8;  // bit depth
            header[9] = 0;  // color type: grayscale
            header[10] = 0; // compression method: deflate
            header[11] = 0; // filter method: adaptive (each row names its filter type)
            header[12] = 0; // no interlace
            WriteChunk(stream, "IHDR"u8, header);

            using var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                for (int y = 0; y < height; y++)
                {
                    zlib.WriteByte(0); // filter type 0: the row as it is
                    zlib.Write(pixels.Slice(y * width, width));
                }
            }

            WriteChunk(stream, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
            WriteChunk(stream, "IEND"u8, ReadOnlySpan<byte>.Empty);
        }

        /// <summary>The CRC-32 of <paramref name="data"/>.</summary>
        public static uint Crc32(ReadOnlySpan<byte> data) => ~UpdateCrc(0xFFFFFFFFu, data);

        // A chunk: its data's length (big-endian), its type, its data, and the CRC-32 of type and data.
        private static void WriteChunk(Stream stream, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
        {
            Span<byte> word = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
            stream.Write(word);
            stream.Write(type);
            stream.Write(data);
            BinaryPrimitives.WriteUInt32BigEndian(word, ~UpdateCrc(UpdateCrc(0xFFFFFFFFu, type), data));
            stream.Write(word);
        }

        private static uint UpdateCrc(uint crc, ReadOnlySpan<byte> data)
        {
            foreach (byte b in data)
            {
                crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }

            return crc;
        }

        private static uint[] MakeCrcTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
