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

    /// <summary>
    /// One drawn <c>[Pool]</c> method: every attribute property (null = not written), the element type, the
    /// signature form, and how the method is declared. The single data type of the fuzzer: it renders itself as C#
    /// (<see cref="RenderClass"/>), maps to the reference's parameters (<see cref="ToSpec"/>) and predicts the
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

        public double? ClampMin { get; init; }
        public double? ClampMax { get; init; }

        /// <summary>0 = Nchw, 1 = Nhwc, anything else = an unknown (PoolLayout)n cast (PG0051).</summary>
        public int? Layout { get; init; }

        public bool? Global { get; init; }

        /// <summary>ONNX order: the beginnings of the height and width axes, then their ends.</summary>
        public int[]? Pads { get; init; }

        public int? Size { get; init; }
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
            ("Pads", p => p.Pads is null ? null : $"new int[] {{ {string.Join(", ", p.Pads)} }}", p => p with { Pads = null }),
            ("Size", p => Int(p.Size), p => p with { Size = null }),
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
        ];

        public static readonly string[] ValidElements = ["float", "double", "byte", "sbyte", "short", "ushort", "int", "uint", "long", "ulong"];
        public static readonly string[] FloatElements = ["float", "double"];
        private static readonly string[] InvalidElements = ["decimal", "char", "nint", "bool"];

        public bool IsFloatingPoint => Element is "float" or "double";

        // ------------------------------------------------------------------ drawing

        /// <summary>Draws a program from <paramref name="seed"/> alone. About one in five is invalid on purpose.</summary>
        public static PoolProgram Draw(int seed)
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

            p = DrawBreadth(p, new Random(seed ^ 0x2545f491));
            return r.Next(5) == 0 ? Corrupt(p, r) : p;
        }

        /// <summary>
        /// The breadth properties (Lp with P, Min, DivisorOverride, ClampMin/ClampMax), from a stream of their own so
        /// that the base draw stays as recorded; about one in eight programs is made invalid through one of them.
        /// </summary>
        private static PoolProgram DrawBreadth(PoolProgram p, Random r)
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
        /// A valid program with large parameters, which <see cref="Draw"/> rarely reaches: windows up to 20x40, strides up
        /// to 20, dilations up to 12 with padding, or a one-row window of thousands of taps. A separate stream, so that
        /// <see cref="Draw"/>'s programs (and the recorded long runs) stay as they are.
        /// </summary>
        public static PoolProgram DrawStress(int seed)
        {
            var r = new Random(seed ^ 0x3c6ef372);
            PoolProgram p = Draw(seed) with { Flaw = SignatureFlaw.None, Pads = null, Global = null }; // (large windows with Padding*, not Pads or Global)
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

        /// <summary>The axis the kernel uses (Global and Pads applied), or null when the attribute is invalid for it.</summary>
        public Axis? Final(char axis)
        {
            if (Global == true)
            {
                return new Axis(1, 1, 0, 1);
            }

            Axis? a = Resolve(axis, new List<string>());
            if (a is null || Pads is not { Length: 4 } pads)
            {
                return a;
            }

            int i = axis == 'H' ? 0 : 1;
            return a with { Padding = pads[i], PaddingEndOverride = pads[i + 2] };
        }

        /// <summary>The output size on one axis for input size <paramref name="n"/> (1 with Global).</summary>
        public int OutputSizeOf(char axis, int n) => Global == true ? 1 : Final(axis)!.OutputSize(n, CeilMode ?? false);

        private static int? Pick(int? perAxis, int? both) => perAxis ?? both;

        private static int? SizeOf(PoolProgram p, char axis) => Pick(axis == 'H' ? p.SizeH : p.SizeW, p.Size);

        private static int EffectiveOf(PoolProgram p, char axis)
        {
            int k = Math.Max(1, SizeOf(p, axis) ?? 1);
            int d = Math.Max(1, Pick(axis == 'H' ? p.DilationH : p.DilationW, p.Dilation) ?? 1);
            return (int)Math.Min(int.MaxValue, ((long)d * (k - 1)) + 1);
        }

        /// <summary>The smallest input size with an output, for a valid axis; 1 otherwise.</summary>
        public static int MinimumInput(PoolProgram p, char axis)
        {
            Axis? a = p.Final(axis);
            if (a is null)
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
            bool h = axis == 'H';
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

            int s = Pick(h ? StrideH : StrideW, Stride) ?? 0;
            if (s < 0)
            {
                ids.Add("PG0003");
                ok = false;
            }
            else if (s == 0)
            {
                s = k;
            }

            int d = Pick(h ? DilationH : DilationW, Dilation) ?? 1;
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

            int pad = Pick(h ? PaddingH : PaddingW, Padding) ?? 0;
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
            if (HasHeight) list.Add(("int", "height", ""));
            if (HasWidth) list.Add(("int", "width", ""));
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

        /// <summary>
        /// The PoolGen diagnostic ids the generator must report for this program (as a set), following the
        /// generator's documented order of checks: a flawed declaration reports that alone; a flawed parameter list
        /// reports itself plus what is wrong with the attribute; the element type is judged only when the rest is valid.
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

            // The parameter list, as the parser walks it: names and order of the int dimensions.
            bool signatureOk = Flaw != SignatureFlaw.SpansSwapped;
            var dims = new List<int>();
            string[] names = ["batch", "channels", "height", "width"];
            if (Flaw == SignatureFlaw.SpansSwapped)
            {
                ids.Add("PG0012");
            }
            else
            {
                foreach ((string type, string name, string modifier) in DimensionParameters())
                {
                    int role = Array.IndexOf(names, name);
                    if (modifier.Length > 0)
                    {
                        ids.Add("PG0022");
                        signatureOk = false;
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

            Axis? hAxis, wAxis;
            if (Global == true)
            {
                // CheckGlobal: no window property may be written.
                if (Properties.Any(prop => WindowProperties.Contains(prop.Name) && prop.Value(this) is not null))
                {
                    config.Add("PG0049");
                    configOk = false;
                }

                hAxis = wAxis = new Axis(1, 1, 0, 1);
            }
            else
            {
                hAxis = Resolve('H', config);
                wAxis = Resolve('W', config);
                configOk &= hAxis is not null && wAxis is not null;
                if (configOk && Pads is int[] pads)
                {
                    // ReadPads: not with Padding*, four values, each from 0 to below the effective window.
                    bool padsOk = !(Padding is not null || PaddingH is not null || PaddingW is not null);
                    if (pads.Length != 4)
                    {
                        padsOk = false;
                    }
                    else
                    {
                        for (int i = 0; i < 4; i++)
                        {
                            Axis a = i % 2 == 0 ? hAxis! : wAxis!;
                            padsOk &= pads[i] >= 0 && pads[i] < a.Effective;
                        }
                    }

                    if (!padsOk)
                    {
                        config.Add("PG0046");
                        configOk = false;
                    }
                    else
                    {
                        (hAxis, wAxis) = (Final('H'), Final('W'));
                    }
                }
            }

            if (kind != 1 && CountIncludePad is not null)
            {
                config.Add("PG0018");
            }

            // P, DivisorOverride (ReadReductionOptions).
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

            if (DivisorOverride is int divisor && (kind != 1 || divisor < 0))
            {
                config.Add("PG0048");
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

            int fc = Fixed(Channels, 1), fh = Fixed(Height, 2), fw = Fixed(Width, 3);
            if (signatureOk)
            {
                if (fh == 0 && (Height ?? 0) == 0 && !dims.Contains(2))
                {
                    config.Add("PG0016");
                    configOk = false;
                }

                if (fw == 0 && (Width ?? 0) == 0 && !dims.Contains(3))
                {
                    config.Add("PG0016");
                    configOk = false;
                }
            }

            bool ceil = CeilMode ?? false;
            if (Global != true && hAxis is not null && fh > 0 && hAxis.OutputSize(fh, ceil) < 1)
            {
                config.Add("PG0007");
                configOk = false;
            }

            if (Global != true && wAxis is not null && fw > 0 && wAxis.OutputSize(fw, ceil) < 1)
            {
                config.Add("PG0007");
                configOk = false;
            }

            if ((long)Math.Max(fc, 1) * Math.Max(fh, 1) * Math.Max(fw, 1) > int.MaxValue)
            {
                config.Add("PG0026");
                configOk = false;
            }

            bool elementSupported = kind is 0 or 3 ? ValidElements.Contains(Element) : FloatElements.Contains(Element);
            if (Flaw != SignatureFlaw.SpansSwapped && !elementSupported && configOk)
            {
                config.Add("PG0013");
                configOk = false;
            }

            if (Flaw != SignatureFlaw.SpansSwapped && elementSupported)
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
            }

            // PG0050: Parallel on a kernel that needs the general emitter, reported only when all else is valid.
            if (Parallel == true && configOk && signatureOk && NeedsGeneral)
            {
                config.Add("PG0050");
            }

            ids.UnionWith(config);
            return ids;
        }

        /// <summary>Whether the kernel is one of the general emitter's (PoolMethodModel.NeedsGeneral, for what is drawn).</summary>
        public bool NeedsGeneral =>
            Layout == 1 || Global == true || (Pads is not null && Final('H') is Axis h && Final('W') is Axis w &&
                (h.PaddingEnd != h.Padding || w.PaddingEnd != w.Padding || h.Padding > h.Effective / 2 || w.Padding > w.Effective / 2)) ||
            Kind is 2 or 3 || (ClampMin is double lo && !double.IsNegativeInfinity(lo)) || (ClampMax is double hi && !double.IsPositiveInfinity(hi)) || DivisorOverride > 0;

        private static readonly string[] WindowProperties =
        [
            "Size", "SizeH", "SizeW", "Stride", "StrideH", "StrideW", "Padding", "PaddingH", "PaddingW",
            "Dilation", "DilationH", "DilationW", "CeilMode", "Pads", "CountIncludePad",
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

        /// <summary>The reference's parameters (valid programs only).</summary>
        public PoolSpec ToSpec()
        {
            Axis h = Final('H') ?? throw new InvalidOperationException("invalid H axis");
            Axis w = Final('W') ?? throw new InvalidOperationException("invalid W axis");
            return new PoolSpec(
                (PoolKind)(Kind ?? 0),
                h.Kernel, w.Kernel, h.Stride, w.Stride, h.Padding, w.Padding, h.Dilation, w.Dilation,
                CeilMode ?? false,
                CountIncludePad ?? true,
                DivisorOverride > 0 ? DivisorOverride : null);
        }

        /// <summary>The reference's parameters with P and the clamps (valid programs only).</summary>
        public PoolSpecND ToSpecND() => ToSpec().ToND() with
        {
            PaddingEnd = Pads is { Length: 4 } pads ? [pads[2], pads[3]] : null,
            Global = Global == true,
            P = P ?? 0,
            ClampMin = ClampMin ?? double.NegativeInfinity,
            ClampMax = ClampMax ?? double.PositiveInfinity,
        };

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
            string spans = Flaw == SignatureFlaw.SpansSwapped
                ? $"Span<{t}> input, ReadOnlySpan<{t}> output"
                : $"ReadOnlySpan<{t}> input, Span<{t}> output";
            string parameters = string.Join(", ", new[] { spans }.Concat(DimensionParameters().Select(d => $"{d.Modifier}{d.Type} {d.Name}")));
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

        /// <summary>
        /// A whole file: the containing type(s) with the method and an entry point taking arrays, offsets and lengths,
        /// so the test can call any valid kernel through one delegate type (<see cref="Entry{T}"/>).
        /// </summary>
        public string RenderClass(int index)
        {
            var s = new StringBuilder();
            s.AppendLine("using System;");
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
                var args = new List<string> { $"new ReadOnlySpan<{t}>(a, aStart, aLength)", $"new Span<{t}>(b, bStart, bLength)" };
                args.AddRange(DimensionParameters().Select(d => d.Name));
                s.AppendLine($"    public static void Entry({t}[] a, int aStart, int aLength, {t}[] b, int bStart, int bLength, int batch, int channels, int height, int width)");
                s.AppendLine($"        => {receiver}{MethodName}({string.Join(", ", args)});");
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

    /// <summary>The entry point every valid rendered program has: <c>Entry(a, aStart, aLength, b, bStart, bLength, batch, channels, height, width)</c>.</summary>
    public delegate void Entry<T>(T[] a, int aStart, int aLength, T[] b, int bStart, int bLength, int batch, int channels, int height, int width);
}
