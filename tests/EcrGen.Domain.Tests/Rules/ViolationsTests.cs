using System;
using System.Text;
using EcrGen.Domain.Rules;
using Xunit;

namespace EcrGen.Domain.Tests.Rules
{
    /// <summary>
    /// The helpers behind every message and the rendered policy: the violation list (no allocation when there is nothing to
    /// report), JavaScript number printing and <c>JSON.stringify</c> string escaping, which the CDK's rendered policy text
    /// uses and the policy-size rule measures.
    /// </summary>
    public class ViolationsTests
    {
        private static readonly RuleViolation First = new RuleViolation(RuleIds.RepositoryNameLength, "RepositoryName", -1, "first");
        private static readonly RuleViolation Second = new RuleViolation(RuleIds.RepositoryNamePattern, "RepositoryName", -1, "second");

        [Fact]
        public void An_empty_list_is_the_shared_empty_array()
        {
            var list = default(ViolationList);
            Assert.Same(Array.Empty<RuleViolation>(), list.ToResult());
            list.AddRange(Array.Empty<RuleViolation>());
            Assert.Same(Array.Empty<RuleViolation>(), list.ToResult());
        }

        [Fact]
        public void Add_and_AddRange_keep_every_violation_in_order()
        {
            var list = default(ViolationList);
            list.AddRange(new[] { First, Second });
            list.Add(RuleIds.CountOrAge, "MaxImageCount", 3, "third");
            list.AddRange(new[] { First });
            var result = list.ToResult();
            Assert.Equal(new[] { First, Second, new RuleViolation(RuleIds.CountOrAge, "MaxImageCount", 3, "third"), First }, result);
        }

        [Fact]
        public void Add_alone_keeps_every_violation()
        {
            var list = default(ViolationList);
            list.Add(RuleIds.RepositoryNameLength, "a", -1, "one");
            list.Add(RuleIds.RepositoryNamePattern, "b", 0, "two");
            Assert.Equal(new[] { new RuleViolation(RuleIds.RepositoryNameLength, "a", -1, "one"), new RuleViolation(RuleIds.RepositoryNamePattern, "b", 0, "two") }, list.ToResult());
        }

        [Theory]
        [InlineData(double.NaN, "NaN")]
        [InlineData(double.PositiveInfinity, "Infinity")]
        [InlineData(double.NegativeInfinity, "-Infinity")]
        [InlineData(-0d, "0")]
        [InlineData(-0.5, "-0.5")]
        [InlineData(12.5, "12.5")]
        [InlineData(100d, "100")]
        [InlineData(0.001, "0.001")]
        [InlineData(0.00000125, "0.00000125")]
        [InlineData(1.5e-7, "1.5e-7")]
        [InlineData(1.5e20, "150000000000000000000")]
        [InlineData(1.23e20, "123000000000000000000")]
        [InlineData(1.5e21, "1.5e+21")]
        [InlineData(-1e21, "-1e+21")]
        [InlineData(1.5e300, "1.5e+300")]
        [InlineData(5e-324, "5e-324")]
        [InlineData(0.30000000000000004, "0.30000000000000004")]
        [InlineData(123456789012345680000d, "123456789012345680000")]
        public void JsNumber_prints_like_JavaScript_at_the_edges(double value, string expected)
        {
            Assert.Equal(expected, Text.JsNumber(value));
        }

        [Theory]
        [InlineData(2d, true)]
        [InlineData(-3d, true)]
        [InlineData(0d, true)]
        [InlineData(2.5, false)]
        [InlineData(double.NaN, false)]
        [InlineData(double.PositiveInfinity, false)]
        [InlineData(double.NegativeInfinity, false)]
        public void IsWhole_is_a_finite_whole_number(double value, bool expected)
        {
            Assert.Equal(expected, Text.IsWhole(value));
        }

        [Theory]
        [InlineData("plain", "\"plain\"")]
        [InlineData("", "\"\"")]
        [InlineData("a\"b", "\"a\\\"b\"")]
        [InlineData("a\\b", "\"a\\\\b\"")]
        [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
        [InlineData("\u0000\u0001\u001f", "\"\\u0000\\u0001\\u001f\"")]
        [InlineData(" \u007f/é", "\" \u007f/é\"")]
        public void AppendJsonString_escapes_like_JSON_stringify(string value, string expected)
        {
            var builder = new StringBuilder("x");
            Text.AppendJsonString(builder, value);
            Assert.Equal("x" + expected, builder.ToString());
        }

        [Fact]
        public void AppendJsonString_escapes_lone_surrogates()
        {
            // Built at run time: a lone surrogate does not survive as theory data.
            const char High = '\ud83d', Low = '\ude00';
            var cases = new (string Value, string Expected)[]
            {
                (new string(High, 1), "\"\\ud83d\""),                                   // a high surrogate at the end
                (High + "x", "\"\\ud83dx\""),                                          // before a non-surrogate
                (new string(new[] { High, High, Low }), "\"\\ud83d" + High + Low + "\""), // two highs: the first is lone
                (new string(Low, 1), "\"\\ude00\""),                                    // a low surrogate at the start
                ("x" + Low, "\"x\\ude00\""),                                           // after a non-surrogate
                (new string(new[] { Low, Low }), "\"\\ude00\\ude00\""),                 // a low after a low
                (new string(new[] { High, Low }), "\"" + High + Low + "\""),              // a pair is kept as it is
            };
            foreach (var (value, expected) in cases)
            {
                var builder = new StringBuilder();
                Text.AppendJsonString(builder, value);
                Assert.Equal(expected, builder.ToString());
            }
        }
    }
}
