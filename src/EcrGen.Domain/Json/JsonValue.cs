using System.Collections.Generic;

namespace EcrGen.Domain.Json
{
    /// <summary>The kind of a JSON value (RFC 8259, section 3).</summary>
    public enum JsonKind
    {
        /// <summary>An object: <see cref="JsonValue.Members"/>.</summary>
        Object,

        /// <summary>An array: <see cref="JsonValue.Items"/>.</summary>
        Array,

        /// <summary>A string: <see cref="JsonValue.String"/>.</summary>
        String,

        /// <summary>A number: <see cref="JsonValue.Number"/>, <see cref="JsonValue.Raw"/>.</summary>
        Number,

        /// <summary><c>true</c>.</summary>
        True,

        /// <summary><c>false</c>.</summary>
        False,

        /// <summary><c>null</c>.</summary>
        Null,
    }

    /// <summary>
    /// One JSON value read by <see cref="JsonReader"/>, with where it was written: <see cref="Start"/> and <see cref="Length"/> are
    /// offsets in the text read (UTF-16 code units), so a rule can point at the exact value.
    /// </summary>
    public sealed class JsonValue
    {
        private static readonly IReadOnlyList<JsonMember> NoMembers = new JsonMember[0];
        private static readonly IReadOnlyList<JsonValue> NoItems = new JsonValue[0];

        internal JsonValue(JsonKind kind, int start, int length, string? text = null, double number = 0, IReadOnlyList<JsonMember>? members = null, IReadOnlyList<JsonValue>? items = null)
        {
            Kind = kind;
            Start = start;
            Length = length;
            String = kind == JsonKind.String ? text : null;
            Raw = kind == JsonKind.Number ? text : null;
            Number = number;
            Members = members ?? NoMembers;
            Items = items ?? NoItems;
        }

        /// <summary>What the value is.</summary>
        public JsonKind Kind { get; }

        /// <summary>Offset of the value's first character (the <c>"</c>, <c>{</c>, <c>[</c>, digit or letter).</summary>
        public int Start { get; }

        /// <summary>Number of characters of the value as written, quotes and brackets included.</summary>
        public int Length { get; }

        /// <summary>For a string, its value with the escapes decoded; else <c>null</c>.</summary>
        public string? String { get; }

        /// <summary>For a number, its value (may be rounded, or infinite for a huge exponent); else 0.</summary>
        public double Number { get; }

        /// <summary>For a number, its text as written (<c>1.0</c>, <c>1e2</c>); else <c>null</c>.</summary>
        public string? Raw { get; }

        /// <summary>For an object, its members in the order written, duplicates kept; else empty.</summary>
        public IReadOnlyList<JsonMember> Members { get; }

        /// <summary>For an array, its elements in order; else empty.</summary>
        public IReadOnlyList<JsonValue> Items { get; }

        /// <summary>For an object, the first member named <paramref name="name"/> (names are case-sensitive); else <c>null</c>.</summary>
        public JsonMember? Find(string name)
        {
            foreach (var member in Members)
            {
                if (member.Name == name)
                {
                    return member;
                }
            }

            return null;
        }

        /// <summary>Whether a number is an integer as written: no fraction and no exponent (<c>1</c>, <c>-3</c>; not <c>1.0</c> or <c>1e2</c>).</summary>
        public bool IsIntegerLiteral => Kind == JsonKind.Number && Raw is not null && Raw.IndexOfAny(FractionOrExponent) < 0;

        private static readonly char[] FractionOrExponent = { '.', 'e', 'E' };

        /// <summary>The JSON type name of <see cref="Kind"/>, for messages (<c>string</c>, <c>number</c>, ...).</summary>
        public string KindName
            => Kind switch
            {
                JsonKind.Object => "object",
                JsonKind.Array => "array",
                JsonKind.String => "string",
                JsonKind.Number => "number",
                JsonKind.Null => "null",
                _ => "boolean",
            };
    }

    /// <summary>One member of a JSON object: its name, where the name was written, and its value.</summary>
    public sealed class JsonMember
    {
        internal JsonMember(string name, int nameStart, int nameLength, JsonValue value, bool isDuplicate)
        {
            Name = name;
            NameStart = nameStart;
            NameLength = nameLength;
            Value = value;
            IsDuplicate = isDuplicate;
        }

        /// <summary>The name, escapes decoded.</summary>
        public string Name { get; }

        /// <summary>Offset of the name's opening quote.</summary>
        public int NameStart { get; }

        /// <summary>Characters of the name as written, quotes included.</summary>
        public int NameLength { get; }

        /// <summary>The value.</summary>
        public JsonValue Value { get; }

        /// <summary>An earlier member of the same object has the same name (RFC 8259 leaves the outcome to the reader).</summary>
        public bool IsDuplicate { get; }
    }

    /// <summary>Why a text is not JSON, and where: the offset of the first character that cannot be read.</summary>
    /// <param name="Offset">Offset in the text (the text's length when it ends too early).</param>
    /// <param name="Message">What was expected, in English, without the offset.</param>
    public sealed record JsonError(int Offset, string Message);
}
