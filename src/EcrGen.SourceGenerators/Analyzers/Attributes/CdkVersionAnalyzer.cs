using System.Collections.Immutable;
using System.Threading;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers.Attributes
{
    /// <summary>
    /// ECR0005: an attribute option whose CDK member the referenced Amazon.CDK.Lib does not have. The generator leaves such an
    /// option out (<see cref="CdkCapabilities"/>, the same check); this analyzer says so, on the argument, or on the attribute
    /// when the attribute as a whole needs a member.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CdkVersionAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(D.OptionNotInCdk);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (!EcrGenAttributeTypes.TryCreate(start.Compilation, out var attributes) || !CdkSymbols.TryCreate(start.Compilation, out var cdk))
                {
                    return;
                }

                var capabilities = CdkCapabilities.From(start.Compilation);
                if (capabilities.MissingMembers.IsEmpty)
                {
                    return; // a CDK with every member EcrGen can generate: nothing to report
                }

                start.RegisterSymbolAction(
                    symbolContext =>
                    {
                        if (EcrGenClass.Read((INamedTypeSymbol)symbolContext.Symbol, attributes) is { Repository: { } repository } ecrGenClass)
                        {
                            Analyze(ecrGenClass, repository, capabilities, cdk.CdkVersion, new DiagnosticSink(symbolContext.ReportDiagnostic, D.SourceAttribute), symbolContext.CancellationToken);
                        }
                    },
                    SymbolKind.NamedType);
            });
        }

        private static void Analyze(EcrGenClass ecrGenClass, AttributeData repository, CdkCapabilities capabilities, string version, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            Check(repository, EcrGenNames.EcrRepositoryAttribute, capabilities, version, sink, cancellationToken);
            foreach (var rule in ecrGenClass.LifecycleRules)
            {
                Check(rule, EcrGenNames.LifecycleRuleAttribute, capabilities, version, sink, cancellationToken);
            }

            foreach (var imageCode in ecrGenClass.ImageCodes)
            {
                Check(imageCode, EcrGenNames.EcrImageCodeAttribute, capabilities, version, sink, cancellationToken);
            }

            foreach (var containerImage in ecrGenClass.ContainerImages)
            {
                Check(containerImage, EcrGenNames.ContainerImageAttribute, capabilities, version, sink, cancellationToken);
            }

            if (ecrGenClass.TagParameterImage is { } tagParameter)
            {
                Check(tagParameter, EcrGenNames.TagParameterImageAttribute, capabilities, version, sink, cancellationToken);
            }
        }

        // What the attribute's generated members call, then the CDK members of each option written (AttributeOptions).
        private static void Check(AttributeData attribute, string attributeName, CdkCapabilities capabilities, string version, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            var syntax = AttributeLocations.Syntax(attribute, cancellationToken);
            if (syntax is null)
            {
                return;
            }

            if (AttributeOptions.NeedsOf(attributeName) is { } needs && !capabilities.Supports(needs.Type, needs.Member))
            {
                sink.Report(D.OptionNotInCdk, syntax.GetLocation(), string.Empty, syntax.Name.ToString(), needs.Display, version);
            }

            if (syntax.ArgumentList is null)
            {
                return;
            }

            var parameters = attribute.AttributeConstructor?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty;
            var position = 0;
            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                var name = argument.NameEquals?.Name.Identifier.ValueText
                    ?? argument.NameColon?.Name.Identifier.ValueText
                    ?? (position < parameters.Length ? parameters[position].Name : null);
                if (argument.NameEquals is null)
                {
                    position++;
                }

                if (name is not null && AttributeOptions.Find(attributeName, name) is { } option && capabilities.FirstMissing(option) is { } missing)
                {
                    sink.Report(D.OptionNotInCdk, argument.GetLocation(), option.CdkName, option.Property, missing.Display, version);
                }
            }
        }
    }
}
