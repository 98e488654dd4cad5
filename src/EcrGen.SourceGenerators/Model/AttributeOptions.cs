using System.Collections.Generic;

namespace EcrGen.SourceGenerators.Model
{
    /// <summary>How an attribute option's constant is read and what CDK code it becomes.</summary>
    internal enum OptionKind
    {
        /// <summary>A string passed as is.</summary>
        String,

        /// <summary>A <c>bool</c> passed as is.</summary>
        Bool,

        /// <summary>An <c>int</c> passed as the CDK's <c>double</c>.</summary>
        Number,

        /// <summary>A value of one of the CDK's own enums, by member name.</summary>
        CdkEnum,

        /// <summary>A <c>string[]</c> passed as is.</summary>
        StringArray,

        /// <summary><c>EcrEncryption</c> → <c>RepositoryEncryption.AES_256</c> / <c>.KMS</c>.</summary>
        Encryption,

        /// <summary>A KMS key ARN → <c>Key.FromKeyArn(scope, id + "EncryptionKey", arn)</c>.</summary>
        KeyArn,

        /// <summary>A number of days → <c>Duration.Days(n)</c>.</summary>
        Days,

        /// <summary>A <c>string[]</c> of wildcard patterns → <c>ImageTagMutabilityExclusionFilter.Wildcard(p)</c> each.</summary>
        ExclusionFilters,

        /// <summary>The image name: the prefix of the generated members, no CDK option.</summary>
        MemberPrefix,
    }

    /// <summary>Which option a row is, for the reader's and emitter's dispatch (one member per row of <see cref="AttributeOptions"/>).</summary>
    internal enum OptionId
    {
        RepositoryName,
        ImageScanOnPush,
        ImageTagMutability,
        ImageTagMutabilityExclusionFilters,
        RemovalPolicy,
        EmptyOnDelete,
        LifecycleRegistryId,
        Encryption,
        EncryptionKeyArn,
        RuleDescription,
        RulePriority,
        RuleTagStatus,
        RuleTagPrefixList,
        RuleTagPatternList,
        RuleMaxImageCount,
        RuleMaxImageAgeDays,
        TagParameterIsImageDigest,
        ImageCodeName,
        ImageCodeTag,
        ImageCodeTagOrDigest,
        ImageCodeCmd,
        ImageCodeEntrypoint,
        ImageCodeWorkingDirectory,
        ContainerImageName,
        ContainerImageTagOrDigest,
    }

    /// <summary>A CDK member by the metadata name of its type, e.g. <c>Amazon.CDK.AWS.KMS.Key</c> and <c>FromKeyArn</c>.</summary>
    internal readonly record struct CdkMember(string Type, string Member)
    {
        /// <summary>As the messages name it: <c>Key.FromKeyArn</c>.</summary>
        public string Display => Type.Substring(Type.LastIndexOf('.') + 1) + "." + Member;
    }

    /// <summary>
    /// One option of an EcrGen attribute: the attribute property (and constructor parameter) it is written as, the CDK member
    /// it sets, any other CDK member the generated code calls for it, and its kind. Plain data; the row is the one place the
    /// option's names are spelled.
    /// </summary>
    internal sealed class AttributeOption
    {
        public AttributeOption(OptionId id, string attribute, string property, string? constructorParameter, CdkMember? sets, CdkMember? alsoNeeds, OptionKind kind)
        {
            Id = id;
            Attribute = attribute;
            Property = property;
            ConstructorParameter = constructorParameter;
            Sets = sets;
            AlsoNeeds = alsoNeeds;
            Kind = kind;
        }

        public OptionId Id { get; }

        /// <summary>The attribute's metadata name (<see cref="EcrGenNames"/>).</summary>
        public string Attribute { get; }

        /// <summary>The attribute property, e.g. <c>MaxImageAgeDays</c>.</summary>
        public string Property { get; }

        /// <summary>The attribute constructor parameter that sets the same option (<c>repositoryName</c>), if any.</summary>
        public string? ConstructorParameter { get; }

        /// <summary>The CDK props member the option sets, e.g. <c>LifecycleRule.MaxImageAge</c>; <c>null</c> for a member prefix.</summary>
        public CdkMember? Sets { get; }

        /// <summary>Another CDK member the generated code calls for this option (<c>Key.FromKeyArn</c>), if any.</summary>
        public CdkMember? AlsoNeeds { get; }

        public OptionKind Kind { get; }

        /// <summary>The CDK option name the rules speak of (<c>MaxImageAge</c>), else the property name.</summary>
        public string CdkName => Sets?.Member ?? Property;

        /// <summary>The CDK members this option needs, in the order ECR0005 names the first one missing.</summary>
        public IEnumerable<CdkMember> Needs()
        {
            if (Sets is { } sets)
            {
                yield return sets;
            }

            if (AlsoNeeds is { } also)
            {
                yield return also;
            }
        }
    }

