using System;

namespace PoolGen.Testing
{
    /// <summary>Thrown by <see cref="Compare"/> when actual values differ from the expected ones.</summary>
    public sealed class ComparisonException : Exception
    {
        /// <summary>Creates an exception with a default message.</summary>
        public ComparisonException()
            : base("The values differ.")
        {
        }

        /// <summary>Creates an exception with <paramref name="message"/>.</summary>
        public ComparisonException(string message)
            : base(message)
        {
        }

        /// <summary>Creates an exception with <paramref name="message"/> and an inner exception.</summary>
        public ComparisonException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
