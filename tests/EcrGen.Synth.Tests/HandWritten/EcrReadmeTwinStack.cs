using Amazon.CDK;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SNS;
using Constructs;

namespace EcrGen.Synth.Tests.HandWritten
{
    /// <summary>Scenario 1 written with the plain CDK: the twin of <c>EcrGen.Sample.Scenarios.EcrReadmeStack</c>.</summary>
    public sealed class EcrReadmeTwinStack : Stack
    {
        /// <summary>Defines the stack.</summary>
        public EcrReadmeTwinStack(Construct scope, string id)
            : base(scope, id)
        {
            var repository = new Repository(this, "Repo", new RepositoryProps
            {
                ImageScanOnPush = true,
                ImageTagMutability = TagMutability.IMMUTABLE,
            });
            repository.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "prod" }, MaxImageCount = 9999 });
            repository.AddLifecycleRule(new LifecycleRule { MaxImageAge = Duration.Days(30) });

            var user = new User(this, "User");
            AuthorizationToken.GrantRead(user);
            PublicGalleryAuthorizationToken.GrantRead(user);

            var scanFindings = new Topic(this, "ImageScanFindings");
            repository.OnImageScanCompleted("ImageScanComplete").AddTarget(new SnsTopic(scanFindings));
        }
    }
}
