namespace PoolGen
{
    /// <summary>ONNX's <c>auto_pad</c>: padding worked out from the input size at run time.</summary>
    public enum PoolAutoPad
    {
        /// <summary>No automatic padding: the explicit <see cref="PoolAttribute.Padding"/> or <see cref="PoolAttribute.Pads"/> apply (ONNX <c>NOTSET</c>).</summary>
        NotSet = 0,

        /// <summary>
        /// Output size <c>ceil(input / stride)</c>; the padding that needs is split evenly, an odd one extra at the end
        /// (ONNX <c>SAME_UPPER</c>, TensorFlow <c>SAME</c>).
        /// </summary>
        SameUpper = 1,

        /// <summary>As <see cref="SameUpper"/>, an odd extra padding at the beginning (ONNX <c>SAME_LOWER</c>).</summary>
        SameLower = 2,

        /// <summary>No padding (ONNX <c>VALID</c>).</summary>
        Valid = 3,
    }
}
