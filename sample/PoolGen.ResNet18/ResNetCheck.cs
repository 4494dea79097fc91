using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.ML.OnnxRuntime;
using PoolGen.ResNet18.Onnx;

namespace PoolGen.ResNet18
{
    /// <summary>What <see cref="ResNetCheck.Run"/> does besides the comparisons.</summary>
    internal sealed class CheckOptions
    {
        /// <summary>Time each PoolGen kernel and its node alone in ONNX Runtime.</summary>
        public bool Timing { get; init; } = true;

        /// <summary>
        /// ONNX Runtime's graph optimizations for the whole model and the sub-models of the split run. Basic (constant
        /// folding, Conv+BatchNormalization fusion and the like) keeps the graph in NCHW, and the whole model and its
        /// pieces then give the same bits. With ORT_ENABLE_ALL (layout rewrites to NCHWc among others) the piece between
        /// the two pools of ResNet18.onnx gave 6,122 of its 25,088 values different from the whole model's (by up to
        /// 1.5E-05, on shapes.pgm), which would blur the comparison of the pools.
        /// </summary>
        public GraphOptimizationLevel ModelLevel { get; init; } = GraphOptimizationLevel.ORT_ENABLE_BASIC;

        /// <summary>ONNX Runtime's graph optimizations for a pooling node alone (all of them, as tests/PoolGen.Benchmarks uses).</summary>
        public GraphOptimizationLevel NodeLevel { get; init; } = GraphOptimizationLevel.ORT_ENABLE_ALL;

        /// <summary>The kernels to match against the pooling nodes.</summary>
        public IReadOnlyList<KernelEntry> Kernels { get; init; } = ResNetKernels.All;
    }

    /// <summary>One pooling node of the model: its kernel, its values and its times.</summary>
    internal sealed class NodeReport
    {
        public NodeReport(OnnxNode node, Tensor input, Tensor ortOutput)
        {
            Node = node;
            Input = input;
            OrtOutput = ortOutput;
        }

        public OnnxNode Node { get; }

        /// <summary>The node's input in the whole-model run (its real activation).</summary>
        public Tensor Input { get; }

        /// <summary>The node's output in the whole-model run.</summary>
        public Tensor OrtOutput { get; }

        public PoolSpec? Spec { get; set; }

        public KernelEntry? Kernel { get; set; }

        /// <summary>Why PoolGen did not run this node (no kernel matches, ...), or null.</summary>
        public string? Problem { get; set; }

        public Tensor? PoolGenOutput { get; set; }

        /// <summary>PoolGen against the node's output in the whole-model run.</summary>
        public Comparison? VsModel { get; set; }

        /// <summary>PoolGen against the node run alone (a one-node model) by ONNX Runtime.</summary>
        public Comparison? VsNodeAlone { get; set; }

        /// <summary>Milliseconds per call, the fastest of 21 batches (null without timing).</summary>
        public double? PoolGenMs { get; set; }

        public double? OrtMs { get; set; }
    }

    /// <summary>The network run in pieces, ORT between the pooling nodes and PoolGen for them.</summary>
    internal sealed class SplitReport
    {
        /// <summary>One line per piece, in order.</summary>
        public List<string> Stages { get; } = new();

        /// <summary>Each value passed between pieces, against the same value in the whole-model run.</summary>
        public List<(string What, Comparison Comparison)> Boundaries { get; } = new();

        /// <summary>The model's output, against the whole-model run.</summary>
        public Comparison? Final { get; set; }

        public Tensor? Output { get; set; }

        /// <summary>Why the network could not be split, or null.</summary>
        public string? Skipped { get; set; }
    }

    internal sealed class Report
    {
        public Report(OnnxModel model, string inputName, string outputName, Tensor output, IReadOnlyList<NodeReport> nodes, SplitReport split)
        {
            Model = model;
            InputName = inputName;
            OutputName = outputName;
            Output = output;
            Nodes = nodes;
            Split = split;
        }

        public OnnxModel Model { get; }

        public string InputName { get; }

        public string OutputName { get; }

        /// <summary>The model's output in the whole-model (all-ORT) run.</summary>
        public Tensor Output { get; }

        public IReadOnlyList<NodeReport> Nodes { get; }

