using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PoolGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Runs the generator twice on one driver (a compilation, then an edited one) and checks what the second run
    /// could reuse, in the manner of NetEscapades.EnumGenerators' TestHelpers.
    /// </summary>
    public static class IncrementalAssert
    {
        /// <summary>The pipeline steps PoolGenerator names with WithTrackingName.</summary>
        public static readonly IReadOnlyList<string> TrackedStepNames = new[] { TrackingNames.Parse, TrackingNames.Diagnostics, TrackingNames.Plans };

        /// <summary>
        /// Types a cached step output must never hold: they keep a whole compilation alive and compare by
        /// reference, so the pipeline could never reuse the output.
        /// </summary>
        private static readonly Type[] BannedTypes =
        {
            typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(SemanticModel), typeof(Location), typeof(SyntaxTree),
            typeof(SyntaxToken), typeof(SyntaxTrivia), typeof(SyntaxReference), typeof(AttributeData), typeof(IOperation),
        };

        private const int MaxVisitedObjects = 200_000;

        /// <summary>Runs <paramref name="first"/>, then <paramref name="second"/> on the same driver.</summary>
        public static IncrementalRun RunTwice(Compilation first, Compilation second)
        {
            GeneratorDriver driver = GeneratorRunner.CreateDriver();
            driver = driver.RunGeneratorsAndUpdateCompilation(first, out Compilation firstOutput, out ImmutableArray<Diagnostic> firstDiagnostics);
            var firstRun = new GeneratorOutput(driver.GetRunResult(), firstOutput, firstDiagnostics);
            driver = driver.RunGeneratorsAndUpdateCompilation(second, out Compilation secondOutput, out ImmutableArray<Diagnostic> secondDiagnostics);
            var secondRun = new GeneratorOutput(driver.GetRunResult(), secondOutput, secondDiagnostics);
            Assert.Null(firstRun.Result.Exception);
            Assert.Null(secondRun.Result.Exception);
            return new IncrementalRun(firstRun, secondRun);
        }

        /// <summary>
        /// <paramref name="compilation"/> with the syntax tree at <paramref name="treeIndex"/> replaced by
        /// <paramref name="newSource"/>, parsed with the runner's options and the same path.
        /// </summary>
        public static Compilation ReplaceSource(Compilation compilation, int treeIndex, string newSource)
        {
            SyntaxTree old = compilation.SyntaxTrees.ElementAt(treeIndex);
            return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(newSource, GeneratorRunner.ParseOptions, path: old.FilePath));
        }

        /// <summary><paramref name="compilation"/> with one more syntax tree.</summary>
        public static Compilation AddSource(Compilation compilation, string source, string path) =>
            compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, GeneratorRunner.ParseOptions, path: path));

        /// <summary>The outputs of every run of the tracked step <paramref name="stepName"/>, in order; empty if the step did not run.</summary>
        public static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string stepName) =>
            result.TrackedSteps.TryGetValue(stepName, out ImmutableArray<IncrementalGeneratorRunStep> steps)
                ? steps.SelectMany(step => step.Outputs).ToList()
                : new List<(object, IncrementalStepRunReason)>();

        /// <summary>Every output of every tracked step is Cached or Unchanged: the second run recomputed nothing that changed.</summary>
        public static void AllCachedOrUnchanged(GeneratorRunResult result, params string[] stepNames)
        {
            if (stepNames.Length == 0)
            {
                stepNames = TrackedStepNames.ToArray();
            }

            var problems = new StringBuilder();
            foreach (string name in stepNames)
            {
                foreach ((object value, IncrementalStepRunReason reason) in Outputs(result, name))
                {
                    if (reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    {
                        problems.AppendLine($"{name}: {reason}: {value}");
                    }
                }
            }

            Assert.True(problems.Length == 0, "Outputs that the second run recomputed with a different value:\n" + problems);
        }

        /// <summary>
        /// No output of any tracked step (and no step that ran at all, for <paramref name="stepNames"/>) holds a
        /// symbol, syntax node, compilation, semantic model, location or syntax tree anywhere in its object graph.
        /// Also asserts that each named step ran.
        /// </summary>
        public static void NoBannedTypesInOutputs(GeneratorRunResult result, params string[] stepNames)
        {
            if (stepNames.Length == 0)
            {
                stepNames = TrackedStepNames.ToArray();
            }

            foreach (string name in stepNames)
            {
                Assert.True(result.TrackedSteps.ContainsKey(name), $"The step '{name}' did not run, or was not tracked.");
                IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> outputs = Outputs(result, name);
                for (int i = 0; i < outputs.Count; i++)
                {
                    AssertNoBannedTypes(outputs[i].Value, $"{name}[{i}]");
                }
            }
        }

        /// <summary>
        /// Walks the object graph of <paramref name="root"/> (fields of every object, public properties of the
        /// generator's own types, array and EquatableArray elements) and fails on the first banned object, naming
        /// its path. Fields whose declared type is a banned type fail even when they are null.
        /// </summary>
        public static void AssertNoBannedTypes(object? root, string rootName)
        {
            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var pending = new Stack<(object? Value, string Path)>();
            pending.Push((root, rootName));
            int count = 0;
            while (pending.Count > 0)
            {
                (object? value, string path) = pending.Pop();
                if (value is null)
                {
                    continue;
                }

                Type type = value.GetType();
                if (BannedType(type) is { } banned)
                {
                    Assert.Fail($"{path} is a {type.FullName}, which is a {banned.Name}: step outputs must be plain, value-equatable data.");
                }

                if (IsLeaf(type) || (!type.IsValueType && !visited.Add(value)))
                {
                    continue;
                }

                Assert.True(++count < MaxVisitedObjects, $"The object graph under {rootName} has more than {MaxVisitedObjects} objects; is it really a model?");

                if (value is Array array)
                {
                    int index = 0;
                    foreach (object? element in array)
                    {
                        pending.Push((element, $"{path}[{index++}]"));
                    }

                    continue;
                }

                for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
                {
                    foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        if (BannedType(field.FieldType) is { } bannedField)
                        {
                            Assert.Fail($"{path}.{field.Name} is declared as {field.FieldType.FullName}, which is a {bannedField.Name}: step outputs must be plain, value-equatable data.");
                        }

                        pending.Push((field.GetValue(value), $"{path}.{field.Name}"));
                    }
                }

                // The generator's own types may compute properties from their fields; read those too.
                if (type.Assembly == typeof(PoolGenerator).Assembly)
                {
                    foreach (PropertyInfo property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
                    {
                        if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
                        {
                            continue;
                        }

                        if (BannedType(property.PropertyType) is { } bannedProperty)
                        {
                            Assert.Fail($"{path}.{property.Name} is declared as {property.PropertyType.FullName}, which is a {bannedProperty.Name}.");
                        }

                        pending.Push((property.GetValue(value), $"{path}.{property.Name}"));
                    }
                }
            }
        }

        private static Type? BannedType(Type type)
        {
            Type element = type;
            while (element.HasElementType)
            {
                element = element.GetElementType()!;
            }

            return BannedTypes.FirstOrDefault(banned => banned.IsAssignableFrom(element));
        }

        /// <summary>Values with nothing inside that could hold a banned object, or reflection/delegate objects not worth walking.</summary>
        private static bool IsLeaf(Type type) =>
            type.IsPrimitive || type.IsEnum || type.IsPointer || type == typeof(string) || type == typeof(decimal) ||
            type == typeof(IntPtr) || type == typeof(UIntPtr) || typeof(Delegate).IsAssignableFrom(type) ||
            typeof(MemberInfo).IsAssignableFrom(type) || typeof(Assembly).IsAssignableFrom(type) ||
            typeof(System.Resources.ResourceManager).IsAssignableFrom(type);

        /// <summary>The tracked Parse outputs of <paramref name="result"/> as the generator's ParseResult values.</summary>
        internal static IReadOnlyList<(Model.ParseResult Value, IncrementalStepRunReason Reason)> ParseOutputs(GeneratorRunResult result) =>
            Outputs(result, TrackingNames.Parse).Select(o => ((Model.ParseResult)o.Value, o.Reason)).ToList();

        /// <summary>The tracked Plans outputs of <paramref name="result"/>.</summary>
        internal static IReadOnlyList<(Planning.KernelPlan Value, IncrementalStepRunReason Reason)> PlanOutputs(GeneratorRunResult result) =>
            Outputs(result, TrackingNames.Plans).Select(o => ((Planning.KernelPlan)o.Value, o.Reason)).ToList();

        /// <summary>A readable list of outputs and reasons, for failure messages.</summary>
        public static string Describe(GeneratorRunResult result)
        {
            var sb = new StringBuilder();
            foreach (string name in TrackedStepNames)
            {
                sb.AppendLine(name + ":");
                foreach ((object value, IncrementalStepRunReason reason) in Outputs(result, name))
                {
                    string what = value switch
                    {
                        Model.ParseResult p => $"ParseResult({p.Model?.MethodName ?? "no model"}, {p.Diagnostics.Count} diagnostics)",
                        Model.PoolSpec m => $"Model({m.MethodName})",
                        IEnumerable e => $"[{string.Join(", ", e.Cast<object>())}]",
                        _ => value.ToString() ?? string.Empty,
                    };
                    sb.AppendLine($"  {reason,-9} {what}");
                }
            }

            return sb.ToString();
        }
    }

    /// <summary>Two runs of one driver: the first on the original compilation, the second on the edited one.</summary>
    public sealed record IncrementalRun(GeneratorOutput First, GeneratorOutput Second);
}
