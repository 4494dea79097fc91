using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;

namespace PoolGen.Generator
{
    public sealed partial class PoolGenerator
    {
        internal static partial class Emitter
        {
            /// <summary>
            /// The general kernel: 1D, 2D or 3D, channels first or last, explicit (asymmetric) or automatic padding, argmax
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
            internal static class General
            {
                /// <summary>One spatial axis as the emitted code names it.</summary>
                private sealed class Axis
                {
                    public Axis(string name, string title, string letter, AxisInfo info, int fixedInput, PoolMethodModel model)
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

                private static List<Axis> Axes(PoolMethodModel model) => model.Rank switch
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

                private static bool ChannelsLast(PoolMethodModel model) => model.Layout == LayoutModel.Nhwc;

                /// <summary>
                /// Float max/min, channels first: a vector scan tells whether the plane holds a NaN; if not, the taps use a plain
                /// MAXPS/MINPS, 1 instruction instead of the 3 that make NaN win. Not channels last: an image is megabytes, and a
                /// separate pass over it costs more memory traffic than the 2 extra instructions per tap, which hide behind the loads
                /// (measured on case 12 of the benchmarks: the scan took a third of the kernel's time).
                /// </summary>
                private static bool ChecksNaN(PoolMethodModel model) =>
                    Vectorized(model) && !model.Global && !ChannelsLast(model) && model.ElementType.IsFloatingPoint && model.Kind is PoolKindModel.Max or PoolKindModel.Min;

                /// <summary>
                /// Float max/min, channels last, windows unrolled: the pixels of a row whose windows lie inside the input run with the
                /// plain MAXPS/MINPS while an unordered compare of each pair of taps watches for NaN (1.5 instructions per tap instead
                /// of 3); a row that met a NaN is done again with the exact step. No separate pass over the image.
                /// </summary>
                private static bool ChecksTaps(PoolMethodModel model) =>
                    Vectorized(model) && !model.Global && ChannelsLast(model) && model.ElementType.IsFloatingPoint && model.Kind is PoolKindModel.Max or PoolKindModel.Min &&
                    UnrollsFull(model, Axes(model));

                /// <summary>
                /// Channels-first max/min of rank 2 or 3, stride 1 and vectors on the last axis, no dilation on the others: each input
                /// row is reduced along the last axis once, into a buffer, and each output row folds the reduced rows of its window.
                /// </summary>
                private static bool Separable(PoolMethodModel model) =>
                    Vectorized(model) && !model.Global && !ChannelsLast(model) && model.Rank >= 2 && model.Kind is PoolKindModel.Max or PoolKindModel.Min &&
                    model.W.Stride == 1 && model.H.Dilation == 1 && (model.Rank == 2 || model.D!.Dilation == 1);

                /// <summary>The separable buffer's limit, in elements: it is on the stack.</summary>
                private const int SeparableLimit = 16384;

                /// <summary>Windows of at most 27 taps that lie wholly inside the input are reduced fully unrolled.</summary>
                private static bool UnrollsFull(PoolMethodModel model, List<Axis> axes) =>
                    (ChannelsLast(model) || axes.Count > 1) && axes.Aggregate(1L, (volume, a) => volume * a.Info.Kernel) <= 27;

                /// <summary>Whether the kernel has vector code at all.</summary>
                private static bool Vectorized(PoolMethodModel model) =>
                    model.Strategy == KernelStrategy.General && !model.ElementType.IsHalf && model.IndicesName is null &&
                    !(model.Kind == PoolKindModel.Lp && model.P > 2) &&
                    !(model.Global && !ChannelsLast(model) && model.Kind is PoolKindModel.Max or PoolKindModel.Min) &&
                    (model.Global || ChannelsLast(model) || model.W.Stride == 1);

                public static void EmitKernelClass(CodeWriter w, PoolMethodModel model)
                {
                    List<Axis> axes = Axes(model);
                    bool vector = Vectorized(model);
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
                            EmitKernel(w, model, axes, vector);
                            w.Line();
                            EmitWindow(w, model, axes);
                            if (Separable(model))
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

                private static string T(PoolMethodModel model) => model.ElementType.Keyword;

                private static string A(PoolMethodModel model) => model.ElementType.Accumulator;

                private static void EmitRemarks(CodeWriter w, PoolMethodModel model, List<Axis> axes, bool vector)
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
                        : "Scalar code: " + (model.Strategy == KernelStrategy.GeneralScalar ? "PoolGenVectorize is false." :
                            model.IndicesName is not null ? "indices have no vector form yet." :
                            model.ElementType.IsHalf ? "Half has no vector form yet." :
                            model.Kind == PoolKindModel.Lp ? $"P = {model.P} needs a power function per tap." :
                            model.Global ? "a plane's max or min is kept in order, tap by tap." :
                            "a channels-first stride above 1 has no vector form yet."));
                    w.Line("/// <para>" + string.Join(" ", notes) + " See PoolGen's docs/semantics.md.</para>");
                    w.Line("/// </remarks>");
                }

                // ------------------------------------------------------------------------------------------------ Run

                private static void EmitRun(CodeWriter w, PoolMethodModel model, List<Axis> axes)
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
                        w.Line($"Kernel({string.Join(", ", arguments)});");
                    }
                }

                private static string Product(IEnumerable<string> factors)
                {
                    string result = string.Empty;
                    foreach (string factor in factors)
                    {
                        result = result.Length == 0 ? factor : $"Times({result}, {factor})";
                    }

                    return result;
                }

                /// <summary>The output size of every axis (and the SAME paddings), as constants where the attribute fixes them.</summary>
                private static void EmitOutputSizes(CodeWriter w, PoolMethodModel model, List<Axis> axes)
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

                private static string FormulaFor(PoolMethodModel model, AxisInfo a, string size) =>
                    $"{(model.CeilMode ? "ceil" : "floor")}(({size} + {a.Padding} + {a.PaddingEnd} - {a.Effective}) / {a.Stride}) + 1" +
                    (model.CeilMode ? ", less one if the last window would start in the end padding" : string.Empty);

                private static string Scaled(int factor, string name) => factor == 1 ? name : $"{factor} * {name}";

                /// <summary>The sizes the kernel takes as arguments: batch, channels, then those the attribute does not fix.</summary>
                private static IEnumerable<string> KernelDimensions(PoolMethodModel model, List<Axis> axes)
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

                // ------------------------------------------------------------------------------------------------ Kernel

                private static void EmitKernel(CodeWriter w, PoolMethodModel model, List<Axis> axes, bool vector)
                {
                    string t = T(model);
                    var parameters = new List<string> { $"ref {t} source", $"ref {t} destination" };
                    if (model.IndicesName is not null)
                    {
                        parameters.Add($"ref {model.IndicesType} indices");
                    }

                    parameters.AddRange(KernelDimensions(model, axes).Select(d => "int " + d));
                    w.Line("// Not inlined, so that the JIT's inlining budget goes to the helpers; fully optimized from the first call.");
                    w.Line("[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]");
                    using (w.Block($"private static void Kernel({string.Join(", ", parameters)})"))
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

                        if (model.Global)
                        {
                            EmitGlobalBody(w, model, axes, vector);
                        }
                        else if (ChannelsLast(model))
                        {
                            EmitChannelsLastBody(w, model, axes, vector);
                        }
                        else
                        {
                            EmitChannelsFirstBody(w, model, axes, vector);
                        }
                    }
                }

                private static string SpatialProduct(List<Axis> axes, System.Func<Axis, string> name) =>
                    axes.Count == 1 ? "(nint)" + name(axes[0]) : "(nint)" + string.Join(" * ", axes.Select(name));

                /// <summary>Window start, first and end tap inside the input (and inside the padded input) of one axis at o{letter}.</summary>
                private static void EmitRange(CodeWriter w, PoolMethodModel model, Axis axis, bool padded)
                {
                    AxisInfo a = axis.Info;
                    string l = axis.Letter;
                    w.Line($"int {l}0 = {Scaled(a.Stride, "o" + l)} - {axis.Pad};");
                    w.Line(a.Dilation == 1
                        ? $"int {l}First = Math.Max(0, -{l}0), {l}End = Math.Min({a.Kernel}, {axis.Name} - {l}0);"
                        : $"int {l}First = {l}0 >= 0 ? 0 : (-{l}0 + {a.Dilation - 1}) / {a.Dilation}, {l}End = Math.Min({a.Kernel}, ({axis.Name} - {l}0 + {a.Dilation - 1}) / {a.Dilation});");
                    if (padded)
                    {
                        // Taps inside [-padding, size + end padding): the divisor with CountIncludePad.
                        w.Line(a.Dilation == 1
                            ? $"int {l}Padded = Math.Min({a.Kernel}, {axis.Name} + {axis.PadEnd} - {l}0);"
                            : $"int {l}Padded = Math.Min({a.Kernel}, ({axis.Name} + {axis.PadEnd} - {l}0 + {a.Dilation - 1}) / {a.Dilation});");
                    }
                }

                /// <summary>The divisor of an average from the per-axis counts (o{letter} ranges already emitted).</summary>
                private static string Divisor(PoolMethodModel model, List<Axis> axes)
                {
                    if (model.DivisorOverride > 0)
                    {
                        return Int(model.DivisorOverride);
                    }

                    return string.Join(" * ", axes.Select(a => model.CountIncludePad ? a.Letter + "Padded" : $"Math.Max(0, {a.Letter}End - {a.Letter}First)"));
                }

                private static bool NeedsDivisor(PoolMethodModel model) => model.Kind == PoolKindModel.Average;

                /// <summary>
                /// The divisor of a vector of outputs: channels last, that of the pixel; channels first, the outputs are inside the
                /// input on the last axis, so its factor is the window size there.
                /// </summary>
                private static string VectorDivisor(PoolMethodModel model, List<Axis> axes, bool channelsLast)
                {
                    if (channelsLast || model.DivisorOverride > 0)
                    {
                        return Divisor(model, axes);
                    }

                    var factors = axes.Take(axes.Count - 1)
                        .Select(a => model.CountIncludePad ? a.Letter + "Padded" : $"Math.Max(0, {a.Letter}End - {a.Letter}First)")
                        .Concat(new[] { Int(model.W.Kernel) });
                    return string.Join(" * ", factors);
                }

