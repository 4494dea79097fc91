using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

internal sealed partial class NdKernelEmitter
{
    /// <summary>The parameters after "ref at" of Taps (counts and steps) or Full (steps only), in order.</summary>
    private List<string> TapsParameters(PoolSpec model, List<AxisPlan> axes, bool full)
    {
        bool last = ChannelsLast(model);
        var parameters = new List<string>();
        if (axes.Count == 3)
        {
            if (!full)
            {
                parameters.Add("int dCount");
            }

            parameters.Add("nint dStep");
        }

        if (axes.Count >= 2)
        {
            if (!full)
            {
                parameters.Add("int hCount");
            }

            parameters.Add("nint hStep");
        }

        if (last && !full)
        {
            parameters.Add("int wCount");
        }

        parameters.Add("nint wStep");
        return parameters;
    }

    /// <summary>Channels last: pixel by pixel, vectors over the channels.</summary>
    private void EmitChannelsLastBody(CodeWriter w, PoolSpec model, List<AxisPlan> axes, bool vector)
    {
        string t = T(model);
        w.Line($"nint inputImage = {SpatialProduct(a => a.Name)} * channels, outputImage = {SpatialProduct(a => a.Out)} * channels;");
        if (plan.IndexCountsPlanes)
        {
            w.Line($"nint inputPlane = {SpatialProduct(a => a.Name)}; // The logical (channels-first) plane the indices count in.");
        }

        AxisPlan last = axes[axes.Count - 1];
        string l = last.Letter;
        if (plan.Nan == NanRule.CheckedRows)
        {
            AxisInfo a = last.Axis;
            string begin = a.Stride == 1 ? last.Pad : last.RuntimePad ? $"({last.Pad} + {a.Stride - 1}) / {a.Stride}" : Int((a.Padding + a.Stride - 1) / a.Stride);
            string reach = last.RuntimePad ? $"{Plus(last.Name, -a.Effective)} + {last.Pad}" : Plus(last.Name, a.Padding - (long)a.Effective);
            w.Line($"// The outputs [{l}Begin, {l}Stop) of the last axis have every tap inside the input there.");
            w.Line($"int {l}Begin = Math.Min({last.Out}, {begin});");
            w.Line(a.Stride == 1
                ? $"int {l}Stop = Math.Max({l}Begin, Math.Min({last.Out}, {reach} + 1));"
                : $"int {l}Stop = Math.Max({l}Begin, Math.Min({last.Out}, {reach} < 0 ? 0 : ({reach}) / {a.Stride} + 1));");
            if (plan.SplitsRows && axes.Count == 1)
            {
                w.Line($"// Parallel: this call computes the outputs [o{l}From, o{l}To) only, so the run is cut to them.");
                w.Line($"{l}Begin = Math.Clamp({l}Begin, o{l}From, o{l}To);");
                w.Line($"{l}Stop = Math.Clamp({l}Stop, {l}Begin, o{l}To);");
            }
        }

        using (w.Block("for (int n = 0; n < batch; n++)"))
        {
            w.Line($"ref {t} input = ref Unsafe.Add(ref source, n * inputImage);");
            w.Line($"ref {t} output = ref Unsafe.Add(ref destination, n * outputImage);");
            if (plan.Nan == NanRule.ScanPlane)
            {
                w.Line("bool exact = HasNaN(ref input, inputImage); // Else the taps use a plain MAXPS/MINPS.");
            }
            if (model.IndicesName is not null)
            {
                w.Line($"ref {model.IndicesType} index = ref Unsafe.Add(ref indices, n * outputImage);");
                EmitIndexOrigin(w, "(nint)n * channels", "inputPlane");
            }

            var scopes = new List<CodeWriter.Scope>();
            foreach (AxisPlan axis in axes)
            {
                scopes.Add(axis == axes[0] && plan.SplitsRows
                    ? w.Block($"for (int o{axis.Letter} = o{axis.Letter}From; o{axis.Letter} < o{axis.Letter}To; o{axis.Letter}++)")
                    : w.Block($"for (int o{axis.Letter} = 0; o{axis.Letter} < {axis.Out}; o{axis.Letter}++)"));
                if (axis == last && plan.Nan == NanRule.CheckedRows)
                {
                    EmitCheckedRun(w, model, axes);
                }

                if (vector)
                {
                    EmitRange(w, model, axis, NeedsPaddedCount(model));
                }
            }

            string pixel = axes.Count == 1 ? "(nint)ol" : axes.Count == 2 ? "(nint)oh * outWidth + ow" : "((nint)od * outHeight + oh) * outWidth + ow";
            w.Line($"nint pixel = ({pixel}) * channels;");
            w.Line("int c = 0;");
            if (vector)
            {
                string corner = axes.Count == 1
                    ? $"(nint)(l0 + {Scaled(model.W.Dilation, "lFirst")})"
                    : axes.Count == 2
                    ? $"(nint)(h0 + {Scaled(model.H.Dilation, "hFirst")}) * width + w0 + {Scaled(model.W.Dilation, "wFirst")}"
                    : $"((nint)(d0 + {Scaled(model.D!.Dilation, "dFirst")}) * height + h0 + {Scaled(model.H.Dilation, "hFirst")}) * width + w0 + {Scaled(model.W.Dilation, "wFirst")}";
                w.Line($"ref {t} corner = ref Unsafe.Add(ref input, ({corner}) * channels);");
                EmitVectorRuns(w, model, axes, "c", "channels", "ref Unsafe.Add(ref output, pixel)", channelsLast: true);
            }

            string window = WindowCall(model, axes, "Unsafe.Add(ref input, c)", "channels", "origin + c * inputPlane");
            using (w.Block("for (; c < channels; c++)"))
            {
                w.Line(Store(model, "output", "pixel + c", window, "pixel + c"));
            }

            for (int i = scopes.Count - 1; i >= 0; i--)
            {
                scopes[i].Dispose();
            }
        }
    }

