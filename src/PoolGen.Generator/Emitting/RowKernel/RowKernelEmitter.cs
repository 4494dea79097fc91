using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>The 2D channels-first row kernel (<see cref="Traversal.Rows"/>): planes, rows split into border and interior windows, vector runs inside rows.</summary>
internal static class RowKernelEmitter
{
    /// <summary>
    /// Kernel: the planes one after another, then the helpers it calls. Run (<see cref="KernelClassEmitter"/>) has checked
    /// every argument and hands over batch, channels and the sizes the attribute does not fix.
    /// </summary>
    public static void EmitKernel(CodeWriter w, ShapePlan plan)
    {
        KernelPlan kernel = plan.Kernel;
        PoolSpec model = kernel.Spec;
        string t = model.ElementType.Keyword;
        w.Line("// The planes, one after another. Not inlined: in a caller the JIT's inlining budget can run out before the");
        w.Line("// small vector helpers, which then become calls (measured 3-4x slower). Fully optimized from the first call.");
        w.Line("[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]");
        var parameters = new List<string> { $"ref {t} source", $"ref {t} destination" };
        parameters.AddRange(KernelPrologue.KernelDimensions(plan).Select(d => "int " + d));
        using (w.Block($"private static void Kernel({string.Join(", ", parameters)})"))
        {
            bool globalOnly = kernel.SumsPlanes && plan.IsFixed;
            foreach (AxisPlan axis in new[] { plan.H, plan.W })
            {
                if (axis.FixedInput > 0)
                {
                    w.Line(globalOnly
                        ? $"const int {axis.Name} = {axis.FixedInput}; // Fixed by the attribute."
                        : $"const int {axis.Name} = {axis.FixedInput}, out{axis.Title} = {Int(axis.FixedOutput)}; // Fixed by the attribute.");
                }
            }

            w.Line("int planes = batch * channels; // At most the input's length: every plane holds an element.");
            w.Line(globalOnly
                ? "const int inputPlane = height * width;"
                : plan.IsFixed
                ? "const int inputPlane = height * width, outputPlane = outHeight * outWidth;"
                : "int inputPlane = height * width, outputPlane = outHeight * outWidth; // Checked by Run: both fit an int.");
            w.Line();
            if (!(kernel.SumsPlanes && EmitGlobalAverage(w, model, plan)))
            {
                // The vector strategy is the scalar one with vector runs inside every row.
                RowScalar.EmitBody(w, model, plan);
            }
        }

        if (kernel.SumsPlanes)
        {
            w.Line();
            EmitSumPlane(w, model);
        }

        RowScalar.EmitHelpers(w, model, plan);
    }

    /// <summary>
    /// The global average: when the window is the whole plane, the plane is one run of contiguous elements,
    /// summed a vector at a time. Returns true when the shape is fixed to that case, so nothing else is needed.
    /// </summary>
    private static bool EmitGlobalAverage(CodeWriter w, PoolSpec model, ShapePlan plan)
    {
        bool always = plan.H.FixedInput > 0 && plan.W.FixedInput > 0;
        string condition = string.Join(" && ", new[] { plan.H, plan.W }.Where(a => a.FixedInput == 0).Select(a => $"{a.Name} == {a.Axis.Kernel}"));
        string t = model.ElementType.Keyword;
        string taps = Int((long)model.H.Kernel * model.W.Kernel);
        w.Line("// A global average: the window is the whole plane, one run of contiguous elements, summed a vector at a time");
        w.Line("// (in another order than the row-major sum of the window-by-window path: the results may differ in the last bits).");
        CodeWriter.Scope? scope = always ? null : w.Block($"if ({condition})");
        w.Line("int plane = 0;");
        using (w.Block("if (Avx.IsSupported)"))
        {
            w.Line($"// A vector's count of planes at once (SumPlanes, the same order as SumPlane): one division and one store for them all.");
            using (w.Block($"for (; plane <= planes - Vector256<{t}>.Count; plane += Vector256<{t}>.Count)"))
            {
                w.Line($"Vector256.StoreUnsafe(SumPlanes(ref source, inputPlane) / Vector256.Create(({t}){taps}), ref destination, (nuint)plane);");
                w.Line($"source = ref Unsafe.Add(ref source, (nint)inputPlane * Vector256<{t}>.Count);");
            }
        }

        w.Line();
        using (w.Block("for (; plane < planes; plane++)"))
        {
            w.Line($"Unsafe.Add(ref destination, plane) = SumPlane(ref source, inputPlane) / {taps};");
            w.Line("source = ref Unsafe.Add(ref source, (nint)inputPlane);");
        }

        if (scope is { } open)
        {
            w.Line();
            w.Line("return;");
            open.Dispose();
            w.Line();
        }

        return always;
    }

