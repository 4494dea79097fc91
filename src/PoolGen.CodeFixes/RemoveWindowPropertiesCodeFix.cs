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
    /// PG0053: removes every property that adaptive pooling (<c>OutputSize*</c>) cannot take from the attribute, the window
    /// properties (<c>Size*</c>, <c>Stride*</c>, <c>Padding*</c>, <c>Dilation*</c>, <c>CeilMode</c>, <c>CountIncludePad</c>,
    /// <c>Pads</c>, <c>AutoPad</c>), <c>Global = true</c> and <c>DivisorOverride</c>: the generator reports each where it is
    /// written, and one fix removes them all (the output size is what decides the windows).
    /// </summary>
    /// <remarks><c>Global = false</c> says nothing and stays, as the generator does not report it.</remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveWindowPropertiesCodeFix))]
    public sealed class RemoveWindowPropertiesCodeFix : AttributeArgumentsCodeFix
    {
        /// <summary>What PG0053 reports beside OutputSize* (src/PoolGen.Generator/Parsing/PoolParser.Attribute.cs, ReadAdaptive).</summary>
        private static readonly HashSet<string> NotAdaptive = new HashSet<string>
        {
            "Size", "SizeD", "SizeH", "SizeW", "Stride", "StrideD", "StrideH", "StrideW", "Padding", "PaddingD", "PaddingH", "PaddingW",
            "Dilation", "DilationD", "DilationH", "DilationW", "CeilMode", "Pads", "AutoPad", "CountIncludePad", "Global", "DivisorOverride",
        };

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AdaptiveWithWindow);

        /// <inheritdoc/>
        protected override string EquivalenceKey => "PoolGen.RemoveWindowProperties";

        internal override AttributeEdit? Edit(AttributeSyntax attribute, AttributeArgumentSyntax? argument, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellationToken)
        {
            List<string> names = Named(attribute)
                .Where(a => NotAdaptive.Contains(a.Name) && !(a.Name == "Global" && model.GetConstantValue(a.Argument.Expression, cancellationToken).Value is false))
                .Select(a => a.Name)
                .ToList();
            if (names.Count == 0)
            {
                return null;
            }

            string title = names.Count == 1 ? $"Remove the window property '{names[0]}'" : $"Remove the window properties ({string.Join(", ", names)})";
            return new AttributeEdit(title, a => Remove(a, names));
        }
    }
}
