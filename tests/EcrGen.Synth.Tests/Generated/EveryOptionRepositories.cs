using Amazon.CDK;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.KMS;
using Constructs;

namespace EcrGen.Synth.Tests.Generated
{
    /// <summary>Every [EcrRepository] option with a non-default value, several lifecycle rules, and every image helper.</summary>
    [EcrRepository(
        "ecrgen/every-option",
        ImageScanOnPush = true,
        ImageTagMutability = TagMutability.IMMUTABLE,
        RemovalPolicy = RemovalPolicy.DESTROY,
        EmptyOnDelete = true,
        LifecycleRegistryId = "123456789012",
        Encryption = EcrEncryption.Kms,
        EncryptionKeyArn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [LifecycleRule(Description = "Keep the last 5 release images", RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "release", "v" }, MaxImageCount = 5)]
    [LifecycleRule(Description = "Expire feature and candidate builds after 14 days", RulePriority = 3, TagStatus = TagStatus.TAGGED, TagPatternList = new[] { "feature-*-build", "*-rc*" }, MaxImageAgeDays = 14)]
    // Unprioritized: the CDK numbers it after the highest explicit priority, in declaration order.
    [LifecycleRule(Description = "Keep 3 \"nightly\" images \\ builds\nof the\u2028night — ü", TagPrefixList = new[] { "nightly" }, MaxImageCount = 3)]
    [LifecycleRule(Description = "Expire untagged images after a day", RulePriority = 2, TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 1)]
    [LifecycleRule(Description = "Keep at most 100 images", TagStatus = TagStatus.ANY, MaxImageCount = 100)]
    [TagParameterImage]
    [EcrImageCode("Api", TagOrDigest = "v1.2.3", Cmd = new[] { "api.handler", "--verbose" }, Entrypoint = new[] { "/lambda-entrypoint.sh" }, WorkingDirectory = "/var/task/api")]
    [EcrImageCode("Pinned", TagOrDigest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [EcrImageCode("Latest")]
#pragma warning disable CS0618, ECR3006 // Tag is deprecated in the CDK (ECR3006 says so); it is still an option users may write.
    [EcrImageCode("Legacy", Tag = "legacy")]
#pragma warning restore CS0618, ECR3006
    [ContainerImage("Web", TagOrDigest = "v1")]
    [ContainerImage("Sidecar", TagOrDigest = "sha256:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210")]
    [ContainerImage("Default")]
    public partial class EveryOptionRepository
    {
    }

    /// <summary>Options written with their default values: hand-written code that writes them passes them, so must this.</summary>
    [EcrRepository(
        RepositoryName = "ecrgen/explicit-defaults",
        ImageScanOnPush = false,
        ImageTagMutability = TagMutability.MUTABLE,
        RemovalPolicy = RemovalPolicy.RETAIN,
        EmptyOnDelete = false,
        Encryption = EcrEncryption.Aes256)]
    [LifecycleRule(MaxImageAgeDays = 30)]
    public partial class ExplicitDefaultsRepository
    {
    }

    /// <summary>The escape hatch: a KMS key construct, which an attribute cannot hold, set on the props before the base constructor.</summary>
    [EcrRepository(Encryption = EcrEncryption.Kms)]
    public partial class EscapeHatchRepository
    {
        static partial void OnConfiguringProps(Construct scope, string id, RepositoryProps props)
        {
            props.EncryptionKey = new Key(scope, id + "Key", new KeyProps { EnableKeyRotation = true });
        }
    }
}
