using EcrGen.Domain;
using EcrGen.Domain.Specs;
using Microsoft.CodeAnalysis;

namespace EcrGen.SourceGenerators.Model
{
    /// <summary>
    /// An attribute argument's constant as a domain <see cref="Setting{T}"/>: a known value, not set (a <c>null</c> the CDK
    /// treats as absent), or unknown (an error constant, a value of the wrong type).
    /// </summary>
    internal static class TypedConstants
    {
        public static Setting<string> String(TypedConstant value)
        {
            if (value.Kind == TypedConstantKind.Error)
            {
                return Setting<string>.Unknown;
            }

            // The CDK treats null like an option not written.
            return value.Value is string text ? Setting.Of(text) : Setting<string>.NotSet;
        }

        public static Setting<bool> Bool(TypedConstant value)
            => value.Value is bool flag ? Setting.Of(flag) : Setting<bool>.Unknown;

        public static Setting<double> Number(TypedConstant value)
            => value.Value switch
            {
                int number => Setting.Of((double)number),
                long number => Setting.Of((double)number),
                double number => Setting.Of(number),
                _ => Setting<double>.Unknown,
            };

        public static Setting<EquatableArray<NullableString>> StringArray(TypedConstant value)
        {
            if (value.Kind == TypedConstantKind.Error)
            {
                return Setting<EquatableArray<NullableString>>.Unknown;
            }

            if (value.Kind != TypedConstantKind.Array || value.IsNull)
            {
                return Setting<EquatableArray<NullableString>>.NotSet;
            }

            var items = new NullableString[value.Values.Length];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = new NullableString(value.Values[i].Value as string);
            }

            return Setting.Of(new EquatableArray<NullableString>(items));
        }

        public static Setting<CdkEnumValue> Enum(TypedConstant value)
        {
            if (value.Kind != TypedConstantKind.Enum || value.Type is not INamedTypeSymbol enumType || value.Value is null)
            {
                return Setting<CdkEnumValue>.Unknown;
            }

            return CdkEnumValues.TryToLong(value.Value, out var raw) ? Setting.Of(CdkEnumValues.Of(enumType, raw)) : Setting<CdkEnumValue>.Unknown;
        }

        public static Setting<EncryptionKind> Encryption(TypedConstant value)
            => value.Value switch
            {
                1 => Setting.Of(EncryptionKind.Aes256),
                2 => Setting.Of(EncryptionKind.Kms),
                null => Setting<EncryptionKind>.Unknown,
                _ => Setting.Of(EncryptionKind.Unrecognized),
            };
    }
}
