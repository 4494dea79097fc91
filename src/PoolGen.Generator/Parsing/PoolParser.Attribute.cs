using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PoolGen.Generator.Model;

namespace PoolGen.Generator.Parsing;

/// <summary>The parser's reading of the rank, the padding modes and the reduction options.</summary>
internal static partial class PoolParser
{
    private static readonly string[] ThreeDProperties = { "Depth", "SizeD", "StrideD", "PaddingD", "DilationD", "OutputSizeD" };

    private static readonly string[] TwoDProperties = { "Height", "Width", "SizeH", "SizeW", "StrideH", "StrideW", "PaddingH", "PaddingW", "DilationH", "DilationW", "OutputSizeH", "OutputSizeW" };

    private static readonly string[] PaddingProperties = { "Padding", "PaddingD", "PaddingH", "PaddingW" };

    private static readonly string[] WindowProperties =
    {
        "Size", "SizeD", "SizeH", "SizeW", "Stride", "StrideD", "StrideH", "StrideW", "Padding", "PaddingD", "PaddingH", "PaddingW",
        "Dilation", "DilationD", "DilationH", "DilationW", "CeilMode", "Pads", "AutoPad", "CountIncludePad",
    };

    internal static string KindName(PoolKindModel kind) => kind switch
    {
        PoolKindModel.Average => "average",
        PoolKindModel.Lp => "Lp",
        PoolKindModel.Min => "min",
        _ => "max",
    };

