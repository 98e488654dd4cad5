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

            CheckPinnedImages(scan, operations, sink);
        }

        // W10: the rules of a repository against the digests its images are pinned to, in this block or by its EcrGen attributes.
        private static void CheckPinnedImages(RepositoryScan scan, RepositoryOperations operations, DiagnosticSink sink)
        {
            var cdk = operations.Cdk;
            var index = scan.Index;
            if (operations.ImageCalls is not null)
            {
                foreach (var call in operations.ImageCalls)
                {
                    if (PinOf(call, index, cdk) is not { } pin
                        || scan.Groups.Find(SymbolKey.OfReference(pin.Repository, index, call)) is not { } group
                        || group.Entries.Count == 0)
                    {
                        continue;
                    }

                    CheckPin(group, pin.Digest, pin.Location, scan, cdk, sink);
                }
            }

            // An [EcrRepository] class's own pinned images against the rules this block adds to it (its own rules alone are the
            // attribute analyzer's).
            foreach (var group in scan.Groups.Groups)
            {
                if (group.Repository is IObjectCreationOperation { Type: INamedTypeSymbol type } && !CdkSymbols.Is(type, cdk.Repository)
                    && HasWrittenRule(group) && RepositoryFacts.AttributeDigests(type) is { } digests)
                {
                    foreach (var digest in digests)
                    {
                        CheckPin(group, digest, null, scan, cdk, sink);
                    }
                }
            }
        }

        private static void CheckPin(LifecycleRuleGroups<IOperation, WrittenObject>.Group group, string digest, Location? pinLocation, RepositoryScan scan, CdkSymbols cdk, DiagnosticSink sink)
        {
            var entries = group.Entries;
            var specs = new LifecycleRuleSpec[entries.Count];
            for (var i = 0; i < specs.Length; i++)
            {
                specs[i] = entries[i].Spec;
            }

            // Complete: a repository created here, from props the block holds, that no code elsewhere can reach to add rules.
            var repository = group.Repository;
            var complete = repository is IObjectCreationOperation creation && !group.PropsUnknown
                && !RepositoryEscapes.FromBlock(creation, scan.Index, cdk)
                && !(creation.Type is INamedTypeSymbol type && !CdkSymbols.Is(type, cdk.Repository) && RepositoryFacts.HasEscapeHatch(type));
            var mutability = repository is null ? Setting<CdkEnumValue>.NotSet : RepositoryFacts.TagMutabilityOf(repository, scan.Index, cdk);
            foreach (var violation in PinnedImageRules.Validate(specs, complete, mutability, digest))
            {
                var written = entries[violation.Index].Written;
                if (written is not null)
                {
                    sink.Report(violation, written.LocationOf(violation.Option));
                }
                else if (pinLocation is not null)
                {
                    sink.Report(violation, pinLocation); // a rule from the repository's attributes: on the pin written here
                }
            }
        }

        private static bool HasWrittenRule(LifecycleRuleGroups<IOperation, WrittenObject>.Group group)
        {
            foreach (var entry in group.Entries)
            {
                if (entry.Written is not null)
                {
                    return true;
                }
            }

            return false;
        }

        // The repository and valid digest of an image pinned in code: TagOrDigest of EcrImageCodeProps, or the tag argument.
        private static (IOperation Repository, string Digest, Location Location)? PinOf(IOperation call, BlockIndex index, CdkSymbols cdk)
        {
            var arguments = call is IInvocationOperation invocation ? invocation.Arguments : ((IObjectCreationOperation)call).Arguments;
            var repository = OperationValues.Argument(arguments, 0);
            var reference = OperationValues.Argument(arguments, 1);
            if (repository is null || reference is null)
            {
                return null;
            }

            var digestValue = reference;
            var location = reference.Syntax.GetLocation();
            if (index.Resolve(reference) is IObjectCreationOperation props && CdkSymbols.Is(props.Type, cdk.EcrImageCodeProps))
            {
                if (WrittenObject.Read(props, index).Find("TagOrDigest") is not { Value: { } value } site)
                {
                    return null;
                }

                digestValue = value;
                location = site.Syntax.GetLocation();
            }

            return OperationValues.String(digestValue).TryGetValue(out var digest) && ImageDigest.IsValidDigest(digest)
                ? (repository, digest, location)
                : null;
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
