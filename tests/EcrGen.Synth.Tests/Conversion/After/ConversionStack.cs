using Amazon.CDK;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Constructs;

// The stack is synthesized, never deployed: its images may come from a repository of the same stack (ECR3015).
#pragma warning disable ECR3015

namespace EcrGen.Synth.Tests.Conversion.After
{
    /// <summary>Names shared by the stacks (public: the converted classes keep referring to them).</summary>
    public static class RepositoryNames
    {
        /// <summary>The API's repository.</summary>
        public const string Api = "ecrgen/convert-api";
    }

    /// <summary>
    /// Hand-written repositories, as "Convert to EcrGen" finds them: this file is the refactoring's input
    /// (<c>ConvertToEcrGenSynthPairTests</c> in the code-fix tests applies it to every creation and expects the files in
    /// <c>Conversion/After</c>), and both stacks synthesize to the same template.
    /// </summary>
    public sealed class ConversionStack : Stack
    {
        private const int KeepReleases = 25;

        /// <summary>Defines the stack.</summary>
        public ConversionStack(Construct scope, string id)
            : base(scope, id)
        {
            // Every repository option of CDK 2.160.0 that an attribute holds.
            var web = new WebRepository(this, "Web");
            web.GrantPull(new AccountRootPrincipal());

            // Images of pinned releases: a function and a container.
            new DockerImageFunction(this, "Resize", new DockerImageFunctionProps
            {
                Code = web.ResizeCode(),
            });
            var task = new FargateTaskDefinition(this, "Task");
            task.AddContainer("web-server", new ContainerDefinitionOptions { Image = web.WebServerImage(), MemoryLimitMiB = 512 });

            Api = new ApiRepository(this, "Api");

            new CfnOutput(this, "WebUri", new CfnOutputProps { Value = web.RepositoryUri });
            new CfnOutput(this, "ApiArn", new CfnOutputProps { Value = Api.RepositoryArn });
        }

        /// <summary>The API's repository.</summary>
        public Repository Api { get; }
    }
}
