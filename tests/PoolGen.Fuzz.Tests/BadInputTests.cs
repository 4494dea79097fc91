using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;

namespace PoolGen.Fuzz.Tests
{
    /// <summary>
    /// Bad run-time input to generated kernels, with guard regions: input and output live in ONE array, each between
    /// canaries (<c>[canaries][input][canaries][output][canaries]</c>). Every call, including every call that throws,
    /// must leave the canaries and the input unchanged, and a call that throws must leave the output unchanged too.
    /// </summary>
    public sealed class BadInputTests(KernelSet kernels) : IClassFixture<KernelSet>
    {
        private const int Guard = 24;

        public static TheoryData<int, bool> All => KernelSet.All();

        [Theory]
        [MemberData(nameof(All))]
        public void SpansOneElementTooShort_ThrowAndTouchNothing(int index, bool vectorize) =>
            Run(index, vectorize, new TooShort());

        [Theory]
        [MemberData(nameof(All))]
        public void ZeroNegativeAndOverflowingDimensions_ThrowAndTouchNothing(int index, bool vectorize) =>
            Run(index, vectorize, new BadDimensions());

        [Theory]
        [MemberData(nameof(All))]
        public void OverlappingInputAndOutput_ThrowAndTouchNothing(int index, bool vectorize) =>
            Run(index, vectorize, new Overlap());

        [Theory]
        [MemberData(nameof(All))]
        public void AdjacentSpansAndSpansOverlappingOnlyInUnusedTails_AreFine(int index, bool vectorize) =>
            Run(index, vectorize, new Adjacent());

        public static TheoryData<int, bool> AllFull => KernelSet.AllFull();

        /// <summary>
        /// The kernels of <see cref="KernelSet.PickedFull"/> (indices, ranks 1 and 3; the tensor kernel has its own test):
        /// input, output or indices one element short or empty, the indices over the input or the output, and each
        /// dimension parameter at 0, -1 and <c>int.MinValue</c>: the exception names the span or the dimension and the
        /// whole array (canaries, input, output, indices) is unchanged; the exact lengths work and write only the output
        /// and the indices, which match the reference.
        /// </summary>
        [Theory]
        [MemberData(nameof(AllFull))]
        public void IndicesAndRanks_ShortOrOverlappingSpansAndBadDimensions_ThrowAndTouchNothing(int index, bool vectorize)
        {
            if (kernels.Programs[index].Tensor == TensorForm.Valid)
            {
                return; // TensorKernel_WrongShapes_ThrowAndTouchNothing
            }

            Run(index, vectorize, new FullSpans());
        }

