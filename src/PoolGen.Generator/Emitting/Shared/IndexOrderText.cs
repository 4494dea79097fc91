using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// The one statement of what an argmax (argmin) index means in each <see cref="IndexOrderModel"/> (docs/semantics.md,
/// "Index order"): <see cref="Encode"/> prints the index of a tap in an order, for every kernel that writes indices;
/// <see cref="EmitDecode"/> prints the way back, an index in an order to the offset of its tap in the plane being
/// processed, for kernels that read indices (max backward, max unpooling).
/// </summary>
/// <remarks>
/// The plane is always one (batch, channel) plane of the logical <c>[N, C, spatial...]</c> tensor, whatever the memory
/// layout; <c>origin</c> is the index of its first element in that tensor, <c>(b*C + c)*S</c> with <c>S</c> the product of
/// the spatial sizes. Sizes and coordinates are listed outermost axis first. Index values are below the input's element
/// count, which Run checks against the input span's length, so they fit in int.
/// </remarks>
internal static class IndexOrderText
{
    /// <summary>
    /// The index, in <paramref name="order"/>, of the tap at <paramref name="coordinates"/> (int expressions, one per axis,
    /// outermost first) of a plane of <paramref name="sizes"/> that starts at <paramref name="origin"/> (an nint
    /// expression) of the logical tensor. <paramref name="rowMajor"/> is the tap's row-major offset in its plane (an nint
    /// expression the caller has computed anyway): the whole <see cref="IndexOrderModel.Plane"/> index.
    /// </summary>
    public static string Encode(IndexOrderModel order, string rowMajor, IReadOnlyList<string> coordinates, IReadOnlyList<string> sizes, string origin) => order switch
    {
        IndexOrderModel.Plane => rowMajor,
        IndexOrderModel.Tensor => $"{origin} + {rowMajor}",
        _ => $"{origin} + {ColumnMajor(coordinates, sizes)}",
    };

    /// <summary>
    /// <see cref="Encode"/> for a tap known only by its row-major offset <paramref name="rowMajor"/> in its plane (an int
    /// or nint variable): the column-major order takes the coordinates apart first (a global window's reduction, once per
    /// plane).
    /// </summary>
    public static string EncodeOffset(IndexOrderModel order, string rowMajor, IReadOnlyList<string> sizes, string origin) =>
        Encode(order, rowMajor, Unravel(rowMajor, sizes, rowMajorOrder: true), sizes, origin);

    /// <summary>
    /// Decoding: prints <c>nint {offset} = ...;</c>, the row-major offset in its plane of the tap that <paramref name="index"/>
    /// (an expression of the indices' element type) names in <paramref name="order"/>, for the plane of <paramref name="sizes"/>
    /// that starts at <paramref name="origin"/> of the logical tensor (ignored by <see cref="IndexOrderModel.Plane"/>).
    /// First the bounds check: an index outside that plane throws ArgumentOutOfRangeException naming
    /// <paramref name="parameter"/>, so the offset is always inside the plane.
    /// </summary>
    public static void EmitDecode(CodeWriter w, IndexOrderModel order, string index, string offset, IReadOnlyList<string> sizes, string origin, string parameter)
    {
        string planeSize = PlaneSize(sizes);
        string range = order == IndexOrderModel.Plane ? $"[0, {{{planeSize}}})" : $"[{{{origin}}}, {{{origin} + {planeSize}}})";
        EmitDecodeOr(w, order, index, offset, sizes, origin, $"throw new ArgumentOutOfRangeException(\"{parameter}\", {index}, $\"An index in {order} order must lie in the plane being processed, {range}.\");");
    }

    /// <summary>
    /// <see cref="EmitDecode"/> with
    /// the statement <paramref name="outside"/> (a throw, or a return) run for an index outside the plane instead of
    /// the throw. The test is made on the index as a long, so that no index is taken for another by a narrowing cast.
    /// </summary>
    public static void EmitDecodeOr(CodeWriter w, IndexOrderModel order, string index, string offset, IReadOnlyList<string> sizes, string origin, string outside)
    {
        bool plane = order == IndexOrderModel.Plane;
        string planeSize = PlaneSize(sizes);
        string test = plane ? $"(ulong){index}" : $"(ulong)((long){index} - {origin})";
        using (w.Block($"if ({test} >= (ulong){(sizes.Count == 1 ? planeSize : "(" + planeSize + ")")})"))
        {
            w.Line(outside);
        }

        w.Line();
        string within = plane ? $"(nint){index}" : $"(nint)({index} - {origin})";
        if (order == IndexOrderModel.TensorColumnMajor && sizes.Count > 1)
        {
            // Column-major within the plane: take the coordinates apart (first axis fastest), then row-major.
            string local = offset + "ColumnMajor";
            w.Line($"nint {local} = {within};");
            w.Line($"nint {offset} = {RowMajor(Unravel(local, sizes, rowMajorOrder: false), sizes)};");
        }
        else
        {
            w.Line($"nint {offset} = {within};");
        }
    }

    /// <summary>The number of elements of a plane of <paramref name="sizes"/>: the one size as it is, or their product as nint.</summary>
    public static string PlaneSize(IReadOnlyList<string> sizes) => sizes.Count == 1 ? sizes[0] : "(nint)" + string.Join(" * ", sizes);

    /// <summary>t0 + t1*n0 + t2*n0*n1: the first axis fastest.</summary>
    private static string ColumnMajor(IReadOnlyList<string> coordinates, IReadOnlyList<string> sizes) =>
        string.Join(" + ", coordinates.Select((c, i) => i == 0 ? Group(c) : $"(nint){Group(c)} * {string.Join(" * ", sizes.Take(i))}"));

    /// <summary>(t0*n1 + t1)*n2 + t2: the last axis fastest.</summary>
    private static string RowMajor(IReadOnlyList<string> coordinates, IReadOnlyList<string> sizes)
    {
        string result = "(nint)" + Group(coordinates[0]);
        for (int i = 1; i < coordinates.Count; i++)
        {
            result = $"{(i == 1 ? result : "(" + result + ")")} * {sizes[i]} + {Group(coordinates[i])}";
        }

        return result;
    }

    /// <summary>The coordinates of an offset of the plane, in row-major (last axis fastest) or column-major order.</summary>
    private static IReadOnlyList<string> Unravel(string offset, IReadOnlyList<string> sizes, bool rowMajorOrder)
    {
        int count = sizes.Count;
        var coordinates = new string[count];
        for (int i = 0; i < count; i++)
        {
            // The sizes of the axes that vary faster than axis i divide it out; axis i's own size bounds it.
            IEnumerable<string> faster = rowMajorOrder ? sizes.Skip(i + 1) : sizes.Take(i);
            bool slowest = rowMajorOrder ? i == 0 : i == count - 1;
            string[] divisors = faster.ToArray();
            string quotient = divisors.Length == 0 ? offset : divisors.Length == 1 ? $"{offset} / {divisors[0]}" : $"{offset} / ({string.Join(" * ", divisors)})";
            coordinates[i] = slowest ? quotient : divisors.Length == 0 ? $"{offset} % {sizes[i]}" : $"({quotient}) % {sizes[i]}";
        }

        return coordinates;
    }

    private static string Group(string expression) =>
        expression.All(ch => char.IsLetterOrDigit(ch) || ch == '_') ? expression : "(" + expression + ")";
}
