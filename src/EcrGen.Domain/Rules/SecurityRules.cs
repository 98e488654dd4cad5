using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// The opt-in security pack (ECR4001–ECR4004; off by default, each enabled in .editorconfig): what AWS Security Hub's ECR
    /// controls and cdk-nag flag on a repository. Judged on the same specs as every other rule, for attributes and code alike.
    /// </summary>
    public static class SecurityRules
    {
        /// <summary>
        /// ECR4002 (scan on push not enabled: Security Hub ECR.1), ECR4003 (tags mutable, the default: ECR.2) and ECR4004 (no
        /// lifecycle rule: ECR.3) for one repository. <paramref name="knownToHaveNoLifecycleRule"/> is <c>true</c> only where
        /// no rule can be added out of sight (a repository whose rules are all visible); a value not known is never reported.
        /// </summary>
        public static IEnumerable<RuleViolation> Validate(RepositorySpec spec, bool knownToHaveNoLifecycleRule)
        {
            if (spec is null)
            {
                throw new System.ArgumentNullException(nameof(spec));
            }

            var violations = default(ViolationList);
            var scan = spec.ImageScanOnPush;
            if (!scan.IsSet || (scan.IsKnown && !scan.Value))
            {
                violations.Add(
                    RuleIds.ScanOnPush,
                    "ImageScanOnPush",
                    -1,
                    "The repository does not set ImageScanOnPush = true");
            }

            var mutability = spec.ImageTagMutability;
            if (!mutability.IsSet || (mutability.TryGetValue(out var value) && value.Is(CdkMembers.TagMutability.Mutable)))
            {
                violations.Add(
                    RuleIds.MutableTags,
                    "ImageTagMutability",
                    -1,
                    "The repository does not set ImageTagMutability = TagMutability.IMMUTABLE");
            }

            if (knownToHaveNoLifecycleRule)
            {
                violations.Add(
                    RuleIds.NoLifecycleRule,
                    "LifecycleRules",
                    -1,
                    "The repository has no lifecycle rule");
            }

            return violations.ToResult();
        }

        /// <summary>
        /// ECR4001 (cdk-nag AwsSolutions-ECR1): each principal of an <c>Allow</c> statement that lets anyone in, with its index in
        /// <see cref="PolicyStatementSpec.Principals"/>. A <c>Deny</c>, an effect not known, or principals not known: nothing.
        /// <paramref name="where"/> names the policy in the message (<c>AddToResourcePolicy(...)</c>, <c>GrantPull(...)</c>).
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateStatement(PolicyStatementSpec statement, string where)
        {
            if (statement is null)
            {
                throw new System.ArgumentNullException(nameof(statement));
            }

            var effect = statement.Effect;
            if (effect.IsSet && !(effect.TryGetValue(out var value) && value.Is(CdkMembers.Effect.Allow)))
            {
                return System.Array.Empty<RuleViolation>();
            }

            if (!statement.Principals.TryGetValue(out var principals))
            {
                return System.Array.Empty<RuleViolation>();
            }

            var violations = default(ViolationList);
            for (var i = 0; i < principals.Count; i++)
            {
                if (principals[i].Kind == PrincipalKind.Any)
                {
                    violations.Add(
                        RuleIds.OpenPolicy,
                        "Principals",
                        i,
                        $"{where} gives any principal ('*') access to the repository");
                }
            }

            return violations.ToResult();
        }
    }
}