    /// <summary>
    /// Channels last, at the first output of a row whose other axes are inside the input: the pixels with every tap inside
    /// the input as one checked run (Checked), done again with the exact step if it met a NaN.
    /// </summary>
    private void EmitCheckedRun(CodeWriter w, PoolSpec model, List<AxisPlan> axes)
    {
        string t = T(model);
        AxisPlan last = axes[axes.Count - 1];
        string l = last.Letter;
        AxisInfo a = last.Axis;
        var conditions = new List<string> { $"o{l} == {l}Begin", $"{l}Stop > {l}Begin", $"Vector128.IsHardwareAccelerated && channels >= Vector128<{t}>.Count" };
        conditions.AddRange(axes.Take(axes.Count - 1).Select(x => $"{x.Letter}End - {x.Letter}First == {x.Axis.Kernel}"));
        string outer = axes.Count == 1 ? string.Empty : axes.Count == 2 ? "(nint)h0 * width + " : "((nint)d0 * height + h0) * width + ";
        string row = axes.Count == 1 ? string.Empty : axes.Count == 2 ? "(nint)oh * outWidth + " : "((nint)od * outHeight + oh) * outWidth + ";
        string steps = CountArguments(model, axes, channelsLast: true, counts: false);
        string pixelStep = a.Stride == 1 ? "channels" : $"(nint){a.Stride} * channels";
        using (w.Block($"if ({string.Join(" && ", conditions)})"))
        {
            w.Line("// The pixels whose windows lie inside the input, as one run: the plain MAXPS/MINPS with every tap checked for NaN;");
            w.Line("// if one was, the run again with the exact step.");
            w.Line($"ref {t} start = ref Unsafe.Add(ref input, ({outer}{Scaled(a.Stride, $"{l}Begin")} - {last.Pad}) * channels);");
            w.Line($"ref {t} to = ref Unsafe.Add(ref output, ({row}{l}Begin) * channels);");
            using (w.Block($"if (!Checked(ref start, ref to, {l}Stop - {l}Begin, channels, {pixelStep}, {steps}))"))
            {
                using (w.Block($"for (int p = 0; p < {l}Stop - {l}Begin; p++)"))
                {
                    w.Line($"RunFull<AnyData>(ref Unsafe.Add(ref start, p * {pixelStep}), ref Unsafe.Add(ref to, p * (nint)channels), 0, channels, {steps});");
                }
            }

            w.Line();
            w.Line($"o{l} = {l}Stop - 1;");
            w.Line("continue;");
        }

        w.Line();
    }

