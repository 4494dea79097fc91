using System;
using System.Diagnostics;

namespace PoolGen
{
    /// <summary>
    /// Asks the PoolGen source generator to implement the annotated <c>partial</c> method as a pooling
    /// kernel specialized for exactly this window, stride, padding, dilation and element type.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The method returns <c>void</c> and takes <c>ReadOnlySpan&lt;T&gt; input, Span&lt;T&gt; output</c>, optionally
    /// <c>Span&lt;int&gt;</c> or <c>Span&lt;long&gt; indices</c> (max and min only), then <c>int</c> parameters bound by name,
    /// in this order: <c>batch</c>, <c>channels</c>, then the spatial sizes: <c>height</c>, <c>width</c> (2D, the default),
    /// <c>length</c> (1D) or <c>depth</c>, <c>height</c>, <c>width</c> (3D). A spatial size is required unless fixed here
    /// (<see cref="Height"/>, <see cref="Width"/>, <see cref="Length"/>, <see cref="Depth"/>); <c>batch</c> and
    /// <c>channels</c> default to 1. The rank comes from those names: <c>length</c> makes 1D pooling, <c>depth</c> (or any
    /// D-axis property) 3D; or from <see cref="Rank"/>. The memory order is <see cref="Layout"/>, row-major, contiguous.
    /// </para>
    /// <para>
    /// Or the method takes <c>ReadOnlyTensorSpan&lt;T&gt; input, TensorSpan&lt;T&gt; output</c> (System.Numerics.Tensors),
    /// optionally <c>TensorSpan&lt;int&gt;</c> or <c>TensorSpan&lt;long&gt; indices</c>, and nothing else: the shape comes from
    /// <c>input.Lengths</c>, <c>[batch, channels, ...spatial]</c> (channels last: <c>[batch, ...spatial, channels]</c>) or
    /// the same without the batch axis, and the spatial rank from <see cref="Rank"/> or the properties.
    /// </para>
    /// <para>
    /// The same attribute implements the backward pass of its pooling or max unpooling, chosen by the parameter names:
    /// <c>ReadOnlySpan&lt;T&gt; gradOutput, ReadOnlySpan&lt;long&gt; indices, Span&lt;T&gt; gradInput</c> (max, min; or
    /// <c>ReadOnlySpan&lt;int&gt;</c> indices), <c>ReadOnlySpan&lt;T&gt; gradOutput, Span&lt;T&gt; gradInput</c> (average), then the
    /// forward input's dimensions; or <c>ReadOnlySpan&lt;T&gt; input, ReadOnlySpan&lt;long&gt; indices, Span&lt;T&gt; output</c>
    /// (max unpooling), then the unpooled output's dimensions. See docs/semantics.md, "Backward passes and unpooling".
    /// </para>
    /// <para>
    /// The semantics are PyTorch's <c>max_pool2d</c> / <c>avg_pool2d</c> with the same arguments; see
    /// docs/semantics.md. Every property is read at compile time, so the values must be constants.
    /// A per-axis property (<see cref="SizeH"/>, <see cref="PaddingW"/>, ...) that is written wins over the
    /// two-axis one, even when it is written as 0.
    /// </para>
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    [Conditional("POOLGEN_KEEP_ATTRIBUTES")]
    public sealed class PoolAttribute : Attribute
    {
        /// <summary>The reduction: <see cref="PoolKind.Max"/> (default), <see cref="PoolKind.Average"/>, <see cref="PoolKind.Lp"/> or <see cref="PoolKind.Min"/>.</summary>
        public PoolKind Kind { get; set; } = PoolKind.Max;

        /// <summary>The window edge on both axes (PyTorch <c>kernel_size</c>). Must be at least 1.</summary>
        public int Size { get; set; }

        /// <summary>The step between windows on both axes. 0 or unset means <see cref="Size"/>, as in PyTorch.</summary>
        public int Stride { get; set; }

        /// <summary>Implicit padding on both sides of both axes. Default 0; at most half the effective window.</summary>
        public int Padding { get; set; }

        /// <summary>The spacing between taps of the window (PyTorch <c>dilation</c>). Default 1.</summary>
        public int Dilation { get; set; } = 1;

        /// <summary>Round the output size up instead of down (PyTorch <c>ceil_mode</c>). Default false.</summary>
        public bool CeilMode { get; set; }

        /// <summary>
        /// Average only: divide by the window size including padding (default true, as in PyTorch) rather
        /// than by the number of taps inside the input.
        /// </summary>
        public bool CountIncludePad { get; set; } = true;

        /// <summary>The window height; overrides <see cref="Size"/>.</summary>
        public int SizeH { get; set; }

