using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using static PoolGen.Generator.Emitting.Code;

namespace PoolGen.Generator.Emitting;

/// <summary>
/// Quantized average pooling (byte or sbyte with InputScale, InputZeroPoint, OutputScale, OutputZeroPoint): ONNX Runtime's
/// QLinearAveragePool bit for bit (docs/semantics.md). The traversals are the N-D kernel's; what differs is the reduction
/// (every tap dequantized, summed in float in row-major order), the finish (divided by the count in float, divided by the
/// output scale, plus the zero point, rounded half to even, saturated) and the global path (integer sums, MLAS's
/// requantization), which a window equal to an unpadded input also takes, as ONNX Runtime's fallback_to_global.
/// </summary>
internal sealed partial class NdKernelEmitter
{
    /// <summary>The number of taps of the whole window.</summary>
    private static long WindowTaps(List<AxisPlan> axes) => axes.Aggregate(1L, (product, a) => product * a.Axis.Kernel);

    private static string F(float value) => value.ToString("R", CultureInfo.InvariantCulture) + "f";

    /// <summary>"+ 120f" or "- 20f": adding a float zero point (x + (-z) is x - z exactly).</summary>
    private static string PlusF(int zeroPoint) => zeroPoint < 0 ? "- " + F(-zeroPoint) : "+ " + F(zeroPoint);

    private static (int Low, int High) Range(PoolSpec model) => model.ElementType.Keyword == "byte" ? (0, 255) : (-128, 127);

    /// <summary>The output bounds: the element type's range, narrowed by the clamp (integers of the type).</summary>
    private static (int Low, int High) OutputBounds(PoolSpec model)
    {
        (int low, int high) = Range(model);
        if (model.ClampMin is { } min)
        {
            low = System.Math.Max(low, (int)min);
        }

        if (model.ClampMax is { } max)
        {
            high = System.Math.Min(high, (int)max);
        }

        return (low, high);
    }

    /// <summary>Every size fixed to the window, no padding: the kernel is the global path (the plan's <see cref="GlobalFallback.Always"/>).</summary>
    private bool AlwaysGlobal(PoolSpec model, List<AxisPlan> axes) => plan.QuantizedFallback == GlobalFallback.Always;

    /// <summary>Whether the kernel has the integer global path: a global window, or the plan's fallback.</summary>
    private bool HasQuantizedGlobal(PoolSpec model, List<AxisPlan> axes) => model.Global || plan.QuantizedFallback != GlobalFallback.None;

    /// <summary>At the top of Kernel: the fallback to the global path when the window is the whole, unpadded input.</summary>
    private void EmitQuantizedGlobalFallback(CodeWriter w, PoolSpec model, List<AxisPlan> axes)
    {
        if (plan.QuantizedFallback != GlobalFallback.AtRunTime)
        {
            return;
        }

        var conditions = new List<string>();
        foreach (AxisPlan axis in axes)
        {
            if (axis.FixedInput == 0)
            {
                conditions.Add($"{axis.Name} == {axis.Axis.Kernel}");
            }

            if (axis.RuntimePad)
            {
                conditions.Add($"{axis.Pad} == 0 && {axis.PadEnd} == 0");
            }
        }

        if (plan.SplitsRows)
        {
            conditions.Add($"{OuterOutput(axes)}From == 0");
        }

        w.Line("// ONNX Runtime's fallback_to_global: a window equal to the unpadded input is computed as QLinearGlobalAveragePool,");
        w.Line("// in integers (whatever the strides, ceil mode and CountIncludePad); the output is one value per channel either way.");
        using (w.Block($"if ({string.Join(" && ", conditions)})"))
        {
            w.Line($"QuantizedGlobal(ref source, ref destination, batch, channels, (int)({SpatialProduct(x => x.Name)}));");
            w.Line("return;");
        }

        w.Line();
    }