        /// <summary>
        /// The tensor kernel: an input of rank 2, an output of another rank or with lengths other than the pooled shape, a
        /// spatial length too small for the window: <c>ArgumentException</c> naming the tensor, both arrays unchanged; the
        /// right lengths work, on rank 4 and rank 3, and match the reference.
        /// </summary>
        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void TensorKernel_WrongShapes_ThrowAndTouchNothing(bool vectorize)
        {
            int index = KernelSet.FullStart + Array.FindIndex(KernelSet.PickedFull, p => p.Tensor == TensorForm.Valid);
            PoolProgram p = kernels.Programs[index];
            TensorKernel<float> tensor = kernels.Tensor<float>(index, vectorize);
            float[] input = TestData.Random<float>(3, (2 * Guard) + (2 * 3 * 8 * 8), false, false);
            float[] output = TestData.Random<float>(5, (2 * Guard) + (2 * 3 * 4 * 4), false, false); // (the pooled 8x8 is 3x3)

            void Expect(string param, nint[] inputLengths, nint[] outputLengths, string what)
            {
                float[] inputBefore = (float[])input.Clone(), outputBefore = (float[])output.Clone();
                Exception? thrown = Record.Exception(() => tensor(
                    new System.Numerics.Tensors.ReadOnlyTensorSpan<float>(input, Guard, inputLengths, default),
                    new System.Numerics.Tensors.TensorSpan<float>(output, Guard, outputLengths, default)));
                Assert.True(thrown is ArgumentException, $"{what}: expected ArgumentException, got {thrown?.ToString() ?? "no exception"}");
                Assert.Equal(param, ((ArgumentException)thrown!).ParamName);
                Assert.True(FuzzRunner.Same<float>(input, inputBefore) && FuzzRunner.Same<float>(output, outputBefore), $"{what}: the call threw but changed an array");
            }

            Expect("input", [24, 8], [9, 3], "input of rank 2");
            Expect("output", [2, 3, 8, 8], [3, 3, 3], "output of rank 3 for an input of rank 4");
            Expect("output", [2, 3, 8, 8], [2, 3, 3, 4], "output one column too wide");
            Expect("output", [2, 3, 8, 8], [2, 3, 2, 3], "output one row short");
            Expect("output", [3, 8, 8], [2, 3, 3], "rank 3: output channels wrong");
            Expect("input", [2, 3, 2, 8], [2, 3, 1, 3], "input two rows high (the window needs 3)");

            foreach (nint[] lengths in new nint[][] { [2, 3, 8, 8], [3, 8, 8] })
            {
                int count = (int)lengths.Aggregate((nint)1, (x, y) => x * y);
                int planes = count / 64;
                float[] data = input.AsSpan(Guard, count).ToArray();
                float[] before = (float[])output.Clone();
                nint[] outLengths = lengths.Length == 4 ? [2, 3, 3, 3] : [3, 3, 3];
                tensor(new System.Numerics.Tensors.ReadOnlyTensorSpan<float>(input, Guard, lengths, default), new System.Numerics.Tensors.TensorSpan<float>(output, Guard, outLengths, default));
                Compare.Bitwise<float>(FuzzRunner.Reference<float>(p, data, lengths.Length == 4 ? 2 : 1, 3, 8, 8), output.AsSpan(Guard, planes * 9), $"rank {lengths.Length}");
                Assert.True(FuzzRunner.Same<float>(output.AsSpan(0, Guard), before.AsSpan(0, Guard)) && FuzzRunner.Same<float>(output.AsSpan(Guard + (planes * 9)), before.AsSpan(Guard + (planes * 9))), $"rank {lengths.Length}: a write outside the output");
            }
        }

        private void Run(int index, bool vectorize, Scenario scenario)
        {
            scenario.Kernels = kernels;
            scenario.Vectorize = vectorize;
            Elements.Dispatch(kernels.Programs[index], index, scenario);
        }

        private abstract class Scenario : IElementAction
        {
            public KernelSet Kernels = null!;
            public bool Vectorize;

            public abstract void Run<T>(PoolProgram program, int index)
                where T : unmanaged, INumber<T>;

            /// <summary>One array: guard, input (n), guard, output (m), guard; returns it with the two offsets.</summary>
            protected static (T[] Buffer, int In, int Out) Layout<T>(T[] input, int outputLength, int seed)
                where T : unmanaged, INumber<T>
            {
                T[] buffer = TestData.Random<T>(seed, (3 * Guard) + input.Length + outputLength, specials: false, ties: false);
                input.CopyTo(buffer, Guard);
                return (buffer, Guard, (2 * Guard) + input.Length);
            }

            /// <summary>Calls and expects <typeparamref name="TException"/> naming <paramref name="param"/>, with the whole buffer unchanged.</summary>
            protected void ExpectThrow<T, TException>(PoolProgram p, Entry<T> entry, T[] buffer, int aStart, int aLength, int bStart, int bLength, (int N, int C, int H, int W) dims, string param, string? messagePart, string what)
                where T : unmanaged, INumber<T>
                where TException : ArgumentException
            {
                T[] before = (T[])buffer.Clone();
                Exception? thrown = Record.Exception(() => entry(buffer, aStart, aLength, buffer, bStart, bLength, dims.N, dims.C, dims.H, dims.W));
                AssertRejected<T, TException>(thrown, buffer, before, param, messagePart, $"{what}; {(Vectorize ? "vector" : "scalar")} path; {p}", "buffer (canaries, input or output)");
            }

