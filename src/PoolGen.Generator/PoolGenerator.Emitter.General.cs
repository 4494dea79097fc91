using PoolGen.Generator.Model;

namespace PoolGen.Generator
{
    public sealed partial class PoolGenerator
    {
        internal static partial class Emitter
        {
            /// <summary>The general kernel: any rank, either layout, every reduction and option.</summary>
            internal static class General
            {
                public static void EmitKernelClass(CodeWriter w, PoolMethodModel model)
                {
                    w.Line("// PoolGen: the general kernel is not written yet.");
                }
            }
        }
    }
}
