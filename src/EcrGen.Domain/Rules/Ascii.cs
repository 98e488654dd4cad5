namespace EcrGen.Domain.Rules
{
    /// <summary>ASCII character classes: the ECR and OCI grammars are ASCII-only, unlike <see cref="char.IsDigit(char)"/>.</summary>
    internal static class Ascii
    {
        public static bool IsDigit(char c) => c >= '0' && c <= '9';

        public static bool IsLower(char c) => c >= 'a' && c <= 'z';

        public static bool IsUpper(char c) => c >= 'A' && c <= 'Z';

        public static bool IsLetterOrDigit(char c) => IsDigit(c) || IsLower(c) || IsUpper(c);

        public static bool IsLowerHex(char c) => IsDigit(c) || (c >= 'a' && c <= 'f');

        public static bool IsHex(char c) => IsLowerHex(c) || (c >= 'A' && c <= 'F');

        public static char ToLower(char c) => IsUpper(c) ? (char)(c + ('a' - 'A')) : c;
    }
}
