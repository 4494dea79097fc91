using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PoolGen.Generator.Model;

namespace PoolGen.Generator.Parsing;

/// <summary>The parser's reading of the quantization parameters (InputScale, InputZeroPoint, OutputScale, OutputZeroPoint).</summary>
internal static partial class PoolParser
{
    private static readonly string[] QuantizationProperties = { "InputScale", "InputZeroPoint", "OutputScale", "OutputZeroPoint" };

    private static readonly string[] DilationProperties = { "Dilation", "DilationD", "DilationH", "DilationW" };

    /// <summary>Whether any of the four quantization properties is written.</summary>
    private static bool HasQuantization(Arguments arguments) => QuantizationProperties.Any(arguments.Has);

    /// <summary>
    /// The four parameters, when written: byte or sbyte, average, max or min (PG0057), all four (PG0058), scales positive
    /// and finite as floats (PG0055), zero points values of the element type (PG0056); average has no dilation or divisor
    /// override (PG0059), as ONNX Runtime's QLinearAveragePool (adaptive windows, OutputSize*, are allowed: ONNX Runtime's
    /// windowed rule over the adaptive window). Null (and true) when none is written.
    /// </summary>
    private static bool ReadQuantization(Arguments arguments, PoolKindModel kind, ElementTypeInfo element, AxisInfo?[] axes, LocationInfo? attributeLocation, List<DiagnosticInfo> diagnostics, out QuantizationInfo? quantization)
    {
        quantization = null;
        if (!HasQuantization(arguments))
        {
            return true;
        }

        string? notHere = kind == PoolKindModel.Lp ? "Lp pooling has no quantized form"
            : element.IsFloatingPoint ? $"{element.Keyword} values are not quantized (only byte and sbyte are)"
            : element.Keyword is not ("byte" or "sbyte") ? $"{element.Keyword} is not an 8-bit type (only byte and sbyte are quantized)"
            : null;
        if (notHere is not null)
        {
            foreach (string property in QuantizationProperties.Where(arguments.Has))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuantizationNotSupported, arguments.Location(property) ?? attributeLocation, property, notHere));
            }

            return false;
        }

        bool ok = true;
        var missing = QuantizationProperties.Where(p => !arguments.Has(p)).ToList();
        if (missing.Count > 0)
        {
            string list = missing.Count == 1 ? missing[0] : string.Join(", ", missing.Take(missing.Count - 1)) + " and " + missing[missing.Count - 1];
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IncompleteQuantization, attributeLocation, list));
            ok = false;
        }

        float Scale(string name)
        {
            double value = arguments.Double(name, 0);
            float single = (float)value;
            if (arguments.Has(name) && !(single > 0 && !float.IsInfinity(single)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidQuantizationScale, arguments.Location(name) ?? attributeLocation, name, double.IsPositiveInfinity(value) ? "infinity" : double.IsNegativeInfinity(value) ? "-infinity" : value.ToString("R", CultureInfo.InvariantCulture)));
                ok = false;
            }

            return single;
        }

        (int low, int high) = element.Keyword == "byte" ? (0, 255) : (-128, 127);
        int ZeroPoint(string name)
        {
            int value = arguments.Int(name, 0);
            if (value < low || value > high)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidZeroPoint, arguments.Location(name) ?? attributeLocation, name, value.ToString(CultureInfo.InvariantCulture), element.Keyword, low.ToString(CultureInfo.InvariantCulture), high.ToString(CultureInfo.InvariantCulture)));
                ok = false;
            }

            return value;
        }

        float inputScale = Scale("InputScale");
        int inputZeroPoint = ZeroPoint("InputZeroPoint");
        float outputScale = Scale("OutputScale");
        int outputZeroPoint = ZeroPoint("OutputZeroPoint");

        // Adaptive windows (OutputSize*) take ONNX Runtime's windowed rule over each adaptive window; a dilation or divisor
        // override written beside them is PG0053 already (ReadAdaptive), so it is not reported twice.
        if (kind == PoolKindModel.Average && !IsAdaptive(arguments))
        {
            bool dilated = axes.Any(a => a is not null && a.Dilation != 1);
            foreach (string property in DilationProperties.Where(p => arguments.Has(p) && arguments.Int(p, 1) != 1))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuantizedAverageOption, arguments.Location(property) ?? attributeLocation, property, "dilation"));
                ok = false;
                dilated = false;
            }

            if (dilated)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuantizedAverageOption, attributeLocation, "Dilation", "dilation"));
                ok = false;
            }

            if (arguments.Has("DivisorOverride"))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuantizedAverageOption, arguments.Location("DivisorOverride") ?? attributeLocation, "DivisorOverride", "divisor override"));
                ok = false;
            }
        }

        if (ok)
        {
            quantization = new QuantizationInfo(inputScale, inputZeroPoint, outputScale, outputZeroPoint);
        }

        return ok;
    }
}