        public SplitReport Split { get; }
    }

    /// <summary>
    /// Finds the pooling nodes of an ONNX model, runs each with its PoolGen kernel on the activation the model really
    /// feeds it, compares with ONNX Runtime, and runs the network split at those nodes.
    /// </summary>
    internal static class ResNetCheck
    {
        /// <summary>The featurizer's preprocessing: runs ResNetPreprocess.onnx on planar RGB values of 0 to 255.</summary>
        public static Tensor Preprocess(byte[] preprocessModel, float[] planarRgb)
        {
            OnnxModel model = OnnxModel.Load(preprocessModel);
            OnnxValueInfo input = model.DataInputs.Single();
            long[] shape = input.Shape!.Select(d => d ?? 1).ToArray();
            using var session = new OrtSession(preprocessModel, GraphOptimizationLevel.ORT_ENABLE_BASIC);
            return session.Run(new[] { (input.Name, new Tensor(planarRgb, shape)) }, new[] { model.Outputs.Single().Name })[0];
        }

        /// <summary>The input size (height, width) of the model's one data input, NCHW.</summary>
        public static (int Height, int Width) InputSize(OnnxModel model)
        {
            long?[] shape = model.DataInputs.Single().Shape ?? throw new NotSupportedException("The model's input has no shape.");
            return (checked((int)(shape[2] ?? throw new NotSupportedException("No input height."))), checked((int)(shape[3] ?? throw new NotSupportedException("No input width."))));
        }

        public static Report Run(byte[] modelBytes, Tensor input, CheckOptions options)
        {
            OnnxModel model = OnnxModel.Load(modelBytes);
            OnnxValueInfo dataInput = model.DataInputs.Single();
            OnnxValueInfo modelOutput = model.Outputs.Single();
            OnnxNode[] pools = model.Nodes.Where(n => PoolSpec.PoolingOps.Contains(n.OpType) && n.Domain is "" or "ai.onnx").ToArray();

            // 1. The whole model, with every pooling node's input and output added as graph outputs.
            var outputNames = new List<string> { modelOutput.Name };
            foreach (OnnxNode pool in pools)
            {
                foreach (string name in new[] { pool.Inputs[0], pool.Outputs[0] }.Where(n => !outputNames.Contains(n)))
                {
                    outputNames.Add(name);
                }
            }

            var whole = new Dictionary<string, Tensor>();
            byte[] wholeModel = model.Extract(new[] { dataInput.WithShape(input.Shape) }, outputNames.Select(model.ValueInfo).ToArray());
            using (var session = new OrtSession(wholeModel, options.ModelLevel))
            {
                Tensor[] values = session.Run(new[] { (dataInput.Name, input) }, outputNames);
                for (int i = 0; i < outputNames.Count; i++)
                {
                    whole[outputNames[i]] = values[i];
                }
            }

            // 2. Each pooling node with its kernel, against the whole run and against the node alone.
            var reports = new List<NodeReport>();
            foreach (OnnxNode pool in pools)
            {
                reports.Add(CheckNode(model, pool, whole[pool.Inputs[0]], whole[pool.Outputs[0]], options));
            }

            // 3. The network split at the pooling nodes.
            SplitReport split = RunSplit(model, dataInput, input, modelOutput, reports, whole, options);
            return new Report(model, dataInput.Name, modelOutput.Name, whole[modelOutput.Name], reports, split);
        }

