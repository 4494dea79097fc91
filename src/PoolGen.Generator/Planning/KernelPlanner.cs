using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;

namespace PoolGen.Generator.Planning;

/// <summary>
/// Turns a <see cref="PoolSpec"/> into a <see cref="KernelPlan"/>: every choice about the kernel's code is made here,
/// from the spec and the project's options alone, so that it can be tested without printing any text
/// (tests/PoolGen.Generator.Tests/PlannerTests.cs) and so that the emitters only print what was decided.
/// </summary>
internal static class KernelPlanner
{
    /// <summary>
    /// The vector widths the kernels are written for, widest first. 512 only where <see cref="NoVector512"/> finds no reason
    /// against it (measured: docs/benchmarks.md, "AVX-512"); every width runs only where the JIT reports it accelerated.
    /// </summary>
    private static readonly int[] Widths = { 512, 256, 128 };

    /// <summary>Parallel = true: from this many input elements a call may run on several cores (every kernel).</summary>
    public const int ParallelThreshold = 65536;

    /// <summary>Row kernel: windows up to this many taps are unrolled completely; larger ones loop over their rows.</summary>
    public const int RowUnrollLimit = 64;

    /// <summary>N-D kernel: windows of at most this many taps that lie wholly inside the input are reduced fully unrolled.</summary>
    public const int WindowUnrollLimit = 27;

    /// <summary>Row kernel, global average: a plane-sized window of at least this many taps is summed as one run.</summary>
    private const int PlaneSumMinimumTaps = 16;

    /// <summary>The <see cref="KernelPlan.ScalarReason"/> of every kernel when the project sets PoolGenVectorize to false.</summary>
    public const string NotVectorizedByOption = "PoolGenVectorize is false";

    /// <summary>
    /// <see cref="Plan"/>, except that an exception becomes a <see cref="KernelPlan.Failure"/> (reported as PG0099) and a stub
    /// plan, so that a bug in PoolGen costs one method its kernel, never the build its other methods.
    /// </summary>
    public static KernelPlan TryPlan(PoolSpec spec, GeneratorOptions options)
    {
        try
        {
            InternalError.ThrowIfInjected(InternalError.ThrowWhilePlanning, spec, "planning");
            return Plan(spec, options);
        }
        catch (System.Exception exception) when (exception is not System.OperationCanceledException)
        {
            return Stub(spec, "an internal error in PoolGen (PG0099)") with { Failure = InternalError.From(spec, "planning", exception) };
        }
    }

    /// <summary>The plan of a method that gets a throwing body: its attribute is invalid, or PoolGen failed on it.</summary>
    public static KernelPlan Stub(PoolSpec spec, string reason) =>
        new(spec with { InvalidReason = spec.InvalidReason ?? reason }, Traversal.Stub, false, EquatableArray<int>.Empty, NanRule.None, false, false, false, "no kernel");

    public static KernelPlan Plan(PoolSpec spec, GeneratorOptions options)
    {
        if (spec.InvalidReason is not null)
        {
            return Stub(spec, spec.InvalidReason);
        }

        // Quantized max/min: today's integer kernel, then a requantization of its outputs, which takes over the clamp
        // (it bounds the requantized values). With equal parameters the requantization is the identity: nothing to add.
        OutputRequantization? requantization = null;
        if (spec.Quantization is { IsIdentity: false } q && spec.Kind is PoolKindModel.Max or PoolKindModel.Min)
        {
            requantization = new OutputRequantization(q, spec.ClampMin, spec.ClampMax);
            spec = spec with { ClampMin = null, ClampMax = null };
        }

        spec = FoldStaticSamePadding(AdaptiveOneAsGlobal(spec));
        if (spec.Operation != PoolOperation.Forward)
        {
            return PlanOperation(spec, options) with { Split = Split(spec) };
        }

        KernelPlan plan = RowsCanRun(spec) ? PlanRows(spec, options) : PlanWindows(spec, options);
        return plan with { Split = Split(spec), Requantization = requantization, QuantizedFallback = QuantizedFallback(spec) };
    }

