using System;
using PoolGen.Generator.Tests.Infrastructure;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// Snapshots of the general kernel (layouts, ranks, padding modes, indices, global, Lp/min, clamps, Half): one per
    /// capability, so that a change to what any of them emits is reviewed. Same conventions as <see cref="SnapshotTests"/>.
    /// </summary>
    public class BreadthSnapshotTests
    {
        private static void Verify(string attribute, string signature, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
            => SnapshotTests.VerifyGenerated(
                "using System;\nusing PoolGen;\n" + $$"""
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool({{attribute}})]
                    public static partial void {{name}}({{signature}});
                }
                """,
                name);

        private const string Nchw = "ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width";

        [Fact]
        public void NhwcMax3x3Stride2Padding1() => Verify("Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc", Nchw);

        [Fact]
        public void Max3dSeparable3x3x3() => Verify(
            "Size = 3, Stride = 1, Padding = 1", "ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width");

        [Fact]
        public void Ndhwc3dAverageFixedShape() => Verify(
            "Kind = PoolKind.Average, Size = 2, Depth = 4, Height = 6, Width = 6, Channels = 16, Layout = PoolLayout.Nhwc", "ReadOnlySpan<double> input, Span<double> output, int batch");

        [Fact]
        public void Ncl1dMaxIndices() => Verify(
            "Size = 3, Stride = 2, Padding = 1", "ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int channels, int length");

        [Fact]
        public void AutoPadSameUpperAverage() => Verify("Kind = PoolKind.Average, Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper", Nchw);

        [Fact]
        public void AsymmetricPadsMin() => Verify("Kind = PoolKind.Min, Size = 3, Stride = 1, Pads = new[] { 0, 1, 2, 0 }", Nchw);

        [Fact]
        public void GlobalAverageNhwc() => Verify("Kind = PoolKind.Average, Global = true, Layout = PoolLayout.Nhwc", Nchw);

        [Fact]
        public void Lp2Pooling() => Verify("Kind = PoolKind.Lp, P = 2, Size = 3, Stride = 1, Padding = 1", Nchw);

        [Fact]
        public void Relu6ClampByteNhwc() => Verify("Size = 2, ClampMin = 10, ClampMax = 200, Layout = PoolLayout.Nhwc", "ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width");

        [Fact]
        public void HalfAverageDivisorOverride() => Verify("Kind = PoolKind.Average, Size = 2, DivisorOverride = 3", "ReadOnlySpan<Half> input, Span<Half> output, int channels, int height, int width");

        /// <summary>NhwcMax3x3Stride2Padding1 with Parallel: RunParallel over images or output rows, Kernel with a row range.</summary>
        [Fact]
        public void NhwcMax3x3Stride2Padding1Parallel() => Verify("Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, Parallel = true", Nchw);

        /// <summary>Ncl1dMaxIndices with Parallel: RunParallel over ranges of planes, with the indices.</summary>
        [Fact]
        public void Ncl1dMaxIndicesParallel() => Verify(
            "Size = 3, Stride = 2, Padding = 1, Parallel = true", "ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int channels, int length");
    }
}
