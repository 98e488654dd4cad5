using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class PinnedImageRulesTests
    {
        private static readonly Setting<CdkEnumValue> Mutable = Member(CdkMembers.TagMutability.Mutable);

        private static LifecycleRuleSpec Any(double count) => Count(count) with { TagStatus = AnyStatus };

        [Fact]
        public void ECR2018_untagged_rule_expires_the_pinned_image_once_its_tag_moves()
        {
            var violation = Single(PinnedImageRules.Validate(RuleList(Tagged("v"), Untagged(days: 7)), rulesAreComplete: true, Mutable, ValidDigest), RuleIds.ExpiresPinnedImage);
            Assert.Equal(1, violation.Index);
            Assert.Equal("TagStatus", violation.Option);
            Assert.Equal(
                $"Lifecycle rule 1 expires untagged images, and an image of this repository is pinned by digest '{ValidDigest}': when its tag moves to a newer image, the pinned image becomes untagged and this rule deletes it, and whatever runs it fails on its next start. Keep the pinned image tagged (IMMUTABLE tags, or a unique tag per build), or expire untagged images only in repositories nothing pins.",
                violation.Message);
        }

        [Fact]
        public void ECR2018_untagged_rule_with_any_count_or_an_unknown_count_and_rules_seen_only_in_part()
        {
            var byCount = new LifecycleRuleSpec { TagStatus = Member(CdkMembers.TagStatus.Untagged), MaxImageCount = Setting<double>.Unknown };
            Single(PinnedImageRules.Validate(RuleList(byCount), rulesAreComplete: false, Setting<CdkEnumValue>.NotSet, ValidDigest), RuleIds.ExpiresPinnedImage);
        }

        [Fact]
        public void ECR2018_untagged_rule_in_an_immutable_repository_never_sees_the_pinned_image()
        {
            None(PinnedImageRules.Validate(RuleList(Untagged()), true, Member(CdkMembers.TagMutability.Immutable), ValidDigest));
            None(PinnedImageRules.Validate(RuleList(Untagged()), true, Setting<CdkEnumValue>.Unknown, ValidDigest)); // may be IMMUTABLE
            Single(PinnedImageRules.Validate(RuleList(Untagged()), true, Member(CdkMembers.TagMutability.ImmutableWithExclusion), ValidDigest), RuleIds.ExpiresPinnedImage);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(10)]
        [InlineData(PinnedImageRules.FewImages)]
        public void ECR2018_any_rule_keeping_few_images(double count)
        {
            var violation = Single(PinnedImageRules.Validate(RuleList(Count(count)), true, Mutable, ValidDigest), RuleIds.ExpiresPinnedImage);
            Assert.Equal(0, violation.Index);
            Assert.Equal("MaxImageCount", violation.Option);
            Assert.StartsWith($"Lifecycle rule 0 keeps only the newest {count} images of any tag status", violation.Message);
        }

        [Fact]
        public void ECR2018_any_rule_keeping_many_images_is_a_deliberate_window()
        {
            None(PinnedImageRules.Validate(RuleList(Any(PinnedImageRules.FewImages + 1)), true, Mutable, ValidDigest));
            None(PinnedImageRules.Validate(RuleList(Any(9999)), true, Mutable, ValidDigest));
        }

        [Fact]
        public void ECR2018_any_rule_by_age()
        {
            var violation = Single(PinnedImageRules.Validate(RuleList(Untagged(1), AgeDays(30)), true, Member(CdkMembers.TagMutability.Immutable), ValidDigest), RuleIds.ExpiresPinnedImage);
            Assert.Equal(1, violation.Index);
            Assert.Equal("MaxImageAge", violation.Option);
            Assert.Contains("30 days after they are pushed", violation.Message);
        }

        [Fact]
        public void ECR2018_any_rule_is_not_judged_when_a_tagged_or_unknown_rule_may_select_the_pinned_image_first()
        {
            None(PinnedImageRules.Validate(RuleList(Tagged("prod"), AgeDays(30)), true, Mutable, ValidDigest));
            None(PinnedImageRules.Validate(RuleList(LifecycleRuleSpec.Unknown, Any(5)), true, Mutable, ValidDigest));
            None(PinnedImageRules.Validate(RuleList(Any(5)), rulesAreComplete: false, Mutable, ValidDigest));
        }

        [Fact]
        public void ECR2018_unknown_values_and_tagged_rules_are_never_reported()
        {
            var unknownCount = new LifecycleRuleSpec { TagStatus = AnyStatus, MaxImageCount = Setting<double>.Unknown };
            None(PinnedImageRules.Validate(RuleList(unknownCount), true, Mutable, ValidDigest));
            None(PinnedImageRules.Validate(RuleList(Tagged("v")), true, Mutable, ValidDigest));
            None(PinnedImageRules.Validate(RuleList(new LifecycleRuleSpec { TagStatus = Setting<CdkEnumValue>.Unknown, MaxImageCount = Setting.Of(1d) }), true, Mutable, ValidDigest));
        }

        [Theory]
        [InlineData("v1.2.3")]
        [InlineData("sha256:abc")]
        [InlineData("")]
        public void ECR2018_only_a_valid_digest_pins(string reference)
        {
            None(PinnedImageRules.Validate(RuleList(Untagged(), Count(1)), true, Mutable, reference));
        }
    }
}
