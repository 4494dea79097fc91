using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// The tensor form (<c>ReadOnlyTensorSpan&lt;T&gt; input, TensorSpan&lt;T&gt; output</c>, optionally <c>TensorSpan&lt;int&gt;</c> or
/// <c>TensorSpan&lt;long&gt; indices</c>; a backward pass <c>ReadOnlyTensorSpan&lt;T&gt; gradOutput[, ReadOnlyTensorSpan&lt;long&gt; indices],
/// TensorSpan&lt;T&gt; gradInput</c>; unpooling <c>ReadOnlyTensorSpan&lt;T&gt; input, ReadOnlyTensorSpan&lt;long&gt; indices, TensorSpan&lt;T&gt; output</c>):
/// the method calls a file-local entry class that reads the shape from the lengths of the tensor of the forward input's
/// shape (<see cref="PoolSpec.FullName"/>), checks the tensors (rank, lengths, density; the pooled ones must have the
/// pooled shape that follows), and runs the method's ordinary span kernel over spans of the tensors' memory. The kernel
/// class is the one a span method with parameters <c>batch</c> and every dimension the attribute does not fix would get,
/// in any rank and layout, for any operation.
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
        => $"global::{KernelNamespace}.{EntryClassName(model)}.Run({string.Join(", ", TensorParameters(model).Select(p => p.Name))});";

    /// <summary>
    /// The entry's parameters, in the method's order: forward, input (read), output (written), indices (written); backward,
    /// gradOutput, indices, gradInput; unpooling, input, indices, output (the last two read, the last written).
    /// </summary>
    private static List<(string Type, string Name)> TensorParameters(PoolSpec model)
    {
        string t = model.ElementType.Keyword;
        bool forward = model.Operation == PoolOperation.Forward;
        var parameters = new List<(string, string)> { ($"ReadOnlyTensorSpan<{t}>", model.InputName) };
        if (!forward && model.IndicesName is not null)
        {
            parameters.Add(($"ReadOnlyTensorSpan<{model.IndicesType}>", model.IndicesName));
        }

        parameters.Add(($"TensorSpan<{t}>", model.OutputName));
        if (forward && model.IndicesName is not null)
        {
            parameters.Add(($"TensorSpan<{model.IndicesType}>", model.IndicesName));
        }

        return parameters;
    }

    /// <summary>
    /// The tensor's axes after the batch axis, in memory order: the one place that knows the axis order. Channels first:
    /// channels, then the spatial axes (length; height, width; depth, height, width); channels last: the spatial axes,
    /// then the channels. The tensor has one axis more with a batch axis, none without (PyTorch's unbatched input);
    /// everything below follows from this list.
    /// </summary>
    private static TensorAxis[] Axes(ShapePlan shape)
    {
        PoolSpec model = shape.Kernel.Spec;
        Dimension[] dimensions = model.Rank switch
        {
            1 => new[] { Dimension.Length },
            2 => new[] { Dimension.Height, Dimension.Width },
            _ => new[] { Dimension.Depth, Dimension.Height, Dimension.Width },
        };

        // The smallest length with an output and the largest the kernel takes: the kernel's own bounds, so that the
        // entry rejects what the kernel would, naming the tensor.
        TensorAxis[] spatial = shape.Axes
            .Select((a, i) => new TensorAxis(dimensions[i], a.Title, a.FixedInput, a))
            .ToArray();
        var channels = new TensorAxis(Dimension.Channels, "Channels", model.FixedChannels, null);
        return model.Layout == LayoutModel.Nhwc ? spatial.Concat(new[] { channels }).ToArray() : new[] { channels }.Concat(spatial).ToArray();
    }

    /// <summary>The entry class, after the kernel class; nothing for a span method or an invalid attribute.</summary>
    public static void EmitEntryClass(CodeWriter w, KernelPlan kernel)
    {
        PoolSpec model = kernel.Spec;
        if (model.Tensor is null || model.InvalidReason is not null)
        {
            return;
        }

        var shape = new ShapePlan(kernel);
        TensorAxis[] axes = Axes(shape);
        string t = model.ElementType.Keyword;
        bool forward = model.Operation == PoolOperation.Forward;

        // The tensor of the forward input's shape gives the shape; the pooled ones must have the pooled shape.
        string full = model.FullName;
        string pooled = model.PooledName;
        string? indices = model.IndicesName;
        string method = model.MethodName.TrimStart('@');
        string names = string.Join(", ", axes.Select(a => DimensionName(a.Dimension)));
        string parameters = string.Join(", ", TensorParameters(model).Select(p => p.Type + " " + p.Name));
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
            w.Line($"/// Reads the shape from {(forward ? "the input" : full)}'s lengths, [batch, {names}] (rank {axes.Length + 1}) or [{names}] (rank {axes.Length}, batch 1),");
            w.Line($"/// checks {(indices is null ? "both tensors" : $"the three tensors (indices with {(forward ? "the output" : pooled)}'s lengths)")} before touching their memory, then runs {KernelClassName(model)} over spans of it.");
            w.Line("/// </remarks>");
            w.Line($"[GeneratedCode(\"PoolGen\", \"{GeneratorVersion}\")]");
            using (w.Block($"file static class {EntryClassName(model)}"))
            {
                using (w.Block($"public static void Run({parameters})"))
                {
                    EmitChecks(w, shape, axes, full, pooled, method, names);
                    if (indices is not null)
                    {
                        w.Line();
                        w.Line(forward ? "// The argmax: one index per output, in the output's order." : $"// The forward's argmax: one index per element of {pooled}, in its order.");
                        w.Line($"ReadOnlySpan<nint> indexLengths = {indices}.Lengths;");
                        using (w.Block("if (!indexLengths.SequenceEqual(outputLengths))"))
                        {
                            w.Line($"throw new ArgumentException($\"{indices} has lengths {{Format(indexLengths)}}; it must have the lengths of {pooled}, {{Format(outputLengths)}}.\", nameof({indices}));");
                        }

                        w.Line();
                        using (w.Block($"if (!IsDenseRowMajor(indexLengths, {indices}.Strides))"))
                        {
                            w.Line($"ThrowNotDense(nameof({indices}), indexLengths, {indices}.Strides);");
                        }
                    }

                    w.Line();
                    w.Line($"// Dense and row-major: the elements are in {LayoutName(model)} order from the first one on, as the span kernel reads them.");
                    string read = forward ? full : pooled, written = forward ? pooled : full;
                    w.Line($"ReadOnlySpan<{t}> source = MemoryMarshal.CreateReadOnlySpan(in {read}.GetPinnableReference(), (int){read}.FlattenedLength);");
                    w.Line($"Span<{t}> destination = MemoryMarshal.CreateSpan(ref {written}.GetPinnableReference(), (int){written}.FlattenedLength);");
                    string spans = "source, destination";
                    if (indices is not null && forward)
                    {
                        w.Line($"Span<{model.IndicesType}> chosen = MemoryMarshal.CreateSpan(ref {indices}.GetPinnableReference(), (int){indices}.FlattenedLength);");
                        spans += ", chosen";
                    }
                    else if (indices is not null)
                    {
                        // The kernel's order: the pooled span, the indices, the span written.
                        w.Line($"ReadOnlySpan<{model.IndicesType}> chosen = MemoryMarshal.CreateReadOnlySpan(in {indices}.GetPinnableReference(), (int){indices}.FlattenedLength);");
                        spans = "source, chosen, destination";
                    }

                    string dims = string.Concat(model.DimensionParameters.Select(d => ", " + DimensionName(d)));
                    w.Line($"{KernelClassName(model)}.Run({spans}{dims});");
                }

                w.Line();
                EmitHelpers(w, full);
            }
        }
    }

    private static void EmitChecks(CodeWriter w, ShapePlan shape, TensorAxis[] axes, string input, string output, string method, string names)
    {
        PoolSpec model = shape.Kernel.Spec;
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

            string why = axis.Window is { } window ? KernelPrologue.WindowText(window) : string.Empty;
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
        KernelPrologue.EmitOutputSizes(w, shape, paddings: false);
        List<string> expected = axes.Select(a => a.Window is { } spatial ? spatial.Out : a.Fixed > 0 ? Int(a.Fixed) : DimensionName(a.Dimension)).ToList();
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

    /// <summary>The entry's helpers; <paramref name="full"/> is the tensor whose lengths give the shape.</summary>
    private static void EmitHelpers(CodeWriter w, string full)
    {
        string owner = full == "input" ? "the input" : full;
        w.Line($"// A length of {owner} that the kernel takes as an int dimension.");
        using (w.Block("private static int Length(ReadOnlySpan<nint> lengths, int axis, string name, int minimum, int maximum, string why)"))
        {
            using (w.Block("if (lengths[axis] < minimum || lengths[axis] > maximum)"))
            {
                w.Line($"throw new ArgumentException($\"{full}.Lengths[{{axis}}] ({{name}}) is {{lengths[axis]}}; it must be from {{minimum}} to {{maximum}}{{why}}.\", \"{full}\");");
            }

            w.Line();
            w.Line("return (int)lengths[axis];");
        }

        w.Line();
        w.Line($"// A length of {owner} that the [Pool] attribute fixes.");
        using (w.Block("private static void Fixed(ReadOnlySpan<nint> lengths, int axis, string name, int value, string property)"))
        {
            using (w.Block("if (lengths[axis] != value)"))
            {
                w.Line($"throw new ArgumentException($\"{full}.Lengths[{{axis}}] ({{name}}) is {{lengths[axis]}}; the [Pool] attribute fixes it at {{value}} ({{property}} = {{value}}).\", \"{full}\");");
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

    private static string LayoutName(PoolSpec model) => KernelRemarks.LayoutName(model);

    /// <summary>One axis of the tensor after the batch axis.</summary>
    /// <param name="Property">The attribute property that fixes it (Channels, Depth, Height, Width, Length), also the title of its output size.</param>
    /// <param name="Fixed">The length the attribute fixes, or 0.</param>
    /// <param name="Window">The spatial axis's plan, or null for the channels.</param>
    private sealed record TensorAxis(Dimension Dimension, string Property, int Fixed, AxisPlan? Window)
    {
        /// <summary>The smallest length with an output, and the largest the kernel takes: the kernel's own bounds (channels: any).</summary>
        public long Minimum => Window?.MinimumInput ?? 1;

        public long Maximum => Window?.MaximumInput ?? int.MaxValue;
    }
}
