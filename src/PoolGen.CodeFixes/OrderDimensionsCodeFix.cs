using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PoolGen.CodeFixes
{
    /// <summary>
    /// PG0015: puts the dimension parameters of a [Pool] method in the order the generator requires (batch, channels,
    /// depth, height, width; length for 1D), and moves the arguments of every call with them, so that each call still
    /// passes the same value for each dimension.
    /// </summary>
    /// <remarks>
    /// Only the valid dimension parameters move, among the positions they hold; input, output, indices and any parameter
    /// PG0014 reports stay where they are. A method group converted to a delegate is not a call and is not changed.
    /// </remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(OrderDimensionsCodeFix))]
    public sealed class OrderDimensionsCodeFix : CodeFixProvider
    {
        internal const string EquivalenceKey = "PoolGen.OrderDimensionParameters";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MisorderedDimensionParameter);

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
                    model.GetDeclaredSymbol(method, context.CancellationToken) is not IMethodSymbol symbol ||
                    symbol.Parameters.Length != method.ParameterList.Parameters.Count ||
                    NewOrder(symbol) is not { } oldIndexOf)
                {
                    continue;
                }

                SeparatedSyntaxList<ParameterSyntax> parameters = method.ParameterList.Parameters;
                var reordered = new ParameterSyntax[parameters.Count];
                for (int i = 0; i < reordered.Length; i++)
                {
                    // Each position keeps its layout; the parameter that moves there brings only itself.
                    reordered[i] = parameters[oldIndexOf[i]].WithTriviaFrom(parameters[i]);
                }

                MethodDeclarationSyntax newDeclaration = method.WithParameterList(
                    method.ParameterList.WithParameters(SyntaxFactory.SeparatedList(reordered, parameters.GetSeparators())));
                string order = string.Join(", ", oldIndexOf.Select(old => symbol.Parameters[old]).Where(Dimensions.IsDimension).Select(p => p.Name));
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Reorder the dimension parameters: {order}",
                        ct => SignatureChange.ApplyAsync(context.Document, method, newDeclaration, oldIndexOf, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>For each parameter position, the index of the parameter that goes there; null when the order is right.</summary>
        internal static int[]? NewOrder(IMethodSymbol method)
        {
            var positions = new List<int>();
            for (int i = 2; i < method.Parameters.Length; i++)
            {
                IParameterSymbol parameter = method.Parameters[i];
                if (!(i == 2 && parameter.Name == Dimensions.Indices) && Dimensions.IsDimension(parameter))
                {
                    positions.Add(i);
                }
            }

            // A stable sort: two parameters of the same name (a compiler error) keep their order.
            List<int> sorted = positions.OrderBy(i => Dimensions.Role(method.Parameters[i].Name)).ToList();
            if (sorted.SequenceEqual(positions))
            {
                return null;
            }

            int[] oldIndexOf = Enumerable.Range(0, method.Parameters.Length).ToArray();
            for (int k = 0; k < positions.Count; k++)
            {
                oldIndexOf[positions[k]] = sorted[k];
            }

            return oldIndexOf;
        }
    }
}
