using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>The 2D channels-first row kernel: planes, rows split into border and interior windows, vector runs inside rows.</summary>
internal static class RowKernelEmitter
{
    /// <summary>
    /// The kernel itself, in a file-local class of its own namespace, like the Regex generator's helpers: the
    /// short names it uses (Math, Unsafe, ArgumentException...) cannot be captured by the user's types.
    /// </summary>
    public static void EmitKernelClass(CodeWriter w, KernelPlan kernel)
    {
        PoolSpec model = kernel.Spec;
        var plan = new ShapePlan(kernel);
        string t = model.ElementType.Keyword;
        using (w.Block("namespace " + KernelNamespace))
        {
            w.Line("using System;");
            w.Line("using System.CodeDom.Compiler;");
            w.Line("using System.Runtime.CompilerServices;");
            w.Line("using System.Runtime.InteropServices;");
            bool floatMax = model.Kind == PoolKindModel.Max && model.ElementType.IsFloatingPoint;
            if (kernel.Vectorized || floatMax || kernel.SumsPlanes)
            {
                w.Line("using System.Runtime.Intrinsics;");
            }

            // x86 instructions: the exact float max, and the stride-2 shuffles of 4- and 8-byte elements.
            if (floatMax || (kernel.Vectorized && RowVectors.UsesX86Shuffles(model)))
            {
                w.Line("using System.Runtime.Intrinsics.X86;");
            }

            w.Line();
            EmitRemarks(w, model, plan);
            w.Line($"[GeneratedCode(\"PoolGen\", \"{GeneratorVersion}\")]");
            using (w.Block($"file static class {KernelClassName(model)}"))
            {
                var parameters = new System.Collections.Generic.List<string> { $"ReadOnlySpan<{t}> input", $"Span<{t}> output" };
                parameters.AddRange(model.DimensionParameters.Select(d => "int " + DimensionName(d)));
                using (w.Block($"public static void Run({string.Join(", ", parameters)})"))
                {
                    EmitShape(w, model, plan);
                    w.Line();
                    string dims = PlaneArguments(plan);
                    if (kernel.Parallel)
                    {
                        w.Line($"// Parallel = true: above {KernelPlanner.ParallelThreshold} input elements, ranges of whole planes run on other cores.");
                        using (w.Block($"if (planes > 1 && planeCount * inputPlane >= {KernelPlanner.ParallelThreshold})"))
                        {
                            w.Line($"RunParallel(input, output, planes, (int)inputPlane, (int)outputPlane{dims});");
                            w.Line("return;");
                        }

                        w.Line();
                    }

                    w.Line($"Planes(ref MemoryMarshal.GetReference(input), ref MemoryMarshal.GetReference(output), planes{dims});");
                }

                if (kernel.Parallel)
                {
                    w.Line();
                    EmitRunParallel(w, model, plan);
                }

                w.Line();
                w.Line("// The planes, one after another. Not inlined: in a caller the JIT's inlining budget can run out before the");
                w.Line("// small vector helpers, which then become calls (measured 3-4x slower). Fully optimized from the first call.");
                w.Line("[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]");
                var planeParameters = new System.Collections.Generic.List<string> { $"ref {t} source", $"ref {t} destination", "int planes" };
                planeParameters.AddRange(PlaneDimensions(plan).Select(d => "int " + d));
                using (w.Block($"private static void Planes({string.Join(", ", planeParameters)})"))
                {
                    bool globalOnly = kernel.SumsPlanes && plan.IsFixed;
                    foreach (AxisPlan axis in new[] { plan.H, plan.W })
                    {
                        if (axis.FixedInput > 0)
                        {
                            w.Line(globalOnly
                                ? $"const int {axis.Name} = {axis.FixedInput}; // Fixed by the attribute."
                                : $"const int {axis.Name} = {axis.FixedInput}, out{axis.Title} = {Int(axis.FixedOutput)}; // Fixed by the attribute.");
                        }
                    }

                    w.Line(globalOnly
                        ? "const int inputPlane = height * width;"
                        : plan.IsFixed
                        ? "const int inputPlane = height * width, outputPlane = outHeight * outWidth;"
                        : "int inputPlane = height * width, outputPlane = outHeight * outWidth; // Checked by Run: both fit an int.");
                    w.Line();
                    if (!(kernel.SumsPlanes && EmitGlobalAverage(w, model, plan)))
                    {
                        // The vector strategy is the scalar one with vector runs inside every row.
                        RowScalar.EmitBody(w, model, plan);
                    }
                }

                if (kernel.SumsPlanes)
                {
                    w.Line();
                    EmitSumPlane(w, model);
                }

                RowScalar.EmitHelpers(w, model, plan);

                w.Line();
                EmitThrowHelper(w);
            }
        }
    }

