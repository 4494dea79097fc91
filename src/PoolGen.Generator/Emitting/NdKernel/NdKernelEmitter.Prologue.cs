using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

internal sealed partial class NdKernelEmitter
{
    private void EmitRun(CodeWriter w, PoolSpec model, List<Axis> axes)
    {
        string t = T(model);
        var parameters = new List<string> { $"ReadOnlySpan<{t}> input", $"Span<{t}> output" };
        if (model.IndicesName is not null)
        {
            parameters.Add($"Span<{model.IndicesType}> indices");
        }

        parameters.AddRange(model.DimensionParameters.Select(d => "int " + DimensionName(d)));
        using (w.Block($"public static void Run({string.Join(", ", parameters)})"))
        {
            bool hasBatch = model.DimensionParameters.Contains(Dimension.Batch);
            bool hasChannels = model.DimensionParameters.Contains(Dimension.Channels);
            if (!hasBatch)
            {
                w.Line("const int batch = 1;");
            }

            if (!hasChannels)
            {
                w.Line($"const int channels = {(model.FixedChannels > 0 ? model.FixedChannels : 1)};{(model.FixedChannels > 0 ? " // Fixed by the attribute." : string.Empty)}");
            }

            foreach (Axis axis in axes.Where(a => a.Fixed > 0))
            {
                w.Line($"const int {axis.Name} = {axis.Fixed}; // Fixed by the attribute.");
            }

            w.Line();
            w.Line("// Check every argument before touching memory.");
            foreach (string name in new[] { "batch", "channels" }.Where(n => n == "batch" ? hasBatch : hasChannels))
            {
                using (w.Block($"if ({name} < 1)"))
                {
                    w.Line($"throw new ArgumentOutOfRangeException(nameof({name}), {name}, \"{name} must be at least 1.\");");
                }

                w.Line();
            }

            foreach (Axis axis in axes.Where(a => a.Fixed == 0))
            {
                AxisInfo a = axis.Info;
                long minimum = model.Global || axis.RuntimePad ? 1 : PoolMath.MinimumInput(a.Kernel, a.Stride, a.Padding, a.PaddingEnd, a.Dilation, model.CeilMode);
                string why = minimum > 1 ? $" for the {a.Effective}-wide window with padding {a.Padding}+{a.PaddingEnd}" : string.Empty;
                using (w.Block($"if ({axis.Name} < {minimum})"))
                {
                    w.Line($"throw new ArgumentOutOfRangeException(nameof({axis.Name}), {axis.Name}, \"{axis.Name} must be at least {minimum}{why}.\");");
                }

                w.Line();
                if (!model.Global)
                {
                    // Keeps every window coordinate (start + effective window, size + padding) inside int.
                    long maximum = int.MaxValue - (2L * a.Effective) - a.Stride - 1;
                    using (w.Block($"if ({axis.Name} > {Int(maximum)})"))
                    {
                        w.Line($"throw new ArgumentOutOfRangeException(nameof({axis.Name}), {axis.Name}, \"{axis.Name} must be at most {Int(maximum)} for the {a.Effective}-wide window.\");");
                    }

                    w.Line();
                }
            }

            string spatial = string.Join("*", axes.Select(a => a.Name));
            string outSpatial = string.Join("*", axes.Select(a => a.Out));
            string product = ChannelsLast(model) ? $"batch*{spatial}*channels" : $"batch*channels*{spatial}";
            string outProduct = ChannelsLast(model) ? $"batch*{outSpatial}*channels" : $"batch*channels*{outSpatial}";
            w.Line($"long inputCount = {Product(new[] { "batch", "channels" }.Concat(axes.Select(a => a.Name)))};");
            using (w.Block("if (inputCount > input.Length)"))
            {
                w.Line($"ThrowTooShort(nameof(input), input.Length, inputCount, \"{product}\");");
            }

            w.Line();
            EmitOutputSizes(w, model, axes);
            w.Line($"long outputCount = {Product(new[] { "batch", "channels" }.Concat(axes.Select(a => a.Out)))};");
            using (w.Block("if (outputCount > output.Length)"))
            {
                w.Line($"ThrowTooShort(nameof(output), output.Length, outputCount, \"{outProduct}\");");
            }

            w.Line();
            if (model.IndicesName is not null)
            {
                using (w.Block("if (outputCount > indices.Length)"))
                {
                    w.Line($"ThrowTooShort(nameof(indices), indices.Length, outputCount, \"{outProduct}\");");
                }

                w.Line();
            }

            w.Line("// The kernel reads input windows after it has written outputs: what it reads and writes must not share memory.");
            w.Line("ReadOnlySpan<" + t + "> read = input.Slice(0, (int)inputCount);");
            w.Line("Span<" + t + "> written = output.Slice(0, (int)outputCount);");
            using (w.Block("if (read.Overlaps(written))"))
            {
                w.Line("throw new ArgumentException(\"output overlaps input: the elements the kernel writes must not share memory with the elements it reads.\", nameof(output));");
            }

            w.Line();
            if (model.IndicesName is not null)
            {
                string indexBytes = $"MemoryMarshal.AsBytes((ReadOnlySpan<{model.IndicesType}>)indices.Slice(0, (int)outputCount))";
                using (w.Block($"if (MemoryMarshal.AsBytes(read).Overlaps({indexBytes}) || MemoryMarshal.AsBytes((ReadOnlySpan<{t}>)written).Overlaps({indexBytes}))"))
                {
                    w.Line("throw new ArgumentException(\"indices overlaps input or output: the indices the kernel writes must not share memory with the elements it reads or writes.\", nameof(indices));");
                }

                w.Line();
            }

            w.Line("// The checks bound every count by a span's length: int sizes and offsets cannot overflow from here on.");
            var arguments = new List<string> { "ref MemoryMarshal.GetReference(input)", "ref MemoryMarshal.GetReference(output)" };
            if (model.IndicesName is not null)
            {
                arguments.Add("ref MemoryMarshal.GetReference(indices)");
            }

            arguments.AddRange(KernelDimensions(model, axes));
            if (plan.SplitsRows)
            {
                arguments.AddRange(new[] { "0", axes[0].Out });
            }

            if (plan.Parallel)
            {
                EmitParallelCall(w, model, axes);
            }

            w.Line($"Kernel({string.Join(", ", arguments)});");
        }
    }

    private string Product(IEnumerable<string> factors)
    {
        string result = string.Empty;
        foreach (string factor in factors)
        {
            result = result.Length == 0 ? factor : $"Times({result}, {factor})";
        }

        return result;
    }

    /// <summary>The output size of every axis (and the SAME paddings), as constants where the attribute fixes them.</summary>
    private void EmitOutputSizes(CodeWriter w, PoolSpec model, List<Axis> axes)
    {
        if (model.Global)
        {
            w.Line("// Global pooling: one output per channel.");
            foreach (Axis axis in axes)
            {
                w.Line($"const int {axis.Out} = 1;");
            }

            return;
        }

        foreach (Axis axis in axes)
        {
            AxisInfo a = axis.Info;
            if (axis.FixedOut > 0)
            {
                w.Line($"const int {axis.Out} = {Int(axis.FixedOut)}; // {FormulaFor(model, a, axis.Fixed.ToString())}");
                continue;
            }

            if (axis.RuntimePad)
            {
                w.Line($"// {model.AutoPad}: {axis.Out} = ceil({axis.Name} / {a.Stride}); the padding that needs is split, an odd one extra at the {(model.AutoPad == AutoPadModel.SameUpper ? "end" : "beginning")}.");
                w.Line($"int {axis.Out} = {(a.Stride == 1 ? axis.Name : $"({axis.Name} - 1) / {a.Stride} + 1")};");
                w.Line($"int {axis.Pad}Total = Math.Max(0, ({Scaled(a.Stride, $"({axis.Out} - 1)")}) + {a.Effective} - {axis.Name});");
                w.Line(model.AutoPad == AutoPadModel.SameUpper
                    ? $"int {axis.Pad} = {axis.Pad}Total / 2, {axis.PadEnd} = {axis.Pad}Total - {axis.Pad};"
                    : $"int {axis.PadEnd} = {axis.Pad}Total / 2, {axis.Pad} = {axis.Pad}Total - {axis.PadEnd};");
                continue;
            }

            long c = (long)a.Padding + a.PaddingEnd - a.Effective + (model.CeilMode ? a.Stride - 1 : 0);
            w.Line($"// {FormulaFor(model, a, axis.Name)}");
            w.Line($"int {axis.Out} = {(a.Stride == 1 ? Plus(axis.Name, c + 1) : c == 0 ? $"{axis.Name} / {a.Stride} + 1" : $"({Plus(axis.Name, c)}) / {a.Stride} + 1")};");
            if (model.CeilMode)
            {
                using (w.Block($"if (({axis.Out} - 1) * {a.Stride} >= {Plus(axis.Name, a.Padding)})"))
                {
                    w.Line($"{axis.Out}--; // Ceil mode: the last window would start in the end padding.");
                }
            }
        }

        w.Line();
    }

    private string FormulaFor(PoolSpec model, AxisInfo a, string size) =>
        $"{(model.CeilMode ? "ceil" : "floor")}(({size} + {a.Padding} + {a.PaddingEnd} - {a.Effective}) / {a.Stride}) + 1" +
        (model.CeilMode ? ", less one if the last window would start in the end padding" : string.Empty);

    private string Scaled(int factor, string name) => factor == 1 ? name : $"{factor} * {name}";

    /// <summary>The sizes the kernel takes as arguments: batch, channels, then those the attribute does not fix.</summary>
    private IEnumerable<string> KernelDimensions(PoolSpec model, List<Axis> axes)
    {
        yield return "batch";
        yield return "channels";
        foreach (Axis axis in axes.Where(a => a.Fixed == 0))
        {
            yield return axis.Name;
        }

        foreach (Axis axis in axes.Where(a => a.FixedOut == 0))
        {
            yield return axis.Out;
        }

        foreach (Axis axis in axes.Where(a => a.RuntimePad))
        {
            yield return axis.Pad;
            yield return axis.PadEnd;
        }
    }
}
