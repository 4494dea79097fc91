using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PoolGen.Generator;

namespace PoolGen.CodeFixes.Tests
{
    /// <summary>
    /// One code-fix test: <see cref="PoolGenerator"/> runs on the source (its diagnostics are the ones expected in the
    /// markup, <c>{|PG0009:Name|}</c>), <typeparamref name="TFix"/> fixes them one by one and all at once, and the fixed
    /// source must equal the expected text and compile, generated kernels included, without any diagnostic.
    /// </summary>
    internal sealed class FixTest<TFix> : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        /// <summary>The running framework's assemblies (as a .NET 10 project compiles against) and PoolGen's attributes.</summary>
        private static readonly MetadataReference[] References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(PoolAttribute).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();

        public FixTest()
        {
            // No reference-assembly package (nothing to download): the references are those above.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(References);

            // The kernels the generator writes for the fixed source are the generator tests' subject, not these.
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<Type> GetSourceGenerators()
        {
            yield return typeof(PoolGenerator);
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);

        public static Task RunAsync(string source, string fixedSource)
            => new FixTest<TFix> { TestCode = source, FixedCode = fixedSource }.RunAsync();
    }
}
