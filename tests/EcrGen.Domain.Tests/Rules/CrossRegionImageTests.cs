using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    /// <summary>T4 (ECR3020): Lambda image code from an imported repository in another region than the stack's.</summary>
    public class CrossRegionImageTests
    {
        private static ImportedRepositorySpec ByArn(string arn) => new ImportedRepositorySpec { ImportedWith = "Repository.FromRepositoryArn", Arn = Setting.Of(arn) };

        [Fact]
        public void Another_region_is_reported_with_the_exact_message()
        {
            var violation = Single(ImportedRepositoryRules.ValidateImageCodeRegion(ByArn("arn:aws:ecr:us-east-1:123456789012:repository/team/app"), Setting.Of("eu-west-1")), RuleIds.CrossRegionImage);
            Assert.Equal("repository", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Null(violation.Fix);
            Assert.Equal(
                "The repository is imported with Repository.FromRepositoryArn from region us-east-1, and the stack deploys to region eu-west-1: Lambda takes a container image only from an ECR repository in the function's own region, so creating the function fails. Replicate the repository to eu-west-1 (ECR replication) and import that copy",
                violation.Message);
        }

        [Fact]
        public void The_same_region_or_a_region_not_known_is_not_reported()
        {
            var arn = ByArn("arn:aws:ecr:eu-west-1:123456789012:repository/app");
            None(ImportedRepositoryRules.ValidateImageCodeRegion(arn, Setting.Of("eu-west-1")));
            None(ImportedRepositoryRules.ValidateImageCodeRegion(arn, Setting<string>.Unknown));
            None(ImportedRepositoryRules.ValidateImageCodeRegion(arn, Setting<string>.NotSet));
            None(ImportedRepositoryRules.ValidateImageCodeRegion(arn, Setting.Of("")));
            None(ImportedRepositoryRules.ValidateImageCodeRegion(arn, Setting.Of("${Token[AWS.Region.4]}")));
            None(ImportedRepositoryRules.ValidateImageCodeRegion(new ImportedRepositorySpec { ImportedWith = "Repository.FromRepositoryAttributes", Arn = Setting<string>.Unknown }, Setting.Of("us-east-1")));
            None(ImportedRepositoryRules.ValidateImageCodeRegion(new ImportedRepositorySpec { ImportedWith = "Repository.FromRepositoryName", InStackAccount = true }, Setting.Of("us-east-1")));
        }

        [Fact]
        public void An_arn_without_a_readable_region_is_not_reported()
        {
            None(ImportedRepositoryRules.ValidateImageCodeRegion(ByArn("arn:aws:ecr::123456789012:repository/app"), Setting.Of("eu-west-1")));
            None(ImportedRepositoryRules.ValidateImageCodeRegion(ByArn("arn:aws:ecr:EU-WEST-1:123456789012:repository/app"), Setting.Of("eu-west-1")));
            None(ImportedRepositoryRules.ValidateImageCodeRegion(ByArn("arn:aws:s3:us-east-1:123456789012:bucket/app"), Setting.Of("eu-west-1")));
            None(ImportedRepositoryRules.ValidateImageCodeRegion(ByArn("not an arn"), Setting.Of("eu-west-1")));
            Assert.Equal("us-gov-west-1", ImportedRepositoryRules.RegionOf("arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/app"));
            Assert.Null(ImportedRepositoryRules.RegionOf(null));
            Assert.Throws<System.ArgumentNullException>(() => ImportedRepositoryRules.ValidateImageCodeRegion(null!, Setting.Of("eu-west-1")));
        }
    }
}
