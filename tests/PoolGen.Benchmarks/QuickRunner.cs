using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// The quick mode: a Stopwatch loop without BenchmarkDotNet, about a minute for all cases. Each contestant is
    /// warmed up for at least <see cref="WarmUpMilliseconds"/> (long enough for tiered compilation to promote it
    /// to tier 1), then the four contestants run in interleaved batches of about <see cref="BatchMilliseconds"/>
    /// each, so that a slow phase of a noisy machine hits all of them alike; the report is the median batch.
    /// </summary>
    internal static class QuickRunner
    {
        private const int WarmUpMilliseconds = 200;
        private const int BatchMilliseconds = 75;
        private const int Batches = 15;
        private static readonly string[] Contestants = { "PoolGen", "naive", "ORT", "copy" };

        /// <summary>Runs the cases whose name contains one of <paramref name="filters"/> (all cases when there is none).</summary>
        public static int Run(IReadOnlyCollection<string> filters)
        {
            var total = Stopwatch.StartNew();
            Console.WriteLine($"PoolGen quick benchmark: .NET {Environment.Version}, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.ProcessArchitecture}, " +
                $"{Environment.ProcessorCount} cores, AVX2 {Avx2.IsSupported}, AVX-512 {Avx512F.IsSupported}, ONNX Runtime {OrtPool<float>.Version} (1 thread, opset {OnnxModel.Opset})");
            Console.WriteLine($"Times are microseconds per call, the median of {Batches} interleaved batches of ~{BatchMilliseconds} ms, after >= {WarmUpMilliseconds} ms of warm-up per contestant");
            Console.WriteLine($"and until the JIT is quiet for 100 ms. Load average at start: {LoadAverage()}.");
            Console.WriteLine("copy = Span<byte>.CopyTo of (input + output bytes) / 2, i.e. the same bytes read plus written as the kernel must move; roofline = copy / PoolGen.");
            Console.WriteLine();
            string header = string.Format(CultureInfo.InvariantCulture, "{0,-40} {1,10} {2,10} {3,10} {4,10} {5,8} {6,9} {7,9}",
                "case", "PoolGen us", "naive us", "ORT us", "copy us", "ORT/PG", "naive/PG", "roofline");
            Console.WriteLine(header);
            Console.WriteLine(new string('-', header.Length));

            var allocated = new long[Contestants.Length];
            var calls = new long[Contestants.Length];
            for (int c = 0; c < Cases.All.Count; c++)
            {
                BenchmarkCase spec = Cases.All[c];
                if (filters.Count > 0 && !filters.Any(filter => spec.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                using IPoolCase poolCase = Cases.Create(spec);
                try
                {
                    poolCase.Verify();
                }
                catch (VerificationException e)
                {
                    Console.Out.Flush();
                    Console.Error.WriteLine($"VERIFICATION FAILED, aborting: {e.Message}");
                    return 1;
                }

                double[] micros = Measure(poolCase, allocated, calls);
                double poolGen = micros[0], naive = micros[1], ort = spec.HasOrt ? micros[2] : double.NaN, copy = micros[3]; // NaN: no ORT node.
                // A case without an ONNX Runtime node prints "-" in its ORT columns.
                string ortTime = spec.HasOrt ? ort.ToString("F1", CultureInfo.InvariantCulture) : "-";
                string ortRatio = spec.HasOrt ? (ort / poolGen).ToString("F2", CultureInfo.InvariantCulture) + "x" : "-";
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-40} {1,10:F1} {2,10:F1} {3,10} {4,10:F1} {5,8} {6,8:F2}x {7,9:F2}",
                    $"{c + 1}. {spec.Description}", poolGen, naive, ortTime, copy, ortRatio, naive / poolGen, copy / poolGen));
            }

            Console.WriteLine();
            Console.WriteLine("Allocated per call during the timed batches: " + string.Join(", ",
                Contestants.Select((name, i) => string.Create(CultureInfo.InvariantCulture, $"{name} {(calls[i] == 0 ? 0 : (double)allocated[i] / calls[i]):0.#} B"))) +
                string.Create(CultureInfo.InvariantCulture, $". Total time {total.Elapsed.TotalSeconds:F1} s."));
            return 0;
        }

        /// <summary>The 1-, 5- and 15-minute load averages on Linux, else "n/a": other work on the machine skews every number.</summary>
        internal static string LoadAverage()
        {
            try
            {
                string[] fields = System.IO.File.ReadAllText("/proc/loadavg").Split(' ');
                return string.Join(" ", fields.Take(3));
            }
            catch (System.IO.IOException)
            {
                return "n/a";
            }
            catch (UnauthorizedAccessException)
            {
                return "n/a";
            }
        }

        /// <summary>Microseconds per call of PoolGen, naive, ORT and copy.</summary>
        private static double[] Measure(IPoolCase poolCase, long[] allocated, long[] calls)
        {
            Action[] run = { poolCase.RunPoolGen, poolCase.RunNaive, poolCase.RunOrt, poolCase.RunCopy };
            int[] iterations = new int[run.Length];
            for (int i = 0; i < run.Length; i++)
            {
                double perCall = WarmUp(run[i]);
                iterations[i] = (int)Math.Clamp(BatchMilliseconds * 1000.0 / perCall, 1, 1_000_000);
            }

            var samples = new double[run.Length][];
            for (int i = 0; i < run.Length; i++)
            {
                samples[i] = new double[Batches];
            }

            // One discarded round first: the batch loop itself is fresh code.
            for (int round = -1; round < Batches; round++)
            {
                for (int i = 0; i < run.Length; i++)
                {
                    Action action = run[i];
                    int count = iterations[i];
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    long start = Stopwatch.GetTimestamp();
                    for (int k = 0; k < count; k++)
                    {
                        action();
                    }

                    long elapsed = Stopwatch.GetTimestamp() - start;
                    if (round >= 0)
                    {
                        allocated[i] += GC.GetAllocatedBytesForCurrentThread() - before;
                        calls[i] += count;
                        samples[i][round] = elapsed * 1e6 / Stopwatch.Frequency / count;
                    }
                }
            }

            var medians = new double[run.Length];
            for (int i = 0; i < run.Length; i++)
            {
                Array.Sort(samples[i]);
                medians[i] = samples[i][Batches / 2];
            }

            return medians;
        }

        /// <summary>
        /// Calls <paramref name="action"/> for at least <see cref="WarmUpMilliseconds"/> and at least 60 times
        /// (tiered compilation promotes a method after 30 calls once its call counting starts), then on until the JIT
        /// has been quiet (no method compiled in the process) for 100 ms, at most 5 s in all: on a loaded machine the
        /// background tier-1 compilation can come late. Returns microseconds per call over the last 100 ms or more.
        /// </summary>
        private static double WarmUp(Action action)
        {
            long frequency = Stopwatch.Frequency;
            long start = Stopwatch.GetTimestamp();
            long minimumEnd = start + frequency * WarmUpMilliseconds / 1000;
            long deadline = start + frequency * 5;
            long quietTicks = frequency / 10;
            long windowStart = start, compiled = JitInfo.GetCompiledMethodCount();
            int calls = 0, windowCalls = 0;
            while (true)
            {
                action();
                calls++;
                windowCalls++;
                long now = Stopwatch.GetTimestamp();
                long count = JitInfo.GetCompiledMethodCount();
                if (count != compiled)
                {
                    compiled = count;
                    windowStart = now;
                    windowCalls = 0;
                    continue;
                }

                bool quiet = now - windowStart >= quietTicks && windowCalls >= 3;
                if ((now >= minimumEnd && calls >= 60 && quiet) || (now >= deadline && windowCalls >= 1))
                {
                    return (now - windowStart) * 1e6 / frequency / windowCalls;
                }
            }
        }
    }
}