    /// <summary>
    /// SumPlane and SumPlanes: one order of the additions for a plane, whichever sums it. The whole vectors of the plane
    /// (8 floats, 4 doubles) are added in turn to one accumulator from +0; its lanes are added as a tree, pairs of
    /// neighbours first ((0+1)+(2+3))+((4+5)+(6+7)), which is what VHADDPS gives; then the remaining elements one by one.
    /// SumPlanes does a vector's count of planes at once (one accumulator each, the trees of all of them by VHADDPS and a
    /// swap of halves), SumPlane one plane (the tree from the accumulator's lanes), so the bits do not depend on which
    /// planes fell to which (the planes left over at the end take SumPlane).
    /// </summary>
    private static void EmitSumPlane(CodeWriter w, PoolSpec model)
    {
        string t = model.ElementType.Keyword;
        bool wide = t == "double";
        int lanes = wide ? 4 : 8;
        string type = $"Vector256<{t}>";
        string Tree(System.Func<int, string> lane) => wide
            ? $"({lane(0)} + {lane(1)}) + ({lane(2)} + {lane(3)})"
            : $"(({lane(0)} + {lane(1)}) + ({lane(2)} + {lane(3)})) + (({lane(4)} + {lane(5)}) + ({lane(6)} + {lane(7)}))";
        w.Line($"// The sum of length contiguous elements: the whole vectors of {lanes} added in turn to one accumulator from +0, its lanes");
        w.Line(wide
            ? "// added as a tree, (0+1)+(2+3), then the remaining elements one by one. Without 256-bit vectors, the same additions in two halves."
            : "// added as a tree, ((0+1)+(2+3))+((4+5)+(6+7)), then the remaining elements one by one. Without 256-bit vectors, in two halves.");
        using (w.Block($"private static {t} SumPlane(ref {t} source, int length)"))
        {
            w.Line("int i = 0;");
            w.Line($"{t} sum;");
            using (w.Block("if (Vector256.IsHardwareAccelerated)"))
            {
                w.Line($"{type} a = {type}.Zero;");
                using (w.Block($"for (; i <= length - {lanes}; i += {lanes})"))
                {
                    w.Line("a += Vector256.LoadUnsafe(ref source, (nuint)i);");
                }

                w.Line();
                w.Line($"sum = {Tree(k => $"a.GetElement({k})")};");
            }

            using (w.Block("else"))
            {
                w.Line("// The accumulator's two halves as 128-bit vectors: the same lanes, the same additions.");
                w.Line($"Vector128<{t}> low = Vector128<{t}>.Zero, high = Vector128<{t}>.Zero;");
                using (w.Block($"for (; i <= length - {lanes}; i += {lanes})"))
                {
                    w.Line("low += Vector128.LoadUnsafe(ref source, (nuint)i);");
                    w.Line($"high += Vector128.LoadUnsafe(ref source, (nuint)(i + {lanes / 2}));");
                }

                w.Line();
                w.Line($"sum = {Tree(k => k < lanes / 2 ? $"low.GetElement({k})" : $"high.GetElement({k - lanes / 2})")};");
            }

            w.Line();
            using (w.Block("for (; i < length; i++)"))
            {
                w.Line("sum += Unsafe.Add(ref source, i);");
            }

            w.Line();
            w.Line("return sum;");
        }

        w.Line();
        w.Line($"// SumPlane for the {lanes} planes from source on, lane p for plane p: {lanes} accumulators, their trees by VHADDP{(wide ? "D" : "S")} and a");
        w.Line("// swap of halves (each lane the same additions as SumPlane's tree), then the remaining elements of all planes at once.");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"private static {type} SumPlanes(ref {t} source, int length)"))
        {
            // Element i of plane p.
            string At(int p) => p == 0 ? "i" : p == 1 ? "length + i" : $"{p} * length + i";
            w.Line($"{type} {string.Join(", ", Enumerable.Range(0, lanes).Select(p => $"a{p} = {type}.Zero"))};");
            w.Line("int i = 0;");
            using (w.Block($"for (; i <= length - {lanes}; i += {lanes})"))
            {
                for (int p = 0; p < lanes; p++)
                {
                    w.Line($"a{p} += Vector256.LoadUnsafe(ref source, {(p == 0 ? "(nuint)i" : $"(nuint)({At(p)})")});");
                }
            }

            w.Line();
            if (wide)
            {
                w.Line("// Lanes [0+1 of a0, 0+1 of a1 | 2+3 of a0, 2+3 of a1], and a2, a3 alike; the halves swapped and added.");
                w.Line($"{type} h01 = Avx.HorizontalAdd(a0, a1), h23 = Avx.HorizontalAdd(a2, a3);");
                w.Line($"{type} sum = Avx.Permute2x128(h01, h23, 0x20) + Avx.Permute2x128(h01, h23, 0x31);");
            }
            else
            {
                w.Line("// Pairs of neighbours, then pairs of pairs in each half (lane p of the low half: the low four lanes of a_p, the high half");
                w.Line("// the high four, for p below 4; q1 for the others); the halves swapped and added.");
                w.Line($"{type} h01 = Avx.HorizontalAdd(a0, a1), h23 = Avx.HorizontalAdd(a2, a3), h45 = Avx.HorizontalAdd(a4, a5), h67 = Avx.HorizontalAdd(a6, a7);");
                w.Line($"{type} q0 = Avx.HorizontalAdd(h01, h23), q1 = Avx.HorizontalAdd(h45, h67);");
                w.Line($"{type} sum = Avx.Permute2x128(q0, q1, 0x20) + Avx.Permute2x128(q0, q1, 0x31);");
            }

            w.Line();
            using (w.Block("for (; i < length; i++)"))
            {
                string elements = string.Join(", ", Enumerable.Range(0, lanes).Select(p => $"Unsafe.Add(ref source, {At(p)})"));
                w.Line($"sum += Vector256.Create({elements});");
            }

            w.Line();
            w.Line("return sum;");
        }
    }
}
