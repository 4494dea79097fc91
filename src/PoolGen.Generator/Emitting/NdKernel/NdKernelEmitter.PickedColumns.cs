using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// The <see cref="Traversal.PickedColumns"/> traversal: channels-first adaptive pooling with vector lanes over the outputs
/// of a row. Each lane adds (or compares) its taps in the scalar order, so the results are the scalar loops' bit for bit;
/// the taps of the last axis, whose windows differ in start and length, are picked from two loads of the input row by
/// index tables that depend only on that axis's sizes and are worked out once per call.
/// </summary>
internal sealed partial class NdKernelEmitter
{
    /// <summary>Picked columns: at most this many groups of a vector's outputs along the last axis (the tables are on the stack).</summary>
    public const int PickGroupLimit = 16;

    /// <summary>Picked columns: the planes of a block hold about this many inputs (a block's rows stay in the cache).</summary>
    private const int PickBlockElements = 32768;

    /// <summary>Picked columns: this many planes are reduced together (a multiple of it per block), sharing the tables and loops.</summary>
    private const int PickPlanesAtOnce = 4;

    private void EmitPickedColumnsBody(CodeWriter w, PoolSpec model, List<AxisPlan> axes)
    {
        string t = T(model);
        AxisPlan last = axes[axes.Count - 1];
        string n = last.Name, m = last.Out, l = last.Letter;
        bool average = NeedsDivisor(model);
        w.Line($"// The windows of the last axis depend only on {n} and {m}: worked out once per call, as index tables for each group");
        w.Line("// of a vector's outputs (PickTables). Without AVX2, or when a group's windows span more than two vectors, the scalar loops.");
        w.Line($"int lanes = Vector256<{t}>.Count, groups = ({m} + lanes - 1) / lanes;");
        w.Line($"int tables = Avx2.IsSupported && groups <= {PickGroupLimit} ? groups : 0;");
        w.Line("Span<int> first = stackalloc int[tables], common = stackalloc int[tables], most = stackalloc int[tables];");
        w.Line("Span<Vector256<int>> pick = stackalloc Vector256<int>[tables * 2 * lanes];");
        w.Line($"Span<Vector256<{t}>> keep = stackalloc Vector256<{t}>[tables * 2 * lanes];");
        string factors = string.Empty;
        if (average)
        {
            w.Line($"Span<Vector256<{t}>> {l}Factors = stackalloc Vector256<{t}>[tables];");
            w.Line($"Span<bool> {l}Multiply = stackalloc bool[tables];");
            factors = $", {l}Factors, {l}Multiply";
        }

        if (plan.PairsLastAxis)
        {
            w.Line($"// Every window of the last axis 2 long ({n} == 2 * {m}): the taps are split by shuffles instead (Paired).");
            w.Line($"bool pairs = {n} == 2 * (long){m};");
        }

        using (w.Block($"if (tables == 0 || !PickTables({n}, {m}, first, common, most, pick, keep{factors}))"))
        {
            EmitAdaptiveChannelsFirstBody(w, model, axes);
        }

        using (w.Block("else"))
        {
            if (plan.PairsLastAxis)
            {
                w.Line($"// Paired does the planes it can (all but the last plane or so when n == 2m, else none); the tables do the rest.");
                w.Line($"int done = pairs ? PairedPlanes(ref source, ref destination, {string.Join(", ", KernelDimensions())}) : 0;");
            }

            EmitPickedLoops(w, model, axes);
        }
    }

