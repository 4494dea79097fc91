using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PoolGen.Testing;

namespace PoolGen.Fuzz.Tests
{
    /// <summary>One call of a kernel: the shape and how the input data and the spans are drawn.</summary>
    /// <param name="InputSlack">Extra elements at the end of the input span (longer spans are allowed; they are not read).</param>
    /// <param name="OutputSlack">Extra elements at the end of the output span (they must stay untouched).</param>
    /// <param name="Width">The width, or a rank-1 method's length.</param>
    public sealed record RunShape(int Batch, int Channels, int Height, int Width, int DataSeed, bool Specials, bool Ties, int InputSlack, int OutputSlack)
    {
        /// <summary>A rank-3 method's depth.</summary>
        public int Depth { get; init; } = 1;

        /// <summary>The tensor form: a tensor without the batch axis ([C, ...spatial], or [...spatial, C] channels last; batch 1).</summary>
        public bool TensorUnbatched { get; init; }

        public override string ToString() =>
            $"batch {Batch}, channels {Channels}, depth {Depth}, height {Height}, width {Width}, data seed {DataSeed}{(Specials ? ", NaN/inf/-0" : string.Empty)}{(Ties ? ", ties" : string.Empty)}" +
            (InputSlack + OutputSlack > 0 ? $", slack {InputSlack}/{OutputSlack}" : string.Empty) + (TensorUnbatched ? ", tensor without a batch axis" : string.Empty);
    }

    /// <summary>What went wrong with one program.</summary>
    /// <param name="Stage">"generator", "diagnostics", "compile" or "run" (the shrinker keeps the stage).</param>
    /// <param name="Vectorize">The path (null when both or none).</param>
    public sealed record Failure(PoolProgram Program, string Stage, string Message, RunShape? Shape = null, bool? Vectorize = null)
    {
        public string Describe()
        {
            var text = new StringBuilder();
            text.AppendLine($"[{Stage}] {Program}");
            if (Vectorize is bool v)
            {
                text.AppendLine(v ? "path: vector (default)" : "path: scalar (PoolGenVectorize=false)");
            }

            if (Shape is not null)
            {
                text.AppendLine($"shape: {Shape}");
            }

            text.AppendLine(Message);
            text.AppendLine("source:");
            text.AppendLine(Program.RenderClass(0));
            return text.ToString();
        }
    }

    /// <summary>Counts per outcome (thread-safe).</summary>
    public sealed class Outcomes
    {
        private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

        public void Add(string key, int n = 1) => _counts.AddOrUpdate(key, n, (_, c) => c + n);

        public int this[string key] => _counts.TryGetValue(key, out int c) ? c : 0;

        public override string ToString() =>
            string.Join(Environment.NewLine, _counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key,-28} {p.Value,8}"));
    }

    /// <summary>Where the fuzzer's time goes (summed over threads), for the summary.</summary>
    public static class Timings
    {
        private static readonly ConcurrentDictionary<string, long> Ticks = new(StringComparer.Ordinal);

        public static void Add(string phase, TimeSpan elapsed) => Ticks.AddOrUpdate(phase, elapsed.Ticks, (_, t) => t + elapsed.Ticks);

        public static T Time<T>(string phase, Func<T> action)
        {
            var timer = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                return action();
            }
            finally
            {
                Add(phase, timer.Elapsed);
            }
        }

        public static void Reset() => Ticks.Clear();

        public static string Summary() =>
            string.Join(", ", Ticks.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {TimeSpan.FromTicks(p.Value).TotalSeconds:0.0} s"));
    }

    /// <summary>
    /// Runs drawn programs through the generator, the compiler and the loaded kernels, and checks each step
    /// (docs/testing.md lists the checks).
    /// </summary>
    public static partial class FuzzRunner
    {
        /// <summary>Programs in one compilation: Roslyn's cost per compilation is amortized over them.</summary>
        public const int BatchSize = 40;

        private const int Guard = 16;

        [GeneratedRegex(@"(?:^|[./\\])P(\d+)\.Pool\(")]
        private static partial Regex GeneratedFileOfProgram();

