using System;
using System.Linq;
using PoolGen.Generator.Model;
using PoolGen.Generator.Planning;
using PoolGen.Generator.Tests.Infrastructure;

namespace PoolGen.Generator.Tests;

/// <summary>
/// The planner, table-driven: an attribute and a signature in, the kernel plan out, no generated text involved (in the
/// spirit of the Regex generator's RegexFindOptimizationsTests). Each row says which traversal, vector plan and NaN rule
/// the planner must choose, and why a kernel stays scalar. The spec comes from the real parser; the plan from
/// <see cref="KernelPlanner.Plan"/> with the options of the row.
/// </summary>
public class PlannerTests
{
    private const string Float2d = "ReadOnlySpan<float> input, Span<float> output, int channels, int height, int width";
    private const string Float1d = "ReadOnlySpan<float> input, Span<float> output, int channels, int length";
    private const string Float3d = "ReadOnlySpan<float> input, Span<float> output, int channels, int depth, int height, int width";

    /// <summary>
    /// One row: the expected plan, "-" for no scalar reason, and the widths as "512,256,128" ("" for none; no 512 for windows
    /// of at most 4 taps, channels-first global sums and quantized average, see Plan_NoVector512_SaysWhy).
    /// </summary>
    public static TheoryData<string, string, bool, string, string, bool, string, string> Rows => new()
    {
        // 2D channels first, max and average: the row kernel.
        { "Kind = PoolKind.Max, Size = 2, Stride = 2", Float2d, true, nameof(Traversal.Rows), nameof(NanRule.Exact), true, "256,128", "-" },
        { "Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1", Float2d, true, nameof(Traversal.Rows), nameof(NanRule.None), true, "512,256,128", "-" },
        { "Kind = PoolKind.Max, Size = 2, Stride = 2", "ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width", true, nameof(Traversal.Rows), nameof(NanRule.None), true, "256,128", "-" },
        { "Kind = PoolKind.Max, Size = 9", Float2d, true, nameof(Traversal.Rows), nameof(NanRule.Exact), false, "", "more than 64 taps" },
        { "Kind = PoolKind.Max, Size = 3, Stride = 3", Float2d, true, nameof(Traversal.Rows), nameof(NanRule.Exact), true, "", "stride along the width is above 2" },
        // A fixed width of 6 with a 2-wide window, stride 2: 3 interior columns, fewer than the 4 lanes of 128-bit floats.
        { "Kind = PoolKind.Max, Size = 2, Stride = 2, Width = 6", "ReadOnlySpan<float> input, Span<float> output, int channels, int height", true, nameof(Traversal.Rows), nameof(NanRule.Exact), true, "", "fewer interior columns than a vector has lanes" },
        { "Kind = PoolKind.Max, Size = 2, Stride = 2", Float2d, false, nameof(Traversal.Rows), nameof(NanRule.Exact), true, "", KernelPlanner.NotVectorizedByOption },

        // Channels last: vectors over the channels; float max/min with checked rows when the window unrolls.
        { "Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc", Float2d, true, nameof(Traversal.ChannelVectors), nameof(NanRule.CheckedRows), true, "512,256,128", "-" },
        { "Kind = PoolKind.Max, SizeH = 5, SizeW = 6, Layout = PoolLayout.Nhwc", Float2d, true, nameof(Traversal.ChannelVectors), nameof(NanRule.Exact), false, "512,256,128", "-" },
        { "Kind = PoolKind.Average, Size = 3, Layout = PoolLayout.Nhwc", Float2d, true, nameof(Traversal.ChannelVectors), nameof(NanRule.None), true, "512,256,128", "-" },
        { "Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc", Float2d, false, nameof(Traversal.ChannelVectors), nameof(NanRule.Exact), true, "", KernelPlanner.NotVectorizedByOption },

        // Channels first, other ranks and kinds: separable passes for max/min at stride 1, else windows.
        { "Kind = PoolKind.Max, Size = 3, Stride = 1, Padding = 1", Float3d, true, nameof(Traversal.SeparablePasses), nameof(NanRule.ScanPlane), true, "512,256,128", "-" },
        { "Kind = PoolKind.Min, Size = 3, Stride = 1", Float2d, true, nameof(Traversal.Rows), nameof(NanRule.Exact), true, "512,256,128", "-" },
        { "Kind = PoolKind.Min, Size = 3, Stride = 2", Float2d, true, nameof(Traversal.Rows), nameof(NanRule.Exact), true, "512,256,128", "-" },
        { "Kind = PoolKind.Min, Size = 3, Stride = 1, ClampMin = 0", Float2d, true, nameof(Traversal.SeparablePasses), nameof(NanRule.ScanPlane), true, "512,256,128", "-" },
        { "Kind = PoolKind.Min, Size = 3, Stride = 1, DilationH = 2, ClampMin = 0", Float2d, true, nameof(Traversal.Windows), nameof(NanRule.ScanPlane), true, "512,256,128", "-" },
        { "Kind = PoolKind.Min, Size = 3, Stride = 2, ClampMin = 0", Float2d, true, nameof(Traversal.Windows), nameof(NanRule.Exact), true, "", "stride along the last axis is above 1" },
        { "Kind = PoolKind.Average, Size = 3, Stride = 1", Float1d, true, nameof(Traversal.Windows), nameof(NanRule.None), false, "256,128", "-" },
        { "Kind = PoolKind.Lp, P = 2, Size = 3, Stride = 1", Float2d, true, nameof(Traversal.Windows), nameof(NanRule.None), true, "512,256,128", "-" },
        { "Kind = PoolKind.Lp, P = 3, Size = 3, Stride = 1", Float2d, true, nameof(Traversal.Windows), nameof(NanRule.None), true, "", "P above 2" },
        { "Kind = PoolKind.Max, Size = 3, Stride = 1", "ReadOnlySpan<float> input, Span<float> output, Span<long> indices, int channels, int length", true, nameof(Traversal.Windows), nameof(NanRule.Exact), false, "", "indices" },
        { "Kind = PoolKind.Average, Size = 2, Stride = 1", "ReadOnlySpan<Half> input, Span<Half> output, int channels, int height, int width", true, nameof(Traversal.Windows), nameof(NanRule.None), true, "", "Half" },
        { "Kind = PoolKind.Max, Size = 3, Stride = 1, ClampMin = 0", Float2d, true, nameof(Traversal.SeparablePasses), nameof(NanRule.ScanPlane), true, "512,256,128", "-" },

        // Global windows.
        { "Kind = PoolKind.Average, Global = true", Float2d, true, nameof(Traversal.Global), nameof(NanRule.None), true, "256,128", "-" },
        { "Kind = PoolKind.Max, Global = true", Float2d, true, nameof(Traversal.Global), nameof(NanRule.Exact), true, "", "global max/min" },
        { "Kind = PoolKind.Max, Global = true, Layout = PoolLayout.Nhwc", Float2d, true, nameof(Traversal.Global), nameof(NanRule.Exact), true, "512,256,128", "-" },

        // Adaptive windows (OutputSize*): never the row kernel, never separable, never unrolled (their length varies);
        // channels last, vectors over the channels with the exact step; channels first, vectors over the outputs of a row
        // with the last axis's taps picked by tables (PickedColumns, 256-bit permutes only), scalar for 8- and 16-bit types.
        { "Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc", Float2d, true, nameof(Traversal.ChannelVectors), nameof(NanRule.None), false, "512,256,128", "-" },
        { "Kind = PoolKind.Max, OutputSize = 7, Layout = PoolLayout.Nhwc", Float2d, true, nameof(Traversal.ChannelVectors), nameof(NanRule.Exact), false, "512,256,128", "-" },
        { "Kind = PoolKind.Max, OutputSize = 3", Float3d, true, nameof(Traversal.PickedColumns), nameof(NanRule.ScanPlane), false, "256", "-" },
        { "Kind = PoolKind.Average, OutputSize = 7", Float2d, true, nameof(Traversal.PickedColumns), nameof(NanRule.None), false, "256", "-" },
        { "Kind = PoolKind.Min, OutputSize = 5", Float1d, true, nameof(Traversal.PickedColumns), nameof(NanRule.ScanPlane), false, "256", "-" },
        { "Kind = PoolKind.Max, OutputSize = 5", "ReadOnlySpan<long> input, Span<long> output, int channels, int height, int width", true, nameof(Traversal.PickedColumns), nameof(NanRule.None), false, "256", "-" },
        { "Kind = PoolKind.Max, OutputSize = 5", Byte2d, true, nameof(Traversal.Windows), nameof(NanRule.None), false, "", "lanes of 32 or 64 bits, and byte is narrower" },
        { "Kind = PoolKind.Max, OutputSize = 5", "ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int channels, int height, int width", true, nameof(Traversal.Windows), nameof(NanRule.Exact), false, "", "indices" },
        { "Kind = PoolKind.Average, OutputSize = 5", "ReadOnlySpan<Half> input, Span<Half> output, int channels, int height, int width", true, nameof(Traversal.Windows), nameof(NanRule.None), false, "", "Half" },
        { "Kind = PoolKind.Average, OutputSize = 7", Float2d, false, nameof(Traversal.Windows), nameof(NanRule.None), false, "", KernelPlanner.NotVectorizedByOption },
        { "Kind = PoolKind.Average, OutputSize = 7, Height = 14, Width = 14", "ReadOnlySpan<float> input, Span<float> output, int channels", true, nameof(Traversal.PickedColumns), nameof(NanRule.None), false, "256", "-" },
        { "Kind = PoolKind.Min, OutputSize = 5, Layout = PoolLayout.Nhwc", Float1d, true, nameof(Traversal.ChannelVectors), nameof(NanRule.Exact), false, "512,256,128", "-" },
        { "Kind = PoolKind.Max, OutputSize = 5, Layout = PoolLayout.Nhwc", "ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int channels, int height, int width", true, nameof(Traversal.ChannelVectors), nameof(NanRule.Exact), false, "", "indices" },
        { "Kind = PoolKind.Average, OutputSize = 5, Layout = PoolLayout.Nhwc", "ReadOnlySpan<Half> input, Span<Half> output, int channels, int height, int width", true, nameof(Traversal.ChannelVectors), nameof(NanRule.None), false, "", "Half" },
        { "Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc", Float2d, false, nameof(Traversal.ChannelVectors), nameof(NanRule.None), false, "", KernelPlanner.NotVectorizedByOption },

        // Adaptive with output size 1 on every axis is global pooling.
        { "Kind = PoolKind.Average, OutputSize = 1", Float2d, true, nameof(Traversal.Global), nameof(NanRule.None), true, "256,128", "-" },
        { "Kind = PoolKind.Max, OutputSize = 1, Layout = PoolLayout.Nhwc", Float3d, true, nameof(Traversal.Global), nameof(NanRule.Exact), true, "512,256,128", "-" },
        { "Kind = PoolKind.Average, OutputSizeH = 1, OutputSizeW = 2", Float2d, true, nameof(Traversal.PickedColumns), nameof(NanRule.None), false, "256", "-" },

        // Quantized average (ONNX Runtime's QLinearAveragePool): never the row kernel; 16 bytes widened to 2 x 8 floats, one width;
        // no fully unrolled window form.
        { "Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, " + Quantized, Byte2d, true, nameof(Traversal.Windows), nameof(NanRule.None), false, "256", "-" },
        { "Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, Layout = PoolLayout.Nhwc, " + Quantized, Byte2d, true, nameof(Traversal.ChannelVectors), nameof(NanRule.None), false, "256", "-" },
        { "Kind = PoolKind.Average, Global = true, " + Quantized, Byte2d, true, nameof(Traversal.Global), nameof(NanRule.None), false, "256", "-" },
        { "Kind = PoolKind.Average, Size = 3, Stride = 2, " + Quantized, Byte2d, true, nameof(Traversal.Windows), nameof(NanRule.None), false, "", "stride along the last axis is above 1" },
        { "Kind = PoolKind.Average, Size = 3, Stride = 1, " + Quantized, Byte2d, false, nameof(Traversal.Windows), nameof(NanRule.None), false, "", KernelPlanner.NotVectorizedByOption },
        // Quantized average over adaptive windows: the adaptive traversals with the quantized reduction (vector runs channels
        // last, scalar windows channels first); output size 1 everywhere is the integer global path.
        { "Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc, " + Quantized, Byte2d, true, nameof(Traversal.ChannelVectors), nameof(NanRule.None), false, "256", "-" },
        { "Kind = PoolKind.Average, OutputSizeH = 3, OutputSizeW = 5, " + Quantized, Byte2d, true, nameof(Traversal.Windows), nameof(NanRule.None), false, "", "adaptive windows" },
        { "Kind = PoolKind.Average, OutputSize = 1, " + Quantized, Byte2d, true, nameof(Traversal.Global), nameof(NanRule.None), false, "256", "-" },
        // Quantized max: the integer kernel (the row kernel in 2D channels first), its outputs requantized.
        { "Kind = PoolKind.Max, Size = 2, Stride = 2, " + Quantized, Byte2d, true, nameof(Traversal.Rows), nameof(NanRule.None), true, "256,128", "-" },
        { "Kind = PoolKind.Min, Size = 3, Stride = 1, Layout = PoolLayout.Nhwc, " + Quantized, Byte2d, true, nameof(Traversal.ChannelVectors), nameof(NanRule.None), true, "512,256,128", "-" },

        // Backward passes and unpooling: max/min backward and unpooling scatter (vectors check the indices); average backward adds windows of
        // gradients, vectors across the channels (channels last) or along output rows (channels first, stride 1).
        { "Size = 3, Stride = 2, Padding = 1", MaxBackward2d, true, nameof(Traversal.Scatter), nameof(NanRule.None), false, "256,128", "-" },
        { "Size = 2, Layout = PoolLayout.Nhwc", "ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output, int channels, int height, int width", true, nameof(Traversal.Scatter), nameof(NanRule.None), false, "256,128", "-" },
        { "Size = 3, Stride = 2, Padding = 1", MaxBackward2d, false, nameof(Traversal.Scatter), nameof(NanRule.None), false, "", KernelPlanner.NotVectorizedByOption },
        { "Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1", AverageBackward2d, true, nameof(Traversal.WindowGradients), nameof(NanRule.None), false, "256,128", "-" },
        { "Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc", AverageBackward2d, true, nameof(Traversal.WindowGradients), nameof(NanRule.None), false, "256,128", "-" },
        { "Kind = PoolKind.Average, Size = 3, Stride = 2, Padding = 1", AverageBackward2d, true, nameof(Traversal.WindowGradients), nameof(NanRule.None), false, "", "stride along the last axis is above 1" },
        { "Kind = PoolKind.Average, OutputSize = 3", AverageBackward2d, true, nameof(Traversal.WindowGradients), nameof(NanRule.None), false, "", "adaptive windows" },
        { "Kind = PoolKind.Average, OutputSize = 1", AverageBackward2d, true, nameof(Traversal.WindowGradients), nameof(NanRule.None), false, "", "global" },
        { "Kind = PoolKind.Average, Size = 3, Stride = 1", AverageBackward2d, false, nameof(Traversal.WindowGradients), nameof(NanRule.None), false, "", KernelPlanner.NotVectorizedByOption },
    };

