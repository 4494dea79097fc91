using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace PoolGen.CodeFixes
{
    /// <summary>
    /// PG0012: rewrites the first parameters to <c>ReadOnlySpan&lt;T&gt; input, Span&lt;T&gt; output</c>.
    /// </summary>
    /// <remarks>
    /// <para>The buffers are the leading parameters (at most two) that are not dimensions: not named batch, channels,
    /// depth, height, width, length or indices, and not an <c>int</c> unless named input or output. Each becomes the span
    /// of its position (the first the input, the second the output); a missing one is added, so
    /// <c>(ReadOnlySpan&lt;float&gt; input, int height, int width)</c> gets <c>Span&lt;float&gt; output</c> after the input.
    /// Written as <c>(Span&lt;T&gt; output, ReadOnlySpan&lt;T&gt; input)</c>, the two swap places instead (with the
    /// arguments of every call), since the names say which is which.</para>
    /// <para>T is the element type the user wrote on the input, else on the output (the <c>float</c> of <c>float[]</c>,
    /// <c>Span&lt;float&gt;</c>, <c>Memory&lt;float&gt;</c>, <c>float*</c>, or a number type written bare), else <c>float</c>;
    /// an element the generator does not support for the kind is then PG0013's to report. A named argument of a call follows
    /// its parameter's new name. No fix when a later parameter is already named input or output.</para>
    /// </remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SpanParametersCodeFix))]
    public sealed class SpanParametersCodeFix : CodeFixProvider
    {
        internal const string EquivalenceKey = "PoolGen.SpanParameters";

        private static readonly string[] BufferNames = { "input", "output" };

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidSpanParameters);

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
                    Rewrite(method, symbol) is not { } rewrite)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Take 'ReadOnlySpan<{rewrite.ElementType}> input, Span<{rewrite.ElementType}> output'",
                        ct => SignatureChange.ApplyAsync(context.Document, method, rewrite.Declaration, rewrite.OldIndexOf, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static (MethodDeclarationSyntax Declaration, int[] OldIndexOf, string ElementType)? Rewrite(MethodDeclarationSyntax method, IMethodSymbol symbol)
        {
            SeparatedSyntaxList<ParameterSyntax> parameters = method.ParameterList.Parameters;
            int lead = 0;
            while (lead < 2 && lead < parameters.Count && IsBuffer(symbol.Parameters[lead]))
            {
                lead++;
            }

            if (symbol.Parameters.Skip(lead).Any(p => BufferNames.Contains(p.Name)))
            {
                return null;
            }

            bool swap = lead == 2 && symbol.Parameters[0].Name == "output" && symbol.Parameters[1].Name == "input";
            int inputIndex = lead == 0 ? -1 : swap ? 1 : 0;
            int outputIndex = lead < 2 ? -1 : swap ? 0 : 1;
            TypeSyntax element =
                (inputIndex >= 0 ? ElementOf(parameters[inputIndex], symbol.Parameters[inputIndex]) : null) ??
                (outputIndex >= 0 ? ElementOf(parameters[outputIndex], symbol.Parameters[outputIndex]) : null) ??
                SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.FloatKeyword));

            var newParameters = new List<ParameterSyntax>
            {
                Buffer("ReadOnlySpan", "input", element, inputIndex >= 0 ? parameters[inputIndex] : null, lead > 0 ? parameters[0] : null),
                Buffer("Span", "output", element, outputIndex >= 0 ? parameters[outputIndex] : null, lead > 1 ? parameters[1] : null),
            };
            newParameters.AddRange(parameters.Skip(lead));

            // Existing separators keep their layout; the comma after an added buffer is a plain ", ".
            int added = 2 - lead;
            var separators = new List<SyntaxToken>();
            for (int j = 0; j < newParameters.Count - 1; j++)
            {
                int old = j - added;
                separators.Add(old >= 0 && old < parameters.SeparatorCount
                    ? parameters.GetSeparator(old)
                    : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
            }

            int[] oldIndexOf = new[] { inputIndex, outputIndex }.Concat(Enumerable.Range(lead, parameters.Count - lead)).ToArray();
            MethodDeclarationSyntax declaration = method.WithParameterList(
                method.ParameterList.WithParameters(SyntaxFactory.SeparatedList(newParameters, separators)));
            return (declaration, oldIndexOf, element.ToString());
        }

        /// <summary>Whether a leading parameter stands for the input or the output rather than a dimension.</summary>
        private static bool IsBuffer(IParameterSymbol parameter)
            => BufferNames.Contains(parameter.Name) ||
               !(Dimensions.Role(parameter.Name) >= 0 || parameter.Name == Dimensions.Indices || parameter.Type.SpecialType == SpecialType.System_Int32);

        /// <summary>
        /// <c>Span&lt;T&gt; name</c> (or ReadOnlySpan), in place of <paramref name="source"/> when there is one (keeping its
        /// attributes), laid out like the parameter that held the position (<paramref name="position"/>).
        /// </summary>
        private static ParameterSyntax Buffer(string spanName, string name, TypeSyntax element, ParameterSyntax? source, ParameterSyntax? position)
        {
            // global::System.Span<T>, reduced to Span<T> where the usings allow it.
            TypeSyntax type = SyntaxFactory.QualifiedName(
                    SyntaxFactory.AliasQualifiedName(
                        SyntaxFactory.IdentifierName(SyntaxFactory.Token(SyntaxKind.GlobalKeyword)),
                        SyntaxFactory.IdentifierName("System")),
                    SyntaxFactory.GenericName(SyntaxFactory.Identifier(spanName), SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(element))))
                .WithAdditionalAnnotations(Simplifier.Annotation)
                .WithTrailingTrivia(SyntaxFactory.Space);
            ParameterSyntax parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(name)).WithType(type);
            if (source is not null)
            {
                parameter = parameter.WithAttributeLists(source.AttributeLists);
            }

            return position is null ? parameter : parameter.WithTriviaFrom(position);
        }

        /// <summary>The element type as the user wrote it on <paramref name="syntax"/>, or null.</summary>
        private static TypeSyntax? ElementOf(ParameterSyntax syntax, IParameterSymbol parameter)
        {
            (ITypeSymbol? element, TypeSyntax? written) = (parameter.Type, syntax.Type) switch
            {
                (IArrayTypeSymbol { Rank: 1 } array, ArrayTypeSyntax arraySyntax) => (array.ElementType, arraySyntax.ElementType),
                (IPointerTypeSymbol pointer, PointerTypeSyntax pointerSyntax) => (pointer.PointedAtType, pointerSyntax.ElementType),
                (INamedTypeSymbol { TypeArguments.Length: 1 } generic, GenericNameSyntax name) => (generic.TypeArguments[0], name.TypeArgumentList.Arguments[0]),
                (INamedTypeSymbol { TypeArguments.Length: 1 } generic, QualifiedNameSyntax { Right: GenericNameSyntax name }) => (generic.TypeArguments[0], name.TypeArgumentList.Arguments[0]),
                (ITypeSymbol type, TypeSyntax typeSyntax) when IsElement(type) => (type, typeSyntax),
                _ => ((ITypeSymbol?)null, (TypeSyntax?)null),
            };

            return element is null || written is null || element.TypeKind == TypeKind.Error ? null : written.WithoutTrivia();
        }

        /// <summary>A number type, taken as the element when written bare (<c>float input</c>); the generator says which kinds take which.</summary>
        private static bool IsElement(ITypeSymbol type)
            => type.SpecialType is SpecialType.System_Single or SpecialType.System_Double or
                   SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
                   SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 ||
               type is INamedTypeSymbol { Name: "Half", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
    }
}
