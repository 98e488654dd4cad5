using System.Globalization;
using System.Text;

namespace EcrGen.SourceGenerators.Generation
{
    /// <summary>
    /// Turns user values into C# literals. Every user string reaches generated code through here, so no value can end the
    /// literal or the line: quotes, backslashes, every control character, line and paragraph separators (U+0085, U+2028,
    /// U+2029, which C# treats as new lines) and lone surrogates are escaped.
    /// </summary>
    internal static class CSharpLiteral
    {
        /// <summary>A regular string literal whose value is exactly <paramref name="value"/>, or <c>null</c>.</summary>
        public static string String(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\0': builder.Append("\\0"); break;
                    case '\a': builder.Append("\\a"); break;
                    case '\b': builder.Append("\\b"); break;
                    case '\f': builder.Append("\\f"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\v': builder.Append("\\v"); break;
                    default:
                        if (NeedsUnicodeEscape(value, i))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        /// <summary>An <c>int</c> or <c>double</c> literal for a CDK number.</summary>
        public static string Number(double value)
        {
            if (value == System.Math.Floor(value) && System.Math.Abs(value) <= int.MaxValue)
            {
                return ((long)value).ToString(CultureInfo.InvariantCulture);
            }

            return value.ToString("R", CultureInfo.InvariantCulture) + "d";
        }

        /// <summary>A <c>bool</c> literal.</summary>
        public static string Bool(bool value) => value ? "true" : "false";

        /// <summary><c>new string[] { ... }</c> of escaped literals; an unknown element (<c>null</c>) is <c>null!</c>.</summary>
        public static string StringArray(EcrGen.Domain.EquatableArray<EcrGen.Domain.Specs.NullableString> items)
        {
            var builder = new StringBuilder("new string[] { ");
            for (var i = 0; i < items.Count; i++)
            {
                builder.Append(i == 0 ? string.Empty : ", ");
                builder.Append(items[i].Value is { } text ? String(text) : "null!");
            }

            return builder.Append(items.Count == 0 ? "}" : " }").ToString();
        }

        /// <summary>A member of the enum <paramref name="enumType"/> by name, else its number cast to the enum.</summary>
        public static string EnumValue(string enumType, EcrGen.Domain.CdkEnumValue value)
            => value.MemberName is { } name
                ? enumType + "." + name
                : "(" + enumType + ")(" + value.RawValue.ToString(CultureInfo.InvariantCulture) + ")";

        private static bool NeedsUnicodeEscape(string value, int index)
        {
            var c = value[index];
            if (char.IsHighSurrogate(c))
            {
                return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
            }

            if (char.IsLowSurrogate(c))
            {
                return index == 0 || !char.IsHighSurrogate(value[index - 1]);
            }

            // A fixed set rather than Unicode categories, so output does not depend on the runtime's Unicode tables:
            // controls (C0, DEL, C1 incl. U+0085 NEXT LINE), line/paragraph separators, zero-width and bidirectional
            // formatting characters (which can make code read differently than it compiles) and the BOM.
            return c < '\u0020'
                || (c >= '\u007f' && c <= '\u009f')
                || (c >= '\u200b' && c <= '\u200f')
                || (c >= '\u2028' && c <= '\u202e')
                || (c >= '\u2060' && c <= '\u206f')
                || c == '\ufeff';
        }
    }
}
