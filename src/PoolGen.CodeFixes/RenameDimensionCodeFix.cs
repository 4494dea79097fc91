using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Rename;

namespace PoolGen.CodeFixes
{
    /// <summary>
    /// PG0014: renames a misspelled dimension parameter (<c>int heigth</c>) to the closest name the generator binds
    /// (<c>height</c>), everywhere the parameter is named (named arguments, documentation). A <c>Span&lt;int&gt;</c> or
    /// <c>Span&lt;long&gt;</c> right after the output is compared with <c>indices</c> instead.
    /// </summary>
    /// <remarks>
    /// No fix when no name is close (see <see cref="Dimensions.Nearest"/>), when two are equally close, when the
    /// parameter is not an <c>int</c> (a rename would not help), or when the close name is taken by another parameter or
    /// belongs to another rank than the method's (<c>length</c> beside <c>height</c>).
    /// </remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenameDimensionCodeFix))]
    public sealed class RenameDimensionCodeFix : CodeFixProvider
    {
        internal const string EquivalenceKey = "PoolGen.RenameDimensionParameter";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidDimensionParameter);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                ParameterSyntax? syntax = SyntaxHelpers.Find<ParameterSyntax>(root, diagnostic.Location.SourceSpan);
                if (syntax is null ||
                    model.GetDeclaredSymbol(syntax, context.CancellationToken) is not IParameterSymbol parameter ||
                    parameter.ContainingSymbol is not IMethodSymbol method ||
                    NewName(parameter, method) is not { } newName)
                {
                    continue;
                }

                Solution solution = context.Document.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Rename '{parameter.Name}' to '{newName}'",
                        ct => Renamer.RenameSymbolAsync(solution, parameter, default(SymbolRenameOptions), newName, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>The name the parameter was most likely meant to have, or null.</summary>
        internal static string? NewName(IParameterSymbol parameter, IMethodSymbol method)
        {
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                return null;
            }

            var others = new HashSet<string>(method.Parameters.Where(p => !SymbolEqualityComparer.Default.Equals(p, parameter)).Select(p => p.Name));
            IEnumerable<string> candidates;
            if (parameter.Ordinal == 2 && IsIndexSpan(parameter.Type))
            {
                candidates = new[] { Dimensions.Indices };
            }
            else if (parameter.Type.SpecialType == SpecialType.System_Int32)
            {
                // A 1D method ('length') has no depth, height or width, and the others no length.
                bool oneD = others.Contains("length");
                bool moreD = others.Contains("depth") || others.Contains("height") || others.Contains("width");
                candidates = Dimensions.Names.Where(n => !(oneD && n is "depth" or "height" or "width") && !(moreD && n == "length"));
            }
            else
            {
                return null;
            }

            string? nearest = Dimensions.Nearest(parameter.Name, candidates.Where(c => !others.Contains(c)));
            return nearest == parameter.Name ? null : nearest;
        }

        private static bool IsIndexSpan(ITypeSymbol type)
            => type is INamedTypeSymbol { Name: "Span", TypeArguments.Length: 1 } span &&
               span.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true } &&
               span.TypeArguments[0].SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64;
    }
}
