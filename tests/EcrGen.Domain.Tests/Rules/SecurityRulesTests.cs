using System.Linq;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class SecurityRulesTests
    {
        private static readonly RepositorySpec Hardened = new RepositorySpec
        {
            ImageScanOnPush = Setting.Of(true),
            ImageTagMutability = Member(CdkMembers.TagMutability.Immutable),
            HasEncryptionKey = Setting.Of(true),
        };

        [Fact]
        public void A_hardened_repository_with_rules_is_clean()
        {
            None(SecurityRules.Validate(Hardened, knownToHaveNoLifecycleRule: false));
        }

        [Fact]
        public void A_bare_repository_breaks_all_four_controls()
        {
            var violations = SecurityRules.Validate(new RepositorySpec(), knownToHaveNoLifecycleRule: true).ToList();
            Assert.Equal(new[] { RuleIds.ScanOnPush, RuleIds.MutableTags, RuleIds.NoLifecycleRule, RuleIds.CustomerManagedKey }, Ids(violations));
            Assert.Equal(new[] { "ImageScanOnPush", "ImageTagMutability", "LifecycleRules", "EncryptionKey" }, violations.Select(v => v.Option).ToArray());
            Assert.Equal("The repository does not set ImageScanOnPush = true and the app configures no registry-level scanning; AWS deprecates the repository setting in favour of a CfnRegistryScanningConfiguration, which satisfies this control for every repository", violations[0].Message);
            Assert.Equal("The repository does not set ImageTagMutability = TagMutability.IMMUTABLE", violations[1].Message);
            Assert.Equal("The repository has no lifecycle rule", violations[2].Message);
            Assert.Equal("The repository is encrypted with AES256 (the default), not with a customer managed KMS key: set an EncryptionKey (Encryption KMS is then the default)", violations[3].Message);
            Assert.All(violations, v => Assert.Equal(-1, v.Index));
        }

        [Fact]
        public void Scan_on_push_written_false_is_reported_and_unknown_is_not()
        {
            Single(SecurityRules.Validate(Hardened with { ImageScanOnPush = Setting.Of(false) }, false), RuleIds.ScanOnPush);
            None(SecurityRules.Validate(Hardened with { ImageScanOnPush = Setting<bool>.Unknown }, false));
        }

        [Fact]
        public void ECR4002_registry_scanning_satisfies_scan_on_push()
        {
            None(SecurityRules.Validate(Hardened with { ImageScanOnPush = Setting<bool>.NotSet }, false, registryScanningConfigured: true));
            None(SecurityRules.Validate(Hardened with { ImageScanOnPush = Setting.Of(false) }, false, registryScanningConfigured: true));
            Single(SecurityRules.Validate(Hardened with { ImageScanOnPush = Setting<bool>.NotSet }, false, registryScanningConfigured: false), RuleIds.ScanOnPush);
        }

        [Fact]
        public void ECR4005_AES256_written_or_default_and_KMS_without_key_are_reported()
        {
            var written = Single(SecurityRules.Validate(Hardened with { HasEncryptionKey = Setting<bool>.NotSet, Encryption = Setting.Of(EncryptionKind.Aes256) }, false), RuleIds.CustomerManagedKey);
            Assert.Equal("Encryption", written.Option);
            var managed = Single(SecurityRules.Validate(Hardened with { HasEncryptionKey = Setting<bool>.NotSet, Encryption = Setting.Of(EncryptionKind.Kms) }, false), RuleIds.CustomerManagedKey);
            Assert.Equal("Encryption", managed.Option);
            Assert.Equal(-1, managed.Index);
            Assert.Equal("The repository uses KMS encryption without an EncryptionKey, so ECR encrypts it with the AWS managed key (aws/ecr), not a customer managed key", managed.Message);
            Single(SecurityRules.Validate(Hardened with { HasEncryptionKey = Setting.Of(false) }, false), RuleIds.CustomerManagedKey);
        }

        [Fact]
        public void ECR4005_a_key_a_maybe_key_an_unknown_encryption_and_other_rules_values_are_not_reported()
        {
            None(SecurityRules.Validate(Hardened, false));
            None(SecurityRules.Validate(Hardened with { HasEncryptionKey = Setting<bool>.Present }, false));
            None(SecurityRules.Validate(Hardened with { HasEncryptionKey = Setting<bool>.Unknown }, false));
            None(SecurityRules.Validate(Hardened with { HasEncryptionKey = Setting<bool>.NotSet, Encryption = Setting<EncryptionKind>.Unknown }, false));
            None(SecurityRules.Validate(Hardened with { Encryption = Setting.Of(EncryptionKind.Aes256) }, false)); // ECR1005
            None(SecurityRules.Validate(Hardened with { HasEncryptionKey = Setting<bool>.NotSet, Encryption = Setting.Of(EncryptionKind.KmsDsse) }, false)); // ECR1014
            None(SecurityRules.Validate(Hardened with { HasEncryptionKey = Setting<bool>.NotSet, Encryption = Setting.Of(EncryptionKind.Unrecognized) }, false)); // ECR1007
        }

        [Fact]
        public void Mutable_tags_written_are_reported_and_other_values_are_not()
        {
            Single(SecurityRules.Validate(Hardened with { ImageTagMutability = Member(CdkMembers.TagMutability.Mutable) }, false), RuleIds.MutableTags);
            None(SecurityRules.Validate(Hardened with { ImageTagMutability = Setting<CdkEnumValue>.Unknown }, false));
            None(SecurityRules.Validate(Hardened with { ImageTagMutability = Member(CdkMembers.TagMutability.ImmutableWithExclusion) }, false));
        }

        [Fact]
        public void An_allow_statement_reports_each_any_principal_by_index()
        {
            var statement = new PolicyStatementSpec { Principals = Principals(PrincipalKind.Specific, PrincipalKind.Any, PrincipalKind.Unknown, PrincipalKind.Any) };
            var violations = SecurityRules.ValidateStatement(statement, "AddToResourcePolicy(...)").ToList();
            Assert.Equal(new[] { 1, 3 }, violations.Select(v => v.Index).ToArray());
            Assert.All(violations, v => Assert.Equal(RuleIds.OpenPolicy, v.RuleId));
            Assert.All(violations, v => Assert.Equal("Principals", v.Option));
            Assert.Equal("AddToResourcePolicy(...) gives any principal ('*') access to the repository", violations[0].Message);
        }

        [Fact]
        public void A_written_allow_is_judged_like_the_default()
        {
            var statement = new PolicyStatementSpec { Effect = Member(CdkMembers.Effect.Allow), Principals = Principals(PrincipalKind.Any) };
            Single(SecurityRules.ValidateStatement(statement, "GrantPull(...)"), RuleIds.OpenPolicy);
        }

        [Fact]
        public void Deny_unknown_effects_and_unknown_principals_are_not_judged()
        {
            None(SecurityRules.ValidateStatement(new PolicyStatementSpec { Effect = Member(CdkMembers.Effect.Deny), Principals = Principals(PrincipalKind.Any) }, "x"));
            None(SecurityRules.ValidateStatement(new PolicyStatementSpec { Effect = Setting<CdkEnumValue>.Unknown, Principals = Principals(PrincipalKind.Any) }, "x"));
            None(SecurityRules.ValidateStatement(new PolicyStatementSpec { Principals = Setting<EquatableArray<PolicyPrincipal>>.Unknown }, "x"));
            None(SecurityRules.ValidateStatement(new PolicyStatementSpec { Principals = Principals(PrincipalKind.Specific, PrincipalKind.Unknown) }, "x"));
        }

        [Fact]
        public void Null_specs_are_refused()
        {
            Assert.Throws<System.ArgumentNullException>(() => SecurityRules.Validate(null!, false).ToList());
            Assert.Throws<System.ArgumentNullException>(() => SecurityRules.ValidateStatement(null!, "x").ToList());
        }

        private static Setting<EquatableArray<PolicyPrincipal>> Principals(params PrincipalKind[] kinds)
            => Setting.Of(new EquatableArray<PolicyPrincipal>(kinds.Select(kind => new PolicyPrincipal(kind))));
    }
}
