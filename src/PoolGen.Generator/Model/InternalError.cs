using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PoolGen.Generator.Model;

/// <summary>
/// An exception thrown inside PoolGen while it planned or emitted one method, as plain data: it becomes the PG0099
/// error at that method instead of the compiler's generic "generator failed" warning (CS8785), which names no method.
/// </summary>
/// <param name="Hierarchy">The method's namespace and containing types, to find it again when the error is reported.</param>
/// <param name="MethodName">The method's name as declared.</param>
/// <param name="Stage">"planning" or "emitting".</param>
/// <param name="ExceptionType">The exception's full type name.</param>
/// <param name="Message">The exception's message.</param>
internal sealed record InternalError(HierarchyInfo Hierarchy, string MethodName, string Stage, string ExceptionType, string Message)
{
    /// <summary>Tests only: the name of a method whose planning throws, to prove that the failure becomes PG0099.</summary>
    internal static volatile string? ThrowWhilePlanning;

    /// <summary>Tests only: the name of a method whose emitting throws.</summary>
    internal static volatile string? ThrowWhileEmitting;

    public static InternalError From(PoolSpec spec, string stage, Exception exception) =>
        new(spec.Hierarchy, spec.MethodName, stage, exception.GetType().FullName ?? exception.GetType().Name, exception.Message);

    /// <summary>Throws the injected test failure when <paramref name="spec"/> is the method named by <paramref name="target"/>.</summary>
    public static void ThrowIfInjected(string? target, PoolSpec spec, string stage)
    {
        if (target is not null && spec.MethodName == target)
        {
            throw new InvalidOperationException($"Injected failure while {stage} {spec.MethodName}.");
        }
    }

    /// <summary>PG0099 at the method's name: found again by its containing type and name in <paramref name="compilation"/>.</summary>
    public Diagnostic ToDiagnostic(Compilation compilation)
    {
        string name = MethodName.TrimStart('@');
        Location location = Location.None;
        string typeName = string.Join("+", Hierarchy.Types.Select(t => MetadataName(t.MetadataName)));
        string metadataName = Hierarchy.Namespace.Length > 0 ? Hierarchy.Namespace + "." + typeName : typeName;
        if (compilation.GetTypeByMetadataName(metadataName) is { } type)
        {
            IMethodSymbol? method = type.GetMembers(name).OfType<IMethodSymbol>()
                .FirstOrDefault(m => m.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == PoolGenerator.PoolAttributeName));
            location = method?.Locations.FirstOrDefault() ?? Location.None;
        }

        return Diagnostic.Create(DiagnosticDescriptors.InternalError, location, name, Stage, ExceptionType, Message);
    }

    /// <summary>"Box{T,U}" (the hint-name form of a generic type) as the compiler's metadata name "Box`2".</summary>
    private static string MetadataName(string name)
    {
        int brace = name.IndexOf('{');
        return brace < 0 ? name : name.Substring(0, brace) + "`" + (name.Count(c => c == ',') + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The text of one generated file (null when not even a stub could be written) and the failure, if any.</summary>
internal sealed record EmittedFile(string HintName, string? Text, InternalError? Failure);
