using System;
using System.Buffers.Binary;
using System.IO;

namespace PoolGen.Sample.Tests
{
    /// <summary>The sample run over an image given on the command line: decoding, the gray formula, the halving of large images.</summary>
    public sealed class InputImageTests : IDisposable
    {
        private readonly string directory = Path.Combine(Path.GetTempPath(), "poolgen-sample-tests-" + Guid.NewGuid().ToString("N"));

        public InputImageTests() => Directory.CreateDirectory(directory);

        public void Dispose() => Directory.Delete(directory, recursive: true);

        [Fact]
        public void ColorBecomesGrayWithTheBt601Weights()
        {
            // 8x6, black but for the top row. The white pixel makes the maximum 1, so input.png holds the gray values
            // themselves: 0.299 R + 0.587 G + 0.114 B, rounded (worked by hand).
            (byte R, byte G, byte B, byte Gray)[] topRow =
            {
                (255, 255, 255, 255),
                (255, 0, 0, 76),     // 76.245
                (0, 255, 0, 150),    // 149.685
                (0, 0, 255, 29),     // 29.07
                (128, 128, 128, 128),
                (0, 0, 0, 0),
                (255, 255, 0, 226),  // 225.93
                (10, 20, 30, 18),    // 2.99 + 11.74 + 3.42 = 18.15
            };
            var rgb = new (byte R, byte G, byte B)[6, 8];
            for (int x = 0; x < 8; x++)
            {
                rgb[0, x] = (topRow[x].R, topRow[x].G, topRow[x].B);
            }

            string path = Path.Combine(directory, "colors.bmp");
            File.WriteAllBytes(path, Bmp24(rgb));
            string output = Path.Combine(directory, "out");
            TinyCnn.Result result = TinyCnn.Run(output, timing: false, path);

            Assert.Equal((6, 8), (result.Height, result.Width));
            Decoded input = Decoded.Read(Path.Combine(output, "input.png"));
            Assert.Equal((8, 6), (input.Width, input.Height));
            for (int x = 0; x < 8; x++)
            {
                Assert.Equal((x, topRow[x].Gray), (x, input[x, 0]));
            }

            for (int i = 8; i < input.Pixels.Length; i++)
            {
                Assert.Equal(0, input.Pixels[i]);
            }

            // 8 maps of 6x8, 8 and 16 of 3x4 (after the first pooling), 16 of 1x2 (after the second), four a row.
            Assert.Equal((35, 13), Size(output, "conv1-relu.png"));
            Assert.Equal((19, 7), Size(output, "pool1.png"));
            Assert.Equal((19, 15), Size(output, "conv2-relu.png"));
            Assert.Equal((11, 7), Size(output, "pool2.png"));
        }

        [Fact]
        public void ReadsAJpeg()
        {
            // Four 16x16 squares, white, red, green and blue (Images/README.md): JPEG keeps flat colors to within a few
            // levels, so each square's middle is near 255, 76, 150 and 29.
            string output = Path.Combine(directory, "out");
            TinyCnn.Result result = TinyCnn.Run(output, timing: false, Path.Combine(AppContext.BaseDirectory, "Images", "colors.jpg"));

            Assert.Equal((16, 64), (result.Height, result.Width));
            Decoded input = Decoded.Read(Path.Combine(output, "input.png"));
            Assert.Equal((64, 16), (input.Width, input.Height));
            int[] expected = { 255, 76, 150, 29 };
            for (int square = 0; square < 4; square++)
            {
                int pixel = input[(16 * square) + 8, 8];
                Assert.True(Math.Abs(pixel - expected[square]) <= 3, $"square {square}: {pixel}, expected about {expected[square]}");
            }
        }

        [Fact]
        public void LargeImageIsHalvedByAveragePooling()
        {
            // 301x260: one halving (ceil mode) to 151x130. The pixels are multiples of 4 so that the mean of a 2x2 block
            // (or of the 2 pixels of the last, odd column) is a whole number; the top-left block is 255, the maximum.
            const int width = 301, height = 260;
            var pixels = new byte[width * height];
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    pixels[(y * width) + x] = x < 2 && y < 2 ? (byte)255 : (byte)(4 * (((3 * x) + (5 * y)) % 64));
                }
            }

            string path = Path.Combine(directory, "large.png");
            Png.WriteGray8(path, pixels, width, height);
            string output = Path.Combine(directory, "out");
            TinyCnn.Result result = TinyCnn.Run(output, timing: false, path);

