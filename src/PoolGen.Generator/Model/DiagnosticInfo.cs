using Microsoft.CodeAnalysis;

namespace PoolGen.Generator.Model
{
    /// <summary>A diagnostic as plain data, turned into a <see cref="Diagnostic"/> only when it is reported.</summary>
    internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs)
            => new(descriptor, location, new EquatableArray<string>(messageArgs));

        public Diagnostic ToDiagnostic()
            => Diagnostic.Create(Descriptor, Location?.ToLocation(), MessageArgs.ToArrayOfObjects());
    }

    internal static class DiagnosticInfoExtensions
    {
        public static object?[] ToArrayOfObjects(this EquatableArray<string> args)
        {
            var result = new object?[args.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = args[i];
            }

            return result;
        }
    }
}
