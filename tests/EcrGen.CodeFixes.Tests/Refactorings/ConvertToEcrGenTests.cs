using System.Threading.Tasks;
using Xunit;
using static EcrGen.CodeFixes.Tests.Refactorings.ConversionHarness;

namespace EcrGen.CodeFixes.Tests.Refactorings
{
    public class ConvertToEcrGenTests
    {
        [Fact]
        public async Task Every_repository_option_and_rule_option_moves_to_the_attributes()
        {
            var converted = await ConvertAsync("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                namespace Infra
                {
                    public class AppStack : Stack
                    {
                        public AppStack(Construct scope, string id) : base(scope, id)
                        {
                            var repository = $$new Repository(this, "App", new RepositoryProps
                            {
                                RepositoryName = "team/app",
                                ImageScanOnPush = true,
                                ImageTagMutability = TagMutability.IMMUTABLE,
                                RemovalPolicy = RemovalPolicy.DESTROY,
                                EmptyOnDelete = true,
                                LifecycleRegistryId = "123456789012",
                                Encryption = RepositoryEncryption.KMS,
                            });
                            repository.AddLifecycleRule(new LifecycleRule { RulePriority = 1, Description = "Keep prod", TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "prod", "release" }, MaxImageCount = 100 });
                            repository.AddLifecycleRule(new LifecycleRule { TagPatternList = new string[] { "dev-*" }, MaxImageAge = Duration.Days(14) });
                            repository.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1.0) });
                            new CfnOutput(this, "Uri", new CfnOutputProps { Value = repository.RepositoryUri });
                        }
                    }
                }
                """);

            Assert.Equal("Convert to EcrGen class 'AppRepository'", converted.Title);
            Assert.Equal("AppRepository.cs", converted.NewFileName);
            Assert.Equal("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using EcrGen;

                namespace Infra
                {
                    [EcrRepository("team/app", ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true, LifecycleRegistryId = "123456789012", Encryption = EcrEncryption.Kms)]
                    [LifecycleRule(RulePriority = 1, Description = "Keep prod", TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "prod", "release" }, MaxImageCount = 100)]
                    [LifecycleRule(TagPatternList = new[] { "dev-*" }, MaxImageAgeDays = 14)]
                    [LifecycleRule(TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 1)]
                    public partial class AppRepository
                    {
                    }
                }

                """, converted.NewFile);
            Assert.Equal("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                namespace Infra
                {
                    public class AppStack : Stack
                    {
                        public AppStack(Construct scope, string id) : base(scope, id)
                        {
                            var repository = new AppRepository(this, "App");
                            new CfnOutput(this, "Uri", new CfnOutputProps { Value = repository.RepositoryUri });
                        }
                    }
                }
                """, converted.Source);
            await converted.AssertCompilesCleanAsync();
        }
    }
}
