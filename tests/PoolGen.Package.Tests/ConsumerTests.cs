using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

namespace PoolGen.Package.Tests
{
    /// <summary>
    /// A fresh console project outside the repository, as a newcomer would write it, referencing PoolGen from the packed
    /// folder only (a nuget.config that clears every other source, a NuGet cache of its own), built with warnings as
    /// errors and run; its numbers are checked against values worked out by hand.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public sealed class ConsumerTests
    {
        private const string GeneratedFolder = "Generated/PoolGen.Generator/PoolGen.Generator.PoolGenerator";
        private const string MaxFile = "Kernels.MaxPool2x2(float,int,int,int).g.cs";
        private const string AverageFile = "Kernels.Average3x3(double,int,int,int).g.cs";

        private const string Program = """
            using System;
            using System.Globalization;
            using PoolGen;

            // Max 2x2, stride 2, float: 2 channels of 4x4.
            float[] maps =
            {
                1, 1, 2, 4,
                5, 6, 7, 8,
                3, 2, 1, 0,
                1, 2, 3, 4,

                -1, -2, -3, -4,
                -5, -6, -7, -8,
                 9,  0,  0,  9,
                 0,  0,  0, -9,
            };
            float[] max = new float[2 * PoolShape.OutputSize(4, kernelSize: 2, stride: 2) * PoolShape.OutputSize(4, kernelSize: 2, stride: 2)];
            Kernels.MaxPool2x2(maps, max, channels: 2, height: 4, width: 4);
            Print("max", max);

            // Average 3x3, stride 1, padding 1, double: 1 channel of 3x3 holding 1..9.
            double[] grid = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
            double[] average = new double[9];
            Kernels.Average3x3(grid, average, channels: 1, height: 3, width: 3);
            Print("average", average);

            // Wide enough for the vector code: max over 1 channel of 4x64 holding row*100 + column, and the average over
            // 1 channel of 6x20 holding (row*31 + column*7) % 11.
            float[] wide = new float[4 * 64];
            for (int i = 0; i < wide.Length; i++)
            {
                wide[i] = (i / 64 * 100) + (i % 64);
            }

            float[] wideMax = new float[2 * 32];
            Kernels.MaxPool2x2(wide, wideMax, channels: 1, height: 4, width: 64);
            Print("wide-max", wideMax);

            double[] wideGrid = new double[6 * 20];
            for (int i = 0; i < wideGrid.Length; i++)
            {
                wideGrid[i] = ((i / 20 * 31) + (i % 20 * 7)) % 11;
            }

            double[] wideAverage = new double[6 * 20];
            Kernels.Average3x3(wideGrid, wideAverage, channels: 1, height: 6, width: 20);
            Print("wide-average", wideAverage);

            static void Print<T>(string name, T[] values) where T : IFormattable =>
                Console.WriteLine(name + ": " + string.Join(" ", Array.ConvertAll(values, v => v.ToString("R", CultureInfo.InvariantCulture))));

            static partial class Kernels
            {
                [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
                public static partial void MaxPool2x2(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1)]
                public static partial void Average3x3(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);
            }
            """;

        private readonly PackageFixture package;

        public ConsumerTests(PackageFixture package) => this.package = package;

        [Fact]
        public void FreshProjectBuildsRunsAndHonoursPoolGenVectorize()
        {
            string project = Path.Combine(package.Root, "consumer");
            string cache = Path.Combine(package.Root, "nuget-packages");
            Directory.CreateDirectory(project);
            File.WriteAllText(Path.Combine(project, "Program.cs"), Program);
            File.WriteAllText(Path.Combine(project, "Consumer.csproj"), ProjectFile(package.Version, vectorize: null));
            File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="poolgen-local" value="{package.Feed}" />
                  </packageSources>
                  <fallbackPackageFolders>
                    <clear />
                  </fallbackPackageFolders>
                </configuration>
                """);

            // Empty files of these names stop MSBuild from looking further up (into whatever is around the temp folder).
            File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(project, "Directory.Build.targets"), "<Project />");
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = cache };

            // 1. The default build: vector kernels.
            DotNet.Run(project, environment, "build", "-c", "Release", "-warnaserror");
            string output = Path.Combine(project, "bin", "Release", "net10.0");
            string vectorOutput = DotNet.Run(project, environment, "exec", Path.Combine(output, "Consumer.dll"));
            CheckNumbers(vectorOutput);

            // PoolGen came from the packed folder into the project's own cache, and nothing else was needed.
            Assert.True(Directory.Exists(Path.Combine(cache, "poolgen", package.Version.ToLowerInvariant())), $"PoolGen {package.Version} is not in {cache}");
            Assert.Equal(new[] { "poolgen" }, Directory.GetDirectories(cache).Select(Path.GetFileName));

            // The runtime assembly is a reference and is copied; the generator ran in the compiler only.
            Assert.True(File.Exists(Path.Combine(output, "PoolGen.dll")));
            Assert.False(File.Exists(Path.Combine(output, "PoolGen.Generator.dll")), "PoolGen.Generator.dll was copied to the output");
            Assert.DoesNotContain("PoolGen.Generator", File.ReadAllText(Path.Combine(output, "Consumer.deps.json")), StringComparison.Ordinal);

            // EmitCompilerGeneratedFiles with CompilerGeneratedFilesOutputPath=Generated: one file per method, named after it.
            string generated = Path.Combine(project, GeneratedFolder);
            Assert.Equal(
                new[] { AverageFile, MaxFile },
                Directory.GetFiles(generated).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
            string vectorMax = File.ReadAllText(Path.Combine(generated, MaxFile));
            Assert.Contains("static partial void MaxPool2x2(", vectorMax, StringComparison.Ordinal);
            Assert.Contains("Vector256", vectorMax, StringComparison.Ordinal);

            // 2. <PoolGenVectorize>false</PoolGenVectorize> in the project file (build/PoolGen.props makes it visible to the
            //    generator): scalar kernels, the same numbers. This second build also needs the project's
            //    <Compile Remove="Generated/**" />, or the files written by the first build would be compiled twice.
            File.WriteAllText(Path.Combine(project, "Consumer.csproj"), ProjectFile(package.Version, vectorize: false));
            DotNet.Run(project, environment, "build", "-c", "Release", "-warnaserror");
            string scalarOutput = DotNet.Run(project, environment, "exec", Path.Combine(output, "Consumer.dll"));
            CheckNumbers(scalarOutput);
            Assert.Equal(vectorOutput, scalarOutput);

            string scalarMax = File.ReadAllText(Path.Combine(generated, MaxFile));
            Assert.Contains("static partial void MaxPool2x2(", scalarMax, StringComparison.Ordinal);
            Assert.DoesNotContain("Vector256", scalarMax, StringComparison.Ordinal);
            Assert.NotEqual(vectorMax, scalarMax);
        }

        private static string ProjectFile(string version, bool? vectorize) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>Generated</CompilerGeneratedFilesOutputPath>
                {(vectorize is bool v ? $"<PoolGenVectorize>{(v ? "true" : "false")}</PoolGenVectorize>" : string.Empty)}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PoolGen" Version="[{version}]" />
                <Compile Remove="Generated/**" />
              </ItemGroup>
            </Project>
            """;

        private static void CheckNumbers(string output)
        {
            Dictionary<string, double[]> lines = output
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.Split(": ", 2))
                .ToDictionary(
                    parts => parts[0],
                    parts => parts[1].Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray());

            // By hand: the maximum of each 2x2 block, channel after channel.
            Assert.Equal(new double[] { 6, 8, 3, 4, -1, -3, 9, 9 }, lines["max"]);

            // By hand: the taps inside the 3x3 grid around each cell, summed, divided by 9 (padding counts, as in PyTorch).
            double[] average = { 12.0 / 9, 21.0 / 9, 16.0 / 9, 27.0 / 9, 45.0 / 9, 33.0 / 9, 24.0 / 9, 39.0 / 9, 28.0 / 9 };
            AssertClose(average, lines["average"]);

            // The largest of rows 2i, 2i+1 and columns 2j, 2j+1 of row*100 + column is (2i+1)*100 + 2j+1.
            double[] wideMax = new double[2 * 32];
            for (int i = 0; i < 2; i++)
            {
                for (int j = 0; j < 32; j++)
                {
                    wideMax[(i * 32) + j] = ((2 * i) + 1) * 100 + (2 * j) + 1;
                }
            }

            Assert.Equal(wideMax, lines["wide-max"]);

            // A plain loop over the same grid.
            double[] wideAverage = new double[6 * 20];
            for (int y = 0; y < 6; y++)
            {
                for (int x = 0; x < 20; x++)
                {
                    double sum = 0;
                    for (int sy = Math.Max(0, y - 1); sy <= Math.Min(5, y + 1); sy++)
                    {
                        for (int sx = Math.Max(0, x - 1); sx <= Math.Min(19, x + 1); sx++)
                        {
                            sum += ((sy * 31) + (sx * 7)) % 11;
                        }
                    }

                    wideAverage[(y * 20) + x] = sum / 9;
                }
            }

            AssertClose(wideAverage, lines["wide-average"]);
        }

        private static void AssertClose(double[] expected, double[] actual)
        {
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-12 * Math.Max(1, Math.Abs(expected[i])), $"[{i}]: expected {expected[i]:R}, got {actual[i]:R}");
            }
        }
    }
}
