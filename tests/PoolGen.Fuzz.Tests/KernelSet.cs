using System;
using System.Collections.Generic;
using System.Linq;

namespace PoolGen.Fuzz.Tests
{
    /// <summary>
    /// A fixed set of kernels compiled once per test class, on both paths: hand-picked programs covering every element
    /// size, fixed and run-time shapes, every signature form and Parallel, plus the first drawn valid programs.
    /// </summary>
    public sealed class KernelSet : IDisposable
    {
        public static readonly PoolProgram[] Picked =
        [
            new() { Seed = -1, Size = 3, Stride = 2, Padding = 1, HasBatch = true, HasChannels = true },
            new() { Seed = -2, Kind = 1, Element = "double", Size = 2, CeilMode = true, HasChannels = true },
            new() { Seed = -3, Element = "byte", Size = 2, Stride = 2 },
            new() { Seed = -4, Element = "short", Size = 3, Stride = 1, Channels = 2, Height = 9, Width = 40, HasHeight = false, HasWidth = false },
            new() { Seed = -5, Element = "long", Size = 3, Dilation = 2, Padding = 2, HasBatch = true },
            new() { Seed = -6, Kind = 1, Size = 8, Height = 8, Width = 8, HasHeight = false, HasWidth = false, HasBatch = true },
            new() { Seed = -7, Size = 2, Parallel = true, HasBatch = true, HasChannels = true },
            new() { Seed = -8, Element = "ushort", SizeH = 1, SizeW = 3, StrideW = 2, Height = 5, HasHeight = false },
            new() { Seed = -9, Kind = 1, Size = 3, Stride = 1, Padding = 1, CountIncludePad = false, HasChannels = true, Instance = true, ContainerKind = "record" },
            new() { Seed = -10, Element = "sbyte", Size = 3, Stride = 1, CeilMode = true, Width = 70, HasWidth = false, HasBatch = true },
        ];

        /// <summary>
        /// Kernels beyond the classic entry, called through <see cref="Kernel{T}"/>: max with <c>Span&lt;int&gt; indices</c> on
        /// int data and min with <c>Span&lt;long&gt; indices</c> on long data (so the indices can share one array with the
        /// input and output), a rank-1 channels-last kernel, a rank-3 average and a tensor-form max.
        /// </summary>
        public static readonly PoolProgram[] PickedFull =
        [
            new() { Seed = -101, Element = "int", Size = 2, Stride = 1, Indices = "Span<int>", HasBatch = true, HasChannels = true },
            new() { Seed = -102, Element = "long", Kind = 3, Size = 3, Stride = 2, Padding = 1, Indices = "Span<long>", HasChannels = true },
            new() { Seed = -103, Size = 3, Stride = 2, Layout = 1, HasLength = true, HasHeight = false, HasWidth = false, HasChannels = true },
            new() { Seed = -104, Kind = 1, Element = "double", Size = 2, Padding = 1, HasDepth = true, HasChannels = true, HasBatch = true },
            new() { Seed = -105, Size = 3, Stride = 2, Tensor = TensorForm.Valid, HasHeight = false, HasWidth = false },
        ];

        /// <summary>Where <see cref="PickedFull"/> starts in <see cref="Programs"/>.</summary>
        public static int FullStart => Picked.Length + 14;

        public KernelSet()
        {
            // (The drawn ones through the classic 2D entry; the indices, rank-1, rank-3 and tensor kernels are Picked.)
            Programs = Picked.Concat(Enumerable.Range(5000, 400).Select(PoolProgram.Draw).Where(p => p.IsValid && p.HasClassicEntry).Take(14)).Concat(PickedFull).ToArray();
            var sources = Programs.Select((p, i) => p.RenderClass(i)).ToList();
            foreach (bool vectorize in new[] { true, false })
            {
                GeneratorRun run = FuzzCompiler.Run(FuzzCompiler.Create(sources), vectorize);
                (vectorize ? ref VectorSources : ref ScalarSources) = run.Result.GeneratedSources.Select(g => g.SourceText.ToString()).ToArray();
                LoadedAssembly assembly = FuzzCompiler.Load(run.Compilation, out var diagnostics)
                    ?? throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics));
                (vectorize ? ref Vector : ref Scalar) = assembly;
            }
        }

        public PoolProgram[] Programs { get; }

        /// <summary>The generated files of each path.</summary>
        public string[] VectorSources = [], ScalarSources = [];

        public LoadedAssembly Vector = null!;

        public LoadedAssembly Scalar = null!;

        public Entry<T> Entry<T>(int index, bool vectorize) => (vectorize ? Vector : Scalar).Entry<T>(Programs[index].EntryTypeName(index));

        public Kernel<T> Kernel<T>(int index, bool vectorize) => (vectorize ? Vector : Scalar).Kernel<T>(Programs[index].EntryTypeName(index), Programs[index]);

        public TensorKernel<T> Tensor<T>(int index, bool vectorize) => (vectorize ? Vector : Scalar).Tensor<T>(Programs[index].EntryTypeName(index));

        /// <summary>(program index, vectorize) for every kernel of <see cref="PickedFull"/> on both paths, for theories.</summary>
        public static TheoryData<int, bool> AllFull()
        {
            var data = new TheoryData<int, bool>();
            for (int i = FullStart; i < FullStart + PickedFull.Length; i++)
            {
                data.Add(i, true);
                data.Add(i, false);
            }

            return data;
        }

        /// <summary>(program index, vectorize) for every kernel on both paths, for theories.</summary>
        public static TheoryData<int, bool> All()
        {
            var data = new TheoryData<int, bool>();
            for (int i = 0; i < Picked.Length + 14; i++)
            {
                data.Add(i, true);
                data.Add(i, false);
            }

            return data;
        }

        /// <summary>A valid shape for the program: a few planes where it has such parameters, sizes a little above the minimum.</summary>
        public static RunShape ValidShape(PoolProgram p, int seed) =>
            new(2, 3, PoolProgram.MinimumInput(p, 'H') + 3, PoolProgram.MinimumInput(p, 'W') + 5, seed, p.IsFloatingPoint, false, 0, 0);

        public void Dispose()
        {
            Vector?.Dispose();
            Scalar?.Dispose();
        }
    }

    /// <summary>Calls a generic method for a program's element type.</summary>
    public interface IElementAction
    {
        void Run<T>(PoolProgram program, int index)
            where T : unmanaged, System.Numerics.INumber<T>;
    }

    public static class Elements
    {
        public static void Dispatch(PoolProgram program, int index, IElementAction action)
        {
            switch (program.Element)
            {
                case "float": action.Run<float>(program, index); break;
                case "double": action.Run<double>(program, index); break;
                case "byte": action.Run<byte>(program, index); break;
                case "sbyte": action.Run<sbyte>(program, index); break;
                case "short": action.Run<short>(program, index); break;
                case "ushort": action.Run<ushort>(program, index); break;
                case "int": action.Run<int>(program, index); break;
                case "uint": action.Run<uint>(program, index); break;
                case "long": action.Run<long>(program, index); break;
                case "ulong": action.Run<ulong>(program, index); break;
                default: throw new NotSupportedException(program.Element);
            }
        }
    }
}
