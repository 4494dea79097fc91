using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// The N-D kernel (every traversal but the row kernel's): 1D, 2D or 3D, channels first or last, explicit (asymmetric) or automatic padding, argmax
/// indices, global windows, max/min/average/Lp, an output clamp, and Half. Window sizes, strides, dilations and
/// static paddings are constants of the emitted code; the spatial sizes are constants when the attribute fixes them.
/// </summary>
/// <remarks>
/// Vectors run over the channels when they are last (XNNPACK's layout: every window tap is a contiguous run of
/// channels), and over the output's last axis when channels come first and its stride is 1 (each tap is then a
/// contiguous run of inputs). Each output lane reduces its taps in the same order as the scalar code, so max, min,
/// average and Lp give the same bits on both paths. What has no vector form (indices, Half, Lp with P above 2,
/// channels-first strides above 1, the last few channels or columns) runs the scalar window.
/// </remarks>
internal sealed partial class NdKernelEmitter
{
    /// <summary>One spatial axis as the emitted code names it.</summary>
    private sealed class Axis
    {
        public Axis(string name, string title, string letter, AxisInfo info, int fixedInput, PoolSpec model)
        {
            Name = name;
            Title = title;
            Letter = letter;
            Info = info;
            Fixed = fixedInput;
            RuntimePad = model.IsSameAutoPad;

            FixedOut = model.Global ? 1 : Fixed > 0 && !RuntimePad
                ? PoolMath.OutputSize(Fixed, info.Kernel, info.Stride, info.Padding, info.PaddingEnd, info.Dilation, model.CeilMode)
                : 0;
        }

        public string Name { get; }

        public string Title { get; }

        /// <summary>The letter of the axis's locals: od, d0, dFirst, dEnd...</summary>
        public string Letter { get; }

        public AxisInfo Info { get; }

        /// <summary>The input size fixed by the attribute, or 0.</summary>
        public int Fixed { get; }

        /// <summary>The output size when known at generation time, or 0.</summary>
        public long FixedOut { get; }

        /// <summary>SAME_UPPER/SAME_LOWER: the padding is a local computed from the input size.</summary>
        public bool RuntimePad { get; }

        public string Out => "out" + Title;

        public string Pad => RuntimePad ? "pad" + Title : Int(Info.Padding);

        public string PadEnd => RuntimePad ? "pad" + Title + "End" : Int(Info.PaddingEnd);
    }

    private List<Axis> Axes(PoolSpec model) => model.Rank switch
    {
        1 => new List<Axis> { new("length", "Length", "l", model.W, model.FixedWidth, model) },
        2 => new List<Axis> { new("height", "Height", "h", model.H, model.FixedHeight, model), new("width", "Width", "w", model.W, model.FixedWidth, model) },
        _ => new List<Axis>
        {
            new("depth", "Depth", "d", model.D!, model.FixedDepth, model),
            new("height", "Height", "h", model.H, model.FixedHeight, model),
            new("width", "Width", "w", model.W, model.FixedWidth, model),
        },
    };

    private bool ChannelsLast(PoolSpec model) => model.Layout == LayoutModel.Nhwc;

    /// <summary>The decisions this emitter prints; made by <see cref="KernelPlanner"/>.</summary>
    private readonly KernelPlan plan;

    public NdKernelEmitter(KernelPlan plan) => this.plan = plan;

    /// <summary>The separable buffer's limit, in elements: it is on the stack.</summary>
    private const int SeparableLimit = 16384;

    public void EmitKernelClass(CodeWriter w)
    {
        PoolSpec model = plan.Spec;
        List<Axis> axes = Axes(model);
        bool vector = plan.Vectorized;
        using (w.Block("namespace " + KernelNamespace))
        {
            w.Line("using System;");
            w.Line("using System.CodeDom.Compiler;");
            w.Line("using System.Runtime.CompilerServices;");
            w.Line("using System.Runtime.InteropServices;");
            if (vector)
            {
                w.Line("using System.Runtime.Intrinsics;");
                if (model.ElementType.IsFloatingPoint && model.Kind is PoolKindModel.Max or PoolKindModel.Min)
                {
                    w.Line("using System.Runtime.Intrinsics.X86;");
                }
            }

            w.Line();
            EmitRemarks(w, model, axes, vector);
            w.Line($"[GeneratedCode(\"PoolGen\", \"{GeneratorVersion}\")]");
            using (w.Block($"file static class {KernelClassName(model)}"))
            {
                EmitRun(w, model, axes);
                w.Line();
                if (plan.Parallel)
                {
                    EmitRunParallel(w, model, axes);
                    w.Line();
                }

                EmitKernel(w, model, axes, vector);
                w.Line();
                EmitWindow(w, model, axes);
                if (plan.Traversal == Traversal.SeparablePasses)
                {
                    EmitSeparable(w, model, axes);
                }

                EmitScalarHelpers(w, model);
                if (vector)
                {
                    foreach (int bits in new[] { 256, 128 })
                    {
                        EmitVectorHelpers(w, model, bits);
                    }
                }

                w.Line();
                w.Line("// Saturates at 2^31: every count that reaches it is already longer than any span.");
                w.Line("private static long Times(long count, int size) => Math.Min(count, 1L << 31) * size;");
                w.Line();
                using (w.Block("private static void ThrowTooShort(string name, int length, long required, string product)"))
                {
                    w.Line("throw new ArgumentException(");
                    w.Line("    $\"{name} holds {length} elements, fewer than the {(required > int.MaxValue ? \"more than int.MaxValue\" : required.ToString())} of {product}.\", name);");
                }
            }
        }
    }

