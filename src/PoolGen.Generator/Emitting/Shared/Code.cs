using System.Globalization;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;

namespace PoolGen.Generator.Emitting;

/// <summary>Small pieces of C# text every emitter writes: numbers, offsets, names.</summary>
internal static class Code
{
    internal static readonly string GeneratorVersion =
        typeof(Code).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    /// <summary>The namespace of the file-local kernel classes: the names the kernels use resolve there, not in the user's code.</summary>
    internal const string KernelNamespace = "PoolGen.Generated";

    internal static string QualifiedName(PoolSpec model)
    {
        string types = string.Join(".", model.Hierarchy.Types.Select(t => t.Name)) + "." + model.MethodName;
        return model.Hierarchy.Namespace.Length > 0 ? model.Hierarchy.Namespace + "." + types : types;
    }

    internal static string KernelClassName(PoolSpec model) => model.MethodName.TrimStart('@') + "Kernel";

    internal static string DimensionName(Dimension dimension) => dimension switch
    {
        Dimension.Batch => "batch",
        Dimension.Channels => "channels",
        Dimension.Depth => "depth",
        Dimension.Height => "height",
        Dimension.Length => "length",
        _ => "width",
    };

    internal static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"name + 3", "name - 2" or "name" for name + offset.</summary>
    internal static string Plus(string name, long offset) =>
        offset == 0 ? name : offset > 0 ? $"{name} + {Int(offset)}" : $"{name} - {Int(-offset)}";

    /// <summary>A value of the element type as a C# literal of its accumulator type (a clamp bound), exactly.</summary>
    internal static string Literal(double value, ElementTypeInfo element)
    {
        string type = element.Accumulator;
        if (double.IsInfinity(value))
        {
            return $"{type}.{(value > 0 ? "PositiveInfinity" : "NegativeInfinity")}";
        }

        if (!element.IsFloatingPoint)
        {
            // Exactly: through long or ulong, not decimal (whose conversion from double keeps 15 digits).
            string digits = value < 9223372036854775808d
                ? ((long)value).ToString(CultureInfo.InvariantCulture)
                : ((ulong)value).ToString(CultureInfo.InvariantCulture);
            return type is "long" && value == -9223372036854775808d ? "long.MinValue" : $"(({type}){digits})";
        }

        if (type == "float" && float.IsInfinity((float)value))
        {
            // Beyond float's range: the bound a float kernel compares with is that infinity.
            return value > 0 ? "float.PositiveInfinity" : "float.NegativeInfinity";
        }

        string text = type == "float" ? ((float)value).ToString("R", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.') && !text.Contains('E'))
        {
            text += ".0";
        }

        return text + (type == "float" ? "f" : "d");
    }
}