            /// <summary>The call threw <typeparamref name="TException"/> naming <paramref name="param"/>, and <paramref name="buffer"/> is as it was.</summary>
            protected static void AssertRejected<T, TException>(Exception? thrown, T[] buffer, T[] before, string param, string? messagePart, string context, string what)
                where T : unmanaged, INumber<T>
                where TException : ArgumentException
            {
                Assert.True(thrown is TException, $"{context}: expected {typeof(TException).Name}, got {thrown?.ToString() ?? "no exception"}");
                Assert.Equal(param, ((ArgumentException)thrown!).ParamName);
                if (messagePart is not null)
                {
                    Assert.Contains(messagePart, thrown.Message, StringComparison.Ordinal);
                }

                Assert.True(FuzzRunner.Same<T>(buffer, before), $"{context}: the call threw but changed the {what}");
            }
        }

        /// <summary>One array for everything: guard, input, guard, output, guard, indices (T is the index type), guard.</summary>
        private sealed class FullSpans : Scenario
        {
            public override void Run<T>(PoolProgram p, int index)
            {
                Kernel<T> kernel = Kernels.Kernel<T>(index, Vectorize);
                var shape = new RunShape(2, 3, PoolProgram.MinimumInput(p, 'H') + 3, PoolProgram.MinimumInput(p, p.Rank == 1 ? 'L' : 'W') + 5, 11, false, false, 0, 0)
                {
                    Depth = PoolProgram.MinimumInput(p, 'D') + 2,
                };
                (int n, int c, int[] spatial) = FuzzRunner.Dims(p, shape);
                int inputLength = n * c * spatial.Aggregate(1, (x, y) => x * y);
                int outputLength = n * c * p.SpatialAxes.Select((a, i) => p.OutputSizeOf(a, spatial[i])).Aggregate(1, (x, y) => x * y);
                bool indices = p.HasIndices;
                T[] input = TestData.Random<T>(3, inputLength, false, true);
                T[] buffer = TestData.Random<T>(5, (4 * Guard) + inputLength + (2 * outputLength), false, false);
                input.CopyTo(buffer, Guard);
                int at = Guard, to = (2 * Guard) + inputLength, ixAt = (3 * Guard) + inputLength + outputLength;
                Assert.True(!indices || typeof(T) == typeof(int) == p.IntIndices, "the indices share the data's array: the same type");
                Array? ix = indices ? buffer : null;

                void Expect<TException>(int aStart, int aLength, int bStart, int bLength, int ixStart, int ixLength, (int N, int C, int D, int H, int W) d, string param, string? messagePart, string what)
                    where TException : ArgumentException
                {
                    T[] before = (T[])buffer.Clone();
                    Exception? thrown = Record.Exception(() => kernel(buffer, aStart, aLength, buffer, bStart, bLength, ix, ixStart, ixLength, d.N, d.C, d.D, d.H, d.W));
                    AssertRejected<T, TException>(thrown, buffer, before, param, messagePart, $"{what}; {(Vectorize ? "vector" : "scalar")} path; {p}", "array (canaries, input, output or indices)");
                }

                var dims = (N: shape.Batch, C: shape.Channels, D: shape.Depth, H: shape.Height, W: shape.Width);
                Expect<ArgumentException>(at, inputLength - 1, to, outputLength, ixAt, outputLength, dims, "input", $"holds {inputLength - 1} elements", "input one element short");
                Expect<ArgumentException>(at, inputLength, to, outputLength - 1, ixAt, outputLength, dims, "output", $"holds {outputLength - 1} elements", "output one element short");
                Expect<ArgumentException>(at, 0, to, outputLength, ixAt, outputLength, dims, "input", "holds 0 elements", "empty input");
                Expect<ArgumentException>(at, inputLength, to, 0, ixAt, outputLength, dims, "output", "holds 0 elements", "empty output");
                if (indices)
                {
                    Expect<ArgumentException>(at, inputLength, to, outputLength, ixAt, outputLength - 1, dims, "indices", $"holds {outputLength - 1} elements", "indices one element short");
                    Expect<ArgumentException>(at, inputLength, to, outputLength, ixAt, 0, dims, "indices", "holds 0 elements", "empty indices");
                    foreach ((int start, string what) in new[]
                    {
                        (at, "indices over the input's start"),
                        (at + inputLength - 1, "indices starting on the input's last element"),
                        (at - outputLength + 1, "indices ending on the input's first element"),
                        (to, "indices over the output"),
                        (to + outputLength - 1, "indices starting on the output's last element"),
                    })
                    {
                        if (start >= 0)
                        {
                            Expect<ArgumentException>(at, inputLength, to, outputLength, start, outputLength, dims, "indices", "overlaps", what);
                        }
                    }
                }

                foreach ((_, string name, _) in p.DimensionParameters())
                {
                    foreach (int bad in new[] { 0, -1, int.MinValue })
                    {
                        var d = name switch
                        {
                            "batch" => dims with { N = bad },
                            "channels" => dims with { C = bad },
                            "depth" => dims with { D = bad },
                            "height" => dims with { H = bad },
                            _ => dims with { W = bad }, // width, or a rank-1 length
                        };
                        Expect<ArgumentOutOfRangeException>(at, inputLength, to, outputLength, ixAt, outputLength, d, name, null, $"{name} = {bad}");
                    }
                }

                // The exact lengths work: only the output and the indices change, and they match the reference.
                T[] untouched = (T[])buffer.Clone();
                kernel(buffer, at, inputLength, buffer, to, outputLength, ix, ixAt, outputLength, dims.N, dims.C, dims.D, dims.H, dims.W);
                Assert.True(FuzzRunner.Same<T>(buffer.AsSpan(0, to), untouched.AsSpan(0, to)), "exact lengths: the call changed memory before the output");
                Assert.True(FuzzRunner.Same<T>(buffer.AsSpan(to + outputLength, Guard), untouched.AsSpan(to + outputLength, Guard)), "exact lengths: the call changed the guard between output and indices");
                Assert.True(FuzzRunner.Same<T>(buffer.AsSpan(ixAt + outputLength), untouched.AsSpan(ixAt + outputLength)), "exact lengths: the call changed memory after the indices");
                T[] expected = FuzzRunner.Reference<T>(p, input, n, c, spatial);
                Compare.Bitwise<T>(expected, buffer.AsSpan(to, outputLength), p.ToString()); // (the average's data are multiples of 0.25: exact sums)

                if (indices)
                {
                    long[] expectedIndices = FuzzRunner.ReferenceIndices<T>(p, input, n, c, spatial);
                    Assert.Equal(expectedIndices, buffer.AsSpan(ixAt, outputLength).ToArray().Select(long.CreateChecked));
                }
                else
                {
                    Assert.True(FuzzRunner.Same<T>(buffer.AsSpan(ixAt, outputLength), untouched.AsSpan(ixAt, outputLength)), "a kernel without indices changed the indices' region");
                }
            }
        }

