using System;
using System.Linq;
using System.Runtime.InteropServices;
using PoolGen.Testing;

namespace PoolGen.Benchmarks
{
    /// <summary>
    /// Cases 22 and 23: the backward passes (no ONNX Runtime node: its columns print "-"). Max backward scatters gradients
    /// through the indices of a forward max with indices (computed once by the reference); average backward spreads them over
    /// the windows. Each against a naive C# loop that keeps PyTorch's order, so the two agree bit for bit.
    /// </summary>
    internal sealed class BackwardCase : IPoolCase
    {
        private readonly float[] _gradOutput;
        private readonly long[] _indices;
        private readonly float[] _poolGen;
        private readonly float[] _naive;
        private readonly byte[] _copySource;
        private readonly byte[] _copyDestination;

        public BackwardCase(BenchmarkCase spec)
        {
            Spec = spec;
            var random = new Random(20240601);
            _gradOutput = Enumerable.Range(0, spec.OutputLength).Select(_ => random.NextSingle()).ToArray();
            if (spec.Kind == PoolKind.Max)
            {
                float[] input = Enumerable.Range(0, spec.InputLength).Select(_ => random.NextSingle() * 2 - 1).ToArray();
                _indices = PoolReference.MaxIndicesND<float>(spec.Window, input, spec.Batch, spec.Channels, spec.Spatial);
            }
            else
            {
                _indices = [];
            }

            _poolGen = new float[spec.InputLength];
            _naive = new float[spec.InputLength];
            CopyBytes = checked((int)(spec.TrafficBytes / 2));
            _copySource = new byte[CopyBytes];
            _copyDestination = new byte[CopyBytes];
        }

        public BenchmarkCase Spec { get; }

        public int CopyBytes { get; }

        public void RunPoolGen()
        {
            if (Spec.Kind == PoolKind.Max)
            {
                Kernels.MaxPoolBackward3x3S2P1(_gradOutput, _indices, _poolGen, Spec.Batch, Spec.Channels, Spec.Height, Spec.Width);
            }
            else
            {
                Kernels.AvgPoolBackward3x3S1P1ExcludePad(_gradOutput, _poolGen, Spec.Batch, Spec.Channels, Spec.Height, Spec.Width);
            }
        }

        public void RunNaive()
        {
            if (Spec.Kind == PoolKind.Max)
            {
                Naive.MaxPoolBackward(_gradOutput, _indices, _naive, Spec);
            }
            else
            {
                Naive.AveragePoolBackward(_gradOutput, _naive, Spec);
            }
        }

        public void RunOrt()
        {
        }

        public void RunCopy() => _copySource.AsSpan().CopyTo(_copyDestination);

        public void Verify()
        {
            MemoryMarshal.AsBytes(_poolGen.AsSpan()).Fill(0xA5);
            MemoryMarshal.AsBytes(_naive.AsSpan()).Fill(0x5A);
            RunPoolGen();
            RunNaive();
            for (int i = 0; i < _naive.Length; i++)
            {
                if (BitConverter.SingleToInt32Bits(_poolGen[i]) != BitConverter.SingleToInt32Bits(_naive[i]))
                {
                    throw new VerificationException($"{Spec.Name}: element {i} is {_poolGen[i]}, the naive loop gives {_naive[i]}.");
                }
            }
        }

        public void Dispose()
        {
        }
    }
}
