using System;
using System.Collections.Generic;
using EcrGen.Domain.Json;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// A repository policy written as JSON text (<c>CfnRepositoryProps.RepositoryPolicyText</c>; catalogue T18, T19, W7): the
    /// text is a JSON policy object with a <c>Statement</c> (T19); no statement has a resource element (T18); and each
    /// statement has an action and a principal, judged by the same <see cref="PolicyStatementRules"/> as the L2 policy (W7).
    /// </summary>
    public static class RepositoryPolicyText
    {
        /// <summary>The ids <see cref="Validate(string, string)"/> reports.</summary>
        public static readonly IReadOnlyList<string> ReportedRuleIds = new[] { RuleIds.RepositoryPolicyTextInvalid, RuleIds.ResourcePolicyStatement, RuleIds.RepositoryPolicyResource };

        /// <summary>Every violation in <paramref name="text"/>, a <c>CfnRepository</c>'s <c>RepositoryPolicyText</c>; empty for a policy ECR accepts (as far as these rules go).</summary>
        public static IReadOnlyList<TextViolation> Validate(string text) => Validate(text, "RepositoryPolicyText");

        /// <summary>
        /// Every violation in <paramref name="text"/>, the repository policy of the property <paramref name="property"/>
        /// (<c>RepositoryPolicyText</c>, or a creation template's <c>RepositoryPolicy</c>), which the messages name.
        /// </summary>
        public static IReadOnlyList<TextViolation> Validate(string text, string property)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (property is null)
            {
                throw new ArgumentNullException(nameof(property));
            }

            var where = "the " + property;

            var found = new List<TextViolation>();
            if (!JsonReader.TryParse(text, out var root, out var error))
            {
                var offset = Math.Min(error!.Offset, Math.Max(0, text.Length - 1));
                found.Add(At(RuleIds.RepositoryPolicyTextInvalid, "", offset, text.Length == 0 ? 0 : 1, $"The {property} is not valid JSON: {error.Message} (character {error.Offset}); ECR rejects the policy at deploy {PolicyStatementRules.InvalidPolicy}."));
                return found;
            }

            if (root!.Kind != JsonKind.Object)
            {
                found.Add(At(RuleIds.RepositoryPolicyTextInvalid, "", root.Start, root.Length, $"The {property} is a JSON {root.KindName}; a policy is an object {{ \"Version\": \"2012-10-17\", \"Statement\": [...] }}, and ECR rejects anything else at deploy {PolicyStatementRules.InvalidPolicy}."));
                return found;
            }

            var statement = root.Find("Statement");
            if (statement is null)
            {
                if (!HasMemberIgnoringCase(root, "Statement"))
                {
                    found.Add(At(RuleIds.RepositoryPolicyTextInvalid, "Statement", root.Start, root.Length, $"The {property} has no \"Statement\"; ECR rejects a policy without statements at deploy {PolicyStatementRules.InvalidPolicy}."));
                }

                return found;
            }

            // IAM's grammar: one statement object, or an array of them.
            var statements = statement.Value.Kind == JsonKind.Array ? statement.Value.Items : new[] { statement.Value };
            for (var i = 0; i < statements.Count; i++)
            {
                if (statements[i].Kind == JsonKind.Object)
                {
                    CheckStatement(statements[i], statement.Value.Kind == JsonKind.Array ? $"Statement[{i}]" : "Statement", where, found);
                }
            }

            return found;
        }

        private static void CheckStatement(JsonValue statement, string path, string policy, List<TextViolation> found)
        {
            var resource = statement.Find("Resource") ?? statement.Find("NotResource");
            var spec = new PolicyStatementSpec
            {
                Actions = Elements(statement.Find("Action")),
                NotActions = Elements(statement.Find("NotAction")),
                HasPrincipals = Setting.Of(statement.Find("Principal") is not null || statement.Find("NotPrincipal") is not null),
                HasResources = Setting.Of(resource is not null),
            };

            // A statement whose keys are written in another case is not judged: the reader is not the judge of its grammar.
            if (HasMemberIgnoringCase(statement, "Action", exactToo: false) || HasMemberIgnoringCase(statement, "Principal", exactToo: false)
                || HasMemberIgnoringCase(statement, "NotAction", exactToo: false) || HasMemberIgnoringCase(statement, "NotPrincipal", exactToo: false))
            {
                spec = spec with { Actions = Setting<EquatableArray<NullableString>>.Unknown, NotActions = Setting<EquatableArray<NullableString>>.Unknown, HasPrincipals = Setting<bool>.Unknown };
            }

            var where = $"{policy} ({path})";
            foreach (var violation in PolicyStatementRules.ValidateForResourcePolicy(spec, where, PolicyForm.JsonText))
            {
                found.Add(new TextViolation(violation with { Option = path }, statement.Start, statement.Length));
            }

            foreach (var violation in PolicyStatementRules.ValidateResources(spec, where, PolicyForm.JsonText))
            {
                found.Add(new TextViolation(violation with { Option = path + "." + resource!.Name }, resource!.NameStart, resource.NameLength));
            }
        }

        // "Action": "ecr:X" or ["ecr:X", ...]: known when it is a string or an array (the values themselves are not judged).
        private static Setting<EquatableArray<NullableString>> Elements(JsonMember? member)
        {
            if (member is null)
            {
                return Setting<EquatableArray<NullableString>>.NotSet;
            }

            switch (member.Value.Kind)
            {
                case JsonKind.String:
                    return Setting.Of(new EquatableArray<NullableString>(new[] { new NullableString(member.Value.String) }));
                case JsonKind.Array:
                    var items = new NullableString[member.Value.Items.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = new NullableString(member.Value.Items[i].String);
                    }

                    return Setting.Of(new EquatableArray<NullableString>(items));
                default:
                    return Setting<EquatableArray<NullableString>>.Unknown;
            }
        }

        private static bool HasMemberIgnoringCase(JsonValue obj, string name, bool exactToo = true)
        {
            foreach (var member in obj.Members)
            {
                if (string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase) && (exactToo || member.Name != name))
                {
                    return true;
                }
            }

            return false;
        }

        private static TextViolation At(string id, string path, int start, int length, string message)
            => new TextViolation(new RuleViolation(id, path, -1, message), start, length);
    }
}
