using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PoolGen.Testing;

namespace PoolGen.Fuzz.Tests
{
    /// <summary>A flaw drawn into the declaration (not the attribute), with the one diagnostic it must produce.</summary>
    public enum SignatureFlaw
    {
        None,
        NotPartial,          // PG0009
        HasBody,             // PG0010
        ReturnsInt,          // PG0011
        SpansSwapped,        // PG0012
        UnknownParameter,    // PG0014 (an extra "int size")
        LongDimension,       // PG0014 (a dimension typed long)
        Misordered,          // PG0015 (the last two dimension parameters swapped)
        ContainingNotPartial, // PG0019
        Generic,             // PG0020
        RefParameter,        // PG0022 (in on the last dimension parameter)
        FileClass,           // PG0025
    }

    /// <summary>Whether the method takes tensors (<c>ReadOnlyTensorSpan&lt;T&gt; input, TensorSpan&lt;T&gt; output</c>), and how it gets them wrong.</summary>
    public enum TensorForm
    {
        None,
        Valid,
        Mixed,          // PG0028: ReadOnlyTensorSpan<T> input, Span<T> output
        ElementsDiffer, // PG0029: the output tensor of another element type
        WrongTypes,     // PG0030: TensorSpan<T> input
        Extra,          // PG0031: an int height after the tensors
    }

    /// <summary>
    /// One drawn <c>[Pool]</c> method: every attribute property (null = not written), the element type, the
    /// signature form, and how the method is declared. The single data type of the fuzzer: it renders itself as C#
    /// (<see cref="RenderClass"/>), maps to the reference's parameters (<see cref="ToSpecND"/>) and predicts the
    /// diagnostics the generator must report (<see cref="ExpectedDiagnostics"/>). docs/testing.md says how to add a property.
    /// </summary>
    public sealed record PoolProgram
    {
        public int Seed { get; init; }

        /// <summary>The element type keyword (float, double, byte, ..., or an unsupported one such as decimal).</summary>
        public string Element { get; init; } = "float";

        /// <summary>0 = Max, 1 = Average, 2 = Lp, 3 = Min, anything else = an unknown (PoolKind)n cast.</summary>
        public int? Kind { get; init; }

        /// <summary>Lp's exponent (valid: at least 1, Lp only).</summary>
        public int? P { get; init; }

        /// <summary>Average only; 0 = no override, negative = PG0048.</summary>
        public int? DivisorOverride { get; init; }

        /// <summary>Quantized pooling's four parameters (null = not written; valid: all four, byte/sbyte average, max or min).</summary>
        public double? InputScale { get; init; }

        public int? InputZeroPoint { get; init; }

        public double? OutputScale { get; init; }

        public int? OutputZeroPoint { get; init; }

        /// <summary>Any of the four quantization properties is written.</summary>
        public bool IsQuantized => InputScale is not null || InputZeroPoint is not null || OutputScale is not null || OutputZeroPoint is not null;

        /// <summary>A valid quantized max/min whose parameters differ: the planner moves the clamp into the requantization (no row-kernel restriction from it).</summary>
        public bool Requantizes => InputScale is double xs && OutputScale is double ys && (Kind ?? 0) is 0 or 3 &&
            !((float)xs == (float)ys && InputZeroPoint == OutputZeroPoint);

        public double? ClampMin { get; init; }
        public double? ClampMax { get; init; }

        /// <summary>0 = Nchw, 1 = Nhwc, anything else = an unknown (PoolLayout)n cast (PG0051).</summary>
        public int? Layout { get; init; }

        /// <summary>IndexOrder: 0 = Plane, 1 = Tensor, 2 = TensorColumnMajor, anything else = an unknown (PoolIndexOrder)n cast (PG0051); null = not written.</summary>
        public int? IndexOrder { get; init; }

        public bool? Global { get; init; }

        /// <summary>Adaptive pooling: the output size of every axis, and the per-axis ones (valid: at least 1; any makes the program adaptive).</summary>
        public int? OutputSize { get; init; }
        public int? OutputSizeD { get; init; }
        public int? OutputSizeH { get; init; }
        public int? OutputSizeW { get; init; }

        /// <summary>The attribute's <c>Rank</c> (valid: 1 to 3, 0 = inferred; anything else is PG0052). Not named Rank: that is the rank the program has.</summary>
        public int? DeclaredRank { get; init; }

        /// <summary>ONNX order: the beginnings of the height and width axes, then their ends.</summary>
        public int[]? Pads { get; init; }

        /// <summary>0 = NotSet, 1 = SameUpper, 2 = SameLower, 3 = Valid, anything else = an unknown (PoolAutoPad)n cast (PG0051).</summary>
        public int? AutoPad { get; init; }

        public int? Size { get; init; }
        public int? SizeD { get; init; }
        public int? StrideD { get; init; }
        public int? PaddingD { get; init; }
        public int? DilationD { get; init; }

        /// <summary>Rank 3's fixed depth, rank 1's fixed length.</summary>
        public int? Depth { get; init; }
        public int? Length { get; init; }
        public int? SizeH { get; init; }
        public int? SizeW { get; init; }
        public int? Stride { get; init; }
        public int? StrideH { get; init; }
        public int? StrideW { get; init; }
        public int? Padding { get; init; }
        public int? PaddingH { get; init; }
        public int? PaddingW { get; init; }
        public int? Dilation { get; init; }
        public int? DilationH { get; init; }
        public int? DilationW { get; init; }
        public bool? CeilMode { get; init; }
        public bool? CountIncludePad { get; init; }
        public bool? Parallel { get; init; }
        public int? Channels { get; init; }
        public int? Height { get; init; }
        public int? Width { get; init; }

        /// <summary>Which dimension parameters the method has (in the order batch, channels, height, width).</summary>
        public bool HasBatch { get; init; }
        public bool HasChannels { get; init; }
        public bool HasHeight { get; init; } = true;
        public bool HasWidth { get; init; } = true;

        /// <summary>An <c>int depth</c> parameter (rank 3) before height; an <c>int length</c> parameter (rank 1) last.</summary>
        public bool HasDepth { get; init; }
        public bool HasLength { get; init; }

        /// <summary>The type of an <c>indices</c> parameter as written (<c>Span&lt;int&gt;</c>, <c>Span&lt;long&gt;</c> or a wrong one); null = none.</summary>
        public string? Indices { get; init; }

        /// <summary>The <c>indices</c> parameter after the dimension parameters instead of right after the output.</summary>
        public bool IndicesLast { get; init; }

        public TensorForm Tensor { get; init; }

        public SignatureFlaw Flaw { get; init; }

        /// <summary>class, struct, record, record struct (instance methods get an instance of it).</summary>
        public string ContainerKind { get; init; } = "class";
        public bool Instance { get; init; }
        public string Accessibility { get; init; } = "public";
        public bool Nested { get; init; }
        public bool InNamespace { get; init; } = true;

        /// <summary>
        /// The attribute's properties in source order: name, the C# text of the written value (null = not written), and
        /// how to reset it to "not written" (the shrinker's first move). Add a row here for a new property.
        /// </summary>
        public static readonly IReadOnlyList<(string Name, Func<PoolProgram, string?> Value, Func<PoolProgram, PoolProgram> Reset)> Properties =
        [
            ("Kind", p => p.Kind switch { null => null, 0 => "PoolKind.Max", 1 => "PoolKind.Average", 2 => "PoolKind.Lp", 3 => "PoolKind.Min", int k => k < 0 ? $"(PoolKind)({k})" : $"(PoolKind){k}" }, p => p with { Kind = null }),
            ("P", p => Int(p.P), p => p with { P = null }),
            ("DivisorOverride", p => Int(p.DivisorOverride), p => p with { DivisorOverride = null }),
            ("ClampMin", p => Double(p.ClampMin), p => p with { ClampMin = null }),
            ("ClampMax", p => Double(p.ClampMax), p => p with { ClampMax = null }),
            ("Layout", p => p.Layout switch { null => null, 0 => "PoolLayout.Nchw", 1 => "PoolLayout.Nhwc", int l => l < 0 ? $"(PoolLayout)({l})" : $"(PoolLayout){l}" }, p => p with { Layout = null }),
            ("Global", p => Bool(p.Global), p => p with { Global = null }),
            ("IndexOrder", p => p.IndexOrder switch { null => null, 0 => "PoolIndexOrder.Plane", 1 => "PoolIndexOrder.Tensor", 2 => "PoolIndexOrder.TensorColumnMajor", int o => o < 0 ? $"(PoolIndexOrder)({o})" : $"(PoolIndexOrder){o}" }, p => p with { IndexOrder = null }),
            ("OutputSize", p => Int(p.OutputSize), p => p with { OutputSize = null }),
            ("OutputSizeD", p => Int(p.OutputSizeD), p => p with { OutputSizeD = null }),
            ("OutputSizeH", p => Int(p.OutputSizeH), p => p with { OutputSizeH = null }),
            ("OutputSizeW", p => Int(p.OutputSizeW), p => p with { OutputSizeW = null }),
            ("Rank", p => Int(p.DeclaredRank), p => p with { DeclaredRank = null }),
            ("Pads", p => p.Pads is null ? null : $"new int[] {{ {string.Join(", ", p.Pads)} }}", p => p with { Pads = null }),
            ("AutoPad", p => p.AutoPad switch { null => null, 0 => "PoolAutoPad.NotSet", 1 => "PoolAutoPad.SameUpper", 2 => "PoolAutoPad.SameLower", 3 => "PoolAutoPad.Valid", int a => a < 0 ? $"(PoolAutoPad)({a})" : $"(PoolAutoPad){a}" }, p => p with { AutoPad = null }),
            ("Size", p => Int(p.Size), p => p with { Size = null }),
            ("SizeD", p => Int(p.SizeD), p => p with { SizeD = null }),
            ("StrideD", p => Int(p.StrideD), p => p with { StrideD = null }),
            ("PaddingD", p => Int(p.PaddingD), p => p with { PaddingD = null }),
            ("DilationD", p => Int(p.DilationD), p => p with { DilationD = null }),
            ("Depth", p => Int(p.Depth), p => p with { Depth = null }),
            ("Length", p => Int(p.Length), p => p with { Length = null }),
            ("SizeH", p => Int(p.SizeH), p => p with { SizeH = null }),
            ("SizeW", p => Int(p.SizeW), p => p with { SizeW = null }),
            ("Stride", p => Int(p.Stride), p => p with { Stride = null }),
            ("StrideH", p => Int(p.StrideH), p => p with { StrideH = null }),
            ("StrideW", p => Int(p.StrideW), p => p with { StrideW = null }),
            ("Padding", p => Int(p.Padding), p => p with { Padding = null }),
            ("PaddingH", p => Int(p.PaddingH), p => p with { PaddingH = null }),
            ("PaddingW", p => Int(p.PaddingW), p => p with { PaddingW = null }),
            ("Dilation", p => Int(p.Dilation), p => p with { Dilation = null }),
            ("DilationH", p => Int(p.DilationH), p => p with { DilationH = null }),
            ("DilationW", p => Int(p.DilationW), p => p with { DilationW = null }),
            ("CeilMode", p => Bool(p.CeilMode), p => p with { CeilMode = null }),
            ("CountIncludePad", p => Bool(p.CountIncludePad), p => p with { CountIncludePad = null }),
            ("Parallel", p => Bool(p.Parallel), p => p with { Parallel = null }),
            ("Channels", p => Int(p.Channels), p => p with { Channels = null }),
            ("Height", p => Int(p.Height), p => p with { Height = null }),
            ("Width", p => Int(p.Width), p => p with { Width = null }),
            ("InputScale", p => Double(p.InputScale), p => p with { InputScale = null }),
            ("InputZeroPoint", p => Int(p.InputZeroPoint), p => p with { InputZeroPoint = null }),
            ("OutputScale", p => Double(p.OutputScale), p => p with { OutputScale = null }),
            ("OutputZeroPoint", p => Int(p.OutputZeroPoint), p => p with { OutputZeroPoint = null }),
        ];

