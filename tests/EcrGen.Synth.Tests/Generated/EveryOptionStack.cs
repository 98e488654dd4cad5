using Amazon.CDK;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace EcrGen.Synth.Tests.Generated
{
    /// <summary>Uses every generated member of the every-option repositories; <c>HandWritten.EveryOptionTwinStack</c> is its twin.</summary>
    public sealed class EveryOptionStack : Stack
    {
        /// <summary>Defines the stack.</summary>
        public EveryOptionStack(Construct scope, string id)
            : base(scope, id)
        {
            Repository = new EveryOptionRepository(this, "EveryOption");
            new ExplicitDefaultsRepository(this, "ExplicitDefaults");
            new EscapeHatchRepository(this, "EscapeHatch");

            // Kept on purpose: this stack is only synthesized, never deployed, and shows every generated member next to the
            // repository that generates it in one template. Deployed, the functions and containers would need the repository
            // in a stack of its own (ECR3015; the sample's scenario 2 does that).
#pragma warning disable ECR3015
            new DockerImageFunction(this, "ApiFunction", new DockerImageFunctionProps { Code = Repository.ApiCode() });
            new DockerImageFunction(this, "PinnedFunction", new DockerImageFunctionProps { Code = Repository.PinnedCode() });
            new DockerImageFunction(this, "LatestFunction", new DockerImageFunctionProps { Code = Repository.LatestCode() });
            new DockerImageFunction(this, "LegacyFunction", new DockerImageFunctionProps { Code = Repository.LegacyCode() });

            var task = new FargateTaskDefinition(this, "Task");
            task.AddContainer("Web", new ContainerDefinitionOptions { Image = Repository.WebImage() });
            task.AddContainer("Sidecar", new ContainerDefinitionOptions { Image = Repository.SidecarImage() });
            task.AddContainer("Default", new ContainerDefinitionOptions { Image = Repository.DefaultImage() });
            task.AddContainer("Released", new ContainerDefinitionOptions { Image = Repository.TagParameterImage });
#pragma warning restore ECR3015

            // The overrides' key is the tag parameter's logical id, resolved at synth: an output shows what it became.
            new CfnOutput(this, "TagParameterOverrides", new CfnOutputProps
            {
                Value = ToJsonString(Repository.TagParameterOverrides("v42")),
            });
        }

        /// <summary>The every-option repository.</summary>
        public EveryOptionRepository Repository { get; }
    }
}
