using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace PoolGen.Package.Tests
{
    /// <summary>Runs the .NET CLI (or a program) the way a person at a shell would, and returns what it printed.</summary>
    internal static class DotNet
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

        /// <summary>The dotnet that runs these tests (the SDK sets DOTNET_HOST_PATH under dotnet test), else the one on PATH.</summary>
        public static string Host =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

        /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>; fails the test with the full output on a non-zero exit.</summary>
        public static string Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
            Exec(Host, workingDirectory, environment, arguments);

        /// <summary>Runs <paramref name="program"/>; fails the test with the full output on a non-zero exit.</summary>
        public static string Exec(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // A clean CLI: no MSBuild state inherited from the `dotnet test` that runs this, no build servers or
            // MSBuild nodes left behind holding the output pipes open.
            foreach (string name in new[] { "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
            {
                start.Environment.Remove(name);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["UseSharedCompilation"] = "false";
            if (environment is not null)
            {
                foreach (KeyValuePair<string, string> pair in environment)
                {
                    start.Environment[pair.Key] = pair.Value;
                }
            }

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            var clock = Stopwatch.StartNew();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(" ", arguments)} did not finish in {Timeout}:\n{output}");
            }

            process.WaitForExit(); // drains the output
            string text;
            lock (output)
            {
                text = output.ToString();
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"`{program} {string.Join(" ", arguments)}` in {workingDirectory} exited with {process.ExitCode} after {clock.Elapsed.TotalSeconds:F1} s:\n{text}");
            }

            return text;
        }
    }
}
