using EcrGen.Domain;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.SourceGenerators.Generation;

namespace EcrGen.SourceGenerators.Model
{
    /// <summary>
    /// The value kinds of the option table (<see cref="AttributeOptions"/>): for each, how an attribute argument is read
    /// (<see cref="TypedConstants"/>), how the same CDK property is read from hand-written code (<see cref="OperationValues"/>,
    /// <see cref="CdkSpecReader"/>), and the C# the generated code passes (<see cref="CSharpLiteral"/>).
    /// </summary>
    internal static class OptionCodecs
    {
        public static readonly OptionCodec<string> String = new(TypedConstants.String, static (value, _) => OperationValues.String(value), CSharpLiteral.String);

        public static readonly OptionCodec<bool> Bool = new(TypedConstants.Bool, static (value, _) => OperationValues.Bool(value), CSharpLiteral.Bool);

        /// <summary>An <c>int</c> in the attribute, the CDK's <c>double</c>.</summary>
        public static readonly OptionCodec<double> Number = new(TypedConstants.Number, static (value, _) => OperationValues.Number(value), CSharpLiteral.Number);

        public static readonly OptionCodec<EquatableArray<NullableString>> StringArray = new(
            TypedConstants.StringArray, static (value, _) => OperationValues.StringList(value), CSharpLiteral.StringArray);

        /// <summary>Wildcard patterns in the attribute, <c>ImageTagMutabilityExclusionFilter.Wildcard(p)</c> objects in the CDK.</summary>
        public static readonly OptionCodec<EquatableArray<NullableString>> ExclusionFilters = new(
            TypedConstants.StringArray, static (value, _) => OperationValues.StringList(value, CdkSpecReader.ReadExclusionFilter), ExclusionFilterArray);

        /// <summary><c>EcrEncryption</c> in the attribute, <c>RepositoryEncryption.AES_256</c> / <c>.KMS</c> in the CDK; an unrecognised value is not passed.</summary>
        public static readonly OptionCodec<EncryptionKind> Encryption = new(
            TypedConstants.Encryption,
            static (value, cdk) => CdkSpecReader.ReadEncryption(value, cdk),
            static kind => kind switch
            {
                EncryptionKind.Aes256 => "global::Amazon.CDK.AWS.ECR.RepositoryEncryption.AES_256",
                EncryptionKind.Kms => "global::Amazon.CDK.AWS.ECR.RepositoryEncryption.KMS",
                _ => null,
            });

        /// <summary>A value of the CDK enum <paramref name="enumType"/> (<c>global::</c>-qualified), by member name.</summary>
        public static OptionCodec<CdkEnumValue> CdkEnum(string enumType)
            => new(TypedConstants.Enum, static (value, _) => OperationValues.Enum(value), value => CSharpLiteral.EnumValue(enumType, value));

        // ImageTagMutabilityExclusionFilters = new[] { "dev-*" } → the CDK's own filter objects.
        private static string ExclusionFilterArray(EquatableArray<NullableString> patterns)
        {
            const string Filter = "global::Amazon.CDK.AWS.ECR.ImageTagMutabilityExclusionFilter";
            var builder = new System.Text.StringBuilder("new " + Filter + "[] { ");
            for (var i = 0; i < patterns.Count; i++)
            {
                builder.Append(i == 0 ? string.Empty : ", ");
                builder.Append(Filter + ".Wildcard(").Append(patterns[i].Value is { } text ? CSharpLiteral.String(text) : "null!").Append(')');
            }

            return builder.Append(patterns.Count == 0 ? "}" : " }").ToString();
        }
    }
}