    /// <summary>Dequantize and the scalar finishes (the window's, in float; the global path's, from the integer sum).</summary>
    private void EmitQuantizedFinish(CodeWriter w, PoolSpec model)
    {
        QuantizationInfo q = model.Quantization!;
        string t = T(model);
        (int low, int high) = OutputBounds(model);
        string clamped = model.ClampMin is not null || model.ClampMax is not null ? $", then clamped to [{low}, {high}]" : string.Empty;
        if (!model.Global)
        {
            w.Line();
            w.Line("// ONNX Runtime's dequantize_value: the input scale times the tap less the zero point (the difference exact in float).");
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            w.Line($"private static float Dequantize(float tap) => {F(q.InputScale)} * (tap {PlusF(-q.InputZeroPoint)});");
            w.Line();
            w.Line("// ONNX Runtime's quantize_value of the average: sum / (float)count / OutputScale + OutputZeroPoint in float, rounded half");
            w.Line($"// to even and saturated to {t}{clamped} (clamping before rounding gives the same: the bounds are integers).");
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            using (w.Block($"private static {t} Finish(float value, int divisor)"))
            {
                w.Line($"value = value / divisor / {F(q.OutputScale)} {PlusF(q.OutputZeroPoint)};");
                w.Line($"value = value < {F(low)} ? {F(low)} : value > {F(high)} ? {F(high)} : value;");
                w.Line($"return ({t})MathF.Round(value);");
            }
        }

        if (HasQuantizedGlobal(model, axes))
        {
            if (!model.Global)
            {
                w.Line();
            }

            w.Line("// MLAS's requantization of a global average: (float)acc * scale, clamped to the output range less the zero point");
            w.Line($"// (in float), rounded half to even, plus the zero point{clamped}.");
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            using (w.Block($"private static {t} FinishGlobal(int acc, float scale)"))
            {
                w.Line("float value = (float)acc * scale;");
                w.Line($"value = value < {F(low - q.OutputZeroPoint)} ? {F(low - q.OutputZeroPoint)} : value > {F(high - q.OutputZeroPoint)} ? {F(high - q.OutputZeroPoint)} : value;");
                w.Line($"return ({t})({Plus("(int)MathF.Round(value)", q.OutputZeroPoint)});");
            }
        }
    }

    /// <summary>The global path, the vector helpers and the vector run of a quantized average.</summary>
    private void EmitQuantizedHelpers(CodeWriter w, PoolSpec model, bool vector)
    {
        if (HasQuantizedGlobal(model, axes))
        {
            EmitQuantizedGlobal(w, model, vector);
        }

        if (!vector)
        {
            return;
        }

        EmitQuantizedVectorHelpers(w, model);
        if (!model.Global && !AlwaysGlobal(model, axes))
        {
            EmitQuantizedRun(w, model);
        }
    }

