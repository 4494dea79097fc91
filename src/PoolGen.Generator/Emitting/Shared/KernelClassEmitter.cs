using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// The kernel class of every plan: the usings, the remarks, Run (<see cref="KernelPrologue"/>: checks, then Kernel or
/// RunParallel), RunParallel, then the traversal's Kernel and helpers (<see cref="RowKernelEmitter"/> for
/// <see cref="Traversal.Rows"/>, <see cref="NdKernelEmitter"/> for the others), and the checks' helpers. The class is
/// file-local in a namespace of its own, like the Regex generator's helpers: the short names it uses (Math, Unsafe,
/// ArgumentException...) cannot be captured by the user's types.
/// </summary>
internal static class KernelClassEmitter
{
    public static void Emit(CodeWriter w, KernelPlan plan)
    {
        PoolSpec spec = plan.Spec;
        var shape = new ShapePlan(plan);
        using (w.Block("namespace " + KernelNamespace))
        {
            w.Line("using System;");
            if (plan.Traversal == Traversal.WindowGradients && plan.Vectorized && spec.Layout != LayoutModel.Nhwc)
            {
                w.Line("using System.Buffers; // ArrayPool: the quotients of an output row too long for the stack.");
            }

            w.Line("using System.CodeDom.Compiler;");
            w.Line("using System.Runtime.CompilerServices;");
            w.Line("using System.Runtime.InteropServices;");
            bool exactStep = ReductionSteps.HasStep(spec) && spec.ElementType.IsFloatingPoint;
            if (plan.Vectorized || exactStep || plan.SumsPlanes)
            {
                w.Line("using System.Runtime.Intrinsics;");
            }

            if (exactStep || (plan.IsRowKernel && plan.Vectorized && RowVectors.UsesX86Shuffles(spec)) || (spec.IsQuantizedAverage && plan.Vectorized) || plan.Traversal == Traversal.PickedColumns || plan.SumsPlanes)
            {
                w.Line("using System.Runtime.Intrinsics.X86;");
            }

            w.Line();
            KernelRemarks.Emit(w, shape);
            w.Line($"[GeneratedCode(\"PoolGen\", \"{GeneratorVersion}\")]");
            using (w.Block($"file static class {KernelClassName(spec)}"))
            {
                using (w.Block($"public static void Run({string.Join(", ", KernelPrologue.RunParameters(spec))})"))
                {
                    KernelPrologue.EmitChecks(w, shape);
                    if (plan.Parallel)
                    {
                        EmitParallelCall(w, shape);
                    }

                    var arguments = KernelPrologue.SpanParameters(spec).Select(p => $"ref MemoryMarshal.GetReference({p.Name})").ToList();

                    if (plan.IndexCountsPlanes)
                    {
                        arguments.Add("0"); // planeBase: this call starts at the tensor's first plane.
                    }

                    arguments.AddRange(KernelPrologue.KernelDimensions(shape));
                    if (plan.SplitsRows)
                    {
                        arguments.AddRange(new[] { "0", shape.Axes[0].Out });
                    }

                    w.Line($"Kernel({string.Join(", ", arguments)});");
                    if (plan.Requantization is not null)
                    {
                        w.Line("Requantize(output.Slice(0, (int)outputCount));");
                    }
                }

                w.Line();
                if (plan.Requantization is { } requantization)
                {
                    EmitRequantize(w, spec, requantization);
                    w.Line();
                }

                if (plan.Parallel)
                {
                    EmitRunParallel(w, shape);
                    w.Line();
                }

                // Every method of the traversal that is not inlined into its caller (no MethodImpl of its own: the row
                // kernel's clipped rows and windows and plane sums, the N-D kernel's window, reductions, separable passes,
                // NaN scan...) gets AggressiveOptimization: it is compiled fully optimized at its first call, as Kernel is,
                // instead of starting at tier 0 and waiting for tiered compilation while a user's first calls run
                // (docs/benchmarks.md, cold start).
                w.OptimizesMethods = true;
                if (plan.IsRowKernel)
                {
                    RowKernelEmitter.EmitKernel(w, shape);
                }
                else
                {
                    new NdKernelEmitter(shape).EmitKernel(w);
                }

                w.OptimizesMethods = false;
                w.Line();
                if (spec.Operation != PoolOperation.Forward && spec.IndicesName is not null)
                {
                    KernelPrologue.EmitIndexHelpers(w, shape);
                    w.Line();
                }

                KernelPrologue.EmitHelpers(w);
            }
        }
    }

