namespace EcrGen.Domain.Specs
{
    /// <summary>A <c>new RepositoryLookupOptions { ... }</c> as written (the options of <c>Repository.FromLookup</c>, newer CDKs).</summary>
    public sealed record RepositoryLookupSpec
    {
        /// <summary><c>RepositoryName</c>.</summary>
        public Setting<string> RepositoryName { get; init; }

        /// <summary><c>RepositoryArn</c>.</summary>
        public Setting<string> RepositoryArn { get; init; }

        /// <summary>An option whose value is a deploy-time token (a CfnParameter value, <c>Token.AsString</c>): its name.</summary>
        public Setting<string> DeployTimeValueIn { get; init; }
    }
}
