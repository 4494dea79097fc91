using System;

namespace PoolGen
{
    /// <summary>
    /// Output-size arithmetic for sizing buffers, the same formula the generated kernels check:
    /// PyTorch's <c>floor_or_ceil((input + 2*padding - dilation*(kernel-1) - 1) / stride) + 1</c>, where in ceil
    /// mode the last window must start inside the input or the left padding.
    /// </summary>
    public static class PoolShape
    {
        /// <summary>The output size on one axis.</summary>
        /// <param name="inputSize">The input size on that axis (at least 1).</param>
        /// <param name="kernelSize">The window size (at least 1).</param>
        /// <param name="stride">The stride; 0 means <paramref name="kernelSize"/>, as in PyTorch.</param>
        /// <param name="padding">Padding on each side (at least 0, at most half the effective window).</param>
        /// <param name="dilation">The spacing between taps (at least 1).</param>
        /// <param name="ceilMode">Round up instead of down.</param>
        /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
        /// <exception cref="ArgumentException">The padded input is shorter than the window, so there is no output.</exception>
        public static int OutputSize(int inputSize, int kernelSize, int stride = 0, int padding = 0, int dilation = 1, bool ceilMode = false)
        {
            long effective = Window(kernelSize, ref stride, dilation);
            if (padding < 0 || padding > effective / 2)
            {
                throw new ArgumentOutOfRangeException(nameof(padding), padding, $"The padding must be between 0 and half the effective window ({effective / 2}).");
            }

            return Output(inputSize, kernelSize, stride, padding, padding, dilation, ceilMode, effective, $"{padding}");
        }

        /// <summary>
        /// The output size on one axis with explicit, possibly asymmetric padding (the <c>Pads</c> property: ONNX <c>pads</c>),
        /// the same formula with <c>padding.Begin + padding.End</c> in place of <c>2*padding</c>; in ceil mode the last window
        /// must start inside the input or the beginning padding.
        /// </summary>
        /// <param name="inputSize">The input size on that axis (at least 1).</param>
        /// <param name="kernelSize">The window size (at least 1).</param>
        /// <param name="stride">The stride; 0 means <paramref name="kernelSize"/>.</param>
        /// <param name="padding">The padding before and after the input, each at least 0 and less than the effective window.</param>
        /// <param name="dilation">The spacing between taps (at least 1).</param>
        /// <param name="ceilMode">Round up instead of down.</param>
        /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
        /// <exception cref="ArgumentException">The padded input is shorter than the window, so there is no output.</exception>
        public static int OutputSize(int inputSize, int kernelSize, int stride, (int Begin, int End) padding, int dilation = 1, bool ceilMode = false)
        {
            long effective = Window(kernelSize, ref stride, dilation);
            if (padding.Begin < 0 || padding.End < 0 || padding.Begin >= effective || padding.End >= effective)
            {
                throw new ArgumentOutOfRangeException(nameof(padding), padding, $"Each padding must be at least 0 and less than the effective window ({effective}).");
            }

            return Output(inputSize, kernelSize, stride, padding.Begin, padding.End, dilation, ceilMode, effective, $"{padding.Begin}+{padding.End}");
        }

        /// <summary>The output size with <c>AutoPad = SameUpper</c> or <c>SameLower</c> (ONNX): <c>ceil(inputSize / stride)</c>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="inputSize"/> or <paramref name="stride"/> is below 1.</exception>
        public static int SameOutputSize(int inputSize, int stride)
        {
            if (inputSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(inputSize), inputSize, "The input size must be at least 1.");
            }

            if (stride < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(stride), stride, "The stride must be at least 1.");
            }

            return (inputSize - 1) / stride + 1;
        }

        /// <summary>Checks the window's arguments (stride 0 becomes the window size) and returns the effective window.</summary>
        private static long Window(int kernelSize, ref int stride, int dilation)
        {
            if (kernelSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(kernelSize), kernelSize, "The window size must be at least 1.");
            }

            if (stride == 0)
            {
                stride = kernelSize;
            }

            if (stride < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(stride), stride, "The stride must be at least 1 (or 0 for the window size).");
            }

            if (dilation < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(dilation), dilation, "The dilation must be at least 1.");
            }

            return PoolMath.EffectiveKernel(kernelSize, dilation);
        }

        /// <summary>The output size once the window and padding are checked: the input size checked, and an output of at least 1 that fits an int.</summary>
        private static int Output(int inputSize, int kernelSize, int stride, int begin, int end, int dilation, bool ceilMode, long effective, string paddingText)
        {
            if (inputSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(inputSize), inputSize, "The input size must be at least 1.");
            }

            long output = PoolMath.OutputSize(inputSize, kernelSize, stride, begin, end, dilation, ceilMode);
            if (output < 1)
            {
                throw new ArgumentException(
                    $"An input of size {inputSize} padded by {paddingText} is shorter than the window ({effective} wide): there is no output.",
                    nameof(inputSize));
            }

            if (output > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(inputSize), inputSize, $"The output size {output} does not fit an int.");
            }

            return (int)output;
        }
    }
}