                /// <summary>Channels first: plane by plane; vector runs over the last axis inside the input when its stride is 1.</summary>
                private static void EmitChannelsFirstBody(CodeWriter w, PoolMethodModel model, List<Axis> axes, bool vector)
                {
                    string t = T(model);
                    Axis last = axes[axes.Count - 1];
                    w.Line($"nint inputPlane = {SpatialProduct(axes, a => a.Name)}, outputPlane = {SpatialProduct(axes, a => a.Out)};");
                    if (vector)
                    {
                        AxisInfo a = last.Info;
                        string inside = last.RuntimePad ? $"{Plus(last.Name, 1 - a.Effective)} + {last.Pad}" : Plus(last.Name, 1L - a.Effective + a.Padding);
                        w.Line($"// The outputs [{last.Letter}Begin, {last.Letter}Stop) of the last axis have every tap inside the input there.");
                        w.Line($"int {last.Letter}Begin = Math.Min({last.Out}, {last.Pad});");
                        w.Line($"int {last.Letter}Stop = Math.Max({last.Letter}Begin, Math.Min({last.Out}, {inside}));");
                    }

                    if (Separable(model) && EmitSeparableCall(w, model, axes))
                    {
                        return; // The shape is fixed and the separable buffer fits: nothing else is needed.
                    }

                    using (w.Block("for (int plane = 0; plane < batch * channels; plane++)"))
                    {
                        w.Line($"ref {t} input = ref Unsafe.Add(ref source, plane * inputPlane);");
                        w.Line($"ref {t} output = ref Unsafe.Add(ref destination, plane * outputPlane);");
                        if (ChecksNaN(model))
                        {
                            w.Line("bool exact = HasNaN(ref input, inputPlane); // Else the taps use a plain MAXPS/MINPS.");
                        }

                        if (model.IndicesName is not null)
                        {
                            w.Line($"ref {model.IndicesType} index = ref Unsafe.Add(ref indices, plane * outputPlane);");
                        }

                        var scopes = new List<CodeWriter.Scope>();
                        foreach (Axis axis in axes.Take(axes.Count - 1))
                        {
                            scopes.Add(w.Block($"for (int o{axis.Letter} = 0; o{axis.Letter} < {axis.Out}; o{axis.Letter}++)"));
                            if (vector)
                            {
                                EmitRange(w, model, axis, NeedsDivisor(model) && model.CountIncludePad && model.DivisorOverride == 0);
                            }
                        }

                        string row = axes.Count == 1 ? "0" : axes.Count == 2 ? "(nint)oh * outWidth" : "((nint)od * outHeight + oh) * outWidth";
                        w.Line($"nint row = {row};");
                        string window = WindowCall(model, axes, "input", "(nint)1");
                        string o = "o" + last.Letter;
                        if (!vector)
                        {
                            using (w.Block($"for (int {o} = 0; {o} < {last.Out}; {o}++)"))
                            {
                                w.Line(Store(model, "output", "row + " + o, window, "row + " + o));
                            }
                        }
                        else
                        {
                            w.Line($"int {o} = 0;");
                            using (w.Block($"for (; {o} < {last.Letter}Begin; {o}++)"))
                            {
                                w.Line(Store(model, "output", "row + " + o, window, null));
                            }

                            w.Line();
                            w.Line($"// Inside the input on the last axis: each lane is one output, each tap one contiguous load.");
                            string corner = axes.Count == 1
                                ? $"-{last.Pad}"
                                : axes.Count == 2
                                ? $"(nint)(h0 + {Scaled(model.H.Dilation, "hFirst")}) * width - {last.Pad}"
                                : $"((nint)(d0 + {Scaled(model.D!.Dilation, "dFirst")}) * height + h0 + {Scaled(model.H.Dilation, "hFirst")}) * width - {last.Pad}";
                            w.Line($"ref {t} corner = ref Unsafe.Add(ref input, {corner});");
                            EmitVectorRuns(w, model, axes, o, $"{last.Letter}Stop", "ref Unsafe.Add(ref output, row)", channelsLast: false);
                            using (w.Block($"for (; {o} < {last.Out}; {o}++)"))
                            {
                                w.Line(Store(model, "output", "row + " + o, window, null));
                            }
                        }

                        for (int i = scopes.Count - 1; i >= 0; i--)
                        {
                            scopes[i].Dispose();
                        }
                    }
                }

                /// <summary>The count and step arguments of the Taps helpers (only the steps for Full), in their parameter order (ranges emitted).</summary>
                private static string CountArguments(PoolMethodModel model, List<Axis> axes, bool channelsLast, bool counts = true)
                {
                    string cs = channelsLast ? " * channels" : string.Empty;
                    string Step(int dilation, string extent) => dilation == 1 ? $"(nint){extent}{cs}" : $"(nint){dilation} * {extent}{cs}";
                    var parts = new List<string>();
                    if (axes.Count == 3)
                    {
                        if (counts)
                        {
                            parts.Add("dEnd - dFirst");
                        }

                        parts.Add(Step(model.D!.Dilation, "height * width"));
                    }

                    if (axes.Count >= 2)
                    {
                        if (counts)
                        {
                            parts.Add("hEnd - hFirst");
                        }

                        parts.Add(Step(model.H.Dilation, "width"));
                    }

                    if (channelsLast)
                    {
                        string l = axes[axes.Count - 1].Letter;
                        if (counts)
                        {
                            parts.Add($"{l}End - {l}First");
                        }

                        parts.Add(model.W.Dilation == 1 ? "channels" : $"(nint){model.W.Dilation} * channels");
                    }
                    else
                    {
                        parts.Add(Int(model.W.Dilation));
                    }

                    return string.Join(", ", parts);
                }

                /// <summary>
                /// The vector runs of one row (channels first) or pixel (channels last): a call of Run (or RunFull, for a window
                /// wholly inside the input) with the step type that fits the data, which returns where the scalar code goes on.
                /// </summary>
                private static void EmitVectorRuns(CodeWriter w, PoolMethodModel model, List<Axis> axes, string o, string stop, string output, bool channelsLast)
                {
                    string a = A(model);
                    if (NeedsDivisor(model))
                    {
                        w.Line($"{a} divisor = {VectorDivisor(model, axes, channelsLast)};");
                    }

                    string divisor = NeedsDivisor(model) ? ", divisor" : string.Empty;
                    string Call(bool full, string step) =>
                        $"{(full ? "RunFull" : "Run")}<{step}>(ref corner, {output}, {o}, {stop}, {CountArguments(model, axes, channelsLast, counts: !full)}{divisor})";
                    void Dispatch(bool full)
                    {
                        if (ChecksNaN(model))
                        {
                            w.Line($"{o} = exact");
                            w.Line($"    ? {Call(full, "AnyData")}");
                            w.Line($"    : {Call(full, "NoNaN")};");
                        }
                        else
                        {
                            w.Line($"{o} = {Call(full, "AnyData")};");
                        }
                    }

                    if (UnrollsFull(model, axes))
                    {
                        var conditions = axes.Take(axes.Count - (channelsLast ? 0 : 1)).Select(x => $"{x.Letter}End - {x.Letter}First == {x.Info.Kernel}");
                        using (w.Block($"if ({string.Join(" && ", conditions)})"))
                        {
                            Dispatch(full: true);
                        }

                        using (w.Block("else"))
                        {
                            Dispatch(full: false);
                        }
                    }
                    else
                    {
                        Dispatch(full: false);
                    }

                    w.Line();
                }

                /// <summary>
                /// The separable kernel's call, when its buffers (the plane reduced along the last axis, and for rank 3 the ring of
                /// planes reduced along the height) fit the stack. Returns true when the shape is fixed and the buffers fit, so that
                /// no other code is needed.
                /// </summary>
                private static bool EmitSeparableCall(CodeWriter w, PoolMethodModel model, List<Axis> axes)
                {
                    Axis heightAxis = axes[axes.Count - 2], lastAxis = axes[axes.Count - 1];
                    bool three = model.Rank == 3;
                    int kd = three ? model.D!.Kernel : 1;
                    long? fixedSize = heightAxis.Fixed > 0 && lastAxis.Fixed > 0 && heightAxis.FixedOut > 0 && lastAxis.FixedOut > 0
                        ? heightAxis.Fixed * System.Math.Max(lastAxis.Fixed, lastAxis.FixedOut) + (three ? kd * heightAxis.FixedOut * lastAxis.FixedOut : 0)
                        : null;
                    if (fixedSize > SeparableLimit)
                    {
                        return false;
                    }

                    string t = T(model);
                    string l = lastAxis.Letter;
                    w.Line();
                    string steps = three ? $"{model.W.Kernel} + {model.H.Kernel} + {kd}" : $"{model.W.Kernel} + {model.H.Kernel}";
                    string direct = $"{(three ? $"{kd}*" : string.Empty)}{model.H.Kernel}*{model.W.Kernel}";
                    if (three)
                    {
                        w.Line($"// Separable, one pass per axis: each input row reduced along {lastAxis.Name}, each output row folds the reduced rows of its window");
                        w.Line($"// into a plane, and each output plane folds the planes of its window ({steps} steps per output instead of {direct}).");
                    }
                    else
                    {
                        w.Line($"// Separable, one pass per axis: each input row reduced along {lastAxis.Name}, then each output row folds the reduced rows of its");
                        w.Line($"// window ({steps} steps per output instead of {direct}).");
                    }

                    w.Line("// Max and min pick the same tap in any bracketing that keeps the row-major order, so the results are the direct");
                    w.Line("// kernel's, bit for bit. The buffers live on the stack.");
                    string size = $"(long)height * Math.Max({lastAxis.Name}, {lastAxis.Out}){(three ? $" + {kd}L * {heightAxis.Out} * {lastAxis.Out}" : string.Empty)}";
                    using (fixedSize is null ? w.Block($"if ({size} <= {SeparableLimit})") : w.Block(string.Empty))
                    {
                        w.Line(fixedSize is null ? $"Span<{t}> rows = stackalloc {t}[(int)({size})];" : $"Span<{t}> rows = stackalloc {t}[{fixedSize}];");
                        using (w.Block("for (int plane = 0; plane < batch * channels; plane++)"))
                        {
                            w.Line($"ref {t} input = ref Unsafe.Add(ref source, plane * inputPlane);");
                            w.Line($"ref {t} output = ref Unsafe.Add(ref destination, plane * outputPlane);");
                            var arguments = new List<string> { "ref input", "ref output", "ref MemoryMarshal.GetReference(rows)" };
                            arguments.AddRange(SeparableArguments(model, axes, axes));
                            string call(string step) => $"Separable<{step}>({string.Join(", ", arguments)});";
                            if (ChecksNaN(model))
                            {
                                using (w.Block("if (HasNaN(ref input, inputPlane))"))
                                {
                                    w.Line(call("AnyData"));
                                }

                                using (w.Block("else"))
                                {
                                    w.Line(call("NoNaN"));
                                }
                            }
                            else
                            {
                                w.Line(call("AnyData"));
                            }
                        }

                        if (fixedSize is null)
                        {
                            w.Line();
                            w.Line("return;");
                        }
                    }

                    if (fixedSize is null)
                    {
                        w.Line();
                    }

                    return fixedSize is not null;
                }

