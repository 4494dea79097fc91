#if NET8_0_OR_GREATER
using System;
using System.ComponentModel;
using System.Threading.Tasks;

namespace PoolGen
{
    /// <summary>
    /// Support for kernels generated with <c>[Pool(Parallel = true)]</c>; not meant to be called directly.
    /// The generated code cannot hand a span to another thread, so this pins both spans for the duration of the
    /// call and gives each task spans over its own range of whole planes.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class PoolParallel
    {
        /// <summary>Fewer input elements per task than this are not worth a task of their own.</summary>
        public const int MinimumElementsPerTask = 16384;

        /// <summary>Pools <paramref name="planes"/> consecutive planes: <paramref name="input"/> holds planes x the input plane, <paramref name="output"/> planes x the output plane.</summary>
        public delegate void PlaneRange<T>(ReadOnlySpan<T> input, Span<T> output, int planes);

        /// <summary>
        /// Runs <paramref name="body"/> over ranges of whole planes, one range per task, at most one task per core.
        /// The caller has checked that the spans hold <paramref name="planes"/> planes.
        /// </summary>
        public static unsafe void ForPlanes<T>(ReadOnlySpan<T> input, int inputPlane, Span<T> output, int outputPlane, int planes, PlaneRange<T> body)
            where T : unmanaged
        {
            if (body is null)
            {
                throw new ArgumentNullException(nameof(body));
            }

            if (inputPlane < 1 || outputPlane < 1 || planes < 0 ||
                (long)planes * inputPlane > input.Length || (long)planes * outputPlane > output.Length)
            {
                throw new ArgumentException("The spans do not hold the planes described.");
            }

            long perTask = Math.Max(1, MinimumElementsPerTask / inputPlane);
            int tasks = (int)Math.Min(Math.Min(Environment.ProcessorCount, planes), Math.Max(1, planes / perTask));
            if (tasks <= 1)
            {
                body(input.Slice(0, planes * inputPlane), output.Slice(0, planes * outputPlane), planes);
                return;
            }

            fixed (T* source = input)
            fixed (T* destination = output)
            {
                // Addresses, not pointers, cross into the lambda; the spans stay pinned until Parallel.For returns.
                nint sourceAddress = (nint)source, destinationAddress = (nint)destination;
                Parallel.For(0, tasks, task =>
                {
                    int first = (int)((long)planes * task / tasks);
                    int end = (int)((long)planes * (task + 1) / tasks);
                    var taskInput = new ReadOnlySpan<T>((T*)sourceAddress + ((long)first * inputPlane), (end - first) * inputPlane);
                    var taskOutput = new Span<T>((T*)destinationAddress + ((long)first * outputPlane), (end - first) * outputPlane);
                    body(taskInput, taskOutput, end - first);
                });
            }
        }
    }
}
#endif