    /// <summary>
    /// Quantized average with a window: ONNX Runtime's fallback_to_global applies when the input's size equals the window
    /// and every padding is 0. Possible when every axis's static padding is 0 (or SAME, known at run time) and its size is
    /// not fixed to something else; certain when, besides, every size is fixed and nothing is SAME.
    /// </summary>
    private static GlobalFallback QuantizedFallback(PoolSpec spec)
    {
        // Adaptive windows: an adaptive window equals the input on every axis only with output size 1 everywhere, which is
        // planned as Global already (AdaptiveOneAsGlobal); no other adaptive kernel can fall back.
        if (!spec.IsQuantizedAverage || spec.Global || spec.Adaptive)
        {
            return GlobalFallback.None;
        }

        var axes = new List<(AxisInfo Axis, int Fixed)> { (spec.W, spec.FixedWidth) };
        if (spec.Rank >= 2)
        {
            axes.Add((spec.H, spec.FixedHeight));
        }

        if (spec.Rank == 3)
        {
            axes.Add((spec.D!, spec.FixedDepth));
        }

        bool possible = axes.All(a => (spec.IsSameAutoPad || (a.Axis.Padding == 0 && a.Axis.PaddingEnd == 0)) && (a.Fixed == 0 || a.Fixed == a.Axis.Kernel));
        return !possible ? GlobalFallback.None
            : !spec.IsSameAutoPad && axes.All(a => a.Fixed > 0) ? GlobalFallback.Always
            : GlobalFallback.AtRunTime;
    }

    /// <summary>
    /// Adaptive pooling with output size 1 on every axis is global pooling (one window, the whole plane; libtorch's mean,
    /// one division by the plane's size): planned as <see cref="Traversal.Global"/>, the axes placeholders again. Anything
    /// else is kept as it is.
    /// </summary>
    public static PoolSpec AdaptiveOneAsGlobal(PoolSpec spec)
    {
        AxisInfo?[] axes = spec.Rank switch { 1 => new[] { spec.W }, 2 => new[] { spec.H, spec.W }, _ => new[] { spec.D, spec.H, spec.W } };
        if (!spec.Adaptive || spec.InvalidReason is not null || axes.Any(a => a!.OutputSize != 1))
        {
            return spec;
        }

        var placeholder = new AxisInfo(1, 1, 0, 1);
        return spec with { Global = true, GlobalFromOutputSize = true, D = spec.D is null ? null : placeholder, H = placeholder, W = placeholder };
    }

    /// <summary>
    /// Parallel = true: channels first, ranges of whole planes; channels last, ranges of whole images or of output rows of
    /// the outermost axis (so that one image still runs on every core); a channels-last global window, whole images.
    /// </summary>
    private static ParallelSplit Split(PoolSpec spec) =>
        !spec.Parallel ? ParallelSplit.None :
        spec.Layout == LayoutModel.Nchw ? ParallelSplit.Planes :
        spec.Global || spec.Operation != PoolOperation.Forward ? ParallelSplit.Images : // A gradient or an index may reach any row of its image.
        ParallelSplit.ImagesOrRows;

    /// <summary>
    /// Whether the 2D row kernel implements the spec: rank 2, channels first, max, min or average, any static padding (Padding,
    /// or Pads with a different beginning and end), float/double/integers, without indices, clamps, a global window, SAME
    /// padding worked out at run time, a divisor override, or adaptive windows; not quantized average (the N-D kernel
    /// implements it; quantized max and min are the integer kernel's, requantized after it).
    /// </summary>
    public static bool RowsCanRun(PoolSpec spec) =>
        spec.Operation == PoolOperation.Forward && !spec.IsQuantizedAverage && spec.Rank == 2 && !spec.Adaptive && spec.Layout == LayoutModel.Nchw && !spec.IsSameAutoPad && !spec.Global && spec.DivisorOverride == 0 &&
        spec.IndicesName is null && spec.Kind is PoolKindModel.Max or PoolKindModel.Min or PoolKindModel.Average && spec.ClampMin is null &&
        spec.ClampMax is null && !spec.ElementType.IsHalf;

