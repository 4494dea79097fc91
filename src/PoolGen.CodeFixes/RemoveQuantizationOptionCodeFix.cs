using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PoolGen.CodeFixes
{
    /// <summary>
    /// PG0057 and PG0059, the quantization properties or options that cannot apply, removed as the messages say:
    /// PG0057 (quantization on <c>float</c>, <c>double</c>, <c>Half</c>, wider integers or Lp, reported at each of the four
    /// properties): one fix removes all four; PG0059 (<c>Dilation*</c> or <c>DivisorOverride</c> on quantized average,
    /// which ONNX Runtime's QLinearAveragePool has not): removes the property the diagnostic points at.
    /// </summary>
    /// <remarks>No fix for a diagnostic reported at the attribute rather than at a property.</remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveQuantizationOptionCodeFix))]
    public sealed class RemoveQuantizationOptionCodeFix : AttributeArgumentsCodeFix
    {
        private static readonly string[] Quantization = { "InputScale", "InputZeroPoint", "OutputScale", "OutputZeroPoint" };

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.QuantizationNotSupported, DiagnosticIds.QuantizedAverageOption);

        /// <inheritdoc/>
        protected override string EquivalenceKey => "PoolGen.RemoveQuantizationOption";

        internal override AttributeEdit? Edit(AttributeSyntax attribute, AttributeArgumentSyntax? argument, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellationToken)
        {
            if (argument?.NameEquals is not { } nameEquals)
            {
                return null;
            }

            if (diagnostic.Id == DiagnosticIds.QuantizationNotSupported)
            {
                List<string> names = Named(attribute).Select(a => a.Name).Where(Quantization.Contains).ToList();
                return new AttributeEdit(names.Count == 1 ? $"Remove '{names[0]}'" : "Remove the quantization properties", a => Remove(a, names));
            }

            string name = nameEquals.Name.Identifier.ValueText;
            return new AttributeEdit($"Remove '{name}'", a => Remove(a, new[] { name }));
        }
    }
}
