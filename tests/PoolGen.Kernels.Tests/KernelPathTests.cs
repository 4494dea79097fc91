using System;
using System.Linq;
using System.Reflection;
using System.Runtime.Intrinsics;

namespace PoolGen.Kernels.Tests
{
    /// <summary>
    /// These tests are compiled twice: here with vector kernels, and in PoolGen.Kernels.Scalar.Tests with
    /// PoolGenVectorize=false. This checks that each build really got the path it is meant to test.
    /// </summary>
    public class KernelPathTests
    {
        [Fact]
        public void KernelsTakeThePathThisProjectTests()
        {
            Type[] all = typeof(KernelPathTests).Assembly.GetTypes()
                .Where(t => t.Namespace == "PoolGen.Generated")
                .ToArray();

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

            // A kernel has a vector path when one of its methods returns or takes a Vector128/256, or Planes keeps one in a
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
            type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Vector256<>) || type.GetGenericTypeDefinition() == typeof(Vector128<>));
    }
}
