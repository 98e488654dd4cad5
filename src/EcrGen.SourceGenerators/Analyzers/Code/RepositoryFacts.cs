using System.Collections.Generic;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>What a repository created in the block says about itself: its tag mutability, the digests its EcrGen images pin.</summary>
    internal static class RepositoryFacts
    {
        /// <summary>
        /// <c>ImageTagMutability</c> of a repository creation (<c>new Repository(scope, id, props)</c>, <c>: base(...)</c>, an
        /// <c>[EcrRepository]</c> class): as written in props the block holds or in the attribute; <see cref="Setting{T}.NotSet"/>
        /// when not written; <see cref="Setting{T}.Unknown"/> when props the block cannot see, or an <c>OnConfiguringProps</c>
        /// escape hatch, may set it.
        /// </summary>
        public static Setting<CdkEnumValue> TagMutabilityOf(IOperation repository, BlockIndex index, CdkSymbols cdk)
        {
            var type = repository.Type as INamedTypeSymbol;
            if (repository is IObjectCreationOperation && type is not null && !CdkSymbols.Is(type, cdk.Repository))
            {
                return AttributeTagMutability(type);
            }

            var arguments = repository is IObjectCreationOperation creation ? creation.Arguments : ((IInvocationOperation)repository).Arguments;
            var props = OperationValues.Argument(arguments, "props");
            if (props is null || OperationValues.IsNull(props))
            {
                return Setting<CdkEnumValue>.NotSet;
            }

            return index.Resolve(props) is IObjectCreationOperation written && CdkSymbols.Is(written.Type, cdk.RepositoryProps)
                ? WrittenObject.Read(written, index).Get("ImageTagMutability", OperationValues.Enum)
                : Setting<CdkEnumValue>.Unknown;
        }

        /// <summary>The valid digests the <c>[EcrImageCode]</c>/<c>[ContainerImage]</c> attributes of <paramref name="type"/> pin.</summary>
        public static List<string>? AttributeDigests(INamedTypeSymbol type)
        {
            List<string>? digests = null;
            foreach (var attribute in type.GetAttributes())
            {
                var tagOrDigest = RepositoryClassReader.MetadataNameOf(attribute.AttributeClass) switch
                {
                    EcrGenNames.EcrImageCodeAttribute => RepositoryClassReader.ReadImageCode(attribute).Image.TagOrDigest,
                    EcrGenNames.ContainerImageAttribute => RepositoryClassReader.ReadContainerImage(attribute).TagOrDigest,
                    _ => Setting<string>.NotSet,
                };
                if (tagOrDigest.TryGetValue(out var value) && ImageDigest.IsValidDigest(value))
                {
                    (digests ??= new List<string>()).Add(value);
                }
            }

            return digests;
        }

        /// <summary>
        /// An <c>[EcrRepository]</c> class's <c>ImageTagMutability</c>; unknown for a class without the attribute (a hand-written
        /// subclass chooses its props itself) or with its own <c>OnConfiguringProps</c>, which may change it.
        /// </summary>
        public static Setting<CdkEnumValue> AttributeTagMutability(INamedTypeSymbol type)
        {
            var attribute = RepositoryClassReader.FirstApplication(type, EcrGenNames.EcrRepositoryAttribute);
            if (attribute is null || HasEscapeHatch(type))
            {
                return Setting<CdkEnumValue>.Unknown;
            }

            return RepositoryClassReader.ReadRepository(attribute).Spec.ImageTagMutability;
        }

        /// <summary>Whether the user implemented <c>OnConfiguringProps</c> (the generator only declares it).</summary>
        public static bool HasEscapeHatch(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers(GeneratedMembers.OnConfiguringProps))
            {
                if (member is IMethodSymbol { PartialImplementationPart: not null })
                {
                    return true;
                }

                foreach (var reference in member.DeclaringSyntaxReferences)
                {
                    if (!GeneratedMembers.IsGeneratedFile(reference.SyntaxTree.FilePath))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
