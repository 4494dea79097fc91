using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// The tensor form (<c>ReadOnlyTensorSpan&lt;T&gt; input, TensorSpan&lt;T&gt; output</c>): the method calls a file-local
/// entry class that reads the shape from <c>input.Lengths</c>, checks both tensors (rank, lengths, density), and
/// runs the method's ordinary span kernel over spans of the tensors' memory. The kernel class is the one a span
/// method with parameters <c>batch</c> and every dimension the attribute does not fix would get.
/// </summary>
internal static class TensorEntryEmitter
{
    /// <summary>After the file's header: disables the [Experimental] diagnostics of the tensor types, if any.</summary>
    public static void EmitFileHeader(CodeWriter w, PoolSpec model)
    {
        if (model.Tensor is { SuppressedDiagnostics.Length: > 0 } tensor)
        {
            w.Line("// The tensor types are [Experimental] in this compilation; the method's declaration opted in to them.");
            w.Line("#pragma warning disable " + tensor.SuppressedDiagnostics);
        }
    }

    /// <summary>The statement of the partial method's body.</summary>
    public static string EntryCall(PoolSpec model)
        => $"global::{KernelNamespace}.{EntryClassName(model)}.Run({model.InputName}, {model.OutputName});";

    /// <summary>
    /// The tensor's axes after the batch axis, in memory order: the one place that knows the rank and the axis
    /// order. 2D NCHW: channels, height, width; the tensor has rank 4 with a batch axis and 3 without (PyTorch's
    /// unbatched input). A channels-last layout would list the channels last, 1D and 3D pooling one spatial axis
    /// fewer or more; everything below follows from this list.
    /// </summary>
    private static TensorAxis[] Axes(PoolSpec model, ShapePlan plan) => new[]
    {
        new TensorAxis(Dimension.Channels, "Channels", model.FixedChannels, 1, int.MaxValue, null),
        Spatial(Dimension.Height, "Height", plan.H),
        Spatial(Dimension.Width, "Width", plan.W),
    };

    private static TensorAxis Spatial(Dimension dimension, string property, AxisPlan axis)
        => new(dimension, property, axis.FixedInput, axis.MinimumInput, axis.MaximumInput, axis);

    /// <summary>The entry class, after the kernel class; nothing for a span method or an invalid attribute.</summary>
    public static void EmitEntryClass(CodeWriter w, KernelPlan kernel)
    {
        PoolSpec model = kernel.Spec;
        if (model.Tensor is null || model.InvalidReason is not null)
        {
            return;
        }

        var plan = new ShapePlan(kernel);
        TensorAxis[] axes = Axes(model, plan);
        string t = model.ElementType.Keyword;
        string input = model.InputName;
        string output = model.OutputName;
        string method = model.MethodName.TrimStart('@');
        string names = string.Join(", ", axes.Select(a => DimensionName(a.Dimension)));
        w.Line();
        using (w.Block("namespace " + KernelNamespace))
        {
            w.Line("using System;");
            w.Line("using System.CodeDom.Compiler;");
            w.Line("using System.Numerics.Tensors;");
            w.Line("using System.Runtime.InteropServices;");
            w.Line();
            w.Line($"/// <summary>The tensor entry of {QualifiedName(model).Replace("<", "{").Replace(">", "}")}.</summary>");
            w.Line("/// <remarks>");
            w.Line($"/// Reads the shape from the input's lengths, [batch, {names}] (rank {axes.Length + 1}) or [{names}] (rank {axes.Length}, batch 1),");
            w.Line($"/// checks both tensors before touching their memory, then runs {KernelClassName(model)} over spans of it.");
            w.Line("/// </remarks>");
            w.Line($"[GeneratedCode(\"PoolGen\", \"{GeneratorVersion}\")]");
            using (w.Block($"file static class {EntryClassName(model)}"))
            {
                using (w.Block($"public static void Run(ReadOnlyTensorSpan<{t}> {input}, TensorSpan<{t}> {output})"))
                {
                    EmitChecks(w, model, plan, axes, input, output, method, names);
                    w.Line();
                    w.Line("// Dense and row-major: the elements are in NCHW order from the first one on, as the span kernel reads them.");
                    w.Line($"ReadOnlySpan<{t}> source = MemoryMarshal.CreateReadOnlySpan(in {input}.GetPinnableReference(), (int){input}.FlattenedLength);");
                    w.Line($"Span<{t}> destination = MemoryMarshal.CreateSpan(ref {output}.GetPinnableReference(), (int){output}.FlattenedLength);");
                    string dims = string.Concat(model.DimensionParameters.Select(d => ", " + DimensionName(d)));
                    w.Line($"{KernelClassName(model)}.Run(source, destination{dims});");
                }

                w.Line();
                EmitHelpers(w);
            }
        }
    }