    /// <summary>
    /// AutoPad = SameUpper/SameLower on a method the 2D kernels implement otherwise, where the padding does not depend
    /// on the input size: on each axis stride 1 (the total padding is e - 1 for every size) or a size fixed on the
    /// attribute. The padding is then written out as static padding before and after (AutoPad NotSet): the same windows,
    /// output sizes (ceil(n / s)) and divisors as docs/semantics.md's run-time rule gives. Anything else is kept as it is.
    /// </summary>
    public static PoolSpec FoldStaticSamePadding(PoolSpec model)
    {
        if (!model.IsSameAutoPad || model.InvalidReason is not null || model.Rank != 2 ||
            StaticSameAxis(model.H, model.FixedHeight, model.AutoPad) is not { } h ||
            StaticSameAxis(model.W, model.FixedWidth, model.AutoPad) is not { } w)
        {
            return model;
        }

        PoolSpec folded = model with { AutoPad = AutoPadModel.NotSet, FoldedAutoPad = model.AutoPad, H = h, W = w };
        return RowsCanRun(folded) ? folded : model;
    }

    /// <summary>One axis's SAME padding when it is known now: out = ceil(n / s), total = max(0, (out - 1)*s + e - n), the odd one at the end (SameUpper) or the beginning (SameLower).</summary>
    private static AxisInfo? StaticSameAxis(AxisInfo axis, int fixedSize, AutoPadModel autoPad)
    {
        long total;
        if (axis.Stride == 1)
        {
            total = axis.Effective - 1;
        }
        else if (fixedSize > 0)
        {
            long output = ((fixedSize - 1L) / axis.Stride) + 1;
            total = System.Math.Max(0, ((output - 1) * axis.Stride) + axis.Effective - fixedSize);
        }
        else
        {
            return null;
        }

        int small = (int)(total / 2), large = (int)(total - small);
        (int begin, int end) = autoPad == AutoPadModel.SameUpper ? (small, large) : (large, small);
        return axis with { Padding = begin, PaddingEndOverride = begin == end ? null : end };
    }

    private static KernelPlan PlanRows(PoolSpec spec, GeneratorOptions options)
    {
        bool unrolled = (long)spec.H.Kernel * spec.W.Kernel <= RowUnrollLimit;
        bool stride = spec.W.Stride is 1 or 2;
        string? no512 = NoVector512(spec, Traversal.Rows);
        List<int> widths = RowVectorWidths(spec, no512 is null);
        string? reason =
            !options.Vectorize ? NotVectorizedByOption :
            !unrolled ? $"the window has more than {RowUnrollLimit} taps" :
            !stride ? "the stride along the width is above 2" :
            widths.Count == 0 ? "the fixed width has fewer interior columns than a vector has lanes" :
            null;
        bool vectorized = reason is null;
        bool sumsPlanes = options.Vectorize && spec.Kind == PoolKindModel.Average && (long)spec.H.Kernel * spec.W.Kernel >= PlaneSumMinimumTaps &&
            spec.H.Padding == 0 && spec.W.Padding == 0 && spec.H.PaddingEnd == 0 && spec.W.PaddingEnd == 0 &&
            spec.H.Dilation == 1 && spec.W.Dilation == 1 &&
            (spec.FixedHeight == 0 || spec.FixedHeight == spec.H.Kernel) &&
            (spec.FixedWidth == 0 || spec.FixedWidth == spec.W.Kernel);
        bool floatMax = spec.Kind is PoolKindModel.Max or PoolKindModel.Min && spec.ElementType.IsFloatingPoint;
        return new KernelPlan(
            spec,
            Traversal.Rows,
            vectorized,
            vectorized ? new EquatableArray<int>(widths.ToArray()) : EquatableArray<int>.Empty,
            floatMax ? NanRule.Exact : NanRule.None,
            UnrollsWindow: unrolled,
            SumsPlanes: sumsPlanes,
            RowStrips: vectorized && spec.H.Dilation == 1 && 2 * spec.H.Stride <= spec.H.Kernel,
            ScalarReason: reason) { NoVector512Reason = vectorized ? no512 : null };
    }

    /// <summary>The row kernel's vector widths: all of them (512 when allowed), except for a fixed width with fewer interior columns than lanes.</summary>
    private static List<int> RowVectorWidths(PoolSpec spec, bool allow512)
    {
        var widths = new List<int>();
        var axis = new AxisPlan("width", "Width", "w", spec.W, spec.FixedWidth, spec);
        foreach (int bits in Widths)
        {
            if ((bits != 512 || allow512) && axis.FixedInput == 0 || axis.FixedInteriorEnd - axis.FixedInteriorBegin >= Lanes(spec, bits))
            {
                widths.Add(bits);
            }
        }

        return widths;
    }

