using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.ML.OnnxRuntime;

namespace PoolGen.ResNet18
{
    /// <summary>A dense float tensor, row-major.</summary>
    internal sealed class Tensor
    {
        public Tensor(float[] data, long[] shape)
        {
            if (data.Length != shape.Aggregate(1L, (a, b) => a * b))
            {
                throw new ArgumentException($"{data.Length} values do not fill a {string.Join("x", shape)} tensor.", nameof(data));
            }

            Data = data;
            Shape = shape;
        }

        public float[] Data { get; }

        public long[] Shape { get; }

        public string ShapeText => string.Join("x", Shape);

        /// <summary>The dimension <paramref name="axis"/> as an int.</summary>
        public int Dim(int axis) => checked((int)Shape[axis]);
    }

    /// <summary>
    /// An ONNX Runtime session on the CPU with one intra-op and one inter-op thread, run sequentially, so that its
    /// times compare with a single-threaded PoolGen kernel.
    /// </summary>
    internal sealed class OrtSession : IDisposable
    {
        private readonly SessionOptions _options;
        private readonly InferenceSession _session;

        public OrtSession(byte[] model, GraphOptimizationLevel level)
        {
            _options = new SessionOptions
            {
                IntraOpNumThreads = 1,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = level,
            };
            _session = new InferenceSession(model, _options);
        }

        public static string Version => OrtEnv.Instance().GetVersionString();

        public Tensor[] Run(IReadOnlyList<(string Name, Tensor Value)> inputs, IReadOnlyList<string> outputs)
        {
            OrtValue[] values = inputs.Select(i => OrtValue.CreateTensorValueFromMemory(i.Value.Data, i.Value.Shape)).ToArray();
            try
            {
                using var runOptions = new RunOptions();
                using IDisposableReadOnlyCollection<OrtValue> results = _session.Run(runOptions, inputs.Select(i => i.Name).ToArray(), values, outputs.ToArray());
                return results.Select(r => new Tensor(r.GetTensorDataAsSpan<float>().ToArray(), r.GetTensorTypeAndShape().Shape)).ToArray();
            }
            finally
            {
                foreach (OrtValue value in values)
                {
                    value.Dispose();
                }
            }
        }

        /// <summary>
        /// An action that runs the session on <paramref name="input"/> into <paramref name="output"/> (one input, one
        /// output, both preallocated and pinned, so a call allocates no tensor), for timing. Dispose the result.
        /// </summary>
        public BoundRun Bind(string inputName, Tensor input, string outputName, Tensor output) => new(_session, inputName, input, outputName, output);

        public void Dispose()
        {
            _session.Dispose();
            _options.Dispose();
        }

        /// <summary>A session call over preallocated tensors.</summary>
        internal sealed class BoundRun : IDisposable
        {
            private readonly InferenceSession _session;
            private readonly RunOptions _runOptions = new();
            private readonly string[] _inputNames;
            private readonly string[] _outputNames;
            private readonly OrtValue[] _inputs;
            private readonly OrtValue[] _outputs;

            public BoundRun(InferenceSession session, string inputName, Tensor input, string outputName, Tensor output)
            {
                _session = session;
                _inputNames = new[] { inputName };
                _outputNames = new[] { outputName };
                _inputs = new[] { OrtValue.CreateTensorValueFromMemory(input.Data, input.Shape) };
                _outputs = new[] { OrtValue.CreateTensorValueFromMemory(output.Data, output.Shape) };
            }

            public void Run() => _session.Run(_runOptions, _inputNames, _inputs, _outputNames, _outputs);

            public void Dispose()
            {
                _inputs[0].Dispose();
                _outputs[0].Dispose();
                _runOptions.Dispose();
            }
        }
    }
}
