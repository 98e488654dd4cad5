using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// The opt-in security pack (ECR4001–ECR4005; off by default, each enabled in .editorconfig): what AWS Security Hub's ECR
    /// controls and cdk-nag flag on a repository. Judged on the same specs as every other rule, for attributes and code alike.
    /// </summary>
    public static class SecurityRules
    {
        /// <summary>
        /// ECR4002 (scan on push not enabled: Security Hub ECR.1), ECR4003 (tags mutable, the default: ECR.2), ECR4004 (no
        /// lifecycle rule: ECR.3) and ECR4005 (no customer managed KMS key: ECR.5) for one repository.
        /// <paramref name="knownToHaveNoLifecycleRule"/> is <c>true</c> only where no rule can be added out of sight (a
        /// repository whose rules are all visible); <paramref name="registryScanningConfigured"/> is <c>true</c> when the app
        /// configures scanning for the whole registry (<c>CfnRegistryScanningConfiguration</c>), which satisfies ECR.1 without
        /// the repository-level setting AWS is deprecating. A value not known is never reported.
        /// </summary>
        public static IEnumerable<RuleViolation> Validate(RepositorySpec spec, bool knownToHaveNoLifecycleRule, bool registryScanningConfigured = false)
        {
            if (spec is null)
            {
                throw new System.ArgumentNullException(nameof(spec));
            }

            var violations = default(ViolationList);
            var scan = spec.ImageScanOnPush;
            if (!registryScanningConfigured && (!scan.IsSet || (scan.IsKnown && !scan.Value)))
            {
                violations.Add(
                    RuleIds.ScanOnPush,
                    "ImageScanOnPush",
                    -1,
                    "The repository does not set ImageScanOnPush = true and the app configures no registry-level scanning; AWS deprecates the repository setting in favour of a CfnRegistryScanningConfiguration, which satisfies this control for every repository");
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

            CheckCustomerManagedKey(spec, ref violations);
            return violations.ToResult();
        }

        // ECR4005 (Security Hub ECR.5): encrypted with a customer managed KMS key, that is KMS (written, or the default once a
        // key is given) with an EncryptionKey. Not judged: a key or encryption the compiler does not know, and the values
        // other rules reject (a key with AES256 is ECR1005, KMS_DSSE on the L2 is ECR1014).
        private static void CheckCustomerManagedKey(RepositorySpec spec, ref ViolationList violations)
        {
            var key = spec.HasEncryptionKey;
            var encryption = spec.Encryption;
            if ((key.IsSet && !(key.IsKnown && !key.Value)) || (encryption.IsSet && !encryption.IsKnown))
            {
                return; // a key is given, or may be
            }

            var kind = encryption.IsSet ? encryption.Value : EncryptionKind.Aes256;
            if (kind == EncryptionKind.Kms)
            {
                violations.Add(
                    RuleIds.CustomerManagedKey,
                    "Encryption",
                    -1,
                    "The repository uses KMS encryption without an EncryptionKey, so ECR encrypts it with the AWS managed key (aws/ecr), not a customer managed key");
            }
            else if (kind == EncryptionKind.Aes256)
            {
                violations.Add(
                    RuleIds.CustomerManagedKey,
                    encryption.IsSet ? "Encryption" : "EncryptionKey",
                    -1,
                    "The repository is encrypted with AES256 (the default), not with a customer managed KMS key: set an EncryptionKey (Encryption KMS is then the default)");
            }
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