        private sealed class TooShort : Scenario
        {
            public override void Run<T>(PoolProgram p, int index)
            {
                Entry<T> entry = Kernels.Entry<T>(index, Vectorize);
                RunShape shape = KernelSet.ValidShape(p, 11);
                (int n, int c, int h, int w) = FuzzRunner.Effective(p, shape);
                PoolSpecND spec = p.ToSpecND([h, w]);
                int inputLength = n * c * h * w;
                int outputLength = n * c * p.OutputSizeOf('H', h) *
                    p.OutputSizeOf('W', w);
                T[] input = TestData.Random<T>(3, inputLength, false, false);
                var dims = (shape.Batch, shape.Channels, shape.Height, shape.Width);

                (T[] buffer, int at, int to) = Layout(input, outputLength, 5);
                ExpectThrow<T, ArgumentException>(p, entry, buffer, at, inputLength - 1, to, outputLength, dims, "input", $"holds {inputLength - 1} elements", "input one element short");
                ExpectThrow<T, ArgumentException>(p, entry, buffer, at, inputLength, to, outputLength - 1, dims, "output", $"holds {outputLength - 1} elements", "output one element short");
                ExpectThrow<T, ArgumentException>(p, entry, buffer, at, 0, to, outputLength, dims, "input", "holds 0 elements", "empty input");
                ExpectThrow<T, ArgumentException>(p, entry, buffer, at, inputLength, to, 0, dims, "output", "holds 0 elements", "empty output");

                // And the exact lengths work, writing exactly the output.
                T[] before = (T[])buffer.Clone();
                entry(buffer, at, inputLength, buffer, to, outputLength, dims.Batch, dims.Channels, dims.Height, dims.Width);
                Assert.True(FuzzRunner.Same<T>(buffer.AsSpan(0, to), before.AsSpan(0, to)), "exact lengths: the call changed memory before the output");
                Assert.True(FuzzRunner.Same<T>(buffer.AsSpan(to + outputLength), before.AsSpan(to + outputLength)), "exact lengths: the call changed memory after the output");
                T[] expected = FuzzRunner.Reference<T>(p, input, n, c, h, w);
                if (spec.Kind is PoolKind.Max or PoolKind.Min)
                {
                    Compare.Bitwise<T>(expected, buffer.AsSpan(to, outputLength), p.ToString());
                }
            }
        }

