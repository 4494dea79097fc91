using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// The start of every kernel's Run, whatever its traversal: the sizes the attribute fixes, every argument check (sizes,
/// span lengths, the overlap rule of docs/semantics.md), the output sizes, then the call of the traversal's Kernel
/// (or of RunParallel). Nothing in memory is touched before the last check.
/// </summary>
internal static class KernelPrologue
{
    /// <summary>Run's parameters: the spans, then the dimension parameters as the method declares them.</summary>
    public static List<string> RunParameters(PoolSpec spec)
    {
        var parameters = SpanParameters(spec).Select(p => p.Type + " " + p.Name).ToList();
        parameters.AddRange(spec.DimensionParameters.Select(d => "int " + DimensionName(d)));
        return parameters;
    }

    /// <summary>
    /// The spans of Run (and RunParallel), in the method's order and with its names: forward, input, output (, indices);
    /// backward, gradOutput (, indices), gradInput; unpooling, input, indices, output.
    /// </summary>
    public static List<(string Type, string Name)> SpanParameters(PoolSpec spec)
    {
        string t = spec.ElementType.Keyword;
        if (spec.Operation == PoolOperation.Forward)
        {
            var forward = new List<(string, string)> { ($"ReadOnlySpan<{t}>", "input"), ($"Span<{t}>", "output") };
            if (spec.IndicesName is not null)
            {
                forward.Add(($"Span<{spec.IndicesType}>", "indices"));
            }

            return forward;
        }

        var spans = new List<(string, string)> { ($"ReadOnlySpan<{t}>", spec.PooledName) };
        if (spec.IndicesName is not null)
        {
            spans.Add(($"ReadOnlySpan<{spec.IndicesType}>", "indices"));
        }

        spans.Add(($"Span<{t}>", spec.FullName));
        return spans;
    }

    /// <summary>
    /// The sizes Run hands to Kernel (and RunParallel): batch, channels, then the input sizes the attribute does not fix,
    /// their output sizes, and the SAME paddings worked out at run time.
    /// </summary>
    public static IEnumerable<string> KernelDimensions(ShapePlan shape)
    {
        yield return "batch";
        yield return "channels";
        foreach (AxisPlan axis in shape.Axes.Where(a => a.FixedInput == 0))
        {
            yield return axis.Name;
        }

        foreach (AxisPlan axis in shape.Axes.Where(a => a.FixedOutput == 0))
        {
            yield return axis.Out;
        }

        foreach (AxisPlan axis in shape.Axes.Where(a => a.RuntimePad))
        {
            yield return axis.Pad;
            yield return axis.PadEnd;
        }
    }

