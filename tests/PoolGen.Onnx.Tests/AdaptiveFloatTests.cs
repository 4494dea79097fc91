using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;
using Xunit.Abstractions;

namespace PoolGen.Onnx.Tests
{
    /// <summary>What <see cref="AdaptiveFloatTests"/> counts.</summary>
    internal sealed class AdaptiveFloatStats
    {
        // Counters only, as fields: shapes run, of them global and channels first with a plane count not a multiple of 4;
        // outputs, held bit for bit, held to the bound, of those different; the largest differences seen.
        public int Shapes, Global, PlanesNotMultipleOfFour, Outputs, Bitwise, Bounded, BoundedAndDifferent;
        public long MaxUlps, MaxUlpsExactSums;
        public double MaxBoundUsed;

        public override string ToString() =>
            $"{Shapes} shapes ({Global} global, {PlanesNotMultipleOfFour} channels first with a plane count not a multiple of 4), {Outputs} outputs: " +
            $"{Bitwise} held to ONNX Runtime bit for bit, {Bounded} to the bound ({BoundedAndDifferent} of them differ, by at most {MaxUlps} ulps, " +
            $"{MaxUlpsExactSums} with exact sums, using at most {MaxBoundUsed:P1} of the bound)";
    }

    /// <summary>One kernel of <see cref="AdaptiveFloatKernels"/>.</summary>
    internal interface IAdaptiveFloatKernel
    {
        string Name { get; }

        PoolKind Kind { get; }

        /// <summary>
        /// Runs the kernel on its shapes, random data and exact-sum data, and compares with ONNX Runtime; returns the
        /// first mismatch (null when none). <paramref name="shiftOrt"/> feeds ONNX Runtime the input moved by one element.
        /// </summary>
        string? Check(AdaptiveFloatStats stats, int seed, bool shiftOrt = false);
    }

    /// <summary>A generated float or double adaptive kernel (average or max) and its attribute as data.</summary>
    internal sealed class AdaptiveFloatKernel<T>(string name, PoolKind kind, int[] outputSize, PoolLayout layout, int[]? fixedSpatial, QuantizedRun<T> run) : IAdaptiveFloatKernel
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        /// <summary>(batch, channels) pairs: 13 and 5 planes leave a remainder after the channels-first path's groups of 4 planes.</summary>
        private static readonly (int Batch, int Channels)[] Planes = [(2, 13), (3, 4), (1, 1), (2, 5), (1, 16), (2, 3)];

        public string Name => name;

        public PoolKind Kind => kind;

        private int Rank => outputSize.Length;

        private bool Global => outputSize.All(m => m == 1);

        public override string ToString() => $"{name}: {kind} OutputSize [{string.Join("x", outputSize)}] {layout} {typeof(T).Name}";

