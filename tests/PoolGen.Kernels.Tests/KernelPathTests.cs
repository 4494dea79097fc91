using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Xunit.Abstractions;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// These tests are compiled twice: here with vector kernels, and in PoolGen.Kernels.Scalar.Tests with
    /// PoolGenVectorize=false. This checks that each build really got the path it is meant to test.
    /// </summary>
    public class KernelPathTests
    {
        private readonly ITestOutputHelper output;

        public KernelPathTests(ITestOutputHelper output) => this.output = output;

        /// <summary>The vector widths the JIT accelerates in this process: the widths whose paths these tests run.</summary>
        public static TheoryData<string> AcceleratedWidths() => new() { Accelerated() };

        private static string Accelerated()
        {
            var widths = new List<string>();
            if (Vector512.IsHardwareAccelerated)
            {
                widths.Add("512");
            }

            if (Vector256.IsHardwareAccelerated)
            {
                widths.Add("256");
            }

            if (Vector128.IsHardwareAccelerated)
            {
                widths.Add("128");
            }

            return widths.Count == 0 ? "none" : string.Join(", ", widths) + " bits";
        }

        /// <summary>
        /// Says which vector widths this run covers (the test's name holds them, and its output), and checks that they are
        /// the hardware's: with AVX-512 the 512-bit paths run, unless DOTNET_EnableAVX512=0 turns AVX-512 off (.ci/run's
        /// second run, for the 256-bit paths; .NET 10 ignores the older DOTNET_EnableAVX512F). The generated kernels have
        /// 512-bit paths in the vector build only.
        /// </summary>
        [Theory]
        [MemberData(nameof(AcceleratedWidths))]
        public void VectorWidthsThisRunCovers(string accelerated)
        {
            bool disabled = Environment.GetEnvironmentVariable("DOTNET_EnableAVX512") == "0";
            output.WriteLine($"Vector widths accelerated in this run: {accelerated} (Avx512F {Avx512F.IsSupported}, Avx2 {Avx2.IsSupported}, DOTNET_EnableAVX512={Environment.GetEnvironmentVariable("DOTNET_EnableAVX512") ?? "unset"}).");
            Assert.Equal(Accelerated(), accelerated);
            if (disabled)
            {
                Assert.False(Vector512.IsHardwareAccelerated || Avx512F.IsSupported, "DOTNET_EnableAVX512=0 should turn AVX-512 off, leaving the 512-bit paths out");
            }
            else
            {
                Assert.True(Vector512.IsHardwareAccelerated == Avx512F.IsSupported,
                    $"Avx512F.IsSupported is {Avx512F.IsSupported} but Vector512.IsHardwareAccelerated is {Vector512.IsHardwareAccelerated}: the 512-bit paths would {(Avx512F.IsSupported ? "not " : string.Empty)}run");
            }

            int wide = GeneratedKernels().Count(t => Methods(t).Any(m => Is512(m.ReturnType) || m.GetParameters().Any(p => Is512(p.ParameterType))));
#if POOLGEN_SCALAR_KERNELS
            Assert.Equal(0, wide);
#else
            Assert.True(wide > 20, $"only {wide} generated kernel classes have a 512-bit path");
#endif
            output.WriteLine($"Generated kernel classes with a 512-bit path: {wide}.");
        }

        private static Type[] GeneratedKernels() => typeof(KernelPathTests).Assembly.GetTypes().Where(t => t.Namespace == "PoolGen.Generated").ToArray();

        private static MethodInfo[] Methods(Type type) => type.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public);

        private static bool Is512(Type type) =>
            (type.IsByRef ? type.GetElementType()! : type) is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(Vector512<>);

        [Fact]
        public void KernelsTakeThePathThisProjectTests()
        {
            Type[] all = GeneratedKernels();

            // The backward passes and unpooling (Run takes gradOutput, or input and indices, first) are counted apart: their
            // scatters are scalar by plan; average backward's vector path is its AddRun (channels first) or AddQuotients.
            static bool IsOperation(Type t) => t.GetMethod("Run")?.GetParameters() is { Length: > 1 } p &&
                (p[0].Name == "gradOutput" || (p[0].Name == "input" && p[1].Name == "indices"));
            // Forward kernels that write indices are scalar by design (docs/semantics.md, "Vector and scalar code"): not counted.
            Type[] kernels = all.Where(t => !IsOperation(t))
                .Where(t => t.GetMethod("Run", BindingFlags.Static | BindingFlags.Public)?.GetParameters().All(p => p.Name != "indices") ?? true)
                .ToArray();
            int operationVectors = all.Where(IsOperation).Count(t => t.GetMethod("AddRun", BindingFlags.Static | BindingFlags.NonPublic) is not null ||
                t.GetMethod("AddQuotients", BindingFlags.Static | BindingFlags.NonPublic) is not null);
            Assert.True(kernels.Length > 100, $"only {kernels.Length} generated kernel classes found");

            // A kernel has a vector path when one of its methods returns or takes a Vector128/256/512, or Planes keeps one in a
            // local (the scalar float Max keeps a Vector128 local of its own, so only the locals of Planes count).
            int vectorized = kernels.Count(t => t
                .GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
                .Any(m => IsVector(m.ReturnType) ||
                          m.GetParameters().Any(p => IsVector(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)) ||
                          (m.Name == "Planes" && (m.GetMethodBody()?.LocalVariables.Any(l => IsVector(l.LocalType)) ?? false))));
#if POOLGEN_SCALAR_KERNELS
            Assert.Equal(0, vectorized);
            Assert.Equal(0, operationVectors);
#else
            Assert.True(vectorized > kernels.Length / 2, $"only {vectorized} of {kernels.Length} kernels have a vector path");
            Assert.True(operationVectors > 20, $"only {operationVectors} average backward kernels have a vector path");
#endif
        }

        private static bool IsVector(Type type) =>
            type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Vector512<>) || type.GetGenericTypeDefinition() == typeof(Vector256<>) || type.GetGenericTypeDefinition() == typeof(Vector128<>));
    }
}
