using System;
using System.Collections.Generic;
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
                string context = $"{what}; {(Vectorize ? "vector" : "scalar")} path; {p}";
                Assert.True(thrown is TException, $"{context}: expected {typeof(TException).Name}, got {thrown?.ToString() ?? "no exception"}");
                Assert.Equal(param, ((ArgumentException)thrown!).ParamName);
                if (messagePart is not null)
                {
                    Assert.Contains(messagePart, thrown.Message, StringComparison.Ordinal);
                }

                Assert.True(FuzzRunner.Same<T>(buffer, before), $"{context}: the call threw but changed the buffer (canaries, input or output)");
            }
        }

        private sealed class TooShort : Scenario
        {
            public override void Run<T>(PoolProgram p, int index)
            {
                Entry<T> entry = Kernels.Entry<T>(index, Vectorize);
                RunShape shape = KernelSet.ValidShape(p, 11);
                (int n, int c, int h, int w) = FuzzRunner.Effective(p, shape);
                PoolSpec spec = p.ToSpec();
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
                    // The general kernel (docs/semantics.md, "Run-time checks") checks each spatial parameter against
                    // int.MaxValue - 2e - s - 1 before the input's length; the 2D kernels check the input first.
                    string? tooLarge = null;
                    if (p.NeedsGeneral && p.Global != true)
                    {
                        foreach ((char axis, string name, bool has, int value) in new[] { ('H', "height", p.HasHeight, d.H), ('W', "width", p.HasWidth, d.W) })
                        {
                            PoolProgram.Axis a = p.Resolve(axis, new List<string>())!;
                            if (tooLarge is null && has && value > int.MaxValue - (2 * a.Effective) - a.Stride - 1)
                            {
                                tooLarge = name;
                            }
                        }
                    }

                    if (tooLarge is not null)
                    {
                        ExpectThrow<T, ArgumentOutOfRangeException>(p, entry, buffer, at, input.Length, to, input.Length, d, tooLarge, null, $"huge dimensions {d}");
                    }
                    else
                    {
                        ExpectThrow<T, ArgumentException>(p, entry, buffer, at, input.Length, to, input.Length, d, "input", "holds", $"huge dimensions {d}");
                    }

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
                PoolSpec spec = p.ToSpec();
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
                PoolSpec spec = p.ToSpec();
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
