using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

internal sealed partial class NdKernelEmitter
{
    private void EmitKernel(CodeWriter w, PoolSpec model, List<AxisPlan> axes, bool vector)
    {
        string t = T(model);
        var parameters = new List<string> { $"ref {t} source", $"ref {t} destination" };
        if (model.IndicesName is not null)
        {
            parameters.Add($"ref {model.IndicesType} indices");
        }

        if (plan.IndexCountsPlanes)
        {
            parameters.Add("nint planeBase");
        }

        parameters.AddRange(KernelDimensions().Select(d => "int " + d));
        parameters.AddRange(KernelClassEmitter.RowRangeParameters(shape));
        w.Line("// Not inlined, so that the JIT's inlining budget goes to the helpers; fully optimized from the first call.");
        w.Line("[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]");
        using (w.Block($"private static void Kernel({string.Join(", ", parameters)})"))
        {
            KernelPrologue.EmitFixedSizes(w, shape, outputs: !model.Global && !AlwaysGlobal(model, axes));

            if (model.IsQuantizedAverage)
            {
                EmitQuantizedGlobalFallback(w, model, axes);
            }

            if (model.Global || AlwaysGlobal(model, axes))
            {
                EmitGlobalBody(w, model, axes, vector);
            }
            else if (ChannelsLast(model))
            {
                EmitChannelsLastBody(w, model, axes, vector);
            }
            else
            {
                EmitChannelsFirstBody(w, model, axes, vector);
            }
        }
    }

    /// <summary>
    /// Indices in a tensor order: 'origin', the index of the first element of the plane this loop processes in the logical
    /// [N, C, spatial...] tensor (<see cref="KernelPlan.IndexCountsPlanes"/>). Nothing for the Plane order.
    /// </summary>
    private void EmitIndexOrigin(CodeWriter w, string plane, string planeSize)
    {
        if (plan.IndexCountsPlanes)
        {
            w.Line($"nint origin = (planeBase + {plane}) * {planeSize}; // {plan.Spec.IndexOrder} order: the index counts the planes before this one.");
        }
    }

    /// <summary>Window start, first and end tap inside the input (and inside the padded input) of one axis at o{letter}.</summary>
    private void EmitRange(CodeWriter w, PoolSpec model, AxisPlan axis, bool padded)
    {
        AxisInfo a = axis.Axis;
        string l = axis.Letter;
        if (axis.Adaptive)
        {
            EmitAdaptiveRange(w, axis);
            return;
        }

        w.Line($"int {l}0 = {Scaled(a.Stride, "o" + l)} - {axis.Pad};");
        w.Line(a.Dilation == 1
            ? $"int {l}First = Math.Max(0, -{l}0), {l}End = Math.Min({a.Kernel}, {axis.Name} - {l}0);"
            : $"int {l}First = {l}0 >= 0 ? 0 : (-{l}0 + {a.Dilation - 1}) / {a.Dilation}, {l}End = Math.Min({a.Kernel}, ({axis.Name} - {l}0 + {a.Dilation - 1}) / {a.Dilation});");
        if (padded)
        {
            // Taps inside [-padding, size + end padding): the divisor with CountIncludePad.
            w.Line(a.Dilation == 1
                ? $"int {l}Padded = Math.Min({a.Kernel}, {axis.Name} + {axis.PadEnd} - {l}0);"
                : $"int {l}Padded = Math.Min({a.Kernel}, ({axis.Name} + {axis.PadEnd} - {l}0 + {a.Dilation - 1}) / {a.Dilation});");
        }
    }

