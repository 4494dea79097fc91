using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

internal sealed partial class NdKernelEmitter
{
    private void EmitVectorHelpers(CodeWriter w, PoolSpec model, int bits)
    {
        string t = T(model);
        string vector = "Vector" + bits;
        string type = $"{vector}<{t}>";
        bool floating = model.ElementType.IsFloatingPoint;
        w.Line();
        if (model.Kind is PoolKindModel.Max or PoolKindModel.Min)
        {
            ReductionSteps.EmitVector(w, model, bits, bits == plan.VectorWidths[0]);
            w.Line();
        }

        if (plan.Nan == NanRule.CheckedRows)
        {
            string isa = Isa(t, bits);
            string compare = bits == 256 ? $"{isa}.Compare(a, b, FloatComparisonMode.UnorderedNonSignaling)" : $"{isa}.CompareUnordered(a, b)";
            w.Line("// All bits set in the lanes where a or b is NaN.");
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            w.Line($"private static {type} Unordered({type} a, {type} b) => {isa}.IsSupported ? {compare} : ~({vector}.Equals(a, a) & {vector}.Equals(b, b));");
            w.Line();
        }

        if (plan.Nan == NanRule.ScanPlane || plan.Nan == NanRule.CheckedRows)
        {
            string name = ReductionSteps.Name(model);
            string isa = Isa(t, bits);
            string compare = ReductionSteps.VectorComparison(model);
            w.Line("// With no NaN in the data, MAXPS/MINPS(tap, current) alone is \"tap > current ? tap : current\": ties keep the first.");
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            w.Line($"private static {type} {name}NoNaN({type} current, {type} tap) => {isa}.IsSupported ? {isa}.{name}(tap, current) : {vector}.ConditionalSelect({vector}.{compare}(tap, current), tap, current);");
            w.Line();
        }

        if (model.Kind == PoolKindModel.Lp && model.P == 2)
        {
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            w.Line($"private static {type} Square({type} tap) => tap * tap;");
            w.Line();
        }

        bool picked = plan.Traversal == Traversal.PickedColumns;
        string divisor = !NeedsDivisor(model) ? string.Empty
            : picked ? string.Concat(axes.Select(x => $", {type} {x.Letter}Factor, bool {x.Letter}Multiplies"))
            : string.Concat(DivisorNames(model).Select(d => $", {type} {d}"));
        if (picked && NeedsDivisor(model))
        {
            w.Line("// Divided by the window's length on each axis in turn, outermost first, as libtorch; a length that is a power of two");
            w.Line("// multiplies by its reciprocal instead, which gives the same correctly rounded quotient, bit for bit.");
        }

        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"private static {type} Finish{bits}({type} value{divisor})"))
        {
            if (picked && NeedsDivisor(model))
            {
                foreach (AxisPlan x in axes)
                {
                    w.Line($"value = {x.Letter}Multiplies ? value * {x.Letter}Factor : value / {x.Letter}Factor;");
                }
            }
            else if (NeedsDivisor(model))
            {
                w.Line(DivisionStatement(model));
            }
            else if (model.Kind == PoolKindModel.Lp && model.P == 2)
            {
                w.Line($"value = {vector}.Sqrt(value);");
            }

            if (model.ClampMin is { } min)
            {
                w.Line($"{type} low = {vector}.Create({Literal(min, model.ElementType)});");
                w.Line($"value = {vector}.ConditionalSelect({vector}.LessThan(value, low), low, value);");
            }

            if (model.ClampMax is { } max)
            {
                w.Line($"{type} high = {vector}.Create({Literal(max, model.ElementType)});");
                w.Line($"value = {vector}.ConditionalSelect({vector}.GreaterThan(value, high), high, value);");
            }

            w.Line("return value;");
        }

        if (picked)
        {
            if (plan.Nan == NanRule.ScanPlane)
            {
                EmitHasNaN(w, model);
            }

            EmitSteps(w, model);
            EmitPickedHelpers(w, model);
            return;
        }

        if (model.Global)
        {
            if (ChannelsLast(model))
            {
                w.Line();
                w.Line("// One vector of channels reduced over size pixels, step apart, in order.");
                w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                using (w.Block($"private static {type} Strided{bits}(ref {t} input, int size, int step)"))
                {
                    w.Line($"{type} value = {vector}.Create({VectorInit(model)});");
                    using (w.Block("for (int i = 0; i < size; i++)"))
                    {
                        w.Line($"value = {VectorStep(model, bits, "value", $"{vector}.LoadUnsafe(ref Unsafe.Add(ref input, (nint)i * step))")};");
                    }

                    w.Line();
                    w.Line("return value;");
                }
            }

            return;
        }

        if (plan.Nan == NanRule.ScanPlane && bits == 256)
        {
            EmitHasNaN(w, model);
        }

        if (bits == 128)
        {
            EmitSteps(w, model);
            EmitRunHelper(w, model, axes, full: false);
            if (plan.UnrollsWindow)
            {
                EmitRunHelper(w, model, axes, full: true);
            }

            foreach (int width in plan.VectorWidths)
            {
                EmitTaps(w, model, axes, width, full: false);
                if (plan.UnrollsWindow)
                {
                    EmitTaps(w, model, axes, width, full: true);
                }
            }

            if (plan.Nan == NanRule.CheckedRows)
            {
                EmitChecked(w, model, axes);
            }
        }
    }

    /// <summary>The x86 instruction set of a float or double compare and MAXPS/MINPS at a vector width.</summary>
    private static string Isa(string t, int bits) => bits switch { 512 => "Avx512F", 256 => "Avx", _ => t == "float" ? "Sse" : "Sse2" };

    /// <summary>The step types: AnyData (NaN wins, or the sum), and NoNaN (the plain MAXPS/MINPS) when the data is scanned.</summary>
    private void EmitSteps(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        w.Line();
        w.Line("// The reduction step as a type argument: the JIT compiles the vector loops once per step type, with no branch per tap.");
        using (w.Block("private interface IStep"))
        {
            foreach (int bits in plan.VectorWidths)
            {
                if (bits != plan.VectorWidths[0])
                {
                    w.Line();
                }

                w.Line($"static abstract Vector{bits}<{t}> Apply(Vector{bits}<{t}> current, Vector{bits}<{t}> tap);");
            }
        }

        foreach (bool fast in plan.Nan == NanRule.ScanPlane ? new[] { false, true } : new[] { false })
        {
            w.Line();
            string name = fast ? "NoNaN" : "AnyData";
            w.Line(fast ? "// Data without NaN: the plain maximum (minimum) is exact." : "// Any data.");
            using (w.Block($"private readonly struct {name} : IStep"))
            {
                foreach (int bits in plan.VectorWidths)
                {
                    string type = $"Vector{bits}<{t}>";
                    string body = fast
                        ? $"{ReductionSteps.Name(model)}NoNaN(current, tap)"
                        : VectorStep(model, bits, "current", "tap");
                    if (bits != plan.VectorWidths[0])
                    {
                        w.Line();
                    }

                    w.Line($"public static {type} Apply({type} current, {type} tap) => {body};");
                }
            }
        }
    }

    /// <summary>Run (or RunFull): the vectors from o to stop, the last one moved back to end at stop; returns where it stopped.</summary>
    private void EmitRunHelper(CodeWriter w, PoolSpec model, List<AxisPlan> axes, bool full)
    {
        string t = T(model);
        string a = A(model);
        List<string> taps = TapsParameters(model, axes, full);
        var parameters = new List<string> { $"ref {t} at", $"ref {t} output", "int o", "int stop" };
        parameters.AddRange(taps);
        if (NeedsDivisor(model))
        {
            parameters.AddRange(DivisorNames(model).Select(d => $"{a} {d}"));
        }

        string arguments = string.Join(", ", taps.Select(p => p.Substring(p.IndexOf(' ') + 1)));
        string name = full ? "RunFull" : "Run";
        w.Line();
        if (full)
        {
            w.Line("// As Run, for windows wholly inside the input: every tap unrolled.");
        }
        else
        {
            w.Line("// Lanes o to stop (outputs of a row, or channels of a pixel), a vector each; the last vector is moved back to end at");
            w.Line("// stop, recomputing a few lanes. Returns where the scalar code goes on (o, when the run is shorter than a vector).");
        }
        w.Line("[MethodImpl(MethodImplOptions.AggressiveOptimization)]");
        w.Line($"private static int {name}<TStep>({string.Join(", ", parameters)})");
        using (w.Block("    where TStep : struct, IStep"))
        {
            EmitVectorLoops(w, model, bits =>
            {
                string divisor = NeedsDivisor(model) ? string.Concat(DivisorNames(model).Select(d => $", Vector{bits}.Create({d})")) : string.Empty;
                return new[] { $"Vector{bits}.StoreUnsafe(Finish{bits}({(full ? "Full" : "Taps")}{bits}<TStep>(ref Unsafe.Add(ref at, o), {arguments}){divisor}), ref output, (nuint)o);" };
            });
        }
    }

    /// <summary>
    /// Taps{bits}: loops over the rows inside the input; Full{bits}: a window wholly inside, every tap unrolled; the
    /// NoNaN forms use the plain MAXPS/MINPS, exact when no tap is NaN.
    /// </summary>
    private void EmitTaps(CodeWriter w, PoolSpec model, List<AxisPlan> axes, int bits, bool full)
    {
        string t = T(model);
        string vector = "Vector" + bits;
        string type = $"{vector}<{t}>";
        bool last = ChannelsLast(model);
        var parameters = new List<string> { $"ref {t} at" };
        parameters.AddRange(TapsParameters(model, axes, full));
        string name = (full ? "Full" : "Taps") + bits + "<TStep>";
        string step(string value, string tap) => $"TStep.Apply({value}, {tap})";
        w.Line();
        if (!full)
        {
            w.Line(last
                ? "// A vector of channels reduced over the window's taps inside the input, in row-major order."
                : $"// A vector of adjacent outputs reduced over their taps, in row-major order: the {axes[axes.Count - 1].Axis.Kernel} taps of each row unrolled.");
        }
        else
        {
            w.Line("// A window wholly inside the input: every tap unrolled, in row-major order.");
        }

        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        w.Line($"private static {type} {name}({string.Join(", ", parameters)})");
        using (w.Block("    where TStep : struct, IStep"))
        {
            w.Line($"{type} value = {vector}.Create({VectorInit(model)});");
            if (full)
            {
                foreach (string offset in FullTapOffsets(axes))
                {
                    w.Line($"value = {step("value", $"{vector}.LoadUnsafe({offset})")};");
                }
            }
            else
            {
                EmitRunTaps(w, model, last, offset => $"value = {step("value", $"{vector}.LoadUnsafe({offset})")};");

                w.Line();
            }

            w.Line("return value;");
        }
    }

    /// <summary>
    /// The taps of a vector run's window in row-major order: loops over the outer axes (depth, height) and, channels last,
    /// over the last axis; channels first, the last axis's taps unrolled. <paramref name="tap"/> prints one tap's statement
    /// from its ref ("ref row", "ref Unsafe.Add(ref row, x * wStep)").
    /// </summary>
    private void EmitRunTaps(CodeWriter w, PoolSpec model, bool last, System.Func<string, string> tap) =>
        EmitTapRows(w, model, current =>
        {
            if (last)
            {
                using (w.Block("for (int x = 0; x < wCount; x++)"))
                {
                    w.Line(tap($"ref Unsafe.Add(ref {current}, x * wStep)"));
                }
            }
            else
            {
                for (int k = 0; k < model.W.Kernel; k++)
                {
                    w.Line(tap(k == 0 ? $"ref {current}" : $"ref Unsafe.Add(ref {current}, {(k == 1 ? "wStep" : $"{k} * wStep")})"));
                }
            }
        });

    /// <summary>
    /// The loops over the outer axes (depth, height) of a vector run's window, from "at" by dStep and hStep;
    /// <paramref name="row"/> prints the statements of one row of the last axis from the name of its ref.
    /// </summary>
    private void EmitTapRows(CodeWriter w, PoolSpec model, System.Action<string> row)
    {
        string t = T(model);
        var scopes = new List<CodeWriter.Scope>();
        string current = "at";
        if (axes.Count == 3)
        {
            scopes.Add(w.Block("for (int d = 0; d < dCount; d++)"));
            w.Line($"ref {t} plane = ref Unsafe.Add(ref at, d * dStep);");
            current = "plane";
        }

        if (axes.Count >= 2)
        {
            scopes.Add(w.Block("for (int h = 0; h < hCount; h++)"));
            w.Line($"ref {t} row = ref Unsafe.Add(ref {current}, h * hStep);");
            current = "row";
        }

        row(current);
        for (int i = scopes.Count - 1; i >= 0; i--)
        {
            scopes[i].Dispose();
        }
    }

    /// <summary>Whether length elements hold a NaN: vector compares of each element with itself.</summary>
    private void EmitHasNaN(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        w.Line();
        w.Line("// Whether length contiguous elements hold a NaN (a NaN is the one value not equal to itself).");
        using (w.Block($"private static bool HasNaN(ref {t} start, nint length)"))
        {
            w.Line("nint i = 0;");
            using (w.Block($"if (Avx.IsSupported && length >= 2 * Vector256<{t}>.Count)"))
            {
                w.Line("// An unordered compare is true where either operand is NaN: one compare checks two vectors.");
                w.Line($"Vector256<{t}> either = Vector256<{t}>.Zero;");
                using (w.Block($"for (; i <= length - 2 * Vector256<{t}>.Count; i += 2 * Vector256<{t}>.Count)"))
                {
                    w.Line($"either |= Avx.Compare(Vector256.LoadUnsafe(ref start, (nuint)i), Vector256.LoadUnsafe(ref start, (nuint)(i + Vector256<{t}>.Count)), FloatComparisonMode.UnorderedNonSignaling);");
                }

                w.Line();
                using (w.Block("if (Vector256.ExtractMostSignificantBits(either) != 0)"))
                {
                    w.Line("return true;");
                }
            }

            w.Line();
            foreach (int bits in new[] { 256, 128 })
            {
                string vector = "Vector" + bits;
                string type = $"{vector}<{t}>";
                using (w.Block($"if ({vector}.IsHardwareAccelerated && length >= {type}.Count)"))
                {
                    w.Line($"{type} unordered = {type}.Zero;");
                    using (w.Block($"for (; i <= length - {type}.Count; i += {type}.Count)"))
                    {
                        w.Line($"{type} value = {vector}.LoadUnsafe(ref start, (nuint)i);");
                        w.Line($"unordered |= ~{vector}.Equals(value, value);");
                    }

                    w.Line();
                    using (w.Block($"if ({vector}.ExtractMostSignificantBits(unordered) != 0)"))
                    {
                        w.Line("return true;");
                    }
                }

                w.Line();
            }

            using (w.Block("for (; i < length; i++)"))
            {
                using (w.Block($"if ({t}.IsNaN(Unsafe.Add(ref start, i)))"))
                {
                    w.Line("return true;");
                }
            }

            w.Line();
            w.Line("return false;");
        }
    }
}
