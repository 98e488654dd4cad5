using System;
using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// The lifecycle rules of one repository (catalogue L1–L11, L13–L17, T12; aws-ecr/lib/repository.ts <c>addLifecycleRule</c>
    /// and <c>renderLifecyclePolicy</c>, ECR user guide "Lifecycle policies").
    /// </summary>
    public static class LifecycleRules
    {
        /// <summary>The most wildcards a tag pattern may hold (L5).</summary>
        public const int MaxWildcardsPerPattern = 4;

        /// <summary>The most rules a lifecycle policy may hold (L16; ECR quotas).</summary>
        public const int MaxRules = 50;

        /// <summary>The longest lifecycle policy text (L16; CloudFormation schema <c>LifecyclePolicyText</c>).</summary>
        public const int MaxPolicyTextLength = 30720;

        private const string AddLifecycleRule = "the CDK throws";

        /// <summary>
        /// Every violation among the known values of <paramref name="rulesOfOneRepository"/>, which must be all the rules of
        /// one repository in order of addition (L13): <c>RepositoryProps.LifecycleRules</c> first, then each
        /// <c>AddLifecycleRule</c> call or <c>[LifecycleRule]</c> attribute. <see cref="RuleViolation.Index"/> is the rule's
        /// index in that list. Values the compiler does not know never produce a violation.
        /// </summary>
        public static IEnumerable<RuleViolation> Validate(IReadOnlyList<LifecycleRuleSpec> rulesOfOneRepository)
        {
            if (rulesOfOneRepository is null)
            {
                throw new ArgumentNullException(nameof(rulesOfOneRepository));
            }

            var violations = default(ViolationList);
            var facts = new LifecycleRuleFacts[rulesOfOneRepository.Count];
            for (var i = 0; i < facts.Length; i++)
            {
                var rule = rulesOfOneRepository[i] ?? throw new ArgumentException($"Rule {i} is null.", nameof(rulesOfOneRepository));
                facts[i] = LifecycleRuleFacts.Of(rule);
                CheckOneRule(rule, facts[i], i, ref violations);
            }

            CheckSingleAnyRule(facts, ref violations);
            CheckAnyRuleOrder(rulesOfOneRepository, facts, ref violations);
            CheckUniquePriorities(rulesOfOneRepository, ref violations);
            CheckPolicySize(rulesOfOneRepository, ref violations);
            return violations.ToResult();
        }

        /// <summary>
        /// The tag status member (<see cref="CdkMembers.TagStatus"/>) a rule has once <c>addLifecycleRule</c> applied its
        /// defaults: as written, else TAGGED when a list is given, else ANY (L2, L14); <c>null</c> when not known.
        /// </summary>
        public static string? EffectiveTagStatus(LifecycleRuleSpec rule)
        {
            if (rule is null)
            {
                throw new ArgumentNullException(nameof(rule));
            }

            switch (LifecycleRuleFacts.Of(rule).Status)
            {
                case EffectiveStatus.Any: return CdkMembers.TagStatus.Any;
                case EffectiveStatus.Tagged: return CdkMembers.TagStatus.Tagged;
                case EffectiveStatus.Untagged: return CdkMembers.TagStatus.Untagged;
                default: return null;
            }
        }

        private static void CheckOneRule(LifecycleRuleSpec rule, LifecycleRuleFacts facts, int index, ref ViolationList violations)
        {
            // L3: TAGGED (written, or defaulted from a list) with no non-empty list.
            if (facts.Status == EffectiveStatus.Tagged && IsAbsentOrEmpty(rule.TagPrefixList) && IsAbsentOrEmpty(rule.TagPatternList))
            {
                var option = facts.StatusIsDefault ? (rule.TagPatternList.IsSet ? "TagPatternList" : "TagPrefixList") : "TagStatus";
                violations.Add(
                    RuleIds.TaggedNeedsList,
                    option,
                    index,
                    $"Lifecycle rule {index} selects TagStatus.TAGGED images but gives no tag prefix or pattern (the lists are missing or empty); {AddLifecycleRule} \"TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList\".");
            }

            // L2: a list (even an empty one) with an explicit ANY or UNTAGGED.
            if ((facts.Status == EffectiveStatus.Any || facts.Status == EffectiveStatus.Untagged)
                && (facts.PrefixList == Presence.Present || facts.PatternList == Presence.Present))
            {
                var option = facts.PrefixList == Presence.Present ? "TagPrefixList" : "TagPatternList";
                violations.Add(
                    RuleIds.ListsNeedTagged,
                    option,
                    index,
                    $"Lifecycle rule {index} gives {option} with TagStatus.{rule.TagStatus.Value}; lists are only allowed with TagStatus.TAGGED (the default when TagStatus is not set), {AddLifecycleRule} \"tagPrefixList and tagPatternList can only be specified when tagStatus is set to Tagged\".",
                    FixHint.Set("TagStatus", CdkMembers.TagStatus.Tagged));
            }

            // L4
            if (facts.PrefixList == Presence.Present && facts.PatternList == Presence.Present)
            {
                violations.Add(
                    RuleIds.BothLists,
                    "TagPatternList",
                    index,
                    $"Lifecycle rule {index} gives both TagPrefixList and TagPatternList; use one (or split the rule), {AddLifecycleRule} \"Both tagPrefixList and tagPatternList cannot be specified together in a rule\".",
                    FixHint.RemoveEither("TagPatternList", "TagPrefixList"));
            }

            var wildcardsOk = CheckWildcards(rule, index, ref violations);
            if (wildcardsOk && facts.Status == EffectiveStatus.Tagged && !(facts.PrefixList == Presence.Present && facts.PatternList == Presence.Present))
            {
                CheckAllTagsSelected(rule.TagPrefixList, "TagPrefixList", "prefixes", index, ref violations);
                CheckAllTagsSelected(rule.TagPatternList, "TagPatternList", "patterns", index, ref violations);
            }

            CheckCountOrAge(rule, facts, index, ref violations);
            CheckPriorityValue(rule, index, ref violations);

            // L17: a token in the rule is JSON.stringify'd into the policy text as a literal {"Ref": ...}.
            if (rule.DeployTimeValueIn.TryGetValue(out var tokenOption) && tokenOption is not null)
            {
                violations.Add(
                    RuleIds.DeployTimeValue,
                    tokenOption,
                    index,
                    $"Lifecycle rule {index} has a deploy-time value (a CfnParameter or other token) in {tokenOption}; the CDK writes it literally into the lifecycle policy text, which CloudFormation never resolves. Use a value known at synth time.");
            }
        }

        // L5: pattern.split('*').length > 5. False when a pattern has too many.
        private static bool CheckWildcards(LifecycleRuleSpec rule, int index, ref ViolationList violations)
        {
            if (!rule.TagPatternList.TryGetValue(out var patterns))
            {
                return true;
            }

            var ok = true;
            for (var p = 0; p < patterns.Count; p++)
            {
                var pattern = patterns[p].Value;
                if (pattern is null)
                {
                    continue;
                }

                var wildcards = 0;
                foreach (var c in pattern)
                {
                    if (c == '*')
                    {
                        wildcards++;
                    }
                }

                if (wildcards > MaxWildcardsPerPattern)
                {
                    ok = false;
                    violations.Add(
                        RuleIds.TooManyWildcards,
                        "TagPatternList",
                        index,
                        $"Tag pattern {p} '{pattern}' of lifecycle rule {index} has {wildcards} wildcards; {AddLifecycleRule} \"A tag pattern cannot contain more than four wildcard characters (*), pattern: {pattern}, counts: {wildcards}\".");
                }
            }

            return ok;
        }

        /// <summary>
        /// T12: ECR selects the images that carry ALL the prefixes or patterns of a list (a tag for each), not the images with
        /// any one of them (aws-ecr/lib/lifecycle.ts <c>tagPrefixList</c>/<c>tagPatternList</c> docs; ECR user guide, lifecycle
        /// policy properties). Judged only for a TAGGED rule the CDK accepts, and only on two or more distinct known entries:
        /// an unknown entry may equal a known one.
        /// </summary>
        private static void CheckAllTagsSelected(Setting<EquatableArray<NullableString>> list, string option, string noun, int index, ref ViolationList violations)
        {
            if (!list.TryGetValue(out var entries) || entries.Count < 2)
            {
                return;
            }

            var distinct = new List<string>(entries.Count);
            foreach (var entry in entries)
            {
                if (entry.Value is not null && !distinct.Contains(entry.Value))
                {
                    distinct.Add(entry.Value);
                }
            }

            if (distinct.Count < 2)
            {
                return;
            }

            const int Quoted = 3;
            var quoted = "'" + string.Join("', '", distinct.GetRange(0, Math.Min(Quoted, distinct.Count))) + "'" + (distinct.Count > Quoted ? ", ..." : "");
            violations.Add(
                RuleIds.AllTagsSelected,
                option,
                index,
                $"Lifecycle rule {index} lists {distinct.Count} tag {noun} in {option} ({quoted}); ECR selects only the images that carry ALL of them, a tag matching each, not the images that match any one. If the rule is meant for images that match any of them, write one rule per entry.");
        }

        // L1, L10, L11.
        private static void CheckCountOrAge(LifecycleRuleSpec rule, LifecycleRuleFacts facts, int index, ref ViolationList violations)
        {
            if (facts.Count == Presence.Absent && facts.Age == Presence.Absent)
            {
                violations.Add(
                    RuleIds.CountOrAge,
                    "",
                    index,
                    $"Lifecycle rule {index} sets neither MaxImageCount nor MaxImageAge; {AddLifecycleRule} \"Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount'\".");
            }
            else if (facts.Count == Presence.Present && facts.Age == Presence.Present)
            {
                violations.Add(
                    RuleIds.CountOrAge,
                    "MaxImageAge",
                    index,
                    $"Lifecycle rule {index} sets both MaxImageCount and MaxImageAge; {AddLifecycleRule} \"Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount'\". Split it into two rules.",
                    FixHint.RemoveEither("MaxImageAge", "MaxImageCount"));
            }

            if (rule.MaxImageAgeNotWholeDays.TryGetValue(out var asWritten) && asWritten is not null)
            {
                violations.Add(
                    RuleIds.AgeWholeDays,
                    "MaxImageAge",
                    index,
                    $"MaxImageAge of lifecycle rule {index} is '{asWritten}', not a whole number of days; {AddLifecycleRule} \"'{asWritten}' cannot be converted into a whole number of days.\"");
            }

            if (rule.MaxImageAgeDays.TryGetValue(out var days))
            {
                if (!Text.IsWhole(days))
                {
                    var written = Text.JsNumber(days) + " days";
                    violations.Add(
                        RuleIds.AgeWholeDays,
                        "MaxImageAge",
                        index,
                        $"MaxImageAge of lifecycle rule {index} is '{written}', not a whole number of days; {AddLifecycleRule} \"'{written}' cannot be converted into a whole number of days.\"");
                }
                else if (days < 1)
                {
                    violations.Add(
                        RuleIds.CountAgeAtLeastOne,
                        "MaxImageAge",
                        index,
                        $"MaxImageAge of lifecycle rule {index} is {Text.JsNumber(days)} days; ECR rejects the policy at deploy unless the age is at least 1 day.");
                }
            }

            if (rule.MaxImageCount.TryGetValue(out var count) && (count < 1 || !Text.IsWhole(count)))
            {
                violations.Add(
                    RuleIds.CountAgeAtLeastOne,
                    "MaxImageCount",
                    index,
                    $"MaxImageCount of lifecycle rule {index} is {Text.JsNumber(count)}; ECR rejects the policy at deploy unless it is a whole number of at least 1.");
            }
        }

        // L15: the CDK passes any number through; ECR wants a positive integer.
        private static void CheckPriorityValue(LifecycleRuleSpec rule, int index, ref ViolationList violations)
        {
            if (rule.RulePriority.TryGetValue(out var priority) && (priority < 1 || !Text.IsWhole(priority)))
            {
                violations.Add(
                    RuleIds.PriorityPositive,
                    "RulePriority",
                    index,
                    $"RulePriority of lifecycle rule {index} is {Text.JsNumber(priority)}; ECR rejects the policy at deploy unless it is a positive whole number.");
            }
        }

        // L6, L14: addLifecycleRule throws on the second ANY rule. L14 when either ANY came from the default.
        private static void CheckSingleAnyRule(LifecycleRuleFacts[] facts, ref ViolationList violations)
        {
            var firstAny = -1;
            for (var i = 0; i < facts.Length; i++)
            {
                if (facts[i].Status != EffectiveStatus.Any)
                {
                    continue;
                }

                if (firstAny < 0)
                {
                    firstAny = i;
                    continue;
                }

                var fromDefault = facts[i].StatusIsDefault || facts[firstAny].StatusIsDefault;
                var why = fromDefault
                    ? " (a rule with no TagStatus and no tag list defaults to TagStatus.ANY; give it TagStatus.UNTAGGED or a tag list, or merge the rules)"
                    : "";
                violations.Add(
                    fromDefault ? RuleIds.ImplicitAnyRule : RuleIds.OneAnyRule,
                    facts[i].StatusIsDefault ? "" : "TagStatus",
                    i,
                    $"Lifecycle rule {i} is a second TagStatus.ANY rule after rule {firstAny}{why}; {AddLifecycleRule} \"Life cycle can only have one TagStatus.Any rule\".");
            }
        }

        // L7, L8: renderLifecyclePolicy/orderedLifecycleRules and validateAnyRuleLast, when exactly one rule is ANY.
        private static void CheckAnyRuleOrder(IReadOnlyList<LifecycleRuleSpec> rules, LifecycleRuleFacts[] facts, ref ViolationList violations)
        {
            var anyIndex = -1;
            for (var i = 0; i < facts.Length; i++)
            {
                if (facts[i].Status == EffectiveStatus.Unknown)
                {
                    return; // it might be a second ANY rule (then L6 applies instead) or change the ordering.
                }

                if (facts[i].Status == EffectiveStatus.Any)
                {
                    if (anyIndex >= 0)
                    {
                        return; // L6 already: addLifecycleRule throws before rendering.
                    }

                    anyIndex = i;
                }
            }

            if (anyIndex < 0 || !rules[anyIndex].RulePriority.TryGetValue(out var anyPriority))
            {
                return; // an unprioritized ANY rule is placed last, after every other priority.
            }

            var firstUnprioritized = -1;
            var highestOther = -1;
            for (var i = 0; i < rules.Count; i++)
            {
                if (i == anyIndex)
                {
                    continue;
                }

                var priority = rules[i].RulePriority;
                if (!priority.IsSet && firstUnprioritized < 0)
                {
                    firstUnprioritized = i;
                }
                else if (priority.IsKnown && (highestOther < 0 || priority.Value > rules[highestOther].RulePriority.Value))
                {
                    highestOther = i;
                }
            }

            if (firstUnprioritized >= 0)
            {
                violations.Add(
                    RuleIds.PrioritizedAnyWithUnprioritized,
                    "RulePriority",
                    anyIndex,
                    $"Lifecycle rule {anyIndex} is a TagStatus.ANY rule with RulePriority {Text.JsNumber(anyPriority)}, but rule {firstUnprioritized} has no RulePriority; {AddLifecycleRule} \"Cannot combine prioritized TagStatus.Any rule with unprioritized rules. Remove rulePriority from the 'Any' rule.\"");
            }
            else if (highestOther >= 0 && rules[highestOther].RulePriority.Value > anyPriority)
            {
                var highest = Text.JsNumber(rules[highestOther].RulePriority.Value);
                violations.Add(
                    RuleIds.AnyRuleHighestPriority,
                    "RulePriority",
                    anyIndex,
                    $"Lifecycle rule {anyIndex} is a TagStatus.ANY rule with RulePriority {Text.JsNumber(anyPriority)}, lower than rule {highestOther}'s {highest}; the ANY rule must have the highest priority, {AddLifecycleRule} \"TagStatus.Any rule must have highest priority, has {Text.JsNumber(anyPriority)} which is smaller than {highest}\".");
            }
        }

        // L9: automatic priorities are all above the highest explicit one, so only explicit priorities can collide.
        private static void CheckUniquePriorities(IReadOnlyList<LifecycleRuleSpec> rules, ref ViolationList violations)
        {
            for (var i = 1; i < rules.Count; i++)
            {
                if (!rules[i].RulePriority.TryGetValue(out var priority))
                {
                    continue;
                }

                for (var earlier = 0; earlier < i; earlier++)
                {
                    if (rules[earlier].RulePriority.TryGetValue(out var earlierPriority) && earlierPriority == priority)
                    {
                        violations.Add(
                            RuleIds.DuplicatePriority,
                            "RulePriority",
                            i,
                            $"Lifecycle rule {i} has RulePriority {Text.JsNumber(priority)}, already used by rule {earlier}; ECR rejects the policy at deploy because rule priorities must be unique.");
                        break;
                    }
                }
            }
        }

        // L16: ECR's 50-rule quota, and the policy text length CloudFormation accepts.
        private static void CheckPolicySize(IReadOnlyList<LifecycleRuleSpec> rules, ref ViolationList violations)
        {
            if (rules.Count > MaxRules)
            {
                violations.Add(
                    RuleIds.PolicyTooLarge,
                    "",
                    MaxRules,
                    $"The repository has {rules.Count} lifecycle rules; ECR allows at most {MaxRules} per policy, so rule {MaxRules} and later make the deployment fail.");
                return;
            }

            if (LifecyclePolicy.MaxRenderedLength(rules) <= MaxPolicyTextLength)
            {
                return; // cannot exceed the limit: skip rendering (this runs on every keystroke).
            }

            var text = LifecyclePolicy.Render(rules);
            if (text is not null && text.Length > MaxPolicyTextLength)
            {
                violations.Add(
                    RuleIds.PolicyTooLarge,
                    "",
                    -1,
                    $"The rendered lifecycle policy text has {text.Length} characters; CloudFormation accepts at most {MaxPolicyTextLength}. Shorten descriptions or tag lists, or merge rules.");
            }
        }

        private static bool IsAbsentOrEmpty(Setting<EquatableArray<NullableString>> list)
            => !list.IsSet || (list.IsKnown && list.Value.Count == 0);
    }
}
