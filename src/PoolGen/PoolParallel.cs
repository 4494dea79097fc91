#if NET8_0_OR_GREATER
using System;
using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace PoolGen
{
    /// <summary>
    /// Support for kernels generated with <c>[Pool(Parallel = true)]</c>; not meant to be called directly.
    /// The generated code cannot hand a span to another thread, so this pins the spans for the duration of the
    /// call and gives each task the whole spans with its own range of items (<see cref="ForRanges{T}"/>): planes, images
    /// or output rows.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class PoolParallel
    {
        /// <summary>Fewer input elements per task than this are not worth a task of their own.</summary>
        public const int MinimumElementsPerTask = 16384;

        /// <summary>Pools the items <c>[first, end)</c> of a call (planes, images or output rows): the spans are the call's whole spans.</summary>
        public delegate void ItemRange<T>(ReadOnlySpan<T> input, Span<T> output, int first, int end);

        /// <summary>Pools the items <c>[first, end)</c> of a call that also writes indices: the spans are the call's whole spans.</summary>
        public delegate void ItemRange<T, TIndex>(ReadOnlySpan<T> input, Span<T> output, Span<TIndex> indices, int first, int end);

        /// <summary>
        /// A range of a backward pass of max or min pooling, or of max unpooling: it reads the pooled values and their
        /// indices and writes the span of the forward input's shape; the spans are the call's whole spans.
        /// </summary>
        public delegate void ScatterRange<T, TIndex>(ReadOnlySpan<T> source, ReadOnlySpan<TIndex> indices, Span<T> destination, int first, int end);

        /// <summary>
        /// How many tasks <see cref="ForRanges{T}"/> uses for <paramref name="items"/> items of
        /// <paramref name="inputPerItem"/> input elements each: at most one per core and one per item, and at most one per
        /// <see cref="MinimumElementsPerTask"/> input elements (at least 1).
        /// </summary>
        public static int Tasks(int items, long inputPerItem)
        {
            long perTask = Math.Max(1, MinimumElementsPerTask / Math.Max(1, inputPerItem));
            return (int)Math.Max(1, Math.Min(Math.Min(Environment.ProcessorCount, items), Math.Max(1, items / perTask)));
        }

        /// <summary>
        /// Runs <paramref name="body"/> over ranges of <paramref name="items"/> items (<see cref="Tasks"/> of them, the
        /// items split as evenly as they go), each task with the whole spans and its own range <c>[first, end)</c>; the body
        /// reads and writes only what its range needs, and no two ranges write the same element. One task runs on the
        /// calling thread without <see cref="Parallel"/>.
        /// </summary>
        public static unsafe void ForRanges<T>(ReadOnlySpan<T> input, Span<T> output, int items, long inputPerItem, ItemRange<T> body)
            where T : unmanaged
        {
            if (body is null)
            {
                throw new ArgumentNullException(nameof(body));
            }

            int tasks = items < 0 ? throw new ArgumentOutOfRangeException(nameof(items)) : Tasks(items, inputPerItem);
            if (tasks <= 1)
            {
                body(input, output, 0, items);
                return;
            }

            int inputLength = input.Length, outputLength = output.Length;
            fixed (T* source = input)
            fixed (T* destination = output)
            {
                // Addresses, not pointers, cross into the lambda; the spans stay pinned until Parallel.For returns.
                nint sourceAddress = (nint)source, destinationAddress = (nint)destination;
                Ranges(items, tasks, (first, end) => body(new ReadOnlySpan<T>((T*)sourceAddress, inputLength), new Span<T>((T*)destinationAddress, outputLength), first, end));
            }
        }

        /// <summary><see cref="ForRanges{T}"/> for a call that also writes indices.</summary>
        public static unsafe void ForRanges<T, TIndex>(ReadOnlySpan<T> input, Span<T> output, Span<TIndex> indices, int items, long inputPerItem, ItemRange<T, TIndex> body)
            where T : unmanaged
            where TIndex : unmanaged
        {
            if (body is null)
            {
                throw new ArgumentNullException(nameof(body));
            }

            int tasks = items < 0 ? throw new ArgumentOutOfRangeException(nameof(items)) : Tasks(items, inputPerItem);
            if (tasks <= 1)
            {
                body(input, output, indices, 0, items);
                return;
            }

            int inputLength = input.Length, outputLength = output.Length, indicesLength = indices.Length;
            fixed (T* source = input)
            fixed (T* destination = output)
            fixed (TIndex* index = indices)
            {
                // Addresses, not pointers, cross into the lambda; the spans stay pinned until Parallel.For returns.
                nint sourceAddress = (nint)source, destinationAddress = (nint)destination, indexAddress = (nint)index;
                Ranges(items, tasks, (first, end) => body(
                    new ReadOnlySpan<T>((T*)sourceAddress, inputLength),
                    new Span<T>((T*)destinationAddress, outputLength),
                    new Span<TIndex>((TIndex*)indexAddress, indicesLength),
                    first,
                    end));
            }
        }

        /// <summary>
        /// <see cref="ForRanges{T}"/> for a backward pass of max or min pooling or a max unpooling: the ranges are of planes
        /// (or images), each task scatters its own planes' values to its own planes of <paramref name="destination"/>.
        /// </summary>
        public static void ForScatterRanges<T, TIndex>(ReadOnlySpan<T> source, ReadOnlySpan<TIndex> indices, Span<T> destination, int items, long inputPerItem, ScatterRange<T, TIndex> body)
            where T : unmanaged
            where TIndex : unmanaged
        {
            if (body is null)
            {
                throw new ArgumentNullException(nameof(body));
            }

            // The indices are only read: the writable view over them only lets them share ForRanges's pinning and split.
            Span<TIndex> view = MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(indices), indices.Length);
            ForRanges<T, TIndex>(source, destination, view, items, inputPerItem, (from, to, index, first, end) => body(from, index, to, first, end));
        }

        /// <summary>Runs <paramref name="range"/> on <paramref name="tasks"/> tasks, task i with the items [items*i/tasks, items*(i+1)/tasks).</summary>
        private static void Ranges(int items, int tasks, Action<int, int> range) =>
            Parallel.For(0, tasks, task => range((int)((long)items * task / tasks), (int)((long)items * (task + 1) / tasks)));
    }
}
#endif
