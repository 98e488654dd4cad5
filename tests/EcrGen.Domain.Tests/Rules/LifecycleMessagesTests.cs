using System.Linq;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    /// <summary>
    /// The whole text, option and index of the lifecycle violations whose other tests only check the id, and the rules'
    /// boundaries at rule 0 (the first rule of a list is where an off-by-one in an index search shows).
    /// </summary>
    public class LifecycleMessagesTests
    {
        private static LifecycleRuleSpec AnyRule(double priority) => Count(5).WithPriority(priority) with { TagStatus = AnyStatus };

        [Fact]
        public void ECR2011_an_age_below_one_day_names_the_rule_and_the_days()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(AgeDays(0))), RuleIds.CountAgeAtLeastOne);
            Assert.Equal(("MaxImageAge", 0), (violation.Option, violation.Index));
            Assert.Equal("MaxImageAge of lifecycle rule 0 is 0 days; ECR rejects the policy at deploy unless the age is at least 1 day.", violation.Message);
        }

        [Fact]
        public void ECR2015_a_priority_below_one_names_the_rule_and_the_value()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(Count(5).WithPriority(0))), RuleIds.PriorityPositive);
            Assert.Equal(("RulePriority", 0), (violation.Option, violation.Index));
            Assert.Equal("RulePriority of lifecycle rule 0 is 0; ECR rejects the policy at deploy unless it is a positive whole number.", violation.Message);
        }

        [Fact]
        public void ECR2006_a_second_explicit_ANY_rule_gets_no_advice_about_defaults()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(AnyRule(1), AnyRule(2))), RuleIds.OneAnyRule);
            Assert.Equal(("TagStatus", 1), (violation.Option, violation.Index));
            Assert.Equal("Lifecycle rule 1 is a second TagStatus.ANY rule after rule 0; the CDK throws \"Life cycle can only have one TagStatus.Any rule\".", violation.Message);
        }

        [Fact]
        public void ECR2006_two_ANY_rules_are_only_L6_whatever_their_priorities()
        {
            // The CDK throws on the second ANY rule before it orders anything: no L7/L8 on top, even when the second ANY
            // rule's priority is the lower one.
            Assert.Equal(new[] { RuleIds.OneAnyRule }, Ids(LifecycleRules.Validate(RuleList(AnyRule(2), AnyRule(1)))));
        }

        [Fact]
        public void ECR2007_an_unprioritized_rule_at_index_0_is_named()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(Untagged(), AnyRule(5))), RuleIds.PrioritizedAnyWithUnprioritized);
            Assert.Equal(("RulePriority", 1), (violation.Option, violation.Index));
            Assert.Contains("but rule 0 has no RulePriority", violation.Message);
        }

        [Fact]
        public void ECR2008_a_higher_priority_at_index_0_is_named()
        {
            var violation = Single(LifecycleRules.Validate(RuleList(Tagged("v").WithPriority(9), AnyRule(1))), RuleIds.AnyRuleHighestPriority);
            Assert.Equal(("RulePriority", 1), (violation.Option, violation.Index));
            Assert.Equal("Lifecycle rule 1 is a TagStatus.ANY rule with RulePriority 1, lower than rule 0's 9; the ANY rule must have the highest priority, the CDK throws \"TagStatus.Any rule must have highest priority, has 1 which is smaller than 9\".", violation.Message);
        }

        [Fact]
        public void ECR2016_too_many_rules_is_reported_on_the_first_rule_over_the_quota()
        {
            var rules = Enumerable.Range(1, LifecycleRules.MaxRules + 1).Select(priority => Tagged("v" + priority).WithPriority(priority)).ToArray();
            var violation = Single(LifecycleRules.Validate(rules), RuleIds.PolicyTooLarge);
            Assert.Equal(("", LifecycleRules.MaxRules), (violation.Option, violation.Index));
            Assert.Equal("The repository has 51 lifecycle rules; ECR allows at most 50 per policy, so rule 50 and later make the deployment fail.", violation.Message);
        }

        [Fact]
        public void ECR2016_a_policy_text_over_the_limit_is_reported_on_the_whole_policy()
        {
            var description = Setting.Of(new string('d', 1000));
            var rules = Enumerable.Range(1, 40).Select(priority => Tagged("v" + priority).WithPriority(priority) with { Description = description }).ToArray();
            var violation = Single(LifecycleRules.Validate(rules), RuleIds.PolicyTooLarge);
            Assert.Equal(("", -1), (violation.Option, violation.Index));
            Assert.StartsWith("The rendered lifecycle policy text has ", violation.Message);
            Assert.EndsWith(" characters; CloudFormation accepts at most 30720. Shorten descriptions or tag lists, or merge rules.", violation.Message);
        }

        [Fact]
        public void Missing_rules_are_programming_errors()
        {
            Assert.Throws<System.ArgumentNullException>(() => LifecycleRules.Validate(null!));
            var nullRule = Assert.Throws<System.ArgumentException>(() => LifecycleRules.Validate(new LifecycleRuleSpec[] { null! }));
            Assert.StartsWith("Rule 0 is null.", nullRule.Message);
            Assert.Throws<System.ArgumentNullException>(() => LifecycleRules.EffectiveTagStatus(null!));
        }
    }
}
