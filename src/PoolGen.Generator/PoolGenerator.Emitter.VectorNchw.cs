using System.Collections.Generic;
using PoolGen.Generator.Model;

namespace PoolGen.Generator
{
    public sealed partial class PoolGenerator
    {
        internal static partial class Emitter
        {
            /// <summary>
            /// The vector part of the NCHW strategy: inside an interior row, runs of windows are computed a vector at a
            /// time, lane i being window ox + i, before the scalar loop finishes the row. Every lane performs the scalar
            /// path's operations in the scalar path's order, so the two agree bit for bit (NaN included).
            /// Stride 1 loads the taps directly; stride 2 gathers every other element with two loads and two
            /// shuffles (<c>Evens</c>), the second load ending on the last tap so nothing past it is read.
            /// </summary>
            private static class VectorNchw
            {
                /// <summary>The vector widths emitted, widest first. Each is used only where the JIT reports it accelerated.</summary>
                private static readonly int[] Widths = { 256, 128 };

                /// <summary>Whether this method gets the vector path.</summary>
                public static bool IsEligible(PoolMethodModel model)
                {
                    bool unrolled = (long)model.H.Kernel * model.W.Kernel <= ScalarNchw.UnrollLimit;
                    int size = ElementSize(model.ElementType.Keyword);
                    return unrolled && (model.W.Stride == 1 || (model.W.Stride == 2 && size >= 4));
                }

                public static void EmitChunks(CodeWriter w, PoolMethodModel model)
                {
                    foreach (int bits in Widths)
                    {
                        string vector = "Vector" + bits;
                        string type = $"{vector}<{model.ElementType.Keyword}>";
                        using (w.Block($"if ({vector}.IsHardwareAccelerated)"))
                        {
                            w.Line($"// {Lanes(model, bits)} windows at a time; lane i is window ox + i.");
                            using (w.Block($"for (; ox <= colEnd - {type}.Count; ox += {type}.Count)"))
                            {
                                w.Line($"nuint at = (nuint)({ScalarNchw.WindowStart("ox", model.W)});");
                                EmitWindow(w, model, bits);
                            }
                        }

                        w.Line();
                    }
                }

                private static void EmitWindow(CodeWriter w, PoolMethodModel model, int bits)
                {
                    string vector = "Vector" + bits;
                    string type = $"{vector}<{model.ElementType.Keyword}>";
                    var taps = new List<string>();
                    for (int r = 0; r < model.H.Kernel; r++)
                    {
                        for (int c = 0; c < model.W.Kernel; c++)
                        {
                            string offset = Plus("at", (long)c * model.W.Dilation);
                            taps.Add(model.W.Stride == 1
                                ? $"{vector}.LoadUnsafe(ref row{r}, {offset})"
                                : $"Evens{bits}(ref row{r}, {offset})");
                        }
                    }

                    if (model.Kind == PoolKindModel.Max)
                    {
                        w.Line($"{type} max = {taps[0]};");
                        for (int i = 1; i < taps.Count; i++)
                        {
                            w.Line($"max = Max(max, {taps[i]});");
                        }

                        w.Line("max.StoreUnsafe(ref outRow, (nuint)ox);");
                    }
                    else
                    {
                        w.Line($"{type} sum = {type}.Zero;");
                        foreach (string tap in taps)
                        {
                            w.Line($"sum += {tap};");
                        }

                        string divisor = Int((long)model.H.Kernel * model.W.Kernel) + model.ElementType.LiteralSuffix;
                        w.Line($"(sum / {vector}.Create({divisor})).StoreUnsafe(ref outRow, (nuint)ox);");
                    }
                }

                public static void EmitHelpers(CodeWriter w, PoolMethodModel model)
                {
                    string t = model.ElementType.Keyword;
                    foreach (int bits in Widths)
                    {
                        string vector = "Vector" + bits;
                        string type = $"{vector}<{t}>";
                        if (model.Kind == PoolKindModel.Max && !model.ElementType.IsFloatingPoint)
                        {
                            w.Line();
                            w.Line("// Integers have no NaN and equal values are indistinguishable, so the plain maximum is exact.");
                            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                            w.Line($"private static {type} Max({type} max, {type} value) => {vector}.Max(max, value);");
                        }
                        else if (model.Kind == PoolKindModel.Max)
                        {
                            EmitFloatMax(w, t, bits);
                        }

                        if (model.W.Stride == 2)
                        {
                            EmitEvens(w, model, bits);
                        }
                    }
                }

