using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// Collects violations without allocating when there are none (the common case on every keystroke).
    /// </summary>
    internal struct ViolationList
    {
        private List<RuleViolation>? _items;

        public void Add(string ruleId, string option, int index, string message, FixHint? fix = null)
            => (_items ??= new List<RuleViolation>()).Add(new RuleViolation(ruleId, option, index, message, fix));

        public void AddRange(IEnumerable<RuleViolation> violations)
        {
            foreach (var violation in violations)
            {
                (_items ??= new List<RuleViolation>()).Add(violation);
            }
        }

        public IReadOnlyList<RuleViolation> ToResult() => (IReadOnlyList<RuleViolation>?)_items ?? Array.Empty<RuleViolation>();
    }

    /// <summary>Formatting helpers shared by the messages and the policy renderer.</summary>
    internal static class Text
    {
        private static readonly char[] ExponentMarkers = { 'E', 'e' };

        /// <summary>A number as JavaScript prints it (<c>String(n)</c>, ECMAScript Number::toString), from its shortest round-trip digits.</summary>
        public static string JsNumber(double value)
        {
            if (double.IsNaN(value))
            {
                return "NaN";
            }

            if (double.IsInfinity(value))
            {
                return value > 0 ? "Infinity" : "-Infinity";
            }

            if (value == 0)
            {
                return "0";
            }

            var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
            var negative = roundTrip[0] == '-';
            if (negative)
            {
                roundTrip = roundTrip.Substring(1);
            }

            var exponentAt = roundTrip.IndexOfAny(ExponentMarkers);
            var mantissa = exponentAt < 0 ? roundTrip : roundTrip.Substring(0, exponentAt);
            var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip.Substring(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            var point = mantissa.IndexOf('.');
            var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
            var n = (point < 0 ? mantissa.Length : point) + exponent;
            var leadingZeros = 0;
            while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
            {
                leadingZeros++;
            }

            digits = digits.Substring(leadingZeros).TrimEnd('0');
            n -= leadingZeros;
            var k = digits.Length;
            var result = new StringBuilder(32);
            if (negative)
            {
                result.Append('-');
            }

            if (k <= n && n <= 21)
            {
                result.Append(digits).Append('0', n - k);
            }
            else if (0 < n && n <= 21)
            {
                result.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
            }
            else if (-6 < n && n <= 0)
            {
                result.Append("0.").Append('0', -n).Append(digits);
            }
            else
            {
                result.Append(digits[0]);
                if (k > 1)
                {
                    result.Append('.').Append(digits, 1, k - 1);
                }

                result.Append('e').Append(n - 1 >= 0 ? '+' : '-').Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
            }

            return result.ToString();
        }

        /// <summary>Whether <paramref name="value"/> is a whole number (and finite).</summary>
        public static bool IsWhole(double value) => !double.IsNaN(value) && !double.IsInfinity(value) && value == Math.Floor(value);

        /// <summary>The string as <c>JSON.stringify</c> writes it, quotes included.</summary>
        public static void AppendJsonString(StringBuilder builder, string value)
        {
            builder.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\b': builder.Append("\\b"); break;
                    case '\f': builder.Append("\\f"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < 0x20 || IsLoneSurrogate(value, i))
                        {
                            // ES2019 well-formed JSON.stringify escapes control characters and lone surrogates.
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
        }

        private static bool IsLoneSurrogate(string value, int i)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
            }

            if (char.IsLowSurrogate(c))
            {
                return i == 0 || !char.IsHighSurrogate(value[i - 1]);
            }

            return false;
        }
    }
}
