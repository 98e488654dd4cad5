namespace EcrGen.Sample.Repositories
{
    /// <summary>
    /// The repository the pipeline's docker build pushes to. The ECS app stack takes its image through a CloudFormation
    /// parameter for the tag (<c>TagParameterImage</c>), which the pipeline's deploy action fills in with
    /// <c>TagParameterOverrides</c>: keyed by the real parameter name, so the key cannot be mistyped.
    /// </summary>
    [EcrRepository]
    [TagParameterImage]
    public partial class PipelineImageRepository
    {
    }
}
