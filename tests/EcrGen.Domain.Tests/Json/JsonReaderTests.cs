using System.Linq;
using EcrGen.Domain.Json;
using Xunit;

namespace EcrGen.Domain.Tests.Json
{
    public class JsonReaderTests
    {
        private static JsonValue Parse(string text)
        {
            Assert.True(JsonReader.TryParse(text, out var value, out var error), error?.Message);
            Assert.Null(error);
            return value!;
        }

        private static JsonError Error(string text)
        {
            Assert.False(JsonReader.TryParse(text, out var value, out var error));
            Assert.Null(value);
            return error!;
        }

        [Fact]
        public void Reads_every_kind_with_its_position()
        {
            const string Text = " { \"a\" : [1, -2.5e3, true, false, null, \"x\"], \"b\": {} } ";
            var root = Parse(Text);
            Assert.Equal(JsonKind.Object, root.Kind);
            Assert.Equal(1, root.Start);
            Assert.Equal(Text.Length - 2, root.Length);
            var a = root.Find("a")!;
            Assert.Equal(3, a.NameStart);
            Assert.Equal(3, a.NameLength);
            Assert.Equal(new[] { JsonKind.Number, JsonKind.Number, JsonKind.True, JsonKind.False, JsonKind.Null, JsonKind.String }, a.Value.Items.Select(i => i.Kind));
            var number = a.Value.Items[1];
            Assert.Equal(-2500, number.Number);
            Assert.Equal("-2.5e3", number.Raw);
            Assert.Equal("-2.5e3", Text.Substring(number.Start, number.Length));
            Assert.False(number.IsIntegerLiteral);
            Assert.True(a.Value.Items[0].IsIntegerLiteral);
            var x = a.Value.Items[5];
            Assert.Equal("\"x\"", Text.Substring(x.Start, x.Length));
            Assert.Equal("x", x.String);
            Assert.Empty(root.Find("b")!.Value.Members);
            Assert.Null(root.Find("B"));
        }

        [Theory]
        [InlineData("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "a\"b\\c/d\b\f\n\r\t")]
        [InlineData("\"\\u0041\\u00e9\\uD83D\\uDE00\"", "A\u00e9\U0001F600")]
        [InlineData("\"plain\"", "plain")]
        [InlineData("\"\"", "")]
        public void Decodes_escapes_and_keeps_the_written_span(string text, string expected)
        {
            var value = Parse(text);
            Assert.Equal(expected, value.String);
            Assert.Equal(0, value.Start);
            Assert.Equal(text.Length, value.Length);
        }

        [Theory]
        [InlineData("0", 0)]
        [InlineData("-0", 0)]
        [InlineData("30", 30)]
        [InlineData("1.5", 1.5)]
        [InlineData("1E2", 100)]
        [InlineData("1e-2", 0.01)]
        [InlineData("1e+2", 100)]
        public void Reads_numbers(string text, double expected)
        {
            var value = Parse(text);
            Assert.Equal(expected, value.Number);
            Assert.Equal(text, value.Raw);
        }

        [Theory]
        [InlineData("", 0, "found the end of the text")]
        [InlineData("   ", 3, "found the end of the text")]
        [InlineData("{", 1, "member name")]
        [InlineData("{\"a\":1,}", 7, "member name")]
        [InlineData("[1,]", 3, "expected a JSON value")]
        [InlineData("[1 2]", 3, "expected ',' or ']'")]
        [InlineData("{\"a\" 1}", 5, "expected ':'")]
        [InlineData("{'a':1}", 1, "member name")]
        [InlineData("{a:1}", 1, "member name")]
        [InlineData("01", 0, "leading zero")]
        [InlineData("1.", 2, "decimal point")]
        [InlineData(".5", 0, "expected a JSON value")]
        [InlineData("1e", 2, "exponent")]
        [InlineData("-", 1, "digit")]
        [InlineData("+1", 0, "expected a JSON value")]
        [InlineData("NaN", 0, "expected a JSON value")]
        [InlineData("tru", 0, "expected a JSON value")]
        [InlineData("nul", 0, "expected a JSON value")]
        [InlineData("\"abc", 0, "not closed")]
        [InlineData("\"a\nb\"", 2, "must be escaped")]
        [InlineData("\"\\x\"", 1, "not a JSON escape")]
        [InlineData("\"\\u12G4\"", 1, "four hexadecimal digits")]
        [InlineData("\"\\u12\"", 1, "four hexadecimal digits")]
        [InlineData("{} {}", 3, "end of the text")]
        [InlineData("// comment\n{}", 0, "expected a JSON value")]
        [InlineData("\uFEFF{}", 0, "expected a JSON value")]
        public void Reports_the_first_offending_character(string text, int offset, string message)
        {
            var error = Error(text);
            Assert.Equal(offset, error.Offset);
            Assert.Contains(message, error.Message);
        }

        [Fact]
        public void Keeps_duplicate_names_and_marks_them()
        {
            var root = Parse("{\"a\":1,\"b\":2,\"a\":3}");
            Assert.Equal(3, root.Members.Count);
            Assert.False(root.Members[0].IsDuplicate);
            Assert.False(root.Members[1].IsDuplicate);
            Assert.True(root.Members[2].IsDuplicate);
            Assert.Equal(13, root.Members[2].NameStart);
            Assert.Equal(1, root.Find("a")!.Value.Number); // the first one
        }

        [Fact]
        public void Limits_the_nesting_depth()
        {
            var ok = new string('[', JsonReader.MaxDepth) + new string(']', JsonReader.MaxDepth);
            Parse(ok);
            var deep = new string('[', JsonReader.MaxDepth + 1) + new string(']', JsonReader.MaxDepth + 1);
            var error = Error(deep);
            Assert.Equal(JsonReader.MaxDepth, error.Offset);
            Assert.Contains("nested deeper than 64", error.Message);
            Error(new string('[', 100000)); // no stack overflow
        }

        [Fact]
        public void Accepts_only_the_four_JSON_whitespace_characters()
        {
            Parse(" \t\r\n{}\n");
            Assert.Equal(0, Error("\u00a0{}").Offset);
            Assert.Equal(0, Error("\f{}").Offset);
        }
    }
}
