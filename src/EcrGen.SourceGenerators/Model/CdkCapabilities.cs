using System.Collections.Generic;
using System.Linq;
using EcrGen.Domain;
using Microsoft.CodeAnalysis;

namespace EcrGen.SourceGenerators.Model
{
    /// <summary>
    /// What the user's Amazon.CDK.Lib can express. The generator emits only members that exist (an option the user's CDK
    /// lacks is left out rather than emitted uncompilable), and the analyzers report such options (catalogue row G5).
    /// Equatable and tiny, so a new compilation with the same references leaves the pipeline cached.
    /// </summary>
    internal sealed record CdkCapabilities(bool HasCdk, EquatableArray<string> MissingMembers)
    {
        /// <summary>The CDK members generated code may use that did not exist in every 2.x release, as "Type.Member".</summary>
        internal static readonly IReadOnlyList<(string MetadataName, string Member)> OptionalMembers = new[]
        {
            (EcrGenNames.RepositoryProps, "RepositoryName"),
            (EcrGenNames.RepositoryProps, "ImageScanOnPush"),
            (EcrGenNames.RepositoryProps, "ImageTagMutability"),
            (EcrGenNames.RepositoryProps, "RemovalPolicy"),
            (EcrGenNames.RepositoryProps, "EmptyOnDelete"),
            (EcrGenNames.RepositoryProps, "LifecycleRegistryId"),
            (EcrGenNames.RepositoryProps, "Encryption"),
            (EcrGenNames.RepositoryProps, "EncryptionKey"),
            (EcrGenNames.LifecycleRule, "Description"),
            (EcrGenNames.LifecycleRule, "RulePriority"),
            (EcrGenNames.LifecycleRule, "TagStatus"),
            (EcrGenNames.LifecycleRule, "TagPrefixList"),
            (EcrGenNames.LifecycleRule, "TagPatternList"),
            (EcrGenNames.LifecycleRule, "MaxImageCount"),
            (EcrGenNames.LifecycleRule, "MaxImageAge"),
            (EcrGenNames.EcrImageCodeProps, "Tag"),
            (EcrGenNames.EcrImageCodeProps, "TagOrDigest"),
            (EcrGenNames.EcrImageCodeProps, "Cmd"),
            (EcrGenNames.EcrImageCodeProps, "Entrypoint"),
            (EcrGenNames.EcrImageCodeProps, "WorkingDirectory"),
            (EcrGenNames.DockerImageCode, "FromEcr"),
            (EcrGenNames.ContainerImage, "FromEcrRepository"),
            (EcrGenNames.TagParameterContainerImage, "TagParameterName"),
            (EcrGenNames.KmsKey, "FromKeyArn"),
        };

        /// <summary>No CDK referenced: nothing can be generated.</summary>
        public static CdkCapabilities None { get; } = new(false, EquatableArray<string>.Empty);

        /// <summary>Whether <paramref name="member"/> of the CDK type <paramref name="metadataName"/> exists.</summary>
        public bool Supports(string metadataName, string member)
            => HasCdk && !MissingMembers.Contains(Key(metadataName, member));

        /// <summary>Reads the capabilities of the CDK referenced by <paramref name="compilation"/>.</summary>
        public static CdkCapabilities From(Compilation compilation)
        {
            if (compilation.GetTypeByMetadataName(EcrGenNames.Repository) is null)
            {
                return None;
            }

            List<string>? missing = null;
            string? lastTypeName = null;
            INamedTypeSymbol? lastType = null;
            foreach (var (metadataName, member) in OptionalMembers)
            {
                if (!ReferenceEquals(metadataName, lastTypeName))
                {
                    lastTypeName = metadataName;
                    lastType = compilation.GetTypeByMetadataName(metadataName);
                }

                if (lastType is null || lastType.GetMembers(member).IsEmpty)
                {
                    (missing ??= new List<string>()).Add(Key(metadataName, member));
                }
            }

            return new CdkCapabilities(true, missing is null ? EquatableArray<string>.Empty : missing.ToEquatableArray());
        }

        private static string Key(string metadataName, string member) => metadataName + "." + member;
    }
}
