using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Planning;

/// <summary>
/// The shape arithmetic of every spatial axis (rank 1 to 3), worked out at generation time as far as the attribute
/// allows: one plan per axis, read by the prologue every kernel shares and by the traversal emitters.
/// </summary>
internal sealed class ShapePlan
{
    public ShapePlan(KernelPlan kernel)
    {
        Kernel = kernel;
        PoolSpec spec = kernel.Spec;
        Axes = spec.Rank switch
        {
            1 => new[] { new AxisPlan("length", "Length", "l", spec.W, spec.FixedWidth, spec) },
            2 => new[] { new AxisPlan("height", "Height", "h", spec.H, spec.FixedHeight, spec), new AxisPlan("width", "Width", "w", spec.W, spec.FixedWidth, spec) },
            _ => new[]
            {
                new AxisPlan("depth", "Depth", "d", spec.D!, spec.FixedDepth, spec),
                new AxisPlan("height", "Height", "h", spec.H, spec.FixedHeight, spec),
                new AxisPlan("width", "Width", "w", spec.W, spec.FixedWidth, spec),
            },
        };
        IsFixed = Axes.All(a => a.FixedInput > 0);
    }

    /// <summary>The decisions about the kernel this shape belongs to.</summary>
    public KernelPlan Kernel { get; }

    /// <summary>The spatial axes, outermost first.</summary>
    public IReadOnlyList<AxisPlan> Axes { get; }

    /// <summary>The height axis (rank 2 and 3).</summary>
    public AxisPlan H => Axes[Axes.Count - 2];

    /// <summary>The innermost axis (width, or length in 1D).</summary>
    public AxisPlan W => Axes[Axes.Count - 1];

    /// <summary>Every spatial size is fixed by the attribute.</summary>
    public bool IsFixed { get; }

    /// <summary>"height fixed at 8 (output 4), width from the caller."</summary>
    public string Describe()
    {
        string Size(AxisPlan a) => a.FixedInput > 0 ? $"{a.Name} fixed at {a.FixedInput} (output {a.FixedOutput})" : $"{a.Name} from the caller";
        return string.Join(", ", Axes.Select(Size));
    }
}

/// <summary>
/// One spatial axis: its names in the emitted code, the sizes fixed by the attribute, the run-time bounds of its input
/// size (one rule for every kernel), the output size expression, and where the interior windows are.
/// </summary>
internal sealed class AxisPlan
{
    public AxisPlan(string name, string title, string letter, AxisInfo axis, int fixedInput, PoolSpec spec)
    {
        Name = name;
        Title = title;
        Letter = letter;
        Axis = axis;
        CeilMode = spec.CeilMode;
        Global = spec.Global;
        FixedInput = fixedInput;
        RuntimePad = spec.IsSameAutoPad;
        Adaptive = axis.IsAdaptive;
        MinimumInput = Global || RuntimePad || Adaptive ? 1 : PoolMath.MinimumInput(axis.Kernel, axis.Stride, axis.Padding, axis.PaddingEnd, axis.Dilation, CeilMode);

        // The one size cap: every window coordinate (start + effective, size + padding at either end, the numerator of
        // the output size) stays inside int. A span long enough to pass it exists only over native memory.
        // Adaptive: the window bounds are worked out in long (i * n), and never pass n.
        MaximumInput = Global || Adaptive ? int.MaxValue : int.MaxValue - (2L * ((long)axis.Effective + axis.Padding + axis.PaddingEnd + axis.Stride));

        // out = (n + c) / s + 1 with c = pb + pe - effective (+ s - 1 in ceil mode), pb and pe the padding at the
        // beginning and at the end. n >= MinimumInput makes n + c >= 0, so C#'s truncating division is the floor.
        long c = (long)axis.Padding + axis.PaddingEnd - axis.Effective + (CeilMode ? axis.Stride - 1 : 0);
        OutputExpression = axis.Stride == 1 ? Plus(name, c + 1) : c == 0 ? $"{name} / {axis.Stride} + 1" : $"({Plus(name, c)}) / {axis.Stride} + 1";

        // Window o covers [o*s - pb, o*s - pb + effective - 1]; it lies inside the input when
        // o >= ceil(pb / s) and o <= (n - (effective - pb)) / s. The end padding only adds windows past that.
        InteriorStart = (axis.Padding + axis.Stride - 1) / axis.Stride;
        InteriorReach = axis.Effective - axis.Padding;
        FixedOutput = Global ? 1 : Adaptive ? axis.OutputSize : fixedInput == 0 ? 0
            : RuntimePad ? ((fixedInput - 1L) / axis.Stride) + 1
            : PoolMath.OutputSize(fixedInput, axis.Kernel, axis.Stride, axis.Padding, axis.PaddingEnd, axis.Dilation, CeilMode);
        if (fixedInput > 0 && !Global && !RuntimePad && !Adaptive)
        {
            long begin = System.Math.Min(InteriorStart, FixedOutput);
            long end = fixedInput < InteriorReach ? begin : ((fixedInput - InteriorReach) / axis.Stride) + 1;
            FixedInteriorBegin = begin;
            FixedInteriorEnd = System.Math.Max(begin, System.Math.Min(end, FixedOutput));
        }
    }

    /// <summary>The input size's name in the emitted code: length, depth, height or width.</summary>
    public string Name { get; }

    public string Title { get; }

    /// <summary>The letter of the axis's locals: od, d0, dFirst, dEnd...</summary>
    public string Letter { get; }

    public AxisInfo Axis { get; }

    public bool CeilMode { get; }

    /// <summary>The window is the whole axis.</summary>
    public bool Global { get; }

    /// <summary>The input size fixed by the attribute, or 0.</summary>
    public int FixedInput { get; }

    /// <summary>The output size when known at generation time, or 0.</summary>
    public long FixedOutput { get; }

    /// <summary>
    /// Adaptive pooling: the output size is <see cref="AxisInfo.OutputSize"/> (so <see cref="FixedOutput"/>), and window o
    /// covers [floor(o * n / m), ceil((o + 1) * n / m)).
    /// </summary>
    public bool Adaptive { get; }

    /// <summary>
    /// Adaptive, input size fixed and a multiple of the output size: every window has this constant length (n / m) and
    /// starts at o * n / m; else 0.
    /// </summary>
    public int AdaptiveFixedLength => Adaptive && FixedInput > 0 && FixedInput % Axis.OutputSize == 0 ? FixedInput / Axis.OutputSize : 0;

    /// <summary>SAME_UPPER/SAME_LOWER worked out at run time: the padding is a local computed from the input size.</summary>
    public bool RuntimePad { get; }

    /// <summary>The smallest input size with at least one output.</summary>
    public long MinimumInput { get; }

    /// <summary>The largest input size the kernel accepts (see the constructor).</summary>
    public long MaximumInput { get; }

    /// <summary>The output size in C#, from the input size (static padding).</summary>
    public string OutputExpression { get; }

    /// <summary>The output size's name in the emitted code: outHeight...</summary>
    public string Out => "out" + Title;

    public string Pad => RuntimePad ? "pad" + Title : Int(Axis.Padding);

    public string PadEnd => RuntimePad ? "pad" + Title + "End" : Int(Axis.PaddingEnd);

    /// <summary>The first output index whose window starts at or after 0: ceil(padding at the beginning / stride).</summary>
    public long InteriorStart { get; }

    /// <summary>effective - padding at the beginning: the input size a window at offset -padding needs to lie inside.</summary>
    public long InteriorReach { get; }

    public long FixedInteriorBegin { get; }

    public long FixedInteriorEnd { get; }
}
