using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Constructs;
using EcrGen.Sample.Repositories;

namespace EcrGen.Sample.Scenarios
{
    /// <summary>
    /// Scenario 2: a Lambda function whose code is a container image in an ECR repository, pinned by digest, with the
    /// image's CMD, ENTRYPOINT and WORKDIR overridden.
    /// </summary>
    public sealed class FunctionFromDigestStack : Stack
    {
        /// <summary>Defines the stack.</summary>
        public FunctionFromDigestStack(Construct scope, string id, IStackProps? props = null)
            : base(scope, id, props)
        {
            Repository = new FunctionImageRepository(this, "FunctionImages");

            Function = new DockerImageFunction(this, "Handler", new DockerImageFunctionProps
            {
                Code = Repository.HandlerCode(),
                MemorySize = 512,
                Timeout = Duration.Seconds(30),
            });
        }

        /// <summary>The repository that holds the function's image.</summary>
        public FunctionImageRepository Repository { get; }

        /// <summary>The function.</summary>
        public DockerImageFunction Function { get; }
    }
}
