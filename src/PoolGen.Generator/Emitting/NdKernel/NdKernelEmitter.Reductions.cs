using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

internal sealed partial class NdKernelEmitter
{
    private string Init(PoolSpec model)
    {
        string a = A(model);
        return model.Kind switch
        {
            PoolKindModel.Max => model.ElementType.IsFloatingPoint ? a + ".NegativeInfinity" : a + ".MinValue",
            PoolKindModel.Min => model.ElementType.IsFloatingPoint ? a + ".PositiveInfinity" : a + ".MaxValue",
            _ => "0",
        };
    }

    private string VectorInit(PoolSpec model) => model.Kind is PoolKindModel.Average or PoolKindModel.Lp ? $"({A(model)})0" : Init(model);

    /// <summary>The scalar accumulation of one tap.</summary>
    private string Step(PoolSpec model, string value, string tap)
    {
        string math = A(model) == "float" ? "MathF" : "Math";
        return model.Kind switch
        {
            PoolKindModel.Max => $"Max({value}, {tap})",
            PoolKindModel.Min => $"Min({value}, {tap})",
            PoolKindModel.Average => $"{value} + {tap}",
            _ => model.P switch
            {
                1 => $"{value} + Math.Abs({tap})",
                2 => $"{value} + Square({tap})",
                _ => $"{value} + {math}.Pow(Math.Abs({tap}), {model.P})",
            },
        };
    }

    private string VectorStep(PoolSpec model, int bits, string value, string tap) => model.Kind switch
    {
        PoolKindModel.Max => $"Max({value}, {tap})",
        PoolKindModel.Min => $"Min({value}, {tap})",
        PoolKindModel.Average => $"{value} + {tap}",
        _ => model.P == 1 ? $"{value} + Vector{bits}.Abs({tap})" : $"{value} + Square({tap})",
    };

    private void EmitScalarHelpers(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        string a = A(model);
        string math = a == "float" ? "MathF" : "Math";
        bool floating = model.ElementType.IsFloatingPoint;
        w.Line();
        if (model.Kind is PoolKindModel.Max or PoolKindModel.Min && model.IndicesName is null)
        {
            string name = model.Kind == PoolKindModel.Max ? "Max" : "Min";
            string better = model.Kind == PoolKindModel.Max ? ">" : "<";
            w.Line(floating
                ? $"// A tap replaces the running {name.ToLowerInvariant()} when it is {(better == ">" ? "larger" : "smaller")} or NaN: NaN propagates, ties keep the first."
                : $"// A tap replaces the running {name.ToLowerInvariant()} when it is {(better == ">" ? "larger" : "smaller")}: ties keep the first.");
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            if (floating && plan.Vectorized)
            {
                // Without a branch (a coin toss for the predictor on real data): MAXSS/MINSS(tap, current) is exactly
                // "tap > current ? tap : current", and the blend on the unordered compare lets a NaN tap win.
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
            else
            {
                w.Line(floating
                    ? $"private static {a} {name}({a} current, {a} tap) => tap {better} current || {a}.IsNaN(tap) ? tap : current;"
                    : $"private static {a} {name}({a} current, {a} tap) => tap {better} current ? tap : current;");
            }

            w.Line();
        }

        if (model.Kind == PoolKindModel.Lp && model.P == 2)
        {
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            w.Line($"private static {a} Square({a} tap) => tap * tap;");
            w.Line();
        }

        string divisorParameter = NeedsDivisor(model) ? ", int divisor" : string.Empty;
        w.Line("// The output from the reduced value: " + FinishDescription(model) + ".");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"private static {t} Finish({a} value{divisorParameter})"))
        {
            if (NeedsDivisor(model))
            {
                w.Line("value /= divisor;");
            }
            else if (model.Kind == PoolKindModel.Lp && model.P == 2)
            {
                w.Line($"value = {math}.Sqrt(value);");
            }
            else if (model.Kind == PoolKindModel.Lp && model.P > 2)
            {
                w.Line($"value = {math}.Pow(value, 1{(a == "float" ? "f" : "d")} / {model.P});");
            }

            if (model.ClampMin is not null)
            {
                w.Line($"value = value < {model.ClampMin} ? {model.ClampMin} : value;");
            }

            if (model.ClampMax is not null)
            {
                w.Line($"value = value > {model.ClampMax} ? {model.ClampMax} : value;");
            }

            w.Line(a == t ? "return value;" : $"return ({t})value;");
        }
    }

    private string FinishDescription(PoolSpec model)
    {
        var steps = new List<string>();
        if (NeedsDivisor(model))
        {
            steps.Add("divided by the divisor");
        }
        else if (model.Kind == PoolKindModel.Lp && model.P > 1)
        {
            steps.Add($"raised to 1/{model.P}");
        }

        if (model.ClampMin is not null || model.ClampMax is not null)
        {
            steps.Add("clamped (NaN stays NaN)");
        }

        if (model.ElementType.IsHalf)
        {
            steps.Add("rounded to Half");
        }

        return steps.Count == 0 ? "the value itself" : string.Join(", ", steps);
    }
}