        public static readonly string[] ValidElements = ["float", "double", "byte", "sbyte", "short", "ushort", "int", "uint", "long", "ulong"];
        public static readonly string[] FloatElements = ["float", "double"];
        private static readonly string[] InvalidElements = ["decimal", "char", "nint", "bool"];

        public bool IsFloatingPoint => Element is "float" or "double" or "Half";

        // ------------------------------------------------------------------ drawing

        /// <summary>
        /// Draws a program from <paramref name="seed"/> alone: the base and feature draw (<see cref="DrawBase"/>, as recorded
        /// in docs/testing.md's earlier long runs), then AutoPad, indices, ranks 1 and 3, Half and the tensor form from a
        /// stream of their own (<see cref="DrawFull"/>). About one in four is invalid on purpose.
        /// </summary>
        public static PoolProgram Draw(int seed) => DrawQuantization(DrawFull(DrawBase(seed), new Random(seed ^ 0x6a09e667)), new Random(seed ^ 0x3c6ef372));

        /// <summary>
        /// Quantization, from a stream of its own (so that every earlier draw stays as recorded): about one average in three
        /// becomes a quantized byte/sbyte average (no dilation, divisor override or indices; integer clamps), about one 8-bit
        /// max/min in three gets the four parameters (some equal: no requantization); scales with InputScale/OutputScale below
        /// 200, so that ONNX Runtime's global path would accept them too. One in eight of those is made invalid through them.
        /// </summary>
        public static PoolProgram DrawQuantization(PoolProgram p, Random r)
        {
            int kind = p.Kind ?? 0;
            bool average = kind == 1 && r.Next(3) == 0;
            bool extreme = kind is 0 or 3 && p.Element is "byte" or "sbyte" && r.Next(3) == 0;
            if (!average && !extreme)
            {
                return p;
            }

            string element = average ? Pick(r, ["byte", "sbyte"]) : p.Element;
            (int low, int high) = element == "byte" ? (0, 255) : (-128, 127);
            double LogUniform() => Math.Exp(Math.Log(1e-3) + (r.NextDouble() * (Math.Log(10) - Math.Log(1e-3))));
            double inputScale = Math.Round(LogUniform(), 6, MidpointRounding.ToEven);
            double outputScale = r.Next(3) switch
            {
                0 => inputScale * Math.ScaleB(1.0, r.Next(-3, 4)),
                1 => Math.Max(Math.Round(LogUniform(), 6, MidpointRounding.ToEven), inputScale / 200),
                _ => inputScale,
            };
            int ZeroPoint() => r.Next(5) == 0 ? Pick(r, [low, high]) : r.Next(low, high + 1);
            int inputZeroPoint = ZeroPoint();
            int outputZeroPoint = outputScale == inputScale && r.Next(2) == 0 ? inputZeroPoint : ZeroPoint();
            p = p with { InputScale = inputScale, InputZeroPoint = inputZeroPoint, OutputScale = outputScale, OutputZeroPoint = outputZeroPoint };
            if (average)
            {
                p = p with
                {
                    Element = element, Dilation = null, DilationD = null, DilationH = null, DilationW = null, DivisorOverride = null, Indices = null,
                };
            }

            if (p.ClampMin is not null || p.ClampMax is not null || r.Next(6) == 0)
            {
                // A fused ReLU (ReLU6) on quantized data: from the output zero point up.
                int min = outputZeroPoint, max = r.Next(2) == 0 ? Math.Min(high, outputZeroPoint + r.Next(0, 80)) : high;
                p = p with { ClampMin = r.Next(3) == 0 ? null : min, ClampMax = r.Next(2) == 0 ? null : max };
            }

            if (r.Next(8) == 0)
            {
                p = r.Next(6) switch
                {
                    0 => p with { OutputZeroPoint = null },                                          // PG0058
                    1 => p with { InputScale = Pick(r, [0.0, -0.5, double.NaN, double.PositiveInfinity, 1e-50]) }, // PG0055
                    2 => p with { OutputZeroPoint = Pick(r, [low - 1, high + 1, 1000]) },            // PG0056
                    3 => p with { Element = Pick(r, ["float", "double"]), ClampMin = null, ClampMax = null }, // PG0057
                    4 => average ? p with { Dilation = 2 } : p with { Kind = 2, P = 2, Element = "float", Indices = null, ClampMin = null, ClampMax = null }, // PG0059 / PG0057 on Lp
                    _ => average ? p with { DivisorOverride = r.Next(1, 5) } : p with { InputScale = null, InputZeroPoint = null }, // PG0059 / PG0058
                };
            }

            // A quarter of the quantized averages pool over adaptive windows (drawn last, so the other programs stay as drawn).
            if (average && r.Next(4) == 0)
            {
                p = Adaptive(p, r);
            }

            return p;
        }

        /// <summary>The 2D draw of the base and feature properties (before AutoPad, indices, ranks 1 and 3, Half, tensors).</summary>
        public static PoolProgram DrawBase(int seed)
        {
            var r = new Random(seed);
            bool average = r.Next(3) == 0;
            var p = new PoolProgram
            {
                Seed = seed,
                Kind = average ? 1 : r.Next(3) == 0 ? 0 : null,
                Element = average ? Pick(r, FloatElements) : r.Next(3) == 0 ? Pick(r, FloatElements) : Pick(r, ValidElements),
                CeilMode = Maybe(r, 3, () => r.Next(2) == 0),
                CountIncludePad = average ? Maybe(r, 2, () => r.Next(2) == 0) : null,
                Parallel = Maybe(r, 6, () => true),
                HasBatch = r.Next(3) == 0,
                HasChannels = r.Next(2) == 0,
                ContainerKind = Pick(r, ["class", "class", "struct", "record", "record struct"]),
                Accessibility = Pick(r, ["public", "public", "internal", "private", "protected internal"]),
                Nested = r.Next(5) == 0,
                InNamespace = r.Next(4) != 0,
            };
            p = p with { Instance = r.Next(4) == 0 };
            if (p.Accessibility == "protected internal" && !(p.Instance && p.ContainerKind is "class" or "record"))
            {
                // protected members are errors in structs and static classes.
                p = p with { Accessibility = "internal" };
            }

            // The window: a two-axis size, per-axis overrides, or both.
            int Window() => r.Next(10) == 0 ? r.Next(6, 10) : r.Next(1, 5);
            switch (r.Next(4))
            {
                case 0: p = p with { SizeH = Window(), SizeW = Window() }; break;
                case 1: p = p with { Size = Window(), SizeW = r.Next(3) == 0 ? Window() : null }; break;
                default: p = p with { Size = Window() }; break;
            }

            if (r.Next(40) == 0)
            {
                p = p with { SizeH = 1, SizeW = r.Next(17, 70), Size = null }; // wide windows: the 1x65 kind
            }

            p = p with
            {
                Stride = Maybe(r, 2, () => r.Next(0, 4)),
                StrideH = Maybe(r, 6, () => r.Next(0, 4)),
                StrideW = Maybe(r, 6, () => r.Next(0, 4)),
                Dilation = Maybe(r, 5, () => r.Next(1, 4)),
                DilationH = Maybe(r, 8, () => r.Next(1, 4)),
                DilationW = Maybe(r, 8, () => r.Next(1, 4)),
            };

            // Padding within the valid range of the resolved window (the drawer knows the rule; invalid ones come below).
            (int eh, int ew) = (EffectiveOf(p, 'H'), EffectiveOf(p, 'W'));
            int half = Math.Max(0, Math.Min(eh, ew) / 2);
            p = p with
            {
                Padding = Maybe(r, 2, () => r.Next(0, half + 1)),
                PaddingH = Maybe(r, 6, () => r.Next(0, Math.Max(0, eh / 2) + 1)),
                PaddingW = Maybe(r, 6, () => r.Next(0, Math.Max(0, ew / 2) + 1)),
            };

            // Fixed dimensions: the parameter goes away.
            if (r.Next(4) == 0)
            {
                p = p with { Height = MinimumInput(p, 'H') + r.Next(0, 12), HasHeight = false };
            }

            if (r.Next(4) == 0)
            {
                p = p with { Width = MinimumInput(p, 'W') + (r.Next(4) == 0 ? r.Next(30, 130) : r.Next(0, 12)), HasWidth = false };
            }

            if (r.Next(6) == 0)
            {
                p = p with { Channels = r.Next(1, 4), HasChannels = false };
            }

            if (r.Next(12) == 0)
            {
                p = p with { Channels = 0 }; // written as 0: "at run time"
            }

            p = DrawFeatures(p, new Random(seed ^ 0x2545f491));
            return r.Next(5) == 0 ? Corrupt(p, r) : p;
        }

