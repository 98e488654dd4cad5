using Amazon.CDK;
using Amazon.CDK.AWS.ECR;
using Constructs;

namespace Infra.Stacks;

public class WorkerStack : Stack
{
    public WorkerStack(Construct scope, string id)
        : base(scope, id)
    {
        // Same construct id as the API's: the second class needs another name.
        var app = new Repository(this, "App");
        app.AddLifecycleRule(new LifecycleRule { MaxImageCount = 20 });
        var jobs = new Repository(this, "Jobs", new RepositoryProps { EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY });
        new CfnOutput(this, "Arns", new CfnOutputProps { Value = app.RepositoryArn + "," + jobs.RepositoryArn });
    }
}
