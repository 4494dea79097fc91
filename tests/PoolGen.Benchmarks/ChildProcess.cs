using System;
using System.Diagnostics;
using System.IO;

namespace PoolGen.Benchmarks
{
    /// <summary>This benchmark program run again in a fresh process with other arguments (the cold-start and generator-floor modes).</summary>
    internal static class ChildProcess
    {
        /// <summary>Runs the program with <paramref name="arguments"/> and waits for it: its exit code, standard output and standard error.</summary>
        public static (int ExitCode, string Output, string Errors) Run(params string[] arguments)
        {
            string host = Environment.ProcessPath ?? "dotnet";
            var info = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                info.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
            }

            foreach (string argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            using Process child = Process.Start(info)!;
            // Standard error on another thread while standard output is read, so that neither pipe fills and blocks the child.
            var errors = child.StandardError.ReadToEndAsync();
            string output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            return (child.ExitCode, output, errors.Result);
        }
    }
}
