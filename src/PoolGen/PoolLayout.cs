namespace PoolGen
{
    /// <summary>The memory order of the input and output tensors.</summary>
    public enum PoolLayout
    {
        /// <summary>Channels first: N, C, then the spatial axes (NCL, NCHW, NCDHW), as PyTorch and ONNX default to.</summary>
        Nchw = 0,

        /// <summary>
        /// Channels last: N, the spatial axes, then C (NLC, NHWC, NDHWC), as TensorFlow and PyTorch's channels_last use.
        /// The kernel vectorizes over the channels.
        /// </summary>
        Nhwc = 1,
    }
}
