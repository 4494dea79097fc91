using System;
using Microsoft.ML.OnnxRuntime;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// ONNX Runtime running the one-node pooling model of a <see cref="BenchmarkCase"/> on one thread (its default thread pool for parallel cases), with every graph
    /// optimization on, reading and writing preallocated arrays through OrtValues pinned over them, so a call
    /// allocates no tensor.
    /// </summary>
    internal sealed class OrtPool<T> : IDisposable
        where T : unmanaged
    {
        private readonly SessionOptions _options;
        private readonly InferenceSession _session;
        private readonly RunOptions _runOptions = new();
        private readonly string[] _inputNames = { "x" };
        private readonly string[] _outputNames = { "y" };
        private readonly OrtValue[] _inputs;
        private readonly OrtValue[] _outputs;

        public OrtPool(BenchmarkCase spec, T[] input, T[] output)
        {
            // Parallel cases: ONNX Runtime's default thread pool (0 = one thread per core); otherwise one thread.
            _options = new SessionOptions
            {
                IntraOpNumThreads = spec.Parallel ? 0 : 1,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
            _session = new InferenceSession(OnnxModel.Pool(spec, OnnxModel.ElementType<T>()), _options);
            _inputs = new[] { OrtValue.CreateTensorValueFromMemory(input, spec.InputShape) };
            _outputs = new[] { OrtValue.CreateTensorValueFromMemory(output, spec.OutputShape) };
        }

        /// <summary>The ONNX Runtime version string, for the report header.</summary>
        public static string Version => OrtEnv.Instance().GetVersionString();

        public void Run() => _session.Run(_runOptions, _inputNames, _inputs, _outputNames, _outputs);

        public void Dispose()
        {
            _inputs[0].Dispose();
            _outputs[0].Dispose();
            _runOptions.Dispose();
            _session.Dispose();
            _options.Dispose();
        }
    }
}