    private static void EmitChecks(CodeWriter w, PoolSpec model, ShapePlan shape, TensorAxis[] axes, string input, string output, string method, string names)
    {
        int rank = axes.Length + 1;
        w.Line($"// The shape: rank {rank} is [batch, {names}], rank {rank - 1} is [{names}] with batch 1. Every check comes before");
        w.Line("// the tensors' memory is touched.");
        w.Line($"int rank = {input}.Rank;");
        using (w.Block($"if (rank != {rank} && rank != {rank - 1})"))
        {
            w.Line($"throw new ArgumentException($\"{input} has rank {{rank}}; {method} takes a tensor of rank {rank}, [batch, {names}], or of rank {rank - 1}, [{names}].\", nameof({input}));");
        }

        w.Line();
        using (w.Block($"if ({output}.Rank != rank)"))
        {
            w.Line($"throw new ArgumentException($\"{output} has rank {{{output}.Rank}}; it must have the rank of {input}, {{rank}}.\", nameof({output}));");
        }

        w.Line();
        w.Line($"ReadOnlySpan<nint> lengths = {input}.Lengths;");
        w.Line($"int first = rank - {axes.Length}; // The axis after the batch axis: 1, or 0 without a batch axis.");
        w.Line($"int batch = first == 0 ? 1 : Length(lengths, 0, \"batch\", 1, int.MaxValue, \"\");");
        for (int i = 0; i < axes.Length; i++)
        {
            TensorAxis axis = axes[i];
            string name = DimensionName(axis.Dimension);
            string index = i == 0 ? "first" : $"first + {i}";
            if (axis.Fixed > 0)
            {
                w.Line($"Fixed(lengths, {index}, \"{name}\", {axis.Fixed}, \"{axis.Property}\");");
                continue;
            }

            string why = axis.Plan is null ? string.Empty : $" for the {axis.Plan.Axis.Effective}-wide window with padding {axis.Plan.Axis.Padding}";
            string maximum = axis.Maximum >= int.MaxValue ? "int.MaxValue" : Int(axis.Maximum);
            w.Line($"int {name} = Length(lengths, {index}, \"{name}\", {Int(axis.Minimum)}, {maximum}, \"{why}\");");
        }

        w.Line();
        using (w.Block($"if ({input}.FlattenedLength > int.MaxValue)"))
        {
            w.Line($"throw new ArgumentException($\"{input} holds {{{input}.FlattenedLength}} elements; PoolGen kernels take at most {{int.MaxValue}}.\", nameof({input}));");
        }

        w.Line();
        using (w.Block($"if (!IsDenseRowMajor(lengths, {input}.Strides))"))
        {
            w.Line($"ThrowNotDense(nameof({input}), lengths, {input}.Strides);");
        }

        w.Line();
        w.Line("// " + shape.OutputComment);
        var expected = new List<string>();
        foreach (TensorAxis axis in axes)
        {
            if (axis.Plan is not { } plan)
            {
                expected.Add(axis.Fixed > 0 ? Int(axis.Fixed) : DimensionName(axis.Dimension));
                continue;
            }

            string outName = "out" + plan.Title;
            expected.Add(outName);
            if (plan.FixedInput > 0)
            {
                w.Line($"const int {outName} = {Int(plan.FixedOutput)}; // {plan.Title} = {plan.FixedInput} on the attribute.");
                continue;
            }

            w.Line($"int {outName} = {plan.OutputExpression};");
            if (model.CeilMode)
            {
                using (w.Block($"if (({outName} - 1) * {plan.Axis.Stride} >= {Plus(plan.Name, plan.Axis.Padding)})"))
                {
                    w.Line($"{outName}--; // Ceil mode: the last window would start in the right padding.");
                }
            }
        }

        w.Line();
        w.Line($"ReadOnlySpan<nint> outputLengths = {output}.Lengths;");
        string condition = string.Join(" || ", expected.Select((e, i) => $"outputLengths[{(i == 0 ? "first" : $"first + {i}")}] != {e}"));
        using (w.Block($"if ((first == 1 && outputLengths[0] != batch) || {condition})"))
        {
            string list = string.Join(", ", expected.Select(e => char.IsDigit(e[0]) ? e : "{" + e + "}"));
            w.Line($"throw new ArgumentException($\"{output} has lengths {{Format(outputLengths)}}; for {input} lengths {{Format(lengths)}} they must be {{(first == 1 ? $\"[{{batch}}, \" : \"[\")}}{list}].\", nameof({output}));");
        }

        w.Line();
        using (w.Block($"if ({output}.FlattenedLength > int.MaxValue)"))
        {
            w.Line($"throw new ArgumentException($\"{output} holds {{{output}.FlattenedLength}} elements; PoolGen kernels take at most {{int.MaxValue}}.\", nameof({output}));");
        }

        w.Line();
        using (w.Block($"if (!IsDenseRowMajor(outputLengths, {output}.Strides))"))
        {
            w.Line($"ThrowNotDense(nameof({output}), outputLengths, {output}.Strides);");
        }
    }

