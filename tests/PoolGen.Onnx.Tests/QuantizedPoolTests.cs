using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Microsoft.ML.OnnxRuntime;
using PoolGen.Testing;
using Xunit.Abstractions;

namespace PoolGen.Onnx.Tests
{
    /// <summary>
    /// <see cref="QuantizedPoolReference"/> against ONNX Runtime's CPU kernels, bit for bit: com.microsoft
    /// QLinearAveragePool and QLinearGlobalAveragePool for uint8 and int8, ranks 1 to 3, channels first and last
    /// (<c>channels_last</c>), and max/min requantized (ONNX MaxPool on the integers, then a one-tap QLinearAveragePool).
    /// Random cases from fixed seeds; the expected side is always what ORT computed.
    /// </summary>
    public sealed class QuantizedPoolTests(ITestOutputHelper output)
    {
        public static TheoryData<string, int, PoolLayout> Combinations()
        {
            var data = new TheoryData<string, int, PoolLayout>();
            foreach (string type in new[] { "uint8", "int8" })
            {
                for (int rank = 1; rank <= 3; rank++)
                {
                    data.Add(type, rank, PoolLayout.Nchw);
                    data.Add(type, rank, PoolLayout.Nhwc);
                }
            }

            return data;
        }

        /// <summary>
        /// 48 random QLinearAveragePool cases per row: pads, ceil mode, count_include_pad, auto_pad, scales from 1e-3 to 10,
        /// zero points across the range. Each row must see exact .5 ties and saturation, or it has not tested the rounding.
        /// </summary>
        [Theory]
        [MemberData(nameof(Combinations))]
        public void AverageEqualsOnnxRuntime(string type, int rank, PoolLayout layout)
        {
            if (type == "uint8")
            {
                output.WriteLine(Average<byte>(rank, layout).ToString());
            }
            else
            {
                output.WriteLine(Average<sbyte>(rank, layout).ToString());
            }
        }

        /// <summary>
        /// QLinearAveragePool whose window is the whole input with no padding: ORT then switches to its integer global path
        /// (<c>fallback_to_global</c>), whatever the strides, ceil mode and count_include_pad; the reference must follow.
        /// </summary>
        [Theory]
        [MemberData(nameof(Combinations))]
        public void WholeInputWindowTakesTheGlobalPath(string type, int rank, PoolLayout layout)
        {
            if (type == "uint8")
            {
                WholeInputWindow<byte>(rank, layout);
            }
            else
            {
                WholeInputWindow<sbyte>(rank, layout);
            }
        }

        /// <summary>
        /// QLinearGlobalAveragePool, 24 random cases per row (18 with the scale in range, 6 with any); where the combined scale InputScale/(OutputScale*N) is out
        /// of MLAS's range the reference throws and ORT must reject the run as well.
        /// </summary>
        [Theory]
        [MemberData(nameof(Combinations))]
        public void GlobalAverageEqualsOnnxRuntime(string type, int rank, PoolLayout layout)
        {
            if (type == "uint8")
            {
                output.WriteLine(Global<byte>(rank, layout).ToString());
            }
            else
            {
                output.WriteLine(Global<sbyte>(rank, layout).ToString());
            }
        }

        /// <summary>
        /// Max and min with the four parameters: ORT's MaxPool on the raw integers (min: between two BitwiseNot, which
        /// reverses the order of uint8 and int8 alike), then a QLinearAveragePool with a window of one tap requantizes
        /// each chosen value. 8 random cases per row and kind, with dilation.
        /// </summary>
        [Theory]
        [MemberData(nameof(Combinations))]
        public void MaxAndMinEqualOnnxRuntime(string type, int rank, PoolLayout layout)
        {
            foreach (PoolKind kind in new[] { PoolKind.Max, PoolKind.Min })
            {
                if (type == "uint8")
                {
                    Extreme<byte>(kind, rank, layout);
                }
                else
                {
                    Extreme<sbyte>(kind, rank, layout);
                }
            }
        }

        /// <summary>A rank ORT's QLinearAveragePool does not support: 4 spatial axes ("QLinear Pooling unsupported pooling size!").</summary>
        [Fact]
        public void OnnxRuntimeRejectsRankFour()
        {
            var spec = new PoolSpecND(PoolKind.Average, [2, 2, 2, 2], [1, 1, 1, 1], [0, 0, 0, 0], [1, 1, 1, 1], CountIncludePad: false);
            var @case = new PoolCase(1, 1, [3, 3, 3, 3], PoolLayout.Nchw, spec, PoolAutoPad.NotSet, new QuantizedPoolParameters(0.5f, 0, 0.5f, 0));
            Assert.ThrowsAny<OnnxRuntimeException>(() => Ort.Run(AverageModel<byte>(@case), new byte[81], @case.InputShape, "y"));
        }

