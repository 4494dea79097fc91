using System;
using System.Globalization;
using System.Linq;

namespace PoolGen.Testing
{
    /// <summary>
    /// One case of the libtorch oracle of adaptive pooling, max unpooling and the pooling backward passes
    /// (<c>tests/PoolGen.Kernels.Tests/Oracle/pytorch-pooling-ops.jsonl</c>; its README describes the fields and which
    /// arrays each op has). Read with <see cref="Oracle.LoadOps"/>. Values are stored as <c>double</c>; float32 values are
    /// exactly representable as float. An array or parameter the op does not have is null.
    /// </summary>
    /// <param name="Id">The case id, e.g. <c>a0001</c>.</param>
    /// <param name="Op">One of <see cref="AdaptiveAvg"/>, <see cref="AdaptiveMax"/>, <see cref="MaxUnpool"/>, <see cref="MaxBackward"/>, <see cref="AvgBackward"/>.</param>
    /// <param name="Rank">The spatial rank: 1, 2 or 3.</param>
    /// <param name="Dtype"><c>"float32"</c> or <c>"float64"</c>.</param>
    /// <param name="InputShape">
    /// <c>[N, C, ...spatial]</c> of the op's input: adaptive: the input; max_unpool: the pooled tensor (the shape of
    /// <see cref="Input"/> and <see cref="Indices"/>); max_backward, avg_backward: the forward input (the shape of <see cref="GradInput"/>).
    /// </param>
    /// <param name="Kernel">max_unpool, max_backward, avg_backward: the window size per spatial axis; adaptive: null.</param>
    /// <param name="Stride">As <paramref name="Kernel"/>: the stride per spatial axis.</param>
    /// <param name="Padding">As <paramref name="Kernel"/>: the padding per spatial axis (both sides).</param>
    /// <param name="Dilation">max_backward: the dilation per spatial axis; null otherwise.</param>
    /// <param name="CeilMode">max_backward, avg_backward: PyTorch's <c>ceil_mode</c>; null otherwise.</param>
    /// <param name="CountIncludePad">avg_backward: PyTorch's <c>count_include_pad</c>; null otherwise.</param>
    /// <param name="DivisorOverride">avg_backward: PyTorch's <c>divisor_override</c>, or null.</param>
    /// <param name="OutputSize">
    /// adaptive: the output size per spatial axis; max_unpool: the spatial output size passed to max_unpoolNd (the size of
    /// the input the max pooling saw); null otherwise.
    /// </param>
    /// <param name="OutputShape">
    /// <c>[N, C, ...spatial]</c> as libtorch returned it: adaptive and max_unpool: the output; max_backward, avg_backward:
    /// the forward output (the shape of <see cref="GradOutput"/>, and of max_backward's <see cref="Indices"/>).
    /// </param>
    /// <param name="Input">adaptive: the input; max_unpool: the pooled values; max_backward: the forward input; avg_backward: null.</param>
    /// <param name="Output">adaptive and max_unpool: the output; null otherwise.</param>
    /// <param name="Indices">
    /// adaptive_max, max_backward: the forward argmax per output element, flat within its (n, c) input plane;
    /// max_unpool: the index into the output plane per pooled value; null otherwise.
    /// </param>
    /// <param name="GradOutput">max_backward, avg_backward: the gradient of the forward output; null otherwise.</param>
    /// <param name="GradInput">max_backward, avg_backward: the gradient of the forward input libtorch computed; null otherwise.</param>
    public sealed record OracleOpCase(
        string Id,
        string Op,
        int Rank,
        string Dtype,
        int[] InputShape,
        int[]? Kernel,
        int[]? Stride,
        int[]? Padding,
        int[]? Dilation,
        bool? CeilMode,
        bool? CountIncludePad,
        int? DivisorOverride,
        int[]? OutputSize,
        int[] OutputShape,
        double[]? Input,
        double[]? Output,
        long[]? Indices,
        double[]? GradOutput,
        double[]? GradInput)
    {
        /// <summary>The op name of adaptive average pooling.</summary>
        public const string AdaptiveAvg = "adaptive_avg";

        /// <summary>The op name of adaptive max pooling (with indices).</summary>
        public const string AdaptiveMax = "adaptive_max";

        /// <summary>The op name of max unpooling.</summary>
        public const string MaxUnpool = "max_unpool";

        /// <summary>The op name of the backward pass of max pooling.</summary>
        public const string MaxBackward = "max_backward";

        /// <summary>The op name of the backward pass of average pooling.</summary>
        public const string AvgBackward = "avg_backward";

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

        /// <summary>The spatial sizes of <see cref="InputShape"/> (without N and C).</summary>
        public int[] SpatialShape => InputShape[2..];

        /// <summary>The spatial sizes of <see cref="OutputShape"/> (without N and C).</summary>
        public int[] OutputSpatialShape => OutputShape[2..];

        /// <summary>
        /// max_backward and avg_backward: the forward pooling's parameters (max: <see cref="Dilation"/>; average: dilation 1,
        /// <see cref="CountIncludePad"/>, <see cref="DivisorOverride"/>); max_unpool: those of the max pooling that made the
        /// indices (dilation 1, no ceil mode).
        /// </summary>
        /// <exception cref="InvalidOperationException">An adaptive case (it has no window parameters).</exception>
        public PoolSpecND ToSpecND()
        {
            if (Kernel is null || Stride is null || Padding is null)
            {
                throw new InvalidOperationException($"{Id}: {Op} has no kernel, stride and padding.");
            }

            PoolKind kind = Op == AvgBackward ? PoolKind.Average : PoolKind.Max;
            return new PoolSpecND(
                kind,
                (int[])Kernel.Clone(),
                (int[])Stride.Clone(),
                (int[])Padding.Clone(),
                Dilation is null ? Enumerable.Repeat(1, Rank).ToArray() : (int[])Dilation.Clone(),
                CeilMode ?? false,
                CountIncludePad ?? true,
                DivisorOverride);
        }

        /// <summary><paramref name="values"/> as <typeparamref name="T"/> (float or double; exact for the case's own dtype).</summary>
        /// <exception cref="ArgumentNullException">The array is absent from this case.</exception>
        public static T[] As<T>(double[]? values)
        {
            ArgumentNullException.ThrowIfNull(values);
            if (typeof(T) == typeof(float))
            {
                return (T[])(object)Array.ConvertAll(values, value => (float)value);
            }

            if (typeof(T) == typeof(double))
            {
                return (T[])(object)(double[])values.Clone();
            }

            throw new NotSupportedException($"Oracle values convert to float or double, not {typeof(T)}.");
        }

        /// <summary>The id, op, dtype, shapes and parameters, e.g. <c>a0003 max_backward float32 [1,1,4,4]-&gt;[1,1,2,2] max k2x2 s2x2 p0x0 d1x1</c>.</summary>
        public override string ToString()
        {
            string parameters = Kernel is null
                ? $"output_size {Join(OutputSize ?? [], "x")}"
                : ToSpecND().ToString() + (OutputSize is null ? string.Empty : $" output_size {Join(OutputSize, "x")}");
            return string.Create(CultureInfo.InvariantCulture, $"{Id} {Op} {Dtype} [{Join(InputShape, ",")}]->[{Join(OutputShape, ",")}] {parameters}");
        }

        private static string Join(int[] values, string separator) =>
            string.Join(separator, values.Select(value => value.ToString(CultureInfo.InvariantCulture)));
    }
}
