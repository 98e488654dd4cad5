namespace EcrGen.Domain.Specs
{
    /// <summary>
    /// The image name given as a string to <c>ContainerImage.FromRegistry</c> or <c>new RepositoryImage</c> (catalogue T1):
    /// a constant, or text built from an ECR repository's URI.
    /// </summary>
    public sealed record RegistryImageSpec
    {
        /// <summary>The call as the message names it: <c>ContainerImage.FromRegistry</c>, <c>new RepositoryImage</c>.</summary>
        public string EntryPoint { get; init; } = "ContainerImage.FromRegistry";

        /// <summary>The whole image name, when it is a constant.</summary>
        public Setting<string> Name { get; init; }

        /// <summary>
        /// The name is built from an ECR repository object: its <c>RepositoryUri</c> with <see cref="UriSuffix"/> after it, or
        /// one of its <c>RepositoryUriFor*</c> methods.
        /// </summary>
        public bool FromRepository { get; init; }

        /// <summary>
        /// What follows the repository's <c>RepositoryUri</c>: <c>""</c> (nothing), <c>":v1"</c>, <c>"@sha256:…"</c>; not known for a
        /// variable part; not set for a <c>RepositoryUriFor*</c> call, whose tag or digest is judged at that call.
        /// </summary>
        public Setting<string> UriSuffix { get; init; }

        /// <summary>Registry credentials (<c>RepositoryImageProps.Credentials</c>) are, or may be, given.</summary>
        public bool CredentialsMayBeGiven { get; init; }

        /// <summary>The repository's tag mutability, when the repository object and its creation are known (W1).</summary>
        public Setting<CdkEnumValue> RepositoryTagMutability { get; init; }
    }
}
