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

        /// <summary>The case names, in report order.</summary>
        public static IEnumerable<string> CaseNames => Cases.All.Select(spec => spec.Name);

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
