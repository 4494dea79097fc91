using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

internal sealed partial class NdKernelEmitter
{
    /// <summary>
    /// The separable kernel's call, when its buffers (the plane reduced along the last axis, and for rank 3 the ring of
    /// planes reduced along the height) fit the stack. Returns true when the shape is fixed and the buffers fit, so that
    /// no other code is needed.
    /// </summary>
    private bool EmitSeparableCall(CodeWriter w, PoolSpec model, List<AxisPlan> axes)
    {
        AxisPlan heightAxis = axes[axes.Count - 2], lastAxis = axes[axes.Count - 1];
        bool three = model.Rank == 3;
        int kd = three ? model.D!.Kernel : 1;
        long? fixedSize = heightAxis.FixedInput > 0 && lastAxis.FixedInput > 0 && heightAxis.FixedOutput > 0 && lastAxis.FixedOutput > 0
            ? heightAxis.FixedInput * System.Math.Max(lastAxis.FixedInput, lastAxis.FixedOutput) + (three ? kd * heightAxis.FixedOutput * lastAxis.FixedOutput : 0)
            : null;
        if (fixedSize > SeparableLimit)
        {
            return false;
        }

        string t = T(model);
        string l = lastAxis.Letter;
        w.Line();
        string steps = three ? $"{model.W.Kernel} + {model.H.Kernel} + {kd}" : $"{model.W.Kernel} + {model.H.Kernel}";
        string direct = $"{(three ? $"{kd}*" : string.Empty)}{model.H.Kernel}*{model.W.Kernel}";
        if (three)
        {
            w.Line($"// Separable, one pass per axis: each input row reduced along {lastAxis.Name}, each output row folds the reduced rows of its window");
            w.Line($"// into a plane, and each output plane folds the planes of its window ({steps} steps per output instead of {direct}).");
        }
        else
        {
            w.Line($"// Separable, one pass per axis: each input row reduced along {lastAxis.Name}, then each output row folds the reduced rows of its");
            w.Line($"// window ({steps} steps per output instead of {direct}).");
        }

        w.Line("// Max and min pick the same tap in any bracketing that keeps the row-major order, so the results are the direct");
        w.Line("// kernel's, bit for bit. The buffers live on the stack.");
        string size = $"(long)height * Math.Max({lastAxis.Name}, {lastAxis.Out}){(three ? $" + {kd}L * {heightAxis.Out} * {lastAxis.Out}" : string.Empty)}";
        using (fixedSize is null ? w.Block($"if ({size} <= {SeparableLimit})") : w.Block(string.Empty))
        {
            w.Line(fixedSize is null ? $"Span<{t}> rows = stackalloc {t}[(int)({size})];" : $"Span<{t}> rows = stackalloc {t}[{fixedSize}];");
            using (w.Block("for (int plane = 0; plane < batch * channels; plane++)"))
            {
                w.Line($"ref {t} input = ref Unsafe.Add(ref source, plane * inputPlane);");
                w.Line($"ref {t} output = ref Unsafe.Add(ref destination, plane * outputPlane);");
                var arguments = new List<string> { "ref input", "ref output", "ref MemoryMarshal.GetReference(rows)" };
                arguments.AddRange(SeparableArguments(model, axes, axes));
                string call(string step) => $"Separable<{step}>({string.Join(", ", arguments)});";
                if (plan.Nan == NanRule.ScanPlane)
                {
                    using (w.Block("if (HasNaN(ref input, inputPlane))"))
                    {
                        w.Line(call("AnyData"));
                    }

                    using (w.Block("else"))
                    {
                        w.Line(call("NoNaN"));
                    }
                }
                else
                {
                    w.Line(call("AnyData"));
                }
            }

            if (fixedSize is null)
            {
                w.Line();
                w.Line("return;");
            }
        }

        if (fixedSize is null)
        {
            w.Line();
        }

        return fixedSize is not null;
    }

