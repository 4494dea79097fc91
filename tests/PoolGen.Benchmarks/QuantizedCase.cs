using System;
using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using PoolGen.Onnx.Tests;
using PoolGen.Testing;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// A quantized uint8 average case: PoolGen against ONNX Runtime's com.microsoft QLinearAveragePool (or
    /// QLinearGlobalAveragePool) on one thread, in the case's own layout (ORT's channels_last = 1 for NHWC, so both pool
    /// the same bytes); "naive" is <see cref="QuantizedPoolReference"/>. The outputs must agree bit for bit.
    /// </summary>
    internal sealed class QuantizedCase : IPoolCase
    {
        /// <summary>The parameters of every quantized case (and of their [Pool] attributes in Kernels.cs).</summary>
        public static readonly QuantizedPoolParameters Parameters = new((float)0.02, 128, (float)0.015, 120);

        private readonly PoolKernel<byte> _kernel;
        private readonly byte[] _input;
        private readonly byte[] _poolGenOutput;
        private readonly byte[] _ortOutput;
        private readonly byte[] _copySource;
        private readonly byte[] _copyDestination;
        private readonly SessionOptions _options;
        private readonly InferenceSession _session;
        private readonly RunOptions _runOptions = new();
        private readonly string[] _inputNames = { "x" };
        private readonly string[] _outputNames = { "y" };
        private readonly OrtValue[] _inputs;
        private readonly OrtValue[] _outputs;

        public QuantizedCase(BenchmarkCase spec, PoolKernel<byte> kernel)
        {
            Spec = spec;
            _kernel = kernel;
            var random = new Random(20240601);
            _input = new byte[spec.InputLength];
            random.NextBytes(_input);
            _poolGenOutput = new byte[spec.OutputLength];
            _ortOutput = new byte[spec.OutputLength];
            CopyBytes = checked((int)(spec.TrafficBytes / 2));
            _copySource = new byte[CopyBytes];
            random.NextBytes(_copySource);
            _copyDestination = new byte[CopyBytes];

            long[] inputShape = Shape(spec.Height, spec.Width);
            long[] outputShape = Shape(spec.OutHeight, spec.OutWidth);
            QuantizedPoolParameters q = spec.Quantization!.Value;
            var graph = new OnnxGraph();
            graph.Input("x", OnnxGraph.Uint8, inputShape);
            graph.ScalarFloat("x_scale", q.InputScale);
            graph.ScalarInt8Bits("x_zero_point", OnnxGraph.Uint8, q.InputZeroPoint);
            graph.ScalarFloat("y_scale", q.OutputScale);
            graph.ScalarInt8Bits("y_zero_point", OnnxGraph.Uint8, q.OutputZeroPoint);
            graph.Output("y", OnnxGraph.Uint8);
            string[] inputs = { "x", "x_scale", "x_zero_point", "y_scale", "y_zero_point" };
            OnnxGraph.Node node = graph.Add(spec.Global ? "QLinearGlobalAveragePool" : "QLinearAveragePool", inputs, new[] { "y" }, "com.microsoft")
                .Int("channels_last", spec.ChannelsLast ? 1 : 0);
            if (!spec.Global)
            {
                node.Ints("kernel_shape", new[] { spec.Kernel, spec.Kernel }).Ints("strides", new[] { spec.Stride, spec.Stride })
                    .Ints("pads", new[] { spec.PadTop, spec.PadLeft, spec.PadBottom, spec.PadRight })
                    .Int("count_include_pad", spec.CountIncludePad ? 1 : 0);
            }

            _options = new SessionOptions
            {
                IntraOpNumThreads = 1,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
            _session = new InferenceSession(graph.ToModel(), _options);
            _inputs = new[] { OrtValue.CreateTensorValueFromMemory(_input, inputShape) };
            _outputs = new[] { OrtValue.CreateTensorValueFromMemory(_ortOutput, outputShape) };
        }

        public BenchmarkCase Spec { get; }

        public int CopyBytes { get; }

        public void RunPoolGen() => _kernel(_input, _poolGenOutput, Spec.Batch, Spec.Channels, Spec.Height, Spec.Width);

        public void RunNaive() => Reference();

        public void RunOrt() => _session.Run(_runOptions, _inputNames, _inputs, _outputNames, _outputs);

        public void RunCopy() => _copySource.AsSpan().CopyTo(_copyDestination);

        public void Verify()
        {
            _poolGenOutput.AsSpan().Fill(0xA5);
            _ortOutput.AsSpan().Fill(0xC3);
            RunPoolGen();
            RunOrt();
            Compare("ONNX Runtime", _ortOutput);
            Compare("the reference", Reference());
        }

        public void Dispose()
        {
            _inputs[0].Dispose();
            _outputs[0].Dispose();
            _runOptions.Dispose();
            _session.Dispose();
            _options.Dispose();
        }

        private byte[] Reference()
        {
            PoolLayout layout = Spec.ChannelsLast ? PoolLayout.Nhwc : PoolLayout.Nchw;
            int[] spatial = { Spec.Height, Spec.Width };
            return Spec.Global
                ? QuantizedPoolReference.GlobalAverage<byte>(_input, Spec.Batch, Spec.Channels, spatial, Spec.Quantization!.Value, layout)
                : QuantizedPoolReference.Average<byte>(Spec.Window, _input, Spec.Batch, Spec.Channels, spatial, Spec.Quantization!.Value, layout);
        }

        private long[] Shape(int height, int width) => Spec.ChannelsLast
            ? new long[] { Spec.Batch, height, width, Spec.Channels }
            : new long[] { Spec.Batch, Spec.Channels, height, width };

        private void Compare(string who, byte[] actual)
        {
            for (int i = 0; i < actual.Length; i++)
            {
                if (actual[i] != _poolGenOutput[i])
                {
                    throw new VerificationException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"case {Spec.Name} ({Spec.Description}): {who} differs from PoolGen at output element {i}: PoolGen {_poolGenOutput[i]}, {who} {actual[i]}."));
                }
            }
        }
    }
}
