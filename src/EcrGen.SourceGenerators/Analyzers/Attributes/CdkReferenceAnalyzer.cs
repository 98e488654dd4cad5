using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers.Attributes
{
    /// <summary>
    /// ECR0006: EcrGen attributes in a project that does not reference Amazon.CDK.Lib, so nothing is generated. Reported on the
    /// first EcrGen attribute of each class that has one, from a symbol action, so that editors show it while the user types
    /// (they do not run compilation-end actions live).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CdkReferenceAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(D.CdkNotReferenced);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            EcrGenClass.Register(context, needsCdk: false, static (symbolContext, ecrGenClass, cdk) =>
            {
                if (cdk is null && AttributeLocations.Syntax(ecrGenClass.EcrGenAttributes[0], symbolContext.CancellationToken) is { } syntax)
                {
                    new DiagnosticSink(symbolContext.ReportDiagnostic, D.SourceAttribute).Report(D.CdkNotReferenced, syntax.GetLocation(), null);
                }
            });
        }
    }
}
