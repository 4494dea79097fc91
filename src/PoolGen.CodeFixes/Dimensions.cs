using PoolGen.Generator.Parsing;
using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PoolGen.CodeFixes
{
    /// <summary>
    /// The dimension parameters as the generator's parser binds them: <c>int</c> parameters named batch, channels,
    /// depth, height, width (2D and 3D) or length (1D), in that order, after input, output and an optional indices.
    /// </summary>
    internal static class Dimensions
    {
        /// <summary>The names in their required order (the parser's DimensionNames).</summary>
        public static readonly string[] Names = { "batch", "channels", "depth", "height", "width", "length" };

        /// <summary>
        /// The most edits a misspelling may be from the name it stands for: two (heigth, widht, chanels, batches, high); every
        /// dimension name has five letters or more, so two edits leave most of it.
        /// </summary>
        public const int MaximumDistance = 2;

        /// <summary>The name of the optional argmax parameter, allowed right after the output.</summary>
        public const string Indices = "indices";

        /// <summary>The position of <paramref name="name"/> in the required order, or -1.</summary>
        public static int Role(string name) => Array.IndexOf(Names, name);

        /// <summary>Whether <paramref name="parameter"/> is a dimension the parser accepts: an int by value named after one.</summary>
        public static bool IsDimension(IParameterSymbol parameter)
            => Role(parameter.Name) >= 0 && parameter.Type.SpecialType == SpecialType.System_Int32 && parameter.RefKind == RefKind.None && !parameter.IsParams;

        /// <summary>
        /// The one candidate closest to <paramref name="name"/> by edit distance (ignoring case; a swap of two neighbouring
        /// letters counts as one edit), or null when none is within <see cref="MaximumDistance"/> or two are equally close.
        /// </summary>
        public static string? Nearest(string name, IEnumerable<string> candidates)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            bool tie = false;
            string lower = name.ToLowerInvariant();
            foreach (string candidate in candidates.Distinct(StringComparer.Ordinal))
            {
                int distance = EditDistance.Between(lower, candidate.ToLowerInvariant());
                if (distance > MaximumDistance)
                {
                    continue;
                }

                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                    tie = false;
                }
                else if (distance == bestDistance)
                {
                    tie = true;
                }
            }

            return tie ? null : best;
        }
    }
}
