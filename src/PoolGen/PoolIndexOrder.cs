namespace PoolGen
{
    /// <summary>
    /// The order of the argmax (argmin) index a max or min kernel writes to its <c>indices</c> parameter
    /// (<see cref="PoolAttribute.IndexOrder"/>). With the chosen tap at spatial coordinates <c>(t0, t1, t2)</c> (outermost
    /// first) of an input of spatial sizes <c>(n0, n1, n2)</c> and <c>S = n0*n1*n2</c> elements per plane, in the plane of
    /// image <c>b</c> and channel <c>c</c> of <c>C</c> channels:
    /// </summary>
    /// <remarks>
    /// The index always describes the <em>logical</em> <c>[N, C, spatial...]</c> tensor, whatever <see cref="PoolLayout"/>:
    /// a channels-last kernel writes the same numbers as a channels-first one given the same logical tensor (as PyTorch's
    /// channels_last indices do), stored at the output's channels-last positions. It is not a memory offset into a
    /// channels-last input. See docs/semantics.md ("Index order").
    /// </remarks>
    public enum PoolIndexOrder
    {
        /// <summary>
        /// <c>(t0*n1 + t1)*n2 + t2</c>: row-major within the (b, c) plane, PyTorch's <c>return_indices</c> (the default).
        /// </summary>
        Plane = 0,

        /// <summary>
        /// <c>(b*C + c)*S + (t0*n1 + t1)*n2 + t2</c>: row-major over the whole <c>[N, C, spatial...]</c> tensor, ONNX
        /// <c>MaxPool</c>'s <c>Indices</c> with <c>storage_order = 0</c>.
        /// </summary>
        Tensor = 1,

        /// <summary>
        /// <c>(b*C + c)*S + t0 + t1*n0 + t2*n0*n1</c>: ONNX <c>MaxPool</c>'s <c>Indices</c> with <c>storage_order = 1</c> as
        /// ONNX Runtime computes it: the spatial position is column-major (first spatial axis fastest) and the plane offset
        /// stays <c>(b*C + c)*S</c>. In 1D it equals <see cref="Tensor"/>.
        /// </summary>
        TensorColumnMajor = 2,
    }
}