    /// <summary>The shape values Run hands to Planes: those the attribute does not fix.</summary>
    private static System.Collections.Generic.IEnumerable<string> PlaneDimensions(ShapePlan plan)
    {
        if (plan.H.FixedInput == 0)
        {
            yield return "height";
        }

        if (plan.W.FixedInput == 0)
        {
            yield return "width";
        }

        if (plan.H.FixedInput == 0)
        {
            yield return "outHeight";
        }

        if (plan.W.FixedInput == 0)
        {
            yield return "outWidth";
        }
    }

    /// <summary>", height, width, ...": the shape values Run hands to Planes, as trailing arguments.</summary>
    private static string PlaneArguments(ShapePlan plan) => string.Concat(PlaneDimensions(plan).Select(d => ", " + d));

    /// <summary>
    /// The global average: when the window is the whole plane, the plane is one run of contiguous elements,
    /// summed a vector at a time. Returns true when the shape is fixed to that case, so nothing else is needed.
    /// </summary>
    private static bool EmitGlobalAverage(CodeWriter w, PoolSpec model, ShapePlan plan)
    {
        bool always = plan.H.FixedInput > 0 && plan.W.FixedInput > 0;
        string condition = string.Join(" && ", new[] { plan.H, plan.W }.Where(a => a.FixedInput == 0).Select(a => $"{a.Name} == {a.Axis.Kernel}"));
        w.Line("// A global average: the window is the whole plane, one run of contiguous elements, summed a vector at a time");
        w.Line("// (in another order than the row-major sum of the window-by-window path: the results may differ in the last bits).");
        CodeWriter.Scope? scope = always ? null : w.Block($"if ({condition})");
        using (w.Block("for (int plane = 0; plane < planes; plane++)"))
        {
            w.Line($"Unsafe.Add(ref destination, plane) = SumPlane(ref source, inputPlane) / {Int((long)model.H.Kernel * model.W.Kernel)};");
            w.Line("source = ref Unsafe.Add(ref source, (nint)inputPlane);");
        }

        if (scope is { } open)
        {
            w.Line();
            w.Line("return;");
            open.Dispose();
            w.Line();
        }

        return always;
    }

    private static void EmitSumPlane(CodeWriter w, PoolSpec model)
    {
        string t = model.ElementType.Keyword;
        w.Line("// The sum of length contiguous elements: two vector accumulators (from +0, like the scalar sum), then the rest.");
        using (w.Block($"private static {t} SumPlane(ref {t} source, int length)"))
        {
            w.Line($"{t} sum = 0;");
            w.Line("int i = 0;");
            foreach (int bits in new[] { 256, 128 })
            {
                string vector = "Vector" + bits;
                string type = $"{vector}<{t}>";
                using (w.Block($"if ({vector}.IsHardwareAccelerated && length - i >= 2 * {type}.Count)"))
                {
                    w.Line($"{type} a = {type}.Zero, b = {type}.Zero;");
                    using (w.Block($"for (; i <= length - (2 * {type}.Count); i += 2 * {type}.Count)"))
                    {
                        w.Line($"a += {vector}.LoadUnsafe(ref source, (nuint)i);");
                        w.Line($"b += {vector}.LoadUnsafe(ref source, (nuint)(i + {type}.Count));");
                    }

                    w.Line();
                    w.Line($"sum += {vector}.Sum(a + b);");
                }

                w.Line();
            }

            using (w.Block("for (; i < length; i++)"))
            {
                w.Line("sum += Unsafe.Add(ref source, i);");
            }

            w.Line();
            w.Line("return sum;");
        }
    }

