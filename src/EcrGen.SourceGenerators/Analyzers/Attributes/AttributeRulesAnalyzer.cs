using System.Collections.Immutable;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Analyzers.Code;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers.Attributes
{
    /// <summary>
    /// The repository, lifecycle and image rules (ECR1xxx, ECR2xxx, ECR3xxx) on the options EcrGen's attributes hold, read through
    /// the generator's own reader (<see cref="RepositoryClassReader"/>) so generator and analyzer agree on every value. The
    /// lifecycle rules of a class are checked together, in declaration order (the order the generator adds them), and against
    /// the digests the class's own images pin (W10); its images against its tag mutability (W1).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AttributeRulesAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = D.InCategories(D.RepositoryCategory, D.LifecycleCategory, D.ImageCategory);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            EcrGenClass.Register(context, needsCdk: true, static (symbolContext, ecrGenClass, cdk) =>
            {
                if (ecrGenClass.Repository is not { } repository)
                {
                    return;
                }

                var sink = new DiagnosticSink(symbolContext.ReportDiagnostic, D.SourceAttribute);
                var cancellationToken = symbolContext.CancellationToken;
                var (repositorySpec, _) = RepositoryClassReader.ReadRepository(repository);
                var emptying = cdk?.Emptying ?? EmptyingOption.None;
                foreach (var violation in RepositoryRules.Validate(repositorySpec, emptying))
                {
                    // W3: OnConfiguringProps, when the user implements it, may set what the attribute leaves out.
                    if (violation.RuleId == RuleIds.DestroyWithoutEmptyOnDelete && ImplementsOnConfiguringProps(ecrGenClass.Type))
                    {
                        continue;
                    }

                    // An option the user's CDK lacks is not generated (ECR0005 says so): its rules have nothing to judge.
                    if (AttributeOptions.FindByCdkName(EcrGenNames.EcrRepositoryAttribute, violation.Option) is not { } option
                        || cdk is null || CdkCapabilities.HasEveryMember(cdk.Compilation, option))
                    {
                        AttributeLocations.Report(repository, violation, sink, cancellationToken);
                    }
                }

                // The escape hatch may set any option: the mutability is then not known.
                var tagMutability = RepositoryFacts.AttributeTagMutability(ecrGenClass.Type);
                var rules = ecrGenClass.LifecycleRules;
                if (rules.Count > 0)
                {
                    var specs = new LifecycleRuleSpec[rules.Count];
                    for (var i = 0; i < specs.Length; i++)
                    {
                        specs[i] = RepositoryClassReader.ReadLifecycleRule(rules[i]);
                    }

                    foreach (var violation in LifecycleRules.Validate(specs))
                    {
                        // Whole-policy facts (no index) go on the last rule.
                        var target = violation.Index >= 0 && violation.Index < rules.Count ? rules[violation.Index] : rules[rules.Count - 1];
                        AttributeLocations.Report(target, violation, sink, cancellationToken);
                    }

                    // W10: the class declares all its rules, unless its escape hatch adds more.
                    if (RepositoryFacts.AttributeDigests(ecrGenClass.Type) is { } digests)
                    {
                        var complete = !RepositoryFacts.HasEscapeHatch(ecrGenClass.Type);
                        foreach (var digest in digests)
                        {
                            foreach (var violation in PinnedImageRules.Validate(specs, complete, tagMutability, digest))
                            {
                                AttributeLocations.Report(rules[violation.Index], violation, sink, cancellationToken);
                            }
                        }
                    }
                }

                foreach (var imageCode in ecrGenClass.ImageCodes)
                {
                    var image = RepositoryClassReader.ReadImageCode(imageCode).Image;
                    foreach (var violation in ImageReferenceRules.Validate(image))
                    {
                        AttributeLocations.Report(imageCode, violation, sink, cancellationToken);
                    }

                    foreach (var violation in ImageSourceRules.ValidateMutableReference(image.TagOrDigest, image.Tag, tagMutability))
                    {
                        AttributeLocations.Report(imageCode, violation, sink, cancellationToken);
                    }
                }

                foreach (var containerImage in ecrGenClass.ContainerImages)
                {
                    var tagOrDigest = RepositoryClassReader.ReadContainerImage(containerImage).TagOrDigest;
                    foreach (var violation in ImageReferenceRules.ValidateTagOrDigest(tagOrDigest))
                    {
                        AttributeLocations.Report(containerImage, violation, sink, cancellationToken);
                    }

                    foreach (var violation in ImageSourceRules.ValidateMutableReference(tagOrDigest, Setting<string>.NotSet, tagMutability))
                    {
                        AttributeLocations.Report(containerImage, violation, sink, cancellationToken);
                    }
                }
            });
        }

        private static bool ImplementsOnConfiguringProps(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers(GeneratedMembers.OnConfiguringProps))
            {
                if (member is IMethodSymbol method && (method.PartialImplementationPart is not null || method.PartialDefinitionPart is not null || !method.IsPartialDefinition))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
