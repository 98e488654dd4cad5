using System.Linq;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class LifecycleRulesTests
    {
        private static readonly Setting<CdkEnumValue> TaggedStatus = Member(CdkMembers.TagStatus.Tagged);

        [Fact]
        public void No_rules_and_typical_rules_are_valid()
        {
            None(LifecycleRules.Validate(RuleList()));
            None(LifecycleRules.Validate(RuleList(Tagged("v"), Untagged(), Count(5))));
        }

        [Fact]
        public void ECR2001_neither_count_nor_age_is_reported()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec())), RuleIds.CountOrAge);
            Assert.Equal(0, violation.Index);
            Assert.Equal("", violation.Option);
            Assert.Contains("exactly one of 'maxImageAge' and 'maxImageCount'", violation.Message);
        }

        [Fact]
        public void ECR2001_both_count_and_age_is_reported()
        {
            var rule = new LifecycleRuleSpec { MaxImageCount = Setting.Of(5d), MaxImageAgeDays = Setting.Of(30d) };
            var violation = Single(LifecycleRules.Validate(RuleList(Untagged(), rule)), RuleIds.CountOrAge);
            Assert.Equal(1, violation.Index);
            Assert.Contains("both", violation.Message);
        }

        [Fact]
        public void ECR2001_age_written_in_hours_counts_as_an_age()
        {
            var rule = new LifecycleRuleSpec { MaxImageCount = Setting.Of(5d), MaxImageAgeNotWholeDays = Setting.Of("36 hours") };
            Assert.Equal(new[] { RuleIds.CountOrAge, RuleIds.AgeWholeDays }, Ids(LifecycleRules.Validate(RuleList(rule))));
        }

        [Fact]
        public void ECR2001_unknown_count_or_age_is_not_flagged()
        {
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { MaxImageCount = Setting<double>.Unknown })));
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { MaxImageCount = Setting<double>.Unknown, MaxImageAgeDays = Setting.Of(3d) })));
        }

        [Fact]
        public void Presence_ECR2001_count_and_age_present_with_unknown_values_is_reported()
        {
            var violation = Single(
                LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { MaxImageCount = Setting<double>.Present, MaxImageAgeDays = Setting<double>.Present })),
                RuleIds.CountOrAge);
            Assert.Equal("MaxImageAge", violation.Option);
            Assert.Equal(0, violation.Index);
            Single(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { MaxImageCount = Setting.Of(5d), MaxImageAgeDays = Setting<double>.Present })), RuleIds.CountOrAge);
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { MaxImageCount = Setting<double>.Present, MaxImageAgeDays = Setting<double>.Unknown })));
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { MaxImageCount = Setting<double>.Present })));
        }

        [Fact]
        public void Presence_ECR2002_ECR2004_lists_present_with_unknown_contents_are_judged_by_presence()
        {
            var present = Setting<EquatableArray<NullableString>>.Present;
            Single(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagStatus = AnyStatus, TagPrefixList = present, MaxImageCount = Setting.Of(1d) })), RuleIds.ListsNeedTagged);
            Single(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagPrefixList = present, TagPatternList = present, MaxImageCount = Setting.Of(1d) })), RuleIds.BothLists);

            // A present list of unknown contents defaults the status to TAGGED and may hold prefixes: no L3.
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagPrefixList = present, MaxImageCount = Setting.Of(1d) })));
            Assert.Equal(CdkMembers.TagStatus.Tagged, LifecycleRules.EffectiveTagStatus(new LifecycleRuleSpec { TagPrefixList = present }));
        }

        [Fact]
        public void ECR2002_list_with_ANY_or_UNTAGGED_is_reported()
        {
            var any = new LifecycleRuleSpec { TagStatus = AnyStatus, TagPrefixList = List("v"), MaxImageCount = Setting.Of(1d) };
            var violation = Single(LifecycleRules.Validate(RuleList(any)), RuleIds.ListsNeedTagged);
            Assert.Equal("TagPrefixList", violation.Option);
            Assert.Contains("tagPrefixList and tagPatternList can only be specified when tagStatus is set to Tagged", violation.Message);

            var untagged = new LifecycleRuleSpec { TagStatus = Member(CdkMembers.TagStatus.Untagged), TagPatternList = List("v*"), MaxImageCount = Setting.Of(1d) };
            Assert.Equal("TagPatternList", Single(LifecycleRules.Validate(RuleList(untagged)), RuleIds.ListsNeedTagged).Option);
        }

        [Fact]
        public void ECR2002_list_without_TagStatus_defaults_to_TAGGED()
        {
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagPatternList = List("v*"), MaxImageCount = Setting.Of(1d) })));
            Assert.Equal("TAGGED", LifecycleRules.EffectiveTagStatus(new LifecycleRuleSpec { TagPatternList = List("v*") }));
        }

        [Fact]
        public void ECR2002_unknown_list_is_not_flagged()
        {
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagStatus = AnyStatus, TagPrefixList = Setting<EquatableArray<NullableString>>.Unknown, MaxImageCount = Setting.Of(1d) })));
        }

        [Fact]
        public void ECR2003_TAGGED_without_a_list_is_reported()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagStatus = TaggedStatus, MaxImageCount = Setting.Of(1d) })), RuleIds.TaggedNeedsList);
            Assert.Equal("TagStatus", violation.Option);
            Assert.Contains("TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList", violation.Message);
        }

        [Fact]
        public void ECR2003_an_empty_list_defaults_to_TAGGED_and_still_has_no_prefix()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagPrefixList = List(), MaxImageCount = Setting.Of(1d) })), RuleIds.TaggedNeedsList);
            Assert.Equal("TagPrefixList", violation.Option);
        }

        [Fact]
        public void ECR2003_TAGGED_with_a_list_or_an_unknown_list_passes()
        {
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagStatus = TaggedStatus, TagPrefixList = List("v"), MaxImageCount = Setting.Of(1d) })));
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagStatus = TaggedStatus, TagPrefixList = Setting<EquatableArray<NullableString>>.Unknown, MaxImageCount = Setting.Of(1d) })));
        }

        [Fact]
        public void ECR2004_both_lists_are_reported()
        {
            var rule = new LifecycleRuleSpec { TagPrefixList = List("v"), TagPatternList = List("v*"), MaxImageCount = Setting.Of(1d) };
            var violation = Single(LifecycleRules.Validate(RuleList(rule)), RuleIds.BothLists);
            Assert.Contains("Both tagPrefixList and tagPatternList cannot be specified together in a rule", violation.Message);
        }

        [Fact]
        public void ECR2005_four_wildcards_pass_and_five_fail()
        {
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagPatternList = List("*a*b*c*"), MaxImageCount = Setting.Of(1d) })));
            var rule = new LifecycleRuleSpec { TagPatternList = List("ok*", "*a*b*c*d*"), MaxImageCount = Setting.Of(1d) };
            var violation = Single(LifecycleRules.Validate(RuleList(Untagged(), rule)), RuleIds.TooManyWildcards);
            Assert.Equal(1, violation.Index);
            Assert.Equal("TagPatternList", violation.Option);
            Assert.Contains("pattern 1 '*a*b*c*d*'", violation.Message);
            Assert.Contains("counts: 5", violation.Message);
        }

        [Fact]
        public void ECR2005_unknown_pattern_elements_are_skipped()
        {
            None(LifecycleRules.Validate(RuleList(new LifecycleRuleSpec { TagPatternList = List(null, "v*"), MaxImageCount = Setting.Of(1d) })));
        }

        [Fact]
        public void ECR2006_two_explicit_ANY_rules_are_reported_on_the_second()
        {
            var first = new LifecycleRuleSpec { TagStatus = AnyStatus, MaxImageCount = Setting.Of(5d) };
            var second = new LifecycleRuleSpec { TagStatus = AnyStatus, MaxImageAgeDays = Setting.Of(30d) };
            var violation = Single(LifecycleRules.Validate(RuleList(first, Tagged("v"), second)), RuleIds.OneAnyRule);
            Assert.Equal(2, violation.Index);
            Assert.Equal("TagStatus", violation.Option);
            Assert.Contains("Life cycle can only have one TagStatus.Any rule", violation.Message);
        }

        [Fact]
        public void ECR2014_two_rules_without_TagStatus_or_lists_are_two_ANY_rules()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(Count(5), AgeDays(30))), RuleIds.ImplicitAnyRule);
            Assert.Equal(1, violation.Index);
            Assert.Equal("", violation.Option);
            Assert.Contains("defaults to TagStatus.ANY", violation.Message);
            Assert.Equal("ANY", LifecycleRules.EffectiveTagStatus(Count(5)));
        }

        [Fact]
        public void ECR2014_a_defaulted_ANY_after_an_explicit_one_is_L14()
        {
            var explicitAny = new LifecycleRuleSpec { TagStatus = AnyStatus, MaxImageCount = Setting.Of(5d) };
            Single(LifecycleRules.Validate(RuleList(explicitAny, AgeDays(30))), RuleIds.ImplicitAnyRule);
        }

        [Fact]
        public void ECR2014_an_explicit_ANY_after_a_defaulted_one_is_L14_on_its_TagStatus()
        {
            var explicitAny = new LifecycleRuleSpec { TagStatus = AnyStatus, MaxImageCount = Setting.Of(5d) };
            var violation = Single(LifecycleRules.Validate(RuleList(AgeDays(30), explicitAny)), RuleIds.ImplicitAnyRule);
            Assert.Equal(1, violation.Index);
            Assert.Equal("TagStatus", violation.Option);
            Assert.Contains("after rule 0", violation.Message);
        }

        [Fact]
        public void ECR2006_an_unknown_TagStatus_is_not_counted_as_ANY()
        {
            var unknown = new LifecycleRuleSpec { TagStatus = Setting<CdkEnumValue>.Unknown, MaxImageCount = Setting.Of(5d) };
            None(LifecycleRules.Validate(RuleList(Count(5), unknown)));
            Assert.Null(LifecycleRules.EffectiveTagStatus(unknown));
        }

        [Fact]
        public void ECR2014_a_rule_whose_only_list_is_unknown_is_not_assumed_ANY()
        {
            // The list variable may be null at run time (then ANY) or not (then TAGGED): no judgement.
            var unknownList = new LifecycleRuleSpec { TagPrefixList = Setting<EquatableArray<NullableString>>.Unknown, MaxImageCount = Setting.Of(5d) };
            None(LifecycleRules.Validate(RuleList(Count(5), unknownList)));
            Assert.Null(LifecycleRules.EffectiveTagStatus(unknownList));
        }

        [Fact]
        public void ECR2007_ANY_rule_with_a_lower_priority_is_reported()
        {
            var any = Count(5).WithPriority(1);
            var violation = Single(LifecycleRules.Validate(RuleList(any, Tagged("v").WithPriority(2))), RuleIds.AnyRuleHighestPriority);
            Assert.Equal(0, violation.Index);
            Assert.Equal("RulePriority", violation.Option);
            Assert.Contains("TagStatus.Any rule must have highest priority, has 1 which is smaller than 2", violation.Message);
        }

        [Fact]
        public void ECR2007_ANY_rule_with_the_highest_priority_passes()
        {
            None(LifecycleRules.Validate(RuleList(Count(5).WithPriority(3), Tagged("v").WithPriority(2))));
        }

        [Fact]
        public void ECR2007_ANY_rule_sharing_the_highest_priority_is_only_a_duplicate()
        {
            // validateAnyRuleLast compares with Math.max of all priorities: equal is not smaller.
            Assert.Equal(new[] { RuleIds.DuplicatePriority }, Ids(LifecycleRules.Validate(RuleList(Tagged("v").WithPriority(2), Count(5).WithPriority(2)))));
        }

        [Fact]
        public void ECR2007_unprioritized_ANY_rule_is_placed_last()
        {
            None(LifecycleRules.Validate(RuleList(Count(5), Tagged("v").WithPriority(7), Untagged())));
        }

        [Fact]
        public void ECR2007_is_not_judged_when_a_tag_status_is_unknown()
        {
            var unknown = new LifecycleRuleSpec { TagStatus = Setting<CdkEnumValue>.Unknown, MaxImageCount = Setting.Of(5d), RulePriority = Setting.Of(9d) };
            None(LifecycleRules.Validate(RuleList(Count(5).WithPriority(1), unknown)));
        }

        [Fact]
        public void ECR2008_prioritized_ANY_with_an_unprioritized_rule_is_reported()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(Count(5).WithPriority(10), Tagged("v"))), RuleIds.PrioritizedAnyWithUnprioritized);
            Assert.Equal(0, violation.Index);
            Assert.Equal("RulePriority", violation.Option);
            Assert.Contains("Cannot combine prioritized TagStatus.Any rule with unprioritized rules.", violation.Message);
        }

        [Fact]
        public void ECR2008_unknown_ANY_priority_is_not_flagged()
        {
            var any = Count(5) with { RulePriority = Setting<double>.Unknown };
            None(LifecycleRules.Validate(RuleList(any, Tagged("v"))));
        }

        [Fact]
        public void ECR2009_duplicate_priorities_are_reported_on_the_later_rule()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(Tagged("a").WithPriority(1), Tagged("b").WithPriority(2), Untagged().WithPriority(1))), RuleIds.DuplicatePriority);
            Assert.Equal(2, violation.Index);
            Assert.Equal("RulePriority", violation.Option);
            Assert.Contains("already used by rule 0", violation.Message);
        }

        [Fact]
        public void ECR2009_automatic_priorities_never_collide()
        {
            None(LifecycleRules.Validate(RuleList(Tagged("a"), Tagged("b").WithPriority(1), Untagged())));
        }

        [Fact]
        public void ECR2009_unknown_priorities_are_not_compared()
        {
            var unknown = Tagged("b") with { RulePriority = Setting<double>.Unknown };
            None(LifecycleRules.Validate(RuleList(Tagged("a").WithPriority(1), unknown)));
        }

        [Theory]
        [InlineData("36 hours")]
        [InlineData("90 minutes")]
        public void ECR2010_age_not_in_whole_days_is_reported(string asWritten)
        {
            var rule = new LifecycleRuleSpec { MaxImageAgeNotWholeDays = Setting.Of(asWritten) };
            var violation = Single(LifecycleRules.Validate(RuleList(rule)), RuleIds.AgeWholeDays);
            Assert.Equal("MaxImageAge", violation.Option);
            Assert.Contains($"'{asWritten}' cannot be converted into a whole number of days.", violation.Message);
        }

        [Fact]
        public void ECR2010_fractional_days_are_reported()
        {
            Assert.Contains("'1.5 days'", Single(LifecycleRules.Validate(RuleList(AgeDays(1.5))), RuleIds.AgeWholeDays).Message);
        }

        [Fact]
        public void ECR2011_count_0_fails_and_1_passes()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(Count(0))), RuleIds.CountAgeAtLeastOne);
            Assert.Equal("MaxImageCount", violation.Option);
            Assert.Contains("is 0", violation.Message);
            None(LifecycleRules.Validate(RuleList(Count(1))));
        }

        [Fact]
        public void ECR2011_negative_or_fractional_count_and_age_0_fail()
        {
            Single(LifecycleRules.Validate(RuleList(Count(-3))), RuleIds.CountAgeAtLeastOne);
            Single(LifecycleRules.Validate(RuleList(Count(2.5))), RuleIds.CountAgeAtLeastOne);
            Assert.Equal("MaxImageAge", Single(LifecycleRules.Validate(RuleList(AgeDays(0))), RuleIds.CountAgeAtLeastOne).Option);
            None(LifecycleRules.Validate(RuleList(AgeDays(1))));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        [InlineData(1.5)]
        public void ECR2015_priority_must_be_a_positive_integer(double priority)
        {
            var violation = Single(LifecycleRules.Validate(RuleList(Tagged("v").WithPriority(priority))), RuleIds.PriorityPositive);
            Assert.Equal("RulePriority", violation.Option);
        }

        [Fact]
        public void ECR2015_priority_1_passes()
        {
            None(LifecycleRules.Validate(RuleList(Tagged("v").WithPriority(1))));
        }

        [Fact]
        public void ECR2016_fifty_rules_pass_and_fifty_one_fail()
        {
            var fifty = Enumerable.Range(0, 50).Select(i => Tagged("p" + i)).ToArray();
            None(LifecycleRules.Validate(fifty));
            var violation = Single(LifecycleRules.Validate(fifty.Append(Tagged("last")).ToArray()), RuleIds.PolicyTooLarge);
            Assert.Equal(50, violation.Index);
            Assert.Contains("51 lifecycle rules", violation.Message);
        }

        [Fact]
        public void ECR2016_rendered_text_over_30720_characters_is_reported()
        {
            var longPrefixes = Enumerable.Range(0, 10).Select(i => new string('x', 700) + i).ToArray();
            var rules = Enumerable.Range(0, 5).Select(i => Tagged(longPrefixes)).ToArray();
            var text = LifecyclePolicy.Render(rules);
            Assert.NotNull(text);
            Assert.True(text!.Length > LifecycleRules.MaxPolicyTextLength);
            // Each rule's ten prefixes are also T12 (ECR2021), which is not what this test is about.
            var violation = Single(LifecycleRules.Validate(rules).Where(v => v.RuleId != RuleIds.AllTagsSelected), RuleIds.PolicyTooLarge);
            Assert.Equal(-1, violation.Index);
            Assert.Contains($"{text.Length} characters", violation.Message);

            var shorter = rules.Take(4).ToArray();
            Assert.True(LifecyclePolicy.Render(shorter)!.Length <= LifecycleRules.MaxPolicyTextLength);
            None(LifecycleRules.Validate(shorter).Where(v => v.RuleId != RuleIds.AllTagsSelected));
        }

        [Fact]
        public void ECR2017_deploy_time_value_is_reported_on_its_option()
        {
            var rule = new LifecycleRuleSpec { MaxImageCount = Setting<double>.Unknown, DeployTimeValueIn = Setting.Of("MaxImageCount") };
            var violation = Single(LifecycleRules.Validate(RuleList(Untagged(), rule)), RuleIds.DeployTimeValue);
            Assert.Equal("MaxImageCount", violation.Option);
            Assert.Equal(1, violation.Index);
            Assert.Contains("CloudFormation never resolves", violation.Message);
        }

        [Fact]
        public void RulesAcrossCalls_rules_are_checked_across_the_whole_list()
        {
            // Each rule alone is valid; together they break L6/L14 and L9.
            var rules = RuleList(Count(5).WithPriority(3), Tagged("v").WithPriority(1), Untagged().WithPriority(1), AgeDays(30));
            None(LifecycleRules.Validate(RuleList(rules[0])));
            None(LifecycleRules.Validate(RuleList(rules[3])));
            Assert.Equal(new[] { RuleIds.ImplicitAnyRule, RuleIds.DuplicatePriority }, Ids(LifecycleRules.Validate(rules)));
        }

        [Fact]
        public void A_rule_of_only_unknown_values_is_never_flagged()
        {
            var unknown = new LifecycleRuleSpec
            {
                Description = Setting<string>.Unknown,
                RulePriority = Setting<double>.Unknown,
                TagStatus = Setting<CdkEnumValue>.Unknown,
                TagPrefixList = Setting<EquatableArray<NullableString>>.Unknown,
                TagPatternList = Setting<EquatableArray<NullableString>>.Unknown,
                MaxImageCount = Setting<double>.Unknown,
                MaxImageAgeDays = Setting<double>.Unknown,
            };
            None(LifecycleRules.Validate(RuleList(unknown)));
            None(LifecycleRules.Validate(RuleList(unknown, unknown, Count(5).WithPriority(1), unknown)));
        }

        [Fact]
        public void Several_independent_problems_are_all_reported_in_rule_order()
        {
            var rules = RuleList(new LifecycleRuleSpec { TagStatus = TaggedStatus, MaxImageCount = Setting.Of(0d) }, Tagged("v").WithPriority(0));
            var violations = LifecycleRules.Validate(rules).ToList();
            Assert.Equal(new[] { RuleIds.TaggedNeedsList, RuleIds.CountAgeAtLeastOne, RuleIds.PriorityPositive }, Ids(violations));
            Assert.Equal(new[] { 0, 0, 1 }, violations.Select(v => v.Index));
        }
    }
}