    private static void EmitRunParallel(CodeWriter w, PoolSpec model, ShapePlan plan)
    {
        string t = model.ElementType.Keyword;
        var parameters = new System.Collections.Generic.List<string> { $"ReadOnlySpan<{t}> input", $"Span<{t}> output", "int planes", "int inputPlane", "int outputPlane" };
        parameters.AddRange(PlaneDimensions(plan).Select(d => "int " + d));
        string dims = PlaneArguments(plan);
        w.Line("// Each task gets spans over its own range of whole planes and runs the serial Planes on them, so the results are");
        w.Line("// those of the serial kernel. A method of its own, so that the closure is allocated only on this path.");
        using (w.Block($"private static void RunParallel({string.Join(", ", parameters)})"))
        {
            w.Line("global::PoolGen.PoolParallel.ForPlanes(input, inputPlane, output, outputPlane, planes,");
            w.Line($"    (source, destination, count) => Planes(ref MemoryMarshal.GetReference(source), ref MemoryMarshal.GetReference(destination), count{dims}));");
        }
    }

    private static void EmitRemarks(CodeWriter w, PoolSpec model, ShapePlan plan)
    {
        string kind = model.Kind == PoolKindModel.Max ? "Max" : "Average";
        w.Line($"/// <summary>The kernel of {QualifiedName(model).Replace("<", "{").Replace(">", "}")}.</summary>");
        w.Line("/// <remarks>");
        w.Line($"/// <para>{kind} pooling of {model.ElementType.Keyword} in NCHW layout over a {model.H.Kernel}x{model.W.Kernel} window,");
        bool symmetric = model.H.IsSymmetric && model.W.IsSymmetric;
        string padding = symmetric
            ? $"padding {model.H.Padding}x{model.W.Padding}"
            : $"padding {model.H.Padding}x{model.W.Padding} before and {model.H.PaddingEnd}x{model.W.PaddingEnd} after";
        if (model.FoldedAutoPad != AutoPadModel.NotSet)
        {
            padding += $" (AutoPad = {model.FoldedAutoPad}, worked out at generation time: stride 1 or a fixed size on each axis)";
        }

        w.Line($"/// stride {model.H.Stride}x{model.W.Stride}, {padding}, dilation {model.H.Dilation}x{model.W.Dilation}, {(model.CeilMode ? "ceil" : "floor")} mode" +
            (model.Kind == PoolKindModel.Average ? $", {(model.CountIncludePad ? "padding counted in the divisor" : "padding not counted in the divisor")}." : "."));
        w.Line($"/// {plan.Describe()}</para>");
        w.Line((symmetric ? "/// <para>Output size per axis, as in PyTorch: " : "/// <para>Output size per axis, as in ONNX (ceil mode as in PyTorch): ") +
            (model.CeilMode ? "ceil" : "floor") + (symmetric ? "((size + 2*padding" : "((size + padding before + padding after") + " - dilation*(window-1) - 1) / stride) + 1" +
            (model.CeilMode ? ", less one if the last window would start in the right padding" : string.Empty) + ".</para>");
        w.Line("/// <para>" + (model.Kind == PoolKindModel.Max
            ? (model.ElementType.IsFloatingPoint
                ? "A NaN tap makes the output NaN; ties keep the first maximum; a window with no tap inside the input gives negative infinity."
                : $"Ties keep the first maximum; a window with no tap inside the input gives {model.ElementType.Keyword}.MinValue.")
            : "The sum of the taps inside the input, accumulated in " + model.ElementType.Keyword + " in row-major order, divided by " +
                (model.CountIncludePad ? "the taps inside the padded input." : "the taps inside the input.")) + " As in PyTorch; see PoolGen\'s docs/semantics.md.</para>");
        w.Line("/// </remarks>");
    }

