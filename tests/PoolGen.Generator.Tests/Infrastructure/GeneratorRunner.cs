using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PoolGen.Generator;

namespace PoolGen.Generator.Tests.Infrastructure
{
    /// <summary>Runs <see cref="PoolGenerator"/> in memory over C# sources, as the compiler does in a build.</summary>
    public static class GeneratorRunner
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        {
            // The running framework's assemblies plus the PoolGen runtime assembly (PoolAttribute, PoolKind).
            string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            return trusted.Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
                .Append(typeof(PoolAttribute).Assembly.Location)
                .Distinct()
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        });

        public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

        public static CSharpCompilation CreateCompilation(params string[] sources) =>
            CSharpCompilation.Create(
                "PoolGenTests",
                sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: false, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>A driver that records every step, so tests can read the tracked steps' reasons.</summary>
        public static GeneratorDriver CreateDriver() =>
            CSharpGeneratorDriver.Create(
                new[] { new PoolGenerator().AsSourceGenerator() },
                parseOptions: ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Runs the generator once over <paramref name="sources"/>.</summary>
        public static GeneratorOutput Run(params string[] sources)
        {
            CSharpCompilation compilation = CreateCompilation(sources);
            GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            return new GeneratorOutput(driver.GetRunResult(), output, diagnostics);
        }
    }

    /// <summary>What one generator run produced.</summary>
    /// <param name="RunResult">The driver's result: generated sources, diagnostics, exceptions, tracked steps.</param>
    /// <param name="Compilation">The input compilation with the generated sources added.</param>
    /// <param name="GeneratorDiagnostics">Diagnostics reported by the generator.</param>
    public sealed record GeneratorOutput(GeneratorDriverRunResult RunResult, Compilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
    {
        public GeneratorRunResult Result => RunResult.Results.Single();

        /// <summary>The generated files by hint name.</summary>
        public IReadOnlyDictionary<string, string> Sources =>
            Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        /// <summary>Errors and warnings of the compilation with the generated code, generator diagnostics included.</summary>
        public IReadOnlyList<Diagnostic> CompilationDiagnostics =>
            Compilation.GetDiagnostics().Concat(GeneratorDiagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }
}
