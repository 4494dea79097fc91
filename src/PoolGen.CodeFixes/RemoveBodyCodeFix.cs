using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PoolGen.CodeFixes
{
    /// <summary>
    /// PG0010: turns the body of a [Pool] method (<c>{ ... }</c> or <c>=> ...;</c>) into <c>;</c>, and makes the method
    /// <c>partial</c> if it is not, so that PoolGen implements it.
    /// </summary>
    /// <remarks>
    /// No fix when the [Pool] declaration has no body itself (PG0010 then means a separate implementing declaration
    /// exists, which is the user's code to delete or keep), or when the declaration with the body implements a separate
    /// defining declaration (removing the body would leave two definitions).
    /// </remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveBodyCodeFix))]
    public sealed class RemoveBodyCodeFix : CodeFixProvider
    {
        internal const string EquivalenceKey = "PoolGen.RemoveBody";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MethodHasBody);

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
                MethodDeclarationSyntax? method = SyntaxHelpers.Find<MethodDeclarationSyntax>(root, diagnostic.Location.SourceSpan);
                if (method is null ||
                    (method.Body is null && method.ExpressionBody is null) ||
                    model.GetDeclaredSymbol(method, context.CancellationToken) is not IMethodSymbol { PartialDefinitionPart: null } ||
                    method.Modifiers.Any(SyntaxKind.ExternKeyword) || method.Modifiers.Any(SyntaxKind.AbstractKeyword) || method.Modifiers.Any(SyntaxKind.AsyncKeyword))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Remove the body of '{method.Identifier.ValueText}' and let PoolGen implement it",
                        ct => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(method, RemoveBody(method, ct)))),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static MethodDeclarationSyntax RemoveBody(MethodDeclarationSyntax method, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The token before the body (the parameter list's ')' or the end of a constraint clause) loses the space or
            // line break that stood before the body; the ';' takes the trivia after the body.
            SyntaxToken bodyStart = method.Body?.OpenBraceToken ?? method.ExpressionBody!.ArrowToken;
            SyntaxToken before = bodyStart.GetPreviousToken();
            SyntaxTriviaList after = method.Body is { } body ? body.CloseBraceToken.TrailingTrivia : method.SemicolonToken.TrailingTrivia;

            MethodDeclarationSyntax result = method
                .ReplaceToken(before, before.WithTrailingTrivia(SyntaxHelpers.WithoutTrailingWhitespace(before.TrailingTrivia)))
                .WithBody(null)
                .WithExpressionBody(null)
                .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(after));

            return SyntaxHelpers.IsPartial(result.Modifiers) ? result : SyntaxHelpers.AddPartial(result);
        }
    }
}
