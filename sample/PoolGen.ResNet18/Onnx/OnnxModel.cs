using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PoolGen.ResNet18.Onnx
{
    /// <summary>
    /// An ONNX model read from its protobuf bytes (onnx.proto: ModelProto, GraphProto, NodeProto, AttributeProto,
    /// ValueInfoProto, TensorProto), enough to list its nodes and to cut sub-models out of its graph. Every message
    /// that is copied into a sub-model (a node, an initializer, a value info) is copied as the bytes it was read from.
    /// </summary>
    internal sealed class OnnxModel
    {
        // ModelProto fields.
        private const int ModelIrVersion = 1;
        private const int ModelGraph = 7;
        private const int ModelOpsetImport = 8;

        // GraphProto fields.
        private const int GraphNode = 1;
        private const int GraphInitializer = 5;
        private const int GraphInput = 11;
        private const int GraphOutput = 12;
        private const int GraphValueInfo = 13;
        private const int GraphSparseInitializer = 15;

        private readonly List<ProtoField> _modelFields;
        private readonly List<ProtoField> _graphFields;
        private readonly Dictionary<string, ProtoField> _initializers;
        private readonly Dictionary<string, OnnxNode> _producers = new();

        private OnnxModel(List<ProtoField> modelFields, List<ProtoField> graphFields)
        {
            _modelFields = modelFields;
            _graphFields = graphFields;
            _initializers = new Dictionary<string, ProtoField>();
            var nodes = new List<OnnxNode>();
            var inputs = new List<OnnxValueInfo>();
            var outputs = new List<OnnxValueInfo>();
            var valueInfos = new Dictionary<string, OnnxValueInfo>();
            foreach (ProtoField field in graphFields)
            {
                switch (field.Number)
                {
                    case GraphNode:
                        nodes.Add(OnnxNode.Read(field, nodes.Count));
                        break;
                    case GraphInitializer:
                        _initializers[TensorName(field)] = field;
                        break;
                    case GraphSparseInitializer:
                        throw new NotSupportedException("Sparse initializers are not supported.");
                    case GraphInput:
                        inputs.Add(OnnxValueInfo.Read(field));
                        break;
                    case GraphOutput:
                        outputs.Add(OnnxValueInfo.Read(field));
                        break;
                    case GraphValueInfo:
                        OnnxValueInfo info = OnnxValueInfo.Read(field);
                        valueInfos[info.Name] = info;
                        break;
                }
            }

            Nodes = nodes;
            Inputs = inputs;
            Outputs = outputs;
            ValueInfos = valueInfos;
            foreach (OnnxNode node in nodes)
            {
                foreach (string output in node.Outputs.Where(o => o.Length > 0))
                {
                    _producers[output] = node;
                }
            }

            foreach (ProtoField field in modelFields)
            {
                if (field.Number == ModelIrVersion)
                {
                    IrVersion = field.Int64;
                }
                else if (field.Number == ModelOpsetImport)
                {
                    string domain = string.Empty;
                    long version = 0;
                    foreach (ProtoField f in ProtoReader.Fields(field.Payload))
                    {
                        if (f.Number == 1)
                        {
                            domain = f.String;
                        }
                        else if (f.Number == 2)
                        {
                            version = f.Int64;
                        }
                    }

                    Opsets.Add((domain, version));
                }
            }
        }

        public long IrVersion { get; }

        public List<(string Domain, long Version)> Opsets { get; } = new();

        /// <summary>The default-domain opset the model imports.</summary>
        public long Opset => Opsets.Where(o => o.Domain is "" or "ai.onnx").Select(o => o.Version).DefaultIfEmpty(0).Max();

        /// <summary>The nodes in graph order (topological in a valid model).</summary>
        public IReadOnlyList<OnnxNode> Nodes { get; }

        /// <summary>The graph inputs, initializers included when the model lists them (IR version 3 does).</summary>
        public IReadOnlyList<OnnxValueInfo> Inputs { get; }

        public IReadOnlyList<OnnxValueInfo> Outputs { get; }

        public IReadOnlyDictionary<string, OnnxValueInfo> ValueInfos { get; }

        /// <summary>The inputs a caller feeds: the graph inputs that are not initializers.</summary>
        public IEnumerable<OnnxValueInfo> DataInputs => Inputs.Where(i => !_initializers.ContainsKey(i.Name));

        public int InitializerCount => _initializers.Count;

        public static OnnxModel Load(byte[] bytes)
        {
            List<ProtoField> modelFields = ProtoReader.Fields(bytes);
            ProtoField[] graphs = modelFields.Where(f => f.Number == ModelGraph).ToArray();
            if (graphs.Length != 1)
            {
                throw new InvalidDataException($"Not an ONNX model: {graphs.Length} graphs (field 7 of ModelProto).");
            }

            return new OnnxModel(modelFields, ProtoReader.Fields(graphs[0].Payload));
        }

        /// <summary>The value info of <paramref name="name"/> if the model has one (a graph input, output or value_info).</summary>
        public OnnxValueInfo? Find(string name) =>
            Inputs.Concat(Outputs).FirstOrDefault(v => v.Name == name) ?? ValueInfos.GetValueOrDefault(name);

        /// <summary>
        /// A sub-model computing <paramref name="outputs"/> from <paramref name="inputs"/> (and the initializers): only
        /// the nodes these outputs depend on, back to the inputs, are kept, in graph order, and only the initializers
        /// those nodes read. Throws when an output needs a value that is neither computed from the inputs nor an
        /// initializer (the graph cannot be cut there). A node's sub-graphs (If, Loop) are copied but not followed.
        /// </summary>
        public byte[] Extract(IReadOnlyList<OnnxValueInfo> inputs, IReadOnlyList<OnnxValueInfo> outputs) => Extract(inputs, outputs, out _);

        /// <summary>As <see cref="Extract(IReadOnlyList{OnnxValueInfo}, IReadOnlyList{OnnxValueInfo})"/>, also giving the nodes kept.</summary>
        public byte[] Extract(IReadOnlyList<OnnxValueInfo> inputs, IReadOnlyList<OnnxValueInfo> outputs, out IReadOnlyList<OnnxNode> keptNodes)
        {
            var inputNames = new HashSet<string>(inputs.Select(i => i.Name));
            var kept = new HashSet<OnnxNode>();
            var pending = new Stack<string>(outputs.Select(o => o.Name));
            var visited = new HashSet<string>();
            while (pending.Count > 0)
            {
                string name = pending.Pop();
                if (!visited.Add(name) || inputNames.Contains(name) || _initializers.ContainsKey(name))
                {
                    continue;
                }

                if (!_producers.TryGetValue(name, out OnnxNode? producer))
                {
                    throw new InvalidOperationException(
                        $"The sub-model from [{string.Join(", ", inputNames)}] to [{string.Join(", ", outputs.Select(o => o.Name))}] needs '{name}', which no kept node computes: the graph cannot be cut there.");
                }

                if (kept.Add(producer))
                {
                    foreach (string input in producer.Inputs.Where(i => i.Length > 0))
                    {
                        pending.Push(input);
                    }
                }
            }

            OnnxNode[] nodes = Nodes.Where(kept.Contains).ToArray();
            keptNodes = nodes;
            var usedInitializers = new HashSet<string>(nodes.SelectMany(n => n.Inputs).Where(_initializers.ContainsKey));
            var declared = new HashSet<string>(inputNames.Concat(outputs.Select(o => o.Name)));

            var graph = new ProtoWriter();
            foreach (ProtoField field in _graphFields)
            {
                switch (field.Number)
                {
                    case GraphNode:
                    case GraphInput:
                    case GraphOutput:
                        break; // written below, in the order nodes, inputs, outputs
                    case GraphInitializer:
                        if (usedInitializers.Contains(TensorName(field)))
                        {
                            graph.Raw(field);
                        }

                        break;
                    case GraphValueInfo:
                        string name = OnnxValueInfo.Read(field).Name;
                        if (!declared.Contains(name) && nodes.Any(n => n.Outputs.Contains(name)))
                        {
                            graph.Raw(field);
                        }

                        break;
                    default:
                        graph.Raw(field); // name, doc_string, ...
                        break;
                }
            }

            foreach (OnnxNode node in nodes)
            {
                graph.Raw(node.Field);
            }

            foreach (OnnxValueInfo input in inputs)
            {
                graph.Message(GraphInput, input.ToProto());
            }

            // IR version 3 lists every initializer as a graph input too; keep those the kept nodes read.
            foreach (OnnxValueInfo input in Inputs.Where(i => usedInitializers.Contains(i.Name)))
            {
                graph.Raw(input.Field!.Value);
            }

            foreach (OnnxValueInfo output in outputs)
            {
                graph.Message(GraphOutput, output.ToProto());
            }

            var model = new ProtoWriter();
            foreach (ProtoField field in _modelFields)
            {
                if (field.Number == ModelGraph)
                {
                    model.Message(ModelGraph, graph);
                }
                else
                {
                    model.Raw(field);
                }
            }

            return model.ToArray();
        }

        /// <summary>The value info for <paramref name="name"/>: the model's own if it has one, else a float tensor of unknown shape.</summary>
        public OnnxValueInfo ValueInfo(string name) => Find(name) ?? new OnnxValueInfo(name, OnnxValueInfo.Float, null, null);

        private static string TensorName(ProtoField tensor)
        {
            foreach (ProtoField field in ProtoReader.Fields(tensor.Payload))
            {
                if (field.Number == 8)
                {
                    return field.String;
                }
            }

            return string.Empty;
        }
    }

    /// <summary>A NodeProto: operator, name, inputs, outputs and attributes.</summary>
    internal sealed class OnnxNode
    {
        private OnnxNode(ProtoField field, int index, string name, string opType, string domain, List<string> inputs, List<string> outputs, List<OnnxAttribute> attributes)
        {
            Field = field;
            Index = index;
            Name = name;
            OpType = opType;
            Domain = domain;
            Inputs = inputs;
            Outputs = outputs;
            Attributes = attributes;
        }

        /// <summary>The GraphProto field the node was read from.</summary>
        public ProtoField Field { get; }

        /// <summary>The node's position in the graph.</summary>
        public int Index { get; }

        public string Name { get; }

        public string OpType { get; }

        public string Domain { get; }

        public IReadOnlyList<string> Inputs { get; }

        public IReadOnlyList<string> Outputs { get; }

        public IReadOnlyList<OnnxAttribute> Attributes { get; }

        /// <summary>The node's name, or "#index" for a node without one.</summary>
        public string DisplayName => Name.Length > 0 ? Name : "#" + Index.ToString(CultureInfo.InvariantCulture);

        public OnnxAttribute? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);

        /// <summary>The attributes as ONNX writes them: <c>kernel_shape=[3,3] strides=[2,2]</c>.</summary>
        public string AttributeText => Attributes.Count == 0 ? "(no attributes)" : string.Join(" ", Attributes.Select(a => a.ToString()));

        public static OnnxNode Read(ProtoField field, int index)
        {
            string name = string.Empty, opType = string.Empty, domain = string.Empty;
            var inputs = new List<string>();
            var outputs = new List<string>();
            var attributes = new List<OnnxAttribute>();
            foreach (ProtoField f in ProtoReader.Fields(field.Payload))
            {
                switch (f.Number)
                {
                    case 1: inputs.Add(f.String); break;
                    case 2: outputs.Add(f.String); break;
                    case 3: name = f.String; break;
                    case 4: opType = f.String; break;
                    case 5: attributes.Add(OnnxAttribute.Read(f)); break;
                    case 7: domain = f.String; break;
                }
            }

            return new OnnxNode(field, index, name, opType, domain, inputs, outputs, attributes);
        }
    }

    /// <summary>An AttributeProto of the kinds pooling nodes use: INT, INTS, FLOAT, STRING (others keep only their name and type).</summary>
    internal sealed class OnnxAttribute
    {
        private OnnxAttribute(string name, int type, long integer, float real, string? text, long[] integers)
        {
            Name = name;
            Type = type;
            Int = integer;
            Float = real;
            Text = text;
            Ints = integers;
        }

        public string Name { get; }

        /// <summary>AttributeProto.AttributeType: 1 FLOAT, 2 INT, 3 STRING, 7 INTS, ...</summary>
        public int Type { get; }

        public long Int { get; }

        public float Float { get; }

        public string? Text { get; }

        public long[] Ints { get; }

        public static OnnxAttribute Read(ProtoField field)
        {
            string name = string.Empty;
            int type = 0;
            long integer = 0;
            float real = 0;
            string? text = null;
            var integers = new List<long>();
            foreach (ProtoField f in ProtoReader.Fields(field.Payload))
            {
                switch (f.Number)
                {
                    case 1: name = f.String; break;
                    case 2: real = f.Float; break;
                    case 3: integer = f.Int64; break;
                    case 4: text = f.String; break;
                    case 8: ProtoReader.AddInt64s(f, integers); break;
                    case 20: type = (int)f.Int64; break;
                }
            }

            // Writers before IR version 4 may leave the type out; infer it from what is set.
            if (type == 0)
            {
                type = integers.Count > 0 ? 7 : text != null ? 3 : 2;
            }

            return new OnnxAttribute(name, type, integer, real, text, integers.ToArray());
        }

        public override string ToString() => Type switch
        {
            1 => $"{Name}={Float.ToString("R", CultureInfo.InvariantCulture)}",
            2 => $"{Name}={Int.ToString(CultureInfo.InvariantCulture)}",
            3 => $"{Name}={Text}",
            7 => $"{Name}=[{string.Join(",", Ints.Select(i => i.ToString(CultureInfo.InvariantCulture)))}]",
            _ => $"{Name}=(type {Type})",
        };
    }

    /// <summary>A ValueInfoProto of a tensor: name, element type and shape (a dimension without a value is null).</summary>
    internal sealed class OnnxValueInfo
    {
        /// <summary>TensorProto.DataType FLOAT.</summary>
        public const int Float = 1;

        public OnnxValueInfo(string name, int elementType, long?[]? shape, ProtoField? field)
        {
            Name = name;
            ElementType = elementType;
            Shape = shape;
            Field = field;
        }

        public string Name { get; }

        public int ElementType { get; }

        /// <summary>The dimensions, or null when the value info has no shape.</summary>
        public long?[]? Shape { get; }

        /// <summary>The field it was read from, if it was read.</summary>
        public ProtoField? Field { get; }

        public string ShapeText => Shape == null ? "?" : string.Join("x", Shape.Select(d => d?.ToString(CultureInfo.InvariantCulture) ?? "?"));

        public static OnnxValueInfo Read(ProtoField field)
        {
            string name = string.Empty;
            int elementType = 0;
            long?[]? shape = null;
            foreach (ProtoField f in ProtoReader.Fields(field.Payload))
            {
                if (f.Number == 1)
                {
                    name = f.String;
                }
                else if (f.Number == 2)
                {
                    foreach (ProtoField typeField in ProtoReader.Fields(f.Payload).Where(t => t.Number == 1)) // tensor_type
                    {
                        foreach (ProtoField tensorField in ProtoReader.Fields(typeField.Payload))
                        {
                            if (tensorField.Number == 1)
                            {
                                elementType = (int)tensorField.Int64;
                            }
                            else if (tensorField.Number == 2)
                            {
                                shape = ProtoReader.Fields(tensorField.Payload).Where(d => d.Number == 1).Select(Dimension).ToArray();
                            }
                        }
                    }
                }
            }

            return new OnnxValueInfo(name, elementType, shape, field);
        }

        /// <summary>The same value with a known shape.</summary>
        public OnnxValueInfo WithShape(IEnumerable<long> shape) => new(Name, ElementType == 0 ? Float : ElementType, shape.Select(d => (long?)d).ToArray(), null);

        public ProtoWriter ToProto()
        {
            var tensor = new ProtoWriter();
            tensor.Int64(1, ElementType == 0 ? Float : ElementType); // elem_type
            if (Shape != null)
            {
                var shape = new ProtoWriter();
                foreach (long? dim in Shape)
                {
                    var dimension = new ProtoWriter();
                    if (dim.HasValue)
                    {
                        dimension.Int64(1, dim.Value); // dim_value
                    }

                    shape.Message(1, dimension);
                }

                tensor.Message(2, shape);
            }

            var type = new ProtoWriter();
            type.Message(1, tensor); // tensor_type
            var info = new ProtoWriter();
            info.String(1, Name);
            info.Message(2, type);
            return info;
        }

        private static long? Dimension(ProtoField dim)
        {
            foreach (ProtoField f in ProtoReader.Fields(dim.Payload))
            {
                if (f.Number == 1)
                {
                    return f.Int64;
                }
            }

            return null;
        }
    }
}
