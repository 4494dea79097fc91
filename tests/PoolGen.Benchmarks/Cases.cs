using System;
using System.Collections.Generic;
using System.Linq;

namespace PoolGen.Benchmarks
{
    /// <summary>The benchmark cases, in report order.</summary>
    internal static class Cases
    {
        public static IReadOnlyList<BenchmarkCase> All { get; } = new BenchmarkCase[]
        {
            new("01_max2x2s2_f32", typeof(float), PoolKind.Max, 1, 64, 112, 112, Kernel: 2, Stride: 2),
            new("02_max3x3s2p1_f32", typeof(float), PoolKind.Max, 1, 64, 112, 112, Kernel: 3, Stride: 2, Padding: 1),
            new("03_avg3x3s1p1ex_f32", typeof(float), PoolKind.Average, 1, 64, 56, 56, Kernel: 3, Stride: 1, Padding: 1, CountIncludePad: false),
            new("04_avg2x2s2_f32", typeof(float), PoolKind.Average, 1, 64, 112, 112, Kernel: 2, Stride: 2),
            new("05_max3x3s2p1_f32_b8", typeof(float), PoolKind.Max, 8, 64, 56, 56, Kernel: 3, Stride: 2, Padding: 1),
            new("06_max2x2s2_f32_c16", typeof(float), PoolKind.Max, 1, 16, 28, 28, Kernel: 2, Stride: 2),
            new("07_avg7x7_f32", typeof(float), PoolKind.Average, 1, 2048, 7, 7, Kernel: 7, Stride: 7),
            new("08_max2x2s2_f64", typeof(double), PoolKind.Max, 1, 64, 112, 112, Kernel: 2, Stride: 2),
            new("09_max2x2s2_u8", typeof(byte), PoolKind.Max, 1, 64, 112, 112, Kernel: 2, Stride: 2),
            new("10_max2x2s2_f32_par", typeof(float), PoolKind.Max, 1, 64, 112, 112, Kernel: 2, Stride: 2, Parallel: true),
            new("11_max3x3s2p1_f32_b8_par", typeof(float), PoolKind.Max, 8, 64, 56, 56, Kernel: 3, Stride: 2, Padding: 1, Parallel: true),
            new("12_max3x3s2p1_f32_nhwc", typeof(float), PoolKind.Max, 1, 64, 112, 112, Kernel: 3, Stride: 2, Padding: 1, ChannelsLast: true),
            new("13_max3x3x3s1p1_f32_3d", typeof(float), PoolKind.Max, 1, 32, 28, 28, Kernel: 3, Stride: 1, Padding: 1, Depth: 16),
            new("14_max3x3s2pads1100_f32", typeof(float), PoolKind.Max, 1, 64, 112, 112, Kernel: 3, Stride: 2, Pads: new[] { 1, 1, 0, 0 }),

            // Adaptive average to 7x7 (OutputSize = 7). 14 -> 7: every window 2x2, ORT's AveragePool 2x2 stride 2 is the same
            // pooling; 13 -> 7: windows of 2 and 3 that overlap, no ORT node does that (the naive loop only).
            new("15_adaptive_avg14to7_f32", typeof(float), PoolKind.Average, 1, 512, 14, 14, Kernel: 2, Stride: 2) { AdaptiveOutput = [7, 7] },
            new("16_adaptive_avg13to7_f32", typeof(float), PoolKind.Average, 1, 512, 13, 13, Kernel: 1, Stride: 1) { AdaptiveOutput = [7, 7], HasOrt = false },
            new("17_adaptive_avg14to7_f32_nhwc", typeof(float), PoolKind.Average, 1, 512, 14, 14, Kernel: 2, Stride: 2, ChannelsLast: true) { AdaptiveOutput = [7, 7] },
            new("18_adaptive_avg13to7_f32_nhwc", typeof(float), PoolKind.Average, 1, 512, 13, 13, Kernel: 1, Stride: 1, ChannelsLast: true) { AdaptiveOutput = [7, 7], HasOrt = false },

            // Quantized uint8 average (ONNX Runtime's QLinearAveragePool / QLinearGlobalAveragePool, one thread).
            new("19_qavg3x3s1p1_u8", typeof(byte), PoolKind.Average, 1, 64, 56, 56, Kernel: 3, Stride: 1, Padding: 1, CountIncludePad: false) { Quantization = QuantizedCase.Parameters },
            new("20_qavg3x3s1p1_u8_nhwc", typeof(byte), PoolKind.Average, 1, 64, 56, 56, Kernel: 3, Stride: 1, Padding: 1, CountIncludePad: false, ChannelsLast: true) { Quantization = QuantizedCase.Parameters },
            new("21_qavgglobal_u8", typeof(byte), PoolKind.Average, 1, 1024, 7, 7, Kernel: 7, Stride: 7) { Quantization = QuantizedCase.Parameters, Global = true },

            // Backward passes (no ONNX Runtime node): the sizes are the forward input's.
            new("22_maxbackward3x3s2p1_f32", typeof(float), PoolKind.Max, 1, 64, 112, 112, Kernel: 3, Stride: 2, Padding: 1) { HasOrt = false },
            new("23_avgbackward3x3s1p1ex_f32", typeof(float), PoolKind.Average, 1, 64, 56, 56, Kernel: 3, Stride: 1, Padding: 1, CountIncludePad: false) { HasOrt = false },

            // ResNet-18's last pooling node as Microsoft.ML.DnnImageFeaturizer.ResNet18 0.24.0's ONNX model states it
            // (tests/PoolGen.ResNet18.Tests): AveragePool kernel_shape=[7,7] strides=[1,1] pads=[0,0,0,0] count_include_pad=0
            // on [1,512,7,7], against ONNX Runtime's AveragePool with the same attributes.
            new("24_resnet18_avg7x7ex_f32", typeof(float), PoolKind.Average, 1, 512, 7, 7, Kernel: 7, Stride: 1, CountIncludePad: false, Pads: new[] { 0, 0, 0, 0 }),
        };

