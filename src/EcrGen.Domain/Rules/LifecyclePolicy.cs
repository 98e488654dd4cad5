using System;
using System.Collections.Generic;
using System.Text;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// What the CDK's <c>renderLifecyclePolicy</c> makes of a repository's lifecycle rules (catalogue L12, L16;
    /// aws-ecr/lib/repository.ts <c>orderedLifecycleRules</c>, <c>renderLifecycleRule</c>).
    /// </summary>
    public static class LifecyclePolicy
    {
        /// <summary>
        /// The rule priorities the CDK assigns (L12), aligned with <paramref name="rules"/> (element <c>i</c> is rule
        /// <c>i</c>'s priority): written priorities are kept; rules without one get, in order of addition, the priorities
        /// after the highest written one (of the non-ANY rules); the ANY rule, when unprioritized, comes last. Empty when the
        /// CDK throws before assigning (two ANY rules, L6; a prioritized ANY rule with unprioritized rules, L8), when a
        /// priority or tag status it depends on is not known, or when a priority is not a whole number in <see cref="int"/>
        /// range. An ANY rule placed wrongly (L7) still gets its priority here; the CDK throws after assigning.
        /// </summary>
        public static IReadOnlyList<int> EffectivePriorities(IReadOnlyList<LifecycleRuleSpec> rules)
            => TryGetEffectivePriorities(rules, out var priorities) ? priorities : Array.Empty<int>();

        /// <summary>
        /// <see cref="EffectivePriorities"/>, telling apart "no rules" from "cannot be known": <c>false</c> in the cases where
        /// <see cref="EffectivePriorities"/> is empty for a non-empty list.
        /// </summary>
        public static bool TryGetEffectivePriorities(IReadOnlyList<LifecycleRuleSpec> rules, out IReadOnlyList<int> priorities)
        {
            priorities = Array.Empty<int>();
            if (!TryOrder(rules, out var order, out var assigned))
            {
                return false;
            }

            var result = new int[rules.Count];
            for (var i = 0; i < order.Length; i++)
            {
                var value = assigned[i];
                if (!Text.IsWhole(value) || value < int.MinValue || value > int.MaxValue)
                {
                    return false;
                }

                result[order[i]] = (int)value;
            }

            priorities = result;
            return true;
        }

        /// <summary>
        /// The lifecycle policy text the CDK renders (<c>JSON.stringify</c> of <c>{ rules: [...] }</c>, in the CDK's order:
        /// prioritized rules, then unprioritized ones, then the ANY rule), for the L16 length check. <c>null</c> when there
        /// are no rules (the CDK renders no text), when a value is not known or is a deploy-time token (L17), or when the CDK
        /// would throw instead (L1–L8, L10).
        /// </summary>
        public static string? Render(IReadOnlyList<LifecycleRuleSpec> rules)
        {
            if (rules is null)
            {
                throw new ArgumentNullException(nameof(rules));
            }

            if (rules.Count == 0 || !TryOrder(rules, out var order, out var assigned))
            {
                return null;
            }

            var anyIndex = -1;
            var maxPriority = double.NegativeInfinity;
            for (var i = 0; i < rules.Count; i++)
            {
                if (!CanRender(rules[i]))
                {
                    return null;
                }

                maxPriority = Math.Max(maxPriority, assigned[i]);
                if (LifecycleRuleFacts.Of(rules[order[i]]).Status == EffectiveStatus.Any)
                {
                    anyIndex = i;
                }
            }

            if (anyIndex >= 0 && assigned[anyIndex] != maxPriority)
            {
                return null; // L7: validateAnyRuleLast throws.
            }

            var json = new StringBuilder(256 * rules.Count);
            json.Append("{\"rules\":[");
            for (var i = 0; i < order.Length; i++)
            {
                if (i > 0)
                {
                    json.Append(',');
                }

                AppendRule(json, rules[order[i]], assigned[i]);
            }

            json.Append("]}");
            return json.ToString();
        }

        /// <summary>
        /// An upper bound of the length of <see cref="Render"/>'s text, computed without rendering: lets the L16 check skip
        /// building the policy on every keystroke when it cannot come near the limit.
        /// </summary>
        internal static int MaxRenderedLength(IReadOnlyList<LifecycleRuleSpec> rules)
        {
            // Per rule: the fixed JSON of the longest shape ("untagged", both list keys, countUnit) plus two numbers of at
            // most 32 characters; each character of a string escapes to at most 6 ("\u0001"), plus quotes and a comma.
            const int FixedPerRule = 320;
            const int MaxEscapedCharLength = 6;
            long total = 16;
            foreach (var rule in rules)
            {
                total += FixedPerRule;
                if (rule.Description.IsKnown && rule.Description.Value is not null)
                {
                    total += (long)MaxEscapedCharLength * rule.Description.Value.Length;
                }

                total += MaxListLength(rule.TagPrefixList) + MaxListLength(rule.TagPatternList);
            }

            return total > int.MaxValue ? int.MaxValue : (int)total;

            static long MaxListLength(Setting<EquatableArray<NullableString>> list)
            {
                long length = 0;
                if (list.IsKnown)
                {
                    foreach (var element in list.Value)
                    {
                        length += (MaxEscapedCharLength * (long)(element.Value?.Length ?? 0)) + 3;
                    }
                }

                return length;
            }
        }

        /// <summary>
        /// orderedLifecycleRules: the CDK's rendering order (indexes into <paramref name="rules"/>) and the priority each
        /// gets, or <c>false</c> when it throws first or depends on values not known.
        /// </summary>
        private static bool TryOrder(IReadOnlyList<LifecycleRuleSpec> rules, out int[] order, out double[] assigned)
        {
            order = Array.Empty<int>();
            assigned = Array.Empty<double>();
            if (rules is null)
            {
                throw new ArgumentNullException(nameof(rules));
            }

            var prioritized = new List<int>();
            var unprioritized = new List<int>();
            var anyRules = new List<int>();
            var highest = double.NegativeInfinity;
            for (var i = 0; i < rules.Count; i++)
            {
                var rule = rules[i];
                var status = LifecycleRuleFacts.Of(rule).Status;
                if (status == EffectiveStatus.Unknown || (rule.RulePriority.IsSet && !rule.RulePriority.IsKnown))
                {
                    return false;
                }

                if (status == EffectiveStatus.Any)
                {
                    anyRules.Add(i);
                }
                else if (rule.RulePriority.IsSet)
                {
                    prioritized.Add(i);
                    highest = Math.Max(highest, rule.RulePriority.Value);
                }
                else
                {
                    unprioritized.Add(i);
                }
            }

            if (anyRules.Count > 1 || (anyRules.Count == 1 && rules[anyRules[0]].RulePriority.IsSet && unprioritized.Count > 0))
            {
                return false; // L6 (addLifecycleRule) or L8 (orderedLifecycleRules) throw.
            }

            // let autoPrio = (prios.length > 0 ? Math.max(...prios) : 0) + 1;
            var next = (prioritized.Count > 0 ? highest : 0) + 1;
            order = new int[rules.Count];
            assigned = new double[rules.Count];
            var position = 0;
            foreach (var group in new[] { prioritized, unprioritized, anyRules })
            {
                foreach (var index in group)
                {
                    order[position] = index;
                    assigned[position] = rules[index].RulePriority.IsSet ? rules[index].RulePriority.Value : next++;
                    position++;
                }
            }

            return true;
        }

        /// <summary>Whether the CDK accepts the rule in <c>addLifecycleRule</c> and every rendered value is known.</summary>
        private static bool CanRender(LifecycleRuleSpec rule)
        {
            var facts = LifecycleRuleFacts.Of(rule);
            if (rule.DeployTimeValueIn.IsSet
                || (rule.Description.IsSet && (!rule.Description.IsKnown || rule.Description.Value is null))
                || !IsFullyKnownOrAbsent(rule.TagPrefixList)
                || !IsFullyKnownOrAbsent(rule.TagPatternList)
                || rule.MaxImageAgeNotWholeDays.IsSet)
            {
                return false;
            }

            var hasCount = rule.MaxImageCount.IsKnown;
            var hasAge = rule.MaxImageAgeDays.IsKnown;
            if (hasCount == hasAge || (rule.MaxImageCount.IsSet && !hasCount) || (rule.MaxImageAgeDays.IsSet && !hasAge))
            {
                return false; // L1, or an unknown amount.
            }

            if (hasAge && !Text.IsWhole(rule.MaxImageAgeDays.Value))
            {
                return false; // L10: Duration.toDays throws.
            }

            var hasList = facts.PrefixList == Presence.Present || facts.PatternList == Presence.Present;
            var hasNonEmptyList = (facts.PrefixList == Presence.Present && rule.TagPrefixList.Value.Count > 0)
                || (facts.PatternList == Presence.Present && rule.TagPatternList.Value.Count > 0);
            if ((facts.Status == EffectiveStatus.Tagged && !hasNonEmptyList)
                || (facts.Status != EffectiveStatus.Tagged && hasList)
                || (facts.PrefixList == Presence.Present && facts.PatternList == Presence.Present))
            {
                return false; // L3, L2, L4.
            }

            if (facts.PatternList == Presence.Present)
            {
                foreach (var pattern in rule.TagPatternList.Value)
                {
                    if (CountWildcards(pattern.Value!) > LifecycleRules.MaxWildcardsPerPattern)
                    {
                        return false; // L5
                    }
                }
            }

            return true;
        }

        // renderLifecycleRule; JSON.stringify drops the undefined members.
        private static void AppendRule(StringBuilder json, LifecycleRuleSpec rule, double priority)
        {
            json.Append("{\"rulePriority\":").Append(Text.JsNumber(priority));
            if (rule.Description.IsSet)
            {
                json.Append(",\"description\":");
                Text.AppendJsonString(json, rule.Description.Value!);
            }

            json.Append(",\"selection\":{\"tagStatus\":\"");
            switch (LifecycleRuleFacts.Of(rule).Status)
            {
                case EffectiveStatus.Tagged: json.Append("tagged"); break;
                case EffectiveStatus.Untagged: json.Append("untagged"); break;
                default: json.Append("any"); break;
            }

            json.Append('"');
            AppendList(json, "tagPrefixList", rule.TagPrefixList);
            AppendList(json, "tagPatternList", rule.TagPatternList);
            if (rule.MaxImageAgeDays.IsKnown)
            {
                json.Append(",\"countType\":\"sinceImagePushed\",\"countNumber\":").Append(Text.JsNumber(rule.MaxImageAgeDays.Value))
                    .Append(",\"countUnit\":\"days\"");
            }
            else
            {
                json.Append(",\"countType\":\"imageCountMoreThan\",\"countNumber\":").Append(Text.JsNumber(rule.MaxImageCount.Value));
            }

            json.Append("},\"action\":{\"type\":\"expire\"}}");
        }

        private static void AppendList(StringBuilder json, string name, Setting<EquatableArray<NullableString>> list)
        {
            if (!list.IsSet)
            {
                return;
            }

            json.Append(",\"").Append(name).Append("\":[");
            for (var i = 0; i < list.Value.Count; i++)
            {
                if (i > 0)
                {
                    json.Append(',');
                }

                Text.AppendJsonString(json, list.Value[i].Value!);
            }

            json.Append(']');
        }

        private static bool IsFullyKnownOrAbsent(Setting<EquatableArray<NullableString>> list)
        {
            if (!list.IsSet)
            {
                return true;
            }

            if (!list.IsKnown)
            {
                return false;
            }

            foreach (var element in list.Value)
            {
                if (element.Value is null)
                {
                    return false;
                }
            }

            return true;
        }

        private static int CountWildcards(string pattern)
        {
            var count = 0;
            foreach (var c in pattern)
            {
                if (c == '*')
                {
                    count++;
                }
            }

            return count;
        }
    }
}
