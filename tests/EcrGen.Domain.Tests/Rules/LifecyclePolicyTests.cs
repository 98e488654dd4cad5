using System.Linq;
using CsCheck;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class LifecyclePolicyTests
    {
        [Fact]
        public void PriorityOrder_unprioritized_rules_follow_the_highest_explicit_priority_in_order_of_addition()
        {
            var rules = RuleList(Tagged("a"), Tagged("b").WithPriority(5), Untagged(), Tagged("c").WithPriority(2));
            Assert.Equal(new[] { 6, 5, 7, 2 }, LifecyclePolicy.EffectivePriorities(rules));
        }

        [Fact]
        public void PriorityOrder_without_explicit_priorities_numbering_starts_at_1_and_ANY_goes_last()
        {
            var rules = RuleList(Count(5), Tagged("a"), Untagged());
            Assert.Equal(new[] { 3, 1, 2 }, LifecyclePolicy.EffectivePriorities(rules));
        }

        [Fact]
        public void PriorityOrder_the_ANY_rule_does_not_raise_the_automatic_start()
        {
            // prios come from the non-ANY prioritized rules only.
            var rules = RuleList(Count(5).WithPriority(9), Tagged("a").WithPriority(3));
            Assert.Equal(new[] { 9, 3 }, LifecyclePolicy.EffectivePriorities(rules));
        }

        [Fact]
        public void PriorityOrder_an_ANY_rule_placed_wrongly_still_gets_its_priority()
        {
            Assert.Equal(new[] { 1, 2 }, LifecyclePolicy.EffectivePriorities(RuleList(Count(5).WithPriority(1), Tagged("a").WithPriority(2))));
        }

        [Fact]
        public void PriorityOrder_no_priorities_when_the_CDK_throws_first_or_values_are_unknown()
        {
            Assert.Empty(LifecyclePolicy.EffectivePriorities(RuleList(Count(5), AgeDays(3))));                  // L14
            Assert.Empty(LifecyclePolicy.EffectivePriorities(RuleList(Count(5).WithPriority(4), Tagged("a")))); // L8
            Assert.Empty(LifecyclePolicy.EffectivePriorities(RuleList(Tagged("a") with { RulePriority = Setting<double>.Unknown })));
            Assert.Empty(LifecyclePolicy.EffectivePriorities(RuleList(new LifecycleRuleSpec { TagStatus = Setting<CdkEnumValue>.Unknown, MaxImageCount = Setting.Of(1d) })));
            Assert.Empty(LifecyclePolicy.EffectivePriorities(RuleList(Tagged("a").WithPriority(1.5))));
            Assert.False(LifecyclePolicy.TryGetEffectivePriorities(RuleList(Count(5), AgeDays(3)), out _));
        }

        [Fact]
        public void PriorityOrder_no_rules_gives_no_priorities_successfully()
        {
            Assert.True(LifecyclePolicy.TryGetEffectivePriorities(RuleList(), out var priorities));
            Assert.Empty(priorities);
        }

        [Fact]
        public void Render_matches_the_CDK_output_in_its_order_and_shape()
        {
            var rules = RuleList(
                Count(30) with { Description = Setting.Of("keep \"30\"") },
                new LifecycleRuleSpec { TagPatternList = List("v*", "rc-*"), MaxImageAgeDays = Setting.Of(90d), RulePriority = Setting.Of(2d) },
                Untagged(1));

            // Prioritized first, then unprioritized, then ANY; undefined members dropped, as JSON.stringify does.
            const string expected =
                "{\"rules\":["
                + "{\"rulePriority\":2,\"selection\":{\"tagStatus\":\"tagged\",\"tagPatternList\":[\"v*\",\"rc-*\"],\"countType\":\"sinceImagePushed\",\"countNumber\":90,\"countUnit\":\"days\"},\"action\":{\"type\":\"expire\"}},"
                + "{\"rulePriority\":3,\"selection\":{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countNumber\":1,\"countUnit\":\"days\"},\"action\":{\"type\":\"expire\"}},"
                + "{\"rulePriority\":4,\"description\":\"keep \\\"30\\\"\",\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":30},\"action\":{\"type\":\"expire\"}}"
                + "]}";
            Assert.Equal(expected, LifecyclePolicy.Render(rules));
        }

        [Fact]
        public void Render_escapes_like_JSON_stringify()
        {
            var rule = Tagged("a\\b", "tab\there", "nl\n", "\u0001", "caf\u00e9");
            var text = LifecyclePolicy.Render(RuleList(rule));
            Assert.Contains("[\"a\\\\b\",\"tab\\there\",\"nl\\n\",\"\\u0001\",\"caf\u00e9\"]", text);
        }

        [Fact]
        public void Render_is_null_for_no_rules_unknown_values_tokens_and_CDK_errors()
        {
            Assert.Null(LifecyclePolicy.Render(RuleList()));
            Assert.Null(LifecyclePolicy.Render(RuleList(Count(5) with { Description = Setting<string>.Unknown })));
            Assert.Null(LifecyclePolicy.Render(RuleList(Tagged("a", null!))));
            Assert.Null(LifecyclePolicy.Render(RuleList(Count(5) with { DeployTimeValueIn = Setting.Of("MaxImageCount") })));
            Assert.Null(LifecyclePolicy.Render(RuleList(new LifecycleRuleSpec())));                                  // L1
            Assert.Null(LifecyclePolicy.Render(RuleList(AgeDays(1.5))));                                             // L10
            Assert.Null(LifecyclePolicy.Render(RuleList(Count(5).WithPriority(1), Tagged("a").WithPriority(2))));   // L7
            Assert.Null(LifecyclePolicy.Render(RuleList(new LifecycleRuleSpec { TagPatternList = List("*a*b*c*d*e"), MaxImageCount = Setting.Of(1d) }))); // L5
        }

        [Fact]
        public void Render_keeps_values_ECR_rejects_but_the_CDK_accepts()
        {
            // L9/L11/L15 are deploy-time failures: the CDK still renders.
            var text = LifecyclePolicy.Render(RuleList(Tagged("a").WithPriority(0), Count(0)));
            Assert.StartsWith("{\"rules\":[{\"rulePriority\":0,", text);
            Assert.Contains("\"countNumber\":0}", text);
        }

        [Fact]
        public void The_length_bound_covers_long_numbers_and_short_strings()
        {
            var rules = Enumerable.Range(0, 50)
                .Select(i => new LifecycleRuleSpec { TagPrefixList = List("a"), MaxImageCount = Setting.Of(1.2345678901234567e-300), RulePriority = Setting.Of(-1.2345678901234567e+300 - i) })
                .ToArray();
            var rendered = LifecyclePolicy.Render(rules);
            Assert.NotNull(rendered);
            Assert.True(rendered!.Length <= LifecyclePolicy.MaxRenderedLength(rules), $"{rendered.Length} > {LifecyclePolicy.MaxRenderedLength(rules)}");
        }

        [Fact]
        public void Property_the_length_bound_used_to_skip_rendering_is_never_below_the_rendered_length()
        {
            var text = Gen.Char["ab\"\\\n\u0001\u00e9*"].Array[0, 40].Select(c => new string(c));
            var number = Gen.OneOf(Gen.Int[1, 1000].Select(i => (double)i), Gen.Double);
            var rule = Gen.Select(text, text.Array[1, 4], number, number, Gen.Bool, (description, prefixes, count, priority, usePriority) =>
                new LifecycleRuleSpec
                {
                    Description = Setting.Of(description),
                    TagPrefixList = List(prefixes),
                    MaxImageCount = Setting.Of(count),
                    RulePriority = usePriority ? Setting.Of(priority) : Setting<double>.NotSet,
                });
            rule.Array[1, 8].Sample(rules =>
            {
                var rendered = LifecyclePolicy.Render(rules);
                return rendered is null || rendered.Length <= LifecyclePolicy.MaxRenderedLength(rules);
            }, iter: 3000);
        }

        [Fact]
        public void Render_length_grows_with_each_rule()
        {
            var one = LifecyclePolicy.Render(RuleList(Tagged("a")))!;
            var two = LifecyclePolicy.Render(RuleList(Tagged("a"), Tagged("b")))!;
            Assert.True(two.Length > one.Length);
            Assert.Equal(2, two.Split("rulePriority").Length - 1);
            Assert.Equal(Enumerable.Range(1, 2), LifecyclePolicy.EffectivePriorities(RuleList(Tagged("a"), Tagged("b"))));
        }
    }
}
