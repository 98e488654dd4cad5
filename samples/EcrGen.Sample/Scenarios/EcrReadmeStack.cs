using Amazon.CDK;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SNS;
using Constructs;
using EcrGen.Sample.Repositories;

namespace EcrGen.Sample.Scenarios
{
    /// <summary>
    /// Scenario 1, the aws-ecr README: a scanned, immutable repository with lifecycle rules, a user who may fetch registry
    /// authorization tokens (private and public gallery), and a rule that reports each completed image scan to a topic.
    /// </summary>
    public sealed class EcrReadmeStack : Stack
    {
        /// <summary>Defines the stack.</summary>
        public EcrReadmeStack(Construct scope, string id, IStackProps? props = null)
            : base(scope, id, props)
        {
            Repository = new ScannedImageRepository(this, "Repo");

            var user = new User(this, "User");
            AuthorizationToken.GrantRead(user);
            PublicGalleryAuthorizationToken.GrantRead(user);

            var scanFindings = new Topic(this, "ImageScanFindings");
            Repository.OnImageScanCompleted("ImageScanComplete").AddTarget(new SnsTopic(scanFindings));
        }

        /// <summary>The scanned repository.</summary>
        public ScannedImageRepository Repository { get; }
    }
}