        public string? Check(AdaptiveFloatStats stats, int seed, bool shiftOrt = false)
        {
            var random = new Random(seed);
            int shape = 0;
            foreach (int[] spatial in Spatials())
            {
                foreach ((int batch, int channels) in new[] { Planes[0], Planes[1 + (shape++ % (Planes.Length - 1))] })
                {
                    foreach (bool exact in new[] { false, true })
                    {
                        string? failure = Compare(random, batch, channels, spatial, exact, stats, shiftOrt);
                        if (failure is not null)
                        {
                            return failure;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The input sizes: the fixed ones, else m times a factor per axis (several n that m divides: m = 7 runs n = 7, 14,
        /// 21, 28, 42); for output size 1 everywhere, plane sizes of 4 to 19 per axis.
        /// </summary>
        private IEnumerable<int[]> Spatials()
        {
            if (fixedSpatial is not null)
            {
                return [fixedSpatial];
            }

            int[][] factors = Rank switch
            {
                1 => [[1], [2], [3], [4], [6]],
                2 => [[1, 1], [2, 2], [3, 3], [2, 3], [4, 1], [1, 4]],
                _ => [[1, 1, 1], [2, 2, 2], [1, 2, 3], [2, 1, 1]],
            };
            return factors.Select(f => Global ? f.Select(x => (3 * x) + 1).ToArray() : f.Zip(outputSize, (x, m) => x * m).ToArray());
        }

        private string? Compare(Random random, int batch, int channels, int[] spatial, bool exact, AdaptiveFloatStats stats, bool shiftOrt)
        {
            int length = batch * channels * spatial.Aggregate(1, (a, b) => a * b);
            T[] input = Enumerable.Range(0, length)
                .Select(_ => exact ? T.CreateChecked(random.Next(-8, 9)) : T.CreateChecked((random.NextDouble() * 2) - 1))
                .ToArray();
            var actual = new T[batch * channels * outputSize.Aggregate(1, (a, b) => a * b)];
            run(input, actual, batch, channels, spatial);

            T[] ortInput = shiftOrt ? input.Skip(1).Append(input[0]).ToArray() : input;
            byte[] model = AdaptiveFloatTests.Model<T>(kind, batch, channels, spatial, outputSize, layout);
            T[] ort = Ort.Run(model, ortInput, new PoolCase(batch, channels, spatial, layout, PoolSpecND.GlobalOf(kind, Rank), PoolAutoPad.NotSet, default).InputShape, "y")[0].As<T>();
            if (ort.Length != actual.Length)
            {
                return $"{this}, N{batch} C{channels} [{string.Join("x", spatial)}]: {actual.Length} outputs, ONNX Runtime gives {ort.Length}.";
            }

            stats.Shapes++;
            stats.Global += Global ? 1 : 0;
            stats.PlanesNotMultipleOfFour += layout == PoolLayout.Nchw && batch * channels > 4 && batch * channels % 4 != 0 ? 1 : 0;
            int[] window = Global ? spatial : spatial.Zip(outputSize, (n, m) => n / m).ToArray();
            for (int i = 0; i < actual.Length; i++)
            {
                stats.Outputs++;
                string? failure = kind == PoolKind.Max
                    ? Bitwise(actual[i], ort[i], stats)
                    : Average(actual[i], ort[i], AbsoluteSum(input, i, batch, channels, spatial, window), window, exact, stats);
                if (failure is not null)
                {
                    return $"{this}, N{batch} C{channels} [{string.Join("x", spatial)}] {(exact ? "exact-sum" : "random")} data: output {i} of {actual.Length} {failure}";
                }
            }

            return null;
        }

        private static string? Bitwise(T actual, T ort, AdaptiveFloatStats stats)
        {
            stats.Bitwise++;
            return Bits(actual) == Bits(ort) ? null : $"is {actual:R}, ONNX Runtime gives {ort:R}.";
        }

        /// <summary>The rule of <see cref="AdaptiveFloatTests.AverageMatchesOnnxRuntimeAveragePoolWithinTheBound"/>.</summary>
        private string? Average(T actual, T ort, double absoluteSum, int[] window, bool exact, AdaptiveFloatStats stats)
        {
            // The sums are the same float when they are exact, or when both add in row-major order: PoolGen always (not
            // global), MLAS in 1D and where it takes its generic kernels (last stride above 2 or a window above 32), not in
            // its vector kernels (columns first) or its global kernel (4 lanes).
            bool sameSum = exact || (!Global && (Rank == 1 || window[^1] > 2 || window.Any(k => k > 32)));
            int count = window.Aggregate(1, (a, b) => a * b);
            int roundedDivisions = Global ? (IsPowerOfTwo(count) ? 0 : 1) : window.Count(k => !IsPowerOfTwo(k));
            if (sameSum && roundedDivisions <= 1)
            {
                return Bitwise(actual, ort, stats);
            }

            double u = typeof(T) == typeof(float) ? Math.ScaleB(1, -24) : Math.ScaleB(1, -53);
            double Gamma(int n) => n * u / (1 - (n * u));
            double relative = (sameSum ? 0 : 2 * Gamma(count - 1)) + ((Gamma(roundedDivisions) + (IsPowerOfTwo(count) ? 0 : u)) * (1 + Gamma(count - 1)));
            double bound = relative * absoluteSum / count * (1 + 1e-9);
            double difference = Math.Abs(double.CreateChecked(actual) - double.CreateChecked(ort));
            stats.Bounded++;
            if (difference > 0)
            {
                stats.BoundedAndDifferent++;
                stats.MaxUlps = Math.Max(stats.MaxUlps, Math.Abs(Bits(actual) - Bits(ort)));
                stats.MaxUlpsExactSums = exact ? Math.Max(stats.MaxUlpsExactSums, Math.Abs(Bits(actual) - Bits(ort))) : stats.MaxUlpsExactSums;
                stats.MaxBoundUsed = Math.Max(stats.MaxBoundUsed, difference / bound);
            }

            return difference <= bound ? null : $"is {actual:R}, ONNX Runtime gives {ort:R}: {difference:R} apart, above the bound {bound:R}.";
        }

        private static bool IsPowerOfTwo(int value) => (value & (value - 1)) == 0;

        /// <summary>The bits of the value in its own width (for float, the int of the float: ulps apart is the difference).</summary>
        private static long Bits(T value) => typeof(T) == typeof(float)
            ? BitConverter.SingleToInt32Bits(float.CreateChecked(value))
            : BitConverter.DoubleToInt64Bits(double.CreateChecked(value));

        /// <summary>The sum of |x| over the window of output <paramref name="index"/> (window n/m, stride n/m), in double.</summary>
        private double AbsoluteSum(T[] input, int index, int batch, int channels, int[] spatial, int[] window)
        {
            int[] output = Global ? Enumerable.Repeat(1, Rank).ToArray() : outputSize;
            int outputPlane = output.Aggregate(1, (a, b) => a * b);
            int b, c, position;
            if (layout == PoolLayout.Nchw)
            {
                (b, c, position) = (index / (channels * outputPlane), index / outputPlane % channels, index % outputPlane);
            }
            else
            {
                (b, c, position) = (index / (channels * outputPlane), index % channels, index / channels % outputPlane);
            }

            var start = new int[Rank];
            for (int axis = Rank - 1; axis >= 0; axis--)
            {
                start[axis] = position % output[axis] * window[axis];
                position /= output[axis];
            }

            double sum = 0;
            int taps = window.Aggregate(1, (x, y) => x * y);
            int plane = spatial.Aggregate(1, (x, y) => x * y);
            for (int tap = 0; tap < taps; tap++)
            {
                int flat = 0, rest = tap, scale = 1;
                for (int axis = Rank - 1; axis >= 0; axis--)
                {
                    flat += (start[axis] + (rest % window[axis])) * scale;
                    rest /= window[axis];
                    scale *= spatial[axis];
                }

                int at = layout == PoolLayout.Nchw ? (((b * channels) + c) * plane) + flat : (((b * plane) + flat) * channels) + c;
                sum += Math.Abs(double.CreateChecked(input[at]));
            }

            return sum;
        }
    }

    /// <summary>
    /// PoolGen's float and double adaptive kernels (<see cref="AdaptiveFloatKernels"/>) against ONNX Runtime's CPU pooling
    /// where the output size m divides the input size n on every axis: window o then covers [o*n/m, (o+1)*n/m), which is
    /// AveragePool / MaxPool with kernel_shape = strides = n/m and no padding (output size 1 everywhere: GlobalAveragePool /
    /// GlobalMaxPool). Channels last, the graph transposes to channels first and back. ORT's CPU AveragePool and
    /// GlobalAveragePool take float only (double: MaxPool only), so the double kernels here are max.
    /// </summary>
    public sealed class AdaptiveFloatTests(ITestOutputHelper output)
    {
        public static TheoryData<string> Maxima() => new(AdaptiveFloatKernels.All.Where(k => k.Kind == PoolKind.Max).Select(k => k.Name));

        public static TheoryData<string> Averages() => new(AdaptiveFloatKernels.All.Where(k => k.Kind == PoolKind.Average).Select(k => k.Name));

        /// <summary>Max (and GlobalMaxPool for output size 1): bit for bit, random and small-integer data.</summary>
        [Theory]
        [MemberData(nameof(Maxima))]
        public void MaxEqualsOnnxRuntimeMaxPool(string name) => Check(name);

        /// <summary>
        /// Average against AveragePool (GlobalAveragePool for output size 1). PoolGen sums the window's K taps in row-major
        /// order and divides by each axis's length in turn (<c>sum / kD / kH / kW</c>, docs/semantics.md "Adaptive pooling"),
        /// a power-of-two length by an exact multiplication; ONNX Runtime (MLAS <c>MlasPool</c>) sums in its own order and
        /// divides once, <c>sum / (float)K</c>. Dividing by a power of two is exact, so when both sums are the same float
        /// (exact-sum data; or both in row-major order: 1D and MLAS's generic kernels, last stride above 2) and at most one
        /// axis length is not a power of two, both give the one correctly rounded <c>sum / K</c>: bit for bit, which covers
        /// every power-of-two window (2x2, 4, ...) and every 1D window but the global one. Otherwise, with u = 2^-24 (float), gamma(n) =
        /// n u / (1 - n u), A the sum of |x| over the window and q the number of divisions PoolGen rounds (axes whose
        /// length is not a power of two; 1 for a global window of other than a power of two), each sum is within
        /// gamma(K-1) A of the exact one whatever the order of the additions, PoolGen's quotients add at most gamma(q)
        /// relative, ORT's one division at most u, so
        /// <c>|poolgen - ort| &lt;= (2 gamma(K-1) [sums in different orders] + (gamma(q) + u [K not a power of two]) (1 + gamma(K-1))) A / K</c>.
        /// For exact sums and windows such as 3x3 this is (gamma(2) + u) |mean|, under 3 ulps of the mean; for positive data
        /// the sum terms make it about 2K ulps, a bound the measured differences stay far below (the output says by how much).
        /// </summary>
        [Theory]
        [MemberData(nameof(Averages))]
        public void AverageMatchesOnnxRuntimeAveragePoolWithinTheBound(string name) => Check(name);

        /// <summary>
        /// Over every average kernel: outputs held bit for bit and outputs held to the bound both occur, some of the latter do
        /// differ (so the bound is needed), and the global path and channels-first plane counts of 13 and 5 run.
        /// </summary>
        [Fact]
        public void TheAverageChecksMeetBothRules()
        {
            var stats = new AdaptiveFloatStats();
            foreach (IAdaptiveFloatKernel kernel in AdaptiveFloatKernels.All.Where(k => k.Kind == PoolKind.Average))
            {
                Assert.Null(kernel.Check(stats, Seed(kernel.Name)));
            }

            output.WriteLine(stats.ToString());
            Assert.True(stats.Bitwise > 0 && stats.Bounded > 0 && stats.BoundedAndDifferent > 0, stats.ToString());
            Assert.True(stats.Global > 0 && stats.PlanesNotMultipleOfFour > 0, stats.ToString());
        }

        /// <summary>The comparison can fail: every kernel checked against ONNX Runtime fed the input moved by one element differs.</summary>
        [Fact]
        public void AShiftedInputIsCaught()
        {
            foreach (IAdaptiveFloatKernel kernel in AdaptiveFloatKernels.All)
            {
                string? failure = kernel.Check(new AdaptiveFloatStats(), Seed(kernel.Name), shiftOrt: true);
                Assert.True(failure is not null, $"{kernel}: no difference found with the input shifted");
                output.WriteLine(failure);
            }
        }

        /// <summary>
        /// Why the double kernels here are max only: ONNX Runtime's CPU provider has no double AveragePool or
        /// GlobalAveragePool (it rejects the model), while MaxPool takes double (the double max kernels above).
        /// </summary>
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        public void OnnxRuntimeHasNoDoubleAveragePool(int outputSize)
        {
            byte[] model = Model<double>(PoolKind.Average, 1, 2, [4, 4], [outputSize, outputSize], PoolLayout.Nchw);
            Assert.ThrowsAny<Microsoft.ML.OnnxRuntime.OnnxRuntimeException>(() => Ort.Run(model, new double[32], [1, 2, 4, 4], "y"));
        }

        /// <summary>
        /// x -> [Transpose to channels first] -> AveragePool / MaxPool (kernel_shape = strides = n/m, no padding), or
        /// GlobalAveragePool / GlobalMaxPool when every output size is 1 -> [Transpose back] -> y.
        /// </summary>
        internal static byte[] Model<T>(PoolKind kind, int batch, int channels, int[] spatial, int[] outputSize, PoolLayout layout)
        {
            int rank = spatial.Length;
            bool global = outputSize.All(m => m == 1), last = layout == PoolLayout.Nhwc;
            int[] window = spatial.Zip(outputSize, (n, m) => n / m).ToArray();
            var @case = new PoolCase(batch, channels, spatial, layout, new PoolSpecND(kind, window, (int[])window.Clone(), new int[rank], Enumerable.Repeat(1, rank).ToArray(), false, false) { PaddingEnd = new int[rank] }, PoolAutoPad.NotSet, default);
            var graph = new OnnxGraph();
            int type = OnnxGraph.ElementType<T>();
            graph.Input("x", type, @case.InputShape);
            graph.Output("y", type);
            if (last)
            {
                graph.ToChannelsFirst("x", "x_nchw", rank);
            }

            string op = (global ? "Global" : "") + (kind == PoolKind.Max ? "MaxPool" : "AveragePool");
            OnnxGraph.Node node = graph.Add(op, [last ? "x_nchw" : "x"], [last ? "y_nchw" : "y"]);
            if (!global)
            {
                @case.WindowAttributes(node);
            }

            if (last)
            {
                graph.ToChannelsLast("y_nchw", "y", rank);
            }

            return graph.ToModel();
        }

        private static int Seed(string name) => 7001 + Array.FindIndex(AdaptiveFloatKernels.All, k => k.Name == name);

        private void Check(string name)
        {
            IAdaptiveFloatKernel kernel = AdaptiveFloatKernels.All.Single(k => k.Name == name);
            var stats = new AdaptiveFloatStats();
            string? failure = kernel.Check(stats, Seed(name));
            output.WriteLine($"{kernel}: {stats}");
            Assert.True(failure is null, failure);
        }
    }
}