                /// <summary>
                /// The sizes a separable helper takes over the given axes: the input sizes and SAME paddings that are not constants,
                /// the output sizes that are not constants, and the last axis's range of outputs with every tap inside the input.
                /// </summary>
                private static IEnumerable<string> SeparableArguments(PoolMethodModel model, List<Axis> axes, List<Axis> over)
                {
                    foreach (string dimension in WindowDimensions(model, over))
                    {
                        yield return dimension;
                    }

                    foreach (Axis axis in over.Where(a => a.FixedOut == 0))
                    {
                        yield return axis.Out;
                    }

                    yield return axes[axes.Count - 1].Letter + "Begin";
                    yield return axes[axes.Count - 1].Letter + "Stop";
                }

                /// <summary>
                /// The separable kernel: Separable (rank 3: the planes of the ring, folded per output plane by FoldPlanes), Reduce (one
                /// input plane: every row along the last axis, then FoldRows down the height), and the row helpers.
                /// </summary>
                private static void EmitSeparable(CodeWriter w, PoolMethodModel model, List<Axis> axes)
                {
                    string t = T(model);
                    bool three = model.Rank == 3;
                    Axis last = axes[axes.Count - 1];
                    Axis h = axes[axes.Count - 2];
                    var plane = new List<Axis> { h, last };
                    AxisInfo wi = last.Info;
                    int kd = three ? model.D!.Kernel : 1;
                    int kh = model.H.Kernel;
                    string across = $"Math.Max({last.Name}, {last.Out})";

                    void Constants(IEnumerable<Axis> over)
                    {
                        foreach (Axis axis in over)
                        {
                            if (axis.Fixed > 0)
                            {
                                w.Line($"const int {axis.Name} = {axis.Fixed};");
                            }

                            if (axis.FixedOut > 0)
                            {
                                w.Line($"const int {axis.Out} = {Int(axis.FixedOut)};");
                            }
                        }
                    }

                    List<string> Parameters(IEnumerable<string> head, List<Axis> over)
                    {
                        var list = head.ToList();
                        list.AddRange(SeparableArguments(model, axes, over).Select(d => "int " + d));
                        return list;
                    }

                    if (three)
                    {
                        Axis d = axes[0];
                        w.Line();
                        w.Line($"// One plane of a channel: each input plane reduced into slot z % {kd} of the planes after the rows, then each output plane");
                        w.Line("// folds the planes of its window.");
                        w.Line("[MethodImpl(MethodImplOptions.AggressiveOptimization)]");
                        w.Line($"private static void Separable<TStep>({string.Join(", ", Parameters(new[] { $"ref {t} input", $"ref {t} output", $"ref {t} rows" }, axes))})");
                        using (w.Block("    where TStep : struct, IStep"))
                        {
                            Constants(axes);
                            w.Line($"nint area = (nint){h.Out} * {last.Out};");
                            w.Line($"ref {t} planes = ref Unsafe.Add(ref rows, (nint)height * {across});");
                            w.Line("int reduced = 0; // Input planes below this one are reduced (the last ones still in their slots).");
                            using (w.Block($"for (int od = 0; od < {d.Out}; od++)"))
                            {
                                EmitRange(w, model, d, padded: false);
                                using (w.Block("for (reduced = Math.Max(reduced, d0 + dFirst); reduced < d0 + dEnd; reduced++)"))
                                {
                                    var arguments = new List<string> { "ref Unsafe.Add(ref input, (nint)reduced * height * width)", "ref rows", $"ref Unsafe.Add(ref planes, reduced % {kd} * area)" };
                                    arguments.AddRange(SeparableArguments(model, axes, plane));
                                    w.Line($"Reduce<TStep>({string.Join(", ", arguments)});");
                                }

                                w.Line();
                                w.Line("FoldPlanes<TStep>(ref planes, ref Unsafe.Add(ref output, od * area), (int)area, area, d0 + dFirst, dEnd - dFirst);");
                            }
                        }
                    }

                    // Reduce: one input plane along the last axis into rows, then down the height into the output (rank 2) or a plane.
                    w.Line();
                    w.Line($"// One input plane: every row reduced along {last.Name} into rows (as wide as the input's, so that the plane is one run, unless");
                    w.Line($"// the output is wider), then each output row folds the reduced rows of its window into to{(three ? ", a plane of the ring" : ", the output")}.");
                    w.Line("[MethodImpl(MethodImplOptions.AggressiveOptimization)]");
                    w.Line($"private static void {(three ? "Reduce" : "Separable")}<TStep>({string.Join(", ", Parameters(three ? new[] { $"ref {t} input", $"ref {t} rows", $"ref {t} to" } : new[] { $"ref {t} input", $"ref {t} to", $"ref {t} rows" }, plane))})");
                    using (w.Block("    where TStep : struct, IStep"))
                    {
                        Constants(plane);
                        w.Line($"int across = {across};");
                        w.Line($"// Every row's outputs [{last.Letter}Begin, {last.Letter}Stop) as one run over the plane: between two rows the run computes columns whose");
                        w.Line($"// taps wrap into the next row, and the columns outside [{last.Letter}Begin, {last.Letter}Stop) are written again, tap by tap, below.");
                        w.Line($"bool flat = across == {last.Name} && {last.Letter}Stop > {last.Letter}Begin &&");
                        w.Line($"    RunRow<TStep>(ref Unsafe.Add(ref input, -{last.Pad}), ref rows, {last.Letter}Begin, (height - 1) * {last.Name} + {last.Letter}Stop) != {last.Letter}Begin;");
                        using (w.Block("for (int ih = 0; ih < height; ih++)"))
                        {
                            w.Line($"ref {t} row = ref Unsafe.Add(ref input, (nint)ih * {last.Name});");
                            w.Line($"ref {t} reduced = ref Unsafe.Add(ref rows, (nint)ih * across);");
                            string clipped = $"ClippedRow(ref row, ref reduced, {(last.Fixed > 0 ? string.Empty : last.Name + ", ")}{(last.RuntimePad ? last.Pad + ", " : string.Empty)}";
                            if (last.RuntimePad)
                            {
                                w.Line($"{clipped}0, {last.Letter}Begin);");
                                w.Line($"int o = flat ? {last.Letter}Stop : RunRow<TStep>(ref Unsafe.Add(ref row, -{last.Pad}), ref reduced, {last.Letter}Begin, {last.Letter}Stop);");
                                w.Line($"{clipped}o, {last.Out});");
                            }
                            else
                            {
                                EmitEdgeColumns(w, model, last);
                                w.Line($"{clipped}0, {last.Letter}Begin);");
                                w.Line($"int o = RunRow<TStep>(ref Unsafe.Add(ref row, -{last.Pad}), ref reduced, {last.Letter}Begin, {last.Letter}Stop);");
                                w.Line($"{clipped}o, {last.Out});");
                            }
                        }

                        w.Line();
                        var scopes = new List<CodeWriter.Scope>();
                        if (model.H.Stride == 1)
                        {
                            // Stride 1 down the rows: the output rows whose windows are wholly inside the input read consecutive
                            // reduced rows, so with rows as wide as the output's they are one run: no per-row overhead for the bulk.
                            w.Line("// The output rows whose windows are inside the input: one run when the reduced rows are as wide as the output's.");
                            w.Line($"int full0 = Math.Min({h.Out}, {h.Pad}), full1 = Math.Max(full0, Math.Min({h.Out}, {Plus("height", 1 - kh)} + {h.Pad}));");
                            w.Line($"bool run = across == {last.Out} && full1 > full0;");
                            using (w.Block("if (run)"))
                            {
                                w.Line($"FoldRows<TStep>(ref Unsafe.Add(ref rows, (nint)({(h.Pad == "0" ? "full0" : $"full0 - {h.Pad}")}) * across), ref Unsafe.Add(ref to, (nint)full0 * {last.Out}), (full1 - full0) * {last.Out}, across, {kh});");
                            }

                            w.Line();
                            scopes.Add(w.Block($"for (int oh = 0; oh < {h.Out}; oh++)"));
                            using (w.Block("if (run && oh == full0)"))
                            {
                                w.Line("oh = full1 - 1; // Done above.");
                                w.Line("continue;");
                            }

                            w.Line();
                        }
                        else
                        {
                            scopes.Add(w.Block($"for (int oh = 0; oh < {h.Out}; oh++)"));
                        }

                        EmitRange(w, model, h, padded: false);
                        w.Line($"FoldRows<TStep>(ref Unsafe.Add(ref rows, (nint)(h0 + hFirst) * across), ref Unsafe.Add(ref to, (nint)oh * {last.Out}), {last.Out}, across, hEnd - hFirst);");
                        foreach (CodeWriter.Scope scope in scopes)
                        {
                            scope.Dispose();
                        }
                    }

                    // ClippedRow and RunRow: one input row along the last axis.
                    w.Line();
                    w.Line($"// Output columns [from, to) of one input row, tap by tap, with the taps outside the input skipped.");
                    var clippedParameters = new List<string> { $"ref {t} input", $"ref {t} reduced" };
                    if (last.Fixed == 0)
                    {
                        clippedParameters.Add("int " + last.Name);
                    }

                    if (last.RuntimePad)
                    {
                        clippedParameters.Add("int " + last.Pad);
                    }

                    clippedParameters.Add("int from");
                    clippedParameters.Add("int to");
                    using (w.Block($"private static void ClippedRow({string.Join(", ", clippedParameters)})"))
                    {
                        if (last.Fixed > 0)
                        {
                            w.Line($"const int {last.Name} = {last.Fixed};");
                        }

                        using (w.Block("for (int o = from; o < to; o++)"))
                        {
                            w.Line($"{t} value = {Init(model)};");
                            using (w.Block($"for (int k = 0; k < {wi.Kernel}; k++)"))
                            {
                                w.Line($"int x = o - {last.Pad} + {Scaled(wi.Dilation, "k")};");
                                using (w.Block($"if ((uint)x < (uint){last.Name})"))
                                {
                                    w.Line($"value = {Step(model, "value", "Unsafe.Add(ref input, x)")};");
                                }
                            }

                            w.Line();
                            w.Line("Unsafe.Add(ref reduced, o) = value;");
                        }
                    }

                    w.Line();
                    w.Line($"// Output columns [o, stop) of one input row (input at column o - padding), a vector each, the last one moved back to end at stop.");
                    w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                    w.Line($"private static int RunRow<TStep>(ref {t} at, ref {t} reduced, int o, int stop)");
                    using (w.Block("    where TStep : struct, IStep"))
                    {
                        EmitClampedVectorLoop(w, model, bits => Enumerable.Range(0, wi.Kernel).Select(k =>
                            $"value = TStep.Apply(value, Vector{bits}.LoadUnsafe(ref at, (nuint)(o{(k == 0 ? string.Empty : $" + {k * wi.Dilation}")})));"), "reduced");
                    }

                    // FoldRows (and FoldPlanes): count rows (planes) folded, in order, the vectors first, then the rest one by one.
                    EmitFold(w, model, "FoldRows", "rows", "step", kh, finish: !three, j => j == 0 ? "0" : $"{Scaled(j, "step")}", "y", "(nint)y * step");
                    if (three)
                    {
                        EmitFold(w, model, "FoldPlanes", "planes", "area", kd, finish: true, j => j == 0 ? $"(nint)(first % {kd}) * area" : $"(nint)((first + {j}) % {kd}) * area", "z", $"(nint)((first + z) % {kd}) * area");
                    }
                }