        /// <summary>
        /// The feature properties (Lp with P, Min, DivisorOverride, ClampMin/ClampMax), from a stream of their own so
        /// that the base draw stays as recorded; about one in eight programs is made invalid through one of them.
        /// </summary>
        private static PoolProgram DrawFeatures(PoolProgram p, Random r)
        {
            int kind = p.Kind ?? 0;
            if (kind == 0 && r.Next(4) == 0)
            {
                p = p with { Kind = 3 }; // Min: every element type
            }
            else if (kind == 1 && r.Next(3) == 0)
            {
                p = p with { Kind = 2, P = r.Next(1, 4), CountIncludePad = null }; // Lp: float and double
            }

            if (p.Kind == 1 && r.Next(4) == 0)
            {
                p = p with { DivisorOverride = r.Next(4) == 0 ? 0 : r.Next(1, 12) };
            }

            if (r.Next(5) == 0)
            {
                bool integer = !p.IsFloatingPoint;
                double Bound() => integer ? r.Next(-3, 40) : Pick(r, [0.0, 6.0, -0.5, 0.25, 1.5, double.NegativeInfinity, double.PositiveInfinity]);
                double? lo = r.Next(3) != 0 ? Bound() : null;
                double? hi = r.Next(2) == 0 ? Bound() : null;
                if (lo is double a && hi is double b && a > b)
                {
                    (lo, hi) = (b, a);
                }

                if (integer && lo < 0 && p.Element is "byte" or "ushort" or "uint" or "ulong")
                {
                    lo = 0;
                }

                p = p with { ClampMin = lo, ClampMax = hi };
            }

            if (r.Next(6) == 0)
            {
                p = p with { Layout = 1 }; // channels last
            }
            else if (r.Next(20) == 0)
            {
                p = p with { Layout = 0 };
            }

            if (r.Next(15) == 0)
            {
                p = p with
                {
                    Global = true, Size = null, SizeH = null, SizeW = null, Stride = null, StrideH = null, StrideW = null, Padding = null, PaddingH = null,
                    PaddingW = null, Dilation = null, DilationH = null, DilationW = null, CeilMode = null, CountIncludePad = null,
                    Height = p.Height is null ? null : Math.Max(1, p.Height.Value), Width = p.Width is null ? null : Math.Max(1, p.Width.Value),
                };
            }
            else if (r.Next(8) == 0)
            {
                int eh = EffectiveOf(p, 'H'), ew = EffectiveOf(p, 'W');
                p = p with { Padding = null, PaddingH = null, PaddingW = null, Pads = [r.Next(eh), r.Next(ew), r.Next(eh), r.Next(ew)] };
                if (p.Height is int fh && fh > 0)
                {
                    p = p with { Height = Math.Max(fh, MinimumInput(p, 'H')) };
                }

                if (p.Width is int fw && fw > 0)
                {
                    p = p with { Width = Math.Max(fw, MinimumInput(p, 'W')) };
                }
            }

            if (r.Next(8) == 0)
            {
                p = r.Next(12) switch
                {
                    7 => p with { Layout = Pick(r, [2, -1, 7]) },                        // PG0051
                    8 => p with { Global = true },                                       // PG0049 (a window property is written)
                    9 => p with { Padding = null, PaddingH = null, PaddingW = null, Pads = [0, 0, 0] }, // PG0046: three values
                    10 => p with { Padding = null, PaddingH = null, PaddingW = null, Pads = [0, EffectiveOf(p, 'W'), 0, 0] }, // PG0046: not below the window
                    11 => p with { Padding = 0, Pads = [0, 0, 0, 0] },                   // PG0046: with Padding
                    0 => p with { Kind = 2, P = null },                                  // PG0042
                    1 => p with { Kind = 2, P = r.Next(-2, 1) },                         // PG0043
                    2 => p with { P = r.Next(1, 3), Kind = p.Kind == 2 ? 0 : p.Kind },   // PG0043: P outside Lp
                    3 => p with { DivisorOverride = p.Kind == 1 ? -r.Next(1, 4) : r.Next(1, 5) }, // PG0048
                    4 => p with { ClampMin = double.NaN },                               // PG0044
                    5 => p with { ClampMin = 5, ClampMax = 2 },                          // PG0044
                    _ => p with { ClampMax = 2.5, Element = Pick(r, ["int", "byte", "short", "long"]), Kind = p.Kind is 1 or 2 ? 0 : p.Kind, CountIncludePad = null }, // PG0044 (not an integer)
                };
            }

            return p;
        }

        /// <summary>
        /// The features of the full draw, from a stream of their own so that the base draw of a seed stays as recorded:
        /// Half (every kind), rank 1 (<c>length</c>) and rank 3 (<c>depth</c>, the D-axis properties), AutoPad,
        /// indices (max and min), the tensor form; about one in ten programs gets one error through them.
        /// </summary>
        private static PoolProgram DrawFull(PoolProgram p, Random r)
        {
            if (p.Element is "float" or "double" && r.Next(8) == 0)
            {
                p = p with { Element = "Half" };
            }

            p = r.Next(8) switch
            {
                0 => ToRank1(p),
                1 => ToRank3(p, r),
                _ => p,
            };

            if (p.Global != true && r.Next(8) == 0)
            {
                p = p with { AutoPad = r.Next(1, 4), Padding = null, PaddingD = null, PaddingH = null, PaddingW = null, Pads = null, CeilMode = p.CeilMode == true ? null : p.CeilMode };
                p = WithFixedSizesAtLeastTheMinimum(p); // Valid: no padding any more, so a fixed size may need to grow.
            }

            if (p.Kind is null or 0 or 3 && r.Next(6) == 0)
            {
                p = p with { Indices = r.Next(2) == 0 ? "Span<int>" : "Span<long>" };
                if (r.Next(3) != 0)
                {
                    p = p with { IndexOrder = r.Next(3) }; // Plane written out, Tensor or TensorColumnMajor
                }
            }

            bool declarationOnly = p.Flaw is SignatureFlaw.None or SignatureFlaw.NotPartial or SignatureFlaw.HasBody or SignatureFlaw.ReturnsInt
                or SignatureFlaw.ContainingNotPartial or SignatureFlaw.Generic or SignatureFlaw.FileClass;
            if (r.Next(12) == 0)
            {
                p = p with { DeclaredRank = p.Rank }; // Rank written as the parameters and properties have it
            }

            if (declarationOnly && r.Next(5) == 0)
            {
                // The tensor form of any rank, layout and feature, indices included; sometimes with Rank written where the
                // properties already say it.
                p = AsTensor(p, TensorForm.Valid);
                p = r.Next(3) == 0 ? p with { DeclaredRank = p.Rank } : p;
            }

            if (r.Next(10) == 0)
            {
                p = r.Next(21) switch
                {
                    17 => p with { DeclaredRank = Pick(r, [4, -1, 9]) },                                                 // PG0052
                    18 => p with { DeclaredRank = Pick(r, new[] { 1, 2, 3 }.Where(rank => rank != p.Rank).ToArray()) }, // PG0045 (PG0016, or valid, when nothing contradicts it)
                    19 => AsTensor(p, TensorForm.Valid) with { Indices = Pick(r, ["TensorSpan<short>", "TensorSpan<uint>", "ReadOnlyTensorSpan<int>", "Span<long>"]) }, // PG0040
                    20 => AsTensor(p with { Kind = Pick(r, [1, 2]), P = 2, Element = "float", CountIncludePad = null, DivisorOverride = null }, TensorForm.Valid) with { Indices = "TensorSpan<long>" }, // PG0041
                    16 => p with // PG0049: AutoPad is a window property, Global takes none
                    {
                        Global = true, AutoPad = r.Next(1, 4), Size = null, SizeD = null, SizeH = null, SizeW = null, Stride = null, StrideD = null, StrideH = null,
                        StrideW = null, Padding = null, PaddingD = null, PaddingH = null, PaddingW = null, Dilation = null, DilationD = null, DilationH = null,
                        DilationW = null, CeilMode = null, CountIncludePad = null, Pads = null,
                    },
                    0 => p with { AutoPad = r.Next(1, 4), Padding = r.Next(0, 2), Global = null },                      // PG0047: with Padding
                    1 => p with { AutoPad = r.Next(1, 4), Pads = [0, 0, 0, 0], Global = null },                         // PG0047: with Pads
                    2 => p with { AutoPad = r.Next(1, 4), CeilMode = true, Global = null },                             // PG0047: with CeilMode
                    3 => r.Next(3) == 0 ? p with { IndexOrder = Pick(r, [3, -1]) } : r.Next(2) == 0 && !p.HasIndices ? p with { IndexOrder = r.Next(3) } /* PG0070 */ : p with { AutoPad = Pick(r, [4, -1]) }, // PG0051
                    4 => p with { Indices = Pick(r, ["Span<int>", "Span<long>"]), Kind = Pick(r, [1, 2]), P = 2, Element = "float", CountIncludePad = null, DivisorOverride = null, Tensor = TensorForm.None }, // PG0041
                    5 => p with { Indices = Pick(r, ["Span<short>", "ReadOnlySpan<int>", "Span<uint>", "long[]"]), Tensor = TensorForm.None }, // PG0040
                    6 => p with { Indices = "Span<int>", IndicesLast = true, Tensor = TensorForm.None },               // PG0014 (unless no dimension parameter)
                    7 => ToRank1(p) with { SizeH = Pick(r, [1, 2]) },                                                   // PG0045
                    8 => ToRank1(p) with { HasHeight = true },                                                          // PG0045
                    9 => ToRank1(p) with { Height = r.Next(1, 5) },                                                     // PG0045
                    10 => ToRank1(p) with { SizeD = 1 },                                                                // PG0045
                    11 => p with { SizeD = r.Next(1, 3), HasDepth = false, Depth = null, Tensor = TensorForm.None },   // PG0016 (rank 3 without a depth)
                    12 => AsTensor(p, TensorForm.Mixed), // PG0028
                    13 => AsTensor(p, TensorForm.ElementsDiffer), // PG0029
                    14 => AsTensor(p, TensorForm.WrongTypes), // PG0030
                    _ => AsTensor(p, TensorForm.Extra), // PG0031
                };
            }

            return p;
        }