    /// <summary>QuantizedGlobal: ONNX Runtime's QLinearGlobalAveragePool over planes of size elements.</summary>
    private void EmitQuantizedGlobal(CodeWriter w, PoolSpec model, bool vector)
    {
        QuantizationInfo q = model.Quantization!;
        string t = T(model);
        w.Line();
        w.Line("// ONNX Runtime's QLinearGlobalAveragePool (MLAS): acc = sum(q) - InputZeroPoint*size in int32, scale =");
        w.Line("// InputScale / (OutputScale * (float)size), then FinishGlobal. One output per (image, channel).");
        using (w.Block($"private static void QuantizedGlobal(ref {t} source, ref {t} destination, int batch, int channels, int size)"))
        {
            w.Line($"float scale = {F(q.InputScale)} / ({F(q.OutputScale)} * (float)size);");
            w.Line($"int bias = {Int(-q.InputZeroPoint)} * size;");
            if (!ChannelsLast(model))
            {
                if (vector)
                {
                    w.Line("// The last size % 32 bytes of a 32-byte load ending at the plane's end: the rest was counted already.");
                    w.Line("Vector256<byte> tail = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(TailMasks), (nuint)(size % 32));");
                }

                using (w.Block("for (int plane = 0; plane < batch * channels; plane++)"))
                {
                    w.Line($"Unsafe.Add(ref destination, plane) = FinishGlobal(SumPlane(ref Unsafe.Add(ref source, (nint)plane * size), size{(vector ? ", tail" : string.Empty)}) + bias, scale);");
                }
            }
            else
            {
                using (w.Block("for (int n = 0; n < batch; n++)"))
                {
                    w.Line($"ref {t} input = ref Unsafe.Add(ref source, (nint)n * size * channels);");
                    w.Line($"ref {t} output = ref Unsafe.Add(ref destination, (nint)n * channels);");
                    w.Line("int c = 0;");
                    if (vector)
                    {
                        w.Line("// 16 channels at a time, summed in int lanes; the last 16 moved back to end at channels.");
                        using (w.Block("if (Vector256.IsHardwareAccelerated && channels >= 16)"))
                        {
                            w.Line("Vector256<int> offset = Vector256.Create(bias);");
                            w.Line("Vector256<float> factor = Vector256.Create(scale);");
                            using (w.Block("while (true)"))
                            {
                                w.Line("int first = Math.Min(c, channels - 16);");
                                w.Line("Vector256<int> low = Vector256<int>.Zero, high = Vector256<int>.Zero;");
                                using (w.Block("for (int i = 0; i < size; i++)"))
                                {
                                    w.Line("Widen16(ref Unsafe.Add(ref input, (nint)i * channels + first), out Vector256<int> a, out Vector256<int> b);");
                                    w.Line("low += a;");
                                    w.Line("high += b;");
                                }

                                w.Line();
                                w.Line("Store16(QuantizeGlobal(low + offset, factor), QuantizeGlobal(high + offset, factor), ref Unsafe.Add(ref output, first));");
                                w.Line("c = first + 16;");
                                using (w.Block("if (c == channels)"))
                                {
                                    w.Line("break;");
                                }
                            }
                        }

                        w.Line();
                    }

                    using (w.Block("for (; c < channels; c++)"))
                    {
                        w.Line("int sum = 0;");
                        using (w.Block("for (int i = 0; i < size; i++)"))
                        {
                            w.Line("sum += Unsafe.Add(ref input, (nint)i * channels + c);");
                        }

                        w.Line();
                        w.Line("Unsafe.Add(ref output, c) = FinishGlobal(sum + bias, scale);");
                    }
                }
            }
        }

        if (ChannelsLast(model))
        {
            return;
        }

        if (vector)
        {
            w.Line();
            w.Line("// 32 zeros, then 32 ones: 32 bytes from r on keep the last r.");
            w.Line("private static ReadOnlySpan<byte> TailMasks => new byte[]");
            w.Line("{");
            w.Line("    " + string.Join(", ", Enumerable.Repeat("0", 32)) + ",");
            w.Line("    " + string.Join(", ", Enumerable.Repeat("0xFF", 32)) + ",");
            w.Line("};");
        }

        bool signed = t == "sbyte";
        w.Line();
        w.Line("// The sum of a contiguous plane" + (vector
            ? ": PSADBW against zero sums 8 bytes per 64-bit lane" + (signed ? " (sbyte: biased by 128 first)" : string.Empty) + "; the last 32 bytes are"
            : "."));
        if (vector)
        {
            w.Line("// loaded ending at the plane's end, their first bytes (already counted) masked off by tail.");
        }

        using (w.Block($"private static int SumPlane(ref {t} input, int size{(vector ? ", Vector256<byte> tail" : string.Empty)})"))
        {
            w.Line("int sum = 0;");
            w.Line("int i = 0;");
            if (vector)
            {
                string bytes = signed ? "bytes" : "input";
                if (signed)
                {
                    w.Line("ref byte bytes = ref Unsafe.As<sbyte, byte>(ref input);");
                }

                string Load(string v, string at) => $"{v}.LoadUnsafe(ref {bytes}, (nuint)({at}))" + (signed ? $" ^ {v}.Create((byte)0x80)" : string.Empty);
                using (w.Block("if (Avx2.IsSupported && size >= 32)"))
                {
                    w.Line("Vector256<long> total = Vector256<long>.Zero;");
                    using (w.Block("for (; i <= size - 32; i += 32)"))
                    {
                        w.Line($"total += Avx2.SumAbsoluteDifferences({Load("Vector256", "i")}, Vector256<byte>.Zero).AsInt64();");
                    }

                    w.Line();
                    using (w.Block("if (i < size)"))
                    {
                        w.Line($"total += Avx2.SumAbsoluteDifferences(({Load("Vector256", "size - 32")}) & tail, Vector256<byte>.Zero).AsInt64();");
                    }

                    w.Line();
                    w.Line(signed ? "return (int)Vector256.Sum(total) - 128 * size; // Less the bias of 128 per element." : "return (int)Vector256.Sum(total);");
                }

                w.Line();
                using (w.Block("if (Sse2.IsSupported && size >= 16)"))
                {
                    w.Line("Vector128<long> total = Vector128<long>.Zero;");
                    using (w.Block("for (; i <= size - 16; i += 16)"))
                    {
                        w.Line($"total += Sse2.SumAbsoluteDifferences({Load("Vector128", "i")}, Vector128<byte>.Zero).AsInt64();");
                    }

                    w.Line();
                    w.Line(signed ? "sum = (int)Vector128.Sum(total) - 128 * i; // Less the bias of 128 per element." : "sum = (int)Vector128.Sum(total);");
                }

                w.Line();
            }

            using (w.Block("for (; i < size; i++)"))
            {
                w.Line("sum += Unsafe.Add(ref input, i);");
            }

            w.Line();
            w.Line("return sum;");
        }
    }

