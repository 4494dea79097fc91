using System;
using System.Globalization;
using System.Linq;
using PoolGen.Testing;

namespace PoolGen.Onnx.Tests
{
    /// <summary>README's quantized example ("Pooling a quantized map"), as written there, against the reference and the printed line.</summary>
    public sealed partial class QuantizedReadmeExampleTests
    {
        [Pool(Kind = PoolKind.Average, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false,
              InputScale = 0.02, InputZeroPoint = 128, OutputScale = 0.015, OutputZeroPoint = 120)]
        private static partial void QuantizedAverage(ReadOnlySpan<byte> input, Span<byte> output, int channels, int height, int width);

        [Fact]
        public void TheReadmeExamplePrintsWhatItSays()
        {
            byte[] map = { 128, 178, 228, 78, 128, 178, 28, 78, 128 };
            var pooled = new byte[9];
            QuantizedAverage(map, pooled, channels: 1, height: 3, width: 3);

            var spec = new PoolSpecND(PoolKind.Average, [3, 3], [1, 1], [1, 1], [1, 1], CountIncludePad: false);
            Assert.Equal(QuantizedPoolReference.Average<byte>(spec, map, 1, 1, [3, 3], new QuantizedPoolParameters((float)0.02, 128, (float)0.015, 120)), pooled);
            string printed = string.Join(" ", pooled.Select(q => (0.015f * (q - 120)).ToString("0.###", CultureInfo.InvariantCulture)));
            Assert.Equal("0 0.495 1.005 -0.495 0 0.495 -1.005 -0.495 0", printed);
        }
    }
}
