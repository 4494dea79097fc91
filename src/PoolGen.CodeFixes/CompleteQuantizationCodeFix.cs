using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PoolGen.CodeFixes
{
    /// <summary>
    /// PG0058: adds the quantization parameters that are missing. A missing output parameter takes the input's (and a missing
    /// input parameter the output's): the same quantization on both sides, so the pooling keeps the scale of its data, as a
    /// QDQ pooling does, and max and min need no requantization. Where neither side has it, the neutral value: scale
    /// <c>1.0</c>, zero point <c>0</c> (a value of both byte and sbyte).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CompleteQuantizationCodeFix))]
    public sealed class CompleteQuantizationCodeFix : AttributeArgumentsCodeFix
    {
        private static readonly (string Name, string Other, string Neutral)[] Parameters =
        {
            ("InputScale", "OutputScale", "1.0"),
            ("InputZeroPoint", "OutputZeroPoint", "0"),
            ("OutputScale", "InputScale", "1.0"),
            ("OutputZeroPoint", "InputZeroPoint", "0"),
        };

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.IncompleteQuantization);

        /// <inheritdoc/>
        protected override string EquivalenceKey => "PoolGen.CompleteQuantization";

        internal override AttributeEdit? Edit(AttributeSyntax attribute, AttributeArgumentSyntax? argument, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellationToken)
        {
            var written = new Dictionary<string, ExpressionSyntax>();
            foreach ((string name, AttributeArgumentSyntax a) in Named(attribute))
            {
                written[name] = a.Expression;
            }

            var added = new List<(string Name, ExpressionSyntax Value)>();
            foreach ((string name, string other, string neutral) in Parameters)
            {
                if (!written.ContainsKey(name))
                {
                    added.Add((name, written.TryGetValue(other, out ExpressionSyntax? value) ? value : SyntaxFactory.ParseExpression(neutral)));
                }
            }

            if (added.Count == 0 || added.Count == Parameters.Length)
            {
                return null; // Complete already, or nothing quantized: not this diagnostic's case.
            }

            string title = "Add " + string.Join(", ", added.Select(a => $"{a.Name} = {a.Value.WithoutTrivia()}"));
            return new AttributeEdit(title, a => Append(a, added.Where(p => !Named(a).Any(n => n.Name == p.Name))));
        }
    }
}