        /// <summary>
        /// QLinearAveragePool has no <c>dilations</c> attribute: ORT rejects the model ("Unrecognized attribute: dilations
        /// for operator QLinearAveragePool"), and the reference rejects dilation too.
        /// </summary>
        [Fact]
        public void OnnxRuntimeRejectsDilation()
        {
            var parameters = new QuantizedPoolParameters(0.5f, 3, 0.25f, 7);
            var dilated = new PoolSpecND(PoolKind.Average, [2], [1], [0], [3], CountIncludePad: false) { PaddingEnd = [0] };
            var @case = new PoolCase(1, 1, [9], PoolLayout.Nchw, dilated, PoolAutoPad.NotSet, parameters);
            byte[] input = [10, 200, 31, 47, 0, 255, 90, 13, 128];
            var error = Assert.ThrowsAny<OnnxRuntimeException>(() => Ort.Run(AverageModel<byte>(@case), input, @case.InputShape, "y"));
            Assert.Contains("dilations", error.Message, StringComparison.Ordinal);
            Assert.Throws<NotSupportedException>(() => QuantizedPoolReference.Average(dilated, input, 1, 1, [9], parameters));
        }

        private static Stats Average<T>(int rank, PoolLayout layout)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
        {
            var random = new Random(1000 + (rank * 10) + (int)layout + (typeof(T) == typeof(sbyte) ? 100 : 0));
            var stats = new Stats();
            for (int i = 0; i < 48; i++)
            {
                PoolCase @case = PoolCase.Random(random, PoolKind.Average, rank, layout, maxDilation: 1, noEmptyWindows: true)
                    with { Parameters = PoolCase.RandomParameters<T>(random) };
                T[] input = PoolCase.RandomInput<T>(random, @case.InputLength);
                CompareAverage(@case, input, AverageModel<T>(@case), stats);
            }

            Assert.True(stats.Compared >= 40, $"only {stats.Compared} cases ran");
            Assert.True(stats.Ties > 0, $"no output was an exact .5 tie before rounding ({stats})");
            Assert.True(stats.Saturated > 0, $"no output saturated ({stats})");
            Assert.True(stats.Windowed > 0, $"no case took the windowed path ({stats})");
            return stats;
        }

        private static void WholeInputWindow<T>(int rank, PoolLayout layout)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
        {
            var random = new Random(2000 + (rank * 10) + (int)layout + (typeof(T) == typeof(sbyte) ? 100 : 0));
            var stats = new Stats();
            for (int i = 0; i < 6; i++)
            {
                int maxSize = rank switch { 1 => 12, 2 => 6, _ => 4 };
                int[] spatial = Enumerable.Range(0, rank).Select(_ => random.Next(1, maxSize + 1)).ToArray();
                int[] stride = Enumerable.Range(0, rank).Select(_ => random.Next(1, 4)).ToArray();
                var spec = new PoolSpecND(PoolKind.Average, (int[])spatial.Clone(), stride, new int[rank], Enumerable.Repeat(1, rank).ToArray(), random.Next(2) == 0, random.Next(2) == 0) { PaddingEnd = new int[rank] };
                var @case = new PoolCase(random.Next(1, 3), random.Next(1, 11), spatial, layout, spec, PoolAutoPad.NotSet, InRangeGlobalParameters<T>(random, spatial));
                Assert.True(QuantizedPoolReference.TakesGlobalPath(spec, spatial));
                CompareAverage(@case, PoolCase.RandomInput<T>(random, @case.InputLength), AverageModel<T>(@case), stats);
            }

            Assert.Equal(6, stats.Compared);
        }

        private static Stats Global<T>(int rank, PoolLayout layout)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
        {
            var random = new Random(3000 + (rank * 10) + (int)layout + (typeof(T) == typeof(sbyte) ? 100 : 0));
            var stats = new Stats();
            for (int i = 0; i < 24; i++)
            {
                int maxSize = rank switch { 1 => 40, 2 => 9, _ => 5 };
                int[] spatial = Enumerable.Range(0, rank).Select(_ => random.Next(1, maxSize + 1)).ToArray();
                QuantizedPoolParameters parameters = i < 18 ? InRangeGlobalParameters<T>(random, spatial) : PoolCase.RandomParameters<T>(random);
                var @case = new PoolCase(random.Next(1, 3), random.Next(1, 19), spatial, layout, PoolSpecND.GlobalOf(PoolKind.Average, rank), PoolAutoPad.NotSet, parameters);
                CompareAverage(@case, PoolCase.RandomInput<T>(random, @case.InputLength), GlobalModel<T>(@case), stats);
            }

            Assert.True(stats.Compared >= 18, $"only {stats.Compared} cases ran ({stats})");
            Assert.True(stats.Saturated > 0, $"no output saturated ({stats})");
            return stats;
        }

