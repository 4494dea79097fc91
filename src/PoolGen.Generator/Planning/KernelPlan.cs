using PoolGen.Generator.Model;

namespace PoolGen.Generator.Planning;

/// <summary>How a kernel walks its input: which loops it has and what its vectors run over.</summary>
internal enum Traversal
{
    /// <summary>No kernel: the attribute is invalid and the method body throws (a PoolGen error says why).</summary>
    Stub,

    /// <summary>
    /// 2D channels first, plane by plane and row by row: border windows clipped by a small loop, interior windows
    /// unrolled with constant offsets, vector runs over the output columns of interior rows (when vectorized).
    /// </summary>
    Rows,

    /// <summary>Channels first, any rank: window by window, with vector runs along the last axis where every tap is inside.</summary>
    Windows,

    /// <summary>Channels first, max/min: one reduction pass per axis (width as one run over the plane, then height, then depth).</summary>
    SeparablePasses,

    /// <summary>Channels last: every tap is a contiguous run of channels, so vectors run across the channels of a pixel.</summary>
    ChannelVectors,

    /// <summary>
    /// Channels first, adaptive: each vector lane is one output of a row of the last axis and reduces its taps in the scalar
    /// order; the taps of the last axis, whose windows differ in start and length from one output to the next, are picked
    /// from two loads of the row by index tables worked out once per call (they depend only on the sizes of that axis).
    /// </summary>
    PickedColumns,

    /// <summary>The window is the whole spatial extent: one output per plane (channels first) or per image and channel (channels last).</summary>
    Global,

    /// <summary>
    /// Backward of max/min, and max unpooling: each plane (channels first) or image (channels last) of the written span is
    /// cleared, then every pooled value is added to (backward) or stored in (unpooling) the element its index names.
    /// </summary>
    Scatter,

    /// <summary>
    /// Backward of average: each plane or image of gradInput is cleared, then every gradient, divided by its window's
    /// forward divisor, is added to the taps of its window inside the input, outputs in row-major order (PyTorch's order).
    /// </summary>
    WindowGradients,
}

/// <summary>Quantized average: whether a window equal to the unpadded input takes the integer global path (ONNX Runtime's fallback_to_global).</summary>
internal enum GlobalFallback
{
    /// <summary>Not quantized average, a global window already, or a padding or fixed size that rules it out.</summary>
    None,

    /// <summary>A run-time check of the sizes (and SAME paddings) at the top of the kernel.</summary>
    AtRunTime,

    /// <summary>Every size is fixed to the window and nothing is padded: the kernel is the global path.</summary>
    Always,
}

/// <summary>How a kernel with Parallel = true splits its outputs across threads.</summary>
internal enum ParallelSplit
{
    /// <summary>One thread: Parallel is not set.</summary>
    None,

    /// <summary>Ranges of whole planes (channels first: batch x channels planes, each contiguous).</summary>
    Planes,

    /// <summary>Channels last: ranges of whole images, or of output rows of the outermost spatial axis across every image.</summary>
    ImagesOrRows,

    /// <summary>Channels last, global window: ranges of whole images (one output row each).</summary>
    Images,
}

/// <summary>How float max/min keeps PyTorch's NaN rule (a NaN tap makes the output NaN) at vector speed.</summary>
internal enum NanRule
{
    /// <summary>Not float max/min: nothing to do.</summary>
    None,

    /// <summary>Every tap uses the exact step (3 instructions: compare, blend, NaN check).</summary>
    Exact,

    /// <summary>A vector scan of each plane tells whether it holds a NaN; if not, the taps use the plain MAXPS/MINPS.</summary>
    ScanPlane,

    /// <summary>
    /// Rows of interior pixels run with the plain MAXPS/MINPS while an unordered compare of each pair of taps watches for
    /// NaN; a row that met one is done again with the exact step. No separate pass over the image.
    /// </summary>
    CheckedRows,
}

