using System;
using System.Linq;
using Xunit;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// The value range of the tensor orders (docs/semantics.md, "Index order"): an index is below N*C*S, the input's element
    /// count, which Run checks against the input span before writing; so sizes whose N*C*S passes int.MaxValue are rejected
    /// (naming input) with nothing written, and the largest index an int kernel writes is the tensor's last element.
    /// </summary>
    public sealed class IndexOrderRangeTests
    {
        [Theory]
        [InlineData(65536, 65536, 1, 1)]  // 2^32 elements
        [InlineData(1, 46341, 46341, 1)]  // just above int.MaxValue
        public void IntIndicesOfATensorBeyondInt_AreRejectedBeforeAnythingIsWritten(int batch, int channels, int height, int width)
        {
            Assert.True((long)batch * channels * height * width > int.MaxValue);
            var input = new float[64];
            var output = Enumerable.Repeat(7f, 64).ToArray();
            var indices = Enumerable.Repeat(-5, 64).ToArray();
            var e = Assert.Throws<ArgumentException>(() => IndexOrderKernels.TensorGlobal2D_Nchw(input, output, indices, batch, channels, height, width));
            Assert.Equal("input", e.ParamName);
            Assert.All(output, v => Assert.Equal(7f, v));
            Assert.All(indices, v => Assert.Equal(-5, v));
        }

        [Fact]
        public void TheLastPlanesIndexIsTheTensorsLastElement()
        {
            // Global max over 3 planes of 2x2, the maximum of the last plane at its last element: (3 - 1)*4 + 3 = 11 in both tensor orders.
            float[] input = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
            var output = new float[3];
            var indices = new int[3];
            IndexOrderKernels.TensorGlobal2D_Nchw(input, output, indices, 1, 3, 2, 2);
            Assert.Equal([3, 7, 11], indices);
            var columnMajor = new int[3];
            IndexOrderKernels.ColumnMajorGlobal2D_Nchw([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], new short[3], columnMajor, 1, 3, 2, 2);
            Assert.Equal([3, 7, 11], columnMajor); // (h=1, w=1): 1 + 1*2 = 3 within the plane, as row-major 1*2 + 1.
        }
    }
}
