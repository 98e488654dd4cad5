namespace EcrGen.Domain.Specs
{
    /// <summary>
    /// A repository the stack does not own, as imported: <c>Repository.FromRepositoryName</c>, <c>FromRepositoryArn</c>,
    /// <c>FromRepositoryAttributes</c>, <c>FromLookup</c> (CDKs that have it), or a <c>DockerImageAsset</c>'s <c>Repository</c>.
    /// </summary>
    public sealed record ImportedRepositorySpec
    {
        /// <summary>How it was imported, as messages name it (<c>Repository.FromRepositoryName</c>).</summary>
        public string ImportedWith { get; init; } = "";

        /// <summary>
        /// Whether the CDK places it in the account of the stack that imports it: <c>FromRepositoryName</c> (the ARN is built
        /// from the stack's account), <c>FromLookup</c> (looked up in the stack's account) and an asset's repository.
        /// </summary>
        public bool InStackAccount { get; init; }

        /// <summary>The repository ARN written (<c>FromRepositoryArn</c>, <c>FromRepositoryAttributes.RepositoryArn</c>).</summary>
        public Setting<string> Arn { get; init; }
    }
}