    private static void EmitHelpers(CodeWriter w)
    {
        w.Line("// A length of the input that the kernel takes as an int dimension.");
        using (w.Block("private static int Length(ReadOnlySpan<nint> lengths, int axis, string name, int minimum, int maximum, string why)"))
        {
            using (w.Block("if (lengths[axis] < minimum || lengths[axis] > maximum)"))
            {
                w.Line("throw new ArgumentException($\"input.Lengths[{axis}] ({name}) is {lengths[axis]}; it must be from {minimum} to {maximum}{why}.\", \"input\");");
            }

            w.Line();
            w.Line("return (int)lengths[axis];");
        }

        w.Line();
        w.Line("// A length of the input that the [Pool] attribute fixes.");
        using (w.Block("private static void Fixed(ReadOnlySpan<nint> lengths, int axis, string name, int value, string property)"))
        {
            using (w.Block("if (lengths[axis] != value)"))
            {
                w.Line("throw new ArgumentException($\"input.Lengths[{axis}] ({name}) is {lengths[axis]}; the [Pool] attribute fixes it at {value} ({property} = {value}).\", \"input\");");
            }
        }

        w.Line();
        w.Line("// Every stride is the product of the lengths after it, except on axes of length 1, whose stride is never used.");
        using (w.Block("private static bool IsDenseRowMajor(ReadOnlySpan<nint> lengths, ReadOnlySpan<nint> strides)"))
        {
            w.Line("nint expected = 1;");
            using (w.Block("for (int i = lengths.Length - 1; i >= 0; i--)"))
            {
                using (w.Block("if (lengths[i] != 1 && strides[i] != expected)"))
                {
                    w.Line("return false;");
                }

                w.Line();
                w.Line("expected *= lengths[i];");
            }

            w.Line();
            w.Line("return true;");
        }

        w.Line();
        using (w.Block("private static void ThrowNotDense(string name, ReadOnlySpan<nint> lengths, ReadOnlySpan<nint> strides)"))
        {
            w.Line("throw new ArgumentException(");
            w.Line("    $\"{name} is not dense and row-major (lengths {Format(lengths)}, strides {Format(strides)}); copy it into a contiguous tensor first.\", name);");
        }

        w.Line();
        w.Line("private static string Format(ReadOnlySpan<nint> values) => \"[\" + string.Join(\", \", values.ToArray()) + \"]\";");
    }

    private static string EntryClassName(PoolSpec model) => model.MethodName.TrimStart('@') + "Tensor";

    /// <summary>One axis of the tensor after the batch axis.</summary>
    /// <param name="Plan">The spatial axis's plan, or null for the channels.</param>
    private sealed record TensorAxis(Dimension Dimension, string Property, long Fixed, long Minimum, long Maximum, AxisPlan? Plan);
}