        public static BenchmarkCase Find(string name) =>
            All.FirstOrDefault(spec => spec.Name == name) ?? throw new ArgumentException($"No case named '{name}'.", nameof(name));

        /// <summary>Allocates the data, the outputs and the ONNX Runtime session of a case.</summary>
        /// <remarks>
        /// Max pooling reads signed data in [-1, 1); average pooling reads [0, 1), so that a sum has no cancellation
        /// and the relative tolerance between different addition orders is meaningful. Neither range contains a NaN,
        /// an infinity or a denormal, so the values do not change the timings.
        /// </remarks>
        public static IPoolCase Create(BenchmarkCase spec) => spec.Name switch
        {
            "01_max2x2s2_f32" or "06_max2x2s2_f32_c16" => Float(spec, Kernels.MaxPool2x2),
            "02_max3x3s2p1_f32" or "05_max3x3s2p1_f32_b8" => Float(spec, Kernels.MaxPool3x3S2P1),
            "03_avg3x3s1p1ex_f32" => Float(spec, Kernels.AvgPool3x3S1P1ExcludePad),
            "04_avg2x2s2_f32" => Float(spec, Kernels.AvgPool2x2),
            "07_avg7x7_f32" => Float(spec, Kernels.AvgPool7x7),
            "08_max2x2s2_f64" => new PoolCase<double>(spec, Kernels.MaxPool2x2Double, Naive.MaxPool, r => r.NextDouble() * 2 - 1),
            "10_max2x2s2_f32_par" => Float(spec, Kernels.MaxPool2x2Parallel),
            "11_max3x3s2p1_f32_b8_par" => Float(spec, Kernels.MaxPool3x3S2P1Parallel),
            "09_max2x2s2_u8" => new PoolCase<byte>(spec, Kernels.MaxPool2x2Byte, Naive.MaxPool, r => (byte)r.Next(256)),
            "12_max3x3s2p1_f32_nhwc" => new PoolCase<float>(spec, Kernels.MaxPool3x3S2P1Nhwc, Naive.MaxPoolNhwc, r => r.NextSingle() * 2 - 1),
            "13_max3x3x3s1p1_f32_3d" => new PoolCase<float>(
                spec, (input, output, batch, channels, height, width) => Kernels.MaxPool3x3x3(input, output, batch, channels, spec.Depth, height, width), Naive.MaxPool3D, r => r.NextSingle() * 2 - 1),
            "14_max3x3s2pads1100_f32" => Float(spec, Kernels.MaxPool3x3S2Pads1100),
            "15_adaptive_avg14to7_f32" or "16_adaptive_avg13to7_f32" => new PoolCase<float>(spec, Kernels.AdaptiveAvgPool7x7, Naive.AdaptiveAveragePool, r => r.NextSingle()),
            "17_adaptive_avg14to7_f32_nhwc" or "18_adaptive_avg13to7_f32_nhwc" => new PoolCase<float>(spec, Kernels.AdaptiveAvgPool7x7Nhwc, Naive.AdaptiveAveragePoolNhwc, r => r.NextSingle()),
            "19_qavg3x3s1p1_u8" => new QuantizedCase(spec, Kernels.QuantizedAvgPool3x3S1P1),
            "20_qavg3x3s1p1_u8_nhwc" => new QuantizedCase(spec, Kernels.QuantizedAvgPool3x3S1P1Nhwc),
            "21_qavgglobal_u8" => new QuantizedCase(spec, Kernels.QuantizedGlobalAvgPool),
            "22_maxbackward3x3s2p1_f32" or "23_avgbackward3x3s1p1ex_f32" => new BackwardCase(spec),
            "24_resnet18_avg7x7ex_f32" => Float(spec, Kernels.ResNet18AveragePool),
            _ => throw new ArgumentException($"No kernel for case '{spec.Name}'.", nameof(spec)),
        };

        private static PoolCase<float> Float(BenchmarkCase spec, PoolKernel<float> kernel) =>
            spec.Kind == PoolKind.Max
                ? new PoolCase<float>(spec, kernel, Naive.MaxPool, r => r.NextSingle() * 2 - 1)
                : new PoolCase<float>(spec, kernel, Naive.AveragePool, r => r.NextSingle());
    }
}
