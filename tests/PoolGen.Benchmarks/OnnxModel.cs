using System;
using System.IO;
using System.Text;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// Builds a one-node ONNX model (MaxPool or AveragePool) in memory, encoding the few protobuf messages it
    /// needs by hand (onnx.proto3: ModelProto, GraphProto, NodeProto, AttributeProto, ValueInfoProto, TypeProto,
    /// TensorShapeProto, OperatorSetIdProto), so no onnx or protobuf package is needed.
    /// </summary>
    internal static class OnnxModel
    {
        /// <summary>The opset the model imports (default domain). MaxPool resolves to MaxPool-12, AveragePool to AveragePool-19.</summary>
        public const long Opset = 19;

        /// <summary>The IR version that goes with opset 19.</summary>
        public const long IrVersion = 9;

        // TensorProto.DataType values.
        public const int Float = 1;
        public const int Uint8 = 2;
        public const int Double = 11;

        /// <summary>The element type code of <typeparamref name="T"/>.</summary>
        public static int ElementType<T>()
        {
            if (typeof(T) == typeof(float))
            {
                return Float;
            }

            if (typeof(T) == typeof(double))
            {
                return Double;
            }

            if (typeof(T) == typeof(byte))
            {
                return Uint8;
            }

            throw new NotSupportedException($"No ONNX element type for {typeof(T)}.");
        }

        /// <summary>
        /// The serialized ModelProto of one pooling node <c>y = Op(x)</c> with fixed input and output shapes.
        /// </summary>
        public static byte[] Pool(BenchmarkCase spec, int elementType)
        {
            string opType = spec.Kind == PoolKind.Max ? "MaxPool" : "AveragePool";

            var node = new ProtoWriter();
            node.String(1, "x");                    // input
            node.String(2, "y");                    // output
            node.String(3, "pool");                 // name
            node.String(4, opType);                 // op_type
            int rank = spec.Is3D ? 3 : 2;
            node.Message(5, IntsAttribute("kernel_shape", Repeat(spec.Kernel, rank)));
            node.Message(5, IntsAttribute("strides", Repeat(spec.Stride, rank)));
            // pads: [x1_begin, x2_begin, ..., x1_end, x2_end, ...] = [top, left, bottom, right] in 2D.
            node.Message(5, IntsAttribute("pads", spec.Pads is { } pads ? System.Array.ConvertAll(pads, p => (long)p) : Repeat(spec.Padding, 2 * rank)));
            if (spec.Kind == PoolKind.Average)
            {
                node.Message(5, IntAttribute("count_include_pad", spec.CountIncludePad ? 1 : 0));
            }

            var graph = new ProtoWriter();
            graph.Message(1, node);                 // node
            graph.String(2, "poolgen_benchmark");   // name
            graph.Message(11, ValueInfo("x", elementType, spec.InputShape)); // input
            graph.Message(12, ValueInfo("y", elementType, spec.OutputShape)); // output

            var opset = new ProtoWriter();
            opset.String(1, "");                    // domain: the default ONNX domain
            opset.Int64(2, Opset);                  // version

            var model = new ProtoWriter();
            model.Int64(1, IrVersion);              // ir_version
            model.String(2, "PoolGen.Benchmarks");  // producer_name
            model.Message(7, graph);                // graph
            model.Message(8, opset);                // opset_import
            return model.ToArray();
        }

        private static long[] Repeat(long value, int count) => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Repeat(value, count));

        private static ProtoWriter IntsAttribute(string name, params long[] values)
        {
            var attribute = new ProtoWriter();
            attribute.String(1, name);              // name
            foreach (long value in values)
            {
                attribute.Int64(8, value);          // ints (repeated, unpacked)
            }

            attribute.Int64(20, 7);                 // type = INTS
            return attribute;
        }

        private static ProtoWriter IntAttribute(string name, long value)
        {
            var attribute = new ProtoWriter();
            attribute.String(1, name);              // name
            attribute.Int64(3, value);              // i
            attribute.Int64(20, 2);                 // type = INT
            return attribute;
        }

        private static ProtoWriter ValueInfo(string name, int elementType, params long[] dims)
        {
            var shape = new ProtoWriter();
            foreach (long dim in dims)
            {
                var dimension = new ProtoWriter();
                dimension.Int64(1, dim);            // dim_value
                shape.Message(1, dimension);        // dim
            }

            var tensor = new ProtoWriter();
            tensor.Int64(1, elementType);           // elem_type
            tensor.Message(2, shape);               // shape

            var type = new ProtoWriter();
            type.Message(1, tensor);                // tensor_type

            var valueInfo = new ProtoWriter();
            valueInfo.String(1, name);              // name
            valueInfo.Message(2, type);             // type
            return valueInfo;
        }

        /// <summary>A protobuf message being written: fields appended in order, wire types 0 (varint) and 2 (length-delimited).</summary>
        private sealed class ProtoWriter
        {
            private readonly MemoryStream _bytes = new();

            public void Int64(int field, long value)
            {
                Tag(field, 0);
                Varint(unchecked((ulong)value));
            }

            public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

            public void Message(int field, ProtoWriter value) => Bytes(field, value.ToArray());

            public byte[] ToArray() => _bytes.ToArray();

            private void Bytes(int field, byte[] value)
            {
                Tag(field, 2);
                Varint((ulong)value.Length);
                _bytes.Write(value, 0, value.Length);
            }

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
