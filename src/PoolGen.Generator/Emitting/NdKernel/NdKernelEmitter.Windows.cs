using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

internal sealed partial class NdKernelEmitter
{
    /// <summary>Global: the window is the whole input; per plane (channels first) or per channel run (channels last).</summary>
    private void EmitGlobalBody(CodeWriter w, PoolSpec model, List<AxisPlan> axes, bool vector)
    {
        if (model.IsQuantizedAverage)
        {
            w.Line($"QuantizedGlobal(ref source, ref destination, batch, channels, (int)({SpatialProduct(x => x.Name)}));");
            return;
        }

        string t = T(model);
        string a = A(model);
        w.Line($"int size = (int)({SpatialProduct(x => x.Name)});");
        string divisor = model.DivisorOverride > 0 ? Int(model.DivisorOverride) : "size";
        string finishArgs = NeedsDivisor(model) ? $", {divisor}" : string.Empty;
        if (!ChannelsLast(model))
        {
            using (w.Block("for (int plane = 0; plane < batch * channels; plane++)"))
            {
                w.Line($"ref {t} input = ref Unsafe.Add(ref source, (nint)plane * size);");
                if (plan.IndexCountsPlanes)
                {
                    w.Line($"{a} value = Reduce(ref input, size, 1, out {model.IndicesType} best);");
                    w.Line($"Unsafe.Add(ref indices, plane) = ({model.IndicesType})({GlobalIndex(model, axes, "(planeBase + plane) * size")});");
                }
                else if (model.IndicesName is not null)
                {
                    w.Line($"{a} value = Reduce(ref input, size, 1, out Unsafe.Add(ref indices, plane));");
                }
                else
                {
                    w.Line($"{a} value = {(vector && model.Kind is PoolKindModel.Average or PoolKindModel.Lp ? "ReduceContiguous" : "Reduce")}(ref input, size{(vector && model.Kind is PoolKindModel.Average or PoolKindModel.Lp ? string.Empty : ", 1")});");
                }

                w.Line($"Unsafe.Add(ref destination, plane) = Finish(value{finishArgs});");
            }

            return;
        }

        using (w.Block("for (int n = 0; n < batch; n++)"))
        {
            w.Line($"ref {t} input = ref Unsafe.Add(ref source, (nint)n * size * channels);");
            w.Line($"ref {t} output = ref Unsafe.Add(ref destination, (nint)n * channels);");
            w.Line("int c = 0;");
            if (vector)
            {
                if (NeedsDivisor(model))
                {
                    w.Line($"{a} divisor = {divisor};");
                }

                bool first = true;
                foreach (int bits in plan.VectorWidths)
                {
                    string vectorName = "Vector" + bits;
                    string type = $"{vectorName}<{a}>";
                    using (w.Block($"{(first ? string.Empty : "else ")}if ({vectorName}.IsHardwareAccelerated && channels >= {type}.Count)"))
                    {
                        string div = NeedsDivisor(model) ? $", {vectorName}.Create(divisor)" : string.Empty;
                        EmitChannelVectors(w, type, $"{vectorName}.StoreUnsafe(Finish{bits}(Strided{bits}(ref Unsafe.Add(ref input, c), size, channels){div}), ref output, (nuint)c);", setEnd: true);
                    }

                    first = false;
                }

                w.Line();
            }

            using (w.Block("for (; c < channels; c++)"))
            {
                if (plan.IndexCountsPlanes)
                {
                    w.Line($"Unsafe.Add(ref output, c) = Finish(Reduce(ref Unsafe.Add(ref input, c), size, channels, out {model.IndicesType} best){finishArgs});");
                    w.Line($"Unsafe.Add(ref indices, (nint)n * channels + c) = ({model.IndicesType})({GlobalIndex(model, axes, "(planeBase + (nint)n * channels + c) * size")});");
                }
                else
                {
                    w.Line(model.IndicesName is not null
                        ? $"Unsafe.Add(ref output, c) = Finish(Reduce(ref Unsafe.Add(ref input, c), size, channels, out Unsafe.Add(ref indices, (nint)n * channels + c)){finishArgs});"
                        : $"Unsafe.Add(ref output, c) = Finish(Reduce(ref Unsafe.Add(ref input, c), size, channels){finishArgs});");
                }
            }
        }
    }

    /// <summary>A global window's index in the spec's order, from Reduce's row-major offset 'best' in the plane at <paramref name="origin"/>.</summary>
    private static string GlobalIndex(PoolSpec model, List<AxisPlan> axes, string origin) =>
        IndexOrderText.EncodeOffset(model.IndexOrder, "best", axes.Select(x => x.Name).ToList(), origin);