    /// <summary>Run's body up to the call of the kernel: constants, checks, output sizes.</summary>
    public static void EmitChecks(CodeWriter w, ShapePlan shape)
    {
        PoolSpec spec = shape.Kernel.Spec;
        string t = spec.ElementType.Keyword;
        bool hasBatch = spec.DimensionParameters.Contains(Dimension.Batch);
        bool hasChannels = spec.DimensionParameters.Contains(Dimension.Channels);
        if (!hasBatch)
        {
            w.Line("const int batch = 1;");
        }

        if (!hasChannels)
        {
            w.Line($"const int channels = {(spec.FixedChannels > 0 ? spec.FixedChannels : 1)};{(spec.FixedChannels > 0 ? " // Fixed by the attribute." : string.Empty)}");
        }

        foreach (AxisPlan axis in shape.Axes.Where(a => a.FixedInput > 0))
        {
            w.Line($"const int {axis.Name} = {axis.FixedInput}; // Fixed by the attribute.");
        }

        if (!hasBatch || !hasChannels || shape.Axes.Any(a => a.FixedInput > 0))
        {
            w.Line();
        }

        w.Line("// Check every argument before touching memory.");
        foreach (string name in new[] { "batch", "channels" }.Where(n => n == "batch" ? hasBatch : hasChannels))
        {
            using (w.Block($"if ({name} < 1)"))
            {
                w.Line($"throw new ArgumentOutOfRangeException(nameof({name}), {name}, \"{name} must be at least 1.\");");
            }

            w.Line();
        }

        foreach (AxisPlan axis in shape.Axes.Where(a => a.FixedInput == 0))
        {
            string why = WindowText(axis);
            using (w.Block($"if ({axis.Name} < {axis.MinimumInput})"))
            {
                w.Line($"throw new ArgumentOutOfRangeException(nameof({axis.Name}), {axis.Name}, \"{axis.Name} must be at least {axis.MinimumInput}{why}.\");");
            }

            w.Line();
        }

        // The products as the user knows them: the method's dimension parameters, a channel count on the attribute.
        bool last = spec.Layout == LayoutModel.Nhwc;
        string? batchName = hasBatch ? "batch" : null;
        string? channelsName = hasChannels ? "channels" : spec.FixedChannels > 1 ? Int(spec.FixedChannels) : null;
        string Order(IEnumerable<string> spatial) => string.Join("*", (last
            ? new[] { batchName }.Concat(spatial).Concat(new[] { channelsName })
            : new[] { batchName, channelsName }.Concat(spatial)).Where(n => n is not null));
        string product = Order(shape.Axes.Select(a => a.Name));
        string outProduct = Order(shape.Axes.Select(a => a.Out));
        // Backward and unpooling: the span of the forward input's shape is the one written, the pooled one is read.
        bool forward = spec.Operation == PoolOperation.Forward;
        string full = spec.FullName, pooled = spec.PooledName;
        w.Line($"long inputCount = {Product(new[] { "batch", "channels" }.Concat(shape.Axes.Select(a => a.Name)))};");
        using (w.Block($"if (inputCount > {full}.Length)"))
        {
            w.Line($"ThrowTooShort(nameof({full}), {full}.Length, inputCount, \"{product}\");");
        }

        w.Line();
        foreach (AxisPlan axis in shape.Axes.Where(a => a.FixedInput == 0 && a.MaximumInput < int.MaxValue))
        {
            // After the span check: only a span over native memory can be this long. The cap keeps window coordinates inside int.
            string why = WindowText(axis);
            using (w.Block($"if ({axis.Name} > {Int(axis.MaximumInput)})"))
            {
                w.Line($"throw new ArgumentOutOfRangeException(nameof({axis.Name}), {axis.Name}, \"{axis.Name} must be at most {Int(axis.MaximumInput)}{why}.\");");
            }

            w.Line();
        }

        EmitOutputSizes(w, shape, paddings: true);
        w.Line();
        w.Line($"long outputCount = {Product(new[] { "batch", "channels" }.Concat(shape.Axes.Select(a => a.Out)))};");
        using (w.Block($"if (outputCount > {pooled}.Length)"))
        {
            w.Line($"ThrowTooShort(nameof({pooled}), {pooled}.Length, outputCount, \"{outProduct}\");");
        }

        w.Line();
        if (spec.IndicesName is not null)
        {
            using (w.Block("if (outputCount > indices.Length)"))
            {
                w.Line($"ThrowTooShort(nameof(indices), indices.Length, outputCount, \"{outProduct}\");");
            }

            w.Line();
        }

        if (!forward)
        {
            EmitOperationChecks(w, shape);
            return;
        }

        w.Line("// The kernel reads input windows after it has written outputs: what it reads and writes must not share memory.");
        w.Line($"ReadOnlySpan<{t}> read = input.Slice(0, (int)inputCount);");
        w.Line($"Span<{t}> written = output.Slice(0, (int)outputCount);");
        using (w.Block("if (read.Overlaps(written))"))
        {
            w.Line("throw new ArgumentException(\"output overlaps input: the elements the kernel writes must not share memory with the elements it reads.\", nameof(output));");
        }

        w.Line();
        if (spec.IndicesName is not null)
        {
            string indexBytes = $"MemoryMarshal.AsBytes((ReadOnlySpan<{spec.IndicesType}>)indices.Slice(0, (int)outputCount))";
            using (w.Block($"if (MemoryMarshal.AsBytes(read).Overlaps({indexBytes}) || MemoryMarshal.AsBytes((ReadOnlySpan<{t}>)written).Overlaps({indexBytes}))"))
            {
                w.Line("throw new ArgumentException(\"indices overlaps input or output: the indices the kernel writes must not share memory with the elements it reads or writes.\", nameof(indices));");
            }

            w.Line();
        }

        w.Line("// The checks bound every count by a span's length: int sizes and offsets cannot overflow from here on.");
    }

    /// <summary>
    /// Backward and unpooling: the span written (gradInput, or unpooling's output) must not share memory with what is read,
    /// and every index must name an element of its plane (<see cref="EmitIndexHelpers"/>), all checked before it is cleared.
    /// </summary>
    private static void EmitOperationChecks(CodeWriter w, ShapePlan shape)
    {
        PoolSpec spec = shape.Kernel.Spec;
        string t = spec.ElementType.Keyword;
        string full = spec.FullName, pooled = spec.PooledName;
        w.Line($"// The kernel clears {full} before it reads the rest: what it writes must not share memory with what it reads.");
        w.Line($"Span<{t}> written = {full}.Slice(0, (int)inputCount);");
        string readBytes = $"MemoryMarshal.AsBytes({pooled}.Slice(0, (int)outputCount))";
        string indexBytes = $"MemoryMarshal.AsBytes(indices.Slice(0, (int)outputCount))";
        string overlap = $"MemoryMarshal.AsBytes((ReadOnlySpan<{t}>)written).Overlaps({readBytes})" +
            (spec.IndicesName is null ? string.Empty : $" || MemoryMarshal.AsBytes((ReadOnlySpan<{t}>)written).Overlaps({indexBytes})");
        string reads = spec.IndicesName is null ? pooled : $"{pooled} or indices";
        using (w.Block($"if ({overlap})"))
        {
            w.Line($"throw new ArgumentException(\"{full} overlaps {reads}: the elements the kernel writes must not share memory with the elements it reads.\", nameof({full}));");
        }

        w.Line();
        if (spec.IndicesName is not null)
        {
            w.Line($"// Every index must name an element of its plane, checked before {full} is touched (the kernel checks again as it");
            w.Line("// writes, so that indices changed meanwhile by another thread can never make it write elsewhere).");
            w.Line($"CheckIndices(indices.Slice(0, (int)outputCount), {CheckIndicesArguments(shape)});");
            w.Line();
        }

        w.Line("// The checks bound every count by a span's length: int sizes and offsets cannot overflow from here on.");
    }

    /// <summary>
    /// The one place an index is read (backward of max/min, unpooling): <c>PlaneOffset</c> turns an index into the row-major
    /// offset of the element it names within the plane being processed, or -1 when it names none, its body printed by
    /// <see cref="IndexOrderText.EmitDecodeOr"/> for the spec's <see cref="IndexOrderModel"/>; Run's <c>CheckIndices</c> and
    /// the kernel's scatter both call it. In a tensor order (<see cref="KernelPlan.IndexCountsPlanes"/>) it also takes the
    /// plane's origin, <c>(b*C + c)*S</c>, and CheckIndices works out each index's plane from its position.
    /// </summary>
    public static void EmitIndexHelpers(CodeWriter w, ShapePlan shape)
    {
        KernelPlan plan = shape.Kernel;
        PoolSpec spec = plan.Spec;
        string index = spec.IndicesType!;
        string unsigned = index == "int" ? "uint" : "ulong";
        IndexOrderModel order = spec.IndexOrder;
        IReadOnlyList<string> sizes = PlaneOffsetSizes(shape);
        string sizeParameters = string.Join(", ", sizes.Select(s => (s == "planeSize" ? "nint " : "int ") + s));
        bool tensor = plan.IndexCountsPlanes;
        w.Line(order switch
        {
            IndexOrderModel.Tensor => "// The element of its plane an index names, in Tensor order (ONNX's storage_order 0): the index less the plane's origin,",
            IndexOrderModel.TensorColumnMajor => "// The element of its plane an index names, in TensorColumnMajor order (ONNX's storage_order 1): the index less the plane's origin,",
            _ => "// The element of its plane an index names: PyTorch's per-plane index, row-major over the spatial axes; -1 when it",
        });
        w.Line(order switch
        {
            IndexOrderModel.Tensor => "// row-major over the spatial axes; -1 when it names none (another plane's element, or none of the tensor).",
            IndexOrderModel.TensorColumnMajor => "// column-major over the spatial axes, made row-major; -1 when it names none (another plane's element, or none of the tensor).",
            _ => "// names none (negative, or past the plane).",
        });
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"private static nint PlaneOffset({index} index, {(tensor ? "nint origin, " : string.Empty)}{sizeParameters})"))
        {
            IndexOrderText.EmitDecodeOr(w, order, "index", "offset", sizes, "origin", "return -1;");
            w.Line("return offset;");
        }

