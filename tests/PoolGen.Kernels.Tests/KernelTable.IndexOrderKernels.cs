using System.Collections.Generic;
using PoolGen.Testing;
using K = PoolGen.PoolKind;
using O = PoolGen.Testing.IndexOrderReference.Order;

namespace PoolGen.Kernels.Tests
{
    public static partial class KernelTable
    {
        /// <summary>The kernels of <see cref="IndexOrderKernels"/>: IndexOrder Tensor and TensorColumnMajor, checked against <see cref="IndexOrderReference"/>.</summary>
        private static List<KernelEntry> RowsOfIndexOrderKernels() =>
        [
            E<float>(nameof(IndexOrderKernels.Tensor1D_Ncl), Sym(K.Min, 1, 3, 2, 1, 2, ceil: true), new KernelShape(1, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.Tensor1D_Ncl(i, o, i32, b, c, s[0]), indices: IndexType.Int32, order: O.Tensor),
            E<float>(nameof(IndexOrderKernels.Tensor1D_Nlc), Sym(K.Min, 1, 3, 2, 1, 2, ceil: true), new KernelShape(1, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.Tensor1D_Nlc(i, o, i32, b, c, s[0]), layout: PoolLayout.Nhwc, indices: IndexType.Int32, twin: nameof(IndexOrderKernels.Tensor1D_Ncl), order: O.Tensor),
            E<double>(nameof(IndexOrderKernels.ColumnMajor1D_Ncl), Pads(Sym(K.Min, 1, 2, 1), 1, 0), new KernelShape(1, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.ColumnMajor1D_Ncl(i, o, i64, b, c, s[0]), indices: IndexType.Int64, order: O.TensorColumnMajor),
            E<double>(nameof(IndexOrderKernels.ColumnMajor1D_Nlc), Pads(Sym(K.Min, 1, 2, 1), 1, 0), new KernelShape(1, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.ColumnMajor1D_Nlc(i, o, i64, b, c, s[0]), layout: PoolLayout.Nhwc, indices: IndexType.Int64, twin: nameof(IndexOrderKernels.ColumnMajor1D_Ncl), order: O.TensorColumnMajor),
            E<float>(nameof(IndexOrderKernels.Tensor2D_Nchw), Pads(Axes(K.Max, [3, 2], [2, 1], [0, 0], [2, 1], ceil: true), 1, 0, 2, 1), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.Tensor2D_Nchw(i, o, i64, b, c, s[0], s[1]), indices: IndexType.Int64, order: O.Tensor),
            E<float>(nameof(IndexOrderKernels.Tensor2D_Nhwc), Pads(Axes(K.Max, [3, 2], [2, 1], [0, 0], [2, 1], ceil: true), 1, 0, 2, 1), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.Tensor2D_Nhwc(i, o, i64, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, indices: IndexType.Int64, twin: nameof(IndexOrderKernels.Tensor2D_Nchw), order: O.Tensor),
            E<float>(nameof(IndexOrderKernels.ColumnMajor2D_Nchw), Pads(Axes(K.Max, [3, 2], [2, 1], [0, 0], [2, 1], ceil: true), 1, 0, 2, 1), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.ColumnMajor2D_Nchw(i, o, i32, b, c, s[0], s[1]), indices: IndexType.Int32, order: O.TensorColumnMajor),
            E<float>(nameof(IndexOrderKernels.ColumnMajor2D_Nhwc), Pads(Axes(K.Max, [3, 2], [2, 1], [0, 0], [2, 1], ceil: true), 1, 0, 2, 1), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.ColumnMajor2D_Nhwc(i, o, i32, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, indices: IndexType.Int32, twin: nameof(IndexOrderKernels.ColumnMajor2D_Nchw), order: O.TensorColumnMajor),
            E<byte>(nameof(IndexOrderKernels.ColumnMajor2D_Fixed_C3H6W5), Sym(K.Min, 2, 2), new KernelShape(2, HasBatch: true, HasChannels: false, FixedChannels: 3, Fixed: [6, 5]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.ColumnMajor2D_Fixed_C3H6W5(i, o, i64, b), indices: IndexType.Int64, order: O.TensorColumnMajor),
            E<byte>(nameof(IndexOrderKernels.ColumnMajor2D_Fixed_C3H6W5_Nhwc), Sym(K.Min, 2, 2), new KernelShape(2, HasBatch: true, HasChannels: false, FixedChannels: 3, Fixed: [6, 5]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.ColumnMajor2D_Fixed_C3H6W5_Nhwc(i, o, i64, b), layout: PoolLayout.Nhwc, indices: IndexType.Int64, twin: nameof(IndexOrderKernels.ColumnMajor2D_Fixed_C3H6W5), order: O.TensorColumnMajor),
            E<float>(nameof(IndexOrderKernels.Tensor3D_Ncdhw), Pads(Axes(K.Max, [2, 3, 2], [1, 2, 2], [0, 0, 0], [1, 1, 2], ceil: true), 1, 1, 0, 0, 1, 1), new KernelShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.Tensor3D_Ncdhw(i, o, i64, b, c, s[0], s[1], s[2]), indices: IndexType.Int64, order: O.Tensor),
            E<float>(nameof(IndexOrderKernels.Tensor3D_Ndhwc), Pads(Axes(K.Max, [2, 3, 2], [1, 2, 2], [0, 0, 0], [1, 1, 2], ceil: true), 1, 1, 0, 0, 1, 1), new KernelShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.Tensor3D_Ndhwc(i, o, i64, b, c, s[0], s[1], s[2]), layout: PoolLayout.Nhwc, indices: IndexType.Int64, twin: nameof(IndexOrderKernels.Tensor3D_Ncdhw), order: O.Tensor),
            E<float>(nameof(IndexOrderKernels.ColumnMajor3D_Ncdhw), Pads(Axes(K.Max, [2, 3, 2], [1, 2, 2], [0, 0, 0], [1, 1, 2], ceil: true), 1, 1, 0, 0, 1, 1), new KernelShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.ColumnMajor3D_Ncdhw(i, o, i32, b, c, s[0], s[1], s[2]), indices: IndexType.Int32, order: O.TensorColumnMajor),
            E<float>(nameof(IndexOrderKernels.ColumnMajor3D_Ndhwc), Pads(Axes(K.Max, [2, 3, 2], [1, 2, 2], [0, 0, 0], [1, 1, 2], ceil: true), 1, 1, 0, 0, 1, 1), new KernelShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.ColumnMajor3D_Ndhwc(i, o, i32, b, c, s[0], s[1], s[2]), layout: PoolLayout.Nhwc, indices: IndexType.Int32, twin: nameof(IndexOrderKernels.ColumnMajor3D_Ncdhw), order: O.TensorColumnMajor),
            E<float>(nameof(IndexOrderKernels.TensorGlobal2D_Nchw), PoolSpecND.GlobalOf(K.Max, 2), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.TensorGlobal2D_Nchw(i, o, i32, b, c, s[0], s[1]), indices: IndexType.Int32, order: O.Tensor),
            E<float>(nameof(IndexOrderKernels.TensorGlobal2D_Nhwc), PoolSpecND.GlobalOf(K.Max, 2), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.TensorGlobal2D_Nhwc(i, o, i32, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, indices: IndexType.Int32, twin: nameof(IndexOrderKernels.TensorGlobal2D_Nchw), order: O.Tensor),
            E<float>(nameof(IndexOrderKernels.ColumnMajorGlobal3D_Ncdhw), PoolSpecND.GlobalOf(K.Min, 3), new KernelShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.ColumnMajorGlobal3D_Ncdhw(i, o, i64, b, c, s[0], s[1], s[2]), indices: IndexType.Int64, order: O.TensorColumnMajor),
            E<float>(nameof(IndexOrderKernels.ColumnMajorGlobal3D_Ndhwc), PoolSpecND.GlobalOf(K.Min, 3), new KernelShape(3, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.ColumnMajorGlobal3D_Ndhwc(i, o, i64, b, c, s[0], s[1], s[2]), layout: PoolLayout.Nhwc, indices: IndexType.Int64, twin: nameof(IndexOrderKernels.ColumnMajorGlobal3D_Ncdhw), order: O.TensorColumnMajor),
            E<short>(nameof(IndexOrderKernels.ColumnMajorGlobal2D_Nchw), PoolSpecND.GlobalOf(K.Max, 2), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.ColumnMajorGlobal2D_Nchw(i, o, i32, b, c, s[0], s[1]), indices: IndexType.Int32, order: O.TensorColumnMajor),
            E<short>(nameof(IndexOrderKernels.ColumnMajorGlobal2D_Nhwc), PoolSpecND.GlobalOf(K.Max, 2), new KernelShape(2, HasBatch: true, HasChannels: true, FixedChannels: 0, Fixed: [0, 0]),
                (i, o, i32, i64, b, c, s) => IndexOrderKernels.ColumnMajorGlobal2D_Nhwc(i, o, i32, b, c, s[0], s[1]), layout: PoolLayout.Nhwc, indices: IndexType.Int32, twin: nameof(IndexOrderKernels.ColumnMajorGlobal2D_Nchw), order: O.TensorColumnMajor),
        ];
    }
}
