using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Xunit;
using static EcrGen.SourceGenerators.Tests.Analyzers.CdkSource;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>W10 (ECR2018): a lifecycle rule that expires an image pinned by digest, in code and on attributes.</summary>
    public class PinnedImageAnalyzerTests
    {
        private const string Hex = EcrGen.Testing.TestData.Hex;

        private static Task Verify(string body, string members = "")
            => VerifyAsync<RepositoryCodeAnalyzer>(InStack(body.Replace("HEX", Hex), members));

        private static Task VerifyTopLevel(string declarations)
            => VerifyAsync<RepositoryCodeAnalyzer>(TopLevel(declarations.Replace("HEX", Hex)));

        private static Task VerifyAttributes(string declarations)
            => VerifyAsync<AttributeAnalyzers>(TopLevel(declarations.Replace("HEX", Hex)));

        [Fact]
        public Task ECR2018_UntaggedRuleAndAPinnedFunction() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2018:TagStatus = TagStatus.UNTAGGED|}, MaxImageAge = Duration.Days(1) });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "sha256:HEX" });
            """);

        [Fact]
        public Task ECR2018_AnyRuleKeepingFewImagesAndAPinnedContainer() => Verify("""
                    var repo = new Repository(this, "Repo", new RepositoryProps
                    {
                        LifecycleRules = new ILifecycleRule[] { new LifecycleRule { {|ECR2018:MaxImageCount = 5|} } },
                    });
                    ContainerImage.FromEcrRepository(repo, "sha256:HEX");
            """);

        [Fact]
        public Task ECR2018_AnyRuleByAgeAndPinnedPropsInALocal() => Verify("""
                    var repo = new Repository(this, "Repo", new RepositoryProps { ImageTagMutability = TagMutability.IMMUTABLE });
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageCount = 1 });
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, {|ECR2018:MaxImageAge = Duration.Days(30)|} });
                    var props = new EcrImageCodeProps { TagOrDigest = "sha256:HEX" };
                    new EcrImageCode(repo, props);
            """);

        [Fact]
        public Task ECR2018_UntaggedRuleOnARepositoryPassedIn() => VerifyTopLevel("""
            public static class Retention
            {
                public static void Apply(Repository repo)
                {
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2018:TagStatus = TagStatus.UNTAGGED|}, MaxImageCount = 3 });
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 5 });
                    new EcrImage(repo, "sha256:HEX");
                }
            }
            """);

        [Fact]
        public Task ECR2018_RulesAddedInCodeToAnEcrGenClassThatPinsAnImage() => VerifyTopLevel("""
            [EcrRepository("team/api")]
            [EcrImageCode("Api", TagOrDigest = "sha256:HEX")]
            public partial class ApiRepository : Repository
            {
                public ApiRepository(Construct scope, string id) : base(scope, id) { }
            }

            public class AppStack : Stack
            {
                public AppStack(Construct scope, string id) : base(scope, id)
                {
                    var repo = new ApiRepository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2018:TagStatus = TagStatus.UNTAGGED|}, MaxImageCount = 1 });
                }
            }
            """);

        [Fact]
        public Task ECR2018_Negative_ImmutableTagsTaggedRulesManyImagesTagsAndOtherRepositories() => Verify("""
                    var immutable = new Repository(this, "Immutable", new RepositoryProps { ImageTagMutability = TagMutability.IMMUTABLE });
                    immutable.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1) });
                    DockerImageCode.FromEcr(immutable, new EcrImageCodeProps { TagOrDigest = "sha256:HEX" });

                    var releases = new Repository(this, "Releases");
                    releases.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "release-" }, MaxImageCount = 9999 });
                    releases.AddLifecycleRule(new LifecycleRule { MaxImageCount = 5 });
                    ContainerImage.FromEcrRepository(releases, "sha256:HEX");

                    var many = new Repository(this, "Many");
                    many.AddLifecycleRule(new LifecycleRule { MaxImageCount = 200 });
                    ContainerImage.FromEcrRepository(many, "sha256:HEX");

                    var byTag = new Repository(this, "ByTag");
                    byTag.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageCount = 1 });
                    ContainerImage.FromEcrRepository(byTag, "v1.2.3");
                    ContainerImage.FromEcrRepository(many, "sha256:HEX");

                    var unknown = new Repository(this, "Unknown", new RepositoryProps { ImageTagMutability = Mutability });
                    unknown.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageCount = 1 });
                    ContainerImage.FromEcrRepository(unknown, "sha256:HEX");
            """, """
                public static TagMutability Mutability { get; set; } = TagMutability.IMMUTABLE;
            """);

        [Fact]
        public Task ECR2018_Negative_AnyRuleOfARepositoryOthersMayAddRulesTo() => VerifyTopLevel("""
            public static class Retention
            {
                public static void Apply(Repository repo)
                {
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 5 });
                    ContainerImage.FromEcrRepository(repo, "sha256:HEX");
                }
            }
            """);

        // ---------------- on attributes ----------------

        [Fact]
        public Task ECR2018_Attributes() => VerifyAttributes("""
            [EcrRepository("team/api")]
            [LifecycleRule(TagPrefixList = new[] { "v" }, MaxImageCount = 10)]
            [LifecycleRule({|ECR2018:TagStatus = TagStatus.UNTAGGED|}, MaxImageAgeDays = 1)]
            [EcrImageCode("Api", TagOrDigest = "sha256:HEX")]
            public partial class ApiRepository { }

            [EcrRepository("team/web")]
            [LifecycleRule({|ECR2018:MaxImageCount = 3|})]
            [ContainerImage("Web", TagOrDigest = "sha256:HEX")]
            public partial class WebRepository { }
            """);

        [Fact]
        public Task ECR2018_Attributes_Negative() => VerifyAttributes("""
            [EcrRepository("team/api", ImageTagMutability = TagMutability.IMMUTABLE)]
            [LifecycleRule(TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 1)]
            [EcrImageCode("Api", TagOrDigest = "sha256:HEX")]
            public partial class ApiRepository { }

            [EcrRepository("team/web")]
            [LifecycleRule(TagPrefixList = new[] { "prod" }, MaxImageCount = 9999)]
            [LifecycleRule(MaxImageAgeDays = 30)]
            [ContainerImage("Web", TagOrDigest = "sha256:HEX")]
            public partial class WebRepository { }

            [EcrRepository("team/jobs")]
            [LifecycleRule(TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 1)]
            [ContainerImage("Job", TagOrDigest = "v1")]
            public partial class JobRepository { }
            """);
    }
}
