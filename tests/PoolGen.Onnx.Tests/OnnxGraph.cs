using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace PoolGen.Onnx.Tests
{
    /// <summary>
    /// A small ONNX graph written in memory: graph inputs with fixed shapes, scalar initializers, nodes (any domain) and
    /// outputs whose shapes ORT infers. It encodes the few protobuf messages it needs by hand (onnx.proto3: ModelProto,
    /// GraphProto, NodeProto, AttributeProto, TensorProto, ValueInfoProto, TypeProto, TensorShapeProto,
    /// OperatorSetIdProto), as tests/PoolGen.Benchmarks/OnnxModel.cs does, so no onnx or protobuf package is needed.
    /// Imports the default domain at opset 19 (MaxPool-12, Transpose-13, BitwiseNot-18) and com.microsoft at 1.
    /// </summary>
    internal sealed class OnnxGraph
    {
        // TensorProto.DataType values.
        public const int Float = 1;
        public const int Uint8 = 2;
        public const int Int8 = 3;
        public const int Int64 = 7;
        public const int Double = 11;

        private readonly List<ProtoWriter> _nodes = new();
        private readonly List<ProtoWriter> _inputs = new();
        private readonly List<ProtoWriter> _outputs = new();
        private readonly List<ProtoWriter> _initializers = new();

        /// <summary>The element type code of <typeparamref name="T"/>.</summary>
        public static int ElementType<T>() =>
            typeof(T) == typeof(float) ? Float
            : typeof(T) == typeof(byte) ? Uint8
            : typeof(T) == typeof(sbyte) ? Int8
            : typeof(T) == typeof(long) ? Int64
            : typeof(T) == typeof(double) ? Double
            : throw new NotSupportedException($"No ONNX element type for {typeof(T)}.");

        public void Input(string name, int elementType, long[] shape) => _inputs.Add(ValueInfo(name, elementType, shape));

        /// <summary>A graph output of the given element type; its shape is left to ORT's inference.</summary>
        public void Output(string name, int elementType) => _outputs.Add(ValueInfo(name, elementType, null));

        /// <summary>A scalar (rank 0) initializer holding <paramref name="raw"/> (little-endian bytes of one element).</summary>
        public void Scalar(string name, int elementType, byte[] raw)
        {
            var tensor = new ProtoWriter();
            tensor.Int64(2, elementType);           // data_type
            tensor.String(8, name);                 // name
            tensor.Bytes(9, raw);                   // raw_data
            _initializers.Add(tensor);
        }

        public void ScalarFloat(string name, float value) => Scalar(name, Float, BitConverter.GetBytes(value));

        public void ScalarInt8Bits(string name, int elementType, int value) => Scalar(name, elementType, new[] { unchecked((byte)value) });

        /// <summary>Adds a node; set its attributes on the returned object.</summary>
        public Node Add(string opType, string[] inputs, string[] outputs, string domain = "")
        {
            var node = new Node(opType, inputs, outputs, domain, _nodes.Count);
            _nodes.Add(node.Writer);
            return node;
        }

        /// <summary>Adds a Transpose from channels last (N, spatial..., C) to channels first (N, C, spatial...).</summary>
        public void ToChannelsFirst(string input, string output, int rank) =>
            Add("Transpose", [input], [output]).Ints("perm", new[] { 0, rank + 1 }.Concat(Enumerable.Range(1, rank)));

        /// <summary>Adds a Transpose from channels first (N, C, spatial...) to channels last (N, spatial..., C).</summary>
        public void ToChannelsLast(string input, string output, int rank) =>
            Add("Transpose", [input], [output]).Ints("perm", new[] { 0 }.Concat(Enumerable.Range(2, rank)).Append(1));

        /// <summary>The serialized ModelProto.</summary>
        public byte[] ToModel()
        {
            var graph = new ProtoWriter();
            foreach (ProtoWriter node in _nodes)
            {
                graph.Message(1, node);             // node
            }

            graph.String(2, "poolgen_onnx_tests");  // name
            foreach (ProtoWriter initializer in _initializers)
            {
                graph.Message(5, initializer);      // initializer
            }

            foreach (ProtoWriter input in _inputs)
            {
                graph.Message(11, input);           // input
            }

            foreach (ProtoWriter output in _outputs)
            {
                graph.Message(12, output);          // output
            }

            var model = new ProtoWriter();
            model.Int64(1, 9);                      // ir_version (goes with opset 19)
            model.String(2, "PoolGen.Onnx.Tests");  // producer_name
            model.Message(7, graph);                // graph
            model.Message(8, Opset("", 19));        // opset_import
            model.Message(8, Opset("com.microsoft", 1));
            return model.ToArray();
        }

        private static ProtoWriter Opset(string domain, long version)
        {
            var opset = new ProtoWriter();
            opset.String(1, domain);
            opset.Int64(2, version);
            return opset;
        }

        private static ProtoWriter ValueInfo(string name, int elementType, long[]? dims)
        {
            var tensor = new ProtoWriter();
            tensor.Int64(1, elementType);           // elem_type
            if (dims is not null)
            {
                var shape = new ProtoWriter();
                foreach (long dim in dims)
                {
                    var dimension = new ProtoWriter();
                    dimension.Int64(1, dim);        // dim_value
                    shape.Message(1, dimension);    // dim
                }

                tensor.Message(2, shape);           // shape
            }

            var type = new ProtoWriter();
            type.Message(1, tensor);                // tensor_type

            var valueInfo = new ProtoWriter();
            valueInfo.String(1, name);              // name
            valueInfo.Message(2, type);             // type
            return valueInfo;
        }

        /// <summary>A NodeProto being written: inputs, outputs, name, op_type, domain, then attributes.</summary>
        internal sealed class Node
        {
            public Node(string opType, string[] inputs, string[] outputs, string domain, int index)
            {
                foreach (string input in inputs)
                {
                    Writer.String(1, input);        // input
                }

                foreach (string output in outputs)
                {
                    Writer.String(2, output);       // output
                }

                Writer.String(3, $"{opType}_{index}"); // name
                Writer.String(4, opType);           // op_type
                if (domain.Length > 0)
                {
                    Writer.String(7, domain);       // domain
                }
            }

            public ProtoWriter Writer { get; } = new();

            public Node Ints(string name, IEnumerable<long> values)
            {
                var attribute = new ProtoWriter();
                attribute.String(1, name);          // name
                foreach (long value in values)
                {
                    attribute.Int64(8, value);      // ints (repeated, unpacked)
                }

                attribute.Int64(20, 7);             // type = INTS
                Writer.Message(5, attribute);
                return this;
            }

            public Node Ints(string name, IEnumerable<int> values) => Ints(name, values.Select(v => (long)v));

            public Node Int(string name, long value)
            {
                var attribute = new ProtoWriter();
                attribute.String(1, name);          // name
                attribute.Int64(3, value);          // i
                attribute.Int64(20, 2);             // type = INT
                Writer.Message(5, attribute);
                return this;
            }

            public Node String(string name, string value)
            {
                var attribute = new ProtoWriter();
                attribute.String(1, name);          // name
                attribute.String(4, value);         // s
                attribute.Int64(20, 3);             // type = STRING
                Writer.Message(5, attribute);
                return this;
            }
        }

        /// <summary>A protobuf message being written: fields appended in order, wire types 0 (varint) and 2 (length-delimited).</summary>
        internal sealed class ProtoWriter
        {
            private readonly MemoryStream _bytes = new();

            public void Int64(int field, long value)
            {
                Tag(field, 0);
                Varint(unchecked((ulong)value));
            }

            public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

            public void Message(int field, ProtoWriter value) => Bytes(field, value.ToArray());

            public void Bytes(int field, byte[] value)
            {
                Tag(field, 2);
                Varint((ulong)value.Length);
                _bytes.Write(value, 0, value.Length);
            }

            public byte[] ToArray() => _bytes.ToArray();

            private void Tag(int field, int wireType) => Varint(((ulong)field << 3) | (uint)wireType);

            private void Varint(ulong value)
            {
                while (value >= 0x80)
                {
                    _bytes.WriteByte((byte)(value | 0x80));
                    value >>= 7;
                }

                _bytes.WriteByte((byte)value);
            }
        }
    }
}
