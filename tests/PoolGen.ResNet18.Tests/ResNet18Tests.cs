using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using PoolGen.ResNet18;
using PoolGen.ResNet18.Onnx;

namespace PoolGen.ResNet18.Tests
{
    /// <summary>The model, its preprocessed input (shapes.pgm) and one full check, shared by the tests of a class.</summary>
    public sealed class ResNet18Fixture
    {
        public ResNet18Fixture()
        {
            ModelBytes = File.ReadAllBytes(ModelFiles.ResNet18);
            Model = OnnxModel.Load(ModelBytes);
            (int height, int width) = ResNetCheck.InputSize(Model);
            ImageInput.Rgb image = ImageInput.Load(Path.Combine(AppContext.BaseDirectory, ModelFiles.DefaultImage));
            Input = ResNetCheck.Preprocess(File.ReadAllBytes(ModelFiles.Preprocess), ImageInput.ToPlanarRgb(image, width, height));
            Report = ResNetCheck.Run(ModelBytes, Input, new CheckOptions { Timing = false });
        }

        internal byte[] ModelBytes { get; }

        internal OnnxModel Model { get; }

        internal Tensor Input { get; }

        internal Report Report { get; }
    }

    public sealed class ResNet18Tests : IClassFixture<ResNet18Fixture>
    {
        private readonly ResNet18Fixture _fixture;

        public ResNet18Tests(ResNet18Fixture fixture) => _fixture = fixture;

        [Fact]
        public void ModelHasTheExpectedPoolingNodes()
        {
            // What ResNet18.onnx of Microsoft.ML.DnnImageFeaturizer.ResNet18 0.24.0 holds, as the sample reads it.
            Assert.Equal(3, _fixture.Model.IrVersion);
            Assert.Equal(8, _fixture.Model.Opset);
            Assert.Equal(74, _fixture.Model.Nodes.Count);
            NodeReport[] nodes = _fixture.Report.Nodes.ToArray();
            Assert.Equal(new[] { "MaxPool", "AveragePool" }, nodes.Select(n => n.Node.OpType));

            Assert.Equal("MaxPool kernel_shape=[3,3] strides=[2,2] pads=[1,1,0,0] dilations=[1,1] ceil_mode=0", nodes[0].Spec!.ToString());
            Assert.Equal(new long[] { 1, 64, 112, 112 }, nodes[0].Input.Shape);
            Assert.Equal(new long[] { 1, 64, 56, 56 }, nodes[0].OrtOutput.Shape);

            Assert.Equal("AveragePool kernel_shape=[7,7] strides=[1,1] pads=[0,0,0,0] dilations=[1,1] ceil_mode=0 count_include_pad=0", nodes[1].Spec!.ToString());
            Assert.Equal(new long[] { 1, 512, 7, 7 }, nodes[1].Input.Shape);
            Assert.Equal(new long[] { 1, 512, 1, 1 }, nodes[1].OrtOutput.Shape);

            // The last pool is the model's output: the featurizer's 512 features.
            Assert.Equal(nodes[1].Node.Outputs[0], _fixture.Report.OutputName);
        }

        [Fact]
        public void EveryPoolingNodeHasItsKernel()
        {
            NodeReport[] nodes = _fixture.Report.Nodes.ToArray();
            Assert.All(nodes, n => Assert.Null(n.Problem));
            Assert.Equal("ResNetKernels.MaxPool3x3Stride2PadTopLeft", nodes[0].Kernel!.Name);
            Assert.Equal("[Pool(Kind = PoolKind.Max, Size = 3, Stride = 2, Pads = new[] { 1, 1, 0, 0 })]", nodes[0].Kernel!.AttributeText);
            Assert.Equal("ResNetKernels.AveragePool7x7", nodes[1].Kernel!.Name);
            Assert.Equal("[Pool(Kind = PoolKind.Average, Size = 7, Stride = 1, CountIncludePad = false)]", nodes[1].Kernel!.AttributeText);
        }

