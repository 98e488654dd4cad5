using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using Xunit;
using static EcrGen.SourceGenerators.Tests.Analyzers.CdkSource;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>
    /// ECR0007 marks exactly the creations "Convert to EcrGen" converts (the conversion's own cases are in the code-fix tests'
    /// ConvertToEcrGenTests; these check the marker follows them), at <c>new Repository</c>, and only when turned on.
    /// </summary>
    public class ConvertibleRepositoryAnalyzerTests
    {
        [Fact]
        public Task ECR0007_ConvertibleRepositories() => VerifyAsync<ConvertibleRepositoryAnalyzer>(InStack("""
                    var web = {|ECR0007:new Repository|}(this, "Web", new RepositoryProps { RepositoryName = "team/web", ImageScanOnPush = true });
                    web.AddLifecycleRule(new LifecycleRule { MaxImageCount = 10 });
                    var code = DockerImageCode.FromEcr(web, new EcrImageCodeProps { TagOrDigest = "v1" });
                    Plain = {|ECR0007:new Repository|}(this, "Plain");
            """, "public Repository Plain { get; }"));

        [Fact]
        public async Task ECR0007_Message_counts_what_moves()
        {
            var diagnostics = await AnalyzerRunner.RunAsync(new ConvertibleRepositoryAnalyzer(), InStack("""
                    var web = new Repository(this, "Web");
                    web.AddLifecycleRule(new LifecycleRule { MaxImageCount = 10 });
                    web.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1) });
                    var image = ContainerImage.FromEcrRepository(web, "v1");
            """), "dotnet_diagnostic.ECR0007.severity = suggestion");
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("Repository 'Web' can be an EcrGen class, with its 2 lifecycle rules and 1 image reference: \"Convert to EcrGen\" keeps the template", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public Task ECR0007_Negative_NotConvertible() => VerifyAsync<ConvertibleRepositoryAnalyzer>(InStack("""
                    var fromEnvironment = new Repository(this, "Env", new RepositoryProps { RepositoryName = System.Environment.GetEnvironmentVariable("REPO") });
                    var props = new RepositoryProps { ImageScanOnPush = true };
                    var shared = new Repository(this, "Shared", props);
                    var conditional = new Repository(this, "Conditional");
                    if (DateTime.Now.Hour > 1) conditional.AddLifecycleRule(new LifecycleRule { MaxImageCount = 1 });
                    var imported = Repository.FromRepositoryName(this, "Imported", "team/imported");
                    var l1 = new CfnRepository(this, "L1", new CfnRepositoryProps { RepositoryName = "team/l1" });
            """));

        [Fact]
        public async Task ECR0007_Negative_off_by_default()
        {
            var diagnostics = await AnalyzerRunner.RunAsync(new ConvertibleRepositoryAnalyzer(), InStack("""
                    var web = new Repository(this, "Web");
            """));
            Assert.Empty(diagnostics);
        }
    }
}
