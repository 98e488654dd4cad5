using EcrGen.Domain;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// Hand-written CDK props objects → the domain specs (the attribute side is <c>Model.RepositoryClassReader</c>). Only
    /// what the compiler knows becomes a known value; the rules themselves live in <c>EcrGen.Domain.Rules</c>.
    /// </summary>
    internal static class CdkSpecReader
    {
        /// <summary><c>new RepositoryProps { ... }</c>: every option of the attribute table, and the code-only <c>AutoDeleteImages</c>.</summary>
        public static RepositorySpec ReadRepository(WrittenObject props, CdkSymbols cdk)
            => ReadOptions(new RepositorySpec { AutoDeleteImages = props.Get("AutoDeleteImages", OperationValues.Bool) }, props, cdk);

        /// <summary><c>new LifecycleRule { ... }</c>.</summary>
        public static LifecycleRuleSpec ReadLifecycleRule(WrittenObject rule, CdkSymbols cdk)
        {
            var spec = ReadOptions(new LifecycleRuleSpec(), rule, cdk);

            // L17: a deploy-time token anywhere in an option (CfnParameter.ValueAsNumber, Token.AsString(...), Fn.Ref(...)).
            foreach (var site in rule.Sites)
            {
                if (site.Value is not null && ContainsDeployTimeValue(site.Value, cdk))
                {
                    spec = spec with { DeployTimeValueIn = Setting.Of(site.Name) };
                    break;
                }
            }

            return spec;
        }

        /// <summary><c>new RepositoryLookupOptions { ... }</c> (newer CDKs): the name, the ARN, and a deploy-time token in either.</summary>
        public static RepositoryLookupSpec ReadLookupOptions(WrittenObject options, CdkSymbols cdk)
        {
            var spec = new RepositoryLookupSpec
            {
                RepositoryName = options.Get("RepositoryName", OperationValues.String),
                RepositoryArn = options.Get("RepositoryArn", OperationValues.String),
            };

            foreach (var site in options.Sites)
            {
                if (site.Value is not null && ContainsDeployTimeValue(site.Value, cdk))
                {
                    return spec with { DeployTimeValueIn = Setting.Of(site.Name) };
                }
            }

            return spec;
        }

        /// <summary><c>new EcrImageCodeProps { ... }</c>.</summary>
        public static ImageReferenceSpec ReadImageCodeProps(WrittenObject props)
            => ReadOptions(new ImageReferenceSpec(), props, cdk: null);

        /// <summary>
        /// <paramref name="spec"/> with every CDK property of the attribute table's rows on <typeparamref name="TSpec"/> read
        /// from <paramref name="written"/>, each as its row says (<see cref="AttributeOption{TTarget}.ReadCode"/>): the code side
        /// reads what the attribute side reads, by construction.
        /// </summary>
        private static TSpec ReadOptions<TSpec>(TSpec spec, WrittenObject written, CdkSymbols? cdk)
        {
            foreach (var option in AttributeOptions.Of<TSpec>())
            {
                spec = option.ReadCode(spec, written, cdk);
            }

            return spec;
        }

        /// <summary>
        /// <c>MaxImageAge</c> as written: <c>Duration.Days(30)</c> → 30 days, <c>Duration.Hours(48)</c> → 2 days, a value in another
        /// unit that is not whole days is kept for its message, anything else is unknown (or present, when never <c>null</c>).
        /// </summary>
        internal static LifecycleRuleSpec ReadMaxImageAge(LifecycleRuleSpec spec, WrittenObject rule, CdkSymbols? cdk)
        {
            if (rule.Find(AttributeOptions.RuleMaxImageAgeDays.CdkName) is not { } age)
            {
                return spec;
            }

            spec = age.Value is null || cdk is null
                ? spec with { MaxImageAgeDays = Setting<double>.Unknown }
                : ReadAge(spec, age.Value, cdk);
            if (age.Value is not null && spec.MaxImageAgeDays.IsSet && !spec.MaxImageAgeDays.IsKnown && !spec.MaxImageAgeDays.IsPresent && rule.IsNeverNull(age.Value))
            {
                spec = spec with { MaxImageAgeDays = Setting<double>.Present };
            }

            return spec;
        }

        /// <summary>Whether <paramref name="value"/> holds a value CloudFormation only knows at deploy time.</summary>
        public static bool ContainsDeployTimeValue(IOperation value, CdkSymbols cdk)
        {
            if (IsDeployTimeValue(value, cdk))
            {
                return true;
            }

            foreach (var operation in value.Descendants())
            {
                if (IsDeployTimeValue(operation, cdk))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="value"/> is a token another construct of the app resolves at deploy time: an L1
        /// <c>Attr*</c> attribute, or an <c>*Arn</c> of a construct created here (<c>new Repository(...).RepositoryArn</c>,
        /// through a local of the block), or text built with <c>Aws.ACCOUNT_ID</c>, <c>Aws.REGION</c>, <c>Aws.PARTITION</c>.
        /// </summary>
        public static bool IsConstructAttribute(IOperation value, BlockIndex index, CdkSymbols cdk)
        {
            if (IsAttributeToken(OperationValues.Unwrap(value), index, cdk))
            {
                return true;
            }

            foreach (var operation in value.Descendants())
            {
                if (IsAttributeToken(operation, index, cdk))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAttributeToken(IOperation operation, BlockIndex index, CdkSymbols cdk)
        {
            if (operation is not IPropertyReferenceOperation { Property: var property } reference || !cdk.IsCdk(property))
            {
                return false;
            }

            if (property.IsStatic)
            {
                return property.ContainingType is { Name: "Aws", ContainingNamespace: { Name: "CDK", ContainingNamespace.Name: "Amazon" } };
            }

            if (property.Name.StartsWith("Attr", System.StringComparison.Ordinal))
            {
                return true; // CfnResource attributes are always tokens
            }

            return property.Name.EndsWith("Arn", System.StringComparison.Ordinal)
                && reference.Instance is { } instance
                && index.Resolve(instance) is IObjectCreationOperation { Type: { } type }
                && (cdk.IsCdk(type) || CdkSymbols.DerivesFrom(type, cdk.Repository));
        }

        // Duration.Days(30) → 30 days; Duration.Hours(48) → 2 days; Duration.Hours(36) → not whole days; anything else unknown.
        private static LifecycleRuleSpec ReadAge(LifecycleRuleSpec spec, IOperation value, CdkSymbols cdk)
        {
            if (OperationValues.IsNull(value))
            {
                return spec;
            }

            if (OperationValues.Unwrap(value) is not IInvocationOperation { TargetMethod: { IsStatic: true } method } invocation
                || !CdkSymbols.Is(method.ContainingType, cdk.Duration))
            {
                return spec with { MaxImageAgeDays = OperationValues.NotConstant<double>(value) };
            }

            if (invocation.Arguments.Length != 1
                || !OperationValues.Number(invocation.Arguments[0].Value).TryGetValue(out var amount))
            {
                // Duration.Days(days): the amount is unknown, but a Duration factory never returns null — the age is set.
                return spec with { MaxImageAgeDays = Setting<double>.Present };
            }

            double perDay;
            string unit;
            switch (method.Name)
            {
                case "Days": perDay = 1; unit = "days"; break;
                case "Hours": perDay = 24; unit = "hours"; break;
                case "Minutes": perDay = 24 * 60; unit = "minutes"; break;
                case "Seconds": perDay = 24 * 60 * 60; unit = "seconds"; break;
                case "Millis": perDay = 24 * 60 * 60 * 1000; unit = "millis"; break;
                default: return spec with { MaxImageAgeDays = Setting<double>.Present };
            }

            if (perDay == 1)
            {
                return spec with { MaxImageAgeDays = Setting.Of(amount) };
            }

            var days = amount / perDay;
            return days == System.Math.Floor(days)
                ? spec with { MaxImageAgeDays = Setting.Of(days) }
                : spec with { MaxImageAgeNotWholeDays = Setting.Of(OperationValues.Format(amount) + " " + unit) };
        }

        private static bool IsDeployTimeValue(IOperation operation, CdkSymbols cdk)
        {
            switch (operation)
            {
                case IPropertyReferenceOperation { Property: var property }:
                    return property.Name.StartsWith("ValueAs", System.StringComparison.Ordinal) && CdkSymbols.DerivesFrom(property.ContainingType, cdk.CfnParameter)
                        || (property.Name == "Value" && CdkSymbols.DerivesFrom(property.ContainingType, cdk.CfnParameter));
                case IInvocationOperation { TargetMethod: { IsStatic: true } method }:
                    return CdkSymbols.Is(method.ContainingType, cdk.Token) && method.Name.StartsWith("As", System.StringComparison.Ordinal)
                        || CdkSymbols.Is(method.ContainingType, cdk.Fn)
                        || CdkSymbols.Is(method.ContainingType, cdk.Lazy);
                default:
                    return false;
            }
        }

        /// <summary><c>RepositoryEncryption.AES_256</c>, <c>.KMS</c>, <c>.KMS_DSSE</c>; anything else unknown.</summary>
        internal static Setting<EncryptionKind> ReadEncryption(IOperation value, CdkSymbols? cdk)
        {
            if (OperationValues.IsNull(value))
            {
                return Setting<EncryptionKind>.NotSet;
            }

            if (cdk is not null
                && OperationValues.Unwrap(value) is IPropertyReferenceOperation { Property: { IsStatic: true } property }
                && CdkSymbols.Is(property.ContainingType, cdk.RepositoryEncryption))
            {
                switch (property.Name)
                {
                    case "AES_256": return Setting.Of(EncryptionKind.Aes256);
                    case "KMS": return Setting.Of(EncryptionKind.Kms);
                    case "KMS_DSSE": return Setting.Of(EncryptionKind.KmsDsse);
                }
            }

            return Setting<EncryptionKind>.Unknown;
        }

        // Newer CDKs: ImageTagMutabilityExclusionFilter.Wildcard("prod-*") -> its pattern. A pattern the factory rejects is
        // reported on the call itself (it throws there), so the list counts it as unknown rather than reporting it twice.
        internal static string? ReadExclusionFilter(IOperation element)
        {
            if (OperationValues.Unwrap(element) is IInvocationOperation { TargetMethod.IsStatic: true, Arguments.Length: 1 } invocation
                && OperationValues.String(invocation.Arguments[0].Value).TryGetValue(out var pattern))
            {
                return EcrGen.Domain.Rules.RepositoryRules.DescribeExclusionFilterProblem(pattern) is null ? pattern : null;
            }

            return OperationValues.String(element) is { IsKnown: true } text ? text.Value : null;
        }
    }
}
