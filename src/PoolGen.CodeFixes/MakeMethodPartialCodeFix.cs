using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PoolGen.CodeFixes
{
    /// <summary>PG0009: adds <c>partial</c> to a [Pool] method declared without it (and without a body).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeMethodPartialCodeFix))]
    public sealed class MakeMethodPartialCodeFix : CodeFixProvider
    {
        internal const string EquivalenceKey = "PoolGen.MakeMethodPartial";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MethodNotPartial);

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
                MethodDeclarationSyntax? method = SyntaxHelpers.Find<MethodDeclarationSyntax>(root, diagnostic.Location.SourceSpan);
                if (method is null ||
                    SyntaxHelpers.IsPartial(method.Modifiers) ||
                    method.Body is not null || method.ExpressionBody is not null ||
                    method.Modifiers.Any(SyntaxKind.ExternKeyword) || method.Modifiers.Any(SyntaxKind.AbstractKeyword))
                {
                    // With a body it is PG0010's fix; extern and abstract methods cannot be implemented by PoolGen.
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Make '{method.Identifier.ValueText}' partial",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(method, SyntaxHelpers.AddPartial(method)))),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
