using System;
using System.Linq;
using System.Numerics;

namespace PoolGen.Testing
{
    /// <summary>
    /// The three orders an argmax (argmin) index can be written in (<c>PoolAttribute.IndexOrder</c>), and conversions from
    /// PoolGen's per-plane index to the other two. Checked against ONNX Runtime's <c>MaxPool</c> <c>Indices</c> output by <c>tests/PoolGen.Onnx.Tests</c>.
    /// </summary>
    /// <remarks>
    /// With the chosen tap at spatial coordinates <c>(t0, t1, t2)</c> (outermost first; ranks 1 and 2 drop the trailing
    /// ones) of an input of spatial sizes <c>(n0, n1, n2)</c>, in plane <c>plane = b*C + c</c> of <c>S = n0*n1*n2</c> elements:
    /// <list type="bullet">
    /// <item><see cref="Order.Plane"/>: <c>(t0*n1 + t1)*n2 + t2</c>, row-major within the plane (PyTorch's
    /// <c>return_indices</c>, what PoolGen writes today).</item>
    /// <item><see cref="Order.Tensor"/>: <c>plane*S + (t0*n1 + t1)*n2 + t2</c>, row-major over the whole (N, C, spatial...)
    /// tensor (ONNX <c>storage_order = 0</c>).</item>
    /// <item><see cref="Order.TensorColumnMajor"/>: <c>plane*S + t0 + t1*n0 + t2*n0*n1</c>: the spatial position is
    /// column-major (first spatial axis fastest), but the plane offset stays row-major <c>(b*C + c)*S</c>; it is not the
    /// column-major index over the whole tensor. That is ONNX Runtime's rule for <c>storage_order = 1</c>
    /// (<c>onnxruntime/core/providers/cpu/nn/pool_functors.h</c>, <c>MaxPool2DTask</c>:
    /// <c>c*x_step + h_index + w_index*height</c>; <c>MaxPool3DTask</c>: <c>c*x_step + h + w*height + d*height*width</c>;
    /// <c>MaxPool1DTask</c> ignores storage_order, and both orders agree in 1D).</item>
    /// </list>
    /// Channels-last data: the index values are those of the same logical (N, C, spatial...) tensor, whatever the memory
    /// layout (the plane is <c>b*C + c</c>, the spatial coordinates are the tap's); they are stored at the output's
    /// channels-last positions like the values. So <c>Tensor</c> is not the memory offset <c>((b*H + y)*W + x)*C + c</c>
    /// of a channels-last input (TensorFlow's <c>max_pool_with_argmax</c> convention). PoolGen's <c>Plane</c> index is
    /// layout-independent already, and ONNX Runtime's MaxPool (channels first only) then gives the same numbers for the
    /// transposed input, so a channels-last kernel can be checked against it value for value.
    /// </remarks>
    public static class IndexOrderReference
    {
        /// <summary>The order of an index (see the class remarks).</summary>
        public enum Order
        {
            /// <summary>Row-major within the (b, c) plane (PyTorch).</summary>
            Plane = 0,

            /// <summary>Row-major over the whole (N, C, spatial...) tensor (ONNX <c>storage_order = 0</c>).</summary>
            Tensor = 1,

            /// <summary>The plane offset plus the column-major spatial index (ONNX Runtime's <c>storage_order = 1</c>).</summary>
            TensorColumnMajor = 2,
        }

        /// <summary>
        /// Converts one per-plane index (row-major within its plane of <paramref name="inputSpatialShape"/>) of plane
        /// <paramref name="plane"/> (<c>b*C + c</c>) to <paramref name="order"/>.
        /// </summary>
        public static long Convert(long planeIndex, long plane, int[] inputSpatialShape, Order order)
        {
            ArgumentNullException.ThrowIfNull(inputSpatialShape);
            long planeSize = 1;
            foreach (int size in inputSpatialShape)
            {
                planeSize *= size;
            }

            switch (order)
            {
                case Order.Plane:
                    return planeIndex;
                case Order.Tensor:
                    return (plane * planeSize) + planeIndex;
                case Order.TensorColumnMajor:
                    // Unravel the row-major index (last axis fastest), then ravel column-major (first axis fastest).
                    long rest = planeIndex;
                    var coordinates = new long[inputSpatialShape.Length];
                    for (int axis = inputSpatialShape.Length - 1; axis >= 0; axis--)
                    {
                        coordinates[axis] = rest % inputSpatialShape[axis];
                        rest /= inputSpatialShape[axis];
                    }

                    long columnMajor = 0;
                    long stride = 1;
                    for (int axis = 0; axis < inputSpatialShape.Length; axis++)
                    {
                        columnMajor += coordinates[axis] * stride;
                        stride *= inputSpatialShape[axis];
                    }

                    return (plane * planeSize) + columnMajor;
                default:
                    throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown index order.");
            }
        }

