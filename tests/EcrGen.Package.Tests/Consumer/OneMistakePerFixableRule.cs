// One mistake for every EcrGen rule that has a code fix; the comment at the end of a line names the rules reported there.
// The code fix tests apply Fix All to it the way `dotnet format` does, and the package tests run `dotnet format` on it in a
// consumer app: every rule named below must be fixed in one run, and the app must then build clean.
#pragma warning disable CS0618 // AutoDeleteImages (ECR1004, ECR1008, ECR1030) and Tag (ECR3005, ECR3006) are deprecated by the CDK: used on purpose
#pragma warning disable ECR3014, ECR3015 // the function takes an untagged image of a same-stack repository to carry ECR3012; those two have no code fix
using Amazon.CDK;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.Lambda;
using Constructs;
using EcrGen;
using Repository = Amazon.CDK.AWS.ECR.Repository;

namespace Consumer.Mistakes
{
    [EcrRepository("MyTeam/Api", EmptyOnDelete = true)] // ECR1002 ECR1003
    [LifecycleRule(RulePriority = 1, TagStatus = TagStatus.UNTAGGED, TagPrefixList = new[] { "v" }, MaxImageCount = 5)] // ECR2002
    [LifecycleRule(RulePriority = 2, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "dev" }, TagPatternList = new[] { "dev*" }, MaxImageCount = 3)] // ECR2004
    [LifecycleRule(RulePriority = 3, MaxImageCount = 10, MaxImageAgeDays = 30)] // ECR2001
    [EcrImageCode("Worker", TagOrDigest = "v2", Tag = "v1")] // ECR3005
    [ContainerImage("Web", TagOrDigest = "SHA256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")] // ECR3010
    public class ApiRepository // ECR0001
    {
    }

    public class MistakesStack : Stack
    {
        public MistakesStack(Construct scope, string id) : base(scope, id)
        {
            var repository = new Repository(this, "Jobs", new RepositoryProps
            {
                RepositoryName = "jobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobsjobs", // ECR1001
                RemovalPolicy = RemovalPolicy.DESTROY,
                EmptyOnDelete = true,
                AutoDeleteImages = true, // ECR1008
            });
#pragma warning disable ECR1030 // ECR1004's fix sets DESTROY; the deprecated option left is then ECR1030's (renamed by a second run)
            _ = new Repository(this, "Queue", new RepositoryProps { AutoDeleteImages = true }); // ECR1004
#pragma warning restore ECR1030
            _ = new Repository(this, "Scratch", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY }); // ECR1010
            _ = new Repository(this, "Cache", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, AutoDeleteImages = true }); // ECR1030
            _ = DockerImageCode.FromEcr(repository, new EcrImageCodeProps { Tag = "v1" }); // ECR3006
            _ = ContainerImage.FromEcrRepository(repository, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"); // ECR3001
            _ = repository.RepositoryUriForDigest("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"); // ECR3002
            _ = repository.RepositoryUriForTagOrDigest("sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef"); // ECR3003
            _ = ContainerImage.FromRegistry(repository.RepositoryUri + ":v1"); // ECR3018
            _ = new Function(this, "Handler", new FunctionProps
            {
                Code = Code.FromEcrImage(repository),
                Handler = "index.handler", // ECR3012
                Runtime = Runtime.FROM_IMAGE,
            });
        }
    }
}
