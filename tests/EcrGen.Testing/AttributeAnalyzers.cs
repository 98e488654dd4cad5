using System.Collections.Immutable;
using System.Linq;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.SourceGenerators.Analyzers.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcrGen.Testing
{
    /// <summary>
    /// Every analyzer of EcrGen's attributes at once (one per concern in the product), for tests whose snippets exercise
    /// several concerns of one attribute together, as a user's build does. Registers each part's actions in turn.
    /// </summary>
#pragma warning disable RS1036, RS1038, RS1041 // a test-only composite, never loaded by a compiler
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AttributeAnalyzers : DiagnosticAnalyzer
    {
        /// <summary>The analyzers that read EcrGen's attributes.</summary>
        public static readonly ImmutableArray<DiagnosticAnalyzer> Parts = ImmutableArray.Create<DiagnosticAnalyzer>(
            new ClassShapeAnalyzer(),
            new OrphanAttributeAnalyzer(),
            new ImageNameAnalyzer(),
            new CdkVersionAnalyzer(),
            new CdkReferenceAnalyzer(),
            new AttributeRulesAnalyzer(),
            new SecurityAnalyzer());

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            Parts.SelectMany(part => part.SupportedDiagnostics).Distinct().ToImmutableArray();

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            foreach (var part in Parts)
            {
                part.Initialize(context);
            }
        }
    }
#pragma warning restore RS1036, RS1038, RS1041
}