    /// <summary>
    /// Every option of every EcrGen attribute. The reader, the emitter, the version check (<see cref="CdkCapabilities"/>, ECR0005)
    /// and the analyzers' and fixes' attribute-to-CDK name mapping read this table, and a test fails for an attribute property
    /// without a row; adding an option starts here.
    /// </summary>
    internal static class AttributeOptions
    {
        private const string Repository = EcrGenNames.EcrRepositoryAttribute;
        private const string Rule = EcrGenNames.LifecycleRuleAttribute;
        private const string TagParameter = EcrGenNames.TagParameterImageAttribute;
        private const string ImageCode = EcrGenNames.EcrImageCodeAttribute;
        private const string Container = EcrGenNames.ContainerImageAttribute;

        private static CdkMember Props(string member) => new(EcrGenNames.RepositoryProps, member);

        private static CdkMember LifecycleRule(string member) => new(EcrGenNames.LifecycleRule, member);

        private static CdkMember ImageCodeProps(string member) => new(EcrGenNames.EcrImageCodeProps, member);

        public static readonly AttributeOption RepositoryName = new(OptionId.RepositoryName, Repository, "RepositoryName", "repositoryName", Props("RepositoryName"), null, OptionKind.String);
        public static readonly AttributeOption ImageScanOnPush = new(OptionId.ImageScanOnPush, Repository, "ImageScanOnPush", null, Props("ImageScanOnPush"), null, OptionKind.Bool);
        public static readonly AttributeOption ImageTagMutability = new(OptionId.ImageTagMutability, Repository, "ImageTagMutability", null, Props("ImageTagMutability"), null, OptionKind.CdkEnum);

        /// <summary>CDK 2.216.0+; the attribute takes the wildcard patterns, the CDK takes filter objects.</summary>
        public static readonly AttributeOption ImageTagMutabilityExclusionFilters = new(
            OptionId.ImageTagMutabilityExclusionFilters, Repository, "ImageTagMutabilityExclusionFilters", null,
            Props("ImageTagMutabilityExclusionFilters"), new CdkMember(EcrGenNames.ImageTagMutabilityExclusionFilter, "Wildcard"), OptionKind.ExclusionFilters);

        public static readonly AttributeOption RemovalPolicy = new(OptionId.RemovalPolicy, Repository, "RemovalPolicy", null, Props("RemovalPolicy"), null, OptionKind.CdkEnum);
        public static readonly AttributeOption EmptyOnDelete = new(OptionId.EmptyOnDelete, Repository, "EmptyOnDelete", null, Props("EmptyOnDelete"), null, OptionKind.Bool);
        public static readonly AttributeOption LifecycleRegistryId = new(OptionId.LifecycleRegistryId, Repository, "LifecycleRegistryId", null, Props("LifecycleRegistryId"), null, OptionKind.String);
        public static readonly AttributeOption Encryption = new(OptionId.Encryption, Repository, "Encryption", null, Props("Encryption"), null, OptionKind.Encryption);
        public static readonly AttributeOption EncryptionKeyArn = new(OptionId.EncryptionKeyArn, Repository, "EncryptionKeyArn", null, Props("EncryptionKey"), new CdkMember(EcrGenNames.KmsKey, "FromKeyArn"), OptionKind.KeyArn);

        public static readonly AttributeOption RuleDescription = new(OptionId.RuleDescription, Rule, "Description", null, LifecycleRule("Description"), null, OptionKind.String);
        public static readonly AttributeOption RulePriority = new(OptionId.RulePriority, Rule, "RulePriority", null, LifecycleRule("RulePriority"), null, OptionKind.Number);
        public static readonly AttributeOption RuleTagStatus = new(OptionId.RuleTagStatus, Rule, "TagStatus", null, LifecycleRule("TagStatus"), null, OptionKind.CdkEnum);
        public static readonly AttributeOption RuleTagPrefixList = new(OptionId.RuleTagPrefixList, Rule, "TagPrefixList", null, LifecycleRule("TagPrefixList"), null, OptionKind.StringArray);
        public static readonly AttributeOption RuleTagPatternList = new(OptionId.RuleTagPatternList, Rule, "TagPatternList", null, LifecycleRule("TagPatternList"), null, OptionKind.StringArray);
        public static readonly AttributeOption RuleMaxImageCount = new(OptionId.RuleMaxImageCount, Rule, "MaxImageCount", null, LifecycleRule("MaxImageCount"), null, OptionKind.Number);
        public static readonly AttributeOption RuleMaxImageAgeDays = new(OptionId.RuleMaxImageAgeDays, Rule, "MaxImageAgeDays", null, LifecycleRule("MaxImageAge"), null, OptionKind.Days);