    /// <summary>
    /// Adaptive: the window of o{letter} is [floor(o * n / m), ceil((o + 1) * n / m)), as {letter}0 (its start), {letter}First
    /// (0) and {letter}End (its length): the same locals as a window axis with dilation 1, so every traversal reads them
    /// alike. Constants where the attribute makes them so: a fixed input size that m divides gives every window the same
    /// length; output size 1, the whole axis.
    /// </summary>
    private void EmitAdaptiveRange(CodeWriter w, AxisPlan axis, bool withFirst = true)
    {
        string l = axis.Letter;
        string first = withFirst ? $", {l}First = 0" : string.Empty;
        string o = "o" + l;
        int m = axis.Axis.OutputSize;
        int n = axis.FixedInput;
        if (m == 1)
        {
            w.Line($"int {l}0 = 0{first}, {l}End = {axis.Name}; // Adaptive, one output: the whole {axis.Name}.");
        }
        else if (axis.AdaptiveFixedLength > 0)
        {
            int k = axis.AdaptiveFixedLength;
            w.Line($"int {l}0 = {Scaled(k, o)}{first}, {l}End = {axis.Name} / {m}; // Adaptive, {n} to {m}: every window {k} long.");
        }
        else if (n > 0 && (long)n * m + m <= int.MaxValue)
        {
            // The size is a constant: int arithmetic cannot overflow, and the divisions are by a constant.
            w.Line($"// Adaptive, {n} to {m}: window {o} covers [floor({o} * {axis.Name} / {m}), ceil(({o} + 1) * {axis.Name} / {m})).");
            w.Line($"int {l}0 = {o} * {axis.Name} / {m}{first}, {l}End = ({o} * {axis.Name} + {axis.Name} + {m - 1}) / {m} - {l}0;");
        }
        else
        {
            w.Line($"// Adaptive, to {m}: window {o} covers [floor({o} * {axis.Name} / {m}), ceil(({o} + 1) * {axis.Name} / {m})).");
            w.Line($"int {l}0 = (int)((long){o} * {axis.Name} / {m}){first};");
            w.Line($"int {l}End = (int)(((long){o} * {axis.Name} + {axis.Name} + {m - 1}) / {m}) - {l}0;");
        }
    }

    /// <summary>
    /// Average: the names of Finish's divisor parameters. Adaptive: one per axis, outermost first, the window's length there
    /// (libtorch divides the sum by each in turn); else, and for quantized average (ONNX Runtime's one division by the
    /// window's tap count, adaptive or not), the one divisor.
    /// </summary>
    private IEnumerable<string> DivisorNames(PoolSpec model) =>
        model.Adaptive && !model.IsQuantizedAverage ? axes.Select(a => a.Letter + "Length") : new[] { "divisor" };

    /// <summary>
    /// The divisor of an average from the per-axis counts (o{letter} ranges already emitted); adaptive, the per-axis lengths,
    /// or for quantized average their product (the window's tap count: an adaptive window has no padding).
    /// </summary>
    private string Divisor(PoolSpec model, List<AxisPlan> axes)
    {
        if (model.Adaptive)
        {
            return string.Join(model.IsQuantizedAverage ? " * " : ", ", axes.Select(a => a.Letter + "End"));
        }

        if (model.DivisorOverride > 0)
        {
            return Int(model.DivisorOverride);
        }

        if (model.IsQuantizedAverage && model.CountIncludePad)
        {
            return Int(WindowTaps(axes)); // ONNX Runtime: the whole window, also past the end padding.
        }

        return string.Join(" * ", axes.Select(a => AxisCount(model, a)));
    }

    /// <summary>One axis's factor of the divisor (its ranges already emitted): the taps inside the padded input with CountIncludePad, else inside the input.</summary>
    private static string AxisCount(PoolSpec model, AxisPlan a) =>
        model.CountIncludePad ? a.Letter + "Padded" : $"Math.Max(0, {a.Letter}End - {a.Letter}First)";

    private bool NeedsDivisor(PoolSpec model) => model.Kind == PoolKindModel.Average;

    /// <summary>
    /// Whether the divisor counts the taps inside the padded input ({letter}Padded): CountIncludePad without an override;
    /// not quantized average, whose CountIncludePad divisor is the whole window (ONNX Runtime's rule).
    /// </summary>
    private bool NeedsPaddedCount(PoolSpec model) =>
        NeedsDivisor(model) && model.CountIncludePad && model.DivisorOverride == 0 && !model.IsQuantizedAverage;

    /// <summary>
    /// The divisor of a vector of outputs: channels last, that of the pixel; channels first, the outputs are inside the
    /// input on the last axis, so its factor is the window size there.
    /// </summary>
    private string VectorDivisor(PoolSpec model, List<AxisPlan> axes, bool channelsLast)
    {
        if (channelsLast || model.DivisorOverride > 0 || (model.IsQuantizedAverage && model.CountIncludePad))
        {
            return Divisor(model, axes);
        }

        var factors = axes.Take(axes.Count - 1)
            .Select(a => model.CountIncludePad ? a.Letter + "Padded" : $"Math.Max(0, {a.Letter}End - {a.Letter}First)")
            .Concat(new[] { Int(model.W.Kernel) });
        return string.Join(" * ", factors);
    }

