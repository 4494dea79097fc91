using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// The backward passes and max unpooling (<see cref="PoolOperation"/>): <see cref="Traversal.Scatter"/> (max/min
/// backward, unpooling) and <see cref="Traversal.WindowGradients"/> (average backward). Run and its checks, RunParallel
/// and the remarks are the shared ones; the windows are the forward's (<see cref="EmitRange"/>, <see cref="Divisor"/>).
/// Kernel reads the pooled span (source, and indices) and writes the span of the forward input's shape (destination),
/// one unit at a time: a plane when channels come first, an image (its channels interleaved) when they are last.
/// </summary>
internal sealed partial class NdKernelEmitter
{
    private void EmitOperationKernel(CodeWriter w)
    {
        PoolSpec model = plan.Spec;
        string t = T(model);
        bool last = ChannelsLast(model);
        var parameters = new List<string> { $"ref {t} source" };
        if (model.IndicesName is not null)
        {
            parameters.Add($"ref {model.IndicesType} indices");
        }

        parameters.Add($"ref {t} destination");
        if (plan.IndexCountsPlanes)
        {
            parameters.Add("nint planeBase");
        }

        parameters.AddRange(KernelDimensions().Select(d => "int " + d));
        w.Line("// Not inlined, so that the JIT's inlining budget goes to the helpers; fully optimized from the first call.");
        w.Line("[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]");
        using (w.Block($"private static void Kernel({string.Join(", ", parameters)})"))
        {
            KernelPrologue.EmitFixedSizes(w, shape, outputs: true);

            string perUnit = last ? " * channels" : string.Empty;
            w.Line($"nint inputPlane = {SpatialProduct(a => a.Name)}, outputPlane = {SpatialProduct(a => a.Out)};");
            bool rows = plan.Vectorized && !last && plan.Traversal == Traversal.WindowGradients;
            if (rows)
            {
                EmitRowFactors(w, model);
                w.Line();
            }

            w.Line(last
                ? "// Channels last: one image at a time, its channels interleaved (element (p, c) of an image is p * channels + c)."
                : "// Channels first: one plane at a time.");
            using (w.Block($"for (nint unit = 0; unit < {(last ? "batch" : "(nint)batch * channels")}; unit++)"))
            {
                w.Line($"ref {t} pooled = ref Unsafe.Add(ref source, unit * outputPlane{perUnit});");
                if (model.IndicesName is not null)
                {
                    w.Line($"ref {model.IndicesType} index = ref Unsafe.Add(ref indices, unit * outputPlane{perUnit});");
                }

                w.Line($"ref {t} full = ref Unsafe.Add(ref destination, unit * inputPlane{perUnit});");
                w.Line(last ? "MemoryMarshal.CreateSpan(ref full, (int)(inputPlane * channels)).Clear();" : "MemoryMarshal.CreateSpan(ref full, (int)inputPlane).Clear();");
                if (plan.Traversal == Traversal.Scatter)
                {
                    EmitScatter(w, model, last);
                }
                else if (model.Global)
                {
                    EmitGlobalGradients(w, model, last);
                }
                else if (plan.Vectorized && !last)
                {
                    EmitRowGradients(w, model);
                }
                else
                {
                    EmitWindowGradients(w, model, last);
                }
            }

            if (rows)
            {
                w.Line();
                using (w.Block("if (rented is not null)"))
                {
                    w.Line($"ArrayPool<{t}>.Shared.Return(rented);");
                }
            }
        }

        if (plan.Vectorized && plan.Traversal == Traversal.WindowGradients)
        {
            w.Line();
            if (last)
            {
                EmitAddQuotients(w, model);
            }
            else
            {
                EmitQuotients(w, model);
                w.Line();
                EmitAddRun(w, model);
            }
        }
    }

    /// <summary>Channels-first average backward with vectors: the most outputs of a row whose quotients are kept on the stack.</summary>
    private const int RowDeltaLimit = 512;

