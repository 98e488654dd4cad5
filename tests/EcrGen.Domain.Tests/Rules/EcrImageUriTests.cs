using EcrGen.Domain.Rules;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class EcrImageUriTests
    {
        [Fact]
        public void A_private_registry_image_with_a_tag()
        {
            var uri = EcrImageUri.Parse("123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:v1");
            Assert.Equal(new EcrImageUri("123456789012", "eu-west-1", false, false, "team/app", "v1", null), uri);
            Assert.Equal("123456789012.dkr.ecr.eu-west-1.amazonaws.com", uri!.Registry);
        }

        [Fact]
        public void A_digest_follows_the_at_sign()
        {
            var uri = EcrImageUri.Parse("123456789012.dkr.ecr.us-east-1.amazonaws.com/app@" + ValidDigest)!;
            Assert.Equal("app", uri.RepositoryName);
            Assert.Null(uri.Tag);
            Assert.Equal(ValidDigest, uri.Digest);
        }

        [Fact]
        public void A_tag_and_a_digest_together()
        {
            var uri = EcrImageUri.Parse("123456789012.dkr.ecr.us-east-1.amazonaws.com/a/b:v2@" + ValidDigest)!;
            Assert.Equal(("a/b", "v2", ValidDigest), (uri.RepositoryName, uri.Tag, uri.Digest));
        }

        [Fact]
        public void No_tag_and_an_empty_tag_differ()
        {
            Assert.Null(EcrImageUri.Parse("123456789012.dkr.ecr.us-east-1.amazonaws.com/app")!.Tag);
            Assert.Equal("", EcrImageUri.Parse("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:")!.Tag);
        }

        [Theory]
        [InlineData("123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/app:v1", true, false, "us-gov-west-1")]
        [InlineData("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app:v1", false, true, "cn-north-1")]
        [InlineData("123456789012.dkr.ecr-fips.us-east-2.amazonaws.com/app", true, false, "us-east-2")]
        public void FIPS_and_China_registries(string value, bool fips, bool china, string region)
        {
            var uri = EcrImageUri.Parse(value)!;
            Assert.Equal((fips, china, region), (uri.Fips, uri.China, uri.Region));
            Assert.StartsWith(uri.Registry + "/", value);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("nginx:1.27")]
        [InlineData("library/nginx")]
        [InlineData("public.ecr.aws/nginx/nginx:latest")]
        [InlineData("public.ecr.aws/aws-containers/hello-app-runner")]
        [InlineData("ghcr.io/owner/app:v1")]
        [InlineData("registry.example.com:5000/team/app:v1")]
        [InlineData("12345678901.dkr.ecr.eu-west-1.amazonaws.com/app")] // 11 digits
        [InlineData("1234567890123.dkr.ecr.eu-west-1.amazonaws.com/app")] // 13 digits
        [InlineData("ACCOUNT.dkr.ecr.REGION.amazonaws.com/app")]
        [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.com")] // no repository
        [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.com/")]
        [InlineData("123456789012.dkr.ecr..amazonaws.com/app")]
        [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.org/app")]
        [InlineData("123456789012.dkr.ecrx.eu-west-1.amazonaws.com/app")]
        [InlineData("123456789012.dkr.ecr.EU-WEST-1.amazonaws.com/app")]
        [InlineData("123456789012.dkr.ecr.eu--west-1.amazonaws.com/app")]
        [InlineData("123456789012.dkr.ecr.eu-west-1-.amazonaws.com/app")]
        [InlineData("https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/app")]
        [InlineData("mirror.example.com/123456789012.dkr.ecr.eu-west-1.amazonaws.com/app")]
        [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.com.cn.example/app")]
        public void Not_a_private_ECR_image(string? value)
        {
            Assert.Null(EcrImageUri.Parse(value));
        }

        [Theory]
        [InlineData("", null, null)]
        [InlineData(":v1", "v1", null)]
        [InlineData(":", "", null)]
        [InlineData("@" + ValidDigest, null, ValidDigest)]
        [InlineData(":v1@" + ValidDigest, "v1", ValidDigest)]
        [InlineData(":sha256:abc", "sha256:abc", null)]
        public void The_suffix_after_a_repository_URI(string suffix, string? tag, string? digest)
        {
            Assert.True(EcrImageUri.TryParseSuffix(suffix, out var parsedTag, out var parsedDigest));
            Assert.Equal((tag, digest), (parsedTag, parsedDigest));
        }

        [Theory]
        [InlineData("-dev:v1")]
        [InlineData("/sub:v1")]
        [InlineData("v1")]
        [InlineData(":a/b")]
        public void A_suffix_that_names_another_repository_is_not_a_reference(string suffix)
        {
            Assert.False(EcrImageUri.TryParseSuffix(suffix, out var tag, out var digest));
            Assert.Null(tag);
            Assert.Null(digest);
        }
    }
}
