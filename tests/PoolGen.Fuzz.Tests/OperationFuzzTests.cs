using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using PoolGen.Testing;
using Xunit.Abstractions;

namespace PoolGen.Fuzz.Tests
{
    /// <summary>
    /// The fuzzer's stream of backward passes and max unpooling (docs/testing.md): programs drawn from
    /// <see cref="OperationProgram.Draw"/>, every rank, layout, window (or adaptive, or global) and index type, a quarter of
    /// them with one flaw whose diagnostic id is known. Each batch is generated on the vector and the scalar path; a valid
    /// program must compile without any warning and give <see cref="PoolOperatorsReference"/>'s results bit for bit on
    /// drawn shapes (random indices, with repeats), an invalid one must get exactly its id.
    /// <c>POOLGEN_FUZZ_OPERATION_COUNT</c> sets the count, <c>POOLGEN_FUZZ_SEED</c> the first seed.
    /// </summary>
    public sealed class OperationFuzzTests(ITestOutputHelper output)
    {
        [Fact]
        public void OperationPrograms_BehaveAsDocumented()
        {
            int count = Env("POOLGEN_FUZZ_OPERATION_COUNT") ?? 96;
            int seed = Env("POOLGEN_FUZZ_SEED") ?? FuzzTests.FastSeed;
            var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var failures = new List<string>();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (int start = 0; start < count && failures.Count < 20; start += FuzzRunner.BatchSize)
            {
                var programs = Enumerable.Range(start, Math.Min(FuzzRunner.BatchSize, count - start)).Select(i => OperationProgram.Draw(unchecked(seed + i))).ToList();
                foreach (bool vectorize in new[] { true, false })
                {
                    RunBatch(programs, vectorize, outcomes, failures);
                }
            }

            string summary = $"{count} operation programs from seed {seed} in {clock.Elapsed.TotalSeconds:0.0} s: " +
                string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"));
            output.WriteLine(summary);
            Assert.True(outcomes.GetValueOrDefault("valid") > count / 2, summary);
            Assert.True(failures.Count == 0, summary + Environment.NewLine + string.Join(Environment.NewLine, failures.Take(5)));
        }

        private static void RunBatch(List<OperationProgram> programs, bool vectorize, SortedDictionary<string, int> outcomes, List<string> failures)
        {
            var compilation = FuzzCompiler.Create(programs.Select((p, i) => p.Render(i)).ToList());
            GeneratorRun run = FuzzCompiler.Run(compilation, vectorize);
            if (run.Result.Exception is not null)
            {
                failures.Add($"the generator threw: {run.Result.Exception}");
                return;
            }

            string path = vectorize ? "vector" : "scalar";
            for (int i = 0; i < programs.Count; i++)
            {
                OperationProgram p = programs[i];
                string[] ids = run.Diagnostics.Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal) && d.Location.SourceTree?.FilePath == $"P{i}.cs").Select(d => d.Id).Distinct().ToArray();
                string expected = p.ExpectedId ?? "none";
                if (!(p.ExpectedId is null ? ids.Length == 0 : ids.SequenceEqual([p.ExpectedId])))
                {
                    failures.Add($"seed {p.Seed} ({path}): expected {expected}, reported [{string.Join(", ", ids)}]\n{p.Render(i)}");
                }
                else if (vectorize)
                {
                    outcomes[p.ExpectedId is null ? "valid" : "invalid " + p.ExpectedId] = outcomes.GetValueOrDefault(p.ExpectedId is null ? "valid" : "invalid " + p.ExpectedId) + 1;
                }
            }

            // The valid programs alone: they must compile without a warning and match the reference.
            var valid = programs.Where(p => p.ExpectedId is null).ToList();
            if (valid.Count == 0)
            {
                return;
            }

            GeneratorRun validRun = FuzzCompiler.Run(FuzzCompiler.Create(valid.Select((p, i) => p.Render(i)).ToList()), vectorize);
            using LoadedAssembly? assembly = FuzzCompiler.Load(validRun.Compilation, out IReadOnlyList<Diagnostic> emitted);
            var warnings = emitted.Concat(validRun.Diagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            if (assembly is null || warnings.Count > 0)
            {
                failures.Add($"{path}: the valid programs of seeds {string.Join(", ", valid.Select(p => p.Seed))} do not compile cleanly: {string.Join(Environment.NewLine, warnings.Take(5))}");
                return;
            }

            for (int i = 0; i < valid.Count; i++)
            {
                MethodInfo entry = assembly.Assembly.GetType($"Fuzz.Op{i}", throwOnError: true)!.GetMethod("Run")!;
                string? problem = valid[i].Element switch
                {
                    "float" => Check<float>(valid[i], entry),
                    "double" => Check<double>(valid[i], entry),
                    "short" => Check<short>(valid[i], entry),
                    _ => Check<int>(valid[i], entry),
                };
                if (problem is not null)
                {
                    failures.Add($"seed {valid[i].Seed} ({path}): {problem}\n{valid[i].Render(i)}");
                }
            }
        }

