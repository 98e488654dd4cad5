using System.Linq;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    /// <summary>The repair each rule decides, which the code fixes read from the diagnostic instead of working it out again.</summary>
    public class FixHintTests
    {
        private const string Hex = Hex64;

        [Fact]
        public void Repository_name_rules_suggest_the_cleaned_name()
        {
            var pattern = Single(RepositoryNameRules.Validate(Setting.Of("MyTeam/App")), RuleIds.RepositoryNamePattern);
            Assert.Equal(FixHint.Replace("myteam/app"), pattern.Fix);

            var length = RepositoryNameRules.Validate(Setting.Of(new string('a', 300))).Single();
            Assert.Equal(RuleIds.RepositoryNameLength, length.RuleId);
            Assert.Equal(FixHint.Replace(new string('a', 256)), length.Fix);
        }

        [Fact]
        public void A_name_nothing_valid_can_be_made_of_has_no_hint()
        {
            Assert.All(RepositoryNameRules.Validate(Setting.Of("A")), violation => Assert.Null(violation.Fix));
        }

        [Fact]
        public void Deletion_rules_set_the_removal_policy_or_drop_the_ignored_option()
        {
            var emptyOnDelete = Single(RepositoryRules.Validate(new RepositorySpec { EmptyOnDelete = Setting.Of(true) }), RuleIds.EmptyOnDeleteNeedsDestroy);
            Assert.Equal(new FixHint("RemovalPolicy", "DESTROY"), emptyOnDelete.Fix);

            var autoDelete = Single(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true) }), RuleIds.AutoDeleteImagesNeedsDestroy);
            Assert.Equal(new FixHint("RemovalPolicy", "DESTROY"), autoDelete.Fix);

            var both = RepositoryRules.Validate(new RepositorySpec
            {
                EmptyOnDelete = Setting.Of(true),
                AutoDeleteImages = Setting.Of(true),
                RemovalPolicy = Member(CdkMembers.RemovalPolicy.Destroy),
            }).Single();
            Assert.Equal(RuleIds.EmptyOnDeleteAndAutoDelete, both.RuleId);
            Assert.Equal(new FixHint(RemoveOption: "AutoDeleteImages", KeepOption: "EmptyOnDelete"), both.Fix);
        }

        [Fact]
        public void Lifecycle_list_rules_set_the_status_or_drop_the_second_list()
        {
            var lists = LifecycleRules.Validate(new[]
            {
                new LifecycleRuleSpec { TagStatus = AnyStatus, TagPrefixList = List("v"), MaxImageCount = Setting.Of(1d) },
            }).Single(v => v.RuleId == RuleIds.ListsNeedTagged);
            Assert.Equal(FixHint.Set("TagStatus", "TAGGED"), lists.Fix);

            var both = LifecycleRules.Validate(new[]
            {
                new LifecycleRuleSpec { TagPrefixList = List("v"), TagPatternList = List("v*"), MaxImageCount = Setting.Of(1d) },
            }).Single(v => v.RuleId == RuleIds.BothLists);
            Assert.Equal(new FixHint(RemoveOption: "TagPatternList", KeepOption: "TagPrefixList", EitherOption: true), both.Fix);
        }

        [Fact]
        public void Digest_rules_suggest_the_prefixed_digest()
        {
            Assert.Equal(FixHint.Replace("sha256:" + Hex), Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(Hex)), RuleIds.DigestWithoutPrefix).Fix);
            Assert.Equal(FixHint.Replace("sha256:" + Hex), Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of("SHA256:" + Hex)), RuleIds.TreatedAsTag).Fix);
            Assert.Equal(FixHint.Replace("sha256:" + Hex), Single(ImageReferenceRules.ValidateDigest(Setting.Of(Hex)), RuleIds.UriForDigestNeedsDigest).Fix);
            Assert.Equal(FixHint.Replace("sha256:" + Hex), Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of("sha256:" + Hex.ToUpperInvariant())), RuleIds.MalformedDigest).Fix);
        }

        [Fact]
        public void A_bad_tag_and_an_empty_value_have_no_hint()
        {
            Assert.Null(Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of("my tag")), RuleIds.InvalidTag).Fix);
            Assert.Null(Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of("")), RuleIds.TreatedAsTag).Fix);
        }

        [Fact]
        public void Tag_rules_drop_or_rename_the_deprecated_option()
        {
            var both = ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting.Of("v1"), TagOrDigest = Setting.Of("v2") }).Single();
            Assert.Equal(RuleIds.TagAndTagOrDigest, both.RuleId);
            Assert.Equal(new FixHint(RemoveOption: "Tag", KeepOption: "TagOrDigest"), both.Fix);

            var deprecated = ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting.Of("v1") }).Single();
            Assert.Equal(RuleIds.DeprecatedTag, deprecated.RuleId);
            Assert.Equal(FixHint.Rename("TagOrDigest"), deprecated.Fix);

            var autoDelete = RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), RemovalPolicy = Member(CdkMembers.RemovalPolicy.Destroy) }).Single();
            Assert.Equal(RuleIds.AutoDeleteImagesDeprecated, autoDelete.RuleId);
            Assert.Equal(FixHint.Rename("EmptyOnDelete"), autoDelete.Fix);
        }

        [Fact]
        public void Rules_without_a_mechanical_repair_have_no_hint()
        {
            Assert.Null(Single(RepositoryRules.Validate(new RepositorySpec { LifecycleRegistryId = Setting.Of("12") }), RuleIds.LifecycleRegistryId).Fix);
            Assert.Null(Single(LifecycleRules.Validate(new[] { new LifecycleRuleSpec() }), RuleIds.CountOrAge).Fix);
        }

        [Fact]
        public void Count_and_age_together_offer_dropping_either()
        {
            var both = Single(LifecycleRules.Validate(new[] { new LifecycleRuleSpec { MaxImageCount = Setting.Of(5d), MaxImageAgeDays = Setting.Of(3d) } }), RuleIds.CountOrAge);
            Assert.Equal(FixHint.RemoveEither("MaxImageAge", "MaxImageCount"), both.Fix);
            Assert.True(both.Fix!.EitherOption);
        }
    }
}
