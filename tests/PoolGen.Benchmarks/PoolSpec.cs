using System;
using System.Globalization;

namespace PoolGen.Benchmarks
{
    /// <summary>One benchmark case: a square pooling window over an NCHW tensor (no dilation, floor mode).</summary>
    /// <param name="Name">A short identifier (BenchmarkDotNet's parameter value).</param>
    /// <param name="ElementType">The element type: float, double or byte.</param>
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
        bool Parallel = false)
    {
        public int OutHeight => PoolShape.OutputSize(Height, Kernel, Stride, Padding);

        public int OutWidth => PoolShape.OutputSize(Width, Kernel, Stride, Padding);

        public int InputLength => checked(Batch * Channels * Height * Width);

        public int OutputLength => checked(Batch * Channels * OutHeight * OutWidth);

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
                string pad = Padding == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" p{Padding}");
                string exclude = Kind == PoolKind.Average && Padding > 0 && !CountIncludePad ? " excl" : "";
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"{kind} {Kernel}x{Kernel} s{Stride}{pad}{exclude} {TypeName} [{Batch},{Channels},{Height},{Width}]{(Parallel ? " par" : "")}");
            }
        }
    }
}
