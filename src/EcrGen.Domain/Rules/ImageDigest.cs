using System.Text;

namespace EcrGen.Domain.Rules
{
    /// <summary>Image digests (catalogue I1, I2, I3, I10).</summary>
    public static class ImageDigest
    {
        /// <summary>The only prefix the CDK recognises as a digest (<c>repositoryUriForTagOrDigest</c>: <c>startsWith('sha256:')</c>).</summary>
        public const string Prefix = "sha256:";

        /// <summary>The number of hex characters of a SHA-256 digest.</summary>
        public const int HexLength = 64;

        /// <summary>The length of a whole digest: <c>sha256:</c> plus 64 hex characters.</summary>
        public const int Length = 71;

        /// <summary>
        /// Whether <paramref name="s"/> is <c>sha256:</c> followed by exactly 64 lowercase hex characters (I3; OCI image spec
        /// digest grammar, as ECR uses it).
        /// </summary>
        public static bool IsValidDigest(string s)
            => s is not null && s.Length == Length && s.StartsWith(Prefix, System.StringComparison.Ordinal) && IsHexRun(s, Prefix.Length, HexLength, lowercaseOnly: true);

        /// <summary>
        /// Whether <paramref name="s"/> is 64 hex characters with no <c>sha256:</c> prefix: a digest the CDK would treat as a
        /// tag (I1).
        /// </summary>
        public static bool LooksLikeBareDigest(string s) => s is not null && s.Length == HexLength && IsHexRun(s, 0, HexLength, lowercaseOnly: false);

        /// <summary>
        /// The valid digest <paramref name="s"/> was probably meant to be: <c>sha256:</c> plus the lowercased hex, for a bare
        /// 64-hex value, a <c>SHA256:</c>/<c>Sha256:</c> prefix, a leading <c>@</c> (copied from an image URI), upper-case hex or
        /// surrounding whitespace; <paramref name="s"/> itself when already valid; <c>null</c> when no digest can be recovered.
        /// </summary>
        public static string? SuggestFix(string s)
        {
            if (s is null)
            {
                return null;
            }

            var text = s.Trim();
            if (text.Length > 0 && text[0] == '@')
            {
                text = text.Substring(1);
            }

            if (text.Length == Length && string.Compare(text, 0, Prefix, 0, Prefix.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                text = text.Substring(Prefix.Length);
            }

            if (!LooksLikeBareDigest(text))
            {
                return null;
            }

            var fixedDigest = new StringBuilder(Length).Append(Prefix);
            foreach (var c in text)
            {
                fixedDigest.Append(Ascii.ToLower(c));
            }

            return fixedDigest.ToString();
        }

        /// <summary>
        /// Whether <paramref name="s"/> looks like a digest written in a form the CDK does not recognise as one (I10): an
        /// algorithm prefix other than exactly <c>sha256:</c> (<c>SHA256:</c>, <c>sha512:</c>, <c>sha384:</c>), or a leading
        /// <c>@</c> before one.
        /// </summary>
        internal static bool LooksLikeMisspelledDigest(string s)
        {
            var start = s.Length > 0 && s[0] == '@' ? 1 : 0;
            if (s.Length - start < 5 || string.Compare(s, start, "sha", 0, 3, System.StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            var i = start + 3;
            var digitsStart = i;
            while (i < s.Length && Ascii.IsDigit(s[i]))
            {
                i++;
            }

            return i > digitsStart && i < s.Length && s[i] == ':';
        }

        private static bool IsHexRun(string s, int start, int length, bool lowercaseOnly)
        {
            for (var i = start; i < start + length; i++)
            {
                if (lowercaseOnly ? !Ascii.IsLowerHex(s[i]) : !Ascii.IsHex(s[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
