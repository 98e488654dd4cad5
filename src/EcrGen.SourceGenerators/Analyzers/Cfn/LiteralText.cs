using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace EcrGen.SourceGenerators.Analyzers.Cfn
{
    /// <summary>
    /// Where each character of a string literal's value is in the source: a regular literal (escapes decoded), a verbatim one
    /// (<c>""</c>) or a single-line raw one, so a rule about part of a JSON text can underline exactly that part. Any other
    /// form (a multi-line raw literal, whose indentation is removed; an interpolation; a concatenation) has no map, and the
    /// caller reports on the whole expression.
    /// </summary>
    internal sealed class LiteralText
    {
        private readonly SyntaxToken _token;
        private readonly int[] _offsets;

        private LiteralText(SyntaxToken token, int[] offsets)
        {
            _token = token;
            _offsets = offsets;
        }

        /// <summary>The map of <paramref name="node"/>'s value, when it is a string literal whose value is <paramref name="value"/>.</summary>
        public static LiteralText? Of(SyntaxNode node, string value)
        {
            if (node is not Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax { Token: var token })
            {
                return null;
            }

            var offsets = token.Kind() switch
            {
                SyntaxKind.StringLiteralToken => token.Text.StartsWith("@", System.StringComparison.Ordinal) ? Verbatim(token.Text) : Regular(token.Text),
                SyntaxKind.SingleLineRawStringLiteralToken => Raw(token.Text),
                _ => null,
            };
            return offsets is not null && offsets.Length == value.Length + 1 && Decodes(token.ValueText, value) ? new LiteralText(token, offsets) : null;
        }

        /// <summary>The location of the value's characters <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/>.</summary>
        public Location Locate(int start, int length)
        {
            var from = _offsets[System.Math.Max(0, System.Math.Min(start, _offsets.Length - 1))];
            var to = _offsets[System.Math.Max(0, System.Math.Min(start + length, _offsets.Length - 1))];
            return Location.Create(_token.SyntaxTree!, TextSpan.FromBounds(_token.SpanStart + from, _token.SpanStart + System.Math.Max(from, to)));
        }

        private static bool Decodes(string valueText, string value) => string.Equals(valueText, value, System.StringComparison.Ordinal);

        // "..." with C# escapes: \' \" \\ \0 \a \b \f \n \r \t \v \xH[H][H][H] \uHHHH \UHHHHHHHH.
        private static int[]? Regular(string text)
        {
            if (text.Length < 2 || text[0] != '"' || text[text.Length - 1] != '"')
            {
                return null;
            }

            var offsets = new System.Collections.Generic.List<int>(text.Length);
            var i = 1;
            while (i < text.Length - 1)
            {
                if (text[i] != '\\')
                {
                    offsets.Add(i);
                    i++;
                    continue;
                }

                if (i + 1 >= text.Length - 1)
                {
                    return null;
                }

                var start = i;
                switch (text[i + 1])
                {
                    case 'x':
                        var digits = 0;
                        while (digits < 4 && i + 2 + digits < text.Length - 1 && Uri.IsHexDigit(text[i + 2 + digits]))
                        {
                            digits++;
                        }

                        i += 2 + digits;
                        offsets.Add(start);
                        break;
                    case 'u':
                        i += 6;
                        offsets.Add(start);
                        break;
                    case 'U':
                        // One code point: one or two UTF-16 characters, both at the escape.
                        if (i + 10 > text.Length - 1 || !IsHex(text, i + 2, 8))
                        {
                            return null; // a malformed escape (the compiler reports it): no map
                        }

                        var code = System.Convert.ToInt32(text.Substring(i + 2, 8), 16);
                        i += 10;
                        offsets.Add(start);
                        if (code > 0xFFFF)
                        {
                            offsets.Add(start);
                        }

                        break;
                    default:
                        i += 2;
                        offsets.Add(start);
                        break;
                }
            }

            offsets.Add(text.Length - 1);
            return offsets.ToArray();
        }

        // @"..." where "" is one quote.
        private static int[]? Verbatim(string text)
        {
            if (text.Length < 3 || text[1] != '"' || text[text.Length - 1] != '"')
            {
                return null;
            }

            var offsets = new System.Collections.Generic.List<int>(text.Length);
            for (var i = 2; i < text.Length - 1; i++)
            {
                offsets.Add(i);
                if (text[i] == '"')
                {
                    i++; // the second quote of ""
                }
            }

            offsets.Add(text.Length - 1);
            return offsets.ToArray();
        }

        // """...""" on one line: the value is what is between the quote runs.
        private static int[]? Raw(string text)
        {
            var quotes = 0;
            while (quotes < text.Length && text[quotes] == '"')
            {
                quotes++;
            }

            var length = text.Length - 2 * quotes;
            if (length < 0)
            {
                return null;
            }

            var offsets = new int[length + 1];
            for (var i = 0; i <= length; i++)
            {
                offsets[i] = quotes + i;
            }

            return offsets;
        }

        private static bool IsHex(string text, int start, int count)
        {
            for (var i = start; i < start + count; i++)
            {
                if (!Uri.IsHexDigit(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static class Uri
        {
            public static bool IsHexDigit(char c) => c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
        }
    }
}