    private void EmitPickedLoops(CodeWriter w, PoolSpec model, List<AxisPlan> axes)
    {
        string t = T(model);
        string a = A(model);
        AxisPlan last = axes[axes.Count - 1];
        string m = last.Out, l = last.Letter;
        bool average = NeedsDivisor(model);
        bool scan = plan.Nan == NanRule.ScanPlane;
        w.Line($"nint inputPlane = {SpatialProduct(x => x.Name)}, outputPlane = {SpatialProduct(x => x.Out)};");
        w.Line("int planes = batch * channels;");
        w.Line("nint inputEnd = planes * inputPlane;");
        w.Line($"// Planes in blocks of about {PickBlockElements} inputs: each group of outputs visits every plane of a block with the same");
        w.Line("// tables in registers (one call per block, row and group), while the block stays in the cache.");
        w.Line($"int block = (int)Math.Min(planes, Math.Max({PickPlanesAtOnce}, {PickBlockElements} / inputPlane / {PickPlanesAtOnce} * {PickPlanesAtOnce}));");
        if (scan)
        {
            w.Line("Span<bool> exact = stackalloc bool[block]; // Per plane: whether it holds a NaN; else the taps use a plain MAXPS/MINPS.");
        }

        using (w.Block($"for (int p0 = {(plan.PairsLastAxis ? "done" : "0")}; p0 < planes; p0 += block)"))
        {
            w.Line("int p1 = Math.Min(planes, p0 + block);");
            if (scan)
            {
                using (w.Block("for (int plane = p0; plane < p1; plane++)"))
                {
                    w.Line("exact[plane - p0] = HasNaN(ref Unsafe.Add(ref source, plane * inputPlane), inputPlane);");
                }

                w.Line();
            }

            var scopes = new List<CodeWriter.Scope>();
            foreach (AxisPlan axis in axes.Take(axes.Count - 1))
            {
                scopes.Add(w.Block($"for (int o{axis.Letter} = 0; o{axis.Letter} < {axis.Out}; o{axis.Letter}++)"));
                EmitAdaptiveRange(w, axis, withFirst: false);
                if (average)
                {
                    // Average is float or double here (Half has no vector path, integers no average).
                    string x = axis.Letter;
                    w.Line($"bool {x}Multiplies = ({x}End & ({x}End - 1)) == 0; // A power of two: multiply by its exact reciprocal.");
                    w.Line($"Vector256<{t}> {x}Factor = Vector256.Create({x}Multiplies ? ({a})1 / {x}End : {x}End);");
                }
            }

            string row = axes.Count == 1 ? "0" : axes.Count == 2 ? "(nint)oh * outWidth" : "((nint)od * outHeight + oh) * outWidth";
            string corner = axes.Count == 1 ? "0" : axes.Count == 2 ? "(nint)h0 * width" : "((nint)d0 * height + h0) * width";
            string lastRow = axes.Count == 1 ? string.Empty : axes.Count == 2 ? " + (nint)(hEnd - 1) * width" : " + ((nint)(dEnd - 1) * height + hEnd - 1) * width";
            w.Line($"nint row = {row}, corner = {corner};");
            using (w.Block("for (int g = 0; g < groups; g++)"))
            {
                w.Line($"int o = Math.Max(0, Math.Min(g * lanes, {m} - lanes)); // The last group moved back to end at {m}.");
                w.Line($"nint at = corner + first[g], reach = at{lastRow} + 2 * lanes; // Past the last row's two loads.");
                w.Line("// The planes whose loads end inside the input: all but, for the input's last rows, the last plane or so.");
                w.Line("int safe = (nint)(p1 - 1) * inputPlane + reach <= inputEnd ? p1");
                w.Line("    : inputEnd - reach < (nint)p0 * inputPlane ? p0 : (int)Math.Min(p1, (inputEnd - reach) / inputPlane + 1);");
                var arguments = new List<string>
                {
                    "ref Unsafe.Add(ref source, p0 * inputPlane + at)",
                    "ref Unsafe.Add(ref destination, p0 * outputPlane + row + o)",
                    "safe - p0",
                    "inputPlane",
                    "outputPlane",
                    // Lanes past the row's outputs (fewer outputs than lanes) may land on the next row's, written after.
                    $"row + o + lanes <= outputPlane ? lanes : Math.Min(lanes, {m} - o)",
                };
                if (scan)
                {
                    arguments.Add("ref exact[0]");
                }

                if (axes.Count == 3)
                {
                    arguments.Add("dEnd");
                    arguments.Add("(nint)height * width");
                }

                if (axes.Count >= 2)
                {
                    arguments.Add("hEnd");
                    arguments.Add("width");
                }

                arguments.Add("common[g]");
                arguments.Add("most[g]");
                arguments.Add("ref pick[g * 2 * lanes]");
                arguments.Add("ref keep[g * 2 * lanes]");
                if (average)
                {
                    arguments.AddRange(axes.Take(axes.Count - 1).SelectMany(x => new[] { $"{x.Letter}Factor", $"{x.Letter}Multiplies" }));
                    arguments.Add($"{l}Factors[g]");
                    arguments.Add($"{l}Multiply[g]");
                }

                w.Line($"PickPlanes({string.Join(", ", arguments)});");

                using (w.Block("for (int plane = safe; plane < p1; plane++)"))
                {
                    w.Line("// The loads would end past the input: this group's outputs run scalar.");
                    w.Line($"ref {t} input = ref Unsafe.Add(ref source, plane * inputPlane);");
                    w.Line($"ref {t} output = ref Unsafe.Add(ref destination, plane * outputPlane);");
                    string o = "o" + l;
                    using (w.Block($"for (int {o} = o; {o} < Math.Min(o + lanes, {m}); {o}++)"))
                    {
                        w.Line(Store(model, "output", "row + " + o, WindowCall(model, axes, "input", "(nint)1", "0"), null));
                    }
                }
            }

            for (int i = scopes.Count - 1; i >= 0; i--)
            {
                scopes[i].Dispose();
            }
        }
    }

