using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECS;
using Constructs;

namespace EcrGen.Sample.Scenarios
{
    /// <summary>
    /// Scenario 3, part 2: the ECS Fargate service the pipeline deploys. It runs whatever image it is given; in the sample,
    /// the pipeline stack's tag-parameter image, so each deployment runs the tag the pipeline just built.
    /// </summary>
    public sealed class EcsAppStack : Stack
    {
        /// <summary>The stack id the pipeline's deploy action expects (its template file is named after it).</summary>
        public const string DefaultId = "EcsStackDeployedInPipeline";

        /// <summary>Defines the stack.</summary>
        public EcsAppStack(Construct scope, string id, ContainerImage image, IStackProps? props = null)
            : base(scope, id, props)
        {
            var taskDefinition = new TaskDefinition(this, "TaskDefinition", new TaskDefinitionProps
            {
                Compatibility = Compatibility.FARGATE,
                Cpu = "1024",
                MemoryMiB = "2048",
            });
            taskDefinition.AddContainer("AppContainer", new ContainerDefinitionOptions { Image = image });

            new FargateService(this, "EcsService", new FargateServiceProps
            {
                TaskDefinition = taskDefinition,
                Cluster = new Cluster(this, "Cluster", new ClusterProps
                {
                    Vpc = new Vpc(this, "Vpc", new VpcProps { MaxAzs = 1 }),
                }),
            });
        }
    }
}
