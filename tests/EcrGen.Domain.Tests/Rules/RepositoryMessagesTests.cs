using System.Linq;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    /// <summary>The repository rules' exact messages (they tell the user the fix) and the edges of each condition.</summary>
    public class RepositoryMessagesTests
    {
        private static readonly Setting<CdkEnumValue> Destroy = Member(CdkMembers.RemovalPolicy.Destroy);
        private static readonly Setting<CdkEnumValue> Retain = Member(CdkMembers.RemovalPolicy.Retain);

        private static RuleViolation[] Validate(RepositorySpec spec) => RepositoryRules.Validate(spec).ToArray();

        private static RepositorySpec WithExclusion(params string?[] filters) => new RepositorySpec
        {
            ImageTagMutability = Member(CdkMembers.TagMutability.MutableWithExclusion),
            ImageTagMutabilityExclusionFilters = List(filters),
        };

        [Fact]
        public void ECR1007_messages_name_the_members_to_use()
        {
            var violations = Validate(new RepositorySpec
            {
                ImageTagMutability = UndefinedMember(7),
                RemovalPolicy = UndefinedMember(9),
                Encryption = Setting.Of(EncryptionKind.Unrecognized),
            });
            Assert.Equal(new[] { -1, -1, -1 }, violations.Select(v => v.Index));
            Assert.Equal(
                new[]
                {
                    "ImageTagMutability '7' is not a TagMutability member of the referenced Amazon.CDK.Lib: use TagMutability.MUTABLE or TagMutability.IMMUTABLE.",
                    "RemovalPolicy '9' is not a RemovalPolicy member of the referenced Amazon.CDK.Lib: use RemovalPolicy.DESTROY, RETAIN or another member.",
                    "Encryption is not a value the referenced Amazon.CDK.Lib knows: use AES256 or KMS.",
                },
                violations.Select(v => v.Message));
        }

        [Fact]
        public void ECR1007_known_encryptions_pass()
        {
            None(Validate(new RepositorySpec { Encryption = Setting.Of(EncryptionKind.Aes256) }));
            None(Validate(new RepositorySpec { Encryption = Setting.Of(EncryptionKind.Kms) }));
            None(Validate(new RepositorySpec { Encryption = Setting<EncryptionKind>.Unknown }));
        }

        [Fact]
        public void ECR1003_message_quotes_the_removal_policy_and_the_CDK_error()
        {
            const string Cdk = "the CDK throws \"Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'.\"";
            var notSet = Single(Validate(new RepositorySpec { EmptyOnDelete = Setting.Of(true) }), RuleIds.EmptyOnDeleteNeedsDestroy);
            Assert.Equal("EmptyOnDelete", notSet.Option);
            Assert.Equal(-1, notSet.Index);
            Assert.Equal($"EmptyOnDelete = true needs RemovalPolicy = RemovalPolicy.DESTROY (it is not set (RETAIN)); {Cdk}", notSet.Message);
            Assert.Equal(
                $"EmptyOnDelete = true needs RemovalPolicy = RemovalPolicy.DESTROY (it is RemovalPolicy.RETAIN); {Cdk}",
                Single(Validate(new RepositorySpec { EmptyOnDelete = Setting.Of(true), RemovalPolicy = Retain }), RuleIds.EmptyOnDeleteNeedsDestroy).Message);
        }

        [Fact]
        public void ECR1003_needs_a_known_true_and_a_known_policy_other_than_DESTROY()
        {
            None(Validate(new RepositorySpec { EmptyOnDelete = Setting.Of(false) }));
            None(Validate(new RepositorySpec { EmptyOnDelete = Setting<bool>.Unknown }));
            None(Validate(new RepositorySpec { EmptyOnDelete = Setting.Of(true), RemovalPolicy = Destroy }));
            None(Validate(new RepositorySpec { EmptyOnDelete = Setting.Of(true), RemovalPolicy = Setting<CdkEnumValue>.Unknown }));
        }

        [Fact]
        public void ECR1004_message_quotes_the_CDK_error_and_prefers_EmptyOnDelete()
        {
            var violation = Single(Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), RemovalPolicy = Retain }), RuleIds.AutoDeleteImagesNeedsDestroy);
            Assert.Equal("AutoDeleteImages", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Equal(
                "AutoDeleteImages = true needs RemovalPolicy = RemovalPolicy.DESTROY (it is RemovalPolicy.RETAIN); the CDK throws \"Cannot use 'autoDeleteImages' property on a repository without setting removal policy to 'DESTROY'.\" AutoDeleteImages is deprecated: prefer EmptyOnDelete = true.",
                violation.Message);
            Assert.Contains("(it is not set (RETAIN))", Single(Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true) }), RuleIds.AutoDeleteImagesNeedsDestroy).Message);
        }

        [Fact]
        public void ECR1004_needs_a_known_true_no_EmptyOnDelete_and_a_known_policy_other_than_DESTROY()
        {
            None(Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(false) }));
            None(Validate(new RepositorySpec { AutoDeleteImages = Setting<bool>.Unknown }));
            // In a CDK with EmptyOnDelete these two are T10 (ECR1030); a CDK without it shows R4 alone.
            None(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), RemovalPolicy = Destroy }, EmptyingOption.AutoDeleteImages));
            None(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), RemovalPolicy = Setting<CdkEnumValue>.Unknown }, EmptyingOption.AutoDeleteImages));
            None(Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), EmptyOnDelete = Setting<bool>.Unknown }));
        }

        [Fact]
        public void ECR1008_messages_say_what_happens_and_to_set_only_EmptyOnDelete()
        {
            // Next to W3 (EmptyOnDelete = false empties nothing), tested in RepositoryRulesTests.
            var ignored = SingleOf(Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), EmptyOnDelete = Setting.Of(false), RemovalPolicy = Destroy }), RuleIds.EmptyOnDeleteAndAutoDelete);
            Assert.Equal(-1, ignored.Index);
            Assert.Equal(
                "AutoDeleteImages = true next to EmptyOnDelete = false is silently ignored: the CDK skips AutoDeleteImages whenever EmptyOnDelete is set, even to false; set only EmptyOnDelete.",
                ignored.Message);

            var useless = Single(Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(false), EmptyOnDelete = Setting.Of(true), RemovalPolicy = Destroy }), RuleIds.EmptyOnDeleteAndAutoDelete);
            Assert.Equal("AutoDeleteImages", useless.Option);
            Assert.Equal("AutoDeleteImages = false next to EmptyOnDelete = true has no effect and should be removed; set only EmptyOnDelete.", useless.Message);

            Assert.Equal(
                "AutoDeleteImages = false next to EmptyOnDelete = false has no effect and should be removed; set only EmptyOnDelete.",
                Single(Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(false), EmptyOnDelete = Setting.Of(false) }), RuleIds.EmptyOnDeleteAndAutoDelete).Message);
        }

        [Fact]
        public void ECR1008_needs_both_known()
        {
            None(Validate(new RepositorySpec { AutoDeleteImages = Setting<bool>.Unknown, EmptyOnDelete = Setting.Of(false) }));
            None(Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(false), EmptyOnDelete = Setting<bool>.Unknown }));
        }

        [Fact]
        public void ECR1005_message_quotes_the_CDK_error()
        {
            var violation = Single(Validate(new RepositorySpec { Encryption = Setting.Of(EncryptionKind.Aes256), HasEncryptionKey = Setting.Of(true) }), RuleIds.EncryptionKeyNeedsKms);
            Assert.Equal(-1, violation.Index);
            Assert.Equal(
                "An encryption key is given, so Encryption must be KMS, not 'AES256'; the CDK throws \"encryptionKey is specified, so 'encryption' must be set to KMS (value: AES256)\".",
                violation.Message);
        }

        [Fact]
        public void ECR1006_message_quotes_the_pattern()
        {
            var violation = Single(Validate(new RepositorySpec { LifecycleRegistryId = Setting.Of("123") }), RuleIds.LifecycleRegistryId);
            Assert.Equal(-1, violation.Index);
            Assert.Equal("LifecycleRegistryId '123' is not a 12-digit AWS account id; CloudFormation rejects it at deploy (pattern ^[0-9]{12}$).", violation.Message);
            None(Validate(new RepositorySpec { LifecycleRegistryId = Setting<string>.Of(null!) }));
            None(Validate(new RepositorySpec { LifecycleRegistryId = Setting.Of("999999999999") }));
        }

        [Fact]
        public void ECR1009_filters_without_an_exclusion_mutability_say_which_mutability_it_is()
        {
            var immutable = Single(
                Validate(new RepositorySpec { ImageTagMutability = Member(CdkMembers.TagMutability.Immutable), ImageTagMutabilityExclusionFilters = List("dev-*") }),
                RuleIds.ExclusionFilters);
            Assert.Equal(-1, immutable.Index);
            Assert.Equal(
                "ImageTagMutabilityExclusionFilters need ImageTagMutability = IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION (it is TagMutability.IMMUTABLE).",
                immutable.Message);
            Assert.Equal(
                "ImageTagMutabilityExclusionFilters need ImageTagMutability = IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION (it is not set).",
                Single(Validate(new RepositorySpec { ImageTagMutabilityExclusionFilters = List("dev-*") }), RuleIds.ExclusionFilters).Message);
        }

        [Fact]
        public void ECR1009_an_undefined_mutability_is_R7_only()
        {
            Assert.Equal(new[] { RuleIds.UnknownTagMutability }, Ids(Validate(new RepositorySpec { ImageTagMutability = UndefinedMember(7), ImageTagMutabilityExclusionFilters = List("dev-*") })));
        }

        [Fact]
        public void ECR1009_either_exclusion_mutability_takes_filters_and_needs_them()
        {
            foreach (var member in new[] { CdkMembers.TagMutability.MutableWithExclusion, CdkMembers.TagMutability.ImmutableWithExclusion })
            {
                None(Validate(new RepositorySpec { ImageTagMutability = Member(member), ImageTagMutabilityExclusionFilters = List("dev-*") }));
                var missing = Single(Validate(new RepositorySpec { ImageTagMutability = Member(member) }), RuleIds.ExclusionFilters);
                Assert.Equal("ImageTagMutability", missing.Option);
                Assert.Equal(-1, missing.Index);
                Assert.Equal($"ImageTagMutability = TagMutability.{member} needs ImageTagMutabilityExclusionFilters (1 to 5 filters).", missing.Message);
            }
        }

        [Fact]
        public void ECR1009_filter_count_message()
        {
            var violation = Single(Validate(WithExclusion()), RuleIds.ExclusionFilters);
            Assert.Equal("ImageTagMutabilityExclusionFilters", violation.Option);
            Assert.Equal("ImageTagMutabilityExclusionFilters has 0 filters; it must contain between 1 and 5.", violation.Message);
            Assert.Equal(
                "ImageTagMutabilityExclusionFilters has 6 filters; it must contain between 1 and 5.",
                Single(Validate(WithExclusion("a", "b", "c", "d", "e", "f")), RuleIds.ExclusionFilters).Message);
        }

        [Fact]
        public void ECR1009_filter_messages_name_the_filter_and_the_problem()
        {
            var violations = Validate(WithExclusion("ok-*", "", "dev/*", new string('x', 129)));
            Assert.Equal(new[] { RuleIds.ExclusionFilters, RuleIds.ExclusionFilters, RuleIds.ExclusionFilters }, Ids(violations));
            Assert.All(violations, v => Assert.Equal("ImageTagMutabilityExclusionFilters", v.Option));
            Assert.All(violations, v => Assert.Equal(-1, v.Index));
            Assert.Equal(
                new[]
                {
                    "Exclusion filter 1 '' is empty.",
                    "Exclusion filter 2 'dev/*' contains '/': only letters, digits, '.', '_', '*' and '-' are allowed.",
                    $"Exclusion filter 3 '{new string('x', 129)}' has 129 characters; at most 128 are allowed.",
                },
                violations.Select(v => v.Message));
        }

        [Theory]
        [InlineData("0")]
        [InlineData("9")]
        [InlineData("a")]
        [InlineData("z")]
        [InlineData("A")]
        [InlineData("Z")]
        [InlineData(".")]
        [InlineData("_")]
        [InlineData("*")]
        [InlineData("-")]
        public void ECR1009_every_allowed_filter_character_passes(string pattern)
        {
            None(Validate(WithExclusion(pattern)));
        }

        [Theory]
        [InlineData("/")]
        [InlineData(":")]
        [InlineData("@")]
        [InlineData("[")]
        [InlineData("`")]
        [InlineData("{")]
        [InlineData("+")]
        [InlineData("é")]
        public void ECR1009_characters_just_outside_the_allowed_set_fail(string pattern)
        {
            Assert.Equal(
                $"Exclusion filter 0 'v{pattern}' contains '{pattern}': only letters, digits, '.', '_', '*' and '-' are allowed.",
                Single(Validate(WithExclusion("v" + pattern)), RuleIds.ExclusionFilters).Message);
        }

        [Fact]
        public void Violations_come_in_a_fixed_order()
        {
            // Name, then enum values, then deletion, encryption, registry id and exclusion filters.
            var ids = Ids(Validate(new RepositorySpec
            {
                RepositoryName = Setting.Of("A"),
                ImageTagMutability = UndefinedMember(7),
                EmptyOnDelete = Setting.Of(true),
                Encryption = Setting.Of(EncryptionKind.Aes256),
                HasEncryptionKey = Setting.Of(true),
                LifecycleRegistryId = Setting.Of("1"),
                ImageTagMutabilityExclusionFilters = List(""),
            }));
            Assert.Equal(RuleIds.UnknownTagMutability, ids.Single(id => id == RuleIds.UnknownTagMutability));
            var order = ids.Where(id => id != RuleIds.RepositoryNameLength && id != RuleIds.RepositoryNamePattern).ToArray();
            Assert.Equal(new[] { RuleIds.UnknownTagMutability, RuleIds.EmptyOnDeleteNeedsDestroy, RuleIds.EncryptionKeyNeedsKms, RuleIds.LifecycleRegistryId, RuleIds.ExclusionFilters }, order);
            Assert.True(ids.Length > order.Length, "the name violations come first");
            Assert.True(ids[0] == RuleIds.RepositoryNameLength || ids[0] == RuleIds.RepositoryNamePattern);
        }

        [Fact]
        public void Validate_rejects_a_null_spec()
        {
            Assert.Equal("spec", Assert.Throws<System.ArgumentNullException>(() => RepositoryRules.Validate(null!)).ParamName);
            Assert.Equal("spec", Assert.Throws<System.ArgumentNullException>(() => ImageReferenceRules.Validate(null!)).ParamName);
        }
    }
}
