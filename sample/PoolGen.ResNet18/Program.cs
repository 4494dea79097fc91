using System;
using System.Globalization;
using System.IO;
using System.Linq;
using PoolGen.ResNet18;
using PoolGen.ResNet18.Onnx;

// PoolGen on a real network: the pooling nodes of ResNet-18 (ONNX, from the NuGet package
// Microsoft.ML.DnnImageFeaturizer.ResNet18) run by [Pool] kernels and compared with ONNX Runtime.
//   dotnet run --project sample/PoolGen.ResNet18 [-- image.png|image.jpg|image.pgm] [--no-timing]
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Any(a => a is "-h" or "--help"))
{
    Console.WriteLine("usage: PoolGen.ResNet18 [image] [--no-timing]");
    Console.WriteLine("  image        PNG, JPEG (or BMP, TGA, GIF, PSD) or PGM; default: shapes.pgm, the repository's test image");
    Console.WriteLine("  --no-timing  leave out the times");
    return 0;
}

bool timing = !args.Contains("--no-timing");
string[] files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
if (files.Length > 1)
{
    Console.Error.WriteLine("Give at most one image (see --help).");
    return 2;
}

string imagePath = files.Length == 1 ? files[0] : Path.Combine(AppContext.BaseDirectory, ModelFiles.DefaultImage);
byte[] modelBytes = File.ReadAllBytes(ModelFiles.ResNet18);
OnnxModel model = OnnxModel.Load(modelBytes);
(int height, int width) = ResNetCheck.InputSize(model);

ImageInput.Rgb image;
try
{
    image = ImageInput.Load(imagePath);
}
catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"Cannot read the image {imagePath}: {e.Message}");
    return 2;
}

float[] pixels = ImageInput.ToPlanarRgb(image, width, height);
Tensor input = ResNetCheck.Preprocess(File.ReadAllBytes(ModelFiles.Preprocess), pixels);

var options = new CheckOptions { Timing = timing };
Report report = ResNetCheck.Run(modelBytes, input, options);

Console.WriteLine($"PoolGen with an ONNX model: ResNet-18 from {ModelFiles.Package} (ResNet18.onnx: IR {model.IrVersion}, opset {model.Opset}, {model.Nodes.Count} nodes)");
Console.WriteLine($"ONNX Runtime {OrtSession.Version}, CPU, 1 thread; whole model and its pieces with {options.ModelLevel}, a node alone with {options.NodeLevel}");
Console.WriteLine($"image: {Path.GetFileName(imagePath)} ({image.Description}), IsoCrop-resized to {width}x{height} (bilinear), planar RGB 0..255,");
Console.WriteLine($"       then ResNetPreprocess.onnx (RGB to BGR, minus a mean image) -> {report.InputName} {input.ShapeText}");
Console.WriteLine();

var ops = report.Nodes.GroupBy(n => n.Node.OpType).Select(g => $"{g.Count()} {g.Key}");
Console.WriteLine($"Pooling nodes in the graph: {report.Nodes.Count} ({string.Join(", ", ops)})");
int nameWidth = report.Nodes.Select(n => n.Node.DisplayName.Length).Append(4).Max();
int opWidth = report.Nodes.Select(n => n.Node.OpType.Length).Append(2).Max();
int shapeWidth = report.Nodes.Select(n => Shapes(n).Length).Append(15).Max();
int equalWidth = report.Nodes.Select(n => Equal(n).Length).Append(12).Max();
string indent = new(' ', nameWidth + 3);
Console.WriteLine(($"  {"node".PadRight(nameWidth)} {"op".PadRight(opWidth)} {"input -> output".PadRight(shapeWidth)} {"equal to ORT".PadRight(equalWidth)}"
    + (timing ? $" {"PoolGen",10} {"ORT alone",10} {"PoolGen/ORT",11}" : string.Empty)).TrimEnd());
