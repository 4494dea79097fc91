using System.Threading.Tasks;

namespace PoolGen.CodeFixes.Tests
{
    /// <summary>PG0009 (the method is not partial), PG0019 (a containing type is not) and PG0010 (the method has a body).</summary>
    public sealed class PartialTests
    {
        [Fact]
        public Task MethodWithoutPartialGetsIt() => FixTest<MakeMethodPartialCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
                public static void {|PG0009:{|CS0501:MaxPool|}|}(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
                public static partial void MaxPool(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
            }
            """);

        [Fact]
        public Task MethodsWithoutModifiersGetPartialBeforeTheReturnTypeAllAtOnce() => FixTest<MakeMethodPartialCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            partial class Kernels
            {
                [Pool(Size = 2)]
                void {|PG0009:{|CS0501:Max|}|}(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                // Average pooling.
                [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1)]
                internal void {|PG0009:{|CS0501:Average|}|}(ReadOnlySpan<double> input, Span<double> output, int height, int width);
            }
            """,
            """
            using System;
            using PoolGen;

            partial class Kernels
            {
                [Pool(Size = 2)]
                partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                // Average pooling.
                [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1)]
                internal partial void Average(ReadOnlySpan<double> input, Span<double> output, int height, int width);
            }
            """);

        [Fact]
        public Task NestedTypesAllBecomePartial() => FixTest<MakeTypesPartialCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            namespace Models
            {
                public static class Outer
                {
                    public partial class Middle
                    {
                        /// <summary>Kernels.</summary>
                        internal static class {|PG0019:Inner|}
                        {
                            [Pool(Size = 2)]
                            public static partial void {|CS0751:{|CS8795:Max|}|}(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                        }
                    }
                }
            }
            """,
            """
            using System;
            using PoolGen;

            namespace Models
            {
                public static partial class Outer
                {
                    public partial class Middle
                    {
                        /// <summary>Kernels.</summary>
                        internal static partial class Inner
                        {
                            [Pool(Size = 2)]
                            public static partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                        }
                    }
                }
            }
            """);

        [Fact]
        public Task TypesWithoutModifiersGetPartialBeforeTheKeyword() => FixTest<MakeTypesPartialCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            // Two methods, one diagnostic each, the same fix.
            struct {|PG0019:{|PG0019:Kernels|}|}
            {
                [Pool(Size = 2)]
                static partial void {|CS0751:Max|}(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                [Pool(Kind = PoolKind.Min, Size = 3)]
                static partial void {|CS0751:Min|}(ReadOnlySpan<int> input, Span<int> output, int length);
            }

            record {|PG0019:Box|}(int Value)
            {
                [Pool(Size = 2)]
                static partial void {|CS0751:Max|}(ReadOnlySpan<float> input, Span<float> output, int height, int width);
            }
            """,
            """
            using System;
            using PoolGen;

            // Two methods, one diagnostic each, the same fix.
            partial struct Kernels
            {
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                [Pool(Kind = PoolKind.Min, Size = 3)]
                static partial void Min(ReadOnlySpan<int> input, Span<int> output, int length);
            }

            partial record Box(int Value)
            {
                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width);
            }
            """);

        [Fact]
        public Task BlockBodyBecomesASemicolon() => FixTest<RemoveBodyCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2, Stride = 2)]
                public static partial void {|PG0010:{|CS0759:Max|}|}(ReadOnlySpan<float> input, Span<float> output, int height, int width)
                {
                    // A loop of my own.
                    output.Clear();
                }

                [Pool(Kind = PoolKind.Average, Size = 2)]
                public static partial void {|PG0010:{|CS0759:Average|}|}(ReadOnlySpan<float> input, Span<float> output, int height, int width) { } // kept
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2, Stride = 2)]
                public static partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                [Pool(Kind = PoolKind.Average, Size = 2)]
                public static partial void Average(ReadOnlySpan<float> input, Span<float> output, int height, int width); // kept
            }
            """);

        [Fact]
        public Task ExpressionBodyGoesAndTheMethodBecomesPartial() => FixTest<RemoveBodyCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                internal static void {|PG0010:Max|}(ReadOnlySpan<float> input, Span<float> output, int height, int width) => throw new NotImplementedException();
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Size = 2)]
                internal static partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width);
            }
            """);

        [Fact]
        public Task NoFixWhenAnotherDeclarationHasTheBody()
        {
            // PG0010 on the [Pool] declaration, which has no body: the body is the user's separate implementation.
            const string source = """
                using System;
                using PoolGen;

                static partial class Kernels
                {
                    [Pool(Size = 2)]
                    public static partial void {|PG0010:Max|}(ReadOnlySpan<float> input, Span<float> output, int height, int width);

                    public static partial void Max(ReadOnlySpan<float> input, Span<float> output, int height, int width) => output.Clear();
                }
                """;
            return FixTest<RemoveBodyCodeFix>.RunAsync(source, source);
        }

        [Fact]
        public Task NoPartialForAnExternMethod()
        {
            const string source = """
                using System;
                using PoolGen;

                static partial class Kernels
                {
                    [Pool(Size = 2)]
                    public static extern void {|PG0009:Max|}(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                }
                """;
            return FixTest<MakeMethodPartialCodeFix>.RunAsync(source, source);
        }
    }
}
