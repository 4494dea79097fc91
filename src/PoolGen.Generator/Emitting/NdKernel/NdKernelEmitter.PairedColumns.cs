using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// The paired body of the <see cref="Traversal.PickedColumns"/> traversal (<see cref="KernelPlan.PairsLastAxis"/>): a last
/// axis whose input is exactly twice its output, checked per call, has windows [2o, 2o + 2) only, so its taps are split
/// by shuffles instead of picked by tables, and the planes run one after another (PairedPlanes, PairedLoop, Paired).
/// </summary>
internal sealed partial class NdKernelEmitter
{
    /// <summary>
    /// Paired (plan.PairsLastAxis, n == 2m at run time): PairedPlanes works out the windows of the other axes once per call
    /// (one entry per row of outputs), then PairedLoop runs plane by plane, so that each plane's rows are read once and in
    /// order while they are in the cache (no tables need to stay in registers, so nothing is gained by visiting many planes
    /// per row as <see cref="EmitPickedLoops"/> does). In a plane, the groups of a row's outputs are the outer loop and the
    /// rows the inner one: a loop of one group per row costs more than the row's work. The planes whose loads would end
    /// past the input, or whose stores past the output, are left to the picked loops.
    /// </summary>
    private void EmitPairedPlanes(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        string a = A(model);
        string type = $"Vector256<{t}>";
        List<AxisPlan> outer = axes.Take(axes.Count - 1).ToList();
        AxisPlan last = axes[axes.Count - 1];
        string m = last.Out, l = last.Letter;
        bool average = NeedsDivisor(model);
        bool scan = plan.Nan == NanRule.ScanPlane;
        int rows = outer.Aggregate(1, (product, axis) => product * axis.Axis.OutputSize);
        var parameters = new List<string> { $"ref {t} source", $"ref {t} destination" };
        parameters.AddRange(KernelDimensions().Select(d => "int " + d));
        string RowIndex() => outer.Count switch
        {
            0 => "0",
            1 => "oh",
            _ => "od * outHeight + oh",
        };

        w.Line();
        w.Line("// The body for a last axis whose input is exactly twice its output (n == 2m, checked per call): every window of it is");
        w.Line("// 2 long. The windows of the other axes are worked out here, once per call, one entry per row of outputs; PairedLoop");
        w.Line("// then runs the planes whose loads end inside the input and whose stores inside the output, and this returns how many.");
        w.Line("[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]");
        using (w.Block($"private static int PairedPlanes({string.Join(", ", parameters)})"))
        {
            KernelPrologue.EmitFixedSizes(w, shape, outputs: true); // Adaptive: every output size is the attribute's.

            w.Line($"int lanes = Vector256<{t}>.Count, groups = ({m} + lanes - 1) / lanes;");
            w.Line($"nint inputPlane = {SpatialProduct(x => x.Name)}, outputPlane = {SpatialProduct(x => x.Out)};");
            w.Line("int planes = batch * channels;");
            if (outer.Count > 0)
            {
                w.Line($"Span<nint> rowAt = stackalloc nint[{rows}];");
            }

            foreach (AxisPlan axis in outer)
            {
                w.Line($"Span<int> {axis.Letter}Counts = stackalloc int[{rows}];");
                if (average)
                {
                    w.Line($"Span<{type}> {axis.Letter}Factors = stackalloc {type}[{rows}];");
                }
            }

            w.Line("Span<int> groupAt = stackalloc int[groups];");
            using (w.Block("for (int g = 0; g < groups; g++)"))
            {
                w.Line($"groupAt[g] = Math.Max(0, Math.Min(g * lanes, {m} - lanes)); // The last group moved back to end at {m}.");
            }

            w.Line();
            if (average)
            {
                w.Line("// Every window length a power of two (those of the last axis are 2): multiply by the exact reciprocals everywhere, else");
                w.Line("// divide everywhere (the same quotients), so that the loop has no branch per row.");
                w.Line("bool multiplies = true;");
            }

            string corner = axes.Count == 1 ? "0" : axes.Count == 2 ? "(nint)h0 * width" : "((nint)d0 * height + h0) * width";
            string lastRow = axes.Count == 1 ? string.Empty : axes.Count == 2 ? " + (nint)(hEnd - 1) * width" : " + ((nint)(dEnd - 1) * height + hEnd - 1) * width";
            string groupReach = "2 * groupAt[groups - 1] + 2 * lanes";
            w.Line(outer.Count == 0
                ? $"nint reach = {groupReach}; // The farthest the loads go from a plane's start."
                : "nint reach = 0; // The farthest a row's loads go from its plane's start.");
            var scopes = new List<CodeWriter.Scope>();
            foreach (AxisPlan axis in outer)
            {
                scopes.Add(w.Block($"for (int o{axis.Letter} = 0; o{axis.Letter} < {axis.Out}; o{axis.Letter}++)"));
                EmitAdaptiveRange(w, axis, withFirst: false);
            }

            if (outer.Count > 0)
            {
                w.Line($"int r = {RowIndex()};");
                w.Line($"rowAt[r] = {corner};");
                w.Line($"reach = Math.Max(reach, {corner}{lastRow} + {groupReach});");
            }

            foreach (AxisPlan axis in outer)
            {
                string x = axis.Letter;
                w.Line($"{x}Counts[r] = {x}End;");
                if (average)
                {
                    w.Line($"multiplies &= ({x}End & ({x}End - 1)) == 0;");
                    w.Line($"{x}Factors[r] = Vector256.Create(({a}){x}End); // The divisors; reciprocals below if they all are powers of two.");
                }
            }

            for (int i = scopes.Count - 1; i >= 0; i--)
            {
                scopes[i].Dispose();
            }

            w.Line();
            if (average)
            {
                w.Line($"{type} {l}Factor = Vector256.Create(multiplies ? ({a})0.5 : 2);");
            }

            if (average && outer.Count > 0)
            {
                using (w.Block($"for (int r = 0; multiplies && r < {rows}; r++)"))
                {
                    foreach (AxisPlan axis in outer)
                    {
                        w.Line($"{axis.Letter}Factors[r] = {type}.One / {axis.Letter}Factors[r];");
                    }
                }

                w.Line();
            }

            w.Line("// Whole planes whose loads end inside the input and whose stores (a vector from each group) inside the output.");
            w.Line(rows == 1 ? "nint stores = groupAt[groups - 1] + lanes;" : $"nint stores = (nint){rows - 1} * {m} + groupAt[groups - 1] + lanes;");
            w.Line("nint inputEnd = planes * inputPlane, outputEnd = planes * outputPlane;");
            w.Line("int count = reach > inputEnd || stores > outputEnd ? 0 : (int)Math.Min(planes, Math.Min((inputEnd - reach) / inputPlane, (outputEnd - stores) / outputPlane) + 1);");
            string arguments = string.Join(", ", PairedLoopArguments(model).Select(x => x.Argument));
            if (average)
            {
                using (w.Block("if (multiplies)"))
                {
                    w.Line($"PairedLoop<Multiply>({arguments});");
                }

                using (w.Block("else"))
                {
                    w.Line($"PairedLoop<Divide>({arguments});");
                }
            }
            else
            {
                w.Line($"PairedLoop({arguments});");
            }

            w.Line();
            w.Line("return count;");
        }

        var loopParameters = PairedLoopArguments(model).Select(x => x.Parameter).ToList();
        w.Line();
        w.Line("// The planes from source on, each group of a row's outputs (the outer loop: a loop of one group per row costs more than");
        w.Line($"// the row's work), each row of outputs. Lanes past a row's outputs (fewer outputs than lanes) land on the next row's,");
        w.Line("// written after." + (average ? " TDivision says whether the factors are reciprocals to multiply by or divisors." : string.Empty));
        w.Line("[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]");
        w.Line($"private static void PairedLoop{(average ? "<TDivision>" : string.Empty)}({string.Join(", ", loopParameters)})");
        using (w.Block(average ? "    where TDivision : struct, IDivision" : string.Empty))
        {
            using (w.Block("for (int plane = 0; plane < count; plane++)"))
            {
                w.Line($"ref {t} input = ref Unsafe.Add(ref source, plane * inputPlane);");
                w.Line($"ref {t} output = ref Unsafe.Add(ref destination, plane * outputPlane);");
                if (scan)
                {
                    w.Line("bool nan = HasNaN(ref input, inputPlane); // Without a NaN in the plane, the taps use a plain MAXPS/MINPS.");
                }

                using (w.Block("for (int g = 0; g < groups; g++)"))
                {
                    w.Line("int o = Unsafe.Add(ref groupAt, g);");

                    CodeWriter.Scope? rowLoop = outer.Count > 0 ? w.Block($"for (int r = 0; r < {rows}; r++)") : null;
                    var call = new List<string> { outer.Count > 0 ? "ref Unsafe.Add(ref input, Unsafe.Add(ref rowAt, r) + 2 * o)" : "ref Unsafe.Add(ref input, 2 * o)" };
                    if (axes.Count == 3)
                    {
                        call.Add("Unsafe.Add(ref dCounts, r)");
                        call.Add("dStep");
                    }

                    if (axes.Count >= 2)
                    {
                        call.Add("Unsafe.Add(ref hCounts, r)");
                        call.Add("hStep");
                    }

                    string Paired(string step) => $"Paired<{step}>({string.Join(", ", call)})";
                    w.Line(scan
                        ? $"{type} value = nan ? {Paired("AnyData")} : {Paired("NoNaN")};"
                        : $"{type} value = {Paired("AnyData")};");
                    string divisor = average
                        ? string.Concat(outer.Select(x => $", Unsafe.Add(ref {x.Letter}Factors, r), TDivision.Multiplies")) + $", {l}Factor, TDivision.Multiplies"
                        : string.Empty;
                    string at = outer.Count > 0 ? $"(nuint)(r * {Int(last.Axis.OutputSize)} + o)" : "(nuint)o";
                    w.Line($"Vector256.StoreUnsafe(Finish256(value{divisor}), ref output, {at});");
                    rowLoop?.Dispose();
                }
            }
        }

        if (average)
        {
            w.Line();
            w.Line("// Whether PairedLoop multiplies by reciprocals or divides, as a type argument: the JIT folds the choice.");
            using (w.Block("private interface IDivision"))
            {
                w.Line("static abstract bool Multiplies { get; }");
            }

            w.Line();
            using (w.Block("private readonly struct Multiply : IDivision"))
            {
                w.Line("public static bool Multiplies => true;");
            }

            w.Line();
            using (w.Block("private readonly struct Divide : IDivision"))
            {
                w.Line("public static bool Multiplies => false;");
            }
        }
    }

