using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using PoolGen.Generator.Emitting;
using PoolGen.Generator.Model;
using PoolGen.Generator.Tests.Infrastructure;
using PoolGen.Testing;
using Xunit;

namespace PoolGen.Generator.Tests
{
    /// <summary>
    /// <see cref="IndexOrderText"/>'s printed encoding and decoding, compiled and run: every order, ranks 1 to 3, against
    /// <see cref="IndexOrderReference.Convert"/> (checked against ONNX Runtime in tests/PoolGen.Onnx.Tests); the decoder
    /// takes every encoded index back to its row-major offset and throws for an index outside the plane.
    /// </summary>
    public sealed class IndexOrderTextTests
    {
        private static readonly IndexOrderModel[] Orders = [IndexOrderModel.Plane, IndexOrderModel.Tensor, IndexOrderModel.TensorColumnMajor];

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void EncodeAndDecodeAgreeWithTheReference(int rank)
        {
            Type codec = Compile(rank);
            var random = new Random(40 + rank);
            for (int trial = 0; trial < 300; trial++)
            {
                int[] shape = Enumerable.Range(0, rank).Select(_ => random.Next(1, 7)).ToArray();
                long planeSize = shape.Aggregate(1L, (a, b) => a * b);
                int[] coordinates = shape.Select(n => random.Next(n)).ToArray();
                long rowMajor = 0;
                for (int axis = 0; axis < rank; axis++)
                {
                    rowMajor = (rowMajor * shape[axis]) + coordinates[axis];
                }

                long plane = random.Next(0, 50);
                nint origin = (nint)(plane * planeSize);
                foreach (IndexOrderModel order in Orders)
                {
                    long expected = IndexOrderReference.Convert(rowMajor, plane, shape, (IndexOrderReference.Order)(int)order);
                    object[] sizes = shape.Cast<object>().ToArray();
                    long encoded = (long)Call(codec, "Encode" + order, [origin, .. coordinates.Cast<object>(), .. sizes]);
                    long fromOffset = (long)Call(codec, "EncodeOffset" + order, [origin, (int)rowMajor, .. sizes]);
                    Assert.Equal(expected, encoded);
                    Assert.Equal(expected, fromOffset);
                    Assert.Equal((nint)rowMajor, (nint)Call(codec, "Decode" + order, [expected, origin, .. sizes]));

                    // The plane's neighbours (and -1) are not its indices.
                    long before = order == IndexOrderModel.Plane ? -1 : (long)origin - 1;
                    long after = order == IndexOrderModel.Plane ? planeSize : (long)origin + planeSize;
                    foreach (long outside in new[] { before, after })
                    {
                        var thrown = Assert.Throws<TargetInvocationException>(() => Call(codec, "Decode" + order, [outside, origin, .. sizes]));
                        var exception = Assert.IsType<ArgumentOutOfRangeException>(thrown.InnerException);
                        Assert.Equal("indices", exception.ParamName);
                        Assert.Contains($"An index in {order} order must lie in the plane being processed, [{(order == IndexOrderModel.Plane ? 0 : (long)origin)}, {(order == IndexOrderModel.Plane ? 0 : (long)origin) + planeSize})", exception.Message, StringComparison.Ordinal);
                    }
                }
            }
        }

        private static object Call(Type codec, string name, object[] arguments) => codec.GetMethod(name)!.Invoke(null, arguments)!;

        /// <summary>A class with Encode{order}, EncodeOffset{order} and Decode{order} for one rank, printed by IndexOrderText.</summary>
        private static Type Compile(int rank)
        {
            string[] sizes = Enumerable.Range(0, rank).Select(i => "n" + i).ToArray();
            string[] coordinates = Enumerable.Range(0, rank).Select(i => "t" + i).ToArray();
            string rowMajor = "(nint)t0";
            for (int i = 1; i < rank; i++)
            {
                rowMajor = $"({rowMajor}) * n{i} + t{i}";
            }

            string sizeParameters = string.Concat(sizes.Select(n => ", int " + n));
            var w = new CodeWriter();
            w.Line("using System;");
            using (w.Block("public static class Codec"))
            {
                foreach (IndexOrderModel order in Orders)
                {
                    string tapParameters = string.Concat(coordinates.Select(t => ", int " + t));
                    w.Line($"public static long Encode{order}(nint origin{tapParameters}{sizeParameters}) => (long)({IndexOrderText.Encode(order, rowMajor, coordinates, sizes, "origin")});");
                    w.Line($"public static long EncodeOffset{order}(nint origin, int best{sizeParameters}) => (long)({IndexOrderText.EncodeOffset(order, "best", sizes, "origin")});");
                    using (w.Block($"public static nint Decode{order}(long index, nint origin{sizeParameters})"))
                    {
                        IndexOrderText.EmitDecode(w, order, "index", "offset", sizes, "origin", "indices");
                        w.Line("return offset;");
                    }
                }
            }

            var compilation = GeneratorRunner.CreateCompilation(w.ToString());
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)) + "\n" + w);
            return Assembly.Load(image.ToArray()).GetType("Codec")!;
        }
    }
}