    /// <summary>
    /// Channels-first average backward, stride 1 along the last axis: row by row of outputs, the row's quotients
    /// (gradient / divisor, the divisor the outer axes' factor times the last axis's, <see cref="EmitRowFactors"/>) first, then for every window row inside the input and every
    /// tap of the last axis, last tap first, one contiguous run of quotients added to a contiguous run of inputs. An input
    /// then gets the shares of an output row in output order (the last tap first is the lowest output first), and the
    /// rows in order: the scalar order, so the bits are the scalar code's.
    /// </summary>
    private void EmitRowGradients(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        AxisPlan last = axes[axes.Count - 1];
        List<AxisPlan> outer = axes.Take(axes.Count - 1).ToList();
        AxisInfo a = last.Axis;
        w.Line("nint j = 0;");
        var scopes = new List<CodeWriter.Scope>();
        foreach (AxisPlan axis in outer)
        {
            scopes.Add(w.Block($"for (int o{axis.Letter} = 0; o{axis.Letter} < {axis.Out}; o{axis.Letter}++)"));
        }

        foreach (AxisPlan axis in outer)
        {
            EmitRange(w, model, axis, NeedsPaddedCount(model));
        }

        string o = "o" + last.Letter;
        string outerFactor = model.DivisorOverride > 0 ? Int(model.DivisorOverride) : outer.Count == 0 ? "1" : string.Join(" * ", outer.Select(x => AxisCount(model, x)));
        w.Line($"Quotients(ref Unsafe.Add(ref pooled, j), ref MemoryMarshal.GetReference(factors), ({t})({outerFactor}), ref MemoryMarshal.GetReference(deltas), {last.Out});");
        w.Line();
        foreach (AxisPlan axis in outer)
        {
            string l = axis.Letter;
            scopes.Add(w.Block($"for (int j{l} = {l}First; j{l} < {l}End; j{l}++)"));
        }

        string Tap(AxisPlan x) => $"{x.Letter}0 + {Scaled(x.Axis.Dilation, "j" + x.Letter)}";
        string rowStart = outer.Count switch
        {
            0 => "ref full",
            1 => $"ref Unsafe.Add(ref full, (nint)({Tap(outer[0])}) * {last.Name})",
            _ => $"ref Unsafe.Add(ref full, ((nint)({Tap(outer[0])}) * {outer[1].Name} + {Tap(outer[1])}) * {last.Name})",
        };
        w.Line($"ref {t} row = {rowStart};");
        w.Line($"// Tap k of the window of {o} is input {o} - {last.Pad} + {Scaled(a.Dilation, "k")}: the outputs whose tap k is inside the input are a run.");
        using (w.Block($"for (int k = {a.Kernel - 1}; k >= 0; k--)"))
        {
            string offset = a.Dilation == 1 ? "k" : $"{a.Dilation} * k";
            w.Line($"int first = Math.Max(0, {last.Pad} - {offset}), end = Math.Min({last.Out}, {last.Name} + {last.Pad} - {offset});");
            using (w.Block("if (first < end)"))
            {
                w.Line($"AddRun(ref Unsafe.Add(ref row, first - {last.Pad} + {offset}), ref Unsafe.Add(ref MemoryMarshal.GetReference(deltas), first), end - first);");
            }
        }

        for (int i = scopes.Count - 1; i >= outer.Count; i--)
        {
            scopes[i].Dispose();
        }

        w.Line();
        w.Line($"j += {last.Out};");
        for (int i = outer.Count - 1; i >= 0; i--)
        {
            scopes[i].Dispose();
        }
    }

