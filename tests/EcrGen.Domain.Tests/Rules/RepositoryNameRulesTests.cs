using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using EcrGen.Domain.Rules;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class RepositoryNameRulesTests
    {
        // The CDK's own test (repository.ts validateRepositoryName), used as the oracle for the hand-written scanner.
        private static readonly Regex CdkRegex = new Regex("^" + RepositoryNameRules.Pattern + "$", RegexOptions.CultureInvariant);

        [Theory]
        [InlineData("ab")]
        [InlineData("my-app")]
        [InlineData("team/app")]
        [InlineData("team.one/app_two/svc-3")]
        [InlineData("a1")]
        [InlineData("0.0")]
        public void Valid_names_pass(string name)
        {
            None(RepositoryNameRules.Validate(Setting.Of(name)));
            Assert.True(RepositoryNameRules.IsValid(name));
        }

        [Fact]
        public void ECR1001_length_1_fails_and_2_passes()
        {
            var violation = Single(RepositoryNameRules.Validate(Setting.Of("a")), RuleIds.RepositoryNameLength);
            Assert.Equal("RepositoryName", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Contains("'a'", violation.Message);
            None(RepositoryNameRules.Validate(Setting.Of("ab")));
        }

        [Fact]
        public void ECR1001_length_256_passes_and_257_fails()
        {
            None(RepositoryNameRules.Validate(Setting.Of(new string('a', 256))));
            var violation = Single(RepositoryNameRules.Validate(Setting.Of(new string('a', 257))), RuleIds.RepositoryNameLength);
            Assert.Contains("257 characters", violation.Message);
        }

        [Fact]
        public void ECR1001_empty_name_is_reported()
        {
            Assert.Contains(RuleIds.RepositoryNameLength, Ids(RepositoryNameRules.Validate(Setting.Of(""))));
        }

        [Fact]
        public void ECR1002_upper_case_is_reported_with_the_pattern_and_a_fix()
        {
            var violation = Single(RepositoryNameRules.Validate(Setting.Of("MyTeam/App")), RuleIds.RepositoryNamePattern);
            Assert.Equal("RepositoryName", violation.Option);
            Assert.Contains("'MyTeam/App'", violation.Message);
            Assert.Contains("must be lowercase", violation.Message);
            Assert.Contains(RepositoryNameRules.Pattern, violation.Message);
            Assert.Contains("'myteam/app'", violation.Message);
        }

        [Theory]
        [InlineData("-app", "start or end of a path segment")]
        [InlineData("app-", "start or end of a path segment")]
        [InlineData("team/-app", "start or end of a path segment")]
        [InlineData("app--x", "consecutive separators")]
        [InlineData("a._b", "consecutive separators")]
        [InlineData("team//app", "empty path segment")]
        [InlineData("/team", "start or end with '/'")]
        [InlineData("team/", "start or end with '/'")]
        [InlineData("my app", "contains ' '")]
        [InlineData("app:1", "contains ':'")]
        [InlineData("caf\u00e9", "contains '\u00e9'")]
        public void ECR1002_pattern_mismatches_are_explained(string name, string expected)
        {
            var violation = Single(RepositoryNameRules.Validate(Setting.Of(name)), RuleIds.RepositoryNamePattern);
            Assert.Contains(expected, violation.Message);
        }

        [Fact]
        public void Too_short_and_bad_pattern_report_both_like_the_CDK()
        {
            Assert.Equal(new[] { RuleIds.RepositoryNameLength, RuleIds.RepositoryNamePattern }, Ids(RepositoryNameRules.Validate(Setting.Of("A"))));
        }

        [Fact]
        public void Unknown_or_unset_names_are_never_flagged()
        {
            None(RepositoryNameRules.Validate(Setting<string>.Unknown));
            None(RepositoryNameRules.Validate(Setting<string>.NotSet));
        }

        [Theory]
        [InlineData("MyTeam/App", "myteam/app")]
        [InlineData("My App", "my-app")]
        [InlineData("--team//app--", "team/app")]
        [InlineData("a__b", "a_b")]
        [InlineData("/x/", null)]
        [InlineData("team/", "team")]
        [InlineData("Team/", "team")]
        [InlineData("valid-name", "valid-name")]
        [InlineData("!!", null)]
        public void SuggestFix_cleans_names(string name, string? expected)
        {
            Assert.Equal(expected, RepositoryNameRules.SuggestFix(name));
        }

        [Fact]
        public void SuggestFix_cuts_long_names_at_256_without_a_trailing_separator()
        {
            var name = new string('a', 255) + "-b" + new string('c', 10);
            var fix = RepositoryNameRules.SuggestFix(name.ToUpperInvariant());
            Assert.NotNull(fix);
            Assert.Equal(255, fix!.Length);
            Assert.True(RepositoryNameRules.IsValid(fix));
        }

        private static readonly Gen<string> NameSoup = Gen.Char["abAB09._-/ :@"].Array[0, 300].Select(chars => new string(chars));

        [Fact]
        public void Property_scanner_agrees_with_the_CDK_regex()
        {
            NameSoup.Sample(name => RepositoryNameRules.MatchesPattern(name) == CdkRegex.IsMatch(name), iter: 20000);
        }

        [Fact]
        public void Property_SuggestFix_results_always_validate()
        {
            NameSoup.Sample(name =>
            {
                var fix = RepositoryNameRules.SuggestFix(name);
                return fix is null || (RepositoryNameRules.IsValid(fix) && !RepositoryNameRules.Validate(Setting.Of(fix)).Any());
            }, iter: 20000);
        }

        [Fact]
        public void Property_generated_valid_names_always_pass()
        {
            var word = Gen.Char["abcxyz0189"].Array[1, 6].Select(chars => new string(chars));
            var separator = Gen.Char["._-"].Select(c => c.ToString());
            var component = Gen.Select(word, Gen.Select(separator, word, (s, w) => s + w).Array[0, 3], (first, rest) => first + string.Concat(rest));
            var name = component.Array[1, 5].Select(parts => string.Join("/", parts)).Where(n => n.Length >= 2 && n.Length <= 256);
            name.Sample(n => !RepositoryNameRules.Validate(Setting.Of(n)).Any() && RepositoryNameRules.SuggestFix(n) == n);
        }
    }
}
