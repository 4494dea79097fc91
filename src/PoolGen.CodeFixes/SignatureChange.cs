using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;

namespace PoolGen.CodeFixes
{
    /// <summary>
    /// Replaces a method's declaration by one whose parameters are reordered (and possibly renamed or retyped), and
    /// carries the reordering over to every call: a positional argument moves with its parameter, so that
    /// <c>M(a, b, 4, 64)</c> against <c>int width, int height</c> becomes <c>M(a, b, 64, 4)</c> against
    /// <c>int height, int width</c> and still passes 64 as the width.
    /// </summary>
    internal static class SignatureChange
    {
        /// <param name="document">The document that declares <paramref name="method"/>.</param>
        /// <param name="method">The declaration to replace.</param>
        /// <param name="newDeclaration">The new declaration.</param>
        /// <param name="oldIndexOf">For each new parameter, the index of the old parameter it stands for, or -1 for a new one
        /// (then calls are left alone: there is no argument to pass).</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        public static async Task<Solution> ApplyAsync(Document document, MethodDeclarationSyntax method, MethodDeclarationSyntax newDeclaration, int[] oldIndexOf, CancellationToken cancellationToken)
        {
            Solution solution = document.Project.Solution;
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model?.GetDeclaredSymbol(method, cancellationToken) is not IMethodSymbol symbol)
            {
                return solution;
            }

            string[] oldNames = symbol.Parameters.Select(p => p.Name).ToArray();
            string[] newNames = newDeclaration.ParameterList.Parameters.Select(p => p.Identifier.ValueText).ToArray();
            var invocations = new Dictionary<DocumentId, List<TextSpan>>();
            if (oldIndexOf.All(i => i >= 0) && oldIndexOf.Length == oldNames.Length)
            {
                foreach (ReferencedSymbol referenced in await SymbolFinder.FindReferencesAsync(symbol, solution, cancellationToken).ConfigureAwait(false))
                {
                    foreach (ReferenceLocation location in referenced.Locations)
                    {
                        if (location.IsImplicit || location.Location.SourceTree is null)
                        {
                            continue;
                        }

                        if (!invocations.TryGetValue(location.Document.Id, out List<TextSpan>? list))
                        {
                            invocations[location.Document.Id] = list = new List<TextSpan>();
                        }

                        list.Add(location.Location.SourceSpan);
                    }
                }
            }

            if (!invocations.ContainsKey(document.Id))
            {
                invocations[document.Id] = new List<TextSpan>();
            }

            foreach (KeyValuePair<DocumentId, List<TextSpan>> pair in invocations)
            {
                Document current = solution.GetDocument(pair.Key)!;
                SyntaxNode? root = await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (root is null)
                {
                    continue;
                }

                var nodes = new HashSet<SyntaxNode>();
                foreach (TextSpan reference in pair.Value)
                {
                    if (InvocationOf(root.FindNode(reference, getInnermostNodeForTie: true)) is { } invocation)
                    {
                        nodes.Add(invocation);
                    }
                }

                SyntaxNode? declaration = null;
                if (pair.Key == document.Id)
                {
                    declaration = root.FindNode(method.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<MethodDeclarationSyntax>();
                    if (declaration is not null)
                    {
                        nodes.Add(declaration);
                    }
                }

                SyntaxNode newRoot = root.ReplaceNodes(nodes, (original, rewritten) =>
                    original == declaration ? newDeclaration
                    : rewritten is InvocationExpressionSyntax invocation ? Reorder(invocation, oldNames, newNames, oldIndexOf)
                    : rewritten);
                solution = solution.WithDocumentSyntaxRoot(pair.Key, newRoot);
            }

            return solution;
        }

        /// <summary>The call whose target is <paramref name="reference"/> (<c>M(...)</c>, <c>Kernels.M(...)</c>), or null (a method group).</summary>
        private static InvocationExpressionSyntax? InvocationOf(SyntaxNode reference)
        {
            SyntaxNode expression = reference;
            if (expression.Parent is MemberAccessExpressionSyntax access && access.Name == expression)
            {
                expression = access;
            }

            return expression.Parent is InvocationExpressionSyntax invocation && invocation.Expression == expression ? invocation : null;
        }

        /// <summary>
        /// The call with every argument at the position of its parameter in the new order (a named argument keeps its
        /// name, renamed with its parameter); unchanged when an argument cannot be matched to a parameter.
        /// </summary>
        private static InvocationExpressionSyntax Reorder(InvocationExpressionSyntax invocation, string[] oldNames, string[] newNames, int[] oldIndexOf)
        {
            SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
            if (arguments.Count != oldNames.Length)
            {
                return invocation;
            }

            var byOldIndex = new ArgumentSyntax?[oldNames.Length];
            for (int i = 0; i < arguments.Count; i++)
            {
                int index = arguments[i].NameColon is { } name ? Array.IndexOf(oldNames, name.Name.Identifier.ValueText) : i;
                if (index < 0 || byOldIndex[index] is not null)
                {
                    return invocation;
                }

                byOldIndex[index] = arguments[i];
            }

            var reordered = new ArgumentSyntax[arguments.Count];
            for (int newIndex = 0; newIndex < reordered.Length; newIndex++)
            {
                ArgumentSyntax argument = byOldIndex[oldIndexOf[newIndex]]!;
                if (argument.NameColon is { } nameColon && nameColon.Name.Identifier.ValueText != newNames[newIndex])
                {
                    argument = argument.WithNameColon(nameColon.WithName(SyntaxFactory.IdentifierName(newNames[newIndex]).WithTriviaFrom(nameColon.Name)));
                }

                // The argument moves; the layout of the position (line breaks, indentation) stays.
                reordered[newIndex] = argument.WithLeadingTrivia(arguments[newIndex].GetLeadingTrivia()).WithTrailingTrivia(arguments[newIndex].GetTrailingTrivia());
            }

            return invocation.WithArgumentList(invocation.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(reordered, arguments.GetSeparators())));
        }
    }
}
