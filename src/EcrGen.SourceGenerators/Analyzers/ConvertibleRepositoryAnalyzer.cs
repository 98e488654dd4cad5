using System.Collections.Immutable;
using EcrGen.SourceGenerators.Conversion;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// ECR0007 (opt-in): every <c>new Repository(...)</c> that <see cref="RepositoryConversion"/> can convert exactly, so that
    /// the conversion is reachable as a code fix, and with it from <c>dotnet format</c>. Its only rule is disabled by default,
    /// and Roslyn runs no action of an analyzer whose rules are all off: it costs nothing until a project turns it on.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConvertibleRepositoryAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(D.ConvertibleRepository);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                // The generated class needs the attributes and the CDK's Repository.
                if (start.Compilation.GetTypeByMetadataName(EcrGenNames.Repository) is null
                    || start.Compilation.GetTypeByMetadataName(EcrGenNames.EcrRepositoryAttribute) is null)
                {
                    return;
                }

                start.RegisterSyntaxNodeAction(Analyze, SyntaxKind.ObjectCreationExpression);
            });
        }

        private static void Analyze(SyntaxNodeAnalysisContext context)
        {
            var creation = (ObjectCreationExpressionSyntax)context.Node;
            if (creation.ArgumentList is not { Arguments.Count: 2 or 3 }
                || RepositoryConversion.Read(creation, context.SemanticModel, context.CancellationToken) is not { } conversion)
            {
                return;
            }

            var span = TextSpan.FromBounds(creation.NewKeyword.SpanStart, creation.Type.Span.End);
            new DiagnosticSink(context.ReportDiagnostic, D.SourceCode).Report(
                D.ConvertibleRepository,
                Location.Create(creation.SyntaxTree, span),
                null,
                conversion.IdText ?? creation.ArgumentList.Arguments[1].ToString(),
                Count(conversion.Rules.Count, "lifecycle rule"),
                Count(conversion.Images.Count, "image reference"));
        }

        private static string Count(int count, string noun)
            => count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
    }
}