                /// <summary>
                /// Flat (the plane reduced as one run along the last axis), constant padding: the columns before {l}Begin and from
                /// {l}Stop on, as straight lines. A flat plane's rows are at least as wide as the window, so which taps of an edge
                /// column lie inside the input is known here: those at or after column 0 on the left, and on the right, with stride
                /// 1, the {l}Stop + j column's taps that end before the row does (there are exactly PaddingEnd such columns).
                /// </summary>
                private static void EmitEdgeColumns(CodeWriter w, PoolMethodModel model, Axis last)
                {
                    AxisInfo a = last.Info;
                    string l = last.Letter;
                    string Reduce(IEnumerable<string> taps) => taps.Aggregate(string.Empty, (value, tap) => value.Length == 0 ? tap : Step(model, value, tap)) is { Length: > 0 } value ? value : Init(model);
                    string Tap(string at) => $"Unsafe.Add(ref row, {at})";
                    using (w.Block("if (flat)"))
                    {
                        w.Line("// The edge columns, with their taps inside the input.");
                        for (int o = 0; o < a.Padding; o++)
                        {
                            var taps = Enumerable.Range(0, a.Kernel).Select(k => o - a.Padding + (k * a.Dilation)).Where(x => x >= 0).Select(x => Tap(Int(x)));
                            w.Line($"Unsafe.Add(ref reduced, {o}) = {Reduce(taps)};");
                        }

                        for (int j = 0; j < a.PaddingEnd; j++)
                        {
                            int column = j;
                            var taps = Enumerable.Range(0, a.Kernel).Where(k => k * a.Dilation <= a.Effective - 2 - column)
                                .Select(k => Tap(Plus($"{l}Stop", column - a.Padding + (k * a.Dilation))));
                            w.Line($"Unsafe.Add(ref reduced, {Plus($"{l}Stop", j)}) = {Reduce(taps)};");
                        }

                        w.Line("continue;");
                    }

                    w.Line();
                }

                /// <summary>
                /// A fold of count rows (or ring slots of planes) into outputs [0, stop): to[o] is the reduction of from[offset(j) + o]
                /// for j from 0 to count, in order. The vectors first, unrolled with the offsets worked out once when the whole window
                /// is inside the input; then the last few outputs one by one.
                /// </summary>
                private static void EmitFold(CodeWriter w, PoolMethodModel model, string name, string what, string step, int kernel, bool finish,
                    System.Func<int, string> offset, string index, string indexOffset)
                {
                    string t = T(model);
                    bool planes = name == "FoldPlanes";
                    string parameters = $"ref {t} from, ref {t} to, int stop, nint {step}, {(planes ? "int first, " : string.Empty)}int count";
                    string arguments = $"ref from, ref to, stop, {step}, {(planes ? "first, " : string.Empty)}count";
                    w.Line();
                    w.Line(planes
                        ? $"// Outputs [0, stop): the count planes of the window, from slot first % {kernel} of the ring on, folded in order; the vectors, then"
                        : $"// Outputs [0, stop): the count {what} of the window, {step} apart, folded in order; the vectors, then");
                    w.Line("// the rest one by one.");
                    w.Line($"private static void {name}<TStep>({parameters})");
                    using (w.Block("    where TStep : struct, IStep"))
                    {
                        using (w.Block($"for (int o = {name}Vectors<TStep>({arguments}); o < stop; o++)"))
                        {
                            w.Line($"{t} value = {Init(model)};");
                            using (w.Block($"for (int {index} = 0; {index} < count; {index}++)"))
                            {
                                w.Line($"value = {Step(model, "value", $"Unsafe.Add(ref from, {indexOffset} + o)")};");
                            }

                            w.Line();
                            w.Line($"Unsafe.Add(ref to, o) = {(finish ? "Finish(value)" : "value")};");
                        }
                    }

                    w.Line();
                    w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                    w.Line($"private static int {name}Vectors<TStep>({parameters})");
                    using (w.Block("    where TStep : struct, IStep"))
                    {
                        w.Line("int o = 0;");
                        using (w.Block($"if (count == {kernel})"))
                        {
                            w.Line($"// The whole window inside the input: every {(planes ? "plane" : "row")}'s offset worked out once, the loads unrolled.");
                            for (int j = 0; j < kernel; j++)
                            {
                                w.Line($"nint at{j} = {offset(j)};");
                            }

                            EmitClampedVectorLoop(w, model, bits => Enumerable.Range(0, kernel).Select(j =>
                                $"value = TStep.Apply(value, Vector{bits}.LoadUnsafe(ref from, (nuint)(at{j} + o)));"), "to", finish);
                        }

                        w.Line();
                        EmitClampedVectorLoop(w, model, bits => new[]
                        {
                            $"for (int {index} = 0; {index} < count; {index}++)",
                            "{",
                            $"    value = TStep.Apply(value, Vector{bits}.LoadUnsafe(ref from, (nuint)({indexOffset} + o)));",
                            "}",
                        }, "to", finish);
                    }
                }

                /// <summary>
                /// A vector loop from o to stop over lanes, then the rest as one last vector moved back to end at stop (a 128-bit
                /// one when that covers the rest), recomputing a few lanes; returns where it stopped.
                /// </summary>
                private static void EmitClampedVectorLoop(CodeWriter w, PoolMethodModel model, System.Func<int, IEnumerable<string>> body, string output, bool finish = false)
                    => EmitVectorLoops(w, model, bits =>
                    {
                        var lines = new List<string> { $"Vector{bits}<{T(model)}> value = Vector{bits}.Create({VectorInit(model)});" };
                        lines.AddRange(body(bits));
                        lines.Add($"Vector{bits}.StoreUnsafe({(finish ? $"Finish{bits}(value)" : "value")}, ref {output}, (nuint)o);");
                        return lines;
                    });

                /// <summary>The vector loops of Run and the separable kernel: <paramref name="step"/> writes the lanes from o.</summary>
                private static void EmitVectorLoops(CodeWriter w, PoolMethodModel model, System.Func<int, IEnumerable<string>> step)
                {
                    string t = T(model);
                    void Lines(int bits)
                    {
                        foreach (string line in step(bits))
                        {
                            w.Line(line);
                        }
                    }

                    using (w.Block($"if (Vector256.IsHardwareAccelerated && stop - o >= Vector256<{t}>.Count)"))
                    {
                        using (w.Block($"for (; o <= stop - Vector256<{t}>.Count; o += Vector256<{t}>.Count)"))
                        {
                            Lines(256);
                        }

                        w.Line();
                        using (w.Block("if (o < stop)"))
                        {
                            w.Line("// The rest: one more vector, moved back to end at stop; a 128-bit one when that is enough.");
                            using (w.Block($"if (stop - o > Vector128<{t}>.Count)"))
                            {
                                w.Line($"o = stop - Vector256<{t}>.Count;");
                                Lines(256);
                            }

                            using (w.Block("else"))
                            {
                                w.Line($"o = stop - Vector128<{t}>.Count;");
                                Lines(128);
                            }

                            w.Line();
                            w.Line("o = stop;");
                        }
                    }

                    using (w.Block($"else if (Vector128.IsHardwareAccelerated && stop - o >= Vector128<{t}>.Count)"))
                    {
                        using (w.Block($"for (; o <= stop - Vector128<{t}>.Count; o += Vector128<{t}>.Count)"))
                        {
                            Lines(128);
                        }

                        w.Line();
                        using (w.Block("if (o < stop)"))
                        {
                            w.Line($"o = stop - Vector128<{t}>.Count;");
                            Lines(128);
                            w.Line("o = stop;");
                        }
                    }

                    w.Line();
                    w.Line("return o;");
                }

                /// <summary>The parameters after "ref at" of Taps (counts and steps) or Full (steps only), in order.</summary>
                private static List<string> TapsParameters(PoolMethodModel model, List<Axis> axes, bool full)
                {
                    bool last = ChannelsLast(model);
                    var parameters = new List<string>();
                    if (axes.Count == 3)
                    {
                        if (!full)
                        {
                            parameters.Add("int dCount");
                        }

                        parameters.Add("nint dStep");
                    }

                    if (axes.Count >= 2)
                    {
                        if (!full)
                        {
                            parameters.Add("int hCount");
                        }

                        parameters.Add("nint hStep");
                    }

                    if (last && !full)
                    {
                        parameters.Add("int wCount");
                    }

                    parameters.Add("nint wStep");
                    return parameters;
                }

