using Amazon.CDK;
using Amazon.CDK.AWS.ECR;
using Constructs;

namespace Infra.Stacks
{
    /// <summary>Hand-written repositories, as an app has them before it adopts EcrGen.</summary>
    public class ApiStack : Stack
    {
        public ApiStack(Construct scope, string id)
            : base(scope, id)
        {
            var app = new Repository(this, "App", new RepositoryProps
            {
                RepositoryName = "team/api",
                ImageTagMutability = TagMutability.IMMUTABLE,
            });
            app.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1) });
            new CfnOutput(this, "Uri", new CfnOutputProps { Value = app.RepositoryUri });
        }
    }
}
