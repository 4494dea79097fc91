using System;
using System.Linq;
using PoolGen.Generator.Tests.Infrastructure;
using static PoolGen.Generator.Tests.Infrastructure.DiagnosticsSources;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// The diagnostics of quantized pooling (InputScale, InputZeroPoint, OutputScale, OutputZeroPoint): a scale that is not
    /// positive and finite (PG0055), a zero point outside the element type (PG0056), the properties where nothing is
    /// quantized (PG0057: float, double, Half, Lp, wider integers), not all four written (PG0058), and the options ONNX
    /// Runtime's QLinearAveragePool lacks (PG0059: dilation, DivisorOverride; adaptive windows are valid). Each test checks the id, the exact location
    /// ([|marked|]), the severity and the message; and that the valid forms have no diagnostic.
    /// </summary>
    public class QuantizationDiagnosticTests
    {
        private const string Bytes = "ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width";

        private const string SBytes = "ReadOnlySpan<sbyte> input, Span<sbyte> output, int channels, int height, int width";

        private const string Four = "InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120";

        private static GeneratorOutput Single(string markup, string id, params string[] fragments)
            => DiagnosticsAssert.ReportsSingle(markup, id, fragments);

        private static GeneratorOutput Several(string markup, params ExpectedDiagnostic[] expected)
            => DiagnosticsAssert.Reports(new[] { markup }, expected);

        private static ExpectedDiagnostic At(string id, int span, params string[] fragments) => ExpectedDiagnostic.At(id, span, fragments);

        private static string MessageOf(GeneratorOutput output) => Assert.Single(output.GeneratorDiagnostics).GetMessage();

        // ---------------------------------------------------------------- valid forms

        [Theory]
        [InlineData("Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, " + Four, Bytes)]
        [InlineData("Kind = PoolKind.Average, Size = 3, Pads = new[] { 1, 0, 0, 1 }, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc, " + Four, Bytes)]
        [InlineData("Kind = PoolKind.Average, Size = 2, AutoPad = PoolAutoPad.SameUpper, InputScale = 1e-3, InputZeroPoint = -128, OutputScale = 10, OutputZeroPoint = 127", SBytes)]
        [InlineData("Kind = PoolKind.Average, Global = true, ClampMin = 120, ClampMax = 200, Parallel = true, " + Four, Bytes)]
        [InlineData("Kind = PoolKind.Max, Size = 3, Dilation = 2, " + Four, Bytes)]
        [InlineData("Kind = PoolKind.Min, Size = 2, InputScale = 0.5f, InputZeroPoint = 0, OutputScale = 1, OutputZeroPoint = 0", SBytes)]
        public void ValidQuantizedAttributes_HaveNoDiagnostic(string arguments, string parameters)
            => Several(Kernel(arguments, parameters));

        // ---------------------------------------------------------------- PG0055 scale

        [Theory]
        [InlineData("InputScale = 0", "InputScale is 0")]
        [InlineData("InputScale = -0.5", "InputScale is -0.5")]
        [InlineData("InputScale = double.NaN", "InputScale is NaN")]
        [InlineData("InputScale = double.PositiveInfinity", "InputScale is infinity")]
        [InlineData("InputScale = 1e300", "InputScale is 1E+300")]
        [InlineData("InputScale = 1e-50", "InputScale is 1E-50")]
        public void PG0055_InvalidInputScale_PointsAtIt(string scale, string fragment)
            => Single(Kernel($"Kind = PoolKind.Average, Size = 2, [|{scale}|], InputZeroPoint = 0, OutputScale = 1, OutputZeroPoint = 0", Bytes), "PG0055", fragment, "positive, finite");

        [Fact]
        public void PG0055_InvalidOutputScale_Message()
        {
            GeneratorOutput output = Single(Kernel("Kind = PoolKind.Max, Size = 2, InputScale = 1, InputZeroPoint = 0, [|OutputScale = -2|], OutputZeroPoint = 0", Bytes), "PG0055");
            Assert.Equal("OutputScale is -2; a scale must be a positive, finite number that is not 0 as a float (the real value of one integer step, e.g. OutputScale = 0.0125)", MessageOf(output));
        }

        // ---------------------------------------------------------------- PG0056 zero point

        [Fact]
        public void PG0056_ByteZeroPointAbove255_Message()
        {
            GeneratorOutput output = Single(Kernel("Kind = PoolKind.Average, Size = 2, InputScale = 1, [|InputZeroPoint = 256|], OutputScale = 1, OutputZeroPoint = 0", Bytes), "PG0056");
            Assert.Equal("InputZeroPoint is 256, which is not a byte value; a zero point must be from 0 to 255", MessageOf(output));
        }

        [Theory]
        [InlineData("OutputZeroPoint = -129", "OutputZeroPoint is -129", "sbyte", "-128 to 127")]
        [InlineData("OutputZeroPoint = 128", "OutputZeroPoint is 128", "sbyte", "-128 to 127")]
        public void PG0056_SByteZeroPointOutOfRange_PointsAtIt(string zeroPoint, params string[] fragments)
            => Single(Kernel($"Kind = PoolKind.Average, Size = 2, InputScale = 1, InputZeroPoint = 0, OutputScale = 1, [|{zeroPoint}|]", SBytes), "PG0056", fragments);

        [Fact]
        public void PG0056_NegativeZeroPointOnByte()
            => Single(Kernel("Kind = PoolKind.Max, Size = 2, InputScale = 1, [|InputZeroPoint = -1|], OutputScale = 1, OutputZeroPoint = 0", Bytes), "PG0056", "not a byte value", "0 to 255");

        // ---------------------------------------------------------------- PG0057 not quantizable here

        [Fact]
        public void PG0057_OnFloat_EveryPropertyPointed()
            => Several(
                Kernel("Kind = PoolKind.Average, Size = 2, [|InputScale = 1|], [|InputZeroPoint = 0|], [|OutputScale = 1|], [|OutputZeroPoint = 0|]", "ReadOnlySpan<float> input, Span<float> output, int height, int width"),
                At("PG0057", 0, "'InputScale'", "float values are not quantized"),
                At("PG0057", 1, "'InputZeroPoint'"),
                At("PG0057", 2, "'OutputScale'"),
                At("PG0057", 3, "'OutputZeroPoint'"));

        [Theory]
        [InlineData("double")]
        [InlineData("Half")]
        public void PG0057_OnDoubleOrHalf(string type)
        {
            GeneratorOutput output = Single(Kernel("Kind = PoolKind.Max, Size = 2, [|InputScale = 0.5|]", $"ReadOnlySpan<{type}> input, Span<{type}> output, int height, int width"), "PG0057");
            Assert.Equal($"'InputScale' applies to quantized byte or sbyte average, max or min pooling; {type} values are not quantized (only byte and sbyte are): remove it", MessageOf(output));
        }

        [Fact]
        public void PG0057_OnLp_SaysLpHasNoQuantizedForm()
            => Single(Kernel("Kind = PoolKind.Lp, P = 2, Size = 2, [|OutputZeroPoint = 3|]", "ReadOnlySpan<float> input, Span<float> output, int height, int width"), "PG0057", "Lp pooling has no quantized form");

        [Fact]
        public void PG0057_OnWiderIntegerMax()
            => Single(Kernel("Kind = PoolKind.Max, Size = 2, [|InputScale = 0.5|]", "ReadOnlySpan<int> input, Span<int> output, int height, int width"), "PG0057", "int is not an 8-bit type");

        [Fact]
        public void PG0013_ByteAverageWithoutQuantization_SaysHowToQuantize()
            => Single(Kernel("Kind = PoolKind.Average, Size = 2", "[|ReadOnlySpan<byte>|] input, Span<byte> output, int height, int width"), "PG0013", "'byte'", "InputScale, InputZeroPoint, OutputScale and OutputZeroPoint");

        // ---------------------------------------------------------------- PG0058 incomplete

        [Fact]
        public void PG0058_OneMissing_PointsAtTheAttribute_AndNamesIt()
        {
            GeneratorOutput output = Single(InKernels($"[[|Pool(Kind = PoolKind.Average, Size = 2, InputScale = 1, InputZeroPoint = 0, OutputScale = 1)|]]\n    public static partial void M({Bytes});"), "PG0058");
            Assert.Equal("Quantized pooling needs all four of InputScale, InputZeroPoint, OutputScale and OutputZeroPoint; add OutputZeroPoint", MessageOf(output));
        }

        [Fact]
        public void PG0058_ThreeMissing_NamesThem()
            => Single(InKernels($"[[|Pool(Kind = PoolKind.Max, Size = 2, OutputScale = 2)|]]\n    public static partial void M({SBytes});"), "PG0058", "add InputScale, InputZeroPoint and OutputZeroPoint");

        // ---------------------------------------------------------------- PG0059 options QLinearAveragePool lacks

        [Theory]
        [InlineData("Dilation = 2")]
        [InlineData("DilationH = 3")]
        [InlineData("DilationW = 2")]
        public void PG0059_DilationOnQuantizedAverage_PointsAtIt(string dilation)
        {
            GeneratorOutput output = Single(Kernel($"Kind = PoolKind.Average, Size = 2, [|{dilation}|], {Four}", Bytes), "PG0059");
            Assert.Equal($"'{dilation.Split(' ')[0]}' cannot be combined with quantized average pooling, which follows ONNX Runtime's QLinearAveragePool: it has no dilation; remove it", MessageOf(output));
        }

        [Fact]
        public void PG0059_DilationOneIsFine()
            => Several(Kernel($"Kind = PoolKind.Average, Size = 2, Dilation = 1, {Four}", Bytes));

        [Fact]
        public void PG0059_DivisorOverrideOnQuantizedAverage_PointsAtIt()
            => Single(Kernel($"Kind = PoolKind.Average, Size = 2, [|DivisorOverride = 3|], {Four}", Bytes), "PG0059", "'DivisorOverride'", "no divisor override");

        /// <summary>Adaptive windows (OutputSize*) take ONNX Runtime's windowed rule: valid on quantized average (they were PG0059).</summary>
        [Theory]
        [InlineData("OutputSize = 3")]
        [InlineData("OutputSizeH = 2, OutputSizeW = 5")]
        [InlineData("OutputSize = 1")]
        public void QuantizedAverage_OverAdaptiveWindows_IsValid(string outputSize)
            => Several(Kernel($"Kind = PoolKind.Average, {outputSize}, {Four}", Bytes));

        /// <summary>A dilation or divisor override beside OutputSize* on quantized average: PG0053 says it, once (no PG0059 too).</summary>
        [Theory]
        [InlineData("DivisorOverride = 3")]
        [InlineData("Dilation = 2")]
        public void AdaptiveQuantizedAverage_WithAWindowOption_IsPG0053Only(string option)
            => Single(Kernel($"Kind = PoolKind.Average, OutputSize = 3, [|{option}|], {Four}", Bytes), "PG0053", $"'{option.Split(' ')[0]}'");

        [Fact]
        public void InvalidQuantization_GivesAThrowingBody()
        {
            GeneratorOutput output = Single(Kernel("Kind = PoolKind.Average, Size = 2, InputScale = 1, [|InputZeroPoint = 300|], OutputScale = 1, OutputZeroPoint = 0", Bytes), "PG0056");
            Assert.Contains("NotSupportedException", Assert.Single(output.Sources).Value, StringComparison.Ordinal);
        }
    }
}
