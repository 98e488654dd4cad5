using Amazon.CDK;
using Amazon.CDK.AWS.ECR;

namespace EcrGen.Synth.Tests.Conversion.After
{
    // the stack is thrown away with its images
    [EcrRepository("ecrgen/convert-web", ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true, LifecycleRegistryId = "123456789012", Encryption = EcrEncryption.Kms)]
    // Releases first.
    [LifecycleRule(Description = "Keep the last \"release\" images", RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "release", "v" }, MaxImageCount = 25)]
    [LifecycleRule(RulePriority = 2, TagStatus = TagStatus.TAGGED, TagPatternList = new[] { "feature-*" }, MaxImageAgeDays = 14)]
    [LifecycleRule(RulePriority = 3, TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 1)]
    // the handler in the image
    [EcrImageCode("Resize", TagOrDigest = "v1.4.2", Cmd = new[] { "resize.handler" })]
    [ContainerImage("WebServer", TagOrDigest = "v1.4.2")]
    public partial class WebRepository
    {
    }
}
