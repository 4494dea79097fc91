using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

internal static partial class RowVectors
{
    /// <summary>Stride 2 with adjacent taps (dilation 1) and at least two of them: taps come in even/odd pairs.</summary>
    private static bool UsesPairs(PoolSpec model) => model.W.Stride == 2 && model.W.Dilation == 1 && model.W.Kernel >= 2;

    // Unpaired stride-2 taps (see RowTaps): the first (dilated windows) takes the even elements, the others the
    // odd elements of the run starting one before them, so that no load reaches past the window's last tap.
    private static bool NeedsEvens(PoolSpec model) => !UsesPairs(model) && model.W.Kernel > 1;

    private static bool NeedsOdds(PoolSpec model) => model.W.Kernel > 1 && (!UsesPairs(model) || model.W.Kernel % 2 == 1);

    /// <summary>
    /// Whether vectors of this width hold their windows in lane order (0 1 4 5 2 3 6 7) rather than memory order:
    /// stride 2 over 4- and 8-byte elements at 256 bits, whose shuffles work within 128-bit halves (128 bits have one
    /// half, and 512 bits use two-source permutes across the whole vector).
    /// </summary>
    private static bool InLaneOrder(PoolSpec model, int bits) => model.W.Stride == 2 && bits == 256 && KernelPlanner.ElementSize(model.ElementType.Keyword) >= 4;

    /// <summary>Whether the kernel uses x86 shuffles: stride 2 over 4- and 8-byte elements (1- and 2-byte ones are widened portably).</summary>
    public static bool UsesX86Shuffles(PoolSpec model) => model.W.Stride == 2 && KernelPlanner.ElementSize(model.ElementType.Keyword) >= 4;

