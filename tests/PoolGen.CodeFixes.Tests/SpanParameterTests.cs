using System.Threading.Tasks;

namespace PoolGen.CodeFixes.Tests
{
    /// <summary>PG0012: the first parameters are not <c>ReadOnlySpan&lt;T&gt; input, Span&lt;T&gt; output</c>.</summary>
    public sealed class SpanParameterTests
    {
        [Fact]
        public Task ArraysBecomeSpansOfTheirElement() => FixTest<SpanParametersCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max({|PG0012:double[] input|}, double[] output, int height, int width);

                [Pool(Kind = PoolKind.Min, Size = 2)]
                static partial void Min({|PG0012:Half[] input|}, Half[] output, int length);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<double> input, Span<double> output, int height, int width);

                [Pool(Kind = PoolKind.Min, Size = 2)]
                static partial void Min(ReadOnlySpan<Half> input, Span<Half> output, int length);
            }
            """);

        [Fact]
        public Task OtherNamesAreRenamedAndNamedArgumentsFollow() => FixTest<SpanParametersCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max({|PG0012:ReadOnlySpan<byte> source|}, Span<byte> destination, int height, int width);

                static void Run(byte[] a, byte[] b) => Max(source: a, destination: b, height: 2, width: 2);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<byte> input, Span<byte> output, int height, int width);

                static void Run(byte[] a, byte[] b) => Max(input: a, output: b, height: 2, width: 2);
            }
            """);

        [Fact]
        public Task WritableInputAndOutputOfAnotherElementTypeTakeTheInputsElement() => FixTest<SpanParametersCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max({|PG0012:Span<float> input|}, Span<double> output, int height, int width);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width);
            }
            """);

        [Fact]
        public Task MissingBuffersAreAdded() => FixTest<SpanParametersCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<short> input, {|PG0012:int height|}, int width);

                // Nothing to take T from: float.
                [Pool(Kind = PoolKind.Average, Size = 2)]
                static partial void Average({|PG0012:int channels|}, int height, int width);

                // The shape fixed on the attribute: only the buffers are missing.
                [Pool(Size = 2, Height = 4, Width = 4)]
                static partial void {|PG0012:Empty|}();
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<short> input, Span<short> output, int height, int width);

                // Nothing to take T from: float.
                [Pool(Kind = PoolKind.Average, Size = 2)]
                static partial void Average(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                // The shape fixed on the attribute: only the buffers are missing.
                [Pool(Size = 2, Height = 4, Width = 4)]
                static partial void Empty(ReadOnlySpan<float> input, Span<float> output);
            }
            """);

        [Fact]
        public Task SwappedBuffersSwapBackWithTheirArguments() => FixTest<SpanParametersCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max({|PG0012:Span<float> output|}, ReadOnlySpan<float> input, int height, int width);

                static void Run(float[] source, float[] target) => Max(target, source, 4, 4);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                static void Run(float[] source, float[] target) => Max(source, target, 4, 4);
            }
            """);

        [Fact]
        public Task WithoutUsingSystemTheSpansAreQualified() => FixTest<SpanParametersCodeFix>.RunAsync(
            """
            namespace App
            {
                static partial class Kernels
                {
                    [PoolGen.Pool(Size = 2)]
                    static partial void Max({|PG0012:float[] input|}, float[] output, int height, int width);
                }
            }
            """,
            """
            namespace App
            {
                static partial class Kernels
                {
                    [PoolGen.Pool(Size = 2)]
                    static partial void Max(System.ReadOnlySpan<float> input, System.Span<float> output, int height, int width);
                }
            }
            """);
    }
}
