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
                        repository = ReadRepository(attribute).Spec;
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

        /// <summary>Reads <c>[EcrRepository]</c>: the repository options and the KMS key ARN (also in the spec).</summary>
        public static (RepositorySpec Spec, string? EncryptionKeyArn) ReadRepository(AttributeData attribute)
        {
            var spec = ReadOptions(attribute, EcrGenNames.EcrRepositoryAttribute, new RepositorySpec(), out _);
            return (spec, spec.EncryptionKeyArn.TryGetValue(out var arn) ? arn : null);
        }

        /// <summary>Reads one <c>[LifecycleRule]</c>.</summary>
        public static LifecycleRuleSpec ReadLifecycleRule(AttributeData attribute)
            => ReadOptions(attribute, EcrGenNames.LifecycleRuleAttribute, new LifecycleRuleSpec(), out _);

        /// <summary>Reads <c>[TagParameterImage]</c>: whether its parameter holds a digest.</summary>
        public static TagParameterImageModel ReadTagParameterImage(AttributeData attribute)
            => ReadOptions(attribute, EcrGenNames.TagParameterImageAttribute, new TagParameterImageModel(Setting<bool>.NotSet), out _);

        /// <summary>Reads one <c>[EcrImageCode(name)]</c>.</summary>
        public static ImageCodeModel ReadImageCode(AttributeData attribute)
        {
            var image = ReadOptions(attribute, EcrGenNames.EcrImageCodeAttribute, new ImageReferenceSpec(), out var name);
            return new ImageCodeModel(name, image);
        }

        /// <summary>Reads one <c>[ContainerImage(name)]</c>.</summary>
        public static ContainerImageModel ReadContainerImage(AttributeData attribute)
        {
            var image = ReadOptions(attribute, EcrGenNames.ContainerImageAttribute, new ContainerImageModel(string.Empty, Setting<string>.NotSet), out var name);
            return image with { Name = name };
        }

        /// <summary>
        /// <paramref name="target"/> with every argument of <paramref name="attribute"/> read by its row
        /// (<see cref="AttributeOption{TTarget}.ReadAttribute"/>); the image name (a <see cref="OptionKind.MemberPrefix"/> row) in
        /// <paramref name="memberPrefix"/>.
        /// </summary>
        private static TTarget ReadOptions<TTarget>(AttributeData attribute, string attributeName, TTarget target, out string memberPrefix)
        {
            memberPrefix = string.Empty;
            foreach (var (option, value) in Arguments(attribute, attributeName))
            {
                if (option is AttributeOption<TTarget> row)
                {
                    target = row.ReadAttribute(target, value);
                }
                else if (option.Kind == OptionKind.MemberPrefix)
                {
                    memberPrefix = value.Value as string ?? string.Empty;
                }
            }

            return target;
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
