using System.Collections.Generic;
using System.Collections.Immutable;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Analyzers.Code;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// Repositories and lifecycle rules in hand-written CDK code (ECR1xxx, ECR2xxx): <c>new RepositoryProps { ... }</c>,
    /// <c>new LifecycleRule { ... }</c>, <c>new Repository(scope, id, props)</c>, <c>AddLifecycleRule(...)</c>, and the rules the
    /// CDK checks across all the lifecycle rules one repository gets within a block (<see cref="RepositoryScan"/>).
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
            if (operations.RepositoryProps is null && operations.Rules is null && operations.Repositories is null && operations.AddCalls is null)
            {
                return; // only policy code: the security pack's
            }

            var scan = RepositoryScan.Build(operations, BlockIndex.Build(context.OperationBlocks), context.CancellationToken);
            var sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceCode);

            // Repository rules on every props object, wherever it is used.
            foreach (var props in scan.Props)
            {
                foreach (var violation in RepositoryRules.Validate(CdkSpecReader.ReadRepository(props, operations.Cdk)))
                {
                    sink.Report(violation, props.LocationOf(violation.Option));
                }
            }

            foreach (var group in scan.Groups.Groups)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                CheckGroup(group, sink);
            }

            // A rule whose repository is not certain, or never added here (returned, passed on): its own rules still apply.
            foreach (var rule in scan.Groups.CheckedAlone)
            {
                CheckAlone(scan, rule, sink);
            }

            foreach (var rule in scan.Rules)
            {
                if (!scan.Groups.IsGrouped(rule) && !Contains(scan.Groups.CheckedAlone, rule))
                {
                    CheckAlone(scan, rule, sink);
                }
            }
        }

        private static void CheckGroup(LifecycleRuleGroups<IOperation, WrittenObject>.Group group, DiagnosticSink sink)
        {
            var entries = group.Entries;
            if (entries.Count == 0)
            {
                return;
            }

            var specs = new LifecycleRuleSpec[entries.Count];
            for (var i = 0; i < specs.Length; i++)
            {
                specs[i] = entries[i].Spec;
            }

            foreach (var violation in LifecycleRules.Validate(specs))
            {
                var target = violation.Index >= 0 && violation.Index < entries.Count ? entries[violation.Index].Written : null;
                if (target is not null)
                {
                    sink.Report(violation, target.LocationOf(violation.Option));
                }
                else if (violation.Index < 0 || violation.Index >= entries.Count)
                {
                    // Whole-policy facts: on the repository, or on the first rule written here.
                    var location = group.Repository is { } repository ? WrittenObject.CreationLocation(repository.Syntax) : FirstWrittenLocation(entries);
                    if (location is not null)
                    {
                        sink.Report(violation, location);
                    }
                }
            }
        }

        private static void CheckAlone(RepositoryScan scan, WrittenObject rule, DiagnosticSink sink)
        {
            foreach (var violation in LifecycleRules.Validate(new[] { scan.SpecOf(rule) }))
            {
                sink.Report(violation, rule.LocationOf(violation.Option));
            }
        }

        private static Location? FirstWrittenLocation(List<LifecycleRuleGroups<IOperation, WrittenObject>.Entry> entries)
        {
            foreach (var entry in entries)
            {
                if (entry.Written is not null)
                {
                    return entry.Written.Location;
                }
            }

            return null;
        }

        private static bool Contains(IReadOnlyList<WrittenObject> rules, WrittenObject rule)
        {
            foreach (var candidate in rules)
            {
                if (ReferenceEquals(candidate, rule))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
