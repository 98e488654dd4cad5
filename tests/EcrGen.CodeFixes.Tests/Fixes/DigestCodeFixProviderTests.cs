using System.Threading.Tasks;
using EcrGen.CodeFixes.Fixes;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Xunit;
using static EcrGen.CodeFixes.Tests.FixTest;

namespace EcrGen.CodeFixes.Tests.Fixes
{
    public class DigestCodeFixProviderTests
    {
        private const string UpperHex = "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";

        private static Task Code(string before, string after)
            => VerifyAsync<ImageCodeAnalyzer, DigestCodeFixProvider>(
                InStack("        var repo = new Repository(this, \"Repo\");\n" + before),
                InStack("        var repo = new Repository(this, \"Repo\");\n" + after),
                EquivalenceKeys.FixDigest);

        private static Task Attribute(string before, string after)
            => VerifyAsync<AttributeAnalyzers, DigestCodeFixProvider>(TopLevel(before), TopLevel(after), EquivalenceKeys.FixDigest);

        // ---------------- hand-written code ----------------

        [Fact]
        public Task ECR3001_Initializer() => Code(
            """
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3001:TagOrDigest = "HEX"|} });
            """,
            """
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "sha256:HEX" });
            """);

        [Fact]
        public Task ECR3001_AssignmentStatementAndVerbatimLiteral() => Code(
            """
                    var props = new EcrImageCodeProps();
                    {|ECR3001:props.TagOrDigest = @"HEX"|};
                    Code.FromEcrImage(repo, props);
            """,
            """
                    var props = new EcrImageCodeProps();
                    props.TagOrDigest = "sha256:HEX";
                    Code.FromEcrImage(repo, props);
            """);

        [Fact]
        public Task ECR3001_ECR3002_ECR3010_MethodArguments_FixAll() => Code(
            """
                    ContainerImage.FromEcrRepository(repo, {|ECR3001:"HEX"|});
                    ContainerImage.FromEcrRepository(repo, {|ECR3010:tag: "SHA256:HEX"|});
                    repo.RepositoryUriForTagOrDigest({|ECR3001:"HEX"|});
                    repo.RepositoryUriForDigest({|ECR3002:"HEX"|});
                    repo.RepositoryUriForDigest({|ECR3002:"latest"|});
            """,
            """
                    ContainerImage.FromEcrRepository(repo, "sha256:HEX");
                    ContainerImage.FromEcrRepository(repo, tag: "sha256:HEX");
                    repo.RepositoryUriForTagOrDigest("sha256:HEX");
                    repo.RepositoryUriForDigest("sha256:HEX");
                    repo.RepositoryUriForDigest({|ECR3002:"latest"|});
            """);

        [Fact]
        public Task ECR3010_ECR3003_PrefixCaseAtSignAndUpperHex() => Code(
            $$"""
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3010:TagOrDigest = "SHA256:HEX"|} });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3010:TagOrDigest = "@sha256:HEX"|} });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3003:TagOrDigest = "sha256:{{UpperHex}}"|} });
            """,
            """
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "sha256:HEX" });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "sha256:HEX" });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "sha256:HEX" });
            """);

        [Fact]
        public Task ECR3001_ConstantInTheSameFile_IsFixedInTheConstant_FixAll() => VerifyAsync<ImageCodeAnalyzer, DigestCodeFixProvider>(
            InStack(
                """
                        var repo = new Repository(this, "Repo");
                        DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3001:TagOrDigest = Digest|} });
                        ContainerImage.FromEcrRepository(repo, {|ECR3001:AppStack.Digest|});
                """,
                """
                    private const string Digest = "HEX";
                """),
            InStack(
                """
                        var repo = new Repository(this, "Repo");
                        DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = Digest });
                        ContainerImage.FromEcrRepository(repo, AppStack.Digest);
                """,
                """
                    private const string Digest = "sha256:HEX";
                """),
            EquivalenceKeys.FixDigest);

        [Fact]
        public Task NoFix_WhenNoDigestCanBeRecoveredOrTheValueIsNotALiteral()
        {
            var source = InStack(
                """
                        var repo = new Repository(this, "Repo");
                        DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3003:TagOrDigest = "sha256:abc"|} });
                        DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3010:TagOrDigest = ""|} });
                        DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3001:TagOrDigest = "0123456789abcdef0123456789abcdef" + Half|} });
                """,
                """
                    private const string Half = "0123456789abcdef0123456789abcdef";
                """);
            return VerifyAsync<ImageCodeAnalyzer, DigestCodeFixProvider>(source, source);
        }

        // ---------------- attributes ----------------

        [Fact]
        public Task ECR3001_ECR3010_Attributes_FixAll() => Attribute(
            """
            [EcrRepository("team/app")]
            [EcrImageCode("Api", {|ECR3001:TagOrDigest = "HEX"|})]
            [ContainerImage("Web", {|ECR3010:TagOrDigest = "@sha256:HEX"|})]
            public partial class AppRepository { }
            """,
            """
            [EcrRepository("team/app")]
            [EcrImageCode("Api", TagOrDigest = "sha256:HEX")]
            [ContainerImage("Web", TagOrDigest = "sha256:HEX")]
            public partial class AppRepository { }
            """);
    }
}
