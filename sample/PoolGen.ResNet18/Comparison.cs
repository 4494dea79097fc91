using System;
using System.Globalization;

namespace PoolGen.ResNet18
{
    /// <summary>
    /// PoolGen's values against ONNX Runtime's: bit for bit (max pooling, and the activations ORT computes from
    /// identical inputs), or within a bound per element (average pooling).
    /// </summary>
    internal sealed class Comparison
    {
        private Comparison(string rule, int count, int differ, double maxAbsDiff, double boundAtMax, int outside)
        {
            Rule = rule;
            Count = count;
            Differ = differ;
            MaxAbsDiff = maxAbsDiff;
            BoundAtMax = boundAtMax;
            Outside = outside;
        }

        /// <summary>How the values were compared: "bitwise" or the bound's formula.</summary>
        public string Rule { get; }

        public int Count { get; }

        /// <summary>Elements whose bits differ.</summary>
        public int Differ { get; }

        /// <summary>The largest absolute difference (NaN against a number counts as infinite).</summary>
        public double MaxAbsDiff { get; }

        /// <summary>The bound at the element of <see cref="MaxAbsDiff"/> (0 for a bitwise comparison).</summary>
        public double BoundAtMax { get; }

        /// <summary>Elements outside their bound (for a bitwise comparison, those that differ).</summary>
        public int Outside { get; }

        public bool Equal => Outside == 0;

        public bool IsBitwise => Rule == "bitwise";

        /// <summary>Same bits in every element (NaN payloads included).</summary>
        public static Comparison Bitwise(ReadOnlySpan<float> actual, ReadOnlySpan<float> expected)
        {
            Check(actual, expected);
            int differ = 0;
            double maxDiff = 0;
            for (int i = 0; i < actual.Length; i++)
            {
                if (BitConverter.SingleToInt32Bits(actual[i]) != BitConverter.SingleToInt32Bits(expected[i]))
                {
                    differ++;
                    maxDiff = Math.Max(maxDiff, Diff(actual[i], expected[i]));
                }
            }

            return new Comparison("bitwise", actual.Length, differ, maxDiff, 0, differ);
        }

        /// <summary>
        /// Average pooling over windows of at most <paramref name="taps"/> taps, planes of <paramref name="planeSize"/>
        /// input elements giving <paramref name="outputsPerPlane"/> outputs each (channels first). Two float means of the
        /// same n taps, each a sum in any order then a division (or a multiplication by 1/n), differ by at most
        /// 2(n+1)u max|x| with u = 2^-24 and x the window's taps (the textbook bound for recursive summation, (n-1)u
        /// times the sum of |x|, plus the rounding of the division, for each of the two); the largest |x| of the
        /// whole input plane stands in for the window's. NaN must meet NaN.
        /// </summary>
        public static Comparison Average(ReadOnlySpan<float> actual, ReadOnlySpan<float> expected, ReadOnlySpan<float> input, int planeSize, int outputsPerPlane, int taps)
        {
            Check(actual, expected);
            if (input.Length / planeSize * outputsPerPlane != actual.Length)
            {
                throw new ArgumentException($"{input.Length} inputs in planes of {planeSize} do not give {actual.Length} outputs of {outputsPerPlane} per plane.");
            }

            double factor = 2.0 * (taps + 1) * Math.Pow(2, -24);
            int differ = 0, outside = 0;
            double maxDiff = 0, boundAtMax = 0;
            for (int plane = 0; plane < actual.Length / outputsPerPlane; plane++)
            {
                float largest = 0;
                foreach (float x in input.Slice(plane * planeSize, planeSize))
                {
                    largest = Math.Max(largest, Math.Abs(x));
                }

                double bound = factor * largest;
                for (int i = plane * outputsPerPlane; i < (plane + 1) * outputsPerPlane; i++)
                {
                    if (BitConverter.SingleToInt32Bits(actual[i]) == BitConverter.SingleToInt32Bits(expected[i]))
                    {
                        continue;
                    }

                    differ++;
                    if (float.IsNaN(actual[i]) && float.IsNaN(expected[i]))
                    {
                        continue;
                    }

                    double diff = Diff(actual[i], expected[i]);
                    if (diff > bound)
                    {
                        outside++;
                    }

                    if (diff > maxDiff || (diff == maxDiff && bound < boundAtMax))
                    {
                        maxDiff = diff;
                        boundAtMax = bound;
                    }
                }
            }

            return new Comparison($"|d| <= 2(n+1)*2^-24*max|x| of the input plane, n = {taps} taps", actual.Length, differ, maxDiff, boundAtMax, outside);
        }

        /// <summary>Within <paramref name="relative"/> times the largest |expected| (for values computed after the last pool).</summary>
        public static Comparison Relative(ReadOnlySpan<float> actual, ReadOnlySpan<float> expected, double relative)
        {
            Check(actual, expected);
            float largest = 0;
            foreach (float x in expected)
            {
                largest = Math.Max(largest, Math.Abs(x));
            }

            double bound = relative * largest;
            int differ = 0, outside = 0;
            double maxDiff = 0;
            for (int i = 0; i < actual.Length; i++)
            {
                if (BitConverter.SingleToInt32Bits(actual[i]) != BitConverter.SingleToInt32Bits(expected[i]))
                {
                    differ++;
                    double diff = Diff(actual[i], expected[i]);
                    outside += diff > bound ? 1 : 0;
                    maxDiff = Math.Max(maxDiff, diff);
                }
            }

            return new Comparison($"|d| <= {relative.ToString("G", CultureInfo.InvariantCulture)}*max|ORT|", actual.Length, differ, maxDiff, bound, outside);
        }

        /// <summary>"bitwise, 0 of 200,704 differ" or "max |d| 2.4E-07 (bound 3.1E-05), 12 of 512 differ".</summary>
        public override string ToString() => IsBitwise
            ? $"{(Equal ? "yes" : "NO")}: bitwise, {Differ:N0} of {Count:N0} differ" + (Differ > 0 ? $", max |d| {Format(MaxAbsDiff)}" : string.Empty)
            : $"{(Equal ? "yes" : "NO")}: max |d| {Format(MaxAbsDiff)}" + (Differ > 0 ? $" (bound there {Format(BoundAtMax)})" : string.Empty) + $", {Differ:N0} of {Count:N0} not bitwise" + (Outside > 0 ? $", {Outside:N0} outside the bound" : string.Empty);

        public static string Format(double value) => value.ToString("0.0E+00", CultureInfo.InvariantCulture);

        private static double Diff(float a, float b) => float.IsNaN(a) || float.IsNaN(b) ? double.PositiveInfinity : Math.Abs((double)a - b);

        private static void Check(ReadOnlySpan<float> actual, ReadOnlySpan<float> expected)
        {
            if (actual.Length != expected.Length)
            {
                throw new ArgumentException($"{actual.Length} values compared with {expected.Length}.");
            }
        }
    }
}
