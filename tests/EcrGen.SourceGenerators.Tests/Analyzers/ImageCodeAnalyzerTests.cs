using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using Xunit;
using static EcrGen.SourceGenerators.Tests.Analyzers.CdkSource;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>I1–I13 on hand-written CDK code.</summary>
    public class ImageCodeAnalyzerTests
    {
        private const string Hex = EcrGen.Testing.TestData.Hex;

        // The repository is IMMUTABLE so that the images these tests take from it without a tag are not 'latest' (ECR3014).
        private static Task Verify(string body, string members = "")
            => VerifyAsync<ImageCodeAnalyzer>(InStack("        var repo = new Repository(this, \"Repo\", new RepositoryProps { ImageTagMutability = TagMutability.IMMUTABLE });\n" + body.Replace("HEX", Hex), members));

        // The functions of these tests take their repository from elsewhere: one created in the same stack is ECR3015.
        private static Task VerifyInMethod(string body, string members = "")
            => VerifyAsync<ImageCodeAnalyzer>(InStack(string.Empty, "    private void Define(IRepository repo)\n    {\n" + body + "\n    }\n" + members));

        // ---------------- I1–I6, I9, I10 on EcrImageCodeProps ----------------

        [Fact]
        public Task I1_BareDigestIsATag() => Verify("""
                    var code = DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3001:TagOrDigest = "HEX"|} });
            """);

        [Fact]
        public Task I1_I3_Negative_ValidDigestAndTag() => Verify("""
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "sha256:HEX" });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1.2.3" });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = null });
                    DockerImageCode.FromEcr(repo);
            """);

        [Fact]
        public Task I3_MalformedDigest() => Verify("""
                    Code.FromEcrImage(repo, new EcrImageCodeProps { {|ECR3003:TagOrDigest = "sha256:abc"|} });
                    Code.FromEcrImage(repo, new EcrImageCodeProps { {|ECR3003:TagOrDigest = "sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef"|} });
            """);

        [Fact]
        public Task I4_InvalidTag() => Verify("""
                    new EcrImageCode(repo, new EcrImageCodeProps { {|ECR3004:TagOrDigest = "my tag"|} });
                    new EcrImageCode(repo, new EcrImageCodeProps { {|ECR3004:TagOrDigest = ".hidden"|} });
            """);

        [Fact]
        public Task I5_TagAndTagOrDigest() => Verify("""
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3005:Tag = "v1"|}, TagOrDigest = "v2" });
            """);

        [Fact]
        public Task I6_DeprecatedTag() => Verify("""
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3006:Tag = "v1"|} });
            """);

        [Fact]
        public Task I5_I6_PropsBuiltInOneStatementUsedInAnother() => Verify("""
                    var props = new EcrImageCodeProps { TagOrDigest = "v2" };
                    {|ECR3005:props.Tag = "v1"|};
                    var code = DockerImageCode.FromEcr(repo, props);
            """);

        [Fact]
        public Task I9_CommandLineInOneElement() => Verify("""
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1", {|ECR3009:Cmd = new[] { "python app.py" }|} });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1", {|ECR3009:Entrypoint = new[] { "/app/run --port 8080" }|} });
            """);

        [Fact]
        public Task I9_Negative_ExecFormAndShell() => Verify("""
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { Cmd = new[] { "app.handler" }, Entrypoint = new[] { "/lambda-entrypoint.sh" } });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { Entrypoint = new[] { "/bin/sh", "-c" }, Cmd = new[] { "python app.py --port 8080" } });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { Cmd = new[] { "python", "app.py" }, WorkingDirectory = "/var/task" });
            """);

        [Fact]
        public Task I10_TreatedAsTag() => Verify("""
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3010:TagOrDigest = "SHA256:HEX"|} });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3010:TagOrDigest = "@sha256:HEX"|} });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3010:TagOrDigest = ""|} });
            """);

        [Fact]
        public Task I_ConstantsConcatenatedAndInterpolated() => Verify("""
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3001:TagOrDigest = Digest|} });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3003:TagOrDigest = "sha256:" + "abc"|} });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3004:TagOrDigest = $"{Prefix} 1"|} });
            """, members: """
                private const string Digest = "HEX";
                private const string Prefix = "release";
            """.Replace("HEX", Hex));

        [Fact]
        public Task I_UnknownValuesAreNeverFlagged() => Verify("""
                    var digest = System.Environment.GetEnvironmentVariable("IMAGE_DIGEST");
                    var parameter = new CfnParameter(this, "Tag");
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = digest });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = parameter.ValueAsString });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "sha256:" + digest });
                    ContainerImage.FromEcrRepository(repo, parameter.ValueAsString);
                    repo.RepositoryUriForDigest(digest);
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { Cmd = Command() });
            """, members: """
                private static string[] Command() => new[] { "python app.py" };
            """);

        // ---------------- I2, I7: the other entry points ----------------

        [Fact]
        public Task I2_UriForDigestNeedsADigest() => Verify("""
                    repo.RepositoryUriForDigest({|ECR3002:"latest"|});
                    repo.RepositoryUriForDigest({|ECR3002:"HEX"|});
                    repo.RepositoryUriForDigest({|ECR3003:"sha256:123"|});
                    repo.RepositoryUriForDigest("sha256:HEX");
            """);

        [Fact]
        public Task I7_TagOrDigestEntryPoints() => Verify("""
                    ContainerImage.FromEcrRepository(repo, {|ECR3001:"HEX"|});
                    ContainerImage.FromEcrRepository(repo, {|ECR3010:"SHA256:HEX"|});
                    ContainerImage.FromEcrRepository(repo, "sha256:HEX");
                    ContainerImage.FromEcrRepository(repo);
                    new EcrImage(repo, {|ECR3004:"a b"|});
                    repo.RepositoryUriForTagOrDigest({|ECR3001:"HEX"|});
                    repo.RepositoryUriForTagOrDigest("v1");
                    IRepository imported = Repository.FromRepositoryName(this, "Imported", "team/app");
                    imported.RepositoryUriForTagOrDigest({|ECR3003:"sha256:xyz"|});
            """);

        [Fact]
        public Task I4_UriForTag() => Verify("""
                    repo.RepositoryUriForTag({|ECR3004:"sha256:HEX"|});
                    repo.RepositoryUriForTag({|ECR3004:"release/1"|});
                    repo.RepositoryUriForTag("release-1");
                    repo.RepositoryUriForTag("HEX");
            """);

        // ---------------- I8, I11: TagParameterContainerImage ----------------

        [Fact]
        public Task I8_TagParameterReadButNeverBound() => Verify("""
                    var image = new TagParameterContainerImage(repo);
                    new CfnOutput(this, "ParameterName", new CfnOutputProps { Value = {|ECR3008:image.TagParameterName|} });
                    new CfnOutput(this, "Direct", new CfnOutputProps { Value = {|ECR3008:new TagParameterContainerImage(repo).TagParameterValue|} });
            """);

        [Fact]
        public Task I8_Negative_BoundInAContainerDefinition() => Verify("""
                    var image = new TagParameterContainerImage(repo);
                    var taskDefinition = new FargateTaskDefinition(this, "Task");
                    taskDefinition.AddContainer("App", new ContainerDefinitionOptions { Image = image });
                    new CfnOutput(this, "ParameterName", new CfnOutputProps { Value = image.TagParameterName });
                    var stored = new TagParameterContainerImage(repo);
                    Image = stored;
                    new CfnOutput(this, "Other", new CfnOutputProps { Value = stored.TagParameterName });
            """, members: """
                public ContainerImage? Image { get; set; }
            """);

        [Fact]
        public Task I11_BoundTwice() => Verify("""
                    var image = new TagParameterContainerImage(repo);
                    var first = new FargateTaskDefinition(this, "First");
                    var second = new FargateTaskDefinition(this, "Second");
                    first.AddContainer("App", new ContainerDefinitionOptions { Image = image, MemoryLimitMiB = 512 });
                    second.AddContainer("App", new ContainerDefinitionOptions { {|ECR3011:Image = image|}, MemoryLimitMiB = 512 });
            """);

        [Fact]
        public Task I11_Negative_OnePerContainerOrExclusiveBranches() => Verify("""
                    var image = new TagParameterContainerImage(repo);
                    var task = new FargateTaskDefinition(this, "Task");
                    if (Node.TryGetContext("sidecar") != null)
                    {
                        task.AddContainer("Sidecar", new ContainerDefinitionOptions { Image = image });
                    }
                    else
                    {
                        task.AddContainer("App", new ContainerDefinitionOptions { Image = image });
                    }

                    var other = new TagParameterContainerImage(repo);
                    task.AddContainer("Other", new ContainerDefinitionOptions { Image = other });
            """);

        // ---------------- I12, I13 ----------------

        [Fact]
        public Task I12_ImageCodeNeedsFromImage() => VerifyInMethod("""
                    new Function(this, "Fn", new FunctionProps
                    {
                        Code = Code.FromEcrImage(repo, new EcrImageCodeProps { TagOrDigest = "v1" }),
                        {|ECR3012:Handler = "index.handler"|},
                        {|ECR3012:Runtime = Runtime.NODEJS_18_X|},
                    });
                    var code = new EcrImageCode(repo, new EcrImageCodeProps { TagOrDigest = "v1" });
                    new Function(this, "Fn2", {|ECR3012:new FunctionProps|} { Code = code, Handler = Handler.FROM_IMAGE });
            """);

        [Fact]
        public Task I12_Negative_FromImageOrNotImageCode() => VerifyInMethod("""
                    new Function(this, "Fn", new FunctionProps
                    {
                        Code = Code.FromEcrImage(repo, new EcrImageCodeProps { TagOrDigest = "v1" }),
                        Handler = Handler.FROM_IMAGE,
                        Runtime = Runtime.FROM_IMAGE,
                    });
                    new Function(this, "Zip", new FunctionProps
                    {
                        Code = Code.FromInline("exports.handler = async () => 1;"),
                        Handler = "index.handler",
                        Runtime = Runtime.NODEJS_18_X,
                    });
                    new Function(this, "Unknown", new FunctionProps { Code = SomeCode(), Handler = "index.handler", Runtime = Runtime.NODEJS_18_X });
                    new DockerImageFunction(this, "Docker", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1" }) });
            """, members: """
                private static Code SomeCode() => Code.FromInline("x");
            """);

        [Fact]
        public Task I13_ImportedRepository() => VerifyAsync<ImageCodeAnalyzer>(InStack("""
                    var imported = Repository.FromRepositoryName(this, "Imported", "team/app");
                    DockerImageCode.FromEcr({|ECR3013:imported|}, new EcrImageCodeProps { TagOrDigest = "v1" });
                    {|ECR3014:Code.FromEcrImage({|ECR3013:Repository.FromRepositoryArn(this, "ByArn", "arn:aws:ecr:eu-west-1:123456789012:repository/app")|})|};
                    var own = new Repository(this, "Own");
                    {|ECR3014:DockerImageCode.FromEcr(own)|};
                    ContainerImage.FromEcrRepository(imported, "v1");
            """));
    }
}