    /// <summary>
    /// Channels first, adaptive: plane by plane, each axis's window bounds worked out once at the head of its output loop,
    /// and each output's taps reduced in place in row-major order (a run of the last axis at a time), with no call per output.
    /// </summary>
    private void EmitAdaptiveChannelsFirstBody(CodeWriter w, PoolSpec model, List<AxisPlan> axes)
    {
        string t = T(model);
        string a = A(model);
        AxisPlan last = axes[axes.Count - 1];
        w.Line($"nint inputPlane = {SpatialProduct(x => x.Name)}, outputPlane = {SpatialProduct(x => x.Out)};");
        using (w.Block("for (int plane = 0; plane < batch * channels; plane++)"))
        {
            w.Line($"ref {t} input = ref Unsafe.Add(ref source, plane * inputPlane);");
            w.Line($"ref {t} output = ref Unsafe.Add(ref destination, plane * outputPlane);");
            if (model.IndicesName is not null)
            {
                w.Line($"ref {model.IndicesType} index = ref Unsafe.Add(ref indices, plane * outputPlane);");
                EmitIndexOrigin(w, "plane", "inputPlane");
            }

            var scopes = new List<CodeWriter.Scope>();
            foreach (AxisPlan axis in axes)
            {
                if (axis == last)
                {
                    string outRow = axes.Count == 1 ? "0" : axes.Count == 2 ? "(nint)oh * outWidth" : "((nint)od * outHeight + oh) * outWidth";
                    w.Line($"nint row = {outRow};");
                }

                scopes.Add(w.Block($"for (int o{axis.Letter} = 0; o{axis.Letter} < {axis.Out}; o{axis.Letter}++)"));
                EmitAdaptiveRange(w, axis, withFirst: false);
            }

            w.Line($"{a} value = {Init(model)};");
            if (model.IndicesName is not null)
            {
                // PyTorch starts from the window's first position.
                w.Line($"nint best = {TapIndex(model, axes, x => x.Letter + "0", axes.Count switch { 1 => "l0", 2 => "(nint)h0 * width + w0", _ => "((nint)d0 * height + h0) * width + w0" })};");
            }

            var taps = new List<CodeWriter.Scope>();
            foreach (AxisPlan axis in axes.Take(axes.Count - 1))
            {
                taps.Add(w.Block($"for (int j{axis.Letter} = 0; j{axis.Letter} < {axis.Letter}End; j{axis.Letter}++)"));
            }

            string runStart = axes.Count switch
            {
                1 => "(nint)l0",
                2 => "(nint)(h0 + jh) * width + w0",
                _ => "((nint)(d0 + jd) * height + h0 + jh) * width + w0",
            };
            w.Line($"nint run = {runStart}; // The window's taps on the last axis: a contiguous run.");
            string l = last.Letter;
            using (w.Block($"for (int j{l} = 0; j{l} < {l}End; j{l}++)"))
            {
                string load = a == t ? $"Unsafe.Add(ref input, run + j{l})" : $"({a})Unsafe.Add(ref input, run + j{l})";
                if (model.IndicesName is not null)
                {
                    w.Line($"{a} tap = {load};");
                    string better = model.Kind == PoolKindModel.Max ? "tap > value" : "tap < value";
                    using (w.Block(model.ElementType.IsFloatingPoint ? $"if ({better} || {a}.IsNaN(tap))" : $"if ({better})"))
                    {
                        w.Line("value = tap;");
                        w.Line($"best = {TapIndex(model, axes, x => x == last ? $"{l}0 + j{l}" : $"{x.Letter}0 + j{x.Letter}", $"run + j{l}")};");
                    }
                }
                else
                {
                    w.Line($"value = {Step(model, "value", load)};");
                }
            }

            for (int i = taps.Count - 1; i >= 0; i--)
            {
                taps[i].Dispose();
            }

            w.Line();
            string o = "o" + l;
            if (model.IndicesName is not null)
            {
                w.Line($"Unsafe.Add(ref index, row + {o}) = ({model.IndicesType})best;");
            }

            w.Line($"Unsafe.Add(ref output, row + {o}) = {(NeedsDivisor(model) ? $"Finish(value, {Divisor(model, axes)})" : "Finish(value)")};");
            for (int i = scopes.Count - 1; i >= 0; i--)
            {
                scopes[i].Dispose();
            }
        }
    }

