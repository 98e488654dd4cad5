using Amazon.CDK;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace EcrGen.Synth.Tests.HandWritten
{
    /// <summary>Scenario 2's repository stack written with the plain CDK: the twin of <c>EcrGen.Sample.Scenarios.FunctionImagesStack</c>.</summary>
    public sealed class FunctionImagesTwinStack : Stack
    {
        /// <summary>Defines the stack.</summary>
        public FunctionImagesTwinStack(Construct scope, string id)
            : base(scope, id)
        {
            Repository = new Repository(this, "FunctionImages", new RepositoryProps
            {
                RepositoryName = "ecrgen-sample/function",
            });
        }

        /// <summary>The repository that holds the function's image.</summary>
        public Repository Repository { get; }
    }

    /// <summary>Scenario 2's function written with the plain CDK: the twin of <c>EcrGen.Sample.Scenarios.FunctionFromDigestStack</c>.</summary>
    public sealed class FunctionFromDigestTwinStack : Stack
    {
        /// <summary>Defines the stack.</summary>
        public FunctionFromDigestTwinStack(Construct scope, string id, IRepository images)
            : base(scope, id)
        {
            new DockerImageFunction(this, "Handler", new DockerImageFunctionProps
            {
                Code = DockerImageCode.FromEcr(images, new EcrImageCodeProps
                {
                    TagOrDigest = "sha256:9b2a6f1c4e8d0375a1c6e9f2b4d7a0c3e5f8b1d4a7c0e3f6b9d2a5c8e1f4b7d0",
                    Cmd = new[] { "app.handler" },
                    Entrypoint = new[] { "/lambda-entrypoint.sh" },
                    WorkingDirectory = "/var/task",
                }),
                MemorySize = 512,
                Timeout = Duration.Seconds(30),
            });
        }
    }
}