    /// <summary>PairedLoop's parameters, and what PairedPlanes passes for each: the sizes, then the per-call tables.</summary>
    private List<(string Parameter, string Argument)> PairedLoopArguments(PoolSpec model)
    {
        string t = T(model);
        string type = $"Vector256<{t}>";
        bool average = NeedsDivisor(model);
        List<AxisPlan> outer = axes.Take(axes.Count - 1).ToList();
        var list = new List<(string Parameter, string Argument)>
        {
            ($"ref {t} source", "ref source"),
            ($"ref {t} destination", "ref destination"),
            ("int count", "count"),
            ("nint inputPlane", "inputPlane"),
            ("nint outputPlane", "outputPlane"),
        };
        if (axes.Count == 3)
        {
            list.Add(("nint dStep", "(nint)height * width"));
        }

        if (axes.Count >= 2)
        {
            list.Add(("nint hStep", "width"));
            list.Add(("ref nint rowAt", "ref MemoryMarshal.GetReference(rowAt)"));
        }

        foreach (AxisPlan axis in outer)
        {
            list.Add(($"ref int {axis.Letter}Counts", $"ref MemoryMarshal.GetReference({axis.Letter}Counts)"));
            if (average)
            {
                list.Add(($"ref {type} {axis.Letter}Factors", $"ref MemoryMarshal.GetReference({axis.Letter}Factors)"));
            }
        }

        list.Add(("ref int groupAt", "ref MemoryMarshal.GetReference(groupAt)"));
        list.Add(("int groups", "groups"));
        if (average)
        {
            list.Add(($"{type} {axes[axes.Count - 1].Letter}Factor", $"{axes[axes.Count - 1].Letter}Factor"));
        }

        return list;
    }

