namespace EcrGen.Domain.Specs
{
    /// <summary>
    /// An image in a repository as written: <c>EcrImageCodeProps</c> / <c>[EcrImageCode]</c> (all options), or just a tag or
    /// digest (<c>ContainerImage.FromEcrRepository</c>, <c>RepositoryUriForTagOrDigest</c>, <c>[ContainerImage]</c>).
    /// </summary>
    public sealed record ImageReferenceSpec
    {
        /// <summary><c>Tag</c> (deprecated in <c>EcrImageCodeProps</c>).</summary>
        public Setting<string> Tag { get; init; }

        /// <summary><c>TagOrDigest</c>.</summary>
        public Setting<string> TagOrDigest { get; init; }

        /// <summary><c>Cmd</c>.</summary>
        public Setting<EquatableArray<NullableString>> Cmd { get; init; }

        /// <summary><c>Entrypoint</c>.</summary>
        public Setting<EquatableArray<NullableString>> Entrypoint { get; init; }

        /// <summary><c>WorkingDirectory</c>.</summary>
        public Setting<string> WorkingDirectory { get; init; }
    }
}