        /// <summary>
        /// The tensor form: the shape from <c>input.Lengths</c>, so no dimension parameters and no parameter flaw; valid span
        /// indices become tensor indices (TensorSpan&lt;int&gt; or TensorSpan&lt;long&gt;) in the valid form and go away in the
        /// others. A rank that came from a <c>length</c> or <c>depth</c> parameter is now written as <c>Rank</c>.
        /// </summary>
        private static PoolProgram AsTensor(PoolProgram p, TensorForm form)
        {
            PoolProgram t = p with
            {
                Tensor = form, HasBatch = false, HasChannels = false, HasDepth = false, HasHeight = false, HasWidth = false, HasLength = false,
                Indices = form == TensorForm.Valid && p.HasIndices ? "Tensor" + p.Indices : null, IndicesLast = false,
                Flaw = p.Flaw is SignatureFlaw.UnknownParameter or SignatureFlaw.LongDimension or SignatureFlaw.Misordered or SignatureFlaw.RefParameter or SignatureFlaw.SpansSwapped ? SignatureFlaw.None : p.Flaw,
            };
            return t.Rank == p.Rank ? t : t with { DeclaredRank = p.Rank };
        }

        /// <summary>The program as 1D pooling: the width axis's window on the shared properties, <c>length</c> for <c>width</c>.</summary>
        private static PoolProgram ToRank1(PoolProgram p)
        {
            if (p.Rank == 1)
            {
                return p;
            }

            p = p with
            {
                Size = p.Global == true ? null : p.SizeW ?? p.Size ?? p.SizeH,
                Stride = p.StrideW ?? p.Stride,
                Dilation = p.DilationW ?? p.Dilation,
                Padding = p.PaddingW ?? p.Padding,
                Pads = p.Pads is { Length: 4 } pads ? [pads[1], pads[3]] : p.Pads,
                Length = p.Width,
                HasLength = p.HasWidth,
                SizeH = null, SizeW = null, StrideH = null, StrideW = null, DilationH = null, DilationW = null, PaddingH = null, PaddingW = null,
                SizeD = null, StrideD = null, DilationD = null, PaddingD = null, Depth = null, HasDepth = false,
                Height = null, Width = null, HasHeight = false, HasWidth = false,
            };
            if (!p.HasLength && p.Length is null)
            {
                p = p with { HasLength = true };
            }

            return WithFixedSizesAtLeastTheMinimum(p);
        }

        /// <summary>The program as 3D pooling: a depth parameter (or a fixed Depth) and sometimes D-axis properties.</summary>
        private static PoolProgram ToRank3(PoolProgram p, Random r)
        {
            if (p.Global != true)
            {
                p = p with
                {
                    SizeD = r.Next(3) == 0 || p.Size is null ? r.Next(1, 4) : null, // (a 2D window of SizeH and SizeW has no depth)
                    StrideD = r.Next(4) == 0 ? r.Next(0, 3) : null,
                    DilationD = r.Next(6) == 0 ? 2 : null,
                };
                int eD = EffectiveOf(p, 'D');
                p = p with { PaddingD = p.Pads is null && (r.Next(4) == 0 || p.Padding > eD / 2) ? r.Next(0, (eD / 2) + 1) : null };
                if (p.Pads is { Length: 4 } pads)
                {
                    p = p with { Pads = [r.Next(eD), pads[0], pads[1], r.Next(eD), pads[2], pads[3]] };
                }
            }

            bool fixedDepth = r.Next(4) == 0;
            p = p with { HasDepth = !fixedDepth, Depth = fixedDepth ? 1 + r.Next(0, 4) : r.Next(10) == 0 ? 0 : null };
            return WithFixedSizesAtLeastTheMinimum(p);
        }

        /// <summary>Raises every positive fixed spatial size to the smallest input with an output (where the axis is valid).</summary>
        private static PoolProgram WithFixedSizesAtLeastTheMinimum(PoolProgram p) => p with
        {
            Depth = p.Depth > 0 ? Math.Max(p.Depth.Value, MinimumInput(p, 'D')) : p.Depth,
            Height = p.Height > 0 ? Math.Max(p.Height.Value, MinimumInput(p, 'H')) : p.Height,
            Width = p.Width > 0 ? Math.Max(p.Width.Value, MinimumInput(p, 'W')) : p.Width,
            Length = p.Length > 0 ? Math.Max(p.Length.Value, MinimumInput(p, 'L')) : p.Length,
        };

        /// <summary>
        /// A valid program with large parameters, which <see cref="Draw"/> rarely reaches: windows up to 20x40, strides up
        /// to 20, dilations up to 12 with padding, or a one-row window of thousands of taps. A separate stream, so that
        /// <see cref="Draw"/>'s programs (and the recorded long runs) stay as they are.
        /// </summary>
        /// <summary>
        /// An adaptive program (OutputSize*): the full draw of <paramref name="seed"/> with its window, padding, Global,
        /// DivisorOverride and AutoPad taken away and output sizes from 1 to 9 written (all axes one size, or per axis), every
        /// kind, layout, rank, element type, indices, clamps and the tensor form as drawn. One in eight keeps a window property
        /// or writes an output size of 0 (PG0053, PG0054).
        /// </summary>
        public static PoolProgram DrawAdaptive(int seed)
        {
            var r = new Random(seed ^ 0x3c6ef372);
            PoolProgram q = Adaptive(Draw(seed), r);
            return r.Next(8) switch
            {
                0 => q with { Stride = 2 },                                          // PG0053
                1 => q with { Global = true },                                       // PG0053
                2 => q with { OutputSize = 0, OutputSizeD = null, OutputSizeH = null, OutputSizeW = null }, // PG0054
                _ => q,
            };
        }

        /// <summary>
        /// <paramref name="p"/> made adaptive: its window, padding, Global, DivisorOverride and AutoPad taken away and output sizes
        /// from 1 to 9 written (all axes one size, or per axis).
        /// </summary>
        private static PoolProgram Adaptive(PoolProgram p, Random r)
        {
            int rank = p.Rank;
            PoolProgram q = p with
            {
                Size = null, SizeD = null, SizeH = null, SizeW = null, Stride = null, StrideD = null, StrideH = null, StrideW = null,
                Padding = null, PaddingD = null, PaddingH = null, PaddingW = null, Dilation = null, DilationD = null, DilationH = null, DilationW = null,
                CeilMode = null, CountIncludePad = null, Pads = null, AutoPad = null, Global = null, DivisorOverride = null,
            };
            return rank == 1 || r.Next(2) == 0
                ? q with { OutputSize = r.Next(1, 10) }
                : q with
                {
                    OutputSize = r.Next(3) == 0 ? r.Next(1, 10) : null,
                    OutputSizeD = rank == 3 ? r.Next(1, 10) : null,
                    OutputSizeH = r.Next(1, 10),
                    OutputSizeW = r.Next(4) == 0 ? 1 : r.Next(1, 10),
                };
        }

        public static PoolProgram DrawStress(int seed)
        {
            var r = new Random(seed ^ 0x3c6ef372);
            PoolProgram p = DrawBase(seed) with { Flaw = SignatureFlaw.None, Pads = null, Global = null }; // (2D, large windows with Padding*, not Pads or Global)
            p = r.Next(4) switch
            {
                0 => p with { Size = null, SizeH = r.Next(5, 21), SizeW = r.Next(5, 41), Padding = null, PaddingH = null, PaddingW = null, Height = null, Width = null, HasHeight = true, HasWidth = true },
                1 => p with { Stride = r.Next(4, 21), StrideH = null, StrideW = null },
                2 => p with { Dilation = r.Next(4, 13), DilationH = null, DilationW = null, Height = null, Width = null, HasHeight = true, HasWidth = true },
                _ => p with
                {
                    Size = null, SizeH = 1, SizeW = r.Next(1_000, 200_000), Stride = null, StrideH = null, StrideW = r.Next(2) == 0 ? null : r.Next(1, 4) * 1000,
                    Dilation = null, DilationH = null, DilationW = null, Padding = null, PaddingH = null, PaddingW = r.Next(0, 300),
                    Height = 1, HasHeight = false, Width = null, HasWidth = true, HasBatch = false, HasChannels = false, Channels = null, Parallel = null,
                },
            };
            if (r.Next(2) == 0)
            {
                int eh = EffectiveOf(p, 'H'), ew = EffectiveOf(p, 'W');
                p = p with { Padding = null, PaddingH = r.Next(0, (eh / 2) + 1), PaddingW = p.PaddingW ?? r.Next(0, (ew / 2) + 1) };
            }

            // What the base draw made invalid (an element type, a fixed size too small...) stays so: ExpectedDiagnostics decides.
            return p;
        }