    /// <summary>
    /// Paired (plan.PairsLastAxis, n == 2m at run time): Picked's work for one plane when every window of the last axis is
    /// [2o, 2o + 2). Lane i's taps are elements 2i and 2i + 1 of the row's two loads; in-lane shuffles split them into
    /// evens and odds in a fixed lane order, both added in Picked's order (row by row, the even tap first), and one VPERMPD
    /// puts the lanes back in order at the end (the lanes never mix, so the order of the lanes does not change a result).
    /// Rows two at a time: one loop test per two rows (ResNet's 14 -> 7 has windows of two rows).
    /// </summary>
    private void EmitPaired(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        string type = $"Vector256<{t}>";
        bool wide = KernelPlanner.ElementSize(t) == 8;
        string lane = wide ? "double" : "float";
        string As(string v) => t == lane ? v : wide ? $"{v}.AsDouble()" : $"{v}.AsSingle()";
        string Back(string v) => t == lane ? v : $"{v}.As<{lane}, {t}>()";
        var parameters = new List<string> { $"ref {t} at" };
        if (axes.Count == 3)
        {
            parameters.Add("int dCount");
            parameters.Add("nint dStep");
        }

        if (axes.Count >= 2)
        {
            parameters.Add("int hCount");
            parameters.Add("nint hStep");
        }

        void Row(string current, string index)
        {
            w.Line($"{type} low{index} = Vector256.LoadUnsafe(ref {current}), high{index} = Vector256.LoadUnsafe(ref {current}, (nuint){type}.Count);");
        }

        void Taps(string index)
        {
            w.Line($"value = TStep.Apply(value, Even(low{index}, high{index}));");
            w.Line($"value = TStep.Apply(value, Odd(low{index}, high{index}));");
        }

        w.Line();
        w.Line("// One vector of a row's outputs in one plane, for windows that are all 2 long along the last axis (n == 2m): output i");
        w.Line("// of the group is the sum (or max/min) of elements 2i and 2i + 1 of the row's two loads, row by row in row-major order.");
        w.Line(wide
            ? "// Evens and odds come from in-lane shuffles, lanes in the order 0 2 1 3 (VUNPCKLPD/VUNPCKHPD); the same taps in the same"
            : "// Evens and odds come from in-lane shuffles, lanes in the order 0 1 4 5 2 3 6 7 (VSHUFPS); the same taps in the same");
        w.Line("// order as Picked, and one VPERMPD puts the lanes back at the end." + (axes.Count >= 2 ? " Rows two at a time, one loop test per two." : string.Empty));
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        w.Line($"private static {type} Paired<TStep>({string.Join(", ", parameters)})");
        using (w.Block("    where TStep : struct, IStep"))
        {
            w.Line($"{type} value = Vector256.Create({VectorInit(model)});");
            CodeWriter.Scope? depth = null;
            string current = "at";
            if (axes.Count == 3)
            {
                depth = w.Block("for (int d = 0; d < dCount; d++)");
                w.Line($"ref {t} plane = ref Unsafe.Add(ref at, d * dStep);");
                current = "plane";
            }

            if (axes.Count == 2)
            {
                using (w.Block("if (hCount == 2)"))
                {
                    w.Line("// Windows of two rows (14 -> 7): straight-line, no loop.");
                    Row("at", "0");
                    Row("Unsafe.Add(ref at, hStep)", "1");
                    Taps("0");
                    Taps("1");
                    w.Line("return InOrder(value);");
                }

                w.Line();
            }

            if (axes.Count >= 2)
            {
                w.Line("int h = 0;");
                using (w.Block("for (; h + 1 < hCount; h += 2)"))
                {
                    w.Line($"ref {t} row = ref Unsafe.Add(ref {current}, h * hStep);");
                    Row("row", "0");
                    Row("Unsafe.Add(ref row, hStep)", "1");
                    Taps("0");
                    Taps("1");
                }

                w.Line();
                using (w.Block("if (h < hCount)"))
                {
                    w.Line($"ref {t} row = ref Unsafe.Add(ref {current}, h * hStep);");
                    Row("row", "0");
                    Taps("0");
                }
            }
            else
            {
                Row(current, "0");
                Taps("0");
            }

            depth?.Dispose();
            if (depth is not null)
            {
                w.Line();
            }

            w.Line("return InOrder(value);");
        }

        string even = wide ? $"Avx.UnpackLow({As("low")}, {As("high")})" : $"Avx.Shuffle({As("low")}, {As("high")}, 0b10_00_10_00)";
        string odd = wide ? $"Avx.UnpackHigh({As("low")}, {As("high")})" : $"Avx.Shuffle({As("low")}, {As("high")}, 0b11_01_11_01)";
        string order = wide ? "Avx2.Permute4x64(" + As("value") + ", 0b11_01_10_00)" : "Avx2.Permute4x64(" + As("value") + ".AsDouble(), 0b11_01_10_00).AsSingle()";
        w.Line();
        w.Line("// The even and odd elements of low and high, in the shuffles' lane order; bits are moved, never converted.");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        w.Line($"private static {type} Even({type} low, {type} high) => {Back(even)};");
        w.Line();
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        w.Line($"private static {type} Odd({type} low, {type} high) => {Back(odd)};");
        w.Line();
        w.Line("// The shuffles' lane order back to the outputs' order: 64-bit pairs 0 2 1 3.");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        w.Line($"private static {type} InOrder({type} value) => {Back(order)};");
    }
}