                /// <summary>Channels last: pixel by pixel, vectors over the channels.</summary>
                private static void EmitChannelsLastBody(CodeWriter w, PoolMethodModel model, List<Axis> axes, bool vector)
                {
                    string t = T(model);
                    w.Line($"nint inputImage = {SpatialProduct(axes, a => a.Name)} * channels, outputImage = {SpatialProduct(axes, a => a.Out)} * channels;");
                    Axis last = axes[axes.Count - 1];
                    string l = last.Letter;
                    if (ChecksTaps(model))
                    {
                        AxisInfo a = last.Info;
                        string begin = a.Stride == 1 ? last.Pad : last.RuntimePad ? $"({last.Pad} + {a.Stride - 1}) / {a.Stride}" : Int((a.Padding + a.Stride - 1) / a.Stride);
                        string reach = last.RuntimePad ? $"{Plus(last.Name, -a.Effective)} + {last.Pad}" : Plus(last.Name, a.Padding - (long)a.Effective);
                        w.Line($"// The outputs [{l}Begin, {l}Stop) of the last axis have every tap inside the input there.");
                        w.Line($"int {l}Begin = Math.Min({last.Out}, {begin});");
                        w.Line(a.Stride == 1
                            ? $"int {l}Stop = Math.Max({l}Begin, Math.Min({last.Out}, {reach} + 1));"
                            : $"int {l}Stop = Math.Max({l}Begin, Math.Min({last.Out}, {reach} < 0 ? 0 : ({reach}) / {a.Stride} + 1));");
                    }

                    using (w.Block("for (int n = 0; n < batch; n++)"))
                    {
                        w.Line($"ref {t} input = ref Unsafe.Add(ref source, n * inputImage);");
                        w.Line($"ref {t} output = ref Unsafe.Add(ref destination, n * outputImage);");
                        if (ChecksNaN(model))
                        {
                            w.Line("bool exact = HasNaN(ref input, inputImage); // Else the taps use a plain MAXPS/MINPS.");
                        }
                        if (model.IndicesName is not null)
                        {
                            w.Line($"ref {model.IndicesType} index = ref Unsafe.Add(ref indices, n * outputImage);");
                        }

                        var scopes = new List<CodeWriter.Scope>();
                        foreach (Axis axis in axes)
                        {
                            scopes.Add(w.Block($"for (int o{axis.Letter} = 0; o{axis.Letter} < {axis.Out}; o{axis.Letter}++)"));
                            if (axis == last && ChecksTaps(model))
                            {
                                EmitCheckedRun(w, model, axes);
                            }

                            if (vector)
                            {
                                EmitRange(w, model, axis, NeedsDivisor(model) && model.CountIncludePad && model.DivisorOverride == 0);
                            }
                        }

                        string pixel = axes.Count == 1 ? "(nint)ol" : axes.Count == 2 ? "(nint)oh * outWidth + ow" : "((nint)od * outHeight + oh) * outWidth + ow";
                        w.Line($"nint pixel = ({pixel}) * channels;");
                        w.Line("int c = 0;");
                        if (vector)
                        {
                            string corner = axes.Count == 1
                                ? $"(nint)(l0 + {Scaled(model.W.Dilation, "lFirst")})"
                                : axes.Count == 2
                                ? $"(nint)(h0 + {Scaled(model.H.Dilation, "hFirst")}) * width + w0 + {Scaled(model.W.Dilation, "wFirst")}"
                                : $"((nint)(d0 + {Scaled(model.D!.Dilation, "dFirst")}) * height + h0 + {Scaled(model.H.Dilation, "hFirst")}) * width + w0 + {Scaled(model.W.Dilation, "wFirst")}";
                            w.Line($"ref {t} corner = ref Unsafe.Add(ref input, ({corner}) * channels);");
                            EmitVectorRuns(w, model, axes, "c", "channels", "ref Unsafe.Add(ref output, pixel)", channelsLast: true);
                        }

                        string window = WindowCall(model, axes, "Unsafe.Add(ref input, c)", "channels");
                        using (w.Block("for (; c < channels; c++)"))
                        {
                            w.Line(Store(model, "output", "pixel + c", window, "pixel + c"));
                        }

                        for (int i = scopes.Count - 1; i >= 0; i--)
                        {
                            scopes[i].Dispose();
                        }
                    }
                }

                /// <summary>
                /// Channels last, at the first output of a row whose other axes are inside the input: the pixels with every tap inside
                /// the input as one checked run (Checked), done again with the exact step if it met a NaN.
                /// </summary>
                private static void EmitCheckedRun(CodeWriter w, PoolMethodModel model, List<Axis> axes)
                {
                    string t = T(model);
                    Axis last = axes[axes.Count - 1];
                    string l = last.Letter;
                    AxisInfo a = last.Info;
                    var conditions = new List<string> { $"o{l} == {l}Begin", $"{l}Stop > {l}Begin", $"Vector128.IsHardwareAccelerated && channels >= Vector128<{t}>.Count" };
                    conditions.AddRange(axes.Take(axes.Count - 1).Select(x => $"{x.Letter}End - {x.Letter}First == {x.Info.Kernel}"));
                    string outer = axes.Count == 1 ? string.Empty : axes.Count == 2 ? "(nint)h0 * width + " : "((nint)d0 * height + h0) * width + ";
                    string row = axes.Count == 1 ? string.Empty : axes.Count == 2 ? "(nint)oh * outWidth + " : "((nint)od * outHeight + oh) * outWidth + ";
                    string steps = CountArguments(model, axes, channelsLast: true, counts: false);
                    string pixelStep = a.Stride == 1 ? "channels" : $"(nint){a.Stride} * channels";
                    using (w.Block($"if ({string.Join(" && ", conditions)})"))
                    {
                        w.Line("// The pixels whose windows lie inside the input, as one run: the plain MAXPS/MINPS with every tap checked for NaN;");
                        w.Line("// if one was, the run again with the exact step.");
                        w.Line($"ref {t} start = ref Unsafe.Add(ref input, ({outer}{Scaled(a.Stride, $"{l}Begin")} - {last.Pad}) * channels);");
                        w.Line($"ref {t} to = ref Unsafe.Add(ref output, ({row}{l}Begin) * channels);");
                        using (w.Block($"if (!Checked(ref start, ref to, {l}Stop - {l}Begin, channels, {pixelStep}, {steps}))"))
                        {
                            using (w.Block($"for (int p = 0; p < {l}Stop - {l}Begin; p++)"))
                            {
                                w.Line($"RunFull<AnyData>(ref Unsafe.Add(ref start, p * {pixelStep}), ref Unsafe.Add(ref to, p * (nint)channels), 0, channels, {steps});");
                            }
                        }

                        w.Line();
                        w.Line($"o{l} = {l}Stop - 1;");
                        w.Line("continue;");
                    }

                    w.Line();
                }

                /// <summary>Checked (the pixels of a run, a vector of channels at a time) and Checked256/Checked128 (one vector's window).</summary>
                private static void EmitChecked(CodeWriter w, PoolMethodModel model, List<Axis> axes)
                {
                    string t = T(model);
                    var steps = TapsParameters(model, axes, full: true);
                    string stepNames = string.Join(", ", steps.Select(s => s.Substring(s.IndexOf(' ') + 1)));
                    w.Line();
                    w.Line("// Pixels [0, count) of a row whose windows lie inside the input, pixelStep apart, a vector of channels at a time (the last");
                    w.Line("// moved back to end at channels): the plain MAXPS/MINPS, exact while no tap is NaN, with an unordered compare of each");
                    w.Line("// pair of taps watching for one. Returns false if a tap was NaN, and the caller does the pixels again.");
                    w.Line("[MethodImpl(MethodImplOptions.AggressiveOptimization)]");
                    using (w.Block($"private static bool Checked(ref {t} at, ref {t} output, int count, int channels, nint pixelStep, {string.Join(", ", steps)})"))
                    {
                        foreach (int bits in new[] { 256, 128 })
                        {
                            string vector = "Vector" + bits;
                            string type = $"{vector}<{t}>";
                            CodeWriter.Scope? block = bits == 256 ? w.Block($"if ({vector}.IsHardwareAccelerated && channels >= {type}.Count)") : null;
                            if (bits == 128)
                            {
                                w.Line("// The caller runs this only when Vector128 is accelerated and there are enough channels for one.");
                            }

                            w.Line($"{type} unordered{bits} = {type}.Zero;");
                            using (w.Block("for (int p = 0; p < count; p++)"))
                            {
                                w.Line($"ref {t} pixel = ref Unsafe.Add(ref at, p * pixelStep);");
                                w.Line($"ref {t} to = ref Unsafe.Add(ref output, p * (nint)channels);");
                                w.Line("int c = 0;");
                                EmitChannelVectors(w, type, $"{vector}.StoreUnsafe(Finish{bits}(Checked{bits}(ref Unsafe.Add(ref pixel, c), {stepNames}, ref unordered{bits})), ref to, (nuint)c);", setEnd: false);
                            }

                            w.Line();
                            w.Line($"return {vector}.ExtractMostSignificantBits(unordered{bits}) == 0;");
                            block?.Dispose();
                            if (bits == 256)
                            {
                                w.Line();
                            }
                        }
                    }

                    string name = model.Kind == PoolKindModel.Max ? "MaxNoNaN" : "MinNoNaN";
                    foreach (int bits in new[] { 256, 128 })
                    {
                        string vector = "Vector" + bits;
                        string type = $"{vector}<{t}>";
                        List<string> offsets = FullTapOffsets(axes);
                        w.Line();
                        w.Line("// A window wholly inside the input, every tap unrolled: the taps reduced in row-major order, and unordered set where a");
                        w.Line("// tap is NaN.");
                        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                        using (w.Block($"private static {type} Checked{bits}(ref {t} at, {string.Join(", ", steps)}, ref {type} unordered)"))
                        {
                            for (int i = 0; i < offsets.Count; i++)
                            {
                                w.Line($"{type} tap{i} = {vector}.LoadUnsafe({offsets[i]});");
                            }

                            var pairs = new List<string>();
                            for (int i = 0; i < offsets.Count; i += 2)
                            {
                                pairs.Add($"Unordered(tap{i}, tap{System.Math.Min(i + 1, offsets.Count - 1)})");
                            }

                            w.Line($"unordered |= {string.Join(" | ", pairs)};");
                            w.Line($"{type} value = tap0;");
                            for (int i = 1; i < offsets.Count; i++)
                            {
                                w.Line($"value = {name}(value, tap{i});");
                            }

                            w.Line("return value;");
                        }
                    }
                }

                /// <summary>
                /// The channels from c a vector at a time (<paramref name="store"/> writes the lanes from c), the last vector moved
                /// back to end at channels; with <paramref name="setEnd"/>, c is channels afterwards.
                /// </summary>
                private static void EmitChannelVectors(CodeWriter w, string type, string store, bool setEnd)
                {
                    using (w.Block($"for (; c <= channels - {type}.Count; c += {type}.Count)"))
                    {
                        w.Line(store);
                    }

                    w.Line();
                    using (w.Block("if (c < channels)"))
                    {
                        w.Line($"c = channels - {type}.Count;");
                        w.Line(store);
                        if (setEnd)
                        {
                            w.Line("c = channels;");
                        }
                    }
                }

                /// <summary>The taps of a window wholly inside the input, in row-major order, as ref arguments from "at".</summary>
                private static List<string> FullTapOffsets(List<Axis> axes)
                {
                    int kd = axes.Count == 3 ? axes[0].Info.Kernel : 1;
                    int kh = axes.Count >= 2 ? axes[axes.Count - 2].Info.Kernel : 1;
                    int kw = axes[axes.Count - 1].Info.Kernel;
                    var offsets = new List<string>();
                    for (int a = 0; a < kd; a++)
                    {
                        for (int b = 0; b < kh; b++)
                        {
                            for (int k = 0; k < kw; k++)
                            {
                                var terms = new List<string>();
                                if (a > 0)
                                {
                                    terms.Add(a == 1 ? "dStep" : $"{a} * dStep");
                                }

                                if (b > 0)
                                {
                                    terms.Add(b == 1 ? "hStep" : $"{b} * hStep");
                                }

                                if (k > 0)
                                {
                                    terms.Add(k == 1 ? "wStep" : $"{k} * wStep");
                                }

                                offsets.Add(terms.Count == 0 ? "ref at" : $"ref Unsafe.Add(ref at, {string.Join(" + ", terms)})");
                            }
                        }
                    }

                    return offsets;
                }

