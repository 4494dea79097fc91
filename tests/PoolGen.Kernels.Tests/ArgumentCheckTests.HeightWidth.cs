using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// The run-time argument checks written for height and width (rank-2 kernels with a window, no indices): dimensions
    /// whose product overflows, a spatial size up to int.MaxValue, and a dimension error before a span error; the exception
    /// type (exactly, not a subclass), its ParamName, and that a throwing kernel left the output untouched.
    /// </summary>
    public sealed partial class ArgumentCheckTests
    {
        /// <summary>Kernels with run-time dimensions: every signature, several element types, small and large windows.</summary>
        private static readonly string[] RunTimeShapeKernels =
        [
            nameof(MaxKernels.Max_k3s2p1),
            nameof(MaxKernels.Max_k3s2Ceil),
            nameof(MaxKernels.Max_k5s3),
            nameof(MaxKernels.Max_k9s1),
            nameof(MaxKernels.Max_k9x1s2x1p4x0),
            nameof(MaxKernels.Max_k2s2d3p2Ceil),
            nameof(MaxKernels.Max_HW_k3s2p1),
            nameof(MaxKernels.Max_CHW_k2s2p1Ceil),
            nameof(MaxKernels.Max_BHW_k3s1),
            nameof(MaxKernels.Max_BHW_C2_k2),
            nameof(MaxDoubleKernels.MaxF64_k1x9s2),
            nameof(MaxIntegerKernels.MaxU8_k2),
            nameof(MaxIntegerKernels.MaxI64_k3s2d2p2Ceil),
            nameof(AverageKernels.Avg_k2s1),
            nameof(AverageKernels.Avg_k3s1p1NoPad),
            nameof(AverageKernels.Avg_k9s2p4CeilNoPad),
            nameof(AverageKernels.Avg_k3s1d2),
            nameof(AverageKernels.Avg_HW_k3s2p1NoPad),
            nameof(AverageKernels.Avg_CHW_k2s2p1Ceil),
            nameof(AverageDoubleKernels.AvgF64_k9s3p4),
            nameof(FixedShapeKernels.Fixed_Max_H6_k3s2),
            nameof(FixedShapeKernels.Fixed_Max_W9_k2s2d2p1Ceil),
            nameof(FixedShapeKernels.Fixed_Avg_H5_k3s1p1),
            nameof(PadsKernels.Max_k3s2Pads1100),
            nameof(PadsKernels.Avg_k3s1Pads0120CeilNoPad),
            nameof(PadsKernels.Max_k9x8s2Pads0781),
            nameof(PadsKernels.Fixed_MaxF64_W13_k3s2Pads0110Ceil),
        ];

        public static TheoryData<string> RunTimeShapeKernelNames => Names(RunTimeShapeKernels);

        /// <summary>Every fixed-shape kernel.</summary>
        public static TheoryData<string> FixedShapeKernelNames => Names(KernelTable.All.Where(entry => IsPlanar(entry) && !entry.Shape.HasHeight && !entry.Shape.HasWidth).Select(entry => entry.Name));

        [Fact]
        public void Selections_AreNotEmpty()
        {
            Assert.True(KernelsWithAMinimumSizeNames.Count >= 8);
            Assert.True(FixedShapeKernelNames.Count >= 10);
            Assert.All(RunTimeShapeKernels, name => Assert.True(IsPlanar(KernelTable.ByName[name]), name));
        }

        /// <summary>A rank-2 kernel with a window and no indices: what the checks of this file are written for.</summary>
        private static bool IsPlanar(KernelEntry e) =>
            e.Rank == 2 && !e.Spec.Global && e.AutoPad == PoolAutoPad.NotSet && e.Indices == IndexType.None;

        /// <summary>Dimensions whose product overflows int, with small spans: ArgumentException naming "input", no overflow, no crash.</summary>
        [Theory]
        [MemberData(nameof(RunTimeShapeKernelNames))]
        [MemberData(nameof(FixedShapeKernelNames))]
        public void HugeDimensions_ThrowArgumentException(string name) => KernelTable.ByName[name].Accept(new HugeDimensions());

        /// <summary>
        /// A single spatial size up to int.MaxValue is a valid dimension (at least 1 and large enough for an output), so by
        /// docs/semantics.md ("Run-time checks") the kernel must reject it for the too-short input span with an
        /// ArgumentException naming "input", not with an ArgumentOutOfRangeException naming the dimension.
        /// </summary>
        [Theory]
        [MemberData(nameof(RunTimeShapeKernelNames))]
        public void LargeSpatialSize_IsASpanError(string name) => KernelTable.ByName[name].Accept(new LargeSpatialSize());

        /// <summary>A dimension error is reported before a span error (step 1 before step 2).</summary>
        [Theory]
        [MemberData(nameof(RunTimeShapeKernelNames))]
        public void DimensionErrorComesBeforeSpanError(string name) => KernelTable.ByName[name].Accept(new DimensionBeforeSpan());

        private static TheoryData<string> Names(IEnumerable<string> names)
        {
            var data = new TheoryData<string>();
            foreach (string name in names)
            {
                data.Add(name);
            }

            return data;
        }

        private static int MinimumH(KernelEntry e) =>
            KernelTests.MinimumInput(e.Spec.Kernel[0], e.Spec.Stride[0], e.Spec.Padding[0], e.Spec.PaddingEndOrSymmetric[0], e.Spec.Dilation[0], e.Spec.CeilMode);

        private static int MinimumW(KernelEntry e) =>
            KernelTests.MinimumInput(e.Spec.Kernel[1], e.Spec.Stride[1], e.Spec.Padding[1], e.Spec.PaddingEndOrSymmetric[1], e.Spec.Dilation[1], e.Spec.CeilMode);

        /// <summary>The dimensions a call really uses: a fixed or absent dimension replaces the argument.</summary>
        private static (int Batch, int Channels, int Height, int Width) Effective(KernelEntry e, int batch, int channels, int height, int width) =>
            (e.Shape.HasBatch ? batch : 1,
             e.Shape.HasChannels ? channels : e.Shape.ImpliedChannels,
             e.Shape.HasHeight ? height : e.Shape.FixedHeight,
             e.Shape.HasWidth ? width : e.Shape.FixedWidth);

        /// <summary>The input and output lengths of a valid shape.</summary>
        private static (int Input, int Output) Lengths(KernelEntry e, int batch, int channels, int height, int width)
        {
            (batch, channels, height, width) = Effective(e, batch, channels, height, width);
            PoolSpecND s = e.Spec;
            int outH = PoolReference.OutputSize(height, s.Kernel[0], s.Stride[0], s.Padding[0], s.PaddingEndOrSymmetric[0], s.Dilation[0], s.CeilMode);
            int outW = PoolReference.OutputSize(width, s.Kernel[1], s.Stride[1], s.Padding[1], s.PaddingEndOrSymmetric[1], s.Dilation[1], s.CeilMode);
            Assert.True(outH >= 1 && outW >= 1, $"{e}: [{batch},{channels},{height},{width}] has no output");
            return (checked(batch * channels * height * width), checked(batch * channels * outH * outW));
        }

        /// <summary>A valid shape with more than one of everything the kernel takes at run time.</summary>
        private static (int Batch, int Channels, int Height, int Width) ValidShape(KernelEntry e) =>
            (2, 3, MinimumH(e) + 2, MinimumW(e) + 3);

        /// <summary>Calls the kernel and requires exactly <typeparamref name="TException"/> with <paramref name="paramName"/>, and the output untouched.</summary>
        private static void ExpectThrow<T, TException>(KernelEntry<T> entry, int batch, int channels, int height, int width, int inputLength, int outputLength, string paramName, string what)
            where T : unmanaged, INumber<T>
            where TException : ArgumentException
        {
            T[] input = TestData.Random<T>(1, inputLength, specials: false, ties: true);
            var output = new T[outputLength];
            output.AsSpan().Fill(KernelTests.Sentinel<T>());
            string context = $"{entry}: {what} (batch {batch}, channels {channels}, height {height}, width {width}; input {inputLength}, output {outputLength})";

            Exception? caught = Record.Exception(() => entry.Call(input, output, [], [], batch, channels, [height, width]));

            Assert.True(caught is not null, $"{context}: no exception");
            Assert.True(caught.GetType() == typeof(TException), $"{context}: {caught.GetType().Name} ({caught.Message}), expected {typeof(TException).Name}");
            Assert.True(((ArgumentException)caught).ParamName == paramName, $"{context}: ParamName '{((ArgumentException)caught).ParamName}', expected '{paramName}' ({caught.Message})");
            Assert.True(output.All(value => value == KernelTests.Sentinel<T>()), $"{context}: the output was written before the exception");
        }

        private sealed class HugeDimensions : IKernelVisitor
        {
            public void Visit<T>(KernelEntry<T> entry)
                where T : unmanaged, INumber<T>
            {
                KernelShape shape = entry.Shape;
                (int b, int c, int h, int w) = ValidShape(entry);
                (int inputLength, int outputLength) = Lengths(entry, b, c, h, w);

                var cases = new List<(int B, int C, int H, int W)>();
                const int Big = 65536;
                cases.Add((shape.HasBatch ? Big : b, shape.HasChannels ? Big : c, shape.HasHeight ? Big : h, shape.HasWidth ? Big : w));
                if (shape.HasBatch) cases.Add((int.MaxValue, c, h, w));
                if (shape.HasChannels) cases.Add((b, int.MaxValue, h, w));
                if (shape.HasBatch && shape.HasChannels) cases.Add((Big, Big, h, w));
                if (shape.HasHeight && shape.HasWidth) cases.Add((b, c, Big, Big));
                if (shape.HasHeight) cases.Add((b, c, int.MaxValue / 4, w));
                if (shape.HasWidth) cases.Add((b, c, h, int.MaxValue / 4));

                foreach ((int cb, int cc, int ch, int cw) in cases)
                {
                    (int eb, int ec, int eh, int ew) = Effective(entry, cb, cc, ch, cw);
                    if ((long)eb * ec * eh * ew <= int.MaxValue)
                    {
                        continue; // only one run-time dimension, and it alone does not overflow
                    }

                    ExpectThrow<T, ArgumentException>(entry, cb, cc, ch, cw, inputLength, outputLength, "input", "dimensions whose product exceeds int.MaxValue");
                }
            }
        }

        private sealed class LargeSpatialSize : IKernelVisitor
        {
            public void Visit<T>(KernelEntry<T> entry)
                where T : unmanaged, INumber<T>
            {
                KernelShape shape = entry.Shape;
                foreach (int size in new[] { int.MaxValue, int.MaxValue - 1, int.MaxValue - 16 })
                {
                    if (shape.HasHeight)
                    {
                        ExpectThrow<T, ArgumentException>(entry, 1, 1, size, MinimumW(entry), 16, 16, "input", $"height {size}");
                    }

                    if (shape.HasWidth)
                    {
                        ExpectThrow<T, ArgumentException>(entry, 1, 1, MinimumH(entry), size, 16, 16, "input", $"width {size}");
                    }
                }
            }
        }

        private sealed class DimensionBeforeSpan : IKernelVisitor
        {
            public void Visit<T>(KernelEntry<T> entry)
                where T : unmanaged, INumber<T>
            {
                KernelShape shape = entry.Shape;
                string last = shape.HasWidth ? "width" : shape.HasHeight ? "height" : shape.HasChannels ? "channels" : "batch";
                ExpectThrow<T, ArgumentOutOfRangeException>(
                    entry,
                    last == "batch" ? 0 : 1,
                    last == "channels" ? 0 : 1,
                    last == "height" ? 0 : MinimumH(entry),
                    last == "width" ? 0 : MinimumW(entry),
                    0,
                    0,
                    last,
                    $"{last} = 0 and empty spans");
            }
        }
    }
}
