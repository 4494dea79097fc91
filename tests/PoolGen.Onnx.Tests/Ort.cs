using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace PoolGen.Onnx.Tests
{
    /// <summary>One output ORT computed: its elements (copied out) and its shape.</summary>
    internal sealed record OrtTensor(Array Data, long[] Shape)
    {
        public T[] As<T>() => (T[])Data;
    }

    /// <summary>
    /// Runs a model on ONNX Runtime's CPU provider: one intra-op and one inter-op thread, sequential execution, graph
    /// optimizations off (so the kernels that run are exactly the nodes written, e.g. no NHWC rewrite of a
    /// QLinearAveragePool), one graph input <c>x</c>.
    /// </summary>
    internal static class Ort
    {
        public static OrtTensor[] Run<T>(byte[] model, T[] input, long[] shape, params string[] outputs)
            where T : unmanaged
        {
            using var options = new SessionOptions
            {
                IntraOpNumThreads = 1,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL,
            };
            using var session = new InferenceSession(model, options);
            using var runOptions = new RunOptions();
            using var x = OrtValue.CreateTensorValueFromMemory(input, shape);
            using var results = session.Run(runOptions, new[] { "x" }, new[] { x }, outputs);
            return results.Select(Copy).ToArray();
        }

        private static OrtTensor Copy(OrtValue value)
        {
            OrtTensorTypeAndShapeInfo info = value.GetTensorTypeAndShape();
            Array data = info.ElementDataType switch
            {
                TensorElementType.UInt8 => value.GetTensorDataAsSpan<byte>().ToArray(),
                TensorElementType.Int8 => value.GetTensorDataAsSpan<sbyte>().ToArray(),
                TensorElementType.Float => value.GetTensorDataAsSpan<float>().ToArray(),
                TensorElementType.Double => value.GetTensorDataAsSpan<double>().ToArray(),
                TensorElementType.Int64 => value.GetTensorDataAsSpan<long>().ToArray(),
                _ => throw new NotSupportedException($"Output element type {info.ElementDataType}."),
            };
            return new OrtTensor(data, info.Shape);
        }
    }
}
