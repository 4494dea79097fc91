using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PoolGen.CodeFixes
{
    /// <summary>
    /// PG0019: makes the type the diagnostic names <c>partial</c>, and every type around it that is not: the generator
    /// reports the innermost one only, so one fix settles the whole nesting.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeTypesPartialCodeFix))]
    public sealed class MakeTypesPartialCodeFix : CodeFixProvider
    {
        internal const string EquivalenceKey = "PoolGen.MakeTypesPartial";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ContainingTypeNotPartial);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                TypeDeclarationSyntax? type = SyntaxHelpers.Find<TypeDeclarationSyntax>(root, diagnostic.Location.SourceSpan);
                if (type is null || type.Identifier.Span != diagnostic.Location.SourceSpan)
                {
                    continue;
                }

                List<TypeDeclarationSyntax> types = type.AncestorsAndSelf()
                    .OfType<TypeDeclarationSyntax>()
                    .Where(t => !SyntaxHelpers.IsPartial(t.Modifiers))
                    .ToList();
                if (types.Count == 0)
                {
                    continue;
                }

                string names = string.Join(", ", types.Select(t => "'" + t.Identifier.ValueText + "'").Reverse());
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Make {names} partial",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNodes(types, (_, rewritten) => SyntaxHelpers.AddPartial(rewritten)))),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