foreach (NodeReport node in report.Nodes)
{
    string times = node.PoolGenMs is double poolGen && node.OrtMs is double ort
        ? $" {Time(poolGen),10} {Time(ort),10} {poolGen / ort,11:F2}"
        : string.Empty;
    Console.WriteLine($"  {node.Node.DisplayName.PadRight(nameWidth)} {node.Node.OpType.PadRight(opWidth)} {Shapes(node).PadRight(shapeWidth)} {Equal(node).PadRight(equalWidth)}{times}".TrimEnd());
    Console.WriteLine($"{indent}ONNX:    {node.Node.AttributeText}");
    Console.WriteLine(node.Kernel != null
        ? $"{indent}PoolGen: {node.Kernel.Name} {node.Kernel.AttributeText}" + (node.Problem != null ? $": NOT RUN: {node.Problem}" : string.Empty)
        : $"{indent}PoolGen: NONE: {node.Problem}");
    if (node.VsNodeAlone is { Equal: false } alone)
    {
        Console.WriteLine($"{indent}against the node alone in ORT: {alone}");
    }
}

Console.WriteLine("  max: compared bit for bit. average: |PoolGen - ORT| <= 2(n+1)*2^-24*max|x| per element, n the window's taps and");
Console.WriteLine("  max|x| the largest input of its plane (two float sums of n taps in any order, then a division, each rounded).");
if (timing)
{
    Console.WriteLine("  times: one call, the fastest of 21 batches of at least 5 ms, PoolGen's and ORT's taken in turn, after a warm-up;");
    Console.WriteLine("  ORT alone: the node as a one-node model on the same input, input and output preallocated.");
}

Console.WriteLine();
SplitReport split = report.Split;
if (split.Skipped != null)
{
    Console.WriteLine($"The network split at its pooling nodes: not run: {split.Skipped}");
}
else
{
    Console.WriteLine("The network split at its pooling nodes: each piece a sub-model cut out of the graph, the pools by PoolGen:");
    foreach (string stage in split.Stages)
    {
        Console.WriteLine("  " + stage);
    }

    Console.WriteLine("  values passed between the pieces, against the same values in the all-ORT run:");
    foreach ((string what, Comparison comparison) in split.Boundaries)
    {
        Console.WriteLine($"    {what,-45} {comparison}");
    }

    Tensor features = split.Output!;
    Console.WriteLine($"  final {features.Data.Length} features ({report.OutputName} {features.ShapeText}) against the all-ORT run: {split.Final}");
    Console.WriteLine($"    bound: {split.Final!.Rule}");
    Console.WriteLine($"  features 0-7, split:   {string.Join(" ", features.Data.Take(8).Select(v => v.ToString("F6")))}");
    Console.WriteLine($"  features 0-7, all-ORT: {string.Join(" ", report.Output.Data.Take(8).Select(v => v.ToString("F6")))}");
}

Console.WriteLine();
NodeReport[] notRun = report.Nodes.Where(n => n.VsModel == null).ToArray();
NodeReport[] unequal = report.Nodes.Where(n => n.VsModel is { Equal: false }).ToArray();
foreach (NodeReport node in notRun)
{
    Console.WriteLine($"NO POOLGEN KERNEL for {node.Node.DisplayName} ({node.Node.OpType}): {node.Problem}");
}

foreach (NodeReport node in unequal)
{
    Console.WriteLine($"NOT EQUAL to ONNX Runtime: {node.Node.DisplayName} ({node.Node.OpType}): {node.VsModel}");
}

if (split.Final is { Equal: false })
{
    Console.WriteLine($"NOT EQUAL: the split network's output against the all-ORT run: {split.Final}");
}

bool ok = notRun.Length == 0 && unequal.Length == 0 && split.Final?.Equal == true;
if (ok)
{
    Console.WriteLine("Every pooling node ran with PoolGen and equals ONNX Runtime; the split network equals the all-ORT run.");
}

return ok ? 0 : 1;

static string Time(double ms) => ms >= 0.1 ? $"{ms:F3} ms" : $"{ms * 1000:F2} us";

static string Shapes(NodeReport node) => $"{node.Input.ShapeText} -> {node.OrtOutput.ShapeText}";

static string Equal(NodeReport node) => node.VsModel?.ToString() ?? "not run by PoolGen";
