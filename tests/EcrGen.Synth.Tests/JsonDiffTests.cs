using System.Text.Json;
using Xunit;

namespace EcrGen.Synth.Tests
{
    /// <summary>The comparer the equivalence tests rely on finds what it must (an always-equal comparer would prove nothing).</summary>
    public sealed class JsonDiffTests
    {
        [Fact]
        public void Member_order_and_number_spelling_do_not_matter()
        {
            Assert.Empty(Diff("""{"a": 1, "b": [true, null]}""", """{"b": [true, null], "a": 1.0}"""));
        }

        [Fact]
        public void Reports_a_changed_value_at_its_path()
        {
            Assert.Equal(
                new[] { "$.Resources.Repo.Properties.ScanOnPush: expected true, actual false" },
                Diff("""{"Resources": {"Repo": {"Properties": {"ScanOnPush": true}}}}""", """{"Resources": {"Repo": {"Properties": {"ScanOnPush": false}}}}"""));
        }

        [Fact]
        public void Reports_missing_and_unexpected_members()
        {
            Assert.Equal(
                new[] { "$.a: missing (expected 1)", "$.b: unexpected 2" },
                Diff("""{"a": 1}""", """{"b": 2}"""));
        }

        [Fact]
        public void Arrays_are_compared_in_order_and_by_length()
        {
            Assert.Equal(
                new[] { "$[0]: expected \"x\", actual \"y\"", "$[1]: expected \"y\", actual \"x\"", "$: expected 2 items, actual 3" },
                Diff("""["x", "y"]""", """["y", "x", "z"]"""));
        }

        [Fact]
        public void Json_held_in_a_string_is_compared_as_json()
        {
            Assert.Empty(Diff("""{"Policy": "{\"a\":1,\"b\":2}"}""", """{"Policy": "{\"b\":2,\"a\":1}"}"""));
            Assert.Equal(
                new[] { "$.Policy(json).rules[0].rulePriority: expected 1, actual 2" },
                Diff("""{"Policy": "{\"rules\":[{\"rulePriority\":1}]}"}""", """{"Policy": "{\"rules\":[{\"rulePriority\":2}]}"}"""));
        }

        [Fact]
        public void Different_kinds_differ()
        {
            Assert.Equal(new[] { "$.a: expected \"1\", actual 1" }, Diff("""{"a": "1"}""", """{"a": 1}"""));
        }

        private static string[] Diff(string expected, string actual)
        {
            using var expectedDocument = JsonDocument.Parse(expected);
            using var actualDocument = JsonDocument.Parse(actual);
            return [.. JsonDiff.Differences(expectedDocument.RootElement, actualDocument.RootElement)];
        }
    }
}
