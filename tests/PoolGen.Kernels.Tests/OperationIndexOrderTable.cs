using System;
using System.Collections.Generic;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>A forward kernel called with arrays in its layout: input, output, indices (as long), sizes.</summary>
    internal delegate void OrderForward(float[] input, float[] output, long[] indices, int batch, int channels, int[] spatial);

    /// <summary>A backward or unpooling kernel called with arrays in its layout: pooled, indices (as long), full, sizes.</summary>
    internal delegate void OrderReader(float[] pooled, long[] indices, float[] full, int batch, int channels, int[] spatial);

    /// <summary>One row of <see cref="OperationIndexOrderTable"/>: the kernels of <see cref="OperationIndexOrderKernels"/> for a rank, layout and order.</summary>
    internal sealed record OrderCase(int Rank, bool Last, IndexOrderReference.Order Order, string IndexType, OrderForward Forward, OrderReader Backward, OrderReader Unpool, OrderReader? BackwardParallel, OrderReader? UnpoolParallel)
    {
        public override string ToString() => $"rank {Rank}, {(Last ? "channels last" : "channels first")}, {Order}, {IndexType} indices";
    }

    /// <summary>The kernels of <see cref="OperationIndexOrderKernels"/> as <see cref="OrderCase"/> rows (int indices widened and narrowed here).</summary>
    internal static class OperationIndexOrderTable
    {
        private static long[] Widen(int[] values) => Array.ConvertAll(values, v => (long)v);

        private static int[] Narrow(long[] values) => Array.ConvertAll(values, v => unchecked((int)v));

        public static IReadOnlyList<OrderCase> Cases { get; } = new OrderCase[]
        {
            new(1, false, IndexOrderReference.Order.Plane, "long",
                (i, o, x, b, c, s) => OperationIndexOrderKernels.R1_Nchw_Plane_Forward(i, o, x, b, c, s[0]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R1_Nchw_Plane_Backward(p, x, f, b, c, s[0]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R1_Nchw_Plane_Unpool(p, x, f, b, c, s[0]),
                null,
                null),
            new(1, false, IndexOrderReference.Order.Tensor, "long",
                (i, o, x, b, c, s) => OperationIndexOrderKernels.R1_Nchw_Tensor_Forward(i, o, x, b, c, s[0]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R1_Nchw_Tensor_Backward(p, x, f, b, c, s[0]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R1_Nchw_Tensor_Unpool(p, x, f, b, c, s[0]),
                null,
                null),
            new(1, false, IndexOrderReference.Order.TensorColumnMajor, "int",
                (i, o, x, b, c, s) => { var n = new int[x.Length]; OperationIndexOrderKernels.R1_Nchw_TensorColumnMajor_Forward(i, o, n, b, c, s[0]); Widen(n).CopyTo(x, 0); },
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R1_Nchw_TensorColumnMajor_Backward(p, Narrow(x), f, b, c, s[0]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R1_Nchw_TensorColumnMajor_Unpool(p, Narrow(x), f, b, c, s[0]),
                null,
                null),
            new(1, true, IndexOrderReference.Order.Plane, "long",
                (i, o, x, b, c, s) => OperationIndexOrderKernels.R1_Nhwc_Plane_Forward(i, o, x, b, c, s[0]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R1_Nhwc_Plane_Backward(p, x, f, b, c, s[0]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R1_Nhwc_Plane_Unpool(p, x, f, b, c, s[0]),
                null,
                null),
            new(1, true, IndexOrderReference.Order.Tensor, "int",
                (i, o, x, b, c, s) => { var n = new int[x.Length]; OperationIndexOrderKernels.R1_Nhwc_Tensor_Forward(i, o, n, b, c, s[0]); Widen(n).CopyTo(x, 0); },
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R1_Nhwc_Tensor_Backward(p, Narrow(x), f, b, c, s[0]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R1_Nhwc_Tensor_Unpool(p, Narrow(x), f, b, c, s[0]),
                null,
                null),
            new(1, true, IndexOrderReference.Order.TensorColumnMajor, "long",
                (i, o, x, b, c, s) => OperationIndexOrderKernels.R1_Nhwc_TensorColumnMajor_Forward(i, o, x, b, c, s[0]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R1_Nhwc_TensorColumnMajor_Backward(p, x, f, b, c, s[0]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R1_Nhwc_TensorColumnMajor_Unpool(p, x, f, b, c, s[0]),
                null,
                null),
            new(2, false, IndexOrderReference.Order.Plane, "long",
                (i, o, x, b, c, s) => OperationIndexOrderKernels.R2_Nchw_Plane_Forward(i, o, x, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nchw_Plane_Backward(p, x, f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nchw_Plane_Unpool(p, x, f, b, c, s[0], s[1]),
                null,
                null),
            new(2, false, IndexOrderReference.Order.Tensor, "long",
                (i, o, x, b, c, s) => OperationIndexOrderKernels.R2_Nchw_Tensor_Forward(i, o, x, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nchw_Tensor_Backward(p, x, f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nchw_Tensor_Unpool(p, x, f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nchw_Tensor_Backward_Parallel(p, x, f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nchw_Tensor_Unpool_Parallel(p, x, f, b, c, s[0], s[1])),
            new(2, false, IndexOrderReference.Order.TensorColumnMajor, "int",
                (i, o, x, b, c, s) => { var n = new int[x.Length]; OperationIndexOrderKernels.R2_Nchw_TensorColumnMajor_Forward(i, o, n, b, c, s[0], s[1]); Widen(n).CopyTo(x, 0); },
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nchw_TensorColumnMajor_Backward(p, Narrow(x), f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nchw_TensorColumnMajor_Unpool(p, Narrow(x), f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nchw_TensorColumnMajor_Backward_Parallel(p, Narrow(x), f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nchw_TensorColumnMajor_Unpool_Parallel(p, Narrow(x), f, b, c, s[0], s[1])),
            new(2, true, IndexOrderReference.Order.Plane, "long",
                (i, o, x, b, c, s) => OperationIndexOrderKernels.R2_Nhwc_Plane_Forward(i, o, x, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nhwc_Plane_Backward(p, x, f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nhwc_Plane_Unpool(p, x, f, b, c, s[0], s[1]),
                null,
                null),
            new(2, true, IndexOrderReference.Order.Tensor, "int",
                (i, o, x, b, c, s) => { var n = new int[x.Length]; OperationIndexOrderKernels.R2_Nhwc_Tensor_Forward(i, o, n, b, c, s[0], s[1]); Widen(n).CopyTo(x, 0); },
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nhwc_Tensor_Backward(p, Narrow(x), f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nhwc_Tensor_Unpool(p, Narrow(x), f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nhwc_Tensor_Backward_Parallel(p, Narrow(x), f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nhwc_Tensor_Unpool_Parallel(p, Narrow(x), f, b, c, s[0], s[1])),
            new(2, true, IndexOrderReference.Order.TensorColumnMajor, "long",
                (i, o, x, b, c, s) => OperationIndexOrderKernels.R2_Nhwc_TensorColumnMajor_Forward(i, o, x, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nhwc_TensorColumnMajor_Backward(p, x, f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nhwc_TensorColumnMajor_Unpool(p, x, f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nhwc_TensorColumnMajor_Backward_Parallel(p, x, f, b, c, s[0], s[1]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R2_Nhwc_TensorColumnMajor_Unpool_Parallel(p, x, f, b, c, s[0], s[1])),
            new(3, false, IndexOrderReference.Order.Plane, "long",
                (i, o, x, b, c, s) => OperationIndexOrderKernels.R3_Nchw_Plane_Forward(i, o, x, b, c, s[0], s[1], s[2]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R3_Nchw_Plane_Backward(p, x, f, b, c, s[0], s[1], s[2]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R3_Nchw_Plane_Unpool(p, x, f, b, c, s[0], s[1], s[2]),
                null,
                null),
            new(3, false, IndexOrderReference.Order.Tensor, "long",
                (i, o, x, b, c, s) => OperationIndexOrderKernels.R3_Nchw_Tensor_Forward(i, o, x, b, c, s[0], s[1], s[2]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R3_Nchw_Tensor_Backward(p, x, f, b, c, s[0], s[1], s[2]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R3_Nchw_Tensor_Unpool(p, x, f, b, c, s[0], s[1], s[2]),
                null,
                null),
            new(3, false, IndexOrderReference.Order.TensorColumnMajor, "int",
                (i, o, x, b, c, s) => { var n = new int[x.Length]; OperationIndexOrderKernels.R3_Nchw_TensorColumnMajor_Forward(i, o, n, b, c, s[0], s[1], s[2]); Widen(n).CopyTo(x, 0); },
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R3_Nchw_TensorColumnMajor_Backward(p, Narrow(x), f, b, c, s[0], s[1], s[2]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R3_Nchw_TensorColumnMajor_Unpool(p, Narrow(x), f, b, c, s[0], s[1], s[2]),
                null,
                null),
            new(3, true, IndexOrderReference.Order.Plane, "long",
                (i, o, x, b, c, s) => OperationIndexOrderKernels.R3_Nhwc_Plane_Forward(i, o, x, b, c, s[0], s[1], s[2]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R3_Nhwc_Plane_Backward(p, x, f, b, c, s[0], s[1], s[2]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R3_Nhwc_Plane_Unpool(p, x, f, b, c, s[0], s[1], s[2]),
                null,
                null),
            new(3, true, IndexOrderReference.Order.Tensor, "int",
                (i, o, x, b, c, s) => { var n = new int[x.Length]; OperationIndexOrderKernels.R3_Nhwc_Tensor_Forward(i, o, n, b, c, s[0], s[1], s[2]); Widen(n).CopyTo(x, 0); },
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R3_Nhwc_Tensor_Backward(p, Narrow(x), f, b, c, s[0], s[1], s[2]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R3_Nhwc_Tensor_Unpool(p, Narrow(x), f, b, c, s[0], s[1], s[2]),
                null,
                null),
            new(3, true, IndexOrderReference.Order.TensorColumnMajor, "long",
                (i, o, x, b, c, s) => OperationIndexOrderKernels.R3_Nhwc_TensorColumnMajor_Forward(i, o, x, b, c, s[0], s[1], s[2]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R3_Nhwc_TensorColumnMajor_Backward(p, x, f, b, c, s[0], s[1], s[2]),
                (p, x, f, b, c, s) => OperationIndexOrderKernels.R3_Nhwc_TensorColumnMajor_Unpool(p, x, f, b, c, s[0], s[1], s[2]),
                null,
                null),
        };
    }
}