    /// <summary>Checked (the pixels of a run, a vector of channels at a time) and Checked512/256/128 (one vector's window).</summary>
    private void EmitChecked(CodeWriter w, PoolSpec model, List<AxisPlan> axes)
    {
        string t = T(model);
        var steps = TapsParameters(model, axes, full: true);
        string stepNames = string.Join(", ", steps.Select(s => s.Substring(s.IndexOf(' ') + 1)));
        w.Line();
        w.Line("// Pixels [0, count) of a row whose windows lie inside the input, pixelStep apart, a vector of channels at a time (the last");
        w.Line("// moved back to end at channels): the plain MAXPS/MINPS, exact while no tap is NaN, with an unordered compare of each");
        w.Line("// pair of taps watching for one. Returns false if a tap was NaN, and the caller does the pixels again.");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveOptimization)]");
        using (w.Block($"private static bool Checked(ref {t} at, ref {t} output, int count, int channels, nint pixelStep, {string.Join(", ", steps)})"))
        {
            foreach (int bits in plan.VectorWidths)
            {
                string vector = "Vector" + bits;
                string type = $"{vector}<{t}>";
                CodeWriter.Scope? block = bits != 128 ? w.Block($"if ({vector}.IsHardwareAccelerated && channels >= {type}.Count)") : null;
                if (bits == 128)
                {
                    w.Line("// The caller runs this only when Vector128 is accelerated and there are enough channels for one.");
                }

                w.Line($"{type} unordered{bits} = {type}.Zero;");
                using (w.Block("for (int p = 0; p < count; p++)"))
                {
                    w.Line($"ref {t} pixel = ref Unsafe.Add(ref at, p * pixelStep);");
                    w.Line($"ref {t} to = ref Unsafe.Add(ref output, p * (nint)channels);");
                    w.Line("int c = 0;");
                    EmitChannelVectors(w, type, $"{vector}.StoreUnsafe(Finish{bits}(Checked{bits}(ref Unsafe.Add(ref pixel, c), {stepNames}, ref unordered{bits})), ref to, (nuint)c);", setEnd: false);
                }

                w.Line();
                w.Line($"return {vector}.ExtractMostSignificantBits(unordered{bits}) == 0;");
                block?.Dispose();
                if (bits != 128)
                {
                    w.Line();
                }
            }
        }

        string name = ReductionSteps.Name(model) + "NoNaN";
        foreach (int bits in plan.VectorWidths)
        {
            string vector = "Vector" + bits;
            string type = $"{vector}<{t}>";
            List<string> offsets = FullTapOffsets(axes);
            w.Line();
            w.Line("// A window wholly inside the input, every tap unrolled: the taps reduced in row-major order, and unordered set where a");
            w.Line("// tap is NaN.");
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            using (w.Block($"private static {type} Checked{bits}(ref {t} at, {string.Join(", ", steps)}, ref {type} unordered)"))
            {
                for (int i = 0; i < offsets.Count; i++)
                {
                    w.Line($"{type} tap{i} = {vector}.LoadUnsafe({offsets[i]});");
                }

                var pairs = new List<string>();
                for (int i = 0; i < offsets.Count; i += 2)
                {
                    pairs.Add($"Unordered(tap{i}, tap{System.Math.Min(i + 1, offsets.Count - 1)})");
                }

                w.Line($"unordered |= {string.Join(" | ", pairs)};");
                w.Line($"{type} value = tap0;");
                for (int i = 1; i < offsets.Count; i++)
                {
                    w.Line($"value = {name}(value, tap{i});");
                }

                w.Line("return value;");
            }
        }
    }

    /// <summary>
    /// The channels from c a vector at a time (<paramref name="store"/> writes the lanes from c), the last vector moved
    /// back to end at channels; with <paramref name="setEnd"/>, c is channels afterwards.
    /// </summary>
    private void EmitChannelVectors(CodeWriter w, string type, string store, bool setEnd)
    {
        using (w.Block($"for (; c <= channels - {type}.Count; c += {type}.Count)"))
        {
            w.Line(store);
        }

        w.Line();
        using (w.Block("if (c < channels)"))
        {
            w.Line($"c = channels - {type}.Count;");
            w.Line(store);
            if (setEnd)
            {
                w.Line("c = channels;");
            }
        }
    }

    /// <summary>The taps of a window wholly inside the input, in row-major order, as ref arguments from "at".</summary>
    private List<string> FullTapOffsets(List<AxisPlan> axes)
    {
        int kd = axes.Count == 3 ? axes[0].Axis.Kernel : 1;
        int kh = axes.Count >= 2 ? axes[axes.Count - 2].Axis.Kernel : 1;
        int kw = axes[axes.Count - 1].Axis.Kernel;
        var offsets = new List<string>();
        for (int a = 0; a < kd; a++)
        {
            for (int b = 0; b < kh; b++)
            {
                for (int k = 0; k < kw; k++)
                {
                    var terms = new List<string>();
                    if (a > 0)
                    {
                        terms.Add(a == 1 ? "dStep" : $"{a} * dStep");
                    }

                    if (b > 0)
                    {
                        terms.Add(b == 1 ? "hStep" : $"{b} * hStep");
                    }

                    if (k > 0)
                    {
                        terms.Add(k == 1 ? "wStep" : $"{k} * wStep");
                    }

                    offsets.Add(terms.Count == 0 ? "ref at" : $"ref Unsafe.Add(ref at, {string.Join(" + ", terms)})");
                }
            }
        }

        return offsets;
    }
}
