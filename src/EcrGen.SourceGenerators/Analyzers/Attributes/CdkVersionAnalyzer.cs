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
            Check(repository, EcrGenNames.RepositoryProps, null, capabilities, version, sink, cancellationToken);
            foreach (var rule in ecrGenClass.LifecycleRules)
            {
                Check(rule, EcrGenNames.LifecycleRule, null, capabilities, version, sink, cancellationToken);
            }

            foreach (var imageCode in ecrGenClass.ImageCodes)
            {
                Check(imageCode, EcrGenNames.EcrImageCodeProps, (EcrGenNames.DockerImageCode, "FromEcr"), capabilities, version, sink, cancellationToken);
            }

            foreach (var containerImage in ecrGenClass.ContainerImages)
            {
                Check(containerImage, null, (EcrGenNames.ContainerImage, "FromEcrRepository"), capabilities, version, sink, cancellationToken);
            }

            if (ecrGenClass.TagParameterImage is { } tagParameter)
            {
                Check(tagParameter, null, (EcrGenNames.TagParameterContainerImage, "TagParameterName"), capabilities, version, sink, cancellationToken);
            }
        }

        private static void Check(AttributeData attribute, string? propsType, (string Type, string Member)? needs, CdkCapabilities capabilities, string version, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            var syntax = AttributeLocations.Syntax(attribute, cancellationToken);
            if (syntax is null)
            {
                return;
            }

            if (needs is { } member && !capabilities.Supports(member.Type, member.Member))
            {
                sink.Report(D.OptionNotInCdk, syntax.GetLocation(), string.Empty, syntax.Name.ToString(), ShortName(member.Type) + "." + member.Member, version);
            }

            if (propsType is null || syntax.ArgumentList is null)
            {
                return;
            }

            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                var option = argument.NameEquals?.Name.Identifier.ValueText
                    ?? (argument.NameColon is null && propsType == EcrGenNames.RepositoryProps ? "RepositoryName" : null);
                if (option is null)
                {
                    continue;
                }

                var cdkOption = AttributeLocations.CdkOptionOf(option);
                if (!capabilities.Supports(propsType, cdkOption))
                {
                    sink.Report(D.OptionNotInCdk, argument.GetLocation(), cdkOption, option, ShortName(propsType) + "." + cdkOption, version);
                }
                else if (option == "EncryptionKeyArn" && !capabilities.Supports(EcrGenNames.KmsKey, "FromKeyArn"))
                {
                    sink.Report(D.OptionNotInCdk, argument.GetLocation(), cdkOption, option, "Key.FromKeyArn", version);
                }
            }
        }

        private static string ShortName(string metadataName) => metadataName.Substring(metadataName.LastIndexOf('.') + 1);
    }
}