    /// <summary>Channels first: plane by plane; vector runs over the last axis inside the input when its stride is 1.</summary>
    private void EmitChannelsFirstBody(CodeWriter w, PoolSpec model, List<AxisPlan> axes, bool vector)
    {
        string t = T(model);
        if (model.Adaptive && !vector)
        {
            EmitAdaptiveChannelsFirstBody(w, model, axes);
            return;
        }

        if (plan.Traversal == Traversal.PickedColumns)
        {
            EmitPickedColumnsBody(w, model, axes);
            return;
        }

        AxisPlan last = axes[axes.Count - 1];
        w.Line($"nint inputPlane = {SpatialProduct(a => a.Name)}, outputPlane = {SpatialProduct(a => a.Out)};");
        if (vector)
        {
            AxisInfo a = last.Axis;
            string inside = last.RuntimePad ? $"{Plus(last.Name, 1 - a.Effective)} + {last.Pad}" : Plus(last.Name, 1L - a.Effective + a.Padding);
            w.Line($"// The outputs [{last.Letter}Begin, {last.Letter}Stop) of the last axis have every tap inside the input there.");
            w.Line($"int {last.Letter}Begin = Math.Min({last.Out}, {last.Pad});");
            w.Line($"int {last.Letter}Stop = Math.Max({last.Letter}Begin, Math.Min({last.Out}, {inside}));");
        }

        if (plan.Traversal == Traversal.SeparablePasses && EmitSeparableCall(w, model, axes))
        {
            return; // The shape is fixed and the separable buffer fits: nothing else is needed.
        }

        using (w.Block("for (int plane = 0; plane < batch * channels; plane++)"))
        {
            w.Line($"ref {t} input = ref Unsafe.Add(ref source, plane * inputPlane);");
            w.Line($"ref {t} output = ref Unsafe.Add(ref destination, plane * outputPlane);");
            if (plan.Nan == NanRule.ScanPlane)
            {
                w.Line("bool exact = HasNaN(ref input, inputPlane); // Else the taps use a plain MAXPS/MINPS.");
            }

            if (model.IndicesName is not null)
            {
                w.Line($"ref {model.IndicesType} index = ref Unsafe.Add(ref indices, plane * outputPlane);");
                EmitIndexOrigin(w, "plane", "inputPlane");
            }

            var scopes = new List<CodeWriter.Scope>();
            foreach (AxisPlan axis in axes.Take(axes.Count - 1))
            {
                scopes.Add(w.Block($"for (int o{axis.Letter} = 0; o{axis.Letter} < {axis.Out}; o{axis.Letter}++)"));
                if (vector)
                {
                    EmitRange(w, model, axis, NeedsPaddedCount(model));
                }
            }

            string row = axes.Count == 1 ? "0" : axes.Count == 2 ? "(nint)oh * outWidth" : "((nint)od * outHeight + oh) * outWidth";
            w.Line($"nint row = {row};");
            string window = WindowCall(model, axes, "input", "(nint)1", "origin");
            string o = "o" + last.Letter;
            if (!vector)
            {
                using (w.Block($"for (int {o} = 0; {o} < {last.Out}; {o}++)"))
                {
                    w.Line(Store(model, "output", "row + " + o, window, "row + " + o));
                }
            }
            else
            {
                w.Line($"int {o} = 0;");
                using (w.Block($"for (; {o} < {last.Letter}Begin; {o}++)"))
                {
                    w.Line(Store(model, "output", "row + " + o, window, null));
                }

                w.Line();
                w.Line($"// Inside the input on the last axis: each lane is one output, each tap one contiguous load.");
                string corner = axes.Count == 1
                    ? $"-{last.Pad}"
                    : axes.Count == 2
                    ? $"(nint)(h0 + {Scaled(model.H.Dilation, "hFirst")}) * width - {last.Pad}"
                    : $"((nint)(d0 + {Scaled(model.D!.Dilation, "dFirst")}) * height + h0 + {Scaled(model.H.Dilation, "hFirst")}) * width - {last.Pad}";
                w.Line($"ref {t} corner = ref Unsafe.Add(ref input, {corner});");
                EmitVectorRuns(w, model, axes, o, $"{last.Letter}Stop", "ref Unsafe.Add(ref output, row)", channelsLast: false);
                using (w.Block($"for (; {o} < {last.Out}; {o}++)"))
                {
                    w.Line(Store(model, "output", "row + " + o, window, null));
                }
            }

            for (int i = scopes.Count - 1; i >= 0; i--)
            {
                scopes[i].Dispose();
            }
        }
    }

