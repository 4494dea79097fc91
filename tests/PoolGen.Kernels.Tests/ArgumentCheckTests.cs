using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// The run-time argument checks of generated kernels (docs/semantics.md, "Run-time checks"): the exception type
    /// (exactly, not a subclass), its ParamName, and that a throwing kernel left the output untouched.
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

        /// <summary>The kernels above with a run-time spatial axis whose smallest valid size is above 1.</summary>
        public static TheoryData<string> KernelsWithAMinimumSize => Names(RunTimeShapeKernels.Where(name =>
        {
            KernelEntry entry = KernelTable.ByName[name];
            return (entry.Shape.HasHeight && MinimumH(entry) > 1) || (entry.Shape.HasWidth && MinimumW(entry) > 1);
        }));

        /// <summary>Every kernel: the span-length checks apply to all of them, fixed shapes included.</summary>
        public static TheoryData<string> AllKernelNames => Names(KernelTable.All.Select(entry => entry.Name));

        /// <summary>Every fixed-shape kernel.</summary>
        public static TheoryData<string> FixedShapeKernelNames => Names(KernelTable.All.Where(entry => !entry.Shape.HasHeight && !entry.Shape.HasWidth).Select(entry => entry.Name));

        [Fact]
        public void Selections_AreNotEmpty()
        {
            Assert.True(KernelsWithAMinimumSize.Count >= 8);
            Assert.True(FixedShapeKernelNames.Count >= 10);
        }

        /// <summary>batch, channels, height or width below 1: ArgumentOutOfRangeException naming it.</summary>
        [Theory]
        [MemberData(nameof(RunTimeShapeKernelNames))]
        public void DimensionBelowOne_ThrowsArgumentOutOfRange(string name) => KernelTable.ByName[name].Accept(new DimensionBelowOne());

        /// <summary>A spatial size one below the smallest with an output: ArgumentOutOfRangeException naming it; the smallest works.</summary>
        [Theory]
        [MemberData(nameof(KernelsWithAMinimumSize))]
        public void SpatialSizeTooSmallForAnyOutput_ThrowsArgumentOutOfRange(string name) => KernelTable.ByName[name].Accept(new SpatialTooSmall());

        /// <summary>Input or output one element short (or empty): ArgumentException naming "input" / "output"; exact lengths work.</summary>
        [Theory]
        [MemberData(nameof(AllKernelNames))]
        public void ShortSpans_ThrowArgumentException(string name) => KernelTable.ByName[name].Accept(new ShortSpans());

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

            Exception? caught = Record.Exception(() => entry.Invoke(input, output, batch, channels, height, width));

            Assert.True(caught is not null, $"{context}: no exception");
            Assert.True(caught.GetType() == typeof(TException), $"{context}: {caught.GetType().Name} ({caught.Message}), expected {typeof(TException).Name}");
            Assert.True(((ArgumentException)caught).ParamName == paramName, $"{context}: ParamName '{((ArgumentException)caught).ParamName}', expected '{paramName}' ({caught.Message})");
            Assert.True(output.All(value => value == KernelTests.Sentinel<T>()), $"{context}: the output was written before the exception");
        }

        /// <summary>As <see cref="ExpectThrow{T, TException}"/>, and the message gives the smallest valid size.</summary>
        private static void ExpectTooSmall<T>(KernelEntry<T> entry, int batch, int channels, int height, int width, int inputLength, int outputLength, string paramName, int minimum)
            where T : unmanaged, INumber<T>
        {
            int bad = paramName == "height" ? height : width;
            ExpectThrow<T, ArgumentOutOfRangeException>(entry, batch, channels, height, width, inputLength, outputLength, paramName, $"{paramName} {bad} below the minimum {minimum}");
            var message = Record.Exception(() => entry.Invoke(new T[inputLength], new T[outputLength], batch, channels, height, width))!.Message;
            Assert.True(message.Contains(minimum.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), $"{entry}: the message does not give the minimum {minimum}: {message}");
        }

        private static void ExpectSuccess<T>(KernelEntry<T> entry, int batch, int channels, int height, int width, string what)
            where T : unmanaged, INumber<T>
        {
            (int inputLength, int outputLength) = Lengths(entry, batch, channels, height, width);
            T[] input = TestData.Random<T>(2, inputLength, specials: false, ties: true);
            var output = new T[outputLength];
            Exception? caught = Record.Exception(() => entry.Invoke(input, output, batch, channels, height, width));
            Assert.True(caught is null, $"{entry}: {what} (batch {batch}, channels {channels}, height {height}, width {width}): {caught?.GetType().Name} {caught?.Message}");
        }

        private sealed class DimensionBelowOne : IKernelVisitor
        {
            public void Visit<T>(KernelEntry<T> entry)
                where T : unmanaged, INumber<T>
            {
                (int b, int c, int h, int w) = ValidShape(entry);
                (int inputLength, int outputLength) = Lengths(entry, b, c, h, w);
                var parameters = new List<string>();
                if (entry.Shape.HasBatch) parameters.Add("batch");
                if (entry.Shape.HasChannels) parameters.Add("channels");
                if (entry.Shape.HasHeight) parameters.Add("height");
                if (entry.Shape.HasWidth) parameters.Add("width");
                Assert.NotEmpty(parameters);

                foreach (string parameter in parameters)
                {
                    foreach (int bad in new[] { 0, -1, int.MinValue })
                    {
                        ExpectThrow<T, ArgumentOutOfRangeException>(
                            entry,
                            parameter == "batch" ? bad : b,
                            parameter == "channels" ? bad : c,
                            parameter == "height" ? bad : h,
                            parameter == "width" ? bad : w,
                            inputLength,
                            outputLength,
                            parameter,
                            $"{parameter} = {bad}");
                    }
                }

                ExpectSuccess(entry, b, c, h, w, "the valid shape");
            }
        }

        private sealed class SpatialTooSmall : IKernelVisitor
        {
            public void Visit<T>(KernelEntry<T> entry)
                where T : unmanaged, INumber<T>
            {
                (int b, int c, int h, int w) = ValidShape(entry);
                int minH = MinimumH(entry), minW = MinimumW(entry);
                int checkedAxes = 0;
                if (entry.Shape.HasHeight && minH > 1)
                {
                    checkedAxes++;
                    (int inputLength, int outputLength) = Lengths(entry, b, c, minH, w);
                    foreach (int bad in new[] { minH - 1, 1 }.Distinct())
                    {
                        ExpectTooSmall(entry, b, c, bad, w, inputLength, outputLength, "height", minH);
                    }

                    ExpectSuccess(entry, b, c, minH, w, $"height at the minimum {minH}");
                }

                if (entry.Shape.HasWidth && minW > 1)
                {
                    checkedAxes++;
                    (int inputLength, int outputLength) = Lengths(entry, b, c, h, minW);
                    foreach (int bad in new[] { minW - 1, 1 }.Distinct())
                    {
                        ExpectTooSmall(entry, b, c, h, bad, inputLength, outputLength, "width", minW);
                    }

                    ExpectSuccess(entry, b, c, h, minW, $"width at the minimum {minW}");
                }

                Assert.True(checkedAxes > 0);
            }
        }

        private sealed class ShortSpans : IKernelVisitor
        {
            public void Visit<T>(KernelEntry<T> entry)
                where T : unmanaged, INumber<T>
            {
                (int b, int c, int h, int w) = ValidShape(entry);
                (int inputLength, int outputLength) = Lengths(entry, b, c, h, w);

                ExpectThrow<T, ArgumentException>(entry, b, c, h, w, inputLength - 1, outputLength, "input", "input one element short");
                ExpectThrow<T, ArgumentException>(entry, b, c, h, w, 0, outputLength, "input", "empty input");
                ExpectThrow<T, ArgumentException>(entry, b, c, h, w, inputLength, outputLength - 1, "output", "output one element short");
                ExpectThrow<T, ArgumentException>(entry, b, c, h, w, inputLength, 0, "output", "empty output");
                ExpectSuccess(entry, b, c, h, w, "exact lengths");

                // The smallest shape too (a single plane, the smallest sizes).
                (int inputSmall, int outputSmall) = Lengths(entry, 1, 1, MinimumH(entry), MinimumW(entry));
                ExpectThrow<T, ArgumentException>(entry, 1, 1, MinimumH(entry), MinimumW(entry), inputSmall - 1, outputSmall, "input", "smallest shape, input one element short");
                ExpectThrow<T, ArgumentException>(entry, 1, 1, MinimumH(entry), MinimumW(entry), inputSmall, outputSmall - 1, "output", "smallest shape, output one element short");
            }
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
