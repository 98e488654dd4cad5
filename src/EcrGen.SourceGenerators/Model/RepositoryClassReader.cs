using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using EcrGen.Domain;
using EcrGen.Domain.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcrGen.SourceGenerators.Model
{
    /// <summary>
    /// Reads EcrGen attributes into the Roslyn-free domain specs. The generator and the analyzers both read attributes
    /// through here, so they can never disagree about what a user wrote.
    /// </summary>
    internal static class RepositoryClassReader
    {
        /// <summary>
        /// The model of the class <paramref name="context"/> targets, or <c>null</c> when nothing should be generated for this
        /// match: an invalid target (reported by the analyzers), or a second declaration of a class already matched.
        /// </summary>
        public static RepositoryClassModel? ReadForGeneration(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type
                || RepositoryClassTarget.Check(type, cancellationToken) != TargetProblem.None
                || !RepositoryClassTarget.CanDeclareGeneratedPart(type))
            {
                return null;
            }

            // [EcrRepository] on two partial declarations is CS0579; generate once, for the first, so hint names stay unique.
            var first = FirstApplication(type, EcrGenNames.EcrRepositoryAttribute);
            if (first?.ApplicationSyntaxReference is { } reference
                && (reference.SyntaxTree != context.TargetNode.SyntaxTree || !context.TargetNode.Span.Contains(reference.Span)))
            {
                return null;
            }

            var model = Read(type, cancellationToken);

            // An image helper whose member the user already declared (their own ApiCode() beside [EcrImageCode("Api")]) is
            // reported by ECR0004 and must not become a second, conflicting member (CS0111).
            return model with
            {
                ImageCodes = WithoutUserMembers(type, model.ImageCodes, static code => code.Name, GeneratedMembers.ImageCodeSuffixes),
                ContainerImages = WithoutUserMembers(type, model.ContainerImages, static image => image.Name, GeneratedMembers.ContainerImageSuffixes),
            };
        }

        private static EquatableArray<T> WithoutUserMembers<T>(INamedTypeSymbol type, EquatableArray<T> items, System.Func<T, string> nameOf, params string[] suffixes)
            where T : System.IEquatable<T>
        {
            List<T>? kept = null;
            for (var i = 0; i < items.Count; i++)
            {
                var declared = false;
                foreach (var suffix in suffixes)
                {
                    // The generator does not see its own output, so every member found here is the user's.
                    declared |= SyntaxFacts.IsValidIdentifier(nameOf(items[i]) + suffix)
                        && !type.GetMembers(ImageNames.IdentifierKey(nameOf(items[i]) + suffix)).IsEmpty;
                }

                if (declared && kept is null)
                {
                    kept = new List<T>();
                    for (var j = 0; j < i; j++)
                    {
                        kept.Add(items[j]);
                    }
                }
                else if (!declared)
                {
                    kept?.Add(items[i]);
                }
            }

            return kept is null ? items : kept.ToEquatableArray();
        }

        /// <summary>Reads every EcrGen attribute of <paramref name="type"/>.</summary>
        public static RepositoryClassModel Read(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var repository = new RepositorySpec();
            string? keyArn = null;
            var rules = new List<LifecycleRuleSpec>();
            var imageCodes = new List<ImageCodeModel>();
            var containerImages = new List<ContainerImageModel>();
            TagParameterImageModel? tagParameterImage = null;

            foreach (var attribute in type.GetAttributes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (MetadataNameOf(attribute.AttributeClass))
                {
                    case EcrGenNames.EcrRepositoryAttribute:
                        (repository, keyArn) = ReadRepository(attribute);
                        break;
                    case EcrGenNames.LifecycleRuleAttribute:
                        rules.Add(ReadLifecycleRule(attribute));
                        break;
                    case EcrGenNames.TagParameterImageAttribute:
                        tagParameterImage ??= ReadTagParameterImage(attribute);
                        break;
                    case EcrGenNames.EcrImageCodeAttribute:
                        imageCodes.Add(ReadImageCode(attribute));
                        break;
                    case EcrGenNames.ContainerImageAttribute:
                        containerImages.Add(ReadContainerImage(attribute));
                        break;
                }
            }

            return new RepositoryClassModel(
                ReadLocation(type),
                repository,
                keyArn,
                rules.ToEquatableArray(),
                tagParameterImage,
                imageCodes.ToEquatableArray(),
                containerImages.ToEquatableArray());
        }

        /// <summary>The metadata name of an attribute class, e.g. <c>EcrGen.LifecycleRuleAttribute</c>.</summary>
        public static string? MetadataNameOf(INamedTypeSymbol? attributeClass)
        {
            if (attributeClass is null || attributeClass.ContainingNamespace is not { Name: "EcrGen" } ns || !ns.ContainingNamespace.IsGlobalNamespace)
            {
                return null;
            }

            return "EcrGen." + attributeClass.MetadataName;
        }

        /// <summary>The first application of the attribute <paramref name="metadataName"/> on <paramref name="type"/>.</summary>
        public static AttributeData? FirstApplication(INamedTypeSymbol type, string metadataName)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (MetadataNameOf(attribute.AttributeClass) == metadataName)
                {
                    return attribute;
                }
            }

            return null;
        }

        /// <summary>Reads <c>[EcrRepository]</c>: the repository options and the KMS key ARN.</summary>
        public static (RepositorySpec Spec, string? EncryptionKeyArn) ReadRepository(AttributeData attribute)
        {
            var spec = new RepositorySpec();
            string? keyArn = null;
            foreach (var (option, value) in Arguments(attribute, EcrGenNames.EcrRepositoryAttribute))
            {
                switch (option.Id)
                {
                    case OptionId.RepositoryName:
                        spec = spec with { RepositoryName = TypedConstants.String(value) };
                        break;
                    case OptionId.ImageScanOnPush:
                        spec = spec with { ImageScanOnPush = TypedConstants.Bool(value) };
                        break;
                    case OptionId.ImageTagMutability:
                        spec = spec with { ImageTagMutability = TypedConstants.Enum(value) };
                        break;
                    case OptionId.ImageTagMutabilityExclusionFilters:
                        spec = spec with { ImageTagMutabilityExclusionFilters = TypedConstants.StringArray(value) };
                        break;
                    case OptionId.RemovalPolicy:
                        spec = spec with { RemovalPolicy = TypedConstants.Enum(value) };
                        break;
                    case OptionId.EmptyOnDelete:
                        spec = spec with { EmptyOnDelete = TypedConstants.Bool(value) };
                        break;
                    case OptionId.LifecycleRegistryId:
                        spec = spec with { LifecycleRegistryId = TypedConstants.String(value) };
                        break;
                    case OptionId.Encryption:
                        spec = spec with { Encryption = TypedConstants.Encryption(value) };
                        break;
                    case OptionId.EncryptionKeyArn:
                        var arn = TypedConstants.String(value);
                        keyArn = arn.IsKnown ? arn.Value : null;
                        spec = spec with { HasEncryptionKey = arn.IsSet ? Setting.Of(true) : Setting<bool>.NotSet };
                        break;
                }
            }

            return (spec, keyArn);
        }

        /// <summary>Reads one <c>[LifecycleRule]</c>.</summary>
        public static LifecycleRuleSpec ReadLifecycleRule(AttributeData attribute)
        {
            var spec = new LifecycleRuleSpec();
            foreach (var (option, value) in Arguments(attribute, EcrGenNames.LifecycleRuleAttribute))
            {
                switch (option.Id)
                {
                    case OptionId.RuleDescription:
                        spec = spec with { Description = TypedConstants.String(value) };
                        break;
                    case OptionId.RulePriority:
                        spec = spec with { RulePriority = TypedConstants.Number(value) };
                        break;
                    case OptionId.RuleTagStatus:
                        spec = spec with { TagStatus = TypedConstants.Enum(value) };
                        break;
                    case OptionId.RuleTagPrefixList:
                        spec = spec with { TagPrefixList = TypedConstants.StringArray(value) };
                        break;
                    case OptionId.RuleTagPatternList:
                        spec = spec with { TagPatternList = TypedConstants.StringArray(value) };
                        break;
                    case OptionId.RuleMaxImageCount:
                        spec = spec with { MaxImageCount = TypedConstants.Number(value) };
                        break;
                    case OptionId.RuleMaxImageAgeDays:
                        spec = spec with { MaxImageAgeDays = TypedConstants.Number(value) };
                        break;
                }
            }

            return spec;
        }

        /// <summary>Reads <c>[TagParameterImage]</c>: whether its parameter holds a digest.</summary>
        public static TagParameterImageModel ReadTagParameterImage(AttributeData attribute)
        {
            var isImageDigest = Setting<bool>.NotSet;
            foreach (var (option, value) in Arguments(attribute, EcrGenNames.TagParameterImageAttribute))
            {
                if (option.Id == OptionId.TagParameterIsImageDigest)
                {
                    isImageDigest = TypedConstants.Bool(value);
                }
            }

            return new TagParameterImageModel(isImageDigest);
        }

        /// <summary>Reads one <c>[EcrImageCode(name)]</c>.</summary>
        public static ImageCodeModel ReadImageCode(AttributeData attribute)
        {
            var name = string.Empty;
            var image = new ImageReferenceSpec();
            foreach (var (option, value) in Arguments(attribute, EcrGenNames.EcrImageCodeAttribute))
            {
                switch (option.Id)
                {
                    case OptionId.ImageCodeName:
                        name = value.Value as string ?? string.Empty;
                        break;
                    case OptionId.ImageCodeTag:
                        image = image with { Tag = TypedConstants.String(value) };
                        break;
                    case OptionId.ImageCodeTagOrDigest:
                        image = image with { TagOrDigest = TypedConstants.String(value) };
                        break;
                    case OptionId.ImageCodeCmd:
                        image = image with { Cmd = TypedConstants.StringArray(value) };
                        break;
                    case OptionId.ImageCodeEntrypoint:
                        image = image with { Entrypoint = TypedConstants.StringArray(value) };
                        break;
                    case OptionId.ImageCodeWorkingDirectory:
                        image = image with { WorkingDirectory = TypedConstants.String(value) };
                        break;
                }
            }

            return new ImageCodeModel(name, image);
        }

        /// <summary>Reads one <c>[ContainerImage(name)]</c>.</summary>
        public static ContainerImageModel ReadContainerImage(AttributeData attribute)
        {
            var name = string.Empty;
            var tagOrDigest = Setting<string>.NotSet;
            foreach (var (option, value) in Arguments(attribute, EcrGenNames.ContainerImageAttribute))
            {
                switch (option.Id)
                {
                    case OptionId.ContainerImageName:
                        name = value.Value as string ?? string.Empty;
                        break;
                    case OptionId.ContainerImageTagOrDigest:
                        tagOrDigest = TypedConstants.String(value);
                        break;
                }
            }

            return new ContainerImageModel(name, tagOrDigest);
        }

        /// <summary>
        /// The attribute's arguments with their rows in <see cref="AttributeOptions"/>: constructor arguments by parameter name,
        /// then named arguments, as written. (Every attribute property has a row: a test walks the attribute types.)
        /// </summary>
        private static IEnumerable<(AttributeOption Option, TypedConstant Value)> Arguments(AttributeData attribute, string attributeName)
        {
            var parameters = attribute.AttributeConstructor?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty;
            for (var i = 0; i < attribute.ConstructorArguments.Length && i < parameters.Length; i++)
            {
                if (AttributeOptions.Find(attributeName, parameters[i].Name) is { } option)
                {
                    yield return (option, attribute.ConstructorArguments[i]);
                }
            }

            foreach (var argument in attribute.NamedArguments)
            {
                if (AttributeOptions.Find(attributeName, argument.Key) is { } option)
                {
                    yield return (option, argument.Value);
                }
            }
        }

        private static TypeLocation ReadLocation(INamedTypeSymbol type)
        {
            var containing = ImmutableArray.CreateBuilder<ContainingType>();
            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                containing.Insert(0, new ContainingType(KeywordOf(outer), outer.Name));
            }

            var ns = type.ContainingNamespace is { IsGlobalNamespace: false } containingNamespace
                ? containingNamespace.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
                : null;
            return new TypeLocation(ns, containing.ToEquatableArray(), type.Name);
        }

        private static string KeywordOf(INamedTypeSymbol type)
            => type switch
            {
                { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
                { IsRecord: true } => "record",
                { TypeKind: TypeKind.Struct } => "struct",
                { TypeKind: TypeKind.Interface } => "interface",
                _ => "class",
            };
    }
}
