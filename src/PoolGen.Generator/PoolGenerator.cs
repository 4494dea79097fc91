using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PoolGen.Generator.Emitting;
using PoolGen.Generator.Model;
using PoolGen.Generator.Parsing;
using PoolGen.Generator.Planning;

namespace PoolGen.Generator;

/// <summary>
/// Implements every partial method annotated with <c>[PoolGen.Pool]</c> as a pooling kernel specialized for its
/// window, stride, padding, dilation, element type and (optionally) shape.
/// </summary>
/// <remarks>
/// The pipeline: <see cref="PoolParser"/> turns each annotated method into a value-equatable <see cref="PoolSpec"/>
/// plus diagnostics (plain data, no symbols or syntax), <see cref="KernelPlanner"/> decides the kernel
/// (<see cref="KernelPlan"/>), and <see cref="SourceEmitter"/> prints one source file per plan. A change to one method
/// re-runs only that method's steps (docs/architecture.md).
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class PoolGenerator : IIncrementalGenerator
{
    /// <summary>The attribute the generator looks for.</summary>
    public const string PoolAttributeName = "PoolGen.PoolAttribute";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ParseResult> results = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                PoolAttributeName,
                predicate: static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                transform: static (ctx, ct) => PoolParser.Parse(ctx, ct))
            .Where(static result => result is not null)
            .Select(static (result, _) => result!)
            .WithTrackingName(TrackingNames.Parse);

        // The parse results that have diagnostics, as they are: a node of a class type shares the driver's code compiled
        // for the other class-typed nodes, where a node of the EquatableArray struct made the first run compile about 450
        // more methods of the driver (measured with DOTNET_JitStdOutFile).
        IncrementalValuesProvider<ParseResult> diagnostics = results
            .Where(static result => !result.Diagnostics.IsEmpty)
            .WithTrackingName(TrackingNames.Diagnostics);

        // Diagnostics are carried as plain data; they are tied back to their syntax tree only when reported, so
        // that #pragma warning disable and [SuppressMessage] apply to them like to the compiler's own.
        context.RegisterSourceOutput(diagnostics.Combine(context.CompilationProvider), static (spc, pair) =>
        {
            foreach (DiagnosticInfo item in pair.Left.Diagnostics)
            {
                spc.ReportDiagnostic(item.ToDiagnostic(pair.Right));
            }
        });

        // <PoolGenVectorize>false</PoolGenVectorize> in the project (a CompilerVisibleProperty) emits scalar kernels only.
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => new GeneratorOptions(
                Vectorize: !(options.GlobalOptions.TryGetValue("build_property.PoolGenVectorize", out string? value) &&
                             string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase))))
            .WithTrackingName(TrackingNames.Options);

        // Every choice about the kernel (traversal, vectors, NaN rule, unrolling) is made here, as data.
        IncrementalValuesProvider<KernelPlan> plans = results
            .Where(static result => result.Model is not null)
            .Select(static (result, _) => result.Model!)
            .Combine(options)
            .Select(static (pair, _) => KernelPlanner.TryPlan(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Plans);

        // File names must be unique ignoring case across the compilation, so they are assigned over all models
        // together; SelectMany hands the files on one by one, and an unchanged file is not emitted again.
        IncrementalValuesProvider<GeneratedFile> files = plans
            .Collect()
            .SelectMany(static (all, _) => SourceEmitter.AssignHintNames(all))
            .WithTrackingName(TrackingNames.Files);

        IncrementalValuesProvider<EmittedFile> emitted = files
            .Select(static (file, _) => SourceEmitter.TryEmit(file))
            .WithTrackingName(TrackingNames.Sources);

        context.RegisterSourceOutput(emitted, static (spc, file) =>
        {
            if (file.Text is not null)
            {
                spc.AddSource(file.HintName, file.Text);
            }
        });

        // An exception inside PoolGen is PG0099 at the method it failed on. The method is found in the compilation only
        // for the rare failed file, so the combination with the compilation costs nothing when there is none.
        IncrementalValuesProvider<InternalError> failures = emitted
            .Where(static file => file.Failure is not null)
            .Select(static (file, _) => file.Failure!);
        context.RegisterSourceOutput(failures.Combine(context.CompilationProvider), static (spc, pair) =>
            spc.ReportDiagnostic(pair.Left.ToDiagnostic(pair.Right)));
    }
}
