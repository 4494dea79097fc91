using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// Parallel = true: Run hands the call, above the row kernel's threshold, to RunParallel, which runs Kernel (the serial
/// code) on ranges of whole planes (channels first), of whole images or of output rows of the outermost axis (channels
/// last), through PoolGen.PoolParallel.ForRanges. Each output is computed by the same code as in a serial call.
/// </summary>
internal sealed partial class NdKernelEmitter
{
    /// <summary>The name of the outermost output coordinate (od, oh or ol).</summary>
    private string OuterOutput(List<Axis> axes) => "o" + axes[0].Letter;

    /// <summary>The extra Kernel parameters of <see cref="KernelPlan.SplitsRows"/>: the range [o?From, o?To) of the outermost axis.</summary>
    private IEnumerable<string> RowRangeParameters(PoolSpec model, List<Axis> axes) =>
        plan.SplitsRows ? new[] { $"int {OuterOutput(axes)}From", $"int {OuterOutput(axes)}To" } : Enumerable.Empty<string>();

    /// <summary>Run's call of RunParallel, above the threshold and when there is more than one range to split.</summary>
    private void EmitParallelCall(CodeWriter w, PoolSpec model, List<Axis> axes)
    {
        string units = !ChannelsLast(model) ? "batch * channels > 1" : model.Global ? "batch > 1" : $"(batch > 1 || {axes[0].Out} > 1)";
        string what = !ChannelsLast(model)
            ? "ranges of whole planes"
            : model.Global ? "ranges of whole images" : "ranges of whole images or of output rows";
        w.Line($"// Parallel = true: from {KernelPlanner.ParallelThreshold} input elements, {what} run on other cores.");
        using (w.Block($"if (inputCount >= {KernelPlanner.ParallelThreshold} && {units})"))
        {
            var arguments = new List<string> { "input", "output" };
            if (model.IndicesName is not null)
            {
                arguments.Add("indices");
            }

            arguments.AddRange(KernelDimensions(model, axes));
            w.Line($"RunParallel({string.Join(", ", arguments)});");
            w.Line("return;");
        }

        w.Line();
    }

    private void EmitRunParallel(CodeWriter w, PoolSpec model, List<Axis> axes)
    {
        string t = T(model);
        bool indices = model.IndicesName is not null;
        var parameters = new List<string> { $"ReadOnlySpan<{t}> input", $"Span<{t}> output" };
        if (indices)
        {
            parameters.Add($"Span<{model.IndicesType}> indices");
        }

        parameters.AddRange(KernelDimensions(model, axes).Select(d => "int " + d));
        bool last = ChannelsLast(model);
        string unit = last ? "Image" : "Plane";
        if (last && !model.Global)
        {
            w.Line("// Each task runs Kernel, the serial code, on its own range of whole images, or, when that gives more tasks, on its");
            w.Line("// own range of output rows of the outermost axis in every image: each output is computed as in a serial call.");
        }
        else
        {
            w.Line($"// Each task runs Kernel, the serial code, on its own range of whole {unit.ToLowerInvariant()}s: each output is computed as in a serial call.");
        }

        w.Line("// A method of its own, so that the closure is allocated only on this path.");
        using (w.Block($"private static void RunParallel({string.Join(", ", parameters)})"))
        {
            foreach (Axis axis in axes)
            {
                if (axis.Fixed > 0)
                {
                    w.Line($"const int {axis.Name} = {axis.Fixed};");
                }

                if (axis.FixedOut > 0 && !model.Global)
                {
                    w.Line($"const int {axis.Out} = {Int(axis.FixedOut)};");
                }
            }

            string perChannel = last ? " * channels" : string.Empty;
            string output = model.Global ? (last ? "channels" : "1") : SpatialProduct(axes, a => a.Out) + perChannel;
            w.Line($"nint input{unit} = {SpatialProduct(axes, a => a.Name)}{perChannel}, output{unit} = {output};");
            string lambda = indices ? "(source, destination, index, first, end)" : "(source, destination, first, end)";
            string Call(string items, string inputPerItem, bool rows)
            {
                string Offset(string span, string size) => rows
                    ? $"ref MemoryMarshal.GetReference({span})"
                    : $"ref Unsafe.Add(ref MemoryMarshal.GetReference({span}), first * {size})";
                var arguments = new List<string> { Offset("source", $"input{unit}"), Offset("destination", $"output{unit}") };
                if (indices)
                {
                    arguments.Add(Offset("index", $"output{unit}"));
                }

                arguments.AddRange(KernelDimensions(model, axes).Select(d => rows ? d : d == "batch" ? "end - first" : d == "channels" && !last ? "1" : d));
                if (plan.SplitsRows)
                {
                    arguments.AddRange(rows ? new[] { "first", "end" } : new[] { "0", axes[0].Out });
                }

                string spans = indices ? "input, output, indices" : "input, output";
                return $"global::PoolGen.PoolParallel.ForRanges({spans}, {items}, {inputPerItem}, {lambda} =>\n    Kernel({string.Join(", ", arguments)}));";
            }

            if (plan.SplitsRows)
            {
                string outer = axes[0].Out;
                w.Line($"long inputRow = Math.Max(1L, (long)inputImage * batch / {outer}); // The input per output row of the outermost axis.");
                using (w.Block($"if (global::PoolGen.PoolParallel.Tasks({outer}, inputRow) > global::PoolGen.PoolParallel.Tasks(batch, inputImage))"))
                {
                    foreach (string line in Call(outer, "inputRow", rows: true).Split('\n'))
                    {
                        w.Line(line);
                    }

                    w.Line("return;");
                }

                w.Line();
            }

            string items = last ? "batch" : "batch * channels";
            foreach (string line in Call(items, $"input{unit}", rows: false).Split('\n'))
            {
                w.Line(line);
            }
        }
    }
}