    /// <summary>
    /// Channels-first average backward with vectors, before the planes: the last axis's factor of each output's divisor (1
    /// with DivisorOverride), and the buffer of a row's quotients. A row's divisors are then its outer factor times these:
    /// the exact product rounded once, as the scalar (T)(product) (the planner keeps the outer factor below 2^24 for float).
    /// </summary>
    private void EmitRowFactors(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        AxisPlan last = axes[axes.Count - 1];
        string o = "o" + last.Letter;
        w.Line($"// The last axis's factor of each output's divisor, and one output row's quotients: on the stack up to {RowDeltaLimit} outputs, else");
        w.Line("// in an array rented from the shared pool (no allocation once the pool holds one), returned at the end.");
        w.Line($"{t}[] rented = {last.Out} <= {RowDeltaLimit} ? null : ArrayPool<{t}>.Shared.Rent(2 * {last.Out});");
        w.Line($"Span<{t}> factors = rented is null ? stackalloc {t}[{RowDeltaLimit}] : rented.AsSpan(0, {last.Out});");
        w.Line($"Span<{t}> deltas = rented is null ? stackalloc {t}[{RowDeltaLimit}] : rented.AsSpan({last.Out}, {last.Out});");
        using (w.Block($"for (int {o} = 0; {o} < {last.Out}; {o}++)"))
        {
            if (model.DivisorOverride > 0)
            {
                w.Line($"factors[{o}] = 1; // DivisorOverride: the row's factor is the divisor.");
            }
            else
            {
                EmitRange(w, model, last, NeedsPaddedCount(model));
                w.Line($"factors[{o}] = {AxisCount(model, last)};");
            }
        }
    }

    /// <summary>deltas[i] = gradient[i] / (scale * factors[i]): vectors, then the rest (a vector division rounds each lane as the scalar one).</summary>
    private void EmitQuotients(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        w.Line("// deltas[i] = gradient[i] / (scale * factors[i]) for i in [0, count).");
        using (w.Block($"private static void Quotients(ref {t} gradient, ref {t} factors, {t} scale, ref {t} deltas, int count)"))
        {
            w.Line("int i = 0;");
            EmitElementwise(
                w,
                model,
                "i",
                new[] { ("scale", "scale") },
                (vector, bits) => $"{vector}.StoreUnsafe({vector}.LoadUnsafe(ref gradient, (nuint)i) / (scale{bits} * {vector}.LoadUnsafe(ref factors, (nuint)i)), ref deltas, (nuint)i);",
                "Unsafe.Add(ref deltas, i) = Unsafe.Add(ref gradient, i) / (scale * Unsafe.Add(ref factors, i));");
        }
    }

    /// <summary>target[i] += source[i] for i in [0, count): vectors, then the rest (each element rounded once, as the scalar add).</summary>
    private void EmitAddRun(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        w.Line("// target[i] += source[i] for i in [0, count).");
        using (w.Block($"private static void AddRun(ref {t} target, ref {t} source, int count)"))
        {
            w.Line("int i = 0;");
            EmitElementwise(
                w,
                model,
                "i",
                System.Array.Empty<(string, string)>(),
                (vector, bits) => $"{vector}.StoreUnsafe({vector}.LoadUnsafe(ref target, (nuint)i) + {vector}.LoadUnsafe(ref source, (nuint)i), ref target, (nuint)i);",
                "Unsafe.Add(ref target, i) += Unsafe.Add(ref source, i);");
        }
    }

    /// <summary>
    /// The loop of every elementwise helper of the backward passes: per vector width, the broadcasts
    /// (<c>{name}{bits}</c>) and whole vectors, then the rest one by one.
    /// </summary>
    private void EmitElementwise(CodeWriter w, PoolSpec model, string counter, IReadOnlyList<(string Name, string Value)> broadcasts, System.Func<string, int, string> vectorStatement, string scalarStatement)
    {
        foreach (int bits in plan.VectorWidths)
        {
            string vector = "Vector" + bits;
            string type = $"{vector}<{T(model)}>";
            using (w.Block($"if ({vector}.IsHardwareAccelerated && count - {counter} >= {type}.Count)"))
            {
                foreach ((string name, string value) in broadcasts)
                {
                    w.Line($"{type} {name}{bits} = {vector}.Create({value});");
                }

                using (w.Block($"for (; {counter} <= count - {type}.Count; {counter} += {type}.Count)"))
                {
                    w.Line(vectorStatement(vector, bits));
                }
            }

            w.Line();
        }

        using (w.Block($"for (; {counter} < count; {counter}++)"))
        {
            w.Line(scalarStatement);
        }
    }

