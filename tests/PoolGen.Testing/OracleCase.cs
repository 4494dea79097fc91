using System;
using System.Globalization;
using System.Linq;

namespace PoolGen.Testing
{
    /// <summary>
    /// One case of the libtorch oracle (<c>tests/PoolGen.Kernels.Tests/Oracle/pytorch-pooling.jsonl</c>; its README
    /// describes the fields). Values are stored as <c>double</c>; float32 values are exactly representable as float.
    /// </summary>
    /// <param name="Id">The case id, e.g. <c>c0001</c>.</param>
    /// <param name="Op"><c>"max"</c> or <c>"avg"</c>.</param>
    /// <param name="Rank">The spatial rank: 1, 2 or 3.</param>
    /// <param name="Dtype"><c>"float32"</c> or <c>"float64"</c>.</param>
    /// <param name="InputShape"><c>[N, C, ...spatial]</c>.</param>
    /// <param name="Kernel">The window size per spatial axis.</param>
    /// <param name="Stride">The stride per spatial axis.</param>
    /// <param name="Padding">The padding per spatial axis (both sides).</param>
    /// <param name="Dilation">The dilation per spatial axis.</param>
    /// <param name="CeilMode">PyTorch's <c>ceil_mode</c>.</param>
    /// <param name="CountIncludePad">avg: PyTorch's <c>count_include_pad</c>; max: null.</param>
    /// <param name="DivisorOverride">avg: PyTorch's <c>divisor_override</c>, or null.</param>
    /// <param name="OutputShape"><c>[N, C, ...spatial]</c> as libtorch returned it.</param>
    /// <param name="Input">The flat row-major input.</param>
    /// <param name="Output">The flat row-major output.</param>
    /// <param name="Indices">max: the argmax per output element, flat within its (n, c) plane; avg: null.</param>
    public sealed record OracleCase(
        string Id,
        string Op,
        int Rank,
        string Dtype,
        int[] InputShape,
        int[] Kernel,
        int[] Stride,
        int[] Padding,
        int[] Dilation,
        bool CeilMode,
        bool? CountIncludePad,
        int? DivisorOverride,
        int[] OutputShape,
        double[] Input,
        double[] Output,
        long[]? Indices)
    {
        /// <summary>The pooling kind of <see cref="Op"/>.</summary>
        public PoolKind Kind => Op switch
        {
            "max" => PoolKind.Max,
            "avg" => PoolKind.Average,
            _ => throw new InvalidOperationException($"{Id}: unknown op '{Op}'."),
        };

        /// <summary>True for float32 cases (compute them in <c>float</c>), false for float64.</summary>
        public bool IsSingle => Dtype switch
        {
            "float32" => true,
            "float64" => false,
            _ => throw new InvalidOperationException($"{Id}: unknown dtype '{Dtype}'."),
        };

        /// <summary>N.</summary>
        public int Batch => InputShape[0];

        /// <summary>C.</summary>
        public int Channels => InputShape[1];

        /// <summary>The spatial input sizes (<see cref="InputShape"/> without N and C).</summary>
        public int[] SpatialShape => InputShape[2..];

        /// <summary><see cref="Input"/> cast to float (exact for float32 cases).</summary>
        public float[] InputAsSingle() => Array.ConvertAll(Input, value => (float)value);

        /// <summary><see cref="Output"/> cast to float (exact for float32 cases).</summary>
        public float[] OutputAsSingle() => Array.ConvertAll(Output, value => (float)value);

        /// <summary><see cref="Input"/> (a copy).</summary>
        public double[] InputAsDouble() => (double[])Input.Clone();

        /// <summary><see cref="Output"/> (a copy).</summary>
        public double[] OutputAsDouble() => (double[])Output.Clone();

        /// <summary>The parameters of the case, any rank.</summary>
        public PoolSpecND ToSpecND() => new(
            Kind,
            (int[])Kernel.Clone(),
            (int[])Stride.Clone(),
            (int[])Padding.Clone(),
            (int[])Dilation.Clone(),
            CeilMode,
            CountIncludePad ?? true,
            DivisorOverride);

        /// <summary>The id, dtype, shapes and parameters, e.g. <c>c0001 float32 [1,1,4,4]-&gt;[1,1,2,2] max k2x2 s2x2 p0x0 d1x1</c>.</summary>
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Id} {Dtype} [{Join(InputShape)}]->[{Join(OutputShape)}] {ToSpecND()}");

        private static string Join(int[] values) =>
            string.Join(",", values.Select(value => value.ToString(CultureInfo.InvariantCulture)));
    }
}