        private sealed class BadDimensions : Scenario
        {
            public override void Run<T>(PoolProgram p, int index)
            {
                Entry<T> entry = Kernels.Entry<T>(index, Vectorize);
                RunShape shape = KernelSet.ValidShape(p, 13);
                (int n, int c, int h, int w) = FuzzRunner.Effective(p, shape);
                T[] input = TestData.Random<T>(3, n * c * h * w, false, false);
                (T[] buffer, int at, int to) = Layout(input, input.Length, 7);
                var dims = (N: shape.Batch, C: shape.Channels, H: shape.Height, W: shape.Width);
                int calls = 0;

                foreach ((string name, bool present) in new[] { ("batch", p.HasBatch), ("channels", p.HasChannels), ("height", p.HasHeight), ("width", p.HasWidth) })
                {
                    if (!present)
                    {
                        continue;
                    }

                    foreach (int bad in new[] { 0, -1, int.MinValue })
                    {
                        var d = name switch
                        {
                            "batch" => dims with { N = bad },
                            "channels" => dims with { C = bad },
                            "height" => dims with { H = bad },
                            _ => dims with { W = bad },
                        };
                        ExpectThrow<T, ArgumentOutOfRangeException>(p, entry, buffer, at, input.Length, to, input.Length, d, name, null, $"{name} = {bad}");
                        calls++;
                    }
                }

                // Products that overflow int (and, for two int.MaxValue factors with the plane, long arithmetic done
                // carelessly): the input check must name the input, never index out of the span.
                var huge = new List<(int N, int C, int H, int W)>();
                if (p.HasBatch && p.HasChannels) huge.Add(dims with { N = int.MaxValue, C = int.MaxValue });
                if (p.HasBatch) huge.Add(dims with { N = int.MaxValue });
                if (p.HasChannels) huge.Add(dims with { C = (int.MaxValue / 2) + 1 });
                if (p.HasHeight && p.HasWidth) huge.Add(dims with { H = int.MaxValue - 8, W = int.MaxValue - 8 });
                if (p.HasHeight && p.HasWidth) huge.Add(dims with { H = 65_536, W = 65_536 }); // exactly 2^32: wraps to 0 in int
                if (p.HasWidth) huge.Add(dims with { W = int.MaxValue - 8 });
                foreach (var d in huge)
                {
                    // Every kernel (docs/semantics.md, "Run-time checks") checks the input's length before the size cap: no
                    // array is long enough for these sizes, so the input span is the error.
                    ExpectThrow<T, ArgumentException>(p, entry, buffer, at, input.Length, to, input.Length, d, "input", "holds", $"huge dimensions {d}");

                    calls++;
                }

                if (calls == 0)
                {
                    // A fully fixed shape has no dimension to get wrong; its spans are checked by TooShort.
                    Assert.False(p.HasBatch || p.HasChannels || p.HasHeight || p.HasWidth);
                }
            }
        }

