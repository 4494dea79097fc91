using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PoolGen.Testing;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// The run-time argument checks of generated kernels (docs/semantics.md, "Run-time checks", any rank, with indices):
    /// the exception type (exactly, not a subclass) and its ParamName, and that a throwing kernel left the output and the
    /// indices untouched. Every kernel of <see cref="KernelTable"/>.
    /// </summary>
    public sealed partial class ArgumentCheckTests
    {
        public static TheoryData<string> AllKernelNames => KernelTests.Names(KernelTable.All);

        public static TheoryData<string> RunTimeDimensionKernelNames => KernelTests.Names(KernelTable.All.Where(e => RunTimeDimensions(e).Any()));

        public static TheoryData<string> KernelsWithIndicesNames => KernelTests.Names(KernelTable.All.Where(e => e.Indices != IndexType.None));

        public static TheoryData<string> KernelsWithAMinimumSizeNames => KernelTests.Names(KernelTable.All.Where(e =>
            Enumerable.Range(0, e.Rank).Any(axis => e.Shape.Fixed[axis] == 0 && KernelTests.MinimumSize(e, axis) > 1)));

        [Fact]
        public void Selections_CoverEveryRankAndIndices()
        {
            Assert.Contains(KernelTable.All, e => e.Rank == 3 && RunTimeDimensions(e).Contains("depth"));
            Assert.Contains(KernelTable.All, e => e.Rank == 1 && RunTimeDimensions(e).Contains("length"));
            Assert.True(KernelsWithIndicesNames.Count >= 15);
            Assert.True(KernelsWithAMinimumSizeNames.Count >= 20);
        }

        /// <summary>The parameter names a kernel takes at run time, in order.</summary>
        internal static IEnumerable<string> RunTimeDimensions(KernelEntry e)
        {
            if (e.Shape.HasBatch) yield return "batch";
            if (e.Shape.HasChannels) yield return "channels";
            string[] axes = AxisNames(e.Rank);
            for (int axis = 0; axis < e.Rank; axis++)
            {
                if (e.Shape.Fixed[axis] == 0)
                {
                    yield return axes[axis];
                }
            }
        }

        internal static string[] AxisNames(int rank) => rank switch { 1 => ["length"], 2 => ["height", "width"], _ => ["depth", "height", "width"] };

        /// <summary>A dimension below 1: ArgumentOutOfRangeException naming it, nothing written; the valid shape works.</summary>
        [Theory]
        [MemberData(nameof(RunTimeDimensionKernelNames))]
        public void DimensionBelowOne_ThrowsArgumentOutOfRange(string name) => KernelTable.ByName[name].Accept(new DimensionBelowOne());

        /// <summary>
        /// A spatial size one below the smallest with an output, or 1: ArgumentOutOfRangeException naming it, with the
        /// smallest valid size in the message, nothing written; the smallest works.
        /// </summary>
        [Theory]
        [MemberData(nameof(KernelsWithAMinimumSizeNames))]
        public void SpatialSizeTooSmallForAnyOutput_ThrowsArgumentOutOfRange(string name) => KernelTable.ByName[name].Accept(new SpatialTooSmall());

        /// <summary>
        /// Input, output or indices one element short (or empty): ArgumentException naming it, nothing written; exact lengths
        /// work and write every output and index. On a small shape, a larger one and the smallest (one image, one channel).
        /// </summary>
        [Theory]
        [MemberData(nameof(AllKernelNames))]
        public void ShortSpans_ThrowArgumentException(string name) => KernelTable.ByName[name].Accept(new ShortSpans());

        /// <summary>
        /// Overlapping spans (docs/semantics.md, run-time checks 6 and 7): input and output sharing memory is an
        /// ArgumentException naming "output", indices sharing memory with the input or the output one naming "indices",
        /// before anything is written. The float kernels with int indices, whose spans can alias one array.
        /// </summary>
        [Fact]
        public void OverlappingSpans_ThrowArgumentException()
        {
            KernelEntry<float>[] kernels = KernelTable.All.OfType<KernelEntry<float>>().Where(e => e.Indices == IndexType.Int32).ToArray();
            Assert.True(kernels.Length >= 5);
            foreach (KernelEntry<float> e in kernels)
            {
                (int batch, int channels, int[] spatial) = SmallShape(e);
                int inputLength = batch * channels * spatial.Aggregate(1, (a, b) => a * b);
                int outputLength = batch * channels * PoolReference.OutputShape(e.SpecFor(spatial), spatial).Aggregate(1, (a, b) => a * b);
                float[] memory = TestData.Random<float>(3, inputLength + (3 * outputLength) + 8, specials: false, ties: true);
                float[] before = (float[])memory.Clone();
                void Throws(string parameter, Span<float> output, Span<int> indices, string what)
                {
                    float[] input = memory[..inputLength];
                    ReadOnlySpan<float> inputSpan = what.StartsWith("input", StringComparison.Ordinal) ? memory.AsSpan(0, inputLength) : input;
                    ArgumentException error;
                    try
                    {
                        e.Call(inputSpan, output, indices, [], batch, channels, spatial);
                        throw new Xunit.Sdk.XunitException($"{e}: {what}: no exception");
                    }
                    catch (ArgumentException ex)
                    {
                        error = ex;
                    }

                    Assert.True(error.GetType() == typeof(ArgumentException) && error.ParamName == parameter, $"{e}: {what}: {error.GetType().Name} naming {error.ParamName}");
                    Compare.Bitwise<float>(before, memory, $"{e}: {what}: memory after the exception");
                }

                Span<float> all = memory;
                Span<int> asInts = System.Runtime.InteropServices.MemoryMarshal.Cast<float, int>(all);
                Throws("output", all.Slice(inputLength - 1, outputLength), new int[outputLength], "input and output overlap");
                Throws("indices", all.Slice(inputLength, outputLength), asInts.Slice(inputLength + outputLength - 1, outputLength), "output and indices overlap");
                Throws("indices", all.Slice(inputLength, outputLength), asInts.Slice(0, outputLength), "input and indices overlap");
            }
        }

        /// <summary>The buffers of one call: input of the shape, output and indices of exactly the output's length, sentinel-filled.</summary>
        private sealed class Buffers<T>
            where T : unmanaged, INumber<T>
        {
            public Buffers(KernelEntry<T> e, int batch, int channels, int[] spatial, int inputDelta = 0, int outputDelta = 0, int indicesDelta = 0)
            {
                Entry = e;
                (Batch, Channels, Spatial) = (batch, channels, spatial);
                InputLength = batch * channels * spatial.Aggregate(1, (a, b) => a * b);
                OutputLength = batch * channels * PoolReference.OutputShape(e.SpecFor(spatial), spatial).Aggregate(1, (a, b) => a * b);
                Input = TestData.Random<T>(7, Math.Max(0, InputLength + inputDelta), specials: false, ties: true);
                Output = Filled(Math.Max(0, OutputLength + outputDelta), KernelTests.Sentinel<T>());
                int indices = Math.Max(0, OutputLength + indicesDelta);
                Indices32 = e.Indices == IndexType.Int32 ? Filled(indices, KernelTests.IndexSentinel) : [];
                Indices64 = e.Indices == IndexType.Int64 ? Filled(indices, (long)KernelTests.IndexSentinel) : [];
            }

            public KernelEntry<T> Entry { get; }

            public int Batch { get; }

            public int Channels { get; }

            public int[] Spatial { get; }

            public int InputLength { get; }

            public int OutputLength { get; }

            public T[] Input { get; }

            public T[] Output { get; }

            public int[] Indices32 { get; }

            public long[] Indices64 { get; }

            public void Call(int batch, int channels, int[] spatial) => Entry.Call(Input, Output, Indices32, Indices64, batch, channels, spatial);

            public void Call() => Call(Batch, Channels, Spatial);

            public void AssertUntouched(string context)
            {
                Assert.True(Output.All(v => v == KernelTests.Sentinel<T>()), $"{context}: the output was written before the exception");
                Assert.True(Indices32.All(v => v == KernelTests.IndexSentinel) && Indices64.All(v => v == KernelTests.IndexSentinel), $"{context}: the indices were written before the exception");
            }

            private static TValue[] Filled<TValue>(int length, TValue value)
            {
                var array = new TValue[length];
                array.AsSpan().Fill(value);
                return array;
            }
        }

        /// <summary>A valid shape with more than one of everything the kernel takes at run time: 2 batches, 3 channels, 2 and 3 above the smallest sizes.</summary>
        private static (int Batch, int Channels, int[] Spatial) LargerShape(KernelEntry e) =>
            (e.Shape.HasBatch ? 2 : 1,
             e.Shape.HasChannels ? 3 : e.Shape.ImpliedChannels,
             Enumerable.Range(0, e.Rank).Select(axis => e.Shape.Fixed[axis] > 0 ? e.Shape.Fixed[axis] : KernelTests.MinimumSize(e, axis) + 2 + (axis == e.Rank - 1 ? 1 : 0)).ToArray());

        /// <summary>The smallest valid shape: one image, one channel, the smallest sizes.</summary>
        private static (int Batch, int Channels, int[] Spatial) SmallestShape(KernelEntry e) =>
            (1,
             e.Shape.HasChannels ? 1 : e.Shape.ImpliedChannels,
             Enumerable.Range(0, e.Rank).Select(axis => e.Shape.Fixed[axis] > 0 ? e.Shape.Fixed[axis] : KernelTests.MinimumSize(e, axis)).ToArray());

        /// <summary>The smallest valid shape with 2 batches and 2 channels where the kernel takes them.</summary>
        private static (int Batch, int Channels, int[] Spatial) SmallShape(KernelEntry e) =>
            (e.Shape.HasBatch ? 2 : 1,
             e.Shape.HasChannels ? 2 : e.Shape.ImpliedChannels,
             Enumerable.Range(0, e.Rank).Select(axis => e.Shape.Fixed[axis] > 0 ? e.Shape.Fixed[axis] : KernelTests.MinimumSize(e, axis) + 1).ToArray());

        private sealed class DimensionBelowOne : IKernelVisitor
        {
            public void Visit<T>(KernelEntry<T> e)
                where T : unmanaged, INumber<T>
            {
                (int batch, int channels, int[] spatial) = SmallShape(e);
                string[] axes = AxisNames(e.Rank);
                foreach (string dimension in RunTimeDimensions(e))
                {
                    foreach (int bad in new[] { 0, -1, int.MinValue })
                    {
                        var buffers = new Buffers<T>(e, batch, channels, spatial);
                        int[] badSpatial = (int[])spatial.Clone();
                        int axis = Array.IndexOf(axes, dimension);
                        if (axis >= 0)
                        {
                            badSpatial[axis] = bad;
                        }

                        string context = $"{e} with {dimension} = {bad}";
                        var error = Assert.Throws<ArgumentOutOfRangeException>(() => buffers.Call(dimension == "batch" ? bad : batch, dimension == "channels" ? bad : channels, badSpatial));
                        Assert.True(error.ParamName == dimension, $"{context}: ParamName {error.ParamName}");
                        buffers.AssertUntouched(context);
                    }
                }

                // The valid shapes work.
                new Buffers<T>(e, batch, channels, spatial).Call();
                (int largerBatch, int largerChannels, int[] larger) = LargerShape(e);
                new Buffers<T>(e, largerBatch, largerChannels, larger).Call();
            }
        }

        private sealed class SpatialTooSmall : IKernelVisitor
        {
            public void Visit<T>(KernelEntry<T> e)
                where T : unmanaged, INumber<T>
            {
                (int batch, int channels, int[] spatial) = SmallShape(e);
                string[] axes = AxisNames(e.Rank);
                for (int axis = 0; axis < e.Rank; axis++)
                {
                    int minimum = e.Shape.Fixed[axis] > 0 ? 1 : KernelTests.MinimumSize(e, axis);
                    if (minimum <= 1)
                    {
                        continue;
                    }

                    int[] small = (int[])spatial.Clone();
                    foreach (int bad in new[] { minimum - 1, 1 }.Distinct())
                    {
                        small[axis] = bad;
                        var output = new T[4096];
                        output.AsSpan().Fill(KernelTests.Sentinel<T>());
                        T[] input = new T[4096];
                        var error = Assert.Throws<ArgumentOutOfRangeException>(() => e.Call(input, output, new int[4096], new long[4096], batch, channels, small));
                        Assert.True(error.ParamName == axes[axis], $"{e} with {axes[axis]} = {bad}: ParamName {error.ParamName}");
                        Assert.True(error.Message.Contains(minimum.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), $"{e}: the message does not give the minimum {minimum}: {error.Message}");
                        Assert.True(output.All(v => v == KernelTests.Sentinel<T>()), $"{e}: output written before the exception");
                    }

                    // The smallest size works.
                    small[axis] = minimum;
                    var buffers = new Buffers<T>(e, batch, channels, small);
                    buffers.Call();
                }
            }
        }

        private sealed class ShortSpans : IKernelVisitor
        {
            public void Visit<T>(KernelEntry<T> e)
                where T : unmanaged, INumber<T>
            {
                Check(e, SmallShape(e));
                Check(e, LargerShape(e));
                Check(e, SmallestShape(e));
            }

            private static void Check<T>(KernelEntry<T> e, (int Batch, int Channels, int[] Spatial) shape)
                where T : unmanaged, INumber<T>
            {
                (int batch, int channels, int[] spatial) = shape;
                void Throws(string parameter, int inputDelta, int outputDelta, int indicesDelta)
                {
                    var buffers = new Buffers<T>(e, batch, channels, spatial, inputDelta, outputDelta, indicesDelta);
                    string context = $"{e} on {KernelTests.ShapeText(batch, channels, spatial)}: {parameter} {inputDelta}/{outputDelta}/{indicesDelta}";
                    ArgumentException error = Assert.Throws<ArgumentException>(buffers.Call);
                    Assert.True(error.ParamName == parameter, $"{context}: ParamName {error.ParamName}");
                    buffers.AssertUntouched(context);
                }

                var exact = new Buffers<T>(e, batch, channels, spatial);
                Throws("input", -1, 0, 0);
                Throws("input", -exact.InputLength, 0, 0);
                Throws("output", 0, -1, 0);
                Throws("output", 0, -exact.OutputLength, 0);
                if (e.Indices != IndexType.None)
                {
                    Throws("indices", 0, 0, -1);
                    Throws("indices", 0, 0, -exact.OutputLength);
                }

                // Exact lengths: no exception, every output and index written.
                exact.Call();
                Assert.DoesNotContain(KernelTests.Sentinel<T>(), exact.Output);
                Assert.DoesNotContain(KernelTests.IndexSentinel, exact.Indices32);
                Assert.DoesNotContain(KernelTests.IndexSentinel, exact.Indices64);
            }
        }
    }
}