    /// <summary>The call of Window up to its index argument; <paramref name="origin"/> is the plane's first index in a tensor order (<see cref="KernelPlan.IndexCountsPlanes"/>).</summary>
    private string WindowCall(PoolSpec model, List<AxisPlan> axes, string input, string step, string origin)
    {
        var arguments = new List<string> { "ref " + input, step };
        arguments.AddRange(WindowDimensions(model, axes));
        arguments.AddRange(axes.Select(a => "o" + a.Letter));
        if (plan.IndexCountsPlanes)
        {
            arguments.Add(origin);
        }

        return $"Window({string.Join(", ", arguments)}";
    }

    /// <summary>output[at] = Window(...) (and indices[indexAt] through the out argument).</summary>
    private string Store(PoolSpec model, string output, string at, string windowCall, string? indexAt)
    {
        string index = model.IndicesName is null ? string.Empty : $", out Unsafe.Add(ref index, {indexAt ?? at})";
        return $"Unsafe.Add(ref {output}, {at}) = {windowCall}{index});";
    }

    /// <summary>The sizes and paddings the scalar window needs that are not constants.</summary>
    private IEnumerable<string> WindowDimensions(PoolSpec model, List<AxisPlan> axes)
    {
        foreach (AxisPlan axis in axes.Where(a => a.FixedInput == 0))
        {
            yield return axis.Name;
        }

        foreach (AxisPlan axis in axes.Where(a => a.RuntimePad))
        {
            yield return axis.Pad;
            yield return axis.PadEnd;
        }
    }

    /// <summary>
    /// One output from its window: the taps inside the input in row-major order, then the divisor, power, clamp and
    /// conversion. The scalar path for every output the vector code does not cover.
    /// </summary>
    private void EmitWindow(CodeWriter w, PoolSpec model, List<AxisPlan> axes)
    {
        if (model.Global)
        {
            if (!model.IsQuantizedAverage)
            {
                EmitReduce(w, model);
            }

            return;
        }

        string t = T(model);
        string a = A(model);
        var parameters = new List<string> { $"ref {t} input", "nint step" };
        parameters.AddRange(WindowDimensions(model, axes).Select(d => "int " + d));
        parameters.AddRange(axes.Select(x => "int o" + x.Letter));
        if (plan.IndexCountsPlanes)
        {
            parameters.Add("nint origin");
        }

        if (model.IndicesName is not null)
        {
            parameters.Add($"out {model.IndicesType} index");
        }

        w.Line("// One output from the taps of its window inside the input, in row-major order; step is 1, or the channel count");
        w.Line("// when channels are last.");
        using (w.Block($"private static {t} Window({string.Join(", ", parameters)})"))
        {
            foreach (AxisPlan axis in axes.Where(x => x.FixedInput > 0))
            {
                w.Line($"const int {axis.Name} = {axis.FixedInput};");
            }

            foreach (AxisPlan axis in axes)
            {
                EmitRange(w, model, axis, NeedsPaddedCount(model));
            }

            w.Line($"{a} value = {Init(model)};");
            if (model.IndicesName is not null)
            {
                // PyTorch starts from the first tap's position (the first inside the input on every axis).
                w.Line($"nint best = {TapIndex(model, axes, x => $"{x.Letter}0 + {Scaled(x.Axis.Dilation, x.Letter + "First")}", null)};");
            }

            var scopes = new List<CodeWriter.Scope>();
            foreach (AxisPlan axis in axes)
            {
                string l = axis.Letter;
                scopes.Add(w.Block($"for (int j{l} = {l}First; j{l} < {l}End; j{l}++)"));
            }

            w.Line($"nint at = {FlatIndex(axes, x => $"{x.Letter}0 + {Scaled(x.Axis.Dilation, "j" + x.Letter)}")};");
            string load = a == t ? "Unsafe.Add(ref input, at * step)" : $"({a})Unsafe.Add(ref input, at * step)";
            if (model.IndicesName is not null)
            {
                w.Line($"{a} tap = {load};");
                string better = ReductionSteps.Replaces(model, "tap", "value");
                using (w.Block(model.ElementType.IsFloatingPoint ? $"if ({better} || {a}.IsNaN(tap))" : $"if ({better})"))
                {
                    w.Line("value = tap;");
                    w.Line($"best = {TapIndex(model, axes, x => $"{x.Letter}0 + {Scaled(x.Axis.Dilation, "j" + x.Letter)}", "at")};");
                }
            }
            else
            {
                w.Line($"value = {Step(model, "value", load)};");
            }

            for (int i = scopes.Count - 1; i >= 0; i--)
            {
                scopes[i].Dispose();
            }

            w.Line();
            if (model.IndicesName is not null)
            {
                w.Line($"index = ({model.IndicesType})best;");
            }

            w.Line(NeedsDivisor(model) ? $"return Finish(value, {Divisor(model, axes)});" : "return Finish(value);");
        }
    }

