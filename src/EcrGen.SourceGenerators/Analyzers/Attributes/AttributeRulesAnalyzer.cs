using System.Collections.Immutable;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers.Attributes
{
    /// <summary>
    /// The repository, lifecycle and image rules (ECR1xxx, ECR2xxx, ECR3xxx) on the options EcrGen's attributes hold, read through
    /// the generator's own reader (<see cref="RepositoryClassReader"/>) so generator and analyzer agree on every value. The
    /// lifecycle rules of a class are checked together, in declaration order (the order the generator adds them).
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
                foreach (var violation in RepositoryRules.Validate(repositorySpec))
                {
                    // An option the user's CDK lacks is not generated (ECR0005 says so): its rules have nothing to judge.
                    if (AttributeOptions.FindByCdkName(EcrGenNames.EcrRepositoryAttribute, violation.Option) is not { } option
                        || cdk is null || CdkCapabilities.HasEveryMember(cdk.Compilation, option))
                    {
                        AttributeLocations.Report(repository, violation, sink, cancellationToken);
                    }
                }

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
                }

                foreach (var imageCode in ecrGenClass.ImageCodes)
                {
                    foreach (var violation in ImageReferenceRules.Validate(RepositoryClassReader.ReadImageCode(imageCode).Image))
                    {
                        AttributeLocations.Report(imageCode, violation, sink, cancellationToken);
                    }
                }

                foreach (var containerImage in ecrGenClass.ContainerImages)
                {
                    foreach (var violation in ImageReferenceRules.ValidateTagOrDigest(RepositoryClassReader.ReadContainerImage(containerImage).TagOrDigest))
                    {
                        AttributeLocations.Report(containerImage, violation, sink, cancellationToken);
                    }
                }
            });
        }
    }
}