    /// <summary>PickTables, Picked and Pick: the tables, one vector of a row's outputs, and the permute.</summary>
    private void EmitPickedHelpers(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        string type = $"Vector256<{t}>";
        bool average = NeedsDivisor(model);
        w.Line();
        w.Line("// The tables of the last axis, one group of a vector's outputs at a time (the last group moved back to end at m): group");
        w.Line("// g reads the 2 * lanes inputs of a row from first[g]; its tap j (below most[g], its longest window) in lane i is element");
        w.Line("// pick[j][i] of them, kept where keep[j] is set (j below that lane's window length; the first common[g] taps in every");
        w.Line("// lane), else the reduction's identity. False when a group's windows span more than 2 * lanes inputs.");
        var parameters = new List<string> { "int n", "int m", "Span<int> first", "Span<int> common", "Span<int> most", "Span<Vector256<int>> pick", $"Span<{type}> keep" };
        if (average)
        {
            parameters.Add($"Span<{type}> factors");
            parameters.Add("Span<bool> multiply");
        }

        using (w.Block($"private static bool PickTables({string.Join(", ", parameters)})"))
        {
            w.Line($"int lanes = {type}.Count, words = Vector256<int>.Count / lanes; // The permutes pick 32-bit words.");
            w.Line("Span<int> index = stackalloc int[Vector256<int>.Count], mask = stackalloc int[Vector256<int>.Count];");
            if (average)
            {
                w.Line($"Span<{t}> length = stackalloc {t}[lanes];");
            }

            using (w.Block("for (int g = 0; g < first.Length; g++)"))
            {
                w.Line("int o = Math.Max(0, Math.Min(g * lanes, m - lanes)), count = Math.Min(lanes, m - o);");
                w.Line("int start = (int)((long)o * n / m), shortest = int.MaxValue, longest = 0;");
                using (w.Block("for (int i = 0; i < count; i++)"))
                {
                    w.Line("int end = (int)(((long)(o + i) * n + n + m - 1) / m), size = end - (int)((long)(o + i) * n / m);");
                    using (w.Block("if (end - start > 2 * lanes)"))
                    {
                        w.Line("return false;");
                    }

                    w.Line();
                    w.Line("shortest = Math.Min(shortest, size);");
                    w.Line("longest = Math.Max(longest, size);");
                }

                w.Line();
                w.Line("first[g] = start;");
                w.Line("common[g] = shortest;");
                w.Line("most[g] = longest;");
                using (w.Block("for (int j = 0; j < longest; j++)"))
                {
                    using (w.Block("for (int i = 0; i < lanes; i++)"))
                    {
                        w.Line("// Lanes past the outputs (fewer than lanes) repeat the last output; they are never stored.");
                        w.Line("long at = o + Math.Min(i, count - 1);");
                        w.Line("int begin = (int)(at * n / m), size = (int)((at * n + n + m - 1) / m) - begin;");
                        using (w.Block("for (int k = 0; k < words; k++)"))
                        {
                            w.Line("index[(i * words) + k] = ((j < size ? begin + j - start : 0) * words) + k;");
                            w.Line("mask[(i * words) + k] = j < size ? -1 : 0;");
                        }

                        if (average)
                        {
                            w.Line($"length[i] = ({t})size;");
                        }
                    }

                    w.Line();
                    w.Line("pick[(g * 2 * lanes) + j] = Vector256.Create((ReadOnlySpan<int>)index);");
                    w.Line($"keep[(g * 2 * lanes) + j] = Vector256.Create((ReadOnlySpan<int>)mask).As<int, {t}>();");
                }

                if (average)
                {
                    w.Line();
                    w.Line("bool exact = true; // Every length a power of two: multiply by the exact reciprocals.");
                    using (w.Block("for (int i = 0; i < lanes; i++)"))
                    {
                        w.Line("exact &= ((int)length[i] & ((int)length[i] - 1)) == 0;");
                    }

                    w.Line();
                    w.Line("multiply[g] = exact;");
                    w.Line($"factors[g] = exact ? {type}.One / Vector256.Create((ReadOnlySpan<{t}>)length) : Vector256.Create((ReadOnlySpan<{t}>)length);");
                }
            }

            w.Line();
            w.Line("return true;");
        }

        EmitPickPlanes(w, model);

        var counts = new List<string> { $"ref {t} at", "nint other" };
        if (axes.Count == 3)
        {
            counts.Add("int dCount");
            counts.Add("nint dStep");
        }

        if (axes.Count >= 2)
        {
            counts.Add("int hCount");
            counts.Add("nint hStep");
        }

        counts.Add("int common");
        counts.Add("int most");
        counts.Add("Vector256<int> pick0");
        counts.Add("Vector256<int> pick1");
        counts.Add("Vector256<int> pick2");
        counts.Add("ref Vector256<int> pick");
        counts.Add($"ref {type} keep");
        counts.AddRange(Enumerable.Range(1, PickPlanesAtOnce - 1).Select(i => $"out {type} next{i}"));
        string[] values = new[] { "value" }.Concat(Enumerable.Range(1, PickPlanesAtOnce - 1).Select(i => "next" + i)).ToArray();
        w.Line();
        w.Line($"// One vector of a row's outputs in {PickPlanesAtOnce} planes (at, then other elements apart): each lane reduces its window's taps");
        w.Line("// in row-major order, the taps of the last axis picked from the row's two loads; a lane past its window's length");
        w.Line("// takes the identity, which changes nothing. The first three tables come in registers (every window has a tap; most");
        w.Line("// have two or three), the others from pick. The planes share the tables and the loop, and overlap their additions.");
        using (OpenTapMethod(w, model, "Picked", counts, values, ", identity = value"))
        {
            EmitTapRows(w, model, current =>
            {
                EmitRowLoads(w, type, current, values.Length);

                void All(string index, bool masked)
                {
                    for (int i = 0; i < values.Length; i++)
                    {
                        string tap = masked ? $"Vector256.ConditionalSelect(kept, Pick(low{i}, high{i}, {index}), identity)" : $"Pick(low{i}, high{i}, {index})";
                        w.Line($"{values[i]} = TStep.Apply({values[i]}, {tap});");
                    }
                }

                All("pick0", false);
                using (w.Block("if (common > 1)"))
                {
                    All("pick1", false);
                    using (w.Block("if (common > 2)"))
                    {
                        All("pick2", false);
                        using (w.Block("for (int j = 3; j < common; j++)"))
                        {
                            w.Line("Vector256<int> index = Unsafe.Add(ref pick, j);");
                            All("index", false);
                        }
                    }
                }

                w.Line();
                using (w.Block("for (int j = common; j < most; j++)"))
                {
                    w.Line($"Vector256<int> index = Unsafe.Add(ref pick, j);");
                    w.Line($"{type} kept = Unsafe.Add(ref keep, j);");
                    All("index", true);
                }
            });

            w.Line();
            w.Line("return value;");
        }

        if (plan.PairsLastAxis)
        {
            EmitPairedPlanes(w, model);
            EmitPaired(w, model);
        }

        string asFloat = t == "float" ? string.Empty : ".AsSingle()";
        string back = t == "float" ? string.Empty : $".As<float, {t}>()";
        w.Line();
        w.Line("// Lane i is 32-bit word index[i] of the 16 words of low and high: one VPERMT2PS with AVX-512, else two VPERMPS");
        w.Line("// blended on bit 3 of the index. Bits are moved, never converted.");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"private static {type} Pick({type} low, {type} high, Vector256<int> index)"))
        {
            using (w.Block("if (Avx512F.VL.IsSupported)"))
            {
                w.Line($"return Avx512F.VL.PermuteVar8x32x2(low{asFloat}, index, high{asFloat}){back};");
            }

            w.Line();
            w.Line($"return Avx.BlendVariable(Avx2.PermuteVar8x32(low{asFloat}, index), Avx2.PermuteVar8x32(high{asFloat}, index), Avx2.ShiftLeftLogical(index, 28).AsSingle()){back};");
        }
    }

    /// <summary>Picked's or Paired's head: the signature, and every plane's value set to the reduction's identity.</summary>
    private CodeWriter.Scope OpenTapMethod(CodeWriter w, PoolSpec model, string name, List<string> parameters, string[] values, string identity)
    {
        string type = $"Vector256<{T(model)}>";
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        w.Line($"private static {type} {name}<TStep>({string.Join(", ", parameters)})");
        CodeWriter.Scope scope = w.Block("    where TStep : struct, IStep");
        w.Line($"{type} value = Vector256.Create({VectorInit(model)}){identity};");
        w.Line($"{string.Join(" = ", values.Skip(1))} = value;");
        return scope;
    }

    /// <summary>The two loads of a window row in each plane (low0/high0 at current, then other elements apart).</summary>
    private static void EmitRowLoads(CodeWriter w, string type, string current, int planes)
    {
        for (int i = 0; i < planes; i++)
        {
            string from = i == 0 ? $"ref {current}" : $"ref Unsafe.Add(ref {current}, {(i == 1 ? "other" : $"{i} * other")})";
            w.Line($"{type} low{i} = Vector256.LoadUnsafe({from}), high{i} = Vector256.LoadUnsafe({from}, (nuint){type}.Count);");
        }
    }

    /// <summary>PickPlanes: one group of a row's outputs in count planes, with the group's tables in registers (or Paired's shuffles).</summary>
    private void EmitPickPlanes(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        string type = $"Vector256<{t}>";
        bool average = NeedsDivisor(model);
        bool scan = plan.Nan == NanRule.ScanPlane;
        var parameters = new List<string> { $"ref {t} input", $"ref {t} output", "int count", "nint inputPlane", "nint outputPlane", "int stored" };
        if (scan)
        {
            parameters.Add("ref bool exact");
        }

        var dimensions = new List<string>();
        if (axes.Count == 3)
        {
            parameters.Add("int dCount");
            parameters.Add("nint dStep");
            dimensions.Add("dCount");
            dimensions.Add("dStep");
        }

        if (axes.Count >= 2)
        {
            parameters.Add("int hCount");
            parameters.Add("nint hStep");
            dimensions.Add("hCount");
            dimensions.Add("hStep");
        }

        parameters.Add("int common");
        parameters.Add("int most");
        parameters.Add("ref Vector256<int> pick");
        parameters.Add($"ref {type} keep");
        if (average)
        {
            parameters.AddRange(axes.SelectMany(x => new[] { $"{type} {x.Letter}Factor", $"bool {x.Letter}Multiplies" }));
        }

        w.Line();
        w.Line("// One group of a row's outputs (stored of them) in count planes, from input and output on: the group's tables stay in");
        w.Line("// registers across the planes. A group shorter than a vector stores its outputs only.");

        w.Line("[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]");
        using (w.Block($"private static void PickPlanes({string.Join(", ", parameters)})"))
        {
            w.Line("Vector256<int> pick0 = pick, pick1 = Unsafe.Add(ref pick, 1), pick2 = Unsafe.Add(ref pick, 2); // 2 * lanes tables: always there.");
            string divisor = average ? string.Concat(axes.Select(x => $", {x.Letter}Factor, {x.Letter}Multiplies")) : string.Empty;
            int k = PickPlanesAtOnce;
            string Call(string step, string other, bool keep) => Inner("Picked", step, other, keep);
            string Inner(string inner, string step, string other, bool keep) =>
                $"{inner}<{step}>(ref at, {other}, {string.Concat(dimensions.Select(d => d + ", "))}common, most, pick0, pick1, pick2, ref pick, ref keep, " +
                string.Join(", ", Enumerable.Range(1, k - 1).Select(i => keep ? $"out next{i}" : "out _")) + ")";
            string AnyNaN(string p) => string.Join(" || ", Enumerable.Range(0, k).Select(i => $"Unsafe.Add(ref exact, {(i == 0 ? p : $"{p} + {i}")})"));
            w.Line("int p = 0;");
            using (w.Block($"for (; p + {k - 1} < count; p += {k})"))
            {
                w.Line($"ref {t} at = ref Unsafe.Add(ref input, p * inputPlane);");
                w.Line($"{type} {string.Join(", ", Enumerable.Range(1, k - 1).Select(i => "next" + i))};");
                w.Line(scan
                    ? $"{type} value = {AnyNaN("p")} ? {Call("AnyData", "inputPlane", true)} : {Call("NoNaN", "inputPlane", true)};"
                    : $"{type} value = {Call("AnyData", "inputPlane", true)};");
                w.Line($"Put(ref Unsafe.Add(ref output, p * outputPlane), Finish256(value{divisor}), stored);");
                for (int i = 1; i < k; i++)
                {
                    w.Line($"Put(ref Unsafe.Add(ref output, (p + {i}) * outputPlane), Finish256(next{i}{divisor}), stored);");
                }
            }

            w.Line();
            using (w.Block("for (; p < count; p++)"))
            {
                w.Line($"// The last planes of the call, fewer than {k}: each computed as a group with itself.");
                w.Line($"ref {t} at = ref Unsafe.Add(ref input, p * inputPlane);");
                w.Line(scan
                    ? $"{type} value = Unsafe.Add(ref exact, p) ? {Call("AnyData", "0", false)} : {Call("NoNaN", "0", false)};"
                    : $"{type} value = {Call("AnyData", "0", false)};");
                w.Line($"Put(ref Unsafe.Add(ref output, p * outputPlane), Finish256(value{divisor}), stored);");
            }
        }

        w.Line();
        w.Line("// The first stored lanes of value: the whole vector, or one lane at a time.");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"private static void Put(ref {t} to, {type} value, int stored)"))
        {
            using (w.Block($"if (stored == {type}.Count)"))
            {
                w.Line("Vector256.StoreUnsafe(value, ref to);");
                w.Line("return;");
            }

            w.Line();
            using (w.Block("for (int i = 0; i < stored; i++)"))
            {
                w.Line("Unsafe.Add(ref to, i) = value.GetElement(i);");
            }
        }
    }
}
