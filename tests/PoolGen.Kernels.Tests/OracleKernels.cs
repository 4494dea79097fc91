// Rendered by OracleKernelSource.Render from Oracle/pytorch-pooling.jsonl: do not edit by hand.
// OracleKernelTests.OracleKernelsFileIsUpToDate fails when this file differs from the rendering and writes
// OracleKernels.received.cs beside it; review that file and copy it over this one to accept it.
using System;
using System.Collections.Generic;
using PoolGen;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// One generated kernel per distinct configuration of the 104 rank-2 libtorch oracle cases without
    /// divisor_override (102 kernels), named after the first case that uses it.
    /// </summary>
    internal static partial class OracleKernels
    {
        // float32 max k2x2 s2x2 p0x0 d1x1: c0001
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
        public static partial void Case_c0001(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k2x2 s2x2 p0x0 d1x1: c0002, c0447
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2, CountIncludePad = true)]
        public static partial void Case_c0002(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k5x3 s5x3 p0x1 d1x1 nopad: c0003
        [Pool(Kind = PoolKind.Average, SizeH = 5, SizeW = 3, StrideH = 5, StrideW = 3, PaddingH = 0, PaddingW = 1, CountIncludePad = false)]
        public static partial void Case_c0003(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 max k2x2 s2x2 p0x0 d2x2: c0012
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Dilation = 2)]
        public static partial void Case_c0012(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 max k1x4 s4x3 p0x2 d2x1 ceil: c0015
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 4, StrideH = 4, StrideW = 3, PaddingH = 0, PaddingW = 2, DilationH = 2, DilationW = 1, CeilMode = true)]
        public static partial void Case_c0015(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k5x5 s4x4 p1x1 d1x1 ceil: c0021
        [Pool(Kind = PoolKind.Average, Size = 5, Stride = 4, Padding = 1, CeilMode = true, CountIncludePad = true)]
        public static partial void Case_c0021(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k1x1 s4x2 p0x0 d1x1 ceil: c0024
        [Pool(Kind = PoolKind.Max, Size = 1, StrideH = 4, StrideW = 2, CeilMode = true)]
        public static partial void Case_c0024(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k4x4 s4x4 p1x1 d1x1 ceil: c0027
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 4, Padding = 1, CeilMode = true, CountIncludePad = true)]
        public static partial void Case_c0027(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k4x4 s1x1 p2x2 d1x1 ceil: c0036
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 1, Padding = 2, CeilMode = true)]
        public static partial void Case_c0036(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k3x3 s2x3 p0x0 d1x1 ceil nopad: c0039
        [Pool(Kind = PoolKind.Average, Size = 3, StrideH = 2, StrideW = 3, CeilMode = true, CountIncludePad = false)]
        public static partial void Case_c0039(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k3x3 s1x1 p0x0 d1x1 ceil nopad: c0042
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void Case_c0042(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 max k4x5 s3x1 p0x0 d1x2: c0045
        [Pool(Kind = PoolKind.Max, SizeH = 4, SizeW = 5, StrideH = 3, StrideW = 1, DilationH = 1, DilationW = 2)]
        public static partial void Case_c0045(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 max k3x3 s1x1 p1x1 d1x1: c0051
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 1, Padding = 1)]
        public static partial void Case_c0051(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 max k1x4 s3x2 p0x2 d3x1: c0063
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 4, StrideH = 3, StrideW = 2, PaddingH = 0, PaddingW = 2, DilationH = 3, DilationW = 1)]
        public static partial void Case_c0063(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 avg k5x4 s2x1 p0x0 d1x1 ceil nopad: c0066
        [Pool(Kind = PoolKind.Average, SizeH = 5, SizeW = 4, StrideH = 2, StrideW = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void Case_c0066(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k3x5 s3x5 p0x2 d1x1: c0075
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 5, StrideH = 3, StrideW = 5, PaddingH = 0, PaddingW = 2)]
        public static partial void Case_c0075(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k1x4 s4x4 p0x2 d1x1: c0078
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 4, Stride = 4, PaddingH = 0, PaddingW = 2)]
        public static partial void Case_c0078(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k2x1 s3x3 p1x0 d2x1: c0081
        [Pool(Kind = PoolKind.Max, SizeH = 2, SizeW = 1, Stride = 3, PaddingH = 1, PaddingW = 0, DilationH = 2, DilationW = 1)]
        public static partial void Case_c0081(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k1x4 s1x4 p0x1 d1x2 ceil: c0099
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 4, StrideH = 1, StrideW = 4, PaddingH = 0, PaddingW = 1, DilationH = 1, DilationW = 2, CeilMode = true)]
        public static partial void Case_c0099(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 max k2x2 s3x3 p0x0 d1x1 ceil: c0105
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 3, CeilMode = true)]
        public static partial void Case_c0105(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 max k1x3 s4x3 p0x0 d3x2: c0108
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 3, StrideH = 4, StrideW = 3, DilationH = 3, DilationW = 2)]
        public static partial void Case_c0108(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k5x1 s2x1 p2x0 d1x1 ceil: c0111
        [Pool(Kind = PoolKind.Average, SizeH = 5, SizeW = 1, StrideH = 2, StrideW = 1, PaddingH = 2, PaddingW = 0, CeilMode = true, CountIncludePad = true)]
        public static partial void Case_c0111(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 avg k2x2 s4x4 p0x0 d1x1 ceil: c0114
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 4, CeilMode = true, CountIncludePad = true)]
        public static partial void Case_c0114(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 avg k3x3 s1x2 p0x1 d1x1 nopad: c0117
        [Pool(Kind = PoolKind.Average, Size = 3, StrideH = 1, StrideW = 2, PaddingH = 0, PaddingW = 1, CountIncludePad = false)]
        public static partial void Case_c0117(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k1x1 s3x3 p0x0 d1x1: c0120
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 3)]
        public static partial void Case_c0120(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k2x2 s2x1 p1x1 d3x2: c0123
        [Pool(Kind = PoolKind.Max, Size = 2, StrideH = 2, StrideW = 1, Padding = 1, DilationH = 3, DilationW = 2)]
        public static partial void Case_c0123(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k3x3 s3x3 p1x1 d1x1: c0126, c0156
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 3, Padding = 1, CountIncludePad = true)]
        public static partial void Case_c0126(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k1x5 s2x1 p0x1 d3x1 ceil: c0129
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 5, StrideH = 2, StrideW = 1, PaddingH = 0, PaddingW = 1, DilationH = 3, DilationW = 1, CeilMode = true)]
        public static partial void Case_c0129(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k3x4 s3x2 p0x2 d1x1: c0132
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 4, StrideH = 3, StrideW = 2, PaddingH = 0, PaddingW = 2)]
        public static partial void Case_c0132(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 max k5x5 s4x4 p2x2 d3x3 ceil: c0138
        [Pool(Kind = PoolKind.Max, Size = 5, Stride = 4, Padding = 2, Dilation = 3, CeilMode = true)]
        public static partial void Case_c0138(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 max k3x1 s3x2 p1x0 d1x1: c0153
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 1, StrideH = 3, StrideW = 2, PaddingH = 1, PaddingW = 0)]
        public static partial void Case_c0153(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k1x1 s4x3 p0x0 d1x1: c0171
        [Pool(Kind = PoolKind.Average, Size = 1, StrideH = 4, StrideW = 3, CountIncludePad = true)]
        public static partial void Case_c0171(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 avg k1x5 s1x3 p0x1 d1x1 ceil: c0183
        [Pool(Kind = PoolKind.Average, SizeH = 1, SizeW = 5, StrideH = 1, StrideW = 3, PaddingH = 0, PaddingW = 1, CeilMode = true, CountIncludePad = true)]
        public static partial void Case_c0183(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 max k1x1 s2x2 p0x0 d1x1: c0186
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 2)]
        public static partial void Case_c0186(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k3x4 s1x2 p0x1 d2x3 ceil: c0189
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 4, StrideH = 1, StrideW = 2, PaddingH = 0, PaddingW = 1, DilationH = 2, DilationW = 3, CeilMode = true)]
        public static partial void Case_c0189(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k1x1 s1x1 p0x0 d1x1 ceil nopad: c0195
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void Case_c0195(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k3x1 s2x2 p0x0 d1x2: c0207
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 1, Stride = 2, DilationH = 1, DilationW = 2)]
        public static partial void Case_c0207(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k4x4 s3x3 p1x1 d1x1 nopad: c0213
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 3, Padding = 1, CountIncludePad = false)]
        public static partial void Case_c0213(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k4x3 s2x4 p2x0 d1x2: c0216
        [Pool(Kind = PoolKind.Max, SizeH = 4, SizeW = 3, StrideH = 2, StrideW = 4, PaddingH = 2, PaddingW = 0, DilationH = 1, DilationW = 2)]
        public static partial void Case_c0216(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k1x1 s1x1 p0x0 d3x3 ceil: c0219
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 1, Dilation = 3, CeilMode = true)]
        public static partial void Case_c0219(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 max k1x1 s1x1 p0x0 d2x2 ceil: c0222
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 1, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0222(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 avg k3x3 s1x1 p1x1 d1x1 ceil: c0225
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CeilMode = true, CountIncludePad = true)]
        public static partial void Case_c0225(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k2x2 s4x4 p1x1 d1x1 nopad: c0228
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 4, Padding = 1, CountIncludePad = false)]
        public static partial void Case_c0228(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k5x4 s5x4 p2x0 d1x1: c0231
        [Pool(Kind = PoolKind.Average, SizeH = 5, SizeW = 4, StrideH = 5, StrideW = 4, PaddingH = 2, PaddingW = 0, CountIncludePad = true)]
        public static partial void Case_c0231(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k4x4 s3x3 p2x2 d1x1 ceil: c0243
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 3, Padding = 2, CeilMode = true)]
        public static partial void Case_c0243(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k1x3 s2x2 p0x1 d2x2: c0273
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 3, Stride = 2, PaddingH = 0, PaddingW = 1, Dilation = 2)]
        public static partial void Case_c0273(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k1x3 s1x4 p0x0 d3x1: c0279
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 3, StrideH = 1, StrideW = 4, DilationH = 3, DilationW = 1)]
        public static partial void Case_c0279(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k2x2 s2x2 p1x1 d1x1 nopad: c0285
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2, Padding = 1, CountIncludePad = false)]
        public static partial void Case_c0285(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k2x2 s2x2 p1x1 d1x1: c0288
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Padding = 1)]
        public static partial void Case_c0288(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k5x5 s4x1 p1x2 d1x1: c0291
        [Pool(Kind = PoolKind.Average, Size = 5, StrideH = 4, StrideW = 1, PaddingH = 1, PaddingW = 2, CountIncludePad = true)]
        public static partial void Case_c0291(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k4x4 s3x3 p2x2 d3x3: c0294
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 3, Padding = 2, Dilation = 3)]
        public static partial void Case_c0294(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k2x2 s4x4 p1x1 d1x1: c0297
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 4, Padding = 1, CountIncludePad = true)]
        public static partial void Case_c0297(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k1x4 s1x4 p0x2 d1x1 ceil nopad: c0312
        [Pool(Kind = PoolKind.Average, SizeH = 1, SizeW = 4, StrideH = 1, StrideW = 4, PaddingH = 0, PaddingW = 2, CeilMode = true, CountIncludePad = false)]
        public static partial void Case_c0312(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k1x1 s3x3 p0x0 d1x1: c0321
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 3, CountIncludePad = true)]
        public static partial void Case_c0321(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k5x5 s1x4 p2x1 d1x1 ceil: c0324
        [Pool(Kind = PoolKind.Max, Size = 5, StrideH = 1, StrideW = 4, PaddingH = 2, PaddingW = 1, CeilMode = true)]
        public static partial void Case_c0324(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k5x4 s3x4 p0x1 d2x1: c0330
        [Pool(Kind = PoolKind.Max, SizeH = 5, SizeW = 4, StrideH = 3, StrideW = 4, PaddingH = 0, PaddingW = 1, DilationH = 2, DilationW = 1)]
        public static partial void Case_c0330(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k5x3 s5x3 p1x1 d1x1: c0336
        [Pool(Kind = PoolKind.Max, SizeH = 5, SizeW = 3, StrideH = 5, StrideW = 3, Padding = 1)]
        public static partial void Case_c0336(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k4x5 s3x3 p1x0 d1x1 ceil: c0339
        [Pool(Kind = PoolKind.Max, SizeH = 4, SizeW = 5, Stride = 3, PaddingH = 1, PaddingW = 0, CeilMode = true)]
        public static partial void Case_c0339(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k5x4 s5x4 p1x0 d1x1: c0345
        [Pool(Kind = PoolKind.Max, SizeH = 5, SizeW = 4, StrideH = 5, StrideW = 4, PaddingH = 1, PaddingW = 0)]
        public static partial void Case_c0345(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k4x4 s3x3 p0x0 d1x1: c0360
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 3)]
        public static partial void Case_c0360(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k2x2 s1x1 p0x0 d2x2: c0366
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 1, Dilation = 2)]
        public static partial void Case_c0366(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k2x2 s2x2 p0x0 d1x1 nopad: c0369
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2, CountIncludePad = false)]
        public static partial void Case_c0369(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 avg k2x2 s2x2 p1x0 d1x1: c0372
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2, PaddingH = 1, PaddingW = 0, CountIncludePad = true)]
        public static partial void Case_c0372(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 avg k5x5 s1x1 p0x0 d1x1 nopad: c0375
        [Pool(Kind = PoolKind.Average, Size = 5, Stride = 1, CountIncludePad = false)]
        public static partial void Case_c0375(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k3x3 s1x1 p0x0 d1x1: c0381
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 1)]
        public static partial void Case_c0381(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k4x4 s3x4 p1x2 d2x2 ceil: c0384
        [Pool(Kind = PoolKind.Max, Size = 4, StrideH = 3, StrideW = 4, PaddingH = 1, PaddingW = 2, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0384(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k4x5 s1x4 p0x2 d1x1 nopad: c0387
        [Pool(Kind = PoolKind.Average, SizeH = 4, SizeW = 5, StrideH = 1, StrideW = 4, PaddingH = 0, PaddingW = 2, CountIncludePad = false)]
        public static partial void Case_c0387(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k2x2 s2x2 p0x0 d1x1 ceil: c0390
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2, CeilMode = true, CountIncludePad = true)]
        public static partial void Case_c0390(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k1x3 s1x3 p0x0 d1x1: c0402
        [Pool(Kind = PoolKind.Average, SizeH = 1, SizeW = 3, StrideH = 1, StrideW = 3, CountIncludePad = true)]
        public static partial void Case_c0402(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 max k4x4 s2x2 p0x0 d1x1: c0408
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 2)]
        public static partial void Case_c0408(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 max k5x5 s3x3 p2x2 d2x2: c0414
        [Pool(Kind = PoolKind.Max, Size = 5, Stride = 3, Padding = 2, Dilation = 2)]
        public static partial void Case_c0414(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k1x1 s3x3 p0x0 d1x1 nopad: c0429
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 3, CountIncludePad = false)]
        public static partial void Case_c0429(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k1x5 s1x5 p0x1 d2x2 ceil: c0432
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 5, StrideH = 1, StrideW = 5, PaddingH = 0, PaddingW = 1, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0432(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k3x3 s2x4 p1x0 d1x1 nopad: c0435
        [Pool(Kind = PoolKind.Average, Size = 3, StrideH = 2, StrideW = 4, PaddingH = 1, PaddingW = 0, CountIncludePad = false)]
        public static partial void Case_c0435(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k2x2 s4x4 p1x1 d1x1 ceil: c0438
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 4, Padding = 1, CeilMode = true)]
        public static partial void Case_c0438(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 avg k3x3 s4x4 p1x1 d1x1 nopad: c0441
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 4, Padding = 1, CountIncludePad = false)]
        public static partial void Case_c0441(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 avg k4x4 s1x1 p1x2 d1x1 ceil nopad: c0444
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 1, PaddingH = 1, PaddingW = 2, CeilMode = true, CountIncludePad = false)]
        public static partial void Case_c0444(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k5x3 s4x1 p2x1 d1x1: c0459
        [Pool(Kind = PoolKind.Average, SizeH = 5, SizeW = 3, StrideH = 4, StrideW = 1, PaddingH = 2, PaddingW = 1, CountIncludePad = true)]
        public static partial void Case_c0459(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k1x1 s1x1 p0x0 d1x1 ceil: c0462
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 1, CeilMode = true)]
        public static partial void Case_c0462(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k2x1 s4x4 p0x0 d1x2 ceil: c0465
        [Pool(Kind = PoolKind.Max, SizeH = 2, SizeW = 1, Stride = 4, DilationH = 1, DilationW = 2, CeilMode = true)]
        public static partial void Case_c0465(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k3x2 s3x2 p1x0 d1x1 ceil: c0468
        [Pool(Kind = PoolKind.Average, SizeH = 3, SizeW = 2, StrideH = 3, StrideW = 2, PaddingH = 1, PaddingW = 0, CeilMode = true, CountIncludePad = true)]
        public static partial void Case_c0468(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k4x4 s4x4 p1x1 d1x1: c0483
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 4, Padding = 1, CountIncludePad = true)]
        public static partial void Case_c0483(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k2x2 s4x3 p0x1 d1x1: c0486
        [Pool(Kind = PoolKind.Average, Size = 2, StrideH = 4, StrideW = 3, PaddingH = 0, PaddingW = 1, CountIncludePad = true)]
        public static partial void Case_c0486(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k1x1 s1x1 p0x0 d3x3: c0501
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 1, Dilation = 3)]
        public static partial void Case_c0501(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k3x3 s3x3 p0x0 d1x1: c0507
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 3, CountIncludePad = true)]
        public static partial void Case_c0507(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k1x2 s1x3 p0x1 d1x2: c0516
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 2, StrideH = 1, StrideW = 3, PaddingH = 0, PaddingW = 1, DilationH = 1, DilationW = 2)]
        public static partial void Case_c0516(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 max k2x2 s2x2 p1x1 d1x1: c0519
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Padding = 1)]
        public static partial void Case_c0519(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float64 avg k5x5 s1x1 p2x2 d1x1: c0531
        [Pool(Kind = PoolKind.Average, Size = 5, Stride = 1, Padding = 2, CountIncludePad = true)]
        public static partial void Case_c0531(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float64 avg k5x3 s3x1 p2x1 d1x1: c0534
        [Pool(Kind = PoolKind.Average, SizeH = 5, SizeW = 3, StrideH = 3, StrideW = 1, PaddingH = 2, PaddingW = 1, CountIncludePad = true)]
        public static partial void Case_c0534(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float64 max k1x1 s4x4 p0x0 d2x1 ceil: c0540
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 4, DilationH = 2, DilationW = 1, CeilMode = true)]
        public static partial void Case_c0540(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 avg k4x4 s4x4 p0x0 d1x1 ceil nopad: c0543
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 4, CeilMode = true, CountIncludePad = false)]
        public static partial void Case_c0543(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k4x4 s2x2 p2x2 d1x1 ceil: c0549
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 2, Padding = 2, CeilMode = true, CountIncludePad = true)]
        public static partial void Case_c0549(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k5x1 s2x4 p1x0 d1x1: c0555
        [Pool(Kind = PoolKind.Average, SizeH = 5, SizeW = 1, StrideH = 2, StrideW = 4, PaddingH = 1, PaddingW = 0, CountIncludePad = true)]
        public static partial void Case_c0555(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k4x4 s1x1 p0x0 d1x1: c0558
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 1)]
        public static partial void Case_c0558(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 max k2x2 s1x1 p1x1 d2x2 ceil: c0564
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 1, Padding = 1, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0564(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 avg k2x3 s4x4 p0x1 d1x1 nopad: c0567
        [Pool(Kind = PoolKind.Average, SizeH = 2, SizeW = 3, Stride = 4, PaddingH = 0, PaddingW = 1, CountIncludePad = false)]
        public static partial void Case_c0567(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 max k3x1 s4x2 p1x0 d1x1 ceil: c0573
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 1, StrideH = 4, StrideW = 2, PaddingH = 1, PaddingW = 0, CeilMode = true)]
        public static partial void Case_c0573(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k2x2 s3x4 p1x1 d1x1 nopad: c0576
        [Pool(Kind = PoolKind.Average, Size = 2, StrideH = 3, StrideW = 4, Padding = 1, CountIncludePad = false)]
        public static partial void Case_c0576(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 avg k3x5 s1x4 p1x1 d1x1 ceil nopad: c0579
        [Pool(Kind = PoolKind.Average, SizeH = 3, SizeW = 5, StrideH = 1, StrideW = 4, Padding = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void Case_c0579(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 avg k3x4 s2x1 p1x0 d1x1: c0582
        [Pool(Kind = PoolKind.Average, SizeH = 3, SizeW = 4, StrideH = 2, StrideW = 1, PaddingH = 1, PaddingW = 0, CountIncludePad = true)]
        public static partial void Case_c0582(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float32 max k3x1 s4x3 p0x0 d2x2 ceil: c0594
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 1, StrideH = 4, StrideW = 3, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0594(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 max k3x3 s4x4 p1x1 d2x2: c0597
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 4, Padding = 1, Dilation = 2)]
        public static partial void Case_c0597(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        /// <summary>The kernel of every rank-2 oracle case without divisor_override, by case id: a KernelCall of float or double.</summary>
        public static readonly IReadOnlyDictionary<string, Delegate> ByCaseId = new Dictionary<string, Delegate>
        {
            ["c0001"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0001(i, o, b, c, s[0], s[1])),
            ["c0002"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0002(i, o, b, c, s[0], s[1])),
            ["c0003"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0003(i, o, b, c, s[0], s[1])),
            ["c0012"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0012(i, o, b, c, s[0], s[1])),
            ["c0015"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0015(i, o, b, c, s[0], s[1])),
            ["c0021"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0021(i, o, b, c, s[0], s[1])),
            ["c0024"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0024(i, o, b, c, s[0], s[1])),
            ["c0027"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0027(i, o, b, c, s[0], s[1])),
            ["c0036"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0036(i, o, b, c, s[0], s[1])),
            ["c0039"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0039(i, o, b, c, s[0], s[1])),
            ["c0042"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0042(i, o, b, c, s[0], s[1])),
            ["c0045"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0045(i, o, b, c, s[0], s[1])),
            ["c0051"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0051(i, o, b, c, s[0], s[1])),
            ["c0063"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0063(i, o, b, c, s[0], s[1])),
            ["c0066"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0066(i, o, b, c, s[0], s[1])),
            ["c0075"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0075(i, o, b, c, s[0], s[1])),
            ["c0078"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0078(i, o, b, c, s[0], s[1])),
            ["c0081"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0081(i, o, b, c, s[0], s[1])),
            ["c0099"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0099(i, o, b, c, s[0], s[1])),
            ["c0105"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0105(i, o, b, c, s[0], s[1])),
            ["c0108"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0108(i, o, b, c, s[0], s[1])),
            ["c0111"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0111(i, o, b, c, s[0], s[1])),
            ["c0114"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0114(i, o, b, c, s[0], s[1])),
            ["c0117"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0117(i, o, b, c, s[0], s[1])),
            ["c0120"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0120(i, o, b, c, s[0], s[1])),
            ["c0123"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0123(i, o, b, c, s[0], s[1])),
            ["c0126"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0126(i, o, b, c, s[0], s[1])),
            ["c0129"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0129(i, o, b, c, s[0], s[1])),
            ["c0132"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0132(i, o, b, c, s[0], s[1])),
            ["c0138"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0138(i, o, b, c, s[0], s[1])),
            ["c0153"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0153(i, o, b, c, s[0], s[1])),
            ["c0156"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0126(i, o, b, c, s[0], s[1])),
            ["c0171"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0171(i, o, b, c, s[0], s[1])),
            ["c0183"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0183(i, o, b, c, s[0], s[1])),
            ["c0186"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0186(i, o, b, c, s[0], s[1])),
            ["c0189"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0189(i, o, b, c, s[0], s[1])),
            ["c0195"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0195(i, o, b, c, s[0], s[1])),
            ["c0207"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0207(i, o, b, c, s[0], s[1])),
            ["c0213"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0213(i, o, b, c, s[0], s[1])),
            ["c0216"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0216(i, o, b, c, s[0], s[1])),
            ["c0219"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0219(i, o, b, c, s[0], s[1])),
            ["c0222"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0222(i, o, b, c, s[0], s[1])),
            ["c0225"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0225(i, o, b, c, s[0], s[1])),
            ["c0228"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0228(i, o, b, c, s[0], s[1])),
            ["c0231"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0231(i, o, b, c, s[0], s[1])),
            ["c0243"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0243(i, o, b, c, s[0], s[1])),
            ["c0273"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0273(i, o, b, c, s[0], s[1])),
            ["c0279"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0279(i, o, b, c, s[0], s[1])),
            ["c0285"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0285(i, o, b, c, s[0], s[1])),
            ["c0288"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0288(i, o, b, c, s[0], s[1])),
            ["c0291"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0291(i, o, b, c, s[0], s[1])),
            ["c0294"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0294(i, o, b, c, s[0], s[1])),
            ["c0297"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0297(i, o, b, c, s[0], s[1])),
            ["c0312"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0312(i, o, b, c, s[0], s[1])),
            ["c0321"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0321(i, o, b, c, s[0], s[1])),
            ["c0324"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0324(i, o, b, c, s[0], s[1])),
            ["c0330"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0330(i, o, b, c, s[0], s[1])),
            ["c0336"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0336(i, o, b, c, s[0], s[1])),
            ["c0339"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0339(i, o, b, c, s[0], s[1])),
            ["c0345"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0345(i, o, b, c, s[0], s[1])),
            ["c0360"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0360(i, o, b, c, s[0], s[1])),
            ["c0366"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0366(i, o, b, c, s[0], s[1])),
            ["c0369"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0369(i, o, b, c, s[0], s[1])),
            ["c0372"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0372(i, o, b, c, s[0], s[1])),
            ["c0375"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0375(i, o, b, c, s[0], s[1])),
            ["c0381"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0381(i, o, b, c, s[0], s[1])),
            ["c0384"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0384(i, o, b, c, s[0], s[1])),
            ["c0387"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0387(i, o, b, c, s[0], s[1])),
            ["c0390"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0390(i, o, b, c, s[0], s[1])),
            ["c0402"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0402(i, o, b, c, s[0], s[1])),
            ["c0408"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0408(i, o, b, c, s[0], s[1])),
            ["c0414"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0414(i, o, b, c, s[0], s[1])),
            ["c0429"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0429(i, o, b, c, s[0], s[1])),
            ["c0432"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0432(i, o, b, c, s[0], s[1])),
            ["c0435"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0435(i, o, b, c, s[0], s[1])),
            ["c0438"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0438(i, o, b, c, s[0], s[1])),
            ["c0441"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0441(i, o, b, c, s[0], s[1])),
            ["c0444"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0444(i, o, b, c, s[0], s[1])),
            ["c0447"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0002(i, o, b, c, s[0], s[1])),
            ["c0459"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0459(i, o, b, c, s[0], s[1])),
            ["c0462"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0462(i, o, b, c, s[0], s[1])),
            ["c0465"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0465(i, o, b, c, s[0], s[1])),
            ["c0468"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0468(i, o, b, c, s[0], s[1])),
            ["c0483"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0483(i, o, b, c, s[0], s[1])),
            ["c0486"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0486(i, o, b, c, s[0], s[1])),
            ["c0501"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0501(i, o, b, c, s[0], s[1])),
            ["c0507"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0507(i, o, b, c, s[0], s[1])),
            ["c0516"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0516(i, o, b, c, s[0], s[1])),
            ["c0519"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0519(i, o, b, c, s[0], s[1])),
            ["c0531"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0531(i, o, b, c, s[0], s[1])),
            ["c0534"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0534(i, o, b, c, s[0], s[1])),
            ["c0540"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0540(i, o, b, c, s[0], s[1])),
            ["c0543"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0543(i, o, b, c, s[0], s[1])),
            ["c0549"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0549(i, o, b, c, s[0], s[1])),
            ["c0555"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0555(i, o, b, c, s[0], s[1])),
            ["c0558"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0558(i, o, b, c, s[0], s[1])),
            ["c0564"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0564(i, o, b, c, s[0], s[1])),
            ["c0567"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0567(i, o, b, c, s[0], s[1])),
            ["c0573"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0573(i, o, b, c, s[0], s[1])),
            ["c0576"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0576(i, o, b, c, s[0], s[1])),
            ["c0579"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0579(i, o, b, c, s[0], s[1])),
            ["c0582"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0582(i, o, b, c, s[0], s[1])),
            ["c0594"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0594(i, o, b, c, s[0], s[1])),
            ["c0597"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0597(i, o, b, c, s[0], s[1])),
        };
    }
}
