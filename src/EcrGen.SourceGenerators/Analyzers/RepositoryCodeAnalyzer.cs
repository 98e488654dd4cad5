using System.Collections.Generic;
using System.Collections.Immutable;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Analyzers.Code;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// Repositories and lifecycle rules in hand-written CDK code (ECR1xxx, ECR2xxx): <c>new RepositoryProps { ... }</c>,
    /// <c>new LifecycleRule { ... }</c>, <c>new Repository(scope, id, props)</c>, <c>AddLifecycleRule(...)</c>, and the rules the
    /// CDK checks across all the lifecycle rules one repository gets within a block (<see cref="RepositoryScan"/>); and the policy
    /// statements and grants the CDK drops on an imported repository (<see cref="RepositoryImports"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RepositoryCodeAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = D.InCategories(D.RepositoryCategory, D.LifecycleCategory);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (!CdkSymbols.TryCreate(start.Compilation, out var cdk))
                {
                    return; // Amazon.CDK.Lib not referenced: nothing to check
                }

                // Only types that can hold an object creation or a call get operation-block actions: see CodeCandidates.
                CodeCandidates.RegisterCodeBlocks(start, () => new RepositoryOperations(cdk, Analyze));
            });
        }

        private static void Analyze(OperationBlockAnalysisContext context, RepositoryOperations operations)
        {
            var policyStatements = RepositoryPolicyChecks.FirstStatementAdd(operations.PolicyCalls);
            if (operations.RepositoryProps is null && operations.Rules is null && operations.Repositories is null && operations.AddCalls is null
                && operations.ArnImports is null && operations.PolicyCalls is null && operations.LookupOptions is null && operations.RemovalPolicyCalls is null
                && operations.ExclusionFilterCalls is null)
            {
                return; // only L1 policy texts: the security pack's
            }

            var index = BlockIndex.Build(context.OperationBlocks, context.OwningSymbol, context.CancellationToken);
            var sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceCode);
            if (operations.PolicyCalls is not null)
            {
                foreach (var call in operations.PolicyCalls)
                {
                    RepositoryPolicyChecks.CheckPolicyOnImport(call, index, operations.Cdk, sink);
                }
            }

            if (policyStatements >= 0)
            {
                RepositoryPolicyChecks.CheckResourcePolicyStatements(operations.PolicyCalls!, new PolicyReader(operations.Cdk, index), operations.Cdk, sink);
            }

            if (operations.ArnImports is not null)
            {
                foreach (var import in operations.ArnImports)
                {
                    RepositoryPolicyChecks.CheckArnImport(import, index, operations.Cdk, sink);
                }
            }

            // ImageTagMutabilityExclusionFilter.Wildcard (newer CDKs) validates its pattern where it is called.
            if (operations.ExclusionFilterCalls is not null)
            {
                foreach (var call in operations.ExclusionFilterCalls)
                {
                    if (OperationValues.Argument(call.Arguments, 0) is { } pattern && index.Read(pattern, OperationValues.String).TryGetValue(out var text))
                    {
                        foreach (var violation in RepositoryRules.ValidateExclusionFilterPattern(text))
                        {
                            sink.Report(violation, pattern.Syntax.GetLocation());
                        }
                    }
                }
            }

            // Repository.FromLookup's options (newer CDKs), wherever they are created.
            if (operations.LookupOptions is not null)
            {
                foreach (var creation in operations.LookupOptions)
                {
                    var options = WrittenObject.Read(creation, index);
                    foreach (var violation in RepositoryLookupRules.Validate(CdkSpecReader.ReadLookupOptions(options, operations.Cdk)))
                    {
                        sink.Report(violation, options.LocationOf(violation.Option));
                    }
                }
            }

            if (operations.RepositoryProps is null && operations.Rules is null && operations.Repositories is null && operations.AddCalls is null && operations.RemovalPolicyCalls is null)
            {
                return;
            }

            var scan = RepositoryScan.Build(operations, index, context.CancellationToken);

            // Repository rules on every props object, wherever it is used.
            foreach (var props in scan.Props)
            {
                foreach (var violation in RepositoryRules.Validate(CdkSpecReader.ReadRepository(props, operations.Cdk), operations.Cdk.Emptying))
                {
                    // W3 is about an option missing: only where the props reach a repository here, completed by no code we cannot see
                    // (nor by the newer CDKs' auto-delete mixin, which sets EmptyOnDelete after the props).
                    if (violation.RuleId == RuleIds.DestroyWithoutEmptyOnDelete && (!scan.IsCompleteRepositoryProps(props) || operations.CreatesAutoDeleteMixin))
                    {
                        continue;
                    }

                    sink.Report(violation, props.LocationOf(violation.Option));
                }
            }

            if (operations.RemovalPolicyCalls is not null && !operations.CreatesAutoDeleteMixin)
            {
                foreach (var call in operations.RemovalPolicyCalls)
                {
                    RemovalPolicyChecks.CheckApplyRemovalPolicy(call, scan, operations.Cdk, sink);
                }
            }

            foreach (var group in scan.Groups.Groups)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                LifecycleChecks.CheckGroup(group, sink);
            }

            // A rule whose repository is not certain, or never added here (returned, passed on): its own rules still apply.
            foreach (var rule in scan.Groups.CheckedAlone)
            {
                LifecycleChecks.CheckAlone(scan, rule, sink);
            }

            foreach (var rule in scan.Rules)
            {
                if (!scan.Groups.IsGrouped(rule) && !LifecycleChecks.Contains(scan.Groups.CheckedAlone, rule))
                {
                    LifecycleChecks.CheckAlone(scan, rule, sink);
                }
            }

            PinnedImageChecks.CheckPinnedImages(scan, operations, sink);
        }
    }
}
