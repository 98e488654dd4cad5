namespace EcrGen.SourceGenerators.Model
{
    /// <summary>
    /// Metadata names of the EcrGen attributes and the CDK types the generator and analyzers look up. Attributes are read by
    /// metadata name: the generator never loads the attributes assembly (which needs Amazon.CDK.Lib).
    /// </summary>
    internal static class EcrGenNames
    {
        public const string EcrRepositoryAttribute = "EcrGen.EcrRepositoryAttribute";
        public const string LifecycleRuleAttribute = "EcrGen.LifecycleRuleAttribute";
        public const string TagParameterImageAttribute = "EcrGen.TagParameterImageAttribute";
        public const string EcrImageCodeAttribute = "EcrGen.EcrImageCodeAttribute";
        public const string ContainerImageAttribute = "EcrGen.ContainerImageAttribute";

        public const string Repository = "Amazon.CDK.AWS.ECR.Repository";
        public const string RepositoryProps = "Amazon.CDK.AWS.ECR.RepositoryProps";
        public const string LifecycleRule = "Amazon.CDK.AWS.ECR.LifecycleRule";
        public const string ImageTagMutabilityExclusionFilter = "Amazon.CDK.AWS.ECR.ImageTagMutabilityExclusionFilter";
        public const string EcrImageCodeProps = "Amazon.CDK.AWS.Lambda.EcrImageCodeProps";
        public const string DockerImageCode = "Amazon.CDK.AWS.Lambda.DockerImageCode";
        public const string ContainerImage = "Amazon.CDK.AWS.ECS.ContainerImage";
        public const string TagParameterContainerImage = "Amazon.CDK.AWS.ECS.TagParameterContainerImage";
        public const string TagParameterContainerImageProps = "Amazon.CDK.AWS.ECS.TagParameterContainerImageProps";
        public const string KmsKey = "Amazon.CDK.AWS.KMS.Key";
        public const string Construct = "Constructs.Construct";
    }
}