        /// <summary>CDK 2.271.0+: the stack parameter holds a digest (<c>sha256:…</c>), joined to the repository URI with <c>@</c>.</summary>
        public static readonly AttributeOption TagParameterIsImageDigest = new(
            OptionId.TagParameterIsImageDigest, TagParameter, "IsImageDigest", null, new CdkMember(EcrGenNames.TagParameterContainerImageProps, "IsImageDigest"), null, OptionKind.Bool);

        public static readonly AttributeOption ImageCodeName = new(OptionId.ImageCodeName, ImageCode, "Name", "name", null, null, OptionKind.MemberPrefix);
        public static readonly AttributeOption ImageCodeTag = new(OptionId.ImageCodeTag, ImageCode, "Tag", null, ImageCodeProps("Tag"), null, OptionKind.String);
        public static readonly AttributeOption ImageCodeTagOrDigest = new(OptionId.ImageCodeTagOrDigest, ImageCode, "TagOrDigest", null, ImageCodeProps("TagOrDigest"), null, OptionKind.String);
        public static readonly AttributeOption ImageCodeCmd = new(OptionId.ImageCodeCmd, ImageCode, "Cmd", null, ImageCodeProps("Cmd"), null, OptionKind.StringArray);
        public static readonly AttributeOption ImageCodeEntrypoint = new(OptionId.ImageCodeEntrypoint, ImageCode, "Entrypoint", null, ImageCodeProps("Entrypoint"), null, OptionKind.StringArray);
        public static readonly AttributeOption ImageCodeWorkingDirectory = new(OptionId.ImageCodeWorkingDirectory, ImageCode, "WorkingDirectory", null, ImageCodeProps("WorkingDirectory"), null, OptionKind.String);

        public static readonly AttributeOption ContainerImageName = new(OptionId.ContainerImageName, Container, "Name", "name", null, null, OptionKind.MemberPrefix);

        /// <summary>The tag or digest argument of <c>ContainerImage.FromEcrRepository(repository, tagOrDigest)</c>: no props member.</summary>
        public static readonly AttributeOption ContainerImageTagOrDigest = new(OptionId.ContainerImageTagOrDigest, Container, "TagOrDigest", null, null, null, OptionKind.String);

        /// <summary>Every row, grouped by attribute.</summary>
        public static readonly IReadOnlyList<AttributeOption> All = new[]
        {
            RepositoryName, ImageScanOnPush, ImageTagMutability, ImageTagMutabilityExclusionFilters, RemovalPolicy, EmptyOnDelete,
            LifecycleRegistryId, Encryption, EncryptionKeyArn,
            RuleDescription, RulePriority, RuleTagStatus, RuleTagPrefixList, RuleTagPatternList, RuleMaxImageCount, RuleMaxImageAgeDays,
            TagParameterIsImageDigest,
            ImageCodeName, ImageCodeTag, ImageCodeTagOrDigest, ImageCodeCmd, ImageCodeEntrypoint, ImageCodeWorkingDirectory,
            ContainerImageName, ContainerImageTagOrDigest,
        };

        /// <summary>What each attribute's generated members call, whatever options it holds (ECR0005 on the attribute).</summary>
        public static readonly IReadOnlyList<(string Attribute, CdkMember Needs)> AttributeNeeds = new[]
        {
            (ImageCode, new CdkMember(EcrGenNames.DockerImageCode, "FromEcr")),
            (Container, new CdkMember(EcrGenNames.ContainerImage, "FromEcrRepository")),
            (TagParameter, new CdkMember(EcrGenNames.TagParameterContainerImage, "TagParameterName")),
        };

        /// <summary>What <paramref name="attribute"/>'s generated members call whatever options it holds, if anything.</summary>
        public static CdkMember? NeedsOf(string attribute)
        {
            foreach (var (name, needs) in AttributeNeeds)
            {
                if (name == attribute)
                {
                    return needs;
                }
            }

            return null;
        }

        /// <summary>The row of <paramref name="attribute"/>'s property (or constructor parameter) <paramref name="name"/>.</summary>
        public static AttributeOption? Find(string attribute, string name)
        {
            foreach (var option in All)
            {
                if (option.Attribute == attribute && (option.Property == name || option.ConstructorParameter == name))
                {
                    return option;
                }
            }

            return null;
        }

        /// <summary>The row of <paramref name="attribute"/> that sets the CDK option <paramref name="cdkName"/> (<c>MaxImageAge</c>).</summary>
        public static AttributeOption? FindByCdkName(string attribute, string cdkName)
        {
            foreach (var option in All)
            {
                if (option.Attribute == attribute && option.CdkName == cdkName)
                {
                    return option;
                }
            }

            return null;
        }

        /// <summary>The attribute property that holds the CDK option <paramref name="cdkName"/> on any attribute (<c>MaxImageAge</c> → <c>MaxImageAgeDays</c>).</summary>
        public static string PropertyOf(string cdkName)
        {
            foreach (var option in All)
            {
                if (option.Sets?.Member == cdkName)
                {
                    return option.Property;
                }
            }

            return cdkName;
        }
    }
}