        /// <summary>Makes one thing invalid (occasionally two).</summary>
        private static PoolProgram Corrupt(PoolProgram p, Random r)
        {
            for (int n = r.Next(8) == 0 ? 2 : 1; n > 0; n--)
            {
                p = r.Next(22) switch
                {
                    0 => p with { Size = r.Next(-3, 1), SizeH = null },
                    1 => p with { SizeW = Pick(r, [0, -1, int.MinValue]) },
                    2 => p with { Size = null, SizeH = r.Next(2) == 0 ? 2 : null, SizeW = null },
                    3 => p with { StrideW = r.Next(-3, 0) },
                    4 => p with { Dilation = r.Next(-1, 1) },
                    5 => p with { PaddingH = -1 },
                    6 => p with { PaddingW = EffectiveOf(p, 'W') / 2 + 1 + r.Next(3) },
                    7 => p with { Height = Math.Max(1, MinimumInput(p, 'H') - 1 - r.Next(2)), HasHeight = false },
                    8 => p with { Width = -r.Next(1, 5), HasWidth = false },
                    9 => p with { Channels = 3, HasChannels = true },
                    10 => p with { Height = null, HasHeight = false },
                    11 => p with { Kind = Pick(r, [2, 5, -1]) },
                    12 => p with { Kind = 0, CountIncludePad = r.Next(2) == 0 }, // a warning: still a valid kernel
                    13 => p with { Kind = 1, Element = Pick(r, ["int", "byte", "long"]) },
                    14 => p with { Element = Pick(r, InvalidElements) },
                    15 => p with { Size = 2, SizeH = null, SizeW = null, Dilation = 1 << 20, DilationH = null, DilationW = null, Padding = null, PaddingH = null, PaddingW = null },
                    16 => p with { StrideH = 2_000_000 },
                    17 => p with { Height = 50_000, Width = 50_000, HasHeight = false, HasWidth = false, Channels = 2, HasChannels = false },
                    _ => p with { Flaw = Pick(r, Enum.GetValues<SignatureFlaw>().Skip(1).ToArray()) },
                };
            }

            return p;
        }

        // ------------------------------------------------------------------ resolution (the documented rules)

        /// <summary>One resolved axis, or null where the attribute is invalid for it.</summary>
        public sealed record Axis(int Kernel, int Stride, int Padding, int Dilation)
        {
            public long Effective => ((long)Dilation * (Kernel - 1)) + 1;

            /// <summary>The padding at the end (Pads), or null when it is <see cref="Padding"/>.</summary>
            public int? PaddingEndOverride { get; init; }

            public int PaddingEnd => PaddingEndOverride ?? Padding;

            public int OutputSize(int n, bool ceil) => PoolReference.OutputSize(n, Kernel, Stride, Padding, PaddingEnd, Dilation, ceil);
        }

        private static readonly string[] DimensionNames = ["batch", "channels", "depth", "height", "width", "length"];

        private static readonly string[] ThreeDProperties = ["Depth", "SizeD", "StrideD", "PaddingD", "DilationD", "OutputSizeD"];

        private static readonly string[] TwoDProperties = ["Height", "Width", "SizeH", "SizeW", "StrideH", "StrideW", "PaddingH", "PaddingW", "DilationH", "DilationW", "OutputSizeH", "OutputSizeW"];

        /// <summary>
        /// The spatial rank of a program whose parameters parse: 1 with <c>length</c> or <c>Length</c>, 3 with <c>depth</c>
        /// or a 3D property, else 2 (the parser's RankOf; <see cref="ExpectedDiagnostics"/> applies it to what parsed).
        /// </summary>
        public int Rank
        {
            get
            {
                List<int> dims = ParseParameters(new SortedSet<string>(StringComparer.Ordinal), out _, out _, out _);
                return RankOf(dims.Contains(5), dims.Contains(2));
            }
        }

        private int RankOf(bool lengthParameter, bool depthParameter) =>
            DeclaredRank is >= 1 and <= 3 ? DeclaredRank.Value :
            lengthParameter || Length is not null ? 1 : depthParameter || ThreeDProperties.Any(name => Written(name)) ? 3 : 2;

        /// <summary>The spatial axes, outermost first: "L", "HW" or "DHW".</summary>
        public string SpatialAxes => Rank switch { 1 => "L", 2 => "HW", _ => "DHW" };

        /// <summary>The parameter name of an axis ('D', 'H', 'W', 'L').</summary>
        public static string AxisName(char axis) => axis switch { 'D' => "depth", 'H' => "height", 'W' => "width", _ => "length" };

        /// <summary>The attribute's fixed size of an axis (null = not written, 0 = at run time).</summary>
        public int? FixedOf(char axis) => axis switch { 'D' => Depth, 'H' => Height, 'W' => Width, _ => Length };

        private bool Written(string property) => Properties.First(prop => prop.Name == property).Value(this) is not null;

        /// <summary>AutoPad = SameUpper or SameLower: the padding is worked out from the input size at run time.</summary>
        public bool SamePadding => AutoPad is 1 or 2;

        /// <summary>
        /// The indices parameter parses: Span&lt;int&gt; or Span&lt;long&gt; right after the output (the third parameter), or in
        /// the tensor form TensorSpan&lt;int&gt; or TensorSpan&lt;long&gt; (after the output, the only place it is written).
        /// </summary>
        public bool HasIndices => Tensor == TensorForm.None
            ? Flaw != SignatureFlaw.SpansSwapped && Indices is "Span<int>" or "Span<long>" && (!IndicesLast || DimensionParameters().Count == 0)
            : Tensor == TensorForm.Valid && Indices is "TensorSpan<int>" or "TensorSpan<long>";

        /// <summary>The indices are ints (Span&lt;int&gt;, TensorSpan&lt;int&gt;), else longs.</summary>
        public bool IntIndices => Indices is "Span<int>" or "TensorSpan<int>";

        /// <summary>The axis the kernel uses (Global and Pads applied), or null when the attribute is invalid for it.</summary>
        public Axis? Final(char axis)
        {
            if (Global == true || IsAdaptive)
            {
                return new Axis(1, 1, 0, 1);
            }

            Axis? a = Resolve(axis, new List<string>());
            int rank = Rank;
            if (a is null || Pads is not { } pads || pads.Length != 2 * rank)
            {
                return a;
            }

            int i = SpatialAxes.IndexOf(axis, StringComparison.Ordinal);
            return i < 0 ? a : a with { Padding = pads[i], PaddingEndOverride = pads[i + rank] };
        }

        /// <summary>The output size on one axis for input size <paramref name="n"/> (1 with Global; ceil(n / s) with SAME padding).</summary>
        public int OutputSizeOf(char axis, int n) =>
            IsAdaptive ? AdaptiveOutputOf(axis) ?? 0 : Global == true ? 1 : SamePadding ? ((n - 1) / Final(axis)!.Stride) + 1 : Final(axis)!.OutputSize(n, CeilMode ?? false);

        private static int? Pick(int? perAxis, int? both) => perAxis ?? both;

        /// <summary>Adaptive pooling (any OutputSize* written): window i of n inputs and m outputs covers [floor(i*n/m), ceil((i+1)*n/m)).</summary>
        public bool IsAdaptive => OutputSize is not null || OutputSizeD is not null || OutputSizeH is not null || OutputSizeW is not null;

        /// <summary>The adaptive output size of one axis: its per-axis property if written, else OutputSize (1D: OutputSize only).</summary>
        public int? AdaptiveOutputOf(char axis) => Pick(PerAxis(axis, OutputSizeD, OutputSizeH, OutputSizeW), OutputSize);

        /// <summary>The adaptive output sizes, outermost first.</summary>
        public int[] AdaptiveOutput => SpatialAxes.Select(a => AdaptiveOutputOf(a) ?? 0).ToArray();

        private static int? PerAxis(char axis, int? d, int? h, int? w) => axis switch { 'D' => d, 'H' => h, 'W' => w, _ => null };

        private static int? SizeOf(PoolProgram p, char axis) => Pick(PerAxis(axis, p.SizeD, p.SizeH, p.SizeW), p.Size);

        private static int EffectiveOf(PoolProgram p, char axis)
        {
            int k = Math.Max(1, SizeOf(p, axis) ?? 1);
            int d = Math.Max(1, Pick(PerAxis(axis, p.DilationD, p.DilationH, p.DilationW), p.Dilation) ?? 1);
            return (int)Math.Min(int.MaxValue, ((long)d * (k - 1)) + 1);
        }

        /// <summary>The smallest input size with an output, for a valid axis; 1 otherwise (and with SAME padding).</summary>
        public static int MinimumInput(PoolProgram p, char axis)
        {
            Axis? a = p.Final(axis);
            if (a is null || p.SamePadding)
            {
                return 1;
            }

            for (int n = 1; n < 4096; n++)
            {
                if (a.OutputSize(n, p.CeilMode ?? false) >= 1)
                {
                    return n;
                }
            }

            return 4096;
        }

