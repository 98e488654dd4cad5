using System.Collections.Generic;
using System.Collections.Immutable;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Analyzers.Attributes;
using EcrGen.SourceGenerators.Analyzers.Code;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// The opt-in security pack (ECR4001–ECR4004, <see cref="SecurityRules"/>) on <c>[EcrRepository]</c> classes and on
    /// hand-written repositories and policies. Every rule is disabled by default, and Roslyn runs no action of an analyzer all
    /// of whose rules are off, so the pack costs nothing until a project turns a rule on in .editorconfig.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SecurityAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = D.InCategories(D.SecurityCategory);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (!CdkSymbols.TryCreate(start.Compilation, out var cdk))
                {
                    return;
                }

                if (EcrGenAttributeTypes.TryCreate(start.Compilation, out var attributes))
                {
                    start.RegisterSymbolAction(
                        symbolContext =>
                        {
                            if (EcrGenClass.Read((INamedTypeSymbol)symbolContext.Symbol, attributes) is { Repository: { } repository } ecrGenClass)
                            {
                                AnalyzeAttribute(symbolContext, repository, ecrGenClass.LifecycleRules.Count);
                            }
                        },
                        SymbolKind.NamedType);
                }

                CodeCandidates.RegisterCodeBlocks(start, () => new RepositoryOperations(cdk, AnalyzeCode));
            });
        }

        private static void AnalyzeAttribute(SymbolAnalysisContext context, AttributeData repository, int ruleCount)
        {
            var sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceAttribute);
            var (spec, _) = RepositoryClassReader.ReadRepository(repository);
            foreach (var violation in SecurityRules.Validate(spec, knownToHaveNoLifecycleRule: ruleCount == 0))
            {
                AttributeLocations.Report(repository, violation, sink, context.CancellationToken);
            }
        }

        private static void AnalyzeCode(OperationBlockAnalysisContext context, RepositoryOperations operations)
        {
            var sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceCode);
            var index = BlockIndex.Build(context.OperationBlocks, context.OwningSymbol, context.CancellationToken);
            var cdk = operations.Cdk;
            if (operations.Repositories is not null)
            {
                var scan = RepositoryScan.Build(operations, index, context.CancellationToken);
                foreach (var repository in operations.Repositories)
                {
                    CheckRepository(repository, scan, cdk, sink);
                }
            }

            var policies = new PolicyReader(cdk, index);
            if (operations.PolicyCalls is not null)
            {
                foreach (var call in operations.PolicyCalls)
                {
                    foreach (var statement in policies.ReadCall(call))
                    {
                        Report(statement, sink);
                    }
                }
            }

            if (operations.PolicyTexts is not null)
            {
                foreach (var props in operations.PolicyTexts)
                {
                    foreach (var statement in policies.ReadPolicyText(props))
                    {
                        Report(statement, sink);
                    }
                }
            }
        }

        // ECR4002–ECR4004 for a hand-written new Repository(...); subclasses (EcrGen classes included) are checked where
        // their options are written.
        private static void CheckRepository(IOperation repository, RepositoryScan scan, CdkSymbols cdk, DiagnosticSink sink)
        {
            if (repository is not IObjectCreationOperation creation || !CdkSymbols.Is(creation.Type, cdk.Repository)
                || scan.GroupOf(creation) is not { PropsUnknown: false } group)
            {
                return;
            }

            SymbolKey.OfHolder(creation, scan.Index, out var isLocalOrUnstored);
            var props = group.Props;
            var spec = props is null ? new RepositorySpec() : CdkSpecReader.ReadRepository(props, cdk);
            var knownToHaveNoRule = group.Entries.Count == 0 && isLocalOrUnstored && !RepositoryEscapes.FromBlock(creation, scan.Index, cdk);
            var whole = WrittenObject.CreationLocation(creation.Syntax);
            foreach (var violation in SecurityRules.Validate(spec, knownToHaveNoRule))
            {
                // An option not written is reported on the props (or the repository when there are none).
                var location = violation.RuleId == RuleIds.NoLifecycleRule ? whole
                    : props is not null && props.Find(violation.Option) is not null ? props.LocationOf(violation.Option)
                    : props?.Location ?? whole;
                sink.Report(violation, location);
            }
        }

        private static void Report(PolicyStatementRead statement, DiagnosticSink sink)
        {
            foreach (var violation in SecurityRules.ValidateStatement(statement.Spec, statement.Where))
            {
                sink.Report(violation, statement.PrincipalLocations[violation.Index]);
            }
        }
    }
}
