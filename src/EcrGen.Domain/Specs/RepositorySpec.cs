namespace EcrGen.Domain.Specs
{
    /// <summary>
    /// A repository's options as written: an <c>[EcrRepository]</c> attribute, or a hand-written
    /// <c>new RepositoryProps { ... }</c>. Options the user did not write are <see cref="Setting{T}.NotSet"/>.
    /// </summary>
    public sealed record RepositorySpec
    {
        /// <summary><c>RepositoryName</c>.</summary>
        public Setting<string> RepositoryName { get; init; }

        /// <summary><c>ImageScanOnPush</c>.</summary>
        public Setting<bool> ImageScanOnPush { get; init; }

        /// <summary><c>ImageTagMutability</c>.</summary>
        public Setting<CdkEnumValue> ImageTagMutability { get; init; }

        /// <summary><c>ImageTagMutabilityExclusionFilters</c> (newer CDKs): the number of filters, and the known filter texts.</summary>
        public Setting<EquatableArray<NullableString>> ImageTagMutabilityExclusionFilters { get; init; }

        /// <summary><c>RemovalPolicy</c>.</summary>
        public Setting<CdkEnumValue> RemovalPolicy { get; init; }

        /// <summary><c>EmptyOnDelete</c>.</summary>
        public Setting<bool> EmptyOnDelete { get; init; }

        /// <summary><c>AutoDeleteImages</c> (deprecated in the CDK).</summary>
        public Setting<bool> AutoDeleteImages { get; init; }

        /// <summary><c>LifecycleRegistryId</c>.</summary>
        public Setting<string> LifecycleRegistryId { get; init; }

        /// <summary><c>Encryption</c>: <see cref="EncryptionKind"/> as written.</summary>
        public Setting<EncryptionKind> Encryption { get; init; }

        /// <summary>An encryption key (a key construct, or the attribute's <c>EncryptionKeyArn</c>) was given.</summary>
        public Setting<bool> HasEncryptionKey { get; init; }

        /// <summary>
        /// The attribute's <c>EncryptionKeyArn</c>, the key the generated code imports; not read from hand-written code, whose
        /// key the rules know only as <see cref="HasEncryptionKey"/>.
        /// </summary>
        public Setting<string> EncryptionKeyArn { get; init; }
    }

    /// <summary>The repository encryption (<c>RepositoryEncryption.AES_256</c> / <c>.KMS</c>, or the attribute's <c>EcrEncryption</c>).</summary>
    public enum EncryptionKind
    {
        /// <summary>Neither value is recognised (an out-of-range enum value).</summary>
        Unrecognized = 0,

        /// <summary>AES256.</summary>
        Aes256 = 1,

        /// <summary>KMS.</summary>
        Kms = 2,

        /// <summary><c>RepositoryEncryption.KMS_DSSE</c> (CDK 2.182.0+): dual-layer KMS, which the L2 <c>Repository</c> rejects.</summary>
        KmsDsse = 3,
    }

    /// <summary>The option the user's CDK has to empty a repository before CloudFormation deletes it.</summary>
    public enum EmptyingOption
    {
        /// <summary><c>RepositoryProps.EmptyOnDelete</c> (CloudFormation's own property).</summary>
        EmptyOnDelete = 0,

        /// <summary>Only the older <c>RepositoryProps.AutoDeleteImages</c> (a custom resource; deprecated once EmptyOnDelete came).</summary>
        AutoDeleteImages = 1,

        /// <summary>Neither: the CDK cannot empty a repository.</summary>
        None = 2,
    }
}
