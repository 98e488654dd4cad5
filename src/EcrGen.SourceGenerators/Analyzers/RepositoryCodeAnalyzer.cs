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
            var policyStatements = FirstStatementAdd(operations.PolicyCalls);
            if (operations.RepositoryProps is null && operations.Rules is null && operations.Repositories is null && operations.AddCalls is null
                && operations.ArnImports is null && operations.PolicyCalls is null && operations.LookupOptions is null)
            {
                return; // only L1 policy texts: the security pack's
            }

            var index = BlockIndex.Build(context.OperationBlocks);
            var sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceCode);
            if (operations.PolicyCalls is not null)
            {
                foreach (var call in operations.PolicyCalls)
                {
                    CheckPolicyOnImport(call, index, operations.Cdk, sink);
                }
            }

            if (policyStatements >= 0)
            {
                CheckResourcePolicyStatements(operations.PolicyCalls!, new PolicyReader(operations.Cdk, index), operations.Cdk, sink);
            }

            if (operations.ArnImports is not null)
            {
                foreach (var import in operations.ArnImports)
                {
                    CheckArnImport(import, index, operations.Cdk, sink);
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

            if (operations.RepositoryProps is null && operations.Rules is null && operations.Repositories is null && operations.AddCalls is null)
            {
                return;
            }

            var scan = RepositoryScan.Build(operations, index, context.CancellationToken);

            // Repository rules on every props object, wherever it is used.
            foreach (var props in scan.Props)
            {
                foreach (var violation in RepositoryRules.Validate(CdkSpecReader.ReadRepository(props, operations.Cdk), operations.Cdk.Emptying))
                {
                    // W3 is about an option missing: only where the props reach a repository here, completed by no code we cannot see.
                    if (violation.RuleId == RuleIds.DestroyWithoutEmptyOnDelete && !scan.IsCompleteRepositoryProps(props))
                    {
                        continue;
                    }

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

        private static int FirstStatementAdd(List<IInvocationOperation>? policyCalls)
        {
            for (var i = 0; policyCalls is not null && i < policyCalls.Count; i++)
            {
                if (policyCalls[i].TargetMethod.Name == "AddToResourcePolicy")
                {
                    return i;
                }
            }

            return -1;
        }

        // W7: statements added to the policy of a repository created in the app (an imported one drops them unchecked: W5).
        private static void CheckResourcePolicyStatements(List<IInvocationOperation> policyCalls, PolicyReader reader, CdkSymbols cdk, DiagnosticSink sink)
        {
            foreach (var call in policyCalls)
            {
                if (call.TargetMethod.Name != "AddToResourcePolicy"
                    || call.Instance is not { Type: { } instanceType }
                    || !CdkSymbols.DerivesFrom(instanceType, cdk.Repository))
                {
                    continue;
                }

                foreach (var statement in reader.ReadCall(call))
                {
                    if (statement.StatementLocation is not { } location)
                    {
                        continue;
                    }

                    foreach (var violation in PolicyStatementRules.ValidateForResourcePolicy(statement.Spec, statement.Where))
                    {
                        sink.Report(violation, location);
                    }
                }
            }
        }

        // W6: Repository.FromRepositoryArn(scope, id, arn).
        private static void CheckArnImport(IInvocationOperation import, BlockIndex index, CdkSymbols cdk, DiagnosticSink sink)
        {
            if (OperationValues.Argument(import.Arguments, "repositoryArn") is not { } arn)
            {
                return;
            }

            var resolved = index.Resolve(arn);
            var value = OperationValues.String(arn);
            if (!value.IsKnown && resolved != OperationValues.Unwrap(arn))
            {
                value = OperationValues.String(resolved); // a non-const local with a single constant definition
            }

            var isToken = CdkSpecReader.ContainsDeployTimeValue(resolved, cdk) || CdkSpecReader.IsConstructAttribute(resolved, index, cdk);
            foreach (var violation in RepositoryArnRules.ValidateFromRepositoryArn(value, isToken))
            {
                sink.Report(violation, arn.Syntax.GetLocation());
            }
        }

        // W5: AddToResourcePolicy, or a grant to a principal without an identity policy, on an imported repository is dropped.
        private static void CheckPolicyOnImport(IInvocationOperation call, BlockIndex index, CdkSymbols cdk, DiagnosticSink sink)
        {
            if (call.Instance is null || RepositoryImports.Find(call.Instance, index, cdk) is not { } import)
            {
                return;
            }

            var method = call.TargetMethod.Name;
            string? granteeWithoutIdentityPolicy = null;
            if (method != ImportedRepositoryRules.AddToResourcePolicy
                && OperationValues.Argument(call.Arguments, 0) is { } grantee
                && index.Resolve(grantee) is IObjectCreationOperation principal
                && HasNoIdentityPolicy(principal.Type, cdk))
            {
                granteeWithoutIdentityPolicy = principal.Type!.Name;
            }

            foreach (var violation in ImportedRepositoryRules.ValidatePolicyCall(import.Spec, method, granteeWithoutIdentityPolicy))
            {
                sink.Report(violation, call.Syntax.GetLocation());
            }
        }

        // The CDK's own principals (PrincipalBase: service, account, ARN, any, organization, federated, composite, ...) add
        // nothing to an identity policy; the ones that wrap another principal add to the wrapped one's.
        private static bool HasNoIdentityPolicy(ITypeSymbol? type, CdkSymbols cdk)
            => cdk.IsCdk(type)
                && CdkSymbols.DerivesFrom(type, cdk.PrincipalBase)
                && !CdkSymbols.DerivesFrom(type, cdk.PrincipalWithConditions)
                && !CdkSymbols.DerivesFrom(type, cdk.SessionTagsPrincipal)
                && type!.Name != "PrincipalAdapter";

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
