using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace PoolGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Snapshot assertions with Verify's file conventions: the accepted output of test <c>Name</c> is
    /// <c>Snapshots/Name.verified.cs</c> beside the tests; a mismatch writes <c>Snapshots/Name.received.cs</c>
    /// and fails with a line diff. See Snapshots/README.md for how to accept a change.
    /// </summary>
    public static class Snapshot
    {
        /// <summary>Set to 1 to overwrite the verified files with the actual output (the tests then pass).</summary>
        public const string AcceptVariable = "POOLGEN_ACCEPT_SNAPSHOTS";

        private const int MaxDiffLines = 40;
        private const int ContextLines = 2;

        private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

        private static readonly Lazy<string> LazyDirectory = new(() =>
        {
            string? testsDirectory = typeof(Snapshot).Assembly
                .GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "PoolGenTestsDirectory")?.Value;
            if (string.IsNullOrEmpty(testsDirectory) || !System.IO.Directory.Exists(testsDirectory))
            {
                throw new InvalidOperationException(
                    $"The test assembly has no usable [AssemblyMetadata(\"PoolGenTestsDirectory\", ...)] (got '{testsDirectory}'); the test project sets it.");
            }

            return Path.Combine(testsDirectory, "Snapshots");
        });

        /// <summary>The folder of the snapshot files: tests/PoolGen.Generator.Tests/Snapshots.</summary>
        public static string Directory => LazyDirectory.Value;

        /// <summary>True when <see cref="AcceptVariable"/> is set to 1 (or true).</summary>
        public static bool AcceptMode =>
            Environment.GetEnvironmentVariable(AcceptVariable) is { } value &&
            (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

        public static string VerifiedPath(string name) => Path.Combine(Directory, name + ".verified.cs");

        public static string ReceivedPath(string name) => Path.Combine(Directory, name + ".received.cs");

        /// <summary>
        /// Compares <paramref name="actual"/> with <c>Snapshots/{name}.verified.cs</c>, line endings normalized to \n.
        /// On a match, deletes a stale <c>.received.cs</c>. On a mismatch or a missing verified file, writes
        /// <c>Snapshots/{name}.received.cs</c> and fails with a diff, unless accept mode is on: then the verified
        /// file is overwritten and the assertion passes.
        /// </summary>
        public static void Verify(string actual, string name)
        {
            if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains('.'))
            {
                throw new ArgumentException($"'{name}' is not a usable snapshot name (a file name without dots).", nameof(name));
            }

            string received = Normalize(actual);
            string verifiedPath = VerifiedPath(name);
            string receivedPath = ReceivedPath(name);
            string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;

            if (verified == received)
            {
                File.Delete(receivedPath);
                return;
            }

            if (AcceptMode)
            {
                System.IO.Directory.CreateDirectory(Directory);
                File.WriteAllText(verifiedPath, received, Utf8NoBom);
                File.Delete(receivedPath);
                return;
            }

            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(receivedPath, received, Utf8NoBom);

            var message = new StringBuilder();
            if (verified is null)
            {
                message.AppendLine($"Snapshot '{name}' has no verified file: {verifiedPath} does not exist.");
                message.AppendLine($"The output ({SplitLines(received).Length} lines) was written to {receivedPath}.");
            }
            else
            {
                message.AppendLine($"Snapshot '{name}' differs from {Path.GetFileName(verifiedPath)}.");
                message.AppendLine($"The output was written to {receivedPath}.");
                message.AppendLine();
                message.Append(Diff(verified, received));
            }

            message.AppendLine();
            message.AppendLine("If the new output is right, accept it: re-run the tests with the environment variable");
            message.AppendLine($"{AcceptVariable}=1 (e.g. `{AcceptVariable}=1 dotnet test tests/PoolGen.Generator.Tests`),");
            message.AppendLine("which overwrites the .verified.cs files, or rename the .received.cs file to .verified.cs by hand.");
            message.Append("Then review the changed .verified.cs files in the diff of your commit.");
            Assert.Fail(message.ToString());
        }

        /// <summary>\r\n and lone \r become \n.</summary>
        public static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

        private static string[] SplitLines(string text)
        {
            // A trailing newline ends the last line; it does not start an empty one.
            if (text.Length == 0)
            {
                return Array.Empty<string>();
            }

            string[] lines = text.Split('\n');
            return text.EndsWith("\n", StringComparison.Ordinal) ? lines.Take(lines.Length - 1).ToArray() : lines;
        }

        /// <summary>
        /// A unified-style line diff of <paramref name="expected"/> (verified, "-") and <paramref name="actual"/>
        /// (received, "+"): hunks with line numbers and two lines of context, at most ~40 changed lines.
        /// </summary>
        internal static string Diff(string expected, string actual)
        {
            string[] a = SplitLines(expected);
            string[] b = SplitLines(actual);
            List<Edit> edits = LineEdits(a, b);

            var sb = new StringBuilder();
            sb.AppendLine("--- verified");
            sb.AppendLine("+++ received");
            sb.AppendLine("  (columns: line in the verified file, line in the received file)");
            if (expected.EndsWith("\n", StringComparison.Ordinal) != actual.EndsWith("\n", StringComparison.Ordinal))
            {
                sb.AppendLine($"(the verified file {(expected.EndsWith("\n", StringComparison.Ordinal) ? "ends" : "does not end")} with a newline, the received one {(actual.EndsWith("\n", StringComparison.Ordinal) ? "does" : "does not")})");
            }

            int changedTotal = edits.Count(e => e.Kind != ' ');
            int shown = 0;
            int i = 0;
            while (i < edits.Count && shown < MaxDiffLines)
            {
                // Find the next change, then print it with context until the changes stop for more than 2*context lines.
                int firstChange = edits.FindIndex(i, e => e.Kind != ' ');
                if (firstChange < 0)
                {
                    break;
                }

                int start = Math.Max(i, firstChange - ContextLines);
                int end = firstChange;
                int lastChange = firstChange;
                while (end < edits.Count)
                {
                    if (edits[end].Kind != ' ')
                    {
                        lastChange = end;
                    }
                    else if (end - lastChange > 2 * ContextLines)
                    {
                        break;
                    }

                    end++;
                }

                end = Math.Min(edits.Count, lastChange + ContextLines + 1);
                Edit first = edits[start];
                sb.AppendLine($"@@ verified line {first.ALine}, received line {first.BLine} @@");
                for (int k = start; k < end && shown < MaxDiffLines; k++)
                {
                    Edit e = edits[k];
                    string verifiedLine = e.Kind == '+' ? string.Empty : e.ALine.ToString(CultureInfo.InvariantCulture);
                    string receivedLine = e.Kind == '-' ? string.Empty : e.BLine.ToString(CultureInfo.InvariantCulture);
                    sb.AppendLine($"{e.Kind}{verifiedLine,5} {receivedLine,5} | {e.Text}");
                    if (e.Kind != ' ')
                    {
                        shown++;
                    }
                }

                i = end;
            }

            if (changedTotal > shown)
            {
                sb.AppendLine($"... and {changedTotal - shown} more changed lines (compare the two files for the rest).");
            }

            return sb.ToString();
        }

        private readonly struct Edit
        {
            public Edit(char kind, string text, int aLine, int bLine)
            {
                Kind = kind;
                Text = text;
                ALine = aLine;
                BLine = bLine;
            }

            /// <summary>' ' same, '-' only in the verified file, '+' only in the received one.</summary>
            public char Kind { get; }

            public string Text { get; }

            /// <summary>1-based line in the verified file (for '+', the line before which it is inserted).</summary>
            public int ALine { get; }

            /// <summary>1-based line in the received file (for '-', the line before which it was removed).</summary>
            public int BLine { get; }
        }

        /// <summary>A longest-common-subsequence line diff; falls back to a positional comparison for huge inputs.</summary>
        private static List<Edit> LineEdits(string[] a, string[] b)
        {
            // Strip the common prefix and suffix first: snapshots usually differ in a few places.
            int prefix = 0;
            while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
            {
                prefix++;
            }

            int suffix = 0;
            while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
            {
                suffix++;
            }

            var edits = new List<Edit>();
            for (int k = 0; k < prefix; k++)
            {
                edits.Add(new Edit(' ', a[k], k + 1, k + 1));
            }

            int n = a.Length - prefix - suffix;
            int m = b.Length - prefix - suffix;
            if ((long)n * m > 16_000_000)
            {
                for (int k = 0; k < n; k++)
                {
                    edits.Add(new Edit('-', a[prefix + k], prefix + k + 1, prefix + 1));
                }

                for (int k = 0; k < m; k++)
                {
                    edits.Add(new Edit('+', b[prefix + k], prefix + n + 1, prefix + k + 1));
                }
            }
            else
            {
                // lcs[i, j] = LCS length of a[prefix+i..] and b[prefix+j..].
                var lcs = new int[n + 1, m + 1];
                for (int i = n - 1; i >= 0; i--)
                {
                    for (int j = m - 1; j >= 0; j--)
                    {
                        lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                    }
                }

                int x = 0, y = 0;
                while (x < n || y < m)
                {
                    if (x < n && y < m && a[prefix + x] == b[prefix + y])
                    {
                        edits.Add(new Edit(' ', a[prefix + x], prefix + x + 1, prefix + y + 1));
                        x++;
                        y++;
                    }
                    else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
                    {
                        // Removals before insertions, as unified diffs print them.
                        edits.Add(new Edit('-', a[prefix + x], prefix + x + 1, prefix + y + 1));
                        x++;
                    }
                    else
                    {
                        edits.Add(new Edit('+', b[prefix + y], prefix + x + 1, prefix + y + 1));
                        y++;
                    }
                }
            }

            for (int k = 0; k < suffix; k++)
            {
                edits.Add(new Edit(' ', a[a.Length - suffix + k], a.Length - suffix + k + 1, b.Length - suffix + k + 1));
            }

            return edits;
        }
    }
}