        /// <summary>Parameters whose global scale InputScale/(OutputScale*N) lies in MLAS's range [2^-32, 256), ties likely.</summary>
        internal static QuantizedPoolParameters InRangeGlobalParameters<T>(Random random, int[] spatial)
        {
            int n = spatial.Aggregate(1, (a, b) => a * b);
            while (true)
            {
                QuantizedPoolParameters parameters = PoolCase.RandomParameters<T>(random);
                float scale = parameters.InputScale / (parameters.OutputScale * n);
                if (scale >= MathF.ScaleB(1f, -32) && scale < 256f)
                {
                    return parameters;
                }
            }
        }

        private static void Extreme<T>(PoolKind kind, int rank, PoolLayout layout)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
        {
            var random = new Random(4000 + (rank * 10) + (int)layout + (typeof(T) == typeof(sbyte) ? 100 : 0) + (kind == PoolKind.Min ? 1000 : 0));
            int compared = 0, saturated = 0;
            while (compared < 8)
            {
                PoolCase @case = PoolCase.Random(random, kind, rank, layout, maxDilation: 2, noEmptyWindows: true)
                    with { Parameters = PoolCase.RandomParameters<T>(random) };
                int[] outputShape = QuantizedPoolReference.OutputShape(@case.Spec, @case.Spatial, @case.AutoPad);
                if (outputShape.All(size => size == 1))
                {
                    // A one-tap QLinearAveragePool over a 1x..x1 plane would take ORT's integer global path, which rounds
                    // differently: not the requantization this test means.
                    continue;
                }

                T[] input = PoolCase.RandomInput<T>(random, @case.InputLength);
                T[] expected = Ort.Run(ExtremeModel<T>(@case, kind), input, @case.InputShape, "y")[0].As<T>();
                T[] actual = QuantizedPoolReference.Extreme(@case.Spec, input, @case.Batch, @case.Channels, @case.Spatial, @case.Parameters, layout, @case.AutoPad);
                AssertEqual(expected, actual, @case, input);
                saturated += actual.Count(v => v == T.MinValue || v == T.MaxValue);
                compared++;
            }

            Assert.True(saturated > 0, $"{kind}: no output at an end of the range");
        }

        private static void CompareAverage<T>(PoolCase @case, T[] input, byte[] model, Stats stats)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
        {
            T[] actual;
            double[] beforeRounding;
            try
            {
                actual = QuantizedPoolReference.Average(@case.Spec, input, @case.Batch, @case.Channels, @case.Spatial, @case.Parameters, @case.Layout, @case.AutoPad, out beforeRounding);
            }
            catch (ArgumentOutOfRangeException)
            {
                // The global path's scale is out of MLAS's range: ORT must refuse too.
                Assert.ThrowsAny<OnnxRuntimeException>(() => Ort.Run(model, input, @case.InputShape, "y"));
                stats.Rejected++;
                return;
            }

            OrtTensor y = Ort.Run(model, input, @case.InputShape, "y")[0];
            int[] outputShape = QuantizedPoolReference.OutputShape(@case.Spec, @case.Spatial, @case.AutoPad);
            Assert.Equal(@case.Shape(outputShape), y.Shape);
            AssertEqual(y.As<T>(), actual, @case, input);

            stats.Compared++;
            if (QuantizedPoolReference.TakesGlobalPath(@case.Spec, @case.Spatial, @case.AutoPad))
            {
                stats.Global++;
            }
            else
            {
                stats.Windowed++;
            }

            int low = int.CreateChecked(T.MinValue), high = int.CreateChecked(T.MaxValue);
            foreach (double value in beforeRounding)
            {
                stats.Outputs++;
                if (value - Math.Floor(value) == 0.5)
                {
                    stats.Ties++;
                }

                double rounded = Math.Round(value, MidpointRounding.ToEven);
                if (rounded < low || rounded > high)
                {
                    stats.Saturated++;
                }
            }
        }