    /// <summary>
    /// The index the kernel writes for the tap at <paramref name="position"/> (per axis) of the plane starting at the
    /// local 'origin', in the spec's order (<see cref="IndexOrderText.Encode"/>); <paramref name="rowMajor"/> names its
    /// row-major offset when the caller has it in a local.
    /// </summary>
    private string TapIndex(PoolSpec model, List<AxisPlan> axes, System.Func<AxisPlan, string> position, string? rowMajor) =>
        IndexOrderText.Encode(model.IndexOrder, rowMajor ?? FlatIndex(axes, position), axes.Select(position).ToList(), axes.Select(x => x.Name).ToList(), "origin");

    private string FlatIndex(List<AxisPlan> axes, System.Func<AxisPlan, string> position) => axes.Count switch
    {
        1 => $"(nint)({position(axes[0])})",
        2 => $"(nint)({position(axes[0])}) * width + {position(axes[1])}",
        _ => $"((nint)({position(axes[0])}) * height + {position(axes[1])}) * width + {position(axes[2])}",
    };

    /// <summary>Global windows: the reduction over size elements step apart (and its vector forms).</summary>
    private void EmitReduce(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        string a = A(model);
        string indexOut = model.IndicesName is null ? string.Empty : $", out {model.IndicesType} index";
        w.Line("// The reduction of size elements, step apart, in order.");
        using (w.Block($"private static {a} Reduce(ref {t} input, int size, int step{indexOut})"))
        {
            w.Line($"{a} value = {Init(model)};");
            if (model.IndicesName is not null)
            {
                w.Line("int best = 0;");
            }

            using (w.Block("for (int i = 0; i < size; i++)"))
            {
                string load = a == t ? "Unsafe.Add(ref input, (nint)i * step)" : $"({a})Unsafe.Add(ref input, (nint)i * step)";
                if (model.IndicesName is not null)
                {
                    w.Line($"{a} tap = {load};");
                    string better = ReductionSteps.Replaces(model, "tap", "value");
                    using (w.Block(model.ElementType.IsFloatingPoint ? $"if ({better} || {a}.IsNaN(tap))" : $"if ({better})"))
                    {
                        w.Line("value = tap;");
                        w.Line("best = i;");
                    }
                }
                else
                {
                    w.Line($"value = {Step(model, "value", load)};");
                }
            }

            w.Line();
            if (model.IndicesName is not null)
            {
                w.Line("index = best;");
            }

            w.Line("return value;");
        }

        if (plan.Vectorized && !ChannelsLast(model) && model.Kind is PoolKindModel.Average or PoolKindModel.Lp)
        {
            w.Line();
            w.Line("// A contiguous plane summed with two vector accumulators from +0, then the rest: another order of additions than");
            w.Line("// the scalar sum, so the last bits can differ (docs/semantics.md).");
            using (w.Block($"private static {a} ReduceContiguous(ref {t} input, int size)"))
            {
                w.Line($"{a} sum = 0;");
                w.Line("int i = 0;");
                // 256 bits at most, whatever the plan's widths: the sum's order (and so its last bits) is then the same on
                // every machine with AVX.
                foreach (int bits in new[] { 256, 128 })
                {
                    string vector = "Vector" + bits;
                    string type = $"{vector}<{a}>";
                    using (w.Block($"if ({vector}.IsHardwareAccelerated && size - i >= 2 * {type}.Count)"))
                    {
                        w.Line($"{type} first = {type}.Zero, second = {type}.Zero;");
                        using (w.Block($"for (; i <= size - (2 * {type}.Count); i += 2 * {type}.Count)"))
                        {
                            w.Line($"first = {VectorStep(model, bits, "first", $"{vector}.LoadUnsafe(ref input, (nuint)i)")};");
                            w.Line($"second = {VectorStep(model, bits, "second", $"{vector}.LoadUnsafe(ref input, (nuint)(i + {type}.Count))")};");
                        }

                        w.Line();
                        w.Line($"sum += {vector}.Sum(first + second);");
                    }

                    w.Line();
                }

                using (w.Block("for (; i < size; i++)"))
                {
                    w.Line($"sum = {Step(model, "sum", "Unsafe.Add(ref input, i)")};");
                }

                w.Line();
                w.Line("return sum;");
            }
        }
    }
}
