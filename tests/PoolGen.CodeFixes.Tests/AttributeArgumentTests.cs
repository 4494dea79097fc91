using System.Threading.Tasks;

namespace PoolGen.CodeFixes.Tests
{
    /// <summary>
    /// The fixes that edit the attribute's named arguments: PG0053 (window properties beside OutputSize*, all removed by one
    /// fix), PG0057 (quantization where nothing is quantized, the four removed), PG0058 (missing quantization parameters
    /// added, taken from the other side or neutral) and PG0059 (an option quantized average has not, removed). Each runs
    /// one fix at a time and Fix All, and the fixed source must compile without a diagnostic.
    /// </summary>
    public sealed class AttributeArgumentTests
    {
        [Fact]
        public Task PG0053_OneFixRemovesEveryWindowProperty() => FixTest<RemoveWindowPropertiesCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Kind = PoolKind.Average, {|PG0053:Size = 3|}, {|PG0053:Stride = 2|}, OutputSize = 7, {|PG0053:Padding = 1|})]
                static partial void Average(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                [Pool({|PG0053:Global = true|}, OutputSize = 1, Layout = PoolLayout.Nhwc)]
                static partial void GlobalMax(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Kind = PoolKind.Average, OutputSize = 7)]
                static partial void Average(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                [Pool(OutputSize = 1, Layout = PoolLayout.Nhwc)]
                static partial void GlobalMax(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
            }
            """);

        [Fact]
        public Task PG0053_KeepsALineByLineAttributeTidy_AndGlobalFalse() => FixTest<RemoveWindowPropertiesCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(
                    Kind = PoolKind.Average,
                    OutputSizeH = 2,
                    OutputSizeW = 3,
                    Global = false,
                    {|PG0053:DivisorOverride = 4|},
                    {|PG0053:CountIncludePad = true|})]
                static partial void Average(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(
                    Kind = PoolKind.Average,
                    OutputSizeH = 2,
                    OutputSizeW = 3,
                    Global = false)]
                static partial void Average(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);
            }
            """);

        [Fact]
        public Task PG0053_OnQuantizedAdaptiveAverage_RemovesTheDilation() => FixTest<RemoveWindowPropertiesCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Kind = PoolKind.Average, OutputSize = 3, {|PG0053:Dilation = 2|}, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120)]
                static partial void Average(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Kind = PoolKind.Average, OutputSize = 3, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120)]
                static partial void Average(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);
            }
            """);

        [Fact]
        public Task PG0057_RemovesTheQuantizationProperties() => FixTest<RemoveQuantizationOptionCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Kind = PoolKind.Average, Size = 2, {|PG0057:InputScale = 0.5|}, {|PG0057:InputZeroPoint = 3|}, {|PG0057:OutputScale = 0.25|}, {|PG0057:OutputZeroPoint = 7|})]
                static partial void Average(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                [Pool(Kind = PoolKind.Lp, P = 2, Size = 2, {|PG0057:OutputZeroPoint = 3|})]
                static partial void Lp(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                [Pool({|PG0057:InputScale = 0.5|}, Size = 2)]
                static partial void Max(ReadOnlySpan<int> input, Span<int> output, int channels, int height, int width);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Kind = PoolKind.Average, Size = 2)]
                static partial void Average(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                [Pool(Kind = PoolKind.Lp, P = 2, Size = 2)]
                static partial void Lp(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                [Pool(Size = 2)]
                static partial void Max(ReadOnlySpan<int> input, Span<int> output, int channels, int height, int width);
            }
            """);

        [Fact]
        public Task PG0058_AddsTheMissingParameters_FromTheOtherSideOrNeutral() => FixTest<CompleteQuantizationCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                // The output's parameters missing: the input's, the same quantization on both sides.
                [{|PG0058:Pool(Kind = PoolKind.Average, Size = 2, InputScale = 0.02, InputZeroPoint = 128)|}]
                static partial void Average(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);

                // Only a scale: the other scale copies it, the zero points are 0.
                [{|PG0058:Pool(Kind = PoolKind.Max, Size = 2, OutputScale = 2)|}]
                static partial void Max(ReadOnlySpan<sbyte> input, Span<sbyte> output, int channels, int height, int width);

                // Only the input zero point missing: the output's is copied.
                [{|PG0058:Pool(Kind = PoolKind.Min, Size = 2, InputScale = 0.5, OutputScale = 0.25, OutputZeroPoint = -3)|}]
                static partial void Min(ReadOnlySpan<sbyte> input, Span<sbyte> output, int channels, int height, int width);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                // The output's parameters missing: the input's, the same quantization on both sides.
                [Pool(Kind = PoolKind.Average, Size = 2, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.02, OutputZeroPoint = 128)]
                static partial void Average(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);

                // Only a scale: the other scale copies it, the zero points are 0.
                [Pool(Kind = PoolKind.Max, Size = 2, OutputScale = 2, InputScale = 2, InputZeroPoint = 0, OutputZeroPoint = 0)]
                static partial void Max(ReadOnlySpan<sbyte> input, Span<sbyte> output, int channels, int height, int width);

                // Only the input zero point missing: the output's is copied.
                [Pool(Kind = PoolKind.Min, Size = 2, InputScale = 0.5, OutputScale = 0.25, OutputZeroPoint = -3, InputZeroPoint = -3)]
                static partial void Min(ReadOnlySpan<sbyte> input, Span<sbyte> output, int channels, int height, int width);
            }
            """);

        [Fact]
        public Task PG0059_RemovesWhatQuantizedAverageHasNot() => FixTest<RemoveQuantizationOptionCodeFix>.RunAsync(
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Kind = PoolKind.Average, Size = 2, {|PG0059:DilationW = 2|}, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120, {|PG0059:DivisorOverride = 3|})]
                static partial void Average(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);
            }
            """,
            """
            using System;
            using PoolGen;

            static partial class Kernels
            {
                [Pool(Kind = PoolKind.Average, Size = 2, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120)]
                static partial void Average(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);
            }
            """);
    }
}
