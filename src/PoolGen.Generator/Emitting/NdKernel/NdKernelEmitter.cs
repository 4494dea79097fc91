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
    /// <summary>The decisions this emitter prints; made by <see cref="KernelPlanner"/>.</summary>
    private readonly KernelPlan plan;

    /// <summary>The shape arithmetic of the spatial axes.</summary>
    private readonly ShapePlan shape;

    /// <summary>The spatial axes, outermost first.</summary>
    private readonly List<AxisPlan> axes;

    public NdKernelEmitter(ShapePlan shape)
    {
        plan = shape.Kernel;
        this.shape = shape;
        axes = shape.Axes.ToList();
    }

    private bool ChannelsLast(PoolSpec model) => model.Layout == LayoutModel.Nhwc;

    /// <summary>The separable buffer's limit, in elements: it is on the stack.</summary>
    private const int SeparableLimit = 16384;

    /// <summary>Kernel, the window or separable helpers it calls, and the reduction helpers.</summary>
    public void EmitKernel(CodeWriter w)
    {
        PoolSpec model = plan.Spec;
        if (model.Operation != PoolOperation.Forward)
        {
            EmitOperationKernel(w); // Backward passes and unpooling: NdKernelEmitter.Operations.cs.
            return;
        }

        bool vector = plan.Vectorized;
        EmitKernel(w, model, axes, vector);
        if (!(model.Adaptive && !ChannelsLast(model) && !vector))
        {
            w.Line();
            EmitWindow(w, model, axes); // Channels-first adaptive reduces its windows in place.
        }

        if (plan.Traversal == Traversal.SeparablePasses)
        {
            EmitSeparable(w, model, axes);
        }

        EmitScalarHelpers(w, model);
        if (model.IsQuantizedAverage)
        {
            EmitQuantizedHelpers(w, model, vector);
        }
        else if (vector)
        {
            foreach (int bits in plan.VectorWidths)
            {
                EmitVectorHelpers(w, model, bits);
            }
        }
    }

    private string T(PoolSpec model) => model.ElementType.Keyword;

    /// <summary>The accumulator type: float for quantized average (dequantized taps), else the element type's.</summary>
    private string A(PoolSpec model) => model.IsQuantizedAverage ? "float" : model.ElementType.Accumulator;

    /// <summary>The sizes Kernel takes: those Run hands over (<see cref="KernelPrologue.KernelDimensions"/>).</summary>
    private IEnumerable<string> KernelDimensions() => KernelPrologue.KernelDimensions(shape);

    private string SpatialProduct(System.Func<AxisPlan, string> name) => KernelClassEmitter.SpatialProduct(shape, name);

    /// <summary>The name of the outermost output coordinate (od, oh or ol).</summary>
    private string OuterOutput(List<AxisPlan> over) => "o" + over[0].Letter;

    private string Scaled(int factor, string name) => factor == 1 ? name : $"{factor} * {name}";
}
