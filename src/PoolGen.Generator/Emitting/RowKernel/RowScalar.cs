using System.Collections.Generic;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// The scalar NCHW strategy: per plane, the output is split into border windows (clipped to the input by a
/// small loop) and interior windows (every tap inside the input), which run the window unrolled with
/// constant offsets and no bounds checks. The split is worked out once per call, or at generation time
/// for a fixed shape.
/// </summary>
internal static class RowScalar
{
    // The kernel class's namespace imports System, System.Runtime.CompilerServices and System.Runtime.InteropServices.
    private const string Unsafe = "Unsafe";
    private const string Math = "Math";

    public static void EmitBody(CodeWriter w, PoolSpec model, ShapePlan plan)
    {
        string t = model.ElementType.Keyword;

        w.Line("// Interior windows (rows [rowBegin, rowEnd), columns [colBegin, colEnd)) lie wholly inside the input and run");
        w.Line("// the unrolled window below; border windows overlap the padding or the ceil-mode overhang and are clipped.");
        // A fixed shape can leave no interior row at all (a window taller than the input); then every window is clipped.
        bool interiorRows = plan.H.FixedInput == 0 || plan.H.FixedInteriorEnd > plan.H.FixedInteriorBegin;
        if (interiorRows)
        {
            EmitInteriorRange(w, plan.H, "row", "outHeight");
            EmitInteriorRange(w, plan.W, "col", "outWidth");
        }
        else
        {
            w.Line("// For this fixed shape no window row lies inside the input: every window is clipped.");
            if (plan.Kernel.Vectorized)
            {
                EmitInteriorRange(w, plan.W, "col", "outWidth");
            }
        }

        if (interiorRows && plan.Kernel.RowStrips)
        {
            string rows = HasLeadingBorder(plan.H) ? "rowEnd > rowBegin" : "rowEnd > 0";
            string columns = HasLeadingBorder(plan.W) ? "colEnd - colBegin" : "colEnd";
            w.Line("// Interior windows whose columns hold a vector run in vertical strips: down the rows of a strip, the sums or");
            w.Line("// maxima of the window rows are kept in registers, and each output row computes only the rows it adds.");
            w.Line($"bool strips = {rows} && Vector128.IsHardwareAccelerated && {columns} >= Vector128<{t}>.Count;");
        }

        w.Line();
        using (w.Block("for (int plane = 0; plane < planes; plane++)"))
        {
            if (!interiorRows)
            {
                using (w.Block("for (int oy = 0; oy < outHeight; oy++)"))
                {
                    w.Line($"ClippedRow(ref source, ref {Unsafe}.Add(ref destination, oy * outWidth), height, width, outWidth, {ColumnRange(model, plan)}{Start("oy", model.H)});");
                }

                w.Line();
                w.Line($"source = ref {Unsafe}.Add(ref source, (nint)inputPlane);");
                w.Line($"destination = ref {Unsafe}.Add(ref destination, (nint)outputPlane);");
                return;
            }

            w.Line("int oy = 0;");
            if (HasLeadingBorder(plan.H))
            {
                using (w.Block("for (; oy < rowBegin; oy++)"))
                {
                    w.Line($"ClippedRow(ref source, ref {Unsafe}.Add(ref destination, oy * outWidth), height, width, outWidth, {ColumnRange(model, plan)}{Start("oy", model.H)});");
                }

                w.Line();
            }
            else
            {
                w.Line("// No top border: the padding is 0, so the first window row starts inside the input.");
            }

            using (w.Block("for (; oy < rowEnd; oy++)"))
            {
                EmitInteriorRow(w, model, plan);
            }

            w.Line();
            if (plan.Kernel.RowStrips)
            {
                using (w.Block("if (strips)"))
                {
                    RowVectors.EmitStrips(w, model, plan, HasLeadingBorder(plan.H) ? "rowBegin" : "0", HasLeadingBorder(plan.W) ? "colBegin" : "0");
                }

                w.Line();
            }

            if (HasTrailingBorder(plan.H))
            {
                using (w.Block("for (; oy < outHeight; oy++)"))
                {
                    w.Line($"ClippedRow(ref source, ref {Unsafe}.Add(ref destination, oy * outWidth), height, width, outWidth, {ColumnRange(model, plan)}{Start("oy", model.H)});");
                }
            }
            else
            {
                w.Line("// No bottom border: every window row ends inside the input.");
            }

            w.Line();
            w.Line($"source = ref {Unsafe}.Add(ref source, (nint)inputPlane);");
            w.Line($"destination = ref {Unsafe}.Add(ref destination, (nint)outputPlane);");
        }
    }

