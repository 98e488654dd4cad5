using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using EcrGen.Domain;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers.Cfn
{
    /// <summary>
    /// The registry-level L1 resources that have no L2 (catalogue T13–T16): <c>CfnReplicationConfiguration</c> (ECR1018),
    /// <c>CfnPullThroughCacheRule</c> (ECR1019), <c>CfnRepositoryCreationTemplate</c> (ECR1020) and
    /// <c>CfnRegistryScanningConfiguration</c> (ECR1021, Amazon.CDK.Lib after 2.160.0). The values are judged by the domain
    /// rules (<see cref="ReplicationRules"/>, <see cref="PullThroughCacheRules"/>, <see cref="CreationTemplateRules"/>,
    /// <see cref="RegistryScanningRules"/>) as written inline in the constructor call: <c>new CfnX(scope, id, new CfnXProps { ... })</c>.
    /// A template's constant <c>LifecyclePolicy</c> and <c>RepositoryPolicy</c> texts are judged as a <c>CfnRepository</c>'s
    /// (through <see cref="ConstantPolicyText"/>, the reporter <see cref="CfnRepositoryAnalyzer"/> uses), so this analyzer
    /// also reports those texts' ids.
    /// </summary>
    /// <remarks>
    /// Cost: nothing is registered when the compilation has none of the four types; otherwise one operation action on object
    /// creations, whose first test is a reference comparison of the created type (no per-block state, no block-end action).
    /// The one cross-resource rule, a second replication configuration, is decided from the creation itself: only when a
    /// <c>CfnReplicationConfiguration</c> is created does the analyzer look at the other statements of its block, so it
    /// reports while the user types, in every IDE, with no compilation-end action.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RegistryResourcesAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<OperationKind> ObjectCreations = ImmutableArray.Create(OperationKind.ObjectCreation);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            D.ReplicationConfiguration, D.PullThroughCacheRule, D.RepositoryCreationTemplate, D.RegistryScanningConfiguration).AddRange(ConstantPolicyText.Descriptors);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                var types = new Types(start.Compilation);
                if (types.IsEmpty)
                {
                    return;
                }

                start.RegisterOperationAction(types.OnCreation, ObjectCreations);
            });
        }

        private sealed class Types
        {
            private readonly INamedTypeSymbol? _replication;
            private readonly INamedTypeSymbol? _pullThroughCache;
            private readonly INamedTypeSymbol? _creationTemplate;
            private readonly INamedTypeSymbol? _scanning;

            public Types(Compilation compilation)
            {
                _replication = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.CfnReplicationConfiguration");
                _pullThroughCache = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.CfnPullThroughCacheRule");
                _creationTemplate = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.CfnRepositoryCreationTemplate");
                _scanning = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.ECR.CfnRegistryScanningConfiguration");
            }

            public bool IsEmpty => _replication is null && _pullThroughCache is null && _creationTemplate is null && _scanning is null;

            public void OnCreation(OperationAnalysisContext context)
            {
                var creation = (IObjectCreationOperation)context.Operation;
                var type = creation.Type;
                if (type is null || type.TypeKind != TypeKind.Class)
                {
                    return;
                }

                // Reference comparisons first: almost every creation is none of the four.
                if (SymbolEqualityComparer.Default.Equals(type, _replication))
                {
                    var sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceCode);
                    CheckReplication(creation, sink);
                    CheckSecondReplication(creation, _replication!, sink);
                }
                else if (SymbolEqualityComparer.Default.Equals(type, _pullThroughCache))
                {
                    CheckPullThroughCache(creation, new DiagnosticSink(context.ReportDiagnostic, D.SourceCode));
                }
                else if (SymbolEqualityComparer.Default.Equals(type, _creationTemplate))
                {
                    CheckCreationTemplate(creation, new DiagnosticSink(context.ReportDiagnostic, D.SourceCode), context.CancellationToken);
                }
                else if (SymbolEqualityComparer.Default.Equals(type, _scanning))
                {
                    CheckScanning(creation, new DiagnosticSink(context.ReportDiagnostic, D.SourceCode));
                }
            }
        }

        // ---------------- T13: replication ----------------

        private static void CheckReplication(IObjectCreationOperation creation, DiagnosticSink sink)
        {
            if (Props(creation) is not { } props || ObjectOf(props.ValueOf("ReplicationConfiguration")) is not { } configuration)
            {
                return;
            }

            if (!ElementsOf(configuration.ValueOf("Rules"), out var rules))
            {
                return;
            }

            Report(ReplicationRules.ValidateRuleCount(rules.Length), configuration, sink);
            var (sourceAccount, sourceRegion) = SourceRegistryOf(creation);
            for (var i = 0; i < rules.Length; i++)
            {
                if (ObjectOf(rules[i]) is not { } rule)
                {
                    continue;
                }

                if (ElementsOf(rule.ValueOf("Destinations"), out var destinations))
                {
                    foreach (var element in destinations)
                    {
                        if (ObjectOf(element) is { } destination)
                        {
                            Report(ReplicationRules.ValidateDestination(Text(destination, "Region"), Text(destination, "RegistryId"), sourceAccount, sourceRegion), destination, sink);
                        }
                    }
                }

                if (ElementsOf(rule.ValueOf("RepositoryFilters"), out var filters))
                {
                    Report(ReplicationRules.ValidateFilterCount(filters.Length, i), rule, sink);
                    foreach (var element in filters)
                    {
                        if (ObjectOf(element) is { } filter)
                        {
                            Report(ReplicationRules.ValidateFilter(Text(filter, "Filter"), Text(filter, "FilterType")), filter, sink);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// The constant account and Region of the stack the configuration is created in, when that stack is known here: the
        /// scope is <c>this</c> in a constructor that calls <c>Stack</c>'s own constructor, or a local initialized with
        /// <c>new Stack(...)</c> and never assigned again, and the stack's props are written inline with an inline
        /// <c>Env = new Environment { Account = "...", Region = "..." }</c> of constants. Anything else (an env-agnostic stack,
        /// a value from the environment or from context) is unknown: <c>(null, null)</c>.
        /// </summary>
        private static (string? Account, string? Region) SourceRegistryOf(IObjectCreationOperation creation)
        {
            var root = RootOf(creation);
            IOperation? stackProps = null;
            switch (ScopeOf(creation))
            {
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                    if (root is IConstructorBodyOperation { Initializer: { } initializer })
                    {
                        foreach (var operation in initializer.DescendantsAndSelf())
                        {
                            if (operation is IInvocationOperation { TargetMethod: { MethodKind: MethodKind.Constructor } constructor } call && IsStack(constructor.ContainingType))
                            {
                                stackProps = OperationValues.Argument(call.Arguments, 2);
                                break;
                            }
                        }
                    }

                    break;
                case ILocalReferenceOperation local when root is not null && !IsAssigned(local.Local, root):
                    foreach (var operation in root.Descendants())
                    {
                        if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local)
                            && declarator.Initializer?.Value is { } value && OperationValues.Unwrap(value) is IObjectCreationOperation stack && IsStack(stack.Type))
                        {
                            stackProps = OperationValues.Argument(stack.Arguments, 2);
                            break;
                        }
                    }

                    break;
            }

            if (ObjectOf(stackProps) is { } props && ObjectOf(props.ValueOf("Env")) is { } env
                && Text(env, "Account").TryGetValue(out var account) && Text(env, "Region").TryGetValue(out var region))
            {
                return (account, region);
            }

            return (null, null);
        }

        private static bool IsStack(ITypeSymbol? type)
            => type is { Name: "Stack", ContainingNamespace: { Name: "CDK", ContainingNamespace: { Name: "Amazon", ContainingNamespace.IsGlobalNamespace: true } } };

        private static IOperation? RootOf(IOperation operation)
        {
            var current = operation;
            while (current.Parent is { } parent)
            {
                current = parent;
            }

            return current;
        }

        /// <summary>
        /// A second <c>CfnReplicationConfiguration</c> on the same scope (<c>this</c>, or the same parameter or local) as an
        /// earlier one, both statements of the same block that always run: both configure the one registry of that stack.
        /// </summary>
        private static void CheckSecondReplication(IObjectCreationOperation creation, INamedTypeSymbol replication, DiagnosticSink sink)
        {
            if (!TryGetStatement(creation, out var statement, out var block) || ScopeOf(creation) is not { } scope)
            {
                return;
            }

            foreach (var other in block.Operations)
            {
                if (other == statement)
                {
                    return; // only earlier statements: the first of a pair stays silent.
                }

                foreach (var candidate in other.DescendantsAndSelf())
                {
                    if (candidate is IObjectCreationOperation earlier
                        && SymbolEqualityComparer.Default.Equals(earlier.Type, replication)
                        && TryGetStatement(earlier, out var earlierStatement, out var earlierBlock)
                        && earlierStatement == other && earlierBlock == block
                        && ScopeOf(earlier) is { } earlierScope && SameScope(scope, earlierScope, block))
                    {
                        var id = OperationValues.String(OperationValues.Argument(earlier.Arguments, 1));
                        sink.Report(ReplicationRules.SecondConfiguration(id.TryGetValue(out var name) && name is not null ? name : "the earlier one"), WrittenObject.CreationLocation(creation.Syntax));
                        return;
                    }
                }
            }
        }

        // The statement that holds the creation as its whole value (an expression statement, a declaration, an assignment),
        // directly in a block: so it runs whenever the block does.
        private static bool TryGetStatement(IOperation creation, out IOperation statement, out IBlockOperation block)
        {
            var current = creation;
            while (current.Parent is { } parent)
            {
                switch (parent)
                {
                    case IConversionOperation:
                    case IVariableInitializerOperation:
                    case IVariableDeclaratorOperation:
                    case IVariableDeclarationOperation:
                    case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    case IExpressionStatementOperation:
                    case IVariableDeclarationGroupOperation:
                        current = parent;
                        continue;
                    case IBlockOperation owner when current is IExpressionStatementOperation || current is IVariableDeclarationGroupOperation:
                        statement = current;
                        block = owner;
                        return true;
                }

                break;
            }

            statement = null!;
            block = null!;
            return false;
        }

        private static IOperation? ScopeOf(IObjectCreationOperation creation)
            => OperationValues.Argument(creation.Arguments, 0) is { } scope ? OperationValues.Unwrap(scope) : null;

        private static bool SameScope(IOperation a, IOperation b, IBlockOperation block)
        {
            switch (a)
            {
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                    return b is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };
                case IParameterReferenceOperation parameter:
                    return b is IParameterReferenceOperation other && SymbolEqualityComparer.Default.Equals(parameter.Parameter, other.Parameter)
                        && !IsAssigned(parameter.Parameter, block);
                case ILocalReferenceOperation local:
                    return b is ILocalReferenceOperation otherLocal && SymbolEqualityComparer.Default.Equals(local.Local, otherLocal.Local)
                        && !IsAssigned(local.Local, block);
                default:
                    return false;
            }
        }

        // Whether the block assigns the parameter or local anywhere (besides a local's declaration): then two references to it
        // may be two scopes.
        private static bool IsAssigned(ISymbol symbol, IOperation block)
        {
            foreach (var operation in block.Descendants())
            {
                if (operation is IAssignmentOperation assignment
                    && ((assignment.Target is ILocalReferenceOperation local && SymbolEqualityComparer.Default.Equals(local.Local, symbol))
                        || (assignment.Target is IParameterReferenceOperation parameter && SymbolEqualityComparer.Default.Equals(parameter.Parameter, symbol))))
                {
                    return true;
                }
            }

            return false;
        }

        // ---------------- T14: pull through cache ----------------

        private static void CheckPullThroughCache(IObjectCreationOperation creation, DiagnosticSink sink)
        {
            if (Props(creation) is not { } props)
            {
                return;
            }

            Report(
                PullThroughCacheRules.Validate(Text(props, "EcrRepositoryPrefix"), Text(props, "UpstreamRegistry"), Text(props, "UpstreamRegistryUrl"), Text(props, "CredentialArn")),
                props,
                sink);
        }

        // ---------------- T15: repository creation template ----------------

        private static void CheckCreationTemplate(IObjectCreationOperation creation, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            if (Props(creation) is not { } props)
            {
                return;
            }

            var tagged = ElementsOf(props.ValueOf("ResourceTags"), out var tags) && tags.Length > 0;
            var customerKey = false;
            if (ObjectOf(props.ValueOf("EncryptionConfiguration")) is { } encryption
                && Text(encryption, "EncryptionType").TryGetValue(out var encryptionType) && encryptionType is "KMS" or "KMS_DSSE"
                && encryption.ValueOf("KmsKey") is { } key && encryption.IsNeverNull(key))
            {
                customerKey = true;
            }

            Report(
                CreationTemplateRules.Validate(
                    Text(props, "Prefix"),
                    props.Get("AppliedFor", OperationValues.StringList),
                    Text(props, "CustomRoleArn"),
                    tagged,
                    customerKey,
                    Text(props, "LifecyclePolicy"),
                    Text(props, "RepositoryPolicy")),
                props,
                sink);

            // The policy texts, judged as a CfnRepository's (ECR2019, ECR2020 and the lifecycle rules; ECR1013, ECR1016, ECR1017)
            // inside the literal; an empty or blank text is ECR1020's above.
            if (props.ValueOf("LifecyclePolicy") is { } lifecyclePolicy)
            {
                ConstantPolicyText.Report(lifecyclePolicy, lifecyclePolicy, sink, CreationTemplateRules.ValidateLifecyclePolicy, cancellationToken);
            }

            if (props.ValueOf("RepositoryPolicy") is { } repositoryPolicy)
            {
                ConstantPolicyText.Report(repositoryPolicy, repositoryPolicy, sink, CreationTemplateRules.ValidateRepositoryPolicy, cancellationToken);
            }
        }

        // ---------------- T16: registry scanning ----------------

        private static void CheckScanning(IObjectCreationOperation creation, DiagnosticSink sink)
        {
            if (Props(creation) is not { } props)
            {
                return;
            }

            var scanType = Text(props, "ScanType");
            var rulesKnown = ElementsOf(props.ValueOf("Rules"), out var rules);
            Report(RegistryScanningRules.ValidateConfiguration(scanType, rulesKnown ? rules.Length : null), props, sink);
            if (!rulesKnown)
            {
                return;
            }

            for (var i = 0; i < rules.Length; i++)
            {
                if (ObjectOf(rules[i]) is not { } rule)
                {
                    continue;
                }

                var filtersKnown = ElementsOf(rule.ValueOf("RepositoryFilters"), out var filters);
                Report(RegistryScanningRules.ValidateRule(scanType, Text(rule, "ScanFrequency"), filtersKnown ? filters.Length : null, i), rule, sink);
                if (!filtersKnown)
                {
                    continue;
                }

                foreach (var element in filters)
                {
                    if (ObjectOf(element) is { } filter)
                    {
                        Report(RegistryScanningRules.ValidateFilter(Text(filter, "Filter"), Text(filter, "FilterType")), filter, sink);
                    }
                }
            }
        }

        // ---------------- reading ----------------

        /// <summary>The props written inline as the third argument, or <c>null</c> (a props object from elsewhere is not followed).</summary>
        private static WrittenObject? Props(IObjectCreationOperation creation)
            => ObjectOf(OperationValues.Argument(creation.Arguments, 2));

        private static WrittenObject? ObjectOf(IOperation? value)
            => value is not null && OperationValues.Unwrap(value) is IObjectCreationOperation creation ? WrittenObject.Read(creation, null) : null;

        private static bool ElementsOf(IOperation? value, out ImmutableArray<IOperation> elements)
        {
            if (value is not null && OperationValues.TryGetElements(value, out elements))
            {
                return true;
            }

            elements = default;
            return false;
        }

        private static Setting<string> Text(WrittenObject written, string option) => written.Get(option, OperationValues.String);

        private static void Report(IReadOnlyList<RuleViolation> violations, WrittenObject written, DiagnosticSink sink)
        {
            foreach (var violation in violations)
            {
                sink.Report(violation, written.LocationOf(violation.Option));
            }
        }
    }
}
