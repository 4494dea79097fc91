using System.Threading.Tasks;

namespace PoolGen.CodeFixes.Tests
{
    /// <summary>PG0006: padding above half the effective window <c>dilation*(size-1)+1</c>, clamped to that half.</summary>
    public sealed class PaddingTests
    {
        [Fact]
        public Task PaddingIsClampedToHalfTheWindow() => FixTest<ClampPaddingCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                // Window 3: at most 1 (reported for height and width, at the same argument).
                [Pool(Size = 3, {|PG0006:{|PG0006:Padding = 2|}|})]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                // Window 3 dilated by 2 spans 5: at most 2.
                [Pool(Size = 3, Dilation = 2, {|PG0006:{|PG0006:Padding = 4|}|})]
                static partial void Dilated(ReadOnlySpan<float> input, Span<float> output, int height, int width);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                // Window 3: at most 1 (reported for height and width, at the same argument).
                [Pool(Size = 3, Padding = 1)]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                // Window 3 dilated by 2 spans 5: at most 2.
                [Pool(Size = 3, Dilation = 2, Padding = 2)]
                static partial void Dilated(ReadOnlySpan<float> input, Span<float> output, int height, int width);
            }
            """);

        [Fact]
        public Task TheNarrowestAxisDecides() => FixTest<ClampPaddingCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                // 5 rows allow 2, 3 columns only 1.
                [Pool(SizeH = 5, SizeW = 3, {|PG0006:Padding = 2|})]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                // Its own padding for the columns: window 2 allows 1; the rows keep Padding = 2 of their window 5.
                [Pool(Size = 5, Padding = 2, {|PG0006:PaddingW = 3|}, SizeW = 2)]
                static partial void PerAxis(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                // 3D: one plane deep (window 1) allows no padding at all.
                [Pool(Size = 3, SizeD = 1, {|PG0006:Padding = 1|})]
                static partial void Volume(ReadOnlySpan<float> input, Span<float> output, int depth, int height, int width);

                // 1D: window 4 allows 2.
                [Pool(Kind = PoolKind.Average, Size = 4, {|PG0006:Padding = 3|})]
                static partial void Line(ReadOnlySpan<float> input, Span<float> output, int channels, int length);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                // 5 rows allow 2, 3 columns only 1.
                [Pool(SizeH = 5, SizeW = 3, Padding = 1)]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                // Its own padding for the columns: window 2 allows 1; the rows keep Padding = 2 of their window 5.
                [Pool(Size = 5, Padding = 2, PaddingW = 1, SizeW = 2)]
                static partial void PerAxis(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                // 3D: one plane deep (window 1) allows no padding at all.
                [Pool(Size = 3, SizeD = 1, Padding = 0)]
                static partial void Volume(ReadOnlySpan<float> input, Span<float> output, int depth, int height, int width);

                // 1D: window 4 allows 2.
                [Pool(Kind = PoolKind.Average, Size = 4, Padding = 2)]
                static partial void Line(ReadOnlySpan<float> input, Span<float> output, int channels, int length);
            }
            """);
    }
}
