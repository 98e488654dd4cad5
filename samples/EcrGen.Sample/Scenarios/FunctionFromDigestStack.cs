using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Constructs;
using EcrGen.Sample.Repositories;

namespace EcrGen.Sample.Scenarios
{
    /// <summary>
    /// Scenario 2, part 2: a Lambda function whose code is a container image in an ECR repository, pinned by digest, with the
    /// image's CMD, ENTRYPOINT and WORKDIR overridden. The repository comes from <see cref="FunctionImagesStack"/>, deployed
    /// first, so the image exists when the function is created.
    /// </summary>
    public sealed class FunctionFromDigestStack : Stack
    {
        /// <summary>Defines the stack.</summary>
        public FunctionFromDigestStack(Construct scope, string id, FunctionImageRepository images, IStackProps? props = null)
            : base(scope, id, props)
        {
            Function = new DockerImageFunction(this, "Handler", new DockerImageFunctionProps
            {
                Code = images.HandlerCode(),
                MemorySize = 512,
                Timeout = Duration.Seconds(30),
            });
        }

        /// <summary>The function.</summary>
        public DockerImageFunction Function { get; }
    }
}
