using PoolGen.Generator.Model;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// The exact max/min step every traversal calls, scalar and per vector width: a tap replaces the running value when it
/// is larger (smaller) or NaN, so NaN propagates and ties keep the first, as PyTorch's kernels do (docs/semantics.md).
/// </summary>
internal static class ReductionSteps
{
    /// <summary>The name of the step: Max or Min.</summary>
    public static string Name(PoolSpec spec) => spec.Kind == PoolKindModel.Min ? "Min" : "Max";

    /// <summary>Max or min: the reduction keeps one of the taps (the others sum them).</summary>
    public static bool ChoosesTap(PoolSpec spec) => spec.Kind is PoolKindModel.Max or PoolKindModel.Min;

    /// <summary>The local a max/min is kept in: max or min.</summary>
    public static string Variable(PoolSpec spec) => spec.Kind == PoolKindModel.Min ? "min" : "max";

    /// <summary>The value a max/min starts from, in the accumulator type: the identity of the step.</summary>
    public static string Identity(PoolSpec spec)
    {
        string a = spec.ElementType.Accumulator;
        bool floating = spec.ElementType.IsFloatingPoint;
        return spec.Kind == PoolKindModel.Min
            ? (floating ? a + ".PositiveInfinity" : a + ".MaxValue")
            : (floating ? a + ".NegativeInfinity" : a + ".MinValue");
    }

    /// <summary>"tap > value" (max) or "tap &lt; value" (min): the tap replaces the running value when this holds (or it is NaN).</summary>
    public static string Replaces(PoolSpec spec, string tap, string value) => $"{tap} {(spec.Kind == PoolKindModel.Min ? "<" : ">")} {value}";

    /// <summary>The vector comparison of the step: GreaterThan (max) or LessThan (min).</summary>
    public static string VectorComparison(PoolSpec spec) => spec.Kind == PoolKindModel.Min ? "LessThan" : "GreaterThan";

    /// <summary>"v = Max(v, tap);" or "v = Min(v, tap);" for the kind's local.</summary>
    public static string Accumulate(PoolSpec spec, string tap) => $"{Variable(spec)} = {Name(spec)}({Variable(spec)}, {tap});";

    /// <summary>Whether the kernel calls the step: max or min without indices (with indices the window tracks the position itself).</summary>
    public static bool HasStep(PoolSpec spec) => spec.Kind is PoolKindModel.Max or PoolKindModel.Min && spec.IndicesName is null;

    /// <summary>
    /// <c>Max(current, tap)</c> or <c>Min(current, tap)</c> in the accumulator type. Floating point: without a branch on x86
    /// (a coin toss for the predictor on real data), MAXSS/MINSS(tap, current) being exactly "tap &gt; current ? tap : current"
    /// and a blend on the unordered compare letting a NaN tap win.
    /// </summary>
    public static void EmitScalar(CodeWriter w, PoolSpec spec)
    {
        string a = spec.ElementType.Accumulator;
        string name = Name(spec);
        string better = spec.Kind == PoolKindModel.Min ? "<" : ">";
        string word = spec.Kind == PoolKindModel.Min ? "smaller" : "larger";
        if (!spec.ElementType.IsFloatingPoint)
        {
            w.Line($"// A tap replaces the running {name.ToLowerInvariant()} when it is {word}: ties keep the first.");
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            w.Line($"private static {a} {name}({a} current, {a} tap) => tap {better} current ? tap : current;");
            return;
        }

        w.Line($"// A tap replaces the running {name.ToLowerInvariant()} when it is {word} or NaN: NaN propagates, ties keep the first. On x86");
        w.Line($"// without a branch (a coin toss for the predictor on real data): {name.ToUpperInvariant()}SS/{name.ToUpperInvariant()}SD(tap, current) is exactly");
        w.Line($"// \"tap {better} current ? tap : current\", and the blend on the unordered compare lets a NaN tap win.");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        string sse = a == "float" ? "Sse" : "Sse2";
        using (w.Block($"private static {a} {name}({a} current, {a} tap)"))
        {
            using (w.Block("if (Sse41.IsSupported)"))
            {
                w.Line($"Vector128<{a}> value = Vector128.CreateScalarUnsafe(tap);");
                w.Line($"return Sse41.BlendVariable({sse}.{name}Scalar(value, Vector128.CreateScalarUnsafe(current)), value, {sse}.CompareScalarUnordered(value, value)).ToScalar();");
            }

            w.Line();
            w.Line($"return tap {better} current || {a}.IsNaN(tap) ? tap : current;");
        }
    }

    /// <summary>
    /// The same step lane by lane for one vector width. Integers: the plain Vector max/min (no NaN, and equal values are
    /// indistinguishable). Floating point: MAXPS/MINPS(tap, current) and a blend on the unordered compare, 3 instructions.
    /// </summary>
    public static void EmitVector(CodeWriter w, PoolSpec spec, int bits, bool first)
    {
        string t = spec.ElementType.Keyword;
        string vector = "Vector" + bits;
        string type = $"{vector}<{t}>";
        string name = Name(spec);
        if (!spec.ElementType.IsFloatingPoint)
        {
            if (first)
            {
                w.Line("// Lane by lane the scalar step; integers have no NaN and equal values are indistinguishable, so the plain one is exact.");
            }

            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            w.Line($"private static {type} {name}({type} current, {type} tap) => {vector}.{name}(current, tap);");
            return;
        }

        // VMAXPS/VMAXPD at 512 bits (Avx512F.Max) keep the SSE rule, second operand on NaN or equal zeros; Vector512.Max
        // does not (IEEE 754 maximum: NaN wins and +0 is above -0), so it is not used.
        (string isa, string blendIsa, string unordered) = (bits, t) switch
        {
            (512, _) => ("Avx512F", "Avx512F", "Avx512F.CompareUnordered(tap, tap)"),
            (256, _) => ("Avx", "Avx", "Avx.Compare(tap, tap, FloatComparisonMode.UnorderedNonSignaling)"),
            (_, "float") => ("Sse", "Sse41", "Sse.CompareUnordered(tap, tap)"),
            _ => ("Sse2", "Sse41", "Sse2.CompareUnordered(tap, tap)"),
        };
        string compare = spec.Kind == PoolKindModel.Min ? "LessThan" : "GreaterThan";
        if (first)
        {
            w.Line($"// Lane by lane the scalar step: {name.ToUpperInvariant()}PS/{name.ToUpperInvariant()}PD(tap, current) is exactly \"tap {(spec.Kind == PoolKindModel.Min ? "<" : ">")} current ? tap : current\", and a blend");
            w.Line("// on the unordered compare lets NaN taps win: 3 instructions.");
        }

        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"private static {type} {name}({type} current, {type} tap)"))
        {
            // Avx512F and Avx imply Sse4.1 and below, so one check covers every instruction used.
            using (w.Block($"if ({blendIsa}.IsSupported)"))
            {
                w.Line($"return {blendIsa}.BlendVariable({isa}.{name}(tap, current), tap, {unordered});");
            }

            w.Line();
            w.Line($"return {vector}.ConditionalSelect({vector}.{compare}(tap, current) | ~{vector}.Equals(tap, tap), tap, current);");
        }
    }
}