        /// <summary>The window width; overrides <see cref="Size"/>.</summary>
        public int SizeW { get; set; }

        /// <summary>The vertical stride; overrides <see cref="Stride"/>. 0 means <see cref="SizeH"/>.</summary>
        public int StrideH { get; set; }

        /// <summary>The horizontal stride; overrides <see cref="Stride"/>. 0 means <see cref="SizeW"/>.</summary>
        public int StrideW { get; set; }

        /// <summary>The padding above and below; overrides <see cref="Padding"/>.</summary>
        public int PaddingH { get; set; }

        /// <summary>The padding left and right; overrides <see cref="Padding"/>.</summary>
        public int PaddingW { get; set; }

        /// <summary>The vertical dilation; overrides <see cref="Dilation"/>.</summary>
        public int DilationH { get; set; }

        /// <summary>The horizontal dilation; overrides <see cref="Dilation"/>.</summary>
        public int DilationW { get; set; }

        /// <summary>A compile-time channel count; the method then has no <c>channels</c> parameter. 0 = supplied at run time.</summary>
        public int Channels { get; set; }

        /// <summary>A compile-time input height; the method then has no <c>height</c> parameter. 0 = supplied at run time.</summary>
        public int Height { get; set; }

        /// <summary>A compile-time input width; the method then has no <c>width</c> parameter. 0 = supplied at run time.</summary>
        public int Width { get; set; }

        /// <summary>The memory order: <see cref="PoolLayout.Nchw"/> (channels first, default) or <see cref="PoolLayout.Nhwc"/> (channels last).</summary>
        public PoolLayout Layout { get; set; }

        /// <summary>ONNX <c>auto_pad</c>: padding from the input size at run time. Not together with explicit padding.</summary>
        public PoolAutoPad AutoPad { get; set; }

        /// <summary>
        /// Explicit, possibly asymmetric padding in ONNX <c>pads</c> order: the beginnings of every spatial axis, then their
        /// ends (2D: top, left, bottom, right). Each must be less than the effective window on its axis. Replaces
        /// <see cref="Padding"/> and its per-axis overrides.
        /// </summary>
        public int[]? Pads { get; set; }

        /// <summary>3D only: the window depth; overrides <see cref="Size"/>.</summary>
        public int SizeD { get; set; }

        /// <summary>3D only: the depth stride; overrides <see cref="Stride"/>. 0 means <see cref="SizeD"/>.</summary>
        public int StrideD { get; set; }

        /// <summary>3D only: the padding in front and behind; overrides <see cref="Padding"/>.</summary>
        public int PaddingD { get; set; }

        /// <summary>3D only: the depth dilation; overrides <see cref="Dilation"/>.</summary>
        public int DilationD { get; set; }

        /// <summary>3D only: a compile-time input depth; the method then has no <c>depth</c> parameter.</summary>
        public int Depth { get; set; }

        /// <summary>1D only: a compile-time input length; the method then has no <c>length</c> parameter.</summary>
        public int Length { get; set; }

        /// <summary>
        /// The number of spatial axes: 1 (<c>length</c>), 2 (<c>height</c>, <c>width</c>) or 3 (<c>depth</c>, <c>height</c>,
        /// <c>width</c>). 0 or unset: the rank follows from the dimension parameters and properties (1 with a <c>length</c>
        /// parameter or <see cref="Length"/>, 3 with a <c>depth</c> parameter, <see cref="Depth"/> or a D-axis property such
        /// as <see cref="SizeD"/>, else 2). A tensor method has no dimension parameters, so this is how it says 1D or 3D
        /// pooling without fixing a size: its tensors then have rank <c>Rank + 2</c> (<c>[batch, channels, ...]</c>) or
        /// <c>Rank + 1</c> (no batch axis). A parameter or property of another rank is an error (PG0045); so is a value
        /// other than 1, 2 or 3 (PG0052).
        /// </summary>
        public int Rank { get; set; }

        /// <summary>
        /// Global pooling: the window is the whole spatial extent, whatever its size at run time, and the output has one
        /// element per channel (ONNX <c>GlobalMaxPool</c>/<c>GlobalAveragePool</c>/<c>GlobalLpPool</c>, PyTorch's
        /// <c>adaptive_*_pool(x, 1)</c>). No window, stride, padding or dilation.
        /// </summary>
        public bool Global { get; set; }

