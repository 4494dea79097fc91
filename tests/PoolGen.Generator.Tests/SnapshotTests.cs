using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using PoolGen.Generator.Tests.Infrastructure;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// The file the generator writes for one [Pool] method, compared with Snapshots/{TestName}.verified.cs.
    /// Each test first checks that the generator ran without an exception, wrote exactly one file, and that the
    /// compilation with that file has no warning or error. See Snapshots/README.md to accept a change.
    /// </summary>
    public class SnapshotTests
    {
        private const string Usings = "using System;\nusing PoolGen;\n";

        [Fact]
        public void MaxFixedShape4x4()
        {
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Height = 4, Width = 4)]
                    static partial void Pool4x4(ReadOnlySpan<float> input, Span<float> output);
                }
                """);
        }

        [Fact]
        public void Max2x2Stride2Channels()
        {
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
                    public static partial void MaxPool2x2(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
                }
                """);
        }

        [Fact]
        public void Max2x2ParallelBatch()
        {
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Parallel = true)]
                    public static partial void MaxPoolParallel(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);
                }
                """);
        }

        [Fact]
        public void Max3x3Stride2Padding1ResNet()
        {
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1)]
                    public static partial void ResNetStemPool(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
                }
                """);
        }

        [Fact]
        public void Max3x3Stride2PadsResNetExport()
        {
            // ResNet-18's first pooling node as exported to ONNX: pads [1, 1, 0, 0] (top, left; nothing at the bottom and
            // right). The row kernel of Padding = 1 with the end padding dropped: no bottom border, no right border.
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Pads = new[] { 1, 1, 0, 0 })]
                    public static partial void ExportedResNetStemPool(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
                }
                """);
        }

        [Fact]
        public void AverageAsymmetricPadsCeilMode()
        {
            // Pads [0, 2, 1, 0] (bottom, left) in ceil mode: the divisor counts the taps inside [-begin, size + end).
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Pads = new[] { 0, 2, 1, 0 }, CeilMode = true)]
                    public static partial void AveragePadsCeil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);
                }
                """);
        }

        [Fact]
        public void AverageAutoPadSameUpperStride1()
        {
            // TF Inception's branch pooling: with stride 1 the SAME padding is 1 before and 1 after for every input size,
            // so it is static padding and the 2D kernel takes it.
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, AutoPad = PoolAutoPad.SameUpper, CountIncludePad = false)]
                    public static partial void InceptionBranchPool(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);
                }
                """);
        }

        [Fact]
        public void MaxAutoPadSameUpperFixedSize()
        {
            // A fixed 10x10 input, window 3, stride 2: the SAME output is 5, the total padding 4*2 + 3 - 10 = 1, at the end (SameUpper).
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper, Height = 10, Width = 10)]
                    public static partial void FixedSamePool(ReadOnlySpan<float> input, Span<float> output, int channels);
                }
                """);
        }

        [Fact]
        public void Average3x3Stride1Padding1CountIncludePad()
        {
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = true)]
                    public static partial void AveragePool3x3(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
                }
                """);
        }

        [Fact]
        public void Average3x3Stride1Padding1ExcludePad()
        {
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false)]
                    public static partial void AveragePool3x3ExcludePad(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
                }
                """);
        }

        [Fact]
        public void Max3x3Dilation2Padding2()
        {
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 3, Stride = 1, Padding = 2, Dilation = 2)]
                    public static partial void DilatedMaxPool(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
                }
                """);
        }

        [Fact]
        public void Max3x3Stride2CeilMode()
        {
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, CeilMode = true)]
                    public static partial void MaxPoolCeil(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
                }
                """);
        }

        [Fact]
        public void MaxRectangular1x3()
        {
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 3)]
                    public static partial void RowPool(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                }
                """);
        }

        [Fact]
        public void MaxPerAxisPaddingOverride()
        {
            // Padding = 1 with PaddingW = 0 pads the height axis only.
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 3, Stride = 1, Padding = 1, PaddingW = 0)]
                    public static partial void PadRowsOnly(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                }
                """);
        }

        [Fact]
        public void AverageDouble()
        {
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2)]
                    public static partial void AveragePool2x2(ReadOnlySpan<double> input, Span<double> output, int channels, int height, int width);
                }
                """);
        }

        [Fact]
        public void MaxByte()
        {
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
                    public static partial void MaxPoolBytes(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);
                }
                """);
        }

        [Fact]
        public void MaxLargeWindow9x9()
        {
            // 81 taps: more than the 64-tap unroll limit, so the window loops over its rows (each row unrolled).
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 9, Stride = 1, Padding = 4)]
                    public static partial void MaxPool9x9(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                }
                """);
        }

        [Fact]
        public void AverageWideWindow1x65()
        {
            // A row of 65 taps is itself over the unroll limit: the window loops over rows and columns.
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Average, SizeH = 1, SizeW = 65, Stride = 1)]
                    public static partial void WideAverage(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                }
                """);
        }

        [Fact]
        public void MaxFixedShapeWithPadding()
        {
            // A fixed 7x7 input with padding: the interior/border split is folded into constants.
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1, Channels = 16, Height = 7, Width = 7)]
                    public static partial void FixedResNetPool(ReadOnlySpan<float> input, Span<float> output, int batch);
                }
                """);
        }

        [Fact]
        public void NestedGenericContainingTypes()
        {
            VerifyGenerated(Usings + """
                namespace Demo.Nested;
                public partial class Outer<T>
                {
                    internal partial struct Inner
                    {
                        [Pool(Kind = PoolKind.Max, Size = 2)]
                        internal static partial void Pool(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                    }
                }
                """);
        }

        [Fact]
        public void GlobalNamespace()
        {
            VerifyGenerated(Usings + """
                public static partial class GlobalKernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
                    public static partial void MaxPool(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                }
                """);
        }

        [Fact]
        public void InstanceMethodInPartialRecord()
        {
            VerifyGenerated(Usings + """
                namespace Demo;
                public partial record Pooler(string Name)
                {
                    [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2)]
                    private partial void Run(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

                    public void Apply(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width) =>
                        Run(input, output, channels, height, width);
                }
                """);
        }

        [Fact]
        public void BatchChannelsHeightWidth()
        {
            VerifyGenerated(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
                    public static partial void MaxPoolNchw(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);
                }
                """);
        }

        [Fact]
        public void TensorMax2x2Stride2()
        {
            VerifyGenerated(Usings + """
                using System.Numerics.Tensors;
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
                    public static partial void MaxPool(ReadOnlyTensorSpan<float> input, TensorSpan<float> output);
                }
                """);
        }

        [Fact]
        public void TensorAverageFixedChannelsHeightCeilMode()
        {
            VerifyGenerated(Usings + """
                using System.Numerics.Tensors;
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, Channels = 8, Height = 17)]
                    internal static partial void AveragePool(ReadOnlyTensorSpan<double> input, TensorSpan<double> output);
                }
                """);
        }

        /// <summary>The tensor form of the N-D kernel: channels last, with the argmax as a third tensor.</summary>
        [Fact]
        public void TensorNhwcMaxLongIndices()
        {
            VerifyGenerated(Usings + """
                using System.Numerics.Tensors;
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
                    public static partial void MaxPool(ReadOnlyTensorSpan<float> input, TensorSpan<float> output, TensorSpan<long> indices);
                }
                """);
        }

        /// <summary>3D by Rank, SAME_UPPER padding from the tensor's lengths, the depth fixed.</summary>
        [Fact]
        public void TensorRank3AverageSameUpperFixedDepth()
        {
            VerifyGenerated(Usings + """
                using System.Numerics.Tensors;
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Rank = 3, Kind = PoolKind.Average, Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper, Depth = 5)]
                    public static partial void AveragePool3d(ReadOnlyTensorSpan<double> input, TensorSpan<double> output);
                }
                """);
        }

        /// <summary>
        /// The tensor form of a backward pass: gradInput's lengths give the shape (channels last), gradOutput and indices must
        /// have the pooled shape; the entry calls the span kernel's Run with gradOutput, indices, gradInput.
        /// </summary>
        [Fact]
        public void TensorMaxBackwardNhwcIntIndices()
        {
            VerifyGenerated(Usings + """
                using System.Numerics.Tensors;
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc)]
                    public static partial void MaxPoolBackward(ReadOnlyTensorSpan<float> gradOutput, ReadOnlyTensorSpan<int> indices, TensorSpan<float> gradInput);
                }
                """);
        }

        [Fact]
        public void InvalidSizeZeroEmitsThrowingStub()
        {
            GeneratorOutput output = GeneratorRunner.Run(Usings + """
                namespace Demo;
                public static partial class Kernels
                {
                    [Pool(Kind = PoolKind.Max, Size = 0)]
                    public static partial void Broken(ReadOnlySpan<float> input, Span<float> output, int height, int width);
                }
                """);

            Assert.Null(output.Result.Exception);
            string source = Assert.Single(output.Sources).Value;

            // Only the PoolGen error: the stub implements the declaration, so no cascade of compiler errors.
            // (PG0001 comes twice, once per axis: a generator bug pinned by KnownGeneratorIssuesTests.SizeZeroIsReportedOnce.)
            Assert.NotEmpty(output.GeneratorDiagnostics);
            Assert.All(output.GeneratorDiagnostics, diagnostic =>
            {
                Assert.Equal("PG0001", diagnostic.Id);
                Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            });
            Assert.Empty(output.Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

            Snapshot.Verify(source, nameof(InvalidSizeZeroEmitsThrowingStub));
        }

        /// <summary>Every verified file belongs to a test of this class, so renamed or deleted tests leave no orphans.</summary>
        [Fact]
        public void EveryVerifiedFileHasATest()
        {
            var tests = typeof(SnapshotTests).GetMethods()
                .Where(m => m.GetCustomAttribute<FactAttribute>() is not null && m.Name != nameof(EveryVerifiedFileHasATest))
                .Select(m => m.Name)
                .ToHashSet(StringComparer.Ordinal);
            string[] orphans = Directory.Exists(Snapshot.Directory)
                ? Directory.GetFiles(Snapshot.Directory, "*.verified.cs")
                    .Select(path => Path.GetFileName(path)[..^".verified.cs".Length])
                    .Where(name => !tests.Contains(name))
                    .ToArray()
                : Array.Empty<string>();
            Assert.True(orphans.Length == 0, "Snapshots without a test in SnapshotTests (delete them): " + string.Join(", ", orphans));
        }

        /// <summary>Runs the generator, checks the run and the compilation are clean, then snapshots the one generated file.</summary>
        internal static void VerifyGenerated(string source, [CallerMemberName] string name = "")
        {
            GeneratorOutput output = GeneratorRunner.Run(source);

            Assert.Null(output.Result.Exception);
            Assert.True(
                output.CompilationDiagnostics.Count == 0,
                "The compilation with the generated code has diagnostics:\n" + string.Join("\n", output.CompilationDiagnostics) +
                "\n\nGenerated:\n" + string.Join("\n", output.Sources.Values));
            string generated = Assert.Single(output.Sources).Value;

            Snapshot.Verify(generated, name);
        }

        // ---------------------------------------------------------------- the features
        // Layouts, ranks, padding modes, indices, global, Lp/min, clamps, Half: one snapshot per capability, so that a
        // change to what any of them emits is reviewed (the method is named after the test).

        private static void VerifyKernel(string attribute, string signature, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
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

        private const string NchwFloat = "ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width";

        [Fact]
        public void NhwcMax3x3Stride2Padding1() => VerifyKernel("Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc", NchwFloat);

        [Fact]
        public void Max3dSeparable3x3x3() => VerifyKernel(
            "Size = 3, Stride = 1, Padding = 1", "ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width");

        [Fact]
        public void Ndhwc3dAverageFixedShape() => VerifyKernel(
            "Kind = PoolKind.Average, Size = 2, Depth = 4, Height = 6, Width = 6, Channels = 16, Layout = PoolLayout.Nhwc", "ReadOnlySpan<double> input, Span<double> output, int batch");

        [Fact]
        public void Ncl1dMaxIndices() => VerifyKernel(
            "Size = 3, Stride = 2, Padding = 1", "ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int channels, int length");

        [Fact]
        public void AutoPadSameUpperAverage() => VerifyKernel("Kind = PoolKind.Average, Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper", NchwFloat);

        [Fact]
        public void AsymmetricPadsMin() => VerifyKernel("Kind = PoolKind.Min, Size = 3, Stride = 1, Pads = new[] { 0, 1, 2, 0 }", NchwFloat);

        [Fact]
        public void GlobalAverageNhwc() => VerifyKernel("Kind = PoolKind.Average, Global = true, Layout = PoolLayout.Nhwc", NchwFloat);

        [Fact]
        public void Lp2Pooling() => VerifyKernel("Kind = PoolKind.Lp, P = 2, Size = 3, Stride = 1, Padding = 1", NchwFloat);

        [Fact]
        public void Relu6ClampByteNhwc() => VerifyKernel("Size = 2, ClampMin = 10, ClampMax = 200, Layout = PoolLayout.Nhwc", "ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width");

        /// <summary>Quantized average, channels first (ONNX Runtime's QLinearAveragePool): float sums of dequantized taps, 16-lane runs, the whole-input fallback.</summary>
        [Fact]
        public void QuantizedAverageNchw() => VerifyKernel(
            "Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120",
            "ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width");

        /// <summary>Quantized average, channels last, with SAME padding and a ReLU6-style clamp on the quantized output.</summary>
        [Fact]
        public void QuantizedAverageNhwcSameClamp() => VerifyKernel(
            "Kind = PoolKind.Average, Size = 3, Stride = 2, AutoPad = PoolAutoPad.SameUpper, Layout = PoolLayout.Nhwc, ClampMin = -20, ClampMax = 100, InputScale = 0.05, InputZeroPoint = -20, OutputScale = 0.05, OutputZeroPoint = -20",
            "ReadOnlySpan<sbyte> input, Span<sbyte> output, int batch, int channels, int height, int width");

        /// <summary>Quantized global average (ONNX Runtime's QLinearGlobalAveragePool): integer plane sums, MLAS's requantization.</summary>
        [Fact]
        public void QuantizedGlobalAverageSByte() => VerifyKernel(
            "Kind = PoolKind.Average, Global = true, InputScale = 0.1, InputZeroPoint = 5, OutputScale = 0.2, OutputZeroPoint = -3",
            "ReadOnlySpan<sbyte> input, Span<sbyte> output, int batch, int channels, int height, int width");

        /// <summary>Quantized max: the integer row kernel, then the requantization table (which takes over the clamp).</summary>
        [Fact]
        public void QuantizedMaxRequantizedClamp() => VerifyKernel(
            "Kind = PoolKind.Max, Size = 2, Stride = 2, ClampMin = 120, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.03, OutputZeroPoint = 100",
            "ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width");

        /// <summary>
        /// Quantized average over adaptive windows, channels last: the ChannelVectors traversal's 16-lane runs over each
        /// adaptive window, one division by the window's tap count (ONNX Runtime's rule), no global fallback.
        /// </summary>
        [Fact]
        public void QuantizedAdaptiveAverageNhwc() => VerifyKernel(
            "Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120",
            "ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width");

        /// <summary>Quantized average over adaptive windows, channels first, 1D with a fixed length of 13 to 5: the scalar in-place windows, a clamp.</summary>
        [Fact]
        public void QuantizedAdaptiveAverageNclFixedClamp() => VerifyKernel(
            "Kind = PoolKind.Average, OutputSize = 5, Length = 13, ClampMin = -3, InputScale = 0.1, InputZeroPoint = 5, OutputScale = 0.2, OutputZeroPoint = -3",
            "ReadOnlySpan<sbyte> input, Span<sbyte> output, int batch, int channels");

        [Fact]
        public void HalfAverageDivisorOverride() => VerifyKernel("Kind = PoolKind.Average, Size = 2, DivisorOverride = 3", "ReadOnlySpan<Half> input, Span<Half> output, int channels, int height, int width");

        /// <summary>NhwcMax3x3Stride2Padding1 with Parallel: RunParallel over images or output rows, Kernel with a row range.</summary>
        [Fact]
        public void NhwcMax3x3Stride2Padding1Parallel() => VerifyKernel("Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, Parallel = true", NchwFloat);

        /// <summary>Adaptive average to 7x7, channels last: the ChannelVectors traversal, window bounds from the output index at run time, divided per axis.</summary>
        [Fact]
        public void AdaptiveAverage7x7Nhwc() => VerifyKernel("Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc", NchwFloat);

        /// <summary>
        /// Adaptive average to 7x7, channels first: the PickedColumns traversal, the width's windows as index tables once per
        /// call, four planes at a time, powers of two multiplied by their reciprocals; the scalar loops without AVX2.
        /// </summary>
        [Fact]
        public void AdaptiveAverage7x7Nchw() => VerifyKernel("Kind = PoolKind.Average, OutputSize = 7", NchwFloat);

        /// <summary>Adaptive min, channels first, 1D: PickedColumns with the NaN scan of each plane (the plain MINPS without NaN).</summary>
        [Fact]
        public void AdaptiveMin1dNcl() => VerifyKernel("Kind = PoolKind.Min, OutputSize = 9", "ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length");

        /// <summary>Adaptive max with indices, channels first, fixed 13x14 input to 7x7: the scalar Windows traversal, height bounds from constants, width windows all 2 long.</summary>
        [Fact]
        public void AdaptiveMaxIndicesFixedShape() => VerifyKernel(
            "OutputSize = 7, Height = 13, Width = 14", "ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels");

        /// <summary>Adaptive average with output size 1 on every axis, 3D: planned as global pooling (libtorch's mean).</summary>
        [Fact]
        public void AdaptiveAverageOneIsGlobal() => VerifyKernel(
            "Kind = PoolKind.Average, OutputSize = 1", "ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width");

        /// <summary>Ncl1dMaxIndices with Parallel: RunParallel over ranges of planes, with the indices.</summary>
        [Fact]
        public void Ncl1dMaxIndicesParallel() => VerifyKernel(
            "Size = 3, Stride = 2, Padding = 1, Parallel = true", "ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int channels, int length");

        // IndexOrder: one snapshot per order. Plane written out generates what the default does (no planeBase, no origin).

        /// <summary>IndexOrder = Plane, 2D channels first: the code of the default, PyTorch's per-plane index.</summary>
        [Fact]
        public void IndexOrderPlane() => VerifyKernel(
            "Size = 3, Stride = 2, Padding = 1, IndexOrder = PoolIndexOrder.Plane", "ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width");

        /// <summary>IndexOrder = Tensor, 2D channels first with Parallel: Kernel takes planeBase (0 from Run, a range's first plane from RunParallel) and each plane's origin is added to the index.</summary>
        [Fact]
        public void IndexOrderTensorParallel() => VerifyKernel(
            "Size = 3, Stride = 2, Padding = 1, Parallel = true, IndexOrder = PoolIndexOrder.Tensor", "ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int height, int width");

        /// <summary>IndexOrder = TensorColumnMajor, 2D channels last, int indices: the logical plane b*C + c, the spatial position first axis fastest.</summary>
        [Fact]
        public void IndexOrderTensorColumnMajorNhwc() => VerifyKernel(
            "Kind = PoolKind.Min, Size = 2, Dilation = 2, Padding = 1, Layout = PoolLayout.Nhwc, IndexOrder = PoolIndexOrder.TensorColumnMajor", "ReadOnlySpan<byte> input, Span<byte> output, Span<int> indices, int batch, int channels, int height, int width");

        /// <summary>IndexOrder = TensorColumnMajor on a 3D global window: the reduction's row-major position taken apart once per plane.</summary>
        [Fact]
        public void IndexOrderTensorColumnMajorGlobal3d() => VerifyKernel(
            "Global = true, IndexOrder = PoolIndexOrder.TensorColumnMajor", "ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int batch, int channels, int depth, int height, int width");

        /// <summary>IndexOrder = Tensor on adaptive windows, channels first (their in-place reduction).</summary>
        [Fact]
        public void IndexOrderTensorAdaptive() => VerifyKernel(
            "OutputSize = 3, IndexOrder = PoolIndexOrder.Tensor", "ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width");

        /// <summary>The backward pass of max pooling: gradInput cleared, then every gradient added where its index says (Scatter), planes in parallel.</summary>
        [Fact]
        public void MaxBackward3x3Stride2Padding1Parallel() => VerifyKernel(
            "Size = 3, Stride = 2, Padding = 1, Parallel = true", "ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width");

        /// <summary>The backward pass of average pooling, channels last: window by window, vectors over the channels (WindowGradients).</summary>
        [Fact]
        public void AverageBackward3x3CeilExcludePadNhwc() => VerifyKernel(
            "Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false, Layout = PoolLayout.Nhwc",
            "ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width");

        /// <summary>The backward pass of benchmark case 3, channels first: row by row, vector runs of quotients per tap of the last axis.</summary>
        [Fact]
        public void AverageBackward3x3Stride1Padding1ExcludePad() => VerifyKernel(
            "Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false",
            "ReadOnlySpan<float> gradOutput, Span<float> gradInput, int batch, int channels, int height, int width");

        /// <summary>Max unpooling, 1D, int indices: output cleared, then every value stored where its index says.</summary>
        [Fact]
        public void MaxUnpool1dIntIndices() => VerifyKernel(
            "Size = 2, Stride = 2", "ReadOnlySpan<double> input, ReadOnlySpan<int> indices, Span<double> output, int batch, int channels, int length");

        /// <summary>Max backward reading ONNX's Tensor-order indices, channels last, Parallel: each plane's origin from planeBase, Run's check per plane.</summary>
        [Fact]
        public void MaxBackwardTensorOrderNhwcParallel() => VerifyKernel(
            "Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, Parallel = true, IndexOrder = PoolIndexOrder.Tensor",
            "ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int batch, int channels, int height, int width");

        /// <summary>Max unpooling reading ONNX Runtime's TensorColumnMajor indices, 3D: the column-major offset made row-major before the store.</summary>
        [Fact]
        public void MaxUnpool3dColumnMajorIntIndices() => VerifyKernel(
            "Size = 2, Stride = 2, IndexOrder = PoolIndexOrder.TensorColumnMajor",
            "ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int batch, int channels, int depth, int height, int width");
    }
}