    public static void EmitHelpers(CodeWriter w, PoolSpec model, ShapePlan plan)
    {
        bool extremum = ReductionSteps.ChoosesTap(model);
        bool borderRows = HasLeadingBorder(plan.H) || HasTrailingBorder(plan.H) ||
            (plan.H.FixedInput > 0 && plan.H.FixedInteriorEnd == plan.H.FixedInteriorBegin);
        bool borderColumns = HasLeadingBorder(plan.W) || HasTrailingBorder(plan.W);
        if (borderRows)
        {
            w.Line();
            EmitClippedRow(w, model, plan);
        }

        if (borderRows || borderColumns)
        {
            w.Line();
            EmitClippedWindow(w, model);
        }

        if (extremum)
        {
            w.Line();
            ReductionSteps.EmitScalar(w, model);
        }

        if (plan.Kernel.Vectorized)
        {
            RowVectors.EmitHelpers(w, model, plan);
        }
    }

    /// <summary>"colBegin, colEnd, " for the vector strategy's border rows, which run the interior columns a vector at a time.</summary>
    private static string ColumnRange(PoolSpec model, ShapePlan plan) =>
        !plan.Kernel.Vectorized ? string.Empty : HasLeadingBorder(plan.W) ? "colBegin, colEnd, " : "0, colEnd, ";

    private static bool HasLeadingBorder(AxisPlan axis) => axis.FixedInput > 0 ? axis.FixedInteriorBegin > 0 : axis.InteriorStart > 0;

    private static bool HasTrailingBorder(AxisPlan axis) => axis.FixedInput > 0 ? axis.FixedInteriorEnd < axis.FixedOutput : !AlwaysInside(axis);

    /// <summary>
    /// Without padding at the end and in floor mode every window ends inside the input: the last starts at
    /// floor((n + pb - effective) / s) * s - pb, so it ends at or before n - 1.
    /// </summary>
    private static bool AlwaysInside(AxisPlan axis) => axis.Axis.PaddingEnd == 0 && !axis.CeilMode;

    /// <summary>"ox * 2 - 1": where window <paramref name="index"/> starts on this axis.</summary>
    public static string Start(string index, AxisInfo axis)
        => Plus(axis.Stride == 1 ? index : $"{index} * {axis.Stride}", -axis.Padding);

    private static void EmitInteriorRange(CodeWriter w, AxisPlan axis, string prefix, string outName)
    {
        if (axis.FixedInput > 0)
        {
            w.Line(HasLeadingBorder(axis)
                ? $"const int {prefix}Begin = {Int(axis.FixedInteriorBegin)}, {prefix}End = {Int(axis.FixedInteriorEnd)};"
                : $"const int {prefix}End = {Int(axis.FixedInteriorEnd)};");
            return;
        }

        if (AlwaysInside(axis) && axis.InteriorStart == 0)
        {
            w.Line($"int {prefix}End = {outName}; // No padding, floor mode: every window lies inside the input.");
            return;
        }

        // Begin: ceil(padding at the beginning / stride), the first window that starts at or after 0.
        // End: one past the last window that ends inside the input, (size - (effective - padding at the beginning)) / stride.
        string last = axis.Axis.Stride == 1
            ? Plus(axis.Name, 1 - axis.InteriorReach)
            : $"({Plus(axis.Name, -axis.InteriorReach)}) / {axis.Axis.Stride} + 1";
        string begin = "0";
        if (axis.InteriorStart > 0)
        {
            w.Line($"int {prefix}Begin = {Math}.Min({Int(axis.InteriorStart)}, {outName});");
            begin = prefix + "Begin";
        }

        if (AlwaysInside(axis))
        {
            w.Line($"int {prefix}End = {outName}; // No padding at the end, floor mode: every window from {prefix}Begin on lies inside the input.");
            return;
        }

        string end = begin == "0" ? $"{Math}.Min({last}, {outName})" : $"{Math}.Max({begin}, {Math}.Min({last}, {outName}))";
        w.Line(axis.MinimumInput >= axis.InteriorReach
            ? $"int {prefix}End = {end};"
            : $"int {prefix}End = {axis.Name} < {Int(axis.InteriorReach)} ? {begin} : {end};");
    }

