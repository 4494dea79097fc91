using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PoolGen.Generator.Model;

namespace PoolGen.Generator.Parsing;

internal static partial class PoolParser
{
    /// <summary>What the throwing body of a method with a rejected signature says.</summary>
    private const string SignatureReason = "its signature is not one PoolGen implements; see its PoolGen diagnostics";

    /// <summary>
    /// The signature is rejected: the diagnostics, and a spec that gives the declaration a throwing body when it can take
    /// one, so that the build shows PoolGen's diagnostic alone instead of also the compiler's CS8795 ("partial method
    /// must have an implementation part"). No stub where the implementing declaration would itself be an error: a
    /// containing type that is not partial or is file-local, a parameter or return type the compiler cannot bind, a
    /// ref return.
    /// </summary>
    private static ParseResult Rejected(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics) =>
        new(StubSpec(method, syntax), diagnostics.ToEquatableArray());

    private static ParseResult Rejected(IMethodSymbol method, MethodDeclarationSyntax syntax, DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args) =>
        Rejected(method, syntax, new List<DiagnosticInfo> { DiagnosticInfo.Create(descriptor, location, args) });

    private static PoolSpec? StubSpec(IMethodSymbol method, MethodDeclarationSyntax syntax)
    {
        for (SyntaxNode? parent = syntax.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is TypeDeclarationSyntax type &&
                (!type.Modifiers.Any(SyntaxKind.PartialKeyword) || type.Modifiers.Any(m => m.IsKind(SyntaxKind.FileKeyword))))
            {
                return null;
            }
        }

        if (method.ReturnsByRef || method.ReturnsByRefReadonly || IsError(method.ReturnType) ||
            method.Parameters.Any(p => IsError(p.Type) || p.Name.Length == 0) ||
            method.Parameters.Select(p => p.Name).Distinct().Count() != method.Parameters.Length || // CS0100 already: repeating it adds an error in generated code.
            method.TypeParameters.Any(t => t.ConstraintTypes.Any(IsError)) ||
            GetHierarchy(method, syntax) is not { } hierarchy)
        {
            return null;
        }

        var axis = new AxisInfo(1, 1, 0, 1);
        return new PoolSpec(
            hierarchy, EscapeIdentifier(method.Name), Signature(method, syntax), HintSignature(method), "input", "output",
            new ElementTypeInfo("float", IsFloatingPoint: true), EquatableArray<Dimension>.Empty, PoolKindModel.Max,
            axis, axis, false, true, false, 0, 0, 0, SignatureReason);
    }

    /// <summary>The declaration as the implementing part repeats it: modifiers, return type, type parameters, parameters, constraints.</summary>
    internal static MethodSignature Signature(IMethodSymbol method, MethodDeclarationSyntax syntax) => new(
        syntax.Modifiers.Where(m => !m.IsKind(SyntaxKind.PartialKeyword)).Select(m => m.Text).ToEquatableArray(),
        method.ReturnsVoid ? "void" : TypeNames.FullyQualified(method.ReturnType),
        method.TypeParameters.Select(t => EscapeIdentifier(t.Name)).ToEquatableArray(),
        method.Parameters.Select((p, i) => Parameter(method, syntax, p, i)).ToEquatableArray(),
        method.TypeParameters.Select(Constraint).Where(c => c.Constraints.Count > 0).ToEquatableArray());

    private static bool IsError(ITypeSymbol type) => type.TypeKind == TypeKind.Error;

    /// <summary>A parameter as the implementing declaration must repeat it: modifiers, fully qualified type, name.</summary>
    private static ParameterInfo Parameter(IMethodSymbol method, MethodDeclarationSyntax syntax, IParameterSymbol parameter, int index)
    {
        var parts = new List<string>();
        if (index == 0 && method.IsExtensionMethod)
        {
            parts.Add("this");
        }

        if (IsScoped(syntax, index))
        {
            parts.Add("scoped");
        }

        if (parameter.IsParams)
        {
            parts.Add("params");
        }

        string? refKind = parameter.RefKind switch
        {
            RefKind.Ref => "ref",
            RefKind.Out => "out",
            RefKind.In => "in",
            (RefKind)4 => "ref readonly", // RefKind.RefReadOnlyParameter (C# 12), not named in Roslyn 4.8.
            _ => null,
        };
        if (refKind is not null)
        {
            parts.Add(refKind);
        }

        return new ParameterInfo(parts.ToEquatableArray(), TypeNames.FullyQualified(parameter.Type), EscapeIdentifier(parameter.Name));
    }

    /// <summary>T's constraints (class, global::System.IComparable&lt;T&gt;, new()), none for an unconstrained T.</summary>
    private static ConstraintInfo Constraint(ITypeParameterSymbol parameter)
    {
        var constraints = new List<string>();
        if (parameter.HasReferenceTypeConstraint)
        {
            constraints.Add("class");
        }
        else if (parameter.HasUnmanagedTypeConstraint)
        {
            constraints.Add("unmanaged");
        }
        else if (parameter.HasValueTypeConstraint)
        {
            constraints.Add("struct");
        }
        else if (parameter.HasNotNullConstraint)
        {
            constraints.Add("notnull");
        }

        constraints.AddRange(parameter.ConstraintTypes.Select(TypeNames.FullyQualified));
        if (parameter.HasConstructorConstraint)
        {
            constraints.Add("new()");
        }

        return new ConstraintInfo(EscapeIdentifier(parameter.Name), constraints.ToEquatableArray());
    }

    /// <summary>" (did you mean 'height'?)" when <paramref name="name"/> is one or two edits from a dimension name, else "".</summary>
    internal static string DimensionSuggestion(string name)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in DimensionNames)
        {
            int distance = EditDistance.Between(name.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // Close enough to be a typo: at most 2 edits, and fewer than half the letters of the name.
        bool close = best is not null && bestDistance <= 2 && 2 * bestDistance < best.Length && best != name;
        return close ? $" (did you mean '{best}'?)" : string.Empty;
    }
}
