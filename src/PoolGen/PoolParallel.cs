#if NET8_0_OR_GREATER
using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
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
        /// Runs <paramref name="body"/> over ranges of <paramref name="items"/> items on <see cref="Tasks"/> threads (the
        /// items split into <see cref="Ranges(int, long, int)"/> ranges as evenly as they go), each range with the whole spans
        /// and its own <c>[first, end)</c>; the body reads and writes only what its range needs, and no two ranges write the same
        /// element. With one task, the body runs once on the calling thread over every item.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                // Addresses, not pointers, cross into the lambda; the spans stay pinned until every range is done.
                nint sourceAddress = (nint)source, destinationAddress = (nint)destination;
                Ranges(items, inputPerItem, tasks, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (first, end) => body(new ReadOnlySpan<T>((T*)sourceAddress, inputLength), new Span<T>((T*)destinationAddress, outputLength), first, end));
            }
        }

        /// <summary><see cref="ForRanges{T}"/> for a call that also writes indices.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                // Addresses, not pointers, cross into the lambda; the spans stay pinned until every range is done.
                nint sourceAddress = (nint)source, destinationAddress = (nint)destination, indexAddress = (nint)index;
                Ranges(items, inputPerItem, tasks, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (first, end) => body(
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
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
            ForRanges<T, TIndex>(source, destination, view, items, inputPerItem, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (from, to, index, first, end) => body(from, index, to, first, end));
        }

        /// <summary>
        /// How many ranges <see cref="ForRanges{T}"/> splits <paramref name="items"/> items into when it uses
        /// <paramref name="tasks"/> tasks: up to <see cref="RangesPerTask"/> per task, so that a core that starts late (a pool
        /// thread waking up) still takes a share, but none with fewer than <see cref="MinimumElementsPerTask"/> input
        /// elements unless that leaves fewer ranges than tasks.
        /// </summary>
        public static int Ranges(int items, long inputPerItem, int tasks)
        {
            if (tasks <= 1)
            {
                return 1;
            }

            long perRange = Math.Max(1, MinimumElementsPerTask / Math.Max(1, inputPerItem));
            return (int)Math.Max(tasks, Math.Min(Math.Min(items, (long)tasks * RangesPerTask), items / perRange));
        }

        /// <summary>At most this many ranges per task (<see cref="Ranges(int, long, int)"/>).</summary>
        public const int RangesPerTask = 4;

        /// <summary>
        /// Runs <paramref name="range"/> over <see cref="Ranges(int, long, int)"/> ranges of the items with
        /// <paramref name="tasks"/> - 1 pool threads and the calling thread, each taking the next range not yet taken until
        /// none is left (range i is [items*i/ranges, items*(i+1)/ranges)); returns when every range is done. The calling
        /// thread starts at once and never waits for a pool thread to start: if none comes, it does every range itself, so a
        /// call is never slower than the serial code by more than the hand-over. Not <see cref="Parallel.For(int, int, Action{int})"/>:
        /// its first call compiled about eight more methods and took 23.6 ms against 13.9 ms for the first call of a 2x2 max
        /// pool on [1,64,112,112] (docs/benchmarks.md). An exception from a range is thrown again here, after every range has
        /// finished.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void Ranges(int items, long inputPerItem, int tasks, Action<int, int> range)
        {
            var work = new RangeWork(range, items, Ranges(items, inputPerItem, tasks));
            for (int helper = 1; helper < tasks; helper++)
            {
                ThreadPool.UnsafeQueueUserWorkItem(work, preferLocal: false);
            }

            work.Execute();
            work.WaitForAll();
        }

        /// <summary>The shared state of one call's ranges: the next range to take and how many are done.</summary>
        private sealed class RangeWork : IThreadPoolWorkItem
        {
            private readonly Action<int, int> range;
            private readonly int items;
            private readonly int ranges;
            // Not disposed: the thread that ends the last range sets it after the count that the caller may already have
            // seen, so disposing it on return could make that Set throw; it holds a kernel event only if the caller blocked.
            private readonly ManualResetEventSlim finished = new ManualResetEventSlim(false, spinCount: 0);
            private int taken = -1;
            private int done;
            private Exception? error;

            /// <summary>The longest range the calling thread ran, in <see cref="Stopwatch"/> ticks.</summary>
            private long longestRange;

            /// <summary>The managed thread id of the thread that made the call.</summary>
            private readonly int callerThread = Environment.CurrentManagedThreadId;

            public RangeWork(Action<int, int> range, int items, int ranges)
            {
                this.range = range;
                this.items = items;
                this.ranges = ranges;
            }

            /// <summary>
            /// Takes ranges until none is left (a pool thread that starts after the last one was taken does nothing). The
            /// calling thread also times its ranges, for <see cref="WaitForAll"/>. One method for both, so that the calling
            /// thread's first call compiles everything a pool thread runs.
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public void Execute()
            {
                bool caller = Environment.CurrentManagedThreadId == callerThread;
                int next;
                while ((next = Interlocked.Increment(ref taken)) < ranges)
                {
                    long start = caller ? Stopwatch.GetTimestamp() : 0;
                    try
                    {
                        range((int)((long)items * next / ranges), (int)((long)items * (next + 1) / ranges));
                    }
                    catch (Exception exception)
                    {
                        Interlocked.CompareExchange(ref error, exception, null);
                    }
                    finally
                    {
                        if (caller)
                        {
                            longestRange = Math.Max(longestRange, Stopwatch.GetTimestamp() - start);
                        }

                        if (Interlocked.Increment(ref done) == ranges)
                        {
                            finished.Set();
                        }
                    }
                }
            }

            /// <summary>
            /// Waits until every range is done, then rethrows. When the caller runs out of ranges, every other thread is in
            /// its last one, which takes about as long as one of the caller's: the caller spins for up to twice its longest
            /// range (at most 1 ms) and only then blocks. A blocked caller is woken late: on a 2-core VM,
            /// 30 to 110 us after the last range ended, against ranges of 15 to 40 us for a 2x2 max pool on [1,64,112,112]
            /// (docs/benchmarks.md); the ten spins of <see cref="SpinWait"/> before it yields were too short to cover that.
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public void WaitForAll()
            {
                if (Volatile.Read(ref done) != ranges)
                {
                    long start = Stopwatch.GetTimestamp();
                    // At most 1 ms. Not a static field: its class constructor would be compiled at the first wait, in a later
                    // call than the first when the first call did not wait.
                    long limit = Math.Min(2 * longestRange, Stopwatch.Frequency / 1000);
                    while (Volatile.Read(ref done) != ranges)
                    {
                        if (Stopwatch.GetTimestamp() - start > limit)
                        {
                            finished.Wait();
                            break;
                        }

                        Thread.SpinWait(16);
                    }
                }

                if (error is not null)
                {
                    ExceptionDispatchInfo.Capture(error).Throw();
                }
            }
        }
    }
}
#endif
