using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PoolGen.Generator.Model;

namespace PoolGen.Generator.Parsing;

internal static partial class PoolParser
{
    private static Arguments ReadArguments(AttributeData attribute, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, TypedConstant>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, TypedConstant> pair in attribute.NamedArguments)
        {
            values[pair.Key] = pair.Value;
        }

        var locations = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        bool hasErrors = false;
        AttributeArgumentListSyntax? list = (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax)?.ArgumentList;
        if (list is not null)
        {
            foreach (AttributeArgumentSyntax argument in list.Arguments)
            {
                if (argument.NameEquals is not { } nameEquals)
                {
                    hasErrors = true; // PoolAttribute has no constructor arguments.
                    continue;
                }

                string name = nameEquals.Name.Identifier.ValueText;
                ITypeSymbol? propertyType = attribute.AttributeClass?.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault()?.Type;
                if (!values.TryGetValue(name, out TypedConstant value) || value.Kind == TypedConstantKind.Error ||
                    (value.Kind == TypedConstantKind.Array ? value.Values.Any(v => v.Value is not int) : value.Value is not (int or bool or double)) ||
                    !SymbolEqualityComparer.Default.Equals(value.Type, propertyType))
                {
                    hasErrors = true;
                }
                else if (propertyType!.TypeKind == TypeKind.Enum &&
                         argument.Expression is not (MemberAccessExpressionSyntax or CastExpressionSyntax) &&
                         !semanticModel.ClassifyConversion(argument.Expression, propertyType).IsImplicit)
                {
                    // A constant of the right type can still be an error: Kind = 3 has no implicit conversion to
                    // PoolKind. Binding the argument costs as much as the rest of the parse, so the usual forms
                    // (PoolKind.Max, a cast) are taken as they are; the compiler reports any error in them.
                    hasErrors = true;
                }

                if (LocationInfo.From(argument) is { } location)
                {
                    locations[name] = location;
                }
            }
        }

        return new Arguments(values, locations, hasErrors);
    }

    /// <summary>The named arguments that were written on the attribute, with their locations.</summary>
    internal sealed class Arguments
    {
        private readonly Dictionary<string, TypedConstant> _values;
        private readonly Dictionary<string, LocationInfo> _locations;

        public Arguments(Dictionary<string, TypedConstant> values, Dictionary<string, LocationInfo> locations, bool hasErrors)
        {
            _values = values;
            _locations = locations;
            HasErrors = hasErrors;
        }

        /// <summary>An argument as written did not bind to a constant of the property's type.</summary>
        public bool HasErrors { get; }

        public bool Has(string name) => _values.TryGetValue(name, out TypedConstant value) && value.Kind != TypedConstantKind.Error;

        public int Int(string name, int defaultValue)
            => Has(name) && _values[name].Kind != TypedConstantKind.Array && _values[name].Value is int value ? value : defaultValue;

        public bool Bool(string name, bool defaultValue)
            => Has(name) && _values[name].Value is bool value ? value : defaultValue;

        public double Double(string name, double defaultValue)
            => Has(name) && _values[name].Kind != TypedConstantKind.Array && _values[name].Value is double value ? value : defaultValue;

        /// <summary>An int[] argument; null when not written or written as null.</summary>
        public int[]? IntArray(string name)
            => Has(name) && _values[name] is { Kind: TypedConstantKind.Array, IsNull: false } array ? array.Values.Select(v => v.Value is int i ? i : 0).ToArray() : null;

        public LocationInfo? Location(string name) => _locations.TryGetValue(name, out LocationInfo? location) ? location : null;
    }
}
