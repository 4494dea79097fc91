using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// <c>--quick [case-name-part ...]</c>: the Stopwatch mode; <c>--cold [case-name-part ...]</c>: the cold-start mode (a fresh
    /// process per case); <c>--generator</c>: the generator benchmark, on the SDK's compiler and on the NuGet Roslyn;
    /// anything else goes to BenchmarkDotNet (for example <c>--filter '*'</c>).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Contains("--quick"))
            {
                return QuickRunner.Run(args.Where(arg => !arg.StartsWith('-')).ToArray());
            }

            if (args.Contains("--cold-case"))
            {
                return ColdStartRunner.RunCase(args[Array.IndexOf(args, "--cold-case") + 1]);
            }

            if (args.Contains("--cold"))
            {
                return ColdStartRunner.Run(args.Where(arg => !arg.StartsWith('-')).ToArray());
            }

            if (args.Contains("--generator-floor") || args.Contains(GeneratorBenchmark.CompilerArgument))
            {
                bool floor = args.Contains("--generator-floor");
                if (args.Contains(SdkCompiler.Argument))
                {
                    return SdkCompiler.Run(floor ? nameof(GeneratorBenchmark.RunFloor) : nameof(GeneratorBenchmark.Run));
                }

                return floor ? GeneratorBenchmark.RunFloor(null) : GeneratorBenchmark.Run(null);
            }

            if (args.Contains("--generator"))
            {
                return GeneratorBenchmark.RunOnBothCompilers();
            }

            // Check every case in this process first, so a wrong result stops the run before BenchmarkDotNet starts
            // (each benchmark process checks its case again in its global setup).
            if (!args.Any(arg => arg is "--list" or "--help" or "-h" or "--info" or "--version"))
            {
                foreach (BenchmarkCase spec in Cases.All)
                {
                    using IPoolCase poolCase = Cases.Create(spec);
                    try
                    {
                        poolCase.Verify();
                    }
                    catch (VerificationException e)
                    {
                        Console.Error.WriteLine($"VERIFICATION FAILED, aborting: {e.Message}");
                        return 1;
                    }
                }

                Console.WriteLine($"All {Cases.All.Count} cases verified: ONNX Runtime and the naive loop agree with PoolGen.");
            }

            IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
        }
    }
}
