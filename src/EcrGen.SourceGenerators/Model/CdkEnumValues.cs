using EcrGen.Domain;
using Microsoft.CodeAnalysis;

namespace EcrGen.SourceGenerators.Model
{
    /// <summary>
    /// Reads a value of one of the user's CDK enums by member name, for attribute arguments and hand-written code alike, so
    /// that a number naming no member (<c>(TagStatus)7</c>) is read the same way everywhere.
    /// </summary>
    internal static class CdkEnumValues
    {
        /// <summary>The member of <paramref name="enumType"/> whose value is <paramref name="raw"/>, or a nameless value.</summary>
        public static CdkEnumValue Of(INamedTypeSymbol enumType, long raw)
        {
            foreach (var member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && TryToLong(field.ConstantValue, out var value) && value == raw)
                {
                    return new CdkEnumValue(field.Name, raw);
                }
            }

            return new CdkEnumValue(null, raw);
        }

        /// <summary>An enum constant of any integral underlying type as a <c>long</c> (no exception for <c>ulong</c>).</summary>
        public static bool TryToLong(object? value, out long number)
        {
            switch (value)
            {
                case int i: number = i; return true;
                case long l: number = l; return true;
                case short s: number = s; return true;
                case byte b: number = b; return true;
                case sbyte sb: number = sb; return true;
                case ushort us: number = us; return true;
                case uint ui: number = ui; return true;
                case ulong ul: number = unchecked((long)ul); return true;
                default: number = 0; return false;
            }
        }
    }
}
