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
