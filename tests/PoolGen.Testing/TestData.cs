using System;
using System.Numerics;

namespace PoolGen.Testing
{
    /// <summary>Deterministic pseudo-random test inputs.</summary>
    public static class TestData
    {
        /// <summary>
        /// <paramref name="length"/> values of <typeparamref name="T"/>, the same for the same arguments (drawn from
        /// <c>new System.Random(seed)</c>).
        /// <list type="bullet">
        /// <item><c>float</c>/<c>double</c>/<c>Half</c>: with <paramref name="ties"/>, multiples of 0.25 in [-4, 4) (so maxima tie and
        /// sums are exact); otherwise uniform doubles in [-4, 4) converted to <typeparamref name="T"/>. With
        /// <paramref name="specials"/>, each element is replaced with probability 5% by one of NaN, +inf, -inf, -0.0,
        /// +0.0 (1% each). Half gets the same doubles rounded to Half (multiples of 0.25 in [-4, 4) are exact).</item>
        /// <item>Integer types: with <paramref name="ties"/>, small values repeated (-4..3 for signed types, 0..7 for
        /// unsigned), each element replaced with probability 5% by <c>MinValue</c> or <c>MaxValue</c>; otherwise
        /// uniform over the whole range of the type. <paramref name="specials"/> must be false.</item>
        /// </list>
        /// </summary>
        /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double, Half, byte, sbyte, short, ushort, int, uint, long or ulong.</exception>
        /// <exception cref="ArgumentException"><paramref name="specials"/> for an integer type.</exception>
        public static T[] Random<T>(int seed, int length, bool specials, bool ties)
            where T : unmanaged, INumber<T>
        {
            ArgumentOutOfRangeException.ThrowIfNegative(length);
            var random = new Random(seed);
            var values = new T[length];
            if (typeof(T) == typeof(float) || typeof(T) == typeof(double) || typeof(T) == typeof(Half))
            {
                for (int i = 0; i < length; i++)
                {
                    double value = ties ? random.Next(-16, 16) * 0.25 : (random.NextDouble() * 8.0) - 4.0;
                    if (specials && random.NextDouble() < 0.05)
                    {
                        value = random.Next(5) switch
                        {
                            0 => double.NaN,
                            1 => double.PositiveInfinity,
                            2 => double.NegativeInfinity,
                            3 => -0.0,
                            _ => 0.0,
                        };
                    }

                    values[i] = typeof(T) == typeof(float) ? (T)(object)(float)value
                        : typeof(T) == typeof(Half) ? (T)(object)(Half)value
                        : (T)(object)value;
                }

                return values;
            }

            if (!IsSupportedInteger<T>())
            {
                throw new NotSupportedException($"Element type {typeof(T)} is not supported.");
            }

            if (specials)
            {
                throw new ArgumentException($"Special values exist for float, double and Half only, not {typeof(T)}.", nameof(specials));
            }

            T min = T.CreateSaturating(Int128.MinValue);
            T max = T.CreateSaturating(UInt128.MaxValue);
            bool signed = min < T.Zero;
            var bytes = new byte[8];
            for (int i = 0; i < length; i++)
            {
                if (ties)
                {
                    values[i] = T.CreateChecked(signed ? random.Next(-4, 4) : random.Next(0, 8));
                    if (random.NextDouble() < 0.05)
                    {
                        values[i] = random.Next(2) == 0 ? min : max;
                    }
                }
                else
                {
                    // 64 uniform random bits, truncated to the width of T: uniform over its whole range.
                    random.NextBytes(bytes);
                    values[i] = T.CreateTruncating(BitConverter.ToUInt64(bytes));
                }
            }

            return values;
        }

        private static bool IsSupportedInteger<T>() =>
            typeof(T) == typeof(byte) || typeof(T) == typeof(sbyte)
            || typeof(T) == typeof(short) || typeof(T) == typeof(ushort)
            || typeof(T) == typeof(int) || typeof(T) == typeof(uint)
            || typeof(T) == typeof(long) || typeof(T) == typeof(ulong);
    }
}
