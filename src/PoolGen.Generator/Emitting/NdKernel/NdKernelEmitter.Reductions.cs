using System.Collections.Generic;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

internal sealed partial class NdKernelEmitter
{
    /// <summary>The value the reduction starts from: the identity of max/min, or 0 for the sums.</summary>
    private string Init(PoolSpec model) => ReductionSteps.ChoosesTap(model) ? ReductionSteps.Identity(model) : "0";

    private string VectorInit(PoolSpec model) => ReductionSteps.ChoosesTap(model) ? Init(model) : $"({A(model)})0";

    /// <summary>The scalar accumulation of one tap.</summary>
    private string Step(PoolSpec model, string value, string tap)
    {
        string math = A(model) == "float" ? "MathF" : "Math";
        return model.Kind switch
        {
            PoolKindModel.Max => $"Max({value}, {tap})",
            PoolKindModel.Min => $"Min({value}, {tap})",
            PoolKindModel.Average => model.IsQuantizedAverage ? $"{value} + Dequantize({tap})" : $"{value} + {tap}",
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
        if (model.IsQuantizedAverage)
        {
            EmitQuantizedFinish(w, model);
            return;
        }

        w.Line();
        if (ReductionSteps.HasStep(model))
        {
            ReductionSteps.EmitScalar(w, model);
            w.Line();
        }

        if (model.Kind == PoolKindModel.Lp && model.P == 2)
        {
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            w.Line($"private static {a} Square({a} tap) => tap * tap;");
            w.Line();
        }

        string divisorParameter = NeedsDivisor(model) ? string.Concat(DivisorNames(model).Select(d => ", int " + d)) : string.Empty;
        w.Line("// The output from the reduced value: " + FinishDescription(model) + ".");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"private static {t} Finish({a} value{divisorParameter})"))
        {
            if (NeedsDivisor(model))
            {
                w.Line(DivisionStatement(model));
            }
            else if (model.Kind == PoolKindModel.Lp && model.P == 2)
            {
                w.Line($"value = {math}.Sqrt(value);");
            }
            else if (model.Kind == PoolKindModel.Lp && model.P > 2)
            {
                w.Line($"value = {math}.Pow(value, 1{(a == "float" ? "f" : "d")} / {model.P});");
            }

            if (model.ClampMin is { } min)
            {
                w.Line($"value = value < {Literal(min, model.ElementType)} ? {Literal(min, model.ElementType)} : value;");
            }

            if (model.ClampMax is { } max)
            {
                w.Line($"value = value > {Literal(max, model.ElementType)} ? {Literal(max, model.ElementType)} : value;");
            }

            w.Line(a == t ? "return value;" : $"return ({t})value;");
        }
    }

    /// <summary>
    /// Finish's division: by the divisor; adaptive, by each axis's window length in turn, outermost first (libtorch's
    /// sum / kh / kw, each quotient rounded), which can differ in the last bit from one division by the product.
    /// </summary>
    private string DivisionStatement(PoolSpec model)
    {
        List<string> names = DivisorNames(model).ToList();
        return names.Count == 1 ? $"value /= {names[0]};" : $"value = value / {string.Join(" / ", names)}; // One axis at a time, as libtorch.";
    }

    private string FinishDescription(PoolSpec model)
    {
        var steps = new List<string>();
        if (NeedsDivisor(model) && model.Adaptive)
        {
            steps.Add(axes.Count == 1 ? "divided by the window's length" : "divided by the window's length on each axis in turn, outermost first");
        }
        else if (NeedsDivisor(model))
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
