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
            Type[] kernels = typeof(KernelPathTests).Assembly.GetTypes()
                .Where(t => t.Namespace == "PoolGen.Generated")
                .ToArray();
            Assert.True(kernels.Length > 100, $"only {kernels.Length} generated kernel classes found");

            int vectorized = kernels.Count(t => t
                .GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
                .Any(m => m.ReturnType.IsGenericType &&
                          (m.ReturnType.GetGenericTypeDefinition() == typeof(Vector256<>) || m.ReturnType.GetGenericTypeDefinition() == typeof(Vector128<>))));
#if POOLGEN_SCALAR_KERNELS
            Assert.Equal(0, vectorized);
#else
            Assert.True(vectorized > kernels.Length / 2, $"only {vectorized} of {kernels.Length} kernels have a vector path");
#endif
        }
    }
}
