using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers.Attributes
{
    /// <summary>
    /// ECR0003: <c>[LifecycleRule]</c>, <c>[TagParameterImage]</c>, <c>[EcrImageCode]</c> and <c>[ContainerImage]</c> describe the
    /// repository of an <c>[EcrRepository]</c> on the same class; without one they are ignored. Reported on each attribute.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class OrphanAttributeAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(D.MissingEcrRepository);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            EcrGenClass.Register(context, needsCdk: true, static (symbolContext, ecrGenClass, _) =>
            {
                if (ecrGenClass.Repository is not null)
                {
                    return;
                }

                var sink = new DiagnosticSink(symbolContext.ReportDiagnostic, D.SourceAttribute);
                foreach (var attribute in ecrGenClass.EcrGenAttributes)
                {
                    if (AttributeLocations.Syntax(attribute, symbolContext.CancellationToken) is { } syntax)
                    {
                        sink.Report(D.MissingEcrRepository, syntax.GetLocation(), null, syntax.Name.ToString(), ecrGenClass.Type.Name);
                    }
                }
            });
        }
    }
}
