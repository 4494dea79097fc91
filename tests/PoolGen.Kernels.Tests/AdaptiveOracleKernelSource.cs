using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Renders <c>AdaptiveOracleKernels.cs</c>: for every distinct adaptive configuration of the libtorch ops oracle (op,
    /// rank, element type, output size) one <c>[Pool(OutputSize...)]</c> kernel per layout, taking the input sizes at run
    /// time, and a dictionary from every adaptive case id to its two kernels.
    /// <see cref="AdaptiveOracleKernelTests.AdaptiveOracleKernelsFileIsUpToDate"/> keeps the committed file equal to this rendering.
    /// </summary>
    public static class AdaptiveOracleKernelSource
    {
        public const string FileName = "AdaptiveOracleKernels.cs";

        public const string ReceivedFileName = "AdaptiveOracleKernels.received.cs";

        /// <summary>The adaptive cases (adaptive_avg, adaptive_max) of the ops oracle.</summary>
        public static IReadOnlyList<OracleOpCase> Selected(IEnumerable<OracleOpCase> cases) =>
            cases.Where(c => c.Op is OracleOpCase.AdaptiveAvg or OracleOpCase.AdaptiveMax).ToList();

        /// <summary>The kernel name (without the layout) of a case: what makes two cases share a kernel.</summary>
        public static string MethodName(OracleOpCase c) => string.Create(
            CultureInfo.InvariantCulture,
            $"{(c.Op == OracleOpCase.AdaptiveMax ? "Max" : "Avg")}{(c.IsSingle ? "F32" : "F64")}_{c.Rank}D_Out{string.Join("x", c.OutputSize!)}");

        public static string Render(IEnumerable<OracleOpCase> cases)
        {
            IReadOnlyList<OracleOpCase> selected = Selected(cases);
            var groups = selected.GroupBy(MethodName, StringComparer.Ordinal).ToList();
            var text = new StringBuilder();
            void Line(string line = "") => text.Append(line).Append('\n');

            Line("// Rendered by AdaptiveOracleKernelSource.Render from Oracle/pytorch-pooling-ops.jsonl: do not edit by hand.");
            Line("// AdaptiveOracleKernelTests.AdaptiveOracleKernelsFileIsUpToDate fails when this file differs from the rendering and");
            Line("// writes AdaptiveOracleKernels.received.cs beside it; review that file and copy it over this one to accept it.");
            Line("using System;");
            Line("using System.Collections.Generic;");
            Line("using PoolGen;");
            Line();
            Line("namespace PoolGen.Kernels.Tests");
            Line("{");
            Line("    /// <summary>");
            Line(string.Create(CultureInfo.InvariantCulture, $"    /// The {selected.Count} adaptive cases of the libtorch ops oracle: one kernel per configuration ({groups.Count}) and layout."));
            Line("    /// </summary>");
            Line("    internal static partial class AdaptiveOracleKernels");
            Line("    {");
            foreach (IGrouping<string, OracleOpCase> group in groups)
            {
                OracleOpCase first = group.First();
                string t = first.IsSingle ? "float" : "double";
                bool max = first.Op == OracleOpCase.AdaptiveMax;
                string kind = max ? string.Empty : "Kind = PoolKind.Average, ";
                string sizes = first.Rank switch
                {
                    1 => $"OutputSize = {first.OutputSize![0]}",
                    2 => $"OutputSizeH = {first.OutputSize![0]}, OutputSizeW = {first.OutputSize[1]}",
                    _ => $"OutputSizeD = {first.OutputSize![0]}, OutputSizeH = {first.OutputSize[1]}, OutputSizeW = {first.OutputSize[2]}",
                };
                string dimensions = first.Rank switch
                {
                    1 => "int batch, int channels, int length",
                    2 => "int batch, int channels, int height, int width",
                    _ => "int batch, int channels, int depth, int height, int width",
                };
                string indices = max ? ", Span<long> indices" : string.Empty;
                Line($"        // {string.Join(", ", group.Select(c => c.Id))}");
                foreach (string layout in new[] { "Nchw", "Nhwc" })
                {
                    string layoutArgument = layout == "Nhwc" ? ", Layout = PoolLayout.Nhwc" : string.Empty;
                    Line($"        [Pool({kind}{sizes}{layoutArgument})]");
                    Line($"        public static partial void {group.Key}_{layout}(ReadOnlySpan<{t}> input, Span<{t}> output{indices}, {dimensions});");
                    Line();
                }
            }

            Line("        /// <summary>Every adaptive case id: its channels-first and its channels-last kernel, as <see cref=\"KernelCall{T}\"/> of its element type.</summary>");
            Line("        public static readonly Dictionary<string, (Delegate Nchw, Delegate Nhwc)> ByCaseId = new(StringComparer.Ordinal)");
            Line("        {");
            foreach (OracleOpCase c in selected)
            {
                string t = c.IsSingle ? "float" : "double";
                string name = MethodName(c);
                string indices = c.Op == OracleOpCase.AdaptiveMax ? "i64, " : string.Empty;
                string spatial = string.Join(", ", Enumerable.Range(0, c.Rank).Select(a => $"s[{a}]"));
                string Call(string layout) => $"(KernelCall<{t}>)((i, o, i32, i64, b, c, s) => {name}_{layout}(i, o, {indices}b, c, {spatial}))";
                Line($"            [\"{c.Id}\"] = ({Call("Nchw")}, {Call("Nhwc")}),");
            }

            Line("        };");
            Line("    }");
            Line("}");
            return text.ToString();
        }
    }
}
