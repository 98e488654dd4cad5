using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using Xunit;
using static EcrGen.SourceGenerators.Tests.Analyzers.CdkSource;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>T1 (ECR3018): an ECR image given as a string; and the tag or digest in such a name (ECR3003, ECR3004, ECR3014).</summary>
    public class RegistryImageAnalyzerTests
    {
        private const string Hex = EcrGen.Testing.TestData.Hex;

        private const string Uri = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

        // The repository is a parameter: not known to be immutable (ECR3014 applies to a name without a tag).
        private static Task Verify(string body, string members = "")
            => VerifyAsync<RegistryImageAnalyzer>(InStack(string.Empty, "    private void Define(IRepository repo, string tag)\n    {\n" + Expand(body) + "\n    }\n" + Expand(members)));

        private static string Expand(string text) => text.Replace("URI", Uri).Replace("HEX", Hex);

        private static Task VerifyTopLevel(string declarations)
            => VerifyAsync<RegistryImageAnalyzer>(TopLevel(Expand(declarations)));

        // ---------------- a constant URI ----------------

        [Fact]
        public Task ECR3018_ConstantEcrUri() => Verify("""
                    ContainerImage.FromRegistry({|ECR3018:"URI/team/app:v1"|});
                    new RepositoryImage({|ECR3018:"URI/team/app@sha256:HEX"|});
                    ContainerImage.FromRegistry({|ECR3018:"123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/app:v2"|}, new RepositoryImageProps());
                    ContainerImage.FromRegistry({|ECR3018:"123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app:v2"|}, null);
            """);

        [Fact]
        public Task ECR3018_ConstantThroughConstsAndALocal() => Verify("""
                    const string release = "v3";
                    var name = Registry + "/team/app:" + release;
                    ContainerImage.FromRegistry({|ECR3018:name|});
            """, members: """
                private const string Registry = "URI";
            """);

        [Fact]
        public Task ECR3018_ECR3014_ConstantWithoutTagOrLatest() => Verify("""
                    ContainerImage.FromRegistry({|ECR3014:{|ECR3018:"URI/team/app"|}|});
                    ContainerImage.FromRegistry({|ECR3014:{|ECR3018:"URI/team/app:latest"|}|});
            """);

        [Fact]
        public Task ECR3018_ECR3004_ECR3003_TagAndDigestInTheUri() => Verify("""
                    ContainerImage.FromRegistry({|ECR3004:{|ECR3018:"URI/team/app:my tag"|}|});
                    ContainerImage.FromRegistry({|ECR3004:{|ECR3018:"URI/team/app:sha256:HEX"|}|});
                    ContainerImage.FromRegistry({|ECR3003:{|ECR3018:"URI/team/app@sha256:abc"|}|});
            """);

        // ---------------- built from a repository ----------------

        [Fact]
        public Task ECR3018_BuiltFromRepositoryUri() => Verify("""
                    ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUri + ":v1"|});
                    ContainerImage.FromRegistry({|ECR3018:$"{repo.RepositoryUri}:{tag}"|});
                    ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUri + ":" + tag|});
                    ContainerImage.FromRegistry({|ECR3018:string.Concat(repo.RepositoryUri, ":v1")|});
                    ContainerImage.FromRegistry({|ECR3018:string.Format("{0}:{1}", repo.RepositoryUri, tag)|});
                    ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUriForTag(tag)|});
                    ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUriForDigest("sha256:HEX")|});
                    new RepositoryImage({|ECR3018:repo.RepositoryUriForTagOrDigest("v1")|});
                    var uri = $"{repo.RepositoryUri}:v4";
                    ContainerImage.FromRegistry({|ECR3018:uri|});
            """);

        [Fact]
        public Task ECR3018_ECR3014_ECR3004_ECR3003_TagAfterTheRepositoryUri() => Verify("""
                    ContainerImage.FromRegistry({|ECR3014:{|ECR3018:repo.RepositoryUri|}|});
                    ContainerImage.FromRegistry({|ECR3014:{|ECR3018:$"{repo.RepositoryUri}:latest"|}|});
                    ContainerImage.FromRegistry({|ECR3004:{|ECR3018:repo.RepositoryUri + ":v 1"|}|});
                    ContainerImage.FromRegistry({|ECR3003:{|ECR3018:repo.RepositoryUri + "@sha256:abc"|}|});
            """);

        [Fact]
        public Task ECR3018_RepositoryCreatedHere_MayBeImmutable_NoW1() => VerifyTopLevel("""
            public class ServiceStack : Stack
            {
                public ServiceStack(Construct scope, string id) : base(scope, id)
                {
                    var repo = new Repository(this, "Repo", new RepositoryProps { ImageTagMutability = TagMutability.IMMUTABLE });
                    var image = ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUri + ":latest"|});
                    var imported = Repository.FromRepositoryName(this, "Shared", "team/shared");
                    var other = ContainerImage.FromRegistry({|ECR3014:{|ECR3018:imported.RepositoryUri|}|});
                }
            }
            """);

        // ---------------- silent ----------------

        [Fact]
        public Task ECR3018_Negative_PublicAndOtherRegistries() => Verify("""
                    ContainerImage.FromRegistry("nginx:1.27");
                    ContainerImage.FromRegistry("amazon/amazon-ecs-sample");
                    ContainerImage.FromRegistry("public.ecr.aws/nginx/nginx:latest");
                    ContainerImage.FromRegistry("ghcr.io/owner/app:v1");
                    ContainerImage.FromRegistry("registry.example.com:5000/team/app:v1");
                    new RepositoryImage("quay.io/prometheus/node-exporter");
                    ContainerImage.FromRegistry("ACCOUNT.dkr.ecr.REGION.amazonaws.com/app");
            """);

        [Fact]
        public Task ECR3018_Negative_ValuesNotKnown() => Verify("""
                    ContainerImage.FromRegistry(tag);
                    ContainerImage.FromRegistry(System.Environment.GetEnvironmentVariable("IMAGE") ?? "nginx");
                    ContainerImage.FromRegistry((string)Node.TryGetContext("image"));
                    ContainerImage.FromRegistry(tag + ":v1");
                    ContainerImage.FromRegistry($"{tag}.dkr.ecr.eu-west-1.amazonaws.com/app:v1");
            """);

        [Fact]
        public Task ECR3018_Negative_CredentialsGiven() => Verify("""
                    var credentials = Amazon.CDK.AWS.SecretsManager.Secret.FromSecretNameV2(this, "Creds", "registry");
                    ContainerImage.FromRegistry("URI/team/app:v1", new RepositoryImageProps { Credentials = credentials });
                    new RepositoryImage(repo.RepositoryUri + ":v1", new RepositoryImageProps { Credentials = credentials });
                    ContainerImage.FromRegistry("URI/team/app:v1", Props());
            """, members: """
                private RepositoryImageProps Props() => new RepositoryImageProps();
            """);

        [Fact]
        public Task ECR3018_Negative_FromEcrRepository() => Verify("""
                    ContainerImage.FromEcrRepository(repo, "v1");
                    ContainerImage.FromEcrRepository(repo, tag);
                    new EcrImage(repo, "sha256:HEX");
                    var uri = repo.RepositoryUriForTag("v1");
            """);

        [Fact]
        public Task ECR3018_Negative_ExecutionRoleGrantedElsewhere() => VerifyTopLevel("""
            public class ServiceStack : Stack
            {
                public ServiceStack(Construct scope, string id) : base(scope, id)
                {
                    var task = new FargateTaskDefinition(this, "Task");
                    task.ObtainExecutionRole().AddManagedPolicy(ManagedPolicy.FromAwsManagedPolicyName("service-role/AmazonECSTaskExecutionRolePolicy"));
                    task.AddContainer("web", new ContainerDefinitionOptions { Image = ContainerImage.FromRegistry("URI/team/app:v1") });
                }
            }

            public class GrantingStack : Stack
            {
                public GrantingStack(Construct scope, string id, IRepository repo) : base(scope, id)
                {
                    var task = new FargateTaskDefinition(this, "Task");
                    repo.GrantPull(task.ObtainExecutionRole());
                    task.AddContainer("web", new ContainerDefinitionOptions { Image = ContainerImage.FromRegistry(repo.RepositoryUri + ":v1") });
                }
            }

            public class NotGrantingStack : Stack
            {
                public NotGrantingStack(Construct scope, string id, IRepository repo) : base(scope, id)
                {
                    var task = new FargateTaskDefinition(this, "Task");
                    task.AddContainer("web", new ContainerDefinitionOptions { Image = ContainerImage.FromRegistry({|ECR3018:repo.RepositoryUri + ":v1"|}) });
                }
            }
            """);
    }
}
