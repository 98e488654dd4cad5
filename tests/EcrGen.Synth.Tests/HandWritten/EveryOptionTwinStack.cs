using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace EcrGen.Synth.Tests.HandWritten
{
    /// <summary>The every-option repositories written with the plain CDK: the twin of <c>Generated.EveryOptionStack</c>.</summary>
    public sealed class EveryOptionTwinStack : Stack
    {
        /// <summary>Defines the stack.</summary>
        public EveryOptionTwinStack(Construct scope, string id)
            : base(scope, id)
        {
            var repository = new Repository(this, "EveryOption", new RepositoryProps
            {
                RepositoryName = "ecrgen/every-option",
                ImageScanOnPush = true,
                ImageTagMutability = TagMutability.IMMUTABLE,
                RemovalPolicy = RemovalPolicy.DESTROY,
                EmptyOnDelete = true,
                LifecycleRegistryId = "123456789012",
                Encryption = RepositoryEncryption.KMS,
                EncryptionKey = Key.FromKeyArn(this, "EveryOptionEncryptionKey", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
            });
            repository.AddLifecycleRule(new LifecycleRule
            {
                Description = "Keep the last 5 release images",
                RulePriority = 1,
                TagStatus = TagStatus.TAGGED,
                TagPrefixList = new[] { "release", "v" },
                MaxImageCount = 5,
            });
            repository.AddLifecycleRule(new LifecycleRule
            {
                Description = "Expire feature and candidate builds after 14 days",
                RulePriority = 3,
                TagStatus = TagStatus.TAGGED,
                TagPatternList = new[] { "feature-*-build", "*-rc*" },
                MaxImageAge = Duration.Days(14),
            });
            repository.AddLifecycleRule(new LifecycleRule
            {
                Description = "Keep 3 \"nightly\" images \\ builds\nof the\u2028night — ü",
                TagPrefixList = new[] { "nightly" },
                MaxImageCount = 3,
            });
            repository.AddLifecycleRule(new LifecycleRule
            {
                Description = "Expire untagged images after a day",
                RulePriority = 2,
                TagStatus = TagStatus.UNTAGGED,
                MaxImageAge = Duration.Days(1),
            });
            repository.AddLifecycleRule(new LifecycleRule
            {
                Description = "Keep at most 100 images",
                TagStatus = TagStatus.ANY,
                MaxImageCount = 100,
            });

            var explicitDefaults = new Repository(this, "ExplicitDefaults", new RepositoryProps
            {
                RepositoryName = "ecrgen/explicit-defaults",
                ImageScanOnPush = false,
                ImageTagMutability = TagMutability.MUTABLE,
                RemovalPolicy = RemovalPolicy.RETAIN,
                EmptyOnDelete = false,
                Encryption = RepositoryEncryption.AES_256,
            });
            explicitDefaults.AddLifecycleRule(new LifecycleRule { MaxImageAge = Duration.Days(30) });

            new Repository(this, "EscapeHatch", new RepositoryProps
            {
                Encryption = RepositoryEncryption.KMS,
                EncryptionKey = new Key(this, "EscapeHatchKey", new KeyProps { EnableKeyRotation = true }),
            });

            // Kept on purpose: this stack is only synthesized, never deployed, and shows every generated member next to the
            // repository that generates it in one template. Deployed, the functions and containers would need the repository
            // in a stack of its own (ECR3015; the sample's scenario 2 does that).
#pragma warning disable ECR3015
            new DockerImageFunction(this, "ApiFunction", new DockerImageFunctionProps
            {
                Code = DockerImageCode.FromEcr(repository, new EcrImageCodeProps
                {
                    TagOrDigest = "v1.2.3",
                    Cmd = new[] { "api.handler", "--verbose" },
                    Entrypoint = new[] { "/lambda-entrypoint.sh" },
                    WorkingDirectory = "/var/task/api",
                }),
            });
            new DockerImageFunction(this, "PinnedFunction", new DockerImageFunctionProps
            {
                Code = DockerImageCode.FromEcr(repository, new EcrImageCodeProps
                {
                    TagOrDigest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                }),
            });
            new DockerImageFunction(this, "LatestFunction", new DockerImageFunctionProps
            {
                Code = DockerImageCode.FromEcr(repository, new EcrImageCodeProps()),
            });
#pragma warning disable CS0618, ECR3006 // EcrImageCodeProps.Tag is deprecated (ECR3006); the twin writes what the attribute's Tag means.
            new DockerImageFunction(this, "LegacyFunction", new DockerImageFunctionProps
            {
                Code = DockerImageCode.FromEcr(repository, new EcrImageCodeProps { Tag = "legacy" }),
            });
#pragma warning restore CS0618, ECR3006

            var tagParameterImage = new TagParameterContainerImage(repository);
            var task = new FargateTaskDefinition(this, "Task");
            task.AddContainer("Web", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(repository, "v1") });
            task.AddContainer("Sidecar", new ContainerDefinitionOptions
            {
                Image = ContainerImage.FromEcrRepository(repository, "sha256:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210"),
            });
            task.AddContainer("Default", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(repository) });
            task.AddContainer("Released", new ContainerDefinitionOptions { Image = tagParameterImage });
#pragma warning restore ECR3015

            new CfnOutput(this, "TagParameterOverrides", new CfnOutputProps
            {
                Value = ToJsonString(new Dictionary<string, object> { [tagParameterImage.TagParameterName] = "v42" }),
            });
        }
    }
}