                /// <summary>Global: the window is the whole input; per plane (channels first) or per channel run (channels last).</summary>
                private static void EmitGlobalBody(CodeWriter w, PoolMethodModel model, List<Axis> axes, bool vector)
                {
                    string t = T(model);
                    string a = A(model);
                    w.Line($"int size = (int)({SpatialProduct(axes, x => x.Name)});");
                    string divisor = model.DivisorOverride > 0 ? Int(model.DivisorOverride) : "size";
                    string finishArgs = NeedsDivisor(model) ? $", {divisor}" : string.Empty;
                    if (!ChannelsLast(model))
                    {
                        using (w.Block("for (int plane = 0; plane < batch * channels; plane++)"))
                        {
                            w.Line($"ref {t} input = ref Unsafe.Add(ref source, (nint)plane * size);");
                            if (model.IndicesName is not null)
                            {
                                w.Line($"{a} value = Reduce(ref input, size, 1, out Unsafe.Add(ref indices, plane));");
                            }
                            else
                            {
                                w.Line($"{a} value = {(vector && model.Kind is PoolKindModel.Average or PoolKindModel.Lp ? "ReduceContiguous" : "Reduce")}(ref input, size{(vector && model.Kind is PoolKindModel.Average or PoolKindModel.Lp ? string.Empty : ", 1")});");
                            }

                            w.Line($"Unsafe.Add(ref destination, plane) = Finish(value{finishArgs});");
                        }

                        return;
                    }

                    using (w.Block("for (int n = 0; n < batch; n++)"))
                    {
                        w.Line($"ref {t} input = ref Unsafe.Add(ref source, (nint)n * size * channels);");
                        w.Line($"ref {t} output = ref Unsafe.Add(ref destination, (nint)n * channels);");
                        w.Line("int c = 0;");
                        if (vector)
                        {
                            if (NeedsDivisor(model))
                            {
                                w.Line($"{a} divisor = {divisor};");
                            }

                            bool first = true;
                            foreach (int bits in new[] { 256, 128 })
                            {
                                string vectorName = "Vector" + bits;
                                string type = $"{vectorName}<{a}>";
                                using (w.Block($"{(first ? string.Empty : "else ")}if ({vectorName}.IsHardwareAccelerated && channels >= {type}.Count)"))
                                {
                                    string div = NeedsDivisor(model) ? $", {vectorName}.Create(divisor)" : string.Empty;
                                    EmitChannelVectors(w, type, $"{vectorName}.StoreUnsafe(Finish{bits}(Strided{bits}(ref Unsafe.Add(ref input, c), size, channels){div}), ref output, (nuint)c);", setEnd: true);
                                }

                                first = false;
                            }

                            w.Line();
                        }

                        using (w.Block("for (; c < channels; c++)"))
                        {
                            w.Line(model.IndicesName is not null
                                ? $"Unsafe.Add(ref output, c) = Finish(Reduce(ref Unsafe.Add(ref input, c), size, channels, out Unsafe.Add(ref indices, (nint)n * channels + c)){finishArgs});"
                                : $"Unsafe.Add(ref output, c) = Finish(Reduce(ref Unsafe.Add(ref input, c), size, channels){finishArgs});");
                        }
                    }
                }

                // ------------------------------------------------------------------------------------------------ scalar window

                private static string WindowCall(PoolMethodModel model, List<Axis> axes, string input, string step)
                {
                    var arguments = new List<string> { "ref " + input, step };
                    arguments.AddRange(WindowDimensions(model, axes));
                    arguments.AddRange(axes.Select(a => "o" + a.Letter));
                    return $"Window({string.Join(", ", arguments)}";
                }

                /// <summary>output[at] = Window(...) (and indices[indexAt] through the out argument).</summary>
                private static string Store(PoolMethodModel model, string output, string at, string windowCall, string? indexAt)
                {
                    string index = model.IndicesName is null ? string.Empty : $", out Unsafe.Add(ref index, {indexAt ?? at})";
                    return $"Unsafe.Add(ref {output}, {at}) = {windowCall}{index});";
                }

                /// <summary>The sizes and paddings the scalar window needs that are not constants.</summary>
                private static IEnumerable<string> WindowDimensions(PoolMethodModel model, List<Axis> axes)
                {
                    foreach (Axis axis in axes.Where(a => a.Fixed == 0))
                    {
                        yield return axis.Name;
                    }

                    foreach (Axis axis in axes.Where(a => a.RuntimePad))
                    {
                        yield return axis.Pad;
                        yield return axis.PadEnd;
                    }
                }

                /// <summary>
                /// One output from its window: the taps inside the input in row-major order, then the divisor, power, clamp and
                /// conversion. The scalar path for every output the vector code does not cover.
                /// </summary>
                private static void EmitWindow(CodeWriter w, PoolMethodModel model, List<Axis> axes)
                {
                    if (model.Global)
                    {
                        EmitReduce(w, model);
                        return;
                    }

                    string t = T(model);
                    string a = A(model);
                    var parameters = new List<string> { $"ref {t} input", "nint step" };
                    parameters.AddRange(WindowDimensions(model, axes).Select(d => "int " + d));
                    parameters.AddRange(axes.Select(x => "int o" + x.Letter));
                    if (model.IndicesName is not null)
                    {
                        parameters.Add($"out {model.IndicesType} index");
                    }

                    w.Line("// One output from the taps of its window inside the input, in row-major order; step is 1, or the channel count");
                    w.Line("// when channels are last.");
                    using (w.Block($"private static {t} Window({string.Join(", ", parameters)})"))
                    {
                        foreach (Axis axis in axes.Where(x => x.Fixed > 0))
                        {
                            w.Line($"const int {axis.Name} = {axis.Fixed};");
                        }

                        foreach (Axis axis in axes)
                        {
                            EmitRange(w, model, axis, NeedsDivisor(model) && model.CountIncludePad && model.DivisorOverride == 0);
                        }

                        w.Line($"{a} value = {Init(model)};");
                        if (model.IndicesName is not null)
                        {
                            // PyTorch starts from the first tap's position (the first inside the input on every axis).
                            w.Line($"nint best = {FlatIndex(axes, x => $"{x.Letter}0 + {Scaled(x.Info.Dilation, x.Letter + "First")}")};");
                        }

                        var scopes = new List<CodeWriter.Scope>();
                        foreach (Axis axis in axes)
                        {
                            string l = axis.Letter;
                            scopes.Add(w.Block($"for (int j{l} = {l}First; j{l} < {l}End; j{l}++)"));
                        }

                        w.Line($"nint at = {FlatIndex(axes, x => $"{x.Letter}0 + {Scaled(x.Info.Dilation, "j" + x.Letter)}")};");
                        string load = a == t ? "Unsafe.Add(ref input, at * step)" : $"({a})Unsafe.Add(ref input, at * step)";
                        if (model.IndicesName is not null)
                        {
                            w.Line($"{a} tap = {load};");
                            string better = model.Kind == PoolKindModel.Max ? "tap > value" : "tap < value";
                            using (w.Block(model.ElementType.IsFloatingPoint ? $"if ({better} || {a}.IsNaN(tap))" : $"if ({better})"))
                            {
                                w.Line("value = tap;");
                                w.Line("best = at;");
                            }
                        }
                        else
                        {
                            w.Line($"value = {Step(model, "value", load)};");
                        }

                        for (int i = scopes.Count - 1; i >= 0; i--)
                        {
                            scopes[i].Dispose();
                        }

                        w.Line();
                        if (model.IndicesName is not null)
                        {
                            w.Line($"index = ({model.IndicesType})best;");
                        }

                        w.Line(NeedsDivisor(model) ? $"return Finish(value, {Divisor(model, axes)});" : "return Finish(value);");
                    }
                }

                private static string FlatIndex(List<Axis> axes, System.Func<Axis, string> position) => axes.Count switch
                {
                    1 => $"(nint)({position(axes[0])})",
                    2 => $"(nint)({position(axes[0])}) * width + {position(axes[1])}",
                    _ => $"((nint)({position(axes[0])}) * height + {position(axes[1])}) * width + {position(axes[2])}",
                };

                /// <summary>Global windows: the reduction over size elements step apart (and its vector forms).</summary>
                private static void EmitReduce(CodeWriter w, PoolMethodModel model)
                {
                    string t = T(model);
                    string a = A(model);
                    string indexOut = model.IndicesName is null ? string.Empty : $", out {model.IndicesType} index";
                    w.Line("// The reduction of size elements, step apart, in order.");
                    using (w.Block($"private static {a} Reduce(ref {t} input, int size, int step{indexOut})"))
                    {
                        w.Line($"{a} value = {Init(model)};");
                        if (model.IndicesName is not null)
                        {
                            w.Line("int best = 0;");
                        }

                        using (w.Block("for (int i = 0; i < size; i++)"))
                        {
                            string load = a == t ? "Unsafe.Add(ref input, (nint)i * step)" : $"({a})Unsafe.Add(ref input, (nint)i * step)";
                            if (model.IndicesName is not null)
                            {
                                w.Line($"{a} tap = {load};");
                                string better = model.Kind == PoolKindModel.Max ? "tap > value" : "tap < value";
                                using (w.Block(model.ElementType.IsFloatingPoint ? $"if ({better} || {a}.IsNaN(tap))" : $"if ({better})"))
                                {
                                    w.Line("value = tap;");
                                    w.Line("best = i;");
                                }
                            }
                            else
                            {
                                w.Line($"value = {Step(model, "value", load)};");
                            }
                        }

                        w.Line();
                        if (model.IndicesName is not null)
                        {
                            w.Line("index = best;");
                        }

                        w.Line("return value;");
                    }

                    if (Vectorized(model) && !ChannelsLast(model) && model.Kind is PoolKindModel.Average or PoolKindModel.Lp)
                    {
                        w.Line();
                        w.Line("// A contiguous plane summed with two vector accumulators from +0, then the rest: another order of additions than");
                        w.Line("// the scalar sum, so the last bits can differ (docs/semantics.md).");
                        using (w.Block($"private static {a} ReduceContiguous(ref {t} input, int size)"))
                        {
                            w.Line($"{a} sum = 0;");
                            w.Line("int i = 0;");
                            foreach (int bits in new[] { 256, 128 })
                            {
                                string vector = "Vector" + bits;
                                string type = $"{vector}<{a}>";
                                using (w.Block($"if ({vector}.IsHardwareAccelerated && size - i >= 2 * {type}.Count)"))
                                {
                                    w.Line($"{type} first = {type}.Zero, second = {type}.Zero;");
                                    using (w.Block($"for (; i <= size - (2 * {type}.Count); i += 2 * {type}.Count)"))
                                    {
                                        w.Line($"first = {VectorStep(model, bits, "first", $"{vector}.LoadUnsafe(ref input, (nuint)i)")};");
                                        w.Line($"second = {VectorStep(model, bits, "second", $"{vector}.LoadUnsafe(ref input, (nuint)(i + {type}.Count))")};");
                                    }

                                    w.Line();
                                    w.Line($"sum += {vector}.Sum(first + second);");
                                }

                                w.Line();
                            }

                            using (w.Block("for (; i < size; i++)"))
                            {
                                w.Line($"sum = {Step(model, "sum", "Unsafe.Add(ref input, i)")};");
                            }

                            w.Line();
                            w.Line("return sum;");
                        }
                    }
                }