        /// <summary>
        /// Converts per-plane indices (as <see cref="PoolReference.IndicesND{T}"/> returns them, or a PoolGen kernel writes
        /// them) of an output of <paramref name="outputSpatialShape"/> in <paramref name="layout"/> to <paramref name="order"/>;
        /// the result is in the same layout. The plane of each index comes from its position in the output.
        /// </summary>
        public static long[] FromPlane(ReadOnlySpan<long> planeIndices, Order order, int batch, int channels, int[] inputSpatialShape, int[] outputSpatialShape, PoolLayout layout = PoolLayout.Nchw)
        {
            ArgumentNullException.ThrowIfNull(inputSpatialShape);
            ArgumentNullException.ThrowIfNull(outputSpatialShape);
            long[] channelsFirst = layout == PoolLayout.Nhwc
                ? Layouts.ToChannelsFirst(planeIndices, batch, channels, outputSpatialShape)
                : planeIndices.ToArray();
            int outputPlane = channelsFirst.Length / (batch * channels);
            var result = new long[channelsFirst.Length];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = Convert(channelsFirst[i], i / outputPlane, inputSpatialShape, order);
            }

            return layout == PoolLayout.Nhwc ? Layouts.ToChannelsLast<long>(result, batch, channels, outputSpatialShape) : result;
        }

        /// <summary>
        /// The argmax (max spec) or argmin (min spec) of every output, chosen as <see cref="PoolReference.IndicesND{T}"/>
        /// chooses it (the first extreme in row-major tap order; for windows without NaN that is also ONNX Runtime's choice),
        /// written in <paramref name="order"/>, for an input and output in <paramref name="layout"/>. A window with no tap inside the
        /// input gets the index of its first tap position (see EmptyWindowIndices).
        /// </summary>
        public static long[] Indices<T>(PoolSpecND spec, ReadOnlySpan<T> input, int batch, int channels, int[] spatialShape, Order order, PoolLayout layout = PoolLayout.Nchw)
            where T : unmanaged, INumber<T>
        {
            ArgumentNullException.ThrowIfNull(spec);
            ArgumentNullException.ThrowIfNull(spatialShape);
            int[] outputShape = PoolReference.OutputShape(spec, spatialShape);
            T[] channelsFirst = layout == PoolLayout.Nhwc ? Layouts.ToChannelsFirst(input, batch, channels, spatialShape) : input.ToArray();
            long[] planeIndices = PoolReference.IndicesND<T>(spec, channelsFirst, batch, channels, spatialShape);
            long[] converted = FromPlane(planeIndices, order, batch, channels, spatialShape, outputShape);
            if (order != Order.Plane)
            {
                EmptyWindowIndices(spec, converted, order, spatialShape, outputShape);
            }

            return layout == PoolLayout.Nhwc ? Layouts.ToChannelsLast<long>(converted, batch, channels, outputShape) : converted;
        }

        /// <summary>
        /// A window with no tap inside the input (possible with dilation and padding) has no argmax: PyTorch's index is then its
        /// first tap position, which lies outside the input, so its per-plane index cannot be taken apart by <see cref="Convert"/>.
        /// PoolGen's rule (docs/semantics.md, "Index order"; ONNX Runtime writes no meaningful index there): the tensor orders
        /// encode that position's coordinates with the same formula. This rewrites those indices of channels-first
        /// <paramref name="indices"/> from the window arithmetic alone.
        /// </summary>
        private static void EmptyWindowIndices(PoolSpecND spec, long[] indices, Order order, int[] spatial, int[] outputShape)
        {
            int rank = spatial.Length;
            long planeSize = spatial.Aggregate(1L, (a, b) => a * b);
            int outputPlane = outputShape.Aggregate(1, (a, b) => a * b);
            var position = new long[rank];
            for (int i = 0; i < indices.Length; i++)
            {
                bool empty = false;
                int rest = i % outputPlane;
                for (int axis = rank - 1; axis >= 0; axis--)
                {
                    int o = rest % outputShape[axis];
                    rest /= outputShape[axis];
                    long start = ((long)o * spec.Stride[axis]) - spec.PaddingBegin[axis];
                    long first = start >= 0 ? 0 : (-start + spec.Dilation[axis] - 1) / spec.Dilation[axis];
                    position[axis] = start + (first * spec.Dilation[axis]);
                    empty |= first >= spec.Kernel[axis] || position[axis] >= spatial[axis];
                }

                if (empty)
                {
                    long offset = 0, stride = 1;
                    for (int axis = 0; axis < rank; axis++)
                    {
                        int at = order == Order.TensorColumnMajor ? axis : rank - 1 - axis;
                        offset += position[at] * stride;
                        stride *= spatial[at];
                    }

                    indices[i] = ((i / outputPlane) * planeSize) + offset;
                }
            }
        }
}
}
