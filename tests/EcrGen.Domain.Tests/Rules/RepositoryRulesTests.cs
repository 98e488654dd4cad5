using System.Linq;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class RepositoryRulesTests
    {
        private static readonly Setting<CdkEnumValue> Destroy = Member(CdkMembers.RemovalPolicy.Destroy);
        private static readonly Setting<CdkEnumValue> Retain = Member(CdkMembers.RemovalPolicy.Retain);

        [Fact]
        public void An_empty_spec_is_valid()
        {
            None(RepositoryRules.Validate(new RepositorySpec()));
        }

        [Fact]
        public void A_fully_valid_spec_is_valid()
        {
            None(RepositoryRules.Validate(new RepositorySpec
            {
                RepositoryName = Setting.Of("team/app"),
                ImageScanOnPush = Setting.Of(true),
                ImageTagMutability = Member(CdkMembers.TagMutability.Immutable),
                RemovalPolicy = Destroy,
                EmptyOnDelete = Setting.Of(true),
                LifecycleRegistryId = Setting.Of("123456789012"),
                Encryption = Setting.Of(EncryptionKind.Kms),
                HasEncryptionKey = Setting.Of(true),
            }));
        }

        [Fact]
        public void ECR1014_KMS_DSSE_is_reported_on_Encryption_and_the_other_kinds_are_not()
        {
            var violation = Assert.Single(RepositoryRules.Validate(new RepositorySpec { Encryption = Setting.Of(EncryptionKind.KmsDsse), HasEncryptionKey = Setting.Of(true) }));
            Assert.Equal(RuleIds.DualLayerEncryption, violation.RuleId);
            Assert.Equal("Encryption", violation.Option);
            Assert.Contains("Unexpected 'encryptionType'", violation.Message, System.StringComparison.Ordinal);
            None(RepositoryRules.Validate(new RepositorySpec { Encryption = Setting.Of(EncryptionKind.Kms) }));
            None(RepositoryRules.Validate(new RepositorySpec { Encryption = Setting.Of(EncryptionKind.Aes256) }));
            None(RepositoryRules.Validate(new RepositorySpec { Encryption = Setting<EncryptionKind>.Unknown }));
        }

        [Fact]
        public void ECR1001_ECR1002_name_rules_are_included()
        {
            Assert.Equal(new[] { RuleIds.RepositoryNamePattern }, Ids(RepositoryRules.Validate(new RepositorySpec { RepositoryName = Setting.Of("MyTeam/App") })));
            Assert.Equal(new[] { RuleIds.RepositoryNameLength }, Ids(RepositoryRules.Validate(new RepositorySpec { RepositoryName = Setting.Of("a") })));
        }

        [Fact]
        public void ECR1003_EmptyOnDelete_without_removal_policy_is_reported()
        {
            var violation = Single(RepositoryRules.Validate(new RepositorySpec { EmptyOnDelete = Setting.Of(true) }), RuleIds.EmptyOnDeleteNeedsDestroy);
            Assert.Equal("EmptyOnDelete", violation.Option);
            Assert.Contains("Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'.", violation.Message);
        }

        [Fact]
        public void ECR1003_EmptyOnDelete_with_RETAIN_is_reported_and_with_DESTROY_is_not()
        {
            Single(RepositoryRules.Validate(new RepositorySpec { EmptyOnDelete = Setting.Of(true), RemovalPolicy = Retain }), RuleIds.EmptyOnDeleteNeedsDestroy);
            None(RepositoryRules.Validate(new RepositorySpec { EmptyOnDelete = Setting.Of(true), RemovalPolicy = Destroy }));
        }

        [Fact]
        public void ECR1010_DESTROY_without_EmptyOnDelete_is_reported_on_RemovalPolicy_with_its_fix()
        {
            var violation = Single(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy }), RuleIds.DestroyWithoutEmptyOnDelete);
            Assert.Equal("RemovalPolicy", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Equal(
                "RemovalPolicy.DESTROY without EmptyOnDelete: deleting the stack fails once the repository holds images (ECR: \"cannot be deleted because it still contains images\"); set EmptyOnDelete = true so the CDK empties the repository first, or keep RETAIN.",
                violation.Message);
            Assert.Equal(FixHint.Set("EmptyOnDelete", "true"), violation.Fix);
        }

        [Fact]
        public void ECR1010_a_CDK_before_EmptyOnDelete_is_told_AutoDeleteImages_and_one_with_neither_nothing()
        {
            var violation = Single(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy }, EmptyingOption.AutoDeleteImages), RuleIds.DestroyWithoutEmptyOnDelete);
            Assert.StartsWith("RemovalPolicy.DESTROY without AutoDeleteImages:", violation.Message);
            Assert.Equal(FixHint.Set("AutoDeleteImages", "true"), violation.Fix);
            None(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy }, EmptyingOption.None));
        }

        [Fact]
        public void ECR1010_EmptyOnDelete_written_as_false_is_the_default_spelled_out_and_is_reported()
        {
            var violation = Single(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy, EmptyOnDelete = Setting.Of(false) }), RuleIds.DestroyWithoutEmptyOnDelete);
            Assert.Equal("RemovalPolicy", violation.Option);
            Assert.Equal(
                "RemovalPolicy.DESTROY and EmptyOnDelete = false: deleting the stack fails once the repository holds images (ECR: \"cannot be deleted because it still contains images\"); set EmptyOnDelete = true so the CDK empties the repository first, or keep RETAIN.",
                violation.Message);
            Assert.Equal(FixHint.Set("EmptyOnDelete", "true"), violation.Fix);
        }

        [Fact]
        public void ECR1010_AutoDeleteImages_false_or_ignored_next_to_EmptyOnDelete_false_empties_nothing()
        {
            var older = Single(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy, AutoDeleteImages = Setting.Of(false) }, EmptyingOption.AutoDeleteImages), RuleIds.DestroyWithoutEmptyOnDelete);
            Assert.StartsWith("RemovalPolicy.DESTROY and AutoDeleteImages = false:", older.Message);
            Assert.Equal(FixHint.Set("AutoDeleteImages", "true"), older.Fix);

            // In a CDK with EmptyOnDelete, AutoDeleteImages = false is told to use EmptyOnDelete.
            var newer = Single(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy, AutoDeleteImages = Setting.Of(false) }), RuleIds.DestroyWithoutEmptyOnDelete);
            Assert.StartsWith("RemovalPolicy.DESTROY and AutoDeleteImages = false:", newer.Message);
            Assert.Equal(FixHint.Set("EmptyOnDelete", "true"), newer.Fix);

            // R8: AutoDeleteImages = true is ignored once EmptyOnDelete is set, so EmptyOnDelete = false still empties nothing.
            var ids = Ids(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy, EmptyOnDelete = Setting.Of(false), AutoDeleteImages = Setting.Of(true) }));
            Assert.Equal(new[] { RuleIds.EmptyOnDeleteAndAutoDelete, RuleIds.DestroyWithoutEmptyOnDelete }, ids);
        }

        [Fact]
        public void ECR1010_an_option_that_may_be_true_or_another_policy_is_not_reported()
        {
            None(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy, EmptyOnDelete = Setting.Of(true) }));
            None(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy, EmptyOnDelete = Setting<bool>.Unknown }));
            None(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy, EmptyOnDelete = Setting<bool>.Present }));
            Assert.DoesNotContain(RuleIds.DestroyWithoutEmptyOnDelete, Ids(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy, AutoDeleteImages = Setting.Of(true) })));
            None(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy, AutoDeleteImages = Setting<bool>.Unknown }, EmptyingOption.AutoDeleteImages));
            Assert.DoesNotContain(RuleIds.DestroyWithoutEmptyOnDelete, Ids(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy, AutoDeleteImages = Setting.Of(true) }))); // T10 instead
            None(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Retain }));
            None(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Setting<CdkEnumValue>.Unknown }));
            None(RepositoryRules.Validate(new RepositorySpec()));
        }

        [Fact]
        public void Presence_ECR1008_EmptyOnDelete_and_AutoDeleteImages_present_with_unknown_values_is_reported()
        {
            var violation = Single(
                RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy, EmptyOnDelete = Setting<bool>.Present, AutoDeleteImages = Setting<bool>.Present }),
                RuleIds.EmptyOnDeleteAndAutoDelete);
            Assert.Equal("AutoDeleteImages next to EmptyOnDelete is silently ignored: the CDK skips AutoDeleteImages whenever EmptyOnDelete is set, even to false; set only EmptyOnDelete.", violation.Message);
            None(RepositoryRules.Validate(new RepositorySpec { RemovalPolicy = Destroy, EmptyOnDelete = Setting<bool>.Unknown, AutoDeleteImages = Setting<bool>.Present }));
        }

        [Fact]
        public void Presence_ECR1005_a_key_present_but_unknown_with_AES256_is_reported_and_a_key_that_may_be_null_is_not()
        {
            Single(RepositoryRules.Validate(new RepositorySpec { HasEncryptionKey = Setting<bool>.Present, Encryption = Setting.Of(EncryptionKind.Aes256) }), RuleIds.EncryptionKeyNeedsKms);
            None(RepositoryRules.Validate(new RepositorySpec { HasEncryptionKey = Setting<bool>.Unknown, Encryption = Setting.Of(EncryptionKind.Aes256) }));
        }

        [Fact]
        public void ECR1003_EmptyOnDelete_false_needs_nothing()
        {
            None(RepositoryRules.Validate(new RepositorySpec { EmptyOnDelete = Setting.Of(false) }));
        }

        [Fact]
        public void ECR1003_unknown_values_are_not_flagged()
        {
            None(RepositoryRules.Validate(new RepositorySpec { EmptyOnDelete = Setting<bool>.Unknown }));
            None(RepositoryRules.Validate(new RepositorySpec { EmptyOnDelete = Setting.Of(true), RemovalPolicy = Setting<CdkEnumValue>.Unknown }));
        }

        [Fact]
        public void ECR1004_AutoDeleteImages_without_DESTROY_is_reported_and_mentions_EmptyOnDelete()
        {
            var violation = Single(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), RemovalPolicy = Retain }), RuleIds.AutoDeleteImagesNeedsDestroy);
            Assert.Equal("AutoDeleteImages", violation.Option);
            Assert.Contains("Cannot use 'autoDeleteImages'", violation.Message);
            Assert.Contains("EmptyOnDelete", violation.Message);
        }

        [Fact]
        public void ECR1004_AutoDeleteImages_with_DESTROY_or_false_or_unknown_policy_is_not_R4()
        {
            // T10 (ECR1030, the deprecation) reports the first and third in a CDK with EmptyOnDelete; R4 never does.
            Single(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), RemovalPolicy = Destroy }), RuleIds.AutoDeleteImagesDeprecated);
            None(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(false) }));
            Single(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), RemovalPolicy = Setting<CdkEnumValue>.Unknown }), RuleIds.AutoDeleteImagesDeprecated);
            None(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting<bool>.Unknown }));
        }

        [Fact]
        public void ECR1008_EmptyOnDelete_false_silently_disables_AutoDeleteImages()
        {
            var violation = SingleOf(
                RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), EmptyOnDelete = Setting.Of(false), RemovalPolicy = Destroy }),
                RuleIds.EmptyOnDeleteAndAutoDelete);
            Assert.Equal("AutoDeleteImages", violation.Option);
            Assert.Contains("silently ignored", violation.Message);
        }

        [Fact]
        public void ECR1008_both_set_with_no_DESTROY_also_reports_R3_but_not_R4()
        {
            // The CDK only looks at autoDeleteImages when emptyOnDelete is undefined.
            var ids = Ids(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), EmptyOnDelete = Setting.Of(true) }));
            Assert.Equal(new[] { RuleIds.EmptyOnDeleteNeedsDestroy, RuleIds.EmptyOnDeleteAndAutoDelete }, ids);
        }

        [Fact]
        public void ECR1008_unknown_EmptyOnDelete_is_not_flagged()
        {
            None(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), EmptyOnDelete = Setting<bool>.Unknown, RemovalPolicy = Destroy }));
        }

        [Fact]
        public void ECR1005_key_with_AES256_is_reported()
        {
            var violation = Single(
                RepositoryRules.Validate(new RepositorySpec { Encryption = Setting.Of(EncryptionKind.Aes256), HasEncryptionKey = Setting.Of(true) }),
                RuleIds.EncryptionKeyNeedsKms);
            Assert.Equal("Encryption", violation.Option);
            Assert.Contains("encryptionKey is specified, so 'encryption' must be set to KMS (value: AES256)", violation.Message);
        }

        [Fact]
        public void ECR1005_key_with_KMS_or_default_encryption_is_valid()
        {
            None(RepositoryRules.Validate(new RepositorySpec { Encryption = Setting.Of(EncryptionKind.Kms), HasEncryptionKey = Setting.Of(true) }));
            None(RepositoryRules.Validate(new RepositorySpec { HasEncryptionKey = Setting.Of(true) }));
            None(RepositoryRules.Validate(new RepositorySpec { Encryption = Setting.Of(EncryptionKind.Aes256), HasEncryptionKey = Setting.Of(false) }));
            None(RepositoryRules.Validate(new RepositorySpec { Encryption = Setting<EncryptionKind>.Unknown, HasEncryptionKey = Setting.Of(true) }));
            None(RepositoryRules.Validate(new RepositorySpec { Encryption = Setting.Of(EncryptionKind.Aes256), HasEncryptionKey = Setting<bool>.Unknown }));
        }

        [Theory]
        [InlineData("12345678901")]
        [InlineData("1234567890123")]
        [InlineData("12345678901a")]
        [InlineData("")]
        [InlineData("１２３４５６７８９０１２")] // full-width digits are digits to char.IsDigit, not to CloudFormation
        public void ECR1006_registry_ids_that_are_not_12_digits_are_reported(string registryId)
        {
            var violation = Single(RepositoryRules.Validate(new RepositorySpec { LifecycleRegistryId = Setting.Of(registryId) }), RuleIds.LifecycleRegistryId);
            Assert.Equal("LifecycleRegistryId", violation.Option);
            Assert.Contains($"'{registryId}'", violation.Message);
        }

        [Fact]
        public void ECR1006_a_12_digit_or_unknown_id_passes()
        {
            None(RepositoryRules.Validate(new RepositorySpec { LifecycleRegistryId = Setting.Of("000000000000") }));
            None(RepositoryRules.Validate(new RepositorySpec { LifecycleRegistryId = Setting<string>.Unknown }));
        }

        [Fact]
        public void ECR1007_undefined_enum_values_are_reported()
        {
            var violations = RepositoryRules.Validate(new RepositorySpec
            {
                ImageTagMutability = UndefinedMember(7),
                RemovalPolicy = UndefinedMember(9),
                Encryption = Setting.Of(EncryptionKind.Unrecognized),
            }).ToList();
            Assert.Equal(new[] { RuleIds.UnknownTagMutability, RuleIds.UnknownTagMutability, RuleIds.UnknownTagMutability }, Ids(violations));
            Assert.Equal(new[] { "ImageTagMutability", "RemovalPolicy", "Encryption" }, violations.Select(v => v.Option));
            Assert.Contains("'7'", violations[0].Message);
        }

        [Fact]
        public void ECR1007_defined_members_pass()
        {
            None(RepositoryRules.Validate(new RepositorySpec { ImageTagMutability = Member(CdkMembers.TagMutability.Mutable), RemovalPolicy = Retain }));
        }

        [Fact]
        public void ECR1007_undefined_removal_policy_does_not_also_claim_R3()
        {
            Assert.Equal(new[] { RuleIds.UnknownTagMutability }, Ids(RepositoryRules.Validate(new RepositorySpec { EmptyOnDelete = Setting.Of(true), RemovalPolicy = UndefinedMember(9) })));
        }

        [Fact]
        public void ECR1009_filters_without_an_exclusion_mutability_are_reported()
        {
            var violation = Single(
                RepositoryRules.Validate(new RepositorySpec { ImageTagMutability = Member(CdkMembers.TagMutability.Immutable), ImageTagMutabilityExclusionFilters = List("dev-*") }),
                RuleIds.ExclusionFilters);
            Assert.Equal("ImageTagMutabilityExclusionFilters", violation.Option);
            Single(RepositoryRules.Validate(new RepositorySpec { ImageTagMutabilityExclusionFilters = List("dev-*") }), RuleIds.ExclusionFilters);
        }

        [Fact]
        public void ECR1009_exclusion_mutability_without_filters_is_reported()
        {
            var violation = Single(RepositoryRules.Validate(new RepositorySpec { ImageTagMutability = Member(CdkMembers.TagMutability.MutableWithExclusion) }), RuleIds.ExclusionFilters);
            Assert.Equal("ImageTagMutability", violation.Option);
        }

        [Fact]
        public void ECR1009_valid_filters_pass()
        {
            None(RepositoryRules.Validate(new RepositorySpec
            {
                ImageTagMutability = Member(CdkMembers.TagMutability.ImmutableWithExclusion),
                ImageTagMutabilityExclusionFilters = List("dev-*", "release_v1.*", "a", "b", new string('x', 128)),
            }));
        }

        [Fact]
        public void ECR1009_filter_count_0_and_6_fail_1_and_5_pass()
        {
            RepositorySpec With(params string?[] filters) => new RepositorySpec
            {
                ImageTagMutability = Member(CdkMembers.TagMutability.ImmutableWithExclusion),
                ImageTagMutabilityExclusionFilters = List(filters),
            };

            Assert.Contains("0 filters", Single(RepositoryRules.Validate(With()), RuleIds.ExclusionFilters).Message);
            Assert.Contains("6 filters", Single(RepositoryRules.Validate(With("a", "b", "c", "d", "e", "f")), RuleIds.ExclusionFilters).Message);
            None(RepositoryRules.Validate(With("a")));
            None(RepositoryRules.Validate(With("a", "b", "c", "d", "e")));
        }

        [Theory]
        [InlineData("", "is empty")]
        [InlineData("dev/*", "contains '/'")]
        [InlineData("dev *", "contains ' '")]
        public void ECR1009_bad_filter_patterns_are_reported(string pattern, string expected)
        {
            var violation = Single(
                RepositoryRules.Validate(new RepositorySpec { ImageTagMutability = Member(CdkMembers.TagMutability.MutableWithExclusion), ImageTagMutabilityExclusionFilters = List(pattern) }),
                RuleIds.ExclusionFilters);
            Assert.Contains(expected, violation.Message);
            Assert.Contains("filter 0", violation.Message);
        }

        [Fact]
        public void ECR1009_filter_of_129_characters_is_reported()
        {
            var violation = Single(
                RepositoryRules.Validate(new RepositorySpec { ImageTagMutability = Member(CdkMembers.TagMutability.MutableWithExclusion), ImageTagMutabilityExclusionFilters = List(new string('x', 129)) }),
                RuleIds.ExclusionFilters);
            Assert.Contains("129 characters", violation.Message);
        }

        [Fact]
        public void ECR1009_unknowns_are_not_flagged()
        {
            None(RepositoryRules.Validate(new RepositorySpec { ImageTagMutability = Setting<CdkEnumValue>.Unknown, ImageTagMutabilityExclusionFilters = List("dev-*") }));
            None(RepositoryRules.Validate(new RepositorySpec { ImageTagMutability = Member(CdkMembers.TagMutability.Immutable), ImageTagMutabilityExclusionFilters = Setting<EquatableArray<Specs.NullableString>>.Unknown }));
            None(RepositoryRules.Validate(new RepositorySpec { ImageTagMutability = Member(CdkMembers.TagMutability.MutableWithExclusion), ImageTagMutabilityExclusionFilters = Setting<EquatableArray<Specs.NullableString>>.Unknown }));
            None(RepositoryRules.Validate(new RepositorySpec { ImageTagMutability = Member(CdkMembers.TagMutability.MutableWithExclusion), ImageTagMutabilityExclusionFilters = List((string?)null) }));
        }

        [Fact]
        public void A_spec_of_only_unknown_values_is_never_flagged()
        {
            None(RepositoryRules.Validate(new RepositorySpec
            {
                RepositoryName = Setting<string>.Unknown,
                ImageScanOnPush = Setting<bool>.Unknown,
                ImageTagMutability = Setting<CdkEnumValue>.Unknown,
                ImageTagMutabilityExclusionFilters = Setting<EquatableArray<Specs.NullableString>>.Unknown,
                RemovalPolicy = Setting<CdkEnumValue>.Unknown,
                EmptyOnDelete = Setting<bool>.Unknown,
                AutoDeleteImages = Setting<bool>.Unknown,
                LifecycleRegistryId = Setting<string>.Unknown,
                Encryption = Setting<EncryptionKind>.Unknown,
                HasEncryptionKey = Setting<bool>.Unknown,
            }));
        }
    }
}
