using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    /// <summary>T12 (ECR2021): a tag list of several entries selects only the images that carry all of them.</summary>
    public class AllTagsSelectedTests
    {
        [Fact]
        public void Two_prefixes_are_reported_on_the_list_with_the_exact_message()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(Untagged(), Tagged("prod", "release"))), RuleIds.AllTagsSelected);
            Assert.Equal("TagPrefixList", violation.Option);
            Assert.Equal(1, violation.Index);
            Assert.Null(violation.Fix);
            Assert.Equal(
                "Lifecycle rule 1 lists 2 tag prefixes in TagPrefixList ('prod', 'release'); ECR selects only the images that carry ALL of them, a tag matching each, not the images that match any one. If the rule is meant for images that match any of them, write one rule per entry.",
                violation.Message);
        }

        [Fact]
        public void Patterns_are_reported_with_an_explicit_TAGGED_status()
        {
            var rule = new LifecycleRuleSpec { TagStatus = Member(CdkMembers.TagStatus.Tagged), TagPatternList = List("latest", "main", "cache*"), MaxImageCount = Setting.Of(1d) };
            var violation = Single(LifecycleRules.Validate(RuleList(rule)), RuleIds.AllTagsSelected);
            Assert.Equal("TagPatternList", violation.Option);
            Assert.Equal(0, violation.Index);
            Assert.StartsWith("Lifecycle rule 0 lists 3 tag patterns in TagPatternList ('latest', 'main', 'cache*');", violation.Message);
        }

        [Fact]
        public void The_message_quotes_at_most_three_entries()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(Tagged("a", "b", "c", "d"))), RuleIds.AllTagsSelected);
            Assert.StartsWith("Lifecycle rule 0 lists 4 tag prefixes in TagPrefixList ('a', 'b', 'c', ...);", violation.Message);
        }

        [Fact]
        public void One_entry_and_repeated_entries_are_not_reported()
        {
            None(LifecycleRules.Validate(RuleList(Tagged("prod"))));
            None(LifecycleRules.Validate(RuleList(Tagged("prod", "prod"))));
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagPatternList = List("v*"), MaxImageCount = Setting.Of(1d) })));
        }

        [Fact]
        public void Unknown_entries_and_unknown_lists_are_not_judged()
        {
            // The unknown entry may be "prod" at run time.
            None(LifecycleRules.Validate(RuleList(Tagged("prod", null!))));
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagPrefixList = Setting<EquatableArray<NullableString>>.Present, MaxImageCount = Setting.Of(1d) })));
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagStatus = Setting<CdkEnumValue>.Unknown, TagPrefixList = List("a", "b"), MaxImageCount = Setting.Of(1d) })));

            // Two known entries next to an unknown one are still two.
            Single(LifecycleRules.Validate(RuleList(Tagged("a", null!, "b"))), RuleIds.AllTagsSelected);
        }

        [Fact]
        public void A_rule_the_CDK_rejects_gets_only_its_error()
        {
            var any = new LifecycleRuleSpec { TagStatus = AnyStatus, TagPrefixList = List("a", "b"), MaxImageCount = Setting.Of(1d) };
            Single(LifecycleRules.Validate(RuleList(any)), RuleIds.ListsNeedTagged);

            var both = new LifecycleRuleSpec { TagPrefixList = List("a", "b"), TagPatternList = List("c*", "d*"), MaxImageCount = Setting.Of(1d) };
            Single(LifecycleRules.Validate(RuleList(both)), RuleIds.BothLists);

            var wildcards = new LifecycleRuleSpec { TagPatternList = List("ok*", "*a*b*c*d*"), MaxImageCount = Setting.Of(1d) };
            Single(LifecycleRules.Validate(RuleList(wildcards)), RuleIds.TooManyWildcards);
        }
    }
}
