using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using Xunit;
using static EcrGen.SourceGenerators.Tests.Analyzers.CdkSource;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    public class RepositoryCodeAnalyzerTests
    {
        private static Task Verify(string body, string members = "") => VerifyAsync<RepositoryCodeAnalyzer>(InStack(body, members));

        [Fact]
        public Task R2_UppercaseName_IsFlaggedAtTheOption() => Verify("""
                    new Repository(this, "Repo", new RepositoryProps { {|ECR1002:RepositoryName = "MyTeam/App"|} });
            """);

        [Fact]
        public Task L1_BothCountAndAge() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 5, {|ECR2001:MaxImageAge = Duration.Days(30)|} });
            """);

        [Fact]
        public Task L6_TwoAnyRulesAcrossCalls() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2006:TagStatus = TagStatus.ANY|}, MaxImageAge = Duration.Days(30) });
            """);
    }
}
