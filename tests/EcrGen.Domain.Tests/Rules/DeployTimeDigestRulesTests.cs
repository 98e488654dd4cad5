using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    /// <summary>T5 (ECR3019): a tag-or-digest that is the token of a CfnParameter known to hold a digest.</summary>
    public class DeployTimeDigestRulesTests
    {
        [Theory]
        [InlineData("^sha256:[a-f0-9]{64}$")]
        [InlineData("sha256:.*")]
        [InlineData("sha256:[0-9a-f]+")]
        [InlineData("\\Asha256:[a-f0-9]{64}\\z")]
        [InlineData("^sha256\\:[a-f0-9]{64}$")]
        [InlineData("^(sha256:[a-f0-9]{64})$")]
        [InlineData("^(?:sha256:)[a-f0-9]{64}$")]
        [InlineData("^sha256:([a-f0-9]{64}|[A-F0-9]{64})$")]
        [InlineData("^sha256:[|a-f0-9]{64}$")]
        [InlineData("sha256:+.*")]
        public void A_pattern_that_begins_with_the_literal_prefix_requires_a_digest(string pattern)
            => Assert.True(DeployTimeDigestRules.PatternRequiresDigest(pattern));

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData(".*")]
        [InlineData("^[a-zA-Z0-9._-]+$")]
        [InlineData("^(sha256:[a-f0-9]{64}|[A-Za-z0-9._-]+)$")]
        [InlineData("sha256:.*|latest")]
        [InlineData("^(sha256:[a-f0-9]{64})?$")]
        [InlineData("^(sha256:.*)*$")]
        [InlineData("^sha256:?[a-f0-9]{64}$")]
        [InlineData("^sha256?:[a-f0-9]{64}$")]
        [InlineData("^sha256{1}:[a-f0-9]{64}$")]
        [InlineData("(?i)sha256:[a-f0-9]{64}")]
        [InlineData("^[s]ha256:[a-f0-9]{64}$")]
        [InlineData("^SHA256:[a-f0-9]{64}$")]
        [InlineData("^.*sha256:[a-f0-9]{64}$")]
        [InlineData("^(sha256:[a-f0-9]{64}$")]
        [InlineData("^sha25")]
        [InlineData("v[0-9]+|sha256:.*")]
        public void Any_other_pattern_is_not_known_to_require_a_digest(string? pattern)
            => Assert.False(DeployTimeDigestRules.PatternRequiresDigest(pattern));

        [Fact]
        public void A_pattern_digest_is_reported_with_the_exact_message()
        {
            var parameter = new CfnParameterSpec { Id = "ImageDigest", AllowedPattern = Setting.Of("^sha256:[a-f0-9]{64}$") };
            var violation = Single(DeployTimeDigestRules.ValidateParameterValue(parameter, "TagOrDigest", "digest.ValueAsString"), RuleIds.DeployTimeDigest);
            Assert.Equal("TagOrDigest", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Null(violation.Fix);
            Assert.Equal(
                "TagOrDigest is the value of CfnParameter 'ImageDigest', which holds a digest (its AllowedPattern '^sha256:[a-f0-9]{64}$' admits only 'sha256:' digests): the CDK tells a digest from a tag at synth by startsWith('sha256:'), which a token never does, so it appends the value after ':', and '<repository URI>:sha256:…' is not a valid image reference; the deployment fails. Give the CDK the prefix it tests: \"sha256:\" + Fn.Select(1, Fn.Split(\":\", digest.ValueAsString)).",
                violation.Message);
        }

        [Fact]
        public void A_default_digest_is_reported_and_the_message_says_the_default_is_the_evidence()
        {
            var parameter = new CfnParameterSpec { Id = "Image", Default = Setting.Of(ValidDigest) };
            var violation = Single(DeployTimeDigestRules.ValidateParameterValue(parameter, "tag", "image"), RuleIds.DeployTimeDigest);
            Assert.Contains($"its Default '{ValidDigest}' is a digest: a deployment that keeps the default fails", violation.Message, System.StringComparison.Ordinal);
            Assert.StartsWith("tag is the value of CfnParameter 'Image'", violation.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Allowed_values_that_are_all_digests_are_evidence()
        {
            var digests = new CfnParameterSpec { AllowedValues = List(ValidDigest, "sha256:" + new string('f', 64)) };
            var violation = Single(DeployTimeDigestRules.ValidateParameterValue(digests, "TagOrDigest", "p.ValueAsString"), RuleIds.DeployTimeDigest);
            Assert.StartsWith("TagOrDigest is the value of a CfnParameter, which holds a digest (each of its AllowedValues is a 'sha256:' digest)", violation.Message, System.StringComparison.Ordinal);

            None(DeployTimeDigestRules.ValidateParameterValue(new CfnParameterSpec { AllowedValues = List(ValidDigest, "v1") }, "TagOrDigest", "p"));
            None(DeployTimeDigestRules.ValidateParameterValue(new CfnParameterSpec { AllowedValues = List(ValidDigest, null) }, "TagOrDigest", "p"));
            None(DeployTimeDigestRules.ValidateParameterValue(new CfnParameterSpec { AllowedValues = List() }, "TagOrDigest", "p"));
        }

        [Fact]
        public void RepositoryUriForTag_gets_its_own_repair()
        {
            var parameter = new CfnParameterSpec { Id = "ImageDigest", AllowedPattern = Setting.Of("sha256:.*") };
            var violation = Single(DeployTimeDigestRules.ValidateParameterValue(parameter, "tag", "digest", tagOnly: true), RuleIds.DeployTimeDigest);
            Assert.Equal(
                "tag is the value of CfnParameter 'ImageDigest', which holds a digest (its AllowedPattern 'sha256:.*' admits only 'sha256:' digests): RepositoryUriForTag appends it after ':', and '<repository URI>:sha256:…' is not a valid image reference, so the deployment fails. Use RepositoryUriForDigest, which appends '@'.",
                violation.Message);
        }

        [Fact]
        public void The_pattern_is_the_evidence_before_the_default()
        {
            var parameter = new CfnParameterSpec { AllowedPattern = Setting.Of("^sha256:[a-f0-9]{64}$"), Default = Setting.Of(ValidDigest) };
            Assert.StartsWith("its AllowedPattern", DeployTimeDigestRules.DigestEvidence(parameter), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_parameter_not_known_to_hold_a_digest_is_not_reported()
        {
            None(DeployTimeDigestRules.ValidateParameterValue(new CfnParameterSpec(), "TagOrDigest", "p"));
            None(DeployTimeDigestRules.ValidateParameterValue(new CfnParameterSpec { Default = Setting.Of("v1") }, "TagOrDigest", "p"));
            None(DeployTimeDigestRules.ValidateParameterValue(new CfnParameterSpec { Default = Setting.Of("SHA256:" + Hex64) }, "TagOrDigest", "p"));
            None(DeployTimeDigestRules.ValidateParameterValue(new CfnParameterSpec { Default = Setting<string>.Unknown, AllowedPattern = Setting<string>.Unknown }, "TagOrDigest", "p"));
            None(DeployTimeDigestRules.ValidateParameterValue(new CfnParameterSpec { AllowedPattern = Setting.Of("^[a-z0-9.-]+$"), Default = Setting.Of("latest") }, "TagOrDigest", "p"));
            Assert.Throws<System.ArgumentNullException>(() => DeployTimeDigestRules.DigestEvidence(null!));
        }
    }
}
