using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PoolGen.Generator.Parsing;

/// <summary>
/// The names of the types a [Pool] signature usually holds (keywords, <c>Span&lt;float&gt;</c>, <c>TensorSpan&lt;T&gt;</c>), written
/// directly, exactly as <see cref="ISymbol.ToDisplayString(SymbolDisplayFormat)"/> writes them in the two formats the parser
/// uses; any other type (nested, tuple, nullable, array, pointer, a keyword as a name, ...) goes to Roslyn's display. Roslyn's
/// symbol display costs about a third of a cold parse of 500 methods (its code is compiled on first use), and every
/// signature names six or more types. <c>tests/PoolGen.Generator.Tests/TypeNamesTests.cs</c> checks both against Roslyn.
/// </summary>
internal static class TypeNames
{
    /// <summary>As <see cref="SymbolDisplayFormat.FullyQualifiedFormat"/>: <c>float</c>, <c>global::System.Span&lt;float&gt;</c>.</summary>
    public static string FullyQualified(ITypeSymbol type)
    {
        var text = new StringBuilder();
        return TryAppend(text, type, qualified: true) ? text.ToString() : type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
    }

    /// <summary>As <see cref="SymbolDisplayFormat.MinimallyQualifiedFormat"/> (no position): <c>float</c>, <c>Span&lt;float&gt;</c>.</summary>
    public static string Minimal(ITypeSymbol type)
    {
        var text = new StringBuilder();
        return TryAppend(text, type, qualified: false) ? text.ToString() : type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
    }

    /// <summary>
    /// As the namespace's <c>ToDisplayString(format)</c> (<c>ToDisplayString()</c> without one) where that is its dotted name,
    /// "System.Numerics.Tensors"; "" for no namespace.
    /// </summary>
    public static string Namespace(INamespaceSymbol? ns, SymbolDisplayFormat? format = null)
    {
        if (ns is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        return !ns.IsGlobalNamespace && TryAppendNamespace(text, ns)
            ? text.ToString(GlobalPrefix.Length, text.Length - GlobalPrefix.Length)
            : format is null ? ns.ToDisplayString() : ns.ToDisplayString(format);
    }

    private const string GlobalPrefix = "global::";

    private static bool TryAppend(StringBuilder text, ITypeSymbol type, bool qualified)
    {
        if (type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            return false; // string? and List<string?>: the formats differ on the '?'; Roslyn writes them.
        }

        if (Keyword(type.SpecialType) is { } keyword)
        {
            text.Append(keyword);
            return true;
        }

        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct or TypeKind.Class or TypeKind.Interface } named ||
            named.ContainingType is not null || named.IsTupleType || named.IsNativeIntegerType ||
            named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T ||
            !IsPlainName(named.Name))
        {
            return false;
        }

        if (qualified)
        {
            if (named.ContainingNamespace is not { IsGlobalNamespace: false } ns || !TryAppendNamespace(text, ns))
            {
                return false;
            }

            text.Append('.');
        }

        text.Append(named.Name);
        if (named.TypeArguments.Length > 0)
        {
            text.Append('<');
            for (int i = 0; i < named.TypeArguments.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(", ");
                }

                if (named.TypeArguments[i] is ITypeParameterSymbol { NullableAnnotation: not NullableAnnotation.Annotated } parameter && IsPlainName(parameter.Name))
                {
                    text.Append(parameter.Name);
                }
                else if (!TryAppend(text, named.TypeArguments[i], qualified))
                {
                    return false;
                }
            }

            text.Append('>');
        }

        return true;
    }

    /// <summary>"global::System.Numerics.Tensors" for a namespace (none of whose parts is a keyword).</summary>
    private static bool TryAppendNamespace(StringBuilder text, INamespaceSymbol ns)
    {
        if (ns.ContainingNamespace is { IsGlobalNamespace: false } outer)
        {
            if (!TryAppendNamespace(text, outer))
            {
                return false;
            }

            text.Append('.');
        }
        else
        {
            text.Append(GlobalPrefix);
        }

        if (!IsPlainName(ns.Name))
        {
            return false;
        }

        text.Append(ns.Name);
        return true;
    }

    /// <summary>A name that Roslyn writes as it is: not empty and not a keyword (which it would escape with @).</summary>
    private static bool IsPlainName(string name) =>
        name.Length > 0 && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;

    private static string? Keyword(SpecialType type) => type switch
    {
        SpecialType.System_Boolean => "bool",
        SpecialType.System_Char => "char",
        SpecialType.System_SByte => "sbyte",
        SpecialType.System_Byte => "byte",
        SpecialType.System_Int16 => "short",
        SpecialType.System_UInt16 => "ushort",
        SpecialType.System_Int32 => "int",
        SpecialType.System_UInt32 => "uint",
        SpecialType.System_Int64 => "long",
        SpecialType.System_UInt64 => "ulong",
        SpecialType.System_Single => "float",
        SpecialType.System_Double => "double",
        SpecialType.System_Decimal => "decimal",
        SpecialType.System_Object => "object",
        SpecialType.System_String => "string",
        SpecialType.System_Void => "void",
        _ => null,
    };
}