        /// <summary>Resolves one axis as docs/semantics.md says, adding the ids of what is wrong with it.</summary>
        public Axis? Resolve(char axis, List<string> ids)
        {
            int? size = SizeOf(this, axis);
            if (size is null)
            {
                ids.Add("PG0002");
                return null;
            }

            bool ok = true;
            int k = size.Value;
            if (k < 1)
            {
                ids.Add("PG0001");
                ok = false;
            }

            int s = Pick(PerAxis(axis, StrideD, StrideH, StrideW), Stride) ?? 0;
            if (s < 0)
            {
                ids.Add("PG0003");
                ok = false;
            }
            else if (s == 0)
            {
                s = k;
            }

            int d = Pick(PerAxis(axis, DilationD, DilationH, DilationW), Dilation) ?? 1;
            if (d < 1)
            {
                ids.Add("PG0004");
                ok = false;
            }

            long effective = ((long)d * (k - 1)) + 1;
            if (ok && (effective > 1 << 20 || s > 1 << 20))
            {
                ids.Add("PG0024");
                ok = false;
            }

            int pad = Pick(PerAxis(axis, PaddingD, PaddingH, PaddingW), Padding) ?? 0;
            if (pad < 0)
            {
                ids.Add("PG0005");
                ok = false;
            }
            else if (ok && pad > effective / 2)
            {
                ids.Add("PG0006");
                ok = false;
            }

            return ok ? new Axis(k, s, pad, d) : null;
        }

        /// <summary>The dimension parameters as written, in order (with the flaws that change them).</summary>
        public IReadOnlyList<(string Type, string Name, string Modifier)> DimensionParameters()
        {
            var list = new List<(string Type, string Name, string Modifier)>();
            if (HasBatch) list.Add(("int", "batch", ""));
            if (HasChannels) list.Add(("int", "channels", ""));
            if (HasDepth) list.Add(("int", "depth", ""));
            if (HasHeight) list.Add(("int", "height", ""));
            if (HasWidth) list.Add(("int", "width", ""));
            if (HasLength) list.Add(("int", "length", ""));
            switch (Flaw)
            {
                case SignatureFlaw.UnknownParameter:
                    list.Add(("int", "size", "")); // (depth and length are dimension names now)
                    break;
                case SignatureFlaw.LongDimension when list.Count > 0:
                    list[^1] = ("long", list[^1].Name, "");
                    break;
                case SignatureFlaw.LongDimension:
                    list.Add(("long", "width", ""));
                    break;
                case SignatureFlaw.Misordered when list.Count >= 2:
                    (list[^1], list[^2]) = (list[^2], list[^1]);
                    break;
                case SignatureFlaw.Misordered:
                    list.Add(("int", "height", ""));
                    list.Insert(0, ("int", "width", ""));
                    break;
                case SignatureFlaw.RefParameter when list.Count > 0:
                    list[^1] = (list[^1].Type, list[^1].Name, "in ");
                    break;
                case SignatureFlaw.RefParameter:
                    list.Add(("int", "width", "in "));
                    break;
            }

            return list;
        }

        /// <summary>The parameters after the two buffers, in order: indices (if any, where it is written) and the dimensions.</summary>
        public IReadOnlyList<(string Type, string Name, string Modifier)> TrailingParameters()
        {
            if (Tensor != TensorForm.None)
            {
                return Tensor == TensorForm.Extra ? [("int", "height", "")] : Tensor == TensorForm.Valid && Indices is string indices ? [(indices, "indices", "")] : [];
            }

            var list = DimensionParameters().ToList();
            if (Indices is string type)
            {
                list.Insert(IndicesLast ? list.Count : 0, (type, "indices", ""));
            }

            return list;
        }

        /// <summary>
        /// The parameter list as the parser walks it: adds the ids of what is wrong with it to <paramref name="ids"/>; returns
        /// the roles (indices into DimensionNames) of the dimension parameters that parsed, in order.
        /// </summary>
        private List<int> ParseParameters(SortedSet<string> ids, out bool signatureOk, out bool elementKnown, out bool indices)
        {
            signatureOk = elementKnown = true;
            indices = false;
            var dims = new List<int>();
            if (Tensor != TensorForm.None)
            {
                (string? id, bool known) = Tensor switch
                {
                    TensorForm.Mixed => ("PG0028", true),          // ReadOnlyTensorSpan<T> input, Span<T> output
                    TensorForm.ElementsDiffer => ("PG0029", true), // the input's element type is read
                    TensorForm.WrongTypes => ("PG0030", false),    // TensorSpan<T> input: no element type
                    TensorForm.Extra => ("PG0031", true),
                    _ => ((string?)null, true),
                };
                elementKnown = known;
                if (id is not null)
                {
                    ids.Add(id);
                    signatureOk = false;
                }
                else if (Indices is not null)
                {
                    // The third parameter, named indices: TensorSpan<int> or TensorSpan<long>, else PG0040.
                    indices = Indices is "TensorSpan<int>" or "TensorSpan<long>";
                    if (!indices)
                    {
                        ids.Add("PG0040");
                        signatureOk = false;
                    }
                }
            }
            else if (Flaw == SignatureFlaw.SpansSwapped)
            {
                ids.Add("PG0012");
                signatureOk = elementKnown = false;
            }
            else
            {
                IReadOnlyList<(string Type, string Name, string Modifier)> parameters = TrailingParameters();
                for (int i = 0; i < parameters.Count; i++)
                {
                    (string type, string name, string modifier) = parameters[i];
                    int role = Array.IndexOf(DimensionNames, name);
                    if (modifier.Length > 0)
                    {
                        ids.Add("PG0022");
                        signatureOk = false;
                    }
                    else if (i == 0 && name == "indices")
                    {
                        if (type is "Span<int>" or "Span<long>")
                        {
                            indices = true;
                        }
                        else
                        {
                            ids.Add("PG0040");
                            signatureOk = false;
                        }
                    }
                    else if (role < 0 || type != "int")
                    {
                        ids.Add("PG0014");
                        signatureOk = false;
                    }
                    else if (dims.Count > 0 && dims[^1] > role)
                    {
                        ids.Add("PG0015");
                        signatureOk = false;
                    }
                    else
                    {
                        dims.Add(role);
                    }
                }
            }

            return dims;
        }

