using System;
using System.IO;
using System.Linq;

namespace PoolGen.Sample.Tests
{
    /// <summary>One run of the tiny CNN over shapes.pgm, as `dotnet run --project sample/PoolGen.Sample` does it.</summary>
    public sealed class DefaultRun : IDisposable
    {
        public DefaultRun()
        {
            Directory = Path.Combine(Path.GetTempPath(), "poolgen-sample-tests-" + Guid.NewGuid().ToString("N"));
            Result = TinyCnn.Run(Directory, timing: false);
        }

        public string Directory { get; }

        internal TinyCnn.Result Result { get; }

        internal Decoded Image(string file) => Decoded.Read(Path.Combine(Directory, file));

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }

    /// <summary>
    /// The PNG mosaics the sample writes, decoded by StbImageSharp, against the feature maps of the same run: every map
    /// at its place (4 maps a row, one white pixel between them), scaled so that its maximum is 255.
    /// </summary>
    public class SampleOutputTests(DefaultRun run) : IClassFixture<DefaultRun>
    {
        [Fact]
        public void WritesFiveMosaicsOfTheExpectedSizes()
        {
            // 8 maps of 128x128 four a row: 4*128 + 3 separators wide, 2*128 + 1 high; and so on.
            (string File, int Width, int Height)[] expected =
            {
                ("input.png", 128, 128),
                ("conv1-relu.png", 515, 257),
                ("pool1.png", 259, 129),
                ("conv2-relu.png", 259, 259),
                ("pool2.png", 131, 131),
            };

            Assert.Equal(
                expected.Select(e => e.File).Order(),
                System.IO.Directory.GetFiles(run.Directory).Select(Path.GetFileName).Order());
            foreach ((string file, int width, int height) in expected)
            {
                Decoded image = run.Image(file);
                Assert.Equal((file, width, height), (file, image.Width, image.Height));
            }
        }

        [Fact]
        public void InputIsTheTestImageAsItIs()
        {
            // shapes.pgm is a binary PGM: its last 128*128 bytes are the pixels. Its brightest pixel is 255, so scaling
            // to the maximum leaves every value as it was.
            byte[] pgm = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "shapes.pgm"));
            Assert.Equal(pgm[^(128 * 128)..], run.Image("input.png").Pixels);
        }

        [Theory]
        [InlineData("input.png")]
        [InlineData("conv1-relu.png")]
        [InlineData("pool1.png")]
        [InlineData("conv2-relu.png")]
        [InlineData("pool2.png")]
        public void EveryPixelIsItsMapScaledToTheMapsMaximum(string file)
        {
            (float[] maps, int channels, int size, int columns) = file switch
            {
                "input.png" => (run.Result.Input, 1, 128, 1),
                "conv1-relu.png" => (run.Result.Conv1, 8, 128, 4),
                "pool1.png" => (run.Result.Pool1, 8, 64, 4),
                "conv2-relu.png" => (run.Result.Conv2, 16, 64, 4),
                _ => (run.Result.Pool2, 16, 32, 4),
            };
            Assert.Equal(channels * size * size, maps.Length);
            Decoded image = run.Image(file);
            var inMap = new bool[image.Width, image.Height];
            int brightMaps = 0;
            for (int c = 0; c < channels; c++)
            {
                ReadOnlySpan<float> map = maps.AsSpan(c * size * size, size * size);
                float max = 0;
                foreach (float value in map)
                {
                    max = Math.Max(max, value);
                }

                brightMaps += max > 0 ? 1 : 0;
                int left = (c % columns) * (size + 1), top = (c / columns) * (size + 1);
                for (int y = 0; y < size; y++)
                {
                    for (int x = 0; x < size; x++)
                    {
                        float value = map[(y * size) + x];
                        byte pixel = image[left + x, top + y];
                        inMap[left + x, top + y] = true;
                        if (max == 0)
                        {
                            Assert.Equal(0, pixel);
                        }
                        else if (Math.Abs(pixel - (value / max * 255)) > 0.5001)
                        {
                            Assert.Fail($"{file}: map {c} at ({x}, {y}) is {value} of a maximum {max}, pixel {pixel}");
                        }
                    }
                }
            }

            Assert.True(brightMaps > channels / 2, $"{file}: only {brightMaps} maps are not all zero");

            // The rest is the white lines between the maps (and the unused end of the last row, if any).
            for (int y = 0; y < image.Height; y++)
            {
                for (int x = 0; x < image.Width; x++)
                {
                    if (!inMap[x, y] && image[x, y] != 255)
                    {
                        Assert.Fail($"{file}: ({x}, {y}) lies between maps but is {image[x, y]}, not white");
                    }
                }
            }
        }

        [Theory]
        [InlineData("conv1-relu.png", "pool1.png", 8, 128)]
        [InlineData("conv2-relu.png", "pool2.png", 16, 64)]
        public void PooledImageIsTheTwoByTwoMaxOfTheImageBefore(string beforeFile, string pooledFile, int channels, int size)
        {
            // Each map and its pooled map have the same maximum (the windows cover the whole map), and scaling to it and
            // rounding keep the order of values: so a pixel of the pooled image is the largest of its 2x2 block.
            Decoded before = run.Image(beforeFile), pooled = run.Image(pooledFile);
            int half = size / 2;
            for (int c = 0; c < channels; c++)
            {
                int left = (c % 4) * (size + 1), top = (c / 4) * (size + 1);
                int pooledLeft = (c % 4) * (half + 1), pooledTop = (c / 4) * (half + 1);
                for (int y = 0; y < half; y++)
                {
                    for (int x = 0; x < half; x++)
                    {
                        int bx = left + (2 * x), by = top + (2 * y);
                        int max = Math.Max(Math.Max(before[bx, by], before[bx + 1, by]), Math.Max(before[bx, by + 1], before[bx + 1, by + 1]));
                        if (pooled[pooledLeft + x, pooledTop + y] != max)
                        {
                            Assert.Fail($"map {c} at ({x}, {y}): {pooledFile} has {pooled[pooledLeft + x, pooledTop + y]}, the 2x2 block of {beforeFile} {max}");
                        }
                    }
                }
            }
        }
    }
}
