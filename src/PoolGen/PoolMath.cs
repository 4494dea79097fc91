// Shared between the runtime assembly (PoolShape) and the generator (linked source), so that the
// sizes users compute for their buffers and the sizes the generated kernels check are one formula.
namespace PoolGen
{
    internal static class PoolMath
    {
        /// <summary>The effective window extent, dilation * (kernel - 1) + 1.</summary>
        public static long EffectiveKernel(int kernel, int dilation) => (long)dilation * (kernel - 1) + 1;

        /// <summary>
        /// PyTorch's pooling_output_shape: floor or ceil of (input + 2*padding - effective) / stride, plus 1;
        /// in ceil mode the last window must start inside the input or the left padding. The result can be
        /// 0 or negative when the padded input is shorter than the window. Arguments are not validated.
        /// </summary>
        public static long OutputSize(long input, int kernel, int stride, int padding, int dilation, bool ceilMode)
            => OutputSize(input, kernel, stride, padding, padding, dilation, ceilMode);

        /// <summary>As above with padding <paramref name="padBegin"/> before and <paramref name="padEnd"/> after the input (ONNX pads).</summary>
        public static long OutputSize(long input, int kernel, int stride, int padBegin, int padEnd, int dilation, bool ceilMode)
        {
            long numerator = input + padBegin + (long)padEnd - EffectiveKernel(kernel, dilation) + (ceilMode ? stride - 1 : 0);
            long output = FloorDiv(numerator, stride) + 1;
            if (ceilMode && (output - 1) * stride >= input + padBegin)
            {
                output--;
            }

            return output;
        }

        /// <summary>The smallest input size (at least 1) whose output size is at least 1.</summary>
        /// <remarks>
        /// The output is at least 1 exactly when the numerator of <see cref="OutputSize(long, int, int, int, int, bool)"/> is non-negative: the ceil-mode
        /// correction never removes the first window, which starts at -padding, inside the left padding.
        /// </remarks>
        public static long MinimumInput(int kernel, int stride, int padding, int dilation, bool ceilMode)
            => MinimumInput(kernel, stride, padding, padding, dilation, ceilMode);

        public static long MinimumInput(int kernel, int stride, int padBegin, int padEnd, int dilation, bool ceilMode)
            => System.Math.Max(1, EffectiveKernel(kernel, dilation) - padBegin - (long)padEnd - (ceilMode ? stride - 1 : 0));

        public static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);
    }
}
