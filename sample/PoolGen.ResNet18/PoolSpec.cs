using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Reflection;
using PoolGen.ResNet18.Onnx;

namespace PoolGen.ResNet18
{
    /// <summary>A 2D channels-first float pooling kernel: <c>(input, output, batch, channels, height, width)</c>.</summary>
    internal delegate void PoolKernel(ReadOnlySpan<float> input, Span<float> output, int batch, int channels, int height, int width);

    /// <summary>
    /// A 2D pooling written out in ONNX's terms with every default applied, so that an ONNX node and a
    /// <c>[Pool]</c> attribute describing the same pooling compare equal: the operator, then per axis (H, W) the
    /// kernel, strides, pads (ONNX order: begins, then ends), dilations, and ceil_mode, count_include_pad (average
    /// only), auto_pad (NOTSET, SAME_UPPER or SAME_LOWER; VALID is NOTSET without pads) and p (Lp only). Global
    /// operators have no window attributes.
    /// </summary>
    internal sealed class PoolSpec
    {
        public PoolSpec(string opType, int[] kernel, int[] strides, int[] pads, int[] dilations, bool ceilMode, bool countIncludePad, string autoPad, int p)
        {
            OpType = opType;
            Kernel = kernel;
            Strides = strides;
            Pads = pads;
            Dilations = dilations;
            CeilMode = ceilMode;
            CountIncludePad = countIncludePad;
            AutoPad = autoPad;
            P = p;
        }

        public static readonly IReadOnlySet<string> PoolingOps = new HashSet<string>
        {
            "MaxPool", "AveragePool", "LpPool", "GlobalMaxPool", "GlobalAveragePool", "GlobalLpPool",
        };

        public string OpType { get; }

        public int[] Kernel { get; }

        public int[] Strides { get; }

        /// <summary>ONNX order: top, left, bottom, right.</summary>
        public int[] Pads { get; }

        public int[] Dilations { get; }

        public bool CeilMode { get; }

        public bool CountIncludePad { get; }

        public string AutoPad { get; }

        public int P { get; }

        public bool IsGlobal => OpType.StartsWith("Global", StringComparison.Ordinal);

        public bool IsMax => OpType is "MaxPool" or "GlobalMaxPool";

        /// <summary>Taps in one window (the whole plane for a global operator: 0 here).</summary>
        public int WindowTaps => Kernel.Aggregate(1, (a, b) => a * b);

        public bool Same(PoolSpec other) => Key == other.Key;

        /// <summary>The output size of a plane of <paramref name="height"/> x <paramref name="width"/>, by PoolGen's rules.</summary>
        public (int Height, int Width) OutputSize(int height, int width)
        {
            if (IsGlobal)
            {
                return (1, 1);
            }

            if (AutoPad != "NOTSET")
            {
                return (PoolShape.SameOutputSize(height, Strides[0]), PoolShape.SameOutputSize(width, Strides[1]));
            }

            return (
                PoolShape.OutputSize(height, Kernel[0], Strides[0], (Pads[0], Pads[2]), Dilations[0], CeilMode),
                PoolShape.OutputSize(width, Kernel[1], Strides[1], (Pads[1], Pads[3]), Dilations[1], CeilMode));
        }

        public override string ToString() => Key;

        private string Key => IsGlobal
            ? OpType + (OpType == "GlobalLpPool" ? $" p={P}" : string.Empty)
            : $"{OpType} kernel_shape={List(Kernel)} strides={List(Strides)} pads={List(Pads)} dilations={List(Dilations)} ceil_mode={(CeilMode ? 1 : 0)}"
                + (OpType == "AveragePool" ? $" count_include_pad={(CountIncludePad ? 1 : 0)}" : string.Empty)
                + (AutoPad != "NOTSET" ? $" auto_pad={AutoPad}" : string.Empty)
                + (OpType == "LpPool" ? $" p={P}" : string.Empty);

