using System.Threading.Tasks;
using EcrGen.CodeFixes.Fixes;
using EcrGen.SourceGenerators.Analyzers;
using Xunit;
using static EcrGen.CodeFixes.Tests.FixTest;

namespace EcrGen.CodeFixes.Tests.Fixes
{
    /// <summary>ECR3018: ContainerImage.FromRegistry of a repository's URI becomes ContainerImage.FromEcrRepository.</summary>
    public class FromEcrRepositoryCodeFixProviderTests
    {
        private static string InMethod(string body) => InStack(string.Empty, "    private void Define(IRepository repo, string tag)\n    {\n" + body + "\n    }\n");

        private static Task Fix(string before, string after)
            => VerifyAsync<RegistryImageAnalyzer, FromEcrRepositoryCodeFixProvider>(InMethod(before), InMethod(after), EquivalenceKeys.UseFromEcrRepository);

        [Fact]
        public Task KeepsAConstantTag() => Fix(
            """
                    var image = ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUri + ":v1.4.2"|});
            """,
            """
                    var image = ContainerImage.FromEcrRepository(repo, "v1.4.2");
            """);

        [Fact]
        public Task KeepsADigest() => Fix(
            """
                    var image = ContainerImage.FromRegistry({|ECR3018:$"{repo.RepositoryUri}@sha256:HEX"|});
            """,
            """
                    var image = ContainerImage.FromEcrRepository(repo, "sha256:HEX");
            """);

        [Fact]
        public Task MovesATagExpression() => Fix(
            """
                    var a = ContainerImage.FromRegistry({|ECR3018:$"{repo.RepositoryUri}:{tag}"|});
                    var b = ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUri + ":" + tag.ToLowerInvariant()|});
                    var c = ContainerImage.FromRegistry({|ECR3018:string.Format("{0}:{1}", repo.RepositoryUri, tag)|});
            """,
            """
                    var a = ContainerImage.FromEcrRepository(repo, tag);
                    var b = ContainerImage.FromEcrRepository(repo, tag.ToLowerInvariant());
                    var c = ContainerImage.FromEcrRepository(repo, tag);
            """);

        [Fact]
        public Task ReplacesTheUriMethods() => Fix(
            """
                    var a = ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUriForTag(tag)|});
                    var b = ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUriForTagOrDigest("v2")|});
                    var c = ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUriForDigest("sha256:HEX")|}, new RepositoryImageProps());
            """,
            """
                    var a = ContainerImage.FromEcrRepository(repo, tag);
                    var b = ContainerImage.FromEcrRepository(repo, "v2");
                    var c = ContainerImage.FromEcrRepository(repo, "sha256:HEX");
            """);

        [Fact]
        public Task NoTagStaysNoTag() => Fix(
            """
                    var image = Amazon.CDK.AWS.ECS.ContainerImage.FromRegistry({|ECR3014:{|ECR3018:repo.RepositoryUri|}|}); // web
            """,
            """
                    var image = Amazon.CDK.AWS.ECS.ContainerImage.FromEcrRepository(repo); // web
            """);

        [Fact]
        public Task FixAll() => Fix(
            """
                    var a = ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUri + ":v1"|});
                    var b = ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUri + ":v2"|});
            """,
            """
                    var a = ContainerImage.FromEcrRepository(repo, "v1");
                    var b = ContainerImage.FromEcrRepository(repo, "v2");
            """);

        [Fact]
        public Task NotOffered_ForAConstantUri_ALocal_OrNewRepositoryImage()
        {
            var source = InMethod("""
                    var a = ContainerImage.FromRegistry({|ECR3018:"123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:v1"|});
                    var uri = repo.RepositoryUri + ":v1";
                    var b = ContainerImage.FromRegistry({|ECR3018:uri|});
                    var c = new RepositoryImage({|ECR3018:repo.RepositoryUri + ":v1"|});
                    var d = ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUri + "-dev:v1"|});
            """);
            return VerifyAsync<RegistryImageAnalyzer, FromEcrRepositoryCodeFixProvider>(source, source);
        }
    }
}
