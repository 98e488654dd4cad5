using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcrGen.SourceGenerators.Analyzers.Attributes
{
    /// <summary>
    /// A type that carries EcrGen attributes, sorted by attribute: what every attribute analyzer starts from. Built once per
    /// symbol callback from <see cref="ISymbol.GetAttributes"/> (which Roslyn caches per symbol).
    /// </summary>
    internal sealed class EcrGenClass
    {
        private EcrGenClass(INamedTypeSymbol type, ImmutableArray<AttributeData> all)
        {
            Type = type;
            All = all;
        }

        public INamedTypeSymbol Type { get; }

        /// <summary>Every attribute of the type, EcrGen's and others, in declaration order.</summary>
        public ImmutableArray<AttributeData> All { get; }

        /// <summary>The first <c>[EcrRepository]</c>; <c>null</c> when the type has none (the other attributes are orphans).</summary>
        public AttributeData? Repository { get; private set; }

        public List<AttributeData> LifecycleRules { get; } = new List<AttributeData>();

        public List<AttributeData> ImageCodes { get; } = new List<AttributeData>();

        public List<AttributeData> ContainerImages { get; } = new List<AttributeData>();

        /// <summary>The first <c>[TagParameterImage]</c>, if any.</summary>
        public AttributeData? TagParameterImage { get; private set; }

        /// <summary>Every EcrGen attribute, in declaration order.</summary>
        public List<AttributeData> EcrGenAttributes { get; } = new List<AttributeData>();

        /// <summary>The EcrGen attributes of <paramref name="type"/>; <c>null</c> when it has none (almost every type).</summary>
        public static EcrGenClass? Read(INamedTypeSymbol type, EcrGenAttributeTypes attributes)
        {
            var all = type.GetAttributes();
            EcrGenClass? result = null;
            foreach (var attribute in all)
            {
                var attributeClass = attribute.AttributeClass;
                if (!attributes.IsEcrGen(attributeClass))
                {
                    continue;
                }

                result ??= new EcrGenClass(type, all);
                result.EcrGenAttributes.Add(attribute);
                if (CdkSymbols.Is(attributeClass, attributes.EcrRepository))
                {
                    result.Repository ??= attribute;
                }
                else if (CdkSymbols.Is(attributeClass, attributes.LifecycleRule))
                {
                    result.LifecycleRules.Add(attribute);
                }
                else if (CdkSymbols.Is(attributeClass, attributes.EcrImageCode))
                {
                    result.ImageCodes.Add(attribute);
                }
                else if (CdkSymbols.Is(attributeClass, attributes.ContainerImage))
                {
                    result.ContainerImages.Add(attribute);
                }
                else if (CdkSymbols.Is(attributeClass, attributes.TagParameterImage))
                {
                    result.TagParameterImage ??= attribute;
                }
            }

            return result;
        }

        /// <summary>
        /// Calls <paramref name="analyze"/> for every type with EcrGen attributes, in compilations that reference EcrGen's
        /// attributes and, when <paramref name="needsCdk"/>, Amazon.CDK.Lib; the CDK's symbols are <c>null</c> when it is not referenced.
        /// </summary>
        public static void Register(AnalysisContext context, bool needsCdk, Action<SymbolAnalysisContext, EcrGenClass, CdkSymbols?> analyze)
            => context.RegisterCompilationStartAction(start =>
            {
                if (!EcrGenAttributeTypes.TryCreate(start.Compilation, out var attributes))
                {
                    return;
                }

                var hasCdk = CdkSymbols.TryCreate(start.Compilation, out var cdk);
                if (needsCdk && !hasCdk)
                {
                    return; // without the CDK only ECR0006 is reported
                }

                start.RegisterSymbolAction(
                    symbolContext =>
                    {
                        if (Read((INamedTypeSymbol)symbolContext.Symbol, attributes) is { } ecrGenClass)
                        {
                            analyze(symbolContext, ecrGenClass, hasCdk ? cdk : null);
                        }
                    },
                    SymbolKind.NamedType);
            });
    }

    /// <summary>The EcrGen attribute classes, resolved once per compilation.</summary>
    internal sealed class EcrGenAttributeTypes
    {
        private EcrGenAttributeTypes(INamedTypeSymbol ecrRepository, Compilation compilation)
        {
            EcrRepository = ecrRepository;
            LifecycleRule = compilation.GetTypeByMetadataName(EcrGenNames.LifecycleRuleAttribute);
            TagParameterImage = compilation.GetTypeByMetadataName(EcrGenNames.TagParameterImageAttribute);
            EcrImageCode = compilation.GetTypeByMetadataName(EcrGenNames.EcrImageCodeAttribute);
            ContainerImage = compilation.GetTypeByMetadataName(EcrGenNames.ContainerImageAttribute);
        }

        public INamedTypeSymbol EcrRepository { get; }

        public INamedTypeSymbol? LifecycleRule { get; }

        public INamedTypeSymbol? TagParameterImage { get; }

        public INamedTypeSymbol? EcrImageCode { get; }

        public INamedTypeSymbol? ContainerImage { get; }

        /// <summary>The attribute classes; <c>false</c> when EcrGen's attributes are not referenced.</summary>
        public static bool TryCreate(Compilation compilation, out EcrGenAttributeTypes attributes)
        {
            var ecrRepository = compilation.GetTypeByMetadataName(EcrGenNames.EcrRepositoryAttribute);
            attributes = ecrRepository is null ? null! : new EcrGenAttributeTypes(ecrRepository, compilation);
            return ecrRepository is not null;
        }

        public bool IsEcrGen(INamedTypeSymbol? attributeClass)
            => attributeClass is not null
                && (SymbolEqualityComparer.Default.Equals(attributeClass, EcrRepository)
                    || SymbolEqualityComparer.Default.Equals(attributeClass, LifecycleRule)
                    || SymbolEqualityComparer.Default.Equals(attributeClass, TagParameterImage)
                    || SymbolEqualityComparer.Default.Equals(attributeClass, EcrImageCode)
                    || SymbolEqualityComparer.Default.Equals(attributeClass, ContainerImage));
    }
}
