using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace PoolGen.Fuzz.Tests
{
    /// <summary>
    /// Greedy shrinking of a failure: alone in its own compilation (one method instead of a batch), then property by
    /// property back to "not written", numbers towards their smallest value, the declaration towards the plainest
    /// form (no indices, the span form), the shape towards one small plane; a step is kept while the program still fails at the same stage.
    /// </summary>
    public static class Shrinker
    {
        private static readonly PropertyInfo[] Settable = typeof(PoolProgram).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name != nameof(PoolProgram.Seed))
            .ToArray();

        /// <summary>The smallest failing program found within <paramref name="budget"/> runs; null if it does not fail alone.</summary>
        /// <param name="reproduce">How a candidate is run (by default alone through <see cref="FuzzRunner.RunBatch"/>); its failure, if any.</param>
        public static Failure? Shrink(Failure failure, int budget = 120, Func<PoolProgram, RunShape?, Failure?>? reproduce = null)
        {
            Failure? Run(PoolProgram program, RunShape? shape) =>
                reproduce is null ? Reproduce(program, shape, failure) : reproduce(program, shape) is { } f && f.Stage == failure.Stage ? f : null;

            Failure? current = Run(failure.Program, failure.Shape);
            if (current is null)
            {
                return null;
            }

            for (int runs = 0; runs < budget;)
            {
                bool improved = false;
                foreach ((PoolProgram program, RunShape? shape) in Candidates(current.Program, current.Shape))
                {
                    if (++runs > budget)
                    {
                        break;
                    }

                    if (Run(program, shape) is { } smaller)
                    {
                        current = smaller;
                        improved = true;
                        break;
                    }
                }

                if (!improved)
                {
                    break;
                }
            }

            return current;
        }

        /// <summary>The failure of <paramref name="program"/> alone on <paramref name="shape"/>, if it fails at the same stage.</summary>
        private static Failure? Reproduce(PoolProgram program, RunShape? shape, Failure like)
        {
            List<Failure> failures;
            try
            {
                failures = FuzzRunner.RunBatch(
                    [program],
                    new Outcomes(),
                    shape is null ? null : _ => [shape],
                    like.Vectorize is bool v ? [v] : null);
            }
            catch (Exception)
            {
                return null; // A candidate the harness cannot even run is not a simpler reproducer.
            }

            return failures.FirstOrDefault(f => f.Stage == like.Stage);
        }

        private static IEnumerable<(PoolProgram, RunShape?)> Candidates(PoolProgram p, RunShape? s)
        {
            // Fewer written properties.
            foreach (var property in PoolProgram.Properties)
            {
                if (property.Value(p) is not null)
                {
                    yield return (property.Reset(p), s);
                }
            }

            // Plainer declaration and signature.
            var plain = new PoolProgram();
            foreach (string name in new[] { "Flaw", "ContainerKind", "Instance", "Accessibility", "Nested", "InNamespace", "HasBatch", "HasChannels", "Indices", "IndicesLast", "Tensor" })
            {
                PropertyInfo property = Settable.Single(x => x.Name == name);
                if (!Equals(property.GetValue(p), property.GetValue(plain)))
                {
                    yield return (With(p, property, property.GetValue(plain)), s);
                }
            }

            if (p.Indices is "Span<long>" or "TensorSpan<long>")
            {
                yield return (p with { Indices = p.Indices.Replace("long", "int", StringComparison.Ordinal) }, s);
            }

            if (p.Element is not ("float" or "double"))
            {
                yield return (p with { Element = "float" }, s);
            }
            else if (p.Element == "double")
            {
                yield return (p with { Element = "float" }, s);
            }

            // Smaller numbers, towards 1 for sizes and dilations, towards 0 otherwise.
            foreach (PropertyInfo property in Settable.Where(x => x.PropertyType == typeof(int?)))
            {
                if (property.GetValue(p) is int value && property.Name != nameof(PoolProgram.Kind))
                {
                    int floor = property.Name.StartsWith("Size", StringComparison.Ordinal) || property.Name.StartsWith("Dilation", StringComparison.Ordinal) ? 1 : 0;
                    if (value > floor)
                    {
                        yield return (With(p, property, floor + ((value - floor) / 2)), s);
                        yield return (With(p, property, value - 1), s);
                    }
                }
            }

            if (s is null)
            {
                yield break;
            }

            // A smaller shape and plainer data.
            if (s.Batch > 1) yield return (p, s with { Batch = 1 });
            if (s.Channels > 1) yield return (p, s with { Channels = 1 });
            if (s.TensorUnbatched) yield return (p, s with { TensorUnbatched = false });
            if (s.Depth > 1) yield return (p, s with { Depth = s.Depth / 2 });
            if (s.Depth > 1) yield return (p, s with { Depth = s.Depth - 1 });
            if (s.Height > 1) yield return (p, s with { Height = s.Height / 2 });
            if (s.Height > 1) yield return (p, s with { Height = s.Height - 1 });
            if (s.Width > 1) yield return (p, s with { Width = s.Width / 2 });
            if (s.Width > 1) yield return (p, s with { Width = s.Width - 1 });
            if (s.InputSlack + s.OutputSlack > 0) yield return (p, s with { InputSlack = 0, OutputSlack = 0 });
            if (s.Specials) yield return (p, s with { Specials = false });
            if (!s.Ties) yield return (p, s with { Ties = true });
        }

        private static PoolProgram With(PoolProgram p, PropertyInfo property, object? value)
        {
            PoolProgram copy = p with { };
            property.SetValue(copy, value); // init-only setters are ordinary setters at run time
            return copy;
        }
    }
}
