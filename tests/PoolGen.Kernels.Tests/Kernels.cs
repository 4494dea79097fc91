using System;
using PoolGen;

// The kernels under test, generated at build time by PoolGen (the generator runs as an analyzer, as for a package
// user; the generated files land under obj/.../generated). Every method here has one row in KernelTable, which
// states by hand, independently of the generator, what its attribute means (a PoolSpecND with every value explicit).
// Names: Max/Avg, the element type when not float, then k<H>x<W> (or k<K>), s (stride), p (padding), d (dilation),
// Ceil, NoPad (CountIncludePad = false). Keep this file and KernelTable.cs in the same order.
namespace PoolGen.Kernels.Tests
{
    /// <summary>Max pooling of float with every run-time dimension as a parameter, unless the name says otherwise.</summary>
    internal static partial class MaxKernels
    {
        [Pool(Size = 1)]
        public static partial void Max_k1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Max, Size = 2)]
        public static partial void Max_k2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 2, Stride = 1)]
        public static partial void Max_k2s1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 2, CeilMode = true)]
        public static partial void Max_k2Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1, Padding = 1)]
        public static partial void Max_k3s1p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void Max_k3s2p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, CeilMode = true)]
        public static partial void Max_k3s2p1Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, CeilMode = true)]
        public static partial void Max_k3s2Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Stride written as 0: the window size.</summary>
        [Pool(Size = 3, Stride = 0)]
        public static partial void Max_k3s0(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 3, Padding = 1, CeilMode = true)]
        public static partial void Max_k3s3p1Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 4, Stride = 3, Padding = 2)]
        public static partial void Max_k4s3p2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 4, Stride = 2, Padding = 1, CeilMode = true)]
        public static partial void Max_k4s2p1Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 5, Stride = 1, Padding = 2)]
        public static partial void Max_k5s1p2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 5, Stride = 2, Padding = 2, CeilMode = true)]
        public static partial void Max_k5s2p2Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 5, Stride = 3)]
        public static partial void Max_k5s3(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>81 taps: the row-loop path.</summary>
        [Pool(Size = 9, Stride = 1)]
        public static partial void Max_k9s1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 9, Stride = 2, Padding = 4, CeilMode = true)]
        public static partial void Max_k9s2p4Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Row loop with dilation and the largest padding allowed (effective window 17).</summary>
        [Pool(Size = 9, Stride = 3, Dilation = 2, Padding = 8)]
        public static partial void Max_k9s3d2p8(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 1, SizeW = 9, Stride = 1, PaddingW = 4)]
        public static partial void Max_k1x9s1p0x4(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 9, SizeW = 1, StrideH = 2, StrideW = 1, PaddingH = 4)]
        public static partial void Max_k9x1s2x1p4x0(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>72 taps, not square: the row-loop path.</summary>
        [Pool(SizeH = 9, SizeW = 8, Stride = 2, Padding = 3)]
        public static partial void Max_k9x8s2p3(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 3, StrideH = 1, StrideW = 2)]
        public static partial void Max_k2x3s1x2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 2, StrideH = 2, StrideW = 1, Padding = 1, CeilMode = true)]
        public static partial void Max_k3x2s2x1p1Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>SizeW overrides Size on W only.</summary>
        [Pool(Size = 3, SizeW = 2, Stride = 1, Padding = 1)]
        public static partial void Max_k3x2s1p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>PaddingW written as 0 wins over Padding: only H is padded.</summary>
        [Pool(Size = 3, Stride = 1, Padding = 1, PaddingW = 0)]
        public static partial void Max_k3s1p1x0(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>StrideH written as 0 means SizeH, even though Stride is 1.</summary>
        [Pool(Size = 3, Stride = 1, StrideH = 0)]
        public static partial void Max_k3s3x1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Only StrideW written: H keeps the default stride (the window size).</summary>
        [Pool(Size = 2, StrideW = 1)]
        public static partial void Max_k2s2x1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1, Dilation = 2)]
        public static partial void Max_k3s1d2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 2, Stride = 1, Dilation = 2, Padding = 1)]
        public static partial void Max_k2s1d2p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Padding 2 = effective/2 (effective 4): windows with no tap inside the input exist.</summary>
        [Pool(Size = 2, Stride = 1, Dilation = 3, Padding = 2)]
        public static partial void Max_k2s1d3p2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 2, Stride = 2, Dilation = 3, Padding = 2, CeilMode = true)]
        public static partial void Max_k2s2d3p2Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1, Dilation = 2, Padding = 2)]
        public static partial void Max_k3s1d2p2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Dilation = 2, Padding = 2, CeilMode = true)]
        public static partial void Max_k3s2d2p2Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Dilation and padding on W only.</summary>
        [Pool(Size = 3, Stride = 1, DilationW = 3, PaddingW = 3)]
        public static partial void Max_k3s1d1x3p0x3(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>DilationW written as 1 wins over Dilation = 3.</summary>
        [Pool(Size = 2, Stride = 1, Dilation = 3, DilationW = 1, Padding = 1)]
        public static partial void Max_k2s1d3x1p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Dilation = 3, Padding = 3)]
        public static partial void Max_k3s2d3p3(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // Signatures without batch and/or channels.

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void Max_HW_k3s2p1(ReadOnlySpan<float> input, Span<float> output, int height, int width);

        [Pool(Size = 2, Stride = 2, Padding = 1, CeilMode = true)]
        public static partial void Max_CHW_k2s2p1Ceil(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1)]
        public static partial void Max_BHW_k3s1(ReadOnlySpan<float> input, Span<float> output, int batch, int height, int width);

        /// <summary>Channels fixed, batch and the spatial size at run time.</summary>
        [Pool(Size = 2, Channels = 2)]
        public static partial void Max_BHW_C2_k2(ReadOnlySpan<float> input, Span<float> output, int batch, int height, int width);

        /// <summary>A kernel in a nested partial struct.</summary>
        internal partial struct Nested
        {
            [Pool(Size = 3, Stride = 2, Padding = 1, CeilMode = true)]
            public static partial void Max_Nested_k3s2p1Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);
        }
    }

    /// <summary>Max pooling of double.</summary>
    internal static partial class MaxDoubleKernels
    {
        [Pool(Size = 2)]
        public static partial void MaxF64_k2(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, CeilMode = true)]
        public static partial void MaxF64_k3s2p1Ceil(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1, Dilation = 2, Padding = 2)]
        public static partial void MaxF64_k3s1d2p2(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Size = 9, Stride = 1, Padding = 4)]
        public static partial void MaxF64_k9s1p4(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 1, SizeW = 9, Stride = 2)]
        public static partial void MaxF64_k1x9s2(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);
    }

    /// <summary>Max pooling of the integer types.</summary>
    internal static partial class MaxIntegerKernels
    {
        [Pool(Size = 2)]
        public static partial void MaxU8_k2(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, CeilMode = true)]
        public static partial void MaxU8_k3s2p1Ceil(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        /// <summary>Empty windows give byte.MinValue = 0.</summary>
        [Pool(Size = 2, Stride = 1, Dilation = 3, Padding = 2)]
        public static partial void MaxU8_k2s1d3p2(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxI8_k3s2p1(ReadOnlySpan<sbyte> input, Span<sbyte> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 1, SizeW = 9, Stride = 1, PaddingW = 4)]
        public static partial void MaxI8_k1x9s1p0x4(ReadOnlySpan<sbyte> input, Span<sbyte> output, int batch, int channels, int height, int width);

        [Pool(Size = 2, Stride = 1, Dilation = 2, Padding = 1)]
        public static partial void MaxI16_k2s1d2p1(ReadOnlySpan<short> input, Span<short> output, int batch, int channels, int height, int width);

        /// <summary>Stride 2 over 1- and 2-byte integers: a 1-wide window, and dilated taps that are not pairs.</summary>
        [Pool(SizeH = 3, SizeW = 1, Stride = 2)]
        public static partial void MaxU8_k3x1s2(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Dilation = 2, Padding = 2)]
        public static partial void MaxI16_k3s2d2p2(ReadOnlySpan<short> input, Span<short> output, int batch, int channels, int height, int width);

        [Pool(Size = 2, Stride = 2, CeilMode = true)]
        public static partial void MaxI8_k2Ceil(ReadOnlySpan<sbyte> input, Span<sbyte> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, CeilMode = true)]
        public static partial void MaxU16_k3s2p1Ceil(ReadOnlySpan<ushort> input, Span<ushort> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1, Padding = 1)]
        public static partial void MaxI32_k3s1p1(ReadOnlySpan<int> input, Span<int> output, int batch, int channels, int height, int width);

        [Pool(Size = 9, Stride = 1, Padding = 4)]
        public static partial void MaxI32_k9s1p4(ReadOnlySpan<int> input, Span<int> output, int batch, int channels, int height, int width);

        /// <summary>Empty windows give int.MinValue.</summary>
        [Pool(Size = 2, Stride = 1, Dilation = 3, Padding = 2)]
        public static partial void MaxI32_k2s1d3p2(ReadOnlySpan<int> input, Span<int> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 2, SizeW = 3, StrideH = 1, StrideW = 2, Padding = 1)]
        public static partial void MaxU32_k2x3s1x2p1(ReadOnlySpan<uint> input, Span<uint> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Dilation = 2, Padding = 2, CeilMode = true)]
        public static partial void MaxI64_k3s2d2p2Ceil(ReadOnlySpan<long> input, Span<long> output, int batch, int channels, int height, int width);

        [Pool(Size = 2, Stride = 1, Padding = 1)]
        public static partial void MaxU64_k2s1p1(ReadOnlySpan<ulong> input, Span<ulong> output, int batch, int channels, int height, int width);

        [Pool(Size = 9, Stride = 2)]
        public static partial void MaxU64_k9s2(ReadOnlySpan<ulong> input, Span<ulong> output, int batch, int channels, int height, int width);

        // More element types with stride 1 or 2 along W (the vector runs).

        [Pool(Size = 3, Stride = 1, Padding = 1)]
        public static partial void MaxU8_k3s1p1(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1, Dilation = 2)]
        public static partial void MaxI8_k3s1d2(ReadOnlySpan<sbyte> input, Span<sbyte> output, int batch, int channels, int height, int width);

        [Pool(Size = 2, Stride = 1)]
        public static partial void MaxU16_k2s1(ReadOnlySpan<ushort> input, Span<ushort> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1, CeilMode = true)]
        public static partial void MaxI32_k3s2p1Ceil(ReadOnlySpan<int> input, Span<int> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1)]
        public static partial void MaxU32_k3s1(ReadOnlySpan<uint> input, Span<uint> output, int batch, int channels, int height, int width);

        [Pool(Size = 2, Stride = 1, Padding = 1)]
        public static partial void MaxI64_k2s1p1(ReadOnlySpan<long> input, Span<long> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Padding = 1)]
        public static partial void MaxU64_k3s2p1(ReadOnlySpan<ulong> input, Span<ulong> output, int batch, int channels, int height, int width);
    }

    /// <summary>Average pooling of float.</summary>
    internal static partial class AverageKernels
    {
        [Pool(Kind = PoolKind.Average, Size = 1)]
        public static partial void Avg_k1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2)]
        public static partial void Avg_k2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 1)]
        public static partial void Avg_k2s1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Ceil mode without padding: the overhang past the input does not count, even with CountIncludePad.</summary>
        [Pool(Kind = PoolKind.Average, Size = 2, CeilMode = true)]
        public static partial void Avg_k2Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1)]
        public static partial void Avg_k3s1p1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false)]
        public static partial void Avg_k3s1p1NoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = true)]
        public static partial void Avg_k3s2p1Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void Avg_k3s2p1CeilNoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 3, Padding = 2, CeilMode = true)]
        public static partial void Avg_k4s3p2Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 3, Padding = 2, CeilMode = true, CountIncludePad = false)]
        public static partial void Avg_k4s3p2CeilNoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 5, Stride = 2, Padding = 2)]
        public static partial void Avg_k5s2p2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 5, Stride = 3, Padding = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void Avg_k5s3p1CeilNoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>The ResNet head: global average pooling when the input is 7x7, the windowed path otherwise.</summary>
        [Pool(Kind = PoolKind.Average, Size = 7)]
        public static partial void Avg_k7(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 9, Stride = 1)]
        public static partial void Avg_k9s1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 9, Stride = 2, Padding = 4, CeilMode = true)]
        public static partial void Avg_k9s2p4Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 9, Stride = 2, Padding = 4, CeilMode = true, CountIncludePad = false)]
        public static partial void Avg_k9s2p4CeilNoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 1, SizeW = 9, Stride = 1, PaddingW = 4)]
        public static partial void Avg_k1x9s1p0x4(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 9, SizeW = 1, StrideH = 2, StrideW = 1, PaddingH = 4, CeilMode = true, CountIncludePad = false)]
        public static partial void Avg_k9x1s2x1p4x0CeilNoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, SizeH = 3, SizeW = 2, StrideH = 1, StrideW = 2, Padding = 1, PaddingW = 0)]
        public static partial void Avg_k3x2s1x2p1x0(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 1, StrideH = 0)]
        public static partial void Avg_k2s2x1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // Dilated average pooling (ONNX AveragePool-19; the divisor counts taps in [-p, n + p)).

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Dilation = 2)]
        public static partial void Avg_k3s1d2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 1, Dilation = 3, Padding = 2)]
        public static partial void Avg_k2s1d3p2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Windows with no tap inside the input average to 0/0 = NaN.</summary>
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 1, Dilation = 3, Padding = 2, CountIncludePad = false)]
        public static partial void Avg_k2s1d3p2NoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Dilation = 2, Padding = 2, CeilMode = true)]
        public static partial void Avg_k3s2d2p2Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Dilation = 2, Padding = 2, CeilMode = true, CountIncludePad = false)]
        public static partial void Avg_k3s2d2p2CeilNoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, DilationH = 2, PaddingH = 2, PaddingW = 1)]
        public static partial void Avg_k3s1d2x1p2x1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, DilationH = 2, PaddingH = 2, PaddingW = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void Avg_k3s2d2x1p2x1CeilNoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 9, Stride = 3, Dilation = 2, Padding = 8)]
        public static partial void Avg_k9s3d2p8(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // Signatures without batch and/or channels.

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CountIncludePad = false)]
        public static partial void Avg_HW_k3s2p1NoPad(ReadOnlySpan<float> input, Span<float> output, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2, Padding = 1, CeilMode = true)]
        public static partial void Avg_CHW_k2s2p1Ceil(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);
    }

    /// <summary>Average pooling of double.</summary>
    internal static partial class AverageDoubleKernels
    {
        [Pool(Kind = PoolKind.Average, Size = 2)]
        public static partial void AvgF64_k2(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true)]
        public static partial void AvgF64_k3s2p1Ceil(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgF64_k3s2p1CeilNoPad(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 9, Stride = 3, Padding = 4)]
        public static partial void AvgF64_k9s3p4(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 1, Dilation = 3, Padding = 2, CountIncludePad = false)]
        public static partial void AvgF64_k2s1d3p2NoPad(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Dilation = 2, Padding = 1)]
        public static partial void AvgF64_k3s1d2p1(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);
    }

    /// <summary>Kernels with a shape fixed at compile time (Channels, Height and/or Width on the attribute).</summary>
    internal static partial class FixedShapeKernels
    {
        /// <summary>Every window interior.</summary>
        [Pool(Size = 2, Height = 4, Width = 4)]
        public static partial void Fixed_Max_4x4_k2(ReadOnlySpan<float> input, Span<float> output);

        [Pool(Kind = PoolKind.Average, Size = 2, Height = 4, Width = 4)]
        public static partial void Fixed_Avg_4x4_k2(ReadOnlySpan<float> input, Span<float> output);

        /// <summary>Every window interior, batch and channels at run time.</summary>
        [Pool(Size = 3, Stride = 1, Height = 8, Width = 10)]
        public static partial void Fixed_Max_8x10_k3s1(ReadOnlySpan<float> input, Span<float> output, int batch, int channels);

        /// <summary>Every window interior, row loop (81 taps).</summary>
        [Pool(Kind = PoolKind.Average, Size = 9, Stride = 3, Height = 12, Width = 12)]
        public static partial void Fixed_Avg_12x12_k9s3(ReadOnlySpan<float> input, Span<float> output, int batch, int channels);

        [Pool(Size = 3, Stride = 2, Padding = 1, CeilMode = true, Height = 7, Width = 5)]
        public static partial void Fixed_Max_7x5_k3s2p1Ceil(ReadOnlySpan<float> input, Span<float> output, int channels);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false, Height = 7, Width = 7)]
        public static partial void Fixed_Avg_7x7_k3s2p1CeilNoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, CeilMode = true, Height = 8, Width = 6)]
        public static partial void Fixed_Avg_8x6_k3s2p1Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels);

        /// <summary>Everything fixed, channels included.</summary>
        [Pool(Size = 2, Stride = 1, Padding = 1, Channels = 3, Height = 5, Width = 6)]
        public static partial void Fixed_Max_C3_5x6_k2s1p1(ReadOnlySpan<float> input, Span<float> output);

        /// <summary>Height fixed, width at run time.</summary>
        [Pool(Size = 3, Stride = 2, Height = 6)]
        public static partial void Fixed_Max_H6_k3s2(ReadOnlySpan<float> input, Span<float> output, int batch, int width);

        /// <summary>Width fixed, height at run time, with dilation.</summary>
        [Pool(Size = 2, Stride = 2, Dilation = 2, Padding = 1, CeilMode = true, Width = 9)]
        public static partial void Fixed_Max_W9_k2s2d2p1Ceil(ReadOnlySpan<float> input, Span<float> output, int height);

        /// <summary>Smaller than the window: every window is a border window.</summary>
        [Pool(Size = 2, Padding = 1, Height = 1, Width = 2)]
        public static partial void Fixed_Max_1x2_k2p1(ReadOnlySpan<float> input, Span<float> output, int channels);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, Height = 5)]
        public static partial void Fixed_Avg_H5_k3s1p1(ReadOnlySpan<float> input, Span<float> output, int width);

        /// <summary>A global average fixed by the attribute: only the whole-plane reduction is emitted.</summary>
        [Pool(Kind = PoolKind.Average, Size = 7, Height = 7, Width = 7)]
        public static partial void Fixed_Avg_7x7_Global(ReadOnlySpan<double> input, Span<double> output, int channels);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Dilation = 2, Padding = 2, CountIncludePad = false, Height = 6, Width = 5)]
        public static partial void Fixed_AvgF64_6x5_k3s1d2p2NoPad(ReadOnlySpan<double> input, Span<double> output, int channels);

        [Pool(Size = 3, Stride = 2, Padding = 1, Height = 5, Width = 5)]
        public static partial void Fixed_MaxI32_5x5_k3s2p1(ReadOnlySpan<int> input, Span<int> output);

        [Pool(Size = 2, Stride = 1, Height = 3, Width = 3)]
        public static partial void Fixed_MaxU8_3x3_k2s1(ReadOnlySpan<byte> input, Span<byte> output, int batch);

        /// <summary>One window covering the whole 9x9 input: interior, row loop.</summary>
        [Pool(Size = 9, Height = 9, Width = 9)]
        public static partial void Fixed_MaxF64_9x9_k9(ReadOnlySpan<double> input, Span<double> output, int batch, int channels);

        /// <summary>Wide rows: vector runs in a fixed shape (stride 2 along W).</summary>
        [Pool(Kind = PoolKind.Average, Size = 2, Height = 4, Width = 40)]
        public static partial void Fixed_Avg_4x40_k2(ReadOnlySpan<float> input, Span<float> output, int batch, int channels);

        [Pool(Size = 3, Stride = 1, Height = 3, Width = 50)]
        public static partial void Fixed_MaxU8_3x50_k3s1(ReadOnlySpan<byte> input, Span<byte> output, int batch);

        [Pool(Size = 3, Stride = 2, Padding = 1, CeilMode = true, Height = 5, Width = 37)]
        public static partial void Fixed_Max_5x37_k3s2p1Ceil(ReadOnlySpan<float> input, Span<float> output, int channels);

        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 1, Padding = 1, CountIncludePad = false, Height = 6, Width = 23)]
        public static partial void Fixed_AvgF64_6x23_k2s1p1NoPad(ReadOnlySpan<double> input, Span<double> output, int batch, int channels);

        /// <summary>1x1 input, one window with no tap inside it (taps at -2 and 1): negative infinity.</summary>
        [Pool(Size = 2, Dilation = 3, Padding = 2, Height = 1, Width = 1)]
        public static partial void Fixed_Max_1x1_k2d3p2(ReadOnlySpan<float> input, Span<float> output, int channels);

        /// <summary>The same for average without padding in the divisor: 0/0 = NaN.</summary>
        [Pool(Kind = PoolKind.Average, Size = 2, Dilation = 3, Padding = 2, CountIncludePad = false, Height = 1, Width = 1)]
        public static partial void Fixed_Avg_1x1_k2d3p2NoPad(ReadOnlySpan<float> input, Span<float> output, int channels);

        /// <summary>The same with padding in the divisor: both taps (-2 and 1) lie in the padded extent [-2, 3), so 0/4 = +0.</summary>
        [Pool(Kind = PoolKind.Average, Size = 2, Dilation = 3, Padding = 2, Height = 1, Width = 1)]
        public static partial void Fixed_Avg_1x1_k2d3p2(ReadOnlySpan<float> input, Span<float> output, int batch);
    }

    /// <summary>
    /// Asymmetric padding (Pads: top, left, bottom, right) and padding above half the window, on the 2D kernels (issue 13).
    /// Names: Pads and the four values in ONNX order.
    /// </summary>
    internal static partial class PadsKernels
    {
        /// <summary>ResNet-18 as exported to ONNX: pads [1, 1, 0, 0], the Padding = 1 kernel without the bottom and right borders.</summary>
        [Pool(Size = 3, Stride = 2, Pads = new[] { 1, 1, 0, 0 })]
        public static partial void Max_k3s2Pads1100(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Pads = new[] { 0, 0, 1, 1 }, CeilMode = true)]
        public static partial void Max_k3s2Pads0011Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Top padding 2, above half the window (3/2): windows with one row inside the input.</summary>
        [Pool(Size = 3, Stride = 1, Pads = new[] { 2, 0, 0, 1 })]
        public static partial void Max_k3s1Pads2001(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1, Pads = new[] { 0, 2, 1, 0 }, CeilMode = true)]
        public static partial void Max_k3s1Pads0210Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>Dilation 2 (effective window 3) and ceil mode.</summary>
        [Pool(Size = 2, Stride = 2, Dilation = 2, Pads = new[] { 1, 2, 2, 0 }, CeilMode = true)]
        public static partial void Max_k2s2d2Pads1220Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>72 taps: the row-loop path, with a left padding of 7 (effective window 8).</summary>
        [Pool(SizeH = 9, SizeW = 8, Stride = 2, Pads = new[] { 0, 7, 8, 1 })]
        public static partial void Max_k9x8s2Pads0781(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 3, SizeW = 2, StrideH = 2, StrideW = 1, Pads = new[] { 1, 0, 0, 1 }, CeilMode = true)]
        public static partial void Max_k3x2s2x1Pads1001Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(SizeH = 1, SizeW = 9, Stride = 1, Pads = new[] { 0, 8, 0, 0 })]
        public static partial void Max_k1x9s1Pads0800(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Pads = new[] { 0, 1, 0, 1 })]
        public static partial void Max_CHW_k3s2Pads0101(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Pads = new[] { 1, 1, 0, 0 }, CeilMode = true)]
        public static partial void MaxF64_k3s2Pads1100Ceil(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Pads = new[] { 1, 1, 0, 0 })]
        public static partial void MaxU8_k3s2Pads1100(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 1, Pads = new[] { 0, 1, 1, 0 }, CeilMode = true)]
        public static partial void MaxU8_k3s1Pads0110Ceil(ReadOnlySpan<byte> input, Span<byte> output, int batch, int channels, int height, int width);

        /// <summary>Symmetric padding above half the window on W (2 of an effective 3), written with Pads.</summary>
        [Pool(Size = 2, Stride = 1, Dilation = 2, Pads = new[] { 0, 2, 0, 2 })]
        public static partial void MaxI16_k2s1d2Pads0202(ReadOnlySpan<short> input, Span<short> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Pads = new[] { 2, 0, 1, 1 })]
        public static partial void MaxI32_k3s2Pads2011(ReadOnlySpan<int> input, Span<int> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Pads = new[] { 1, 1, 0, 0 })]
        public static partial void Avg_k3s2Pads1100(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Pads = new[] { 1, 1, 0, 0 }, CountIncludePad = false)]
        public static partial void Avg_k3s2Pads1100NoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>3x3 stride 1: the vertical strips.</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Pads = new[] { 0, 1, 2, 0 }, CeilMode = true)]
        public static partial void Avg_k3s1Pads0120Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Pads = new[] { 0, 1, 2, 0 }, CeilMode = true, CountIncludePad = false)]
        public static partial void Avg_k3s1Pads0120CeilNoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 2, Pads = new[] { 1, 0, 0, 1 }, CeilMode = true)]
        public static partial void Avg_k2s2Pads1001Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 3, Pads = new[] { 3, 0, 0, 3 }, CeilMode = true, CountIncludePad = false)]
        public static partial void Avg_k4s3Pads3003CeilNoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Dilation = 2, Pads = new[] { 4, 0, 0, 2 })]
        public static partial void Avg_k3s1d2Pads4002(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>16 taps, no padding at the beginning: a 4x4 input has 2x2 windows, not one whole-plane average.</summary>
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 1, Pads = new[] { 0, 0, 1, 1 })]
        public static partial void Avg_k4s1Pads0011(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        /// <summary>81 taps: the row-loop path.</summary>
        [Pool(Kind = PoolKind.Average, Size = 9, Stride = 2, Pads = new[] { 8, 0, 4, 7 }, CountIncludePad = false)]
        public static partial void Avg_k9s2Pads8047NoPad(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Pads = new[] { 0, 1, 0, 1 }, CountIncludePad = false)]
        public static partial void Avg_CHW_k3s2Pads0101NoPad(ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width);

        /// <summary>3x3 stride 1 on doubles: the vertical strips.</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Pads = new[] { 1, 0, 0, 1 })]
        public static partial void AvgF64_k3s1Pads1001(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Pads = new[] { 0, 1, 1, 0 }, CeilMode = true, CountIncludePad = false)]
        public static partial void AvgF64_k3s2Pads0110CeilNoPad(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        [Pool(Size = 3, Stride = 2, Pads = new[] { 1, 1, 0, 0 }, Height = 9, Width = 11)]
        public static partial void Fixed_Max_9x11_k3s2Pads1100(ReadOnlySpan<float> input, Span<float> output, int channels);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Pads = new[] { 0, 1, 1, 0 }, CeilMode = true, Height = 7, Width = 6)]
        public static partial void Fixed_Avg_7x6_k3s2Pads0110Ceil(ReadOnlySpan<float> input, Span<float> output, int batch, int channels);

        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Pads = new[] { 2, 0, 0, 2 }, CountIncludePad = false, Height = 5, Width = 5)]
        public static partial void Fixed_AvgF64_5x5_k3s1Pads2002NoPad(ReadOnlySpan<double> input, Span<double> output, int channels);

        /// <summary>Wide rows: vector runs in a fixed shape.</summary>
        [Pool(Size = 3, Stride = 2, Pads = new[] { 1, 0, 0, 1 }, Height = 4, Width = 40)]
        public static partial void Fixed_MaxU8_4x40_k3s2Pads1001(ReadOnlySpan<byte> input, Span<byte> output, int batch);

        /// <summary>Smaller than the window: no interior window.</summary>
        [Pool(Size = 3, Pads = new[] { 2, 2, 0, 0 }, Height = 1, Width = 1)]
        public static partial void Fixed_Max_1x1_k3Pads2200(ReadOnlySpan<float> input, Span<float> output, int channels);

        /// <summary>Width fixed, height at run time.</summary>
        [Pool(Size = 3, Stride = 2, Pads = new[] { 0, 1, 1, 0 }, CeilMode = true, Width = 13)]
        public static partial void Fixed_MaxF64_W13_k3s2Pads0110Ceil(ReadOnlySpan<double> input, Span<double> output, int batch, int height);

        /// <summary>Height fixed, width at run time.</summary>
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 2, Pads = new[] { 0, 2, 1, 0 }, Height = 5)]
        public static partial void Fixed_Avg_H5_k3s2Pads0210(ReadOnlySpan<float> input, Span<float> output, int width);

        /// <summary>The whole 4x4 plane is the 4x4 window, but the end padding makes 2x2 windows: not the whole-plane average.</summary>
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 1, Pads = new[] { 0, 0, 1, 1 }, Height = 4, Width = 4)]
        public static partial void Fixed_Avg_4x4_k4s1Pads0011(ReadOnlySpan<float> input, Span<float> output, int channels);
    }
}
