using System.Linq;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class ImportedRepositoryRulesTests
    {
        private static readonly ImportedRepositorySpec ByName = new ImportedRepositorySpec { ImportedWith = "Repository.FromRepositoryName", InStackAccount = true };

        private static ImportedRepositorySpec ByArn(string arn) => new ImportedRepositorySpec { ImportedWith = "Repository.FromRepositoryArn", Arn = Setting.Of(arn) };

        [Fact]
        public void AddToResourcePolicy_on_an_import_is_always_dropped()
        {
            var violation = Single(ImportedRepositoryRules.ValidatePolicyCall(ByName, "AddToResourcePolicy", null), RuleIds.PolicyOnImportedRepository);
            Assert.Equal("AddToResourcePolicy", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Equal(
                "AddToResourcePolicy on a repository imported with Repository.FromRepositoryName is dropped: the CDK does not manage an imported repository's policy, so nothing reaches the template (StatementAdded is false). Add the statement where the repository is defined.",
                violation.Message);
        }

        [Fact]
        public void A_grant_to_a_principal_without_identity_policy_is_dropped()
        {
            var violation = Single(ImportedRepositoryRules.ValidatePolicyCall(ByArn("arn:aws:ecr:eu-west-1:123456789012:repository/app"), "GrantPull", "ServicePrincipal"), RuleIds.PolicyOnImportedRepository);
            Assert.Equal("GrantPull", violation.Option);
            Assert.Equal(
                "GrantPull to a ServicePrincipal on a repository imported with Repository.FromRepositoryArn is dropped: that principal has no identity policy, so the grant can only go into the repository policy, which the CDK does not manage for an imported repository. Grant it where the repository is defined, or grant a role or user.",
                violation.Message);
        }

        [Fact]
        public void A_grant_to_a_role_user_or_unknown_grantee_is_not_reported()
        {
            None(ImportedRepositoryRules.ValidatePolicyCall(ByName, "GrantPull", null));
            None(ImportedRepositoryRules.ValidatePolicyCall(ByName, "Grant", null));
        }

        [Fact]
        public void Image_code_from_another_account_than_the_stack_is_reported()
        {
            var violation = Single(ImportedRepositoryRules.ValidateImageCode(ByArn("arn:aws:ecr:eu-west-1:222222222222:repository/team/app"), Setting.Of("111111111111")), RuleIds.ImportedRepository);
            Assert.Equal("repository", violation.Option);
            Assert.Equal(
                "The repository is imported with Repository.FromRepositoryArn from account 222222222222, and the stack deploys to account 111111111111: Lambda adds its pull permission only to repositories in the function's own account and the CDK cannot change an imported repository's policy, so the repository policy in 222222222222 must allow account 111111111111 and lambda.amazonaws.com to pull (ecr:BatchGetImage, ecr:GetDownloadUrlForLayer)",
                violation.Message);
        }

        [Fact]
        public void Image_code_from_the_stack_account_or_an_unknown_account_is_not_reported()
        {
            // By name: the CDK builds the ARN from the stack's own account, and Lambda grants itself the pull.
            None(ImportedRepositoryRules.ValidateImageCode(ByName, Setting.Of("111111111111")));
            None(ImportedRepositoryRules.ValidateImageCode(ByArn("arn:aws:ecr:eu-west-1:111111111111:repository/app"), Setting.Of("111111111111")));

            // The stack's account not known (an environment-agnostic stack, a variable, a token): not judged.
            None(ImportedRepositoryRules.ValidateImageCode(ByArn("arn:aws:ecr:eu-west-1:222222222222:repository/app"), Setting<string>.NotSet));
            None(ImportedRepositoryRules.ValidateImageCode(ByArn("arn:aws:ecr:eu-west-1:222222222222:repository/app"), Setting<string>.Unknown));
            None(ImportedRepositoryRules.ValidateImageCode(ByArn("arn:aws:ecr:eu-west-1:222222222222:repository/app"), Setting.Of("${Token[AWS.AccountId.1]}")));

            // The repository's ARN not known or not an ECR repository ARN.
            None(ImportedRepositoryRules.ValidateImageCode(ByArn("arn:aws:ecr:eu-west-1:${Token[TOKEN.1]}:repository/app"), Setting.Of("111111111111")));
            None(ImportedRepositoryRules.ValidateImageCode(new ImportedRepositorySpec { ImportedWith = "Repository.FromRepositoryAttributes", Arn = Setting<string>.Unknown }, Setting.Of("111111111111")));
        }

        [Theory]
        [InlineData("arn:aws:ecr:eu-west-1:123456789012:repository/app", "123456789012")]
        [InlineData("arn:aws-cn:ecr:cn-north-1:123456789012:repository/team/app", "123456789012")]
        [InlineData("arn:aws:ecr:eu-west-1:12345678901:repository/app", null)]
        [InlineData("arn:aws:s3:::bucket", null)]
        [InlineData("arn:aws:ecr:eu-west-1:123456789012:app", null)]
        [InlineData("team/app", null)]
        [InlineData("", null)]
        [InlineData(null, null)]
        public void AccountOf_reads_only_ecr_repository_arns(string? arn, string? account)
            => Assert.Equal(account, ImportedRepositoryRules.AccountOf(arn));
    }
}
