using System.Linq;
using EcrGen.Domain.Rules;
using Xunit;

namespace EcrGen.Domain.Tests.Rules
{
    public class LifecyclePolicyTextTests
    {
        // A policy ECR accepts: the newer count types, a transition to the archive, all three tag statuses.
        internal const string Valid = "{\"rules\":["
            + "{\"rulePriority\":1,\"description\":\"keep 10 prod\",\"selection\":{\"tagStatus\":\"tagged\",\"tagPatternList\":[\"prod*\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":10},\"action\":{\"type\":\"expire\"}},"
            + "{\"rulePriority\":2,\"selection\":{\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"dev\"],\"countType\":\"sinceImagePulled\",\"countUnit\":\"days\",\"countNumber\":30},\"action\":{\"type\":\"transition\",\"targetStorageClass\":\"archive\"}},"
            + "{\"rulePriority\":3,\"selection\":{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":7},\"action\":{\"type\":\"expire\"}},"
            + "{\"rulePriority\":9,\"selection\":{\"tagStatus\":\"any\",\"storageClass\":\"archive\",\"countType\":\"sinceImageTransitioned\",\"countUnit\":\"days\",\"countNumber\":365},\"action\":{\"type\":\"expire\"}}"
            + "]}";

        private static string Rule(int priority, string selection, string action = "{\"type\":\"expire\"}")
            => $"{{\"rulePriority\":{priority},\"selection\":{selection},\"action\":{action}}}";

        private static string Policy(params string[] rules) => "{\"rules\":[" + string.Join(",", rules) + "]}";

        private static TextViolation Single(string text, string ruleId)
        {
            var violations = LifecyclePolicyText.Validate(text);
            var violation = Assert.Single(violations);
            Assert.Equal(ruleId, violation.Violation.RuleId);
            return violation;
        }

        private static void AssertSpan(string text, TextViolation violation, string expected)
            => Assert.Equal(expected, text.Substring(violation.Start, violation.Length));

        [Fact]
        public void A_valid_policy_has_no_violation()
        {
            Assert.Empty(LifecyclePolicyText.Validate(Valid));
            Assert.Empty(LifecyclePolicyText.Validate("  {\n  \"rules\": [ " + Rule(1, "{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":1}") + " ]\n}\n"));
        }

        [Fact]
        public void Malformed_JSON_is_ECR2019_at_the_offending_character()
        {
            const string Text = "{\"rules\":[{\"rulePriority\":1,}]}";
            var violation = Single(Text, RuleIds.LifecyclePolicyTextNotJson);
            Assert.Equal(Text.IndexOf("}]", System.StringComparison.Ordinal), violation.Start);
            Assert.Equal(1, violation.Length);
            Assert.Equal("The lifecycle policy text is not valid JSON: expected a member name in double quotes, found '}' (character 28); ECR rejects the policy at deploy.", violation.Violation.Message);
            Assert.Equal(0, Single("", RuleIds.LifecyclePolicyTextNotJson).Length);
            Assert.Equal(4, Single("{\"a\":", RuleIds.LifecyclePolicyTextNotJson).Start); // the end of the text: its last character
            Assert.Equal(1, Single("{\"r", RuleIds.LifecyclePolicyTextNotJson).Start); // a string not closed: its opening quote
        }

        [Fact]
        public void Unknown_keys_are_ECR2020_on_the_key()
        {
            var text = Policy(Rule(1, "{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":1,\"countUnits\":\"days\"}"));
            var violation = Single(text, RuleIds.LifecyclePolicyTextSchema);
            AssertSpan(text, violation, "\"countUnits\"");
            Assert.Equal("rules[0].selection.countUnits", violation.Violation.Option);
            Assert.Equal(0, violation.Violation.Index);
            Assert.StartsWith("rules[0].selection has the key \"countUnits\", which ECR's lifecycle policy does not know", violation.Violation.Message);

            var top = "{\"rules\":[" + Rule(1, "{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":1}") + "],\"Rules\":[]}";
            AssertSpan(top, Single(top, RuleIds.LifecyclePolicyTextSchema), "\"Rules\"");
        }

        [Theory]
        [InlineData("\"countType\":\"sinceImagePushedd\"", "\"sinceImagePushedd\"")]
        [InlineData("\"countType\":\"SinceImagePushed\"", "\"SinceImagePushed\"")]
        [InlineData("\"countType\":5", "5")]
        public void A_count_type_ECR_does_not_know_is_ECR2020(string countType, string span)
        {
            var text = Policy(Rule(1, "{\"tagStatus\":\"untagged\"," + countType + ",\"countUnit\":\"days\",\"countNumber\":1}"));
            var violations = LifecyclePolicyText.Validate(text);
            var violation = Assert.Single(violations);
            Assert.Equal(RuleIds.LifecyclePolicyTextSchema, violation.Violation.RuleId);
            AssertSpan(text, violation, span);
        }

        [Fact]
        public void CountUnit_with_a_count_and_no_unit_with_an_age_are_ECR2020()
        {
            var count = Policy(Rule(1, "{\"tagStatus\":\"untagged\",\"countType\":\"imageCountMoreThan\",\"countUnit\":\"days\",\"countNumber\":1}"));
            var withUnit = Single(count, RuleIds.LifecyclePolicyTextSchema);
            AssertSpan(count, withUnit, "\"days\"");
            Assert.Equal("rules[0].selection has \"countUnit\" with \"countType\": \"imageCountMoreThan\"; a count has no unit, and ECR rejects the policy at deploy.", withUnit.Violation.Message);

            var age = Policy(Rule(1, "{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePulled\",\"countNumber\":1}"));
            Assert.Contains("without \"countUnit\": \"days\"", Single(age, RuleIds.LifecyclePolicyTextSchema).Violation.Message);
            var hours = Policy(Rule(1, "{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePulled\",\"countUnit\":\"hours\",\"countNumber\":1}"));
            AssertSpan(hours, Single(hours, RuleIds.LifecyclePolicyTextSchema), "\"hours\"");
        }

        [Fact]
        public void Missing_required_keys_are_ECR2020_on_the_object_that_lacks_them()
        {
            var text = Policy("{\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":1},\"action\":{\"type\":\"expire\"}}");
            var violation = Single(text, RuleIds.LifecyclePolicyTextSchema);
            Assert.Equal("rules[0] has no \"rulePriority\", which ECR requires; ECR rejects the policy at deploy.", violation.Violation.Message);
            Assert.Equal(text.IndexOf("{\"selection\"", System.StringComparison.Ordinal), violation.Start);

            var ids = LifecyclePolicyText.Validate(Policy("{\"rulePriority\":1,\"selection\":{},\"action\":{}}")).Select(v => v.Violation.Option).ToArray();
            Assert.Equal(new[] { "rules[0].action.type", "rules[0].selection.tagStatus", "rules[0].selection.countType", "rules[0].selection.countNumber" }, ids);
            Assert.Contains("no \"rules\"", Single("{}", RuleIds.LifecyclePolicyTextSchema).Violation.Message);
            Assert.Contains("an empty array", Single("{\"rules\":[]}", RuleIds.LifecyclePolicyTextSchema).Violation.Message);
            Assert.Contains("is a JSON array", Single("[]", RuleIds.LifecyclePolicyTextSchema).Violation.Message);
        }

        [Fact]
        public void Wrong_values_and_types_are_ECR2020()
        {
            var text = Policy(Rule(1, "{\"tagStatus\":\"TAGGED\",\"tagPrefixList\":[\"a\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":\"5\"}", "{\"type\":\"delete\"}"));
            var spans = LifecyclePolicyText.Validate(text).Select(v => text.Substring(v.Start, v.Length)).ToArray();
            Assert.Equal(new[] { "\"delete\"", "\"TAGGED\"", "\"5\"" }, spans);

            var target = Policy(Rule(1, "{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":1}", "{\"type\":\"expire\",\"targetStorageClass\":\"archive\"}"));
            AssertSpan(target, Single(target, RuleIds.LifecyclePolicyTextSchema), "\"archive\"");
            var list = Policy(Rule(1, "{\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"a\",1],\"countType\":\"imageCountMoreThan\",\"countNumber\":1}"));
            AssertSpan(list, Single(list, RuleIds.LifecyclePolicyTextSchema), "1");
        }

        [Fact]
        public void Duplicate_keys_are_ECR2020_on_the_second()
        {
            var text = Policy("{\"rulePriority\":1,\"rulePriority\":2,\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":1},\"action\":{\"type\":\"expire\"}}");
            var violation = Single(text, RuleIds.LifecyclePolicyTextSchema);
            Assert.Equal(text.LastIndexOf("\"rulePriority\"", System.StringComparison.Ordinal), violation.Start);
            Assert.Contains("twice", violation.Violation.Message);
        }

        [Fact]
        public void The_shared_lifecycle_rules_judge_the_rules_at_their_values()
        {
            const string Any = "{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":5}";
            const string Untagged = "{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":5}";

            // L9: unique priorities, on the second one.
            var duplicate = Policy(Rule(1, Untagged), Rule(1, "{\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"v\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":5}"));
            var l9 = Single(duplicate, RuleIds.DuplicatePriority);
            Assert.Equal(duplicate.LastIndexOf("1,", System.StringComparison.Ordinal), l9.Start);
            Assert.Equal("rules[1] has rulePriority 1, already used by rules[0]; rule priorities must be unique, and ECR rejects the policy at deploy.", l9.Violation.Message);

            // L7: the ANY rule has the highest priority.
            var order = Policy(Rule(5, Any), Rule(7, Untagged));
            var l7 = Single(order, RuleIds.AnyRuleHighestPriority);
            AssertSpan(order, l7, "5");
            Assert.Contains("lower than rules[1]'s 7", l7.Violation.Message);

            // L6: a second ANY rule.
            var twoAny = Policy(Rule(1, Any), Rule(2, Any));
            Assert.Equal(twoAny.LastIndexOf("\"any\"", System.StringComparison.Ordinal), Single(twoAny, RuleIds.OneAnyRule).Start);

            // L2 (untagged only), L3, L5, L11, L15.
            var untaggedList = Policy(Rule(1, "{\"tagStatus\":\"untagged\",\"tagPrefixList\":[\"v\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":5}"));
            AssertSpan(untaggedList, Single(untaggedList, RuleIds.ListsNeedTagged), "[\"v\"]");
            var taggedNoList = Policy(Rule(1, "{\"tagStatus\":\"tagged\",\"tagPatternList\":[],\"countType\":\"imageCountMoreThan\",\"countNumber\":5}"));
            AssertSpan(taggedNoList, Single(taggedNoList, RuleIds.TaggedNeedsList), "\"tagged\"");
            var wildcards = Policy(Rule(1, "{\"tagStatus\":\"tagged\",\"tagPatternList\":[\"ok*\",\"*a*b*c*d*\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":5}"));
            var l5 = Single(wildcards, RuleIds.TooManyWildcards);
            AssertSpan(wildcards, l5, "\"*a*b*c*d*\"");
            Assert.Equal("Tag pattern \"*a*b*c*d*\" of rules[0] has 5 wildcards; ECR allows at most 4 '*' in a pattern, and ECR rejects the policy at deploy.", l5.Violation.Message);
            var zero = Policy(Rule(1, "{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePulled\",\"countUnit\":\"days\",\"countNumber\":0}"));
            AssertSpan(zero, Single(zero, RuleIds.CountAgeAtLeastOne), "0");
            var fraction = Policy(Rule(1, "{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePulled\",\"countUnit\":\"days\",\"countNumber\":1.5}"));
            AssertSpan(fraction, Single(fraction, RuleIds.AgeWholeDays), "1.5");
            var priority = Policy(Rule(0, Untagged));
            AssertSpan(priority, Single(priority, RuleIds.PriorityPositive), "0");
        }

        [Fact]
        public void CDK_only_checks_are_not_applied_to_the_text()
        {
            // An "any" rule with a tag list: the guide forbids lists with "untagged" only. Both lists: the guide is silent.
            Assert.Empty(LifecyclePolicyText.Validate(Policy(Rule(1, "{\"tagStatus\":\"any\",\"tagPrefixList\":[\"v\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":5}"))));
            Assert.Empty(LifecyclePolicyText.Validate(Policy(Rule(1, "{\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"v\"],\"tagPatternList\":[\"w*\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":5}"))));
        }

        [Fact]
        public void Size_limits_count_the_text_and_the_rules()
        {
            var rules = Enumerable.Range(1, 51).Select(i => Rule(i, "{\"tagStatus\":\"untagged\",\"countType\":\"imageCountMoreThan\",\"countNumber\":5}")).ToArray();
            var many = Policy(rules);
            var l16 = Single(many, RuleIds.PolicyTooLarge);
            Assert.Equal(50, l16.Violation.Index);
            AssertSpan(many, l16, rules[50]);

            var longText = Policy(Rule(1, "{\"tagStatus\":\"untagged\",\"countType\":\"imageCountMoreThan\",\"countNumber\":5}").Replace("\"rulePriority\"", "\"description\":\"" + new string('x', 31000) + "\",\"rulePriority\""));
            var length = Single(longText, RuleIds.PolicyTooLarge);
            Assert.Equal(0, length.Start);
            Assert.Equal(longText.Length, length.Length);
        }
    }
}
