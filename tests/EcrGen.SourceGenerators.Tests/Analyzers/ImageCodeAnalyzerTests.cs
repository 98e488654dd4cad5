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

        // The repository is IMMUTABLE, so the images these tests take from it without a tag are not 'latest' (ECR3014), and
        // lives in a stack of its own, so the functions of this stack do not take an image from an empty repository (ECR3015).
        private static Task Verify(string body, string members = "")
            => VerifyAsync<ImageCodeAnalyzer>(InStack("        var images = new Stack(this, \"Images\");\n        var repo = new Repository(images, \"Repo\", new RepositoryProps { ImageTagMutability = TagMutability.IMMUTABLE });\n" + body.Replace("HEX", Hex), members));

        // The functions of these tests take their repository from elsewhere: one created in the same stack is ECR3015.
        private static Task VerifyInMethod(string body, string members = "")
            => VerifyAsync<ImageCodeAnalyzer>(InStack(string.Empty, "    private void Define(IRepository repo)\n    {\n" + body + "\n    }\n" + members));

        // ---------------- I1–I6, I9, I10 on EcrImageCodeProps ----------------

        [Fact]
        public Task ECR3001_BareDigestIsATag() => Verify("""
                    var code = DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3001:TagOrDigest = "HEX"|} });
            """);

        [Fact]
        public Task ECR3001_ECR3003_Negative_ValidDigestAndTag() => Verify("""
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "sha256:HEX" });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1.2.3" });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = null });
                    DockerImageCode.FromEcr(repo);
            """);

        [Fact]
        public Task ECR3003_MalformedDigest() => Verify("""
                    Code.FromEcrImage(repo, new EcrImageCodeProps { {|ECR3003:TagOrDigest = "sha256:abc"|} });
                    Code.FromEcrImage(repo, new EcrImageCodeProps { {|ECR3003:TagOrDigest = "sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef"|} });
            """);

        [Fact]
        public Task ECR3004_InvalidTag() => Verify("""
                    new EcrImageCode(repo, new EcrImageCodeProps { {|ECR3004:TagOrDigest = "my tag"|} });
                    new EcrImageCode(repo, new EcrImageCodeProps { {|ECR3004:TagOrDigest = ".hidden"|} });
            """);

        [Fact]
        public Task ECR3005_TagAndTagOrDigest() => Verify("""
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3005:Tag = "v1"|}, TagOrDigest = "v2" });
            """);

        [Fact]
        public Task Presence_ECR3005_TagAndTagOrDigestFromNonNullableValues() => Verify("""
            #nullable enable
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3005:Tag = release|}, TagOrDigest = $"{release}-arm64" });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { Tag = maybeTag, TagOrDigest = "v2" });
            """, members: """
                private readonly string release = "v1";
                private readonly string? maybeTag = null;
            """);

        [Fact]
        public Task ECR3006_DeprecatedTag() => Verify("""
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3006:Tag = "v1"|} });
            """);

        [Fact]
        public Task ECR3005_ECR3006_PropsBuiltInOneStatementUsedInAnother() => Verify("""
                    var props = new EcrImageCodeProps { TagOrDigest = "v2" };
                    {|ECR3005:props.Tag = "v1"|};
                    var code = DockerImageCode.FromEcr(repo, props);
            """);

        [Fact]
        public Task ECR3009_CommandLineInOneElement() => Verify("""
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1", {|ECR3009:Cmd = new[] { "python app.py" }|} });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1", {|ECR3009:Entrypoint = new[] { "/app/run --port 8080" }|} });
            """);

        [Fact]
        public Task ECR3009_Negative_ExecFormAndShell() => Verify("""
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { Cmd = new[] { "app.handler" }, Entrypoint = new[] { "/lambda-entrypoint.sh" } });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { Entrypoint = new[] { "/bin/sh", "-c" }, Cmd = new[] { "python app.py --port 8080" } });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { Cmd = new[] { "python", "app.py" }, WorkingDirectory = "/var/task" });
            """);

        [Fact]
        public Task ECR3010_TreatedAsTag() => Verify("""
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
        public Task ECR3002_UriForDigestNeedsADigest() => Verify("""
                    repo.RepositoryUriForDigest({|ECR3002:"latest"|});
                    repo.RepositoryUriForDigest({|ECR3002:"HEX"|});
                    repo.RepositoryUriForDigest({|ECR3003:"sha256:123"|});
                    repo.RepositoryUriForDigest("sha256:HEX");
            """);

        [Fact]
        public Task EveryEntryPoint_TagOrDigestEntryPoints() => Verify("""
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
        public Task ECR3004_UriForTag() => Verify("""
                    repo.RepositoryUriForTag({|ECR3004:"sha256:HEX"|});
                    repo.RepositoryUriForTag({|ECR3004:"release/1"|});
                    repo.RepositoryUriForTag("release-1");
                    repo.RepositoryUriForTag("HEX");
            """);

        // ---------------- I8, I11: TagParameterContainerImage ----------------

        [Fact]
        public Task ECR3008_TagParameterReadButNeverBound() => Verify("""
                    var image = new TagParameterContainerImage(repo);
                    new CfnOutput(this, "ParameterName", new CfnOutputProps { Value = {|ECR3008:image.TagParameterName|} });
                    new CfnOutput(this, "Direct", new CfnOutputProps { Value = {|ECR3008:new TagParameterContainerImage(repo).TagParameterValue|} });
            """);

        [Fact]
        public Task ECR3008_Negative_BoundInAContainerDefinition() => Verify("""
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
        public Task ECR3011_BoundTwice() => Verify("""
                    var image = new TagParameterContainerImage(repo);
                    var first = new FargateTaskDefinition(this, "First");
                    var second = new FargateTaskDefinition(this, "Second");
                    first.AddContainer("App", new ContainerDefinitionOptions { Image = image, MemoryLimitMiB = 512 });
                    second.AddContainer("App", new ContainerDefinitionOptions { {|ECR3011:Image = image|}, MemoryLimitMiB = 512 });
            """);

        [Fact]
        public Task ECR3011_Negative_OnePerContainerOrExclusiveBranches() => Verify("""
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
        public Task ECR3012_ImageCodeNeedsFromImage() => VerifyInMethod("""
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
        public Task ECR3012_Negative_FromImageOrNotImageCode() => VerifyInMethod("""
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

        private const string CrossAccountStack = """
            public class AppStack : Stack
            {
                public AppStack(Construct scope, string id)
                    : base(scope, id, new StackProps { Env = new Amazon.CDK.Environment { Account = "111111111111", Region = "eu-west-1" } })
                {
            BODY
                }
            }
            """;

        private static Task VerifyCrossAccount(string body)
            => VerifyAsync<ImageCodeAnalyzer>(TopLevel(CrossAccountStack.Replace("BODY", body)));

        [Fact]
        public Task ECR3013_RepositoryInAnotherAccount() => VerifyCrossAccount("""
                    var shared = Repository.FromRepositoryArn(this, "Shared", "arn:aws:ecr:eu-west-1:222222222222:repository/team/app");
                    DockerImageCode.FromEcr({|ECR3013:shared|}, new EcrImageCodeProps { TagOrDigest = "v1" });
                    var attributes = new RepositoryAttributes { RepositoryName = "team/app", RepositoryArn = "arn:aws:ecr:eu-west-1:333333333333:repository/team/app" };
                    Code.FromEcrImage({|ECR3013:Repository.FromRepositoryAttributes(this, "ByAttributes", attributes)|}, new EcrImageCodeProps { TagOrDigest = "v1" });
                    new EcrImageCode({|ECR3013:shared|}, new EcrImageCodeProps { TagOrDigest = "v2" });
            """);

        [Fact]
        public Task ECR3013_StackBuiltInTheSameMethod() => VerifyAsync<ImageCodeAnalyzer>(TopLevel("""
            public static class Program
            {
                public static void Main()
                {
                    var app = new App();
                    var stack = new Stack(app, "Functions", new StackProps { Env = new Amazon.CDK.Environment { Account = "111111111111" } });
                    var shared = Repository.FromRepositoryArn(stack, "Shared", "arn:aws:ecr:eu-west-1:222222222222:repository/app");
                    new DockerImageFunction(stack, "Fn", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr({|ECR3013:shared|}, new EcrImageCodeProps { TagOrDigest = "v1" }) });
                }
            }
            """));

        [Fact]
        public Task ECR3013_Negative_SameAccountImportsAndUnknownAccounts() => VerifyCrossAccount("""
                    // By name (the real-code case): the same account, where Lambda adds its own pull permission.
                    var byName = Repository.FromRepositoryName(this, "ByName", "team/app");
                    DockerImageCode.FromEcr(byName, new EcrImageCodeProps { TagOrDigest = "v1" });
                    Code.FromEcrImage(Repository.FromRepositoryName(this, "Inline", "team/app"), new EcrImageCodeProps { TagOrDigest = "v1" });

                    // An ARN of the stack's own account.
                    DockerImageCode.FromEcr(Repository.FromRepositoryArn(this, "Own", "arn:aws:ecr:eu-west-1:111111111111:repository/app"), new EcrImageCodeProps { TagOrDigest = "v1" });

                    // An ARN that is not a constant, or not readable.
                    var arn = Fn.ImportValue("RepositoryArn");
                    Code.FromEcrImage(Repository.FromRepositoryAttributes(this, "Imported", new RepositoryAttributes { RepositoryName = "app", RepositoryArn = arn }), new EcrImageCodeProps { TagOrDigest = "v1" });

                    // The stack's own repository, and container images (ECS pulls with the task execution role).
                    DockerImageCode.FromEcr(new Repository(this, "Images"), new EcrImageCodeProps { TagOrDigest = "v1" });
                    ContainerImage.FromEcrRepository(Repository.FromRepositoryArn(this, "Other", "arn:aws:ecr:eu-west-1:222222222222:repository/app"), "v1");
            """);

        // ---------------- T5: a CfnParameter token that holds a digest ----------------

        [Fact]
        public Task ECR3019_PatternDigestThroughALocal_AtEveryEntryPoint() => Verify("""
                    var digest = new CfnParameter(this, "ImageDigest", new CfnParameterProps { Type = "String", AllowedPattern = "^sha256:[a-f0-9]{64}$" });
                    var tagOrDigest = digest.ValueAsString;
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3019:TagOrDigest = tagOrDigest|} });
                    Code.FromEcrImage(repo, new EcrImageCodeProps { {|ECR3019:TagOrDigest = digest.ValueAsString|} });
                    var props = new EcrImageCodeProps();
                    {|ECR3019:props.TagOrDigest = tagOrDigest|};
                    new EcrImageCode(repo, props);
                    ContainerImage.FromEcrRepository(repo, {|ECR3019:tagOrDigest|});
                    new EcrImage(repo, {|ECR3019:digest.ValueAsString|});
                    repo.RepositoryUriForTagOrDigest({|ECR3019:tagOrDigest|});
                    repo.RepositoryUriForTag({|ECR3019:tagOrDigest|});
                    // The URI the digest asks for, and the prefix the CDK tests, written at synth: right.
                    repo.RepositoryUriForDigest(tagOrDigest);
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "sha256:" + Fn.Select(1, Fn.Split(":", tagOrDigest)) });
            """);

        [Fact]
        public Task ECR3019_MessageNamesTheParameterAndTheRepair() => VerifyAsync<ImageCodeAnalyzer>(
            InStack("""
                    var repo = Repository.FromRepositoryName(this, "Repo", "app");
                    var digest = new CfnParameter(this, "ImageDigest", new CfnParameterProps { AllowedPattern = "sha256:.*" });
                    ContainerImage.FromEcrRepository(repo, digest.ValueAsString);
            """),
            expected: new Microsoft.CodeAnalysis.Testing.DiagnosticResult("ECR3019", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                .WithSpan(19, 48, 19, 68)
                .WithMessage("tag is the value of CfnParameter 'ImageDigest', which holds a digest (its AllowedPattern 'sha256:.*' admits only 'sha256:' digests): the CDK tells a digest from a tag at synth by startsWith('sha256:'), which a token never does, so it appends the value after ':', and '<repository URI>:sha256:…' is not a valid image reference; the deployment fails. Give the CDK the prefix it tests: \"sha256:\" + Fn.Select(1, Fn.Split(\":\", digest.ValueAsString))."));

        [Fact]
        public Task ECR3019_DefaultDigest_ParameterInAFieldPropsCompletedLater() => Verify("""
                    var props = new CfnParameterProps { Type = "String" };
                    props.Default = "sha256:HEX";
                    image = new CfnParameter(this, "Image", props);
                    allowed = new CfnParameter(this, "Allowed", new CfnParameterProps { AllowedValues = new[] { "sha256:HEX" } });
                    Define(repo);
            """, members: """
                private readonly CfnParameter image;
                private readonly CfnParameter allowed;

                private void Define(IRepository repository)
                {
                    DockerImageCode.FromEcr(repository, new EcrImageCodeProps { {|ECR3019:TagOrDigest = image.ValueAsString|} });
                    ContainerImage.FromEcrRepository(repository, {|ECR3019:allowed.ValueAsString|});
                }
            """);

        [Fact]
        public Task ECR3019_Negative_ParameterNotKnownToHoldADigest() => Verify("""
                    // A tag by default, no options, a pattern that admits tags too, a pattern of tags.
                    var byDefault = new CfnParameter(this, "Tag", new CfnParameterProps { Default = "v1" });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = byDefault.ValueAsString });
                    var bare = new CfnParameter(this, "Bare");
                    ContainerImage.FromEcrRepository(repo, bare.ValueAsString);
                    var typed = new CfnParameter(this, "Typed", new CfnParameterProps { Type = "String" });
                    repo.RepositoryUriForTagOrDigest(typed.ValueAsString);
                    var either = new CfnParameter(this, "Either", new CfnParameterProps { AllowedPattern = "^(sha256:[a-f0-9]{64}|[A-Za-z0-9._-]+)$" });
                    new EcrImage(repo, either.ValueAsString);
                    var tags = new CfnParameter(this, "Tags", new CfnParameterProps { AllowedPattern = "^v[0-9.]+$", Default = "v1" });
                    repo.RepositoryUriForTag(tags.ValueAsString);

                    // A constant digest: the CDK sees the prefix and writes '@'.
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "sha256:HEX" });
                    ContainerImage.FromEcrRepository(repo, "sha256:HEX");

                    // Other tokens: what they hold is not known.
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = Fn.ImportValue("ImageDigest") });
                    ContainerImage.FromEcrRepository(repo, Token.AsString(bare.Value));

                    // A parameter from a method, or whose default is changed after its creation: its options are not known.
                    var made = DigestParameter();
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = made.ValueAsString });
                    var changed = new CfnParameter(this, "Changed", new CfnParameterProps { Default = "sha256:HEX" });
                    changed.Default = "v1";
                    ContainerImage.FromEcrRepository(repo, changed.ValueAsString);
            """, members: """
                private CfnParameter DigestParameter() => new CfnParameter(this, "Made", new CfnParameterProps { AllowedPattern = "^sha256:[a-f0-9]{64}$" });
            """);

        [Fact]
        public Task ECR3019_Negative_ParameterFromOutsideTheClass() => VerifyAsync<ImageCodeAnalyzer>(TopLevel("""
            public class ServiceStack : Stack
            {
                public ServiceStack(Construct scope, string id, CfnParameter digest, CfnParameterProps props) : base(scope, id)
                {
                    var repo = Repository.FromRepositoryName(this, "Repo", "app");
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = digest.ValueAsString });
                    var own = new CfnParameter(this, "Own", props);
                    ContainerImage.FromEcrRepository(repo, own.ValueAsString);
                }
            }
            """));

        [Fact]
        public Task ECR3020_RepositoryInAnotherRegion() => VerifyCrossAccount("""
                    var east = Repository.FromRepositoryArn(this, "East", "arn:aws:ecr:us-east-1:111111111111:repository/team/app");
                    new DockerImageFunction(this, "Fn", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr({|ECR3020:east|}, new EcrImageCodeProps { TagOrDigest = "v1" }) });
                    var attributes = new RepositoryAttributes { RepositoryName = "team/app", RepositoryArn = "arn:aws:ecr:us-west-2:111111111111:repository/team/app" };
                    new Function(this, "Plain", new FunctionProps
                    {
                        Code = Code.FromEcrImage({|ECR3020:Repository.FromRepositoryAttributes(this, "West", attributes)|}, new EcrImageCodeProps { TagOrDigest = "v1" }),
                        Handler = Handler.FROM_IMAGE,
                        Runtime = Runtime.FROM_IMAGE,
                    });

                    // Another account and another region: two causes, two rules.
                    var shared = Repository.FromRepositoryArn(this, "Shared", "arn:aws:ecr:us-east-1:222222222222:repository/team/app");
                    DockerImageCode.FromEcr({|ECR3013:{|ECR3020:shared|}|}, new EcrImageCodeProps { TagOrDigest = "v1" });
            """);

        [Fact]
        public Task ECR3020_Negative_SameRegionUnknownRegionsAndContainers() => VerifyCrossAccount("""
                    DockerImageCode.FromEcr(Repository.FromRepositoryArn(this, "Own", "arn:aws:ecr:eu-west-1:111111111111:repository/app"), new EcrImageCodeProps { TagOrDigest = "v1" });
                    DockerImageCode.FromEcr(Repository.FromRepositoryName(this, "ByName", "app"), new EcrImageCodeProps { TagOrDigest = "v1" });
                    var arn = Fn.ImportValue("RepositoryArn");
                    DockerImageCode.FromEcr(Repository.FromRepositoryAttributes(this, "Imported", new RepositoryAttributes { RepositoryName = "app", RepositoryArn = arn }), new EcrImageCodeProps { TagOrDigest = "v1" });
                    // ECS pulls across regions with the execution role: not a Lambda image.
                    ContainerImage.FromEcrRepository(Repository.FromRepositoryArn(this, "East", "arn:aws:ecr:us-east-1:111111111111:repository/app"), "v1");
            """);

        [Fact]
        public Task ECR3020_Negative_StackRegionNotConstant() => VerifyAsync<ImageCodeAnalyzer>(TopLevel("""
            public class AppStack : Stack
            {
                public AppStack(Construct scope, string id)
                    : base(scope, id, new StackProps { Env = new Amazon.CDK.Environment { Account = "111111111111", Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION") } })
                {
                    var east = Repository.FromRepositoryArn(this, "East", "arn:aws:ecr:us-east-1:111111111111:repository/team/app");
                    DockerImageCode.FromEcr(east, new EcrImageCodeProps { TagOrDigest = "v1" });
                }
            }

            public class AgnosticStack : Stack
            {
                public AgnosticStack(Construct scope, string id) : base(scope, id)
                {
                    var east = Repository.FromRepositoryArn(this, "East", "arn:aws:ecr:us-east-1:111111111111:repository/team/app");
                    DockerImageCode.FromEcr(east, new EcrImageCodeProps { TagOrDigest = "v1" });
                }
            }
            """));

        [Fact]
        public Task ECR3013_Negative_StackAccountNotKnown() => Verify("""
                    // An environment-agnostic stack: which account it deploys to is not known, so neither is a mismatch.
                    var shared = Repository.FromRepositoryArn(this, "Shared", "arn:aws:ecr:eu-west-1:222222222222:repository/app");
                    DockerImageCode.FromEcr(shared, new EcrImageCodeProps { TagOrDigest = "v1" });
            """);

        // ---------------- W8: options an image function cannot have ----------------

        [Fact]
        public Task ECR3016_LayersAndAdotOnImageFunctions() => Verify("""
                    var layer = LayerVersion.FromLayerVersionArn(this, "Layer", "arn:aws:lambda:eu-west-1:123456789012:layer:tools:3");
                    new DockerImageFunction(this, "Docker", new DockerImageFunctionProps
                    {
                        Code = DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1" }),
                        {|ECR3016:Layers = new[] { layer }|},
                        {|ECR3016:AdotInstrumentation = new AdotInstrumentationConfig { LayerVersion = AdotLayerVersion.FromJavaScriptSdkLayerVersion(AdotLambdaLayerJavaScriptSdkVersion.LATEST), ExecWrapper = AdotLambdaExecWrapper.REGULAR_HANDLER }|},
                    });
                    var props = new FunctionProps
                    {
                        Code = Code.FromEcrImage(repo, new EcrImageCodeProps { TagOrDigest = "v1" }),
                        Handler = Handler.FROM_IMAGE,
                        Runtime = Runtime.FROM_IMAGE,
                    };
                    {|ECR3016:props.Layers = new ILayerVersion[] { layer }|};
                    new Function(this, "Plain", props);
            """);

        [Fact]
        public Task ECR3016_AddLayersOnImageFunctions() => Verify("""
                    var layer = LayerVersion.FromLayerVersionArn(this, "Layer", "arn:aws:lambda:eu-west-1:123456789012:layer:tools:3");
                    var docker = new DockerImageFunction(this, "Docker", new DockerImageFunctionProps { Code = DockerImageCode.FromImageAsset("./image") });
                    {|ECR3016:docker.AddLayers(layer)|};
                    var plain = new Function(this, "Plain", new FunctionProps { Code = Code.FromAssetImage("./image"), Handler = Handler.FROM_IMAGE, Runtime = Runtime.FROM_IMAGE });
                    {|ECR3016:plain.AddLayers(layer)|};
                    var zip = new Function(this, "Zip", new FunctionProps { Code = Code.FromAsset("lambda"), Handler = "index.handler", Runtime = Runtime.NODEJS_18_X });
                    zip.AddLayers(layer);
            """, members: """
                private sealed class Worker : DockerImageFunction
                {
                    public Worker(Construct scope, ILayerVersion layer)
                        : base(scope, "Worker", new DockerImageFunctionProps { Code = DockerImageCode.FromImageAsset("./worker") })
                    {
                        {|ECR3016:AddLayers(layer)|};
                    }
                }
            """);

        private const string SnapStartOnImage = """
                    new DockerImageFunction(this, "Docker", new DockerImageFunctionProps
                    {
                        Code = DockerImageCode.FromImageAsset("./image"),
                        SNAPSTART,
                    });
            """;

        [Fact]
        public Task ECR3016_SnapStartBeforeCdk2267() => VerifyAsync<ImageCodeAnalyzer>(
            new[] { EcrGen.Testing.CdkRelease.V2_160 },
            InStack(SnapStartOnImage.Replace("SNAPSTART", "{|ECR3016:SnapStart = SnapStartConf.ON_PUBLISHED_VERSIONS|}")));

        [Fact]
        public Task ECR3016_Negative_SnapStartFromCdk2267() => VerifyAsync<ImageCodeAnalyzer>(
            new[] { EcrGen.Testing.CdkRelease.V2_277 },
            InStack(SnapStartOnImage.Replace("SNAPSTART", "SnapStart = SnapStartConf.ON_PUBLISHED_VERSIONS")));

        [Fact]
        public Task ECR3016_Negative_ZipFunctionsAndValuesNotKnown() => Verify("""
                    var layer = LayerVersion.FromLayerVersionArn(this, "Layer", "arn:aws:lambda:eu-west-1:123456789012:layer:tools:3");
                    new Function(this, "Zip", new FunctionProps
                    {
                        Code = Code.FromAsset("lambda"),
                        Handler = "index.handler",
                        Runtime = Runtime.JAVA_21,
                        Layers = new[] { layer },
                        SnapStart = SnapStartConf.ON_PUBLISHED_VERSIONS,
                    });
                    new DockerImageFunction(this, "Docker", new DockerImageFunctionProps
                    {
                        Code = DockerImageCode.FromImageAsset("./image"),
                        Layers = null,
                        AdotInstrumentation = null,
                        InsightsVersion = LambdaInsightsVersion.VERSION_1_0_229_0,
                    });
                    new DockerImageFunction(this, "Configured", new DockerImageFunctionProps
                    {
                        Code = DockerImageCode.FromImageAsset("./image"),
                        Layers = OptionalLayers(),
                    });
            """, members: """
                private static ILayerVersion[]? OptionalLayers() => null;
            """);

        // ---------------- W9: architecture vs image platform ----------------

        [Fact]
        public Task ECR3017_ArchitectureContradictsPlatform() => Verify("""
                    new DockerImageFunction(this, "DefaultArchitecture", new DockerImageFunctionProps
                    {
                        Code = DockerImageCode.FromImageAsset("./image", new AssetImageCodeProps { {|ECR3017:Platform = Amazon.CDK.AWS.Ecr.Assets.Platform_.LINUX_ARM64|} }),
                    });
                    new DockerImageFunction(this, "Written", new DockerImageFunctionProps
                    {
                        Code = DockerImageCode.FromImageAsset("./image", new AssetImageCodeProps { Platform = Amazon.CDK.AWS.Ecr.Assets.Platform_.LINUX_AMD64 }),
                        {|ECR3017:Architecture = Architecture.ARM_64|},
                    });
                    var assetProps = new AssetImageCodeProps { Platform = Amazon.CDK.AWS.Ecr.Assets.Platform_.Custom("linux/arm64") };
                    new Function(this, "Plain", new FunctionProps
                    {
                        Code = Code.FromAssetImage("./image", assetProps),
                        Handler = Handler.FROM_IMAGE,
                        Runtime = Runtime.FROM_IMAGE,
                        {|ECR3017:Architecture = Architecture.X86_64|},
                    });
            """);

        [Fact]
        public Task ECR3017_Negative_MatchingDefaultedOrUnknown() => Verify("""
                    var platform = System.Environment.GetEnvironmentVariable("ARM") is null ? Amazon.CDK.AWS.Ecr.Assets.Platform_.LINUX_AMD64 : Amazon.CDK.AWS.Ecr.Assets.Platform_.LINUX_ARM64;
                    new DockerImageFunction(this, "Matching", new DockerImageFunctionProps
                    {
                        Code = DockerImageCode.FromImageAsset("./image", new AssetImageCodeProps { Platform = Amazon.CDK.AWS.Ecr.Assets.Platform_.LINUX_ARM64 }),
                        Architecture = Architecture.ARM_64,
                    });
                    new DockerImageFunction(this, "DefaultPlatform", new DockerImageFunctionProps
                    {
                        Code = DockerImageCode.FromImageAsset("./image"),
                        Architecture = Architecture.ARM_64,
                    });
                    new DockerImageFunction(this, "HostPlatform", new DockerImageFunctionProps { Code = DockerImageCode.FromImageAsset("./image") });
                    new DockerImageFunction(this, "Variable", new DockerImageFunctionProps
                    {
                        Code = DockerImageCode.FromImageAsset("./image", new AssetImageCodeProps { Platform = platform }),
                    });
                    new DockerImageFunction(this, "Custom", new DockerImageFunctionProps
                    {
                        Code = DockerImageCode.FromImageAsset("./image", new AssetImageCodeProps { Platform = Amazon.CDK.AWS.Ecr.Assets.Platform_.LINUX_ARM64 }),
                        Architecture = Architecture.Custom("arm64", "linux/arm64"),
                    });
                    new DockerImageFunction(this, "FromEcr", new DockerImageFunctionProps
                    {
                        Code = DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1" }),
                        Architecture = Architecture.ARM_64,
                    });
            """);
    }
}