    private string T(PoolSpec model) => model.ElementType.Keyword;

    private string A(PoolSpec model) => model.ElementType.Accumulator;

    private void EmitRemarks(CodeWriter w, PoolSpec model, List<Axis> axes, bool vector)
    {
        string kind = model.Kind switch
        {
            PoolKindModel.Average => "Average",
            PoolKindModel.Lp => $"L{model.P}",
            PoolKindModel.Min => "Min",
            _ => "Max",
        };
        string layout = (model.Rank, ChannelsLast(model)) switch
        {
            (1, false) => "NCL",
            (1, true) => "NLC",
            (2, false) => "NCHW",
            (2, true) => "NHWC",
            (_, false) => "NCDHW",
            _ => "NDHWC",
        };
        string Join(System.Func<AxisInfo, string> f) => string.Join("x", axes.Select(a => f(a.Info)));
        w.Line($"/// <summary>The kernel of {QualifiedName(model).Replace("<", "{").Replace(">", "}")}.</summary>");
        w.Line("/// <remarks>");
        if (model.Global)
        {
            w.Line($"/// <para>Global {kind.ToLowerInvariant()} pooling of {T(model)} in {layout} layout: one output per channel, the window the whole input.</para>");
        }
        else
        {
            string padding = model.AutoPad switch
            {
                AutoPadModel.SameUpper => "SAME_UPPER padding (from the input size at run time, an odd extra at the end)",
                AutoPadModel.SameLower => "SAME_LOWER padding (from the input size at run time, an odd extra at the beginning)",
                _ => axes.All(a => a.Info.IsSymmetric)
                    ? $"padding {Join(a => Int(a.Padding))}"
                    : $"padding {Join(a => Int(a.Padding))} before and {Join(a => Int(a.PaddingEnd))} after",
            };
            w.Line($"/// <para>{kind} pooling of {T(model)} in {layout} layout over a {Join(a => Int(a.Kernel))}{(axes.Count == 1 ? "-tap" : string.Empty)} window, stride {Join(a => Int(a.Stride))},");
            w.Line($"/// {padding}, dilation {Join(a => Int(a.Dilation))}, {(model.CeilMode ? "ceil" : "floor")} mode.</para>");
        }

        var notes = new List<string>();
        if (model.ElementType.IsHalf)
        {
            notes.Add("Half values are reduced in float and rounded once at the end.");
        }

        if (model.Kind == PoolKindModel.Average)
        {
            notes.Add(model.DivisorOverride > 0
                ? $"The sum of the taps inside the input is divided by {model.DivisorOverride} (DivisorOverride)."
                : model.Global
                ? "The sum of the plane is divided by its size."
                : model.CountIncludePad
                ? "The sum of the taps inside the input is divided by the number of taps inside the padded input."
                : "The sum of the taps inside the input is divided by their number.");
        }
        else if (model.Kind == PoolKindModel.Lp)
        {
            notes.Add($"(sum of |tap|^{model.P})^(1/{model.P}) over the taps inside the input (padding counts as zero), as ONNX LpPool.");
        }
        else
        {
            string better = model.Kind == PoolKindModel.Max ? "larger" : "smaller";
            notes.Add(model.ElementType.IsFloatingPoint
                ? $"A tap replaces the running {kind.ToLowerInvariant()} when it is {better} or NaN: NaN propagates, ties keep the first."
                : $"A tap replaces the running {kind.ToLowerInvariant()} when it is {better}: ties keep the first.");
        }

        if (model.IndicesName is not null)
        {
            notes.Add("indices receives the flat index of the chosen tap within its (batch, channel) plane, as PyTorch's return_indices.");
        }

        if (model.ClampMin is not null || model.ClampMax is not null)
        {
            notes.Add($"Every output is clamped to [{model.ClampMin ?? "-inf"}, {model.ClampMax ?? "+inf"}]; NaN stays NaN.");
        }

        notes.Add(vector
            ? ChannelsLast(model) ? "Vectors run over the channels." : model.Global ? "Vectors sum each plane." : "Vectors run over the output's last axis inside the input."
            : "Scalar code: " + (plan.ScalarReason == KernelPlanner.NotVectorizedByOption ? "PoolGenVectorize is false." :
                model.IndicesName is not null ? "indices have no vector form yet." :
                model.ElementType.IsHalf ? "Half has no vector form yet." :
                model.Kind == PoolKindModel.Lp ? $"P = {model.P} needs a power function per tap." :
                model.Global ? "a plane's max or min is kept in order, tap by tap." :
                "a channels-first stride above 1 has no vector form yet."));
        w.Line("/// <para>" + string.Join(" ", notes) + " See PoolGen's docs/semantics.md.</para>");
        w.Line("/// </remarks>");
    }
}
