using System.Collections.Generic;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// The vector part of the NCHW strategy: in every output row, the windows of the interior columns are
/// computed a vector at a time, lane i being window ox + i; the last vector of a row is moved back to end
/// on the last interior column (a few windows are computed twice, with the same result), so a scalar loop
/// is left only for rows narrower than a vector. Interior rows run the window unrolled; border rows
/// (top and bottom padding, ceil-mode overhang) loop over the window rows inside the input.
/// Every lane performs the scalar path's operations in the scalar path's order, so the two agree bit for
/// bit, NaN included.
/// Stride 1 loads the taps directly. Stride 2 takes the even or odd elements of two loads with one
/// two-source shuffle per tap (x86: SHUFPS/UNPCKLPD, which work within 128-bit halves). At 256 bits that
/// leaves the windows in the order 0 1 4 5 2 3 6 7 (doubles: 0 2 1 3), the same for every tap, so the
/// taps combine lane by lane and one permute restores the order before the store. At 512 bits a two-source
/// permute across the whole vector (VPERMT2PS/VPERMT2PD) leaves them in memory order.
/// </summary>
internal static partial class RowVectors
{
    /// <summary>
    /// The vector loops over the interior columns [ox, colEnd) of one output row. With
    /// <paramref name="borderRow"/> the window rows are those from yBegin to yEnd (a loop); otherwise
    /// they are the refs row0, row1, ... of an interior row.
    /// </summary>
    public static void EmitChunks(CodeWriter w, PoolSpec model, ShapePlan plan, bool borderRow)
    {
        string t = model.ElementType.Keyword;
        foreach (int bits in plan.Kernel.VectorWidths)
        {
            int lanes = KernelPlanner.Lanes(model, bits);
            string vector = "Vector" + bits;
            string type = $"{vector}<{t}>";
            using (w.Block($"if ({vector}.IsHardwareAccelerated && colEnd - ox >= {type}.Count)"))
            {
                w.Line($"// {lanes} windows a step, lane i being window ox + i; the last step ends on colEnd, computing a few");
                w.Line("// windows again (with the same result) instead of leaving them to a scalar loop.");
                using (w.Block($"for (; ox < colEnd; ox += {type}.Count)"))
                {
                    w.Line($"ox = Math.Min(ox, colEnd - {type}.Count);");
                    w.Line($"nuint at = (nuint)({RowScalar.Start("ox", model.W)});");
                    if (borderRow)
                    {
                        EmitBorderWindow(w, model, bits);
                    }
                    else
                    {
                        EmitInteriorWindow(w, model, bits);
                    }
                }
            }

            w.Line();
        }
    }

