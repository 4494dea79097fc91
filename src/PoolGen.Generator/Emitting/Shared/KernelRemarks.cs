using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// The doc comment on every kernel class: what was specialized (kind, element type, layout, window, padding, sizes),
/// the rules the kernel keeps (NaN, ties, divisor, indices, clamps), and what the planner chose (traversal, vectors, or
/// why the code stays scalar).
/// </summary>
internal static class KernelRemarks
{
    public static void Emit(CodeWriter w, ShapePlan shape)
    {
        KernelPlan plan = shape.Kernel;
        PoolSpec spec = plan.Spec;
        string t = spec.ElementType.Keyword;
        string kind = spec.Kind switch
        {
            PoolKindModel.Average => "Average",
            PoolKindModel.Lp => $"L{spec.P}",
            PoolKindModel.Min => "Min",
            _ => "Max",
        };
        string Join(System.Func<AxisInfo, string> f) => string.Join("x", shape.Axes.Select(a => f(a.Axis)));
        w.Line($"/// <summary>The kernel of {QualifiedName(spec).Replace("<", "{").Replace(">", "}")}.</summary>");
        w.Line("/// <remarks>");
        if (spec.Operation != PoolOperation.Forward)
        {
            // "The backward pass of max pooling of float ...", "Max unpooling, the inverse of max pooling of float ...".
            w.Line(spec.Operation == PoolOperation.Backward
                ? $"/// <para>The backward pass (the gradient with respect to the input) of the pooling below; the int dimensions are the forward input's.</para>"
                : $"/// <para>Max unpooling, the inverse of the max pooling below: the int dimensions are the unpooled output's, the pooled input's follow from the window.</para>");
        }

        if (spec.Global)
        {
            string from = spec.GlobalFromOutputSize ? " (OutputSize = 1 on every axis: adaptive pooling to one output is global pooling)" : string.Empty;
            w.Line($"/// <para>Global {kind.ToLowerInvariant()} pooling of {t} in {LayoutName(spec)} layout: one output per channel, the window the whole input{from}.</para>");
        }
        else if (spec.Adaptive)
        {
            w.Line($"/// <para>Adaptive {kind.ToLowerInvariant()} pooling of {t} in {LayoutName(spec)} layout to {string.Join("x", shape.Axes.Select(a => Int(a.Axis.OutputSize)))} outputs: window o of an axis of n inputs and m");
            w.Line($"/// outputs covers [floor(o*n/m), ceil((o+1)*n/m)); {shape.Describe()}.</para>");
        }
        else
        {
            string padding = spec.AutoPad switch
            {
                AutoPadModel.SameUpper => "SAME_UPPER padding (from the input size at run time, an odd extra at the end)",
                AutoPadModel.SameLower => "SAME_LOWER padding (from the input size at run time, an odd extra at the beginning)",
                _ => shape.Axes.All(a => a.Axis.IsSymmetric)
                    ? $"padding {Join(a => Int(a.Padding))}"
                    : $"padding {Join(a => Int(a.Padding))} before and {Join(a => Int(a.PaddingEnd))} after",
            };
            if (spec.FoldedAutoPad != AutoPadModel.NotSet)
            {
                padding += $" (AutoPad = {spec.FoldedAutoPad}, worked out at generation time: stride 1 or a fixed size on each axis)";
            }

            w.Line($"/// <para>{kind} pooling of {t} in {LayoutName(spec)} layout over a {Join(a => Int(a.Kernel))}{(shape.Axes.Count == 1 ? "-tap" : string.Empty)} window,");
            w.Line($"/// stride {Join(a => Int(a.Stride))}, {padding}, dilation {Join(a => Int(a.Dilation))}, {(spec.CeilMode ? "ceil" : "floor")} mode; {shape.Describe()}.</para>");
        }

        w.Line("/// <para>" + string.Join(" ", Rules(spec, plan.Requantization, plan.QuantizedFallback != GlobalFallback.None)) + " See PoolGen's docs/semantics.md.</para>");
        w.Line($"/// <para>{Traversal(shape)}</para>");
        w.Line("/// </remarks>");
    }

