using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PoolGen.Generator.Model;

namespace PoolGen.Generator.Parsing;

internal static partial class PoolParser
{
    /// <summary>Reads Size/Stride/Padding/Dilation for one axis, applying the per-axis overrides that were written.</summary>
    private static AxisInfo? ReadAxis(Arguments arguments, string suffix, string axisName, string methodName, LocationInfo? attributeLocation, List<DiagnosticInfo> allDiagnostics, HashSet<string> reported, int rank)
    {
        // A property shared by the axes (Size, Stride, ...) is read once per axis but reported once.
        var diagnostics = new List<DiagnosticInfo>();
        AxisInfo? axis = ReadAxisCore(arguments, suffix, axisName, methodName, attributeLocation, diagnostics, rank);
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            if (reported.Add(diagnostic.Descriptor.Id + "|" + string.Join("|", diagnostic.MessageArgs)))
            {
                allDiagnostics.Add(diagnostic);
            }
        }

        return axis;
    }

    private static AxisInfo? ReadAxisCore(Arguments arguments, string suffix, string axisName, string methodName, LocationInfo? attributeLocation, List<DiagnosticInfo> diagnostics, int rank)
    {
        string sizeName = arguments.Has("Size" + suffix) ? "Size" + suffix : "Size";
        if (!arguments.Has(sizeName))
        {
            // Reported for every axis without a size; ReadAxis keeps one report per method.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingWindowSize, attributeLocation, methodName, rank switch
            {
                1 => "Size",
                3 => "Size, or all of SizeD, SizeH and SizeW",
                _ => "Size, or both SizeH and SizeW",
            }));

            return null;
        }

        bool ok = true;
        int kernel = arguments.Int(sizeName, 0);
        if (kernel < 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidWindowSize, arguments.Location(sizeName) ?? attributeLocation, sizeName, kernel.ToString()));
            ok = false;
        }

        string strideName = arguments.Has("Stride" + suffix) ? "Stride" + suffix : "Stride";
        int stride = arguments.Int(strideName, 0);
        if (stride < 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidStride, arguments.Location(strideName) ?? attributeLocation, strideName, stride.ToString()));
            ok = false;
        }
        else if (stride == 0)
        {
            stride = kernel;
        }

        string dilationName = arguments.Has("Dilation" + suffix) ? "Dilation" + suffix : "Dilation";
        int dilation = arguments.Int(dilationName, 1);
        if (dilation < 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDilation, arguments.Location(dilationName) ?? attributeLocation, dilationName, dilation.ToString()));
            ok = false;
        }

        if (ok && PoolMath.EffectiveKernel(kernel, dilation) > MaximumExtent)
        {
            string culprit = dilation > 1 ? dilationName : sizeName;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WindowTooLarge, arguments.Location(culprit) ?? attributeLocation, culprit, PoolMath.EffectiveKernel(kernel, dilation).ToString()));
            ok = false;
        }

        if (ok && stride > MaximumExtent)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WindowTooLarge, arguments.Location(strideName) ?? arguments.Location(sizeName) ?? attributeLocation, strideName, stride.ToString()));
            ok = false;
        }

        string paddingName = arguments.Has("Padding" + suffix) ? "Padding" + suffix : "Padding";
        int padding = arguments.Int(paddingName, 0);
        if (padding < 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NegativePadding, arguments.Location(paddingName) ?? attributeLocation, paddingName, padding.ToString()));
            ok = false;
        }
        else if (ok)
        {
            long effective = PoolMath.EffectiveKernel(kernel, dilation);
            if (padding > effective / 2)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.PaddingTooLarge,
                    arguments.Location(paddingName) ?? attributeLocation,
                    padding.ToString(),
                    axisName,
                    effective.ToString(),
                    (effective / 2).ToString()));
                ok = false;
            }
        }

        return ok ? new AxisInfo(kernel, stride, padding, dilation) : null;
    }

    /// <summary>
    /// AutoPad = SameUpper/SameLower on a method the 2D kernels implement otherwise, where the padding does not depend
    /// on the input size: on each axis stride 1 (the total padding is e - 1 for every size) or a size fixed on the
    /// attribute. The padding is then written out as static padding before and after (AutoPad NotSet): the same windows,
    /// output sizes (ceil(n / s)) and divisors as docs/semantics.md's run-time rule gives. Anything else is kept as it is.
    /// </summary>
    private static PoolSpec FoldStaticSamePadding(PoolSpec model)
    {
        if (!model.IsSameAutoPad || model.InvalidReason is not null || model.Rank != 2 ||
            StaticSameAxis(model.H, model.FixedHeight, model.AutoPad) is not { } h ||
            StaticSameAxis(model.W, model.FixedWidth, model.AutoPad) is not { } w)
        {
            return model;
        }

        PoolSpec folded = model with { AutoPad = AutoPadModel.NotSet, FoldedAutoPad = model.AutoPad, H = h, W = w };
        return folded.NeedsGeneral ? model : folded;
    }

    /// <summary>One axis's SAME padding when it is known now: out = ceil(n / s), total = max(0, (out - 1)*s + e - n), the odd one at the end (SameUpper) or the beginning (SameLower).</summary>
    private static AxisInfo? StaticSameAxis(AxisInfo axis, int fixedSize, AutoPadModel autoPad)
    {
        long total;
        if (axis.Stride == 1)
        {
            total = axis.Effective - 1;
        }
        else if (fixedSize > 0)
        {
            long output = ((fixedSize - 1L) / axis.Stride) + 1;
            total = Math.Max(0, ((output - 1) * axis.Stride) + axis.Effective - fixedSize);
        }
        else
        {
            return null;
        }

        int small = (int)(total / 2), large = (int)(total - small);
        (int begin, int end) = autoPad == AutoPadModel.SameUpper ? (small, large) : (large, small);
        return axis with { Padding = begin, PaddingEndOverride = begin == end ? null : end };
    }

    private static int ReadFixed(Arguments arguments, string name, Dimension dimension, List<Dimension> parameters, LocationInfo? attributeLocation, List<DiagnosticInfo> diagnostics, ref bool ok)
    {
        if (!arguments.Has(name))
        {
            return 0;
        }

        int value = arguments.Int(name, 0);
        LocationInfo? location = arguments.Location(name) ?? attributeLocation;
        if (value < 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFixedDimension, location, name, value.ToString()));
            ok = false;
            return 0;
        }

        if (value > 0 && parameters.Contains(dimension))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DimensionFixedTwice, location, DimensionNames[(int)dimension], name, value.ToString()));
            ok = false;
        }

        return value;
    }

    private static bool CheckFixedOutput(string name, int size, AxisInfo axis, bool ceilMode, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        if (PoolMath.OutputSize(size, axis.Kernel, axis.Stride, axis.Padding, axis.PaddingEnd, axis.Dilation, ceilMode) >= 1)
        {
            return true;
        }

        long minimum = PoolMath.MinimumInput(axis.Kernel, axis.Stride, axis.Padding, axis.PaddingEnd, axis.Dilation, ceilMode);
        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.EmptyOutput, location, name, size.ToString(), axis.Effective.ToString(), axis.Padding.ToString(), minimum.ToString()));
        return false;
    }
}
