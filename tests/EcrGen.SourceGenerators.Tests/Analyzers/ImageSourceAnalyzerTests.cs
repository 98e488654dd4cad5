using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using static EcrGen.SourceGenerators.Tests.Analyzers.CdkSource;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>W1 (ECR3014, an image referenced by 'latest') and W2 (ECR3015, an image from a repository created in the same stack) in code.</summary>
    public class ImageSourceAnalyzerTests
    {
        private const string Hex = EcrGen.Testing.TestData.Hex;

        private static Task Verify(string body, string members = "")
            => VerifyAsync<ImageCodeAnalyzer>(InStack(body.Replace("HEX", Hex), members));

        private static Task VerifyTopLevel(string declarations)
            => VerifyAsync<ImageCodeAnalyzer>(TopLevel(declarations.Replace("HEX", Hex)));

        // ---------------- W1 ----------------

        [Fact]
        public Task ECR3014_NoTagMeansLatest() => Verify("""
                    var repo = new Repository(this, "Repo");
                    {|ECR3014:DockerImageCode.FromEcr(repo)|};
                    {|ECR3014:Code.FromEcrImage(repo, null)|};
                    {|ECR3014:new EcrImageCode|}(repo);
                    DockerImageCode.FromEcr(repo, {|ECR3014:new EcrImageCodeProps|} { Cmd = new[] { "app.handler" } });
                    {|ECR3014:ContainerImage.FromEcrRepository(repo)|};
                    ContainerImage.FromEcrRepository(repo, {|ECR3014:null|});
            """);

        [Fact]
        public Task ECR3014_LatestWritten() => Verify("""
                    var repo = new Repository(this, "Repo");
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3014:TagOrDigest = "latest"|} });
                    var props = new EcrImageCodeProps();
                    {|ECR3014:props.TagOrDigest = "latest"|};
                    Code.FromEcrImage(repo, props);
                    ContainerImage.FromEcrRepository(repo, {|ECR3014:"latest"|});
                    new EcrImage(repo, {|ECR3014:"latest"|});
            #pragma warning disable CS0618
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3006:{|ECR3014:Tag = "latest"|}|} });
            #pragma warning restore CS0618
            """);

        [Fact]
        public Task ECR3014_RepositoryFromElsewhereIsNotKnownToBeImmutable() => VerifyTopLevel("""
            public class ServiceStack : Stack
            {
                public ServiceStack(Construct scope, string id, IRepository images) : base(scope, id)
                {
                    var task = new FargateTaskDefinition(this, "Task");
                    task.AddContainer("web", new ContainerDefinitionOptions { Image = {|ECR3014:ContainerImage.FromEcrRepository(images)|} });
                    var shared = Repository.FromRepositoryName(this, "Shared", "team/shared");
                    task.AddContainer("sidecar", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(shared, {|ECR3014:"latest"|}) });
                }
            }
            """);

        [Fact]
        public Task ECR3014_Negative_TagsDigestsAndValuesKnownOnlyAtDeployTime() => Verify("""
                    var repo = new Repository(this, "Repo");
                    var tag = new CfnParameter(this, "Tag");
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1.2.3" });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "sha256:HEX" });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = tag.ValueAsString });
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = Node.TryGetContext("imageTag") as string });
                    DockerImageCode.FromEcr(repo, MakeProps());
                    ContainerImage.FromEcrRepository(repo, "Latest");
                    ContainerImage.FromEcrRepository(repo, System.Environment.GetEnvironmentVariable("IMAGE_TAG"));
                    new TagParameterContainerImage(repo);
                    repo.RepositoryUriForTag("latest");
            #pragma warning disable CS0618
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3006:Tag = "v1"|} });
            #pragma warning restore CS0618
            """, """
                private static EcrImageCodeProps MakeProps() => new EcrImageCodeProps { TagOrDigest = "v1" };
            """);

        [Fact]
        public Task ECR3014_Negative_ImmutableRepositoryCannotMoveItsTags() => Verify("""
                    var immutable = new Repository(this, "Immutable", new RepositoryProps { ImageTagMutability = TagMutability.IMMUTABLE });
                    DockerImageCode.FromEcr(immutable);
                    ContainerImage.FromEcrRepository(immutable, "latest");
                    Images = new Repository(this, "Images", new RepositoryProps { ImageTagMutability = TagMutability.IMMUTABLE });
                    new EcrImageCode(Images);
                    var configured = new Repository(this, "Configured", new RepositoryProps { ImageTagMutability = Mutability });
                    ContainerImage.FromEcrRepository(configured);
            """, """
                public Repository Images { get; }
                public static TagMutability Mutability { get; set; } = TagMutability.IMMUTABLE;
            """);

        [Fact]
        public Task ECR3014_AMemberAssignedTwiceOrInABranchIsNotFollowed() => Verify("""
                    Images = new Repository(this, "Images", new RepositoryProps { ImageTagMutability = TagMutability.IMMUTABLE });
                    if (Node.TryGetContext("mutable") != null)
                    {
                        Images = new Repository(this, "Mutable");
                    }

                    {|ECR3014:DockerImageCode.FromEcr(Images)|};
            """, """
                public Repository Images { get; private set; }
            """);

        // ---------------- W2 ----------------

        [Fact]
        public Task ECR3015_FunctionFromARepositoryOfTheSameStack() => Verify("""
                    var repo = new Repository(this, "Images");
                    new DockerImageFunction(this, "Fn", new DockerImageFunctionProps
                    {
                        Code = DockerImageCode.FromEcr({|ECR3015:repo|}, new EcrImageCodeProps { TagOrDigest = "v1" }),
                    });
                    var code = Code.FromEcrImage({|ECR3015:repo|}, new EcrImageCodeProps { TagOrDigest = "sha256:HEX" });
                    new Function(this, "Plain", new FunctionProps { Code = code, Handler = Handler.FROM_IMAGE, Runtime = Runtime.FROM_IMAGE });
                    var functionProps = new DockerImageFunctionProps { Code = DockerImageCode.FromEcr({|ECR3015:repo|}, new EcrImageCodeProps { TagOrDigest = "v2" }) };
                    new DockerImageFunction(this, "FromProps", functionProps);
            """);

        [Fact]
        public Task ECR3015_ContainerFromARepositoryOfTheSameStack() => Verify("""
                    Images = new Repository(this, "Images");
                    var task = new FargateTaskDefinition(this, "Task");
                    task.AddContainer("web", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository({|ECR3015:Images|}, "v1") });
                    new ContainerDefinition(this, "Sidecar", new ContainerDefinitionProps { TaskDefinition = task, Image = new EcrImage({|ECR3015:Images|}, "v2") });
                    new Amazon.CDK.AWS.ECS.Patterns.ApplicationLoadBalancedFargateService(this, "Web", new Amazon.CDK.AWS.ECS.Patterns.ApplicationLoadBalancedFargateServiceProps
                    {
                        TaskImageOptions = new Amazon.CDK.AWS.ECS.Patterns.ApplicationLoadBalancedTaskImageOptions { Image = ContainerImage.FromEcrRepository({|ECR3015:Images|}, "v3") },
                    });
            """, """
                public Repository Images { get; }
            """);

        [Fact]
        public Task ECR3015_Negative_RepositoryFromAnotherStack() => VerifyTopLevel("""
            public class RepositoryStack : Stack
            {
                public RepositoryStack(Construct scope, string id) : base(scope, id)
                {
                    Repository = new Repository(this, "Images");
                }

                public Repository Repository { get; }
            }

            public class FunctionStack : Stack
            {
                public FunctionStack(Construct scope, string id, IRepository images, RepositoryStack shared) : base(scope, id)
                {
                    new DockerImageFunction(this, "Fn", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(images, new EcrImageCodeProps { TagOrDigest = "v1" }) });
                    new DockerImageFunction(this, "Other", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(shared.Repository, new EcrImageCodeProps { TagOrDigest = "v1" }) });
                }
            }

            public static class App2
            {
                public static void Build(Construct app)
                {
                    var repositories = new Stack(app, "Repositories");
                    var functions = new Stack(app, "Functions");
                    var repo = new Repository(repositories, "Images");
                    new DockerImageFunction(functions, "Fn", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1" }) });
                }
            }
            """);

        [Fact]
        public Task ECR3015_SameScopeVariableIsTheSameStack() => VerifyTopLevel("""
            public static class App2
            {
                public static void Build(Construct app)
                {
                    var stack = new Stack(app, "All");
                    var repo = new Repository(stack, "Images");
                    new DockerImageFunction(stack, "Fn", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr({|ECR3015:repo|}, new EcrImageCodeProps { TagOrDigest = "v1" }) });
                }
            }
            """);

        [Fact]
        public Task ECR3015_Negative_TagParameterImageDependencyUserCodeOrNoConsumer() => Verify("""
                    var repo = new Repository(this, "Images");
                    var task = new FargateTaskDefinition(this, "Task");
                    task.AddContainer("app", new ContainerDefinitionOptions { Image = new TagParameterContainerImage(repo) });
                    ImageCode = DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1" });

                    var filled = new Repository(this, "Filled");
                    ImageCopy.Into(this, filled);
                    new DockerImageFunction(this, "Fn", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(filled, new EcrImageCodeProps { TagOrDigest = "v1" }) });
            """, """
                public DockerImageCode ImageCode { get; }
            }

            public static class ImageCopy
            {
                public static void Into(Construct scope, IRepository repository) { }
            """);

        [Fact]
        public Task ECR3015_Negative_ExplicitDependencyOrdersTheDeployment() => Verify("""
                    var repo = new Repository(this, "Images");
                    var copy = new Construct(this, "CopyImage");
                    var fn = new DockerImageFunction(this, "Fn", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v1" }) });
                    fn.Node.AddDependency(copy);
            """);

        [Fact]
        public Task ECR3015_Negative_TaskDefinitionFromElsewhere() => VerifyTopLevel("""
            public class ContainerStack : Stack
            {
                public ContainerStack(Construct scope, string id, TaskDefinition task) : base(scope, id)
                {
                    var repo = new Repository(this, "Images");
                    task.AddContainer("web", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(repo, "v1") });
                }
            }
            """);

        // ---------------- W2 through EcrGen's generated helpers ----------------

        [Fact]
        public async Task ECR3015_GeneratedHelperOfAnEcrRepositoryClassCreatedInTheSameStack()
        {
            var source = CdkSource.Usings + """
                namespace App
                {
                    [EcrRepository("team/api")]
                    [EcrImageCode("Api", TagOrDigest = "v1")]
                    [ContainerImage("Web", TagOrDigest = "v1")]
                    public partial class ApiRepository { }

                    public class AllInOneStack : Stack
                    {
                        public AllInOneStack(Construct scope, string id) : base(scope, id)
                        {
                            Repository = new ApiRepository(this, "Images");
                            new DockerImageFunction(this, "Fn", new DockerImageFunctionProps { Code = Repository.ApiCode() });
                            var task = new FargateTaskDefinition(this, "Task");
                            task.AddContainer("web", new ContainerDefinitionOptions { Image = Repository.WebImage() });
                        }

                        public ApiRepository Repository { get; }
                    }

                    public class SplitStack : Stack
                    {
                        public SplitStack(Construct scope, string id, ApiRepository images) : base(scope, id)
                        {
                            new DockerImageFunction(this, "Fn", new DockerImageFunctionProps { Code = images.ApiCode() });
                        }
                    }
                }
                """;
            var run = GeneratorRunner.Run(source);
            var diagnostics = await run.OutputCompilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ImageCodeAnalyzer())).GetAnalyzerDiagnosticsAsync();
            var text = run.OutputCompilation.SyntaxTrees.First().ToString();
            Assert.Equal(
                new[] { ("ECR3015", "Repository.ApiCode()"), ("ECR3015", "Repository.WebImage()") },
                diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => (d.Id, text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))).ToArray());
        }
    }
}
