using System;
using System.Linq;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// The global average of the 2D row kernel (a window that covers the whole plane) adds in the order docs/semantics.md
    /// writes down, restated here on its own: the whole vectors of 8 floats (4 doubles) of the plane added in turn to
    /// lane accumulators from +0, the lanes added as a tree ((0+1)+(2+3))+((4+5)+(6+7)), then the remaining elements one
    /// by one; the scalar build (PoolGenVectorize false) adds in row-major order from +0. Bit for bit, for plane counts
    /// below, at and above a vector's count of planes (the vector path does 8 planes at once, the planes left over one at
    /// a time), so that every plane gets the same bits whichever path summed it.
    /// </summary>
    public sealed class PlaneSumOrderTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(7)]
        [InlineData(8)]
        [InlineData(9)]
        [InlineData(17)]
        [InlineData(64)]
        public void Float_GlobalAverage_AddsInTheDocumentedOrder(int channels)
        {
            float[] input = Data(channels * 49, channels, x => (float)x);
            float[] output = new float[channels];
            AverageKernels.Avg_k7(input, output, 1, channels, 7, 7);
            bool anyOrderMatters = false;
            for (int c = 0; c < channels; c++)
            {
                ReadOnlySpan<float> plane = input.AsSpan(c * 49, 49);
                float expected = Expected(plane, 8) / 49;
                Assert.True(BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(output[c]), $"plane {c}: {output[c]:R}, expected {expected:R}");
                anyOrderMatters |= Tree(plane, 8) != RowMajor(plane);
            }

            // The data make the orders differ somewhere (else this test could not tell them apart).
            Assert.True(channels < 8 || anyOrderMatters);
        }

        [Theory]
        [InlineData(3)]
        [InlineData(4)]
        [InlineData(11)]
        public void Double_GlobalAverage_AddsInTheDocumentedOrder(int channels)
        {
            double[] input = Data(channels * 49, channels + 100, x => x);
            double[] output = new double[channels];
            FixedShapeKernels.Fixed_Avg_7x7_Global(input, output, channels);
            for (int c = 0; c < channels; c++)
            {
                ReadOnlySpan<double> plane = input.AsSpan(c * 49, 49);
                double expected = Expected(plane, 4) / 49;
                Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(output[c]), $"plane {c}: {output[c]:R}, expected {expected:R}");
            }
        }

        /// <summary>Planes of -0.0 only: the sum starts from +0, so the average is +0.0 on every path.</summary>
        [Fact]
        public void NegativeZeros_AverageToPositiveZero()
        {
            float[] input = Enumerable.Repeat(-0.0f, 9 * 49).ToArray();
            float[] output = new float[9];
            AverageKernels.Avg_k7(input, output, 1, 9, 7, 7);
            Assert.All(output, x => Assert.Equal(0, BitConverter.SingleToInt32Bits(x)));
        }

#if POOLGEN_SCALAR_KERNELS
        private static T Expected<T>(ReadOnlySpan<T> plane, int lanes) where T : System.Numerics.IFloatingPointIeee754<T> => RowMajor(plane);
#else
        private static T Expected<T>(ReadOnlySpan<T> plane, int lanes) where T : System.Numerics.IFloatingPointIeee754<T> => Tree(plane, lanes);
#endif

        private static T RowMajor<T>(ReadOnlySpan<T> plane) where T : System.Numerics.IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
            foreach (T x in plane)
            {
                sum += x;
            }

            return sum;
        }

        private static T Tree<T>(ReadOnlySpan<T> plane, int lanes) where T : System.Numerics.IFloatingPointIeee754<T>
        {
            var lane = new T[lanes];
            Array.Fill(lane, T.Zero);
            int i = 0;
            for (; i + lanes <= plane.Length; i += lanes)
            {
                for (int k = 0; k < lanes; k++)
                {
                    lane[k] += plane[i + k];
                }
            }

            T sum = lanes == 8
                ? ((lane[0] + lane[1]) + (lane[2] + lane[3])) + ((lane[4] + lane[5]) + (lane[6] + lane[7]))
                : (lane[0] + lane[1]) + (lane[2] + lane[3]);
            for (; i < plane.Length; i++)
            {
                sum += plane[i];
            }

            return sum;
        }

        /// <summary>Values of mixed signs over six binary orders of magnitude: sums that round differently in different orders.</summary>
        private static T[] Data<T>(int length, int seed, Func<double, T> convert)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, length).Select(_ => convert((random.NextDouble() - 0.3) * Math.Pow(2, random.Next(-3, 4)))).ToArray();
        }
    }
}