    /// <summary>
    /// Quantized max/min with different input and output parameters: the integer max (min) the kernel wrote, requantized
    /// through a table of the 256 values (then clamped), as ONNX Runtime's QLinearAveragePool requantizes a one-tap window.
    /// </summary>
    private static void EmitRequantize(CodeWriter w, PoolSpec spec, OutputRequantization requantization)
    {
        QuantizationInfo q = requantization.Parameters;
        string t = spec.ElementType.Keyword;
        int min = t == "byte" ? 0 : -128, max = t == "byte" ? 255 : 127;
        int low = requantization.ClampMin is { } clampMin ? System.Math.Max(min, (int)clampMin) : min;
        int high = requantization.ClampMax is { } clampMax ? System.Math.Min(max, (int)clampMax) : max;
        string F(float value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "f";
        w.Line("// Quantized: every integer q requantized from the input's parameters to the output's, as ONNX Runtime's");
        w.Line("// QLinearAveragePool does a one-tap window: InputScale * (float)(q - InputZeroPoint) / OutputScale + OutputZeroPoint in float,");
        w.Line($"// rounded half to even, saturated to [{low}, {high}]{(low != min || high != max ? " (the element type's range and the clamp)" : string.Empty)}. Indexed by q - {t}.MinValue.");
        w.Line($"private static readonly {t}[] Requantized = RequantizeTable();");
        w.Line();
        using (w.Block($"private static {t}[] RequantizeTable()"))
        {
            w.Line($"var table = new {t}[256];");
            using (w.Block("for (int i = 0; i < 256; i++)"))
            {
                w.Line($"float value = {F(q.InputScale)} * (float)({Plus("i", min)} - {Int(q.InputZeroPoint)}) / {F(q.OutputScale)} + {F(q.OutputZeroPoint)};");
                w.Line($"value = value < {F(low)} ? {F(low)} : value > {F(high)} ? {F(high)} : value;");
                w.Line($"table[i] = ({t})MathF.Round(value);");
            }

            w.Line();
            w.Line("return table;");
        }

        w.Line();
        w.Line("// The max (min) the kernel wrote, requantized: monotonic, so it is also the max (min) of the requantized taps.");
        using (w.Block($"private static void Requantize(Span<{t}> output)"))
        {
            w.Line($"{t}[] table = Requantized;");
            using (w.Block("for (int i = 0; i < output.Length; i++)"))
            {
                w.Line(t == "byte" ? "output[i] = table[output[i]];" : "output[i] = table[output[i] + 128];");
            }
        }
    }

    /// <summary>The name of the outermost output coordinate (od, oh or ol).</summary>
    public static string OuterOutput(ShapePlan shape) => "o" + shape.Axes[0].Letter;

    /// <summary>The extra Kernel parameters of <see cref="KernelPlan.SplitsRows"/>: the range [o?From, o?To) of the outermost axis.</summary>
    public static IEnumerable<string> RowRangeParameters(ShapePlan shape) =>
        shape.Kernel.SplitsRows ? new[] { $"int {OuterOutput(shape)}From", $"int {OuterOutput(shape)}To" } : Enumerable.Empty<string>();

    /// <summary>Run's call of RunParallel, above the threshold and when there is more than one range to split.</summary>
    private static void EmitParallelCall(CodeWriter w, ShapePlan shape)
    {
        PoolSpec spec = shape.Kernel.Spec;
        bool last = spec.Layout == LayoutModel.Nhwc;
        bool images = shape.Kernel.Split == ParallelSplit.Images;
        string units = !last ? "batch * channels > 1" : images ? "batch > 1" : $"(batch > 1 || {shape.Axes[0].Out} > 1)";
        string what = !last ? "ranges of whole planes" : images ? "ranges of whole images" : "ranges of whole images or of output rows";
        w.Line($"// Parallel = true: from {KernelPlanner.ParallelThreshold} input elements, {what} run on other cores.");
        using (w.Block($"if (inputCount >= {KernelPlanner.ParallelThreshold} && {units})"))
        {
            var arguments = KernelPrologue.SpanParameters(spec).Select(p => p.Name).ToList();
            arguments.AddRange(KernelPrologue.KernelDimensions(shape));
            w.Line($"RunParallel({string.Join(", ", arguments)});");
            if (shape.Kernel.Requantization is not null)
            {
                w.Line("Requantize(output.Slice(0, (int)outputCount));");
            }

            w.Line("return;");
        }

        w.Line();
    }

    /// <summary>
    /// Parallel = true: RunParallel runs Kernel (the serial code) on ranges of whole planes (channels first), of whole
    /// images or of output rows of the outermost axis (channels last), through PoolGen.PoolParallel.ForRanges. Each output
    /// is computed by the same code as in a serial call.
    /// </summary>
    private static void EmitRunParallel(CodeWriter w, ShapePlan shape)
    {
        KernelPlan plan = shape.Kernel;
        PoolSpec spec = plan.Spec;
        string t = spec.ElementType.Keyword;
        bool indices = spec.IndicesName is not null;
        bool forward = spec.Operation == PoolOperation.Forward;
        var parameters = KernelPrologue.SpanParameters(spec).Select(p => p.Type + " " + p.Name).ToList();
        parameters.AddRange(KernelPrologue.KernelDimensions(shape).Select(d => "int " + d));
        bool last = spec.Layout == LayoutModel.Nhwc;
        string unit = last ? "Image" : "Plane";
        if (last && plan.Split != ParallelSplit.Images)
        {
            w.Line("// Each range runs Kernel, the serial code, on whole images, or, when that gives more ranges, on output rows of the");
            w.Line("// outermost axis in every image: each output is computed as in a serial call.");
        }
        else
        {
            w.Line($"// Each range runs Kernel, the serial code, on whole {unit.ToLowerInvariant()}s: each output is computed as in a serial call.");
        }

        w.Line("// A method of its own, so that the closure is allocated only on this path; the lambda is optimized from its first call.");
        using (w.Block($"private static void RunParallel({string.Join(", ", parameters)})"))
        {
            KernelPrologue.EmitFixedSizes(w, shape, outputs: !spec.Global);

            string perChannel = last ? " * channels" : string.Empty;
            string output = spec.Global ? (last ? "channels" : "1") : SpatialProduct(shape, a => a.Out) + perChannel;
            w.Line($"nint input{unit} = {SpatialProduct(shape, a => a.Name)}{perChannel}, output{unit} = {output};");
            // Backward and unpooling read the pooled span (and the indices) and write the span of the forward input's shape.
            string lambda = !indices ? "(source, destination, first, end)" : forward ? "(source, destination, index, first, end)" : "(source, index, destination, first, end)";
            string Call(string items, string inputPerItem, bool rows)
            {
                string Offset(string span, string size) => rows
                    ? $"ref MemoryMarshal.GetReference({span})"
                    : $"ref Unsafe.Add(ref MemoryMarshal.GetReference({span}), first * {size})";
                var arguments = forward
                    ? new List<string> { Offset("source", $"input{unit}"), Offset("destination", $"output{unit}") }
                    : new List<string> { Offset("source", $"output{unit}"), Offset("destination", $"input{unit}") };
                if (indices)
                {
                    arguments.Insert(forward ? 2 : 1, Offset("index", $"output{unit}"));
                }

                if (plan.IndexCountsPlanes)
                {
                    // planeBase: the logical (batch, channel) plane of the range's first plane (first image's first channel).
                    arguments.Add(rows ? "0" : last ? "(nint)first * channels" : "first");
                }

                arguments.AddRange(KernelPrologue.KernelDimensions(shape).Select(d => rows ? d : d == "batch" ? "end - first" : d == "channels" && !last ? "1" : d));
                if (plan.SplitsRows)
                {
                    arguments.AddRange(rows ? new[] { "first", "end" } : new[] { "0", shape.Axes[0].Out });
                }

                string spans = string.Join(", ", KernelPrologue.SpanParameters(spec).Select(p => p.Name));
                string method = forward || !indices ? "ForRanges" : "ForScatterRanges";
                return $"global::PoolGen.PoolParallel.{method}({spans}, {items}, {inputPerItem}, [MethodImpl(MethodImplOptions.AggressiveOptimization)] {lambda} =>\n    Kernel({string.Join(", ", arguments)}));";
            }

            if (plan.SplitsRows)
            {
                string outer = shape.Axes[0].Out;
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

    /// <summary>"(nint)height * width": the product of one name per axis, in nint.</summary>
    public static string SpatialProduct(ShapePlan shape, System.Func<AxisPlan, string> name) =>
        "(nint)" + string.Join(" * ", shape.Axes.Select(name));
}