    private static KernelPlan PlanWindows(PoolSpec spec, GeneratorOptions options)
    {
        bool channelsLast = spec.Layout == LayoutModel.Nhwc;
        bool maxOrMin = spec.Kind is PoolKindModel.Max or PoolKindModel.Min;
        string? reason =
            !options.Vectorize ? NotVectorizedByOption :
            spec.ElementType.IsHalf ? "Half has no vector arithmetic" :
            spec.IndicesName is not null ? "indices are written by the scalar window" :
            spec.Kind == PoolKindModel.Lp && spec.P > 2 ? "Lp with P above 2 has no vector power" :
            spec.Global && !channelsLast && maxOrMin ? "a channels-first global max/min reduces one plane per output" :
            spec.Adaptive && !channelsLast && ElementSize(spec.ElementType.Keyword) < 4 ? $"channels first, adaptive windows are picked from lanes of 32 or 64 bits, and {spec.ElementType.Keyword} is narrower" :
            !spec.Global && !channelsLast && spec.W.Stride != 1 ? "channels first, the stride along the last axis is above 1" :
            null;
        bool vectorized = reason is null;

        int axes = spec.Rank;
        long volume = WindowTaps(spec);
        // Adaptive windows have no fixed extent; quantized average has no unrolled full-window form (its vector runs unroll
        // the last axis's taps only).
        bool unrolls = (channelsLast || axes > 1) && volume <= WindowUnrollLimit && !spec.Adaptive && !spec.IsQuantizedAverage;

        bool separable = vectorized && !spec.Global && !spec.Adaptive && !channelsLast && spec.Rank >= 2 && maxOrMin &&
            spec.W.Stride == 1 && spec.H.Dilation == 1 && (spec.Rank == 2 || spec.D!.Dilation == 1);

        NanRule nan = !(spec.ElementType.IsFloatingPoint && maxOrMin) ? NanRule.None
            : vectorized && !spec.Global && !channelsLast ? NanRule.ScanPlane
            : vectorized && !spec.Global && channelsLast && unrolls ? NanRule.CheckedRows
            : NanRule.Exact;

        Traversal traversal = spec.Global ? Traversal.Global
            : channelsLast ? Traversal.ChannelVectors
            : spec.Adaptive && vectorized ? Traversal.PickedColumns
            : separable ? Traversal.SeparablePasses
            : Traversal.Windows;

        string? no512 = NoVector512(spec, traversal);
        return new KernelPlan(
            spec,
            traversal,
            vectorized,
            // Quantized average: 16 bytes widened to two vectors of 8 floats, one width. Picked columns: the 256-bit
            // permutes (AVX2's VPERMPS, AVX-512's VPERMT2PS), one width (NoVector512).
            !vectorized ? EquatableArray<int>.Empty : spec.IsQuantizedAverage || traversal == Traversal.PickedColumns ? new EquatableArray<int>(new[] { 256 })
                : new EquatableArray<int>(Widths.Where(bits => bits != 512 || no512 is null).ToArray()),
            nan,
            UnrollsWindow: unrolls,
            SumsPlanes: false,
            RowStrips: false,
            ScalarReason: reason)
        {
            NoVector512Reason = vectorized ? no512 : null,
            // Windows of 2 along the last axis (n == 2m, ResNet's 14x14 -> 7x7) are common enough to get their own body:
            // the shuffles are cheaper than the permutes and need no tables, so it runs plane by plane (docs/benchmarks.md,
            // case 15). Its per-row tables are on the stack: at most PairedRowLimit rows of outputs per plane.
            PairsLastAxis = traversal == Traversal.PickedColumns
                && (spec.Rank == 1 ? 1L : spec.Rank == 2 ? spec.H.OutputSize : (long)spec.D!.OutputSize * spec.H.OutputSize) <= PairedRowLimit,
        };
    }

    /// <summary>Picked columns' paired body: at most this many rows of outputs per plane (its tables are on the stack).</summary>
    public const int PairedRowLimit = 1024;

