using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// The cold-start mode (<c>--cold [case-name-part ...]</c>): what a user who pools once per request or runs a tool once
    /// sees. Each case runs in a fresh process (<c>--cold-case NAME</c>) that times, before anything else calls the kernel,
    /// the first call (JIT included), then calls 2 to 11 one by one (their median), then the warm time (the median of
    /// batches after at least a second of calls, when tiered compilation is done). ONNX Runtime is timed the same way
    /// in the same process after PoolGen, on a second copy of the case made after PoolGen's timing (its session is created
    /// before ONNX Runtime's timing, as a user would create it once); the quantized cases, whose data and session come
    /// together, have their one-thread session from the start.
    /// </summary>
    internal static class ColdStartRunner
    {
        private const int Repeats = 3;

        public static int Run(IReadOnlyCollection<string> filters)
        {
            Console.WriteLine($"PoolGen cold-start benchmark: .NET {Environment.Version}, {RuntimeInformation.OSDescription.Trim()}, " +
                $"{Environment.ProcessorCount} cores, AVX2 {Avx2.IsSupported}, AVX-512 {Avx512F.IsSupported}. Load average at start: {QuickRunner.LoadAverage()}.");
            Console.WriteLine($"Each case: {Repeats} fresh processes; per process the first call (JIT included), the median of calls 2-11, and the");
            Console.WriteLine("warm median; the table gives the median over the processes. Microseconds per call. \"JIT\" is the part of");
            Console.WriteLine("PoolGen's first call spent compiling (System.Runtime.JitInfo.GetCompilationTime, all threads), and its methods;");
            Console.WriteLine("\"JIT 2-11\" the methods compiled during PoolGen's calls 2-11 (all threads, the most in any process): 0 means no code");
            Console.WriteLine("of those calls waited for tiered compilation.");
            Console.WriteLine();
            string header = string.Format(CultureInfo.InvariantCulture, "{0,-30} {1,12} {2,12} {3,8} {4,12} {5,10} {6,10} {7,9} {8,12} {9,12} {10,10}",
                "case", "PG 1st", "JIT", "methods", "PG 2-11", "PG warm", "2-11/warm", "JIT 2-11", "ORT 1st", "ORT 2-11", "ORT warm");
            Console.WriteLine(header);
            Console.WriteLine(new string('-', header.Length));
            foreach (BenchmarkCase spec in Cases.All)
            {
                if (filters.Count > 0 && !filters.Any(filter => spec.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var runs = new List<double[]>();
                for (int r = 0; r < Repeats; r++)
                {
                    double[]? run = RunChild(spec.Name);
                    if (run is null)
                    {
                        return 1;
                    }

                    runs.Add(run);
                }

                double Median(int column) => Stats.Median(runs.Select(run => run[column]).ToArray());
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-30} {1,12:F1} {2,12:F1} {3,8:F0} {4,12:F1} {5,10:F1} {6,9:F2}x {7,9:F0} {8,12:F1} {9,12:F1} {10,10:F1}",
                    spec.Name, Median(0), Median(6), Median(7), Median(1), Median(2), Median(1) / Median(2), runs.Max(run => run[8]), Median(3), Median(4), Median(5)));
            }

            return 0;
        }

        /// <summary>The child: times one case from a cold start and prints one line of nine numbers.</summary>
        public static int RunCase(string name)
        {
            BenchmarkCase spec = Cases.Find(name);

            // PoolGen first, in a process without an ONNX Runtime session, as a PoolGen user's process is: a session made
            // for a parallel case starts ONNX Runtime's own threads, which kept the pool thread of PoolGen's calls 2-11 from
            // running (measured: the calling thread then did every range).
            (double first, double next, double warm, double jit, double methods, double nextMethods) poolGen;
            using (IPoolCase poolGenOnly = Cases.Create(spec with { HasOrt = false }))
            {
                poolGen = Time(poolGenOnly.RunPoolGen);
            }

            using IPoolCase poolCase = Cases.Create(spec);
            (double first, double next, double warm, double jit, double methods, double nextMethods) ort = Time(poolCase.RunOrt);
            poolCase.Verify(); // After the timing, so that it cannot warm the kernel: the numbers stand only if the results agree.
            Console.WriteLine(string.Join(" ", new[] { poolGen.first, poolGen.next, poolGen.warm, ort.first, ort.next, ort.warm, poolGen.jit, poolGen.methods, poolGen.nextMethods }
                .Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
            return 0;
        }

        /// <summary>
        /// The first call, the median of calls 2-11, the warm median, the JIT time (us) and methods of the first call, and the
        /// methods compiled during calls 2-11.
        /// </summary>
        private static (double First, double Next, double Warm, double Jit, double Methods, double NextMethods) Time(Action call)
        {
            double ticksPerMicrosecond = Stopwatch.Frequency / 1e6;
            TimeSpan jitBefore = System.Runtime.JitInfo.GetCompilationTime(currentThread: false);
            long methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false);
            long start = Stopwatch.GetTimestamp();
            call();
            double first = (Stopwatch.GetTimestamp() - start) / ticksPerMicrosecond;
            double jit = (System.Runtime.JitInfo.GetCompilationTime(currentThread: false) - jitBefore).TotalMicroseconds;
            double methods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false) - methodsBefore;
            var next = new double[10];
            long nextMethodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false);
            for (int i = 0; i < next.Length; i++)
            {
                start = Stopwatch.GetTimestamp();
                call();
                next[i] = (Stopwatch.GetTimestamp() - start) / ticksPerMicrosecond;
            }

            double nextMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false) - nextMethodsBefore;

            // Warm: a second and a half of calls (tiered compilation promotes hot code after ~100 ms of quiet), then
            // the median of 15 batches of about 20 ms.
            var warmUp = Stopwatch.StartNew();
            while (warmUp.ElapsedMilliseconds < 1500)
            {
                call();
            }

            int perBatch = 1;
            var probe = Stopwatch.StartNew();
            call();
            perBatch = (int)Math.Clamp(20_000 / Math.Max(1, probe.Elapsed.TotalMicroseconds), 1, 100_000);
            var batches = new double[15];
            for (int b = 0; b < batches.Length; b++)
            {
                start = Stopwatch.GetTimestamp();
                for (int i = 0; i < perBatch; i++)
                {
                    call();
                }

                batches[b] = (Stopwatch.GetTimestamp() - start) / ticksPerMicrosecond / perBatch;
            }

            return (first, Stats.Median(next), Stats.Median(batches), jit, methods, nextMethods);
        }

        private static double[]? RunChild(string name)
        {
            (int exitCode, string output, string errors) = ChildProcess.Run("--cold-case", name);
            string? line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            double[]? values = line?.Split(' ').Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : double.NaN).ToArray();
            if (exitCode != 0 || values is null || values.Length != 9 || values.Any(double.IsNaN))
            {
                Console.Error.WriteLine($"The cold-start process for {name} failed (exit {exitCode}): {output}{errors}");
                return null;
            }

            return values;
        }
    }

    internal static class Stats
    {
        public static double Median(double[] values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
