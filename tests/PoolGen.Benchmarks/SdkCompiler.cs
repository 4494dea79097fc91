using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// The generator benchmark on the compiler that <c>dotnet build</c> runs: the SDK's own Microsoft.CodeAnalysis and
    /// Microsoft.CodeAnalysis.CSharp (dotnet/sdk/VERSION/Roslyn/bincore, precompiled ReadyToRun), loaded with a second copy of this
    /// program into a load context of their own, instead of the NuGet Roslyn this program is built against (compiled by the JIT).
    /// </summary>
    internal static class SdkCompiler
    {
        /// <summary>The argument that selects it, passed on to the benchmark's child processes.</summary>
        public const string Argument = "--sdk-compiler";

        /// <summary>Runs <c>GeneratorBenchmark.<paramref name="method"/>(the SDK's Roslyn directory)</c> in the second copy, against the SDK's compiler.</summary>
        public static int Run(string method)
        {
            string? directory = RoslynDirectory();
            if (directory is null)
            {
                Console.Error.WriteLine("The SDK's compiler (sdk/VERSION/Roslyn/bincore next to the dotnet host) was not found.");
                return 1;
            }

            var context = new Context(directory);
            Assembly copy = context.LoadFromAssemblyPath(typeof(SdkCompiler).Assembly.Location);
            MethodInfo entry = copy.GetType(typeof(GeneratorBenchmark).FullName!, throwOnError: true)!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!;
            return (int)entry.Invoke(null, new object[] { directory })!;
        }

        /// <summary>The Roslyn directory of the SDK that <c>dotnet --version</c> picks here (global.json), or null.</summary>
        private static string? RoslynDirectory()
        {
            string host = Environment.ProcessPath ?? "dotnet";
            if (!Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var info = new ProcessStartInfo(host, "--version") { RedirectStandardOutput = true, UseShellExecute = false };
            using Process process = Process.Start(info)!;
            string version = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            string directory = Path.Combine(Path.GetDirectoryName(host)!, "sdk", version, "Roslyn", "bincore");
            return File.Exists(Path.Combine(directory, "Microsoft.CodeAnalysis.CSharp.dll")) ? directory : null;
        }

        private sealed class Context : AssemblyLoadContext
        {
            private readonly string _roslyn;

            public Context(string roslyn)
                : base("The SDK's compiler")
            {
                _roslyn = roslyn;
            }

            protected override Assembly? Load(AssemblyName name) =>
                name.Name is "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp"
                    ? LoadFromAssemblyPath(Path.Combine(_roslyn, name.Name + ".dll"))
                    : null; // Everything else, the framework included, from the default context.
        }
    }
}