    private const string MaxBackward2d = "ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput, int channels, int height, int width";

    private const string AverageBackward2d = "ReadOnlySpan<float> gradOutput, Span<float> gradInput, int channels, int height, int width";

    private const string Byte2d = "ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width";

    private const string Quantized = "InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120";

    [Fact]
    public void Plan_QuantizedAverage_NeverTheRowKernel()
    {
        PoolSpec spec = Spec("Kind = PoolKind.Average, Size = 2, Stride = 2, " + Quantized, Byte2d);
        Assert.True(spec.IsQuantizedAverage);
        Assert.False(KernelPlanner.RowsCanRun(spec));
        Assert.Equal(new QuantizationInfo(0.02f, 128, 0.015f, 120), spec.Quantization);
        Assert.Null(KernelPlanner.Plan(spec, new GeneratorOptions(true)).Requantization);
    }

    [Theory]
    [InlineData("Kind = PoolKind.Average, Size = 3, Stride = 2, " + Quantized, Byte2d, nameof(GlobalFallback.AtRunTime))]               // sizes from the caller
    [InlineData("Kind = PoolKind.Average, Size = 3, AutoPad = PoolAutoPad.SameUpper, " + Quantized, Byte2d, nameof(GlobalFallback.AtRunTime))] // SAME pads may be 0
    [InlineData("Kind = PoolKind.Average, Size = 3, Padding = 1, " + Quantized, Byte2d, nameof(GlobalFallback.None))]                   // padded: never
    [InlineData("Kind = PoolKind.Average, Size = 3, Pads = new[] { 0, 0, 0, 1 }, " + Quantized, Byte2d, nameof(GlobalFallback.None))]
    [InlineData("Kind = PoolKind.Average, Size = 3, Height = 3, Width = 3, " + Quantized, ByteFixed, nameof(GlobalFallback.Always))]
    [InlineData("Kind = PoolKind.Average, Size = 3, Height = 3, Width = 4, " + Quantized, ByteFixed, nameof(GlobalFallback.None))]
    [InlineData("Kind = PoolKind.Average, Size = 3, Height = 3, " + Quantized, ByteFixedHeight, nameof(GlobalFallback.AtRunTime))]
    [InlineData("Kind = PoolKind.Average, Global = true, " + Quantized, Byte2d, nameof(GlobalFallback.None))]                          // global already
    [InlineData("Kind = PoolKind.Average, OutputSize = 3, " + Quantized, Byte2d, nameof(GlobalFallback.None))]                         // adaptive: never
    [InlineData("Kind = PoolKind.Average, OutputSize = 1, Height = 3, Width = 3, " + Quantized, ByteFixed, nameof(GlobalFallback.None))] // global already
    [InlineData("Kind = PoolKind.Average, Size = 3", Float2d, nameof(GlobalFallback.None))]                                              // float average
    [InlineData("Kind = PoolKind.Max, Size = 3, " + Quantized, Byte2d, nameof(GlobalFallback.None))]
    public void Plan_QuantizedAverage_FallsBackToTheGlobalPath_WhereTheWindowCanBeTheUnpaddedInput(string attribute, string signature, string fallback)
    {
        Assert.Equal(fallback, KernelPlanner.Plan(Spec(attribute, signature), new GeneratorOptions(true)).QuantizedFallback.ToString());
    }

