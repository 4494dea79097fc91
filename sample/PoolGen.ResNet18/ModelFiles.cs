using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace PoolGen.ResNet18
{
    /// <summary>
    /// The files the build copies beside the program: the two ONNX models of the NuGet package
    /// Microsoft.ML.DnnImageFeaturizer.ResNet18 (taken out of it by a PackageDownload, see the project file) and the
    /// repository's test image.
    /// </summary>
    internal static class ModelFiles
    {
        /// <summary>The package and its version, as the project file restored it.</summary>
        public static string Package { get; } = typeof(ModelFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ResNet18Package").Value!;

        /// <summary>The network (its output, Pooling395_Output_0, is the featurizer's 512 features).</summary>
        public static string ResNet18 => Path.Combine(AppContext.BaseDirectory, "ResNet18.onnx");

        /// <summary>The featurizer's preprocessing model, run before the network.</summary>
        public static string Preprocess => Path.Combine(AppContext.BaseDirectory, "ResNetPreprocess.onnx");

        /// <summary>sample/PoolGen.Sample/shapes.pgm, 128x128 grayscale.</summary>
        public const string DefaultImage = "shapes.pgm";
    }
}
