namespace EcrGen.Domain.Rules
{
    /// <summary>Image tags (catalogue I4).</summary>
    public static class ImageTag
    {
        /// <summary>The tag grammar of the OCI distribution spec, which ECR's <c>imageTag</c> follows.</summary>
        public const string Pattern = "[A-Za-z0-9_][A-Za-z0-9._-]{0,127}";

        /// <summary>The longest tag the grammar allows.</summary>
        public const int MaxLength = 128;

        /// <summary>
        /// Whether <paramref name="s"/> is a tag (I4; OCI distribution spec): 1–128 characters of <c>[A-Za-z0-9._-]</c>, not
        /// starting with <c>.</c> or <c>-</c>; so no spaces, <c>:</c>, <c>@</c> or <c>/</c>.
        /// </summary>
        public static bool IsValidTag(string s)
        {
            if (string.IsNullOrEmpty(s) || s.Length > MaxLength || !IsTagStart(s[0]))
            {
                return false;
            }

            for (var i = 1; i < s.Length; i++)
            {
                if (!IsTagChar(s[i]))
                {
                    return false;
                }
            }

            return true;
        }

        internal static bool IsTagStart(char c) => Ascii.IsLetterOrDigit(c) || c == '_';

        internal static bool IsTagChar(char c) => IsTagStart(c) || c == '.' || c == '-';

        /// <summary>The first character that the tag grammar rejects, or -1.</summary>
        internal static int IndexOfInvalidChar(string s)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (i == 0 ? !IsTagStart(s[i]) : !IsTagChar(s[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
