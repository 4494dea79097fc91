using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PoolGen.Generator;

namespace PoolGen.Fuzz.Tests
{
    /// <summary>Compiles sources with the real <see cref="PoolGenerator"/> in memory, as a build does, and loads the result.</summary>
    public static class FuzzCompiler
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        {
            string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            return trusted.Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
                .Append(typeof(PoolAttribute).Assembly.Location)
                .Append(typeof(System.Numerics.Tensors.TensorSpan<>).Assembly.Location) // the tensor form (a package, not the shared framework)
                .Distinct()
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        });

        public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

        private static int _assemblies;

        /// <summary>A compilation of <paramref name="sources"/> (file i is <c>P{i}.cs</c>), optimized as in Release, every warning on.</summary>
        public static CSharpCompilation Create(IReadOnlyList<string> sources, IReadOnlyList<string>? paths = null) =>
            CSharpCompilation.Create(
                "PoolGenFuzz" + Interlocked.Increment(ref _assemblies),
                sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: paths?[i] ?? $"P{i}.cs")),
                References.Value,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    optimizationLevel: OptimizationLevel.Release,
                    warningLevel: 9999,
                    nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>A driver for the vector path (the default) or the scalar path (<c>PoolGenVectorize=false</c>).</summary>
        public static GeneratorDriver CreateDriver(bool vectorize) =>
            CSharpGeneratorDriver.Create(
                new[] { new PoolGenerator().AsSourceGenerator() },
                additionalTexts: null,
                parseOptions: ParseOptions,
                optionsProvider: vectorize ? null : new OptionsProvider(new Dictionary<string, string> { ["build_property.PoolGenVectorize"] = "false" }));

        /// <summary>Runs the generator once.</summary>
        public static GeneratorRun Run(CSharpCompilation compilation, bool vectorize)
        {
            GeneratorDriver driver = CreateDriver(vectorize).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            return new GeneratorRun(driver.GetRunResult().Results.Single(), output, diagnostics);
        }

        /// <summary>Emits and loads <paramref name="compilation"/> into a collectible context; null when it does not emit; <paramref name="diagnostics"/> gets every diagnostic of the compilation.</summary>
        public static LoadedAssembly? Load(Compilation compilation, out IReadOnlyList<Diagnostic> diagnostics)
        {
            using var stream = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
            diagnostics = result.Diagnostics;
            if (!result.Success)
            {
                return null;
            }

            stream.Position = 0;
            return new LoadedAssembly(stream, compilation.AssemblyName!);
        }

        private sealed class OptionsProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
        {
            private readonly Options _global = new(values);
            private static readonly Options Empty = new(new Dictionary<string, string>());

            public override AnalyzerConfigOptions GlobalOptions => _global;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

            private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
            {
                public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
            }
        }
    }

    /// <summary>One generator run: its result (sources, exception), the compilation with the sources added, the generator's diagnostics.</summary>
    public sealed record GeneratorRun(GeneratorRunResult Result, Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics);

    /// <summary>An emitted assembly in a collectible <see cref="AssemblyLoadContext"/>, unloaded on dispose (as the Regex generator's tests do).</summary>
    public sealed class LoadedAssembly : IDisposable
    {
        private readonly AssemblyLoadContext _context;

        public LoadedAssembly(Stream image, string name)
        {
            _context = new AssemblyLoadContext(name, isCollectible: true);
            Assembly = _context.LoadFromStream(image);
        }

        public Assembly Assembly { get; }

        /// <summary>The <c>Entry</c> method of a rendered program as a delegate.</summary>
        public Entry<T> Entry<T>(string typeName)
        {
            Type type = Assembly.GetType(typeName, throwOnError: true)!;
            MethodInfo method = type.GetMethod("Entry", BindingFlags.Public | BindingFlags.Static) ?? throw new MissingMethodException(typeName, "Entry");
            return method.CreateDelegate<Entry<T>>();
        }

        /// <summary>
        /// The <c>Run</c> method of a rendered span-form program, or for the tensor form its <c>TensorEntry</c> behind a
        /// <see cref="Kernel{T}"/> that builds dense tensors over the array segments: [N, C, ...spatial] (channels last:
        /// [N, ...spatial, C]) with the output's pooled sizes, without N when the batch argument is 0, and the indices (if
        /// any) with the output's lengths.
        /// </summary>
        public Kernel<T> Kernel<T>(string typeName, PoolProgram program)
        {
            Type type = Assembly.GetType(typeName, throwOnError: true)!;
            if (program.Tensor != TensorForm.Valid)
            {
                MethodInfo run = type.GetMethod("Run", BindingFlags.Public | BindingFlags.Static) ?? throw new MissingMethodException(typeName, "Run");
                return run.CreateDelegate<Kernel<T>>();
            }

            MethodInfo entry = type.GetMethod("TensorEntry", BindingFlags.Public | BindingFlags.Static) ?? throw new MissingMethodException(typeName, "TensorEntry");
            TensorKernel<T>? plain = program.HasIndices ? null : entry.CreateDelegate<TensorKernel<T>>();
            TensorKernel<T, int>? withInts = program.HasIndices && program.IntIndices ? entry.CreateDelegate<TensorKernel<T, int>>() : null;
            TensorKernel<T, long>? withLongs = program.HasIndices && !program.IntIndices ? entry.CreateDelegate<TensorKernel<T, long>>() : null;
            return (a, aStart, aLength, b, bStart, bLength, ix, ixStart, ixLength, batch, channels, depth, height, width) =>
            {
                var shape = new RunShape(Math.Max(batch, 1), channels, height, width, 0, false, false, 0, 0) { Depth = depth, TensorUnbatched = batch == 0 };
                (int n, int c, int[] spatial) = FuzzRunner.Dims(program, shape);
                int[] outSpatial = program.SpatialAxes.Select((axis, i) => program.OutputSizeOf(axis, spatial[i])).ToArray();
                nint[] inputLengths = Lengths(program, batch != 0, n, c, spatial);
                nint[] outputLengths = Lengths(program, batch != 0, n, c, outSpatial);
                if (outSpatial.Any(o => o < 1))
                {
                    // No output for this input: the kernel must reject the input first, so the output is one element of the right rank.
                    outputLengths.AsSpan().Fill(1);
                }

                var input = new System.Numerics.Tensors.ReadOnlyTensorSpan<T>(a, aStart, inputLengths, default);
                var output = new System.Numerics.Tensors.TensorSpan<T>(b, bStart, outputLengths, default);
                if (withInts is not null)
                {
                    withInts(input, output, new System.Numerics.Tensors.TensorSpan<int>((int[])ix!, ixStart, outputLengths, default));
                }
                else if (withLongs is not null)
                {
                    withLongs(input, output, new System.Numerics.Tensors.TensorSpan<long>((long[])ix!, ixStart, outputLengths, default));
                }
                else
                {
                    plain!(input, output);
                }
            };
        }

        /// <summary>[N, C, ...spatial], or [N, ...spatial, C] channels last; without N for a tensor without a batch axis.</summary>
        private static nint[] Lengths(PoolProgram program, bool batched, int batch, int channels, int[] spatial)
        {
            IEnumerable<int> axes = program.Layout == 1 ? spatial.Append(channels) : spatial.Prepend(channels);
            return (batched ? axes.Prepend(batch) : axes).Select(length => (nint)length).ToArray();
        }

        /// <summary>The <c>TensorEntry</c> method of a rendered tensor-form program as a delegate.</summary>
        public TensorKernel<T> Tensor<T>(string typeName)
        {
            Type type = Assembly.GetType(typeName, throwOnError: true)!;
            MethodInfo method = type.GetMethod("TensorEntry", BindingFlags.Public | BindingFlags.Static) ?? throw new MissingMethodException(typeName, "TensorEntry");
            return method.CreateDelegate<TensorKernel<T>>();
        }

        public void Dispose() => _context.Unload();
    }
}