        /// <summary>Two drawn shapes through the kernel (in its layout) and the reference (channels first); null when they agree.</summary>
        private static string? Check<T>(OperationProgram p, MethodInfo entry)
            where T : unmanaged, INumber<T>
        {
            var run = entry.CreateDelegate<Action<T[], long[], T[], int, int, int[]>>();
            var r = new Random(p.Seed ^ 0x51ed270b);
            for (int shape = 0; shape < 2; shape++)
            {
                int batch = r.Next(1, 3), channels = r.Next(1, 6);
                int[] spatial = p.Axes.Select(a => p.OutputSize > 0 ? r.Next(1, 12) : (int)a.Effective - (2 * a.Padding) + r.Next(Math.Max(0, (2 * a.Padding) - (int)a.Effective + 1), 2 * a.Padding + 9)).ToArray();
                spatial = spatial.Select(n => Math.Max(1, n)).ToArray();
                PoolSpecND spec = p.Spec();
                int[] pooledSpatial;
                try
                {
                    pooledSpatial = p.OutputSize > 0 ? Enumerable.Repeat(p.OutputSize, p.Rank).ToArray() : PoolReference.OutputShape(spec.Global ? spec.ForShape(spatial) : spec, spatial);
                }
                catch (ArgumentException)
                {
                    continue; // A size with no output: the kernel's checks are the bad-input tests' business.
                }

                int pooledCount = batch * channels * pooledSpatial.Aggregate(1, (a, b) => a * b);
                long plane = spatial.Aggregate(1L, (a, b) => a * b);
                T[] values = TestData.Random<T>(p.Seed + shape, pooledCount, specials: false, ties: true);
                long[] indices = Enumerable.Range(0, pooledCount).Select(_ => r.NextInt64(plane)).ToArray();
                T[] expected = p.Operation switch
                {
                    "unpool" => PoolOperatorsReference.MaxUnpoolND<T>(values, indices, batch, channels, pooledSpatial, spatial),
                    "max" or "min" => PoolOperatorsReference.MaxPoolBackwardND<T>(values, indices, batch, channels, pooledSpatial, spatial),
                    _ when p.OutputSize > 0 => PoolOperatorsReference.AdaptiveAveragePoolBackwardND<T>(values, batch, channels, spatial, pooledSpatial),
                    _ => PoolOperatorsReference.AveragePoolBackwardND<T>(spec, values, batch, channels, spatial),
                };
                T[] pooled = p.ChannelsLast ? Layouts.ToChannelsLast<T>(values, batch, channels, pooledSpatial) : values;
                long[] ordered = IndexOrderReference.FromPlane(indices, p.IndexOrder, batch, channels, spatial, pooledSpatial);
                long[] index = p.ChannelsLast ? Layouts.ToChannelsLast<long>(ordered, batch, channels, pooledSpatial) : ordered;
                var full = new T[expected.Length + 3];
                full.AsSpan().Fill(T.CreateChecked(-3));
                run(pooled, index, full, batch, channels, spatial);
                if (full[^3..].Any(v => v != T.CreateChecked(-3)))
                {
                    return "wrote past the end of the span";
                }

                T[] actual = full[..expected.Length];
                actual = p.ChannelsLast ? Layouts.ToChannelsFirst<T>(actual, batch, channels, spatial) : actual;
                for (int i = 0; i < expected.Length; i++)
                {
                    bool same = T.IsNaN(expected[i]) ? T.IsNaN(actual[i]) : expected[i] == actual[i] && (T.IsNegative(expected[i]) == T.IsNegative(actual[i]));
                    if (!same)
                    {
                        return $"[{batch}, {channels}, {string.Join(", ", spatial)}]: element {i} is {actual[i]}, the reference gives {expected[i]}";
                    }
                }
            }

            return null;
        }

