using System;
using System.Globalization;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// One benchmark case: a square (cubic) pooling window over an NCHW tensor, or NHWC when <paramref name="ChannelsLast"/>,
    /// or NCDHW when <paramref name="Depth"/> is not 0 (no dilation, floor mode).
    /// </summary>
    /// <param name="Name">A short identifier (BenchmarkDotNet's parameter value).</param>
    /// <param name="ElementType">The element type: float, double or byte.</param>
    /// <param name="Depth">3D pooling's depth; 0 for 2D.</param>
    /// <param name="ChannelsLast">PoolGen and the naive loop pool NHWC data; ONNX Runtime, which pools NCHW, gets the same values transposed.</param>
    /// <param name="Pads">2D channels first only: ONNX pads (top, left, bottom, right) instead of <paramref name="Padding"/> on every side.</param>
    internal sealed record PoolSpec(
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
    {
        public int PadTop => Pads?[0] ?? Padding;

        public int PadLeft => Pads?[1] ?? Padding;

        public int PadBottom => Pads?[2] ?? Padding;

        public int PadRight => Pads?[3] ?? Padding;

        public bool Is3D => Depth > 0;

        public int OutDepth => Is3D ? PoolShape.OutputSize(Depth, Kernel, Stride, Padding) : 0;

        /// <summary>The input's shape in ONNX Runtime's (channels-first) order.</summary>
        public long[] InputShape => Is3D ? new long[] { Batch, Channels, Depth, Height, Width } : new long[] { Batch, Channels, Height, Width };

        public long[] OutputShape => Is3D ? new long[] { Batch, Channels, OutDepth, OutHeight, OutWidth } : new long[] { Batch, Channels, OutHeight, OutWidth };

        public int OutHeight => Pads is null ? PoolShape.OutputSize(Height, Kernel, Stride, Padding) : PoolShape.OutputSize(Height, Kernel, Stride, (PadTop, PadBottom));

        public int OutWidth => Pads is null ? PoolShape.OutputSize(Width, Kernel, Stride, Padding) : PoolShape.OutputSize(Width, Kernel, Stride, (PadLeft, PadRight));

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
                string kind = Kind == PoolKind.Max ? "max" : "avg";
                string pad = Pads is not null ? " pads" + string.Join("", Pads) : Padding == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" p{Padding}");
                string exclude = Kind == PoolKind.Average && Padding > 0 && !CountIncludePad ? " excl" : "";
                string window = Is3D ? $"{Kernel}x{Kernel}x{Kernel}" : $"{Kernel}x{Kernel}";
                string shape = Is3D ? $"NCDHW [{Batch},{Channels},{Depth},{Height},{Width}]" : ChannelsLast ? $"NHWC [{Batch},{Height},{Width},{Channels}]" : $"[{Batch},{Channels},{Height},{Width}]";
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"{kind} {window} s{Stride}{pad}{exclude} {TypeName} {shape}{(Parallel ? " par" : "")}");
            }
        }
    }
}
