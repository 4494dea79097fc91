using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using PoolGen;
using PoolGen.Sample;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Arguments: --no-timing leaves the timings out, so that two runs (JIT and NativeAOT, see .ci/aot-check) print the same
// text; a file name runs the tiny CNN (part 3) over that image (PNG, JPEG, ...) instead of the shipped shapes.pgm.
bool timing = true;
string? imagePath = null;
foreach (string arg in args)
{
    if (arg == "--no-timing")
    {
        timing = false;
    }
    else if (arg.StartsWith("--", StringComparison.Ordinal) || imagePath is not null)
    {
        Console.Error.WriteLine($"unexpected argument '{arg}'");
        Console.Error.WriteLine("usage: PoolGen.Sample [--no-timing] [image.png|image.jpg]");
        return 2;
    }
    else
    {
        imagePath = arg;
    }
}

if (imagePath is not null && !File.Exists(imagePath))
{
    Console.Error.WriteLine($"{imagePath}: no such file");
    return 2;
}

// 1. The classic example: a 4x4 feature map pooled by a 2x2 window with stride 2.
float[] map =
{
    1, 1, 2, 4,
    5, 6, 7, 8,
    3, 2, 1, 0,
    1, 2, 3, 4,
};
float[] max = new float[4];
float[] mean = new float[4];
Kernels.MaxPool4x4(map, max);
Kernels.AveragePool4x4(map, mean);

Console.WriteLine("PoolGen sample: pooling kernels generated at compile time");
Console.WriteLine();
Console.WriteLine("4x4 feature map:");
PrintMatrix(map, 4, 4);
Console.WriteLine("2x2 max pooling, stride 2:");
PrintMatrix(max, 2, 2);
Console.WriteLine("2x2 mean pooling, stride 2:");
PrintMatrix(mean, 2, 2);

// 2. The feature-count example: a 96x96 image convolved with 400 8x8 filters gives 89x89x400 features;
//    2x2 max pooling with stride 2 leaves a quarter of them.
const int imageSize = 96, filterSize = 8, filters = 400;
int convSize = imageSize - filterSize + 1;
var random = new Random(20251128);
float[] image = new float[imageSize * imageSize];
for (int i = 0; i < image.Length; i++)
{
    image[i] = (float)random.NextDouble();
}

float[] weights = new float[filters * filterSize * filterSize];
for (int i = 0; i < weights.Length; i++)
{
    weights[i] = (float)(random.NextDouble() - 0.5);
}

var clock = Stopwatch.StartNew();
float[] features = Convolve(image, imageSize, weights, filters, filterSize);
double convolveMs = clock.Elapsed.TotalMilliseconds;

Console.WriteLine($"Convolution: {imageSize}x{imageSize} image, {filters} filters of {filterSize}x{filterSize} -> {convSize}x{convSize}x{filters} = {features.Length:N0} features ({(timing ? $"{convolveMs:F1} ms, " : string.Empty)}plain loop)");

int pooled = PoolShape.OutputSize(convSize, kernelSize: 2, stride: 2);
float[] pooledFeatures = new float[filters * pooled * pooled];
double poolMs = Time(() => Kernels.MaxPool2x2(features, pooledFeatures, filters, convSize, convSize));
Console.WriteLine($"2x2 max pooling, stride 2:            {pooled}x{pooled}x{filters} = {pooledFeatures.Length:N0} features" + (timing ? $" ({poolMs * 1000:F0} us per call)" : string.Empty));

int pooledCeil = PoolShape.OutputSize(convSize, kernelSize: 2, stride: 2, ceilMode: true);
float[] pooledCeilFeatures = new float[filters * pooledCeil * pooledCeil];
double poolCeilMs = Time(() => Kernels.MaxPool2x2Ceil(features, pooledCeilFeatures, filters, convSize, convSize));
Console.WriteLine($"2x2 max pooling, stride 2, ceil mode: {pooledCeil}x{pooledCeil}x{filters} = {pooledCeilFeatures.Length:N0} features" + (timing ? $" ({poolCeilMs * 1000:F0} us per call)" : string.Empty));

// A spot check anyone can follow: the top-left pooled value of the first filter is the max of its 2x2 window.
float expected = Math.Max(Math.Max(features[0], features[1]), Math.Max(features[convSize], features[convSize + 1]));
Console.WriteLine($"Check: pooled[0] = {pooledFeatures[0]:F4}, max of the first 2x2 window = {expected:F4}");
Console.WriteLine();

// 3. A small real workload: a tiny CNN over the shipped test image (or the image given), with the feature maps written
//    as PNG images (into sample-output/ under the current directory) to see what pooling did.
try
{
    TinyCnn.Run("sample-output", timing, imagePath);
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

// 4. Adaptive pooling (part 2's 89x89 features and their 44x44 pooled maps, both to 6x6) and the backward passes, checked
//    against finite differences.
Console.WriteLine();
Operators.Run(features, filters, convSize, pooledFeatures, pooled);

return 0;

static void PrintMatrix(float[] values, int rows, int columns)
{
    for (int r = 0; r < rows; r++)
    {
        var cells = new string[columns];
        for (int c = 0; c < columns; c++)
        {
            cells[c] = values[(r * columns) + c].ToString("0.##", CultureInfo.InvariantCulture).PadLeft(5);
        }

        Console.WriteLine("  [" + string.Join(" ", cells) + " ]");
    }

    Console.WriteLine();
}

// Valid 2D convolution (cross-correlation, as in CNNs) of one single-channel image with each filter.
static float[] Convolve(float[] image, int size, float[] weights, int filters, int k)
{
    int outSize = size - k + 1;
    float[] result = new float[filters * outSize * outSize];
    for (int f = 0; f < filters; f++)
    {
        ReadOnlySpan<float> w = weights.AsSpan(f * k * k, k * k);
        Span<float> plane = result.AsSpan(f * outSize * outSize, outSize * outSize);
        for (int y = 0; y < outSize; y++)
        {
            for (int x = 0; x < outSize; x++)
            {
                float sum = 0;
                for (int ky = 0; ky < k; ky++)
                {
                    for (int kx = 0; kx < k; kx++)
                    {
                        sum += image[((y + ky) * size) + x + kx] * w[(ky * k) + kx];
                    }
                }

                plane[(y * outSize) + x] = sum;
            }
        }
    }

    return result;
}

// Median milliseconds per call over a few runs, after a warm-up.
static double Time(Action action)
{
    action();
    var samples = new double[21];
    for (int i = 0; i < samples.Length; i++)
    {
        long start = Stopwatch.GetTimestamp();
        action();
        samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    Array.Sort(samples);
    return samples[samples.Length / 2];
}
