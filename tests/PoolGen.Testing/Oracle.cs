using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PoolGen.Testing
{
    /// <summary>Reads the libtorch oracle file (JSON Lines, one <see cref="OracleCase"/> per line).</summary>
    public static class Oracle
    {
        /// <summary>
        /// Parses every non-blank line of <paramref name="path"/>. Numbers may be JSON numbers or the strings
        /// <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>. Checks that each array has the length its shape implies.
        /// </summary>
        /// <exception cref="FormatException">A line is not a well-formed case; the message gives the line number.</exception>
        public static IReadOnlyList<OracleCase> Load(string path)
        {
            ArgumentNullException.ThrowIfNull(path);
            var cases = new List<OracleCase>();
            int lineNumber = 0;
            foreach (string line in File.ReadLines(path))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    cases.Add(Parse(line));
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or OverflowException)
                {
                    throw new FormatException($"{path}({lineNumber}): {e.Message}", e);
                }
            }

            return cases;
        }

        /// <summary>Parses one line of the oracle file.</summary>
        public static OracleCase Parse(string line)
        {
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            var result = new OracleCase(
                Id: root.GetProperty("id").GetString() ?? throw new FormatException("id is null."),
                Op: root.GetProperty("op").GetString() ?? throw new FormatException("op is null."),
                Rank: root.GetProperty("rank").GetInt32(),
                Dtype: root.GetProperty("dtype").GetString() ?? throw new FormatException("dtype is null."),
                InputShape: Ints(root.GetProperty("input_shape")),
                Kernel: Ints(root.GetProperty("kernel")),
                Stride: Ints(root.GetProperty("stride")),
                Padding: Ints(root.GetProperty("padding")),
                Dilation: Ints(root.GetProperty("dilation")),
                CeilMode: root.GetProperty("ceil_mode").GetBoolean(),
                CountIncludePad: NullOr(root.GetProperty("count_include_pad"), element => element.GetBoolean()),
                DivisorOverride: NullOr(root.GetProperty("divisor_override"), element => element.GetInt32()),
                OutputShape: Ints(root.GetProperty("output_shape")),
                Input: Doubles(root.GetProperty("input")),
                Output: Doubles(root.GetProperty("output")),
                Indices: root.GetProperty("indices").ValueKind == JsonValueKind.Null
                    ? null
                    : root.GetProperty("indices").EnumerateArray().Select(element => element.GetInt64()).ToArray());

            string id = result.Id;
            int rank = result.Rank;
            if (result.InputShape.Length != rank + 2 || result.OutputShape.Length != rank + 2
                || result.Kernel.Length != rank || result.Stride.Length != rank || result.Padding.Length != rank || result.Dilation.Length != rank)
            {
                throw new FormatException($"{id}: an array does not match rank {rank}.");
            }

            if (result.Input.Length != Product(result.InputShape) || result.Output.Length != Product(result.OutputShape))
            {
                throw new FormatException($"{id}: input or output length does not match its shape.");
            }

            if ((result.Indices is null) != (result.Op != "max") || (result.Indices is not null && result.Indices.Length != result.Output.Length))
            {
                throw new FormatException($"{id}: indices must be given exactly for max, one per output element.");
            }

            _ = result.Kind;
            _ = result.IsSingle; // reject unknown op and dtype now
            return result;
        }

        private static int[] Ints(JsonElement array) =>
            array.EnumerateArray().Select(element => element.GetInt32()).ToArray();

        private static double[] Doubles(JsonElement array) =>
            array.EnumerateArray().Select(Number).ToArray();

        private static double Number(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Number => element.GetDouble(),
            JsonValueKind.String => element.GetString() switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                string other => throw new FormatException($"Not a number: \"{other}\"."),
                null => throw new FormatException("Null string."),
            },
            _ => throw new FormatException($"Expected a number, got {element.ValueKind}: {element.GetRawText()}."),
        };

        private static T? NullOr<T>(JsonElement element, Func<JsonElement, T> read)
            where T : struct =>
            element.ValueKind == JsonValueKind.Null ? null : read(element);

        private static long Product(int[] shape)
        {
            long product = 1;
            foreach (int size in shape)
            {
                product *= size;
            }

            return product;
        }
    }
}