        /// <summary>
        /// The PoolGen diagnostic ids the generator must report for this program (as a set), following the
        /// generator's order of checks (PoolGenerator.Parser*.cs): a flawed declaration reports that alone; a flawed
        /// parameter list reports itself plus what is wrong with the attribute; the element type is judged only when the
        /// rest is valid.
        /// </summary>
        public SortedSet<string> ExpectedDiagnostics()
        {
            var ids = new SortedSet<string>(StringComparer.Ordinal);
            string? declaration = Flaw switch
            {
                SignatureFlaw.NotPartial => "PG0009",
                SignatureFlaw.HasBody => "PG0010",
                SignatureFlaw.ReturnsInt => "PG0011",
                SignatureFlaw.ContainingNotPartial => "PG0019",
                SignatureFlaw.Generic => "PG0020",
                SignatureFlaw.FileClass => "PG0025",
                _ => null,
            };
            if (declaration is not null)
            {
                ids.Add(declaration);
                return ids;
            }

            List<int> dims = ParseParameters(ids, out bool signatureOk, out bool elementKnown, out bool indices);
            bool tensor = Tensor != TensorForm.None;

            var config = new List<string>();
            bool configOk = true;
            int kind = Kind ?? 0;
            if (kind is < 0 or > 3)
            {
                config.Add("PG0021");
                configOk = false;
                kind = 0;
            }

            if (Layout is int layout && layout is not (0 or 1))
            {
                config.Add("PG0051");
                configOk = false;
            }

            int autoPad = AutoPad ?? 0;
            if (autoPad is < 0 or > 3)
            {
                config.Add("PG0051");
                configOk = false;
                autoPad = 0;
            }

            // RankOf: Rank (1 to 3; anything else PG0052, and the rank is inferred), else 'length' or Length makes 1D, 'depth'
            // or a 3D property 3D. A parameter or property of another rank than Rank's, or than 1D's, is PG0045.
            bool rankOk = true;
            if (DeclaredRank is int declared && declared is < 0 or > 3)
            {
                config.Add("PG0052");
                configOk = rankOk = false;
            }

            int rank = RankOf(dims.Contains(5), dims.Contains(2));
            if (DeclaredRank is >= 1 and <= 3 || dims.Contains(5) || Length is not null)
            {
                int[] otherParameters = rank switch { 1 => [2, 3, 4], 2 => [2, 5], _ => [5] };
                string[] otherProperties = rank switch { 1 => [.. ThreeDProperties, .. TwoDProperties], 2 => [.. ThreeDProperties, "Length"], _ => ["Length"] };
                if (otherParameters.Any(dims.Contains) || otherProperties.Any(Written))
                {
                    config.Add("PG0045");
                    configOk = rankOk = false;
                }
            }

            string spatial = rank switch { 1 => "L", 2 => "HW", _ => "DHW" };
            var axes = new Dictionary<char, Axis?>();
            if (IsAdaptive)
            {
                // ReadAdaptive: no window property, Global = true or DivisorOverride (PG0053); an output size of at least 1 on
                // every axis (PG0054).
                if (Properties.Any(prop => WindowProperties.Contains(prop.Name) && prop.Value(this) is not null) || Global == true || DivisorOverride is not null)
                {
                    config.Add("PG0053");
                    configOk = false;
                }

                foreach (char a in spatial)
                {
                    if (AdaptiveOutputOf(a) is not >= 1)
                    {
                        config.Add("PG0054");
                        configOk = false;
                    }

                    axes[a] = new Axis(1, 1, 0, 1);
                }
            }
            else if (Global == true)
            {
                // CheckGlobal: no window property may be written.
                if (Properties.Any(prop => WindowProperties.Contains(prop.Name) && prop.Value(this) is not null))
                {
                    config.Add("PG0049");
                    configOk = false;
                }

                foreach (char a in spatial)
                {
                    axes[a] = new Axis(1, 1, 0, 1);
                }
            }
            else
            {
                foreach (char a in spatial)
                {
                    axes[a] = Resolve(a, config);
                    configOk &= axes[a] is not null;
                }

                if (configOk && autoPad != 0)
                {
                    // ReadPads with AutoPad: no Padding*, Pads or CeilMode = true beside it.
                    if (Padding is not null || PaddingD is not null || PaddingH is not null || PaddingW is not null || Pads is not null || CeilMode == true)
                    {
                        config.Add("PG0047");
                        configOk = false;
                    }
                }
                else if (configOk && Pads is int[] pads)
                {
                    // ReadPads: not with Padding*, 2 * rank values, each from 0 to below the effective window.
                    bool padsOk = !(Padding is not null || PaddingD is not null || PaddingH is not null || PaddingW is not null);
                    if (pads.Length != 2 * rank)
                    {
                        padsOk = false;
                    }
                    else
                    {
                        for (int i = 0; i < 2 * rank; i++)
                        {
                            padsOk &= pads[i] >= 0 && pads[i] < axes[spatial[i % rank]]!.Effective;
                        }
                    }

                    if (!padsOk)
                    {
                        config.Add("PG0046");
                        configOk = false;
                    }
                    else
                    {
                        foreach (char a in spatial)
                        {
                            axes[a] = Final(a);
                        }
                    }
                }
            }

            if (kind != 1 && CountIncludePad is not null && !IsAdaptive) // Adaptive: PG0053 says it.
            {
                config.Add("PG0018");
            }

            // P, DivisorOverride, indices (ReadReductionOptions).
            if (kind == 2 && P is null)
            {
                config.Add("PG0042");
                configOk = false;
            }
            else if ((kind == 2 && P < 1) || (kind != 2 && P is not null))
            {
                config.Add("PG0043");
                configOk = false;
            }

            if (DivisorOverride is int divisor && (kind != 1 || divisor < 0) && !IsAdaptive)
            {
                config.Add("PG0048");
                configOk = false;
            }

            if (indices && kind is 1 or 2)
            {
                config.Add("PG0041");
                configOk = false;
            }

            // IndexOrder (ReadIndexOrder): a defined value, on a method with a parameter named indices (one that did not
            // parse has its own error).
            if (IndexOrder is int order && (order is < 0 or > 2 || !TrailingParameters().Any(t => t.Name == "indices")))
            {
                config.Add(order is < 0 or > 2 ? "PG0051" : "PG0070");
                configOk = false;
            }

            int Fixed(int? value, int role)
            {
                if (value is null)
                {
                    return 0;
                }

                if (value < 0)
                {
                    config.Add("PG0008");
                    configOk = false;
                    return 0;
                }

                if (value > 0 && dims.Contains(role))
                {
                    config.Add("PG0017");
                    configOk = false;
                }

                return value.Value;
            }

            int fc = Fixed(Channels, 1);
            int fd = rank == 3 ? Fixed(Depth, 2) : 0;
            int fh = rank >= 2 ? Fixed(Height, 3) : 0;
            int fw = rank >= 2 ? Fixed(Width, 4) : Fixed(Length, 5);
            bool ceil = CeilMode ?? false;
            foreach (char a in spatial)
            {
                (int value, int role) = a switch { 'D' => (fd, 2), 'H' => (fh, 3), 'W' => (fw, 4), _ => (fw, 5) };
                if (signatureOk && rankOk && !tensor && value == 0 && (FixedOf(a) ?? 0) == 0 && !dims.Contains(role))
                {
                    config.Add("PG0016");
                    configOk = false;
                }

                if (axes[a] is Axis axis && value > 0 && Global != true && !IsAdaptive && autoPad is not (1 or 2) && axis.OutputSize(value, ceil) < 1)
                {
                    config.Add("PG0007");
                    configOk = false;
                }
            }

            if ((long)Math.Max(fc, 1) * Math.Max(fd, 1) * Math.Max(fh, 1) * Math.Max(fw, 1) > int.MaxValue)
            {
                config.Add("PG0026");
                configOk = false;
            }

            bool elementSupported = Element == "Half" || (kind is 0 or 3 ? ValidElements.Contains(Element) : FloatElements.Contains(Element)) ||
                (kind == 1 && IsQuantized && Element is "byte" or "sbyte");
            if (elementKnown && !elementSupported && configOk)
            {
                config.Add("PG0013");
                configOk = false;
            }

            if (elementKnown && elementSupported)
            {
                // ReadClamp: NaN, a bound that is not a value of an integer element type, then min > max.
                bool clampOk = true;
                foreach (double? bound in new[] { ClampMin, ClampMax })
                {
                    if (bound is double v && (double.IsNaN(v) || (!IsFloatingPoint && !double.IsInfinity(v) && !FitsInteger(v, Element))))
                    {
                        clampOk = false;
                    }
                }

                if (clampOk && (ClampMin ?? double.NegativeInfinity) > (ClampMax ?? double.PositiveInfinity))
                {
                    clampOk = false;
                }

                if (!clampOk)
                {
                    config.Add("PG0044");
                    configOk = false;
                }

                // ReadQuantization (right after ReadClamp): where, all four, the scales as floats, the zero points, average's options.
                if (IsQuantized)
                {
                    if (kind == 2 || IsFloatingPoint || Element is not ("byte" or "sbyte"))
                    {
                        config.Add("PG0057");
                        configOk = false;
                    }
                    else
                    {
                        (int low, int high) = Element == "byte" ? (0, 255) : (-128, 127);
                        if (InputScale is null || InputZeroPoint is null || OutputScale is null || OutputZeroPoint is null)
                        {
                            config.Add("PG0058");
                            configOk = false;
                        }

                        foreach (double? scale in new[] { InputScale, OutputScale })
                        {
                            if (scale is double v && !((float)v > 0 && !float.IsInfinity((float)v)))
                            {
                                config.Add("PG0055");
                                configOk = false;
                            }
                        }

                        foreach (int? zeroPoint in new[] { InputZeroPoint, OutputZeroPoint })
                        {
                            if (zeroPoint is int z && (z < low || z > high))
                            {
                                config.Add("PG0056");
                                configOk = false;
                            }
                        }

                        // Quantized average has no dilation and no divisor override (adaptive: PG0053 says them, not PG0059);
                        // adaptive windows (OutputSize*) are valid.
                        if (kind == 1 && !IsAdaptive && (new[] { Dilation, DilationD, DilationH, DilationW }.Any(d => d is int v && v != 1) || DivisorOverride is not null))
                        {
                            config.Add("PG0059");
                            configOk = false;
                        }
                    }
                }
            }

            // PG0032 (a tensor method on the N-D kernel) and PG0050 (Parallel there) are retired: every kernel takes both.

            ids.UnionWith(config);
            return ids;
        }

        /// <summary>SAME padding that does not depend on the input size: every axis has stride 1 or a size fixed on the attribute.</summary>
        public bool SamePaddingIsStatic => SpatialAxes.All(axis => Final(axis) is { } a && (a.Stride == 1 || FixedOf(axis) > 0));

        /// <summary>
        /// Whether the generator plans the kernel on the 2D row kernel (the <c>Rows</c> traversal): rank 2, channels first,
        /// max, min or average, no SAME padding worked out at run time, no <c>Global</c>, <c>DivisorOverride</c>, indices, clamps
        /// or <c>Half</c>. Every other valid kernel runs one of the N-D traversals. Used for what is drawn, which bad inputs
        /// apply, and the report's counts.
        /// </summary>
        /// <remarks>
        /// Mirrors src/PoolGen.Generator/Planning/KernelPlanner.cs: <c>RowsCanRun</c> after <c>FoldStaticSamePadding</c>.
        /// Static padding, Pads included (asymmetric or above half the window), runs on the row kernel; so does SAME padding
        /// that no input size changes (on each axis stride 1 or a fixed size), which the planner folds into static padding.
        /// </remarks>
        public bool RunsOnRowKernel =>
            !(Rank != 2 || IsAdaptive || Layout == 1 || (SamePadding && !SamePaddingIsStatic) || Global == true || HasIndices || Element == "Half" ||
              Kind == 2 || (Kind == 1 && IsQuantized) ||
              (!Requantizes && ((ClampMin is double lo && !double.IsNegativeInfinity(lo)) || (ClampMax is double hi && !double.IsPositiveInfinity(hi)))) ||
              DivisorOverride > 0);

