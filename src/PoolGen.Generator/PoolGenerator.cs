using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PoolGen.Generator.Model;

namespace PoolGen.Generator
{
    /// <summary>
    /// Implements every partial method annotated with <c>[PoolGen.Pool]</c> as a pooling kernel specialized for its
    /// window, stride, padding, dilation, element type and (optionally) shape.
    /// </summary>
    /// <remarks>
    /// The pipeline: <see cref="Parser"/> turns each annotated method into a value-equatable
    /// <see cref="PoolMethodModel"/> plus diagnostics (plain data, no symbols or syntax), and <see cref="Emitter"/>
    /// writes one source file per model. A change to one method re-runs only that method's steps.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class PoolGenerator : IIncrementalGenerator
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
                    transform: static (ctx, ct) => Parser.Parse(ctx, ct))
                .Where(static result => result is not null)
                .Select(static (result, _) => result!)
                .WithTrackingName(TrackingNames.Parse);

            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = results
                .Select(static (result, _) => result.Diagnostics)
                .Where(static d => !d.IsEmpty)
                .WithTrackingName(TrackingNames.Diagnostics);

            context.RegisterSourceOutput(diagnostics, static (spc, items) =>
            {
                foreach (DiagnosticInfo item in items)
                {
                    spc.ReportDiagnostic(item.ToDiagnostic());
                }
            });

            IncrementalValuesProvider<PoolMethodModel> models = results
                .Where(static result => result.Model is not null)
                .Select(static (result, _) => result.Model!)
                .WithTrackingName(TrackingNames.Models);

            context.RegisterSourceOutput(models, static (spc, model) =>
                spc.AddSource(Emitter.HintName(model), Emitter.Emit(model)));
        }
    }
}