    /// <summary>Argument checks, then the shape as int locals the kernel uses: planes, height, width, outHeight, outWidth.</summary>
    private static void EmitShape(CodeWriter w, PoolSpec model, ShapePlan plan)
    {
        string input = model.InputName;
        string output = model.OutputName;
        foreach (AxisPlan axis in new[] { plan.H, plan.W })
        {
            if (axis.FixedInput > 0)
            {
                w.Line($"const int {axis.Name} = {axis.FixedInput}; // Fixed by the attribute.");
            }
        }

        w.Line("// Check every argument before touching memory.");
        foreach (Dimension dimension in model.DimensionParameters)
        {
            string name = DimensionName(dimension);
            AxisPlan? axis = dimension == Dimension.Height ? plan.H : dimension == Dimension.Width ? plan.W : null;
            long minimum = axis?.MinimumInput ?? 1;
            string why = axis is null ? string.Empty : $" for the {axis.Axis.Effective}-wide window with {PaddingText(axis.Axis)}";
            using (w.Block($"if ({name} < {minimum})"))
            {
                w.Line($"throw new ArgumentOutOfRangeException(nameof({name}), {name}, \"{name} must be at least {minimum}{why}.\");");
            }

            w.Line();
        }

        bool hasBatch = model.DimensionParameters.Contains(Dimension.Batch);
        bool hasChannels = model.DimensionParameters.Contains(Dimension.Channels);
        int fixedChannels = model.FixedChannels > 0 ? model.FixedChannels : 1;
        string planes = (hasBatch, hasChannels) switch
        {
            (true, true) => "long planeCount = (long)batch * channels;",
            (true, false) => fixedChannels > 1 ? $"long planeCount = (long)batch * {fixedChannels};" : "long planeCount = batch;",
            (false, true) => "long planeCount = channels;",
            _ => $"const long planeCount = {fixedChannels};",
        };
        w.Line(planes);
        w.Line(plan.H.FixedInput > 0 && plan.W.FixedInput > 0
            ? "const long inputPlane = (long)height * width;"
            : "long inputPlane = (long)height * width;");
        using (w.Block($"if (inputPlane > {input}.Length || planeCount > {input}.Length / inputPlane)"))
        {
            w.Line($"ThrowTooShort(nameof({input}), {input}.Length, planeCount, inputPlane, \"{plan.InputProduct}\");");
        }

        w.Line();
        foreach (AxisPlan axis in new[] { plan.H, plan.W })
        {
            if (axis.FixedInput == 0)
            {
                // Only a span over native memory can be this long; the cap keeps window coordinates inside int.
                using (w.Block($"if ({axis.Name} > {Int(axis.MaximumInput)})"))
                {
                    w.Line($"throw new ArgumentOutOfRangeException(nameof({axis.Name}), {axis.Name}, \"{axis.Name} must be at most {Int(axis.MaximumInput)} for the {axis.Axis.Effective}-wide window with {PaddingText(axis.Axis)}.\");");
                }

                w.Line();
            }
        }

        w.Line("// " + plan.OutputComment);
        foreach (AxisPlan axis in new[] { plan.H, plan.W })
        {
            if (axis.FixedInput > 0)
            {
                w.Line($"const int out{axis.Title} = {Int(axis.FixedOutput)};");
                continue;
            }

            w.Line($"int out{axis.Title} = {axis.OutputExpression};");
            if (model.CeilMode)
            {
                using (w.Block($"if ((out{axis.Title} - 1) * {axis.Axis.Stride} >= {Plus(axis.Name, axis.Axis.Padding)})"))
                {
                    w.Line($"out{axis.Title}--; // Ceil mode: the last window would start in the right padding.");
                }
            }
        }

        w.Line(plan.IsFixed
            ? "const long outputPlane = (long)outHeight * outWidth;"
            : "long outputPlane = (long)outHeight * outWidth;");
        using (w.Block($"if (outputPlane > {output}.Length || planeCount > {output}.Length / outputPlane)"))
        {
            w.Line($"ThrowTooShort(nameof({output}), {output}.Length, planeCount, outputPlane, \"{plan.OutputProduct}\");");
        }

        w.Line();
        // The kernel reads input windows after it has written earlier outputs, so the elements it reads and the
        // elements it writes must not share memory (docs/semantics.md, "Run-time checks"). Longer spans may overlap
        // beyond those elements.
        using (w.Block($"if ({input}.Slice(0, (int)(planeCount * inputPlane)).Overlaps({output}.Slice(0, (int)(planeCount * outputPlane))))"))
        {
            w.Line($"throw new ArgumentException(\"{output} overlaps {input}: the elements the kernel writes must not share memory with the elements it reads.\", nameof({output}));");
        }

        w.Line();
        w.Line("// The checks bound every length by a span's length: int offsets cannot overflow from here on.");
        w.Line("int planes = (int)planeCount;");
    }

    /// <summary>"padding 1", or "padding 1+0" (before + after, as the N-D kernel writes it) for asymmetric Pads.</summary>
    private static string PaddingText(AxisInfo axis) =>
        axis.IsSymmetric ? $"padding {axis.Padding}" : $"padding {axis.Padding}+{axis.PaddingEnd}";

    private static void EmitThrowHelper(CodeWriter w)
    {
        using (w.Block("private static void ThrowTooShort(string name, int length, long planes, long planeLength, string product)"))
        {
            w.Line("throw new ArgumentException(");
            w.Line("    $\"{name} holds {length} elements, fewer than the {(decimal)planes * planeLength} of {product} ({planes} planes of {planeLength}).\", name);");
        }
    }
}