        /// <summary>
        /// Checks <paramref name="programs"/> as one batch (valid ones in one compilation, invalid ones in another).
        /// <paramref name="shapes"/> replaces the drawn shapes (the shrinker's fixed shape); <paramref name="paths"/> limits the paths.
        /// </summary>
        public static List<Failure> RunBatch(IReadOnlyList<PoolProgram> programs, Outcomes outcomes, Func<PoolProgram, IReadOnlyList<RunShape>>? shapes = null, bool[]? paths = null)
        {
            var failures = new List<Failure>();
            var valid = programs.Where(p => p.IsValid).ToList();
            var invalid = programs.Where(p => !p.IsValid).ToList();
            foreach (PoolProgram p in programs)
            {
                SortedSet<string> ids = p.ExpectedDiagnostics();
                if (ids.Count == 0)
                {
                    outcomes.Add("valid");
                }

                foreach (string id in ids)
                {
                    outcomes.Add(id == "PG0018" ? "valid with warning PG0018" : "invalid " + id);
                }

                if (p.IsValid)
                {
                    // The valid programs per feature of the full draw (a program may count under several).
                    foreach ((string feature, bool has) in new[]
                    {
                        ("rank 1", p.Rank == 1), ("rank 3", p.Rank == 3), ("Half", p.Element == "Half"), ("Half Lp", p.Element == "Half" && p.Kind == 2), ("indices", p.HasIndices),
                        ("AutoPad", p.AutoPad is 1 or 2 or 3), ("tensor form", p.Tensor == TensorForm.Valid),
                        ("Parallel, N-D kernel", p.Parallel == true && !p.RunsOnRowKernel),
                        ("tensor form, rank 1", p.Tensor == TensorForm.Valid && p.Rank == 1), ("tensor form, rank 3", p.Tensor == TensorForm.Valid && p.Rank == 3),
                        ("tensor form, channels last", p.Tensor == TensorForm.Valid && p.Layout == 1), ("tensor form, indices", p.Tensor == TensorForm.Valid && p.HasIndices),
                        ("IndexOrder Tensor", p.HasIndices && p.IndexOrder == 1), ("IndexOrder TensorColumnMajor", p.HasIndices && p.IndexOrder == 2),
                        ("tensor form, N-D kernel", p.Tensor == TensorForm.Valid && !p.RunsOnRowKernel), ("Rank written", p.DeclaredRank is 1 or 2 or 3),
                        ("quantized average", p.IsQuantized && p.Kind == 1), ("quantized global average", p.IsQuantized && p.Kind == 1 && p.Global == true),
                        ("quantized adaptive average", p.IsQuantized && p.Kind == 1 && p.IsAdaptive),
                        ("quantized max/min", p.IsQuantized && p.Kind != 1), ("quantized max/min requantized", p.Requantizes),
                        ("quantized, clamped", p.IsQuantized && (p.ClampMin is not null || p.ClampMax is not null)),
                    })
                    {
                        if (has)
                        {
                            outcomes.Add("valid: " + feature);
                        }
                    }
                }
            }

            if (invalid.Count > 0)
            {
                CheckInvalid(invalid, failures);
            }

            if (valid.Count > 0)
            {
                CheckValid(valid, outcomes, failures, shapes ?? (p => DrawShapes(p)), paths ?? [true, false]);
            }

            outcomes.Add("failures", failures.Count);
            return failures;
        }

        /// <summary>The shapes a program runs on: small and too-small shapes, 1x1, several planes, NaN/inf, longer spans.</summary>
        public static IReadOnlyList<RunShape> DrawShapes(PoolProgram p, int count = 4)
        {
            var r = new Random(unchecked((p.Seed * 7919) + 17));
            int minD = PoolProgram.MinimumInput(p, 'D'), minH = PoolProgram.MinimumInput(p, 'H'), minW = PoolProgram.MinimumInput(p, p.Rank == 1 ? 'L' : 'W');
            int Size(int? fixedSize, int minimum, bool wide) => fixedSize > 0 ? fixedSize.Value : r.Next(8) switch
            {
                0 => 1,
                1 => Math.Max(1, minimum - 1),
                2 => minimum,
                3 => r.Next(1, 33),
                // Wide rows: 32 one-byte lanes of Vector256 at stride 2 need 64 interior columns and more.
                4 when wide => minimum + r.Next(30, 160),
                _ => minimum + r.Next(0, 14),
            };

            // The depth of rank 3 stays small (every output visits a window of depth x height x width taps in the reference).
            int Depth() => p.Depth > 0 ? p.Depth.Value : r.Next(5) switch { 0 => 1, 1 => Math.Max(1, minD - 1), 2 => minD, _ => minD + r.Next(0, 4) };

            var list = new List<RunShape>();
            for (int i = 0; i < count; i++)
            {
                bool tensor = p.Tensor == TensorForm.Valid;
                var shape = new RunShape(
                    p.HasBatch || tensor ? r.Next(1, 4) : 1,
                    p.HasChannels || tensor ? r.Next(1, 4) : 1,
                    p.Rank == 1 ? 1 : Size(p.Height, minH, wide: false),
                    Size(p.Rank == 1 ? p.Length : p.Width, minW, wide: true),
                    r.Next(),
                    p.IsFloatingPoint && r.Next(3) == 0,
                    r.Next(2) == 0,
                    r.Next(4) == 0 ? r.Next(1, 5) : 0,
                    r.Next(4) == 0 ? r.Next(1, 5) : 0);
                list.Add(shape with { Depth = p.Rank == 3 ? Depth() : 1, TensorUnbatched = tensor && r.Next(2) == 0 });
            }

            if (p.Parallel == true && p.Tensor != TensorForm.Valid)
            {
                // From 65,536 input elements Parallel kernels split the work over the cores: channels first, ranges of whole
                // planes; channels last, ranges of whole images, or of output rows of the outermost axis when there are fewer
                // images than cores (so half of the channels-last shapes have one image). The shape grows to that size through
                // the planes (or images) where it can, else through its run-time sizes.
                bool oneImage = p.Layout == 1 && r.Next(2) == 0;
                int depth = p.Rank < 3 ? 1 : p.Depth > 0 ? p.Depth.Value : Math.Max(minD, 6);
                int height = p.Rank < 2 ? 1 : p.Height > 0 ? p.Height.Value : Math.Max(minH, p.Rank == 3 ? 24 : 100);
                int? fixedWidth = p.Rank == 1 ? p.Length : p.Width;
                int width = fixedWidth > 0 ? fixedWidth.Value : Math.Max(minW, p.Rank == 1 ? 1_000 : p.Rank == 3 ? 24 : 100);
                int batch = 1, channels = p.HasChannels ? r.Next(1, 4) : 1;
                long elements = (long)channels * Math.Max(1, p.Channels ?? 0) * depth * height * width;
                int grow = elements >= 65_536 ? 1 : (int)(65_536 / elements) + 1;
                if (grow > 1)
                {
                    if (p.HasBatch && !oneImage)
                    {
                        batch = grow;
                    }
                    else if (p.HasChannels)
                    {
                        channels *= grow;
                    }
                    else if (!(fixedWidth > 0))
                    {
                        width *= grow;
                    }
                    else if (p.Rank >= 2 && !(p.Height > 0))
                    {
                        height *= grow;
                    }
                    else if (p.HasBatch)
                    {
                        batch = grow;
                    }
                }

                list.Add(new RunShape(batch, channels, height, width, r.Next(), p.IsFloatingPoint && r.Next(3) == 0, r.Next(2) == 0, 0, 0) { Depth = depth });
            }

            return list;
        }

