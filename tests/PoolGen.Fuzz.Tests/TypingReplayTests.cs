using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PoolGen.Fuzz.Tests
{
    /// <summary>
    /// Editor robustness: an attribute and its method typed one character at a time through ONE generator driver, as
    /// an IDE runs the generator on every keystroke. No step may throw or report AD0001/CS8785, and the last state must
    /// give what a fresh driver gives.
    /// </summary>
    public sealed class TypingReplayTests
    {
        private const string Before = "using System;\nusing PoolGen;\n\nnamespace Demo;\n\npublic static partial class Kernels\n{\n    ";
        private const string After = "\n}\n";

        public static TheoryData<string, bool> Sessions => new()
        {
            { "[Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true)]\n    public static partial void Avg(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);", true },
            { "[Pool(SizeH = 2, SizeW = 3, DilationW = 2, PaddingW = 1, Height = 12, Channels = 3)]\n    internal static partial void Fixed(ReadOnlySpan<byte> input, Span<byte> output, int batch, int width);", false },
        };

        [Theory]
        [MemberData(nameof(Sessions))]
        public void TypingCharacterByCharacter_NeverThrows_AndEndsLikeAFreshRun(string typed, bool vectorize)
        {
            CSharpCompilation compilation = FuzzCompiler.Create([Before + After], ["Kernels.cs"]);
            GeneratorDriver driver = FuzzCompiler.CreateDriver(vectorize);
            driver = driver.RunGenerators(compilation);
            var failures = new List<string>();
            int states = 0;
            for (int length = 1; length <= typed.Length; length++)
            {
                SyntaxTree old = compilation.SyntaxTrees.Single();
                SyntaxTree next = CSharpSyntaxTree.ParseText(Before + typed[..length] + After, FuzzCompiler.ParseOptions, path: "Kernels.cs");
                compilation = compilation.ReplaceSyntaxTree(old, next);
                driver = driver.RunGenerators(compilation);
                states++;
                GeneratorDriverRunResult result = driver.GetRunResult();
                if (result.Results.Single().Exception is { } exception)
                {
                    failures.Add($"after {length} characters: the generator threw {exception}");
                }

                failures.AddRange(result.Diagnostics.Where(d => d.Id is "AD0001" or "CS8785")
                    .Select(d => $"after {length} characters: {d}"));
            }

            Assert.InRange(states, 100, 400);
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(10)));

            GeneratorDriverRunResult typedResult = driver.GetRunResult();
            GeneratorDriverRunResult fresh = FuzzCompiler.CreateDriver(vectorize).RunGenerators(compilation).GetRunResult();
            Assert.Equal(Describe(fresh), Describe(typedResult));
            Assert.NotEmpty(fresh.GeneratedTrees);
            Assert.Empty(fresh.Diagnostics);
        }

        private static string Describe(GeneratorDriverRunResult result) =>
            string.Join("\n---\n", result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText)) +
            "\n===\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString()));
    }
}
