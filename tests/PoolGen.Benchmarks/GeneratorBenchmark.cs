using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// The <c>--generator</c> mode: times PoolGen's generator on an in-memory compilation with 500 annotated methods
    /// of varied configurations: the first run, and an incremental run after an unrelated edit (plus, for
    /// comparison, after an edit of one method's attribute), and the floors: a generator that only finds the methods, its
    /// first run in fresh processes (<c>--generator-floor</c>) and its incremental run. All of it twice, each in a fresh
    /// process: on the compiler that <c>dotnet build</c> runs (the SDK's Roslyn, precompiled; <see cref="SdkCompiler"/>) and on
    /// the NuGet Roslyn this program is built against (compiled by the JIT). The generator is the very assembly the build
    /// loads as an analyzer, loaded here by path (see the csproj), so this project can keep its analyzer reference.
    /// </summary>
    internal static class GeneratorBenchmark
    {
        private const int Methods = 500;
        private const int MethodsPerFile = 20;
        private const int Repetitions = 15;

        /// <summary>
        /// Repetitions before the timed ones, not in the medians. The first ten or so warm runs are several times slower
        /// while the runtime recompiles the hot code of Roslyn and PoolGen at its optimized tier (the benchmark prints their
        /// incremental runs); the warm rows are about the steady state that a long-lived compiler server or IDE reaches, the
        /// cold row about the first run.
        /// </summary>
        private const int WarmupRepetitions = 20;

        private const string UnrelatedPath = "Unrelated.cs";

        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

        /// <summary>
        /// <c>--generator</c>: the benchmark on each compiler in a fresh process of its own, so that neither finds code the
        /// other has already compiled.
        /// </summary>
        public static int RunOnBothCompilers()
        {
            int failures = 0;
            foreach (string[] arguments in new[] { new[] { CompilerArgument, SdkCompiler.Argument }, new[] { CompilerArgument } })
            {
                (int exitCode, string output, string errors) = ChildProcess.Run(arguments);
                Console.Write(output);
                Console.Error.Write(errors);
                Console.WriteLine();
                failures += exitCode == 0 ? 0 : 1;
            }

            return failures == 0 ? 0 : 1;
        }

        /// <summary>The child of <see cref="RunOnBothCompilers"/> that benchmarks one compiler.</summary>
        public const string CompilerArgument = "--generator-compiler";

        /// <summary>
        /// The benchmark in this process, on the Roslyn this assembly was loaded with: the SDK's when
        /// <paramref name="sdkCompiler"/> (its directory) is set, else the NuGet package's.
        /// </summary>
        public static int Run(string? sdkCompiler)
        {
            string generatorPath = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "PoolGenGeneratorPath").Value
                ?? throw new InvalidOperationException("The build did not record the generator's path.");
            // Into this class's own load context, so that the generator binds to the same Roslyn.
            Type generatorType = AssemblyLoadContext.GetLoadContext(typeof(GeneratorBenchmark).Assembly)!.LoadFromAssemblyPath(generatorPath)
                .GetType("PoolGen.Generator.PoolGenerator", throwOnError: true)!;
            Func<IIncrementalGenerator> newGenerator = () => (IIncrementalGenerator)Activator.CreateInstance(generatorType)!;

            string roslyn = $"Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}";
            Console.WriteLine($"PoolGen generator benchmark: .NET {Environment.Version}, {Environment.ProcessorCount} cores");
            Console.WriteLine(sdkCompiler is null
                ? $"Compiler: {roslyn} from the NuGet package this program is built against, compiled by the JIT"
                : $"Compiler: the SDK's, {roslyn}, precompiled (ReadyToRun), as dotnet build runs it: {sdkCompiler}");
            Console.WriteLine($"Generator: {generatorPath}");

            List<string> sources = AnnotatedSources();
            var parse = Stopwatch.StartNew();
            List<SyntaxTree> trees = sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: $"Kernels{i:D2}.cs")).ToList();
            trees.Add(CSharpSyntaxTree.ParseText(Unrelated(0), ParseOptions, path: UnrelatedPath));
            parse.Stop();
            Console.WriteLine($"Input: {Methods} [Pool] methods in {sources.Count} files plus {UnrelatedPath}, {sources.Sum(s => s.Length) / 1024} KiB " +
                $"(parsed in {parse.Elapsed.TotalMilliseconds:F1} ms, not counted below)");
            Console.WriteLine();

            // Cold: the first run in this process, JIT compilation of the generator and of Roslyn's pipeline included.
            CSharpCompilation compilation = NewCompilation(trees);
            GeneratorDriver driver = NewDriver(newGenerator(), track: false);
            Collect();
            long start = Stopwatch.GetTimestamp();
            driver = driver.RunGenerators(compilation);
            double coldFirst = Milliseconds(start);
            if (!Check(driver.GetRunResult(), "first run"))
            {
                return 1;
            }

            int generatedKiB = (int)(driver.GetRunResult().GeneratedTrees.Sum(tree => (long)tree.Length) / 1024);
            CSharpCompilation coldEdited = EditUnrelated(compilation, 1);
            Collect();
            start = Stopwatch.GetTimestamp();
            driver = driver.RunGenerators(coldEdited);
            double coldIncremental = Milliseconds(start);

            // Warm: a fresh compilation and driver for each repetition, the first WarmupRepetitions untimed.
            var first = new List<double>();
            var incremental = new List<double>();
            var attributeEdit = new List<double>();
            var warmupIncremental = new List<double>();
            for (int r = 0; r < WarmupRepetitions + Repetitions; r++)
            {
                bool timed = r >= WarmupRepetitions;
                compilation = NewCompilation(trees);
                driver = NewDriver(newGenerator(), track: false);
                Collect();
                start = Stopwatch.GetTimestamp();
                driver = driver.RunGenerators(compilation);
                Record(first, start, timed);

                CSharpCompilation edited = EditUnrelated(compilation, r + 2);
                Collect();
                start = Stopwatch.GetTimestamp();
                driver = driver.RunGenerators(edited);
                (timed ? incremental : warmupIncremental).Add(Milliseconds(start)); // The untimed ones are printed.

                CSharpCompilation attributeEdited = EditOneAttribute(edited, r);
                Collect();
                start = Stopwatch.GetTimestamp();
                driver = driver.RunGenerators(attributeEdited);
                Record(attributeEdit, start, timed);
            }

            // The floor's incremental run, warm in the same way.
            var floorIncremental = new List<double>();
            for (int r = 0; r < WarmupRepetitions + Repetitions; r++)
            {
                compilation = NewCompilation(trees);
                driver = NewDriver(new FloorGenerator(), track: false).RunGenerators(compilation);
                CSharpCompilation edited = EditUnrelated(compilation, r + 2);
                Collect();
                start = Stopwatch.GetTimestamp();
                driver = driver.RunGenerators(edited);
                Record(floorIncremental, start, r >= WarmupRepetitions);
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-62} {1,10} {2,10} {3,10}", "generator run", "cold ms", "median ms", "min ms"));
            Console.WriteLine(new string('-', 95));
            Row($"first run ({Methods} methods -> {Methods} files, {generatedKiB} KiB)", coldFirst, first);
            Row("incremental run after an unrelated edit", coldIncremental, incremental);
            Row($"incremental run after editing one [Pool] attribute", double.NaN, attributeEdit);
            double[] floors = Enumerable.Range(0, 3).Select(_ => FloorInChild(sdkCompiler)).ToArray();
            Array.Sort(floors);
            Row("floor: first run of a generator that only finds the methods", floors[1], null);
            Row("floor: its incremental run after an unrelated edit", double.NaN, floorIncremental);
            Console.WriteLine($"(floor = a generator that finds the {Methods} [Pool] methods as PoolGen does (ForAttributeWithMetadataName) and adds one");
            Console.WriteLine(" empty file for each: the cost of Roslyn's driver, which no generator can go under; its cold first run is the median of");
            Console.WriteLine(" 3 fresh processes.)");
            Console.WriteLine("(cold = the first such run in the process, JIT of the generator (and of what the compiler has not precompiled) included;");
            Console.WriteLine($" median and min of {Repetitions} warm runs after {WarmupRepetitions} untimed ones, each on a fresh driver and compilation; a full");
            Console.WriteLine(" GC before each timed run. A run includes Roslyn's attribute lookup and binding, PoolGen's parse and emit, and the");
            Console.WriteLine(" driver's parsing of the generated files.)");
            Console.WriteLine("(the incremental run after an unrelated edit in the untimed runs, in order: " +
                string.Join(" ", warmupIncremental.Select(ms => ms.ToString("F0", CultureInfo.InvariantCulture))) + " ms)");
            Console.WriteLine();

            // What the incremental runs reused, from a driver that tracks its steps (not timed).
            compilation = NewCompilation(trees);
            driver = NewDriver(newGenerator(), track: true).RunGenerators(compilation);
            CSharpCompilation unrelatedEdit = EditUnrelated(compilation, 99);
            driver = driver.RunGenerators(unrelatedEdit);
            Console.WriteLine("Step outputs of the incremental run after the unrelated edit: " + Reasons(driver.GetRunResult()));
            driver = driver.RunGenerators(EditOneAttribute(unrelatedEdit, 0));
            Console.WriteLine("Step outputs of the incremental run after editing one attribute: " + Reasons(driver.GetRunResult()));

            // The generated code compiles (not timed).
            var check = Stopwatch.StartNew();
            NewDriver(newGenerator(), track: false).RunGeneratorsAndUpdateCompilation(NewCompilation(trees), out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            Diagnostic[] errors = output.GetDiagnostics().Concat(generatorDiagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Console.WriteLine($"Compiling the input with the {output.SyntaxTrees.Count() - trees.Count} generated files: {errors.Length} errors or warnings ({check.Elapsed.TotalSeconds:F1} s).");
            foreach (Diagnostic error in errors.Take(10))
            {
                Console.WriteLine("  " + error);
            }

            return errors.Length == 0 ? 0 : 1;
        }

        /// <summary>
        /// The <c>--generator-floor</c> child: the first run, in this fresh process, of <see cref="FloorGenerator"/> on the
        /// same compilation, on the SDK's compiler when <paramref name="sdkCompiler"/> is set; prints the milliseconds.
        /// </summary>
        public static int RunFloor(string? sdkCompiler)
        {
            List<SyntaxTree> trees = AnnotatedSources().Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: $"Kernels{i:D2}.cs")).ToList();
            trees.Add(CSharpSyntaxTree.ParseText(Unrelated(0), ParseOptions, path: UnrelatedPath));
            CSharpCompilation compilation = NewCompilation(trees);
            GeneratorDriver driver = NewDriver(new FloorGenerator(), track: false);
            Collect();
            long start = Stopwatch.GetTimestamp();
            driver = driver.RunGenerators(compilation);
            double milliseconds = Milliseconds(start);
            int files = driver.GetRunResult().GeneratedTrees.Length;
            Console.WriteLine(milliseconds.ToString("R", CultureInfo.InvariantCulture));
            return files == Methods ? 0 : 1;
        }

        private static double FloorInChild(string? sdkCompiler)
        {
            (int exitCode, string output, string errors) = sdkCompiler is null ? ChildProcess.Run("--generator-floor") : ChildProcess.Run("--generator-floor", SdkCompiler.Argument);
            return exitCode == 0 && double.TryParse(output.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                ? value
                : throw new InvalidOperationException($"The --generator-floor process failed (exit {exitCode}): {output}{errors}");
        }

        /// <summary>
        /// The least a generator of [Pool] methods does: find them as PoolGen does and add a file for each (empty, so that
        /// parsing PoolGen's 8 MB of output is not part of the floor).
        /// </summary>
        private sealed class FloorGenerator : IIncrementalGenerator
        {
            public void Initialize(IncrementalGeneratorInitializationContext context)
            {
                IncrementalValuesProvider<string> names = context.SyntaxProvider.ForAttributeWithMetadataName(
                    "PoolGen.PoolAttribute",
                    predicate: static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                    transform: static (ctx, _) => ctx.TargetSymbol.ContainingType.Name + "." + ctx.TargetSymbol.Name);
                context.RegisterSourceOutput(names, static (spc, name) => spc.AddSource(name + ".g.cs", "// " + name + "\n"));
            }
        }

        private static void Row(string label, double cold, List<double>? warm)
        {
            warm?.Sort();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-62} {1,10} {2,10} {3,10}",
                label, Format(cold), warm is null ? "-" : Format(warm[warm.Count / 2]), warm is null ? "-" : Format(warm[0])));

            static string Format(double value) => double.IsNaN(value) ? "-" : value.ToString("F2", CultureInfo.InvariantCulture);
        }

        private static void Record(List<double> times, long start, bool timed)
        {
            double milliseconds = Milliseconds(start);
            if (timed)
            {
                times.Add(milliseconds);
            }
        }

        private static void Collect()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        private static double Milliseconds(long start) => (Stopwatch.GetTimestamp() - start) * 1000.0 / Stopwatch.Frequency;

        private static bool Check(GeneratorDriverRunResult result, string what)
        {
            GeneratorRunResult run = result.Results.Single();
            if (run.Exception is not null)
            {
                Console.Error.WriteLine($"The generator threw on the {what}: {run.Exception}");
                return false;
            }

            if (run.GeneratedSources.Length != Methods || !run.Diagnostics.IsEmpty)
            {
                Console.Error.WriteLine($"The {what} generated {run.GeneratedSources.Length} files (expected {Methods}) and {run.Diagnostics.Length} diagnostics: " +
                    string.Join("; ", run.Diagnostics.Take(5)));
                return false;
            }

            return true;
        }

        /// <summary>
        /// For PoolGen's tracked steps, Roslyn's attribute transform step (<c>result_ForAttributeWithMetadataName</c>:
        /// Unchanged means the transform ran again and gave an equal model) and the source output step: how many
        /// outputs had each run reason, e.g. <c>PoolGen.Parse: 500 Cached</c>.
        /// </summary>
        private static string Reasons(GeneratorDriverRunResult result) =>
            string.Join("; ", result.Results.Single().TrackedSteps
                .Where(step => step.Key.StartsWith("PoolGen.", StringComparison.Ordinal) || step.Key is "result_ForAttributeWithMetadataName" or "SourceOutput")
                .OrderBy(step => step.Key, StringComparer.Ordinal)
                .Select(step => step.Key + ": " + string.Join(", ", step.Value
                    .SelectMany(run => run.Outputs)
                    .GroupBy(output => output.Reason)
                    .OrderBy(group => group.Key)
                    .Select(group => $"{group.Count()} {group.Key}"))));

        private static CSharpCompilation NewCompilation(IEnumerable<SyntaxTree> trees) =>
            CSharpCompilation.Create(
                "PoolGenGeneratorBenchmark",
                trees,
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        private static GeneratorDriver NewDriver(IIncrementalGenerator generator, bool track) =>
            CSharpGeneratorDriver.Create(
                new[] { generator.AsSourceGenerator() },
                parseOptions: ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
                .Append(typeof(PoolAttribute).Assembly.Location)
                .Distinct()
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray());

        private static string Unrelated(int value) =>
            $"namespace Bench\n{{\n    public static class Unrelated\n    {{\n        public static int Value() => {value};\n    }}\n}}\n";

        private static CSharpCompilation EditUnrelated(CSharpCompilation compilation, int value)
        {
            SyntaxTree old = compilation.SyntaxTrees.Single(tree => tree.FilePath == UnrelatedPath);
            return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(Unrelated(value), ParseOptions, path: UnrelatedPath));
        }

        /// <summary>Toggles ceil mode on the first method of one file (a different file for each <paramref name="which"/>).</summary>
        private static CSharpCompilation EditOneAttribute(CSharpCompilation compilation, int which)
        {
            string path = $"Kernels{which % (Methods / MethodsPerFile):D2}.cs";
            SyntaxTree old = compilation.SyntaxTrees.Single(tree => tree.FilePath == path);
            string text = old.GetText().ToString();
            int end = text.IndexOf(")]", StringComparison.Ordinal);
            const string Ceil = ", CeilMode = true";
            int ceil = text.LastIndexOf(Ceil, end, StringComparison.Ordinal);
            bool firstHasCeil = ceil >= 0 && ceil > text.IndexOf("[Pool(", StringComparison.Ordinal);
            string edited = firstHasCeil ? text.Remove(ceil, Ceil.Length) : text.Insert(end, Ceil);
            return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(edited, ParseOptions, path: path));
        }

        /// <summary>500 [Pool] methods of varied kinds, windows, strides, paddings, dilations, modes, types and shapes.</summary>
        private static List<string> AnnotatedSources()
        {
            string[] maxTypes = { "float", "double", "byte", "sbyte", "short", "ushort", "int", "uint", "long", "ulong" };
            string[] averageTypes = { "float", "double" };
            var files = new List<string>();
            for (int file = 0; file < Methods / MethodsPerFile; file++)
            {
                var text = new StringBuilder();
                text.Append("using System;\nusing PoolGen;\n\nnamespace Bench\n{\n");
                text.Append(CultureInfo.InvariantCulture, $"    public static partial class Kernels{file:D2}\n    {{\n");
                for (int m = 0; m < MethodsPerFile; m++)
                {
                    int i = file * MethodsPerFile + m;
                    bool average = i % 3 == 0;
                    string type = average ? averageTypes[i / 3 % averageTypes.Length] : maxTypes[i % maxTypes.Length];
                    int sizeH = 1 + i % 5;
                    int sizeW = i % 7 == 0 ? sizeH + 1 : sizeH;
                    int stride = i % 4;                    // 0 = the window size
                    int dilation = i % 11 == 0 ? 2 : 1;
                    int maxPadding = Math.Min(dilation * (sizeH - 1) + 1, dilation * (sizeW - 1) + 1) / 2;
                    int padding = Math.Min(i % 3, maxPadding);
                    bool ceil = i % 5 == 0;
                    bool fixedShape = i % 6 == 0;
                    bool fixedChannels = i % 10 == 0;

                    var properties = new List<string> { average ? "Kind = PoolKind.Average" : "Kind = PoolKind.Max" };
                    properties.Add(sizeW == sizeH ? $"Size = {sizeH}" : $"SizeH = {sizeH}, SizeW = {sizeW}");
                    if (stride != 0)
                    {
                        properties.Add($"Stride = {stride}");
                    }

                    if (padding != 0)
                    {
                        properties.Add($"Padding = {padding}");
                    }

                    if (dilation != 1)
                    {
                        properties.Add($"Dilation = {dilation}");
                    }

                    if (ceil)
                    {
                        properties.Add("CeilMode = true");
                    }

                    if (average && i % 2 == 0)
                    {
                        properties.Add("CountIncludePad = false");
                    }

                    if (fixedChannels)
                    {
                        properties.Add("Channels = 3");
                    }

                    if (fixedShape)
                    {
                        properties.Add("Height = 32, Width = 24");
                    }

                    var parameters = new List<string> { $"ReadOnlySpan<{type}> input", $"Span<{type}> output" };
                    if (i % 2 == 0)
                    {
                        parameters.Add("int batch");
                    }

                    if (!fixedChannels)
                    {
                        parameters.Add("int channels");
                    }

                    if (!fixedShape)
                    {
                        parameters.Add("int height");
                        parameters.Add("int width");
                    }

                    text.Append(CultureInfo.InvariantCulture, $"        [Pool({string.Join(", ", properties)})]\n");
                    text.Append(CultureInfo.InvariantCulture, $"        public static partial void Pool{i:D3}({string.Join(", ", parameters)});\n\n");
                }

                text.Append("    }\n}\n");
                files.Add(text.ToString());
            }

            return files;
        }
    }
}