        w.Line();
        if (tensor)
        {
            EmitTensorOrderCheck(w, shape, index, sizes, sizeParameters);
        }
        else
        {
            EmitPlaneOrderCheck(w, plan, index, unsigned);
        }

        w.Line();
        using (w.Block("private static void ThrowBadIndex(nint position, long index, nint origin, nint planeSize)"))
        {
            w.Line("throw new ArgumentException($\"indices[{position}] is {index}, which names no element of its plane: an index must be from {origin} to {origin + planeSize - 1}.\", \"indices\");");
        }
    }

    /// <summary>
    /// The size arguments of PlaneOffset: the plane's size, or, for the column-major order of a plane of more than one
    /// axis, the spatial sizes (outermost first) that take an offset apart.
    /// </summary>
    public static IReadOnlyList<string> PlaneOffsetSizes(ShapePlan shape) =>
        shape.Kernel.Spec.IndexOrder == IndexOrderModel.TensorColumnMajor && shape.Axes.Count > 1
            ? shape.Axes.Select(a => a.Name).ToList()
            : new[] { "planeSize" };

    /// <summary>The arguments of Run's CheckIndices after the indices: what the helper printed by <see cref="EmitIndexHelpers"/> takes.</summary>
    public static string CheckIndicesArguments(ShapePlan shape)
    {
        string planeSize = KernelClassEmitter.SpatialProduct(shape, a => a.Name);
        if (!shape.Kernel.IndexCountsPlanes)
        {
            return planeSize;
        }

        IReadOnlyList<string> sizes = PlaneOffsetSizes(shape);
        string sizeArguments = sizes.Count == 1 ? planeSize : string.Join(", ", sizes);
        return $"{KernelClassEmitter.SpatialProduct(shape, a => a.Out)}, channels, {sizeArguments}";
    }

    /// <summary>Plane order: vectors first (every index below the plane's size), then the rest one by one.</summary>
    private static void EmitPlaneOrderCheck(CodeWriter w, KernelPlan plan, string index, string unsigned)
    {
        if (plan.Vectorized)
        {
            w.Line($"// Vectors first (every index, as {unsigned}, below the plane's size: the same test as PlaneOffset's), then the rest,");
            w.Line("// and, when a vector fails, its elements one by one to name the first bad index.");
        }

        using (w.Block($"private static void CheckIndices(ReadOnlySpan<{index}> indices, nint planeSize)"))
        {
            w.Line("int j = 0;");
            foreach (int bits in plan.Vectorized ? plan.VectorWidths : EquatableArray<int>.Empty)
            {
                string vector = "Vector" + bits;
                string type = $"{vector}<{unsigned}>";
                using (w.Block($"if ({vector}.IsHardwareAccelerated && indices.Length - j >= {type}.Count)"))
                {
                    w.Line($"ref {unsigned} first = ref Unsafe.As<{index}, {unsigned}>(ref MemoryMarshal.GetReference(indices));");
                    w.Line($"{type} limit = {vector}.Create(({unsigned})planeSize);");
                    using (w.Block($"for (; j <= indices.Length - {type}.Count; j += {type}.Count)"))
                    {
                        using (w.Block($"if (!{vector}.LessThanAll({vector}.LoadUnsafe(ref first, (nuint)j), limit))"))
                        {
                            w.Line("break;");
                        }
                    }
                }

                w.Line();
            }

            using (w.Block("for (; j < indices.Length; j++)"))
            {
                using (w.Block("if (PlaneOffset(indices[j], planeSize) < 0)"))
                {
                    w.Line("ThrowBadIndex(j, indices[j], 0, planeSize);");
                }
            }
        }
    }

    /// <summary>
    /// A tensor order: every index against the plane its position belongs to, plane by plane of the pooled tensor (channels
    /// first: the pooled plane's elements in a run; channels last: an image's pixels, its channels interleaved).
    /// </summary>
    private static void EmitTensorOrderCheck(CodeWriter w, ShapePlan shape, string index, IReadOnlyList<string> sizes, string sizeParameters)
    {
        bool last = shape.Kernel.Spec.Layout == LayoutModel.Nhwc;
        string planeSize = sizes.Count == 1 ? "planeSize" : IndexOrderText.PlaneSize(sizes);
        string sizeArguments = string.Join(", ", sizes);
        w.Line(last
            ? "// Channels last: index j is pixel (j / channels) % outputPlane of channel j % channels of image j / (outputPlane * channels),"
            : "// Channels first: index j belongs to pooled plane j / outputPlane,");
        w.Line("// whose origin in the logical [N, C, spatial...] tensor is (b*C + c) times the plane's size.");
        using (w.Block($"private static void CheckIndices(ReadOnlySpan<{index}> indices, nint outputPlane, int channels, {sizeParameters})"))
        {
            if (sizes.Count > 1)
            {
                w.Line($"nint planeSize = {planeSize};");
            }

            using (w.Block("for (int j = 0; j < indices.Length; j++)"))
            {
                w.Line(last
                    ? "nint origin = (j / (outputPlane * channels) * channels + j % channels) * planeSize;"
                    : "nint origin = j / outputPlane * planeSize;");
                using (w.Block($"if (PlaneOffset(indices[j], origin, {sizeArguments}) < 0)"))
                {
                    w.Line("ThrowBadIndex(j, indices[j], origin, planeSize);");
                }
            }
        }
    }

    /// <summary>
    /// The sizes the attribute fixes, as constants at the top of a method that takes the sizes (the N-D Kernel, PairedPlanes,
    /// RunParallel): every fixed input size, and the fixed output sizes where <paramref name="outputs"/> says the method
    /// uses them.
    /// </summary>
    public static void EmitFixedSizes(CodeWriter w, ShapePlan shape, bool outputs)
    {
        foreach (AxisPlan axis in shape.Axes)
        {
            if (axis.FixedInput > 0)
            {
                w.Line($"const int {axis.Name} = {axis.FixedInput};");
            }

            if (outputs && axis.FixedOutput > 0)
            {
                w.Line($"const int {axis.Out} = {Int(axis.FixedOutput)};");
            }
        }
    }

    /// <summary>
    /// The output size of every axis as a local named out{Axis} (a constant where the attribute fixes it), and with
    /// <paramref name="paddings"/> the SAME paddings worked out from the input size. The kernel's Run and the tensor
    /// entry both print them from here, so the two cannot disagree.
    /// </summary>
    public static void EmitOutputSizes(CodeWriter w, ShapePlan shape, bool paddings)
    {
        PoolSpec spec = shape.Kernel.Spec;
        if (spec.Global)
        {
            w.Line("// Global pooling: one output per channel.");
            foreach (AxisPlan axis in shape.Axes)
            {
                w.Line($"const int {axis.Out} = 1;");
            }

            return;
        }

        if (spec.Adaptive)
        {
            w.Line("// Adaptive pooling: the output sizes are the attribute's; window o of an axis of n inputs and m outputs covers");
            w.Line("// [floor(o * n / m), ceil((o + 1) * n / m)).");
            foreach (AxisPlan axis in shape.Axes)
            {
                w.Line($"const int {axis.Out} = {Int(axis.FixedOutput)};");
            }

            return;
        }

        foreach (AxisPlan axis in shape.Axes)
        {
            AxisInfo a = axis.Axis;
            if (axis.RuntimePad)
            {
                w.Line($"// {spec.AutoPad}: {axis.Out} = ceil({axis.Name} / {a.Stride}){(paddings ? $"; the padding that needs is split, an odd one extra at the {(spec.AutoPad == AutoPadModel.SameUpper ? "end" : "beginning")}" : string.Empty)}.");
                w.Line(axis.FixedOutput > 0
                    ? $"const int {axis.Out} = {Int(axis.FixedOutput)};"
                    : $"int {axis.Out} = {(a.Stride == 1 ? axis.Name : $"({axis.Name} - 1) / {a.Stride} + 1")};");
                if (paddings)
                {
                    // A size the attribute fixes is a constant of Run (the tensor entry prints no padding).
                    w.Line($"int {axis.Pad}Total = Math.Max(0, ({Scaled(a.Stride, $"({axis.Out} - 1)")}) + {a.Effective} - {axis.Name});");
                    w.Line(spec.AutoPad == AutoPadModel.SameUpper
                        ? $"int {axis.Pad} = {axis.Pad}Total / 2, {axis.PadEnd} = {axis.Pad}Total - {axis.Pad};"
                        : $"int {axis.PadEnd} = {axis.Pad}Total / 2, {axis.Pad} = {axis.Pad}Total - {axis.PadEnd};");
                }

                continue;
            }

            if (axis.FixedOutput > 0)
            {
                w.Line($"const int {axis.Out} = {Int(axis.FixedOutput)}; // {Formula(spec, a, axis.FixedInput.ToString())}");
                continue;
            }

            w.Line($"// {Formula(spec, a, axis.Name)}");
            w.Line($"int {axis.Out} = {axis.OutputExpression};");
            if (spec.CeilMode)
            {
                using (w.Block($"if (({axis.Out} - 1) * {a.Stride} >= {Plus(axis.Name, a.Padding)})"))
                {
                    w.Line($"{axis.Out}--; // Ceil mode: the last window would start in the end padding.");
                }
            }
        }
    }

    /// <summary>The helpers Run's checks call.</summary>
    public static void EmitHelpers(CodeWriter w)
    {
        w.Line("// Saturates at 2^31: every count that reaches it is already longer than any span.");
        w.Line("private static long Times(long count, int size) => Math.Min(count, 1L << 31) * size;");
        w.Line();
        using (w.Block("private static void ThrowTooShort(string name, int length, long required, string product)"))
        {
            w.Line("throw new ArgumentException(");
            w.Line("    $\"{name} holds {length} elements, fewer than the {(required > int.MaxValue ? \"more than int.MaxValue\" : required.ToString())} of {product}.\", name);");
        }
    }

    /// <summary>
    /// " for the 3-wide window with padding 1": what a size bound of <paramref name="axis"/> follows from, in the checks'
    /// messages; empty where no window sets it (global, adaptive, SAME padding worked out at run time).
    /// </summary>
    public static string WindowText(AxisPlan axis) =>
        axis.Global || axis.RuntimePad || axis.Adaptive ? string.Empty : $" for the {axis.Axis.Effective}-wide window with {PaddingText(axis)}";

    /// <summary>"padding 1", or "padding 1+0" (before + after) when they differ.</summary>
    public static string PaddingText(AxisPlan axis) =>
        axis.Axis.IsSymmetric ? $"padding {axis.Axis.Padding}" : $"padding {axis.Axis.Padding}+{axis.Axis.PaddingEnd}";

    private static string Formula(PoolSpec spec, AxisInfo a, string size) =>
        $"{(spec.CeilMode ? "ceil" : "floor")}(({size} + {a.Padding} + {a.PaddingEnd} - {a.Effective}) / {a.Stride}) + 1" +
        (spec.CeilMode ? ", less one if the last window would start in the end padding" : string.Empty);

    private static string Product(IEnumerable<string> factors)
    {
        string result = string.Empty;
        foreach (string factor in factors)
        {
            result = result.Length == 0 ? factor : $"Times({result}, {factor})";
        }

        return result;
    }

    private static string Scaled(int factor, string name) => factor == 1 ? name : $"{factor} * {name}";
}