                // ------------------------------------------------------------------------------------------------ reductions

                private static string Init(PoolMethodModel model)
                {
                    string a = A(model);
                    return model.Kind switch
                    {
                        PoolKindModel.Max => model.ElementType.IsFloatingPoint ? a + ".NegativeInfinity" : a + ".MinValue",
                        PoolKindModel.Min => model.ElementType.IsFloatingPoint ? a + ".PositiveInfinity" : a + ".MaxValue",
                        _ => "0",
                    };
                }

                private static string VectorInit(PoolMethodModel model) => model.Kind is PoolKindModel.Average or PoolKindModel.Lp ? $"({A(model)})0" : Init(model);

                /// <summary>The scalar accumulation of one tap.</summary>
                private static string Step(PoolMethodModel model, string value, string tap)
                {
                    string math = A(model) == "float" ? "MathF" : "Math";
                    return model.Kind switch
                    {
                        PoolKindModel.Max => $"Max({value}, {tap})",
                        PoolKindModel.Min => $"Min({value}, {tap})",
                        PoolKindModel.Average => $"{value} + {tap}",
                        _ => model.P switch
                        {
                            1 => $"{value} + Math.Abs({tap})",
                            2 => $"{value} + Square({tap})",
                            _ => $"{value} + {math}.Pow(Math.Abs({tap}), {model.P})",
                        },
                    };
                }

                private static string VectorStep(PoolMethodModel model, int bits, string value, string tap) => model.Kind switch
                {
                    PoolKindModel.Max => $"Max({value}, {tap})",
                    PoolKindModel.Min => $"Min({value}, {tap})",
                    PoolKindModel.Average => $"{value} + {tap}",
                    _ => model.P == 1 ? $"{value} + Vector{bits}.Abs({tap})" : $"{value} + Square({tap})",
                };

                private static void EmitScalarHelpers(CodeWriter w, PoolMethodModel model)
                {
                    string t = T(model);
                    string a = A(model);
                    string math = a == "float" ? "MathF" : "Math";
                    bool floating = model.ElementType.IsFloatingPoint;
                    w.Line();
                    if (model.Kind is PoolKindModel.Max or PoolKindModel.Min && model.IndicesName is null)
                    {
                        string name = model.Kind == PoolKindModel.Max ? "Max" : "Min";
                        string better = model.Kind == PoolKindModel.Max ? ">" : "<";
                        w.Line(floating
                            ? $"// A tap replaces the running {name.ToLowerInvariant()} when it is {(better == ">" ? "larger" : "smaller")} or NaN: NaN propagates, ties keep the first."
                            : $"// A tap replaces the running {name.ToLowerInvariant()} when it is {(better == ">" ? "larger" : "smaller")}: ties keep the first.");
                        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                        if (floating && Vectorized(model))
                        {
                            // Without a branch (a coin toss for the predictor on real data): MAXSS/MINSS(tap, current) is exactly
                            // "tap > current ? tap : current", and the blend on the unordered compare lets a NaN tap win.
                            string sse = a == "float" ? "Sse" : "Sse2";
                            using (w.Block($"private static {a} {name}({a} current, {a} tap)"))
                            {
                                using (w.Block("if (Sse41.IsSupported)"))
                                {
                                    w.Line($"Vector128<{a}> value = Vector128.CreateScalarUnsafe(tap);");
                                    w.Line($"return Sse41.BlendVariable({sse}.{name}Scalar(value, Vector128.CreateScalarUnsafe(current)), value, {sse}.CompareScalarUnordered(value, value)).ToScalar();");
                                }

                                w.Line();
                                w.Line($"return tap {better} current || {a}.IsNaN(tap) ? tap : current;");
                            }
                        }
                        else
                        {
                            w.Line(floating
                                ? $"private static {a} {name}({a} current, {a} tap) => tap {better} current || {a}.IsNaN(tap) ? tap : current;"
                                : $"private static {a} {name}({a} current, {a} tap) => tap {better} current ? tap : current;");
                        }

                        w.Line();
                    }

                    if (model.Kind == PoolKindModel.Lp && model.P == 2)
                    {
                        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                        w.Line($"private static {a} Square({a} tap) => tap * tap;");
                        w.Line();
                    }

                    string divisorParameter = NeedsDivisor(model) ? ", int divisor" : string.Empty;
                    w.Line("// The output from the reduced value: " + FinishDescription(model) + ".");
                    w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                    using (w.Block($"private static {t} Finish({a} value{divisorParameter})"))
                    {
                        if (NeedsDivisor(model))
                        {
                            w.Line("value /= divisor;");
                        }
                        else if (model.Kind == PoolKindModel.Lp && model.P == 2)
                        {
                            w.Line($"value = {math}.Sqrt(value);");
                        }
                        else if (model.Kind == PoolKindModel.Lp && model.P > 2)
                        {
                            w.Line($"value = {math}.Pow(value, 1{(a == "float" ? "f" : "d")} / {model.P});");
                        }

                        if (model.ClampMin is not null)
                        {
                            w.Line($"value = value < {model.ClampMin} ? {model.ClampMin} : value;");
                        }

                        if (model.ClampMax is not null)
                        {
                            w.Line($"value = value > {model.ClampMax} ? {model.ClampMax} : value;");
                        }

                        w.Line(a == t ? "return value;" : $"return ({t})value;");
                    }
                }

                private static string FinishDescription(PoolMethodModel model)
                {
                    var steps = new List<string>();
                    if (NeedsDivisor(model))
                    {
                        steps.Add("divided by the divisor");
                    }
                    else if (model.Kind == PoolKindModel.Lp && model.P > 1)
                    {
                        steps.Add($"raised to 1/{model.P}");
                    }

                    if (model.ClampMin is not null || model.ClampMax is not null)
                    {
                        steps.Add("clamped (NaN stays NaN)");
                    }

                    if (model.ElementType.IsHalf)
                    {
                        steps.Add("rounded to Half");
                    }

                    return steps.Count == 0 ? "the value itself" : string.Join(", ", steps);
                }

                // ------------------------------------------------------------------------------------------------ vector helpers

                private static void EmitVectorHelpers(CodeWriter w, PoolMethodModel model, int bits)
                {
                    string t = T(model);
                    string vector = "Vector" + bits;
                    string type = $"{vector}<{t}>";
                    bool floating = model.ElementType.IsFloatingPoint;
                    w.Line();
                    if (model.Kind is PoolKindModel.Max or PoolKindModel.Min)
                    {
                        string name = model.Kind == PoolKindModel.Max ? "Max" : "Min";
                        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                        if (!floating)
                        {
                            w.Line($"private static {type} {name}({type} current, {type} tap) => {vector}.{name}(current, tap);");
                        }
                        else
                        {
                            // MAXPS/MINPS(tap, current) is exactly "tap > current ? tap : current"; a blend on the unordered compare lets NaN win.
                            (string isa, string blendIsa, string unordered) = (bits, t) switch
                            {
                                (256, _) => ("Avx", "Avx", "Avx.Compare(tap, tap, FloatComparisonMode.UnorderedNonSignaling)"),
                                (_, "float") => ("Sse", "Sse41", "Sse.CompareUnordered(tap, tap)"),
                                _ => ("Sse2", "Sse41", "Sse2.CompareUnordered(tap, tap)"),
                            };
                            string compare = model.Kind == PoolKindModel.Max ? "GreaterThan" : "LessThan";
                            using (w.Block($"private static {type} {name}({type} current, {type} tap)"))
                            {
                                using (w.Block($"if ({blendIsa}.IsSupported)"))
                                {
                                    w.Line($"return {blendIsa}.BlendVariable({isa}.{name}(tap, current), tap, {unordered});");
                                }

                                w.Line();
                                w.Line($"return {vector}.ConditionalSelect({vector}.{compare}(tap, current) | ~{vector}.Equals(tap, tap), tap, current);");
                            }
                        }

                        w.Line();
                    }

                    if (ChecksTaps(model))
                    {
                        string isa = bits == 256 ? "Avx" : t == "float" ? "Sse" : "Sse2";
                        string compare = bits == 256 ? $"{isa}.Compare(a, b, FloatComparisonMode.UnorderedNonSignaling)" : $"{isa}.CompareUnordered(a, b)";
                        w.Line("// All bits set in the lanes where a or b is NaN.");
                        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                        w.Line($"private static {type} Unordered({type} a, {type} b) => {isa}.IsSupported ? {compare} : ~({vector}.Equals(a, a) & {vector}.Equals(b, b));");
                        w.Line();
                    }

                    if (ChecksNaN(model) || ChecksTaps(model))
                    {
                        string name = model.Kind == PoolKindModel.Max ? "Max" : "Min";
                        string isa = bits == 256 ? "Avx" : t == "float" ? "Sse" : "Sse2";
                        string compare = model.Kind == PoolKindModel.Max ? "GreaterThan" : "LessThan";
                        w.Line("// With no NaN in the data, MAXPS/MINPS(tap, current) alone is \"tap > current ? tap : current\": ties keep the first.");
                        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                        w.Line($"private static {type} {name}NoNaN({type} current, {type} tap) => {isa}.IsSupported ? {isa}.{name}(tap, current) : {vector}.ConditionalSelect({vector}.{compare}(tap, current), tap, current);");
                        w.Line();
                    }

                    if (model.Kind == PoolKindModel.Lp && model.P == 2)
                    {
                        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                        w.Line($"private static {type} Square({type} tap) => tap * tap;");
                        w.Line();
                    }

                    string divisor = NeedsDivisor(model) ? $", {type} divisor" : string.Empty;
                    w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                    using (w.Block($"private static {type} Finish{bits}({type} value{divisor})"))
                    {
                        if (NeedsDivisor(model))
                        {
                            w.Line("value /= divisor;");
                        }
                        else if (model.Kind == PoolKindModel.Lp && model.P == 2)
                        {
                            w.Line($"value = {vector}.Sqrt(value);");
                        }

                        if (model.ClampMin is not null)
                        {
                            w.Line($"{type} low = {vector}.Create({model.ClampMin});");
                            w.Line($"value = {vector}.ConditionalSelect({vector}.LessThan(value, low), low, value);");
                        }

                        if (model.ClampMax is not null)
                        {
                            w.Line($"{type} high = {vector}.Create({model.ClampMax});");
                            w.Line($"value = {vector}.ConditionalSelect({vector}.GreaterThan(value, high), high, value);");
                        }

                        w.Line("return value;");
                    }

                    if (model.Global)
                    {
                        if (ChannelsLast(model))
                        {
                            w.Line();
                            w.Line("// One vector of channels reduced over size pixels, step apart, in order.");
                            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                            using (w.Block($"private static {type} Strided{bits}(ref {t} input, int size, int step)"))
                            {
                                w.Line($"{type} value = {vector}.Create({VectorInit(model)});");
                                using (w.Block("for (int i = 0; i < size; i++)"))
                                {
                                    w.Line($"value = {VectorStep(model, bits, "value", $"{vector}.LoadUnsafe(ref Unsafe.Add(ref input, (nint)i * step))")};");
                                }

                                w.Line();
                                w.Line("return value;");
                            }
                        }

                        return;
                    }

                    if (ChecksNaN(model) && bits == 256)
                    {
                        EmitHasNaN(w, model);
                    }

                    if (bits == 128)
                    {
                        EmitSteps(w, model);
                        List<Axis> axes = Axes(model);
                        EmitRunHelper(w, model, axes, full: false);
                        if (UnrollsFull(model, axes))
                        {
                            EmitRunHelper(w, model, axes, full: true);
                        }

                        foreach (int width in new[] { 256, 128 })
                        {
                            EmitTaps(w, model, axes, width, full: false);
                            if (UnrollsFull(model, axes))
                            {
                                EmitTaps(w, model, axes, width, full: true);
                            }
                        }

                        if (ChecksTaps(model))
                        {
                            EmitChecked(w, model, axes);
                        }
                    }
                }