        // ------------------------------------------------------------------ invalid programs

        private static void CheckInvalid(List<PoolProgram> programs, List<Failure> failures)
        {
            var sources = programs.Select((p, i) => p.RenderClass(i)).ToList();
            var compilation = FuzzCompiler.Create(sources);
            ImmutableArray<Diagnostic> before = Timings.Time("invalid: diagnostics", () => compilation.GetDiagnostics());
            GeneratorRun run;
            try
            {
                run = Timings.Time("generator", () => FuzzCompiler.Run(compilation, vectorize: true));
            }
            catch (Exception e)
            {
                failures.AddRange(programs.Select(p => new Failure(p, "generator", $"the driver threw: {e}")));
                return;
            }

            if (run.Result.Exception is not null)
            {
                failures.AddRange(programs.Select(p => new Failure(p, "generator", $"the generator threw: {run.Result.Exception}")));
                return;
            }

            ImmutableArray<Diagnostic> after = Timings.Time("invalid: diagnostics", () => run.Compilation.GetDiagnostics());
            for (int i = 0; i < programs.Count; i++)
            {
                string path = $"P{i}.cs";
                var problems = new List<string>();
                CheckIds(programs[i], run.Diagnostics, path, problems);
                var errorsBefore = before.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath == path).Select(d => d.Id).ToHashSet();
                problems.AddRange(after
                    .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath == path && !errorsBefore.Contains(d.Id))
                    .Select(d => $"error introduced by the generator: {d}"));
                problems.AddRange(after
                    .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && OwnerOf(tree.FilePath) == i)
                    .Select(d => $"diagnostic in generated code: {d}"));
                if (problems.Count > 0)
                {
                    failures.Add(new Failure(programs[i], "diagnostics", string.Join(Environment.NewLine, problems)));
                }
            }
        }

        private static void CheckIds(PoolProgram program, ImmutableArray<Diagnostic> diagnostics, string path, List<string> problems)
        {
            var actual = new SortedSet<string>(diagnostics.Where(d => d.Location.SourceTree?.FilePath == path).Select(d => d.Id), StringComparer.Ordinal);
            SortedSet<string> expected = program.ExpectedDiagnostics();
            if (!actual.SetEquals(expected))
            {
                problems.Add($"expected diagnostics [{string.Join(", ", expected)}], the generator reported [{string.Join(", ", actual)}]: " +
                    string.Join("; ", diagnostics.Where(d => d.Location.SourceTree?.FilePath == path)));
            }
        }

        private static int OwnerOf(string generatedPath)
        {
            Match m = GeneratedFileOfProgram().Match(generatedPath);
            return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
        }

        // ------------------------------------------------------------------ valid programs

        private static void CheckValid(List<PoolProgram> programs, Outcomes outcomes, List<Failure> failures, Func<PoolProgram, IReadOnlyList<RunShape>> shapes, bool[] paths)
        {
            var sources = programs.Select((p, i) => p.RenderClass(i)).ToList();
            var compilation = FuzzCompiler.Create(sources);
            var loaded = new List<(bool Vectorize, LoadedAssembly Assembly)>();
            var broken = new HashSet<int>();
            try
            {
                foreach (bool vectorize in paths)
                {
                    LoadedAssembly? assembly = Compile(programs, compilation, vectorize, failures, broken);
                    if (assembly is not null)
                    {
                        loaded.Add((vectorize, assembly));
                    }
                }

                for (int i = 0; i < programs.Count; i++)
                {
                    if (broken.Contains(i))
                    {
                        continue;
                    }

                    PoolProgram p = programs[i];
                    string type = p.EntryTypeName(i);
                    try
                    {
                        Failure? failure = p.Element switch
                        {
                            "float" => RunProgram<float>(p, type, loaded, shapes(p), outcomes),
                            "double" => RunProgram<double>(p, type, loaded, shapes(p), outcomes),
                            "byte" => RunProgram<byte>(p, type, loaded, shapes(p), outcomes),
                            "sbyte" => RunProgram<sbyte>(p, type, loaded, shapes(p), outcomes),
                            "short" => RunProgram<short>(p, type, loaded, shapes(p), outcomes),
                            "ushort" => RunProgram<ushort>(p, type, loaded, shapes(p), outcomes),
                            "int" => RunProgram<int>(p, type, loaded, shapes(p), outcomes),
                            "uint" => RunProgram<uint>(p, type, loaded, shapes(p), outcomes),
                            "long" => RunProgram<long>(p, type, loaded, shapes(p), outcomes),
                            "ulong" => RunProgram<ulong>(p, type, loaded, shapes(p), outcomes),
                            "Half" => RunProgram<Half>(p, type, loaded, shapes(p), outcomes),
                            _ => new Failure(p, "run", $"no runner for {p.Element}"),
                        };
                        if (failure is not null)
                        {
                            failures.Add(failure);
                        }
                    }
                    catch (Exception e)
                    {
                        failures.Add(new Failure(p, "run", $"the harness failed: {e}"));
                    }
                }
            }
            finally
            {
                foreach ((_, LoadedAssembly assembly) in loaded)
                {
                    assembly.Dispose();
                }
            }
        }

        private static LoadedAssembly? Compile(List<PoolProgram> programs, Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation, bool vectorize, List<Failure> failures, HashSet<int> broken)
        {
            GeneratorRun run;
            try
            {
                run = Timings.Time("generator", () => FuzzCompiler.Run(compilation, vectorize));
            }
            catch (Exception e)
            {
                failures.AddRange(programs.Select(p => new Failure(p, "generator", $"the driver threw: {e}", Vectorize: vectorize)));
                broken.UnionWith(Enumerable.Range(0, programs.Count));
                return null;
            }

            if (run.Result.Exception is not null)
            {
                failures.AddRange(programs.Select(p => new Failure(p, "generator", $"the generator threw: {run.Result.Exception}", Vectorize: vectorize)));
                broken.UnionWith(Enumerable.Range(0, programs.Count));
                return null;
            }

            // Zero warnings: every diagnostic of the compilation with the generated code (from the emit, which binds
            // everything once), PoolGen's included, except the expected PG0018.
            var timer = System.Diagnostics.Stopwatch.StartNew();
            LoadedAssembly? assembly = FuzzCompiler.Load(run.Compilation, out IReadOnlyList<Diagnostic> emitted);
            Timings.Add("emit+load", timer.Elapsed);
            var diagnostics = emitted.Concat(run.Diagnostics)
                .Where(d => d.Severity >= DiagnosticSeverity.Warning && !(d.Id == "PG0018" && OwnerOfSource(d) is int owner && owner >= 0 && programs[owner].CountIncludePad is not null))
                .ToList();
            for (int i = 0; i < programs.Count; i++)
            {
                var problems = new List<string>();
                CheckIds(programs[i], run.Diagnostics, $"P{i}.cs", problems);
                problems.AddRange(diagnostics.Where(d => OwnerOfSource(d) == i).Select(d => $"{(vectorize ? "vector" : "scalar")} path: {d}"));
                if (problems.Count > 0)
                {
                    failures.Add(new Failure(programs[i], "compile", string.Join(Environment.NewLine, problems), Vectorize: vectorize));
                    broken.Add(i);
                }
            }

            var unattributed = diagnostics.Where(d => OwnerOfSource(d) < 0).ToList();
            if (unattributed.Count > 0)
            {
                failures.Add(new Failure(programs[0], "compile", "diagnostics outside any program: " + string.Join(Environment.NewLine, unattributed), Vectorize: vectorize));
                broken.UnionWith(Enumerable.Range(0, programs.Count));
            }

            if (assembly is null && broken.Count == 0)
            {
                failures.Add(new Failure(programs[0], "compile", "emit failed without an error", Vectorize: vectorize));
                broken.UnionWith(Enumerable.Range(0, programs.Count));
            }

            if (broken.Count > 0)
            {
                assembly?.Dispose();
                return null;
            }

            return assembly;
        }

        /// <summary>The program a diagnostic belongs to: its own file P{i}.cs or its generated file; -1 if neither.</summary>
        private static int OwnerOfSource(Diagnostic d)
        {
            string? path = d.Location.SourceTree?.FilePath;
            if (path is null)
            {
                return -1;
            }

            Match own = Regex.Match(path, @"^P(\d+)\.cs$");
            return own.Success ? int.Parse(own.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : OwnerOf(path);
        }

        // ------------------------------------------------------------------ running a kernel

        private static Failure? RunProgram<T>(PoolProgram p, string type, List<(bool Vectorize, LoadedAssembly Assembly)> loaded, IReadOnlyList<RunShape> shapes, Outcomes outcomes)
            where T : unmanaged, INumber<T>
        {
            foreach ((bool vectorize, LoadedAssembly assembly) in loaded)
            {
                Kernel<T> kernel = assembly.Kernel<T>(type, p);
                foreach (RunShape shape in shapes)
                {
                    string? problem = Call(p, kernel, shape, out bool rejected);
                    outcomes.Add(rejected ? "calls rejecting the shape" : "calls compared");
                    if (problem is not null)
                    {
                        return new Failure(p, "run", problem, shape, vectorize);
                    }
                }
            }

            return null;
        }

        /// <summary>The dimensions the kernel really uses (2D, for the classic entry): fixed ones from the attribute, the rest from the shape.</summary>
        public static (int Batch, int Channels, int Height, int Width) Effective(PoolProgram p, RunShape s) => (
            p.HasBatch ? s.Batch : 1,
            p.HasChannels ? s.Channels : p.Channels > 0 ? p.Channels.Value : 1,
            p.Height > 0 ? p.Height.Value : s.Height,
            p.Width > 0 ? p.Width.Value : s.Width);

        /// <summary>
        /// The batch, channels and spatial sizes (outermost first, <see cref="PoolProgram.SpatialAxes"/>) the kernel really
        /// uses: fixed ones from the attribute, the rest from the shape (a rank-1 length is the shape's width; a tensor
        /// without a batch axis has batch 1).
        /// </summary>
        public static (int Batch, int Channels, int[] Spatial) Dims(PoolProgram p, RunShape s)
        {
            bool tensor = p.Tensor == TensorForm.Valid;
            int batch = tensor ? (s.TensorUnbatched ? 1 : s.Batch) : p.HasBatch ? s.Batch : 1;
            int channels = p.Channels > 0 ? p.Channels.Value : tensor || p.HasChannels ? s.Channels : 1;
            int[] spatial = p.SpatialAxes.Select(a => p.FixedOf(a) > 0 ? p.FixedOf(a)!.Value : a switch
            {
                'D' => s.Depth,
                'H' => s.Height,
                _ => s.Width,
            }).ToArray();
            return (batch, channels, spatial);
        }

        /// <summary>A <see cref="Kernel{T}"/> over a classic <see cref="Entry{T}"/> (2D, no indices), for fake kernels.</summary>
        public static Kernel<T> Adapt<T>(Entry<T> entry) =>
            (a, aStart, aLength, b, bStart, bLength, ix, ixStart, ixLength, batch, channels, depth, height, width) => entry(a, aStart, aLength, b, bStart, bLength, batch, channels, height, width);

        /// <summary>
        /// One call, with guard regions around the input, the output and the indices: the canaries, the input, the output's
        /// and the indices' slack (and the whole output and indices when the call throws) must be unchanged; the output and
        /// the indices must match the reference. <paramref name="kernel"/> is the program's <c>Run</c>, or for the tensor
        /// form its <c>TensorEntry</c> through <see cref="LoadedAssembly.Kernel{T}"/>, which builds dense tensors over the
        /// array segments (with or without a batch axis as <see cref="RunShape.TensorUnbatched"/> says).
        /// </summary>
        public static string? Call<T>(PoolProgram p, Kernel<T> kernel, RunShape shape, out bool rejected)
            where T : unmanaged, INumber<T>
        {
            (int batch, int channels, int[] spatial) = Dims(p, shape);
            string axes = p.SpatialAxes;
            int[] outShape = axes.Select((a, i) => p.OutputSizeOf(a, spatial[i])).ToArray();
            int rejectedAxis = Array.FindIndex(outShape, o => o < 1);
            rejected = rejectedAxis >= 0;
            int inputLength = checked(batch * channels * spatial.Aggregate(1, (x, y) => checked(x * y)));
            int outputLength = rejected ? 1 : checked(batch * channels * outShape.Aggregate(1, (x, y) => checked(x * y)));
            bool tensor = p.Tensor == TensorForm.Valid;

            T[] input = TestData.Random<T>(shape.DataSeed, inputLength, shape.Specials && p.IsFloatingPoint, shape.Ties);
            T[] a = Guarded(input, Guard, shape.InputSlack, shape.DataSeed ^ 0x5bd1e995);
            T[] b = Guarded(new T[outputLength], Guard, tensor ? 0 : shape.OutputSlack, shape.DataSeed ^ 0x1b873593);
            T[] aBefore = (T[])a.Clone(), bBefore = (T[])b.Clone();
            Array? ix = !p.HasIndices ? null : p.IntIndices
                ? Guarded(new int[outputLength], Guard, shape.OutputSlack, shape.DataSeed ^ 0x2f4a7c15)
                : Guarded(new long[outputLength], Guard, shape.OutputSlack, shape.DataSeed ^ 0x2f4a7c15);
            Array? ixBefore = (Array?)ix?.Clone();
            int ixLength = ix is null ? 0 : outputLength + shape.OutputSlack;

            Exception? thrown = null;
            var timer = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                // A tensor without a batch axis: the adapter reads that from a batch of 0.
                int batchArgument = tensor && shape.TensorUnbatched ? 0 : shape.Batch;
                kernel(a, Guard, inputLength + shape.InputSlack, b, Guard, outputLength + (tensor ? 0 : shape.OutputSlack), ix, Guard, ixLength,
                    batchArgument, shape.Channels, shape.Depth, shape.Height, shape.Width);
            }
            catch (Exception e)
            {
                thrown = e;
            }

            Timings.Add("kernel calls (incl. JIT)", timer.Elapsed);

            if (!Same<T>(a, aBefore))
            {
                return "the kernel wrote into the input array (its input, slack or guard regions)";
            }

            if (!Same<T>(b.AsSpan(0, Guard), bBefore.AsSpan(0, Guard)) || !Same<T>(b.AsSpan(Guard + outputLength), bBefore.AsSpan(Guard + outputLength)))
            {
                return "the kernel wrote outside the output (a guard region or the span's slack)";
            }

            if (ix is not null && !SameIndices(ix, ixBefore!, Guard, outputLength))
            {
                return "the kernel wrote outside the indices (a guard region or the span's slack)";
            }

            if (rejected)
            {
                string param = tensor ? "input" : PoolProgram.AxisName(axes[rejectedAxis]);
                bool expectedType = tensor ? thrown is ArgumentException : thrown is ArgumentOutOfRangeException;
                if (!expectedType || ((ArgumentException)thrown!).ParamName != param)
                {
                    return $"expected {(tensor ? "ArgumentException" : "ArgumentOutOfRangeException")} for {param} (no output for this shape), got {thrown?.ToString() ?? "no exception"}";
                }

                if (ix is not null && !SameIndices(ix, ixBefore!, 0, 0))
                {
                    return "the kernel threw but wrote into the indices";
                }

                return Same<T>(b, bBefore) ? null : "the kernel threw but wrote into the output";
            }

            if (thrown is not null)
            {
                return $"the kernel threw for a valid shape: {thrown}";
            }

            T[] expected = Timings.Time("reference", () => Reference(p, input, batch, channels, spatial));
            T[] actual = b.AsSpan(Guard, outputLength).ToArray();
            PoolSpecND spec = p.ToSpecND(spatial).ForShape(spatial);
            double taps = spec.Kernel.Aggregate(1.0, (x, k) => x * k);
            bool half = typeof(T) == typeof(Half);

            // Adaptive: max, min and average reduce each window in order, as the reference, except that output size 1
            // everywhere is the global kernel (another order of additions, channels first); Lp as below.
            bool adaptiveExact = p.IsAdaptive && (spec.Kind is PoolKind.Max or PoolKind.Min || (spec.Kind == PoolKind.Average && p.AdaptiveOutput.Any(m => m != 1)));
            if (p.IsAdaptive)
            {
                taps = spatial.Aggregate(1.0, (x, n) => x * n); // At most the plane.
            }

            try
            {
                if (adaptiveExact)
                {
                    Compare.Bitwise<T>(expected, actual, "output");
                }
                else if (spec.Kind == PoolKind.Lp)
                {
                    // Lp: a power, a sum in any order and a root (KernelTests.LpTolerance).
                    Compare.Close<T>(expected, actual, typeof(T) == typeof(float) ? 1e-5 : half ? 4e-3 : 1e-12, "output");
                }
                else if (spec.Kind is PoolKind.Max or PoolKind.Min || p.IsQuantized || (shape.Ties && taps <= 64))
                {
                    // Max and min: the same bits on every path. Average over multiples of 0.25: every partial sum is exact
                    // (Half: summed in float, rounded once).
                    Compare.Bitwise<T>(expected, actual, "output");
                }
                else
                {
                    T[] abs = input.Select(T.Abs).ToArray();
                    T[] scale = Reference(p with { ClampMin = null, ClampMax = null }, abs, batch, channels, spatial);
                    double epsilon = typeof(T) == typeof(double) ? Math.ScaleB(1.0, -53) : Math.ScaleB(1.0, -24); // Half: reduced in float
                    double floor = typeof(T) == typeof(float) ? 1e-6 : half ? 2e-3 : 1e-14; // Half: KernelTests.AverageTolerance
                    double tol = Math.Max(floor, 2 * taps * epsilon);
                    Compare.CloseToScale<T>(expected, actual, scale, tol, "output");
                }

                if (ix is not null)
                {
                    long[] expectedIndices = Timings.Time("reference", () => ReferenceIndices(p, input, batch, channels, spatial));
                    long[] actualIndices = ix is int[] ints ? ints.AsSpan(Guard, outputLength).ToArray().Select(i => (long)i).ToArray() : ((long[])ix).AsSpan(Guard, outputLength).ToArray();
                    for (int i = 0; i < outputLength; i++)
                    {
                        if (expectedIndices[i] != actualIndices[i])
                        {
                            int count = Enumerable.Range(0, outputLength).Count(j => expectedIndices[j] != actualIndices[j]);
                            return $"indices: {count} of {outputLength} differ; the first at {i}: expected {expectedIndices[i]}, got {actualIndices[i]} (output value {actual[i]})";
                        }
                    }
                }
            }
            catch (ComparisonException e)
            {
                return e.Message;
            }

            return null;
        }

        /// <summary>Whether the indices arrays are the same outside [<paramref name="from"/>, <paramref name="from"/> + <paramref name="count"/>) (count 0: everywhere).</summary>
        private static bool SameIndices(Array ix, Array before, int from, int count)
        {
            bool Same2<TI>(TI[] x, TI[] y)
                where TI : unmanaged =>
                MemoryMarshal.AsBytes(x.AsSpan(0, from)).SequenceEqual(MemoryMarshal.AsBytes(y.AsSpan(0, from))) &&
                MemoryMarshal.AsBytes(x.AsSpan(from + count)).SequenceEqual(MemoryMarshal.AsBytes(y.AsSpan(from + count)));
            return ix is int[] ints ? Same2(ints, (int[])before) : Same2((long[])ix, (long[])before);
        }

        /// <summary>The reference's output for a valid 2D program, in the program's layout.</summary>
        public static T[] Reference<T>(PoolProgram p, T[] input, int batch, int channels, int height, int width)
            where T : unmanaged, INumber<T> => Reference(p, input, batch, channels, [height, width]);

        /// <summary>The reference's output for a valid program, in the program's layout (channels first, or last with Layout = Nhwc).</summary>
        public static T[] Reference<T>(PoolProgram p, T[] input, int batch, int channels, int[] spatial)
            where T : unmanaged, INumber<T>
            => p.IsAdaptive
                ? AdaptiveInLayout(p, input, batch, channels, spatial, first => AdaptiveValues(p, first, batch, channels, spatial))
                : p.IsQuantized
                ? typeof(T) == typeof(byte)
                    ? (T[])(object)QuantizedReference(p, (byte[])(object)input, batch, channels, spatial)
                    : (T[])(object)QuantizedReference(p, (sbyte[])(object)input, batch, channels, spatial)
                : InLayout(p, input, batch, channels, spatial, (nd, first) => PoolReference.PoolND<T>(nd, first, batch, channels, spatial));

        /// <summary>
        /// Adaptive pooling's reference (PoolOperatorsReference.AdaptivePoolND) on channels-first data, then the clamps; Half is
        /// reduced in float and rounded once, as the kernels do.
        /// </summary>
        private static T[] AdaptiveValues<T>(PoolProgram p, T[] first, int batch, int channels, int[] spatial)
            where T : unmanaged, INumber<T>
        {
            var kind = (PoolKind)(p.Kind ?? 0);
            if (p.IsQuantized && kind == PoolKind.Average)
            {
                // Quantized average: ONNX Runtime's windowed QLinearAveragePool rule over each adaptive window (output size 1
                // everywhere: its global path), then the clamp.
                var q = new QuantizedPoolParameters((float)p.InputScale!.Value, p.InputZeroPoint!.Value, (float)p.OutputScale!.Value, p.OutputZeroPoint!.Value);
                return Clamped(p, typeof(T) == typeof(byte)
                    ? (T[])(object)QuantizedPoolReference.AdaptiveAverage((byte[])(object)first, batch, channels, spatial, p.AdaptiveOutput, q)
                    : (T[])(object)QuantizedPoolReference.AdaptiveAverage((sbyte[])(object)first, batch, channels, spatial, p.AdaptiveOutput, q));
            }

            T[] values = typeof(T) == typeof(Half)
                ? (T[])(object)HalfData.FromSingle(PoolOperatorsReference.AdaptivePoolND<float>(kind, HalfData.ToSingle((Half[])(object)first), batch, channels, spatial, p.AdaptiveOutput, p.P ?? 0))
                : PoolOperatorsReference.AdaptivePoolND<T>(kind, first, batch, channels, spatial, p.AdaptiveOutput, p.P ?? 0);
            if (p.IsQuantized)
            {
                // Quantized max/min: the integer extreme requantized, then the clamp.
                var parameters = new QuantizedPoolParameters((float)p.InputScale!.Value, p.InputZeroPoint!.Value, (float)p.OutputScale!.Value, p.OutputZeroPoint!.Value);
                values = typeof(T) == typeof(byte)
                    ? (T[])(object)Array.ConvertAll((byte[])(object)values, v => QuantizedPoolReference.Requantize(v, parameters))
                    : (T[])(object)Array.ConvertAll((sbyte[])(object)values, v => QuantizedPoolReference.Requantize(v, parameters));
            }

            return Clamped(p, values);
        }

        /// <summary>The program's clamps applied to reference values.</summary>
        private static T[] Clamped<T>(PoolProgram p, T[] values)
            where T : unmanaged, INumber<T>
        {
            if (p.ClampMin is double lo && !double.IsNegativeInfinity(lo))
            {
                T low = T.CreateChecked(lo);
                values = Array.ConvertAll(values, v => v < low ? low : v);
            }

            if (p.ClampMax is double hi && !double.IsPositiveInfinity(hi))
            {
                T high = T.CreateChecked(hi);
                values = Array.ConvertAll(values, v => v > high ? high : v);
            }

            return values;
        }

        /// <summary>An adaptive reference result of channels-first data, in the program's layout.</summary>
        private static TResult[] AdaptiveInLayout<T, TResult>(PoolProgram p, T[] input, int batch, int channels, int[] spatial, Func<T[], TResult[]> reference)
            where T : unmanaged, INumber<T>
            where TResult : unmanaged
        {
            bool last = p.Layout == 1;
            TResult[] result = reference(last ? Layouts.ToChannelsFirst<T>(input, batch, channels, spatial) : input);
            return last ? Layouts.ToChannelsLast<TResult>(result, batch, channels, p.AdaptiveOutput) : result;
        }

        /// <summary>
        /// A quantized program's reference (<see cref="QuantizedPoolReference"/>), on PoolGen's resolved padding (SAME: PoolGen's
        /// rule, which is ONNX Runtime's wherever that is not negative), in the program's layout; the clamp applied last, to
        /// the quantized output.
        /// </summary>
        private static T[] QuantizedReference<T>(PoolProgram p, T[] input, int batch, int channels, int[] spatial)
            where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
        {
            PoolSpecND nd = p.ToSpecND(spatial) with { ClampMin = double.NegativeInfinity, ClampMax = double.PositiveInfinity };
            var parameters = new QuantizedPoolParameters((float)p.InputScale!.Value, p.InputZeroPoint!.Value, (float)p.OutputScale!.Value, p.OutputZeroPoint!.Value);
            PoolLayout layout = p.Layout == 1 ? PoolLayout.Nhwc : PoolLayout.Nchw;
            T[] values = nd.Kind == PoolKind.Average
                ? QuantizedPoolReference.Average(nd, input, batch, channels, spatial, parameters, layout)
                : QuantizedPoolReference.Extreme(nd, input, batch, channels, spatial, parameters, layout);
            T low = p.ClampMin is double min ? T.CreateChecked(min) : T.MinValue, high = p.ClampMax is double max ? T.CreateChecked(max) : T.MaxValue;
            return values.Select(v => v < low ? low : v > high ? high : v).ToArray();
        }

        /// <summary>The reference's argmax/argmin in the program's IndexOrder (default: flat within each (n, c) plane, PyTorch's convention), in the program's layout.</summary>
        public static long[] ReferenceIndices<T>(PoolProgram p, T[] input, int batch, int channels, int[] spatial)
            where T : unmanaged, INumber<T>
        {
            var order = (IndexOrderReference.Order)(p.IndexOrder ?? 0); // The program's IndexOrder (a valid one: it ran).
            return p.IsAdaptive
                ? AdaptiveInLayout(p, input, batch, channels, spatial, first => IndexOrderReference.FromPlane(
                    typeof(T) == typeof(Half)
                        ? PoolOperatorsReference.AdaptiveIndicesND<float>((PoolKind)(p.Kind ?? 0), HalfData.ToSingle((Half[])(object)first), batch, channels, spatial, p.AdaptiveOutput)
                        : PoolOperatorsReference.AdaptiveIndicesND<T>((PoolKind)(p.Kind ?? 0), first, batch, channels, spatial, p.AdaptiveOutput),
                    order, batch, channels, spatial, p.AdaptiveOutput))
                : InLayout(p, input, batch, channels, spatial, (nd, first) => IndexOrderReference.Indices<T>(nd, first, batch, channels, spatial, order));
        }

        /// <summary>A reference result of channels-first data, computed on the input (transposed first for Layout = Nhwc) and returned in the program's layout.</summary>
        private static TResult[] InLayout<T, TResult>(PoolProgram p, T[] input, int batch, int channels, int[] spatial, Func<PoolSpecND, T[], TResult[]> reference)
            where T : unmanaged, INumber<T>
            where TResult : unmanaged
        {
            PoolSpecND nd = p.ToSpecND(spatial);
            bool last = p.Layout == 1;
            TResult[] result = reference(nd, last ? Layouts.ToChannelsFirst<T>(input, batch, channels, spatial) : input);
            return last ? Layouts.ToChannelsLast<TResult>(result, batch, channels, PoolReference.OutputShape(nd, spatial)) : result;
        }

        /// <summary><paramref name="guard"/> random canaries, the values, <paramref name="slack"/> canaries, <paramref name="guard"/> canaries.</summary>
        public static T[] Guarded<T>(T[] values, int guard, int slack, int seed)
            where T : unmanaged, INumber<T>
        {
            T[] canaries = TestData.Random<T>(seed, (2 * guard) + slack + values.Length, specials: false, ties: false);
            values.CopyTo(canaries.AsSpan(guard));
            return canaries;
        }

        public static bool Same<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
            where T : unmanaged => MemoryMarshal.AsBytes(x).SequenceEqual(MemoryMarshal.AsBytes(y));
    }
}
