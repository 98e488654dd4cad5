using System;

namespace EcrGen.Domain.Specs
{
    /// <summary>A list element: a known string, or <c>null</c> when the compiler does not know it (or it is a literal null).</summary>
    public readonly record struct NullableString(string? Value) : IEquatable<NullableString>
    {
        /// <summary>Converts from a string.</summary>
        public static implicit operator NullableString(string? value) => new NullableString(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? "<unknown>";
    }
}
