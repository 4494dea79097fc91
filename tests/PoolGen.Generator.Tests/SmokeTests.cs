using PoolGen.Generator.Tests.Infrastructure;

namespace PoolGen.Generator.Tests
{
    public class SmokeTests
    {
        [Fact]
        public void ValidMethodCompilesWithoutDiagnostics()
        {
            GeneratorOutput output = GeneratorRunner.Run("""
                using System;
                using PoolGen;
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
                    public static partial void MaxPool2x2(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
                }
                """);
            Assert.Null(output.Result.Exception);
            Assert.Empty(output.CompilationDiagnostics);
            Assert.Single(output.Sources);
        }
    }
}
