using System.Linq;
using Microsoft.CodeAnalysis;
using PoolGen.Generator.Parsing;
using PoolGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// The parser's own type names (<see cref="TypeNames"/>) are Roslyn's display strings, character for character, for the
    /// types it writes itself and for those it hands to Roslyn: every parameter type of the declarations below.
    /// </summary>
    public class TypeNamesTests
    {
        private const string Source = @"
#nullable enable
using System;
using System.Collections.Generic;
using System.Numerics;
using System.Numerics.Tensors;

namespace Outer.Inner
{
    public struct @class { }
    public struct record { }
    public class Nested { public struct Item { } }
    public struct Pair<TFirst, TSecond> { }
}

namespace @event.Keyword
{
    public struct Plain { }
}

namespace Types
{
    public static class Declarations<T> where T : struct
    {
        public static void Keywords(bool a, char b, sbyte c, byte d, short e, ushort f, int g, uint h, long i, ulong j, float k, double l, decimal m, object n, string o) { }
        public static void Spans(ReadOnlySpan<float> a, Span<float> b, Span<double> c, ReadOnlySpan<byte> d, Span<long> e, Span<T> f, ReadOnlySpan<Half> g) { }
        public static void Tensors(ReadOnlyTensorSpan<float> a, TensorSpan<float> b, TensorSpan<T> c) { }
        public static void Others(nint a, nuint b, IntPtr c, int? d, string? e, (int, float) f, int[] g, Span<int?> h, List<string?> i, Memory<float> j, Vector<float> k) { }
        public static void Names(Outer.Inner.@class a, Outer.Inner.record b, Outer.Inner.Nested c, Outer.Inner.Nested.Item d, Outer.Inner.Pair<int, Outer.Inner.@class> e, @event.Keyword.Plain f, Outer.Inner.Pair<T, float> g) { }
    }
}

public struct GlobalStruct { }

public static class Global
{
    public static void Method(GlobalStruct a, Span<GlobalStruct> b) { }
}
";

        [Fact]
        public void FullyQualifiedAndMinimalNamesAreRoslynsDisplayStrings()
        {
            Compilation compilation = GeneratorRunner.CreateCompilation(Source);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            IMethodSymbol[] methods = compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member).OfType<IMethodSymbol>()
                .Where(m => m.MethodKind == MethodKind.Ordinary)
                .ToArray();
            ITypeSymbol[] types = methods.SelectMany(m => m.Parameters).Select(p => p.Type).ToArray();
            Assert.True(types.Length >= 40, $"{types.Length} parameter types");

            foreach (ITypeSymbol type in types)
            {
                Assert.Equal(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), TypeNames.FullyQualified(type));
                Assert.Equal(type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), TypeNames.Minimal(type));
            }

            SymbolDisplayFormat omitted = SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted);
            foreach (INamespaceSymbol ns in methods.Select(m => m.ContainingNamespace).Concat(types.Select(t => t.ContainingNamespace)).Where(n => n is not null))
            {
                Assert.Equal(ns.ToDisplayString(), TypeNames.Namespace(ns));
                Assert.Equal(ns.ToDisplayString(omitted), TypeNames.Namespace(ns, omitted));
            }
        }
    }
}
