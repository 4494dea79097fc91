using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
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
    /// PG0006: lowers a padding to the largest one the generator accepts, half the effective window
    /// <c>dilation*(size-1)+1</c> (rounded down) of every axis the padding applies to.
    /// </summary>
    /// <remarks>
    /// The axes are those of the method's rank as the parser works it out: 1D with a <c>length</c> parameter or
    /// <c>Length</c>; 3D with a <c>depth</c> parameter, <c>Depth</c> or any D-axis property; else 2D. <c>PaddingD</c>,
    /// <c>PaddingH</c> and <c>PaddingW</c> apply to their axis, <c>Padding</c> to each axis without its own; an axis takes
    /// <c>SizeX</c> and <c>DilationX</c> where written, else <c>Size</c> and <c>Dilation</c>. No fix when a value it
    /// needs is not a constant.
    /// </remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClampPaddingCodeFix))]
    public sealed class ClampPaddingCodeFix : CodeFixProvider
    {
        internal const string EquivalenceKey = "PoolGen.ClampPadding";

        private static readonly string[] ThreeDProperties = { "Depth", "SizeD", "StrideD", "PaddingD", "DilationD" };

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PaddingTooLarge);

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
                AttributeArgumentSyntax? argument = SyntaxHelpers.Find<AttributeArgumentSyntax>(root, diagnostic.Location.SourceSpan);
                if (argument?.NameEquals is not { } nameEquals ||
                    argument.Parent?.Parent is not AttributeSyntax attribute ||
                    attribute.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method ||
                    model.GetConstantValue(argument.Expression, context.CancellationToken).Value is not int padding ||
                    Largest(nameEquals.Name.Identifier.ValueText, attribute, method, model, context.CancellationToken) is not { } largest ||
                    largest >= padding)
                {
                    continue;
                }

                string name = nameEquals.Name.Identifier.ValueText;
                ExpressionSyntax value = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(largest))
                    .WithTriviaFrom(argument.Expression);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Set {name} to {largest.ToString(CultureInfo.InvariantCulture)}, the largest padding this window allows",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(argument.Expression, value))),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>The largest valid value of the padding property <paramref name="name"/>, or null when it cannot be worked out.</summary>
        private static int? Largest(string name, AttributeSyntax attribute, MethodDeclarationSyntax method, SemanticModel model, CancellationToken cancellationToken)
        {
            var written = new Dictionary<string, object?>();
            foreach (AttributeArgumentSyntax argument in attribute.ArgumentList?.Arguments ?? default)
            {
                if (argument.NameEquals is { } nameEquals)
                {
                    Optional<object?> constant = model.GetConstantValue(argument.Expression, cancellationToken);
                    written[nameEquals.Name.Identifier.ValueText] = constant.HasValue ? constant.Value : null;
                }
            }

            var parameters = new HashSet<string>(method.ParameterList.Parameters.Select(p => p.Identifier.ValueText));
            string[] axes = parameters.Contains("length") || written.ContainsKey("Length") ? new[] { string.Empty }
                : parameters.Contains("depth") || ThreeDProperties.Any(written.ContainsKey) ? new[] { "D", "H", "W" }
                : new[] { "H", "W" };

            IEnumerable<string> applies = name == "Padding"
                ? axes.Where(axis => axis.Length == 0 || !written.ContainsKey("Padding" + axis))
                : axes.Where(axis => axis.Length == 1 && name == "Padding" + axis);

            long? largest = null;
            foreach (string axis in applies)
            {
                string sizeName = written.ContainsKey("Size" + axis) ? "Size" + axis : "Size";
                string dilationName = written.ContainsKey("Dilation" + axis) ? "Dilation" + axis : "Dilation";
                object? size = written.TryGetValue(sizeName, out object? s) ? s : null;
                object? dilation = written.TryGetValue(dilationName, out object? d) ? d : 1;
                if (size is not int k || dilation is not int dd || k < 1 || dd < 1)
                {
                    return null;
                }

                long half = (((long)dd * (k - 1)) + 1) / 2;
                largest = largest is null ? half : System.Math.Min(largest.Value, half);
            }

            return largest is null ? null : (int)System.Math.Min(largest.Value, int.MaxValue);
        }
    }
}