    /// <summary>
    /// The number of spatial axes. <c>Rank</c> when written (1, 2 or 3; anything else is PG0052, and the rank is then
    /// inferred); else 1 when the method has 'length' (or Length), 3 when it has 'depth' (or Depth or a D-axis property),
    /// else 2. A parameter or property of another rank than the one decided (by Rank, or by 'length' or Length) is
    /// reported where it is written (PG0045).
    /// </summary>
    private static int RankOf(Arguments arguments, List<Dimension> dimensions, Dictionary<Dimension, LocationInfo?> dimensionLocations, LocationInfo? attributeLocation, List<DiagnosticInfo> diagnostics, out bool ok)
    {
        ok = true;
        int declared = arguments.Int("Rank", 0);
        if (declared is < 0 or > 3)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidRank, arguments.Location("Rank") ?? attributeLocation, declared.ToString()));
            ok = false;
            declared = 0;
        }

        string? oneD = dimensions.Contains(Dimension.Length) ? "length" : arguments.Has("Length") ? "Length" : null;
        (int rank, string? cause) = declared > 0 ? (declared, "Rank = " + declared.ToString()) : oneD is not null ? (1, oneD) : (0, null);
        if (cause is null)
        {
            return dimensions.Contains(Dimension.Depth) || ThreeDProperties.Any(arguments.Has) ? 3 : 2;
        }

        // What belongs to other ranks: 1D has length only; 2D neither length nor depth; 3D no length.
        Dimension[] parameters = rank switch
        {
            1 => new[] { Dimension.Depth, Dimension.Height, Dimension.Width },
            2 => new[] { Dimension.Depth, Dimension.Length },
            _ => new[] { Dimension.Length },
        };
        IEnumerable<string> properties = rank switch
        {
            1 => ThreeDProperties.Concat(TwoDProperties),
            2 => ThreeDProperties.Concat(new[] { "Length" }),
            _ => new[] { "Length" },
        };

        foreach (Dimension dimension in parameters.Where(dimensions.Contains))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RankMismatch, dimensionLocations[dimension] ?? attributeLocation, DimensionNames[(int)dimension], rank.ToString(), cause));
            ok = false;
        }

        foreach (string property in properties.Where(arguments.Has))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RankMismatch, arguments.Location(property) ?? attributeLocation, property, rank.ToString(), cause));
            ok = false;
        }

        return rank;
    }

    private static readonly string[] AdaptiveProperties = { "OutputSize", "OutputSizeD", "OutputSizeH", "OutputSizeW" };

    /// <summary>Whether the method is adaptive: any OutputSize* written.</summary>
    private static bool IsAdaptive(Arguments arguments) => AdaptiveProperties.Any(arguments.Has);

    /// <summary>
    /// OutputSize*: no window property, Global or DivisorOverride (PG0053, each where it is written), and an output size of
    /// at least 1 on every axis (PG0054), a written per-axis one winning over OutputSize as Size* do. The axes are
    /// placeholders (window 1, stride 1) holding their output size.
    /// </summary>
    private static bool ReadAdaptive(Arguments arguments, int rank, LocationInfo? attributeLocation, List<DiagnosticInfo> diagnostics, out AxisInfo? d, out AxisInfo h, out AxisInfo w)
    {
        bool ok = true;
        string adaptiveName = AdaptiveProperties.First(arguments.Has);
        foreach (string property in WindowProperties.Concat(new[] { "Global", "DivisorOverride" }).Where(arguments.Has))
        {
            if (property == "Global" && !arguments.Bool("Global", false))
            {
                continue; // Global = false says nothing.
            }

            string advice = property switch
            {
                "Global" => "Global = true is the same as OutputSize = 1; write only one of them",
                "DivisorOverride" => "each window's sum is divided by its own length on each axis; remove DivisorOverride",
                "CountIncludePad" => "adaptive windows have no padding to count; remove CountIncludePad",
                "CeilMode" or "AutoPad" => $"the output size is {adaptiveName} itself; remove {property}, or remove {adaptiveName} to pool with a window",
                _ => $"the windows follow from the input and output sizes; remove {property}, or remove {adaptiveName} to pool with a window",
            };
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AdaptiveWithWindow, arguments.Location(property) ?? attributeLocation, property, adaptiveName, advice));
            ok = false;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        AxisInfo? Axis(string suffix, string axisName)
        {
            string name = arguments.Has("OutputSize" + suffix) ? "OutputSize" + suffix : "OutputSize";
            if (!arguments.Has(name))
            {
                if (reported.Add("missing"))
                {
                    string all = rank == 3 ? "OutputSizeD, OutputSizeH and OutputSizeW" : "OutputSizeH and OutputSizeW";
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.InvalidOutputSize,
                        arguments.Location(adaptiveName) ?? attributeLocation,
                        $"the {axisName} axis has no output size; adaptive pooling needs one on every axis: write OutputSize, or all of {all}"));
                }

                return null;
            }

            int value = arguments.Int(name, 0);
            if (value < 1)
            {
                if (reported.Add(name))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.InvalidOutputSize,
                        arguments.Location(name) ?? attributeLocation,
                        $"{name} is {value}; an adaptive output size must be at least 1"));
                }

                return null;
            }

            return new AxisInfo(1, 1, 0, 1) { OutputSize = value };
        }

        var placeholder = new AxisInfo(1, 1, 0, 1);
        d = rank == 3 ? Axis("D", "depth") : null;
        AxisInfo? hAxis = rank >= 2 ? Axis("H", "height") : placeholder;
        AxisInfo? wAxis = rank == 1 ? Axis("L", "length") : Axis("W", "width");
        ok &= hAxis is not null && wAxis is not null && (rank != 3 || d is not null);
        h = hAxis ?? placeholder;
        w = wAxis ?? placeholder;
        d = rank == 3 ? d ?? placeholder : null;
        return ok;
    }

    /// <summary>Global = true: no window property may be written.</summary>
    private static bool CheckGlobal(Arguments arguments, List<DiagnosticInfo> diagnostics)
    {
        bool ok = true;
        foreach (string property in WindowProperties.Where(arguments.Has))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GlobalWithWindow, arguments.Location(property), property));
            ok = false;
        }

        return ok;
    }

    /// <summary>AutoPad against explicit padding, then Pads (ONNX order: every axis's beginning, then every axis's end).</summary>
    private static bool ReadPads(Arguments arguments, int rank, AutoPadModel autoPad, ref AxisInfo? d, ref AxisInfo h, ref AxisInfo w, LocationInfo? attributeLocation, List<DiagnosticInfo> diagnostics)
    {
        bool ok = true;
        int[]? pads = arguments.IntArray("Pads");
        if (autoPad != AutoPadModel.NotSet)
        {
            var conflicts = PaddingProperties.Where(arguments.Has).ToList();
            if (pads is not null)
            {
                conflicts.Add("Pads");
            }

            // ONNX sizes SAME and VALID outputs itself (VALID: ceil((n - e + 1) / s), the floor-mode size), so CeilMode has no place.
            if (arguments.Bool("CeilMode", false))
            {
                conflicts.Add("CeilMode");
            }

            foreach (string property in conflicts)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AutoPadWithPadding, arguments.Location(property) ?? attributeLocation, property, autoPad.ToString()));
                ok = false;
            }

            return ok;
        }

        if (pads is null)
        {
            return true;
        }

        LocationInfo? location = arguments.Location("Pads") ?? attributeLocation;
        foreach (string property in PaddingProperties.Where(arguments.Has))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPads, arguments.Location(property) ?? location, $"'{property}' cannot be combined with Pads, which sets every padding; remove one of them"));
            ok = false;
        }

        string[] names = rank switch { 1 => new[] { "length" }, 2 => new[] { "height", "width" }, _ => new[] { "depth", "height", "width" } };
        if (pads.Length != 2 * rank)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidPads,
                location,
                $"Pads has {pads.Length} values; {rank}D pooling needs {2 * rank}: the beginnings of the {string.Join(", ", names)} axes, then their ends"));
            return false;
        }

        AxisInfo?[] axes = rank switch { 1 => new AxisInfo?[] { w }, 2 => new AxisInfo?[] { h, w }, _ => new[] { d, h, w } };
        for (int i = 0; i < rank; i++)
        {
            AxisInfo axis = axes[i]!;
            foreach (int index in new[] { i, i + rank })
            {
                if (pads[index] < 0 || pads[index] >= axis.Effective)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.InvalidPads,
                        location,
                        $"Pads[{index}] is {pads[index]}; the padding at the {(index < rank ? "beginning" : "end")} of the {names[i]} axis must be at least 0 and less than the effective window ({axis.Effective})"));
                    ok = false;
                }
            }

            axes[i] = axis with { Padding = pads[i], PaddingEndOverride = pads[i + rank] == pads[i] ? null : pads[i + rank] };
        }

        if (ok)
        {
            (d, h, w) = rank switch { 1 => (d, h, axes[0]!), 2 => (d, axes[0]!, axes[1]!), _ => (axes[0], axes[1]!, axes[2]!) };
        }

        return ok;
    }

    /// <summary>P for Lp, DivisorOverride for average, and which kinds may have indices.</summary>
    private static bool ReadReductionOptions(Arguments arguments, PoolKindModel kind, string? indicesName, LocationInfo? indicesLocation, LocationInfo? attributeLocation, List<DiagnosticInfo> diagnostics, out int p, out int divisorOverride)
    {
        bool ok = true;
        p = 0;
        divisorOverride = 0;
        if (kind == PoolKindModel.Lp)
        {
            if (!arguments.Has("P"))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LpNeedsP, attributeLocation));
                ok = false;
            }
            else if ((p = arguments.Int("P", 0)) < 1)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidP, arguments.Location("P") ?? attributeLocation, $"P is {p}; the exponent of Lp pooling must be at least 1"));
                ok = false;
            }
        }
        else if (arguments.Has("P"))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidP, arguments.Location("P") ?? attributeLocation, $"P applies to Lp pooling only; remove it from this {KindName(kind)} pooling method"));
            ok = false;
        }

        if (arguments.Has("DivisorOverride") && !IsAdaptive(arguments)) // Adaptive: PG0053 says it (ReadAdaptive).
        {
            int value = arguments.Int("DivisorOverride", 0);
            LocationInfo? location = arguments.Location("DivisorOverride") ?? attributeLocation;
            if (kind != PoolKindModel.Average)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDivisorOverride, location, $"DivisorOverride applies to average pooling only; remove it from this {KindName(kind)} pooling method"));
                ok = false;
            }
            else if (value < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDivisorOverride, location, $"DivisorOverride is {value}; it must be at least 1 (0 means no override)"));
                ok = false;
            }
            else
            {
                divisorOverride = value;
            }
        }

        if (indicesName is not null && kind is PoolKindModel.Average or PoolKindModel.Lp)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IndicesNotSupported, indicesLocation ?? attributeLocation, kind == PoolKindModel.Average ? "Average" : "Lp"));
            ok = false;
        }

        return ok;
    }

    /// <summary>
    /// IndexOrder: a defined PoolIndexOrder value (else PG0051), written only on a method with an 'indices' parameter
    /// (else PG0070, at the property). Unwritten, or on an invalid value: Plane.
    /// </summary>
    private static bool ReadIndexOrder(Arguments arguments, string methodName, bool indicesWritten, LocationInfo? attributeLocation, List<DiagnosticInfo> diagnostics, out IndexOrderModel order)
    {
        order = IndexOrderModel.Plane;
        if (!arguments.Has("IndexOrder"))
        {
            return true;
        }

        LocationInfo? location = arguments.Location("IndexOrder") ?? attributeLocation;
        int value = arguments.Int("IndexOrder", 0);
        if (value is < 0 or > 2)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownEnumValue, location, "IndexOrder", value.ToString(CultureInfo.InvariantCulture), "PoolIndexOrder.Plane, Tensor or TensorColumnMajor"));
            return false;
        }

        if (!indicesWritten)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IndexOrderWithoutIndices, location, methodName));
            return false;
        }

        order = (IndexOrderModel)value;
        return true;
    }

    /// <summary>ClampMin/ClampMax as values of the element type; an unbounded side (infinity) is null.</summary>
    private static bool ReadClamp(Arguments arguments, ElementTypeInfo element, LocationInfo? attributeLocation, List<DiagnosticInfo> diagnostics, out double? min, out double? max)
    {
        min = max = null;
        bool ok = true;
        double low = arguments.Double("ClampMin", double.NegativeInfinity);
        double high = arguments.Double("ClampMax", double.PositiveInfinity);
        foreach ((string name, double value) in new[] { ("ClampMin", low), ("ClampMax", high) })
        {
            if (!arguments.Has(name))
            {
                continue;
            }

            LocationInfo? location = arguments.Location(name) ?? attributeLocation;
            if (double.IsNaN(value))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidClamp, location, $"{name} is NaN; a clamp bound must be a number (or an infinity for no bound)"));
                ok = false;
            }
            else if (!element.IsFloatingPoint && !double.IsInfinity(value) && !FitsInteger(value, element.Keyword))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidClamp, location, $"{name} is {value.ToString("R", CultureInfo.InvariantCulture)}, which is not a {element.Keyword} value; an integer kernel clamps to integers of its type"));
                ok = false;
            }
        }

        if (ok && low > high)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidClamp,
                arguments.Location("ClampMin") ?? attributeLocation,
                $"ClampMin ({low.ToString("R", CultureInfo.InvariantCulture)}) is greater than ClampMax ({high.ToString("R", CultureInfo.InvariantCulture)})"));
            ok = false;
        }

        if (ok)
        {
            min = arguments.Has("ClampMin") && !double.IsNegativeInfinity(low) ? low : null;
            max = arguments.Has("ClampMax") && !double.IsPositiveInfinity(high) ? high : null;
        }

        return ok;
    }

    private static bool FitsInteger(double value, string keyword)
    {
        if (Math.Floor(value) != value)
        {
            return false;
        }

        (double lo, double hi) = keyword switch
        {
            "byte" => (byte.MinValue, byte.MaxValue),
            "sbyte" => (sbyte.MinValue, sbyte.MaxValue),
            "short" => (short.MinValue, short.MaxValue),
            "ushort" => (ushort.MinValue, ushort.MaxValue),
            "int" => (int.MinValue, int.MaxValue),
            "uint" => (uint.MinValue, uint.MaxValue),
            "long" => (long.MinValue, 9223372036854774784d), // the largest double below 2^63
            _ => (0d, 18446744073709549568d), // ulong: the largest double below 2^64
        };
        return value >= lo && value <= hi;
    }
}