        [Fact]
        public void MaxPoolEqualsOrtBitForBit()
        {
            NodeReport max = _fixture.Report.Nodes.Single(n => n.Node.OpType == "MaxPool");
            foreach (Comparison comparison in new[] { max.VsModel!, max.VsNodeAlone! })
            {
                Assert.True(comparison.IsBitwise);
                Assert.Equal(64 * 56 * 56, comparison.Count);
                Assert.Equal(0, comparison.Differ);
            }

            // Not vacuous: the activation is a real one (ReLU output, many distinct values) and the maxima vary.
            Assert.True(max.Input.Data.Distinct().Count() > 10_000);
            Assert.True(max.PoolGenOutput!.Data.Distinct().Count() > 1_000);
        }

        [Fact]
        public void AveragePoolEqualsOrtWithinTheBound()
        {
            NodeReport average = _fixture.Report.Nodes.Single(n => n.Node.OpType == "AveragePool");
            foreach (Comparison comparison in new[] { average.VsModel!, average.VsNodeAlone! })
            {
                Assert.False(comparison.IsBitwise);
                Assert.Equal(512, comparison.Count);
                Assert.Equal(0, comparison.Outside);
                Assert.True(comparison.MaxAbsDiff <= comparison.BoundAtMax, $"{comparison}");
            }

            // The bound is per element, 2(n+1)*2^-24*max|x| of the plane with n = 49: recompute it for every output.
            float[] input = average.Input.Data, poolGen = average.PoolGenOutput!.Data, ort = average.OrtOutput.Data;
            for (int c = 0; c < 512; c++)
            {
                double largest = input.AsSpan(c * 49, 49).ToArray().Max(Math.Abs);
                double mean = input.AsSpan(c * 49, 49).ToArray().Sum(x => (double)x) / 49;
                Assert.InRange(Math.Abs((double)poolGen[c] - ort[c]), 0, 2.0 * 50 * Math.Pow(2, -24) * largest);

                // And against the mean in double: one float sum of 49 taps and a division are within 49u max|x| of it.
                Assert.InRange(Math.Abs(poolGen[c] - mean), 0, 49 * Math.Pow(2, -24) * largest);
            }
        }

        [Fact]
        public void SplitNetworkGivesTheAllOrtFeatures()
        {
            SplitReport split = _fixture.Report.Split;
            Assert.Null(split.Skipped);
            Assert.Equal(4, split.Stages.Count); // ORT, PoolGen max, ORT, PoolGen average (the model's output)
            Assert.StartsWith("ORT      3 nodes (Convolution249 .. ReLU253)", split.Stages[0]);
            Assert.StartsWith("PoolGen  Pooling255 (MaxPool)", split.Stages[1]);
            Assert.StartsWith("ORT      69 nodes (Convolution257 .. ReLU393)", split.Stages[2]);
            Assert.StartsWith("PoolGen  Pooling395 (AveragePool)", split.Stages[3]);

            // Every value handed from one piece to the next has the all-ORT run's bits up to the last pool.
            Assert.Equal(4, split.Boundaries.Count);
            foreach ((string what, Comparison comparison) in split.Boundaries.Take(3))
            {
                Assert.True(comparison.IsBitwise && comparison.Differ == 0, $"{what}: {comparison}");
            }

            Assert.Equal(512, split.Output!.Data.Length);
            Assert.True(split.Final!.Equal, split.Final.ToString());
            Assert.False(split.Final.IsBitwise);
            for (int i = 0; i < 512; i++)
            {
                Assert.InRange(Math.Abs((double)split.Output.Data[i] - _fixture.Report.Output.Data[i]), 0, 1e-5 * Math.Max(1, Math.Abs(_fixture.Report.Output.Data[i])));
            }

            // The features are not trivial (ReLU leaves many at 0, not all).
            Assert.True(split.Output.Data.Count(v => v > 0) > 100);
        }

