namespace PoolGen.CodeFixes
{
    /// <summary>
    /// The ids of the generator's diagnostics that have a code fix (see src/PoolGen.Generator/DiagnosticDescriptors.cs;
    /// this assembly does not reference the generator, so the ids are repeated here and the tests run the real generator).
    /// </summary>
    internal static class DiagnosticIds
    {
        public const string PaddingTooLarge = "PG0006";
        public const string MethodNotPartial = "PG0009";
        public const string MethodHasBody = "PG0010";
        public const string InvalidSpanParameters = "PG0012";
        public const string InvalidDimensionParameter = "PG0014";
        public const string MisorderedDimensionParameter = "PG0015";
        public const string ContainingTypeNotPartial = "PG0019";
        public const string AdaptiveWithWindow = "PG0053";
        public const string QuantizationNotSupported = "PG0057";
        public const string IncompleteQuantization = "PG0058";
        public const string QuantizedAverageOption = "PG0059";
    }
}