        private static int? Env(string name) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;
    }

    /// <summary>One drawn backward or unpooling method.</summary>
    public sealed record OperationProgram(int Seed, string Operation, int Rank, bool ChannelsLast, string Element, string IndexType, OperationProgram.Axis[] Axes)
    {
        public sealed record Axis(int Kernel, int Stride, int Padding, int Dilation)
        {
            public long Effective => ((long)Dilation * (Kernel - 1)) + 1;
        }

        public bool CeilMode { get; init; }

        public bool CountIncludePad { get; init; } = true;

        public int DivisorOverride { get; init; }

        public int OutputSize { get; init; }

        public bool Global { get; init; }

        public bool Parallel { get; init; }

        /// <summary>
        /// The order the indices are read in (max/min backward and unpooling; IndexOrder written unless Plane). Drawn from a
        /// stream of its own, so that the programs of the other draws are those of the seeds before it was added.
        /// </summary>
        public IndexOrderReference.Order IndexOrder { get; init; }

        /// <summary>The attribute text appended by the flaw, or empty.</summary>
        public string ExtraAttribute { get; init; } = string.Empty;

        /// <summary>The spans as declared (null: the form of the operation).</summary>
        public string? Spans { get; init; }

        /// <summary>The diagnostic the flaw must cause, or null for a valid program.</summary>
        public string? ExpectedId { get; init; }

        public static OperationProgram Draw(int seed)
        {
            var r = new Random(seed);
            string operation = new[] { "max", "min", "average", "average", "unpool", "unpool" }[r.Next(6)];
            int rank = r.Next(1, 4);
            string element = operation == "unpool" ? new[] { "float", "double", "short", "int" }[r.Next(4)] : r.Next(2) == 0 ? "float" : "double";
            var axes = Enumerable.Range(0, rank).Select(_ =>
            {
                int k = r.Next(1, 5), d = operation is "max" or "min" && r.Next(3) == 0 ? 2 : 1;
                int effective = (d * (k - 1)) + 1;
                return new Axis(k, r.Next(1, 4), r.Next(0, (effective / 2) + 1), d);
            }).ToArray();
            var p = new OperationProgram(seed, operation, rank, r.Next(2) == 0, element, r.Next(2) == 0 ? "long" : "int", axes)
            {
                CeilMode = operation != "unpool" && r.Next(3) == 0,
                Parallel = r.Next(4) == 0,
            };
            if (operation == "average")
            {
                p = p with { CountIncludePad = r.Next(2) == 0, DivisorOverride = r.Next(5) == 0 ? r.Next(1, 10) : 0 };
            }

            if (operation != "unpool" && r.Next(4) == 0)
            {
                p = p with { OutputSize = r.Next(1, 6), CeilMode = false, CountIncludePad = true, DivisorOverride = 0 };
            }
            else if (operation == "average" && r.Next(8) == 0)
            {
                p = p with { Global = true, CeilMode = false, CountIncludePad = true, DivisorOverride = 0 };
            }

            var orders = new Random(seed ^ 0x2c1b3c6d);
            if (operation != "average")
            {
                p = p with { IndexOrder = (IndexOrderReference.Order)orders.Next(3) };
            }

            if (r.Next(4) != 0)
            {
                // Average backward reads no indices: IndexOrder there is PG0070, now and then.
                return operation == "average" && orders.Next(12) == 0
                    ? p with { IndexOrder = IndexOrderReference.Order.Tensor, ExpectedId = "PG0070" }
                    : p;
            }

            // A flaw: the indices read in the per-plane order, so that the flaw's id is the only one.
            p = p with { IndexOrder = IndexOrderReference.Order.Plane };
            string t = p.Element;
            return r.Next(9) switch
            {
                0 when operation is "max" or "min" => p with { Spans = $"ReadOnlySpan<{t}> gradOutput, Span<{t}> gradInput", ExpectedId = "PG0063" },
                0 => p with { Operation = "average", Element = "float", Spans = "ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput", ExpectedId = "PG0063" },
                1 when operation != "unpool" => p with { ExtraAttribute = "Kind = PoolKind.Lp, P = 2", Operation = "lp", CountIncludePad = true, DivisorOverride = 0, Spans = $"ReadOnlySpan<{t}> gradOutput, Span<{t}> gradInput", ExpectedId = "PG0064" },
                2 when operation == "unpool" => p with { ExtraAttribute = "Kind = PoolKind.Min", ExpectedId = "PG0065" },
                3 when operation == "unpool" => p with { OutputSize = 3, ExpectedId = "PG0066" },
                3 => p with { ExtraAttribute = "ClampMin = 0", ExpectedId = "PG0066" },
                4 when operation == "unpool" => p with { Spans = $"ReadOnlySpan<{t}> input, ReadOnlySpan<long> indices, Span<{t}> result", ExpectedId = "PG0061" },
                4 => p with { Spans = $"ReadOnlySpan<{t}> gradOutput, ReadOnlySpan<long> indices, Span<{t}> output", ExpectedId = "PG0060" },
                5 when operation == "unpool" => p with { Spans = $"ReadOnlySpan<{t}> input, ReadOnlySpan<long> indices, Span<{(t == "float" ? "double" : "float")}> output", ExpectedId = "PG0062" },
                5 => p with { Spans = $"ReadOnlySpan<{t}> gradOutput, Span<{(t == "float" ? "double" : "float")}> gradInput", Operation = "average", ExpectedId = "PG0062" },
                6 when operation != "unpool" => p with { Element = "int", Operation = "max", CountIncludePad = true, DivisorOverride = 0, Spans = "ReadOnlySpan<int> gradOutput, ReadOnlySpan<long> indices, Span<int> gradInput", ExpectedId = "PG0013" },
                7 => p with { Spans = operation == "unpool" ? $"ReadOnlySpan<{t}> input, Span<long> indices, Span<{t}> output" : $"ReadOnlySpan<{t}> gradOutput, Span<long> indices, Span<{t}> gradInput", ExpectedId = "PG0040" },
                _ => p,
            };
        }

        public PoolSpecND Spec()
        {
            if (Global)
            {
                return PoolSpecND.GlobalOf(PoolKind.Average, Rank);
            }

            PoolKind kind = Operation == "average" ? PoolKind.Average : PoolKind.Max;
            return new PoolSpecND(kind, Axes.Select(a => a.Kernel).ToArray(), Axes.Select(a => a.Stride).ToArray(), Axes.Select(a => a.Padding).ToArray(), Axes.Select(a => a.Dilation).ToArray(), CeilMode, CountIncludePad, DivisorOverride == 0 ? null : DivisorOverride);
        }

        public string Render(int index)
        {
            string t = Element;
            string[] names = Rank switch { 1 => [""], 2 => ["H", "W"], _ => ["D", "H", "W"] };
            var arguments = new List<string>();
            if (ExtraAttribute.Contains("Kind", StringComparison.Ordinal))
            {
                arguments.Add(ExtraAttribute);
            }
            else if (Operation == "average")
            {
                arguments.Add("Kind = PoolKind.Average");
            }
            else if (Operation == "min")
            {
                arguments.Add("Kind = PoolKind.Min");
            }

            if (OutputSize > 0)
            {
                arguments.Add($"OutputSize = {OutputSize}");
            }
            else if (Global)
            {
                arguments.Add("Global = true");
            }
            else
            {
                for (int a = 0; a < Rank; a++)
                {
                    arguments.Add($"Size{names[a]} = {Axes[a].Kernel}, Stride{names[a]} = {Axes[a].Stride}, Padding{names[a]} = {Axes[a].Padding}, Dilation{names[a]} = {Axes[a].Dilation}");
                }

                if (CeilMode)
                {
                    arguments.Add("CeilMode = true");
                }

                if (Operation == "average" && !CountIncludePad)
                {
                    arguments.Add("CountIncludePad = false");
                }

                if (DivisorOverride > 0)
                {
                    arguments.Add($"DivisorOverride = {DivisorOverride}");
                }
            }

            if (ChannelsLast)
            {
                arguments.Add("Layout = PoolLayout.Nhwc");
            }

            if (Parallel)
            {
                arguments.Add("Parallel = true");
            }

            if (ExtraAttribute.Length > 0 && !ExtraAttribute.Contains("Kind", StringComparison.Ordinal))
            {
                arguments.Add(ExtraAttribute);
            }

            if (IndexOrder != IndexOrderReference.Order.Plane)
            {
                arguments.Add($"IndexOrder = PoolIndexOrder.{IndexOrder}");
            }

            string spans = Spans ?? Operation switch
            {
                "unpool" => $"ReadOnlySpan<{t}> input, ReadOnlySpan<{IndexType}> indices, Span<{t}> output",
                "average" => $"ReadOnlySpan<{t}> gradOutput, Span<{t}> gradInput",
                _ => $"ReadOnlySpan<{t}> gradOutput, ReadOnlySpan<{IndexType}> indices, Span<{t}> gradInput",
            };
            string[] spatial = Rank switch { 1 => ["length"], 2 => ["height", "width"], _ => ["depth", "height", "width"] };
            string dimensions = "int batch, int channels, " + string.Join(", ", spatial.Select(s => "int " + s));
            string sizes = string.Join(", ", Enumerable.Range(0, Rank).Select(a => $"s[{a}]"));
            bool indices = spans.Contains("indices", StringComparison.Ordinal);
            string indexArgument = !indices ? string.Empty : IndexType == "int" && Spans is null ? "Array.ConvertAll(i, v => (int)v), " : "i, ";
            var s = new StringBuilder();
            s.AppendLine("using System;");
            s.AppendLine("using PoolGen;");
            s.AppendLine("namespace Fuzz;");
            s.AppendLine($"public static partial class Op{index}");
            s.AppendLine("{");
            s.AppendLine($"    [Pool({string.Join(", ", arguments)})]");
            s.AppendLine($"    public static partial void M({spans}, {dimensions});");
            if (ExpectedId is null)
            {
                s.AppendLine($"    public static void Run({t}[] p, long[] i, {t}[] f, int b, int c, int[] s) => M(p, {indexArgument}f, b, c, {sizes});");
            }

            s.AppendLine("}");
            return s.ToString();
        }
    }
}