    private static void EmitInteriorRow(CodeWriter w, PoolSpec model, ShapePlan plan)
    {
        string t = model.ElementType.Keyword;
        AxisInfo h = model.H;
        AxisInfo wAxis = model.W;
        bool unrollAll = plan.Kernel.UnrollsWindow;
        w.Line($"ref {t} outRow = ref {Unsafe}.Add(ref destination, oy * outWidth);");
        w.Line($"ref {t} row0 = ref {Unsafe}.Add(ref source, {Paren(Start("oy", h))} * width);");
        if (unrollAll)
        {
            for (int r = 1; r < h.Kernel; r++)
            {
                w.Line($"ref {t} row{r} = ref {Unsafe}.Add(ref row{r - 1}, {Scaled(h.Dilation, "width")});");
            }
        }

        w.Line("int ox = 0;");
        if (HasLeadingBorder(plan.W))
        {
            EmitLeftBorder(w, model, plan, unrollAll);
            w.Line();
        }

        if (plan.Kernel.RowStrips)
        {
            using (w.Block("if (strips)"))
            {
                w.Line("ox = colEnd; // The vertical strips below compute the interior columns.");
            }

            w.Line();
        }
        else if (plan.Kernel.Vectorized)
        {
            RowVectors.EmitChunks(w, model, plan, borderRow: false);
        }

        using (w.Block("for (; ox < colEnd; ox++)"))
        {
            w.Line($"int x = {Start("ox", wAxis)};");
            if (unrollAll)
            {
                EmitUnrolledWindow(w, model);
            }
            else
            {
                EmitRowLoopWindow(w, model);
            }
        }

        if (HasTrailingBorder(plan.W))
        {
            w.Line();
            if (unrollAll && wAxis.Dilation == 1 && wAxis.Kernel > 1)
            {
                EmitRightBorder(w, model);
            }
            else
            {
                using (w.Block("for (; ox < outWidth; ox++)"))
                {
                    w.Line(ClippedWindowCall(model));
                }
            }
        }
    }

    /// <summary>Window (oy, ox) of an interior row, clipped in the general way (the border windows' fallback).</summary>
    private static string ClippedWindowCall(PoolSpec model) =>
        $"{Unsafe}.Add(ref outRow, ox) = ClippedWindow(ref source, height, width, {Start("oy", model.H)}, {Start("ox", model.W)});";

    /// <summary>
    /// The windows right of colEnd in an interior row: their rows are all inside the input and they lose only their
    /// columns from width on, so each count of columns still inside (1 to kernel - 1, which depends on width) has its own
    /// unrolled window, like oneDNN's right-padding peel and the left border above; a window that starts past the input
    /// (ceil mode) is clipped in the general way.
    /// </summary>
    private static void EmitRightBorder(CodeWriter w, PoolSpec model)
    {
        AxisInfo wAxis = model.W;
        string clipped = ClippedWindowCall(model);
        w.Line($"// Right of the interior columns, the windows lose only their columns from width on: unrolled per count of columns kept.");
        using (w.Block("for (; ox < outWidth; ox++)"))
        {
            w.Line($"int x = {Start("ox", wAxis)};");
            using (w.Block("switch (width - x)"))
            {
                for (int n = wAxis.Kernel - 1; n >= 1; n--)
                {
                    var taps = new List<string>();
                    for (int r = 0; r < model.H.Kernel; r++)
                    {
                        for (int c = 0; c < n; c++)
                        {
                            taps.Add($"{Unsafe}.Add(ref row{r}, {(c == 0 ? "x" : $"x + {c}")})");
                        }
                    }

                    w.Line($"case {n}:");
                    using (w.Block(string.Empty))
                    {
                        long divisor = model.CountIncludePad ? (long)model.H.Kernel * System.Math.Min(wAxis.Kernel, n + wAxis.PaddingEnd) : taps.Count;
                        EmitReduction(w, model, taps, $"{Unsafe}.Add(ref outRow, ox)", divisor);
                        w.Line("break;");
                    }
                }

                w.Line("default:");
                using (w.Block(string.Empty))
                {
                    w.Line(clipped);
                    w.Line("break;");
                }
            }
        }
    }

