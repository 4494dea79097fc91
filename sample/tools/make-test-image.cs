// Writes the sample's test image, sample/PoolGen.Sample/shapes.pgm: a 128x128 8-bit grayscale scene (binary PGM, P5)
// of shapes with sharp edges, stripes and a checkerboard over a noisy gradient, so that convolution and pooling have
// something to show. Deterministic (integer arithmetic and a fixed xorshift seed): running it again writes the same
// bytes. The image is committed; this program only documents where it came from. From the repository root:
//
//     dotnet run sample/tools/make-test-image.cs
//
using System;
using System.IO;
using System.Text;

const int size = 128;
var pixels = new byte[size * size];
uint state = 2463534242;

for (int y = 0; y < size; y++)
{
    for (int x = 0; x < size; x++)
    {
        // Background: a vertical gradient from 40 to 90 with noise in -6..+6.
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        int value = 40 + (50 * y / (size - 1)) + (int)(state % 13) - 6;

        int dx = x - 38, dy = y - 38;
        int rx = x - 94, ry = y - 34;
        if ((dx * dx) + (dy * dy) <= 22 * 22)
        {
            value = 225; // a bright disk
        }
        else if ((rx * rx) + (ry * ry) is >= 12 * 12 and <= 20 * 20)
        {
            value = 190; // a ring
        }
        else if (x >= 12 && x < 56 && y >= 72 && y < 118)
        {
            value = (y / 3) % 2 == 0 ? 175 : 55; // horizontal stripes, 3 pixels each: 2x2 pooling cannot keep them apart
        }
        else if (x >= 70 && x < 118 && y >= 70 && y < 118)
        {
            value = ((x - 70) / 8 + (y - 70) / 8) % 2 == 0 ? 235 : 25; // a checkerboard of 8-pixel squares
        }

        if (Math.Abs(x + y - 124) <= 1 && x < 64)
        {
            value = 255; // a thin diagonal line
        }

        pixels[(y * size) + x] = (byte)Math.Clamp(value, 0, 255);
    }
}

string path = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "..", "PoolGen.Sample", "shapes.pgm");
using (var file = File.Create(path))
{
    file.Write(Encoding.ASCII.GetBytes($"P5\n# PoolGen sample test image (sample/tools/make-test-image.cs)\n{size} {size}\n255\n"));
    file.Write(pixels);
}

Console.WriteLine($"wrote {Path.GetFullPath(path)}");
