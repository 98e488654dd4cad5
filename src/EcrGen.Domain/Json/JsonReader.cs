using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EcrGen.Domain.Json
{
    /// <summary>
    /// A small, strict reader of JSON texts (RFC 8259) that keeps where every value was written. Strict: one value, surrounded
    /// only by the four JSON whitespace characters; no comments, trailing commas, single quotes, unquoted names, leading
    /// zeros, <c>NaN</c> or control characters inside strings. Duplicate member names are kept and marked
    /// (<see cref="JsonMember.IsDuplicate"/>): the grammar allows them and the reader of the text decides. Nesting deeper than
    /// <see cref="MaxDepth"/> is an error, so a hostile text cannot exhaust the stack. No dependency: the analyzers ship
    /// without System.Text.Json.
    /// </summary>
    public sealed class JsonReader
    {
        /// <summary>The deepest nesting of objects and arrays read.</summary>
        public const int MaxDepth = 64;

        private readonly string _text;
        private int _position;
        private JsonError? _error;

        private JsonReader(string text)
        {
            _text = text;
        }

        /// <summary>
        /// Reads <paramref name="text"/> as one JSON value: <c>true</c> with <paramref name="value"/> set, or <c>false</c> with
        /// <paramref name="error"/> at the first character that is not JSON.
        /// </summary>
        public static bool TryParse(string text, out JsonValue? value, out JsonError? error)
        {
            if (text is null)
            {
                throw new System.ArgumentNullException(nameof(text));
            }

            var reader = new JsonReader(text);
            reader.SkipWhitespace();
            value = reader.ReadValue(0);
            if (value is not null)
            {
                reader.SkipWhitespace();
                if (reader._position < text.Length)
                {
                    value = null;
                    reader.Fail(reader._position, "expected the end of the text after the JSON value");
                }
            }

            error = reader._error;
            return value is not null;
        }

        private JsonValue? ReadValue(int depth)
        {
            if (_position >= _text.Length)
            {
                return Fail(_position, "expected a JSON value, found the end of the text");
            }

            var c = _text[_position];
            switch (c)
            {
                case '{':
                    return ReadObject(depth + 1);
                case '[':
                    return ReadArray(depth + 1);
                case '"':
                    var start = _position;
                    var text = ReadString();
                    return text is null ? null : new JsonValue(JsonKind.String, start, _position - start, text);
                case 't':
                    return ReadLiteral("true", JsonKind.True);
                case 'f':
                    return ReadLiteral("false", JsonKind.False);
                case 'n':
                    return ReadLiteral("null", JsonKind.Null);
                default:
                    return c == '-' || (c >= '0' && c <= '9') ? ReadNumber() : Fail(_position, $"expected a JSON value, found {Describe(c)}");
            }
        }

        private JsonValue? ReadObject(int depth)
        {
            var start = _position;
            if (depth > MaxDepth)
            {
                return Fail(start, $"objects and arrays are nested deeper than {MaxDepth} levels");
            }

            _position++; // {
            var members = new List<JsonMember>();
            HashSet<string>? names = null;
            SkipWhitespace();
            if (Peek() == '}')
            {
                _position++;
                return new JsonValue(JsonKind.Object, start, _position - start, members: members);
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    return Fail(_position, _position >= _text.Length ? "expected a member name in double quotes, found the end of the text" : $"expected a member name in double quotes, found {Describe(_text[_position])}");
                }

                var nameStart = _position;
                var name = ReadString();
                if (name is null)
                {
                    return null;
                }

                var nameLength = _position - nameStart;
                SkipWhitespace();
                if (!Expect(':', "expected ':' after the member name"))
                {
                    return null;
                }

                SkipWhitespace();
                var value = ReadValue(depth);
                if (value is null)
                {
                    return null;
                }

                names ??= new HashSet<string>(System.StringComparer.Ordinal);
                members.Add(new JsonMember(name, nameStart, nameLength, value, isDuplicate: !names.Add(name)));
                SkipWhitespace();
                var next = Peek();
                if (next == ',')
                {
                    _position++;
                    continue;
                }

                if (next == '}')
                {
                    _position++;
                    return new JsonValue(JsonKind.Object, start, _position - start, members: members);
                }

                return Fail(_position, _position >= _text.Length ? "expected ',' or '}' in the object, found the end of the text" : $"expected ',' or '}}' in the object, found {Describe(_text[_position])}");
            }
        }

        private JsonValue? ReadArray(int depth)
        {
            var start = _position;
            if (depth > MaxDepth)
            {
                return Fail(start, $"objects and arrays are nested deeper than {MaxDepth} levels");
            }

            _position++; // [
            var items = new List<JsonValue>();
            SkipWhitespace();
            if (Peek() == ']')
            {
                _position++;
                return new JsonValue(JsonKind.Array, start, _position - start, items: items);
            }

            while (true)
            {
                SkipWhitespace();
                var item = ReadValue(depth);
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
                SkipWhitespace();
                var next = Peek();
                if (next == ',')
                {
                    _position++;
                    continue;
                }

                if (next == ']')
                {
                    _position++;
                    return new JsonValue(JsonKind.Array, start, _position - start, items: items);
                }

                return Fail(_position, _position >= _text.Length ? "expected ',' or ']' in the array, found the end of the text" : $"expected ',' or ']' in the array, found {Describe(_text[_position])}");
            }
        }

        // At the opening quote; leaves _position after the closing quote.
        private string? ReadString()
        {
            var start = _position;
            _position++;
            StringBuilder? builder = null;
            var runStart = _position;
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == '"')
                {
                    var value = builder is null ? _text.Substring(runStart, _position - runStart) : builder.Append(_text, runStart, _position - runStart).ToString();
                    _position++;
                    return value;
                }

                if (c < ' ')
                {
                    Fail(_position, $"{Describe(c)} must be escaped inside a string");
                    return null;
                }

                if (c != '\\')
                {
                    _position++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _position - runStart);
                var escapeStart = _position;
                _position++;
                if (_position >= _text.Length)
                {
                    break;
                }

                switch (_text[_position])
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_text.Length - _position - 1 < 4 || !IsHex(_text, _position + 1, 4))
                        {
                            Fail(escapeStart, "\\u must be followed by four hexadecimal digits");
                            return null;
                        }

                        var code = int.Parse(_text.Substring(_position + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        Fail(escapeStart, $"'\\{_text[_position]}' is not a JSON escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
                        return null;
                }

                _position++;
                runStart = _position;
            }

            Fail(start, "the string is not closed");
            return null;
        }

        private static bool IsHex(string text, int start, int count)
        {
            for (var i = start; i < start + count; i++)
            {
                var c = text[i];
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'))
                {
                    return false;
                }
            }

            return true;
        }

        // number = [ minus ] int [ frac ] [ exp ]; int = zero / ( digit1-9 *DIGIT )
        private JsonValue? ReadNumber()
        {
            var start = _position;
            if (Peek() == '-')
            {
                _position++;
            }

            if (Peek() == '0')
            {
                _position++;
                if (IsDigit(Peek()))
                {
                    return Fail(start, "a number cannot have a leading zero");
                }
            }
            else if (!SkipDigits())
            {
                return Fail(_position, "expected a digit in the number");
            }

            if (Peek() == '.')
            {
                _position++;
                if (!SkipDigits())
                {
                    return Fail(_position, "expected a digit after the decimal point");
                }
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                _position++;
                if (Peek() == '+' || Peek() == '-')
                {
                    _position++;
                }

                if (!SkipDigits())
                {
                    return Fail(_position, "expected a digit in the exponent");
                }
            }

            var raw = _text.Substring(start, _position - start);
            var number = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
            return new JsonValue(JsonKind.Number, start, raw.Length, raw, number);
        }

        private bool SkipDigits()
        {
            var start = _position;
            while (IsDigit(Peek()))
            {
                _position++;
            }

            return _position > start;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private JsonValue? ReadLiteral(string literal, JsonKind kind)
        {
            var start = _position;
            if (string.CompareOrdinal(_text, start, literal, 0, literal.Length) != 0)
            {
                return Fail(start, $"expected a JSON value, found {Describe(_text[start])}");
            }

            _position += literal.Length;
            return new JsonValue(kind, start, literal.Length);
        }

        private bool Expect(char expected, string message)
        {
            if (Peek() == expected)
            {
                _position++;
                return true;
            }

            Fail(_position, _position >= _text.Length ? message + ", found the end of the text" : $"{message}, found {Describe(_text[_position])}");
            return false;
        }

        private char Peek() => _position < _text.Length ? _text[_position] : '\0';

        private void SkipWhitespace()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return;
                }

                _position++;
            }
        }

        private JsonValue? Fail(int offset, string message)
        {
            _error ??= new JsonError(offset, message);
            return null;
        }

        private static string Describe(char c)
            => c < ' ' || c == '\u007f' ? $"the control character U+{(int)c:X4}" : $"'{c}'";
    }
}