    /// <summary>
    /// The windows left of colBegin in an interior row. When the row has interior columns, these windows end
    /// inside the input and lose only their taps left of column 0, known here: they run unrolled, like oneDNN's
    /// left-padding peel. Otherwise they are clipped in a loop.
    /// </summary>
    private static void EmitLeftBorder(CodeWriter w, PoolSpec model, ShapePlan plan, bool unrollAll)
    {
        bool fixedShape = plan.W.FixedInput > 0;
        bool interior = fixedShape ? plan.W.FixedInteriorEnd > plan.W.FixedInteriorBegin : true;
        string clipped = ClippedWindowCall(model);
        if (!unrollAll || !interior)
        {
            using (w.Block("for (; ox < colBegin; ox++)"))
            {
                w.Line(clipped);
            }

            return;
        }

        CodeWriter.Scope? scope = null;
        if (!fixedShape)
        {
            w.Line("// With interior columns, the windows left of them lose only their taps left of column 0.");
            scope = w.Block("if (colEnd > colBegin)");
        }

        for (long ox = 0; ox < plan.W.InteriorStart; ox++)
        {
            EmitLeftWindow(w, model, ox);
        }

        w.Line();
        w.Line("ox = colBegin;");
        if (scope is { } open)
        {
            open.Dispose();
            using (w.Block("else"))
            {
                using (w.Block("for (; ox < colBegin; ox++)"))
                {
                    w.Line(clipped);
                }
            }
        }
    }

    private static void EmitLeftWindow(CodeWriter w, PoolSpec model, long ox)
    {
        long start = (ox * model.W.Stride) - model.W.Padding;
        var taps = new List<string>();
        for (int r = 0; r < model.H.Kernel; r++)
        {
            for (int c = 0; c < model.W.Kernel; c++)
            {
                long x = start + ((long)c * model.W.Dilation);
                if (x >= 0)
                {
                    taps.Add($"{Unsafe}.Add(ref row{r}, {Int(x)})");
                }
            }
        }

        w.Line($"// Window {Int(ox)} starts at column {Int(start)}: {taps.Count / model.H.Kernel} of its {model.W.Kernel} columns are inside the input.");
        using (w.Block(string.Empty))
        {
            long divisor = model.CountIncludePad ? (long)model.H.Kernel * model.W.Kernel : taps.Count;
            EmitReduction(w, model, taps, $"{Unsafe}.Add(ref outRow, {Int(ox)})", divisor);
        }
    }

    /// <summary>The taps in order into max (from the first tap) or sum (from +0, as PyTorch's, so -0.0 taps average to +0.0), stored to <paramref name="target"/>.</summary>
    private static void EmitReduction(CodeWriter w, PoolSpec model, List<string> taps, string target, long divisor)
    {
        string t = model.ElementType.Keyword;
        if (ReductionSteps.ChoosesTap(model))
        {
            w.Line($"{t} {ReductionSteps.Variable(model)} = {taps[0]};");
            for (int i = 1; i < taps.Count; i++)
            {
                w.Line(ReductionSteps.Accumulate(model, taps[i]));
            }

            w.Line($"{target} = {ReductionSteps.Variable(model)};");
            return;
        }

        w.Line($"{t} sum = 0;");
        foreach (string tap in taps)
        {
            w.Line($"sum += {tap};");
        }

        w.Line($"{target} = sum / {Int(divisor)};");
    }

    /// <summary>Every tap of the window, one line each, with constant offsets from row refs.</summary>
    private static void EmitUnrolledWindow(CodeWriter w, PoolSpec model)
    {
        var taps = new List<string>();
        for (int r = 0; r < model.H.Kernel; r++)
        {
            for (int c = 0; c < model.W.Kernel; c++)
            {
                taps.Add($"{Unsafe}.Add(ref row{r}, {Plus("x", (long)c * model.W.Dilation)})");
            }
        }

        EmitReduction(w, model, taps, $"{Unsafe}.Add(ref outRow, ox)", (long)model.H.Kernel * model.W.Kernel);
    }

