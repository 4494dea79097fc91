using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PoolGen.CodeFixes
{
    internal static class SyntaxHelpers
    {
        /// <summary>The innermost <typeparamref name="T"/> around <paramref name="span"/> (a diagnostic's location), or null.</summary>
        public static T? Find<T>(SyntaxNode root, TextSpan span)
            where T : SyntaxNode
            => span.End <= root.FullSpan.End ? root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<T>() : null;

        /// <summary>
        /// <paramref name="method"/> with <c>partial</c> added as its last modifier (the only place C# allows it: right
        /// before the return type). Without other modifiers, <c>partial</c> takes over the return type's leading trivia.
        /// </summary>
        public static MethodDeclarationSyntax AddPartial(MethodDeclarationSyntax method)
        {
            if (method.Modifiers.Count > 0)
            {
                return method.WithModifiers(method.Modifiers.Add(PartialKeyword()));
            }

            SyntaxToken first = method.ReturnType.GetFirstToken();
            return method
                .ReplaceToken(first, first.WithLeadingTrivia())
                .WithModifiers(SyntaxFactory.TokenList(PartialKeyword().WithLeadingTrivia(first.LeadingTrivia)));
        }

        /// <summary><paramref name="type"/> with <c>partial</c> added right before its keyword (class, struct, record, interface).</summary>
        public static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax type)
        {
            if (type.Modifiers.Count > 0)
            {
                return type.WithModifiers(type.Modifiers.Add(PartialKeyword()));
            }

            SyntaxToken keyword = type.Keyword;
            return type
                .ReplaceToken(keyword, keyword.WithLeadingTrivia())
                .WithModifiers(SyntaxFactory.TokenList(PartialKeyword().WithLeadingTrivia(keyword.LeadingTrivia)));
        }

        public static bool IsPartial(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.PartialKeyword);

        /// <summary>Trailing trivia without its whitespace and line breaks, unless it holds a comment (then it is kept whole).</summary>
        public static SyntaxTriviaList WithoutTrailingWhitespace(SyntaxTriviaList trivia)
            => trivia.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia)) ? default : trivia;

        private static SyntaxToken PartialKeyword()
            => SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
    }
}
