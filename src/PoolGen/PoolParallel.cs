#if NET8_0_OR_GREATER
using System;
using System.Collections.Concurrent;
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
        /// <paramref name="tasks"/> tasks: up to <see cref="RangesPerTask"/> per task, so that a core that starts late (a helper
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
        /// <paramref name="tasks"/> - 1 helper threads (<see cref="Helpers"/>) and the calling thread (range i is
        /// [items*i/ranges, items*(i+1)/ranges)); returns when every range is done. Each thread has a home block of
        /// consecutive ranges (the calling thread the first, the helpers the others, in the order they start) and takes its
        /// own ranges from the front; a thread whose block is empty takes the last range left in another's block. So each
        /// thread works on the same part of the data from call to call, and its caches keep that part (docs/benchmarks.md).
        /// The calling thread starts at once and never waits for a helper to start: if none comes, it does every range
        /// itself, so a call is never slower than the serial code by more than the hand-over. Not
        /// <see cref="Parallel.For(int, int, Action{int})"/>: its first call compiled about eight more methods and took
        /// 23.6 ms against 13.9 ms for the first call of a 2x2 max pool on [1,64,112,112] (docs/benchmarks.md). An exception
        /// from a range is thrown again here, after every range has finished.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void Ranges(int items, long inputPerItem, int tasks, Action<int, int> range)
        {
            var work = new RangeWork(range, items, Ranges(items, inputPerItem, tasks), tasks);
            Helpers.Post(work, tasks - 1);
            work.Execute();
            work.WaitForAll();
        }

        /// <summary>
        /// PoolGen's own helper threads (one per core but one, started as the calls first need them), not the .NET thread
        /// pool's. On 2 cores the pool kept two worker threads awake for one item per call, taking the calls' items in turn:
        /// in the slow fresh processes, calls 2 to 11 ran ranges up to 5 times slower than warm, or none on a pool thread at
        /// all, and in one traced process the two workers spent 1.5 and 1.8 ms waiting for a core during those calls while
        /// the caller waited none (docs/benchmarks.md). A helper that runs out of work spins for
        /// <see cref="SpinMicroseconds"/> before it blocks, so that back-to-back calls find it awake; a call wakes only as
        /// many blocked helpers as it has work for.
        /// </summary>
        private static class Helpers
        {
            /// <summary>How long a helper that has run out of work looks for more before it blocks.</summary>
            private const int SpinMicroseconds = 100;

            private static readonly ConcurrentQueue<RangeWork> Queue = new ConcurrentQueue<RangeWork>();
            private static readonly SemaphoreSlim Wake = new SemaphoreSlim(0);
            private static readonly object StartLock = new object();
            private static int started;

            /// <summary>How many helpers are blocked (or about to block) on <see cref="Wake"/> and not yet woken.</summary>
            private static int sleeping;

            /// <summary>
            /// Queues <paramref name="work"/> for <paramref name="count"/> helpers, starts helpers up to that many, and wakes
            /// as many blocked ones as it can use.
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public static void Post(RangeWork work, int count)
            {
                for (int i = 0; i < count; i++)
                {
                    Queue.Enqueue(work);
                }

                if (Volatile.Read(ref started) < count)
                {
                    Start(count);
                }

                int woken = ClaimSleepers(count);
                if (woken > 0)
                {
                    Wake.Release(woken);
                }
            }

            private static void Start(int count)
            {
                lock (StartLock)
                {
                    for (int helper = started; helper < count; helper++)
                    {
                        new Thread(Run) { IsBackground = true, Name = "PoolGen helper" }.Start();
                        Volatile.Write(ref started, helper + 1);
                    }
                }
            }

            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            private static void Run()
            {
                long spin = Stopwatch.Frequency * SpinMicroseconds / 1_000_000;
                while (true)
                {
                    if (Queue.TryDequeue(out RangeWork? work))
                    {
                        work.Execute();
                        continue;
                    }

                    long start = Stopwatch.GetTimestamp();
                    while (Queue.IsEmpty && Stopwatch.GetTimestamp() - start < spin)
                    {
                        Thread.SpinWait(16);
                    }

                    if (!Queue.IsEmpty)
                    {
                        continue;
                    }

                    // Counted as sleeping before the last look, so that a call that queues after that look sees it and wakes it.
                    Interlocked.Increment(ref sleeping);
                    if (Queue.IsEmpty)
                    {
                        Wake.Wait();
                    }
                    else if (ClaimSleepers(1) == 0)
                    {
                        Wake.Wait(); // A call has claimed this helper and released Wake for it: take that release.
                    }
                }
            }

            /// <summary>
            /// Takes up to <paramref name="most"/> from <see cref="sleeping"/> and says how many it took: a call claims the
            /// sleepers it wakes, a helper that found work after counting itself takes its count back. Each claim by a call
            /// is one release of <see cref="Wake"/>, taken by a helper that counted itself and did not take its count back.
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            private static int ClaimSleepers(int most)
            {
                int seen;
                while ((seen = Volatile.Read(ref sleeping)) > 0)
                {
                    int claimed = Math.Min(seen, most);
                    if (Interlocked.CompareExchange(ref sleeping, seen - claimed, seen) == seen)
                    {
                        return claimed;
                    }
                }

                return 0;
            }
        }

        /// <summary>The shared state of one call's ranges: each thread's block of ranges not yet taken, and how many are done.</summary>
        private sealed class RangeWork
        {
            private readonly Action<int, int> range;
            private readonly int items;
            private readonly int ranges;
            // Not disposed: the thread that ends the last range sets it after the count that the caller may already have
            // seen, so disposing it on return could make that Set throw; it holds a kernel event only if the caller blocked.
            private readonly ManualResetEventSlim finished = new ManualResetEventSlim(false, spinCount: 0);

            /// <summary>
            /// Block b's ranges not yet taken, [next, end), as next &lt;&lt; 32 | end: its thread takes next, another thread
            /// end - 1, each by one compare-exchange of both.
            /// </summary>
            private readonly long[] blocks;
            private int started;
            private int done;
            private Exception? error;

            /// <summary>The longest range the calling thread ran, in <see cref="Stopwatch"/> ticks.</summary>
            private long longestRange;

            /// <summary>The managed thread id of the thread that made the call.</summary>
            private readonly int callerThread = Environment.CurrentManagedThreadId;

            public RangeWork(Action<int, int> range, int items, int ranges, int tasks)
            {
                this.range = range;
                this.items = items;
                this.ranges = ranges;
                blocks = new long[tasks];
                for (int b = 0; b < tasks; b++)
                {
                    blocks[b] = ((long)(ranges * b / tasks) << 32) | (uint)(ranges * (b + 1) / tasks);
                }
            }

            /// <summary>
            /// Takes ranges until none is left: its own block's from the front, then the others' from the back (a helper that
            /// starts after the last one was taken does nothing). The calling thread also times its ranges, for
            /// <see cref="WaitForAll"/>. One method for both, so that the calling thread's first call compiles everything a
            /// helper runs of it.
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public void Execute()
            {
                bool caller = Environment.CurrentManagedThreadId == callerThread;
                // The calling thread's block is the first; helpers take the others in the order they start.
                int home = caller ? 0 : Interlocked.Increment(ref started) % blocks.Length;
                int next;
                while ((next = Take(home)) >= 0)
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
            /// The next range for the thread of block <paramref name="home"/>: the first of its own block, else the last of
            /// the next block (in turn) that has one; -1 when every block is empty.
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            private int Take(int home)
            {
                for (int turn = 0; turn < blocks.Length; turn++)
                {
                    int b = (home + turn) % blocks.Length;
                    long seen = Volatile.Read(ref blocks[b]);
                    while ((int)(seen >> 32) < (int)seen)
                    {
                        int next = (int)(seen >> 32), end = (int)seen;
                        long taken = turn == 0 ? ((long)(next + 1) << 32) | (uint)end : ((long)next << 32) | (uint)(end - 1);
                        long found = Interlocked.CompareExchange(ref blocks[b], taken, seen);
                        if (found == seen)
                        {
                            return turn == 0 ? next : end - 1;
                        }

                        seen = found;
                    }
                }

                return -1;
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
