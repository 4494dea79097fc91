using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
    /// A fix that edits the named arguments of a [Pool] attribute: a diagnostic's fix is a title and a function from the
    /// attribute to the edited attribute (<see cref="AttributeEdit"/>), written in terms of the arguments' names, so that
    /// several edits of one attribute apply one after the other. Fix All applies every diagnostic's edit of an attribute to
    /// that attribute once (a batch merge of text changes would drop the second of two edits of the same argument list).
    /// </summary>
    public abstract class AttributeArgumentsCodeFix : CodeFixProvider
    {
        /// <summary>The key of this fix's actions: Fix All gathers the actions with the same key.</summary>
        protected abstract string EquivalenceKey { get; }

        /// <summary>
        /// The edit that fixes <paramref name="diagnostic"/>, reported in <paramref name="attribute"/> (at
        /// <paramref name="argument"/> when it points at one), or null when there is no safe fix.
        /// </summary>
        internal abstract AttributeEdit? Edit(AttributeSyntax attribute, AttributeArgumentSyntax? argument, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellationToken);

        /// <inheritdoc/>
        public sealed override FixAllProvider GetFixAllProvider() => new FixAll(this);

        /// <inheritdoc/>
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (Find(root, diagnostic, model, context.CancellationToken) is not (AttributeSyntax attribute, AttributeEdit edit))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        edit.Title,
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(attribute, edit.Apply(attribute)))),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>The [Pool] attribute a diagnostic is reported in and the edit that fixes it, or null.</summary>
        private (AttributeSyntax Attribute, AttributeEdit Edit)? Find(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellationToken)
        {
            AttributeArgumentSyntax? argument = SyntaxHelpers.Find<AttributeArgumentSyntax>(root, diagnostic.Location.SourceSpan);
            AttributeSyntax? attribute = argument?.Parent?.Parent as AttributeSyntax ?? SyntaxHelpers.Find<AttributeSyntax>(root, diagnostic.Location.SourceSpan);
            return attribute is not null && Edit(attribute, argument, diagnostic, model, cancellationToken) is { } edit ? (attribute, edit) : null;
        }

        /// <summary>The named arguments of <paramref name="attribute"/> (<c>Name = value</c>), by name.</summary>
        internal static IEnumerable<(string Name, AttributeArgumentSyntax Argument)> Named(AttributeSyntax attribute) =>
            (attribute.ArgumentList?.Arguments ?? default)
                .Where(a => a.NameEquals is not null)
                .Select(a => (a.NameEquals!.Name.Identifier.ValueText, a));

        /// <summary>
        /// <paramref name="attribute"/> without its named arguments in <paramref name="names"/>. Each kept argument keeps the
        /// separator that followed it (the last one none), so the list reads as before; an attribute left without arguments
        /// loses its parentheses.
        /// </summary>
        internal static AttributeSyntax Remove(AttributeSyntax attribute, ICollection<string> names)
        {
            if (attribute.ArgumentList is not { } list)
            {
                return attribute;
            }

            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = list.Arguments;
            var kept = new List<AttributeArgumentSyntax>();
            var separators = new List<SyntaxToken>();
            for (int i = 0; i < arguments.Count; i++)
            {
                if (arguments[i].NameEquals is { } nameEquals && names.Contains(nameEquals.Name.Identifier.ValueText))
                {
                    continue;
                }

                kept.Add(arguments[i]);
                separators.Add(i < arguments.SeparatorCount ? arguments.GetSeparator(i) : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
            }

            if (kept.Count == arguments.Count)
            {
                return attribute;
            }

            if (kept.Count == 0)
            {
                return attribute.WithArgumentList(null).WithTrailingTrivia(list.GetTrailingTrivia());
            }

            // The last argument keeps the trailing trivia of the last one written (a line break before ')', say).
            AttributeArgumentSyntax last = kept[kept.Count - 1];
            kept[kept.Count - 1] = last.WithTrailingTrivia(arguments[arguments.Count - 1].GetTrailingTrivia());
            separators.RemoveAt(separators.Count - 1);
            return attribute.WithArgumentList(list.WithArguments(SyntaxFactory.SeparatedList(kept, separators)));
        }

        /// <summary><paramref name="attribute"/> with <c>name = value</c> arguments appended, each after a comma and a space.</summary>
        internal static AttributeSyntax Append(AttributeSyntax attribute, IEnumerable<(string Name, ExpressionSyntax Value)> added)
        {
            AttributeArgumentListSyntax list = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = list.Arguments;
            foreach ((string name, ExpressionSyntax value) in added)
            {
                AttributeArgumentSyntax argument = SyntaxFactory.AttributeArgument(
                    SyntaxFactory.NameEquals(
                        SyntaxFactory.IdentifierName(name),
                        SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)),
                    null,
                    value.WithoutTrivia());
                arguments = arguments.Count == 0
                    ? arguments.Add(argument)
                    : SyntaxFactory.SeparatedList(
                        arguments.Take(arguments.Count - 1).Append(arguments[arguments.Count - 1].WithoutTrailingTrivia()).Append(argument.WithTrailingTrivia(arguments[arguments.Count - 1].GetTrailingTrivia())),
                        arguments.GetSeparators().Append(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space)));
            }

            return attribute.WithArgumentList(list.WithArguments(arguments));
        }

        /// <summary>Every diagnostic's edit of an attribute applied to it in turn, every attribute of a document at once.</summary>
        private sealed class FixAll : DocumentBasedFixAllProvider
        {
            private readonly AttributeArgumentsCodeFix fix;

            public FixAll(AttributeArgumentsCodeFix fix) => this.fix = fix;

            protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
            {
                SyntaxNode? root = await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
                SemanticModel? model = await document.GetSemanticModelAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
                if (root is null || model is null)
                {
                    return document;
                }

                var edits = new Dictionary<AttributeSyntax, List<AttributeEdit>>();
                foreach (Diagnostic diagnostic in diagnostics)
                {
                    if (fix.Find(root, diagnostic, model, fixAllContext.CancellationToken) is (AttributeSyntax attribute, AttributeEdit edit))
                    {
                        if (!edits.TryGetValue(attribute, out List<AttributeEdit>? list))
                        {
                            edits[attribute] = list = new List<AttributeEdit>();
                        }

                        list.Add(edit);
                    }
                }

                return document.WithSyntaxRoot(root.ReplaceNodes(edits.Keys, (original, _) => edits[original].Aggregate(original, (current, edit) => edit.Apply(current))));
            }
        }
    }

    /// <summary>A fix of one diagnostic: its title, and the attribute it makes of the [Pool] attribute.</summary>
    internal sealed class AttributeEdit
    {
        public AttributeEdit(string title, Func<AttributeSyntax, AttributeSyntax> apply)
        {
            Title = title;
            Apply = apply;
        }

        public string Title { get; }

        public Func<AttributeSyntax, AttributeSyntax> Apply { get; }
    }
}