        private static void AssertEqual<T>(T[] expected, T[] actual, PoolCase @case, T[] input)
        {
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(expected[i], actual[i]))
                {
                    string shown = input.Length <= 64 ? " input [" + string.Join(", ", input) + "]" : "";
                    Assert.Fail($"{@case}: output {i} is {actual[i]}, ONNX Runtime computed {expected[i]}.{shown}");
                }
            }
        }

        /// <summary>x -> QLinearAveragePool (com.microsoft) -> y.</summary>
        internal static byte[] AverageModel<T>(PoolCase @case)
        {
            OnnxGraph graph = QuantizedGraph<T>(@case);
            OnnxGraph.Node node = graph.Add("QLinearAveragePool", ["x", "x_scale", "x_zero_point", "y_scale", "y_zero_point"], ["y"], "com.microsoft");
            @case.WindowAttributes(node).Int("count_include_pad", @case.Spec.CountIncludePad ? 1 : 0).Int("channels_last", @case.Layout == PoolLayout.Nhwc ? 1 : 0);
            return graph.ToModel();
        }

        /// <summary>x -> QLinearGlobalAveragePool (com.microsoft) -> y.</summary>
        internal static byte[] GlobalModel<T>(PoolCase @case)
        {
            OnnxGraph graph = QuantizedGraph<T>(@case);
            graph.Add("QLinearGlobalAveragePool", ["x", "x_scale", "x_zero_point", "y_scale", "y_zero_point"], ["y"], "com.microsoft")
                .Int("channels_last", @case.Layout == PoolLayout.Nhwc ? 1 : 0);
            return graph.ToModel();
        }

        /// <summary>
        /// x -> [Transpose to channels first] -> [BitwiseNot] -> MaxPool -> [BitwiseNot] -> [Transpose back]
        /// -> QLinearAveragePool (window of one tap, stride 1) -> y. ORT's MaxPool is channels first only.
        /// </summary>
        internal static byte[] ExtremeModel<T>(PoolCase @case, PoolKind kind)
        {
            OnnxGraph graph = QuantizedGraph<T>(@case);
            int rank = @case.Rank;
            string current = "x";

            if (@case.Layout == PoolLayout.Nhwc)
            {
                // (N, spatial..., C) -> (N, C, spatial...)
                graph.Add("Transpose", [current], ["nchw"]).Ints("perm", new[] { 0, rank + 1 }.Concat(Enumerable.Range(1, rank)));
                current = "nchw";
            }

            if (kind == PoolKind.Min)
            {
                graph.Add("BitwiseNot", [current], ["inverted"]);
                current = "inverted";
            }

            @case.WindowAttributes(graph.Add("MaxPool", [current], ["pooled"]));
            current = "pooled";
            if (kind == PoolKind.Min)
            {
                graph.Add("BitwiseNot", [current], ["restored"]);
                current = "restored";
            }

            if (@case.Layout == PoolLayout.Nhwc)
            {
                // (N, C, spatial...) -> (N, spatial..., C)
                graph.Add("Transpose", [current], ["nhwc"]).Ints("perm", new[] { 0 }.Concat(Enumerable.Range(2, rank)).Append(1));
                current = "nhwc";
            }

            graph.Add("QLinearAveragePool", [current, "x_scale", "x_zero_point", "y_scale", "y_zero_point"], ["y"], "com.microsoft")
                .Ints("kernel_shape", Enumerable.Repeat(1, rank))
                .Int("channels_last", @case.Layout == PoolLayout.Nhwc ? 1 : 0);
            return graph.ToModel();
        }

        private static OnnxGraph QuantizedGraph<T>(PoolCase @case)
        {
            var graph = new OnnxGraph();
            int type = OnnxGraph.ElementType<T>();
            graph.Input("x", type, @case.InputShape);
            graph.ScalarFloat("x_scale", @case.Parameters.InputScale);
            graph.ScalarInt8Bits("x_zero_point", type, @case.Parameters.InputZeroPoint);
            graph.ScalarFloat("y_scale", @case.Parameters.OutputScale);
            graph.ScalarInt8Bits("y_zero_point", type, @case.Parameters.OutputZeroPoint);
            graph.Output("y", type);
            return graph;
        }

        private sealed class Stats
        {
            public int Compared { get; set; }

            public int Rejected { get; set; }

            public int Windowed { get; set; }

            public int Global { get; set; }

            public int Outputs { get; set; }

            public int Ties { get; set; }

            public int Saturated { get; set; }

            public override string ToString() =>
                $"{Compared} cases ({Windowed} windowed, {Global} global, {Rejected} rejected by both), {Outputs} outputs, {Ties} ties, {Saturated} saturated";
        }
    }
}