        private static readonly string[] WindowProperties =
        [
            "Size", "SizeD", "SizeH", "SizeW", "Stride", "StrideD", "StrideH", "StrideW", "Padding", "PaddingD", "PaddingH", "PaddingW",
            "Dilation", "DilationD", "DilationH", "DilationW", "CeilMode", "Pads", "AutoPad", "CountIncludePad",
        ];

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
                "long" => (long.MinValue, 9223372036854774784d),
                _ => (0d, 18446744073709549568d),
            };
            return value >= lo && value <= hi;
        }

        /// <summary>Whether the generator must implement the method as a working kernel (no PoolGen error; PG0018 is a warning).</summary>
        public bool IsValid => ExpectedDiagnostics().All(id => id == "PG0018");

        /// <summary>
        /// The reference's parameters for an input of <paramref name="spatial"/> (valid programs only): every spatial axis,
        /// P, the clamps, the ends of <c>Pads</c>, <c>Global</c>, and the padding <c>AutoPad</c> works out for that size.
        /// </summary>
        public PoolSpecND ToSpecND(int[] spatial)
        {
            Axis[] axes = SpatialAxes.Select(a => Final(a) ?? throw new InvalidOperationException($"invalid {a} axis")).ToArray();
            var spec = new PoolSpecND(
                (PoolKind)(Kind ?? 0),
                axes.Select(a => a.Kernel).ToArray(),
                axes.Select(a => a.Stride).ToArray(),
                axes.Select(a => a.Padding).ToArray(),
                axes.Select(a => a.Dilation).ToArray(),
                CeilMode ?? false,
                CountIncludePad ?? true,
                DivisorOverride > 0 ? DivisorOverride : null)
            {
                PaddingEnd = Pads is not null && Global != true ? axes.Select(a => a.PaddingEnd).ToArray() : null,
                Global = Global == true,
                P = P ?? 0,
                ClampMin = ClampMin ?? double.NegativeInfinity,
                ClampMax = ClampMax ?? double.PositiveInfinity,
            };
            return AutoPad is int mode and >= 1 and <= 3 ? spec.WithAutoPad((PoolAutoPad)mode, spatial) : spec;
        }

        // ------------------------------------------------------------------ rendering

        public string ClassName(int index) => $"P{index}";

        public string MethodName => "Pool";

        public string Namespace(int index) => InNamespace ? $"Fuzz.N{index}" : string.Empty;

        /// <summary>The attribute as written, e.g. <c>[Pool(Kind = PoolKind.Average, Size = 3, Padding = 1)]</c>.</summary>
        public string RenderAttribute()
        {
            string[] written = Properties.Select(prop => prop.Value(this) is string v ? $"{prop.Name} = {v}" : null).OfType<string>().ToArray();
            return written.Length == 0 ? "[Pool]" : $"[Pool({string.Join(", ", written)})]";
        }

        /// <summary>The method declaration (attribute included), one line each.</summary>
        public string RenderMethod()
        {
            string t = Element;
            string spans = Tensor switch
            {
                TensorForm.Valid or TensorForm.Extra => $"ReadOnlyTensorSpan<{t}> input, TensorSpan<{t}> output",
                TensorForm.Mixed => $"ReadOnlyTensorSpan<{t}> input, Span<{t}> output",
                TensorForm.ElementsDiffer => $"ReadOnlyTensorSpan<{t}> input, TensorSpan<{(t == "double" ? "float" : "double")}> output",
                TensorForm.WrongTypes => $"TensorSpan<{t}> input, TensorSpan<{t}> output",
                _ when Flaw == SignatureFlaw.SpansSwapped => $"Span<{t}> input, ReadOnlySpan<{t}> output",
                _ => $"ReadOnlySpan<{t}> input, Span<{t}> output",
            };
            string parameters = string.Join(", ", new[] { spans }.Concat(TrailingParameters().Select(d => $"{d.Modifier}{d.Type} {d.Name}")));
            string modifiers = Accessibility + (Instance ? string.Empty : " static") + (Flaw == SignatureFlaw.NotPartial ? string.Empty : " partial");
            string returns = Flaw == SignatureFlaw.ReturnsInt ? "int" : "void";
            string generic = Flaw == SignatureFlaw.Generic ? "<TUnused>" : string.Empty;
            string body = Flaw switch
            {
                SignatureFlaw.HasBody => " { }",
                SignatureFlaw.NotPartial when returns == "void" => ";", // CS0501 (no body), besides PG0009
                _ => ";",
            };
            return $"{RenderAttribute()}\n    {modifiers} {returns} {MethodName}{generic}({parameters}){body}";
        }

        /// <summary>A valid 2D span-form program without indices: it also gets the classic <see cref="Entry{T}"/>.</summary>
        public bool HasClassicEntry => Tensor == TensorForm.None && Rank == 2 && Indices is null && Element != "Half";

        /// <summary>
        /// A whole file: the containing type(s) with the method and entry points taking arrays, offsets and lengths, so
        /// the test can call any valid kernel through one delegate type: <c>Run</c> (<see cref="Kernel{T}"/>) for the span
        /// form, <c>TensorEntry</c> (<see cref="TensorKernel{T}"/>) for the tensor form, and for 2D span programs without
        /// indices also <c>Entry</c> (<see cref="Entry{T}"/>, used by the bad-input and concurrency tests).
        /// </summary>
        public string RenderClass(int index)
        {
            var s = new StringBuilder();
            s.AppendLine("using System;");
            if (Tensor != TensorForm.None)
            {
                s.AppendLine("using System.Numerics.Tensors;");
            }

            s.AppendLine("using PoolGen;");
            string ns = Namespace(index);
            if (ns.Length > 0)
            {
                s.AppendLine($"namespace {ns};");
            }

            string cls = ClassName(index);
            bool isStruct = ContainerKind is "struct" or "record struct";
            string partial = Flaw == SignatureFlaw.ContainingNotPartial ? string.Empty : "partial ";
            string file = Flaw == SignatureFlaw.FileClass ? "file " : "public ";
            string staticModifier = !Instance && ContainerKind == "class" && !Nested ? "static " : string.Empty;
            if (Nested)
            {
                s.AppendLine($"{file}partial class Outer{index}");
                s.AppendLine("{");
                file = "public ";
            }

            s.AppendLine($"{file}{staticModifier}{partial}{ContainerKind} {cls}");
            s.AppendLine("{");
            s.AppendLine("    " + RenderMethod());
            if (IsValid)
            {
                string t = Element;
                string receiver = Instance ? (isStruct ? $"default({cls})." : $"new {cls}().") : string.Empty;
                if (Tensor == TensorForm.Valid && HasIndices)
                {
                    string it = IntIndices ? "int" : "long";
                    s.AppendLine($"    public static void TensorEntry(ReadOnlyTensorSpan<{t}> input, TensorSpan<{t}> output, TensorSpan<{it}> indices) => {receiver}{MethodName}(input, output, indices);");
                }
                else if (Tensor == TensorForm.Valid)
                {
                    s.AppendLine($"    public static void TensorEntry(ReadOnlyTensorSpan<{t}> input, TensorSpan<{t}> output) => {receiver}{MethodName}(input, output);");
                }
                else
                {
                    var args = new List<string> { $"new ReadOnlySpan<{t}>(a, aStart, aLength)", $"new Span<{t}>(b, bStart, bLength)" };
                    if (HasIndices)
                    {
                        string it = IntIndices ? "int" : "long";
                        args.Add($"new Span<{it}>(({it}[])ix!, ixStart, ixLength)");
                    }

                    args.AddRange(DimensionParameters().Select(d => d.Name == "length" ? "width" : d.Name));
                    s.AppendLine($"    public static void Run({t}[] a, int aStart, int aLength, {t}[] b, int bStart, int bLength, Array? ix, int ixStart, int ixLength, int batch, int channels, int depth, int height, int width)");
                    s.AppendLine($"        => {receiver}{MethodName}({string.Join(", ", args)});");
                    if (HasClassicEntry)
                    {
                        var classic = args.Take(2).Concat(DimensionParameters().Select(d => d.Name));
                        s.AppendLine($"    public static void Entry({t}[] a, int aStart, int aLength, {t}[] b, int bStart, int bLength, int batch, int channels, int height, int width)");
                        s.AppendLine($"        => {receiver}{MethodName}({string.Join(", ", classic)});");
                    }
                }
            }

            s.AppendLine("}");
            if (Nested)
            {
                s.AppendLine("}");
            }

            return s.ToString();
        }

        /// <summary>The metadata name of the type holding <c>Entry</c>.</summary>
        public string EntryTypeName(int index)
        {
            string ns = Namespace(index);
            string prefix = ns.Length > 0 ? ns + "." : string.Empty;
            return Nested ? $"{prefix}Outer{index}+{ClassName(index)}" : prefix + ClassName(index);
        }

        /// <summary>The program as one line of C#-like text for messages: seed, attribute and signature.</summary>
        public override string ToString() =>
            $"seed {Seed.ToString(CultureInfo.InvariantCulture)}: {RenderMethod().Replace("\n    ", " ", StringComparison.Ordinal)}";

        // ------------------------------------------------------------------ helpers

        private static string? Int(int? value) => value switch
        {
            null => null,
            int.MinValue => "int.MinValue",
            int.MaxValue => "int.MaxValue",
            int v => v.ToString(CultureInfo.InvariantCulture),
        };

        private static string? Double(double? value) => value switch
        {
            null => null,
            double v when double.IsNaN(v) => "double.NaN",
            double.PositiveInfinity => "double.PositiveInfinity",
            double.NegativeInfinity => "double.NegativeInfinity",
            double v => v.ToString("R", CultureInfo.InvariantCulture) + (v == Math.Floor(v) && Math.Abs(v) < 1e15 ? ".0" : string.Empty),
        };

        private static string? Bool(bool? value) => value is null ? null : value.Value ? "true" : "false";

        private static T Pick<T>(Random r, T[] values) => values[r.Next(values.Length)];

        private static int? Maybe(Random r, int oneIn, Func<int> value) => r.Next(oneIn) == 0 ? value() : null;

        private static bool? Maybe(Random r, int oneIn, Func<bool> value) => r.Next(oneIn) == 0 ? value() : null;
    }

    /// <summary>The classic entry point of a valid 2D span-form program without indices: <c>Entry(a, aStart, aLength, b, bStart, bLength, batch, channels, height, width)</c>.</summary>
    public delegate void Entry<T>(T[] a, int aStart, int aLength, T[] b, int bStart, int bLength, int batch, int channels, int height, int width);

    /// <summary>
    /// The entry point of every valid span-form program (<c>Run</c>): input and output as array segments, the indices
    /// (an <c>int[]</c> or <c>long[]</c>, ignored without an indices parameter) as one too, then every dimension; those
    /// the method does not take are ignored, and a rank-1 method gets <paramref name="width"/> as its <c>length</c>.
    /// </summary>
    public delegate void Kernel<T>(T[] a, int aStart, int aLength, T[] b, int bStart, int bLength, Array? ix, int ixStart, int ixLength, int batch, int channels, int depth, int height, int width);

    /// <summary>The entry point of a valid tensor-form program (<c>TensorEntry</c>).</summary>
    public delegate void TensorKernel<T>(System.Numerics.Tensors.ReadOnlyTensorSpan<T> input, System.Numerics.Tensors.TensorSpan<T> output);

    /// <summary>The entry point of a valid tensor-form program with indices (<c>TensorEntry</c>).</summary>
    public delegate void TensorKernel<T, TIndex>(System.Numerics.Tensors.ReadOnlyTensorSpan<T> input, System.Numerics.Tensors.TensorSpan<T> output, System.Numerics.Tensors.TensorSpan<TIndex> indices);
}
