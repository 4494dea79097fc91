using System;
using System.Linq;
using PoolGen.Testing;

namespace PoolGen.Fuzz.Tests
{
    /// <summary>The fuzzer's checks catch what they are meant to catch: fake kernels that misbehave fail them.</summary>
    public sealed class HarnessSelfTests
    {
        private static readonly PoolProgram Max2x2 = new() { Seed = 1, Size = 2 };
        private static readonly RunShape Shape = new(1, 1, 4, 4, 7, false, false, 0, 2);

        private static string? Call(Entry<float> entry, RunShape? shape = null) =>
            FuzzRunner.Call(Max2x2, FuzzRunner.Adapt(entry), shape ?? Shape, out _);

        /// <summary>A correct fake kernel (the reference itself) passes.</summary>
        private static void Correct(float[] a, int aStart, int aLength, float[] b, int bStart, int bLength, int batch, int channels, int height, int width)
        {
            if (height < 2 || width < 2)
            {
                throw new ArgumentOutOfRangeException(height < 2 ? nameof(height) : nameof(width));
            }

            float[] result = PoolReference.Pool<float>(Max2x2.ToSpecND([height, width]), a.AsSpan(aStart, height * width), 1, 1, height, width);
            result.CopyTo(b, bStart);
        }

        [Fact]
        public void ACorrectKernel_Passes() => Assert.Null(Call(Correct));

        [Fact]
        public void AWrongValue_IsCaught()
        {
            string? problem = Call((a, aStart, aLength, b, bStart, bLength, n, c, h, w) =>
            {
                Correct(a, aStart, aLength, b, bStart, bLength, n, c, h, w);
                b[bStart + 3] = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(b[bStart + 3]) ^ 1);
            });
            Assert.Contains("elements differ", problem);
        }

        [Fact]
        public void AWriteIntoTheOutputsSlack_IsCaught()
        {
            string? problem = Call((a, aStart, aLength, b, bStart, bLength, n, c, h, w) =>
            {
                Correct(a, aStart, aLength, b, bStart, bLength, n, c, h, w);
                b[bStart + 4] = 0; // the fifth element: inside the span, past the 2x2 output
            });
            Assert.Contains("outside the output", problem);
        }

        [Fact]
        public void AWriteBeforeTheOutput_IsCaught()
        {
            string? problem = Call((a, aStart, aLength, b, bStart, bLength, n, c, h, w) =>
            {
                Correct(a, aStart, aLength, b, bStart, bLength, n, c, h, w);
                b[bStart - 1] = 0;
            });
            Assert.Contains("outside the output", problem);
        }

        [Fact]
        public void AWriteIntoTheInput_IsCaught()
        {
            string? problem = Call((a, aStart, aLength, b, bStart, bLength, n, c, h, w) =>
            {
                Correct(a, aStart, aLength, b, bStart, bLength, n, c, h, w);
                a[aStart] = 42;
            });
            Assert.Contains("input array", problem);
        }

        [Fact]
        public void AMissingShapeCheck_IsCaught()
        {
            string? problem = Call((a, aStart, aLength, b, bStart, bLength, n, c, h, w) => { }, Shape with { Height = 1 });
            Assert.Contains("expected ArgumentOutOfRangeException for height", problem);
        }

        [Fact]
        public void AThrowingCallThatWroteTheOutput_IsCaught()
        {
            string? problem = Call((a, aStart, aLength, b, bStart, bLength, n, c, h, w) =>
            {
                b[bStart] = 1;
                throw new ArgumentOutOfRangeException("height");
            }, Shape with { Height = 1 });
            Assert.Contains("threw but wrote", problem);
        }

