using System;
using System.Collections.Generic;
using EcrGen.Domain.Json;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// A lifecycle policy written as JSON text (<c>CfnRepository.LifecyclePolicyProperty.LifecyclePolicyText</c>; catalogue T11),
    /// judged as ECR judges it at deploy (ECR user guide, "Lifecycle policy properties"): the text is JSON (ECR2019); its keys,
    /// values and types are the ones ECR's policy schema accepts, and the required ones are there (ECR2020); and its rules,
    /// read into <see cref="LifecycleRuleSpec"/>s, pass the same <see cref="LifecycleRules"/> the attributes and the L2 code
    /// are judged by, keeping only the verdicts ECR itself enforces on a policy text (the CDK's own defaults, such as a rule
    /// without priority or tag status, do not exist in JSON, where both are required).
    /// </summary>
    public static class LifecyclePolicyText
    {
        /// <summary>The <c>countType</c> values ECR knows: a count, or an age in days since push, last pull or transition.</summary>
        public static readonly IReadOnlyList<string> CountTypes = new[] { "imageCountMoreThan", "sinceImagePushed", "sinceImagePulled", "sinceImageTransitioned" };

        private static readonly string[] TopKeys = { "rules" };
        private static readonly string[] RuleKeys = { "rulePriority", "description", "selection", "action" };
        private static readonly string[] SelectionKeys = { "tagStatus", "tagPatternList", "tagPrefixList", "storageClass", "countType", "countUnit", "countNumber" };
        private static readonly string[] ActionKeys = { "type", "targetStorageClass" };
        private static readonly string[] TagStatuses = { "tagged", "untagged", "any" };
        private static readonly string[] StorageClasses = { "standard", "archive" };
        private static readonly string[] ActionTypes = { "expire", "transition" };

        // The verdicts of LifecycleRules that hold for a JSON policy: ECR enforces them on the text. Left out: the CDK-only
        // checks (L1 exactly one of count and age, L4 both lists, L8 and L14 about missing priorities and tag statuses, L17
        // tokens) and the rendered-length check, replaced by the length of the text itself.
        private static readonly string[] SharedRuleIds =
        {
            RuleIds.ListsNeedTagged, RuleIds.TaggedNeedsList, RuleIds.TooManyWildcards, RuleIds.OneAnyRule, RuleIds.AnyRuleHighestPriority,
            RuleIds.DuplicatePriority, RuleIds.AgeWholeDays, RuleIds.CountAgeAtLeastOne, RuleIds.PriorityPositive, RuleIds.PolicyTooLarge,
        };

        private const string Rejects = "ECR rejects the policy at deploy";

        /// <summary>The ids <see cref="Validate"/> reports: the text's own (ECR2019, ECR2020) and the shared lifecycle rules ECR enforces on it.</summary>
        public static readonly IReadOnlyList<string> ReportedRuleIds = Concat(new[] { RuleIds.LifecyclePolicyTextNotJson, RuleIds.LifecyclePolicyTextSchema }, SharedRuleIds);

        /// <summary>Every violation in <paramref name="text"/>, in text order per rule; empty for a valid policy.</summary>
        public static IReadOnlyList<TextViolation> Validate(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            var found = new List<TextViolation>();
            if (text.Length > LifecycleRules.MaxPolicyTextLength)
            {
                found.Add(At(RuleIds.PolicyTooLarge, "", -1, 0, text.Length, $"The lifecycle policy text has {text.Length} characters; CloudFormation accepts at most {LifecycleRules.MaxPolicyTextLength}. Shorten descriptions or tag lists, or merge rules."));
            }

            if (!JsonReader.TryParse(text, out var root, out var error))
            {
                var offset = Math.Min(error!.Offset, Math.Max(0, text.Length - 1));
                found.Add(At(RuleIds.LifecyclePolicyTextNotJson, "", -1, offset, text.Length == 0 ? 0 : 1, $"The lifecycle policy text is not valid JSON: {error.Message} (character {error.Offset}); {Rejects}."));
                return found;
            }

            if (root!.Kind != JsonKind.Object)
            {
                found.Add(Schema(root, "", -1, $"The lifecycle policy text is a JSON {root.KindName}; ECR expects an object {{ \"rules\": [...] }}, and {Rejects}."));
                return found;
            }

            CheckKeys(root, "", TopKeys, -1, found);
            var rules = root.Find("rules");
            if (rules is null)
            {
                found.Add(Schema(root, "", -1, $"The lifecycle policy text has no \"rules\"; {Rejects}."));
                return found;
            }

            if (rules.Value.Kind != JsonKind.Array || rules.Value.Items.Count == 0)
            {
                found.Add(Schema(rules.Value, "rules", -1, $"\"rules\" is {(rules.Value.Kind == JsonKind.Array ? "an empty array" : "a JSON " + rules.Value.KindName)}; ECR expects an array of at least one rule, and {Rejects}."));
                return found;
            }

            var specs = new LifecycleRuleSpec[rules.Value.Items.Count];
            for (var i = 0; i < specs.Length; i++)
            {
                specs[i] = ReadRule(rules.Value.Items[i], i, found);
            }

            foreach (var violation in LifecycleRules.Validate(specs))
            {
                if (Array.IndexOf(SharedRuleIds, violation.RuleId) >= 0 && Locate(violation, rules.Value.Items, specs) is { } located)
                {
                    found.Add(located);
                }
            }

            return found;
        }

        private static LifecycleRuleSpec ReadRule(JsonValue rule, int index, List<TextViolation> found)
        {
            var path = $"rules[{index}]";
            if (rule.Kind != JsonKind.Object)
            {
                found.Add(Schema(rule, path, index, $"{path} is a JSON {rule.KindName}; ECR expects a rule object, and {Rejects}."));
                return LifecycleRuleSpec.Unknown;
            }

            CheckKeys(rule, path, RuleKeys, index, found);
            var spec = LifecycleRuleSpec.Unknown with { Description = Setting<string>.NotSet, MaxImageAgeNotWholeDays = default, DeployTimeValueIn = default };

            var priority = Required(rule, "rulePriority", path, index, found);
            if (priority is not null)
            {
                spec = spec with { RulePriority = Number(priority, path + ".rulePriority", index, found) };
            }

            if (rule.Find("description") is { } description)
            {
                spec = spec with { Description = Expect(description.Value, JsonKind.String, path + ".description", index, found) ? Setting.Of(description.Value.String!) : Setting<string>.Unknown };
            }

            var action = Required(rule, "action", path, index, found);
            if (action is not null && Expect(action, JsonKind.Object, path + ".action", index, found))
            {
                CheckKeys(action, path + ".action", ActionKeys, index, found);
                var type = Required(action, "type", path + ".action", index, found);
                var typeName = type is null ? null : OneOf(type, ActionTypes, path + ".action.type", index, found);
                if (typeName == "expire" && action.Find("targetStorageClass") is { } target)
                {
                    found.Add(Schema(target.Value, path + ".action.targetStorageClass", index, $"{path}.action has \"targetStorageClass\" with \"type\": \"expire\"; only a \"transition\" action has a target storage class, and {Rejects}."));
                }
                else if (action.Find("targetStorageClass") is { } storage)
                {
                    OneOf(storage.Value, new[] { "archive" }, path + ".action.targetStorageClass", index, found);
                }
            }

            var selection = Required(rule, "selection", path, index, found);
            if (selection is null || !Expect(selection, JsonKind.Object, path + ".selection", index, found))
            {
                return spec;
            }

            var where = path + ".selection";
            CheckKeys(selection, where, SelectionKeys, index, found);
            var status = Required(selection, "tagStatus", where, index, found);
            var statusName = status is null ? null : OneOf(status, TagStatuses, where + ".tagStatus", index, found);
            spec = spec with
            {
                TagStatus = statusName switch
                {
                    "tagged" => Setting.Of(new CdkEnumValue(CdkMembers.TagStatus.Tagged, 0)),
                    "untagged" => Setting.Of(new CdkEnumValue(CdkMembers.TagStatus.Untagged, 1)),
                    "any" => Setting.Of(new CdkEnumValue(CdkMembers.TagStatus.Any, 2)),
                    _ => Setting<CdkEnumValue>.Unknown,
                },
                TagPrefixList = StringList(selection, "tagPrefixList", where, index, found),
                TagPatternList = StringList(selection, "tagPatternList", where, index, found),
            };

            if (selection.Find("storageClass") is { } storageClass)
            {
                OneOf(storageClass.Value, StorageClasses, where + ".storageClass", index, found);
            }

            var countType = Required(selection, "countType", where, index, found);
            var countTypeName = countType is null ? null : OneOf(countType, CountTypes, where + ".countType", index, found);
            var unit = selection.Find("countUnit");
            if (countTypeName == "imageCountMoreThan" && unit is not null)
            {
                found.Add(Schema(unit.Value, where + ".countUnit", index, $"{where} has \"countUnit\" with \"countType\": \"imageCountMoreThan\"; a count has no unit, and {Rejects}."));
            }
            else if (countTypeName is not null && countTypeName != "imageCountMoreThan")
            {
                if (unit is null)
                {
                    found.Add(Schema(selection, where, index, $"{where} has \"countType\": \"{countTypeName}\" without \"countUnit\": \"days\"; {Rejects}."));
                }
                else
                {
                    OneOf(unit.Value, new[] { "days" }, where + ".countUnit", index, found);
                }
            }

            var countNumber = Required(selection, "countNumber", where, index, found);
            var count = countNumber is null ? Setting<double>.Unknown : Number(countNumber, where + ".countNumber", index, found);
            return spec with
            {
                MaxImageCount = countTypeName == "imageCountMoreThan" ? count : countTypeName is null ? Setting<double>.Unknown : Setting<double>.NotSet,
                MaxImageAgeDays = countTypeName is null ? Setting<double>.Unknown : countTypeName != "imageCountMoreThan" ? count : Setting<double>.NotSet,
            };
        }

        private static void CheckKeys(JsonValue obj, string path, string[] known, int index, List<TextViolation> found)
        {
            foreach (var member in obj.Members)
            {
                var where = path.Length == 0 ? "the lifecycle policy text" : path;
                if (Array.IndexOf(known, member.Name) < 0)
                {
                    found.Add(new TextViolation(
                        new RuleViolation(RuleIds.LifecyclePolicyTextSchema, Join(path, member.Name), index, $"{Capital(where)} has the key \"{member.Name}\", which ECR's lifecycle policy does not know (it knows {List(known)}); {Rejects}."),
                        member.NameStart,
                        member.NameLength));
                }
                else if (member.IsDuplicate)
                {
                    found.Add(new TextViolation(
                        new RuleViolation(RuleIds.LifecyclePolicyTextSchema, Join(path, member.Name), index, $"{Capital(where)} has the key \"{member.Name}\" twice; which one ECR reads is not defined. Keep one."),
                        member.NameStart,
                        member.NameLength));
                }
            }
        }

        private static JsonValue? Required(JsonValue obj, string key, string path, int index, List<TextViolation> found)
        {
            if (obj.Find(key) is { } member)
            {
                return member.Value;
            }

            found.Add(Schema(obj, Join(path, key), index, $"{Capital(path)} has no \"{key}\", which ECR requires; {Rejects}."));
            return null;
        }

        private static bool Expect(JsonValue value, JsonKind kind, string path, int index, List<TextViolation> found)
        {
            if (value.Kind == kind)
            {
                return true;
            }

            var expected = kind == JsonKind.Object ? "an object" : kind == JsonKind.String ? "a string" : "an array";
            found.Add(Schema(value, path, index, $"{path} is a JSON {value.KindName}; ECR expects {expected}, and {Rejects}."));
            return false;
        }

        private static string? OneOf(JsonValue value, IReadOnlyList<string> allowed, string path, int index, List<TextViolation> found)
        {
            if (value.Kind == JsonKind.String)
            {
                foreach (var name in allowed)
                {
                    if (name == value.String)
                    {
                        return name;
                    }
                }
            }

            var written = value.Kind == JsonKind.String ? $"\"{value.String}\"" : "a JSON " + value.KindName;
            found.Add(Schema(value, path, index, $"{path} is {written}; ECR accepts only {List(allowed)} (case-sensitive), and {Rejects}."));
            return null;
        }

        private static Setting<double> Number(JsonValue value, string path, int index, List<TextViolation> found)
        {
            if (value.Kind == JsonKind.Number)
            {
                return Setting.Of(value.Number);
            }

            found.Add(Schema(value, path, index, $"{path} is a JSON {value.KindName}; ECR expects an integer, and {Rejects}."));
            return Setting<double>.Unknown;
        }

        private static Setting<EquatableArray<NullableString>> StringList(JsonValue selection, string key, string path, int index, List<TextViolation> found)
        {
            if (selection.Find(key) is not { } member)
            {
                return Setting<EquatableArray<NullableString>>.NotSet;
            }

            if (!Expect(member.Value, JsonKind.Array, Join(path, key), index, found))
            {
                return Setting<EquatableArray<NullableString>>.Unknown;
            }

            var items = new NullableString[member.Value.Items.Count];
            for (var i = 0; i < items.Length; i++)
            {
                var item = member.Value.Items[i];
                items[i] = Expect(item, JsonKind.String, $"{path}.{key}[{i}]", index, found) ? new NullableString(item.String) : default;
            }

            return Setting.Of(new EquatableArray<NullableString>(items));
        }

        // A LifecycleRules verdict, worded for the text and placed on the JSON value it is about.
        private static TextViolation? Locate(RuleViolation violation, IReadOnlyList<JsonValue> rules, LifecycleRuleSpec[] specs)
        {
            var i = violation.Index;
            if (violation.RuleId == RuleIds.PolicyTooLarge)
            {
                return i >= 0 && i < rules.Count
                    ? At(violation.RuleId, $"rules[{i}]", i, rules[i].Start, rules[i].Length, $"The lifecycle policy text has {rules.Count} rules; ECR allows at most {LifecycleRules.MaxRules} per policy and rejects the policy at deploy.")
                    : null; // the rendered length: the text's own length is checked instead.
            }

            if (i < 0 || i >= rules.Count)
            {
                return null;
            }

            var path = $"rules[{i}]";
            var selection = rules[i].Find("selection")?.Value;
            var priority = rules[i].Find("rulePriority")?.Value ?? rules[i];
            var countNumber = selection?.Find("countNumber")?.Value ?? rules[i];
            switch (violation.RuleId)
            {
                case RuleIds.ListsNeedTagged:
                    if (!specs[i].TagStatus.Value.Is(CdkMembers.TagStatus.Untagged))
                    {
                        return null; // the guide forbids the lists with "untagged" only.
                    }

                    var list = selection?.Find(violation.Option == "TagPatternList" ? "tagPatternList" : "tagPrefixList")?.Value ?? rules[i];
                    return At(violation.RuleId, path + ".selection", i, list.Start, list.Length, $"{path} selects \"untagged\" images but gives {(violation.Option == "TagPatternList" ? "tagPatternList" : "tagPrefixList")}; a rule for untagged images must omit both tag lists, and {Rejects}.");
                case RuleIds.TaggedNeedsList:
                    var status = selection?.Find("tagStatus")?.Value ?? rules[i];
                    return At(violation.RuleId, path + ".selection.tagStatus", i, status.Start, status.Length, $"{path} selects \"tagged\" images but gives no tagPrefixList or tagPatternList (or only empty ones); ECR needs one of them with \"tagged\", and {Rejects}.");
                case RuleIds.TooManyWildcards:
                    return Wildcards(violation, selection, path, i);
                case RuleIds.OneAnyRule:
                    var anyStatus = selection?.Find("tagStatus")?.Value ?? rules[i];
                    return At(violation.RuleId, path + ".selection.tagStatus", i, anyStatus.Start, anyStatus.Length, $"{path} is a second rule with \"tagStatus\": \"any\"; ECR requires an \"any\" rule to have the highest rulePriority, which only one rule can have, and {Rejects}.");
                case RuleIds.AnyRuleHighestPriority:
                    return At(violation.RuleId, path + ".rulePriority", i, priority.Start, priority.Length, $"{path} has \"tagStatus\": \"any\" and rulePriority {Text.JsNumber(specs[i].RulePriority.Value)}, lower than {HighestOther(specs, i)}; ECR requires the \"any\" rule to have the highest rulePriority, and {Rejects}.");
                case RuleIds.DuplicatePriority:
                    return At(violation.RuleId, path + ".rulePriority", i, priority.Start, priority.Length, $"{path} has rulePriority {Text.JsNumber(specs[i].RulePriority.Value)}, already used by rules[{EarlierWithSamePriority(specs, i)}]; rule priorities must be unique, and {Rejects}.");
                case RuleIds.AgeWholeDays:
                case RuleIds.CountAgeAtLeastOne:
                    return At(violation.RuleId, path + ".selection.countNumber", i, countNumber.Start, countNumber.Length, $"countNumber of {path} is {countNumber.Raw ?? "not a number"}; ECR accepts only a whole number of at least 1, and {Rejects}.");
                case RuleIds.PriorityPositive:
                    return At(violation.RuleId, path + ".rulePriority", i, priority.Start, priority.Length, $"rulePriority of {path} is {priority.Raw ?? "not a number"}; ECR accepts only a positive whole number, and {Rejects}.");
                default:
                    return null;
            }
        }

        private static TextViolation? Wildcards(RuleViolation violation, JsonValue? selection, string path, int index)
        {
            if (selection?.Find("tagPatternList")?.Value is not { Kind: JsonKind.Array } patterns)
            {
                return null;
            }

            // LifecycleRules names the pattern in its message ("Tag pattern 2 '...'"): find which.
            for (var p = 0; p < patterns.Items.Count; p++)
            {
                var pattern = patterns.Items[p];
                if (pattern.String is { } value && violation.Message.StartsWith($"Tag pattern {p} '", StringComparison.Ordinal))
                {
                    var wildcards = value.Split('*').Length - 1;
                    return At(violation.RuleId, $"{path}.selection.tagPatternList[{p}]", index, pattern.Start, pattern.Length, $"Tag pattern \"{value}\" of {path} has {wildcards} wildcards; ECR allows at most {LifecycleRules.MaxWildcardsPerPattern} '*' in a pattern, and {Rejects}.");
                }
            }

            return null;
        }

        private static string HighestOther(LifecycleRuleSpec[] specs, int anyIndex)
        {
            var best = -1;
            for (var i = 0; i < specs.Length; i++)
            {
                if (i != anyIndex && specs[i].RulePriority.IsKnown && (best < 0 || specs[i].RulePriority.Value > specs[best].RulePriority.Value))
                {
                    best = i;
                }
            }

            return best < 0 ? "another rule's" : $"rules[{best}]'s {Text.JsNumber(specs[best].RulePriority.Value)}";
        }

        private static int EarlierWithSamePriority(LifecycleRuleSpec[] specs, int index)
        {
            for (var i = 0; i < index; i++)
            {
                if (specs[i].RulePriority.IsKnown && specs[i].RulePriority.Value == specs[index].RulePriority.Value)
                {
                    return i;
                }
            }

            return -1;
        }

        private static TextViolation Schema(JsonValue value, string path, int index, string message)
            => At(RuleIds.LifecyclePolicyTextSchema, path, index, value.Start, value.Length, message);

        private static TextViolation At(string id, string path, int index, int start, int length, string message)
            => new TextViolation(new RuleViolation(id, path, index, message), start, length);

        private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

        private static string Capital(string path) => path.Length == 0 ? "The lifecycle policy text" : path;

        private static string[] Concat(string[] first, string[] second)
        {
            var all = new string[first.Length + second.Length];
            first.CopyTo(all, 0);
            second.CopyTo(all, first.Length);
            return all;
        }

        private static string List(IReadOnlyList<string> names)
        {
            var quoted = new string[names.Count];
            for (var i = 0; i < quoted.Length; i++)
            {
                quoted[i] = "\"" + names[i] + "\"";
            }

            return string.Join(", ", quoted);
        }
    }
}
