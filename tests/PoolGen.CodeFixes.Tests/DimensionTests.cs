using System.Threading.Tasks;

namespace PoolGen.CodeFixes.Tests
{
    /// <summary>PG0014 (a parameter that is no dimension: rename the misspelled) and PG0015 (dimensions out of order).</summary>
    public sealed class DimensionTests
    {
        [Fact]
        public Task MisspelledDimensionIsRenamedWhereverItIsNamed() => FixTest<RenameDimensionCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                /// <param name="heigth">Rows.</param>
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, int channels, {|PG0014:int heigth|}, int width);

                static void Run(float[] a, float[] b) => Max(a, b, channels: 3, heigth: 4, width: 4);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                /// <param name="height">Rows.</param>
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                static void Run(float[] a, float[] b) => Max(a, b, channels: 3, height: 4, width: 4);
            }
            """);

        [Fact]
        public Task EveryMisspellingAtOnce() => FixTest<RenameDimensionCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, {|PG0014:int batches|}, {|PG0014:int chanels|}, {|PG0014:int Height|}, {|PG0014:int widht|});

                [Pool(Size = 3, Stride = 1)]
                static partial void Max3D(ReadOnlySpan<float> input, Span<float> output, {|PG0014:int dept|}, int height, int width);

                [Pool(Size = 3)]
                static partial void Max1D(ReadOnlySpan<float> input, Span<float> output, {|PG0014:int lenght|});
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

                [Pool(Size = 3, Stride = 1)]
                static partial void Max3D(ReadOnlySpan<float> input, Span<float> output, int depth, int height, int width);

                [Pool(Size = 3)]
                static partial void Max1D(ReadOnlySpan<float> input, Span<float> output, int length);
            }
            """);

        [Fact]
        public Task MisspelledIndicesAfterTheOutput() => FixTest<RenameDimensionCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void ArgMax(ReadOnlySpan<float> input, Span<float> output, {|PG0014:Span<long> indexes|}, int height, int width);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void ArgMax(ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int height, int width);
            }
            """);

        [Fact]
        public Task NoRenameWhenNothingIsClose()
        {
            // 'size', 'rows' and 'cols' are no misspelling of a dimension; 'heigth' would be one of height, but this method is
            // 1D ('length'), and 'long width' is not an int, so no name makes it valid. Each keeps its diagnostic.
            const string source = """
                using System;
                using PoolGen;

                static partial class Kernels
                {
                    [Pool(Size = 2)]
                    static partial void Max(ReadOnlySpan<float> input, Span<float> output, {|PG0014:int size|}, {|PG0014:int rows|}, {|PG0014:int cols|});

                    [Pool(Size = 2)]
                    static partial void Max1D(ReadOnlySpan<float> input, Span<float> output, int length, {|PG0014:int heigth|});

                    [Pool(Size = 2)]
                    static partial void MaxLong(ReadOnlySpan<float> input, Span<float> output, int height, {|PG0014:long width|});
                }
                """;
            return FixTest<RenameDimensionCodeFix>.RunAsync(source, source);
        }

        [Fact]
        public Task DimensionsAreReorderedAndCallsKeepTheirValues() => FixTest<OrderDimensionsCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, int width, {|PG0015:int height|});

                static void Run(float[] a, float[] b)
                {
                    // 64 columns, 4 rows.
                    Max(a, b, 64, 4);
                    Max(a, b, width: 64, height: 4);
                    Max(output: b, input: a, height: 4, width: 64);
                }
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                static void Run(float[] a, float[] b)
                {
                    // 64 columns, 4 rows.
                    Max(a, b, 4, 64);
                    Max(a, b, height: 4, width: 64);
                    Max(input: a, output: b, height: 4, width: 64);
                }
            }
            """);

        [Fact]
        public Task ThreeOutOfOrderAcrossFiles()
        {
            // width before channels and height: two diagnostics on one method, one fix; the call in another file follows. The method
            // has a throwing body (PoolGen stubs a rejected signature), so no CS8795 comes with them.
            var test = new FixTest<OrderDimensionsCodeFix>();
            test.TestState.Sources.Add(
                """
                using System;
                using PoolGen;

                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Average, Size = 2)]
                    public static partial void Average(
                        ReadOnlySpan<float> input,
                        Span<float> output,
                        int width,
                        {|PG0015:int channels|},
                        {|PG0015:int height|});
                }
                """);
            test.TestState.Sources.Add(
                """
                static class Caller
                {
                    // 8 columns, 2 channels, 6 rows.
                    public static void Run(float[] a, float[] b) => Kernels.Average(a, b, 8, 2, 6);
                }
                """);
            test.FixedState.Sources.Add(
                """
                using System;
                using PoolGen;

                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Average, Size = 2)]
                    public static partial void Average(
                        ReadOnlySpan<float> input,
                        Span<float> output,
                        int channels,
                        int height,
                        int width);
                }
                """);
            test.FixedState.Sources.Add(
                """
                static class Caller
                {
                    // 8 columns, 2 channels, 6 rows.
                    public static void Run(float[] a, float[] b) => Kernels.Average(a, b, 2, 6, 8);
                }
                """);
            return test.RunAsync();
        }
    }
}
