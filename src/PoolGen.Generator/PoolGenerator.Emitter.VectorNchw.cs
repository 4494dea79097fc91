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
                                w.Line($"nuint at = (nuint)({ScalarNchw.Start("ox", model.W)});");
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
                    bool pairs = UsesPairs(model);
                    for (int r = 0; r < model.H.Kernel; r++)
                    {
                        for (int c = 0; c < model.W.Kernel; c++)
                        {
                            string offset = Plus("at", (long)c * model.W.Dilation);
                            if (model.W.Stride == 1)
                            {
                                taps.Add($"{vector}.LoadUnsafe(ref row{r}, {offset})");
                            }
                            else if (pairs && c % 2 == 0 && c + 1 < model.W.Kernel)
                            {
                                // Taps c and c + 1 of every window are the even and odd elements of one 2N-element run.
                                w.Line($"Pairs{bits}(ref row{r}, {offset}, out {type} even{r}_{c}, out {type} odd{r}_{c + 1});");
                                taps.Add($"even{r}_{c}");
                            }
                            else if (pairs && c % 2 == 1)
                            {
                                taps.Add($"odd{r}_{c}");
                            }
                            else
                            {
                                taps.Add($"Evens{bits}(ref row{r}, {offset})");
                            }
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
                            if (UsesPairs(model))
                            {
                                EmitPairs(w, model, bits);
                            }
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
                        // Avx implies Sse4.1 and below, so one check covers every instruction used.
                        using (w.Block($"if ({blendIsa}.IsSupported)"))
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

                /// <summary>Stride 2 with adjacent taps (dilation 1) and at least two of them: taps come in even/odd pairs.</summary>
                private static bool UsesPairs(PoolMethodModel model) => model.W.Stride == 2 && model.W.Dilation == 1 && model.W.Kernel >= 2;

                /// <summary>The even and the odd elements of the 2N elements at source + offset, from two loads.</summary>
                private static void EmitPairs(CodeWriter w, PoolMethodModel model, int bits)
                {
                    string t = model.ElementType.Keyword;
                    string vector = "Vector" + bits;
                    string type = $"{vector}<{t}>";
                    int lanes = Lanes(model, bits);
                    bool wide = ElementSize(t) == 8;
                    string lane = wide ? "double" : "float";
                    string As(string expression) => t == lane ? expression : $"{expression}.As<{t}, {lane}>()";
                    string Back(string expression) => t == lane ? expression : $"{expression}.As<{lane}, {t}>()";
                    w.Line();
                    if (bits == Widths[0])
                    {
                        w.Line("// The even and the odd elements of the 2N elements at source + offset: two loads and, on x86, a two-source");
                        w.Line("// shuffle each (plus a cross-lane permute at 256 bits) instead of two Evens calls.");
                    }

                    w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                    using (w.Block($"private static void Pairs{bits}(ref {t} source, nuint offset, out {type} evens, out {type} odds)"))
                    {
                        string isa = bits == 256 ? "Avx2" : wide ? "Sse2" : "Sse";
                        using (w.Block($"if ({isa}.IsSupported)"))
                        {
                            w.Line($"{vector}<{lane}> a = {As($"{vector}.LoadUnsafe(ref source, offset)")};");
                            w.Line($"{vector}<{lane}> b = {As($"{vector}.LoadUnsafe(ref source, offset + {lanes})")};");
                            (string even, string odd) = (bits, wide) switch
                            {
                                (256, false) => ("Avx.Shuffle(a, b, 0b10_00_10_00)", "Avx.Shuffle(a, b, 0b11_01_11_01)"),
                                (256, true) => ("Avx.UnpackLow(a, b)", "Avx.UnpackHigh(a, b)"),
                                (_, false) => ("Sse.Shuffle(a, b, 0b10_00_10_00)", "Sse.Shuffle(a, b, 0b11_01_11_01)"),
                                _ => ("Sse2.UnpackLow(a, b)", "Sse2.UnpackHigh(a, b)"),
                            };
                            if (bits == 256)
                            {
                                // Within each 128-bit lane the shuffle yields [a.. | b..]; swapping the middle quarters restores order.
                                even = $"Avx2.Permute4x64({(wide ? even : even + ".AsDouble()")}, 0b11_01_10_00){(wide ? string.Empty : ".AsSingle()")}";
                                odd = $"Avx2.Permute4x64({(wide ? odd : odd + ".AsDouble()")}, 0b11_01_10_00){(wide ? string.Empty : ".AsSingle()")}";
                            }

                            w.Line($"evens = {Back(even)};");
                            w.Line($"odds = {Back(odd)};");
                            w.Line("return;");
                        }

                        w.Line();
                        w.Line($"evens = Evens{bits}(ref source, offset);");
                        w.Line($"odds = Evens{bits}(ref source, offset + 1);");
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