        [Fact]
        public void ExpectedDiagnostics_FollowTheDocumentedRules()
        {
            Assert.Empty(Max2x2.ExpectedDiagnostics());
            Assert.Equal(["PG0001"], (Max2x2 with { Size = 0 }).ExpectedDiagnostics());
            Assert.Equal(["PG0006"], (Max2x2 with { PaddingW = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0013"], (Max2x2 with { Kind = 1, Element = "int" }).ExpectedDiagnostics());
            Assert.Equal(["PG0015"], (Max2x2 with { Flaw = SignatureFlaw.Misordered }).ExpectedDiagnostics());
            Assert.Equal(["PG0016"], (Max2x2 with { HasHeight = false }).ExpectedDiagnostics());
            Assert.Equal(["PG0018"], (Max2x2 with { CountIncludePad = false }).ExpectedDiagnostics());
            Assert.True((Max2x2 with { CountIncludePad = false }).IsValid);

            // The feature rules (docs/semantics.md; the parser's ReadReductionOptions, ReadPads, CheckGlobal, ReadClamp).
            Assert.Empty((Max2x2 with { Kind = 3, Element = "byte" }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Kind = 2, P = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0021"], (Max2x2 with { Kind = 4 }).ExpectedDiagnostics());
            Assert.Equal(["PG0042"], (Max2x2 with { Kind = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0013"], (Max2x2 with { Kind = 2, P = 1, Element = "int" }).ExpectedDiagnostics());
            Assert.Equal(["PG0043"], (Max2x2 with { Kind = 2, P = 0 }).ExpectedDiagnostics());
            Assert.Equal(["PG0043"], (Max2x2 with { P = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0018"], (Max2x2 with { Kind = 3, CountIncludePad = true }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Kind = 1, DivisorOverride = 3 }).ExpectedDiagnostics());
            Assert.Equal(["PG0048"], (Max2x2 with { DivisorOverride = 3 }).ExpectedDiagnostics());
            Assert.Equal(["PG0044"], (Max2x2 with { ClampMin = double.NaN }).ExpectedDiagnostics());
            Assert.Equal(["PG0044"], (Max2x2 with { ClampMin = 2, ClampMax = 1 }).ExpectedDiagnostics());
            Assert.Equal(["PG0044"], (Max2x2 with { Element = "int", ClampMax = 0.5 }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Element = "int", ClampMax = 6 }).ExpectedDiagnostics());
            Assert.Equal(["PG0051"], (Max2x2 with { Layout = 2 }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Layout = 1 }).ExpectedDiagnostics());
            Assert.Equal(["PG0049"], (Max2x2 with { Global = true }).ExpectedDiagnostics());

            // Adaptive pooling (ReadAdaptive): no window property, Global or DivisorOverride; output sizes of at least 1.
            PoolProgram adaptive = new() { Seed = 1, OutputSize = 3 };
            Assert.Empty(adaptive.ExpectedDiagnostics());
            Assert.Equal(3, adaptive.OutputSizeOf('H', 13));
            Assert.Equal(["PG0053"], (Max2x2 with { OutputSize = 3 }).ExpectedDiagnostics());
            Assert.Equal(["PG0053"], (adaptive with { Global = true }).ExpectedDiagnostics());
            Assert.Equal(["PG0053"], (adaptive with { Kind = 1, DivisorOverride = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0053"], (adaptive with { CountIncludePad = false }).ExpectedDiagnostics());
            Assert.Equal(["PG0054"], (adaptive with { OutputSizeW = 0 }).ExpectedDiagnostics());
            Assert.Equal(["PG0054"], (adaptive with { OutputSize = null, OutputSizeH = 2 }).ExpectedDiagnostics());
            Assert.Empty((adaptive with { OutputSizeD = 2, HasDepth = true }).ExpectedDiagnostics());
            Assert.Equal(3, (adaptive with { OutputSizeD = 2, HasDepth = true }).Rank);
            Assert.False(adaptive.RunsOnRowKernel);
            Assert.Empty((Max2x2 with { Global = true, Size = null, Stride = null, Padding = null, SizeH = null, SizeW = null }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Pads = [1, 0, 0, 1], Padding = null, PaddingH = null, PaddingW = null }).ExpectedDiagnostics());
            Assert.Equal(["PG0046"], (Max2x2 with { Pads = [2, 0, 0, 0], Padding = null, PaddingH = null, PaddingW = null }).ExpectedDiagnostics());
            Assert.Equal(["PG0046"], (Max2x2 with { Pads = [0, 0, 0], Padding = null, PaddingH = null, PaddingW = null }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Kind = 3, Parallel = true }).ExpectedDiagnostics()); // Parallel on the N-D kernel (PG0050 retired)
            Assert.Empty((Max2x2 with { Pads = [1, 0, 0, 1], Padding = null, PaddingH = null, PaddingW = null, Parallel = true }).ExpectedDiagnostics()); // the 2D kernels take Pads

            // The full draw (the parser's RankOf, ReadPads with AutoPad, the indices parameter, the tensor form).
            PoolProgram oneD = Max2x2 with { HasHeight = false, HasWidth = false, HasLength = true };
            PoolProgram threeD = Max2x2 with { HasDepth = true };
            PoolProgram tensor = Max2x2 with { Tensor = TensorForm.Valid, HasHeight = false, HasWidth = false };
            Assert.Empty(oneD.ExpectedDiagnostics());
            Assert.Equal(1, oneD.Rank);
            Assert.Empty((oneD with { HasLength = false, Length = 9, Layout = 1 }).ExpectedDiagnostics());
            Assert.Equal(["PG0045"], (oneD with { HasHeight = true }).ExpectedDiagnostics());
            Assert.Equal(["PG0045"], (oneD with { SizeH = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0045"], (oneD with { SizeD = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0045"], (oneD with { Width = 5 }).ExpectedDiagnostics());
            Assert.Empty(threeD.ExpectedDiagnostics());
            Assert.Equal(3, threeD.Rank);
            Assert.Empty((threeD with { HasDepth = false, Depth = 4, SizeD = 3, StrideD = 1, PaddingD = 1 }).ExpectedDiagnostics());
            Assert.Equal(["PG0016"], (Max2x2 with { SizeD = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0006"], (threeD with { SizeD = 1, PaddingD = 1 }).ExpectedDiagnostics());
            Assert.Equal(["PG0007"], (threeD with { HasDepth = false, Depth = 1, SizeD = 3 }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Element = "Half", Kind = 1 }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Element = "Half", Parallel = true }).ExpectedDiagnostics());
            Assert.Empty((threeD with { Parallel = true }).ExpectedDiagnostics());
            Assert.All(new[] { 1, 2, 3 }, mode => Assert.Empty((Max2x2 with { AutoPad = mode }).ExpectedDiagnostics()));
            Assert.Equal(["PG0047"], (Max2x2 with { AutoPad = 1, Padding = 0 }).ExpectedDiagnostics());
            Assert.Equal(["PG0047"], (Max2x2 with { AutoPad = 3, CeilMode = true }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { AutoPad = 3, CeilMode = false }).ExpectedDiagnostics());
            Assert.Equal(["PG0047"], (Max2x2 with { AutoPad = 2, Pads = [0, 0, 0, 0] }).ExpectedDiagnostics());
            Assert.Equal(["PG0049"], (Max2x2 with { AutoPad = 1, Global = true, Size = null }).ExpectedDiagnostics());
            Assert.Equal(["PG0051"], (Max2x2 with { AutoPad = 4 }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Height = 1, HasHeight = false, AutoPad = 1 }).ExpectedDiagnostics()); // SAME: every size has an output
            Assert.Equal(["PG0007"], (Max2x2 with { Height = 1, HasHeight = false, AutoPad = 3 }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Indices = "Span<int>" }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Indices = "Span<long>", Kind = 3, Element = "byte" }).ExpectedDiagnostics());
            Assert.True((Max2x2 with { Indices = "Span<long>" }).HasIndices);
            Assert.Equal(["PG0040"], (Max2x2 with { Indices = "Span<short>" }).ExpectedDiagnostics());
            Assert.Equal(["PG0040"], (Max2x2 with { Indices = "ReadOnlySpan<int>" }).ExpectedDiagnostics());
            Assert.Equal(["PG0041"], (Max2x2 with { Indices = "Span<int>", Kind = 1 }).ExpectedDiagnostics());
            Assert.Equal(["PG0041"], (Max2x2 with { Indices = "Span<long>", Kind = 2, P = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0014"], (Max2x2 with { Indices = "Span<int>", IndicesLast = true }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Indices = "Span<int>", IndicesLast = true, Height = 4, Width = 4, HasHeight = false, HasWidth = false }).ExpectedDiagnostics());
            Assert.Empty((Max2x2 with { Indices = "Span<int>", Parallel = true }).ExpectedDiagnostics());
            Assert.Empty(tensor.ExpectedDiagnostics());
            Assert.Empty((tensor with { Height = 6, Channels = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0028"], (tensor with { Tensor = TensorForm.Mixed }).ExpectedDiagnostics());
            Assert.Equal(["PG0029"], (tensor with { Tensor = TensorForm.ElementsDiffer }).ExpectedDiagnostics());
            Assert.Equal(["PG0030"], (tensor with { Tensor = TensorForm.WrongTypes }).ExpectedDiagnostics());
            Assert.Equal(["PG0030"], (tensor with { Tensor = TensorForm.WrongTypes, Element = "decimal" }).ExpectedDiagnostics()); // no element type read
            Assert.Equal(["PG0013", "PG0031"], (tensor with { Tensor = TensorForm.Extra, Element = "decimal" }).ExpectedDiagnostics());
            // The tensor form takes every attribute (PG0032 is retired), Rank for its rank, and tensor indices.
            Assert.Empty((tensor with { Kind = 3 }).ExpectedDiagnostics());
            Assert.Empty((tensor with { Element = "Half" }).ExpectedDiagnostics());
            Assert.Empty((tensor with { AutoPad = 1 }).ExpectedDiagnostics());
            Assert.Empty((tensor with { AutoPad = 1, Stride = 1 }).ExpectedDiagnostics()); // SAME with stride 1: static padding
            Assert.Empty((tensor with { AutoPad = 2, Height = 7, Width = 9 }).ExpectedDiagnostics()); // SAME on fixed sizes: static padding
            Assert.Empty((Max2x2 with { AutoPad = 2, Stride = 1, Parallel = true }).ExpectedDiagnostics());
            Assert.Empty((tensor with { Pads = [1, 1, 0, 0], Padding = null, PaddingH = null, PaddingW = null }).ExpectedDiagnostics());
            Assert.Empty((tensor with { AutoPad = 3 }).ExpectedDiagnostics());
            Assert.Empty((tensor with { SizeD = 2 }).ExpectedDiagnostics());
            Assert.Equal(3, (tensor with { SizeD = 2 }).Rank);
            Assert.Empty((tensor with { Layout = 1, Global = true, Size = null, Stride = null }).ExpectedDiagnostics());
            Assert.Empty((tensor with { Kind = 3, Parallel = true }).ExpectedDiagnostics());
            Assert.Empty((tensor with { DeclaredRank = 1 }).ExpectedDiagnostics());
            Assert.Equal(1, (tensor with { DeclaredRank = 1 }).Rank);
            Assert.Equal(3, (tensor with { DeclaredRank = 3 }).Rank);
            Assert.Empty((tensor with { DeclaredRank = 0 }).ExpectedDiagnostics());
            Assert.Equal(["PG0052"], (tensor with { DeclaredRank = 4 }).ExpectedDiagnostics());
            Assert.Equal(["PG0045"], (tensor with { DeclaredRank = 1, SizeH = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0045"], (tensor with { DeclaredRank = 2, SizeD = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0045"], (tensor with { DeclaredRank = 3, Length = 5 }).ExpectedDiagnostics());
            Assert.Empty((tensor with { Indices = "TensorSpan<long>" }).ExpectedDiagnostics());
            Assert.True((tensor with { Indices = "TensorSpan<int>" }).HasIndices);
            Assert.True((tensor with { Indices = "TensorSpan<int>" }).IntIndices);
            Assert.Equal(["PG0040"], (tensor with { Indices = "Span<long>" }).ExpectedDiagnostics());
            Assert.Equal(["PG0040"], (tensor with { Indices = "ReadOnlyTensorSpan<int>" }).ExpectedDiagnostics());
            Assert.Equal(["PG0041"], (tensor with { Indices = "TensorSpan<int>", Kind = 1 }).ExpectedDiagnostics());

            // Rank on span methods: agreeing, contradicted (PG0045), without the depth it asks for (PG0016).
            Assert.Empty((Max2x2 with { DeclaredRank = 2 }).ExpectedDiagnostics());
            Assert.Empty((oneD with { DeclaredRank = 1 }).ExpectedDiagnostics());
            Assert.Empty((threeD with { DeclaredRank = 3 }).ExpectedDiagnostics());
            Assert.Equal(["PG0045"], (threeD with { DeclaredRank = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0045"], (oneD with { DeclaredRank = 3 }).ExpectedDiagnostics());
            Assert.Equal(["PG0045"], (Max2x2 with { DeclaredRank = 1 }).ExpectedDiagnostics());
            Assert.Equal(["PG0016"], (Max2x2 with { DeclaredRank = 3 }).ExpectedDiagnostics());
            Assert.Equal(["PG0052"], (Max2x2 with { DeclaredRank = -1 }).ExpectedDiagnostics());
        }

        /// <summary>The quantization rules of ExpectedDiagnostics agree with the parser's order and ids (PG0055..PG0059, PG0013).</summary>
        [Fact]
        public void QuantizedPrograms_ExpectTheParsersDiagnostics()
        {
            PoolProgram average = Max2x2 with { Kind = 1, Element = "byte", InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120 };
            PoolProgram max = Max2x2 with { Element = "sbyte", InputScale = 0.5, InputZeroPoint = -3, OutputScale = 0.25, OutputZeroPoint = 7 };
            Assert.Empty(average.ExpectedDiagnostics());
            Assert.Empty((average with { Global = true, Size = null, ClampMin = 120, ClampMax = 200 }).ExpectedDiagnostics());
            Assert.Empty(max.ExpectedDiagnostics());
            Assert.True(max.Requantizes);
            Assert.False((max with { OutputScale = 0.5, OutputZeroPoint = -3 }).Requantizes);
            Assert.True((average with { Pads = null }).IsQuantized && !(average with { Pads = null }).RunsOnRowKernel);
            Assert.True((max with { ClampMin = 0 }).RunsOnRowKernel); // requantized: the clamp moves to the table
            Assert.Equal(["PG0013"], (average with { InputScale = null, InputZeroPoint = null, OutputScale = null, OutputZeroPoint = null }).ExpectedDiagnostics());
            Assert.Equal(["PG0055"], (average with { InputScale = 1e-50 }).ExpectedDiagnostics());
            Assert.Equal(["PG0056"], (max with { OutputZeroPoint = 128 }).ExpectedDiagnostics());
            Assert.Equal(["PG0057"], (average with { Element = "float" }).ExpectedDiagnostics());
            Assert.Equal(["PG0057"], (max with { Element = "int" }).ExpectedDiagnostics());
            Assert.Equal(["PG0058"], (max with { InputScale = null }).ExpectedDiagnostics());
            Assert.Equal(["PG0059"], (average with { DilationW = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0059"], (average with { DivisorOverride = 2 }).ExpectedDiagnostics());
            Assert.Empty((max with { Dilation = 2 }).ExpectedDiagnostics());

            // Adaptive windows are valid on quantized average; a dilation or divisor override beside them is PG0053 alone.
            PoolProgram adaptive = average with { Size = null, Pads = null, OutputSize = 3 };
            Assert.Empty(adaptive.ExpectedDiagnostics());
            Assert.Equal(["PG0053"], (adaptive with { DivisorOverride = 2 }).ExpectedDiagnostics());
            Assert.Equal(["PG0053"], (adaptive with { Dilation = 2 }).ExpectedDiagnostics());
        }

        /// <summary>The quantized stream draws quantized averages over adaptive windows, and they are valid.</summary>
        [Fact]
        public void Drawing_QuantizedAdaptiveAverages()
        {
            var drawn = Enumerable.Range(1_000_000, 3000).Select(PoolProgram.Draw).Where(p => p.IsQuantized && p.Kind == 1 && p.IsAdaptive).ToList();
            Assert.True(drawn.Count >= 10, $"{drawn.Count} quantized adaptive averages in 3,000 programs");
            Assert.True(drawn.Count(p => p.IsValid) >= drawn.Count / 2, $"{drawn.Count(p => p.IsValid)} of {drawn.Count} valid");
            Assert.Contains(drawn, p => p.IsValid && p.Layout == 1);
            Assert.Contains(drawn, p => p.IsValid && p.Layout != 1);
        }

        private static readonly PoolProgram MaxIndices = Max2x2 with { Indices = "Span<long>" };

        /// <summary>A correct fake kernel with indices: the reference's values and argmax.</summary>
        private static void CorrectWithIndices(float[] a, int aStart, int aLength, float[] b, int bStart, int bLength, Array? ix, int ixStart, int ixLength, int batch, int channels, int depth, int height, int width)
        {
            if (height < 2 || width < 2)
            {
                throw new ArgumentOutOfRangeException(height < 2 ? nameof(height) : nameof(width));
            }

            float[] input = a.AsSpan(aStart, height * width).ToArray();
            FuzzRunner.Reference(MaxIndices, input, 1, 1, [height, width]).CopyTo(b, bStart);
            FuzzRunner.ReferenceIndices(MaxIndices, input, 1, 1, [height, width]).CopyTo((long[])ix!, ixStart);
        }

        private static string? CallWithIndices(Kernel<float> kernel) => FuzzRunner.Call(MaxIndices, kernel, Shape with { Ties = true }, out _);

        [Fact]
        public void ACorrectKernelWithIndices_Passes() => Assert.Null(CallWithIndices(CorrectWithIndices));

        [Fact]
        public void AWrongIndex_IsCaught()
        {
            // Ties (multiples of 0.25 in 16 values): another tap of the same value is still a wrong index (ties keep the first).
            string? problem = CallWithIndices((a, aStart, aLength, b, bStart, bLength, ix, ixStart, ixLength, n, c, d, h, w) =>
            {
                CorrectWithIndices(a, aStart, aLength, b, bStart, bLength, ix, ixStart, ixLength, n, c, d, h, w);
                ((long[])ix!)[ixStart + 2] ^= 1;
            });
            Assert.Contains("indices: 1 of 4 differ; the first at 2", problem);
        }

        [Fact]
        public void AWriteIntoTheIndicesSlack_IsCaught()
        {
            string? problem = CallWithIndices((a, aStart, aLength, b, bStart, bLength, ix, ixStart, ixLength, n, c, d, h, w) =>
            {
                CorrectWithIndices(a, aStart, aLength, b, bStart, bLength, ix, ixStart, ixLength, n, c, d, h, w);
                ((long[])ix!)[ixStart + 4] = 0; // inside the span, past the 2x2 output
            });
            Assert.Contains("outside the indices", problem);
        }

        [Fact]
        public void AThrowingCallThatWroteTheIndices_IsCaught()
        {
            string? problem = FuzzRunner.Call<float>(MaxIndices, (a, aStart, aLength, b, bStart, bLength, ix, ixStart, ixLength, n, c, d, h, w) =>
            {
                ((long[])ix!)[ixStart] = 1;
                throw new ArgumentOutOfRangeException("height");
            }, Shape with { Height = 1 }, out _);
            Assert.Contains("threw but wrote into the indices", problem);
        }

        [Fact]
        public void Drawing_IsDeterministicAndCoversInvalidPrograms()
        {
            var first = Enumerable.Range(0, 500).Select(PoolProgram.Draw).ToList();
            var second = Enumerable.Range(0, 500).Select(PoolProgram.Draw).ToList();
            // (Compared as rendered source: a record compares the Pads array by reference.)
            Assert.Equal(first.Select(p => p.RenderClass(0)), second.Select(p => p.RenderClass(0)));
            Assert.InRange(first.Count(p => !p.IsValid), 100, 250);
            Assert.All(PoolProgram.ValidElements.Append("Half"), e => Assert.Contains(first, p => p.Element == e && p.IsValid));

            // The full draw's features, valid.
            var valid = first.Where(p => p.IsValid).ToList();
            Assert.Contains(valid, p => p.Rank == 1 && p.HasLength);
            Assert.Contains(valid, p => p.Rank == 1 && p.Length > 0);
            Assert.Contains(valid, p => p.Rank == 3 && p.HasDepth);
            Assert.Contains(valid, p => p.Rank == 3 && p.Depth > 0);
            Assert.Contains(valid, p => p.Rank != 2 && p.Layout == 1);
            Assert.All(new[] { 1, 2, 3 }, mode => Assert.Contains(valid, p => p.AutoPad == mode));
            Assert.All(new[] { "Span<int>", "Span<long>" }, type => Assert.Contains(valid, p => p.HasIndices && p.Indices == type));
            Assert.Contains(valid, p => p.HasIndices && p.Kind == 3);
            Assert.Contains(valid, p => p.Element == "Half" && p.Kind == 1);
            Assert.Contains(valid, p => p.Tensor == TensorForm.Valid);

            // The tensor form of every feature: ranks 1 and 3 (through Rank), channels last, indices, Half, SAME, Global, Min, Lp.
            var tensors = Enumerable.Range(0, 2000).Select(PoolProgram.Draw).Where(p => p.IsValid && p.Tensor == TensorForm.Valid).ToList();
            Assert.Contains(tensors, p => p.Rank == 1 && p.DeclaredRank == 1);
            Assert.Contains(tensors, p => p.Rank == 3);
            Assert.Contains(tensors, p => p.Rank != 2 && p.Layout == 1);
            Assert.Contains(tensors, p => p.Rank == 2 && p.Layout == 1);
            Assert.All(new[] { "TensorSpan<int>", "TensorSpan<long>" }, type => Assert.Contains(tensors, p => p.HasIndices && p.Indices == type));
            Assert.Contains(tensors, p => p.Element == "Half");
            Assert.Contains(tensors, p => p.SamePadding);
            Assert.Contains(tensors, p => p.Global == true);
            Assert.Contains(tensors, p => p.Kind == 3);
            Assert.Contains(tensors, p => p.Kind == 2);
            Assert.Contains(tensors, p => p.Pads is not null);
            Assert.Contains(tensors, p => p.ClampMin is not null || p.ClampMax is not null);
        }
    }
}