    /// <summary>The count and step arguments of the Taps helpers (only the steps for Full), in their parameter order (ranges emitted).</summary>
    private string CountArguments(PoolSpec model, List<AxisPlan> axes, bool channelsLast, bool counts = true)
    {
        string cs = channelsLast ? " * channels" : string.Empty;
        string Step(int dilation, string extent) => dilation == 1 ? $"(nint){extent}{cs}" : $"(nint){dilation} * {extent}{cs}";
        var parts = new List<string>();
        if (axes.Count == 3)
        {
            if (counts)
            {
                parts.Add("dEnd - dFirst");
            }

            parts.Add(Step(model.D!.Dilation, "height * width"));
        }

        if (axes.Count >= 2)
        {
            if (counts)
            {
                parts.Add("hEnd - hFirst");
            }

            parts.Add(Step(model.H.Dilation, "width"));
        }

        if (channelsLast)
        {
            string l = axes[axes.Count - 1].Letter;
            if (counts)
            {
                parts.Add($"{l}End - {l}First");
            }

            parts.Add(model.W.Dilation == 1 ? "channels" : $"(nint){model.W.Dilation} * channels");
        }
        else
        {
            parts.Add(Int(model.W.Dilation));
        }

        return string.Join(", ", parts);
    }

    /// <summary>
    /// The vector runs of one row (channels first) or pixel (channels last): a call of Run (or RunFull, for a window
    /// wholly inside the input) with the step type that fits the data, which returns where the scalar code goes on.
    /// </summary>
    private void EmitVectorRuns(CodeWriter w, PoolSpec model, List<AxisPlan> axes, string o, string stop, string output, bool channelsLast)
    {
        string a = A(model);
        if (model.IsQuantizedAverage)
        {
            EmitQuantizedRunCall(w, model, axes, o, stop, output, channelsLast);
            return;
        }

        if (NeedsDivisor(model) && model.Adaptive)
        {
            w.Line($"{a} {string.Join(", ", axes.Select(x => $"{x.Letter}Length = {x.Letter}End"))};");
        }
        else if (NeedsDivisor(model))
        {
            w.Line($"{a} divisor = {VectorDivisor(model, axes, channelsLast)};");
        }

        string divisor = NeedsDivisor(model) ? ", " + string.Join(", ", DivisorNames(model)) : string.Empty;
        string Call(bool full, string step) =>
            $"{(full ? "RunFull" : "Run")}<{step}>(ref corner, {output}, {o}, {stop}, {CountArguments(model, axes, channelsLast, counts: !full)}{divisor})";
        void Dispatch(bool full)
        {
            if (plan.Nan == NanRule.ScanPlane)
            {
                w.Line($"{o} = exact");
                w.Line($"    ? {Call(full, "AnyData")}");
                w.Line($"    : {Call(full, "NoNaN")};");
            }
            else
            {
                w.Line($"{o} = {Call(full, "AnyData")};");
            }
        }

        if (plan.UnrollsWindow)
        {
            var conditions = axes.Take(axes.Count - (channelsLast ? 0 : 1)).Select(x => $"{x.Letter}End - {x.Letter}First == {x.Axis.Kernel}");
            using (w.Block($"if ({string.Join(" && ", conditions)})"))
            {
                Dispatch(full: true);
            }

            using (w.Block("else"))
            {
                Dispatch(full: false);
            }
        }
        else
        {
            Dispatch(full: false);
        }

        w.Line();
    }
}
