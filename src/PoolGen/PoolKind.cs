namespace PoolGen
{
    /// <summary>The reduction a pooling window applies.</summary>
    public enum PoolKind
    {
        /// <summary>The largest tap of the window (PyTorch <c>max_pool*d</c>, ONNX <c>MaxPool</c>). NaN propagates.</summary>
        Max = 0,

        /// <summary>The mean of the window (PyTorch <c>avg_pool*d</c>, ONNX <c>AveragePool</c>); see <see cref="PoolAttribute.CountIncludePad"/>.</summary>
        Average = 1,

        /// <summary>
        /// The Lp norm of the window, <c>(sum |x|^p)^(1/p)</c> with <see cref="PoolAttribute.P"/> (ONNX <c>LpPool</c>; padding
        /// taps count as zero). Floating-point element types only.
        /// </summary>
        Lp = 2,

        /// <summary>The smallest tap of the window (no PyTorch or ONNX operator; <c>-max_pool(-x)</c>). NaN propagates.</summary>
        Min = 3,
    }
}
