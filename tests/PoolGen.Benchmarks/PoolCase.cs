using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace PoolGen.Benchmarks
{
    /// <summary>A PoolGen kernel's signature.</summary>
    internal delegate void PoolKernel<T>(ReadOnlySpan<T> input, Span<T> output, int batch, int channels, int height, int width);

    /// <summary>A naive implementation's signature.</summary>
    internal delegate void NaiveKernel<T>(ReadOnlySpan<T> input, Span<T> output, BenchmarkCase spec);

    /// <summary>A case ready to run: data, outputs, and the four contestants.</summary>
    internal interface IPoolCase : IDisposable
    {
        BenchmarkCase Spec { get; }

        /// <summary>Bytes the roofline copy copies: half the kernel's traffic, so that it reads and writes as much as the kernel must.</summary>
        int CopyBytes { get; }

        /// <summary>Runs every contestant once and checks that ORT and the naive loop agree with PoolGen; throws <see cref="VerificationException"/> if not.</summary>
        void Verify();

        void RunPoolGen();

        void RunNaive();

        void RunOrt();

        void RunCopy();
    }

    /// <summary>A contestant's output differs from PoolGen's.</summary>
    internal sealed class VerificationException : Exception
    {
        public VerificationException(string message)
            : base(message)
        {
        }
    }

    internal sealed class PoolCase<T> : IPoolCase
        where T : unmanaged, INumber<T>
    {
        /// <summary>Relative tolerance for average pooling, where the order of the additions may differ.</summary>
        private const double AverageTolerance = 1e-6;

        private readonly PoolKernel<T> _kernel;
        private readonly NaiveKernel<T> _naive;
        private readonly Func<Random, T> _next;
        private readonly T[] _input;
        private readonly T[] _poolGenOutput;
        private readonly T[] _naiveOutput;
        private readonly T[] _ortOutput;
        private readonly byte[] _copySource;
        private readonly byte[] _copyDestination;
        private readonly OrtPool<T>? _ort; // Null when ONNX Runtime has no equivalent node (Spec.HasOrt).
        private readonly T[] _ortInput;

        public PoolCase(BenchmarkCase spec, PoolKernel<T> kernel, NaiveKernel<T> naive, Func<Random, T> next)
        {
            Spec = spec;
            _kernel = kernel;
            _naive = naive;
            _next = next;
            var random = new Random(20240601);
            _input = new T[spec.InputLength];
            for (int i = 0; i < _input.Length; i++)
            {
                _input[i] = next(random);
            }

            _poolGenOutput = new T[spec.OutputLength];
            _naiveOutput = new T[spec.OutputLength];
            _ortOutput = new T[spec.OutputLength];
            CopyBytes = checked((int)(spec.TrafficBytes / 2));
            _copySource = new byte[CopyBytes];
            random.NextBytes(_copySource);
            _copyDestination = new byte[CopyBytes];
            // Channels last: ONNX Runtime pools NCHW, so it gets the same values transposed (outside the timed call).
            _ortInput = spec.ChannelsLast ? ToChannelsFirst(_input, spec.Batch, spec.Height * spec.Width, spec.Channels) : _input;
            _ort = spec.HasOrt ? new OrtPool<T>(spec, _ortInput, _ortOutput) : null;
        }

        public BenchmarkCase Spec { get; }

        public int CopyBytes { get; }

        public void RunPoolGen() => _kernel(_input, _poolGenOutput, Spec.Batch, Spec.Channels, Spec.Height, Spec.Width);

        public void RunNaive() => _naive(_input, _naiveOutput, Spec);

        public void RunOrt() => _ort?.Run();

        public void RunCopy() => _copySource.AsSpan().CopyTo(_copyDestination);

        public void Verify()
        {
            VerifyThisShape();

            // With Pads, the padding at the end does not change a stride-2 output of an even size (112): verify on an odd
            // size too, where it does, so that a wrong pads attribute in ONNX Runtime's node, or a kernel that ignores
            // the end padding, cannot pass.
            if (Spec.Pads is not null)
            {
                using var odd = new PoolCase<T>(Spec with { Batch = 1, Channels = 2, Height = 9, Width = 11 }, _kernel, _naive, _next);
                odd.VerifyThisShape();
            }
        }

        private void VerifyThisShape()
        {
            // Poison the outputs first, so an element a contestant does not write cannot pass.
            MemoryMarshal.AsBytes(_poolGenOutput.AsSpan()).Fill(0xA5);
            MemoryMarshal.AsBytes(_naiveOutput.AsSpan()).Fill(0x5A);
            MemoryMarshal.AsBytes(_ortOutput.AsSpan()).Fill(0xC3);
            RunPoolGen();
            RunNaive();
            RunOrt();
            if (_ort is not null)
            {
                Compare("ONNX Runtime", Spec.ChannelsLast ? ToChannelsLast(_ortOutput, Spec.Batch, Spec.OutHeight * Spec.OutWidth, Spec.Channels) : _ortOutput);
            }

            Compare("the naive loop", _naiveOutput);
        }

        private void Compare(string who, T[] actual)
        {
            for (int i = 0; i < actual.Length; i++)
            {
                T expected = _poolGenOutput[i];
                bool equal = Spec.Kind == PoolKind.Max
                    ? MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in expected)).SequenceEqual(MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in actual[i])))
                    : WithinRelative(double.CreateTruncating(expected), double.CreateTruncating(actual[i]));
                if (!equal)
                {
                    int outPlane = Spec.OutHeight * Spec.OutWidth;
                    int plane = i / outPlane, oy = i % outPlane / Spec.OutWidth, ox = i % Spec.OutWidth;
                    string rule = Spec.Kind == PoolKind.Max ? "bitwise" : $"within {AverageTolerance:R} relative";
                    throw new VerificationException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"case {Spec.Name} ({Spec.Description}): {who} differs from PoolGen ({rule}) at output element {i} " +
                        $"(n={plane / Spec.Channels}, c={plane % Spec.Channels}, y={oy}, x={ox}): PoolGen {Format(expected)}, {who} {Format(actual[i])}."));
                }
            }
        }

        private static T[] ToChannelsFirst(T[] data, int batch, int pixels, int channels)
        {
            var result = new T[data.Length];
            for (int n = 0; n < batch; n++)
            {
                for (int p = 0; p < pixels; p++)
                {
                    for (int c = 0; c < channels; c++)
                    {
                        result[((n * channels) + c) * pixels + p] = data[((n * pixels) + p) * channels + c];
                    }
                }
            }

            return result;
        }

        private static T[] ToChannelsLast(T[] data, int batch, int pixels, int channels)
        {
            var result = new T[data.Length];
            for (int n = 0; n < batch; n++)
            {
                for (int p = 0; p < pixels; p++)
                {
                    for (int c = 0; c < channels; c++)
                    {
                        result[((n * pixels) + p) * channels + c] = data[((n * channels) + c) * pixels + p];
                    }
                }
            }

            return result;
        }

        private static bool WithinRelative(double expected, double actual) =>
            Math.Abs(expected - actual) <= AverageTolerance * Math.Max(Math.Abs(expected), Math.Abs(actual));

        private static string Format(T value) => value switch
        {
            float f => f.ToString("R", CultureInfo.InvariantCulture) + $" (0x{BitConverter.SingleToInt32Bits(f):X8})",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + $" (0x{BitConverter.DoubleToInt64Bits(d):X16})",
            _ => value.ToString(null, CultureInfo.InvariantCulture),
        };

        public void Dispose() => _ort?.Dispose();
    }
}
