using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PoolGen.Testing
{
    /// <summary>
    /// Reads the libtorch oracle files (JSON Lines): <c>pytorch-pooling.jsonl</c> (<see cref="Load"/>, one
    /// <see cref="OracleCase"/> per line) and <c>pytorch-pooling-ops.jsonl</c> (<see cref="LoadOps"/>, one
    /// <see cref="OracleOpCase"/> per line).
    /// </summary>
    public static class Oracle
    {
        /// <summary>
        /// Parses every non-blank line of <paramref name="path"/>. Numbers may be JSON numbers or the strings
        /// <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>. Checks that each array has the length its shape implies.
        /// </summary>
        /// <exception cref="FormatException">A line is not a well-formed case; the message gives the line number.</exception>
        public static IReadOnlyList<OracleCase> Load(string path) => LoadLines(path, Parse);

        /// <summary>
        /// Parses every non-blank line of <paramref name="path"/>, the oracle of adaptive pooling, max unpooling and the
        /// pooling backward passes (<c>pytorch-pooling-ops.jsonl</c>), as <see cref="ParseOp"/> does.
        /// </summary>
        /// <exception cref="FormatException">A line is not a well-formed case; the message gives the line number.</exception>
        public static IReadOnlyList<OracleOpCase> LoadOps(string path) => LoadLines(path, ParseOp);

        private static IReadOnlyList<TCase> LoadLines<TCase>(string path, Func<string, TCase> parse)
        {
            ArgumentNullException.ThrowIfNull(path);
            var cases = new List<TCase>();
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
                    cases.Add(parse(line));
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

        /// <summary>
        /// Parses one line of the ops oracle file (<see cref="OracleOpCase"/>): the 14 leading fields every line has, then the
        /// arrays (input, output, indices, grad_output, grad_input), each absent or null where the op has none. Checks that the op is known, that exactly the
        /// parameters and arrays the op has are present (the others null), that the parameter arrays have one entry per
        /// spatial axis, and that each array has the length its shape implies: input and indices of max_unpool the input
        /// shape; indices and grad_output of max_backward, and grad_output of avg_backward, the output shape; grad_input the
        /// input shape.
        /// </summary>
        /// <exception cref="FormatException">The line is not a well-formed case.</exception>
        public static OracleOpCase ParseOp(string line)
        {
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            var result = new OracleOpCase(
                Id: root.GetProperty("id").GetString() ?? throw new FormatException("id is null."),
                Op: root.GetProperty("op").GetString() ?? throw new FormatException("op is null."),
                Rank: root.GetProperty("rank").GetInt32(),
                Dtype: root.GetProperty("dtype").GetString() ?? throw new FormatException("dtype is null."),
                InputShape: Ints(root.GetProperty("input_shape")),
                Kernel: NullOrArray(root, "kernel", Ints),
                Stride: NullOrArray(root, "stride", Ints),
                Padding: NullOrArray(root, "padding", Ints),
                Dilation: NullOrArray(root, "dilation", Ints),
                CeilMode: NullOr(root.GetProperty("ceil_mode"), element => element.GetBoolean()),
                CountIncludePad: NullOr(root.GetProperty("count_include_pad"), element => element.GetBoolean()),
                DivisorOverride: NullOr(root.GetProperty("divisor_override"), element => element.GetInt32()),
                OutputSize: NullOrArray(root, "output_size", Ints),
                OutputShape: Ints(root.GetProperty("output_shape")),
                Input: ArrayOrAbsent(root, "input", Doubles),
                Output: ArrayOrAbsent(root, "output", Doubles),
                Indices: ArrayOrAbsent(root, "indices", array => array.EnumerateArray().Select(element => element.GetInt64()).ToArray()),
                GradOutput: ArrayOrAbsent(root, "grad_output", Doubles),
                GradInput: ArrayOrAbsent(root, "grad_input", Doubles));

            string id = result.Id;
            int rank = result.Rank;
            _ = result.IsSingle; // rejects an unknown dtype now
            if (rank < 1 || result.InputShape.Length != rank + 2 || result.OutputShape.Length != rank + 2)
            {
                throw new FormatException($"{id}: a shape does not match rank {rank}.");
            }

            // Which parameters and arrays each op has (README "Format").
            (bool window, bool dilation, bool ceil, bool countIncludePad, bool outputSize, bool input, bool output, bool indices, bool gradients) = result.Op switch
            {
                OracleOpCase.AdaptiveAvg => (false, false, false, false, true, true, true, false, false),
                OracleOpCase.AdaptiveMax => (false, false, false, false, true, true, true, true, false),
                OracleOpCase.MaxUnpool => (true, false, false, false, true, true, true, true, false),
                OracleOpCase.MaxBackward => (true, true, true, false, false, true, false, true, true),
                OracleOpCase.AvgBackward => (true, false, true, true, false, false, false, false, true),
                _ => throw new FormatException($"{id}: unknown op '{result.Op}'."),
            };

            Require(id, "kernel", result.Kernel, window, rank);
            Require(id, "stride", result.Stride, window, rank);
            Require(id, "padding", result.Padding, window, rank);
            Require(id, "dilation", result.Dilation, dilation, rank);
            Require(id, "output_size", result.OutputSize, outputSize, rank);
            if (result.CeilMode.HasValue != ceil || result.CountIncludePad.HasValue != countIncludePad
                || (result.DivisorOverride.HasValue && result.Op != OracleOpCase.AvgBackward))
            {
                throw new FormatException($"{id}: ceil_mode, count_include_pad or divisor_override present or absent against the rule for {result.Op}.");
            }

            long inputLength = Product(result.InputShape);
            long outputLength = Product(result.OutputShape);
            bool unpool = result.Op == OracleOpCase.MaxUnpool;
            Require(id, "input", result.Input, input, inputLength);
            Require(id, "output", result.Output, output, outputLength);
            Require(id, "indices", result.Indices, indices, unpool ? inputLength : outputLength);
            Require(id, "grad_output", result.GradOutput, gradients, outputLength);
            Require(id, "grad_input", result.GradInput, gradients, inputLength);
            if (result.OutputSize is not null && !result.OutputSize.AsSpan().SequenceEqual(result.OutputSpatialShape))
            {
                throw new FormatException($"{id}: output_size differs from the spatial output shape.");
            }

            return result;
        }

        private static void Require<TElement>(string id, string name, TElement[]? array, bool present, long length)
        {
            if ((array is not null) != present)
            {
                throw new FormatException($"{id}: {name} must be {(present ? "given" : "null")} for this op.");
            }

            if (array is not null && array.Length != length)
            {
                throw new FormatException($"{id}: {name} has {array.Length} entries; {length} expected.");
            }
        }

        /// <summary>One of the leading fields every line has: null or the array.</summary>
        private static TArray? NullOrArray<TArray>(JsonElement root, string name, Func<JsonElement, TArray> read)
            where TArray : class
        {
            JsonElement element = root.GetProperty(name);
            return element.ValueKind == JsonValueKind.Null ? null : read(element);
        }

        /// <summary>One of the trailing arrays, which only the ops that have them write: absent, null or the array.</summary>
        private static TArray? ArrayOrAbsent<TArray>(JsonElement root, string name, Func<JsonElement, TArray> read)
            where TArray : class =>
            root.TryGetProperty(name, out _) ? NullOrArray(root, name, read) : null;

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
