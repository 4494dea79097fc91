using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PoolGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// A test source with marked spans: <c>[|text|]</c> marks a span; the markers are removed from <see cref="Source"/>.
    /// Spans are numbered in the order their opening markers appear. Markers do not nest.
    /// </summary>
    /// <example><c>[Pool(Size = 2, [|SizeW = 0|])]</c> gives the source <c>[Pool(Size = 2, SizeW = 0)]</c> and the span of <c>SizeW = 0</c>.</example>
    public sealed class MarkedSource
    {
        public const string Open = "[|";
        public const string Close = "|]";

        private MarkedSource(string source, ImmutableArray<TextSpan> spans)
        {
            Source = source;
            Spans = spans;
        }

        /// <summary>The source without markers.</summary>
        public string Source { get; }

        /// <summary>The marked spans, in the order of their opening markers.</summary>
        public ImmutableArray<TextSpan> Spans { get; }

        /// <summary>The only marked span.</summary>
        public TextSpan Span => Spans.Length == 1
            ? Spans[0]
            : throw new InvalidOperationException($"The markup has {Spans.Length} marked spans, not exactly one.");

        /// <summary>The text of a marked span.</summary>
        public string TextOf(int index) => Source.Substring(Spans[index].Start, Spans[index].Length);

        public static MarkedSource Parse(string markup)
        {
            var source = new StringBuilder(markup.Length);
            var spans = ImmutableArray.CreateBuilder<TextSpan>();
            int position = 0;
            int? openAt = null;
            while (position < markup.Length)
            {
                if (string.CompareOrdinal(markup, position, Open, 0, Open.Length) == 0)
                {
                    if (openAt is not null)
                    {
                        throw new FormatException($"Nested '{Open}' at offset {position} of the markup.");
                    }

                    openAt = source.Length;
                    position += Open.Length;
                }
                else if (string.CompareOrdinal(markup, position, Close, 0, Close.Length) == 0)
                {
                    if (openAt is null)
                    {
                        throw new FormatException($"'{Close}' without '{Open}' at offset {position} of the markup.");
                    }

                    spans.Add(TextSpan.FromBounds(openAt.Value, source.Length));
                    openAt = null;
                    position += Close.Length;
                }
                else
                {
                    source.Append(markup[position]);
                    position++;
                }
            }

            if (openAt is not null)
            {
                throw new FormatException($"'{Open}' at offset {openAt} of the source is never closed.");
            }

            return new MarkedSource(source.ToString(), spans.ToImmutable());
        }
    }

    /// <summary>What a diagnostic test expects: an id, a marked span (in source <paramref name="File"/>), and message fragments.</summary>
    /// <param name="Id">The diagnostic id, e.g. "PG0001".</param>
    /// <param name="SpanIndex">Which marked span of the source the diagnostic must cover exactly.</param>
    /// <param name="MessageFragments">Texts the message must contain (ordinal comparison).</param>
    /// <param name="File">The index of the source (Source{File}.cs) the span is in.</param>
    public sealed record ExpectedDiagnostic(string Id, int SpanIndex, string[] MessageFragments, int File = 0)
    {
        public static ExpectedDiagnostic At(string id, int spanIndex, params string[] messageFragments) => new(id, spanIndex, messageFragments);

        public override string ToString() => $"{Id} at span #{SpanIndex} of Source{File}.cs with \"{string.Join("\", \"", MessageFragments)}\"";
    }

    /// <summary>Assertions on the diagnostics and the compilation of a generator run.</summary>
    public static class DiagnosticsAssert
    {
        /// <summary>The severity each PoolGen descriptor has (AnalyzerReleases.Unshipped.md): all errors but PG0018.</summary>
        public static DiagnosticSeverity SeverityOf(string id) => id == "PG0018" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;

        /// <summary>
        /// Runs the generator over the marked sources and asserts that it reported exactly <paramref name="expected"/>:
        /// same ids, each at exactly its marked span (source span, line span and file), each message containing its
        /// fragments, with the descriptor's severity, and nothing else (no other diagnostic from the generator at all).
        /// </summary>
        public static GeneratorOutput Reports(string[] markups, params ExpectedDiagnostic[] expected)
            => Reports(GeneratorRunner.ParseOptions, markups, expected);

        /// <summary><see cref="Reports(string[], ExpectedDiagnostic[])"/> with the sources and the generated files parsed with <paramref name="options"/>.</summary>
        public static GeneratorOutput Reports(CSharpParseOptions options, string[] markups, params ExpectedDiagnostic[] expected)
        {
            MarkedSource[] marked = markups.Select(MarkedSource.Parse).ToArray();
            GeneratorOutput output = Run(options, marked.Select(m => m.Source).ToArray());
            Assert.True(output.Result.Exception is null, $"The generator threw: {output.Result.Exception}");

            var remaining = output.GeneratorDiagnostics.ToList();
            var failures = new List<string>();
            foreach (ExpectedDiagnostic e in expected)
            {
                MarkedSource source = marked[e.File];
                TextSpan span = source.Spans[e.SpanIndex];
                Diagnostic? match = remaining.FirstOrDefault(d =>
                    d.Id == e.Id &&
                    d.Location.SourceSpan == span &&
                    d.Location.GetLineSpan().Path == $"Source{e.File}.cs" &&
                    e.MessageFragments.All(f => d.GetMessage().Contains(f, StringComparison.Ordinal)));
                if (match is null)
                {
                    failures.Add($"missing: {e} (span text '{source.TextOf(e.SpanIndex)}')");
                    continue;
                }

                remaining.Remove(match);
                LinePositionSpan lines = SourceText.From(source.Source).Lines.GetLinePositionSpan(span);
                if (match.Location.GetLineSpan().Span != lines)
                {
                    failures.Add($"{e.Id}: line span {match.Location.GetLineSpan().Span}, expected {lines}");
                }

                if (match.Severity != SeverityOf(e.Id))
                {
                    failures.Add($"{e.Id}: severity {match.Severity}, expected {SeverityOf(e.Id)}");
                }
            }

            failures.AddRange(remaining.Select(d => "unexpected: " + Describe(d, marked)));
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Prepend("Generator diagnostics differ from the expected ones:")
                .Append("Reported:").Concat(output.GeneratorDiagnostics.Select(d => "  " + Describe(d, marked)))));
            return output;
        }

        /// <summary>One source, one expected diagnostic at its only marked span.</summary>
        public static GeneratorOutput ReportsSingle(string markup, string id, params string[] messageFragments)
            => Reports(new[] { markup }, new ExpectedDiagnostic(id, 0, messageFragments));

        /// <summary>
        /// <see cref="GeneratorRunner.Run"/> with other parse options (e.g. an older language version) for the sources and the
        /// generated files alike; the references and compilation options are GeneratorRunner's.
        /// </summary>
        public static GeneratorOutput Run(CSharpParseOptions options, params string[] sources)
        {
            CSharpCompilation compilation = CreateCompilation(options, sources);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new PoolGenerator().AsSourceGenerator() },
                parseOptions: options,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            return new GeneratorOutput(driver.GetRunResult(), output, diagnostics);
        }

        /// <summary>GeneratorRunner's compilation of <paramref name="sources"/>, parsed with <paramref name="options"/>.</summary>
        public static CSharpCompilation CreateCompilation(CSharpParseOptions options, params string[] sources)
            => GeneratorRunner.CreateCompilation().AddSyntaxTrees(
                sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, options, path: $"Source{i}.cs")));

        /// <summary>"PG0001 Error Source0.cs[83..91) 'Size = 0': message".</summary>
        public static string Describe(Diagnostic d, IReadOnlyList<MarkedSource>? sources = null)
        {
            FileLinePositionSpan lineSpan = d.Location.GetLineSpan();
            string text = string.Empty;
            if (sources is not null && lineSpan.Path.StartsWith("Source", StringComparison.Ordinal) &&
                int.TryParse(lineSpan.Path.AsSpan("Source".Length, lineSpan.Path.Length - "Source.cs".Length), out int file) &&
                file < sources.Count && d.Location.SourceSpan.End <= sources[file].Source.Length)
            {
                text = $" '{sources[file].Source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)}'";
            }

            return $"{d.Id} {d.Severity} {lineSpan.Path}{d.Location.SourceSpan}{text}: {d.GetMessage()}";
        }

        /// <summary>
        /// The robustness contract for any input, however broken: the generator does not throw; every file it adds parses;
        /// every diagnostic it reports points into an input file; the compilation with its output has no error id that the
        /// input alone lacks, except PoolGen's own (PGxxxx); and the generated files add no warning the input lacks (the
        /// repository builds with TreatWarningsAsErrors, so such a warning breaks a user's build as well).
        /// </summary>
        public static GeneratorOutput IsRobust(params string[] sources) => IsRobust(GeneratorRunner.ParseOptions, sources);

        /// <summary><see cref="IsRobust(string[])"/> with the sources and the generated files parsed with <paramref name="options"/>.</summary>
        public static GeneratorOutput IsRobust(CSharpParseOptions options, params string[] sources)
        {
            GeneratorOutput output = Run(options, sources);
            Assert.True(output.Result.Exception is null, $"The generator threw: {output.Result.Exception}");

            var failures = new List<string>();
            foreach (GeneratedSourceResult generated in output.Result.GeneratedSources)
            {
                SyntaxTree tree = CSharpSyntaxTree.ParseText(generated.SourceText, options, path: generated.HintName);
                failures.AddRange(tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
                    .Select(d => $"syntax error in generated {generated.HintName}: {d}"));
            }

            foreach (Diagnostic d in output.GeneratorDiagnostics)
            {
                FileLinePositionSpan lineSpan = d.Location.GetLineSpan();
                int file = Array.FindIndex(Enumerable.Range(0, sources.Length).ToArray(), i => lineSpan.Path == $"Source{i}.cs");
                if (file < 0 || d.Location.SourceSpan.End > sources[file].Length)
                {
                    failures.Add($"generator diagnostic outside the input files: {Describe(d)}");
                }
            }

            ImmutableArray<Diagnostic> before = CreateCompilation(options, sources).GetDiagnostics();
            ImmutableHashSet<string> errorsBefore = before.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToImmutableHashSet();
            ImmutableHashSet<string> warningsBefore = before.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Id).ToImmutableHashSet();
            ImmutableArray<Diagnostic> after = output.Compilation.GetDiagnostics();

            failures.AddRange(after.Concat(output.GeneratorDiagnostics)
                .Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("PG", StringComparison.Ordinal) && !errorsBefore.Contains(d.Id))
                .Select(d => $"error introduced by the generator: {Describe(d)}"));

            var generatedPaths = output.Result.GeneratedSources.Select(s => s.SyntaxTree.FilePath).ToImmutableHashSet();
            failures.AddRange(after
                .Where(d => d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && generatedPaths.Contains(tree.FilePath) && !warningsBefore.Contains(d.Id))
                .Select(d => $"warning in generated code: {Describe(d)}"));

            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
            return output;
        }
    }
}

namespace PoolGen.Generator.Tests.Infrastructure
{
    /// <summary>Small source templates for diagnostic and robustness tests.</summary>
    public static class DiagnosticsSources
    {
        /// <summary>The usual signature: input, output, height, width.</summary>
        public const string Signature = "ReadOnlySpan<float> input, Span<float> output, int height, int width";

        /// <summary><paramref name="members"/> inside <c>public static partial class Kernels</c> in namespace Demo.</summary>
        public static string InKernels(string members) => $$"""
            using System;
            using PoolGen;

            namespace Demo;

            public static partial class Kernels
            {
                {{members}}
            }
            """;

        /// <summary>One method M with <c>[Pool(arguments)]</c> and the given parameters, inside Kernels.</summary>
        public static string Kernel(string arguments, string parameters = Signature)
            => InKernels($"[Pool({arguments})]\n    public static partial void M({parameters});");
    }
}
