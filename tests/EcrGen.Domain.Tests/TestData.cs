using System.Collections.Generic;
using System.Linq;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;

namespace EcrGen.Domain.Tests
{
    /// <summary>Builders and assertions shared by the rule tests.</summary>
    internal static class TestData
    {
        public const string Hex64 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

        public const string ValidDigest = "sha256:" + Hex64;

        public static Setting<EquatableArray<NullableString>> List(params string?[] items)
            => Setting.Of(items.Select(item => new NullableString(item)).ToEquatableArray());

        public static Setting<CdkEnumValue> Member(string name) => Setting.Of(new CdkEnumValue(name, 0));

        public static Setting<CdkEnumValue> UndefinedMember(long raw) => Setting.Of(new CdkEnumValue(null, raw));

        /// <summary><c>TagStatus = TagStatus.ANY</c>, written.</summary>
        public static Setting<CdkEnumValue> AnyStatus => Member(CdkMembers.TagStatus.Any);

        public static LifecycleRuleSpec Count(double count) => new LifecycleRuleSpec { MaxImageCount = Setting.Of(count) };

        public static LifecycleRuleSpec AgeDays(double days) => new LifecycleRuleSpec { MaxImageAgeDays = Setting.Of(days) };

        public static LifecycleRuleSpec Tagged(params string[] prefixes)
            => new LifecycleRuleSpec { TagPrefixList = List(prefixes), MaxImageCount = Setting.Of(10d) };

        public static LifecycleRuleSpec Untagged(double days = 1)
            => new LifecycleRuleSpec { TagStatus = Member(CdkMembers.TagStatus.Untagged), MaxImageAgeDays = Setting.Of(days) };

        public static LifecycleRuleSpec WithPriority(this LifecycleRuleSpec rule, double priority) => rule with { RulePriority = Setting.Of(priority) };

        /// <summary>The violations' rule ids, in order.</summary>
        public static string[] Ids(IEnumerable<RuleViolation> violations) => violations.Select(v => v.RuleId).ToArray();

        /// <summary>The only violation, which must have the given id.</summary>
        public static RuleViolation Single(IEnumerable<RuleViolation> violations, string ruleId)
        {
            var list = violations.ToList();
            Assert.True(list.Count == 1, $"Expected exactly one {ruleId}, got: {string.Join(" | ", list)}");
            Assert.Equal(ruleId, list[0].RuleId);
            return list[0];
        }

        /// <summary>The only violation with the given id, among others (which are not checked here).</summary>
        public static RuleViolation SingleOf(IEnumerable<RuleViolation> violations, string ruleId)
        {
            var matching = violations.Where(v => v.RuleId == ruleId).ToList();
            Assert.True(matching.Count == 1, $"Expected exactly one {ruleId}, got: {string.Join(" | ", violations)}");
            return matching[0];
        }

        public static void None(IEnumerable<RuleViolation> violations)
        {
            var list = violations.ToList();
            Assert.True(list.Count == 0, $"Expected no violations, got: {string.Join(" | ", list)}");
        }

        public static IReadOnlyList<LifecycleRuleSpec> RuleList(params LifecycleRuleSpec[] rules) => rules;
    }
}
