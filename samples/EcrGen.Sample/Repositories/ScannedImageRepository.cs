using Amazon.CDK.AWS.ECR;

namespace EcrGen.Sample.Repositories
{
    /// <summary>
    /// The aws-ecr README's repository: images are scanned on push, tags cannot be overwritten, and the lifecycle policy
    /// keeps 9999 prod-tagged images while expiring every other image after 30 days. The rule order matters: the first
    /// rule that matches an image applies to it.
    /// </summary>
    [EcrRepository(ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE)]
    [LifecycleRule(TagPrefixList = new[] { "prod" }, MaxImageCount = 9999)]
    [LifecycleRule(MaxImageAgeDays = 30)]
    public partial class ScannedImageRepository
    {
    }
}
