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
    /// The method returns <c>void</c> and takes <c>ReadOnlySpan&lt;T&gt; input, Span&lt;T&gt; output</c>, then
    /// <c>int</c> parameters bound by name, in this order: <c>batch</c>, <c>channels</c>, <c>height</c>,
    /// <c>width</c>. <c>height</c> and <c>width</c> are required unless fixed here with <see cref="Height"/> and
    /// <see cref="Width"/>; <c>batch</c> and <c>channels</c> default to 1. The layout is NCHW, row-major, contiguous.
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
        /// <summary>The reduction: <see cref="PoolKind.Max"/> (default) or <see cref="PoolKind.Average"/>.</summary>
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

        /// <summary>
        /// Split the planes (batch x channels) over the cores with <c>Parallel.For</c> when the input holds at least
        /// 65,536 elements and more than one plane. The results are those of the serial kernel. Default false: the
        /// kernel runs on the calling thread and allocates nothing; with true, a parallel call allocates its closure
        /// and tasks. Needs .NET 8 or later.
        /// </summary>
        public bool Parallel { get; set; }
    }
}