                /// <summary>The step types: AnyData (NaN wins, or the sum), and NoNaN (the plain MAXPS/MINPS) when the data is scanned.</summary>
                private static void EmitSteps(CodeWriter w, PoolMethodModel model)
                {
                    string t = T(model);
                    w.Line();
                    w.Line("// The reduction step as a type argument: the JIT compiles the vector loops once per step type, with no branch per tap.");
                    using (w.Block("private interface IStep"))
                    {
                        w.Line($"static abstract Vector256<{t}> Apply(Vector256<{t}> current, Vector256<{t}> tap);");
                        w.Line();
                        w.Line($"static abstract Vector128<{t}> Apply(Vector128<{t}> current, Vector128<{t}> tap);");
                    }

                    foreach (bool fast in ChecksNaN(model) ? new[] { false, true } : new[] { false })
                    {
                        w.Line();
                        string name = fast ? "NoNaN" : "AnyData";
                        w.Line(fast ? "// Data without NaN: the plain maximum (minimum) is exact." : "// Any data.");
                        using (w.Block($"private readonly struct {name} : IStep"))
                        {
                            foreach (int bits in new[] { 256, 128 })
                            {
                                string type = $"Vector{bits}<{t}>";
                                string body = fast
                                    ? $"{(model.Kind == PoolKindModel.Max ? "MaxNoNaN" : "MinNoNaN")}(current, tap)"
                                    : VectorStep(model, bits, "current", "tap");
                                w.Line($"public static {type} Apply({type} current, {type} tap) => {body};");
                                if (bits == 256)
                                {
                                    w.Line();
                                }
                            }
                        }
                    }
                }

                /// <summary>Run (or RunFull): the vectors from o to stop, the last one moved back to end at stop; returns where it stopped.</summary>
                private static void EmitRunHelper(CodeWriter w, PoolMethodModel model, List<Axis> axes, bool full)
                {
                    string t = T(model);
                    string a = A(model);
                    List<string> taps = TapsParameters(model, axes, full);
                    var parameters = new List<string> { $"ref {t} at", $"ref {t} output", "int o", "int stop" };
                    parameters.AddRange(taps);
                    if (NeedsDivisor(model))
                    {
                        parameters.Add($"{a} divisor");
                    }

                    string arguments = string.Join(", ", taps.Select(p => p.Substring(p.IndexOf(' ') + 1)));
                    string name = full ? "RunFull" : "Run";
                    w.Line();
                    if (full)
                    {
                        w.Line("// As Run, for windows wholly inside the input: every tap unrolled.");
                    }
                    else
                    {
                        w.Line("// Lanes o to stop (outputs of a row, or channels of a pixel), a vector each; the last vector is moved back to end at");
                        w.Line("// stop, recomputing a few lanes. Returns where the scalar code goes on (o, when the run is shorter than a vector).");
                    }
                    w.Line("[MethodImpl(MethodImplOptions.AggressiveOptimization)]");
                    w.Line($"private static int {name}<TStep>({string.Join(", ", parameters)})");
                    using (w.Block("    where TStep : struct, IStep"))
                    {
                        EmitVectorLoops(w, model, bits =>
                        {
                            string divisor = NeedsDivisor(model) ? $", Vector{bits}.Create(divisor)" : string.Empty;
                            return new[] { $"Vector{bits}.StoreUnsafe(Finish{bits}({(full ? "Full" : "Taps")}{bits}<TStep>(ref Unsafe.Add(ref at, o), {arguments}){divisor}), ref output, (nuint)o);" };
                        });
                    }
                }

                /// <summary>
                /// Taps{bits}: loops over the rows inside the input; Full{bits}: a window wholly inside, every tap unrolled; the
                /// NoNaN forms use the plain MAXPS/MINPS, exact when no tap is NaN.
                /// </summary>
                private static void EmitTaps(CodeWriter w, PoolMethodModel model, List<Axis> axes, int bits, bool full)
                {
                    string t = T(model);
                    string vector = "Vector" + bits;
                    string type = $"{vector}<{t}>";
                    bool last = ChannelsLast(model);
                    var parameters = new List<string> { $"ref {t} at" };
                    parameters.AddRange(TapsParameters(model, axes, full));
                    string name = (full ? "Full" : "Taps") + bits + "<TStep>";
                    string step(string value, string tap) => $"TStep.Apply({value}, {tap})";
                    w.Line();
                    if (!full)
                    {
                        w.Line(last
                            ? "// A vector of channels reduced over the window's taps inside the input, in row-major order."
                            : $"// A vector of adjacent outputs reduced over their taps, in row-major order: the {axes[axes.Count - 1].Info.Kernel} taps of each row unrolled.");
                    }
                    else
                    {
                        w.Line("// A window wholly inside the input: every tap unrolled, in row-major order.");
                    }

                    w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                    w.Line($"private static {type} {name}({string.Join(", ", parameters)})");
                    using (w.Block("    where TStep : struct, IStep"))
                    {
                        w.Line($"{type} value = {vector}.Create({VectorInit(model)});");
                        if (full)
                        {
                            foreach (string offset in FullTapOffsets(axes))
                            {
                                w.Line($"value = {step("value", $"{vector}.LoadUnsafe({offset})")};");
                            }
                        }
                        else
                        {
                            var scopes = new List<CodeWriter.Scope>();
                            string current = "at";
                            if (axes.Count == 3)
                            {
                                scopes.Add(w.Block("for (int d = 0; d < dCount; d++)"));
                                w.Line($"ref {t} plane = ref Unsafe.Add(ref at, d * dStep);");
                                current = "plane";
                            }

                            if (axes.Count >= 2)
                            {
                                scopes.Add(w.Block("for (int h = 0; h < hCount; h++)"));
                                w.Line($"ref {t} row = ref Unsafe.Add(ref {current}, h * hStep);");
                                current = "row";
                            }

                            if (last)
                            {
                                scopes.Add(w.Block("for (int x = 0; x < wCount; x++)"));
                                w.Line($"value = {step("value", $"{vector}.LoadUnsafe(ref Unsafe.Add(ref {current}, x * wStep))")};");
                            }
                            else
                            {
                                for (int k = 0; k < model.W.Kernel; k++)
                                {
                                    string offset = k == 0 ? $"ref {current}" : $"ref Unsafe.Add(ref {current}, {(k == 1 ? "wStep" : $"{k} * wStep")})";
                                    w.Line($"value = {step("value", $"{vector}.LoadUnsafe({offset})")};");
                                }
                            }

                            for (int i = scopes.Count - 1; i >= 0; i--)
                            {
                                scopes[i].Dispose();
                            }

                            w.Line();
                        }

                        w.Line("return value;");
                    }
                }

                /// <summary>Whether length elements hold a NaN: vector compares of each element with itself.</summary>
                private static void EmitHasNaN(CodeWriter w, PoolMethodModel model)
                {
                    string t = T(model);
                    w.Line();
                    w.Line("// Whether length contiguous elements hold a NaN (a NaN is the one value not equal to itself).");
                    using (w.Block($"private static bool HasNaN(ref {t} start, nint length)"))
                    {
                        w.Line("nint i = 0;");
                        using (w.Block($"if (Avx.IsSupported && length >= 2 * Vector256<{t}>.Count)"))
                        {
                            w.Line("// An unordered compare is true where either operand is NaN: one compare checks two vectors.");
                            w.Line($"Vector256<{t}> either = Vector256<{t}>.Zero;");
                            using (w.Block($"for (; i <= length - 2 * Vector256<{t}>.Count; i += 2 * Vector256<{t}>.Count)"))
                            {
                                w.Line($"either |= Avx.Compare(Vector256.LoadUnsafe(ref start, (nuint)i), Vector256.LoadUnsafe(ref start, (nuint)(i + Vector256<{t}>.Count)), FloatComparisonMode.UnorderedNonSignaling);");
                            }

                            w.Line();
                            using (w.Block("if (Vector256.ExtractMostSignificantBits(either) != 0)"))
                            {
                                w.Line("return true;");
                            }
                        }

                        w.Line();
                        foreach (int bits in new[] { 256, 128 })
                        {
                            string vector = "Vector" + bits;
                            string type = $"{vector}<{t}>";
                            using (w.Block($"if ({vector}.IsHardwareAccelerated && length >= {type}.Count)"))
                            {
                                w.Line($"{type} unordered = {type}.Zero;");
                                using (w.Block($"for (; i <= length - {type}.Count; i += {type}.Count)"))
                                {
                                    w.Line($"{type} value = {vector}.LoadUnsafe(ref start, (nuint)i);");
                                    w.Line($"unordered |= ~{vector}.Equals(value, value);");
                                }

                                w.Line();
                                using (w.Block($"if ({vector}.ExtractMostSignificantBits(unordered) != 0)"))
                                {
                                    w.Line("return true;");
                                }
                            }

                            w.Line();
                        }

                        using (w.Block("for (; i < length; i++)"))
                        {
                            using (w.Block($"if ({t}.IsNaN(Unsafe.Add(ref start, i)))"))
                            {
                                w.Line("return true;");
                            }
                        }

                        w.Line();
                        w.Line("return false;");
                    }
                }
            }
        }
    }
}