        [Fact]
        public void NodeWithoutKernelIsReportedAndRunByOrtInTheSplit()
        {
            KernelEntry maxOnly = ResNetKernels.All.Single(k => k.Spec!.IsMax);
            Report report = ResNetCheck.Run(_fixture.ModelBytes, _fixture.Input, new CheckOptions { Timing = false, Kernels = new[] { maxOnly } });

            NodeReport average = report.Nodes.Single(n => n.Node.OpType == "AveragePool");
            Assert.Null(average.Kernel);
            Assert.Null(average.VsModel);
            Assert.Equal("no [Pool] kernel matches AveragePool kernel_shape=[7,7] strides=[1,1] pads=[0,0,0,0] dilations=[1,1] ceil_mode=0 count_include_pad=0", average.Problem);
            Assert.NotNull(report.Nodes.Single(n => n.Node.OpType == "MaxPool").Kernel);

            Assert.StartsWith("ORT      1 node (Pooling395 .. Pooling395): 1x512x7x7 -> 1x512x1x1 (no PoolGen kernel: no [Pool] kernel matches AveragePool", report.Split.Stages[^1]);
        }

        [Fact]
        public void KernelsMatchOnlyTheirExactAttributes()
        {
            OnnxNode maxNode = _fixture.Model.Nodes.Single(n => n.OpType == "MaxPool");
            PoolSpec node = PoolSpec.FromNode(maxNode, out string? reason)!;
            Assert.Null(reason);
            Assert.Same(ResNetKernels.All[0], KernelEntry.Match(ResNetKernels.All, node));

            // The same pooling with the padding at the end, or on both sides, is another pooling: no kernel.
            var padEnd = new PoolSpec("MaxPool", new[] { 3, 3 }, new[] { 2, 2 }, new[] { 0, 0, 1, 1 }, new[] { 1, 1 }, false, false, "NOTSET", 0);
            var symmetric = new PoolSpec("MaxPool", new[] { 3, 3 }, new[] { 2, 2 }, new[] { 1, 1, 1, 1 }, new[] { 1, 1 }, false, false, "NOTSET", 0);
            Assert.Null(KernelEntry.Match(ResNetKernels.All, padEnd));
            Assert.Null(KernelEntry.Match(ResNetKernels.All, symmetric));

            // count_include_pad=1 is another average pooling, and GlobalAveragePool another operator.
            var includePad = new PoolSpec("AveragePool", new[] { 7, 7 }, new[] { 1, 1 }, new int[4], new[] { 1, 1 }, false, true, "NOTSET", 0);
            var global = new PoolSpec("GlobalAveragePool", Array.Empty<int>(), Array.Empty<int>(), Array.Empty<int>(), Array.Empty<int>(), false, false, "NOTSET", 0);
            Assert.Null(KernelEntry.Match(ResNetKernels.All, includePad));
            Assert.Null(KernelEntry.Match(ResNetKernels.All, global));
        }

        [Fact]
        public void ExtractCutsOneNodeOrRefusesAnImpossibleCut()
        {
            OnnxModel model = _fixture.Model;
            OnnxNode maxNode = model.Nodes.Single(n => n.OpType == "MaxPool");
            byte[] one = model.Extract(
                new[] { model.ValueInfo(maxNode.Inputs[0]).WithShape(new long[] { 1, 64, 112, 112 }) },
                new[] { model.ValueInfo(maxNode.Outputs[0]) },
                out IReadOnlyList<OnnxNode> kept);
            Assert.Same(maxNode, Assert.Single(kept));
            OnnxModel reread = OnnxModel.Load(one);
            Assert.Equal("MaxPool", Assert.Single(reread.Nodes).OpType);
            Assert.Equal(0, reread.InitializerCount);
            Assert.Equal("1x64x112x112", Assert.Single(reread.Inputs).ShapeText);
            Assert.Equal(model.Opset, reread.Opset);

            // The first Add (a residual connection) reads the max pool's output besides the convolutions after it: from
            // the first convolution's output alone, the cut would reach back to the model's input, which it is not given.
            OnnxNode add = model.Nodes.First(n => n.OpType == "Add");
            Assert.Contains(maxNode.Outputs[0], add.Inputs);
            OnnxNode conv = model.Nodes.First(n => n.OpType == "Conv" && n.Index > maxNode.Index);
            var error = Assert.Throws<InvalidOperationException>(() => model.Extract(new[] { model.ValueInfo(conv.Outputs[0]) }, new[] { model.ValueInfo(add.Outputs[0]) }));
            Assert.Contains($"needs '{model.DataInputs.Single().Name}'", error.Message);
        }

