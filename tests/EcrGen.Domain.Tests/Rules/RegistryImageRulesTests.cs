using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class RegistryImageRulesTests
    {
        private const string Registry = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

        private static RegistryImageSpec Constant(string name) => new RegistryImageSpec { Name = Setting.Of(name) };

        // The violation of one rule among those of one value (T1 comes with the tag rules).
        private static RuleViolation One(System.Collections.Generic.IEnumerable<RuleViolation> violations, string ruleId)
            => Assert.Single(violations, v => v.RuleId == ruleId);

        private static RegistryImageSpec Built(Setting<string> suffix) => new RegistryImageSpec { FromRepository = true, UriSuffix = suffix };

        [Fact]
        public void ECR3018_a_constant_ECR_image_URI()
        {
            var violation = One(RegistryImageRules.Validate(Constant(Registry + "/team/app:v1")), RuleIds.RegistryImage);
            Assert.Equal("name", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Null(violation.Fix);
            Assert.Equal(
                "'123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:v1' is an image of the private ECR registry 123456789012.dkr.ecr.eu-west-1.amazonaws.com, given to ContainerImage.FromRegistry as a string: the task's execution role gets no permission to pull it, and the task fails with CannotPullContainerError. Import the repository (Repository.FromRepositoryName(this, \"Repository\", \"team/app\"), or FromRepositoryArn for another account's) and use ContainerImage.FromEcrRepository(repository, \"v1\"), which grants the pull.",
                violation.Message);
        }

        [Fact]
        public void ECR3018_names_the_entry_point_and_keeps_a_digest()
        {
            var spec = Constant(Registry + "/app@" + ValidDigest) with { EntryPoint = "new RepositoryImage" };
            var violation = One(RegistryImageRules.Validate(spec), RuleIds.RegistryImage);
            Assert.Contains("given to new RepositoryImage as a string", violation.Message);
            Assert.Contains($"ContainerImage.FromEcrRepository(repository, \"{ValidDigest}\")", violation.Message);
        }

        [Fact]
        public void ECR3018_built_from_a_repository_URI()
        {
            var violation = One(RegistryImageRules.Validate(Built(Setting.Of(":v1"))), RuleIds.RegistryImage);
            Assert.Equal(
                "The image name given to ContainerImage.FromRegistry is built from an ECR repository's URI: a name given as a string gets no pull permission, so the task's execution role cannot pull it and the task fails with CannotPullContainerError. Use ContainerImage.FromEcrRepository(repository, tagOrDigest), which grants the pull.",
                violation.Message);
        }

        [Fact]
        public void ECR3018_built_from_a_URI_method_or_with_a_variable_tag_judges_no_tag()
        {
            Assert.Equal(new[] { RuleIds.RegistryImage }, Ids(RegistryImageRules.Validate(Built(Setting<string>.NotSet))));
            Assert.Equal(new[] { RuleIds.RegistryImage }, Ids(RegistryImageRules.Validate(Built(Setting<string>.Unknown))));
            Assert.Equal(new[] { RuleIds.RegistryImage }, Ids(RegistryImageRules.Validate(Built(Setting.Of("-dev:latest")))));
        }

        [Theory]
        [InlineData("nginx:1.27")]
        [InlineData("public.ecr.aws/nginx/nginx:latest")]
        [InlineData("ghcr.io/owner/app")]
        [InlineData("registry.example.com/team/app:v1")]
        public void Not_T1_for_other_registries(string name)
        {
            None(RegistryImageRules.Validate(Constant(name)));
        }

        [Fact]
        public void Not_T1_for_a_name_not_known()
        {
            None(RegistryImageRules.Validate(new RegistryImageSpec { Name = Setting<string>.Unknown }));
            None(RegistryImageRules.Validate(new RegistryImageSpec()));
        }

        [Fact]
        public void Nothing_when_credentials_are_given()
        {
            None(RegistryImageRules.Validate(Constant(Registry + "/app") with { CredentialsMayBeGiven = true }));
            None(RegistryImageRules.Validate(Built(Setting.Of(":v 1")) with { CredentialsMayBeGiven = true }));
        }

        [Fact]
        public void Null_spec_throws()
        {
            Assert.Throws<System.ArgumentNullException>(() => RegistryImageRules.Validate(null!));
        }

        // W1

        [Theory]
        [InlineData(Registry + "/app")]
        [InlineData(Registry + "/app:latest")]
        public void ECR3014_no_tag_or_latest(string name)
        {
            Assert.Equal(new[] { RuleIds.RegistryImage, RuleIds.MutableImageReference }, Ids(RegistryImageRules.Validate(Constant(name))));
        }

        [Fact]
        public void ECR3014_messages()
        {
            var none = One(RegistryImageRules.Validate(Built(Setting.Of(""))), RuleIds.MutableImageReference);
            Assert.Equal("name", none.Option);
            Assert.Equal(
                "The image name has no tag, so 'latest' is pulled, a tag that moves: pushing a new image changes nothing in the template, so CloudFormation never updates the service. Reference a digest ('@sha256:...') or a tag unique to each build, or make the repository's tags IMMUTABLE.",
                none.Message);
            var latest = One(RegistryImageRules.Validate(Built(Setting.Of(":latest"))), RuleIds.MutableImageReference);
            Assert.StartsWith("The image name has the tag 'latest', a tag that moves", latest.Message);
        }

        [Fact]
        public void ECR3014_not_for_a_repository_that_may_be_immutable_nor_for_a_digest()
        {
            var immutable = Built(Setting.Of("")) with { RepositoryTagMutability = Member(CdkMembers.TagMutability.Immutable) };
            Assert.Equal(new[] { RuleIds.RegistryImage }, Ids(RegistryImageRules.Validate(immutable)));
            var unknown = Built(Setting.Of(":latest")) with { RepositoryTagMutability = Setting<CdkEnumValue>.Unknown };
            Assert.Equal(new[] { RuleIds.RegistryImage }, Ids(RegistryImageRules.Validate(unknown)));
            var mutable = Built(Setting.Of(":latest")) with { RepositoryTagMutability = Member(CdkMembers.TagMutability.Mutable) };
            One(RegistryImageRules.Validate(mutable), RuleIds.MutableImageReference);
            Assert.Equal(new[] { RuleIds.RegistryImage }, Ids(RegistryImageRules.Validate(Constant(Registry + "/app:latest@" + ValidDigest))));
            Assert.Equal(new[] { RuleIds.RegistryImage }, Ids(RegistryImageRules.Validate(Constant(Registry + "/app:Latest"))));
        }

        // I4, I3

        [Theory]
        [InlineData(":v 1", "The tag 'v 1' in the image name is not a valid image tag: it contains ' ' at position 1; a tag matches [A-Za-z0-9_][A-Za-z0-9._-]{0,127}.")]
        [InlineData(":", "The tag '' in the image name is not a valid image tag: it is empty; a tag matches [A-Za-z0-9_][A-Za-z0-9._-]{0,127}.")]
        [InlineData(":-rc", "The tag '-rc' in the image name is not a valid image tag: it starts with '-'; a tag matches [A-Za-z0-9_][A-Za-z0-9._-]{0,127}.")]
        [InlineData(":sha256:" + Hex64, "The tag 'sha256:" + Hex64 + "' in the image name is a digest written after ':': a digest follows '@' ('@sha256:" + Hex64 + "'), and ':sha256:" + Hex64 + "' is not a valid image reference.")]
        [InlineData(":sha512:abc", "The tag 'sha512:abc' in the image name is a digest written after ':': a digest follows '@', and ':sha512:abc' is not a valid image reference.")]
        public void ECR3004_an_invalid_tag(string suffix, string message)
        {
            var violation = One(RegistryImageRules.Validate(Built(Setting.Of(suffix))), RuleIds.InvalidTag);
            Assert.Equal("name", violation.Option);
            Assert.Equal(message, violation.Message);
        }

        [Fact]
        public void ECR3004_a_tag_too_long_and_a_64_hex_tag()
        {
            var violation = One(RegistryImageRules.Validate(Constant(Registry + "/app:" + new string('a', 129))), RuleIds.InvalidTag);
            Assert.Contains("has 129 characters (at most 128)", violation.Message);

            // CDK asset images are tagged with their 64-hex source hash: a valid tag here, not a digest without its prefix.
            Assert.Equal(new[] { RuleIds.RegistryImage }, Ids(RegistryImageRules.Validate(Constant(Registry + "/cdk-hnb659fds-container-assets-123456789012-eu-west-1:" + Hex64))));
        }

        [Theory]
        [InlineData("@sha256:abc", "The digest 'sha256:abc' in the image name is not 'sha256:' followed by exactly 64 lowercase hex characters.")]
        [InlineData("@SHA256:" + Hex64, "The digest 'SHA256:" + Hex64 + "' in the image name is not 'sha256:' followed by exactly 64 lowercase hex characters. Write '@sha256:" + Hex64 + "'.")]
        [InlineData("@" + Hex64, "The digest '" + Hex64 + "' in the image name is not 'sha256:' followed by exactly 64 lowercase hex characters. Write '@sha256:" + Hex64 + "'.")]
        public void ECR3003_an_invalid_digest(string suffix, string message)
        {
            var violation = One(RegistryImageRules.Validate(Built(Setting.Of(suffix))), RuleIds.MalformedDigest);
            Assert.Equal(message, violation.Message);
        }
    }
}
