namespace PoolGen
{
    /// <summary>The reduction a pooling window applies.</summary>
    public enum PoolKind
    {
        /// <summary>The largest tap of the window (PyTorch <c>max_pool2d</c>). NaN propagates.</summary>
        Max = 0,

        /// <summary>The mean of the window (PyTorch <c>avg_pool2d</c>); see <see cref="PoolAttribute.CountIncludePad"/>.</summary>
        Average = 1,
    }
}
