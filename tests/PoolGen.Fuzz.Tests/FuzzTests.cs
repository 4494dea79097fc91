using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Xunit.Abstractions;

namespace PoolGen.Fuzz.Tests
{
    /// <summary>
    /// The differential fuzzer (docs/testing.md). By default the fast slice: <see cref="FastCount"/> programs from
    /// <see cref="FastSeed"/>. <c>POOLGEN_FUZZ_COUNT</c> and <c>POOLGEN_FUZZ_SEED</c> set the count and the first seed
    /// (program i has seed first + i); <c>POOLGEN_FUZZ_REPORT</c> names a file for the counts per outcome.
    /// </summary>
    public sealed class FuzzTests(ITestOutputHelper output)
    {
        public const int FastCount = 160;
        public const int FastSeed = 1_000_000;

        [Fact]
        public void DrawnPrograms_BehaveAsDocumented()
        {
            int count = Env("POOLGEN_FUZZ_COUNT") ?? FastCount;
            int seed = Env("POOLGEN_FUZZ_SEED") ?? FastSeed;
            var outcomes = new Outcomes();
            var failures = new List<Failure>();
            Timings.Reset();
            var clock = Stopwatch.StartNew();
            for (int start = 0; start < count && failures.Count < 20; start += FuzzRunner.BatchSize)
            {
                var programs = Enumerable.Range(start, Math.Min(FuzzRunner.BatchSize, count - start))
                    .Select(i => PoolProgram.Draw(unchecked(seed + i)))
                    .ToList();
                failures.AddRange(FuzzRunner.RunBatch(programs, outcomes));
            }

            clock.Stop();
            string summary = $"{count} programs from seed {seed} in {clock.Elapsed.TotalSeconds:0.0} s ({DateTime.UtcNow:yyyy-MM-dd}):{Environment.NewLine}{outcomes}{Environment.NewLine}time: {Timings.Summary()}";
            output.WriteLine(summary);
            if (Environment.GetEnvironmentVariable("POOLGEN_FUZZ_REPORT") is { Length: > 0 } report)
            {
                File.WriteAllText(report, summary + Environment.NewLine + string.Join(Environment.NewLine, failures.Select(f => f.Describe())));
            }

            if (failures.Count > 0)
            {
                var message = new StringBuilder();
                message.AppendLine(CultureInfo.InvariantCulture, $"{failures.Count} failure(s); reproduce one with POOLGEN_FUZZ_SEED=<seed> POOLGEN_FUZZ_COUNT=1.");
                foreach (Failure failure in failures.Take(3))
                {
                    message.AppendLine(failure.Describe());
                    Failure? minimal = Shrinker.Shrink(failure);
                    message.AppendLine(minimal is null
                        ? "(does not fail alone: it needs the rest of its batch)"
                        : "minimal reproducer:" + Environment.NewLine + minimal.Describe());
                }

                Assert.Fail(message.ToString());
            }
        }

        /// <summary>Large windows, strides and dilations (<see cref="PoolProgram.DrawStress"/>): fewer programs, larger kernels.</summary>
        [Fact]
        public void StressPrograms_BehaveAsDocumented()
        {
            int count = Env("POOLGEN_FUZZ_STRESS_COUNT") ?? 40;
            int seed = Env("POOLGEN_FUZZ_SEED") ?? FastSeed;
            var outcomes = new Outcomes();
            var failures = new List<Failure>();
            for (int start = 0; start < count && failures.Count < 20; start += FuzzRunner.BatchSize)
            {
                var programs = Enumerable.Range(start, Math.Min(FuzzRunner.BatchSize, count - start))
                    .Select(i => PoolProgram.DrawStress(unchecked(seed + i)))
                    .ToList();
                failures.AddRange(FuzzRunner.RunBatch(programs, outcomes, p => FuzzRunner.DrawShapes(p, count: 2)));
            }

            output.WriteLine(outcomes.ToString());
            Assert.True(outcomes["valid"] > count / 2, outcomes.ToString());
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(3).Select(f => f.Describe())));
        }

        /// <summary>Adaptive programs (<see cref="PoolProgram.DrawAdaptive"/>): every kind, layout, rank and element type with OutputSize*.</summary>
        [Fact]
        public void AdaptivePrograms_BehaveAsDocumented()
        {
            int count = Env("POOLGEN_FUZZ_ADAPTIVE_COUNT") ?? 96;
            int seed = Env("POOLGEN_FUZZ_SEED") ?? FastSeed;
            var outcomes = new Outcomes();
            var failures = new List<Failure>();
            for (int start = 0; start < count && failures.Count < 20; start += FuzzRunner.BatchSize)
            {
                var programs = Enumerable.Range(start, Math.Min(FuzzRunner.BatchSize, count - start))
                    .Select(i => PoolProgram.DrawAdaptive(unchecked(seed + i)))
                    .ToList();
                failures.AddRange(FuzzRunner.RunBatch(programs, outcomes));
            }

            output.WriteLine(outcomes.ToString());
            Assert.True(outcomes["valid"] > count / 4, outcomes.ToString()); // A quarter of the full draw is invalid on purpose, and a quarter of these.
            Assert.True(outcomes["invalid PG0053"] > 0 && outcomes["invalid PG0054"] > 0, outcomes.ToString());
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(3).Select(f => f.Describe())));
        }

        private static int? Env(string name) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;
    }
}
