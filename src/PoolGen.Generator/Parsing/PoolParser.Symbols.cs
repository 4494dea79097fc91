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
    private static ElementTypeInfo? GetElementType(ITypeSymbol type, PoolKindModel kind, bool quantized)
    {
        (string? keyword, bool isFloat) = type.SpecialType switch
        {
            SpecialType.System_Single => ("float", true),
            SpecialType.System_Double => ("double", true),
            SpecialType.System_Byte => ("byte", false),
            SpecialType.System_SByte => ("sbyte", false),
            SpecialType.System_Int16 => ("short", false),
            SpecialType.System_UInt16 => ("ushort", false),
            SpecialType.System_Int32 => ("int", false),
            SpecialType.System_UInt32 => ("uint", false),
            SpecialType.System_Int64 => ("long", false),
            SpecialType.System_UInt64 => ("ulong", false),
            _ when type is INamedTypeSymbol { Name: "Half", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } => ("Half", true),
            _ => ((string?)null, false),
        };

        // Average of byte or sbyte exists quantized only (InputScale, ...: ONNX Runtime's QLinearAveragePool).
        bool quantizedAverage = quantized && kind == PoolKindModel.Average && keyword is "byte" or "sbyte";
        if (keyword is null || (kind is PoolKindModel.Average or PoolKindModel.Lp && !isFloat && !quantizedAverage))
        {
            return null;
        }

        return new ElementTypeInfo(keyword, isFloat);
    }

    /// <summary>The T of System.ReadOnlySpan&lt;T&gt; (or System.Span&lt;T&gt;), else null.</summary>
    private static ITypeSymbol? SpanElement(ITypeSymbol type, bool readOnly)
    {
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named &&
            named.Name == (readOnly ? "ReadOnlySpan" : "Span") &&
            named.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true } &&
            named.TypeArguments[0].TypeKind != TypeKind.Error)
        {
            return named.TypeArguments[0];
        }

        return null;
    }

    private static HierarchyInfo? GetHierarchy(IMethodSymbol method, MethodDeclarationSyntax syntax)
    {
        var types = new List<ContainingTypeInfo>();
        SyntaxNode? node = syntax.Parent;
        for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            while (node is not null and not TypeDeclarationSyntax)
            {
                node = node.Parent;
            }

            if (node is not TypeDeclarationSyntax declaration)
            {
                return null;
            }

            string keyword = declaration switch
            {
                RecordDeclarationSyntax record => record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
                StructDeclarationSyntax => "struct",
                InterfaceDeclarationSyntax => "interface",
                _ => "class",
            };

            string name = EscapeIdentifier(type.Name);
            if (type.TypeParameters.Length > 0)
            {
                name += "<" + string.Join(", ", type.TypeParameters.Select(p => Variance(p) + EscapeIdentifier(p.Name))) + ">";
            }

            types.Insert(0, new ContainingTypeInfo(keyword, name, type.Name + (type.TypeParameters.Length > 0 ? "{" + string.Join(",", type.TypeParameters.Select(p => p.Name)) + "}" : string.Empty)));
            node = node.Parent;
        }

        if (types.Count == 0)
        {
            return null;
        }

        string ns = method.ContainingNamespace is { IsGlobalNamespace: false } n
            ? TypeNames.Namespace(n, SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
            : string.Empty;
        return new HierarchyInfo(ns, types.ToEquatableArray());
    }

    /// <summary>A file-name-safe signature that tells overloads apart, e.g. "(float,int,int)".</summary>
    private static string HintSignature(IMethodSymbol method)
    {
        var sb = new StringBuilder("(");
        for (int i = 0; i < method.Parameters.Length; i++)
        {
            if (i == 1)
            {
                continue; // The output span repeats the input's element type.
            }

            ITypeSymbol type = method.Parameters[i].Type;
            if (i == 0 && type is INamedTypeSymbol { TypeArguments.Length: 1 } span)
            {
                type = span.TypeArguments[0];
            }

            if (sb.Length > 1)
            {
                sb.Append(',');
            }

            foreach (char c in TypeNames.Minimal(type))
            {
                sb.Append(c switch { '<' => '{', '>' => '}', _ when char.IsLetterOrDigit(c) || c is '_' or '.' or ',' or '{' or '}' => c, _ => '_' });
            }
        }

        return sb.Append(')').ToString();
    }

    private static string Variance(ITypeParameterSymbol parameter) => parameter.Variance switch
    {
        VarianceKind.In => "in ",
        VarianceKind.Out => "out ",
        _ => string.Empty,
    };

    private static string EscapeIdentifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private static LocationInfo? ParameterLocation(MethodDeclarationSyntax syntax, int index)
        => index < syntax.ParameterList.Parameters.Count ? LocationInfo.From(syntax.ParameterList.Parameters[index]) : null;

    private static LocationInfo? ParameterTypeLocation(MethodDeclarationSyntax syntax, int index)
        => index < syntax.ParameterList.Parameters.Count ? LocationInfo.From(syntax.ParameterList.Parameters[index].Type) : null;

    private static bool IsScoped(MethodDeclarationSyntax syntax, int index)
        => index < syntax.ParameterList.Parameters.Count &&
           syntax.ParameterList.Parameters[index].Modifiers.Any(m => m.Text == "scoped");
}