        /// <summary>
        /// Adaptive pooling (PyTorch's <c>adaptive_max_pool</c>/<c>adaptive_avg_pool</c>): the output size of every spatial
        /// axis, whatever the input size. Window <c>i</c> of an axis of input size <c>n</c> and output size <c>m</c> covers
        /// <c>[floor(i*n/m), ceil((i+1)*n/m))</c>; <c>m</c> may exceed <c>n</c> (windows then repeat). At least 1. Writing it (or
        /// <see cref="OutputSizeD"/>, <see cref="OutputSizeH"/>, <see cref="OutputSizeW"/>) makes the method adaptive: no
        /// window, stride, padding, dilation, <see cref="CeilMode"/>, <see cref="CountIncludePad"/>, <see cref="Pads"/>,
        /// <see cref="AutoPad"/>, <see cref="Global"/> or <see cref="DivisorOverride"/> (PG0053). 0 or unset: not adaptive.
        /// </summary>
        public int OutputSize { get; set; }

        /// <summary>3D only: the adaptive output depth; overrides <see cref="OutputSize"/>.</summary>
        public int OutputSizeD { get; set; }

        /// <summary>2D and 3D: the adaptive output height; overrides <see cref="OutputSize"/>.</summary>
        public int OutputSizeH { get; set; }

        /// <summary>2D and 3D: the adaptive output width; overrides <see cref="OutputSize"/>.</summary>
        public int OutputSizeW { get; set; }

        /// <summary>Average only: divide every window by this instead of its tap count (PyTorch <c>divisor_override</c>). 0 = not set.</summary>
        public int DivisorOverride { get; set; }

        /// <summary><see cref="PoolKind.Lp"/> only, and required there: the exponent p (ONNX <c>p</c>), at least 1.</summary>
        public int P { get; set; }

        /// <summary>
        /// A lower bound applied to every output (a fused ReLU is <c>ClampMin = 0</c>). NaN outputs stay NaN, as with
        /// <c>torch.clamp</c>. For integer element types the bound must be an integer of that type.
        /// </summary>
        public double ClampMin { get; set; } = double.NegativeInfinity;

        /// <summary>An upper bound applied to every output (ReLU6 is <c>ClampMin = 0, ClampMax = 6</c>). Not below <see cref="ClampMin"/>.</summary>
        public double ClampMax { get; set; } = double.PositiveInfinity;

        /// <summary>
        /// Quantized 8-bit pooling (<c>byte</c> or <c>sbyte</c>; average, max or min): the input's scale, a positive finite
        /// number (the kernel uses it as a <c>float</c>). A stored integer <c>q</c> means the real value
        /// <c>InputScale * (q - InputZeroPoint)</c>. Set all four of <see cref="InputScale"/>, <see cref="InputZeroPoint"/>,
        /// <see cref="OutputScale"/> and <see cref="OutputZeroPoint"/>, or none. Average pooling then computes ONNX Runtime's
        /// <c>QLinearAveragePool</c> (<c>QLinearGlobalAveragePool</c> with <see cref="Global"/>) bit for bit; max and min
        /// requantize the integer max (min) from the input's parameters to the output's. See docs/semantics.md.
        /// </summary>
        public double InputScale { get; set; }

        /// <summary>Quantized pooling: the input's zero point, a value of the element type (0..255 for byte, -128..127 for sbyte). See <see cref="InputScale"/>.</summary>
        public int InputZeroPoint { get; set; }

        /// <summary>Quantized pooling: the output's scale, a positive finite number (used as a <c>float</c>). See <see cref="InputScale"/>.</summary>
        public double OutputScale { get; set; }

        /// <summary>Quantized pooling: the output's zero point, a value of the element type. See <see cref="InputScale"/>.</summary>
        public int OutputZeroPoint { get; set; }

        /// <summary>
        /// Max and min with an <c>indices</c> parameter only: the order of the index written there (forward), or read from
        /// there (max/min backward, max unpooling: the order the forward wrote them in).
        /// <see cref="PoolIndexOrder.Plane"/> (default): within the (batch, channel) plane, as PyTorch;
        /// <see cref="PoolIndexOrder.Tensor"/>: over the whole <c>[N, C, spatial...]</c> tensor, as ONNX <c>MaxPool</c> with
        /// <c>storage_order = 0</c>; <see cref="PoolIndexOrder.TensorColumnMajor"/>: as ONNX Runtime's <c>storage_order = 1</c>.
        /// Written without an <c>indices</c> parameter it is an error (PG0070).
        /// </summary>
        public PoolIndexOrder IndexOrder { get; set; }

        /// <summary>
        /// Split the work over the cores (the calling thread and PoolGen's helper threads, each taking ranges of whole planes,
        /// images or output rows) when the input holds at least 65,536 elements and there is more than one range. The
        /// results are those of the serial kernel. Default false: the kernel runs on the calling thread and allocates
        /// nothing; with true, a parallel call allocates its closure and its shared state. Needs .NET 8 or later.
        /// </summary>
        public bool Parallel { get; set; }
    }
}