        private sealed class Overlap : Scenario
        {
            public override void Run<T>(PoolProgram p, int index)
            {
                Entry<T> entry = Kernels.Entry<T>(index, Vectorize);
                RunShape shape = KernelSet.ValidShape(p, 17);
                (int n, int c, int h, int w) = FuzzRunner.Effective(p, shape);
                int inputLength = n * c * h * w;
                int outputLength = n * c * p.OutputSizeOf('H', h) *
                    p.OutputSizeOf('W', w);
                var dims = (shape.Batch, shape.Channels, shape.Height, shape.Width);
                T[] input = TestData.Random<T>(3, inputLength, false, false);
                (T[] buffer, int at, _) = Layout(input, inputLength + outputLength, 9);

                // In place, output inside the input, output starting on the input's last element, output ending on its first.
                foreach ((int start, string what) in new[]
                {
                    (at, "output at the input's start (in place)"),
                    (at + (inputLength / 2), "output starting inside the input"),
                    (at + inputLength - 1, "output starting on the input's last element"),
                    (at - outputLength + 1, "output ending on the input's first element"),
                })
                {
                    if (start < 0)
                    {
                        continue;
                    }

                    ExpectThrow<T, ArgumentException>(p, entry, buffer, at, inputLength, start, outputLength, dims, "output", "overlaps", what);
                }
            }
        }

        private sealed class Adjacent : Scenario
        {
            public override void Run<T>(PoolProgram p, int index)
            {
                Entry<T> entry = Kernels.Entry<T>(index, Vectorize);
                RunShape shape = KernelSet.ValidShape(p, 19);
                (int n, int c, int h, int w) = FuzzRunner.Effective(p, shape);
                int inputLength = n * c * h * w;
                int outputLength = n * c * p.OutputSizeOf('H', h) *
                    p.OutputSizeOf('W', w);
                var dims = (shape.Batch, shape.Channels, shape.Height, shape.Width);
                T[] input = TestData.Random<T>(3, inputLength, false, true);
                T[] expected = FuzzRunner.Reference<T>(p, input, n, c, h, w);

                // The output right after the input, and an input span longer than the input so that its unused tail
                // is the output: only the elements the kernel reads and writes must not overlap.
                foreach (int slack in new[] { 0, outputLength + 3 })
                {
                    T[] buffer = TestData.Random<T>(23, (2 * Guard) + inputLength + outputLength + 3, false, false);
                    input.CopyTo(buffer, Guard);
                    T[] before = (T[])buffer.Clone();
                    int to = Guard + inputLength;
                    entry(buffer, Guard, inputLength + slack, buffer, to, outputLength, dims.Batch, dims.Channels, dims.Height, dims.Width);
                    Assert.True(FuzzRunner.Same<T>(buffer.AsSpan(0, to), before.AsSpan(0, to)), $"slack {slack}: the call changed the input or the guard before it");
                    Assert.True(FuzzRunner.Same<T>(buffer.AsSpan(to + outputLength), before.AsSpan(to + outputLength)), $"slack {slack}: the call wrote past the output");
                    if (p.Kind == 2)
                    {
                        Compare.Close<T>(expected, buffer.AsSpan(to, outputLength), typeof(T) == typeof(float) ? 1e-5 : 1e-12, $"slack {slack}: {p}"); // Lp
                    }
                    else
                    {
                        Compare.Bitwise<T>(expected, buffer.AsSpan(to, outputLength), $"slack {slack}: {p}");
                    }
                }
            }
        }
    }
}
