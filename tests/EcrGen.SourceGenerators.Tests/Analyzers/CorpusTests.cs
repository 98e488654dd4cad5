using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>
    /// Valid, realistic CDK programs (in the style of the CDK's own README examples, and the sample's EcrGen scenarios) compile
    /// through the generator and produce no EcrGen diagnostic at all: no false positives is as important as catching mistakes.
    /// </summary>
    public class CorpusTests
    {
        private const string Usings = """
            using System;
            using System.Collections.Generic;
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.ECR;
            using Amazon.CDK.AWS.ECS;
            using Amazon.CDK.AWS.ECS.Patterns;
            using Amazon.CDK.AWS.Events.Targets;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.KMS;
            using Amazon.CDK.AWS.Lambda;
            using Amazon.CDK.AWS.SNS;
            using Constructs;
            using EcrGen;
            using Code = Amazon.CDK.AWS.Lambda.Code;
            using Function = Amazon.CDK.AWS.Lambda.Function;
            using Repository = Amazon.CDK.AWS.ECR.Repository;

            """;

        /// <summary>The aws-ecr README, and the repository options of the CDK's docs.</summary>
        private const string EcrReadme = Usings + """
            namespace Corpus.Ecr
            {
                public class EcrReadmeStack : Stack
                {
                    public EcrReadmeStack(Construct scope, string id) : base(scope, id)
                    {
                        var repository = new Repository(this, "Repository", new RepositoryProps
                        {
                            ImageScanOnPush = true,
                            ImageTagMutability = TagMutability.IMMUTABLE,
                        });
                        repository.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "prod" }, MaxImageCount = 9999 });
                        repository.AddLifecycleRule(new LifecycleRule { MaxImageAge = Duration.Days(30) });

                        var user = new User(this, "User");
                        AuthorizationToken.GrantRead(user);
                        PublicGalleryAuthorizationToken.GrantRead(user);
                        repository.GrantPull(user);

                        var topic = new Topic(this, "ScanFindings");
                        repository.OnImageScanCompleted("ImageScanComplete").AddTarget(new SnsTopic(topic));

                        new Repository(this, "Temporary", new RepositoryProps
                        {
                            RepositoryName = "team/temporary-images",
                            RemovalPolicy = RemovalPolicy.DESTROY,
                            EmptyOnDelete = true,
                        });

                        new Repository(this, "Encrypted", new RepositoryProps
                        {
                            Encryption = RepositoryEncryption.KMS,
                            EncryptionKey = new Key(this, "RepositoryKey"),
                            LifecycleRegistryId = "123456789012",
                        });

                        new Repository(this, "Prioritized", new RepositoryProps
                        {
                            RepositoryName = PhysicalName.GENERATE_IF_NEEDED,
                            LifecycleRules = new ILifecycleRule[]
                            {
                                new LifecycleRule { RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "release" }, MaxImageCount = 100, Description = "Keep releases" },
                                new LifecycleRule { RulePriority = 2, TagPatternList = new[] { "pr-*-build-*" }, MaxImageAge = Duration.Days(14) },
                                new LifecycleRule { RulePriority = 3, TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Hours(48) },
                                new LifecycleRule { RulePriority = 4, TagStatus = TagStatus.ANY, MaxImageCount = 500 },
                            },
                        });

                        var retention = Node.TryGetContext("retentionDays") is string days ? double.Parse(days) : 30;
                        var configured = new Repository(this, "Configured", new RepositoryProps { RepositoryName = System.Environment.GetEnvironmentVariable("REPOSITORY_NAME") });
                        configured.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(retention) });
                        // One known prefix next to one from the context (it may be the same): not a list of several (ECR2021).
                        var channel = Node.TryGetContext("channel") as string ?? "stable";
                        configured.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "release-", channel }, MaxImageCount = 20 });
                        configured.AddLifecycleRule(new LifecycleRule { TagPatternList = new[] { "hotfix-*", "hotfix-*" }, MaxImageCount = 20 });
                        if (Node.TryGetContext("keepFew") != null)
                        {
                            configured.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
                        }
                        else
                        {
                            configured.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 50 });
                        }

                        // An imported repository's policy is not the stack's: grant to identities, whose own policies hold the permission.
                        var imported = Repository.FromRepositoryName(this, "Imported", "shared/base-images");
                        imported.GrantPull(user);
                        imported.GrantPull(new Role(this, "BuildRole", new RoleProps { AssumedBy = new ServicePrincipal("codebuild.amazonaws.com") }));
                        repository.GrantPull(new ServicePrincipal("lambda.amazonaws.com"));
                        repository.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
                        {
                            Actions = new[] { "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer" },
                            Principals = new[] { new AccountPrincipal("222222222222") },
                        }));
                        new CfnOutput(this, "Uri", new CfnOutputProps { Value = repository.RepositoryUriForTag("latest") });
                        new CfnOutput(this, "Pinned", new CfnOutputProps { Value = repository.RepositoryUriForDigest("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef") });
                    }
                }

                public class SharedRepository : Repository
                {
                    public SharedRepository(Construct scope, string id, string name)
                        : base(scope, id, new RepositoryProps { RepositoryName = name, ImageScanOnPush = true })
                    {
                        AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(7) });
                        AddLifecycleRule(new LifecycleRule { MaxImageCount = 200 });
                    }
                }
            }
            """;

        /// <summary>The aws-lambda README's container image functions.</summary>
        private const string LambdaImages = Usings + """
            namespace Corpus.Lambda
            {
                // The repository lives in a stack of its own, deployed (and pushed to) before the functions' stack.
                public class FunctionImagesStack : Stack
                {
                    public FunctionImagesStack(Construct scope, string id) : base(scope, id)
                    {
                        Images = new Repository(this, "FunctionImages");
                    }

                    public Repository Images { get; }
                }

                public class LambdaImageStack : Stack
                {
                    private const string Digest = "sha256:9b2a6f1c4e8d0375a1c6e9f2b4d7a0c3e5f8b1d4a7c0e3f6b9d2a5c8e1f4b7d0";

                    public LambdaImageStack(Construct scope, string id, IRepository repo) : base(scope, id)
                    {

                        new DockerImageFunction(this, "AssetFunction", new DockerImageFunctionProps
                        {
                            Code = DockerImageCode.FromImageAsset("./docker-handler"),
                        });

                        var props = new EcrImageCodeProps
                        {
                            TagOrDigest = Digest,
                            Cmd = new[] { "app.handler" },
                            Entrypoint = new[] { "/lambda-entrypoint.sh" },
                            WorkingDirectory = "/var/task",
                        };
                        new DockerImageFunction(this, "PinnedFunction", new DockerImageFunctionProps
                        {
                            Code = DockerImageCode.FromEcr(repo, props),
                            MemorySize = 512,
                            Timeout = Duration.Seconds(30),
                        });

                        new Function(this, "PlainFunction", new FunctionProps
                        {
                            Code = Code.FromEcrImage(repo, new EcrImageCodeProps { TagOrDigest = "v1.2.3" }),
                            Handler = Handler.FROM_IMAGE,
                            Runtime = Runtime.FROM_IMAGE,
                        });

                        new Function(this, "ZipFunction", new FunctionProps
                        {
                            Code = Code.FromAsset("lambda"),
                            Handler = "index.handler",
                            Runtime = Runtime.NODEJS_18_X,
                        });

                        var fromContext = Node.TryGetContext("imageDigest") as string;
                        var tagParameter = new CfnParameter(this, "ImageTag");
                        new DockerImageFunction(this, "ContextFunction", new DockerImageFunctionProps
                        {
                            Code = DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = fromContext }),
                        });
                        new DockerImageFunction(this, "ParameterFunction", new DockerImageFunctionProps
                        {
                            Code = DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = tagParameter.ValueAsString, Cmd = new[] { "python", "-m", "app" } }),
                        });
                        new DockerImageFunction(this, "ShellFunction", new DockerImageFunctionProps
                        {
                            Code = new EcrImageCode(repo, new EcrImageCodeProps { TagOrDigest = "v7", Entrypoint = new[] { "/bin/sh", "-c" }, Cmd = new[] { "python app.py --port 8080" } }) is var code ? DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = Digest }) : null!,
                        });

                        new CfnOutput(this, "ImageUri", new CfnOutputProps { Value = repo.RepositoryUriForTagOrDigest(Digest) });

                        // A same-account repository imported by name: Lambda adds its own pull permission when the function is created.
                        var shared = Repository.FromRepositoryName(this, "SharedImages", "team/shared");
                        new DockerImageFunction(this, "SharedFunction", new DockerImageFunctionProps
                        {
                            Code = DockerImageCode.FromEcr(shared, new EcrImageCodeProps { TagOrDigest = Digest }),
                            Architecture = Architecture.ARM_64,
                        });

                        // Graviton: the asset is built for the function's architecture, set on both sides or derived from it.
                        new DockerImageFunction(this, "ArmAsset", new DockerImageFunctionProps
                        {
                            Code = DockerImageCode.FromImageAsset("./docker-handler", new AssetImageCodeProps { Platform = Amazon.CDK.AWS.Ecr.Assets.Platform_.LINUX_ARM64 }),
                            Architecture = Architecture.ARM_64,
                            Tracing = Tracing.ACTIVE,
                        });
                        new DockerImageFunction(this, "DerivedPlatform", new DockerImageFunctionProps
                        {
                            Code = DockerImageCode.FromImageAsset("./docker-handler"),
                            Architecture = Architecture.ARM_64,
                        });

                        // Layers and SnapStart belong to zip functions.
                        var layer = LayerVersion.FromLayerVersionArn(this, "Tools", "arn:aws:lambda:eu-west-1:123456789012:layer:tools:3");
                        var zip = new Function(this, "JavaFunction", new FunctionProps
                        {
                            Code = Code.FromAsset("java"),
                            Handler = "app.Handler::handleRequest",
                            Runtime = Runtime.JAVA_21,
                            Layers = new[] { layer },
                            SnapStart = SnapStartConf.ON_PUBLISHED_VERSIONS,
                        });
                        zip.AddLayers(LayerVersion.FromLayerVersionArn(this, "More", "arn:aws:lambda:eu-west-1:123456789012:layer:more:1"));
                    }
                }

                /// <summary>Functions in their own stack, deployed to a known account, from a repository of the same account.</summary>
                public class FunctionsStack : Stack
                {
                    public FunctionsStack(Construct scope, string id)
                        : base(scope, id, new StackProps { Env = new Amazon.CDK.Environment { Account = "111111111111", Region = "eu-west-1" } })
                    {
                        var images = Repository.FromRepositoryArn(this, "Images", "arn:aws:ecr:eu-west-1:111111111111:repository/team/functions");
                        new DockerImageFunction(this, "Worker", new DockerImageFunctionProps
                        {
                            Code = DockerImageCode.FromEcr(images, new EcrImageCodeProps { TagOrDigest = "sha256:9b2a6f1c4e8d0375a1c6e9f2b4d7a0c3e5f8b1d4a7c0e3f6b9d2a5c8e1f4b7d0" }),
                        });

                        // An ECS task may pull from another region (ECR3020 is about Lambda only).
                        var east = Repository.FromRepositoryArn(this, "East", "arn:aws:ecr:us-east-1:111111111111:repository/team/web");
                        new FargateTaskDefinition(this, "Task").AddContainer("Web", new ContainerDefinitionOptions
                        {
                            Image = ContainerImage.FromEcrRepository(east, "sha256:9b2a6f1c4e8d0375a1c6e9f2b4d7a0c3e5f8b1d4a7c0e3f6b9d2a5c8e1f4b7d0"),
                        });
                    }
                }

                public static class LambdaApp
                {
                    public static void Build(App app)
                    {
                        var images = new FunctionImagesStack(app, "FunctionImages");
                        new LambdaImageStack(app, "Functions", images.Images);
                    }
                }
            }
            """;

        /// <summary>The aws-ecs README: services from ECR images, and the TagParameterContainerImage pipeline example.</summary>
        private const string EcsServices = Usings + """
            namespace Corpus.Ecs
            {
                public class EcsStack : Stack
                {
                    public EcsStack(Construct scope, string id, IRepository repository) : base(scope, id)
                    {
                        var vpc = new Vpc(this, "Vpc", new VpcProps { MaxAzs = 2 });
                        var cluster = new Cluster(this, "Cluster", new ClusterProps { Vpc = vpc });

                        var taskDefinition = new FargateTaskDefinition(this, "TaskDef", new FargateTaskDefinitionProps { MemoryLimitMiB = 512, Cpu = 256 });
                        taskDefinition.AddContainer("web", new ContainerDefinitionOptions
                        {
                            Image = ContainerImage.FromEcrRepository(repository, "v1.4.2"),
                            PortMappings = new[] { new PortMapping { ContainerPort = 80 } },
                            Command = new[] { "nginx", "-g", "daemon off;" },
                        });
                        taskDefinition.AddContainer("sidecar", new ContainerDefinitionOptions
                        {
                            Image = ContainerImage.FromEcrRepository(repository, "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
                        });
                        new FargateService(this, "Service", new FargateServiceProps { Cluster = cluster, TaskDefinition = taskDefinition });

                        new ApplicationLoadBalancedFargateService(this, "Web", new ApplicationLoadBalancedFargateServiceProps
                        {
                            Cluster = cluster,
                            TaskImageOptions = new ApplicationLoadBalancedTaskImageOptions { Image = ContainerImage.FromEcrRepository(repository, "v1.4.2") },
                        });

                        // The TagParameterContainerImage example: bound once, its parameter name used by the pipeline. Its
                        // repository may be created in this stack: the pipeline pushes the image before it passes the tag.
                        var pipelineImages = new Repository(this, "PipelineImages");
                        var tagParameterImage = new TagParameterContainerImage(pipelineImages);
                        var appTask = new FargateTaskDefinition(this, "AppTask");
                        appTask.AddContainer("app", new ContainerDefinitionOptions { Image = tagParameterImage });
                        new CfnOutput(this, "TagParameter", new CfnOutputProps { Value = tagParameterImage.TagParameterName });
                        Overrides = new Dictionary<string, object> { [tagParameterImage.TagParameterName] = "latest" };
                    }

                    public IDictionary<string, object> Overrides { get; }
                }
            }
            """;

        /// <summary>The sample's three scenarios, written with EcrGen attributes (the generator runs first, as in a real build).</summary>
        private const string EcrGenScenarios = Usings + """
            namespace Corpus.EcrGenSample
            {
                [EcrRepository("ecrgen-sample/function")]
                [EcrImageCode(
                    "Handler",
                    TagOrDigest = "sha256:9b2a6f1c4e8d0375a1c6e9f2b4d7a0c3e5f8b1d4a7c0e3f6b9d2a5c8e1f4b7d0",
                    Cmd = new[] { "app.handler" },
                    Entrypoint = new[] { "/lambda-entrypoint.sh" },
                    WorkingDirectory = "/var/task")]
                [ContainerImage("Web", TagOrDigest = "v1")]
                public partial class FunctionImageRepository
                {
                }

                [EcrRepository]
                [TagParameterImage]
                public partial class PipelineImageRepository
                {
                }

                [EcrRepository(ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE)]
                [LifecycleRule(TagPrefixList = new[] { "prod" }, MaxImageCount = 9999)]
                [LifecycleRule(MaxImageAgeDays = 30)]
                public partial class ScannedImageRepository
                {
                }

                [EcrRepository("team/disposable", RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true, Encryption = EcrEncryption.Kms, EncryptionKeyArn = "arn:aws:kms:eu-west-1:123456789012:key/abc")]
                [LifecycleRule(RulePriority = 1, TagPatternList = new[] { "pr-*" }, MaxImageCount = 10)]
                [LifecycleRule(RulePriority = 2, TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 1)]
                public partial class DisposableRepository
                {
                }

                public class SampleStack : Stack
                {
                    public SampleStack(Construct scope, string id) : base(scope, id)
                    {
                        var scanned = new ScannedImageRepository(this, "Repo");
                        var user = new User(this, "User");
                        AuthorizationToken.GrantRead(user);
                        scanned.OnImageScanCompleted("ImageScanComplete");

                        // The function's repository is created here and used by FunctionStack, deployed after this one.
                        Functions = new FunctionImageRepository(this, "FunctionImages");
                        var props = Functions.HandlerCodeProps();

                        var pipeline = new PipelineImageRepository(this, "PipelineImages");
                        var task = new FargateTaskDefinition(this, "Task");
                        task.AddContainer("App", new ContainerDefinitionOptions { Image = pipeline.TagParameterImage });
                        var overrides = pipeline.TagParameterOverrides("abc123");

                        var disposable = new DisposableRepository(this, "Disposable");
                        disposable.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 100 });
                    }

                    public FunctionImageRepository Functions { get; }
                }

                public class FunctionStack : Stack
                {
                    public FunctionStack(Construct scope, string id, SampleStack repositories) : base(scope, id)
                    {
                        new DockerImageFunction(this, "Handler", new DockerImageFunctionProps { Code = repositories.Functions.HandlerCode() });
                        var task = new FargateTaskDefinition(this, "Task");
                        task.AddContainer("Web", new ContainerDefinitionOptions { Image = repositories.Functions.WebImage() });
                    }
                }
            }
            """;

        /// <summary>
        /// The shape of real multi-stack apps: a registry stack that builds one repository per service from a configuration
        /// object (in a loop, into a dictionary), services in another stack that take their repository and tag from the same
        /// configuration, and a Main that wires them.
        /// </summary>
        private const string ConfiguredServices = Usings + """
            namespace Corpus.Configured
            {
                public sealed class ServiceConfig
                {
                    public string Name { get; set; } = "api";
                    public string ImageTag { get; set; } = "";
                    public int MemoryMiB { get; set; } = 512;
                    public TagMutability Mutability { get; set; } = TagMutability.MUTABLE;
                    public int KeepImages { get; set; } = 30;
                }

                public sealed class RegistryStack : Stack
                {
                    public RegistryStack(Construct scope, string id, IEnumerable<ServiceConfig> services, IStackProps? props = null) : base(scope, id, props)
                    {
                        foreach (var service in services)
                        {
                            Repositories[service.Name] = new Repository(this, service.Name + "Repository", new RepositoryProps
                            {
                                RepositoryName = "team/" + service.Name,
                                ImageTagMutability = service.Mutability,
                                ImageScanOnPush = true,
                                LifecycleRules = new ILifecycleRule[]
                                {
                                    new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1) },
                                    new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = service.KeepImages },
                                },
                            });
                        }
                    }

                    public Dictionary<string, IRepository> Repositories { get; } = new Dictionary<string, IRepository>();
                }

                public sealed class ServicesStack : Stack
                {
                    private readonly IRepository _repository;

                    public ServicesStack(Construct scope, string id, RegistryStack registry, ServiceConfig config, IStackProps? props = null) : base(scope, id, props)
                    {
                        _repository = registry.Repositories[config.Name];
                        var vpc = Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true });
                        var cluster = new Cluster(this, "Cluster", new ClusterProps { Vpc = vpc });
                        var task = new FargateTaskDefinition(this, "Task", new FargateTaskDefinitionProps { MemoryLimitMiB = config.MemoryMiB, Cpu = 256 });
                        task.AddContainer(config.Name, new ContainerDefinitionOptions
                        {
                            Image = ContainerImage.FromEcrRepository(_repository, config.ImageTag),
                            Logging = LogDrivers.AwsLogs(new AwsLogDriverProps { StreamPrefix = config.Name }),
                        });
                        new FargateService(this, "Service", new FargateServiceProps { Cluster = cluster, TaskDefinition = task });

                        new DockerImageFunction(this, "Worker", new DockerImageFunctionProps
                        {
                            Code = DockerImageCode.FromEcr(_repository, new EcrImageCodeProps { TagOrDigest = config.ImageTag, Cmd = new[] { "worker.handler" } }),
                            MemorySize = config.MemoryMiB,
                        });
                    }
                }

                public static class Program
                {
                    public static void Main()
                    {
                        var app = new App();
                        var env = new Amazon.CDK.Environment { Account = "123456789012", Region = "eu-west-1" };
                        var services = new[]
                        {
                            new ServiceConfig { Name = "api", ImageTag = System.Environment.GetEnvironmentVariable("API_TAG") ?? "dev" },
                            new ServiceConfig { Name = "billing", ImageTag = (string)app.Node.TryGetContext("billingTag"), Mutability = TagMutability.IMMUTABLE },
                        };
                        var registry = new RegistryStack(app, "Registry", services, new StackProps { Env = env });
                        foreach (var service in services)
                        {
                            new ServicesStack(app, service.Name + "Service", registry, service, new StackProps { Env = env });
                        }

                        app.Synth();
                    }
                }
            }
            """;

        /// <summary>
        /// Repositories held in fields of a construct, released images pinned by digest behind a lifecycle policy that cannot
        /// expire them, and a function in its own stack; one stack fills its own repository before its function runs.
        /// </summary>
        private const string PinnedReleases = Usings + """
            namespace Corpus.Pinned
            {
                public sealed class ReleaseImages : Construct
                {
                    public const string ApiDigest = "sha256:9b2a6f1c4e8d0375a1c6e9f2b4d7a0c3e5f8b1d4a7c0e3f6b9d2a5c8e1f4b7d0";

                    private readonly Repository _api;

                    public ReleaseImages(Construct scope, string id) : base(scope, id)
                    {
                        // Immutable tags: an image pinned by digest was pushed with a tag that never moves, so the
                        // untagged rule cannot reach it; released images are kept by a tagged rule ahead of the ANY rule.
                        _api = new Repository(this, "Api", new RepositoryProps { ImageTagMutability = TagMutability.IMMUTABLE });
                        _api.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1) });
                        _api.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "release-" }, MaxImageCount = 9999 });
                        _api.AddLifecycleRule(new LifecycleRule { MaxImageCount = 20 });
                        ApiImage = ContainerImage.FromEcrRepository(_api, ApiDigest);
                    }

                    public IRepository Api => _api;

                    public ContainerImage ApiImage { get; }
                }

                public sealed class ReleaseStack : Stack
                {
                    public ReleaseStack(Construct scope, string id) : base(scope, id)
                    {
                        Images = new ReleaseImages(this, "Images");
                    }

                    public ReleaseImages Images { get; }
                }

                public sealed class ApiStack : Stack
                {
                    public ApiStack(Construct scope, string id, ReleaseImages images) : base(scope, id)
                    {
                        var task = new FargateTaskDefinition(this, "Task");
                        task.AddContainer("api", new ContainerDefinitionOptions { Image = images.ApiImage });
                        new DockerImageFunction(this, "Migrate", new DockerImageFunctionProps
                        {
                            Code = DockerImageCode.FromEcr(images.Api, new EcrImageCodeProps { TagOrDigest = ReleaseImages.ApiDigest, Cmd = new[] { "migrate.handler" } }),
                        });
                    }
                }

                // A stack that mirrors a public image into its own repository before the function that runs it: the
                // copy is a construct of its own (cdk-ecr-deployment style) and the function depends on it explicitly.
                public sealed class ImageCopy : Construct
                {
                    public ImageCopy(Construct scope, string id, string source, IRepository target) : base(scope, id)
                    {
                    }
                }

                public sealed class MirrorStack : Stack
                {
                    public MirrorStack(Construct scope, string id) : base(scope, id)
                    {
                        var mirror = new Repository(this, "Mirror", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true });
                        var copy = new ImageCopy(this, "Copy", "public.ecr.aws/lambda/python:3.12", mirror);
                        var function = new DockerImageFunction(this, "Fn", new DockerImageFunctionProps
                        {
                            Code = DockerImageCode.FromEcr(mirror, new EcrImageCodeProps { TagOrDigest = "3.12" }),
                        });
                        function.Node.AddDependency(copy);
                    }
                }
            }
            """;

        /// <summary>
        /// In the style of real C# CDK repositories: a repository stack with disposable and shared repositories (props from a
        /// configuration object, repositories in fields), imports by ARN, cross-account pull statements, and lifecycle-rule
        /// factories whose optional parameters may leave an option out.
        /// </summary>
        private const string RealWorldRepositories = Usings + """
            public sealed class RepositoryConfig
            {
                public string Name { get; set; } = "team/app";
                public bool Disposable { get; set; }
                public int KeepImages { get; set; } = 20;
                public double? ExpireAfterDays { get; set; }
                public string[] PullAccounts { get; set; } = Array.Empty<string>();
            }

            public static class Rules
            {
                // Exactly one of count and age is given: the caller decides, the nullable types say it may be absent.
                public static LifecycleRule Keep(double? count = null, double? days = null) => new LifecycleRule
                {
                    MaxImageCount = count,
                    MaxImageAge = days is null ? null : Duration.Days(days.Value),
                };

                public static LifecycleRule Untagged(int days) => new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(days) };
            }

            public class RepositoryStack : Stack
            {
                private readonly Repository _service;

                public RepositoryStack(Construct scope, string id, RepositoryConfig config) : base(scope, id)
                {
                    _service = new Repository(this, "Service", new RepositoryProps
                    {
                        RepositoryName = config.Name,
                        RemovalPolicy = config.Disposable ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
                        EmptyOnDelete = config.Disposable,
                        LifecycleRules = new ILifecycleRule[] { Rules.Untagged(7), Rules.Keep(count: config.KeepImages) },
                    });

                    var scratch = new Repository(this, "Scratch", new RepositoryProps
                    {
                        RepositoryName = "team/scratch",
                        RemovalPolicy = RemovalPolicy.DESTROY,
                        EmptyOnDelete = true,
                    });
                    scratch.AddLifecycleRule(Rules.Keep(days: config.ExpireAfterDays ?? 14));

                    foreach (var account in config.PullAccounts)
                    {
                        _service.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
                        {
                            Actions = new[] { "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability" },
                            Principals = new[] { new AccountPrincipal(account) },
                        }));
                    }

                    var ci = new PolicyStatement();
                    ci.AddActions("ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload");
                    ci.AddServicePrincipal("codebuild.amazonaws.com");
                    _service.AddToResourcePolicy(ci);

                    var baseImages = Repository.FromRepositoryArn(this, "BaseImages", "arn:aws:ecr:eu-central-1:123456789012:repository/base/dotnet");
                    var shared = Repository.FromRepositoryAttributes(this, "Shared", new RepositoryAttributes
                    {
                        RepositoryArn = Fn.ImportValue("SharedRepositoryArn"),
                        RepositoryName = "team/shared",
                    });
                    // A grant to a role goes into the role's own policy: it works on an imported repository (a service principal would not).
                    baseImages.GrantPull(new Role(this, "BuildRole", new RoleProps { AssumedBy = new ServicePrincipal("codebuild.amazonaws.com") }));
                    _ = shared;
                }

                public IRepository Service => _service;
            }
            """;


        /// <summary>
        /// The shapes real code gives a value (locals, fields, helpers, defaults, settings applied later), every one used
        /// correctly: the value flow must find nothing here.
        /// </summary>
        private const string ValueFlowShapes = Usings + """
            namespace Corpus.Flow
            {
                public class ImagesStack : Stack
                {
                    private const bool CleanUp = true;
                    private static readonly string Team = "team";
                    private readonly RemovalPolicy _removal;
                    private readonly Repository _api;

                    public ImagesStack(Construct scope, string id, bool ephemeral) : base(scope, id)
                    {
                        // Gated on the deployment: the value may differ at run time, and the two options agree.
                        _removal = ephemeral ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
                        _api = new Repository(this, "Api", new RepositoryProps
                        {
                            RepositoryName = Team + "/api",
                            RemovalPolicy = _removal,
                            EmptyOnDelete = ephemeral,
                            ImageTagMutability = TagMutability.IMMUTABLE,
                        });

                        var removal = RemovalPolicy.DESTROY;
                        var scratch = new Repository(this, "Scratch", new RepositoryProps { RemovalPolicy = removal, EmptyOnDelete = CleanUp });
                        scratch.AddLifecycleRule(new LifecycleRule { MaxImageAge = Duration.Days(7) });

                        // EmptyOnDelete is checked against the props' policy at construction: both belong there.
                        var cache = new Repository(this, "Cache", new RepositoryProps { RepositoryName = "team/cache", RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true });
                        cache.ApplyRemovalPolicy(RemovalPolicy.DESTROY);
                        var kept = new Repository(this, "Kept");
                        kept.ApplyRemovalPolicy(RemovalPolicy.RETAIN);

                        CreateRepository("team/a");
                        CreateRepository("team/b");
                        Share(Repository.FromRepositoryName(this, "Base", "base/dotnet"));
                    }

                    public IRepository Api => _api;

                    private Repository CreateRepository(string name, RemovalPolicy policy = RemovalPolicy.DESTROY)
                        => new Repository(this, name.Replace("/", "-"), new RepositoryProps { RepositoryName = name, RemovalPolicy = policy, EmptyOnDelete = true });

                    // A grant to a role lands in the role's policy: fine on an imported repository.
                    private void Share(IRepository imported)
                        => imported.GrantPull(new Role(this, "Puller", new RoleProps { AssumedBy = new ServicePrincipal("codebuild.amazonaws.com") }));
                }

                public class ServicesStack : Stack
                {
                    private const string Release = "sha256:9b2a6f1c4e8d0375a1c6e9f2b4d7a0c3e5f8b1d4a7c0e3f6b9d2a5c8e1f4b7d0";
                    private readonly IRepository _images;
                    private readonly string _tag = "v1.4.2";

                    public ServicesStack(Construct scope, string id, IRepository images, string buildTag) : base(scope, id)
                    {
                        _images = images;
                        AddFunction("Api", Release);
                        AddFunction("Worker", Release);
                        var task = new FargateTaskDefinition(this, "Task");
                        task.AddContainer("web", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(_images, _tag), MemoryLimitMiB = 512 });
                        task.AddContainer("job", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(_images, buildTag), MemoryLimitMiB = 512 });
                        AddService(images, "v2.0.0");
                    }

                    private void AddFunction(string name, string digest)
                        => new DockerImageFunction(this, name, new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(_images, new EcrImageCodeProps { TagOrDigest = digest }) });

                    private void AddService(IRepository repository, string tag)
                    {
                        var task = new FargateTaskDefinition(this, "ServiceTask");
                        task.AddContainer("svc", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(repository, tag), MemoryLimitMiB = 512 });
                    }
                }

                public static class FlowApp
                {
                    public static void Main()
                    {
                        var app = new App();
                        var images = new ImagesStack(app, "Images", app.Node.TryGetContext("ephemeral") is string flag && flag == "true");
                        _ = new ServicesStack(app, "Services", images.Api, System.Environment.GetEnvironmentVariable("BUILD_TAG") ?? "v1.0.0");
                        app.Synth();
                    }
                }
            }
            """;

        /// <summary>
        /// Registry settings as platform teams write them with the L1 resources (no L2 exists): replication to a second Region
        /// and a second account, pull through cache rules for public and authenticated upstreams, creation templates for the
        /// repositories those create. Several stacks of one app each have one replication configuration.
        /// </summary>
        internal const string RegistrySettings = Usings + """
            namespace Corpus.Registry
            {
                public sealed class RegistryStack : Stack
                {
                    public RegistryStack(Construct scope, string id, string? backupAccount = null)
                        : base(scope, id, new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-central-1" } })
                    {
                        new CfnReplicationConfiguration(this, "Replication", new CfnReplicationConfigurationProps
                        {
                            ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty
                            {
                                Rules = new[]
                                {
                                    new CfnReplicationConfiguration.ReplicationRuleProperty
                                    {
                                        Destinations = new[]
                                        {
                                            new CfnReplicationConfiguration.ReplicationDestinationProperty { Region = "eu-west-1", RegistryId = "111122223333" },
                                            new CfnReplicationConfiguration.ReplicationDestinationProperty { Region = "eu-central-1", RegistryId = backupAccount ?? "444455556666" },
                                        },
                                        RepositoryFilters = new[]
                                        {
                                            new CfnReplicationConfiguration.RepositoryFilterProperty { Filter = "prod", FilterType = "PREFIX_MATCH" },
                                            new CfnReplicationConfiguration.RepositoryFilterProperty { Filter = "shared/base-images", FilterType = "PREFIX_MATCH" },
                                        },
                                    },
                                },
                            },
                        });

                        var dockerHub = new Amazon.CDK.AWS.SecretsManager.Secret(this, "DockerHubCredentials", new Amazon.CDK.AWS.SecretsManager.SecretProps
                        {
                            SecretName = "ecr-pullthroughcache/docker-hub",
                        });
                        new CfnPullThroughCacheRule(this, "DockerHubCache", new CfnPullThroughCacheRuleProps
                        {
                            EcrRepositoryPrefix = "docker-hub",
                            UpstreamRegistry = "docker-hub",
                            UpstreamRegistryUrl = "registry-1.docker.io",
                            CredentialArn = dockerHub.SecretArn,
                        });
                        new CfnPullThroughCacheRule(this, "GhcrCache", new CfnPullThroughCacheRuleProps
                        {
                            EcrRepositoryPrefix = "ghcr",
                            UpstreamRegistryUrl = "ghcr.io",
                            CredentialArn = "arn:aws:secretsmanager:eu-central-1:111122223333:secret:ecr-pullthroughcache/ghcr-Xy12Ab",
                        });
                        new CfnPullThroughCacheRule(this, "EcrPublicCache", new CfnPullThroughCacheRuleProps
                        {
                            EcrRepositoryPrefix = "ecr-public",
                            UpstreamRegistryUrl = "public.ecr.aws",
                        });
                        new CfnPullThroughCacheRule(this, "K8sCache", new CfnPullThroughCacheRuleProps { EcrRepositoryPrefix = "k8s", UpstreamRegistry = "k8s", UpstreamRegistryUrl = "registry.k8s.io" });

                        var templateRole = new Role(this, "TemplateRole", new RoleProps { AssumedBy = new ServicePrincipal("ecr.amazonaws.com") });
                        var key = new Key(this, "TemplateKey");
                        new CfnRepositoryCreationTemplate(this, "DockerHubTemplate", new CfnRepositoryCreationTemplateProps
                        {
                            Prefix = "docker-hub",
                            AppliedFor = new[] { "PULL_THROUGH_CACHE" },
                            Description = "Repositories cached from Docker Hub",
                            ImageTagMutability = "IMMUTABLE",
                            EncryptionConfiguration = new CfnRepositoryCreationTemplate.EncryptionConfigurationProperty { EncryptionType = "KMS", KmsKey = key.KeyArn },
                            ResourceTags = new[] { new CfnTag { Key = "cost-center", Value = "platform" } },
                            CustomRoleArn = templateRole.RoleArn,
                            LifecyclePolicy = "{\"rules\":[{\"rulePriority\":1,\"description\":\"Keep 20 images\",\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":20},\"action\":{\"type\":\"expire\"}}]}",
                        });
                        new CfnRepositoryCreationTemplate(this, "DefaultTemplate", new CfnRepositoryCreationTemplateProps
                        {
                            Prefix = "ROOT",
                            AppliedFor = new[] { "REPLICATION", "PULL_THROUGH_CACHE" },
                            EncryptionConfiguration = new CfnRepositoryCreationTemplate.EncryptionConfigurationProperty { EncryptionType = "AES256" },
                            LifecyclePolicy = "{\"rules\":[{\"rulePriority\":1,\"description\":\"Keep 5 release images\",\"selection\":{\"tagStatus\":\"tagged\",\"tagPatternList\":[\"release-*\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":5},\"action\":{\"type\":\"expire\"}},{\"rulePriority\":2,\"selection\":{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":14},\"action\":{\"type\":\"expire\"}}]}",
                            RepositoryPolicy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"OrgPull\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"],\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\"}}}]}",
                        });
                    }
                }

                public sealed class BackupRegistryStack : Stack
                {
                    public BackupRegistryStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
                    {
                        new CfnReplicationConfiguration(this, "Replication", new CfnReplicationConfigurationProps
                        {
                            ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty
                            {
                                Rules = new[] { new CfnReplicationConfiguration.ReplicationRuleProperty { Destinations = new[] { new CfnReplicationConfiguration.ReplicationDestinationProperty { Region = "eu-central-1", RegistryId = "111122223333" } } } },
                            },
                        });
                    }
                }

                public static class RegistryApp
                {
                    public static void Main()
                    {
                        var app = new App();
                        new RegistryStack(app, "Registry");
                        new BackupRegistryStack(app, "Backup", new StackProps { Env = new Amazon.CDK.Environment { Account = "444455556666", Region = "eu-central-1" } });
                        app.Synth();
                    }
                }
            }
            """;

        /// <summary>What only the newest CDK has, used correctly: compiled against 2.277.0 only.</summary>
        internal const string NewestCdk = """
            using Amazon.CDK;
            using Amazon.CDK.AWS.ECR;
            using Amazon.CDK.AWS.ECS;
            using Amazon.CDK.AWS.KMS;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;
            using EcrGen;

            namespace NewestCdk
            {
                [EcrRepository("newest/service", ImageScanOnPush = true,
                    ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION, ImageTagMutabilityExclusionFilters = new[] { "dev-*", "pr-*" })]
                [LifecycleRule(TagPrefixList = new[] { "prod" }, MaxImageCount = 9999)]
                [LifecycleRule(MaxImageAgeDays = 30)]
                [TagParameterImage(IsImageDigest = true)]
                [EcrImageCode("Api", TagOrDigest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
                public partial class ServiceRepository
                {
                }

                // The function takes its image from a stack deployed after the repository's (ECR3015).
                public class FunctionsStack : Stack
                {
                    public FunctionsStack(Construct scope, string id, ServiceRepository service) : base(scope, id)
                    {
                        new DockerImageFunction(this, "Api", new DockerImageFunctionProps { Code = service.ApiCode(), SnapStart = SnapStartConf.ON_PUBLISHED_VERSIONS });
                    }
                }

                public class NewestStack : Stack
                {
                    public NewestStack(Construct scope, string id) : base(scope, id)
                    {
                        var service = new ServiceRepository(this, "Service");
                        new FunctionsStack(scope, id + "Functions", service);

                        var task = new FargateTaskDefinition(this, "Task");
                        task.AddContainer("Deployed", new ContainerDefinitionOptions { Image = service.TagParameterImage });
                        var overrides = service.TagParameterOverrides("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

                        var shared = Repository.FromLookup(this, "Shared", new RepositoryLookupOptions { RepositoryName = "platform/base" });
                        task.AddContainer("Base", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(shared, "v1") });
                        Repository.FromLookup(this, "ByArn", new RepositoryLookupOptions { RepositoryArn = "arn:aws:ecr:eu-west-1:123456789012:repository/platform/tools" });

                        new Repository(this, "Excluded", new RepositoryProps
                        {
                            ImageTagMutability = TagMutability.MUTABLE_WITH_EXCLUSION,
                            ImageTagMutabilityExclusionFilters = new[] { ImageTagMutabilityExclusionFilter.Wildcard("latest") },
                            Encryption = RepositoryEncryption.KMS,
                            EncryptionKey = new Key(this, "Key"),
                        });

                        new CfnRegistryScanningConfiguration(this, "Scanning", new CfnRegistryScanningConfigurationProps
                        {
                            ScanType = "ENHANCED",
                            Rules = new[]
                            {
                                new CfnRegistryScanningConfiguration.ScanningRuleProperty
                                {
                                    ScanFrequency = "CONTINUOUS_SCAN",
                                    RepositoryFilters = new[] { new CfnRegistryScanningConfiguration.RepositoryFilterProperty { Filter = "newest/*", FilterType = "WILDCARD" } },
                                },
                                new CfnRegistryScanningConfiguration.ScanningRuleProperty
                                {
                                    ScanFrequency = "SCAN_ON_PUSH",
                                    RepositoryFilters = new[] { new CfnRegistryScanningConfiguration.RepositoryFilterProperty { Filter = "*", FilterType = "WILDCARD" } },
                                },
                            },
                        });
                    }
                }
            }
            """;

        [Fact]
        public async Task TheNewestCdkProgram_HasNoEcrGenDiagnostics_On2277()
        {
            var run = GeneratorRunner.Run(TestCompilation.Create(new[] { NewestCdk }, TestReferences.AllWith(CdkRelease.V2_277)));
            var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(problems.Length == 0, string.Join("\n", problems.Select(e => e.ToString())));

            var diagnostics = await run.OutputCompilation.WithAnalyzers(ImmutableArray.Create(Analyzers)).GetAnalyzerDiagnosticsAsync();
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics.Select(d => d.ToString())));
        }

        [Fact]
        public async Task SamePipeline_FlagsTheNewestCdkProgramBroken()
        {
            var broken = NewestCdk
                .Replace("\"dev-*\", \"pr-*\"", "\"dev *\", \"pr-*\"", System.StringComparison.Ordinal)
                .Replace("RepositoryName = \"platform/base\"", "RepositoryName = \"\"", System.StringComparison.Ordinal);
            var run = GeneratorRunner.Run(TestCompilation.Create(new[] { broken }, TestReferences.AllWith(CdkRelease.V2_277)));
            var diagnostics = await run.OutputCompilation.WithAnalyzers(ImmutableArray.Create(Analyzers)).GetAnalyzerDiagnosticsAsync();
            Assert.Equal(new[] { "ECR1009", "ECR1015" }, diagnostics.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal).ToArray());
        }

        /// <summary>
        /// L1 repositories written with their JSON texts, as users do when the L2 cannot express a rule (sinceImagePulled, the
        /// archive storage class): a lifecycle text and a policy text ECR accepts, an escape hatch, and identity policies with
        /// resources next to a repository policy without any.
        /// </summary>
        private const string CfnRepositories = Usings + """"
            namespace Corpus.Cfn
            {
                public static class Policies
                {
                    public const string KeepPulledImages = """
                        {
                          "rules": [
                            {
                              "rulePriority": 1,
                              "description": "Archive release images nobody pulled for 90 days",
                              "selection": { "tagStatus": "tagged", "tagPatternList": ["release-*"], "countType": "sinceImagePulled", "countUnit": "days", "countNumber": 90 },
                              "action": { "type": "transition", "targetStorageClass": "archive" }
                            },
                            {
                              "rulePriority": 2,
                              "description": "Expire untagged images after a week",
                              "selection": { "tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 7 },
                              "action": { "type": "expire" }
                            },
                            {
                              "rulePriority": 3,
                              "selection": { "tagStatus": "tagged", "tagPrefixList": ["pr-", "dev-"], "countType": "imageCountMoreThan", "countNumber": 20 },
                              "action": { "type": "expire" }
                            },
                            {
                              "rulePriority": 100,
                              "description": "Delete archived images after a year",
                              "selection": { "tagStatus": "any", "storageClass": "archive", "countType": "sinceImageTransitioned", "countUnit": "days", "countNumber": 365 },
                              "action": { "type": "expire" }
                            }
                          ]
                        }
                        """;

                    public const string CrossAccountPull = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"CrossAccountPull\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::111122223333:root\",\"arn:aws:iam::444455556666:root\"]},\"Action\":[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\",\"ecr:BatchCheckLayerAvailability\"],\"Condition\":{\"StringLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/deploy-*\"}}}]}";
                }

                public class CfnRepositoryStack : Stack
                {
                    public CfnRepositoryStack(Construct scope, string id) : base(scope, id)
                    {
                        var repository = new CfnRepository(this, "Images", new CfnRepositoryProps
                        {
                            RepositoryName = "platform/images",
                            ImageScanningConfiguration = new CfnRepository.ImageScanningConfigurationProperty { ScanOnPush = true },
                            ImageTagMutability = "IMMUTABLE",
                            EmptyOnDelete = true,
                            LifecyclePolicy = new CfnRepository.LifecyclePolicyProperty
                            {
                                RegistryId = Account,
                                LifecyclePolicyText = Policies.KeepPulledImages,
                            },
                            RepositoryPolicyText = Policies.CrossAccountPull,
                        });
                        repository.ApplyRemovalPolicy(RemovalPolicy.DESTROY);

                        var untaggedOnly = @"{ ""rules"": [ { ""rulePriority"": 1, ""selection"": { ""tagStatus"": ""untagged"", ""countType"": ""imageCountMoreThan"", ""countNumber"": 1 }, ""action"": { ""type"": ""expire"" } } ] }";
                        new CfnRepository(this, "Cache", new CfnRepositoryProps
                        {
                            LifecyclePolicy = new CfnRepository.LifecyclePolicyProperty { LifecyclePolicyText = untaggedOnly },
                            RepositoryPolicyText = new PolicyDocument(new PolicyDocumentProps
                            {
                                Statements = new[]
                                {
                                    new PolicyStatement(new PolicyStatementProps
                                    {
                                        Principals = new[] { new ServicePrincipal("lambda.amazonaws.com") },
                                        Actions = new[] { "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer" },
                                        Conditions = new Dictionary<string, object> { ["StringEquals"] = new Dictionary<string, object> { ["aws:SourceAccount"] = Account } },
                                    }),
                                },
                            }),
                        });

                        // The escape hatch: the L2 repository's own CfnRepository gets a rule the L2 cannot write.
                        var l2 = new Repository(this, "Service", new RepositoryProps { ImageScanOnPush = true });
                        var cfn = (CfnRepository)l2.Node.DefaultChild;
                        cfn.LifecyclePolicy = new CfnRepository.LifecyclePolicyProperty
                        {
                            LifecyclePolicyText = """{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"sinceImagePulled","countUnit":"days","countNumber":180},"action":{"type":"expire"}}]}""",
                        };
                        l2.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
                        {
                            Principals = new[] { new AccountPrincipal("111122223333") },
                            Actions = new[] { "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer" },
                        }));

                        // Identity policies name the repository as their resource: right there.
                        var deployer = new Role(this, "Deployer", new RoleProps { AssumedBy = new AccountRootPrincipal() });
                        deployer.AddToPolicy(new PolicyStatement(new PolicyStatementProps
                        {
                            Actions = new[] { "ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload" },
                            Resources = new[] { repository.AttrArn, l2.RepositoryArn },
                        }));
                        new ManagedPolicy(this, "Pull", new ManagedPolicyProps
                        {
                            Document = new PolicyDocument(new PolicyDocumentProps
                            {
                                Statements = new[] { new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:GetAuthorizationToken" }, Resources = new[] { "*" } }) },
                            }),
                        });

                        // A policy read at run time is not judged.
                        new CfnRepository(this, "Configured", new CfnRepositoryProps
                        {
                            LifecyclePolicy = new CfnRepository.LifecyclePolicyProperty { LifecyclePolicyText = System.IO.File.ReadAllText("lifecycle.json") },
                        });
                    }
                }
            }
            """";

        [Fact]
        public async Task SamePipeline_FlagsTheCfnRepositoriesBroken()
        {
            var broken = CfnRepositories
                .Replace("\"countNumber\": 90", "\"countNumber\": 90, \"countUnits\": \"days\"", System.StringComparison.Ordinal)
                .Replace("\\\"Action\\\":[\\\"ecr:BatchGetImage\\\"", "\\\"Resource\\\":\\\"*\\\",\\\"Action\\\":[\\\"ecr:BatchGetImage\\\"", System.StringComparison.Ordinal)
                .Replace("\"rulePriority\": 100", "\"rulePriority\": 2", System.StringComparison.Ordinal);
            var run = GeneratorRunner.Run(broken);
            var diagnostics = await run.OutputCompilation.WithAnalyzers(ImmutableArray.Create(Analyzers)).GetAnalyzerDiagnosticsAsync();
            Assert.Equal(new[] { "ECR1016", "ECR2007", "ECR2009", "ECR2020" }, diagnostics.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal).ToArray());
        }

        /// <summary>
        /// Images named by a string where that is right (T1, ECR3018, stays silent): public registries, a private registry
        /// with credentials, an ECR image whose execution role is given the pull by a managed policy, and FromEcrRepository.
        /// </summary>
        private const string RegistryImages = Usings + """
            namespace Corpus.RegistryImages
            {
                public class RegistryStack : Stack
                {
                    public RegistryStack(Construct scope, string id, IRepository repository, Amazon.CDK.AWS.SecretsManager.ISecret registryLogin) : base(scope, id)
                    {
                        var task = new FargateTaskDefinition(this, "Task");
                        task.AddContainer("nginx", new ContainerDefinitionOptions { Image = ContainerImage.FromRegistry("public.ecr.aws/nginx/nginx:1.27") });
                        task.AddContainer("sample", new ContainerDefinitionOptions { Image = ContainerImage.FromRegistry("amazon/amazon-ecs-sample") });
                        task.AddContainer("private", new ContainerDefinitionOptions
                        {
                            Image = ContainerImage.FromRegistry("registry.example.com/team/app:v3", new RepositoryImageProps { Credentials = registryLogin }),
                        });
                        task.AddContainer("app", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(repository, "v1.4.2") });
                        var image = System.Environment.GetEnvironmentVariable("WORKER_IMAGE") ?? "ghcr.io/owner/worker:v1";
                        task.AddContainer("worker", new ContainerDefinitionOptions { Image = ContainerImage.FromRegistry(image) });
                    }
                }

                public class GrantedStack : Stack
                {
                    public GrantedStack(Construct scope, string id) : base(scope, id)
                    {
                        var task = new FargateTaskDefinition(this, "Task");
                        task.ObtainExecutionRole().AddManagedPolicy(ManagedPolicy.FromAwsManagedPolicyName("service-role/AmazonECSTaskExecutionRolePolicy"));
                        task.AddContainer("app", new ContainerDefinitionOptions
                        {
                            Image = ContainerImage.FromRegistry("123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:v7"),
                        });
                    }
                }
            }
            """;

        /// <summary>
        /// A stack a pipeline deploys with the digest of the image it built (T5, ECR3019, stays silent): the digest parameter
        /// reaches the CDK with the 'sha256:' prefix written at synth, or as a URI built with RepositoryUriForDigest; a tag
        /// parameter is a tag.
        /// </summary>
        private const string DeployTimeDigests = Usings + """
            namespace Corpus.DeployTimeDigests
            {
                public class ReleaseStack : Stack
                {
                    private readonly CfnParameter imageDigest;

                    public ReleaseStack(Construct scope, string id, IRepository repository) : base(scope, id)
                    {
                        imageDigest = new CfnParameter(this, "ImageDigest", new CfnParameterProps
                        {
                            Type = "String",
                            AllowedPattern = "^sha256:[a-f0-9]{64}$",
                            Description = "The digest of the image to run",
                        });
                        var tag = new CfnParameter(this, "ImageTag", new CfnParameterProps { Type = "String", Default = "v1" });

                        new DockerImageFunction(this, "Api", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(repository, new EcrImageCodeProps { TagOrDigest = PinnedDigest() }) });
                        var task = new FargateTaskDefinition(this, "Task");
                        task.AddContainer("app", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(repository, PinnedDigest()), MemoryLimitMiB = 512 });
                        task.AddContainer("sidecar", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(repository, tag.ValueAsString), MemoryLimitMiB = 256 });
                        new CfnOutput(this, "ImageUri", new CfnOutputProps { Value = repository.RepositoryUriForDigest(imageDigest.ValueAsString) });
                    }

                    // The CDK writes '@' for a value that starts with "sha256:" at synth; the hex part stays a deploy-time value.
                    private string PinnedDigest() => "sha256:" + Fn.Select(1, Fn.Split(":", imageDigest.ValueAsString));
                }
            }
            """;

        [Fact]
        public async Task SamePipeline_FlagsTheDeployTimeDigestProgramBroken()
        {
            var broken = DeployTimeDigests.Replace("TagOrDigest = PinnedDigest()", "TagOrDigest = imageDigest.ValueAsString", System.StringComparison.Ordinal);
            var run = GeneratorRunner.Run(broken);
            var diagnostics = await run.OutputCompilation.WithAnalyzers(ImmutableArray.Create(Analyzers)).GetAnalyzerDiagnosticsAsync();
            Assert.Equal(new[] { "ECR3019" }, diagnostics.Select(d => d.Id).ToArray());
        }

        private static readonly DiagnosticAnalyzer[] Analyzers = Testing.EcrGenComponents.Analyzers.ToArray();

        /// <summary>Every valid program against the release the attributes are built against and the newest served.</summary>
        public static TheoryData<string, CdkRelease> ProgramsAndReleases()
        {
            var data = new TheoryData<string, CdkRelease>();
            foreach (var release in new[] { CdkRelease.V2_160, CdkRelease.V2_277 })
            {
                data.Add(nameof(EcrReadme), release);
                data.Add(nameof(LambdaImages), release);
                data.Add(nameof(EcsServices), release);
                data.Add(nameof(EcrGenScenarios), release);
                data.Add(nameof(ConfiguredServices), release);
                data.Add(nameof(PinnedReleases), release);
                data.Add(nameof(RealWorldRepositories), release);
                data.Add(nameof(RegistryImages), release);
                data.Add(nameof(ValueFlowShapes), release);
                data.Add(nameof(CfnRepositories), release);
                data.Add(nameof(RegistrySettings), release);
                data.Add(nameof(DeployTimeDigests), release);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(ProgramsAndReleases))]
        public async Task ValidProgram_HasNoEcrGenDiagnostics(string program, CdkRelease release)
        {
            var source = program switch
            {
                nameof(EcrReadme) => EcrReadme,
                nameof(LambdaImages) => LambdaImages,
                nameof(EcsServices) => EcsServices,
                nameof(RegistryImages) => RegistryImages,
                nameof(ConfiguredServices) => ConfiguredServices,
                nameof(PinnedReleases) => PinnedReleases,
                nameof(RealWorldRepositories) => RealWorldRepositories,
                nameof(ValueFlowShapes) => ValueFlowShapes,
                nameof(CfnRepositories) => CfnRepositories,
                nameof(RegistrySettings) => RegistrySettings,
                nameof(DeployTimeDigests) => DeployTimeDigests,
                _ => EcrGenScenarios,
            };

            var run = GeneratorRunner.Run(TestCompilation.Create(new[] { source }, TestReferences.AllWith(release)));
            var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));

            var diagnostics = await run.OutputCompilation.WithAnalyzers(ImmutableArray.Create(Analyzers)).GetAnalyzerDiagnosticsAsync();
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics.Select(d => d.ToString())));
        }

        [Theory]
        [InlineData(CdkRelease.V2_160)]
        [InlineData(CdkRelease.V2_277)]
        public async Task TheSampleApp_HasNoEcrGenDiagnostics(CdkRelease release)
        {
            var sampleDirectory = System.IO.Path.Combine(TestData.RepositoryRoot, "samples");
            var files = System.IO.Directory.GetFiles(sampleDirectory, "*.cs", System.IO.SearchOption.AllDirectories)
                .Where(path => !path.Contains(System.IO.Path.DirectorySeparatorChar + "obj" + System.IO.Path.DirectorySeparatorChar, System.StringComparison.Ordinal)
                    && !path.Contains(System.IO.Path.DirectorySeparatorChar + "bin" + System.IO.Path.DirectorySeparatorChar, System.StringComparison.Ordinal))
                .OrderBy(path => path, System.StringComparer.Ordinal)
                .ToArray();
            Assert.NotEmpty(files);

            var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
                "EcrGen.Sample",
                files.Select(path => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(System.IO.File.ReadAllText(path), TestCompilation.ParseOptions, path)),
                TestReferences.AllWith(release),
                TestCompilation.Options().WithOutputKind(OutputKind.ConsoleApplication));
            var run = GeneratorRunner.Run(compilation);
            var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));

            var diagnostics = await run.OutputCompilation.WithAnalyzers(ImmutableArray.Create(Analyzers)).GetAnalyzerDiagnosticsAsync();
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics.Select(d => d.ToString())));
        }

        [Fact]
        public async Task SamePipeline_FlagsABrokenProgram()
        {
            var broken = EcrGenScenarios
                .Replace("disposable.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 100 });", "disposable.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, RulePriority = 2, MaxImageCount = 100 });")
                .Replace("\"ecrgen-sample/function\"", "\"EcrGen-Sample/Function\"")
                .Replace("scanned.OnImageScanCompleted(\"ImageScanComplete\");", "scanned.AddLifecycleRule(new LifecycleRule { MaxImageCount = 3 });")
                .Replace("var props = Functions.HandlerCodeProps();", "new DockerImageFunction(this, \"Inline\", new DockerImageFunctionProps { Code = Functions.HandlerCode() });");
            var run = GeneratorRunner.Run(broken);
            var diagnostics = await run.OutputCompilation.WithAnalyzers(ImmutableArray.Create(Analyzers)).GetAnalyzerDiagnosticsAsync();
            Assert.Equal(new[] { "ECR1002", "ECR2009", "ECR2014", "ECR3015" }, diagnostics.Select(d => d.Id).OrderBy(id => id).ToArray());
            Assert.All(diagnostics, d => Assert.EndsWith("Source0.cs", d.Location.SourceTree!.FilePath, System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task SamePipeline_FlagsABrokenRegistryProgram()
        {
            var broken = RegistrySettings
                .Replace("Region = \"eu-west-1\", RegistryId = \"111122223333\"", "Region = \"eu-central-1\", RegistryId = \"111122223333\"", System.StringComparison.Ordinal)
                .Replace("CredentialArn = dockerHub.SecretArn,", string.Empty, System.StringComparison.Ordinal)
                .Replace("CustomRoleArn = templateRole.RoleArn,", string.Empty, System.StringComparison.Ordinal);
            var run = GeneratorRunner.Run(broken);
            var diagnostics = await run.OutputCompilation.WithAnalyzers(ImmutableArray.Create(Analyzers)).GetAnalyzerDiagnosticsAsync();
            Assert.Equal(new[] { "ECR1018", "ECR1019", "ECR1020" }, diagnostics.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal).ToArray());
        }

        [Fact]
        public async Task AllPrograms_TogetherWithTheSecurityPackOff_HaveNoEcrGenDiagnostics()
        {
            var run = GeneratorRunner.Run(EcrReadme, LambdaImages, EcsServices, EcrGenScenarios, ConfiguredServices, PinnedReleases, RealWorldRepositories, ValueFlowShapes, CfnRepositories, RegistrySettings, RegistryImages, DeployTimeDigests);
            var diagnostics = await run.OutputCompilation.WithAnalyzers(ImmutableArray.Create(Analyzers)).GetAnalyzerDiagnosticsAsync();
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics.Select(d => d.ToString())));
        }
    }
}