    private const string ByteFixed = "ReadOnlySpan<byte> input, Span<byte> output, int channels";

    private const string ByteFixedHeight = "ReadOnlySpan<byte> input, Span<byte> output, int channels, int width";

    [Theory]
    [InlineData("Kind = PoolKind.Max, Size = 2, Stride = 2, ClampMin = 120, ClampMax = 200, " + Quantized, true)]
    [InlineData("Kind = PoolKind.Min, Size = 2, Stride = 2, Layout = PoolLayout.Nhwc, ClampMin = 120, " + Quantized, true)]
    // Equal parameters: requantization is the identity, the integer kernel keeps its clamp.
    [InlineData("Kind = PoolKind.Max, Size = 2, Stride = 2, ClampMin = 120, InputScale = 0.5, InputZeroPoint = 3, OutputScale = 0.5, OutputZeroPoint = 3", false)]
    public void Plan_QuantizedMaxMin_RequantizesAfterTheIntegerKernel_WhichLeavesTheClampToIt(string attribute, bool requantizes)
    {
        PoolSpec spec = Spec(attribute, Byte2d);
        KernelPlan plan = KernelPlanner.Plan(spec, new GeneratorOptions(true));
        Assert.Equal(requantizes, plan.Requantization is not null);
        if (requantizes)
        {
            Assert.Equal(spec.Quantization, plan.Requantization!.Parameters);
            Assert.Equal((spec.ClampMin, spec.ClampMax), (plan.Requantization.ClampMin, plan.Requantization.ClampMax));
            Assert.Null(plan.Spec.ClampMin);
            Assert.Null(plan.Spec.ClampMax);
        }
        else
        {
            Assert.Equal(spec.ClampMin, plan.Spec.ClampMin);
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Plan_ChoosesTheKernel(string attribute, string signature, bool vectorize, string traversal, string nan, bool unrolls, string widths, string scalarReason)
    {
        KernelPlan plan = KernelPlanner.Plan(Spec(attribute, signature), new GeneratorOptions(vectorize));

        Assert.Equal(traversal, plan.Traversal.ToString());
        Assert.Equal(nan, plan.Nan.ToString());
        Assert.Equal(unrolls, plan.UnrollsWindow);
        Assert.Equal(widths, string.Join(",", plan.VectorWidths));
        Assert.Equal(widths.Length > 0, plan.Vectorized);
        if (scalarReason == "-")
        {
            Assert.Null(plan.ScalarReason);
        }
        else
        {
            Assert.Contains(scalarReason, plan.ScalarReason, StringComparison.Ordinal);
        }
    }

    /// <summary>Where the planner leaves 512-bit vectors out, the reason the remarks print; none where they measured faster.</summary>
    [Theory]
    [InlineData("Kind = PoolKind.Max, Size = 2, Stride = 2", Float2d, "at most 4 taps")]
    [InlineData("Kind = PoolKind.Average, Size = 2, Stride = 2, Layout = PoolLayout.Nhwc", Float2d, "at most 4 taps")]
    [InlineData("Kind = PoolKind.Max, Size = 4, Stride = 1", Float1d, "at most 4 taps")]
    [InlineData("Kind = PoolKind.Max, Size = 5, Stride = 1", Float1d, "-")]
    [InlineData("Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1", Float2d, "-")]
    [InlineData("Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc", Float2d, "-")]
    [InlineData("Kind = PoolKind.Max, Size = 3, Stride = 1, Padding = 1", Float3d, "-")]
    [InlineData("Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc", Float2d, "-")]
    [InlineData("Kind = PoolKind.Max, Global = true, Layout = PoolLayout.Nhwc", Float2d, "-")]
    [InlineData("Kind = PoolKind.Average, Global = true", Float2d, "a plane's sum adds 256-bit vectors")]
    [InlineData("Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120", "ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width", "quantized average")]
    public void Plan_NoVector512_SaysWhy(string attribute, string signature, string reason)
    {
        KernelPlan plan = KernelPlanner.Plan(Spec(attribute, signature), new GeneratorOptions(true));
        Assert.True(plan.Vectorized);
        Assert.Equal(reason == "-", plan.VectorWidths.Contains(512));
        if (reason == "-")
        {
            Assert.Null(plan.NoVector512Reason);
        }
        else
        {
            Assert.Contains(reason, plan.NoVector512Reason, StringComparison.Ordinal);
        }

        // Without vectors there is nothing to explain.
        Assert.Null(KernelPlanner.Plan(Spec(attribute, signature), new GeneratorOptions(false)).NoVector512Reason);
    }

    [Theory]
    [InlineData("Kind = PoolKind.Average, Size = 7", true, true)]           // 49 taps, no padding: the plane is one run.
    [InlineData("Kind = PoolKind.Average, Size = 3", true, false)]          // 9 taps: not worth it.
    [InlineData("Kind = PoolKind.Average, Size = 7, Padding = 1", true, false)]
    [InlineData("Kind = PoolKind.Max, Size = 7", true, false)]
    [InlineData("Kind = PoolKind.Average, Size = 7", false, false)]
    public void Plan_SumsPlanes_OnlyForUnpaddedAverageWindowsOfAtLeast16Taps(string attribute, bool vectorize, bool sums)
    {
        Assert.Equal(sums, KernelPlanner.Plan(Spec(attribute, Float2d), new GeneratorOptions(vectorize)).SumsPlanes);
    }

    [Theory]
    [InlineData("Kind = PoolKind.Max, Size = 3, Stride = 1, Padding = 1", true)]   // consecutive rows share 2 of 3 window rows
    [InlineData("Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1", false)]  // 2 * stride > window: nothing to share
    [InlineData("Kind = PoolKind.Max, Size = 2, Stride = 1", true)]
    [InlineData("Kind = PoolKind.Max, Size = 3, Stride = 1, DilationH = 2", false)]
    public void Plan_RowStrips_WhenConsecutiveRowsShareWindowRows(string attribute, bool strips)
    {
        Assert.Equal(strips, KernelPlanner.Plan(Spec(attribute, Float2d), new GeneratorOptions(true)).RowStrips);
    }

    [Theory]
    [InlineData("Kind = PoolKind.Max, Size = 2, Stride = 2", nameof(ParallelSplit.None))]
    [InlineData("Kind = PoolKind.Max, Size = 2, Stride = 2, Parallel = true", nameof(ParallelSplit.Planes))]
    [InlineData("Kind = PoolKind.Min, Size = 3, Stride = 1, Parallel = true", nameof(ParallelSplit.Planes))]
    [InlineData("Kind = PoolKind.Average, Global = true, Parallel = true", nameof(ParallelSplit.Planes))]
    [InlineData("Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1, Layout = PoolLayout.Nhwc, Parallel = true", nameof(ParallelSplit.ImagesOrRows))]
    [InlineData("Kind = PoolKind.Average, Global = true, Layout = PoolLayout.Nhwc, Parallel = true", nameof(ParallelSplit.Images))]
    public void Plan_SplitsTheWorkByLayout(string attribute, string split)
    {
        KernelPlan plan = KernelPlanner.Plan(Spec(attribute, Float2d), new GeneratorOptions(true));
        Assert.Equal(split, plan.Split.ToString());
        Assert.Equal(split != nameof(ParallelSplit.None), plan.Parallel);
    }

    [Theory]
    [InlineData("Kind = PoolKind.Average, OutputSize = 7, Layout = PoolLayout.Nhwc, Parallel = true", nameof(ParallelSplit.ImagesOrRows))]
    [InlineData("Kind = PoolKind.Max, OutputSize = 7, Parallel = true", nameof(ParallelSplit.Planes))]
    [InlineData("Kind = PoolKind.Average, OutputSize = 1, Layout = PoolLayout.Nhwc, Parallel = true", nameof(ParallelSplit.Images))]
    public void Plan_SplitsAdaptiveWorkAsAnyOther(string attribute, string split)
        => Assert.Equal(split, KernelPlanner.Plan(Spec(attribute, Float2d), new GeneratorOptions(true)).Split.ToString());

    [Fact]
    public void Plan_AdaptiveAxesHoldTheirOutputSizes_AndTheRowKernelNeverRunsThem()
    {
        PoolSpec spec = Spec("Kind = PoolKind.Average, OutputSize = 4, OutputSizeW = 9", Float2d);
        Assert.True(spec.Adaptive);
        Assert.Equal(4, spec.H.OutputSize);
        Assert.Equal(9, spec.W.OutputSize);
        Assert.False(spec.CountIncludePad); // Each window's own length: nothing to count.
        Assert.False(KernelPlanner.RowsCanRun(spec));

        var shape = new ShapePlan(KernelPlanner.Plan(spec, new GeneratorOptions(true)));
        Assert.Equal(new long[] { 4, 9 }, shape.Axes.Select(a => a.FixedOutput));
        Assert.All(shape.Axes, a => Assert.Equal(1, a.MinimumInput));
        Assert.All(shape.Axes, a => Assert.True(a.Adaptive));

        // A fixed size the output size divides: every window has the same length.
        var fixedShape = new ShapePlan(KernelPlanner.Plan(Spec("Kind = PoolKind.Average, OutputSize = 7, Height = 14, Width = 13", "ReadOnlySpan<float> input, Span<float> output, int channels"), new GeneratorOptions(true)));
        Assert.Equal(new[] { 2, 0 }, fixedShape.Axes.Select(a => a.AdaptiveFixedLength));
    }

    [Theory]
    [InlineData("", "Plane", false, nameof(Traversal.Windows))]
    [InlineData("IndexOrder = PoolIndexOrder.Plane, ", "Plane", false, nameof(Traversal.Windows))]
    [InlineData("IndexOrder = PoolIndexOrder.Tensor, ", "Tensor", true, nameof(Traversal.Windows))]
    [InlineData("IndexOrder = PoolIndexOrder.TensorColumnMajor, Layout = PoolLayout.Nhwc, ", "TensorColumnMajor", true, nameof(Traversal.ChannelVectors))]
    [InlineData("IndexOrder = PoolIndexOrder.TensorColumnMajor, Global = true, ", "TensorColumnMajor", true, nameof(Traversal.Global))]
    public void Plan_IndexOrder_IsInTheSpec_AndTensorOrdersCountPlanes(string attribute, string order, bool countsPlanes, string traversal)
    {
        string window = attribute.Contains("Global", StringComparison.Ordinal) ? "Rank = 2" : "Size = 3, Padding = 1";
        KernelPlan plan = KernelPlanner.Plan(Spec(attribute + window, "ReadOnlySpan<float> input, Span<float> output, Span<int> indices, int batch, int channels, int height, int width"), new GeneratorOptions(true));
        Assert.Equal((order, countsPlanes, traversal, false), (plan.Spec.IndexOrder.ToString(), plan.IndexCountsPlanes, plan.Traversal.ToString(), plan.Vectorized));
    }

    /// <summary>Max backward and unpooling read indices in the attribute's order: a tensor order counts planes, as the forward's.</summary>
    [Theory]
    [InlineData("IndexOrder = PoolIndexOrder.Tensor, ", "ReadOnlySpan<float> gradOutput, ReadOnlySpan<long> indices, Span<float> gradInput", "Tensor", true)]
    [InlineData("IndexOrder = PoolIndexOrder.TensorColumnMajor, Layout = PoolLayout.Nhwc, ", "ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output", "TensorColumnMajor", true)]
    [InlineData("", "ReadOnlySpan<float> input, ReadOnlySpan<int> indices, Span<float> output", "Plane", false)]
    public void Plan_IndexOrderOfAReader_IsInTheSpec_AndTensorOrdersCountPlanes(string attribute, string spans, string order, bool countsPlanes)
    {
        KernelPlan plan = KernelPlanner.Plan(Spec(attribute + "Size = 3, Stride = 2", spans + ", int batch, int channels, int height, int width"), new GeneratorOptions(true));
        Assert.Equal((order, countsPlanes, nameof(Traversal.Scatter)), (plan.Spec.IndexOrder.ToString(), plan.IndexCountsPlanes, plan.Traversal.ToString()));
    }

    [Fact]
    public void Plan_AdaptiveOneEverywhere_IsGlobalWithPlaceholderAxes()
    {
        KernelPlan plan = KernelPlanner.Plan(Spec("Kind = PoolKind.Max, OutputSize = 1", Float1d), new GeneratorOptions(true));
        Assert.True(plan.Spec.Global);
        Assert.True(plan.Spec.GlobalFromOutputSize);
        Assert.False(plan.Spec.Adaptive);
        Assert.Equal(Traversal.Global, plan.Traversal);
    }

    [Fact]
    public void Plan_OfAnInvalidAttribute_IsAStub()
    {
        KernelPlan plan = KernelPlanner.Plan(Spec("Kind = PoolKind.Max, Size = 0", Float2d), new GeneratorOptions(true));
        Assert.Equal(Traversal.Stub, plan.Traversal);
        Assert.False(plan.Vectorized);
    }

    [Fact]
    public void Plan_IsValueEqual_AndDependsOnTheOptions()
    {
        PoolSpec first = Spec("Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1", Float2d);
        PoolSpec second = Spec("Kind = PoolKind.Max, Size = 3, Stride = 2, Padding = 1", Float2d);
        Assert.NotSame(first, second);
        Assert.Equal(KernelPlanner.Plan(first, new GeneratorOptions(true)), KernelPlanner.Plan(second, new GeneratorOptions(true)));
        Assert.Equal(KernelPlanner.Plan(first, new GeneratorOptions(true)).GetHashCode(), KernelPlanner.Plan(second, new GeneratorOptions(true)).GetHashCode());
        Assert.NotEqual(KernelPlanner.Plan(first, new GeneratorOptions(true)), KernelPlanner.Plan(first, new GeneratorOptions(false)));
    }

    /// <summary>The spec the real parser makes of one [Pool] method.</summary>
    private static PoolSpec Spec(string attribute, string signature)
    {
        string source = $$"""
            using System;
            using PoolGen;

            public static partial class Kernels
            {
                [Pool({{attribute}})]
                public static partial void M({{signature}});
            }
            """;
        GeneratorOutput output = GeneratorRunner.Run(source);
        ParseResult parse = Assert.Single(IncrementalAssert.ParseOutputs(output.Result)).Value;
        return Assert.IsType<PoolSpec>(parse.Model);
    }
}
