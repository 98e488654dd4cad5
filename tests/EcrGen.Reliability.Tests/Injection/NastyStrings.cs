using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace EcrGen.Reliability.Tests.Injection
{
    /// <summary>Strings that would end a literal, a line, a comment or a directive, or change how code reads, if not escaped.</summary>
    public static class NastyStrings
    {
        /// <summary>Every nasty string, by a readable name (the names are test case names).</summary>
        public static IReadOnlyDictionary<string, string> All { get; } = Build();

        /// <summary>Every string that survives a jsii round trip (all but lone surrogates, which UTF-8 cannot carry to Node).</summary>
        public static IEnumerable<string> SynthNames => All.Keys.Where(k => !k.StartsWith("lone", StringComparison.Ordinal) && k != "empty");

        /// <summary>The names, for <c>[MemberData]</c>.</summary>
        public static IEnumerable<object[]> Names => All.Keys.Select(k => new object[] { k });

        /// <summary>The names of the jsii-safe strings, for <c>[MemberData]</c>.</summary>
        public static IEnumerable<object[]> SynthNameData => SynthNames.Select(k => new object[] { k });

        private static Dictionary<string, string> Build()
        {
            var controls = new string(Enumerable.Range(0, 32).Select(i => (char)i).Concat(new[] { '\u007f' }).Concat(Enumerable.Range(0x80, 32).Select(i => (char)i)).ToArray());
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["empty"] = string.Empty,
                ["quote"] = "a\"b",
                ["backslash"] = "a\\b",
                ["escaped quote"] = "\\\"",
                ["trailing backslash"] = "abc\\",
                ["CR"] = "a\rb",
                ["LF"] = "a\nb",
                ["CRLF"] = "line1\r\nline2",
                ["U+2028 U+2029 U+0085"] = "a\u2028b\u2029c\u0085d",
                ["NUL"] = "a\0b",
                ["every control character"] = controls,
                ["comment end"] = "*/ x /*",
                ["line comment"] = "// comment",
                ["#line directive"] = "\n#line 1 \"evil.cs\"\n",
                ["#if directive"] = "\r\n#if false\r\n",
                ["braces"] = "{ } {0} {{ }}",
                ["surrogate pair"] = "\U0001F600 \U0001D11E",
                ["lone high surrogate"] = "a\ud800b",
                ["lone low surrogate"] = "a\udc00b",
                ["bidi override"] = "\u202eevil\u202c \u2066isolate\u2069",
                ["BOM and zero width"] = "\ufeffa\u200bb\u200dc",
                ["statement injection"] = "\"); System.Environment.Exit(1); //",
                ["concatenation injection"] = "\" + System.Environment.MachineName + \"",
                ["verbatim and raw quotes"] = "@\" \"\"\" $\"{x}\"",
                ["unicode escape text"] = "\\u0022 \\U0001F600 \\x41",
                ["xml doc injection"] = "</c></summary><script>x</script>",
                ["tag-like"] = "v1.2.3-rc.1+build/5",
                ["unicode letters"] = "caf\u00e9 \u4e2d\u6587 \u0645\u0631\u062d\u0628\u0627",
            };

            var unit = string.Concat(values.Where(v => !v.Key.StartsWith("lone", StringComparison.Ordinal)).Select(v => v.Value));
            var longValue = new StringBuilder(100_000 + unit.Length);
            while (longValue.Length < 100_000)
            {
                longValue.Append(unit);
            }

            values["100k chars"] = longValue.ToString();
            return values;
        }
    }
}