        private static NodeReport CheckNode(OnnxModel model, OnnxNode node, Tensor input, Tensor ortOutput, CheckOptions options)
        {
            var report = new NodeReport(node, input, ortOutput);
            report.Spec = PoolSpec.FromNode(node, out string? reason);
            if (report.Spec == null)
            {
                report.Problem = $"PoolGen's kernels here cannot run it: {reason}";
                return report;
            }

            report.Kernel = KernelEntry.Match(options.Kernels, report.Spec);
            if (report.Kernel == null)
            {
                report.Problem = $"no [Pool] kernel matches {report.Spec}";
                return report;
            }

            if (input.Shape.Length != 4)
            {
                report.Problem = $"its input is {input.ShapeText}, not NCHW";
                report.Kernel = null;
                return report;
            }

            Tensor output = RunKernel(report.Kernel, report.Spec, input);
            if (!output.Shape.SequenceEqual(ortOutput.Shape))
            {
                report.Problem = $"PoolGen's output would be {output.ShapeText}, ONNX Runtime's is {ortOutput.ShapeText}";
                return report;
            }

            report.PoolGenOutput = output;
            report.VsModel = Compare(report.Spec, output, ortOutput, input);

            // The node alone: a one-node model cut out of the graph (the node's own bytes, the model's opset).
            byte[] nodeModel = model.Extract(
                new[] { model.ValueInfo(node.Inputs[0]).WithShape(input.Shape) },
                new[] { model.ValueInfo(node.Outputs[0]).WithShape(ortOutput.Shape) });
            using var session = new OrtSession(nodeModel, options.NodeLevel);
            var alone = new Tensor(new float[ortOutput.Data.Length], ortOutput.Shape);
            using (OrtSession.BoundRun run = session.Bind(node.Inputs[0], input, node.Outputs[0], alone))
            {
                run.Run();
                report.VsNodeAlone = Compare(report.Spec, output, alone, input);
                if (options.Timing)
                {
                    KernelEntry kernel = report.Kernel;
                    float[] scratch = new float[output.Data.Length];
                    int b = input.Dim(0), c = input.Dim(1), h = input.Dim(2), w = input.Dim(3);
                    (report.PoolGenMs, report.OrtMs) = FastestMs(() => kernel.Run(input.Data, scratch, b, c, h, w), run.Run);
                }
            }

            return report;
        }

        private static Tensor RunKernel(KernelEntry kernel, PoolSpec spec, Tensor input)
        {
            int b = input.Dim(0), c = input.Dim(1), h = input.Dim(2), w = input.Dim(3);
            (int outH, int outW) = spec.OutputSize(h, w);
            var output = new float[b * c * outH * outW];
            kernel.Run(input.Data, output, b, c, h, w);
            return new Tensor(output, new long[] { b, c, outH, outW });
        }

        /// <summary>Max: bitwise. Average and Lp: within the rounding bound of two float means of the window's taps.</summary>
        private static Comparison Compare(PoolSpec spec, Tensor actual, Tensor expected, Tensor input)
        {
            if (spec.IsMax)
            {
                return Comparison.Bitwise(actual.Data, expected.Data);
            }

            int plane = input.Dim(2) * input.Dim(3);
            int outputsPerPlane = actual.Dim(2) * actual.Dim(3);
            return Comparison.Average(actual.Data, expected.Data, input.Data, plane, outputsPerPlane, spec.IsGlobal ? plane : spec.WindowTaps);
        }

