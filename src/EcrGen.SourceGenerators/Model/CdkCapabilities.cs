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
        /// <summary>
        /// The CDK members generated code may use, as (type metadata name, member): every member an option of
        /// <see cref="AttributeOptions"/> sets or calls, and what each attribute's generated members call. Any of them may be
        /// missing from some 2.x release.
        /// </summary>
        internal static readonly IReadOnlyList<(string MetadataName, string Member)> OptionalMembers = CollectOptionalMembers();

        /// <summary>No CDK referenced: nothing can be generated.</summary>
        public static CdkCapabilities None { get; } = new(false, EquatableArray<string>.Empty);

        /// <summary>Whether <paramref name="member"/> of the CDK type <paramref name="metadataName"/> exists.</summary>
        public bool Supports(string metadataName, string member)
            => HasCdk && !MissingMembers.Contains(Key(metadataName, member));

        /// <summary>Whether every CDK member <paramref name="option"/> needs exists.</summary>
        public bool Supports(AttributeOption option) => HasCdk && FirstMissing(option) is null;

        /// <summary>The first CDK member <paramref name="option"/> needs that the user's CDK lacks, for ECR0005.</summary>
        public CdkMember? FirstMissing(AttributeOption option)
        {
            foreach (var member in option.Needs())
            {
                if (!Supports(member.Type, member.Member))
                {
                    return member;
                }
            }

            return null;
        }

        /// <summary>Whether the members <paramref name="attribute"/>'s generated code calls exist (<see cref="AttributeOptions.NeedsOf"/>).</summary>
        public bool SupportsAttribute(string attribute)
            => HasCdk && (AttributeOptions.NeedsOf(attribute) is not { } needs || Supports(needs.Type, needs.Member));

        /// <summary>Whether the CDK <paramref name="compilation"/> references has every member <paramref name="option"/> needs.</summary>
        public static bool HasEveryMember(Compilation compilation, AttributeOption option)
        {
            foreach (var member in option.Needs())
            {
                if (compilation.GetTypeByMetadataName(member.Type) is not { } type || type.GetMembers(member.Member).IsEmpty)
                {
                    return false;
                }
            }

            return true;
        }

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
                if (metadataName != lastTypeName)
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

        private static IReadOnlyList<(string MetadataName, string Member)> CollectOptionalMembers()
        {
            var members = new List<(string, string)>();
            foreach (var option in AttributeOptions.All)
            {
                foreach (var member in option.Needs())
                {
                    members.Add((member.Type, member.Member));
                }
            }

            foreach (var (_, needs) in AttributeOptions.AttributeNeeds)
            {
                members.Add((needs.Type, needs.Member));
            }

            // Grouped by type, so From looks each type up once.
            return members.Distinct().OrderBy(m => m.Item1, System.StringComparer.Ordinal).ThenBy(m => m.Item2, System.StringComparer.Ordinal).ToArray();
        }

        private static string Key(string metadataName, string member) => metadataName + "." + member;
    }
}