    /// <summary>
    /// Every pooled value, in order, to the element its index names (KernelPrologue.EmitIndexHelpers reads the index):
    /// added for a backward pass (an element that was the max of several windows gets their sum, in output order), stored
    /// for unpooling (a later value wins, as libtorch's CPU kernel).
    /// </summary>
    private void EmitScatter(CodeWriter w, PoolSpec model, bool last)
    {
        string op = model.Operation == PoolOperation.Unpool ? "=" : "+=";
        string what = model.Operation == PoolOperation.Unpool ? "stored at the element its index names (a later value wins)" : "added to the element its index names";
        w.Line($"// Each value is {what}; the index was checked in Run and is checked again here.");
        if (!last)
        {
            if (plan.IndexCountsPlanes)
            {
                w.Line($"nint origin = (planeBase + unit) * inputPlane; // {model.IndexOrder} order: the index counts the planes before this one.");
            }

            using (w.Block("for (nint j = 0; j < outputPlane; j++)"))
            {
                EmitScatterOne(w, "j", "at", op, "unit * outputPlane + j");
            }

            return;
        }

        if (plan.IndexCountsPlanes)
        {
            w.Line($"nint imageOrigin = (planeBase + unit * channels) * inputPlane; // {model.IndexOrder} order: the index counts the planes before its own.");
        }

        using (w.Block("for (nint j = 0; j < outputPlane * channels; j += channels)"))
        {
            using (w.Block("for (nint c = 0; c < channels; c++)"))
            {
                if (plan.IndexCountsPlanes)
                {
                    w.Line("nint origin = imageOrigin + c * inputPlane;");
                }

                EmitScatterOne(w, "j + c", "at * channels + c", op, "unit * outputPlane * channels + j + c");
            }
        }
    }

    /// <summary>One value to the element its index names, through PlaneOffset (<see cref="KernelPrologue.EmitIndexHelpers"/>).</summary>
    private void EmitScatterOne(CodeWriter w, string position, string target, string op, string global)
    {
        bool tensor = plan.IndexCountsPlanes;
        IReadOnlyList<string> sizes = KernelPrologue.PlaneOffsetSizes(shape);
        string sizeArguments = sizes.Count == 1 ? "inputPlane" : string.Join(", ", sizes);
        w.Line($"nint at = PlaneOffset(Unsafe.Add(ref index, {position}), {(tensor ? "origin, " : string.Empty)}{sizeArguments});");
        using (w.Block("if (at < 0)"))
        {
            w.Line($"ThrowBadIndex({global}, Unsafe.Add(ref index, {position}), {(tensor ? "origin" : "0")}, inputPlane);");
        }

        w.Line();
        w.Line($"Unsafe.Add(ref full, {target}) {op} Unsafe.Add(ref pooled, {position});");
    }