    /// <summary>
    /// The interior windows a vertical strip at a time: lanes are the windows ox + i of one output row; down the
    /// strip, the reductions of the window rows (h0, h1, ...) move up as the window moves down, so an output row
    /// computes only the window rows it adds. Max combines the rows in window order, as the scalar path does
    /// (the result is the same, NaN included); average sums each row, then the rows, from +0.
    /// </summary>
    public static void EmitStrips(CodeWriter w, PoolSpec model, ShapePlan plan, string rowBegin, string colBegin)
    {
        string t = model.ElementType.Keyword;
        EquatableArray<int> widths = plan.Kernel.VectorWidths;
        for (int i = 0; i < widths.Count; i++)
        {
            int bits = widths[i];
            string vector = "Vector" + bits;
            string type = $"{vector}<{t}>";
            bool last = i == widths.Count - 1;
            CodeWriter.Scope scope = last && i > 0
                ? w.Block("else")
                : last ? w.Block(string.Empty)
                : w.Block($"{(i > 0 ? "else " : string.Empty)}if ({vector}.IsHardwareAccelerated && colEnd - {colBegin} >= {type}.Count)");
            using (scope)
            {
                w.Line($"// Strips of {KernelPlanner.Lanes(model, bits)} windows; the last one ends on colEnd, computing a few windows again (with the same result).");
                using (w.Block($"for (int ox = {colBegin}; ox < colEnd; ox += {type}.Count)"))
                {
                    w.Line($"ox = Math.Min(ox, colEnd - {type}.Count);");
                    w.Line($"nuint at = (nuint)({RowScalar.Start("ox", model.W)});");
                    string firstRow = rowBegin == "0" ? "source" : $"Unsafe.Add(ref source, {RowScalar.Paren(RowScalar.Start(rowBegin, model.H))} * width)";
                    w.Line($"ref {t} row = ref {firstRow};");
                    for (int r = 0; r < model.H.Kernel; r++)
                    {
                        w.Line($"{type} h{r} = Row{bits}(ref {RowRef(r)}, at);");
                    }

                    using (w.Block($"for (oy = {rowBegin}; ; )"))
                    {
                        string index = "(nuint)(oy * outWidth + ox)";
                        var rows = new List<string>();
                        for (int r = 0; r < model.H.Kernel; r++)
                        {
                            rows.Add($"h{r}");
                        }

                        if (ReductionSteps.ChoosesTap(model))
                        {
                            EmitChain(w, model, type, rows);
                            EmitStore(w, model, bits, ReductionSteps.Variable(model), "destination", index);
                        }
                        else
                        {
                            string divisor = Int((long)model.H.Kernel * model.W.Kernel) + model.ElementType.LiteralSuffix;
                            EmitStore(w, model, bits, $"({type}.Zero + {string.Join(" + ", rows)}) / {vector}.Create({divisor})", "destination", index);
                        }

                        using (w.Block("if (++oy == rowEnd)"))
                        {
                            w.Line("break;");
                        }

                        w.Line();
                        int stride = model.H.Stride;
                        w.Line($"row = ref Unsafe.Add(ref row, {(stride == 1 ? "width" : $"{stride} * width")});");
                        for (int r = 0; r < model.H.Kernel; r++)
                        {
                            w.Line(r + stride < model.H.Kernel
                                ? $"h{r} = h{r + stride};"
                                : $"h{r} = Row{bits}(ref {RowRef(r)}, at);");
                        }
                    }
                }
            }
        }

        static string RowRef(int r) => r == 0 ? "row" : r == 1 ? "Unsafe.Add(ref row, width)" : $"Unsafe.Add(ref row, {r} * width)";
    }

    /// <summary>One window row of every lane: its taps reduced in order (max) or summed (average).</summary>
    public static void EmitRowHelpers(CodeWriter w, PoolSpec model, ShapePlan plan)
    {
        if (!plan.Kernel.RowStrips)
        {
            return;
        }

        string t = model.ElementType.Keyword;
        EquatableArray<int> widths = plan.Kernel.VectorWidths;
        foreach (int bits in widths)
        {
            string type = $"Vector{bits}<{t}>";
            w.Line();
            if (bits == widths[0])
            {
                w.Line(ReductionSteps.ChoosesTap(model)
                    ? $"// The {ReductionSteps.Variable(model)}imum of one window row for every lane, its taps in order."
                    : "// The sum of one window row for every lane, its taps in order.");
            }

            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            using (w.Block($"private static {type} Row{bits}(ref {t} row, nuint at)"))
            {
                List<string> taps = RowTaps(w, model, bits, "row", string.Empty);
                if (ReductionSteps.ChoosesTap(model))
                {
                    EmitChain(w, model, type, taps);
                    w.Line($"return {ReductionSteps.Variable(model)};");
                }
                else
                {
                    w.Line($"return {string.Join(" + ", taps)};");
                }
            }
        }
    }

    /// <summary>The taps in order into a vector named max (min): "max = taps[0]", then the exact step with each further tap.</summary>
    private static void EmitChain(CodeWriter w, PoolSpec model, string type, List<string> taps)
    {
        w.Line($"{type} {ReductionSteps.Variable(model)} = {taps[0]};");
        for (int i = 1; i < taps.Count; i++)
        {
            w.Line(ReductionSteps.Accumulate(model, taps[i]));
        }
    }

    /// <summary>Stores a vector of windows to destination + index; Store256 puts windows held in lane order back in memory order.</summary>
    private static void EmitStore(CodeWriter w, PoolSpec model, int bits, string value, string destination = "outRow", string index = "(nuint)ox")
    {
        if (InLaneOrder(model, bits))
        {
            w.Line($"Store{bits}({value}, ref {destination}, {index});");
        }
        else
        {
            w.Line(value.Contains(" ") ? $"({value}).StoreUnsafe(ref {destination}, {index});" : $"{value}.StoreUnsafe(ref {destination}, {index});");
        }
    }

