using System.Linq;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    /// <summary>
    /// The image rules' exact messages (they tell the user the fix) and the boundaries of each check: a value at the edge of
    /// a rule, and a value the rule must not read at all (a literal <c>null</c>).
    /// </summary>
    public class ImageReferenceMessagesTests
    {
        private const string Grammar = "a tag matches [A-Za-z0-9_][A-Za-z0-9._-]{0,127}";

        private static RuleViolation TagOrDigest(string value, string ruleId) => Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(value)), ruleId);

        // ---- ValidateTagOrDigest ----

        [Fact]
        public void A_literal_null_is_never_judged()
        {
            None(ImageReferenceRules.ValidateTagOrDigest(Setting<string>.Of(null!)));
            None(ImageReferenceRules.ValidateDigest(Setting<string>.Of(null!)));
            None(ImageReferenceRules.ValidateTag(Setting<string>.Of(null!)));
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting<string>.Of(null!), TagOrDigest = Setting.Of("v2") }));
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting.Of("v1"), TagOrDigest = Setting<string>.Of(null!) }));
        }

        [Fact]
        public void ECR3010_empty_TagOrDigest_says_leave_it_out_for_latest()
        {
            var violation = Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(""), "tagOrDigest"), RuleIds.TreatedAsTag);
            Assert.Equal("tagOrDigest", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Equal(
                "tagOrDigest '' is neither a tag nor a digest: the CDK builds an image URI with no tag at all (not 'latest'). Give a tag, a 'sha256:' digest, or leave tagOrDigest out for 'latest'.",
                violation.Message);
        }

        [Fact]
        public void ECR3003_counts_the_characters_after_the_prefix()
        {
            Assert.Equal(
                "TagOrDigest 'sha256:abc' has 3 characters after 'sha256:'; a sha256 digest is 'sha256:' followed by exactly 64 lowercase hex characters.",
                TagOrDigest("sha256:abc", RuleIds.MalformedDigest).Message);
        }

        [Fact]
        public void ECR3003_upper_case_hex_is_lowered_in_the_fix()
        {
            var upper = "sha256:" + Hex64.ToUpperInvariant();
            Assert.Equal(
                $"TagOrDigest '{upper}' has characters after 'sha256:' that are not lowercase hex; a sha256 digest is 'sha256:' followed by exactly 64 lowercase hex characters. Write '{ValidDigest}'.",
                TagOrDigest(upper, RuleIds.MalformedDigest).Message);
        }

        [Fact]
        public void ECR3003_non_hex_has_no_fix()
        {
            var notHex = "sha256:" + Hex64.Substring(1) + "g";
            Assert.Equal(
                $"TagOrDigest '{notHex}' has characters after 'sha256:' that are not lowercase hex; a sha256 digest is 'sha256:' followed by exactly 64 lowercase hex characters.",
                TagOrDigest(notHex, RuleIds.MalformedDigest).Message);
        }

        [Fact]
        public void ECR3001_says_write_the_prefixed_digest()
        {
            var violation = TagOrDigest(Hex64, RuleIds.DigestWithoutPrefix);
            Assert.Equal("TagOrDigest", violation.Option);
            Assert.Equal(
                $"TagOrDigest '{Hex64}' looks like a digest without its 'sha256:' prefix: the CDK treats it as a tag and the pull fails. Write '{ValidDigest}'.",
                violation.Message);
        }

        [Fact]
        public void ECR3001_upper_case_bare_digest_is_lowered_in_the_fix()
        {
            Assert.EndsWith($"Write '{ValidDigest}'.", TagOrDigest(Hex64.ToUpperInvariant(), RuleIds.DigestWithoutPrefix).Message);
        }

        [Fact]
        public void A_64_character_value_that_is_not_hex_is_an_ordinary_tag()
        {
            None(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(Hex64.Substring(1) + "g")));
            None(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(Hex64.Substring(1) + "G")));
            None(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(Hex64 + "0")));
        }

        [Fact]
        public void ECR3010_with_and_without_a_recoverable_digest()
        {
            var upperPrefix = "SHA256:" + Hex64;
            Assert.Equal(
                $"TagOrDigest '{upperPrefix}' is treated as a tag: the CDK only recognises a digest that starts with exactly 'sha256:' (case-sensitive, no '@'). Write '{ValidDigest}'.",
                TagOrDigest(upperPrefix, RuleIds.TreatedAsTag).Message);
            Assert.Equal(
                "TagOrDigest 'sha512:abc' is treated as a tag: the CDK only recognises a digest that starts with exactly 'sha256:' (case-sensitive, no '@').",
                TagOrDigest("sha512:abc", RuleIds.TreatedAsTag).Message);
            Assert.EndsWith($"Write '{ValidDigest}'.", TagOrDigest("@sha256:" + Hex64, RuleIds.TreatedAsTag).Message);
        }

        [Theory]
        [InlineData("sha:abc")]      // no digits after the algorithm name
        [InlineData("sha1")]         // too short to be a digest
        [InlineData("sha25")]        // no ':' after the digits
        [InlineData("shaaaa")]
        [InlineData("@sha")]
        public void Almost_digests_are_judged_as_tags(string value)
        {
            var violations = ImageReferenceRules.ValidateTagOrDigest(Setting.Of(value)).ToList();
            Assert.DoesNotContain(RuleIds.TreatedAsTag, Ids(violations));
        }

        [Fact]
        public void ECR3010_the_shortest_misspelled_digest()
        {
            TagOrDigest("sha1:", RuleIds.TreatedAsTag);
            TagOrDigest("@sha1:", RuleIds.TreatedAsTag);
            TagOrDigest("Sha1:x", RuleIds.TreatedAsTag);
        }

        [Theory]
        [InlineData("-x", "it starts with '-'")]
        [InlineData(".x", "it starts with '.'")]
        [InlineData("@x", "it contains '@' at position 0")]
        [InlineData("my tag", "it contains ' ' at position 2")]
        [InlineData("v1:2", "it contains ':' at position 2")]
        [InlineData("a/b", "it contains '/' at position 1")]
        [InlineData("x-", "")]
        public void ECR3004_names_the_first_bad_character(string value, string problem)
        {
            if (problem.Length == 0)
            {
                None(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(value)));
                return;
            }

            Assert.Equal(
                $"TagOrDigest '{value}' is not a valid image tag: {problem}; {Grammar} (a digest starts with 'sha256:').",
                TagOrDigest(value, RuleIds.InvalidTag).Message);
        }

        [Fact]
        public void ECR3004_too_long_tag_gives_its_length()
        {
            var value = new string('t', 129);
            Assert.Equal(
                $"TagOrDigest '{value}' is not a valid image tag: it has 129 characters (at most 128); {Grammar} (a digest starts with 'sha256:').",
                TagOrDigest(value, RuleIds.InvalidTag).Message);
        }

        [Theory]
        [InlineData("_")]
        [InlineData("0")]
        [InlineData("9")]
        [InlineData("a")]
        [InlineData("z")]
        [InlineData("A")]
        [InlineData("Z")]
        [InlineData("a.b-c_d")]
        public void Tags_at_the_edges_of_the_grammar_pass(string value)
        {
            None(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(value)));
            None(ImageReferenceRules.ValidateTag(Setting.Of(value)));
        }

        [Theory]
        [InlineData("/")]
        [InlineData(":")]
        [InlineData("@")]
        [InlineData("[")]
        [InlineData("`")]
        [InlineData("{")]
        [InlineData("é")]
        public void Characters_just_outside_the_grammar_fail(string value)
        {
            Single(ImageReferenceRules.ValidateTag(Setting.Of(value)), RuleIds.InvalidTag);
            Single(ImageReferenceRules.ValidateTag(Setting.Of("a" + value)), RuleIds.InvalidTag);
        }

        // ---- ValidateDigest ----

        [Fact]
        public void ECR3002_empty_digest_says_use_RepositoryUriForTag()
        {
            var violation = Single(ImageReferenceRules.ValidateDigest(Setting.Of(""), "imageDigest"), RuleIds.UriForDigestNeedsDigest);
            Assert.Equal("imageDigest", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Equal(
                "imageDigest '' is not a digest: RepositoryUriForDigest then returns the URI with no digest. Give a 'sha256:' digest, or use RepositoryUriForTag.",
                violation.Message);
        }

        [Fact]
        public void ECR3002_a_tag_says_use_RepositoryUriForTag_and_a_bare_digest_says_write_the_digest()
        {
            Assert.Equal(
                "digest 'latest' is not a 'sha256:' digest: RepositoryUriForDigest builds '<uri>@latest', which is not a valid image reference. For a tag use RepositoryUriForTag.",
                Single(ImageReferenceRules.ValidateDigest(Setting.Of("latest")), RuleIds.UriForDigestNeedsDigest).Message);
            Assert.Equal(
                $"digest '{Hex64}' is not a 'sha256:' digest: RepositoryUriForDigest builds '<uri>@{Hex64}', which is not a valid image reference. Write '{ValidDigest}'.",
                Single(ImageReferenceRules.ValidateDigest(Setting.Of(Hex64)), RuleIds.UriForDigestNeedsDigest).Message);
        }

        [Fact]
        public void ECR3003_in_RepositoryUriForDigest_has_the_same_message_as_in_TagOrDigest()
        {
            var violation = Single(ImageReferenceRules.ValidateDigest(Setting.Of("sha256:abc"), "imageDigest"), RuleIds.MalformedDigest);
            Assert.Equal("imageDigest", violation.Option);
            Assert.Equal(
                "imageDigest 'sha256:abc' has 3 characters after 'sha256:'; a sha256 digest is 'sha256:' followed by exactly 64 lowercase hex characters.",
                violation.Message);
        }

        // ---- ValidateTag ----

        [Fact]
        public void ECR3004_a_digest_as_tag_says_pass_it_as_TagOrDigest()
        {
            var violation = Single(ImageReferenceRules.ValidateTag(Setting.Of(ValidDigest), "tag"), RuleIds.InvalidTag);
            Assert.Equal("tag", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Equal(
                $"tag '{ValidDigest}' is a digest, not a tag: it is appended as ':{ValidDigest}', which is not a valid image reference. Pass it as TagOrDigest (or to RepositoryUriForDigest) instead.",
                violation.Message);
            Assert.Contains("is a digest, not a tag", Single(ImageReferenceRules.ValidateTag(Setting.Of("sha512:abc")), RuleIds.InvalidTag).Message);
            Assert.Contains("is a digest, not a tag", Single(ImageReferenceRules.ValidateTag(Setting.Of("sha256:abc")), RuleIds.InvalidTag).Message);
        }

        [Fact]
        public void ECR3004_empty_and_bad_tags_in_Tag_do_not_mention_digests()
        {
            Assert.Equal(
                $"Tag '' is not a valid image tag: it is empty: the CDK then builds an image URI with no tag; {Grammar}.",
                Single(ImageReferenceRules.ValidateTag(Setting.Of("")), RuleIds.InvalidTag).Message);
            Assert.Equal(
                $"Tag 'a b' is not a valid image tag: it contains ' ' at position 1; {Grammar}.",
                Single(ImageReferenceRules.ValidateTag(Setting.Of("a b")), RuleIds.InvalidTag).Message);
            Assert.Equal(
                $"Tag '{new string('t', 129)}' is not a valid image tag: it has 129 characters (at most 128); {Grammar}.",
                Single(ImageReferenceRules.ValidateTag(Setting.Of(new string('t', 129))), RuleIds.InvalidTag).Message);
            None(ImageReferenceRules.ValidateTag(Setting.Of(new string('t', 128))));
        }

        // ---- Validate: I5, I6 ----

        [Fact]
        public void ECR3005_says_remove_Tag()
        {
            var violation = Single(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting.Of("v1"), TagOrDigest = Setting.Of("v2") }), RuleIds.TagAndTagOrDigest);
            Assert.Equal(-1, violation.Index);
            Assert.Equal("Tag 'v1' is ignored because TagOrDigest 'v2' is also set (the CDK uses TagOrDigest ?? Tag ?? \"latest\"); remove Tag.", violation.Message);
        }

        [Fact]
        public void ECR3005_and_I6_need_known_values_or_a_missing_TagOrDigest()
        {
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting.Of("v1"), TagOrDigest = Setting<string>.Unknown }));
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting<string>.Unknown, TagOrDigest = Setting.Of("v2") }));
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting<string>.Unknown, TagOrDigest = Setting<string>.Unknown }));
        }

        [Fact]
        public void ECR3006_quotes_a_known_Tag_and_still_reports_an_unknown_one()
        {
            var known = Single(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting.Of("v1") }), RuleIds.DeprecatedTag);
            Assert.Equal(-1, known.Index);
            Assert.Equal("EcrImageCodeProps.Tag 'v1' is deprecated and cannot take a digest: use TagOrDigest instead.", known.Message);

            var unknown = Single(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting<string>.Unknown }), RuleIds.DeprecatedTag);
            Assert.Equal("Tag", unknown.Option);
            Assert.Equal("EcrImageCodeProps.Tag is deprecated and cannot take a digest: use TagOrDigest instead.", unknown.Message);
        }

        // ---- Validate: I9 ----

        private static RuleViolation[] ExecForm(Setting<EquatableArray<NullableString>> entrypoint, Setting<EquatableArray<NullableString>> cmd)
            => ImageReferenceRules.Validate(new ImageReferenceSpec { Entrypoint = entrypoint, Cmd = cmd }).ToArray();

        [Fact]
        public void ECR3009_says_write_one_element_per_argument()
        {
            var violation = Single(ExecForm(default, List(" python\tapp.py  --debug ")), RuleIds.ExecForm);
            Assert.Equal("Cmd", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Equal(
                "Cmd element 0 ' python\tapp.py  --debug ' holds several words, but Cmd is exec form: each element is one argument, so it is passed as a single argument (the container fails to start). Write one element per argument: [\"python\", \"app.py\", \"--debug\"].",
                violation.Message);
        }

        [Fact]
        public void ECR3009_names_the_element_index()
        {
            var violation = Single(ExecForm(List("python", "-m app"), default), RuleIds.ExecForm);
            Assert.Equal("Entrypoint", violation.Option);
            Assert.StartsWith("Entrypoint element 1 '-m app' holds several words, but Entrypoint is exec form:", violation.Message, System.StringComparison.Ordinal);
            Assert.EndsWith("[\"-m\", \"app\"].", violation.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void ECR3009_only_inner_whitespace_counts()
        {
            None(ExecForm(default, List(" python ", "\tapp.py\t")));
            Single(ExecForm(default, List("python\tapp.py")), RuleIds.ExecForm);
        }

        [Theory]
        [InlineData("--port 8080", true)]
        [InlineData("--port\t8080", true)]
        [InlineData("-p 80", true)]
        [InlineData("--my_opt.v-2 x", true)]
        [InlineData("-9 x", true)]
        [InlineData("---port 8080", false)]   // three dashes: not an option name
        [InlineData("- x", false)]
        [InlineData("--.x y", false)]
        [InlineData("--port=8080 x", false)]  // '=' joins the value: one argument
        [InlineData("hello world", false)]    // an argument, not an option
        public void ECR3009_an_argument_is_flagged_only_as_an_option_with_its_value_glued_on(string argument, bool flagged)
        {
            var violations = ExecForm(List("python"), List("app.py", argument));
            Assert.Equal(flagged ? new[] { RuleIds.ExecForm } : new string[0], Ids(violations));
        }

        [Theory]
        [InlineData("-c", false)]
        [InlineData("-ec", false)]
        [InlineData("-lc", false)]
        [InlineData("/c", false)]
        [InlineData("/C", false)]
        [InlineData("-command", false)]
        [InlineData("-Command", false)]      // PowerShell (pwsh -Command "..."): parameter names are case-insensitive
        [InlineData("-COMMAND", false)]
        [InlineData("-NoProfile", true)]     // another PowerShell switch: the next element is an argument
        [InlineData("--command", false)]
        [InlineData("--Command", true)]
        [InlineData("-e", true)]
        [InlineData("-C", true)]
        [InlineData("-eC", true)]
        [InlineData("-", true)]
        [InlineData("c", true)]
        public void ECR3009_after_a_shell_command_flag_a_whole_command_line_is_expected(string flag, bool flagged)
        {
            Assert.Equal(flagged ? new[] { RuleIds.ExecForm } : new string[0], Ids(ExecForm(List("sh", flag, "--port 8080"), default)));
            Assert.Equal(flagged ? new[] { RuleIds.ExecForm } : new string[0], Ids(ExecForm(List("sh", flag), List("--port 8080"))));
        }

        [Fact]
        public void ECR3009_Cmd_after_an_Entrypoint_is_judged_as_arguments()
        {
            // An empty or unknown Entrypoint is still written: Cmd[0] is not the program.
            None(ExecForm(List(), List("python app.py")));
            None(ExecForm(Setting<EquatableArray<NullableString>>.Unknown, List("python app.py")));
            Single(ExecForm(List(), List("--port 8080")), RuleIds.ExecForm);
            Single(ExecForm(Setting<EquatableArray<NullableString>>.Unknown, List("--port 8080")), RuleIds.ExecForm);

            // An Entrypoint whose last element is unknown may be a shell flag.
            None(ExecForm(List("sh", null), List("--port 8080")));
        }

        [Fact]
        public void ECR3009_Entrypoint_and_Cmd_are_both_checked_in_order()
        {
            var violations = ExecForm(List("node server.js"), List("--port 8080", "--host 0.0.0.0"));
            Assert.Equal(new[] { "Entrypoint", "Cmd", "Cmd" }, violations.Select(v => v.Option));
            Assert.Contains("Cmd element 1 '--host 0.0.0.0'", violations[2].Message, System.StringComparison.Ordinal);
        }
    }
}