    /// <summary>
    /// The sizes a separable helper takes over the given axes: the input sizes and SAME paddings that are not constants,
    /// the output sizes that are not constants, and the last axis's range of outputs with every tap inside the input.
    /// </summary>
    private IEnumerable<string> SeparableArguments(PoolSpec model, List<AxisPlan> axes, List<AxisPlan> over)
    {
        foreach (string dimension in WindowDimensions(model, over))
        {
            yield return dimension;
        }

        foreach (AxisPlan axis in over.Where(a => a.FixedOutput == 0))
        {
            yield return axis.Out;
        }

        yield return axes[axes.Count - 1].Letter + "Begin";
        yield return axes[axes.Count - 1].Letter + "Stop";
    }

    /// <summary>
    /// The separable kernel: Separable (rank 3: the planes of the ring, folded per output plane by FoldPlanes), Reduce (one
    /// input plane: every row along the last axis, then FoldRows down the height), and the row helpers.
    /// </summary>
    private void EmitSeparable(CodeWriter w, PoolSpec model, List<AxisPlan> axes)
    {
        string t = T(model);
        bool three = model.Rank == 3;
        AxisPlan last = axes[axes.Count - 1];
        AxisPlan h = axes[axes.Count - 2];
        var plane = new List<AxisPlan> { h, last };
        AxisInfo wi = last.Axis;
        int kd = three ? model.D!.Kernel : 1;
        int kh = model.H.Kernel;
        string across = $"Math.Max({last.Name}, {last.Out})";

        void Constants(IEnumerable<AxisPlan> over)
        {
            foreach (AxisPlan axis in over)
            {
                if (axis.FixedInput > 0)
                {
                    w.Line($"const int {axis.Name} = {axis.FixedInput};");
                }

                if (axis.FixedOutput > 0)
                {
                    w.Line($"const int {axis.Out} = {Int(axis.FixedOutput)};");
                }
            }
        }

        List<string> Parameters(IEnumerable<string> head, List<AxisPlan> over)
        {
            var list = head.ToList();
            list.AddRange(SeparableArguments(model, axes, over).Select(d => "int " + d));
            return list;
        }

        if (three)
        {
            AxisPlan d = axes[0];
            w.Line();
            w.Line($"// One plane of a channel: each input plane reduced into slot z % {kd} of the planes after the rows, then each output plane");
            w.Line("// folds the planes of its window.");
            w.Line("[MethodImpl(MethodImplOptions.AggressiveOptimization)]");
            w.Line($"private static void Separable<TStep>({string.Join(", ", Parameters(new[] { $"ref {t} input", $"ref {t} output", $"ref {t} rows" }, axes))})");
            using (w.Block("    where TStep : struct, IStep"))
            {
                Constants(axes);
                w.Line($"nint area = (nint){h.Out} * {last.Out};");
                w.Line($"ref {t} planes = ref Unsafe.Add(ref rows, (nint)height * {across});");
                w.Line("int reduced = 0; // Input planes below this one are reduced (the last ones still in their slots).");
                using (w.Block($"for (int od = 0; od < {d.Out}; od++)"))
                {
                    EmitRange(w, model, d, padded: false);
                    using (w.Block("for (reduced = Math.Max(reduced, d0 + dFirst); reduced < d0 + dEnd; reduced++)"))
                    {
                        var arguments = new List<string> { "ref Unsafe.Add(ref input, (nint)reduced * height * width)", "ref rows", $"ref Unsafe.Add(ref planes, reduced % {kd} * area)" };
                        arguments.AddRange(SeparableArguments(model, axes, plane));
                        w.Line($"Reduce<TStep>({string.Join(", ", arguments)});");
                    }

                    w.Line();
                    w.Line("FoldPlanes<TStep>(ref planes, ref Unsafe.Add(ref output, od * area), (int)area, area, d0 + dFirst, dEnd - dFirst);");
                }
            }
        }

        // Reduce: one input plane along the last axis into rows, then down the height into the output (rank 2) or a plane.
        w.Line();
        w.Line($"// One input plane: every row reduced along {last.Name} into rows (as wide as the input's, so that the plane is one run, unless");
        w.Line($"// the output is wider), then each output row folds the reduced rows of its window into to{(three ? ", a plane of the ring" : ", the output")}.");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveOptimization)]");
        w.Line($"private static void {(three ? "Reduce" : "Separable")}<TStep>({string.Join(", ", Parameters(three ? new[] { $"ref {t} input", $"ref {t} rows", $"ref {t} to" } : new[] { $"ref {t} input", $"ref {t} to", $"ref {t} rows" }, plane))})");
        using (w.Block("    where TStep : struct, IStep"))
        {
            Constants(plane);
            w.Line($"int across = {across};");
            w.Line($"// Every row's outputs [{last.Letter}Begin, {last.Letter}Stop) as one run over the plane: between two rows the run computes columns whose");
            w.Line($"// taps wrap into the next row, and the columns outside [{last.Letter}Begin, {last.Letter}Stop) are written again, tap by tap, below.");
            w.Line($"bool flat = across == {last.Name} && {last.Letter}Stop > {last.Letter}Begin &&");
            w.Line($"    RunRow<TStep>(ref Unsafe.Add(ref input, -{last.Pad}), ref rows, {last.Letter}Begin, (height - 1) * {last.Name} + {last.Letter}Stop) != {last.Letter}Begin;");
            using (w.Block("for (int ih = 0; ih < height; ih++)"))
            {
                w.Line($"ref {t} row = ref Unsafe.Add(ref input, (nint)ih * {last.Name});");
                w.Line($"ref {t} reduced = ref Unsafe.Add(ref rows, (nint)ih * across);");
                string clipped = $"ClippedRow(ref row, ref reduced, {(last.FixedInput > 0 ? string.Empty : last.Name + ", ")}{(last.RuntimePad ? last.Pad + ", " : string.Empty)}";
                if (last.RuntimePad)
                {
                    w.Line($"{clipped}0, {last.Letter}Begin);");
                    w.Line($"int o = flat ? {last.Letter}Stop : RunRow<TStep>(ref Unsafe.Add(ref row, -{last.Pad}), ref reduced, {last.Letter}Begin, {last.Letter}Stop);");
                    w.Line($"{clipped}o, {last.Out});");
                }
                else
                {
                    EmitEdgeColumns(w, model, last);
                    w.Line($"{clipped}0, {last.Letter}Begin);");
                    w.Line($"int o = RunRow<TStep>(ref Unsafe.Add(ref row, -{last.Pad}), ref reduced, {last.Letter}Begin, {last.Letter}Stop);");
                    w.Line($"{clipped}o, {last.Out});");
                }
            }

            w.Line();
            var scopes = new List<CodeWriter.Scope>();
            if (model.H.Stride == 1)
            {
                // Stride 1 down the rows: the output rows whose windows are wholly inside the input read consecutive
                // reduced rows, so with rows as wide as the output's they are one run: no per-row overhead for the bulk.
                w.Line("// The output rows whose windows are inside the input: one run when the reduced rows are as wide as the output's.");
                w.Line($"int full0 = Math.Min({h.Out}, {h.Pad}), full1 = Math.Max(full0, Math.Min({h.Out}, {Plus("height", 1 - kh)} + {h.Pad}));");
                w.Line($"bool run = across == {last.Out} && full1 > full0;");
                using (w.Block("if (run)"))
                {
                    w.Line($"FoldRows<TStep>(ref Unsafe.Add(ref rows, (nint)({(h.Pad == "0" ? "full0" : $"full0 - {h.Pad}")}) * across), ref Unsafe.Add(ref to, (nint)full0 * {last.Out}), (full1 - full0) * {last.Out}, across, {kh});");
                }

                w.Line();
                scopes.Add(w.Block($"for (int oh = 0; oh < {h.Out}; oh++)"));
                using (w.Block("if (run && oh == full0)"))
                {
                    w.Line("oh = full1 - 1; // Done above.");
                    w.Line("continue;");
                }

                w.Line();
            }
            else
            {
                scopes.Add(w.Block($"for (int oh = 0; oh < {h.Out}; oh++)"));
            }

            EmitRange(w, model, h, padded: false);
            w.Line($"FoldRows<TStep>(ref Unsafe.Add(ref rows, (nint)(h0 + hFirst) * across), ref Unsafe.Add(ref to, (nint)oh * {last.Out}), {last.Out}, across, hEnd - hFirst);");
            foreach (CodeWriter.Scope scope in scopes)
            {
                scope.Dispose();
            }
        }

        // ClippedRow and RunRow: one input row along the last axis.
        w.Line();
        w.Line($"// Output columns [from, to) of one input row, tap by tap, with the taps outside the input skipped.");
        var clippedParameters = new List<string> { $"ref {t} input", $"ref {t} reduced" };
        if (last.FixedInput == 0)
        {
            clippedParameters.Add("int " + last.Name);
        }

        if (last.RuntimePad)
        {
            clippedParameters.Add("int " + last.Pad);
        }

        clippedParameters.Add("int from");
        clippedParameters.Add("int to");
        using (w.Block($"private static void ClippedRow({string.Join(", ", clippedParameters)})"))
        {
            if (last.FixedInput > 0)
            {
                w.Line($"const int {last.Name} = {last.FixedInput};");
            }

            using (w.Block("for (int o = from; o < to; o++)"))
            {
                w.Line($"{t} value = {Init(model)};");
                using (w.Block($"for (int k = 0; k < {wi.Kernel}; k++)"))
                {
                    w.Line($"int x = o - {last.Pad} + {Scaled(wi.Dilation, "k")};");
                    using (w.Block($"if ((uint)x < (uint){last.Name})"))
                    {
                        w.Line($"value = {Step(model, "value", "Unsafe.Add(ref input, x)")};");
                    }
                }

                w.Line();
                w.Line("Unsafe.Add(ref reduced, o) = value;");
            }
        }

        w.Line();
        w.Line($"// Output columns [o, stop) of one input row (input at column o - padding), a vector each, the last one moved back to end at stop.");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        w.Line($"private static int RunRow<TStep>(ref {t} at, ref {t} reduced, int o, int stop)");
        using (w.Block("    where TStep : struct, IStep"))
        {
            EmitClampedVectorLoop(w, model, bits => Enumerable.Range(0, wi.Kernel).Select(k =>
                $"value = TStep.Apply(value, Vector{bits}.LoadUnsafe(ref at, (nuint)(o{(k == 0 ? string.Empty : $" + {k * wi.Dilation}")})));"), "reduced");
        }

        // FoldRows (and FoldPlanes): count rows (planes) folded, in order, the vectors first, then the rest one by one.
        EmitFold(w, model, "FoldRows", "rows", "step", kh, finish: !three, j => j == 0 ? "0" : $"{Scaled(j, "step")}", "y", "(nint)y * step");
        if (three)
        {
            EmitFold(w, model, "FoldPlanes", "planes", "area", kd, finish: true, j => j == 0 ? $"(nint)(first % {kd}) * area" : $"(nint)((first + {j}) % {kd}) * area", "z", $"(nint)((first + z) % {kd}) * area");
        }
    }

    /// <summary>
    /// Flat (the plane reduced as one run along the last axis), constant padding: the columns before {l}Begin and from
    /// {l}Stop on, as straight lines. A flat plane's rows are at least as wide as the window, so which taps of an edge
    /// column lie inside the input is known here: those at or after column 0 on the left, and on the right, with stride
    /// 1, the {l}Stop + j column's taps that end before the row does (there are exactly PaddingEnd such columns).
    /// </summary>
    private void EmitEdgeColumns(CodeWriter w, PoolSpec model, AxisPlan last)
    {
        AxisInfo a = last.Axis;
        string l = last.Letter;
        string Reduce(IEnumerable<string> taps) => taps.Aggregate(string.Empty, (value, tap) => value.Length == 0 ? tap : Step(model, value, tap)) is { Length: > 0 } value ? value : Init(model);
        string Tap(string at) => $"Unsafe.Add(ref row, {at})";
        using (w.Block("if (flat)"))
        {
            w.Line("// The edge columns, with their taps inside the input.");
            for (int o = 0; o < a.Padding; o++)
            {
                var taps = Enumerable.Range(0, a.Kernel).Select(k => o - a.Padding + (k * a.Dilation)).Where(x => x >= 0).Select(x => Tap(Int(x)));
                w.Line($"Unsafe.Add(ref reduced, {o}) = {Reduce(taps)};");
            }

            for (int j = 0; j < a.PaddingEnd; j++)
            {
                int column = j;
                var taps = Enumerable.Range(0, a.Kernel).Where(k => k * a.Dilation <= a.Effective - 2 - column)
                    .Select(k => Tap(Plus($"{l}Stop", column - a.Padding + (k * a.Dilation))));
                w.Line($"Unsafe.Add(ref reduced, {Plus($"{l}Stop", j)}) = {Reduce(taps)};");
            }

            w.Line("continue;");
        }

        w.Line();
    }

    /// <summary>
    /// A fold of count rows (or ring slots of planes) into outputs [0, stop): to[o] is the reduction of from[offset(j) + o]
    /// for j from 0 to count, in order. The vectors first, unrolled with the offsets worked out once when the whole window
    /// is inside the input; then the last few outputs one by one.
    /// </summary>
    private void EmitFold(CodeWriter w, PoolSpec model, string name, string what, string step, int kernel, bool finish,
        System.Func<int, string> offset, string index, string indexOffset)
    {
        string t = T(model);
        bool planes = name == "FoldPlanes";
        string parameters = $"ref {t} from, ref {t} to, int stop, nint {step}, {(planes ? "int first, " : string.Empty)}int count";
        string arguments = $"ref from, ref to, stop, {step}, {(planes ? "first, " : string.Empty)}count";
        w.Line();
        w.Line(planes
            ? $"// Outputs [0, stop): the count planes of the window, from slot first % {kernel} of the ring on, folded in order; the vectors, then"
            : $"// Outputs [0, stop): the count {what} of the window, {step} apart, folded in order; the vectors, then");
        w.Line("// the rest one by one.");
        w.Line($"private static void {name}<TStep>({parameters})");
        using (w.Block("    where TStep : struct, IStep"))
        {
            using (w.Block($"for (int o = {name}Vectors<TStep>({arguments}); o < stop; o++)"))
            {
                w.Line($"{t} value = {Init(model)};");
                using (w.Block($"for (int {index} = 0; {index} < count; {index}++)"))
                {
                    w.Line($"value = {Step(model, "value", $"Unsafe.Add(ref from, {indexOffset} + o)")};");
                }

                w.Line();
                w.Line($"Unsafe.Add(ref to, o) = {(finish ? "Finish(value)" : "value")};");
            }
        }

        w.Line();
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        w.Line($"private static int {name}Vectors<TStep>({parameters})");
        using (w.Block("    where TStep : struct, IStep"))
        {
            w.Line("int o = 0;");
            using (w.Block($"if (count == {kernel})"))
            {
                w.Line($"// The whole window inside the input: every {(planes ? "plane" : "row")}'s offset worked out once, the loads unrolled.");
                for (int j = 0; j < kernel; j++)
                {
                    w.Line($"nint at{j} = {offset(j)};");
                }

                EmitClampedVectorLoop(w, model, bits => Enumerable.Range(0, kernel).Select(j =>
                    $"value = TStep.Apply(value, Vector{bits}.LoadUnsafe(ref from, (nuint)(at{j} + o)));"), "to", finish);
            }

            w.Line();
            EmitClampedVectorLoop(w, model, bits => new[]
            {
                $"for (int {index} = 0; {index} < count; {index}++)",
                "{",
                $"    value = TStep.Apply(value, Vector{bits}.LoadUnsafe(ref from, (nuint)({indexOffset} + o)));",
                "}",
            }, "to", finish);
        }
    }

    /// <summary>
    /// A vector loop from o to stop over lanes, then the rest as one last vector moved back to end at stop (below 512
    /// bits, a 128-bit one when that covers the rest), recomputing a few lanes; returns where it stopped.
    /// </summary>
    private void EmitClampedVectorLoop(CodeWriter w, PoolSpec model, System.Func<int, IEnumerable<string>> body, string output, bool finish = false)
        => EmitVectorLoops(w, model, bits =>
        {
            var lines = new List<string> { $"Vector{bits}<{T(model)}> value = Vector{bits}.Create({VectorInit(model)});" };
            lines.AddRange(body(bits));
            lines.Add($"Vector{bits}.StoreUnsafe({(finish ? $"Finish{bits}(value)" : "value")}, ref {output}, (nuint)o);");
            return lines;
        });

    /// <summary>The vector loops of Run and the separable kernel: <paramref name="step"/> writes the lanes from o.</summary>
    private void EmitVectorLoops(CodeWriter w, PoolSpec model, System.Func<int, IEnumerable<string>> step)
    {
        string t = T(model);
        void Lines(int bits)
        {
            foreach (string line in step(bits))
            {
                w.Line(line);
            }
        }

        EquatableArray<int> widths = plan.VectorWidths;
        for (int i = 0; i < widths.Count; i++)
        {
            string count = $"Vector{widths[i]}<{t}>.Count";
            using (w.Block($"{(i == 0 ? string.Empty : "else ")}if (Vector{widths[i]}.IsHardwareAccelerated && stop - o >= {count})"))
            {
                using (w.Block($"for (; o <= stop - {count}; o += {count})"))
                {
                    Lines(widths[i]);
                }

                w.Line();
                using (w.Block("if (o < stop)"))
                {
                    // At 512 bits the rest is one more 512-bit vector: a narrower one would take as many instructions per
                    // tap, and each width's copy of the taps is more for the JIT to compile on the first call.
                    if (i == widths.Count - 1 || widths[i] == 512)
                    {
                        if (widths[i] == 512)
                        {
                            w.Line("// The rest: one more vector, moved back to end at stop.");
                        }

                        w.Line($"o = stop - {count};");
                        Lines(widths[i]);
                        w.Line("o = stop;");
                        continue;
                    }

                    // The narrowest width whose vector covers the rest: this one while the rest is above the next one's count.
                    string narrower = string.Join("- or ", widths.Skip(i + 1).Select(b => Int(b)));
                    w.Line($"// The rest: one more vector, moved back to end at stop; a {narrower}-bit one when that is enough.");
                    for (int j = i; j < widths.Count; j++)
                    {
                        CodeWriter.Scope scope = j == widths.Count - 1 ? w.Block("else")
                            : w.Block($"{(j == i ? string.Empty : "else ")}if (stop - o > Vector{widths[j + 1]}<{t}>.Count)");
                        using (scope)
                        {
                            w.Line($"o = stop - Vector{widths[j]}<{t}>.Count;");
                            Lines(widths[j]);
                        }
                    }

                    w.Line();
                    w.Line("o = stop;");
                }
            }
        }

        w.Line();
        w.Line("return o;");
    }
}