    private static void EmitInteriorWindow(CodeWriter w, PoolSpec model, int bits)
    {
        string type = $"Vector{bits}<{model.ElementType.Keyword}>";
        var taps = new List<string>();
        for (int r = 0; r < model.H.Kernel; r++)
        {
            taps.AddRange(RowTaps(w, model, bits, $"row{r}", $"{r}_"));
        }

        if (ReductionSteps.ChoosesTap(model))
        {
            EmitChain(w, model, type, taps);
            EmitStore(w, model, bits, ReductionSteps.Variable(model));
        }
        else
        {
            w.Line($"{type} sum = {type}.Zero;");
            foreach (string tap in taps)
            {
                w.Line($"sum += {tap};");
            }

            string divisor = Int((long)model.H.Kernel * model.W.Kernel) + model.ElementType.LiteralSuffix;
            EmitStore(w, model, bits, $"sum / Vector{bits}.Create({divisor})");
        }
    }

    /// <summary>A border row's windows: only the window rows inside the input, in a loop.</summary>
    private static void EmitBorderWindow(CodeWriter w, PoolSpec model, int bits)
    {
        string t = model.ElementType.Keyword;
        string vector = "Vector" + bits;
        string type = $"{vector}<{t}>";
        bool extremum = ReductionSteps.ChoosesTap(model);
        w.Line(extremum ? $"{type} {ReductionSteps.Variable(model)} = {vector}.Create({ReductionSteps.Identity(model)});" : $"{type} sum = {type}.Zero;");
        using (w.Block($"for (int ty = yBegin; ty < yEnd; ty{RowScalar.Step(model.H.Dilation)})"))
        {
            w.Line($"ref {t} row = ref Unsafe.Add(ref plane, ty * width);");
            foreach (string tap in RowTaps(w, model, bits, "row", string.Empty))
            {
                w.Line(extremum ? ReductionSteps.Accumulate(model, tap) : $"sum += {tap};");
            }
        }

        w.Line();
        EmitStore(w, model, bits, extremum ? ReductionSteps.Variable(model) : $"sum / {vector}.Create(divisor)");
    }

    /// <summary>The taps of one window row, as expressions; lines for the paired loads are written first.</summary>
    private static List<string> RowTaps(CodeWriter w, PoolSpec model, int bits, string row, string prefix)
    {
        string type = $"Vector{bits}<{model.ElementType.Keyword}>";
        AxisInfo axis = model.W;
        var taps = new List<string>();
        for (int c = 0; c < axis.Kernel; c++)
        {
            long offset = (long)c * axis.Dilation;
            if (axis.Stride == 1)
            {
                taps.Add($"Vector{bits}.LoadUnsafe(ref {row}, {Plus("at", offset)})");
            }
            else if (UsesPairs(model) && c % 2 == 0 && c + 1 < axis.Kernel)
            {
                // Taps c and c + 1 of every window are the even and odd elements of one 2N-element run.
                w.Line($"Pairs{bits}(ref {row}, {Plus("at", offset)}, out {type} t{prefix}{c}, out {type} t{prefix}{c + 1});");
                taps.Add($"t{prefix}{c}");
            }
            else if (UsesPairs(model) && c % 2 == 1)
            {
                taps.Add($"t{prefix}{c}");
            }
            else if (axis.Kernel == 1)
            {
                taps.Add($"EvensWithin{bits}(ref {row}, at)");
            }
            else if (c == 0)
            {
                taps.Add($"Evens{bits}(ref {row}, at)");
            }
            else
            {
                taps.Add($"Odds{bits}(ref {row}, {Plus("at", offset - 1)})");
            }
        }

        return taps;
    }

    public static void EmitHelpers(CodeWriter w, PoolSpec model, ShapePlan plan)
    {
        string t = model.ElementType.Keyword;
        EquatableArray<int> widths = plan.Kernel.VectorWidths;
        foreach (int bits in widths)
        {
            if (ReductionSteps.ChoosesTap(model))
            {
                w.Line();
                ReductionSteps.EmitVector(w, model, bits, bits == widths[0]);
            }
        }

        EmitRowHelpers(w, model, plan);
        foreach (int bits in widths)
        {
            if (model.W.Stride == 2 && KernelPlanner.ElementSize(t) <= 2)
            {
                EmitNarrowStride2Helpers(w, model, bits, bits == widths[0]);
            }
            else if (model.W.Stride == 2)
            {
                EmitStride2Helpers(w, model, bits, bits == widths[0]);
            }
        }
    }
}