                /// <summary>The scalar Max per lane: value replaces max when larger or NaN.</summary>
                private static void EmitFloatMax(CodeWriter w, string t, int bits)
                {
                    string vector = "Vector" + bits;
                    string type = $"{vector}<{t}>";
                    (string isa, string blendIsa, string unordered) = (bits, t) switch
                    {
                        (256, _) => ("Avx", "Avx", "Avx.Compare(value, value, FloatComparisonMode.UnorderedNonSignaling)"),
                        (_, "float") => ("Sse", "Sse41", "Sse.CompareUnordered(value, value)"),
                        _ => ("Sse2", "Sse41", "Sse2.CompareUnordered(value, value)"),
                    };
                    w.Line();
                    if (bits == Widths[0])
                    {
                        w.Line("// Lane by lane the scalar Max: value replaces max when it is larger or NaN. On x86, MAXPS/MAXPD(value, max)");
                        w.Line("// is exactly \"value > max ? value : max\", and a blend on the unordered compare lets NaN taps win: 3 instructions.");
                    }

                    w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                    using (w.Block($"private static {type} Max({type} max, {type} value)"))
                    {
                        using (w.Block($"if ({blendIsa}.IsSupported{(blendIsa == isa ? string.Empty : $" && {isa}.IsSupported")})"))
                        {
                            w.Line($"return {blendIsa}.BlendVariable({isa}.Max(value, max), value, {unordered});");
                        }

                        w.Line();
                        w.Line($"return {vector}.ConditionalSelect({vector}.GreaterThan(value, max) | ~{vector}.Equals(value, value), value, max);");
                    }
                }

                /// <summary>Elements 0, 2, 4, ... from source + offset, one vector of them.</summary>
                private static void EmitEvens(CodeWriter w, PoolMethodModel model, int bits)
                {
                    string t = model.ElementType.Keyword;
                    string vector = "Vector" + bits;
                    string type = $"{vector}<{t}>";
                    int lanes = Lanes(model, bits);
                    int half = lanes / 2;
                    string indexType = t switch
                    {
                        "float" or "int" => "int",
                        "uint" => "uint",
                        "ulong" => "ulong",
                        _ => "long",
                    };
                    string maskType = ElementSize(t) == 4 ? "int" : "long";
                    string suffix = indexType switch { "uint" => "u", "long" => "L", "ulong" => "UL", _ => string.Empty };
                    string maskSuffix = maskType == "long" ? "L" : string.Empty;
                    var evens = new List<string>();
                    var odds = new List<string>();
                    var mask = new List<string>();
                    for (int i = 0; i < lanes; i++)
                    {
                        evens.Add((2 * (i % half)) + suffix);
                        odds.Add(((2 * (i % half)) + 1) + suffix);
                        mask.Add((i < half ? "-1" : "0") + maskSuffix);
                    }

                    w.Line();
                    if (bits == Widths[0])
                    {
                        w.Line("// Lanes hold the elements 0, 2, 4, ... from source + offset: the lower half is shuffled out of one load, the");
                        w.Line("// upper half out of a second load that ends on the last of them, so nothing beyond it is read.");
                    }

                    w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                    using (w.Block($"private static {type} Evens{bits}(ref {t} source, nuint offset)"))
                    {
                        w.Line($"{type} low = {vector}.Shuffle({vector}.LoadUnsafe(ref source, offset), {vector}.Create({string.Join(", ", evens)}));");
                        w.Line($"{type} high = {vector}.Shuffle({vector}.LoadUnsafe(ref source, offset + {lanes - 1}), {vector}.Create({string.Join(", ", odds)}));");
                        string maskValue = $"{vector}.Create({string.Join(", ", mask)})";
                        w.Line($"return {vector}.ConditionalSelect({(maskType == t ? maskValue : $"{maskValue}.As<{maskType}, {t}>()")}, low, high);");
                    }
                }

                private static int Lanes(PoolMethodModel model, int bits) => bits / 8 / ElementSize(model.ElementType.Keyword);

                private static int ElementSize(string keyword) => keyword switch
                {
                    "byte" or "sbyte" => 1,
                    "short" or "ushort" => 2,
                    "float" or "int" or "uint" => 4,
                    _ => 8,
                };
            }
        }
    }
}
