using EcrGen.Domain.Rules;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class RepositoryArnRulesTests
    {
        private static RuleViolation One(string arn)
            => Single(RepositoryArnRules.ValidateFromRepositoryArn(Setting.Of(arn), isDeployTimeValue: false), RuleIds.RepositoryArn);

        [Theory]
        [InlineData("arn:aws:ecr:us-east-1:585695036304:repository/foo/bar/foo/fooo")]
        [InlineData("arn:aws-cn:ecr:cn-north-1:123456789012:repository/app")]
        [InlineData("arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/team/app-web_1")]
        public void Valid_repository_arns_pass(string arn)
            => None(RepositoryArnRules.ValidateFromRepositoryArn(Setting.Of(arn), isDeployTimeValue: false));

        [Fact]
        public void Unknown_values_pass()
        {
            None(RepositoryArnRules.ValidateFromRepositoryArn(Setting<string>.Unknown, isDeployTimeValue: false));
            None(RepositoryArnRules.ValidateFromRepositoryArn(Setting<string>.Present, isDeployTimeValue: false));
            None(RepositoryArnRules.ValidateFromRepositoryArn(Setting<string>.NotSet, isDeployTimeValue: false));
        }

        [Fact]
        public void A_token_throws_late_bound()
        {
            var violation = Single(RepositoryArnRules.ValidateFromRepositoryArn(Setting<string>.Unknown, isDeployTimeValue: true), RuleIds.RepositoryArn);
            Assert.Equal("repositoryArn", violation.Option);
            Assert.Contains("'\"repositoryArn\" is a late-bound value, and therefore \"repositoryName\" is required. Use `fromRepositoryAttributes` instead'", violation.Message);
            Assert.Contains("FromRepositoryAttributes", violation.Message);
        }

        [Fact]
        public void No_repository_part_throws_the_CDK_format_message()
            => Assert.Equal(
                "'arn:aws:ecr:us-east-1:123456789012:foo-ecr-repo-name' is not a repository ARN; the CDK throws \"Repository arn should be in the format 'arn:<PARTITION>:ecr:<REGION>:<ACCOUNT>:repository/<NAME>', got arn:aws:ecr:us-east-1:123456789012:foo-ecr-repo-name.\"",
                One("arn:aws:ecr:us-east-1:123456789012:foo-ecr-repo-name").Message);

        [Fact]
        public void Not_an_arn_or_missing_components_throw_the_Arn_split_messages()
        {
            Assert.Contains("'ARNs must start with \"arn:\" and have at least 6 components: repository/app'", One("repository/app").Message);
            Assert.Contains("The `partition` component (2nd component) of an ARN is required: arn::ecr:us-east-1:123456789012:repository/app", One("arn::ecr:us-east-1:123456789012:repository/app").Message);
            Assert.Contains("The `service` component (3rd component) of an ARN is required", One("arn:aws::us-east-1:123456789012:repository/app").Message);
            Assert.Contains("The `resource` component (6th component) of an ARN is required: arn:aws:ecr:repository/app", One("arn:aws:ecr:repository/app").Message);
        }

        [Fact]
        public void Arns_the_CDK_accepts_that_name_no_repository_are_reported()
        {
            Assert.Contains("service 's3', not 'ecr'", One("arn:aws:s3:us-east-1:123456789012:repository/app").Message);
            Assert.Contains("has no region", One("arn:aws:ecr::123456789012:repository/app").Message);
            Assert.Contains("account '1234', not a 12-digit", One("arn:aws:ecr:us-east-1:1234:repository/app").Message);
            Assert.Contains("account '', not a 12-digit", One("arn:aws:ecr:us-east-1::repository/app").Message);
            Assert.Contains("has 7 ':'-separated parts", One("arn:aws:ecr:us-east-1:123456789012:x:repository/app").Message);
            Assert.StartsWith("The repository name in 'arn:aws:ecr:us-east-1:123456789012:repository/Team/App' is invalid: Repository name 'Team/App'", One("arn:aws:ecr:us-east-1:123456789012:repository/Team/App").Message);
        }
    }
}