        private static SplitReport RunSplit(OnnxModel model, OnnxValueInfo dataInput, Tensor input, OnnxValueInfo modelOutput, List<NodeReport> reports, Dictionary<string, Tensor> whole, CheckOptions options)
        {
            var split = new SplitReport();
            var values = new Dictionary<string, Tensor> { [dataInput.Name] = input };
            string current = dataInput.Name;
            Comparison? lastPool = null;
            bool exact = true; // every value so far has the whole run's bits, so ORT's next piece must too
            bool exactIntoLastPool = true;
            try
            {
                foreach (NodeReport pool in reports)
                {
                    string poolInput = pool.Node.Inputs[0];
                    if (poolInput != current)
                    {
                        values[poolInput] = RunPiece(model, current, values[current], poolInput, split, options);
                        Comparison piece = exact ? Comparison.Bitwise(values[poolInput].Data, whole[poolInput].Data) : Comparison.Relative(values[poolInput].Data, whole[poolInput].Data, 1e-4);
                        split.Boundaries.Add(($"{poolInput} (input of {pool.Node.DisplayName})", piece));
                        exact &= piece.IsBitwise && piece.Differ == 0;
                    }

                    Tensor poolIn = values[poolInput];
                    exactIntoLastPool = exact;
                    Tensor poolOut;
                    if (pool.Kernel != null && pool.Spec != null && pool.PoolGenOutput != null)
                    {
                        poolOut = RunKernel(pool.Kernel, pool.Spec, poolIn);
                        split.Stages.Add($"PoolGen  {pool.Node.DisplayName} ({pool.Node.OpType}) with {pool.Kernel.Name}: {poolIn.ShapeText} -> {poolOut.ShapeText}");
                        lastPool = Compare(pool.Spec, poolOut, whole[pool.Node.Outputs[0]], poolIn);
                    }
                    else
                    {
                        // No kernel for this node: ONNX Runtime runs it alone.
                        poolOut = RunPiece(model, poolInput, poolIn, pool.Node.Outputs[0], split, options, $"(no PoolGen kernel: {pool.Problem})");
                        lastPool = Comparison.Bitwise(poolOut.Data, whole[pool.Node.Outputs[0]].Data);
                    }

                    exact &= lastPool.Differ == 0;
                    values[pool.Node.Outputs[0]] = poolOut;
                    split.Boundaries.Add(($"{pool.Node.Outputs[0]} (output of {pool.Node.DisplayName})", lastPool));
                    current = pool.Node.Outputs[0];
                }

                Tensor final = current == modelOutput.Name ? values[current] : RunPiece(model, current, values[current], modelOutput.Name, split, options);
                split.Output = final;

                // When the model's output is the last pool's output (as in ResNet18.onnx) and that pool's input has the
                // whole run's bits, the pool's own bound applies; otherwise (ORT nodes after the last pool, or inputs that
                // already differ) only a loose relative bound.
                split.Final = current == modelOutput.Name && lastPool != null && exactIntoLastPool
                    ? lastPool
                    : Comparison.Relative(final.Data, whole[modelOutput.Name].Data, 1e-4);
            }
            catch (InvalidOperationException e)
            {
                split.Skipped = e.Message;
            }

            return split;
        }

        /// <summary>Runs the part of the graph from <paramref name="from"/> to <paramref name="to"/> in ONNX Runtime.</summary>
        private static Tensor RunPiece(OnnxModel model, string from, Tensor value, string to, SplitReport split, CheckOptions options, string note = "")
        {
            byte[] piece = model.Extract(new[] { model.ValueInfo(from).WithShape(value.Shape) }, new[] { model.ValueInfo(to) }, out IReadOnlyList<OnnxNode> nodes);
            using var session = new OrtSession(piece, options.ModelLevel);
            Tensor result = session.Run(new[] { (from, value) }, new[] { to })[0];
            string range = nodes.Count == 0 ? "no nodes" : $"{nodes.Count} node{(nodes.Count == 1 ? string.Empty : "s")} ({nodes[0].DisplayName} .. {nodes[^1].DisplayName})";
            split.Stages.Add($"ORT      {range}: {value.ShapeText} -> {result.ShapeText}{(note.Length > 0 ? " " + note : string.Empty)}");
            return result;
        }

        /// <summary>
        /// Milliseconds per call of <paramref name="first"/> and of <paramref name="second"/>: after a warm-up, each in
        /// batches of as many calls as take at least 5 ms, 21 batches of each taken in turn (so that both meet the same
        /// machine), the fastest batch of each. On a busy machine the fastest batch is the one least disturbed.
        /// </summary>
        private static (double First, double Second) FastestMs(Action first, Action second)
        {
            int firstCalls = Calibrate(first), secondCalls = Calibrate(second);
            double firstBest = double.MaxValue, secondBest = double.MaxValue;
            for (int round = 0; round < 21; round++)
            {
                firstBest = Math.Min(firstBest, Batch(first, firstCalls));
                secondBest = Math.Min(secondBest, Batch(second, secondCalls));
            }

            return (firstBest, secondBest);
        }

        /// <summary>Warms <paramref name="action"/> up and returns how many calls take at least 5 ms.</summary>
        private static int Calibrate(Action action)
        {
            for (int i = 0; i < 3; i++)
            {
                action();
            }

            int calls = 1;
            while (Batch(action, calls) * calls < 5 && calls < 1 << 20)
            {
                calls *= 2;
            }

            return calls;
        }

        /// <summary>Milliseconds per call over <paramref name="calls"/> calls.</summary>
        private static double Batch(Action action, int calls)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < calls; i++)
            {
                action();
            }

            return Stopwatch.GetElapsedTime(start).TotalMilliseconds / calls;
        }
    }
}