    /// <summary>Widen16, Store16, the vector clamp and rounding, Quantize and QuantizeGlobal.</summary>
    private void EmitQuantizedVectorHelpers(CodeWriter w, PoolSpec model)
    {
        QuantizationInfo q = model.Quantization!;
        string t = T(model);
        bool signed = t == "sbyte";
        (int low, int high) = OutputBounds(model);
        w.Line();
        w.Line($"// 16 {t}s widened to two vectors of 8 ints.");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"private static void Widen16(ref {t} at, out Vector256<int> low, out Vector256<int> high)"))
        {
            w.Line($"Vector256<{(signed ? "short" : "ushort")}> wide = Vector256.WidenLower(Vector128.LoadUnsafe(ref at).ToVector256Unsafe());");
            w.Line(signed ? "low = Vector256.WidenLower(wide);" : "low = Vector256.WidenLower(wide).AsInt32();");
            w.Line(signed ? "high = Vector256.WidenUpper(wide);" : "high = Vector256.WidenUpper(wide).AsInt32();");
        }

        w.Line();
        w.Line($"// 16 ints, already inside the {t} range, narrowed and stored.");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"private static void Store16(Vector256<int> low, Vector256<int> high, ref {t} output)"))
        {
            w.Line(signed
                ? "Vector256<short> narrow = Vector256.Narrow(low, high);"
                : "Vector256<ushort> narrow = Vector256.Narrow(low.AsUInt32(), high.AsUInt32());");
            w.Line("Vector128.Narrow(narrow.GetLower(), narrow.GetUpper()).StoreUnsafe(ref output);");
        }

        w.Line();
        w.Line("// Clamped to [low, high], then rounded half to even: adding and subtracting 1.5 * 2^23 leaves the nearest integer (ties");
        w.Line("// to even, the default rounding mode) for every value this small, as nearbyintf and MathF.Round do.");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block("private static Vector256<int> ClampAndRound(Vector256<float> value, float low, float high)"))
        {
            w.Line("Vector256<float> lower = Vector256.Create(low), upper = Vector256.Create(high);");
            w.Line("value = Avx.IsSupported");
            w.Line("    ? Avx.Min(Avx.Max(value, lower), upper)");
            w.Line("    : Vector256.ConditionalSelect(Vector256.GreaterThan(value, upper), upper, Vector256.ConditionalSelect(Vector256.LessThan(value, lower), lower, value));");
            w.Line("Vector256<float> magic = Vector256.Create(12582912f);");
            w.Line("return Vector256.ConvertToInt32((value + magic) - magic);");
        }

        if (!model.Global && !AlwaysGlobal(model, axes))
        {
            w.Line();
            w.Line("// Finish for 8 lanes: average / OutputScale + OutputZeroPoint in float, clamped, rounded half to even.");
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            w.Line($"private static Vector256<int> Quantize(Vector256<float> average) => ClampAndRound(average / Vector256.Create({F(q.OutputScale)}) + Vector256.Create({F(q.OutputZeroPoint)}), {F(low)}, {F(high)});");
            w.Line();
            w.Line("// 16 taps dequantized (InputScale * (tap - InputZeroPoint), as Dequantize) and added to the sums.");
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            using (w.Block($"private static void AddTaps(ref {t} at, ref Vector256<float> low, ref Vector256<float> high)"))
            {
                w.Line("Widen16(ref at, out Vector256<int> a, out Vector256<int> b);");
                w.Line($"Vector256<int> zeroPoint = Vector256.Create({Int(q.InputZeroPoint)});");
                w.Line($"Vector256<float> scale = Vector256.Create({F(q.InputScale)});");
                w.Line("low += scale * Vector256.ConvertToSingle(a - zeroPoint);");
                w.Line("high += scale * Vector256.ConvertToSingle(b - zeroPoint);");
            }
        }

        if (HasQuantizedGlobal(model, axes) && ChannelsLast(model))
        {
            w.Line();
            w.Line("// FinishGlobal for 8 lanes.");
            w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
            w.Line($"private static Vector256<int> QuantizeGlobal(Vector256<int> acc, Vector256<float> scale) => ClampAndRound(Vector256.ConvertToSingle(acc) * scale, {F(low - q.OutputZeroPoint)}, {F(high - q.OutputZeroPoint)}) + Vector256.Create({Int(q.OutputZeroPoint)});");
        }
    }

    /// <summary>The call of QRun in place of the Run helpers (ranges emitted).</summary>
    private void EmitQuantizedRunCall(CodeWriter w, PoolSpec model, List<AxisPlan> axes, string o, string stop, string output, bool channelsLast)
    {
        w.Line($"{o} = QRun(ref corner, {output}, {o}, {stop}, {CountArguments(model, axes, channelsLast)}, {VectorDivisor(model, axes, channelsLast)});");
        w.Line();
    }

    /// <summary>QRun and QTaps: 16 outputs (a row's, or a pixel's channels) at a time, their taps in row-major order.</summary>
    private void EmitQuantizedRun(CodeWriter w, PoolSpec model)
    {
        string t = T(model);
        bool last = ChannelsLast(model);
        List<string> taps = TapsParameters(model, axes, full: false);
        string arguments = string.Join(", ", taps.Select(p => p.Substring(p.IndexOf(' ') + 1)));
        w.Line();
        w.Line("// Lanes o to stop (outputs of a row, or channels of a pixel), 16 at a time; the last 16 are moved back to end at stop,");
        w.Line("// recomputing a few lanes. Returns where the scalar code goes on (o, when the run is shorter than 16).");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveOptimization)]");
        using (w.Block($"private static int QRun(ref {t} at, ref {t} output, int o, int stop, {string.Join(", ", taps)}, int divisor)"))
        {
            using (w.Block("if (!Vector256.IsHardwareAccelerated || stop - o < 16)"))
            {
                w.Line("return o;");
            }

            w.Line();
            w.Line("Vector256<float> count = Vector256.Create((float)divisor);");
            using (w.Block("while (true)"))
            {
                w.Line("int first = Math.Min(o, stop - 16);");
                w.Line($"QTaps(ref Unsafe.Add(ref at, first), {arguments}, out Vector256<float> low, out Vector256<float> high);");
                w.Line("Store16(Quantize(low / count), Quantize(high / count), ref Unsafe.Add(ref output, first));");
                w.Line("o = first + 16;");
                using (w.Block("if (o == stop)"))
                {
                    w.Line("return o;");
                }
            }
        }

        w.Line();
        w.Line(last
            ? "// 16 channels summed over the window's taps inside the input, in row-major order, from 0 as the scalar window."
            : $"// 16 adjacent outputs summed over their taps, in row-major order, from 0 as the scalar window: the {axes[axes.Count - 1].Axis.Kernel} taps of each row unrolled.");
        w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        using (w.Block($"private static void QTaps(ref {t} at, {string.Join(", ", taps)}, out Vector256<float> low, out Vector256<float> high)"))
        {
            w.Line("low = Vector256<float>.Zero;");
            w.Line("high = Vector256<float>.Zero;");
            EmitRunTaps(w, model, last, at => $"AddTaps({at}, ref low, ref high);");
        }
    }
}