        private static string List(int[] values) => "[" + string.Join(",", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";

        /// <summary>
        /// The spec of an ONNX pooling node, with the ONNX defaults (strides 1, pads 0, dilations 1, ceil_mode 0,
        /// count_include_pad 0, auto_pad NOTSET, p 2), or null with the reason PoolGen's float 2D channels-first span
        /// kernels cannot run it.
        /// </summary>
        public static PoolSpec? FromNode(OnnxNode node, out string? reason)
        {
            reason = null;
            if (!PoolingOps.Contains(node.OpType) || node.Domain is not ("" or "ai.onnx"))
            {
                reason = $"{node.OpType} is not an ONNX pooling operator";
                return null;
            }

            if (node.Outputs.Count > 1 && node.Outputs[1].Length > 0)
            {
                // ONNX's Indices count over the whole tensor, PoolGen's within each plane (docs/semantics.md).
                reason = "the node has an Indices output";
                return null;
            }

            int p = (int)(node.Attribute("p")?.Int ?? 2);
            if (node.OpType.StartsWith("Global", StringComparison.Ordinal))
            {
                return new PoolSpec(node.OpType, Array.Empty<int>(), Array.Empty<int>(), Array.Empty<int>(), Array.Empty<int>(), false, false, "NOTSET", node.OpType == "GlobalLpPool" ? p : 0);
            }

            long[]? kernel = node.Attribute("kernel_shape")?.Ints;
            if (kernel == null || kernel.Length != 2)
            {
                reason = $"kernel_shape has {kernel?.Length ?? 0} axes; the kernels here are 2D";
                return null;
            }

            int[] Ints(string name, int count, int value) => node.Attribute(name)?.Ints.Select(v => checked((int)v)).ToArray() ?? Enumerable.Repeat(value, count).ToArray();
            int[] pads = Ints("pads", 4, 0);
            string autoPad = node.Attribute("auto_pad")?.Text ?? "NOTSET";
            if (autoPad == "VALID")
            {
                autoPad = "NOTSET";
                pads = new int[4];
            }

            return new PoolSpec(
                node.OpType,
                kernel.Select(k => checked((int)k)).ToArray(),
                Ints("strides", 2, 1),
                pads,
                Ints("dilations", 2, 1),
                (node.Attribute("ceil_mode")?.Int ?? 0) != 0,
                node.OpType == "AveragePool" && (node.Attribute("count_include_pad")?.Int ?? 0) != 0,
                autoPad,
                node.OpType == "LpPool" ? p : 0);
        }

        /// <summary>
        /// The spec of a <c>[Pool]</c> attribute as compiled into the method (the sample defines
        /// POOLGEN_KEEP_ATTRIBUTES, so the attribute stays in the metadata), with PoolGen's defaults (stride = size,
        /// count_include_pad true); null with the reason when it sets something ONNX pooling cannot express or the
        /// kernels here do not take (channels last, clamps, a divisor override, fixed dimensions).
        /// </summary>
        public static PoolSpec? FromAttribute(CustomAttributeData attribute, out string? reason)
        {
            reason = null;
            var written = attribute.NamedArguments.ToDictionary(a => a.MemberName, a => a.TypedValue.Value);
            int Int(string name, int value) => written.TryGetValue(name, out object? v) ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : value;
            bool Bool(string name, bool value) => written.TryGetValue(name, out object? v) ? (bool)v! : value;

            string[] allowed =
            {
                "Kind", "Global", "Size", "SizeH", "SizeW", "Stride", "StrideH", "StrideW", "Padding", "PaddingH", "PaddingW",
                "Pads", "Dilation", "DilationH", "DilationW", "CeilMode", "CountIncludePad", "AutoPad", "P", "Layout",
            };
            string? other = written.Keys.FirstOrDefault(k => Array.IndexOf(allowed, k) < 0);
            if (other != null)
            {
                reason = $"it sets {other}";
                return null;
            }

            if (Int("Layout", (int)PoolLayout.Nchw) != (int)PoolLayout.Nchw)
            {
                reason = "it is channels last";
                return null;
            }

            var kind = (PoolKind)Int("Kind", (int)PoolKind.Max);
            if (kind == PoolKind.Min)
            {
                reason = "ONNX has no min pooling";
                return null;
            }

            string op = kind switch { PoolKind.Max => "MaxPool", PoolKind.Average => "AveragePool", _ => "LpPool" };
            int p = kind == PoolKind.Lp ? Int("P", 0) : 0;
            if (Bool("Global", false))
            {
                return new PoolSpec("Global" + op, Array.Empty<int>(), Array.Empty<int>(), Array.Empty<int>(), Array.Empty<int>(), false, false, "NOTSET", p);
            }

            int size = Int("Size", 0);
            int[] kernel = { Int("SizeH", size), Int("SizeW", size) };
            int stride = Int("Stride", 0);
            int[] strides = { Int("StrideH", stride), Int("StrideW", stride) };
            for (int axis = 0; axis < 2; axis++)
            {
                strides[axis] = strides[axis] == 0 ? kernel[axis] : strides[axis];
            }

            int dilation = Int("Dilation", 1);
            int[] dilations = { Int("DilationH", dilation), Int("DilationW", dilation) };
            int[] pads;
            if (written.TryGetValue("Pads", out object? padsValue))
            {
                pads = ((ReadOnlyCollection<CustomAttributeTypedArgument>)padsValue!).Select(v => (int)v.Value!).ToArray();
            }
            else
            {
                int padding = Int("Padding", 0);
                int padH = Int("PaddingH", padding), padW = Int("PaddingW", padding);
                pads = new[] { padH, padW, padH, padW };
            }

            string autoPad = (PoolAutoPad)Int("AutoPad", (int)PoolAutoPad.NotSet) switch
            {
                PoolAutoPad.SameUpper => "SAME_UPPER",
                PoolAutoPad.SameLower => "SAME_LOWER",
                _ => "NOTSET", // Valid is padding 0
            };
            if (autoPad != "NOTSET")
            {
                pads = new int[4];
            }

            return new PoolSpec(op, kernel, strides, pads, dilations, Bool("CeilMode", false), kind == PoolKind.Average && Bool("CountIncludePad", true), autoPad, p);
        }

        /// <summary>The attribute as it is written in the source: <c>[Pool(Kind = PoolKind.Max, Size = 3, ...)]</c>.</summary>
        public static string AttributeText(CustomAttributeData attribute) =>
            "[Pool(" + string.Join(", ", attribute.NamedArguments.Select(a => $"{a.MemberName} = {ValueText(a.TypedValue)}")) + ")]";

        private static string ValueText(CustomAttributeTypedArgument value) => value.Value switch
        {
            ReadOnlyCollection<CustomAttributeTypedArgument> items => "new[] { " + string.Join(", ", items.Select(ValueText)) + " }",
            bool b => b ? "true" : "false",
            _ when value.ArgumentType.IsEnum => $"{value.ArgumentType.Name}.{Enum.GetName(value.ArgumentType, value.Value!)}",
            _ => Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? "null",
        };
    }

