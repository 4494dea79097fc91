using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace PoolGen.Testing
{
    /// <summary>Element-wise comparison of results that throws a <see cref="ComparisonException"/> listing the mismatches.</summary>
    public static class Compare
    {
        private const int Listed = 5;

        /// <summary>
        /// Requires equal lengths and bit-identical elements: for <c>float</c>, <c>double</c> and <c>Half</c> the raw
        /// bits are compared (so <c>-0.0</c> differs from <c>+0.0</c>), except that any NaN equals any NaN whatever
        /// its sign and payload; integers compare by value.
        /// </summary>
        /// <exception cref="ComparisonException">The lengths or some elements differ; the message gives the number of
        /// mismatches, the first five (index, expected, actual) and <paramref name="context"/>.</exception>
        public static void Bitwise<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual, string context)
            where T : unmanaged, INumber<T>
        {
            Check(expected, actual, context, "bitwise", static (e, a) => BitwiseEqual(e, a));
        }

        /// <summary>
        /// Requires equal lengths and close elements, compared as <c>double</c> (<c>e</c> expected, <c>a</c> actual):
        /// NaN matches only NaN (any NaN); if either is infinite, both must be the same infinity; otherwise
        /// <c>|e - a| &lt;= max(relTol * |e|, 1e-30)</c>. The sign of zero is not checked.
        /// </summary>
        /// <exception cref="ComparisonException">The lengths or some elements differ; the message gives the number of
        /// mismatches, the first five (index, expected, actual) and <paramref name="context"/>.</exception>
        public static void Close<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual, double relTol, string context)
            where T : unmanaged, INumber<T>
        {
            Check(expected, actual, context, $"relTol {relTol.ToString("R", CultureInfo.InvariantCulture)}", (e, a) => CloseEnough(double.CreateChecked(e), double.CreateChecked(a), relTol));
        }

        /// <summary>
        /// For sums taken in another order: like <see cref="Close{T}"/>, but element i may differ by
        /// <c>tol * scale[i]</c>, where <paramref name="scale"/> is the same average taken over the absolute values of
        /// the taps. Reordering a sum of n terms moves it by at most about n * epsilon * sum |term|, so this bound holds
        /// for any order, also where the terms cancel and the result is near zero.
        /// </summary>
        public static void CloseToScale<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual, ReadOnlySpan<T> scale, double tol, string context)
            where T : unmanaged, INumber<T>
        {
            if (scale.Length != expected.Length)
            {
                throw new ComparisonException($"{context}: {scale.Length} scales for {expected.Length} elements.");
            }

            T[] scales = scale.ToArray();
            int index = 0;
            Check(expected, actual, context, $"|e - a| <= {tol.ToString("R", CultureInfo.InvariantCulture)} * average |tap|", (e, a) =>
            {
                double bound = tol * double.CreateChecked(scales[index++]);
                return CloseEnough(double.CreateChecked(e), double.CreateChecked(a), 0) ||
                    (double.IsFinite(double.CreateChecked(e)) && double.IsFinite(double.CreateChecked(a)) &&
                     Math.Abs(double.CreateChecked(e) - double.CreateChecked(a)) <= bound);
            });
        }

        private static void Check<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual, string context, string rule, Func<T, T, bool> equal)
            where T : unmanaged, INumber<T>
        {
            if (expected.Length != actual.Length)
            {
                throw new ComparisonException($"{context}: expected {expected.Length} elements, got {actual.Length}.");
            }

            int mismatches = 0;
            var listed = new List<string>();
            for (int i = 0; i < expected.Length; i++)
            {
                if (!equal(expected[i], actual[i]))
                {
                    mismatches++;
                    if (listed.Count < Listed)
                    {
                        listed.Add($"  [{i}] expected {Format(expected[i])}, actual {Format(actual[i])}");
                    }
                }
            }

            if (mismatches > 0)
            {
                var message = new StringBuilder();
                message.Append(CultureInfo.InvariantCulture, $"{context}: {mismatches} of {expected.Length} elements differ ({typeof(T).Name}, {rule})");
                message.AppendLine(mismatches > Listed ? $"; the first {Listed}:" : ":");
                message.AppendJoin(Environment.NewLine, listed);
                throw new ComparisonException(message.ToString());
            }
        }

        private static bool BitwiseEqual<T>(T expected, T actual)
            where T : unmanaged, INumber<T>
        {
            if (T.IsNaN(expected) && T.IsNaN(actual))
            {
                return true;
            }

            return Bits(expected) == Bits(actual);
        }

        private static bool CloseEnough(double expected, double actual, double relTol)
        {
            if (double.IsNaN(expected) || double.IsNaN(actual))
            {
                return double.IsNaN(expected) && double.IsNaN(actual);
            }

            if (double.IsInfinity(expected) || double.IsInfinity(actual))
            {
                return expected == actual;
            }

            return Math.Abs(expected - actual) <= Math.Max(relTol * Math.Abs(expected), 1e-30);
        }

        /// <summary>The raw bits of a floating-point value; integers as themselves (two's complement, zero-extended).</summary>
        private static ulong Bits<T>(T value)
            where T : unmanaged, INumber<T>
        {
            if (typeof(T) == typeof(float)) return (uint)BitConverter.SingleToInt32Bits((float)(object)value);
            if (typeof(T) == typeof(double)) return (ulong)BitConverter.DoubleToInt64Bits((double)(object)value);
            if (typeof(T) == typeof(Half)) return (ushort)BitConverter.HalfToInt16Bits((Half)(object)value);
            if (typeof(T) == typeof(sbyte)) return (byte)(sbyte)(object)value;
            if (typeof(T) == typeof(byte)) return (byte)(object)value;
            if (typeof(T) == typeof(short)) return (ushort)(short)(object)value;
            if (typeof(T) == typeof(ushort)) return (ushort)(object)value;
            if (typeof(T) == typeof(int)) return (uint)(int)(object)value;
            if (typeof(T) == typeof(uint)) return (uint)(object)value;
            if (typeof(T) == typeof(long)) return (ulong)(long)(object)value;
            if (typeof(T) == typeof(ulong)) return (ulong)(object)value;
            throw new NotSupportedException($"Element type {typeof(T)} is not supported.");
        }

        private static string Format<T>(T value)
            where T : unmanaged, INumber<T>
        {
            string text = value switch
            {
                float f => f.ToString("R", CultureInfo.InvariantCulture),
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                _ => value.ToString(null, CultureInfo.InvariantCulture),
            };
            return typeof(T) == typeof(float) || typeof(T) == typeof(double) || typeof(T) == typeof(Half)
                ? string.Create(CultureInfo.InvariantCulture, $"{text} (0x{Bits(value):X})")
                : text;
        }
    }
}
