using System.Linq;
using PoolGen.Generator.Model;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Planning;

/// <summary>The shape arithmetic of both axes, worked out at generation time as far as the attribute allows.</summary>
internal sealed class ShapePlan
{
    public ShapePlan(KernelPlan kernel)
    {
        Kernel = kernel;
        PoolSpec model = kernel.Spec;
        H = new AxisPlan("height", "Height", model.H, model.FixedHeight, model.CeilMode);
        W = new AxisPlan("width", "Width", model.W, model.FixedWidth, model.CeilMode);
        IsFixed = H.FixedInput > 0 && W.FixedInput > 0;
        string planes = model.DimensionParameters.Contains(Dimension.Batch) ? "batch*" : string.Empty;
        planes += model.DimensionParameters.Contains(Dimension.Channels) ? "channels*" : model.FixedChannels > 1 ? $"{model.FixedChannels}*" : string.Empty;
        InputProduct = planes + "height*width";
        OutputProduct = planes + "outHeight*outWidth";
        OutputComment = $"Output size: outHeight = {H.OutputFormula}, outWidth = {W.OutputFormula}, constants folded.";
    }

    /// <summary>The decisions about the kernel this shape belongs to.</summary>
    public KernelPlan Kernel { get; }

    public AxisPlan H { get; }

    public AxisPlan W { get; }

    public bool IsFixed { get; }

    public string InputProduct { get; }

    public string OutputProduct { get; }

    public string OutputComment { get; }

    public string Describe()
    {
        string Size(AxisPlan a) => a.FixedInput > 0 ? $"{a.Name} fixed at {a.FixedInput} (output {a.FixedOutput})" : $"{a.Name} from the caller";
        return $"Shape: {Size(H)}, {Size(W)}.";
    }
}

/// <summary>One spatial axis: input bounds, the output size expression, and where the interior windows are.</summary>
internal sealed class AxisPlan
{
    public AxisPlan(string name, string title, AxisInfo axis, int fixedInput, bool ceilMode)
    {
        Name = name;
        Title = title;
        Axis = axis;
        CeilMode = ceilMode;
        FixedInput = fixedInput;
        MinimumInput = PoolMath.MinimumInput(axis.Kernel, axis.Stride, axis.Padding, axis.PaddingEnd, axis.Dilation, ceilMode);

        // out = (n + c) / s + 1 with c = pb + pe - effective (+ s - 1 in ceil mode), pb and pe the padding at the
        // beginning and at the end (both p unless Pads says otherwise). n >= MinimumInput makes n + c >= 0, so C#'s
        // truncating division is the floor. Cap n so that n + c and the result fit an int.
        long c = (long)axis.Padding + axis.PaddingEnd - axis.Effective + (ceilMode ? axis.Stride - 1 : 0);
        // The cap also keeps every window coordinate (start + effective, size + padding) inside int.
        MaximumInput = int.MaxValue - System.Math.Max(c, 0) - axis.Effective - System.Math.Max(axis.Padding, axis.PaddingEnd) - axis.Stride;
        OutputExpression = axis.Stride == 1 ? Plus(name, c + 1) : $"({Plus(name, c)}) / {axis.Stride} + 1";
        if (axis.Stride != 1 && c == 0)
        {
            OutputExpression = $"{name} / {axis.Stride} + 1";
        }

        OutputFormula = $"{(ceilMode ? "ceil" : "floor")}(({Plus(name, (long)axis.Padding + axis.PaddingEnd)} - {axis.Effective}) / {axis.Stride}) + 1";

        // Window o covers [o*s - pb, o*s - pb + effective - 1]; it lies inside the input when
        // o >= ceil(pb / s) and o <= (n - (effective - pb)) / s. The end padding only adds windows past that.
        InteriorStart = (axis.Padding + axis.Stride - 1) / axis.Stride;
        InteriorReach = axis.Effective - axis.Padding;
        if (fixedInput > 0)
        {
            FixedOutput = PoolMath.OutputSize(fixedInput, axis.Kernel, axis.Stride, axis.Padding, axis.PaddingEnd, axis.Dilation, ceilMode);
            long begin = System.Math.Min(InteriorStart, FixedOutput);
            long end = fixedInput < InteriorReach ? begin : ((fixedInput - InteriorReach) / axis.Stride) + 1;
            FixedInteriorBegin = begin;
            FixedInteriorEnd = System.Math.Max(begin, System.Math.Min(end, FixedOutput));
        }
    }

    public string Name { get; }

    public string Title { get; }

    public AxisInfo Axis { get; }

    public bool CeilMode { get; }

    public int FixedInput { get; }

    public long FixedOutput { get; }

    public long MinimumInput { get; }

    public long MaximumInput { get; }

    public string OutputExpression { get; }

    public string OutputFormula { get; }

    /// <summary>The first output index whose window starts at or after 0: ceil(padding at the beginning / stride).</summary>
    public long InteriorStart { get; }

    /// <summary>effective - padding at the beginning: the input size a window at offset -padding needs to lie inside.</summary>
    public long InteriorReach { get; }

    public long FixedInteriorBegin { get; }

    public long FixedInteriorEnd { get; }
}
