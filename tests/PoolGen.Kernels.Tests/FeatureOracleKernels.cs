// Rendered by FeatureOracleKernelSource.Render from Oracle/pytorch-pooling.jsonl: do not edit by hand.
// OracleKernelTests.FeatureOracleKernelsFileIsUpToDate fails when this file differs from the rendering and
// writes FeatureOracleKernels.received.cs beside it; review that file and copy it over this one to accept it.
using System;
using System.Collections.Generic;
using PoolGen;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// One generated kernel per distinct configuration of the 153 libtorch oracle cases of rank 1 or 3, with
    /// divisor_override, or max (with indices) (151 kernels), named after the first case that uses it.
    /// </summary>
    internal static partial class FeatureOracleKernels
    {
        // float32 rank 2 max k2x2 s2x2 p0x0 d1x1: c0001
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2)]
        public static partial void Case_c0001(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float64 rank 1 avg k5 s3 p0 d1 nopad: c0006
        [Pool(Kind = PoolKind.Average, Size = 5, Stride = 3, CountIncludePad = false)]
        public static partial void Case_c0006(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int length);

        // float64 rank 3 avg k2x1x2 s2x1x2 p1x0x1 d1x1x1 ceil nopad div10: c0009
        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 1, SizeW = 2, StrideD = 2, StrideH = 1, StrideW = 2, PaddingD = 1, PaddingH = 0, PaddingW = 1, CeilMode = true, CountIncludePad = false, DivisorOverride = 10)]
        public static partial void Case_c0009(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int depth, int height, int width);

        // float64 rank 2 max k2x2 s2x2 p0x0 d2x2: c0012
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Dilation = 2)]
        public static partial void Case_c0012(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k1x4 s4x3 p0x2 d2x1 ceil: c0015
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 4, StrideH = 4, StrideW = 3, PaddingH = 0, PaddingW = 2, DilationH = 2, DilationW = 1, CeilMode = true)]
        public static partial void Case_c0015(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 3 avg k2x2x2 s1x1x1 p0x0x0 d1x1x1 ceil nopad: c0018
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void Case_c0018(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 2 max k1x1 s4x2 p0x0 d1x1 ceil: c0024
        [Pool(Kind = PoolKind.Max, Size = 1, StrideH = 4, StrideW = 2, CeilMode = true)]
        public static partial void Case_c0024(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 1 max k3 s3 p1 d2 ceil: c0030
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 3, Padding = 1, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0030(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 1 avg k2 s2 p1 d1 nopad: c0033
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2, Padding = 1, CountIncludePad = false)]
        public static partial void Case_c0033(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        // float32 rank 2 max k4x4 s1x1 p2x2 d1x1 ceil: c0036
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 1, Padding = 2, CeilMode = true)]
        public static partial void Case_c0036(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float64 rank 2 max k4x5 s3x1 p0x0 d1x2: c0045
        [Pool(Kind = PoolKind.Max, SizeH = 4, SizeW = 5, StrideH = 3, StrideW = 1, DilationH = 1, DilationW = 2)]
        public static partial void Case_c0045(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // float32 rank 2 avg k2x2 s1x1 p0x0 d1x1 div8: c0048
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 1, CountIncludePad = true, DivisorOverride = 8)]
        public static partial void Case_c0048(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 rank 2 max k3x3 s1x1 p1x1 d1x1: c0051
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 1, Padding = 1)]
        public static partial void Case_c0051(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 1 max k2 s1 p0 d1 ceil: c0054
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 1, CeilMode = true)]
        public static partial void Case_c0054(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 3 max k2x2x2 s2x2x2 p0x0x0 d2x2x2: c0057
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Dilation = 2)]
        public static partial void Case_c0057(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 3 max k3x3x3 s3x3x3 p0x0x0 d1x1x1: c0060
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 3)]
        public static partial void Case_c0060(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float64 rank 2 max k1x4 s3x2 p0x2 d3x1: c0063
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 4, StrideH = 3, StrideW = 2, PaddingH = 0, PaddingW = 2, DilationH = 3, DilationW = 1)]
        public static partial void Case_c0063(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // float64 rank 3 avg k1x3x3 s2x2x4 p0x0x0 d1x1x1 nopad: c0069
        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 3, SizeW = 3, StrideD = 2, StrideH = 2, StrideW = 4, CountIncludePad = false)]
        public static partial void Case_c0069(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 3 avg k1x1x1 s3x3x3 p0x0x0 d1x1x1 nopad div2: c0072
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 3, CountIncludePad = false, DivisorOverride = 2)]
        public static partial void Case_c0072(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 2 max k3x5 s3x5 p0x2 d1x1: c0075
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 5, StrideH = 3, StrideW = 5, PaddingH = 0, PaddingW = 2)]
        public static partial void Case_c0075(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k1x4 s4x4 p0x2 d1x1: c0078
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 4, Stride = 4, PaddingH = 0, PaddingW = 2)]
        public static partial void Case_c0078(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k2x1 s3x3 p1x0 d2x1: c0081
        [Pool(Kind = PoolKind.Max, SizeH = 2, SizeW = 1, Stride = 3, PaddingH = 1, PaddingW = 0, DilationH = 2, DilationW = 1)]
        public static partial void Case_c0081(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 1 max k3 s2 p0 d2: c0084
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Dilation = 2)]
        public static partial void Case_c0084(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 3 avg k2x3x3 s3x4x4 p1x1x1 d1x1x1: c0087
        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 3, SizeW = 3, StrideD = 3, StrideH = 4, StrideW = 4, Padding = 1, CountIncludePad = true)]
        public static partial void Case_c0087(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 3 avg k1x1x1 s1x1x1 p0x0x0 d1x1x1 nopad div1: c0090
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 1, CountIncludePad = false, DivisorOverride = 1)]
        public static partial void Case_c0090(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float64 rank 1 max k5 s4 p2 d1: c0093
        [Pool(Kind = PoolKind.Max, Size = 5, Stride = 4, Padding = 2)]
        public static partial void Case_c0093(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int length);

        // float32 rank 1 avg k4 s4 p0 d1 nopad: c0096
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 4, CountIncludePad = false)]
        public static partial void Case_c0096(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        // float32 rank 2 max k1x4 s1x4 p0x1 d1x2 ceil: c0099
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 4, StrideH = 1, StrideW = 4, PaddingH = 0, PaddingW = 1, DilationH = 1, DilationW = 2, CeilMode = true)]
        public static partial void Case_c0099(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 1 max k4 s4 p2 d1: c0102
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 4, Padding = 2)]
        public static partial void Case_c0102(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float64 rank 2 max k2x2 s3x3 p0x0 d1x1 ceil: c0105
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 3, CeilMode = true)]
        public static partial void Case_c0105(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k1x3 s4x3 p0x0 d3x2: c0108
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 3, StrideH = 4, StrideW = 3, DilationH = 3, DilationW = 2)]
        public static partial void Case_c0108(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k1x1 s3x3 p0x0 d1x1: c0120
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 3)]
        public static partial void Case_c0120(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k2x2 s2x1 p1x1 d3x2: c0123
        [Pool(Kind = PoolKind.Max, Size = 2, StrideH = 2, StrideW = 1, Padding = 1, DilationH = 3, DilationW = 2)]
        public static partial void Case_c0123(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k1x5 s2x1 p0x1 d3x1 ceil: c0129
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 5, StrideH = 2, StrideW = 1, PaddingH = 0, PaddingW = 1, DilationH = 3, DilationW = 1, CeilMode = true)]
        public static partial void Case_c0129(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k3x4 s3x2 p0x2 d1x1: c0132
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 4, StrideH = 3, StrideW = 2, PaddingH = 0, PaddingW = 2)]
        public static partial void Case_c0132(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 3 max k1x1x2 s3x2x2 p0x0x1 d3x1x2: c0135
        [Pool(Kind = PoolKind.Max, SizeD = 1, SizeH = 1, SizeW = 2, StrideD = 3, StrideH = 2, StrideW = 2, PaddingD = 0, PaddingH = 0, PaddingW = 1, DilationD = 3, DilationH = 1, DilationW = 2)]
        public static partial void Case_c0135(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float64 rank 2 max k5x5 s4x4 p2x2 d3x3 ceil: c0138
        [Pool(Kind = PoolKind.Max, Size = 5, Stride = 4, Padding = 2, Dilation = 3, CeilMode = true)]
        public static partial void Case_c0138(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // float32 rank 1 max k1 s3 p0 d2: c0141
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 3, Dilation = 2)]
        public static partial void Case_c0141(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float64 rank 1 max k5 s2 p2 d3 ceil: c0144
        [Pool(Kind = PoolKind.Max, Size = 5, Stride = 2, Padding = 2, Dilation = 3, CeilMode = true)]
        public static partial void Case_c0144(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int length);

        // float32 rank 3 avg k3x3x3 s1x1x1 p0x0x0 d1x1x1: c0147
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, CountIncludePad = true)]
        public static partial void Case_c0147(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 1 max k2 s1 p1 d2: c0150
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 1, Padding = 1, Dilation = 2)]
        public static partial void Case_c0150(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 2 max k3x1 s3x2 p1x0 d1x1: c0153
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 1, StrideH = 3, StrideW = 2, PaddingH = 1, PaddingW = 0)]
        public static partial void Case_c0153(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 3 max k1x2x2 s1x2x2 p0x1x0 d2x2x2 ceil: c0159
        [Pool(Kind = PoolKind.Max, SizeD = 1, SizeH = 2, SizeW = 2, StrideD = 1, StrideH = 2, StrideW = 2, PaddingD = 0, PaddingH = 1, PaddingW = 0, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0159(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 1 avg k3 s3 p0 d1: c0162
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 3, CountIncludePad = true)]
        public static partial void Case_c0162(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        // float32 rank 3 max k2x2x1 s3x2x2 p1x1x0 d1x3x3: c0165
        [Pool(Kind = PoolKind.Max, SizeD = 2, SizeH = 2, SizeW = 1, StrideD = 3, StrideH = 2, StrideW = 2, PaddingD = 1, PaddingH = 1, PaddingW = 0, DilationD = 1, DilationH = 3, DilationW = 3)]
        public static partial void Case_c0165(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 3 avg k1x1x1 s1x1x1 p0x0x0 d1x1x1 ceil nopad div1: c0168
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 1, CeilMode = true, CountIncludePad = false, DivisorOverride = 1)]
        public static partial void Case_c0168(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float64 rank 3 max k1x1x1 s1x1x1 p0x0x0 d1x1x1: c0174
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 1)]
        public static partial void Case_c0174(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        // float64 rank 3 avg k2x2x2 s3x1x2 p0x1x0 d1x1x1 ceil: c0177
        [Pool(Kind = PoolKind.Average, Size = 2, StrideD = 3, StrideH = 1, StrideW = 2, PaddingD = 0, PaddingH = 1, PaddingW = 0, CeilMode = true, CountIncludePad = true)]
        public static partial void Case_c0177(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 3 max k3x1x1 s4x2x1 p1x0x0 d2x1x2: c0180
        [Pool(Kind = PoolKind.Max, SizeD = 3, SizeH = 1, SizeW = 1, StrideD = 4, StrideH = 2, StrideW = 1, PaddingD = 1, PaddingH = 0, PaddingW = 0, DilationD = 2, DilationH = 1, DilationW = 2)]
        public static partial void Case_c0180(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 2 max k1x1 s2x2 p0x0 d1x1: c0186
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 2)]
        public static partial void Case_c0186(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k3x4 s1x2 p0x1 d2x3 ceil: c0189
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 4, StrideH = 1, StrideW = 2, PaddingH = 0, PaddingW = 1, DilationH = 2, DilationW = 3, CeilMode = true)]
        public static partial void Case_c0189(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 3 avg k1x1x1 s1x1x1 p0x0x0 d1x1x1 ceil: c0192
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 1, CeilMode = true, CountIncludePad = true)]
        public static partial void Case_c0192(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 1 avg k4 s4 p1 d1 ceil nopad: c0198
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 4, Padding = 1, CeilMode = true, CountIncludePad = false)]
        public static partial void Case_c0198(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        // float32 rank 3 avg k3x2x1 s3x4x3 p1x1x0 d1x1x1 div14: c0201
        [Pool(Kind = PoolKind.Average, SizeD = 3, SizeH = 2, SizeW = 1, StrideD = 3, StrideH = 4, StrideW = 3, PaddingD = 1, PaddingH = 1, PaddingW = 0, CountIncludePad = true, DivisorOverride = 14)]
        public static partial void Case_c0201(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 1 avg k2 s3 p0 d1 nopad: c0204
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 3, CountIncludePad = false)]
        public static partial void Case_c0204(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        // float32 rank 2 max k3x1 s2x2 p0x0 d1x2: c0207
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 1, Stride = 2, DilationH = 1, DilationW = 2)]
        public static partial void Case_c0207(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 1 max k2 s4 p0 d3 ceil: c0210
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 4, Dilation = 3, CeilMode = true)]
        public static partial void Case_c0210(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 2 max k4x3 s2x4 p2x0 d1x2: c0216
        [Pool(Kind = PoolKind.Max, SizeH = 4, SizeW = 3, StrideH = 2, StrideW = 4, PaddingH = 2, PaddingW = 0, DilationH = 1, DilationW = 2)]
        public static partial void Case_c0216(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k1x1 s1x1 p0x0 d3x3 ceil: c0219
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 1, Dilation = 3, CeilMode = true)]
        public static partial void Case_c0219(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float64 rank 2 max k1x1 s1x1 p0x0 d2x2 ceil: c0222
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 1, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0222(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // float64 rank 2 avg k1x1 s2x2 p0x0 d1x1 div2: c0234
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 2, CountIncludePad = true, DivisorOverride = 2)]
        public static partial void Case_c0234(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int height, int width);

        // float64 rank 3 max k1x2x1 s4x2x1 p0x0x0 d3x1x1: c0237
        [Pool(Kind = PoolKind.Max, SizeD = 1, SizeH = 2, SizeW = 1, StrideD = 4, StrideH = 2, StrideW = 1, DilationD = 3, DilationH = 1, DilationW = 1)]
        public static partial void Case_c0237(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 1 max k4 s4 p2 d2 ceil: c0240
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 4, Padding = 2, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0240(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 2 max k4x4 s3x3 p2x2 d1x1 ceil: c0243
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 3, Padding = 2, CeilMode = true)]
        public static partial void Case_c0243(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 1 max k2 s3 p1 d2: c0246
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 3, Padding = 1, Dilation = 2)]
        public static partial void Case_c0246(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 3 max k1x1x1 s1x1x1 p0x0x0 d3x3x3: c0249
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 1, Dilation = 3)]
        public static partial void Case_c0249(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 3 max k3x3x3 s1x2x2 p1x1x1 d3x2x1: c0252
        [Pool(Kind = PoolKind.Max, Size = 3, StrideD = 1, StrideH = 2, StrideW = 2, Padding = 1, DilationD = 3, DilationH = 2, DilationW = 1)]
        public static partial void Case_c0252(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 1 max k5 s4 p0 d2: c0255
        [Pool(Kind = PoolKind.Max, Size = 5, Stride = 4, Dilation = 2)]
        public static partial void Case_c0255(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 2 avg k1x1 s1x1 p0x0 d1x1 div2: c0258
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 1, CountIncludePad = true, DivisorOverride = 2)]
        public static partial void Case_c0258(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 rank 1 max k2 s2 p1 d1 ceil: c0261
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Padding = 1, CeilMode = true)]
        public static partial void Case_c0261(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 1 max k1 s4 p0 d1 ceil: c0264, c0396
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 4, CeilMode = true)]
        public static partial void Case_c0264(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 1 max k1 s1 p0 d1 ceil: c0267
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 1, CeilMode = true)]
        public static partial void Case_c0267(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 2 avg k4x4 s1x1 p1x1 d1x1 div11: c0270
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 1, Padding = 1, CountIncludePad = true, DivisorOverride = 11)]
        public static partial void Case_c0270(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 rank 2 max k1x3 s2x2 p0x1 d2x2: c0273
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 3, Stride = 2, PaddingH = 0, PaddingW = 1, Dilation = 2)]
        public static partial void Case_c0273(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float64 rank 1 max k1 s3 p0 d3 ceil: c0276
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 3, Dilation = 3, CeilMode = true)]
        public static partial void Case_c0276(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int length);

        // float32 rank 2 max k1x3 s1x4 p0x0 d3x1: c0279
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 3, StrideH = 1, StrideW = 4, DilationH = 3, DilationW = 1)]
        public static partial void Case_c0279(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 3 avg k2x3x1 s3x3x3 p0x1x0 d1x1x1: c0282
        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 3, SizeW = 1, Stride = 3, PaddingD = 0, PaddingH = 1, PaddingW = 0, CountIncludePad = true)]
        public static partial void Case_c0282(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 2 max k2x2 s2x2 p1x1 d1x1: c0288
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Padding = 1)]
        public static partial void Case_c0288(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k4x4 s3x3 p2x2 d3x3: c0294
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 3, Padding = 2, Dilation = 3)]
        public static partial void Case_c0294(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 3 max k2x2x2 s2x2x2 p1x1x1 d2x2x2 ceil: c0300
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Padding = 1, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0300(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float64 rank 1 avg k5 s1 p2 d1 ceil: c0303
        [Pool(Kind = PoolKind.Average, Size = 5, Stride = 1, Padding = 2, CeilMode = true, CountIncludePad = true)]
        public static partial void Case_c0303(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int length);

        // float32 rank 3 avg k3x2x3 s3x4x1 p1x1x1 d1x1x1 nopad: c0306
        [Pool(Kind = PoolKind.Average, SizeD = 3, SizeH = 2, SizeW = 3, StrideD = 3, StrideH = 4, StrideW = 1, Padding = 1, CountIncludePad = false)]
        public static partial void Case_c0306(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 3 avg k3x3x3 s1x1x1 p1x1x1 d1x1x1: c0309
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = true)]
        public static partial void Case_c0309(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 1 max k4 s4 p2 d2: c0315
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 4, Padding = 2, Dilation = 2)]
        public static partial void Case_c0315(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 3 max k2x2x2 s4x4x4 p0x0x0 d2x2x2 ceil: c0318
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 4, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0318(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 2 max k5x5 s1x4 p2x1 d1x1 ceil: c0324
        [Pool(Kind = PoolKind.Max, Size = 5, StrideH = 1, StrideW = 4, PaddingH = 2, PaddingW = 1, CeilMode = true)]
        public static partial void Case_c0324(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float64 rank 3 avg k2x3x2 s4x4x3 p1x1x0 d1x1x1 nopad div20: c0327
        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 4, StrideH = 4, StrideW = 3, PaddingD = 1, PaddingH = 1, PaddingW = 0, CountIncludePad = false, DivisorOverride = 20)]
        public static partial void Case_c0327(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 2 max k5x4 s3x4 p0x1 d2x1: c0330
        [Pool(Kind = PoolKind.Max, SizeH = 5, SizeW = 4, StrideH = 3, StrideW = 4, PaddingH = 0, PaddingW = 1, DilationH = 2, DilationW = 1)]
        public static partial void Case_c0330(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 1 max k4 s2 p0 d1: c0333
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 2)]
        public static partial void Case_c0333(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 2 max k5x3 s5x3 p1x1 d1x1: c0336
        [Pool(Kind = PoolKind.Max, SizeH = 5, SizeW = 3, StrideH = 5, StrideW = 3, Padding = 1)]
        public static partial void Case_c0336(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k4x5 s3x3 p1x0 d1x1 ceil: c0339
        [Pool(Kind = PoolKind.Max, SizeH = 4, SizeW = 5, Stride = 3, PaddingH = 1, PaddingW = 0, CeilMode = true)]
        public static partial void Case_c0339(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 1 avg k5 s2 p1 d1 nopad: c0342
        [Pool(Kind = PoolKind.Average, Size = 5, Stride = 2, Padding = 1, CountIncludePad = false)]
        public static partial void Case_c0342(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        // float32 rank 2 max k5x4 s5x4 p1x0 d1x1: c0345
        [Pool(Kind = PoolKind.Max, SizeH = 5, SizeW = 4, StrideH = 5, StrideW = 4, PaddingH = 1, PaddingW = 0)]
        public static partial void Case_c0345(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 3 avg k1x1x2 s1x4x2 p0x0x0 d1x1x1: c0348
        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 1, SizeW = 2, StrideD = 1, StrideH = 4, StrideW = 2, CountIncludePad = true)]
        public static partial void Case_c0348(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 2 avg k1x1 s4x2 p0x0 d1x1 nopad div1: c0351
        [Pool(Kind = PoolKind.Average, Size = 1, StrideH = 4, StrideW = 2, CountIncludePad = false, DivisorOverride = 1)]
        public static partial void Case_c0351(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 rank 3 avg k3x1x1 s3x1x1 p1x0x0 d1x1x1: c0354
        [Pool(Kind = PoolKind.Average, SizeD = 3, SizeH = 1, SizeW = 1, StrideD = 3, StrideH = 1, StrideW = 1, PaddingD = 1, PaddingH = 0, PaddingW = 0, CountIncludePad = true)]
        public static partial void Case_c0354(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 3 max k1x1x1 s3x3x3 p0x0x0 d2x2x2 ceil: c0357
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 3, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0357(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 2 max k4x4 s3x3 p0x0 d1x1: c0360
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 3)]
        public static partial void Case_c0360(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 1 avg k5 s3 p0 d1 nopad: c0363
        [Pool(Kind = PoolKind.Average, Size = 5, Stride = 3, CountIncludePad = false)]
        public static partial void Case_c0363(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        // float32 rank 2 max k2x2 s1x1 p0x0 d2x2: c0366
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 1, Dilation = 2)]
        public static partial void Case_c0366(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 3 max k2x1x2 s2x1x3 p0x0x1 d1x2x3: c0378
        [Pool(Kind = PoolKind.Max, SizeD = 2, SizeH = 1, SizeW = 2, StrideD = 2, StrideH = 1, StrideW = 3, PaddingD = 0, PaddingH = 0, PaddingW = 1, DilationD = 1, DilationH = 2, DilationW = 3)]
        public static partial void Case_c0378(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 2 max k3x3 s1x1 p0x0 d1x1: c0381
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 1)]
        public static partial void Case_c0381(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k4x4 s3x4 p1x2 d2x2 ceil: c0384
        [Pool(Kind = PoolKind.Max, Size = 4, StrideH = 3, StrideW = 4, PaddingH = 1, PaddingW = 2, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0384(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 1 max k2 s2 p1 d2 ceil: c0393
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Padding = 1, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0393(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 1 avg k5 s5 p0 d1: c0399
        [Pool(Kind = PoolKind.Average, Size = 5, Stride = 5, CountIncludePad = true)]
        public static partial void Case_c0399(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        // float32 rank 1 max k4 s4 p1 d1 ceil: c0405
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 4, Padding = 1, CeilMode = true)]
        public static partial void Case_c0405(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float64 rank 2 max k4x4 s2x2 p0x0 d1x1: c0408
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 2)]
        public static partial void Case_c0408(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // float32 rank 1 max k1 s4 p0 d1: c0411
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 4)]
        public static partial void Case_c0411(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 2 max k5x5 s3x3 p2x2 d2x2: c0414
        [Pool(Kind = PoolKind.Max, Size = 5, Stride = 3, Padding = 2, Dilation = 2)]
        public static partial void Case_c0414(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 avg k2x2 s3x3 p1x1 d1x1 ceil nopad div9: c0417
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 3, Padding = 1, CeilMode = true, CountIncludePad = false, DivisorOverride = 9)]
        public static partial void Case_c0417(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 rank 1 max k2 s2 p0 d2 ceil: c0420
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0420(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int length);

        // float32 rank 2 avg k5x5 s2x2 p0x0 d1x1 div48: c0423
        [Pool(Kind = PoolKind.Average, Size = 5, Stride = 2, CountIncludePad = true, DivisorOverride = 48)]
        public static partial void Case_c0423(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 rank 3 max k3x2x2 s3x2x2 p0x1x0 d1x2x3: c0426
        [Pool(Kind = PoolKind.Max, SizeD = 3, SizeH = 2, SizeW = 2, StrideD = 3, StrideH = 2, StrideW = 2, PaddingD = 0, PaddingH = 1, PaddingW = 0, DilationD = 1, DilationH = 2, DilationW = 3)]
        public static partial void Case_c0426(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 2 max k1x5 s1x5 p0x1 d2x2 ceil: c0432
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 5, StrideH = 1, StrideW = 5, PaddingH = 0, PaddingW = 1, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0432(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k2x2 s4x4 p1x1 d1x1 ceil: c0438
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 4, Padding = 1, CeilMode = true)]
        public static partial void Case_c0438(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float64 rank 3 max k2x2x2 s2x2x2 p1x1x1 d2x2x2: c0450
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Padding = 1, Dilation = 2)]
        public static partial void Case_c0450(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 2 avg k5x1 s2x3 p2x0 d1x1 ceil div10: c0453
        [Pool(Kind = PoolKind.Average, SizeH = 5, SizeW = 1, StrideH = 2, StrideW = 3, PaddingH = 2, PaddingW = 0, CeilMode = true, CountIncludePad = true, DivisorOverride = 10)]
        public static partial void Case_c0453(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 rank 1 avg k1 s2 p0 d1: c0456
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 2, CountIncludePad = true)]
        public static partial void Case_c0456(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        // float32 rank 2 max k1x1 s1x1 p0x0 d1x1 ceil: c0462
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 1, CeilMode = true)]
        public static partial void Case_c0462(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 2 max k2x1 s4x4 p0x0 d1x2 ceil: c0465
        [Pool(Kind = PoolKind.Max, SizeH = 2, SizeW = 1, Stride = 4, DilationH = 1, DilationW = 2, CeilMode = true)]
        public static partial void Case_c0465(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 3 max k2x3x2 s2x3x2 p1x1x0 d3x1x1 ceil: c0471
        [Pool(Kind = PoolKind.Max, SizeD = 2, SizeH = 3, SizeW = 2, StrideD = 2, StrideH = 3, StrideW = 2, PaddingD = 1, PaddingH = 1, PaddingW = 0, DilationD = 3, DilationH = 1, DilationW = 1, CeilMode = true)]
        public static partial void Case_c0471(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 3 max k3x1x1 s2x3x2 p1x0x0 d2x1x2: c0474
        [Pool(Kind = PoolKind.Max, SizeD = 3, SizeH = 1, SizeW = 1, StrideD = 2, StrideH = 3, StrideW = 2, PaddingD = 1, PaddingH = 0, PaddingW = 0, DilationD = 2, DilationH = 1, DilationW = 2)]
        public static partial void Case_c0474(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 3 avg k1x1x1 s1x1x1 p0x0x0 d1x1x1: c0477
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 1, CountIncludePad = true)]
        public static partial void Case_c0477(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 3 max k2x2x1 s2x4x4 p1x0x0 d2x3x3 ceil: c0480
        [Pool(Kind = PoolKind.Max, SizeD = 2, SizeH = 2, SizeW = 1, StrideD = 2, StrideH = 4, StrideW = 4, PaddingD = 1, PaddingH = 0, PaddingW = 0, DilationD = 2, DilationH = 3, DilationW = 3, CeilMode = true)]
        public static partial void Case_c0480(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float64 rank 1 avg k1 s2 p0 d1 nopad: c0489
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 2, CountIncludePad = false)]
        public static partial void Case_c0489(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int length);

        // float32 rank 3 max k1x1x1 s1x1x1 p0x0x0 d1x1x1: c0492, c0498
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 1)]
        public static partial void Case_c0492(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 1 max k5 s3 p1 d3 ceil: c0495
        [Pool(Kind = PoolKind.Max, Size = 5, Stride = 3, Padding = 1, Dilation = 3, CeilMode = true)]
        public static partial void Case_c0495(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 2 max k1x1 s1x1 p0x0 d3x3: c0501
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 1, Dilation = 3)]
        public static partial void Case_c0501(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 3 avg k1x1x1 s2x4x3 p0x0x0 d1x1x1 ceil nopad: c0504
        [Pool(Kind = PoolKind.Average, Size = 1, StrideD = 2, StrideH = 4, StrideW = 3, CeilMode = true, CountIncludePad = false)]
        public static partial void Case_c0504(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 1 max k3 s3 p0 d3 ceil: c0510
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 3, Dilation = 3, CeilMode = true)]
        public static partial void Case_c0510(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 1 max k2 s1 p1 d2 ceil: c0513
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 1, Padding = 1, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0513(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 2 max k1x2 s1x3 p0x1 d1x2: c0516
        [Pool(Kind = PoolKind.Max, SizeH = 1, SizeW = 2, StrideH = 1, StrideW = 3, PaddingH = 0, PaddingW = 1, DilationH = 1, DilationW = 2)]
        public static partial void Case_c0516(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float64 rank 2 max k2x2 s2x2 p1x1 d1x1: c0519
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 2, Padding = 1)]
        public static partial void Case_c0519(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // float32 rank 1 max k5 s5 p2 d2 ceil: c0522
        [Pool(Kind = PoolKind.Max, Size = 5, Stride = 5, Padding = 2, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0522(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int length);

        // float32 rank 3 max k2x2x1 s2x1x3 p1x0x0 d2x2x2: c0525
        [Pool(Kind = PoolKind.Max, SizeD = 2, SizeH = 2, SizeW = 1, StrideD = 2, StrideH = 1, StrideW = 3, PaddingD = 1, PaddingH = 0, PaddingW = 0, Dilation = 2)]
        public static partial void Case_c0525(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 1 avg k4 s4 p2 d1 ceil nopad: c0528
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 4, Padding = 2, CeilMode = true, CountIncludePad = false)]
        public static partial void Case_c0528(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        // float32 rank 2 avg k4x4 s4x4 p1x1 d1x1 nopad div31: c0537
        [Pool(Kind = PoolKind.Average, Size = 4, Stride = 4, Padding = 1, CountIncludePad = false, DivisorOverride = 31)]
        public static partial void Case_c0537(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float64 rank 2 max k1x1 s4x4 p0x0 d2x1 ceil: c0540
        [Pool(Kind = PoolKind.Max, Size = 1, Stride = 4, DilationH = 2, DilationW = 1, CeilMode = true)]
        public static partial void Case_c0540(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // float32 rank 3 avg k1x1x1 s1x1x1 p0x0x0 d1x1x1 ceil div2: c0546
        [Pool(Kind = PoolKind.Average, Size = 1, Stride = 1, CeilMode = true, CountIncludePad = true, DivisorOverride = 2)]
        public static partial void Case_c0546(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float64 rank 3 max k1x3x2 s1x3x2 p0x0x1 d3x3x3 ceil: c0552
        [Pool(Kind = PoolKind.Max, SizeD = 1, SizeH = 3, SizeW = 2, StrideD = 1, StrideH = 3, StrideW = 2, PaddingD = 0, PaddingH = 0, PaddingW = 1, Dilation = 3, CeilMode = true)]
        public static partial void Case_c0552(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int depth, int height, int width);

        // float32 rank 2 max k4x4 s1x1 p0x0 d1x1: c0558
        [Pool(Kind = PoolKind.Max, Size = 4, Stride = 1)]
        public static partial void Case_c0558(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float64 rank 3 avg k3x3x3 s1x1x1 p0x0x0 d1x1x1 nopad: c0561
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, CountIncludePad = false)]
        public static partial void Case_c0561(ReadOnlySpan<double> input, Span<double> output, int batch, int channels, int depth, int height, int width);

        // float64 rank 2 max k2x2 s1x1 p1x1 d2x2 ceil: c0564
        [Pool(Kind = PoolKind.Max, Size = 2, Stride = 1, Padding = 1, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0564(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // float32 rank 3 avg k2x1x1 s1x3x2 p1x0x0 d1x1x1 ceil nopad: c0570
        [Pool(Kind = PoolKind.Average, SizeD = 2, SizeH = 1, SizeW = 1, StrideD = 1, StrideH = 3, StrideW = 2, PaddingD = 1, PaddingH = 0, PaddingW = 0, CeilMode = true, CountIncludePad = false)]
        public static partial void Case_c0570(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float32 rank 2 max k3x1 s4x2 p1x0 d1x1 ceil: c0573
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 1, StrideH = 4, StrideW = 2, PaddingH = 1, PaddingW = 0, CeilMode = true)]
        public static partial void Case_c0573(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float32 rank 3 avg k1x2x3 s1x3x4 p0x1x0 d1x1x1: c0585
        [Pool(Kind = PoolKind.Average, SizeD = 1, SizeH = 2, SizeW = 3, StrideD = 1, StrideH = 3, StrideW = 4, PaddingD = 0, PaddingH = 1, PaddingW = 0, CountIncludePad = true)]
        public static partial void Case_c0585(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int depth, int height, int width);

        // float64 rank 1 max k5 s5 p2 d1: c0588
        [Pool(Kind = PoolKind.Max, Size = 5, Stride = 5, Padding = 2)]
        public static partial void Case_c0588(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int length);

        // float32 rank 2 avg k3x3 s3x3 p1x1 d1x1 ceil div7: c0591
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 3, Padding = 1, CeilMode = true, CountIncludePad = true, DivisorOverride = 7)]
        public static partial void Case_c0591(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

        // float32 rank 2 max k3x1 s4x3 p0x0 d2x2 ceil: c0594
        [Pool(Kind = PoolKind.Max, SizeH = 3, SizeW = 1, StrideH = 4, StrideW = 3, Dilation = 2, CeilMode = true)]
        public static partial void Case_c0594(ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width);

        // float64 rank 2 max k3x3 s4x4 p1x1 d2x2: c0597
        [Pool(Kind = PoolKind.Max, Size = 3, Stride = 4, Padding = 1, Dilation = 2)]
        public static partial void Case_c0597(ReadOnlySpan<double> input, Span<double> output, Span<long> indices, int batch, int channels, int height, int width);

        // float32 rank 1 avg k2 s2 p0 d1 nopad: c0600
        [Pool(Kind = PoolKind.Average, Size = 2, Stride = 2, CountIncludePad = false)]
        public static partial void Case_c0600(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int length);

        /// <summary>The kernel of every selected case, by case id: a KernelCall of float or double.</summary>
        public static readonly IReadOnlyDictionary<string, Delegate> ByCaseId = new Dictionary<string, Delegate>
        {
            ["c0001"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0001(i, o, i32, b, c, s[0], s[1])),
            ["c0006"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0006(i, o, b, c, s[0])),
            ["c0009"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0009(i, o, b, c, s[0], s[1], s[2])),
            ["c0012"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0012(i, o, i64, b, c, s[0], s[1])),
            ["c0015"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0015(i, o, i32, b, c, s[0], s[1])),
            ["c0018"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0018(i, o, b, c, s[0], s[1], s[2])),
            ["c0024"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0024(i, o, i32, b, c, s[0], s[1])),
            ["c0030"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0030(i, o, i32, b, c, s[0])),
            ["c0033"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0033(i, o, b, c, s[0])),
            ["c0036"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0036(i, o, i32, b, c, s[0], s[1])),
            ["c0045"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0045(i, o, i64, b, c, s[0], s[1])),
            ["c0048"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0048(i, o, b, c, s[0], s[1])),
            ["c0051"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0051(i, o, i32, b, c, s[0], s[1])),
            ["c0054"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0054(i, o, i32, b, c, s[0])),
            ["c0057"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0057(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0060"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0060(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0063"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0063(i, o, i64, b, c, s[0], s[1])),
            ["c0069"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0069(i, o, b, c, s[0], s[1], s[2])),
            ["c0072"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0072(i, o, b, c, s[0], s[1], s[2])),
            ["c0075"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0075(i, o, i32, b, c, s[0], s[1])),
            ["c0078"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0078(i, o, i32, b, c, s[0], s[1])),
            ["c0081"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0081(i, o, i32, b, c, s[0], s[1])),
            ["c0084"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0084(i, o, i32, b, c, s[0])),
            ["c0087"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0087(i, o, b, c, s[0], s[1], s[2])),
            ["c0090"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0090(i, o, b, c, s[0], s[1], s[2])),
            ["c0093"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0093(i, o, i64, b, c, s[0])),
            ["c0096"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0096(i, o, b, c, s[0])),
            ["c0099"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0099(i, o, i32, b, c, s[0], s[1])),
            ["c0102"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0102(i, o, i32, b, c, s[0])),
            ["c0105"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0105(i, o, i64, b, c, s[0], s[1])),
            ["c0108"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0108(i, o, i32, b, c, s[0], s[1])),
            ["c0120"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0120(i, o, i32, b, c, s[0], s[1])),
            ["c0123"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0123(i, o, i32, b, c, s[0], s[1])),
            ["c0129"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0129(i, o, i32, b, c, s[0], s[1])),
            ["c0132"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0132(i, o, i32, b, c, s[0], s[1])),
            ["c0135"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0135(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0138"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0138(i, o, i64, b, c, s[0], s[1])),
            ["c0141"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0141(i, o, i32, b, c, s[0])),
            ["c0144"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0144(i, o, i64, b, c, s[0])),
            ["c0147"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0147(i, o, b, c, s[0], s[1], s[2])),
            ["c0150"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0150(i, o, i32, b, c, s[0])),
            ["c0153"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0153(i, o, i32, b, c, s[0], s[1])),
            ["c0159"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0159(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0162"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0162(i, o, b, c, s[0])),
            ["c0165"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0165(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0168"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0168(i, o, b, c, s[0], s[1], s[2])),
            ["c0174"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0174(i, o, i64, b, c, s[0], s[1], s[2])),
            ["c0177"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0177(i, o, b, c, s[0], s[1], s[2])),
            ["c0180"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0180(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0186"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0186(i, o, i32, b, c, s[0], s[1])),
            ["c0189"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0189(i, o, i32, b, c, s[0], s[1])),
            ["c0192"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0192(i, o, b, c, s[0], s[1], s[2])),
            ["c0198"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0198(i, o, b, c, s[0])),
            ["c0201"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0201(i, o, b, c, s[0], s[1], s[2])),
            ["c0204"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0204(i, o, b, c, s[0])),
            ["c0207"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0207(i, o, i32, b, c, s[0], s[1])),
            ["c0210"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0210(i, o, i32, b, c, s[0])),
            ["c0216"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0216(i, o, i32, b, c, s[0], s[1])),
            ["c0219"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0219(i, o, i32, b, c, s[0], s[1])),
            ["c0222"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0222(i, o, i64, b, c, s[0], s[1])),
            ["c0234"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0234(i, o, b, c, s[0], s[1])),
            ["c0237"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0237(i, o, i64, b, c, s[0], s[1], s[2])),
            ["c0240"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0240(i, o, i32, b, c, s[0])),
            ["c0243"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0243(i, o, i32, b, c, s[0], s[1])),
            ["c0246"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0246(i, o, i32, b, c, s[0])),
            ["c0249"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0249(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0252"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0252(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0255"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0255(i, o, i32, b, c, s[0])),
            ["c0258"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0258(i, o, b, c, s[0], s[1])),
            ["c0261"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0261(i, o, i32, b, c, s[0])),
            ["c0264"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0264(i, o, i32, b, c, s[0])),
            ["c0396"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0264(i, o, i32, b, c, s[0])),
            ["c0267"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0267(i, o, i32, b, c, s[0])),
            ["c0270"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0270(i, o, b, c, s[0], s[1])),
            ["c0273"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0273(i, o, i32, b, c, s[0], s[1])),
            ["c0276"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0276(i, o, i64, b, c, s[0])),
            ["c0279"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0279(i, o, i32, b, c, s[0], s[1])),
            ["c0282"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0282(i, o, b, c, s[0], s[1], s[2])),
            ["c0288"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0288(i, o, i32, b, c, s[0], s[1])),
            ["c0294"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0294(i, o, i32, b, c, s[0], s[1])),
            ["c0300"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0300(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0303"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0303(i, o, b, c, s[0])),
            ["c0306"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0306(i, o, b, c, s[0], s[1], s[2])),
            ["c0309"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0309(i, o, b, c, s[0], s[1], s[2])),
            ["c0315"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0315(i, o, i32, b, c, s[0])),
            ["c0318"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0318(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0324"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0324(i, o, i32, b, c, s[0], s[1])),
            ["c0327"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0327(i, o, b, c, s[0], s[1], s[2])),
            ["c0330"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0330(i, o, i32, b, c, s[0], s[1])),
            ["c0333"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0333(i, o, i32, b, c, s[0])),
            ["c0336"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0336(i, o, i32, b, c, s[0], s[1])),
            ["c0339"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0339(i, o, i32, b, c, s[0], s[1])),
            ["c0342"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0342(i, o, b, c, s[0])),
            ["c0345"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0345(i, o, i32, b, c, s[0], s[1])),
            ["c0348"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0348(i, o, b, c, s[0], s[1], s[2])),
            ["c0351"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0351(i, o, b, c, s[0], s[1])),
            ["c0354"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0354(i, o, b, c, s[0], s[1], s[2])),
            ["c0357"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0357(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0360"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0360(i, o, i32, b, c, s[0], s[1])),
            ["c0363"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0363(i, o, b, c, s[0])),
            ["c0366"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0366(i, o, i32, b, c, s[0], s[1])),
            ["c0378"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0378(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0381"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0381(i, o, i32, b, c, s[0], s[1])),
            ["c0384"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0384(i, o, i32, b, c, s[0], s[1])),
            ["c0393"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0393(i, o, i32, b, c, s[0])),
            ["c0399"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0399(i, o, b, c, s[0])),
            ["c0405"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0405(i, o, i32, b, c, s[0])),
            ["c0408"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0408(i, o, i64, b, c, s[0], s[1])),
            ["c0411"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0411(i, o, i32, b, c, s[0])),
            ["c0414"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0414(i, o, i32, b, c, s[0], s[1])),
            ["c0417"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0417(i, o, b, c, s[0], s[1])),
            ["c0420"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0420(i, o, i64, b, c, s[0])),
            ["c0423"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0423(i, o, b, c, s[0], s[1])),
            ["c0426"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0426(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0432"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0432(i, o, i32, b, c, s[0], s[1])),
            ["c0438"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0438(i, o, i32, b, c, s[0], s[1])),
            ["c0450"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0450(i, o, i64, b, c, s[0], s[1], s[2])),
            ["c0453"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0453(i, o, b, c, s[0], s[1])),
            ["c0456"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0456(i, o, b, c, s[0])),
            ["c0462"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0462(i, o, i32, b, c, s[0], s[1])),
            ["c0465"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0465(i, o, i32, b, c, s[0], s[1])),
            ["c0471"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0471(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0474"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0474(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0477"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0477(i, o, b, c, s[0], s[1], s[2])),
            ["c0480"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0480(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0489"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0489(i, o, b, c, s[0])),
            ["c0492"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0492(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0498"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0492(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0495"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0495(i, o, i32, b, c, s[0])),
            ["c0501"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0501(i, o, i32, b, c, s[0], s[1])),
            ["c0504"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0504(i, o, b, c, s[0], s[1], s[2])),
            ["c0510"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0510(i, o, i32, b, c, s[0])),
            ["c0513"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0513(i, o, i32, b, c, s[0])),
            ["c0516"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0516(i, o, i32, b, c, s[0], s[1])),
            ["c0519"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0519(i, o, i64, b, c, s[0], s[1])),
            ["c0522"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0522(i, o, i32, b, c, s[0])),
            ["c0525"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0525(i, o, i32, b, c, s[0], s[1], s[2])),
            ["c0528"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0528(i, o, b, c, s[0])),
            ["c0537"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0537(i, o, b, c, s[0], s[1])),
            ["c0540"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0540(i, o, i64, b, c, s[0], s[1])),
            ["c0546"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0546(i, o, b, c, s[0], s[1], s[2])),
            ["c0552"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0552(i, o, i64, b, c, s[0], s[1], s[2])),
            ["c0558"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0558(i, o, i32, b, c, s[0], s[1])),
            ["c0561"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0561(i, o, b, c, s[0], s[1], s[2])),
            ["c0564"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0564(i, o, i64, b, c, s[0], s[1])),
            ["c0570"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0570(i, o, b, c, s[0], s[1], s[2])),
            ["c0573"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0573(i, o, i32, b, c, s[0], s[1])),
            ["c0585"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0585(i, o, b, c, s[0], s[1], s[2])),
            ["c0588"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0588(i, o, i64, b, c, s[0])),
            ["c0591"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0591(i, o, b, c, s[0], s[1])),
            ["c0594"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0594(i, o, i32, b, c, s[0], s[1])),
            ["c0597"] = new KernelCall<double>((i, o, i32, i64, b, c, s) => Case_c0597(i, o, i64, b, c, s[0], s[1])),
            ["c0600"] = new KernelCall<float>((i, o, i32, i64, b, c, s) => Case_c0600(i, o, b, c, s[0])),
        };
    }
}