    /// <summary>A <c>[Pool]</c> method the sample can run, with the attribute it was compiled from.</summary>
    internal sealed class KernelEntry
    {
        private KernelEntry(string name, PoolKernel run, CustomAttributeData attribute, PoolSpec? spec, string? reason)
        {
            Name = name;
            Run = run;
            Attribute = attribute;
            Spec = spec;
            Unmatchable = reason;
        }

        public string Name { get; }

        public PoolKernel Run { get; }

        public CustomAttributeData Attribute { get; }

        /// <summary>The ONNX pooling the attribute describes, or null (see <see cref="Unmatchable"/>).</summary>
        public PoolSpec? Spec { get; }

        public string? Unmatchable { get; }

        public string AttributeText => PoolSpec.AttributeText(Attribute);

        public static KernelEntry Create(Type type, string name, PoolKernel run)
        {
            MethodInfo method = type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                ?? throw new InvalidOperationException($"{type.Name}.{name} not found.");
            CustomAttributeData attribute = method.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType == typeof(PoolAttribute))
                ?? throw new InvalidOperationException($"{type.Name}.{name} has no [Pool] attribute in its metadata: compile with POOLGEN_KEEP_ATTRIBUTES defined.");
            PoolSpec? spec = PoolSpec.FromAttribute(attribute, out string? reason);
            return new KernelEntry($"{type.Name}.{name}", run, attribute, spec, reason);
        }

        /// <summary>The first kernel whose attribute describes the same pooling as <paramref name="node"/>.</summary>
        public static KernelEntry? Match(IEnumerable<KernelEntry> kernels, PoolSpec node) => kernels.FirstOrDefault(k => k.Spec != null && k.Spec.Same(node));
    }
}
