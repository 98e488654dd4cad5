using System.Linq;
using CsCheck;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class ImageReferenceRulesTests
    {
        // ValidateTagOrDigest: I1, I3, I4, I10

        [Theory]
        [InlineData("latest")]
        [InlineData("v1.2.3")]
        [InlineData(ValidDigest)]
        public void TagOrDigest_valid_values_pass(string value)
        {
            None(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(value)));
        }

        [Fact]
        public void TagOrDigest_unknown_or_unset_passes()
        {
            None(ImageReferenceRules.ValidateTagOrDigest(Setting<string>.Unknown));
            None(ImageReferenceRules.ValidateTagOrDigest(Setting<string>.NotSet));
        }

        [Fact]
        public void ECR3001_bare_64_hex_is_treated_as_a_tag()
        {
            var violation = Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(Hex64)), RuleIds.DigestWithoutPrefix);
            Assert.Equal("TagOrDigest", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Contains($"'{ValidDigest}'", violation.Message);
        }

        [Fact]
        public void ECR3001_63_hex_is_an_ordinary_tag()
        {
            None(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(Hex64.Substring(1))));
        }

        [Theory]
        [InlineData("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde", "63 characters")]
        [InlineData("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0", "65 characters")]
        [InlineData("sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", "not lowercase hex")]
        [InlineData("sha256:", "0 characters")]
        public void ECR3003_malformed_sha256_digests(string value, string expected)
        {
            var violation = Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(value)), RuleIds.MalformedDigest);
            Assert.Contains(expected, violation.Message);
        }

        [Theory]
        [InlineData("SHA256:" + Hex64)]
        [InlineData("sha512:" + Hex64)]
        [InlineData("@sha256:" + Hex64)]
        [InlineData("sha384:abc")]
        public void ECR3010_digest_lookalikes_are_treated_as_tags(string value)
        {
            var violation = Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(value)), RuleIds.TreatedAsTag);
            Assert.Contains($"'{value}'", violation.Message);
        }

        [Fact]
        public void ECR3010_suggests_the_fixed_digest_when_there_is_one()
        {
            Assert.Contains($"Write '{ValidDigest}'", Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of("SHA256:" + Hex64)), RuleIds.TreatedAsTag).Message);
            Assert.DoesNotContain("Write", Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of("sha512:" + Hex64)), RuleIds.TreatedAsTag).Message);
        }

        [Fact]
        public void ECR3010_empty_TagOrDigest_gives_no_tag_at_all()
        {
            var violation = Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of("")), RuleIds.TreatedAsTag);
            Assert.Contains("no tag at all", violation.Message);
        }

        [Theory]
        [InlineData("my tag", "contains ' '")]
        [InlineData("repo:tag", "contains ':'")]
        [InlineData("-x", "starts with '-'")]
        public void ECR3004_invalid_tags_in_TagOrDigest(string value, string expected)
        {
            var violation = Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(value), "tagOrDigest"), RuleIds.InvalidTag);
            Assert.Equal("tagOrDigest", violation.Option);
            Assert.Contains(expected, violation.Message);
        }

        [Fact]
        public void ECR3004_tag_of_129_characters_fails_and_128_passes()
        {
            Assert.Contains("129 characters", Single(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(new string('t', 129))), RuleIds.InvalidTag).Message);
            None(ImageReferenceRules.ValidateTagOrDigest(Setting.Of(new string('t', 128))));
        }

        // ValidateDigest: I2, I3

        [Fact]
        public void Digest_valid_unknown_or_unset_passes()
        {
            None(ImageReferenceRules.ValidateDigest(Setting.Of(ValidDigest)));
            None(ImageReferenceRules.ValidateDigest(Setting<string>.Unknown));
            None(ImageReferenceRules.ValidateDigest(Setting<string>.NotSet));
        }

        [Theory]
        [InlineData(Hex64)]
        [InlineData("latest")]
        [InlineData("@sha256:" + Hex64)]
        [InlineData("")]
        public void ECR3002_RepositoryUriForDigest_needs_a_sha256_digest(string value)
        {
            var violation = Single(ImageReferenceRules.ValidateDigest(Setting.Of(value)), RuleIds.UriForDigestNeedsDigest);
            Assert.Equal("digest", violation.Option);
            Assert.Contains($"'{value}'", violation.Message);
        }

        [Fact]
        public void ECR3002_suggests_the_prefixed_digest()
        {
            Assert.Contains($"Write '{ValidDigest}'", Single(ImageReferenceRules.ValidateDigest(Setting.Of(Hex64)), RuleIds.UriForDigestNeedsDigest).Message);
        }

        [Fact]
        public void ECR3003_in_RepositoryUriForDigest()
        {
            Single(ImageReferenceRules.ValidateDigest(Setting.Of("sha256:abc")), RuleIds.MalformedDigest);
        }

        // ValidateTag: I4

        [Fact]
        public void Tag_valid_unknown_or_unset_passes_and_a_64_hex_asset_hash_is_a_valid_tag()
        {
            None(ImageReferenceRules.ValidateTag(Setting.Of("latest")));
            None(ImageReferenceRules.ValidateTag(Setting.Of(Hex64)));
            None(ImageReferenceRules.ValidateTag(Setting<string>.Unknown));
            None(ImageReferenceRules.ValidateTag(Setting<string>.NotSet));
        }

        [Fact]
        public void ECR3004_a_digest_given_as_tag_is_reported()
        {
            var violation = Single(ImageReferenceRules.ValidateTag(Setting.Of(ValidDigest)), RuleIds.InvalidTag);
            Assert.Equal("Tag", violation.Option);
            Assert.Contains("is a digest, not a tag", violation.Message);
            Assert.Contains("is a digest", Single(ImageReferenceRules.ValidateTag(Setting.Of("SHA256:" + Hex64)), RuleIds.InvalidTag).Message);
        }

        [Theory]
        [InlineData("")]
        [InlineData("a b")]
        [InlineData(".x")]
        public void ECR3004_invalid_tags(string value)
        {
            Single(ImageReferenceRules.ValidateTag(Setting.Of(value), "tag"), RuleIds.InvalidTag);
        }

        // Validate: I5, I6, I9 and the value checks

        [Fact]
        public void ECR3005_Tag_and_TagOrDigest_both_set()
        {
            var violations = ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting.Of("v1"), TagOrDigest = Setting.Of("v2") });
            var violation = Single(violations, RuleIds.TagAndTagOrDigest);
            Assert.Equal("Tag", violation.Option);
            Assert.Contains("'v1'", violation.Message);
            Assert.Contains("'v2'", violation.Message);
        }

        [Fact]
        public void ECR3005_not_judged_when_either_value_is_unknown()
        {
            Assert.DoesNotContain(RuleIds.TagAndTagOrDigest, Ids(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting.Of("v1"), TagOrDigest = Setting<string>.Unknown })));
            Assert.DoesNotContain(RuleIds.TagAndTagOrDigest, Ids(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting<string>.Unknown, TagOrDigest = Setting.Of("v2") })));
        }

        [Fact]
        public void Presence_ECR3005_Tag_and_TagOrDigest_present_with_unknown_values_is_reported()
        {
            var violation = Single(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting<string>.Present, TagOrDigest = Setting.Of("v2") }), RuleIds.TagAndTagOrDigest);
            Assert.Equal("Tag is ignored because TagOrDigest 'v2' is also set (the CDK uses TagOrDigest ?? Tag ?? \"latest\"); remove Tag.", violation.Message);
            Single(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting<string>.Present, TagOrDigest = Setting<string>.Present }), RuleIds.TagAndTagOrDigest);
        }

        [Fact]
        public void ECR3006_Tag_alone_is_deprecated()
        {
            var violation = Single(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting.Of("v1") }), RuleIds.DeprecatedTag);
            Assert.Equal("Tag", violation.Option);
            Assert.Contains("TagOrDigest", violation.Message);
        }

        [Fact]
        public void ECR3006_TagOrDigest_alone_is_fine()
        {
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { TagOrDigest = Setting.Of("v1") }));
            None(ImageReferenceRules.Validate(new ImageReferenceSpec()));
        }

        [Fact]
        public void Validate_includes_the_value_checks()
        {
            Assert.Equal(new[] { RuleIds.DigestWithoutPrefix }, Ids(ImageReferenceRules.Validate(new ImageReferenceSpec { TagOrDigest = Setting.Of(Hex64) })));
            Assert.Equal(new[] { RuleIds.InvalidTag, RuleIds.DeprecatedTag }, Ids(ImageReferenceRules.Validate(new ImageReferenceSpec { Tag = Setting.Of(ValidDigest) })));
        }

        [Fact]
        public void ECR3009_a_whole_command_line_in_one_Cmd_element_is_reported()
        {
            var violation = Single(ImageReferenceRules.Validate(new ImageReferenceSpec { Cmd = List("python app.py") }), RuleIds.ExecForm);
            Assert.Equal("Cmd", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Contains("element 0 'python app.py'", violation.Message);
            Assert.Contains("[\"python\", \"app.py\"]", violation.Message);
        }

        [Fact]
        public void ECR3009_Entrypoint_program_and_glued_options_are_reported()
        {
            var violations = ImageReferenceRules.Validate(new ImageReferenceSpec { Entrypoint = List("node server.js"), Cmd = List("--port 8080") }).ToList();
            Assert.Equal(new[] { RuleIds.ExecForm, RuleIds.ExecForm }, Ids(violations));
            Assert.Equal(new[] { "Entrypoint", "Cmd" }, violations.Select(v => v.Option));
        }

        [Fact]
        public void ECR3009_exec_form_and_legitimate_spaces_pass()
        {
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Cmd = List("python", "app.py") }));
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Cmd = List("app.handler") }));
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Cmd = List("echo", "hello world") }));          // an argument may hold spaces
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Entrypoint = List("sh", "-c", "python app.py --port 80") }));
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Entrypoint = List("/bin/bash", "-ec"), Cmd = List("python app.py") }));
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Entrypoint = List("python"), Cmd = List("my script.py") })); // an argument, not the program
        }

        [Fact]
        public void ECR3009_unknowns_are_not_flagged()
        {
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Entrypoint = Setting<EquatableArray<NullableString>>.Unknown, Cmd = List("python app.py") }));
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Cmd = List(null, "--port 8080") }));
            None(ImageReferenceRules.Validate(new ImageReferenceSpec { Cmd = Setting<EquatableArray<NullableString>>.Unknown }));
        }

        [Fact]
        public void A_spec_of_only_unknown_values_is_never_flagged()
        {
            None(ImageReferenceRules.Validate(new ImageReferenceSpec
            {
                TagOrDigest = Setting<string>.Unknown,
                Cmd = Setting<EquatableArray<NullableString>>.Unknown,
                Entrypoint = Setting<EquatableArray<NullableString>>.Unknown,
                WorkingDirectory = Setting<string>.Unknown,
            }));
        }

        [Fact]
        public void Property_valid_tags_and_digests_are_never_flagged()
        {
            var tag = Gen.Select(Gen.Char["aZ9_"], Gen.Char["aZ9_.-"].Array[0, 127], (first, rest) => first + new string(rest))
                .Where(t => !ImageDigest.LooksLikeBareDigest(t));
            var digest = Gen.Char["0123456789abcdef"].Array[64].Select(hex => "sha256:" + new string(hex));
            Gen.OneOf(tag, digest).Sample(value => !ImageReferenceRules.ValidateTagOrDigest(Setting.Of(value)).Any());
        }

        [Fact]
        public void Property_TagOrDigest_gives_at_most_one_violation_and_quotes_the_value()
        {
            Gen.String.Sample(value =>
            {
                var violations = ImageReferenceRules.ValidateTagOrDigest(Setting.Of(value)).ToList();
                return violations.Count <= 1 && violations.All(v => v.Message.Contains("'" + value + "'", System.StringComparison.Ordinal));
            }, iter: 5000);
        }
    }
}