    /// <summary>
    /// Pairs, Evens and Odds of the 2N elements at source + offset, in lane order; EvensWithin for 1-wide
    /// windows, which must not read the last element; Store from lane order to memory order (256 bits).
    /// </summary>
    private static void EmitStride2Helpers(CodeWriter w, PoolSpec model, int bits, bool first)
    {
        string t = model.ElementType.Keyword;
        string vector = "Vector" + bits;
        string type = $"{vector}<{t}>";
        int lanes = KernelPlanner.Lanes(model, bits);
        bool wide = KernelPlanner.ElementSize(t) == 8;
        bool permuted = bits == 256;
        string lane = wide ? "double" : "float";
        string isa = bits == 512 ? "Avx512F" : bits == 256 ? "Avx2" : wide ? "Sse2" : "Sse";
        string shuffleIsa = bits == 256 ? "Avx" : isa;
        string As(string expression) => t == lane ? expression : $"{expression}.As<{t}, {lane}>()";
        string Back(string expression) => t == lane ? expression : $"{expression}.As<{lane}, {t}>()";
        string even = wide ? $"{shuffleIsa}.UnpackLow(a, b)" : $"{shuffleIsa}.Shuffle(a, b, 0b10_00_10_00)";
        string odd = wide ? $"{shuffleIsa}.UnpackHigh(a, b)" : $"{shuffleIsa}.Shuffle(a, b, 0b11_01_11_01)";
        if (bits == 512)
        {
            // VPERMT2PS/VPERMT2PD pick any lanes of two vectors: the even (odd) elements of both, in memory order.
            string Picks(int start) => $"{vector}.Create({string.Join(", ", Enumerable.Range(0, lanes).Select(i => (2 * i) + start + (wide ? "L" : string.Empty)))})";
            string permute = wide ? "PermuteVar8x64x2" : "PermuteVar16x32x2";
            even = $"Avx512F.{permute}(a, {Picks(0)}, b)";
            odd = $"Avx512F.{permute}(a, {Picks(1)}, b)";
        }
        string indexType = IndexType(t);
        string suffix = indexType switch { "uint" => "u", "long" => "L", "ulong" => "UL", _ => string.Empty };

        // The portable fallbacks: the even elements of 2N - 1 elements, in memory order, then in lane order.
        var evens = new List<string>();
        var odds = new List<string>();
        var mask = new List<string>();
        var order = new List<string>();
        int half = lanes / 2;
        string maskType = wide ? "long" : "int";
        string maskSuffix = wide ? "L" : string.Empty;
        for (int i = 0; i < lanes; i++)
        {
            evens.Add((2 * (i % half)) + suffix);
            odds.Add(((2 * (i % half)) + 1) + suffix);
            mask.Add((i < half ? "-1" : "0") + maskSuffix);
            order.Add(LaneOrder(lanes, permuted, i) + suffix);
        }

        string laneOrder = $"{vector}.Create({string.Join(", ", order)})";
        string ToLanes(string natural) => permuted ? $"{vector}.Shuffle({natural}, {laneOrder})" : natural;

        w.Line();
        if (first)
        {
            w.Line("// The even elements of the 2N - 1 elements at source + offset, in memory order: the lower half is shuffled out");
            w.Line("// of one load, the upper half out of a second load that ends on the last of them, so nothing beyond it is read.");
        }

        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"private static {type} EvensInOrder{bits}(ref {t} source, nuint offset)"))
        {
            w.Line($"{type} low = {vector}.Shuffle({vector}.LoadUnsafe(ref source, offset), {vector}.Create({string.Join(", ", evens)}));");
            w.Line($"{type} high = {vector}.Shuffle({vector}.LoadUnsafe(ref source, offset + {lanes - 1}), {vector}.Create({string.Join(", ", odds)}));");
            string maskValue = $"{vector}.Create({string.Join(", ", mask)})";
            w.Line($"return {vector}.ConditionalSelect({(maskType == t ? maskValue : $"{maskValue}.As<{maskType}, {t}>()")}, low, high);");
        }

        if (model.W.Kernel == 1)
        {
            w.Line();
            if (first)
            {
                w.Line("// A 1-wide window: the even elements in lane order, reading nothing past the last of them.");
            }

            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            w.Line($"private static {type} EvensWithin{bits}(ref {t} source, nuint offset) => {ToLanes($"EvensInOrder{bits}(ref source, offset)")};");
        }

        bool pairs = UsesPairs(model);
        if (pairs)
        {
            w.Line();
            if (first || permuted)
            {
                w.Line(permuted
                    ? $"// The even and the odd elements of the 2N elements at source + offset, in lane order ({LaneOrderText(lanes)})."
                    : "// The even and the odd elements of the 2N elements at source + offset.");
            }

            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            using (w.Block($"private static void Pairs{bits}(ref {t} source, nuint offset, out {type} evens, out {type} odds)"))
            {
                using (w.Block($"if ({isa}.IsSupported)"))
                {
                    w.Line($"{vector}<{lane}> a = {As($"{vector}.LoadUnsafe(ref source, offset)")};");
                    w.Line($"{vector}<{lane}> b = {As($"{vector}.LoadUnsafe(ref source, offset + {lanes})")};");
                    w.Line($"evens = {Back(even)};");
                    w.Line($"odds = {Back(odd)};");
                    w.Line("return;");
                }

                w.Line();
                w.Line($"evens = {ToLanes($"EvensInOrder{bits}(ref source, offset)")};");
                w.Line($"odds = {ToLanes($"EvensInOrder{bits}(ref source, offset + 1)")};");
            }
        }

        foreach ((string name, string pick, int start, bool needed) in new[] { ("Evens", even, 0, NeedsEvens(model)), ("Odds", odd, 1, NeedsOdds(model)) })
        {
            if (!needed)
            {
                continue;
            }

            w.Line();
            if (first || permuted)
            {
                w.Line($"// The {(name == "Evens" ? "even" : "odd")} elements of the 2N elements at source + offset{(permuted ? ", in lane order" : string.Empty)}.");
            }

            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            using (w.Block($"private static {type} {name}{bits}(ref {t} source, nuint offset)"))
            {
                using (w.Block($"if ({isa}.IsSupported)"))
                {
                    w.Line($"{vector}<{lane}> a = {As($"{vector}.LoadUnsafe(ref source, offset)")};");
                    w.Line($"{vector}<{lane}> b = {As($"{vector}.LoadUnsafe(ref source, offset + {lanes})")};");
                    w.Line($"return {Back(pick)};");
                }

                w.Line();
                w.Line($"return {ToLanes($"EvensInOrder{bits}(ref source, {Plus("offset", start)})")};");
            }
        }

        if (permuted)
        {
            string swap = $"Avx2.Permute4x64(value.As<{t}, double>(), 0b11_01_10_00).As<double, {t}>()";
            if (t == "double")
            {
                swap = "Avx2.Permute4x64(value, 0b11_01_10_00)";
            }
            else if (t == "float")
            {
                swap = "Avx2.Permute4x64(value.AsDouble(), 0b11_01_10_00).AsSingle()";
            }

            w.Line();
            w.Line("// Stores windows held in lane order: swapping the middle 64-bit quarters restores memory order.");

            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            using (w.Block($"private static void Store{bits}({type} value, ref {t} destination, nuint index)"))
            {
                using (w.Block($"if ({isa}.IsSupported)"))
                {
                    w.Line($"{swap}.StoreUnsafe(ref destination, index);");
                    w.Line("return;");
                }

                w.Line();
                w.Line($"{vector}.Shuffle(value, {laneOrder}).StoreUnsafe(ref destination, index);");
            }
        }
    }

    /// <summary>
    /// Stride 2 for 1- and 2-byte integers: a pair of elements is read as one integer twice as wide, whose low
    /// half (the even element, little-endian) is masked out and high half (the odd element) shifted down, and
    /// the two halves are narrowed back. The lanes stay in memory order.
    /// </summary>
    private static void EmitNarrowStride2Helpers(CodeWriter w, PoolSpec model, int bits, bool first)
    {
        string t = model.ElementType.Keyword;
        string vector = "Vector" + bits;
        string type = $"{vector}<{t}>";
        int lanes = KernelPlanner.Lanes(model, bits);
        bool bytes = KernelPlanner.ElementSize(t) == 1;
        string wider = bytes ? "ushort" : "uint";
        string widen = bytes ? "AsUInt16()" : "AsUInt32()";
        string low = bytes ? "0xFF" : "0xFFFF";
        int shift = bytes ? 8 : 16;
        string back = t switch { "sbyte" => ".AsSByte()", "short" => ".AsInt16()", _ => string.Empty };
        string mask = $"{vector}.Create(({wider}){low})";
        string Evens(string x, string y) => $"{vector}.Narrow({x} & {mask}, {y} & {mask}){back}";
        string Odds(string x, string y) => $"{vector}.Narrow({x} >>> {shift}, {y} >>> {shift}){back}";
        bool pairs = UsesPairs(model);

        void Loads(string secondOffset)
        {
            w.Line($"{vector}<{wider}> a = {vector}.LoadUnsafe(ref source, offset).{widen};");
            w.Line($"{vector}<{wider}> b = {vector}.LoadUnsafe(ref source, {secondOffset}).{widen};");
        }

        if (pairs)
        {
            w.Line();
            if (first)
            {
                w.Line("// The even and the odd elements of the 2N elements at source + offset: each pair of elements is read as one");
                w.Line($"// {wider}, whose low half (the even element) is masked out and high half (the odd one) shifted down; both are");
                w.Line("// narrowed back, lanes in memory order.");
            }

            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            using (w.Block($"private static void Pairs{bits}(ref {t} source, nuint offset, out {type} evens, out {type} odds)"))
            {
                Loads($"offset + {lanes}");
                w.Line($"evens = {Evens("a", "b")};");
                w.Line($"odds = {Odds("a", "b")};");
            }
        }

        if (NeedsEvens(model))
        {
            w.Line();
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            using (w.Block($"private static {type} Evens{bits}(ref {t} source, nuint offset)"))
            {
                Loads($"offset + {lanes}");
                w.Line($"return {Evens("a", "b")};");
            }
        }

        if (NeedsOdds(model))
        {
            w.Line();
            if (first && !pairs)
            {
                w.Line("// The odd elements of the 2N elements at source + offset.");
            }

            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            using (w.Block($"private static {type} Odds{bits}(ref {t} source, nuint offset)"))
            {
                Loads($"offset + {lanes}");
                w.Line($"return {Odds("a", "b")};");
            }
        }

        if (model.W.Kernel == 1)
        {
            w.Line();
            if (first)
            {
                w.Line("// A 1-wide window: the even elements of the 2N - 1 elements at source + offset. The second load starts one");
                w.Line("// element early, so its pairs hold an even element in their high half and nothing past it is read.");
            }

            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            using (w.Block($"private static {type} EvensWithin{bits}(ref {t} source, nuint offset)"))
            {
                Loads($"offset + {lanes - 1}");
                w.Line($"return {vector}.Narrow(a & {mask}, b >>> {shift}){back};");
            }
        }
    }

    /// <summary>The window in lane <paramref name="i"/>: 0 1 4 5 2 3 6 7 for 8 lanes, 0 2 1 3 for 4 (the order is its own inverse).</summary>
    private static int LaneOrder(int lanes, bool permuted, int i)
    {
        if (!permuted)
        {
            return i;
        }

        int quarter = lanes / 4;
        int block = i / quarter;
        int swapped = block == 1 ? 2 : block == 2 ? 1 : block;
        return (swapped * quarter) + (i % quarter);
    }

    private static string LaneOrderText(int lanes)
    {
        var text = new List<string>();
        for (int i = 0; i < lanes; i++)
        {
            text.Add(LaneOrder(lanes, true, i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "windows " + string.Join(" ", text);
    }

    private static string IndexType(string t) => t switch
    {
        "float" or "int" => "int",
        "uint" => "uint",
        "ulong" => "ulong",
        _ => "long",
    };
}