    /// <summary>A window too large to unroll whole: loop over its rows, unrolling each row when it is short enough.</summary>
    private static void EmitRowLoopWindow(CodeWriter w, PoolSpec model)
    {
        string t = model.ElementType.Keyword;
        bool extremum = ReductionSteps.ChoosesTap(model);
        w.Line(extremum ? $"{t} {ReductionSteps.Variable(model)} = {ReductionSteps.Identity(model)};" : $"{t} sum = 0;");
        string accumulate(string tap) => extremum ? ReductionSteps.Accumulate(model, tap) : $"sum += {tap};";
        void Row(string tapRow)
        {
            if (model.W.Kernel <= KernelPlanner.RowUnrollLimit)
            {
                for (int c = 0; c < model.W.Kernel; c++)
                {
                    w.Line(accumulate($"{Unsafe}.Add(ref {tapRow}, {Plus("x", (long)c * model.W.Dilation)})"));
                }
            }
            else
            {
                using (w.Block($"for (int kx = 0; kx < {Int((long)model.W.Kernel * model.W.Dilation)}; kx{Step(model.W.Dilation)})"))
                {
                    w.Line(accumulate($"{Unsafe}.Add(ref {tapRow}, x + kx)"));
                }
            }
        }

        if (model.H.Kernel == 1)
        {
            Row("row0");
        }
        else
        {
            using (w.Block($"for (int ky = 0; ky < {model.H.Kernel}; ky++)"))
            {
                // Each row's ref is formed from row0, so none ever points past the last window row.
                w.Line($"ref {t} tapRow = ref {Unsafe}.Add(ref row0, ky * {Scaled(model.H.Dilation, "width")});");
                Row("tapRow");
            }
        }

        w.Line(extremum
            ? $"{Unsafe}.Add(ref outRow, ox) = {ReductionSteps.Variable(model)};"
            : $"{Unsafe}.Add(ref outRow, ox) = sum / {Int((long)model.H.Kernel * model.W.Kernel)};");
    }

    private static void EmitClippedRow(CodeWriter w, PoolSpec model, ShapePlan plan)
    {
        string t = model.ElementType.Keyword;
        if (plan.Kernel.Vectorized)
        {
            EmitVectorBorderRow(w, model, plan);
            return;
        }

        w.Line("// A row of border windows: every window of it is clipped.");
        using (w.Block($"private static void ClippedRow(ref {t} plane, ref {t} outRow, int height, int width, int outWidth, int y)"))
        {
            using (w.Block("for (int ox = 0; ox < outWidth; ox++)"))
            {
                w.Line($"{Unsafe}.Add(ref outRow, ox) = ClippedWindow(ref plane, height, width, y, {Start("ox", model.W)});");
            }
        }
    }

    /// <summary>
    /// A border row of the vector strategy: its windows keep the window rows [yBegin, yEnd) inside the input;
    /// those of the interior columns are computed a vector at a time, the others are clipped one by one.
    /// </summary>
    private static void EmitVectorBorderRow(CodeWriter w, PoolSpec model, ShapePlan plan)
    {
        string t = model.ElementType.Keyword;
        AxisInfo h = model.H;
        w.Line("// A row of border windows: only the window rows [yBegin, yEnd) lie inside the input. The windows of the");
        w.Line("// interior columns [colBegin, colEnd) run a vector at a time; the others are clipped one by one.");
        using (w.Block($"private static void ClippedRow(ref {t} plane, ref {t} outRow, int height, int width, int outWidth, int colBegin, int colEnd, int y)"))
        {
            w.Line($"int yBegin = {FirstInside("y", h.Dilation)}, yEnd = {Math}.Min(y + {h.Effective}, height);");
            if (!ReductionSteps.ChoosesTap(model))
            {
                string rows = model.CountIncludePad
                    ? TapCount($"{Math}.Min(y + {h.Effective}, {Plus("height", h.PaddingEnd)}) - y", h.Dilation)
                    : TapCount("yEnd - yBegin", h.Dilation, clampAtZero: true);
                w.Line(model.CountIncludePad
                    ? "// Divisor of the interior columns: the window rows inside the padded input times the window width."
                    : "// Divisor of the interior columns: the window rows inside the input times the window width.");
                w.Line($"{t} divisor = {(model.CountIncludePad ? "(" + rows + ")" : rows)} * {model.W.Kernel};");
            }

            w.Line("int ox = 0;");
            using (w.Block("for (; ox < colBegin; ox++)"))
            {
                w.Line($"{Unsafe}.Add(ref outRow, ox) = ClippedWindow(ref plane, height, width, y, {Start("ox", model.W)});");
            }

            w.Line();
            RowVectors.EmitChunks(w, model, plan, borderRow: true);
            using (w.Block("for (; ox < outWidth; ox++)"))
            {
                w.Line($"{Unsafe}.Add(ref outRow, ox) = ClippedWindow(ref plane, height, width, y, {Start("ox", model.W)});");
            }
        }
    }