/// <summary>
/// Everything decided about one [Pool] method's kernel before any text is written: the traversal, the vector plan, the
/// NaN rule, unrolling and threads. Plain, value-equatable data made by <see cref="KernelPlanner"/> from the
/// <see cref="PoolSpec"/>; the emitters only print it.
/// </summary>
/// <param name="Spec">What the attribute and the signature mean.</param>
/// <param name="Traversal">The loops of the kernel.</param>
/// <param name="Vectorized">Whether the kernel has vector code at all.</param>
/// <param name="VectorWidths">The vector widths emitted, widest first (each used only where the JIT reports it accelerated).</param>
/// <param name="Nan">How float max/min keeps the NaN rule.</param>
/// <param name="UnrollsWindow">Windows that lie wholly inside the input are reduced fully unrolled, with constant tap offsets.</param>
/// <param name="SumsPlanes">Rows traversal, average: a window that covers the whole plane is summed as one contiguous run.</param>
/// <param name="RowStrips">Rows traversal, vectorized: consecutive output rows share window rows (vertical strips).</param>
/// <param name="ScalarReason">Why the kernel has no vector code, or null when it has.</param>
internal sealed record KernelPlan(
    PoolSpec Spec,
    Traversal Traversal,
    bool Vectorized,
    EquatableArray<int> VectorWidths,
    NanRule Nan,
    bool UnrollsWindow,
    bool SumsPlanes,
    bool RowStrips,
    string? ScalarReason)
{
    /// <summary>An exception thrown while planning: the plan is then a <see cref="Traversal.Stub"/> and PG0099 reports it.</summary>
    public InternalError? Failure { get; init; }

    /// <summary>How the outputs are split across threads (Parallel = true), or <see cref="ParallelSplit.None"/>.</summary>
    public ParallelSplit Split { get; init; }

    /// <summary>
    /// Quantized max/min whose input and output parameters differ: after the integer max (min) is written, every output is
    /// requantized (and then clamped) through a 256-entry table; the kernel itself then has no clamp. Null otherwise.
    /// </summary>
    public OutputRequantization? Requantization { get; init; }

    /// <summary>Quantized average: whether and how a window equal to the unpadded input takes the integer global path.</summary>
    public GlobalFallback QuantizedFallback { get; init; }

    /// <summary>
    /// Why a vectorized kernel's widths stop at 256 bits (the remarks print it), or null when 512 is among them or the
    /// kernel has no vector code.
    /// </summary>
    public string? NoVector512Reason { get; init; }

    /// <summary>
    /// Picked columns: whether the kernel also has a body for a last axis whose input is exactly twice its output, checked
    /// at run time (n == 2m). Every window of that axis is then [2o, 2o + 2): its two taps are the even and odd elements of
    /// a row's two loads, split by in-lane shuffles (VSHUFPS/VUNPCKLPD) instead of the tables' permutes, and the lanes put
    /// back in order by one VPERMPD per output vector. The taps are added in the same order, so the results are the same.
    /// With no tables to keep in registers, that body runs plane by plane (each plane's rows read once, in order, while in
    /// the cache) instead of visiting many planes per row of outputs. Only with at most
    /// <see cref="KernelPlanner.PairedRowLimit"/> rows of outputs per plane (its per-row tables are on the stack).
    /// </summary>
    public bool PairsLastAxis { get; init; }

    /// <summary>Whether the output is split across threads.</summary>
    public bool Parallel => Split != ParallelSplit.None;

    /// <summary>Channels last, Parallel: the kernel takes the range of the outermost axis's outputs it computes.</summary>
    public bool SplitsRows => Split == ParallelSplit.ImagesOrRows;

    /// <summary>
    /// Indices in a tensor order (<see cref="IndexOrderModel.Tensor"/>, <see cref="IndexOrderModel.TensorColumnMajor"/>):
    /// each index counts the planes before its own, so Kernel takes <c>planeBase</c>, the (batch, channel) plane of the
    /// logical tensor its first plane is (0 from Run; a parallel range's first plane or image times the channels).
    /// </summary>
    public bool IndexCountsPlanes => Spec.IndicesName is not null && Spec.IndexOrder != IndexOrderModel.Plane;

    /// <summary>The 2D row kernel (<see cref="Traversal.Rows"/>) or the N-D kernel that implements the other traversals.</summary>
    public bool IsRowKernel => Traversal == Traversal.Rows;
}

/// <summary>
/// The requantization of a quantized max/min's outputs: <c>clamp(round(InputScale*(q - InputZeroPoint) / OutputScale +
/// OutputZeroPoint))</c> to the element type, then to the attribute's clamp bounds.
/// </summary>
internal sealed record OutputRequantization(QuantizationInfo Parameters, double? ClampMin, double? ClampMax);

/// <summary>The project's settings the planner reads.</summary>
/// <param name="Vectorize">False with &lt;PoolGenVectorize&gt;false&lt;/PoolGenVectorize&gt;: scalar kernels only.</param>
internal sealed record GeneratorOptions(bool Vectorize);
