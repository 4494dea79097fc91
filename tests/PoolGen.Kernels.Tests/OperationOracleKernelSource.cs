using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// Calls a backward or unpooling kernel: <paramref name="source"/> is the pooled span (gradOutput, or unpooling's input),
    /// <paramref name="destination"/> the span of the forward input's shape (gradInput, or unpooling's output), whose
    /// spatial sizes are <paramref name="spatial"/>. Kernels without indices ignore <paramref name="indices"/>.
    /// </summary>
    public delegate void OperationCall<T>(ReadOnlySpan<T> source, ReadOnlySpan<long> indices, Span<T> destination, int batch, int channels, int[] spatial);

    /// <summary>
    /// Renders <c>OperationOracleKernels.cs</c>: for every distinct configuration of the backward and unpooling cases of the
    /// libtorch ops oracle (max_backward, avg_backward, max_unpool: op, element type, rank, window) one kernel per layout,
    /// taking the sizes at run time, and a dictionary from every such case id to its two kernels.
    /// <see cref="OperationOracleKernelTests.OperationOracleKernelsFileIsUpToDate"/> keeps the committed file equal to this rendering.
    /// </summary>
    public static class OperationOracleKernelSource
    {
        public const string FileName = "OperationOracleKernels.cs";

        public const string ReceivedFileName = "OperationOracleKernels.received.cs";

        /// <summary>The backward and unpooling cases of the ops oracle.</summary>
        public static IReadOnlyList<OracleOpCase> Selected(IEnumerable<OracleOpCase> cases) =>
            cases.Where(c => c.Op is OracleOpCase.MaxBackward or OracleOpCase.AvgBackward or OracleOpCase.MaxUnpool).ToList();

        /// <summary>The kernel name (without the layout) of a case: what makes two cases share a kernel.</summary>
        public static string MethodName(OracleOpCase c)
        {
            string op = c.Op switch
            {
                OracleOpCase.MaxBackward => "MaxBackward",
                OracleOpCase.AvgBackward => "AvgBackward",
                _ => "Unpool",
            };
            string J(int[] values) => string.Join("x", values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
            var name = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{op}{(c.IsSingle ? "F32" : "F64")}_{c.Rank}D_K{J(c.Kernel!)}_S{J(c.Stride!)}_P{J(c.Padding!)}"));
            if (c.Dilation is not null && c.Dilation.Any(d => d != 1))
            {
                name.Append("_D").Append(J(c.Dilation));
            }

            if (c.CeilMode == true)
            {
                name.Append("_Ceil");
            }

            if (c.CountIncludePad == false)
            {
                name.Append("_Exclude");
            }

            if (c.DivisorOverride is { } divisor)
            {
                name.Append("_Div").Append(divisor.ToString(CultureInfo.InvariantCulture));
            }

            return name.ToString();
        }

        public static string Render(IEnumerable<OracleOpCase> cases)
        {
            IReadOnlyList<OracleOpCase> selected = Selected(cases);
            var groups = selected.GroupBy(MethodName, StringComparer.Ordinal).ToList();
            var text = new StringBuilder();
            void Line(string line = "") => text.Append(line).Append('\n');

            Line("// Rendered by OperationOracleKernelSource.Render from Oracle/pytorch-pooling-ops.jsonl: do not edit by hand.");
            Line("// OperationOracleKernelTests.OperationOracleKernelsFileIsUpToDate fails when this file differs from the rendering and");
            Line("// writes OperationOracleKernels.received.cs beside it; review that file and copy it over this one to accept it.");
            Line("using System;");
            Line("using System.Collections.Generic;");
            Line("using PoolGen;");
            Line();
            Line("namespace PoolGen.Kernels.Tests");
            Line("{");
            Line("    /// <summary>");
            Line(string.Create(CultureInfo.InvariantCulture, $"    /// The {selected.Count} backward and unpooling cases of the libtorch ops oracle: one kernel per configuration ({groups.Count}) and layout."));
            Line("    /// </summary>");
            Line("    internal static partial class OperationOracleKernels");
            Line("    {");
            foreach (IGrouping<string, OracleOpCase> group in groups)
            {
                OracleOpCase first = group.First();
                string t = first.IsSingle ? "float" : "double";
                var arguments = new List<string>();
                if (first.Op == OracleOpCase.AvgBackward)
                {
                    arguments.Add("Kind = PoolKind.Average");
                }

                arguments.AddRange(AxisArguments(first));
                if (first.CeilMode == true)
                {
                    arguments.Add("CeilMode = true");
                }

                if (first.CountIncludePad == false)
                {
                    arguments.Add("CountIncludePad = false");
                }

                if (first.DivisorOverride is { } divisor)
                {
                    arguments.Add(string.Create(CultureInfo.InvariantCulture, $"DivisorOverride = {divisor}"));
                }

                string dimensions = first.Rank switch
                {
                    1 => "int batch, int channels, int length",
                    2 => "int batch, int channels, int height, int width",
                    _ => "int batch, int channels, int depth, int height, int width",
                };
                string spans = first.Op switch
                {
                    OracleOpCase.MaxBackward => $"ReadOnlySpan<{t}> gradOutput, ReadOnlySpan<long> indices, Span<{t}> gradInput",
                    OracleOpCase.AvgBackward => $"ReadOnlySpan<{t}> gradOutput, Span<{t}> gradInput",
                    _ => $"ReadOnlySpan<{t}> input, ReadOnlySpan<long> indices, Span<{t}> output",
                };
                Line($"        // {string.Join(", ", group.Select(c => c.Id))}");
                foreach (string layout in new[] { "Nchw", "Nhwc" })
                {
                    string layoutArgument = layout == "Nhwc" ? ", Layout = PoolLayout.Nhwc" : string.Empty;
                    Line($"        [Pool({string.Join(", ", arguments)}{layoutArgument})]");
                    Line($"        public static partial void {group.Key}_{layout}({spans}, {dimensions});");
                    Line();
                }
            }

            Line("        /// <summary>Every backward and unpooling case id: its channels-first and its channels-last kernel, as <see cref=\"OperationCall{T}\"/> of its element type.</summary>");
            Line("        public static readonly Dictionary<string, (Delegate Nchw, Delegate Nhwc)> ByCaseId = new(StringComparer.Ordinal)");
            Line("        {");
            foreach (OracleOpCase c in selected)
            {
                string t = c.IsSingle ? "float" : "double";
                string name = MethodName(c);
                string indices = c.Op == OracleOpCase.AvgBackward ? string.Empty : "i, ";
                string spatial = string.Join(", ", Enumerable.Range(0, c.Rank).Select(a => $"s[{a}]"));
                string Call(string layout) => $"(OperationCall<{t}>)((g, i, d, b, c, s) => {name}_{layout}(g, {indices}d, b, c, {spatial}))";
                Line($"            [\"{c.Id}\"] = ({Call("Nchw")}, {Call("Nhwc")}),");
            }

            Line("        };");
            Line("    }");
            Line("}");
            return text.ToString();
        }

        /// <summary>Size, Stride, Padding (and Dilation) per axis: Size... in 1D, SizeD, SizeH, SizeW... in 3D.</summary>
        private static IEnumerable<string> AxisArguments(OracleOpCase c)
        {
            string[] axes = c.Rank switch { 1 => [""], 2 => ["H", "W"], _ => ["D", "H", "W"] };
            string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
            for (int a = 0; a < c.Rank; a++)
            {
                yield return F($"Size{axes[a]} = {c.Kernel![a]}");
            }

            for (int a = 0; a < c.Rank; a++)
            {
                yield return F($"Stride{axes[a]} = {c.Stride![a]}");
            }

            for (int a = 0; a < c.Rank; a++)
            {
                if (c.Padding![a] != 0)
                {
                    yield return F($"Padding{axes[a]} = {c.Padding[a]}");
                }
            }

            if (c.Dilation is not null)
            {
                for (int a = 0; a < c.Rank; a++)
                {
                    if (c.Dilation[a] != 1)
                    {
                        yield return F($"Dilation{axes[a]} = {c.Dilation[a]}");
                    }
                }
            }
        }
    }
}
