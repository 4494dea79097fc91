using System;
using System.Linq;

namespace PoolGen.Fuzz.Tests.Regressions
{
    /// <summary>
    /// Minimal reproducers of what the fuzzer found, kept as regular tests (docs/testing.md, "A failure, and
    /// reproducing it"): a <see cref="PoolProgram"/> and the <see cref="RunShape"/> it failed on, run through the same
    /// checks as the fuzzer. The fuzzer has found no generator or kernel bug so far (see docs/testing.md, "Long run");
    /// the cases below pin edge cases it drew, and the shrinker itself.
    /// </summary>
    public sealed class FuzzRegressionTests
    {
        private static void Passes(PoolProgram program, params RunShape[] shapes)
        {
            var failures = FuzzRunner.RunBatch([program], new Outcomes(), shapes.Length == 0 ? null : _ => shapes);
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Select(f => f.Describe())));
        }

        /// <summary>Windows with no tap inside a 1x1 input (dilation 2 over padding 1): negative infinity / MinValue, on both paths.</summary>
        [Theory]
        [InlineData("float")]
        [InlineData("ulong")]
        public void DilatedWindowWithNoTapInside_1x1(string element) =>
            Passes(new PoolProgram { Seed = 1, Element = element, Size = 2, Dilation = 2, Padding = 1, CeilMode = true, HasBatch = true },
                new RunShape(2, 1, 1, 1, 5, false, false, 0, 3));

        /// <summary>Average without padding in the divisor over a dilated empty window: 0/0 = NaN.</summary>
        [Fact]
        public void AverageOfNoTap_IsNaN() =>
            Passes(new PoolProgram { Seed = 2, Kind = 1, Element = "double", Size = 2, Dilation = 2, Padding = 1, CountIncludePad = false },
                new RunShape(1, 1, 1, 1, 5, true, false, 0, 0));

        /// <summary>Byte rows wide enough for the 32-lane Vector256 stride-2 path, with a ragged last vector.</summary>
        [Fact]
        public void WideByteRows_Stride2() =>
            Passes(new PoolProgram { Seed = 3, Element = "byte", Size = 3, Stride = 2, Padding = 1 },
                new RunShape(1, 1, 3, 131, 9, false, false, 1, 1), new RunShape(1, 1, 2, 67, 10, false, true, 0, 0));

        /// <summary>
        /// The tensor form on inputs too low for the window, rank 4 and rank 3: ArgumentException naming input, nothing
        /// written (the 2,000-program run before the long run of the full draw found the harness building an output
        /// tensor too large for its one-element array here).
        /// </summary>
        [Fact]
        public void TensorInputWithoutOutput_IsRejected() =>
            Passes(new PoolProgram { Seed = 5, Element = "double", Size = 2, Width = 127, HasHeight = false, HasWidth = false, Tensor = TensorForm.Valid },
                new RunShape(2, 3, 1, 127, 6, false, true, 0, 0), new RunShape(2, 1, 1, 124, 7, true, false, 0, 0) { TensorUnbatched = true },
                new RunShape(2, 3, 5, 127, 8, true, false, 0, 0) { TensorUnbatched = true });

        /// <summary>Min with int indices over channels-last rank-1 data full of ties and NaNs: the first minimum, the last NaN.</summary>
        [Fact]
        public void MinIndices_Rank1ChannelsLast_TiesAndNaNs() =>
            Passes(new PoolProgram { Seed = 6, Kind = 3, Size = 3, Stride = 2, Padding = 1, Layout = 1, Indices = "Span<int>", HasHeight = false, HasWidth = false, HasLength = true, HasChannels = true },
                new RunShape(1, 3, 1, 17, 9, true, true, 2, 3), new RunShape(1, 2, 1, 1, 10, true, true, 0, 0));

        /// <summary>SAME padding with an odd total (the extra at the end, or at the beginning) on a rank-3 Half average.</summary>
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        public void SamePadding_OddTotal_Rank3HalfAverage(int autoPad) =>
            Passes(new PoolProgram { Seed = 7, Kind = 1, Element = "Half", Size = 2, Stride = 1, AutoPad = autoPad, HasDepth = true, HasChannels = true },
                new RunShape(1, 2, 4, 5, 11, true, true, 0, 1) { Depth = 3 }, new RunShape(1, 1, 1, 1, 12, false, false, 0, 0) { Depth = 1 });

        /// <summary>The shrinker reduces a complicated failing program to the property that makes it fail.</summary>
        [Fact]
        public void TheShrinker_FindsTheMinimalProgram()
        {
            var complicated = new PoolProgram
            {
                Seed = 4, Element = "short", Size = 3, Stride = 2, PaddingW = 1, CeilMode = true,
                HasBatch = true, HasChannels = true, Nested = true, Instance = true,
            };
            var shape = new RunShape(2, 2, 7, 9, 8, false, false, 2, 1);
            // A stand-in for a kernel bug: valid short programs with W padding fail on rows of 4 or more.
            Failure? Fault(PoolProgram p, RunShape? s) =>
                p.IsValid && p.Element == "short" && (p.PaddingW ?? p.Padding ?? 0) > 0 && s is { Width: >= 4 } && s.Height >= PoolProgram.MinimumInput(p, 'H')
                    ? new Failure(p, "run", "injected", s, true)
                    : null;

            Failure? minimal = Shrinker.Shrink(new Failure(complicated, "run", "injected", shape, true), budget: 500, reproduce: Fault);
            Assert.NotNull(minimal);
            Assert.Equal("[Pool(Size = 2, PaddingW = 1)]", minimal.Program.RenderAttribute()); // Size = 1 would make PaddingW = 1 invalid
            Assert.Equal("short", minimal.Program.Element);
            Assert.False(minimal.Program.HasBatch || minimal.Program.HasChannels || minimal.Program.Nested || minimal.Program.Instance);
            Assert.Equal(new RunShape(1, 1, 2, 4, 8, false, true, 0, 0), minimal.Shape);
        }
    }
}
