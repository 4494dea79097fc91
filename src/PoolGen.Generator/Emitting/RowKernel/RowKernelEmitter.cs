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
        w.Line("// A global average: the window is the whole plane, one run of contiguous elements, summed a vector at a time");
        w.Line("// (in another order than the row-major sum of the window-by-window path: the results may differ in the last bits).");
        CodeWriter.Scope? scope = always ? null : w.Block($"if ({condition})");
        using (w.Block("for (int plane = 0; plane < planes; plane++)"))
        {
            w.Line($"Unsafe.Add(ref destination, plane) = SumPlane(ref source, inputPlane) / {Int((long)model.H.Kernel * model.W.Kernel)};");
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

    private static void EmitSumPlane(CodeWriter w, PoolSpec model)
    {
        string t = model.ElementType.Keyword;
        w.Line("// The sum of length contiguous elements: two vector accumulators (from +0, like the scalar sum), then the rest.");
        using (w.Block($"private static {t} SumPlane(ref {t} source, int length)"))
        {
            w.Line($"{t} sum = 0;");
            w.Line("int i = 0;");
            // 256 bits at most, whatever the plan's widths: the sum's order (and so its last bits) is then the same on every
            // machine with AVX.
            foreach (int bits in new[] { 256, 128 })
            {
                string vector = "Vector" + bits;
                string type = $"{vector}<{t}>";
                using (w.Block($"if ({vector}.IsHardwareAccelerated && length - i >= 2 * {type}.Count)"))
                {
                    w.Line($"{type} a = {type}.Zero, b = {type}.Zero;");
                    using (w.Block($"for (; i <= length - (2 * {type}.Count); i += 2 * {type}.Count)"))
                    {
                        w.Line($"a += {vector}.LoadUnsafe(ref source, (nuint)i);");
                        w.Line($"b += {vector}.LoadUnsafe(ref source, (nuint)(i + {type}.Count));");
                    }

                    w.Line();
                    w.Line($"sum += {vector}.Sum(a + b);");
                }

                w.Line();
            }

            using (w.Block("for (; i < length; i++)"))
            {
                w.Line("sum += Unsafe.Add(ref source, i);");
            }

            w.Line();
            w.Line("return sum;");
        }
    }
}
