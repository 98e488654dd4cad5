using System;
using System.Collections.Generic;
using System.Linq;
using EcrGen.Domain;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.SourceGenerators.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

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
    /// it sets, any other CDK member the generated code calls for it, and its kind. The row is the one place the option's
    /// names are spelled; its behaviour (reading, emitting) is in <see cref="AttributeOption{TTarget}"/>.
    /// </summary>
    internal class AttributeOption
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

        /// <summary>The CDK marks the member obsolete (<c>EcrImageCodeProps.Tag</c>): generated code passes it under a pragma.</summary>
        public bool ObsoleteInCdk { get; init; }

        /// <summary>The CDK option name the rules speak of (<c>MaxImageAge</c>), else the property name.</summary>
        public string CdkName => Sets?.Member ?? Property;

        /// <summary>Whether hand-written CDK code setting <see cref="Sets"/> is read into the same spec (<see cref="Analyzers.CdkSpecReader"/>).</summary>
        public virtual bool ReadsCode => false;

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
    /// A row with its behaviour on <typeparamref name="TTarget"/>, the equatable spec or model its attribute is read into
    /// (<see cref="RepositorySpec"/>, <see cref="LifecycleRuleSpec"/>, <see cref="ImageReferenceSpec"/>, ...): how the
    /// attribute argument is read (<see cref="RepositoryClassReader"/>), how the same CDK property is read from hand-written
    /// code (<see cref="Analyzers.CdkSpecReader"/>), and the C# the generator passes for it (<see cref="Generation.RepositorySourceEmitter"/>).
    /// </summary>
    internal sealed class AttributeOption<TTarget> : AttributeOption
    {
        private readonly Func<TTarget, TypedConstant, TTarget> _readAttribute;
        private readonly Func<TTarget, WrittenObject, CdkSymbols?, TTarget>? _readCode;
        private readonly Func<TTarget, string?> _emit;

        public AttributeOption(
            OptionId id, string attribute, string property, string? constructorParameter, CdkMember? sets, CdkMember? alsoNeeds, OptionKind kind,
            Func<TTarget, TypedConstant, TTarget> readAttribute, Func<TTarget, WrittenObject, CdkSymbols?, TTarget>? readCode, Func<TTarget, string?> emit)
            : base(id, attribute, property, constructorParameter, sets, alsoNeeds, kind)
        {
            _readAttribute = readAttribute;
            _readCode = readCode;
            _emit = emit;
        }

        /// <inheritdoc/>
        public override bool ReadsCode => _readCode is not null;

        /// <summary><paramref name="target"/> with the attribute argument <paramref name="value"/> read into it.</summary>
        public TTarget ReadAttribute(TTarget target, TypedConstant value) => _readAttribute(target, value);

        /// <summary><paramref name="target"/> with the CDK property as written in <paramref name="written"/> read into it (unchanged when code is not read).</summary>
        public TTarget ReadCode(TTarget target, WrittenObject written, CdkSymbols? cdk) => _readCode is null ? target : _readCode(target, written, cdk);

        /// <summary>The C# expression the generated code passes for the option in <paramref name="target"/>, or <c>null</c> when it passes nothing.</summary>
        public string? Emit(TTarget target) => _emit(target);
    }

    /// <summary>
    /// How a value of one <see cref="OptionKind"/> is read from an attribute argument, read from hand-written code, and
    /// written as C#. <c>FromCode</c> is <c>null</c> where the code side reads the whole option itself (<c>MaxImageAge</c>).
    /// </summary>
    internal sealed class OptionCodec<TValue>
    {
        public OptionCodec(Func<TypedConstant, Setting<TValue>> fromAttribute, Func<IOperation, CdkSymbols?, Setting<TValue>> fromCode, Func<TValue, string?> toCSharp)
        {
            FromAttribute = fromAttribute;
            FromCode = fromCode;
            ToCSharp = toCSharp;
        }

        public Func<TypedConstant, Setting<TValue>> FromAttribute { get; }

        public Func<IOperation, CdkSymbols?, Setting<TValue>> FromCode { get; }

        /// <summary>The C# for a known value, or <c>null</c> when the generated code must not pass it.</summary>
        public Func<TValue, string?> ToCSharp { get; }
    }

    /// <summary>
    /// Every option of every EcrGen attribute, one row each, with its behaviour. The reader (<see cref="RepositoryClassReader"/>),
    /// the emitter, the hand-written-code reader (<see cref="Analyzers.CdkSpecReader"/>), the version check
    /// (<see cref="CdkCapabilities"/>, ECR0005) and the analyzers' and fixes' attribute-to-CDK name mapping loop over this
    /// table; adding an option is the attribute property, its PublicAPI line and one row here.
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

        // The table: each row's names, then the spec member it is read into (get, set) and how its values are read and written.
        public static readonly AttributeOption<RepositorySpec> RepositoryName = Row(
            OptionId.RepositoryName, Repository, "RepositoryName", "repositoryName", Props("RepositoryName"), null, OptionKind.String,
            (RepositorySpec s) => s.RepositoryName, (s, v) => s with { RepositoryName = v }, OptionCodecs.String);

        public static readonly AttributeOption<RepositorySpec> ImageScanOnPush = Row(
            OptionId.ImageScanOnPush, Repository, "ImageScanOnPush", null, Props("ImageScanOnPush"), null, OptionKind.Bool,
            (RepositorySpec s) => s.ImageScanOnPush, (s, v) => s with { ImageScanOnPush = v }, OptionCodecs.Bool);

        public static readonly AttributeOption<RepositorySpec> ImageTagMutability = Row(
            OptionId.ImageTagMutability, Repository, "ImageTagMutability", null, Props("ImageTagMutability"), null, OptionKind.CdkEnum,
            (RepositorySpec s) => s.ImageTagMutability, (s, v) => s with { ImageTagMutability = v }, OptionCodecs.CdkEnum("global::Amazon.CDK.AWS.ECR.TagMutability"));

        /// <summary>CDK 2.216.0+; the attribute takes the wildcard patterns, the CDK takes filter objects.</summary>
        public static readonly AttributeOption<RepositorySpec> ImageTagMutabilityExclusionFilters = Row(
            OptionId.ImageTagMutabilityExclusionFilters, Repository, "ImageTagMutabilityExclusionFilters", null,
            Props("ImageTagMutabilityExclusionFilters"), new CdkMember(EcrGenNames.ImageTagMutabilityExclusionFilter, "Wildcard"), OptionKind.ExclusionFilters,
            (RepositorySpec s) => s.ImageTagMutabilityExclusionFilters, (s, v) => s with { ImageTagMutabilityExclusionFilters = v }, OptionCodecs.ExclusionFilters);

        public static readonly AttributeOption<RepositorySpec> RemovalPolicy = Row(
            OptionId.RemovalPolicy, Repository, "RemovalPolicy", null, Props("RemovalPolicy"), null, OptionKind.CdkEnum,
            (RepositorySpec s) => s.RemovalPolicy, (s, v) => s with { RemovalPolicy = v }, OptionCodecs.CdkEnum("global::Amazon.CDK.RemovalPolicy"));

        public static readonly AttributeOption<RepositorySpec> EmptyOnDelete = Row(
            OptionId.EmptyOnDelete, Repository, "EmptyOnDelete", null, Props("EmptyOnDelete"), null, OptionKind.Bool,
            (RepositorySpec s) => s.EmptyOnDelete, (s, v) => s with { EmptyOnDelete = v }, OptionCodecs.Bool);

        public static readonly AttributeOption<RepositorySpec> LifecycleRegistryId = Row(
            OptionId.LifecycleRegistryId, Repository, "LifecycleRegistryId", null, Props("LifecycleRegistryId"), null, OptionKind.String,
            (RepositorySpec s) => s.LifecycleRegistryId, (s, v) => s with { LifecycleRegistryId = v }, OptionCodecs.String);

        public static readonly AttributeOption<RepositorySpec> Encryption = Row(
            OptionId.Encryption, Repository, "Encryption", null, Props("Encryption"), null, OptionKind.Encryption,
            (RepositorySpec s) => s.Encryption, (s, v) => s with { Encryption = v }, OptionCodecs.Encryption);

        /// <summary>
        /// The attribute takes an ARN, the CDK a key: the spec records that a key was given (<c>HasEncryptionKey</c>, what the
        /// rules judge, read alike from code) and the ARN, which only the generated <c>Key.FromKeyArn</c> call uses.
        /// </summary>
        public static readonly AttributeOption<RepositorySpec> EncryptionKeyArn = new(
            OptionId.EncryptionKeyArn, Repository, "EncryptionKeyArn", null, Props("EncryptionKey"), new CdkMember(EcrGenNames.KmsKey, "FromKeyArn"), OptionKind.KeyArn,
            readAttribute: static (spec, value) =>
            {
                var arn = TypedConstants.String(value);
                return spec with { EncryptionKeyArn = arn, HasEncryptionKey = arn.IsSet ? Setting.Of(true) : Setting<bool>.NotSet };
            },
            readCode: static (spec, props, _) => spec with
            {
                HasEncryptionKey = props.Get("EncryptionKey", static value => OperationValues.IsNull(value) ? Setting<bool>.NotSet : OperationValues.NotConstant<bool>(value)),
            },
            // An imported key synthesizes nothing; only its ARN reaches the template, as with a hand-written import.
            emit: static spec => spec.EncryptionKeyArn.TryGetValue(out var arn)
                ? "global::Amazon.CDK.AWS.KMS.Key.FromKeyArn(scope, id + \"EncryptionKey\", " + CSharpLiteral.String(arn) + ")"
                : null);

        public static readonly AttributeOption<LifecycleRuleSpec> RuleDescription = Row(
            OptionId.RuleDescription, Rule, "Description", null, LifecycleRule("Description"), null, OptionKind.String,
            (LifecycleRuleSpec s) => s.Description, (s, v) => s with { Description = v }, OptionCodecs.String);

        public static readonly AttributeOption<LifecycleRuleSpec> RulePriority = Row(
            OptionId.RulePriority, Rule, "RulePriority", null, LifecycleRule("RulePriority"), null, OptionKind.Number,
            (LifecycleRuleSpec s) => s.RulePriority, (s, v) => s with { RulePriority = v }, OptionCodecs.Number);

        public static readonly AttributeOption<LifecycleRuleSpec> RuleTagStatus = Row(
            OptionId.RuleTagStatus, Rule, "TagStatus", null, LifecycleRule("TagStatus"), null, OptionKind.CdkEnum,
            (LifecycleRuleSpec s) => s.TagStatus, (s, v) => s with { TagStatus = v }, OptionCodecs.CdkEnum("global::Amazon.CDK.AWS.ECR.TagStatus"));

        public static readonly AttributeOption<LifecycleRuleSpec> RuleTagPrefixList = Row(
            OptionId.RuleTagPrefixList, Rule, "TagPrefixList", null, LifecycleRule("TagPrefixList"), null, OptionKind.StringArray,
            (LifecycleRuleSpec s) => s.TagPrefixList, (s, v) => s with { TagPrefixList = v }, OptionCodecs.StringArray);

        public static readonly AttributeOption<LifecycleRuleSpec> RuleTagPatternList = Row(
            OptionId.RuleTagPatternList, Rule, "TagPatternList", null, LifecycleRule("TagPatternList"), null, OptionKind.StringArray,
            (LifecycleRuleSpec s) => s.TagPatternList, (s, v) => s with { TagPatternList = v }, OptionCodecs.StringArray);

        public static readonly AttributeOption<LifecycleRuleSpec> RuleMaxImageCount = Row(
            OptionId.RuleMaxImageCount, Rule, "MaxImageCount", null, LifecycleRule("MaxImageCount"), null, OptionKind.Number,
            (LifecycleRuleSpec s) => s.MaxImageCount, (s, v) => s with { MaxImageCount = v }, OptionCodecs.Number);

        /// <summary>Days in the attribute, a <c>Duration</c> in the CDK: code is read in any unit (<see cref="Analyzers.CdkSpecReader.ReadMaxImageAge"/>).</summary>
        public static readonly AttributeOption<LifecycleRuleSpec> RuleMaxImageAgeDays = new(
            OptionId.RuleMaxImageAgeDays, Rule, "MaxImageAgeDays", null, LifecycleRule("MaxImageAge"), null, OptionKind.Days,
            readAttribute: static (spec, value) => spec with { MaxImageAgeDays = TypedConstants.Number(value) },
            readCode: static (spec, rule, cdk) => CdkSpecReader.ReadMaxImageAge(spec, rule, cdk),
            emit: static spec => spec.MaxImageAgeDays.TryGetValue(out var days) ? "global::Amazon.CDK.Duration.Days(" + CSharpLiteral.Number(days) + ")" : null);

        /// <summary>
        /// CDK 2.271.0+: the stack parameter holds a digest (<c>sha256:…</c>), joined to the repository URI with <c>@</c>. Not
        /// read from code: no rule judges a hand-written <c>TagParameterContainerImageProps</c>.
        /// </summary>
        public static readonly AttributeOption<TagParameterImageModel> TagParameterIsImageDigest = Row(
            OptionId.TagParameterIsImageDigest, TagParameter, "IsImageDigest", null, new CdkMember(EcrGenNames.TagParameterContainerImageProps, "IsImageDigest"), null, OptionKind.Bool,
            (TagParameterImageModel m) => m.IsImageDigest, (m, v) => m with { IsImageDigest = v }, OptionCodecs.Bool, readsCode: false);

        /// <summary>The image name: the prefix of the generated members (the reader takes it by its kind), no CDK option.</summary>
        public static readonly AttributeOption ImageCodeName = new(OptionId.ImageCodeName, ImageCode, "Name", "name", null, null, OptionKind.MemberPrefix);

        /// <summary>Deprecated in the CDK (ECR3006 says so at the attribute); passed through as written.</summary>
        public static readonly AttributeOption<ImageReferenceSpec> ImageCodeTag = Row(
            OptionId.ImageCodeTag, ImageCode, "Tag", null, ImageCodeProps("Tag"), null, OptionKind.String,
            (ImageReferenceSpec s) => s.Tag, (s, v) => s with { Tag = v }, OptionCodecs.String, obsoleteInCdk: true);

        public static readonly AttributeOption<ImageReferenceSpec> ImageCodeTagOrDigest = Row(
            OptionId.ImageCodeTagOrDigest, ImageCode, "TagOrDigest", null, ImageCodeProps("TagOrDigest"), null, OptionKind.String,
            (ImageReferenceSpec s) => s.TagOrDigest, (s, v) => s with { TagOrDigest = v }, OptionCodecs.String);

        public static readonly AttributeOption<ImageReferenceSpec> ImageCodeCmd = Row(
            OptionId.ImageCodeCmd, ImageCode, "Cmd", null, ImageCodeProps("Cmd"), null, OptionKind.StringArray,
            (ImageReferenceSpec s) => s.Cmd, (s, v) => s with { Cmd = v }, OptionCodecs.StringArray);

        public static readonly AttributeOption<ImageReferenceSpec> ImageCodeEntrypoint = Row(
            OptionId.ImageCodeEntrypoint, ImageCode, "Entrypoint", null, ImageCodeProps("Entrypoint"), null, OptionKind.StringArray,
            (ImageReferenceSpec s) => s.Entrypoint, (s, v) => s with { Entrypoint = v }, OptionCodecs.StringArray);

        public static readonly AttributeOption<ImageReferenceSpec> ImageCodeWorkingDirectory = Row(
            OptionId.ImageCodeWorkingDirectory, ImageCode, "WorkingDirectory", null, ImageCodeProps("WorkingDirectory"), null, OptionKind.String,
            (ImageReferenceSpec s) => s.WorkingDirectory, (s, v) => s with { WorkingDirectory = v }, OptionCodecs.String);

        /// <summary>The image name: the prefix of the generated members (the reader takes it by its kind), no CDK option.</summary>
        public static readonly AttributeOption ContainerImageName = new(OptionId.ContainerImageName, Container, "Name", "name", null, null, OptionKind.MemberPrefix);

        /// <summary>
        /// The tag or digest argument of <c>ContainerImage.FromEcrRepository(repository, tagOrDigest)</c>: no props member, so the
        /// emitter passes it as that argument; hand-written calls are read by the image analyzer's own tag-or-digest reading.
        /// </summary>
        public static readonly AttributeOption<ContainerImageModel> ContainerImageTagOrDigest = Row(
            OptionId.ContainerImageTagOrDigest, Container, "TagOrDigest", null, null, null, OptionKind.String,
            (ContainerImageModel m) => m.TagOrDigest, (m, v) => m with { TagOrDigest = v }, OptionCodecs.String, readsCode: false);

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

        /// <summary>The rows read into <typeparamref name="TTarget"/>, in table order (the order the emitter writes them).</summary>
        public static IReadOnlyList<AttributeOption<TTarget>> Of<TTarget>() => RowsOf<TTarget>.Rows;

        /// <summary>A row whose option is one member of the spec or model <typeparamref name="TTarget"/>, read and written by <paramref name="codec"/>.</summary>
        private static AttributeOption<TTarget> Row<TTarget, TValue>(
            OptionId id, string attribute, string property, string? constructorParameter, CdkMember? sets, CdkMember? alsoNeeds, OptionKind kind,
            Func<TTarget, Setting<TValue>> get, Func<TTarget, Setting<TValue>, TTarget> set, OptionCodec<TValue> codec, bool readsCode = true, bool obsoleteInCdk = false)
        {
            var cdkName = sets?.Member ?? property;
            return new AttributeOption<TTarget>(
                id, attribute, property, constructorParameter, sets, alsoNeeds, kind,
                readAttribute: (target, value) => set(target, codec.FromAttribute(value)),
                readCode: readsCode ? (target, written, cdk) => set(target, written.Get(cdkName, value => codec.FromCode(value, cdk))) : null,
                emit: target => get(target).TryGetValue(out var value) ? codec.ToCSharp(value) : null)
            {
                ObsoleteInCdk = obsoleteInCdk,
            };
        }

        private static class RowsOf<TTarget>
        {
            public static readonly IReadOnlyList<AttributeOption<TTarget>> Rows = All.OfType<AttributeOption<TTarget>>().ToArray();
        }
    }
}