    private static void EmitClippedWindow(CodeWriter w, PoolSpec model)
    {
        string t = model.ElementType.Keyword;
        bool extremum = ReductionSteps.ChoosesTap(model);
        AxisInfo h = model.H;
        AxisInfo wAxis = model.W;
        w.Line("// One border window starting at (y, x): only the taps inside the input count.");
        if (h.Dilation > 1 || wAxis.Dilation > 1)
        {
            w.Line("// The first is the first tap at or after 0, stepping by the dilation from the window start (not clamped to 0).");
        }

        using (w.Block($"private static {t} ClippedWindow(ref {t} plane, int height, int width, int y, int x)"))
        {
            w.Line($"int yBegin = {FirstInside("y", h.Dilation)}, yEnd = {Math}.Min(y + {h.Effective}, height);");
            w.Line($"int xBegin = {FirstInside("x", wAxis.Dilation)}, xEnd = {Math}.Min(x + {wAxis.Effective}, width);");
            w.Line(extremum ? $"{t} {ReductionSteps.Variable(model)} = {ReductionSteps.Identity(model)};" : $"{t} sum = 0;");
            using (w.Block($"for (int ty = yBegin; ty < yEnd; ty{Step(h.Dilation)})"))
            {
                w.Line($"ref {t} row = ref {Unsafe}.Add(ref plane, ty * width);");
                using (w.Block($"for (int tx = xBegin; tx < xEnd; tx{Step(wAxis.Dilation)})"))
                {
                    w.Line(extremum ? ReductionSteps.Accumulate(model, $"{Unsafe}.Add(ref row, tx)") : $"sum += {Unsafe}.Add(ref row, tx);");
                }
            }

            if (extremum)
            {
                w.Line($"return {ReductionSteps.Variable(model)};");
                return;
            }

            if (model.CountIncludePad)
            {
                w.Line(h.IsSymmetric && wAxis.IsSymmetric
                    ? "// Divisor: the taps inside the padded input, [-padding, size + padding); the ceil-mode overhang does not count."
                    : "// Divisor: the taps inside the padded input, [-padding at the beginning, size + padding at the end); the ceil-mode overhang does not count.");
                w.Line($"int rows = {TapCount($"{Math}.Min(y + {h.Effective}, {Plus("height", h.PaddingEnd)}) - y", h.Dilation)};");
                w.Line($"int columns = {TapCount($"{Math}.Min(x + {wAxis.Effective}, {Plus("width", wAxis.PaddingEnd)}) - x", wAxis.Dilation)};");
            }
            else
            {
                w.Line("// Divisor: the taps inside the input (padding does not count).");
                w.Line($"int rows = {TapCount("yEnd - yBegin", h.Dilation, clampAtZero: true)};");
                w.Line($"int columns = {TapCount("xEnd - xBegin", wAxis.Dilation, clampAtZero: true)};");
            }

            w.Line("return sum / (rows * columns);");
        }
    }

    private static string FirstInside(string start, int dilation) => dilation == 1
        ? $"{Math}.Max({start}, 0)"
        : $"{start} < 0 ? {start} + ((-{start} + {dilation - 1}) / {dilation} * {dilation}) : {start}";

    public static string Step(int dilation) => dilation == 1 ? "++" : $" += {dilation}";

    private static string TapCount(string span, int dilation, bool clampAtZero = false)
    {
        string count = dilation == 1 ? span : $"({span} + {dilation - 1}) / {dilation}";
        return clampAtZero ? $"{Math}.Max(0, {count})" : count;
    }

    public static string Paren(string expression) => expression.Contains(" - ") || expression.Contains(" + ") ? $"({expression})" : expression;

    private static string Scaled(int factor, string name) => factor == 1 ? name : $"{factor} * {name}";
}