    /// <summary>
    /// Backward passes and unpooling (<see cref="PoolOperation"/>): max/min backward and unpooling scatter through the
    /// indices (<see cref="Traversal.Scatter"/>: vectors check the indices, the scatter is scalar, each index naming its own
    /// element); average backward adds each
    /// gradient over its window (<see cref="Traversal.WindowGradients"/>), with vectors across the channels when they are
    /// last (each tap of a window is a contiguous run of channels), or, channels first with stride 1 along the last axis,
    /// along output rows (each tap of the last axis adds a run of a row's quotients to a run of inputs); every element
    /// gets its shares in the scalar order either way.
    /// </summary>
    private static KernelPlan PlanOperation(PoolSpec spec, GeneratorOptions options)
    {
        bool scatter = spec.Scatters;
        string? reason =
            !options.Vectorize ? NotVectorizedByOption :
            scatter ? null : // Vectors check the indices; the scatter writes one element at a time.
            spec.Layout == LayoutModel.Nhwc ? null :
            spec.Global ? "a channels-first global gradient fills each plane with one value" :
            spec.Adaptive ? "channels first, adaptive windows differ in start and length from one output to the next" :
            spec.W.Stride != 1 ? "channels first, the stride along the last axis is above 1" :
            // A row's divisors are its outer factor times the last axis's, which is the scalar (T)(product) only while the
            // outer factor is exact in T.
            spec.Rank == 3 && spec.ElementType.Keyword == "float" && (long)spec.D!.Kernel * spec.H.Kernel > 1 << 24 ? "the outer axes' window has more taps than a float holds exactly" :
            null;
        bool vectorized = reason is null;
        Traversal traversal = scatter ? Traversal.Scatter : Traversal.WindowGradients;
        string? no512 = NoVector512(spec, traversal);
        return new KernelPlan(
            spec,
            traversal,
            vectorized,
            vectorized ? new EquatableArray<int>(Widths.Where(bits => bits != 512 || no512 is null).ToArray()) : EquatableArray<int>.Empty,
            NanRule.None,
            UnrollsWindow: false,
            SumsPlanes: false,
            RowStrips: false,
            ScalarReason: reason) { NoVector512Reason = vectorized ? no512 : null };
    }

    /// <summary>
    /// Why a vectorized kernel has no 512-bit vectors (the remarks print it), or null when it has them: they are emitted
    /// where they measured faster than 256 bits on an AVX-512 machine (docs/benchmarks.md, "AVX-512"), and not where the
    /// kernel is bound by memory or its instructions exist for 128 and 256 bits only.
    /// </summary>
    public static string? NoVector512(PoolSpec spec, Traversal traversal) =>
        spec.IsQuantizedAverage ? "quantized average widens 16 bytes to two vectors of 8 floats (256 bits)" :
        traversal == Traversal.PickedColumns ? "the taps are picked by 256-bit permutes; a 512-bit variant with two planes per permute measured no faster" :
        spec.Operation != PoolOperation.Forward ? "the backward passes and unpooling were measured at 256 bits only" :
        traversal == Traversal.Global && spec.Layout == LayoutModel.Nchw ? "a plane's sum adds 256-bit vectors, so its order and last bits are the same on every machine with AVX" :
        !spec.Global && !spec.Adaptive && WindowTaps(spec) <= Vector512MinimumTaps ? $"a window of at most {Vector512MinimumTaps} taps is bound by its loads and stores (memory), where 512 bits measured no faster than 256" :
        null;

    /// <summary>
    /// Windows of at most this many taps get no 512-bit vectors: a few operations per load and store, they measured no
    /// faster than with 256 bits, in cache or not (2x2 windows: docs/benchmarks.md, "AVX-512"); 3x3 windows measured faster.
    /// </summary>
    public const int Vector512MinimumTaps = 4;

    /// <summary>The taps of the spec's window: the product of its sizes.</summary>
    private static long WindowTaps(PoolSpec spec) =>
        (long)spec.W.Kernel * (spec.Rank >= 2 ? spec.H.Kernel : 1) * (spec.Rank == 3 ? spec.D!.Kernel : 1);

    /// <summary>How many elements of the spec's type a vector of <paramref name="bits"/> holds.</summary>
    public static int Lanes(PoolSpec spec, int bits) => bits / 8 / ElementSize(spec.ElementType.Keyword);

    /// <summary>The size in bytes of an element type PoolGen pools.</summary>
    public static int ElementSize(string keyword) => keyword switch
    {
        "byte" or "sbyte" => 1,
        "short" or "ushort" or "Half" => 2,
        "int" or "uint" or "float" => 4,
        _ => 8,
    };
}
