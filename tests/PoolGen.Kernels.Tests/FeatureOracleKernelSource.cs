using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Renders <c>FeatureOracleKernels.cs</c>: the libtorch oracle cases that <c>OracleKernels.cs</c> (rank 2, no
    /// divisor_override, no indices) leaves out, each through a kernel generated at build time: every case of rank 1 and 3,
    /// every case with divisor_override, and every max case again with its argmax (a <c>Span&lt;int&gt; indices</c> for
    /// float32, <c>Span&lt;long&gt;</c> for float64). One <c>[Pool]</c> method per distinct configuration, named after the
    /// first case that uses it, and a dictionary from case id to a <see cref="KernelCall{T}"/> of its kernel.
    /// <see cref="OracleKernelTests.FeatureOracleKernelsFileIsUpToDate"/> keeps the committed file equal to this
    /// rendering (to regenerate after changing the oracle or this class: run that test, review
    /// <c>FeatureOracleKernels.received.cs</c>, copy it over <c>FeatureOracleKernels.cs</c>, rebuild).
    /// </summary>
    public static class FeatureOracleKernelSource
    {
        public const string FileName = "FeatureOracleKernels.cs";

        public const string ReceivedFileName = "FeatureOracleKernels.received.cs";

        /// <summary>Rank 1 or 3, or a divisor_override, or max (for the indices).</summary>
        public static IReadOnlyList<OracleCase> Selected(IEnumerable<OracleCase> cases)
        {
            ArgumentNullException.ThrowIfNull(cases);
            return cases.Where(c => c.Rank != 2 || c.DivisorOverride is not null || c.Kind == PoolKind.Max).ToList();
        }

        /// <summary>What makes two cases share a kernel.</summary>
        public static string ConfigurationKey(OracleCase c)
        {
            ArgumentNullException.ThrowIfNull(c);
            return string.Create(CultureInfo.InvariantCulture, $"{c.Dtype} r{c.Rank} {c.ToSpecND()} cip={(c.Kind == PoolKind.Average ? c.CountIncludePad : null)}");
        }

        public static string MethodName(OracleCase c) => "Case_" + c.Id;

        /// <summary>The index type of a max case's kernel: int for float32, long for float64.</summary>
        public static IndexType IndicesOf(OracleCase c) => c.Kind != PoolKind.Max ? IndexType.None : c.IsSingle ? IndexType.Int32 : IndexType.Int64;

        /// <summary>The source text of <c>FeatureOracleKernels.cs</c> for the whole oracle (the selection is made here). Lines end with "\n".</summary>
        public static string Render(IEnumerable<OracleCase> cases)
        {
            IReadOnlyList<OracleCase> selected = Selected(cases);
            var groups = selected
                .GroupBy(ConfigurationKey, StringComparer.Ordinal)
                .Select(group => (Name: MethodName(group.First()), Cases: group.ToList()))
                .ToList();

            var text = new StringBuilder();
            void Line(string line = "") => text.Append(line).Append('\n');

            Line("// Rendered by FeatureOracleKernelSource.Render from Oracle/pytorch-pooling.jsonl: do not edit by hand.");
            Line("// OracleKernelTests.FeatureOracleKernelsFileIsUpToDate fails when this file differs from the rendering and");
            Line("// writes FeatureOracleKernels.received.cs beside it; review that file and copy it over this one to accept it.");
            Line("using System;");
            Line("using System.Collections.Generic;");
            Line("using PoolGen;");
            Line();
            Line("namespace PoolGen.Kernels.Tests");
            Line("{");
            Line("    /// <summary>");
            Line(string.Create(CultureInfo.InvariantCulture, $"    /// One generated kernel per distinct configuration of the {selected.Count} libtorch oracle cases of rank 1 or 3, with"));
            Line(string.Create(CultureInfo.InvariantCulture, $"    /// divisor_override, or max (with indices) ({groups.Count} kernels), named after the first case that uses it."));
            Line("    /// </summary>");
            Line("    internal static partial class FeatureOracleKernels");
            Line("    {");
            foreach ((string name, List<OracleCase> group) in groups)
            {
                OracleCase first = group[0];
                string t = ElementType(first);
                Line(string.Create(CultureInfo.InvariantCulture, $"        // {first.Dtype} rank {first.Rank} {first.ToSpecND()}: {string.Join(", ", group.Select(c => c.Id))}"));
                Line($"        [Pool({Attribute(first)})]");
                Line($"        public static partial void {name}({Parameters(first, t)});");
                Line();
            }

            Line("        /// <summary>The kernel of every selected case, by case id: a KernelCall of float or double.</summary>");
            Line("        public static readonly IReadOnlyDictionary<string, Delegate> ByCaseId = new Dictionary<string, Delegate>");
            Line("        {");
            foreach ((string name, List<OracleCase> group) in groups)
            {
                foreach (OracleCase c in group)
                {
                    Line($"            [\"{c.Id}\"] = new KernelCall<{ElementType(c)}>((i, o, i32, i64, b, c, s) => {name}({Arguments(c)})),");
                }
            }

            Line("        };");
            Line("    }");
            Line("}");
            return text.ToString();
        }

        private static string ElementType(OracleCase c) => c.IsSingle ? "float" : "double";

        private static string[] Axes(int rank) => rank switch { 1 => ["length"], 2 => ["height", "width"], _ => ["depth", "height", "width"] };

        private static string Parameters(OracleCase c, string t)
        {
            var parts = new List<string> { $"ReadOnlySpan<{t}> input", $"Span<{t}> output" };
            IndexType indices = IndicesOf(c);
            if (indices != IndexType.None)
            {
                parts.Add(indices == IndexType.Int32 ? "Span<int> indices" : "Span<long> indices");
            }

            parts.Add("int batch");
            parts.Add("int channels");
            parts.AddRange(Axes(c.Rank).Select(axis => "int " + axis));
            return string.Join(", ", parts);
        }

        private static string Arguments(OracleCase c)
        {
            var parts = new List<string> { "i", "o" };
            IndexType indices = IndicesOf(c);
            if (indices != IndexType.None)
            {
                parts.Add(indices == IndexType.Int32 ? "i32" : "i64");
            }

            parts.Add("b");
            parts.Add("c");
            parts.AddRange(Enumerable.Range(0, c.Rank).Select(axis => string.Create(CultureInfo.InvariantCulture, $"s[{axis}]")));
            return string.Join(", ", parts);
        }

        /// <summary>The attribute: the shared property when every axis agrees, else one per axis (D, H, W); defaults left out.</summary>
        private static string Attribute(OracleCase c)
        {
            var parts = new List<string> { c.Kind == PoolKind.Max ? "Kind = PoolKind.Max" : "Kind = PoolKind.Average" };
            string[] suffixes = c.Rank switch { 1 => [""], 2 => ["H", "W"], _ => ["D", "H", "W"] };
            void Axes(string property, int[] values, int? defaultValue)
            {
                if (values.All(v => v == values[0]))
                {
                    if (values[0] != defaultValue)
                    {
                        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{property} = {values[0]}"));
                    }
                }
                else
                {
                    for (int axis = 0; axis < values.Length; axis++)
                    {
                        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{property}{suffixes[axis]} = {values[axis]}"));
                    }
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
                if (c.DivisorOverride is int divisor)
                {
                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"DivisorOverride = {divisor}"));
                }
            }

            return string.Join(", ", parts);
        }
    }
}
