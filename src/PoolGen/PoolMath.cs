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
        {
            long numerator = input + 2L * padding - EffectiveKernel(kernel, dilation) + (ceilMode ? stride - 1 : 0);
            long output = FloorDiv(numerator, stride) + 1;
            if (ceilMode && (output - 1) * stride >= input + padding)
            {
                output--;
            }

            return output;
        }

        /// <summary>The smallest input size (at least 1) whose output size is at least 1.</summary>
        public static long MinimumInput(int kernel, int stride, int padding, int dilation, bool ceilMode)
        {
            // Output size is non-decreasing in the input, and reaches 1 by input = effective kernel.
            long effective = EffectiveKernel(kernel, dilation);
            long n = System.Math.Max(1, effective - 2L * padding - stride);
            while (OutputSize(n, kernel, stride, padding, dilation, ceilMode) < 1)
            {
                n++;
            }

            return n;
        }

        public static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);
    }
}
