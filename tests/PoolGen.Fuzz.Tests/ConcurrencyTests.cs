using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Threading;
using PoolGen.Testing;

namespace PoolGen.Fuzz.Tests
{
    /// <summary>
    /// The same kernel called from many threads at once, each on buffers of its own, gives exactly the serial results:
    /// the kernels hold no shared mutable state. Over the hand-picked and the drawn kernels of <see cref="KernelSet"/>.
    /// </summary>
    public sealed class ConcurrencyTests(KernelSet kernels) : IClassFixture<KernelSet>
    {
        private const int Threads = 8;
        private const int Rounds = 6;

        public static TheoryData<int, bool> All => KernelSet.All();

        /// <summary>The two paths really differ: vector code on the default path, none with PoolGenVectorize=false.</summary>
        [Fact]
        public void TheKernelSet_HasVectorKernelsOnTheVectorPathOnly()
        {
            Assert.True(kernels.VectorSources.Count(s => s.Contains("Vector256<", StringComparison.Ordinal)) >= kernels.Programs.Length / 2);
            Assert.DoesNotContain(kernels.ScalarSources, s => s.Contains("Vector256<", StringComparison.Ordinal));
        }

        [Theory]
        [MemberData(nameof(All))]
        public void ManyThreadsAtOnce_GiveTheSerialResults(int index, bool vectorize) =>
            Elements.Dispatch(kernels.Programs[index], index, new Action(kernels, vectorize));

        private sealed class Action(KernelSet kernels, bool vectorize) : IElementAction
        {
            public void Run<T>(PoolProgram p, int index)
                where T : unmanaged, INumber<T>
            {
                Entry<T> entry = kernels.Entry<T>(index, vectorize);

                // One job per thread: its own shape (several sizes), input and output.
                var jobs = new List<(RunShape Shape, T[] Input, int OutputLength, T[] Serial)>();
                var random = new Random(p.Seed);
                for (int t = 0; t < Threads; t++)
                {
                    RunShape shape = KernelSet.ValidShape(p, 100 + t) with
                    {
                        Batch = random.Next(1, 4),
                        Channels = random.Next(1, 4),
                        Height = PoolProgram.MinimumInput(p, 'H') + random.Next(0, 20),
                        Width = PoolProgram.MinimumInput(p, 'W') + random.Next(0, 40),
                    };
                    (int n, int c, int h, int w) = FuzzRunner.Effective(p, shape);
                    int outputLength = n * c * p.OutputSizeOf('H', h) *
                        p.OutputSizeOf('W', w);
                    T[] input = TestData.Random<T>(shape.DataSeed, n * c * h * w, p.IsFloatingPoint, false);
                    T[] serial = new T[outputLength];
                    entry(input, 0, input.Length, serial, 0, outputLength, shape.Batch, shape.Channels, shape.Height, shape.Width);
                    jobs.Add((shape, input, outputLength, serial));
                }

                var errors = new List<string>();
                using var start = new Barrier(Threads);
                var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
                {
                    (RunShape shape, T[] input, int outputLength, T[] serial) = jobs[t];
                    var output = new T[outputLength];
                    start.SignalAndWait();
                    for (int round = 0; round < Rounds; round++)
                    {
                        Array.Clear(output);
                        entry(input, 0, input.Length, output, 0, outputLength, shape.Batch, shape.Channels, shape.Height, shape.Width);
                        if (!FuzzRunner.Same<T>(output, serial))
                        {
                            lock (errors)
                            {
                                errors.Add($"thread {t}, round {round}, {shape}: differs from the serial result");
                            }
                        }
                    }
                })).ToList();
                threads.ForEach(thread => thread.Start());
                threads.ForEach(thread => thread.Join());
                Assert.True(errors.Count == 0, $"{(vectorize ? "vector" : "scalar")} path, {p}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
            }
        }
    }
}
