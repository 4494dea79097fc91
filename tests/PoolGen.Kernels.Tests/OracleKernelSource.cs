using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Renders <c>OracleKernels.cs</c>: one <c>[Pool]</c> method per distinct rank-2 configuration of the libtorch
    /// oracle (kind, window, stride, padding, dilation, ceil mode, count_include_pad, element type), named after the
    /// first case that uses it, and a dictionary from every rank-2 case id without divisor_override to its kernel.
    /// <see cref="OracleKernelTests.OracleKernelsFileIsUpToDate"/> keeps the committed file equal to this rendering.
    /// </summary>
    public static class OracleKernelSource
    {
        /// <summary>The file name of the rendered source, beside the tests.</summary>
        public const string FileName = "OracleKernels.cs";

        /// <summary>Where a differing rendering is written for review.</summary>
        public const string ReceivedFileName = "OracleKernels.received.cs";

        /// <summary>The cases a generated kernel can run: rank 2, no divisor_override (PoolGen has no such property).</summary>
        public static IReadOnlyList<OracleCase> Selected(IEnumerable<OracleCase> cases)
        {
            ArgumentNullException.ThrowIfNull(cases);
            return cases.Where(c => c.Rank == 2 && c.DivisorOverride is null).ToList();
        }

        /// <summary>What makes two cases share a kernel.</summary>
        public static string ConfigurationKey(OracleCase c)
        {
            ArgumentNullException.ThrowIfNull(c);
            PoolSpecND spec = c.ToSpecND();
            return string.Create(CultureInfo.InvariantCulture, $"{c.Dtype} {spec} cip={(c.Kind == PoolKind.Average ? spec.CountIncludePad : null)}");
        }

        /// <summary>The source text of <c>OracleKernels.cs</c> for <paramref name="cases"/> (all of the oracle; the selection is made here). Lines end with "\n".</summary>
        public static string Render(IEnumerable<OracleCase> cases)
        {
            IReadOnlyList<OracleCase> selected = Selected(cases);
            var groups = selected
                .GroupBy(ConfigurationKey, StringComparer.Ordinal)
                .Select(group => (Name: MethodName(group.First()), Cases: group.ToList()))
                .ToList();
            var methodOfCase = new Dictionary<string, (string Method, string Type)>(StringComparer.Ordinal);
            foreach ((string name, List<OracleCase> group) in groups)
            {
                foreach (OracleCase c in group)
                {
                    methodOfCase[c.Id] = (name, ElementType(c));
                }
            }

            var text = new StringBuilder();
            void Line(string line = "") => text.Append(line).Append('\n');

            Line("// Rendered by OracleKernelSource.Render from Oracle/pytorch-pooling.jsonl: do not edit by hand.");
            Line("// OracleKernelTests.OracleKernelsFileIsUpToDate fails when this file differs from the rendering and writes");
            Line("// OracleKernels.received.cs beside it; review that file and copy it over this one to accept it.");
            Line("using System;");
            Line("using System.Collections.Generic;");
            Line("using PoolGen;");
            Line();
            Line("namespace PoolGen.Kernels.Tests");
            Line("{");
            Line("    /// <summary>");
            Line(string.Create(CultureInfo.InvariantCulture, $"    /// One generated kernel per distinct configuration of the {selected.Count} rank-2 libtorch oracle cases without"));
            Line(string.Create(CultureInfo.InvariantCulture, $"    /// divisor_override ({groups.Count} kernels), named after the first case that uses it."));
            Line("    /// </summary>");
            Line("    internal static partial class OracleKernels");
            Line("    {");
            foreach ((string name, List<OracleCase> group) in groups)
            {
                OracleCase first = group[0];
                Line(string.Create(CultureInfo.InvariantCulture, $"        // {first.Dtype} {first.ToSpecND()}: {string.Join(", ", group.Select(c => c.Id))}"));
                Line($"        [Pool({Attribute(first)})]");
                string t = ElementType(first);
                Line($"        public static partial void {name}(ReadOnlySpan<{t}> input, Span<{t}> output, int batch, int channels, int height, int width);");
                Line();
            }

            Line("        /// <summary>The kernel of every rank-2 oracle case without divisor_override, by case id: a KernelCall of float or double.</summary>");
            Line("        public static readonly IReadOnlyDictionary<string, Delegate> ByCaseId = new Dictionary<string, Delegate>");
            Line("        {");
            foreach (OracleCase c in selected)
            {
                (string method, string type) = methodOfCase[c.Id];
                Line($"            [\"{c.Id}\"] = new KernelCall<{type}>((i, o, i32, i64, b, c, s) => {method}(i, o, b, c, s[0], s[1])),");
            }

            Line("        };");
            Line("    }");
            Line("}");
            return text.ToString();
        }

        /// <summary>Case_c0003 for case c0003.</summary>
        public static string MethodName(OracleCase c)
        {
            ArgumentNullException.ThrowIfNull(c);
            return "Case_" + c.Id;
        }

        private static string ElementType(OracleCase c) => c.IsSingle ? "float" : "double";

        /// <summary>The attribute arguments: the two-axis property when both axes agree, else both per-axis ones; defaults left out.</summary>
        private static string Attribute(OracleCase c)
        {
            var parts = new List<string> { c.Kind == PoolKind.Max ? "Kind = PoolKind.Max" : "Kind = PoolKind.Average" };
            void Axes(string property, int[] values, int? defaultValue)
            {
                if (values[0] == values[1])
                {
                    if (values[0] != defaultValue)
                    {
                        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{property} = {values[0]}"));
                    }
                }
                else
                {
                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"{property}H = {values[0]}"));
                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"{property}W = {values[1]}"));
                }
            }

            Axes("Size", c.Kernel, null);
            Axes("Stride", c.Stride, null);
            Axes("Padding", c.Padding, 0);
            Axes("Dilation", c.Dilation, 1);
            if (c.CeilMode)
            {
                parts.Add("CeilMode = true");
            }

            if (c.Kind == PoolKind.Average)
            {
                parts.Add(c.CountIncludePad == false ? "CountIncludePad = false" : "CountIncludePad = true");
            }

            return string.Join(", ", parts);
        }
    }
}