        [Fact]
        public void IsoCropKeepsTheCentreOfAWideImage()
        {
            // 4x2, each column its own gray level; to 2x2: scale 1, the centre columns 1 and 2 kept as they are.
            byte[] pgm = System.Text.Encoding.ASCII.GetBytes("P2\n# test\n4 2\n255\n10 20 30 40\n10 20 30 40\n");
            string path = Path.Combine(Path.GetTempPath(), $"poolgen-resnet-{Guid.NewGuid():N}.pgm");
            try
            {
                File.WriteAllBytes(path, pgm);
                ImageInput.Rgb image = ImageInput.Load(path);
                Assert.Equal((4, 2), (image.Width, image.Height));
                float[] planes = ImageInput.ToPlanarRgb(image, 2, 2);
                Assert.Equal(new float[] { 20, 30, 20, 30, 20, 30, 20, 30, 20, 30, 20, 30 }, planes);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void PngIsDecodedAsPlanarRgb()
        {
            // A 2x1 RGB PNG: a red pixel and a blue one (StbImageSharp decodes it), kept as is at 2x1.
            byte[] png = Png(2, 1, new byte[] { 255, 0, 0, 0, 0, 255 });
            string path = Path.Combine(Path.GetTempPath(), $"poolgen-resnet-{Guid.NewGuid():N}.png");
            try
            {
                File.WriteAllBytes(path, png);
                ImageInput.Rgb image = ImageInput.Load(path);
                Assert.Equal("2x1 RGB", image.Description);
                Assert.Equal(new float[] { 255, 0, 0, 0, 0, 255 }, ImageInput.ToPlanarRgb(image, 2, 1));
            }
            finally
            {
                File.Delete(path);
            }
        }

        /// <summary>A minimal 8-bit RGB PNG (one IDAT, filter 0 on every row).</summary>
        private static byte[] Png(int width, int height, byte[] rgb)
        {
            var raw = new MemoryStream();
            for (int y = 0; y < height; y++)
            {
                raw.WriteByte(0);
                raw.Write(rgb, y * width * 3, width * 3);
            }

            var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                raw.Position = 0;
                raw.CopyTo(zlib);
            }

            var png = new MemoryStream();
            png.Write(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 });
            byte[] header = new byte[13];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
            header[8] = 8; // bit depth
            header[9] = 2; // colour type RGB
            Chunk(png, "IHDR", header);
            Chunk(png, "IDAT", compressed.ToArray());
            Chunk(png, "IEND", Array.Empty<byte>());
            return png.ToArray();
        }

        private static void Chunk(Stream png, string type, byte[] data)
        {
            byte[] typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
            Span<byte> four = stackalloc byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
            png.Write(four);
            png.Write(typeBytes);
            png.Write(data);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(four, Crc32(typeBytes.Concat(data).ToArray()));
            png.Write(four);
        }

        private static uint Crc32(byte[] bytes)
        {
            uint crc = 0xFFFFFFFF;
            foreach (byte b in bytes)
            {
                crc ^= b;
                for (int k = 0; k < 8; k++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }

            return ~crc;
        }
    }
}