            Assert.Equal((130, 151), (result.Height, result.Width));
            Decoded input = Decoded.Read(Path.Combine(output, "input.png"));
            Assert.Equal((151, 130), (input.Width, input.Height));
            for (int y = 0; y < 130; y++)
            {
                for (int x = 0; x < 151; x++)
                {
                    int sum = 0, count = 0;
                    for (int sy = 2 * y; sy < (2 * y) + 2; sy++)
                    {
                        for (int sx = 2 * x; sx < Math.Min((2 * x) + 2, width); sx++)
                        {
                            sum += pixels[(sy * width) + sx];
                            count++;
                        }
                    }

                    Assert.Equal(x == 150 ? 2 : 4, count);
                    if (input[x, y] != sum / count)
                    {
                        Assert.Fail($"({x}, {y}): {input[x, y]}, the mean of its block is {sum / count}");
                    }
                }
            }

            // 4 maps of 130x151 a row.
            Assert.Equal((607, 261), Size(output, "conv1-relu.png"));
        }

        [Theory]
        [InlineData(257, 257, 129, 129)]  // once, ceil mode keeping the odd last row and column
        [InlineData(1024, 768, 256, 192)] // twice; 256 is small enough
        [InlineData(300, 8, 150, 4)]      // once
        [InlineData(256, 5, 256, 5)]      // not at all
        public void HalvesUntilNoSideIsAbove256(int width, int height, int expectedWidth, int expectedHeight)
        {
            string path = Path.Combine(directory, "gray.png");
            var pixels = new byte[width * height];
            new Random(width + height).NextBytes(pixels);
            Png.WriteGray8(path, pixels, width, height);
            TinyCnn.Result result = TinyCnn.Run(Path.Combine(directory, "out"), timing: false, path);
            Assert.Equal((expectedHeight, expectedWidth), (result.Height, result.Width));
        }

        [Fact]
        public void RejectsAnImageTooSmallAndAFileThatIsNoImage()
        {
            string small = Path.Combine(directory, "small.png");
            Png.WriteGray8(small, new byte[3 * 5], 3, 5);
            Assert.Throws<InvalidDataException>(() => TinyCnn.Run(Path.Combine(directory, "out"), timing: false, small));

            // 1030x20 halves to 515x10, 258x5, then 129x3: too few rows for two poolings.
            string flat = Path.Combine(directory, "flat.png");
            Png.WriteGray8(flat, new byte[1030 * 20], 1030, 20);
            Assert.Throws<InvalidDataException>(() => TinyCnn.Run(Path.Combine(directory, "out"), timing: false, flat));

            string text = Path.Combine(directory, "text.png");
            File.WriteAllText(text, "not an image");
            Assert.Throws<InvalidDataException>(() => TinyCnn.Run(Path.Combine(directory, "out"), timing: false, text));
        }

        private static (int Width, int Height) Size(string directory, string file)
        {
            Decoded image = Decoded.Read(Path.Combine(directory, file));
            return (image.Width, image.Height);
        }

        // A 24-bit uncompressed BMP (BITMAPINFOHEADER, rows bottom-up, each padded to 4 bytes, blue-green-red), written
        // here so that the color input does not come from the sample's own writer.
        private static byte[] Bmp24((byte R, byte G, byte B)[,] pixels)
        {
            int height = pixels.GetLength(0), width = pixels.GetLength(1);
            int stride = ((width * 3) + 3) & ~3;
            var file = new byte[54 + (stride * height)];
            file[0] = (byte)'B';
            file[1] = (byte)'M';
            BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(2), file.Length);
            BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(10), 54);  // where the pixels start
            BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(14), 40);  // BITMAPINFOHEADER
            BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(18), width);
            BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(22), height);
            BinaryPrimitives.WriteInt16LittleEndian(file.AsSpan(26), 1);   // planes
            BinaryPrimitives.WriteInt16LittleEndian(file.AsSpan(28), 24);  // bits per pixel
            BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(34), stride * height);
            BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(38), 2835); // 72 dpi
            BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(42), 2835);
            for (int y = 0; y < height; y++)
            {
                int row = 54 + ((height - 1 - y) * stride);
                for (int x = 0; x < width; x++)
                {
                    file[row + (3 * x)] = pixels[y, x].B;
                    file[row + (3 * x) + 1] = pixels[y, x].G;
                    file[row + (3 * x) + 2] = pixels[y, x].R;
                }
            }

            return file;
        }
    }
}
