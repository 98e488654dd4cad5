using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// A tag-or-digest that is the token of a <c>CfnParameter</c> known to hold a digest (catalogue T5). The CDK tells a digest
    /// from a tag at synth (aws-ecr/lib/repository.ts <c>repositoryUriForTagOrDigest</c>: <c>startsWith('sha256:')</c>); a token
    /// never starts with it, so the value is appended after <c>:</c>, and <c>repo:sha256:…</c> is not an image reference.
    /// Only a parameter whose own constant options say it holds a digest is judged: a token of unknown content may be a tag.
    /// </summary>
    public static class DeployTimeDigestRules
    {
        /// <summary>
        /// Whether every value <paramref name="pattern"/> admits starts with <c>sha256:</c>. CloudFormation matches an
        /// <c>AllowedPattern</c> against the whole value, so the pattern must begin (after <c>^</c> or <c>\A</c>, and any
        /// group that opens there and is not optional) with the literal <c>sha256:</c>, no character of it optional, and have
        /// no alternative (<c>|</c>) that could skip it. Anything else (a case-insensitive flag, a character class,
        /// <c>sha256:?</c>) is not known to require a digest.
        /// </summary>
        public static bool PatternRequiresDigest(string? pattern)
        {
            if (pattern is null)
            {
                return false;
            }

            var i = 0;
            if (pattern.StartsWith("\\A", System.StringComparison.Ordinal))
            {
                i = 2;
            }

            while (i < pattern.Length && pattern[i] == '^')
            {
                i++;
            }

            var openedGroups = false;
            while (i < pattern.Length && pattern[i] == '(')
            {
                var close = MatchingParenthesis(pattern, i);
                if (close < 0 || IsOptionalQuantifier(pattern, close + 1))
                {
                    return false;
                }

                openedGroups = true;
                if (string.CompareOrdinal(pattern, i, "(?:", 0, 3) == 0)
                {
                    i += 3;
                }
                else if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                {
                    return false; // a flag group ((?i)), a lookaround, a named group: not judged
                }
                else
                {
                    i++;
                }
            }

            foreach (var expected in ImageDigest.Prefix)
            {
                if (i < pattern.Length && pattern[i] == expected)
                {
                    i++;
                }
                else if (expected == ':' && i + 1 < pattern.Length && pattern[i] == '\\' && pattern[i + 1] == ':')
                {
                    i += 2;
                }
                else
                {
                    return false;
                }

                if (IsOptionalQuantifier(pattern, i))
                {
                    return false;
                }
            }

            // Inside a group that opened before the prefix, any '|' may skip it; outside, a '|' at the top level does.
            return !HasAlternation(pattern, topLevelOnly: !openedGroups);
        }

        /// <summary>
        /// What the parameter's constant options say about its value: a digest by its <c>AllowedPattern</c> or its
        /// <c>AllowedValues</c> (every deployment), or by its <c>Default</c> (a deployment that does not override it);
        /// <c>null</c> when nothing says it holds a digest.
        /// </summary>
        public static string? DigestEvidence(CfnParameterSpec parameter)
        {
            if (parameter is null)
            {
                throw new System.ArgumentNullException(nameof(parameter));
            }

            if (parameter.AllowedPattern.TryGetValue(out var pattern) && PatternRequiresDigest(pattern))
            {
                return $"its AllowedPattern '{pattern}' admits only 'sha256:' digests";
            }

            if (parameter.AllowedValues.TryGetValue(out var values) && values.Count > 0 && AllDigests(values))
            {
                return "each of its AllowedValues is a 'sha256:' digest";
            }

            if (parameter.Default.TryGetValue(out var value) && value is not null && value.StartsWith(ImageDigest.Prefix, System.StringComparison.Ordinal))
            {
                return $"its Default '{value}' is a digest: a deployment that keeps the default fails, and so does every override with a digest";
            }

            return null;
        }

        /// <summary>
        /// T5: <paramref name="parameter"/>'s token given as <paramref name="option"/> where the CDK tells a tag from a digest by
        /// the text at synth (<c>TagOrDigest</c>, <c>ContainerImage.FromEcrRepository</c>, <c>new EcrImage</c>,
        /// <c>RepositoryUriForTagOrDigest</c>), or, with <paramref name="tagOnly"/>, to <c>RepositoryUriForTag</c>, which always
        /// appends <c>:</c>. <paramref name="valueText"/> is the expression as written, which the message's repair wraps.
        /// Nothing when the parameter is not known to hold a digest.
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateParameterValue(CfnParameterSpec parameter, string option, string valueText, bool tagOnly = false)
        {
            var evidence = DigestEvidence(parameter);
            if (evidence is null)
            {
                return System.Array.Empty<RuleViolation>();
            }

            var name = parameter.Id.Length > 0 ? $"CfnParameter '{parameter.Id}'" : "a CfnParameter";
            var message = tagOnly
                ? $"{option} is the value of {name}, which holds a digest ({evidence}): RepositoryUriForTag appends it after ':', and '<repository URI>:sha256:…' is not a valid image reference, so the deployment fails. Use RepositoryUriForDigest, which appends '@'."
                : $"{option} is the value of {name}, which holds a digest ({evidence}): the CDK tells a digest from a tag at synth by startsWith('sha256:'), which a token never does, so it appends the value after ':', and '<repository URI>:sha256:…' is not a valid image reference; the deployment fails. Give the CDK the prefix it tests: \"sha256:\" + Fn.Select(1, Fn.Split(\":\", {valueText})).";
            return new[] { new RuleViolation(RuleIds.DeployTimeDigest, option, -1, message) };
        }

        private static bool AllDigests(EquatableArray<NullableString> values)
        {
            foreach (var value in values)
            {
                if (value.Value is null || !value.Value.StartsWith(ImageDigest.Prefix, System.StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        // '?', '*' or a '{m,n}' after an element may drop it.
        private static bool IsOptionalQuantifier(string pattern, int at)
            => at < pattern.Length && (pattern[at] == '?' || pattern[at] == '*' || pattern[at] == '{');

        // The ')' that closes the '(' at open, skipping escapes and character classes; -1 when there is none.
        private static int MatchingParenthesis(string pattern, int open)
        {
            var depth = 0;
            for (var i = open; i < pattern.Length; i++)
            {
                switch (pattern[i])
                {
                    case '\\':
                        i++;
                        break;
                    case '[':
                        i = EndOfClass(pattern, i);
                        break;
                    case '(':
                        depth++;
                        break;
                    case ')':
                        if (--depth == 0)
                        {
                            return i;
                        }

                        break;
                }
            }

            return -1;
        }

        private static bool HasAlternation(string pattern, bool topLevelOnly)
        {
            var depth = 0;
            for (var i = 0; i < pattern.Length; i++)
            {
                switch (pattern[i])
                {
                    case '\\':
                        i++;
                        break;
                    case '[':
                        i = EndOfClass(pattern, i);
                        break;
                    case '(':
                        depth++;
                        break;
                    case ')':
                        depth--;
                        break;
                    case '|':
                        if (!topLevelOnly || depth == 0)
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }

        // The ']' that closes the class opened at open ('[]…]' and '[^]…]' hold a literal ']'); the end of the text when none.
        private static int EndOfClass(string pattern, int open)
        {
            var i = open + 1;
            if (i < pattern.Length && pattern[i] == '^')
            {
                i++;
            }

            if (i < pattern.Length && pattern[i] == ']')
            {
                i++;
            }

            for (; i < pattern.Length; i++)
            {
                if (pattern[i] == '\\')
                {
                    i++;
                }
                else if (pattern[i] == ']')
                {
                    return i;
                }
            }

            return pattern.Length;
        }
    }
}
