using System;
using System.Globalization;
using System.Linq;
using PoolGen.Testing;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// One benchmark case: a square (cubic) pooling window (<see cref="Window"/>, the tests' <see cref="PoolSpecND"/>) over an
    /// NCHW tensor, or NHWC when <paramref name="ChannelsLast"/>, or NCDHW when <paramref name="Depth"/> is not 0 (no
    /// dilation, floor mode).
    /// </summary>
    /// <param name="Name">A short identifier (BenchmarkDotNet's parameter value).</param>
    /// <param name="ElementType">The element type: float, double or byte.</param>
    /// <param name="Window">The pooling parameters, one entry per spatial axis (D, H, W or H, W).</param>
    /// <param name="Depth">3D pooling's depth; 0 for 2D.</param>
    /// <param name="ChannelsLast">PoolGen and the naive loop pool NHWC data; ONNX Runtime, which pools NCHW, gets the same values transposed.</param>
    internal sealed record BenchmarkCase(
        string Name,
        Type ElementType,
        int Batch,
        int Channels,
        int Height,
        int Width,
        PoolSpecND Window,
        bool Parallel = false,
        int Depth = 0,
        bool ChannelsLast = false)
    {
        /// <summary>
        /// Adaptive pooling (PoolGen's OutputSize): the output size per spatial axis; <see cref="Window"/> is then ONNX
        /// Runtime's equivalent window (when <see cref="HasOrt"/>) or a placeholder. Null for window pooling.
        /// </summary>
        public int[]? AdaptiveOutput { get; init; }

        /// <summary>Whether ONNX Runtime has an equivalent node (adaptive pooling: only when the output size divides the input).</summary>
        public bool HasOrt { get; init; } = true;

        /// <summary>A case with the same window on every axis.</summary>
        /// <param name="Pads">2D channels first only: ONNX pads (top, left, bottom, right) instead of <paramref name="Padding"/> on every side.</param>
        public BenchmarkCase(
            string Name,
            Type ElementType,
            PoolKind Kind,
            int Batch,
            int Channels,
            int Height,
            int Width,
            int Kernel,
            int Stride,
            int Padding = 0,
            bool CountIncludePad = true,
            bool Parallel = false,
            int Depth = 0,
            bool ChannelsLast = false,
            int[]? Pads = null)
            : this(Name, ElementType, Batch, Channels, Height, Width, Square(Kind, Depth > 0 ? 3 : 2, Kernel, Stride, Padding, CountIncludePad, Pads), Parallel, Depth, ChannelsLast)
        {
        }

        /// <summary>Quantized 8-bit average pooling (ONNX Runtime's QLinearAveragePool): the four parameters; null otherwise.</summary>
        public QuantizedPoolParameters? Quantization { get; init; }

        /// <summary>A global window (ONNX Runtime's QLinearGlobalAveragePool); <see cref="Window"/> then covers the whole input.</summary>
        public bool Global { get; init; }

        public PoolKind Kind => Window.Kind;

        public int Kernel => Window.Kernel[^1];

        public int Stride => Window.Stride[^1];

        /// <summary>The padding at the beginning of the width axis (every axis has the same, but for <see cref="Pads"/>).</summary>
        public int Padding => Window.Padding[^1];

        public bool CountIncludePad => Window.CountIncludePad;

        /// <summary>ONNX pads (top, left, bottom, right), or null for <see cref="Padding"/> on every side.</summary>
        public int[]? Pads => Window.PaddingEnd is { } end ? [.. Window.Padding, .. end] : null;

        public int PadTop => Window.PaddingBegin[^2];

        public int PadLeft => Window.PaddingBegin[^1];

        public int PadBottom => Window.PaddingEndOrSymmetric[^2];

        public int PadRight => Window.PaddingEndOrSymmetric[^1];

        public bool Is3D => Depth > 0;

        /// <summary>The spatial sizes, outermost first.</summary>
        public int[] Spatial => Is3D ? [Depth, Height, Width] : [Height, Width];

        /// <summary>The output's spatial sizes (<see cref="PoolReference.OutputShape"/>).</summary>
        public int[] OutSpatial => AdaptiveOutput ?? PoolReference.OutputShape(Window, Spatial);

        public int OutDepth => Is3D ? OutSpatial[0] : 0;

        /// <summary>The input's shape in ONNX Runtime's (channels-first) order.</summary>
        public long[] InputShape => [Batch, Channels, .. Spatial.Select(size => (long)size)];

        public long[] OutputShape => [Batch, Channels, .. OutSpatial.Select(size => (long)size)];

        public int OutHeight => OutSpatial[^2];

        public int OutWidth => OutSpatial[^1];

        public int InputLength => checked(Batch * Channels * Math.Max(Depth, 1) * Height * Width);

        public int OutputLength => checked(Batch * Channels * Math.Max(OutDepth, 1) * OutHeight * OutWidth);

        public int ElementSize => ElementType == typeof(double) ? 8 : ElementType == typeof(float) ? 4 : 1;

        /// <summary>The bytes any kernel must move: read the input once and write the output once.</summary>
        public long TrafficBytes => ((long)InputLength + OutputLength) * ElementSize;

        public string TypeName => ElementType == typeof(double) ? "f64" : ElementType == typeof(float) ? "f32" : "u8";

        /// <summary>For example <c>max 3x3 s2 p1 f32 [8,64,56,56]</c>.</summary>
        public string Description
        {
            get
            {
                string kind = (Quantization is null ? "" : "q") + (Kind == PoolKind.Max ? "max" : "avg") +
                    (Name.Contains("backward", StringComparison.Ordinal) ? " backward" : "");
                if (AdaptiveOutput is not null)
                {
                    string layout = ChannelsLast ? $"NHWC [{Batch},{Height},{Width},{Channels}]" : $"[{Batch},{Channels},{Height},{Width}]";
                    return $"adaptive {kind} to {string.Join("x", AdaptiveOutput)} {TypeName} {layout}";
                }

                string pad = Pads is not null ? " pads" + string.Join("", Pads) : Padding == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" p{Padding}");
                string exclude = Kind == PoolKind.Average && Padding > 0 && !CountIncludePad ? " excl" : "";
                string window = Global ? "global" : Is3D ? $"{Kernel}x{Kernel}x{Kernel}" : $"{Kernel}x{Kernel}";
                string shape = Is3D ? $"NCDHW [{Batch},{Channels},{Depth},{Height},{Width}]" : ChannelsLast ? $"NHWC [{Batch},{Height},{Width},{Channels}]" : $"[{Batch},{Channels},{Height},{Width}]";
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"{kind} {window}{(Global ? "" : $" s{Stride}")}{pad}{exclude} {TypeName} {shape}{(Parallel ? " par" : "")}");
            }
        }

        private static PoolSpecND Square(PoolKind kind, int rank, int kernel, int stride, int padding, bool countIncludePad, int[]? pads)
        {
            int[] Fill(int value) => Enumerable.Repeat(value, rank).ToArray();
            var window = new PoolSpecND(kind, Fill(kernel), Fill(stride), Fill(padding), Fill(1), CountIncludePad: countIncludePad);
            return pads is null ? window : window with { Padding = pads[..rank], PaddingEnd = pads[rank..] };
        }
    }
}