    /// <summary>Global average backward: every element of a plane gets +0 + gradient / divisor (the divisor the plane's size, or the override).</summary>
    private void EmitGlobalGradients(CodeWriter w, PoolSpec model, bool last)
    {
        string t = T(model);
        string divisor = model.DivisorOverride > 0 ? Int(model.DivisorOverride) : "inputPlane";
        w.Line($"// Global: one gradient per plane, divided by {(model.DivisorOverride > 0 ? "the override" : "the plane's size")}, added to the cleared (+0) elements.");
        if (!last)
        {
            w.Line($"MemoryMarshal.CreateSpan(ref full, (int)inputPlane).Fill(({t})0 + pooled / ({t}){divisor});");
            return;
        }

        using (w.Block("for (nint c = 0; c < channels; c++)"))
        {
            w.Line($"{t} delta = ({t})0 + Unsafe.Add(ref pooled, c) / ({t}){divisor};");
            using (w.Block("for (nint p = 0; p < inputPlane; p++)"))
            {
                w.Line("Unsafe.Add(ref full, p * channels + c) = delta;");
            }
        }
    }

    /// <summary>
    /// Average backward with windows (or adaptive windows): outputs in row-major order, each gradient divided by its
    /// window's forward divisor and added to the window's taps inside the input in row-major order (AvgPoolKernel.cpp's
    /// cpu_avg_pool_backward; adaptive, divided by each axis's length in turn as the forward divides).
    /// </summary>
    private void EmitWindowGradients(CodeWriter w, PoolSpec model, bool last)
    {
        string t = T(model);
        w.Line("nint j = 0;");
        var scopes = new List<CodeWriter.Scope>();
        foreach (AxisPlan axis in axes)
        {
            scopes.Add(w.Block($"for (int o{axis.Letter} = 0; o{axis.Letter} < {axis.Out}; o{axis.Letter}++{(axis == axes[axes.Count - 1] ? ", j++" : string.Empty)})"));
        }

        foreach (AxisPlan axis in axes)
        {
            EmitRange(w, model, axis, NeedsPaddedCount(model));
        }

        if (model.Adaptive && axes.Count > 1)
        {
            w.Line("// Divided by the window's length on each axis in turn, outermost first, as the forward divides.");
        }

        if (!last)
        {
            string quotient = model.Adaptive ? ChannelQuotient(model) : $" / ({t})({Divisor(model, axes)})";
            w.Line($"{t} delta = Unsafe.Add(ref pooled, j){quotient};");
        }
        else if (!model.Adaptive)
        {
            w.Line($"{t} divisor = ({t})({Divisor(model, axes)});");
        }

        foreach (AxisPlan axis in axes)
        {
            string l = axis.Letter;
            scopes.Add(w.Block($"for (int j{l} = {l}First; j{l} < {l}End; j{l}++)"));
        }

        w.Line($"nint at = {FlatIndex(axes, x => $"{x.Letter}0 + {Scaled(x.Axis.Dilation, "j" + x.Letter)}")};");
        if (!last)
        {
            w.Line("Unsafe.Add(ref full, at) += delta;");
        }
        else
        {
            string divisors = model.Adaptive ? string.Join(", ", axes.Select(a => $"{a.Letter}End")) : "divisor";
            w.Line(plan.Vectorized
                ? $"AddQuotients(ref Unsafe.Add(ref full, at * channels), ref Unsafe.Add(ref pooled, j * channels), channels, {divisors});"
                : $"for (nint c = 0; c < channels; c++) Unsafe.Add(ref full, at * channels + c) += Unsafe.Add(ref pooled, j * channels + c){ChannelQuotient(model)};");
        }

        for (int i = scopes.Count - 1; i >= 0; i--)
        {
            scopes[i].Dispose();
        }
    }

    /// <summary>Channels last, scalar: the quotient of one channel's gradient by the window's divisor (adaptive, lengths).</summary>
    private string ChannelQuotient(PoolSpec model) =>
        model.Adaptive ? string.Concat(axes.Select(a => $" / ({T(model)}){a.Letter}End")) : " / divisor";

    /// <summary>
    /// Channels last, vectorized: target[c] += gradient[c] / divisor for the channels of one tap, vectors then the rest;
    /// a vector division rounds each lane as the scalar one does, so the bits are the scalar code's.
    /// </summary>
    private void EmitAddQuotients(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        List<string> names = model.Adaptive ? axes.Select(a => a.Letter + "Length").ToList() : new List<string> { "divisor" };
        string parameters = string.Join(", ", names.Select(n => (model.Adaptive ? "int " : $"{t} ") + n));
        w.Line("// target[c] += gradient[c] / divisor (adaptive: / each axis's length in turn) for c in [0, count).");
        using (w.Block($"private static void AddQuotients(ref {t} target, ref {t} gradient, nint count, {parameters})"))
        {
            w.Line("nint c = 0;");
            EmitElementwise(
                w,
                model,
                "c",
                names.Select(n => (n, model.Adaptive ? $"({t}){n}" : n)).ToList(),
                (vector, bits) => $"{vector}.StoreUnsafe({vector}.LoadUnsafe(ref target, (nuint)c) + {vector}.LoadUnsafe(ref gradient, (nuint)c){string.Concat(names.Select(n => $" / {n}{bits}"))}, ref target, (nuint)c);",
                $"Unsafe.Add(ref target, c) += Unsafe.Add(ref gradient, c){string.Concat(names.Select(n => model.Adaptive ? $" / ({t}){n}" : $" / {n}"))};");
        }
    }
}
