using Amazon.CDK;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Constructs;

// The stack is synthesized, never deployed: its images may come from a repository of the same stack (ECR3015).
#pragma warning disable ECR3015

namespace EcrGen.Synth.Tests.Conversion.Before
{
    /// <summary>Names shared by the stacks (public: the converted classes keep referring to them).</summary>
    public static class RepositoryNames
    {
        /// <summary>The API's repository.</summary>
        public const string Api = "ecrgen/convert-api";
    }

    /// <summary>
    /// Hand-written repositories, as "Convert to EcrGen" finds them: this file is the refactoring's input
    /// (<c>ConvertToEcrGenSynthPairTests</c> in the code-fix tests applies it to every creation and expects the files in
    /// <c>Conversion/After</c>), and both stacks synthesize to the same template.
    /// </summary>
    public sealed class ConversionStack : Stack
    {
        private const int KeepReleases = 25;

        /// <summary>Defines the stack.</summary>
        public ConversionStack(Construct scope, string id)
            : base(scope, id)
        {
            // Every repository option of CDK 2.160.0 that an attribute holds.
            var web = new Repository(this, "Web", new RepositoryProps
            {
                RepositoryName = "ecrgen/convert-web",
                ImageScanOnPush = true,
                ImageTagMutability = TagMutability.IMMUTABLE,
                RemovalPolicy = RemovalPolicy.DESTROY,
                EmptyOnDelete = true, // the stack is thrown away with its images
                LifecycleRegistryId = "123456789012",
                Encryption = RepositoryEncryption.KMS,
            });

            // Releases first.
            web.AddLifecycleRule(new LifecycleRule
            {
                Description = "Keep the last \"release\" images",
                RulePriority = 1,
                TagStatus = TagStatus.TAGGED,
                TagPrefixList = new[] { "release", "v" },
                MaxImageCount = KeepReleases,
            });
            web.AddLifecycleRule(new LifecycleRule { RulePriority = 2, TagStatus = TagStatus.TAGGED, TagPatternList = new[] { "feature-*" }, MaxImageAge = Duration.Days(14) });
            web.AddLifecycleRule(new LifecycleRule { RulePriority = 3, TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1) });
            web.GrantPull(new AccountRootPrincipal());

            // Images of pinned releases: a function and a container.
            new DockerImageFunction(this, "Resize", new DockerImageFunctionProps
            {
                Code = DockerImageCode.FromEcr(web, new EcrImageCodeProps
                {
                    TagOrDigest = "v1.4.2",
                    Cmd = new[] { "resize.handler" }, // the handler in the image
                }),
            });
            var task = new FargateTaskDefinition(this, "Task");
            task.AddContainer("web-server", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(web, "v1.4.2"), MemoryLimitMiB = 512 });

            Api = new Repository(this, "Api", new RepositoryProps { RepositoryName = RepositoryNames.Api, Encryption = RepositoryEncryption.AES_256 });
            Api.AddLifecycleRule(new LifecycleRule { MaxImageCount = 10 });

            new CfnOutput(this, "WebUri", new CfnOutputProps { Value = web.RepositoryUri });
            new CfnOutput(this, "ApiArn", new CfnOutputProps { Value = Api.RepositoryArn });
        }

        /// <summary>The API's repository.</summary>
        public Repository Api { get; }
    }
}
