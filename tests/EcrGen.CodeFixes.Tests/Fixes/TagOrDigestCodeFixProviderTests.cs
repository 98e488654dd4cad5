using System.Threading;
using System.Threading.Tasks;
using EcrGen.CodeFixes.Fixes;
using EcrGen.SourceGenerators.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using EcrGen.Testing;
using Xunit;
using static EcrGen.CodeFixes.Tests.FixTest;

namespace EcrGen.CodeFixes.Tests.Fixes
{
    /// <summary>ECR3006 (rename Tag to TagOrDigest) and ECR3005 (remove Tag when both are set).</summary>
    public class TagOrDigestCodeFixProviderTests
    {
        private static Task Code(string before, string after)
            => VerifyAsync<ImageCodeAnalyzer, TagOrDigestCodeFixProvider>(
                InStack("        var repo = new Repository(this, \"Repo\");\n" + before),
                InStack("        var repo = new Repository(this, \"Repo\");\n" + after),
                EquivalenceKeys.UseTagOrDigest);

        private static Task Attribute(string before, string after)
            => VerifyAsync<AttributeAnalyzers, TagOrDigestCodeFixProvider>(TopLevel(before), TopLevel(after), EquivalenceKeys.UseTagOrDigest);

        [Fact]
        public Task ECR3006_Code_Initializer() => Code(
            """
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3006:Tag = "v1"|}, Cmd = new[] { "app.handler" } });
            """,
            """
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1", Cmd = new[] { "app.handler" } });
            """);

        [Fact]
        public Task ECR3006_Code_FixAll_InitializerAndStatement() => Code(
            """
                    var props = new EcrImageCodeProps();
                    {|ECR3006:props.Tag = "v1"|};
                    Code.FromEcrImage(repo, props);
                    new EcrImageCode(repo, new EcrImageCodeProps
                    {
                        {|ECR3006:Tag = Release|},
                    });
            """.Replace("Release", "\"release-2\""),
            """
                    var props = new EcrImageCodeProps();
                    props.TagOrDigest = "v1";
                    Code.FromEcrImage(repo, props);
                    new EcrImageCode(repo, new EcrImageCodeProps
                    {
                        TagOrDigest = "release-2",
                    });
            """);

        [Fact]
        public Task ECR3006_Attribute_FixAll() => Attribute(
            """
            [EcrRepository("team/app")]
            [EcrImageCode("Api", {|ECR3006:Tag = "v1"|})]
            [EcrImageCode("Worker", {|ECR3006:Tag = "v2"|}, Cmd = new[] { "worker.handler" })]
            public partial class AppRepository { }
            """,
            """
            [EcrRepository("team/app")]
            [EcrImageCode("Api", TagOrDigest = "v1")]
            [EcrImageCode("Worker", TagOrDigest = "v2", Cmd = new[] { "worker.handler" })]
            public partial class AppRepository { }
            """);

        [Fact]
        public Task ECR3006_Attribute_ObsoleteWarningGoesAway()
        {
            // Checked with compiler warnings on (as MSBuild reports them): the fix leaves no CS0618 and adds no warning.
            var test = Create<AttributeAnalyzers, TagOrDigestCodeFixProvider>(
                TopLevel("""
                    [EcrRepository("team/app")]
                    [EcrImageCode("Api", {|ECR3006:{|CS0618:Tag = "v1"|}|})]
                    internal partial class AppRepository { }
                    """),
                TopLevel("""
                    [EcrRepository("team/app")]
                    [EcrImageCode("Api", TagOrDigest = "v1")]
                    internal partial class AppRepository { }
                    """),
                EquivalenceKeys.UseTagOrDigest);
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            return test.RunAsync(CancellationToken.None);
        }
    }
}
