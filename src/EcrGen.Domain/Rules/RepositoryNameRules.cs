using System.Collections.Generic;
using System.Text;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// <c>RepositoryName</c> (catalogue R1, R2; aws-ecr/lib/repository.ts <c>validateRepositoryName</c>, CloudFormation
    /// AWS::ECR::Repository schema).
    /// </summary>
    public static class RepositoryNameRules
    {
        /// <summary>
        /// The name grammar the CDK tests (anchored there with <c>^…$</c>; a name must match it as a whole): slash-separated
        /// segments of lowercase letters and digits, joined by single <c>.</c>, <c>_</c> or <c>-</c>.
        /// </summary>
        public const string Pattern = "(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*";

        /// <summary>The shortest name (R1).</summary>
        public const int MinLength = 2;

        /// <summary>The longest name (R1).</summary>
        public const int MaxLength = 256;

        /// <summary>
        /// R1 (length 2–256) and R2 (<see cref="Pattern"/>) for a known name; nothing for a name not set or not known.
        /// An empty name is reported under R1: the CDK skips its own check for it, but CloudFormation rejects it.
        /// </summary>
        public static IEnumerable<RuleViolation> Validate(Setting<string> name)
        {
            if (!name.TryGetValue(out var value) || value is null)
            {
                return System.Array.Empty<RuleViolation>();
            }

            var violations = default(ViolationList);
            var fix = SuggestFix(value);
            var hint = fix is null || fix == value ? null : FixHint.Replace(fix);
            if (value.Length < MinLength || value.Length > MaxLength)
            {
                violations.Add(
                    RuleIds.RepositoryNameLength,
                    "RepositoryName",
                    -1,
                    $"Repository name '{value}' has {value.Length} character{(value.Length == 1 ? "" : "s")}: ECR names must be at least {MinLength} and no more than {MaxLength} characters.",
                    hint);
            }

            var problem = DescribePatternMismatch(value);
            if (problem is not null)
            {
                violations.Add(
                    RuleIds.RepositoryNamePattern,
                    "RepositoryName",
                    -1,
                    $"Repository name '{value}' {problem}: ECR names match {Pattern}{(fix is null || fix == value ? "" : $" (for example '{fix}')")}.",
                    hint);
            }

            return violations.ToResult();
        }

        /// <summary>Whether <paramref name="name"/> passes R1 and R2.</summary>
        public static bool IsValid(string name)
            => name is not null && name.Length >= MinLength && name.Length <= MaxLength && DescribePatternMismatch(name) is null;

        /// <summary>Whether <paramref name="name"/> matches <see cref="Pattern"/> as a whole (R2 only; any length).</summary>
        public static bool MatchesPattern(string name) => name is not null && DescribePatternMismatch(name) is null;

        /// <summary>
        /// A name that passes R1 and R2 made from <paramref name="name"/>: lowercased, other characters turned into <c>-</c>,
        /// separator runs collapsed, separators trimmed from each segment, empty segments dropped, cut at 256 characters;
        /// <paramref name="name"/> itself when it already passes; <c>null</c> when nothing usable remains (fewer than two
        /// characters).
        /// </summary>
        public static string? SuggestFix(string name)
        {
            if (name is null)
            {
                return null;
            }

            if (IsValid(name))
            {
                return name;
            }

            // Segment by segment: each keeps its alphanumerics, joined by the first separator of each run.
            var result = new StringBuilder(name.Length);
            foreach (var segment in name.Split('/'))
            {
                var segmentStart = result.Length;
                var pendingSeparator = '\0';
                foreach (var raw in segment)
                {
                    var c = Ascii.ToLower(raw);
                    if (IsAlphanumeric(c))
                    {
                        if (result.Length == segmentStart && segmentStart > 0)
                        {
                            result.Append('/');
                            segmentStart++;
                        }
                        else if (pendingSeparator != '\0')
                        {
                            result.Append(pendingSeparator);
                        }

                        pendingSeparator = '\0';
                        result.Append(c);
                    }
                    else if (result.Length > segmentStart && pendingSeparator == '\0')
                    {
                        pendingSeparator = IsSeparator(c) ? c : '-';
                    }
                }
            }

            if (result.Length > MaxLength)
            {
                result.Length = MaxLength;
                // Cutting may leave a trailing separator (or slash).
                while (result.Length > 0 && !IsAlphanumeric(result[result.Length - 1]))
                {
                    result.Length--;
                }
            }

            var suggestion = result.ToString();
            return IsValid(suggestion) ? suggestion : null;
        }

        /// <summary>Why <paramref name="name"/> does not match <see cref="Pattern"/> (a phrase for the message), or <c>null</c> if it does.</summary>
        /// <remarks>A hand-written scanner: linear time, no regex backtracking on every keystroke.</remarks>
        internal static string? DescribePatternMismatch(string name)
        {
            if (name.Length == 0)
            {
                return "is empty";
            }

            for (var i = 0; i < name.Length; i++)
            {
                if (Ascii.IsUpper(name[i]))
                {
                    return "must be lowercase";
                }
            }

            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (!IsAlphanumeric(c) && !IsSeparator(c) && c != '/')
                {
                    return $"contains '{c}' at position {i}, which is not a lowercase letter, digit, '.', '_', '-' or '/'";
                }
            }

            if (name[0] == '/' || name[name.Length - 1] == '/')
            {
                return "must not start or end with '/'";
            }

            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                var previous = i == 0 ? '/' : name[i - 1];
                var next = i == name.Length - 1 ? '/' : name[i + 1];
                if (c == '/' && previous == '/')
                {
                    return "contains an empty path segment ('//')";
                }

                if (IsSeparator(c) && (previous == '/' || next == '/'))
                {
                    return $"has '{c}' at the start or end of a path segment (position {i})";
                }

                if (IsSeparator(c) && IsSeparator(next))
                {
                    return $"has consecutive separators '{c}{next}' at position {i}";
                }
            }

            return null;
        }

        private static bool IsAlphanumeric(char c) => Ascii.IsLower(c) || Ascii.IsDigit(c);

        private static bool IsSeparator(char c) => c == '.' || c == '_' || c == '-';
    }
}