    /// <summary>NCHW, NDHWC...: the layout of the spans.</summary>
    public static string LayoutName(PoolSpec spec) => (spec.Rank, spec.Layout == LayoutModel.Nhwc) switch
    {
        (1, false) => "NCL",
        (1, true) => "NLC",
        (2, false) => "NCHW",
        (2, true) => "NHWC",
        (_, false) => "NCDHW",
        _ => "NDHWC",
    };

    private static IEnumerable<string> Rules(PoolSpec spec, OutputRequantization? requantization, bool fallsBackToGlobal)
    {
        if (spec.ElementType.IsHalf)
        {
            yield return "Half values are reduced in float and rounded once at the end.";
        }

        if (spec.Operation != PoolOperation.Forward)
        {
            foreach (string rule in OperationRules(spec))
            {
                yield return rule;
            }

            yield break;
        }

        switch (spec.Kind)
        {
            case PoolKindModel.Average when spec.IsQuantizedAverage:
                break;
            case PoolKindModel.Average:
                yield return spec.Adaptive
                    ? spec.Rank == 1
                        ? "The sum of the window's taps, in order, is divided by the window's length."
                        : "The sum of the window's taps, in row-major order, is divided by the window's length on each axis in turn, outermost first, as libtorch does."
                    : spec.DivisorOverride > 0
                    ? $"The sum of the taps inside the input, in row-major order, is divided by {spec.DivisorOverride} (DivisorOverride)."
                    : spec.Global
                    ? "The sum of the plane is divided by its size."
                    : spec.CountIncludePad
                    ? "The sum of the taps inside the input, in row-major order, is divided by the number of taps inside the padded input."
                    : "The sum of the taps inside the input, in row-major order, is divided by their number.";
                break;
            case PoolKindModel.Lp:
                yield return $"(sum of |tap|^{spec.P})^(1/{spec.P}) over the taps inside the input (padding counts as zero), as ONNX LpPool.";
                break;
            default:
                string name = spec.Kind == PoolKindModel.Max ? "max" : "min";
                string better = spec.Kind == PoolKindModel.Max ? "larger" : "smaller";
                yield return spec.ElementType.IsFloatingPoint
                    ? $"A tap replaces the running {name} when it is {better} or NaN: NaN propagates, ties keep the first."
                    : $"A tap replaces the running {name} when it is {better}: ties keep the first.";
                if (!spec.Global && !spec.Adaptive) // Adaptive windows are never empty.
                {
                    string empty = spec.ElementType.IsFloatingPoint
                        ? (spec.Kind == PoolKindModel.Max ? "negative" : "positive") + " infinity"
                        : $"{t(spec)}.{(spec.Kind == PoolKindModel.Max ? "MinValue" : "MaxValue")}";
                    yield return $"A window with no tap inside the input gives {empty}.";
                }

                break;
        }

        if (spec.Quantization is { } q)
        {
            string F(float value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            yield return $"Quantized {t(spec)}: a stored q means InputScale * (q - InputZeroPoint), InputScale {F(q.InputScale)}, InputZeroPoint {q.InputZeroPoint}; the output OutputScale {F(q.OutputScale)}, OutputZeroPoint {q.OutputZeroPoint}.";
        }

        if (spec.IsQuantizedAverage)
        {
            if (!spec.Global)
            {
                yield return "As ONNX Runtime's QLinearAveragePool, the taps inside the input are dequantized and summed in float in row-major order; the sum is divided in float by " +
                    (spec.CountIncludePad ? "the whole window's tap count (also where it runs past the end padding)"
                        : spec.Adaptive ? "the number of those taps (the product of the window's lengths, one division, not libtorch's one per axis)"
                        : "the number of those taps") +
                    ", then by OutputScale, plus OutputZeroPoint, rounded half to even and saturated.";
            }

            if (spec.Global || fallsBackToGlobal)
            {
                yield return (spec.Global ? "As ONNX Runtime's QLinearGlobalAveragePool" : "A window equal to the unpadded input is computed as ONNX Runtime's QLinearGlobalAveragePool (fallback_to_global)") +
                    ": the integers are summed, (float)(sum - InputZeroPoint*size) * (InputScale / (OutputScale * (float)size)), clamped, rounded half to even, plus OutputZeroPoint.";
            }
        }
        else if (spec.Quantization is not null)
        {
            yield return requantization is null
                ? $"The input and output parameters are equal: the integer {(spec.Kind == PoolKindModel.Min ? "min" : "max")} is the output."
                : $"The integer {(spec.Kind == PoolKindModel.Min ? "min" : "max")} is requantized as ONNX Runtime's QLinearAveragePool requantizes a one-tap window (a table of the 256 values).";
        }

        if (requantization is { ClampMin: not null } or { ClampMax: not null })
        {
            yield return $"Every requantized output is clamped to [{Bound(requantization!.ClampMin, "-inf")}, {Bound(requantization.ClampMax, "+inf")}].";
        }

        if (spec.IndicesName is not null)
        {
            yield return spec.IndexOrder switch
            {
                IndexOrderModel.Tensor => "indices receives the flat row-major index of the chosen tap in the whole logical [N, C, spatial...] tensor, as ONNX MaxPool's Indices with storage_order = 0.",
                IndexOrderModel.TensorColumnMajor => "indices receives (b*C + c) times the plane size plus the column-major position of the chosen tap in its plane, as ONNX Runtime's MaxPool Indices with storage_order = 1.",
                _ => "indices receives the flat index of the chosen tap within its (batch, channel) plane, as PyTorch's return_indices.",
            };
        }

        if (spec.ClampMin is not null || spec.ClampMax is not null)
        {
            yield return $"Every output is clamped to [{Bound(spec.ClampMin, "-inf")}, {Bound(spec.ClampMax, "+inf")}]{(spec.ElementType.IsFloatingPoint ? "; NaN stays NaN" : string.Empty)}.";
        }

        static string t(PoolSpec s) => s.ElementType.Keyword;
        static string Bound(double? value, string none) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? none;
    }

    /// <summary>The rules of a backward pass or an unpooling (docs/semantics.md, "Backward passes and unpooling").</summary>
    private static IEnumerable<string> OperationRules(PoolSpec spec)
    {
        string index = spec.IndexOrder switch
        {
            IndexOrderModel.Tensor => "indices holds, per pooled element, the flat row-major index of an element of its own (batch, channel) plane in the whole logical [N, C, spatial...] tensor, as ONNX MaxPool's Indices with storage_order = 0",
            IndexOrderModel.TensorColumnMajor => "indices holds, per pooled element, (b*C + c) times the plane size plus the column-major position of an element in its own (batch, channel) plane, as ONNX Runtime's MaxPool Indices with storage_order = 1",
            _ => "indices holds, per pooled element, the flat index of an element within its own (batch, channel) plane, as PyTorch's return_indices",
        } + "; one outside the plane is an ArgumentException before anything is written";
        if (spec.Operation == PoolOperation.Unpool)
        {
            yield return "output is cleared to zero, then every input value, in order, is stored at the element its index names (a later value wins, as libtorch's CPU kernel).";
            yield return index + ".";
            yield break;
        }

        if (spec.Scatters)
        {
            yield return "gradInput is cleared to zero, then every gradient, in order, is added to the element its index names (the forward's " + (spec.Kind == PoolKindModel.Min ? "argmin" : "argmax") + ").";
            yield return index + ".";
            yield break;
        }

        string divisor = spec.Adaptive
            ? "the window's length on each axis in turn, outermost first"
            : spec.DivisorOverride > 0 ? $"{spec.DivisorOverride} (DivisorOverride)"
            : spec.Global ? "the plane's size"
            : spec.CountIncludePad ? "the number of its taps inside the padded input" : "the number of its taps inside the input";
        yield return $"gradInput is cleared to zero, then, outputs in row-major order, every gradient is divided by {divisor} (the forward's divisor) and added to the taps of its window inside the input, as libtorch's CPU kernel does.";
    }

    /// <summary>What the planner chose: the traversal and what the vectors run over, or why the code is scalar.</summary>
    private static string Traversal(ShapePlan shape)
    {
        KernelPlan plan = shape.Kernel;
        string walk = plan.Traversal switch
        {
            Planning.Traversal.Rows => "Plane by plane and row by row: border windows clipped by a small loop, interior windows " +
                (plan.UnrollsWindow ? "unrolled with constant offsets" : "looping over their rows") + ".",
            Planning.Traversal.SeparablePasses => "One reduction pass per axis (the last axis as one run over the plane, then the outer axes), which gives the same result as each window's taps in order.",
            Planning.Traversal.ChannelVectors => "Pixel by pixel: every tap is a contiguous run of channels.",
            Planning.Traversal.PickedColumns => "Plane by plane and row by row; the windows of the last axis (their starts and lengths vary) are worked out once per call, as index tables.",
            Planning.Traversal.Global => "One reduction per output over the whole spatial extent.",
            Planning.Traversal.Scatter => "Plane by plane (channels first) or image by image (channels last): cleared, then scattered through the indices.",
            Planning.Traversal.WindowGradients => "Plane by plane (channels first) or image by image (channels last): cleared, then window by window.",
            _ => "Window by window" + (plan.UnrollsWindow ? ", windows wholly inside the input unrolled with constant offsets." : "."),
        };
        if (!plan.Vectorized)
        {
            return walk + " Scalar code: " + plan.ScalarReason + ".";
        }

        string vectors = plan.Traversal switch
        {
            Planning.Traversal.Scatter => "Vectors check the indices; the scatter writes one element at a time.",
            Planning.Traversal.Rows => plan.RowStrips
                ? "Vectors run over the output columns of interior rows, down vertical strips that share window rows."
                : "Vectors run over the output columns of interior rows.",
            Planning.Traversal.ChannelVectors => "Vectors run over the channels.",
            Planning.Traversal.WindowGradients => plan.Spec.Layout == LayoutModel.Nhwc
                ? "Vectors run over the channels."
                : "Output row by output row: the row's quotients first, then per window row and tap of the last axis (the last tap first) one vector run of quotients added to a run of inputs.",
            Planning.Traversal.PickedColumns => "Vectors run over the outputs of a row (AVX2): each lane is one output, adding its taps in the scalar order, each tap of the last axis picked from two loads of the input row by the tables (VPERMT2PS, or two VPERMPS and a blend); a lane whose window is shorter picks the reduction's identity. Without AVX2, or when a group of outputs spans more than two vectors of input, the scalar loops run.",
            Planning.Traversal.Global => plan.Spec.Layout == LayoutModel.Nhwc ? "Vectors run over the channels." : "Vectors sum each plane.",
            _ => "Vectors run over the output's last axis inside the input.",
        };
        string plain = plan.Spec.Kind == PoolKindModel.Min ? "MINPS/MINPD" : "MAXPS/MAXPD";
        string nan = plan.Nan switch
        {
            NanRule.ScanPlane => $" A vector scan of each plane looks for NaN first; without one, taps use the plain {plain}.",
            NanRule.CheckedRows => $" Rows run with the plain {plain} while an unordered compare watches for NaN; a row that met one is done again with the exact step.",
            _ => string.Empty,
        };
        string pairs = plan.PairsLastAxis
            ? " When the last axis's input is exactly twice its output (checked per call), every window of it is 2 long: its taps are split into even and odd elements by in-lane shuffles (cheaper than the permutes, no tables), added in the same order, and the lanes put back in order by one VPERMPD; with no tables to keep in registers, that body runs plane by plane, each plane's rows read once while in the cache."
            : string.Empty;
        string sums = plan.SumsPlanes ? " A window that covers the whole plane is summed as one contiguous run, a vector's count of planes at once with AVX (one accumulator per plane, their lanes added as trees by VHADDPS)." : string.Empty;
        string no512 = plan.NoVector512Reason is { } reason ? $" No 512-bit vectors: {reason}." : string.Empty;
        return $"{walk} {vectors}{nan}{pairs}{sums} Widths: {string.Join(", ", plan.VectorWidths.Select(b => Int(b)))} bits, each where the JIT reports it accelerated.{no512}";
    }
}
