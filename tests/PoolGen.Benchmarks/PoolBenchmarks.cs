using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// BenchmarkDotNet mode: one parameterized class, one parameter value per case, PoolGen as the baseline of
    /// each case. The global setup checks the outputs (as the quick mode does) before anything is timed.
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
    public class PoolBenchmarks
    {
        private IPoolCase? _case;

        /// <summary>
        /// The case names, in report order; with POOLGEN_BENCH_CASES set (comma-separated parts of names, as --quick takes
        /// them), only the cases whose name contains one of the parts. BenchmarkDotNet has no filter on parameter values.
        /// </summary>
        public static IEnumerable<string> CaseNames
        {
            get
            {
                string[] parts = (Environment.GetEnvironmentVariable("POOLGEN_BENCH_CASES") ?? string.Empty)
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return Cases.All.Select(spec => spec.Name).Where(name => parts.Length == 0 || parts.Any(part => name.Contains(part, StringComparison.Ordinal)));
            }
        }

        [ParamsSource(nameof(CaseNames))]
        public string Case { get; set; } = "";

        [GlobalSetup]
        public void Setup()
        {
            _case = Cases.Create(Cases.Find(Case));
            _case.Verify();
        }

        [GlobalCleanup]
        public void Cleanup() => _case?.Dispose();

        [Benchmark(Baseline = true, Description = "PoolGen")]
        public void PoolGenKernel() => _case!.RunPoolGen();

        [Benchmark(Description = "naive")]
        public void NaiveLoop() => _case!.RunNaive();

        [Benchmark(Description = "ORT")]
        public void OnnxRuntime() => _case!.RunOrt();

        [Benchmark(Description = "copy")]
        public void CopyRoofline() => _case!.RunCopy();
    }
}
