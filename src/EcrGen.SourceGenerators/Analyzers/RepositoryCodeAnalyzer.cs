using System.Collections.Generic;
using System.Collections.Immutable;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// Repositories and lifecycle rules in hand-written CDK code (R1–R9, L1–L17, S1–S4): <c>new RepositoryProps { ... }</c>,
    /// <c>new LifecycleRule { ... }</c>, <c>new Repository(scope, id, props)</c>, <c>AddLifecycleRule(...)</c>, and the cross-rule
    /// checks over all the rules one repository gets within a block (<c>RepositoryProps.LifecycleRules</c> first, then every
    /// <c>AddLifecycleRule</c> call on the same local, parameter, field or property, in order).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RepositoryCodeAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<DiagnosticDescriptor> Supported = ImmutableArray.Create(
            D.RepositoryNameLength, D.RepositoryNamePattern, D.EmptyOnDeleteNeedsDestroy, D.AutoDeleteImagesNeedsDestroy,
            D.EncryptionKeyNeedsKms, D.LifecycleRegistryId, D.UnknownTagMutability, D.EmptyOnDeleteAndAutoDelete, D.ExclusionFilters,
            D.DualLayerEncryption, D.CountOrAge, D.ListsNeedTagged, D.TaggedNeedsList, D.BothLists, D.TooManyWildcards, D.OneAnyRule,
            D.AnyRuleHighestPriority, D.PrioritizedAnyWithUnprioritized, D.DuplicatePriority, D.AgeWholeDays,
            D.CountAgeAtLeastOne, D.ImplicitAnyRule, D.PriorityPositive, D.PolicyTooLarge, D.DeployTimeValue,
            D.OpenPolicy, D.ScanOnPush, D.MutableTags, D.NoLifecycleRule);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Supported;

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (!CdkSymbols.TryCreate(start.Compilation, out var cdk))
                {
                    return; // Amazon.CDK.Lib not referenced: nothing to check (ECR0006 is the attribute analyzer's).
                }

                // Only types that can hold an object creation or a call get operation-block actions: see CodeCandidates.
                CodeCandidates.RegisterCodeBlocks(start, () => new Block(cdk));
            });
        }

        /// <summary>What one operation block holds, collected cheaply; analysed at the end of the block, only if it holds CDK code.</summary>
        private sealed class Block : ICodeBlockAnalysis
        {
            private static readonly string[] GrantMethods = { "Grant", "GrantPull", "GrantPullPush", "GrantPush", "GrantRead" };

            private readonly CdkSymbols _cdk;
            private List<IObjectCreationOperation>? _repositoryProps;
            private List<IObjectCreationOperation>? _rules;
            private List<IOperation>? _repositories;
            private List<IInvocationOperation>? _addCalls;
            private List<IInvocationOperation>? _policyCalls;
            private List<IObjectCreationOperation>? _policyTexts;

            public Block(CdkSymbols cdk)
            {
                _cdk = cdk;
            }

            public void OnObjectCreation(OperationAnalysisContext context)
            {
                var creation = (IObjectCreationOperation)context.Operation;
                var type = creation.Type;
                if (type is null || !_cdk.IsCdk(type) && !CdkSymbols.DerivesFrom(type, _cdk.Repository))
                {
                    return;
                }

                if (CdkSymbols.Is(type, _cdk.RepositoryProps))
                {
                    (_repositoryProps ??= new List<IObjectCreationOperation>()).Add(creation);
                }
                else if (CdkSymbols.Is(type, _cdk.LifecycleRule))
                {
                    (_rules ??= new List<IObjectCreationOperation>()).Add(creation);
                }
                else if (CdkSymbols.DerivesFrom(type, _cdk.Repository))
                {
                    (_repositories ??= new List<IOperation>()).Add(creation);
                }
                else if (CdkSymbols.Is(type, _cdk.CfnRegistryPolicyProps) || CdkSymbols.Is(type, _cdk.CfnRepositoryProps))
                {
                    (_policyTexts ??= new List<IObjectCreationOperation>()).Add(creation);
                }
            }

            public void OnInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                var method = invocation.TargetMethod;
                if (!_cdk.IsCdk(method))
                {
                    return;
                }

                if (method.MethodKind == MethodKind.Constructor)
                {
                    // ": base(scope, id, new RepositoryProps { ... })" in a Repository subclass.
                    if (CdkSymbols.Is(method.ContainingType, _cdk.Repository))
                    {
                        (_repositories ??= new List<IOperation>()).Add(invocation);
                    }

                    return;
                }

                if (method.Name == "AddLifecycleRule" && _cdk.IsRepositoryType(method.ContainingType))
                {
                    (_addCalls ??= new List<IInvocationOperation>()).Add(invocation);
                }
                else if ((method.Name == "AddToResourcePolicy" || System.Array.IndexOf(GrantMethods, method.Name) >= 0)
                    && _cdk.IsRepositoryType(method.ContainingType))
                {
                    (_policyCalls ??= new List<IInvocationOperation>()).Add(invocation);
                }
            }

            public void OnEnd(OperationBlockAnalysisContext context)
            {
                if (_repositoryProps is null && _rules is null && _repositories is null && _addCalls is null && _policyCalls is null && _policyTexts is null)
                {
                    return;
                }

                var index = BlockIndex.Build(context.OperationBlocks);
                var sink = new DiagnosticSink(context.ReportDiagnostic, D.SourceCode);
                var analysis = new Analysis(_cdk, index, sink, context.CancellationToken);
                if (_repositories is not null || _policyCalls is not null || _policyTexts is not null)
                {
                    // The security pack is opt-in: its checks run only where one of its rules is on.
                    var tree = context.OperationBlocks[0].Syntax.SyntaxTree;
                    analysis.OpenPolicyOn = RuleSwitch.IsOn(D.OpenPolicy, context.Compilation, tree, context.CancellationToken);
                    analysis.ScanOnPushOn = RuleSwitch.IsOn(D.ScanOnPush, context.Compilation, tree, context.CancellationToken);
                    analysis.MutableTagsOn = RuleSwitch.IsOn(D.MutableTags, context.Compilation, tree, context.CancellationToken);
                    analysis.NoLifecycleRuleOn = RuleSwitch.IsOn(D.NoLifecycleRule, context.Compilation, tree, context.CancellationToken);
                }

                analysis.Run(_repositoryProps, _rules, _repositories, _addCalls, _policyCalls, _policyTexts);
            }
        }

        /// <summary>The end-of-block analysis.</summary>
        private sealed class Analysis
        {
            private readonly CdkSymbols _cdk;
            private readonly BlockIndex _index;
            private readonly DiagnosticSink _sink;
            private readonly System.Threading.CancellationToken _cancellationToken;
            private readonly Dictionary<IObjectCreationOperation, WrittenObject> _propsObjects = new Dictionary<IObjectCreationOperation, WrittenObject>();
            private readonly Dictionary<IObjectCreationOperation, WrittenObject> _ruleObjects = new Dictionary<IObjectCreationOperation, WrittenObject>();
            private readonly Dictionary<object, RuleGroup> _groups = new Dictionary<object, RuleGroup>(SymbolKey.Comparer);
            private readonly List<RuleGroup> _groupOrder = new List<RuleGroup>();
            private readonly HashSet<IObjectCreationOperation> _checkedRules = new HashSet<IObjectCreationOperation>();
            private readonly HashSet<IObjectCreationOperation> _consumedProps = new HashSet<IObjectCreationOperation>();
            private readonly HashSet<object> _reassignedKeys = new HashSet<object>(SymbolKey.Comparer);

            public bool OpenPolicyOn { get; set; }

            public bool ScanOnPushOn { get; set; }

            public bool MutableTagsOn { get; set; }

            public bool NoLifecycleRuleOn { get; set; }

            public Analysis(CdkSymbols cdk, BlockIndex index, DiagnosticSink sink, System.Threading.CancellationToken cancellationToken)
            {
                _cdk = cdk;
                _index = index;
                _sink = sink;
                _cancellationToken = cancellationToken;
            }

            public void Run(
                List<IObjectCreationOperation>? repositoryProps,
                List<IObjectCreationOperation>? rules,
                List<IOperation>? repositories,
                List<IInvocationOperation>? addCalls,
                List<IInvocationOperation>? policyCalls,
                List<IObjectCreationOperation>? policyTexts)
            {
                // R1–R9 on every props object, wherever it is used.
                if (repositoryProps is not null)
                {
                    foreach (var creation in repositoryProps)
                    {
                        var props = WrittenObject.Read(creation, _index);
                        _propsObjects[creation] = props;
                        var spec = CdkSpecReader.ReadRepository(props, _cdk);
                        foreach (var violation in RepositoryRules.Validate(spec))
                        {
                            _sink.Report(violation, props.LocationOf(violation.Option), KnownText(props, violation.Option));
                        }
                    }
                }

                if (rules is not null)
                {
                    foreach (var creation in rules)
                    {
                        _ruleObjects[creation] = WrittenObject.Read(creation, _index);
                    }
                }

                // L13: gather every rule of each repository, then check them together.
                if (repositories is not null)
                {
                    foreach (var repository in repositories)
                    {
                        AddRepository(repository);
                    }
                }

                foreach (var pair in _propsObjects)
                {
                    if (!_consumedProps.Contains(pair.Key))
                    {
                        // Props not passed to a repository here: their own rules still belong together.
                        var group = NewGroup(pair.Key, pair.Key);
                        AddPropsRules(group, pair.Value);
                    }
                }

                if (addCalls is not null)
                {
                    addCalls.Sort(static (left, right) => left.Syntax.SpanStart.CompareTo(right.Syntax.SpanStart));
                    foreach (var call in addCalls)
                    {
                        AddCall(call);
                    }
                }

                foreach (var group in _groupOrder)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    CheckGroup(group);
                }

                // A rule never added here (returned, passed on): its own rules still apply.
                foreach (var pair in _ruleObjects)
                {
                    if (!_checkedRules.Contains(pair.Key))
                    {
                        CheckAlone(pair.Value);
                    }
                }

                if (repositories is not null && (ScanOnPushOn || MutableTagsOn || NoLifecycleRuleOn))
                {
                    foreach (var repository in repositories)
                    {
                        CheckSecurity(repository);
                    }
                }

                if (policyCalls is not null && OpenPolicyOn)
                {
                    foreach (var call in policyCalls)
                    {
                        CheckOpenPolicy(call);
                    }
                }

                if (policyTexts is not null && OpenPolicyOn)
                {
                    foreach (var props in policyTexts)
                    {
                        CheckPolicyText(props);
                    }
                }
            }

            private void AddRepository(IOperation repository)
            {
                var arguments = repository is IObjectCreationOperation creation ? creation.Arguments : ((IInvocationOperation)repository).Arguments;
                var key = repository is IInvocationOperation ? SymbolKey.This : SymbolKey.OfHolder(repository, _index, out _);
                if (_groups.ContainsKey(key))
                {
                    // A field or property given two repositories in one block: which one a call reaches depends on the order.
                    _reassignedKeys.Add(key);
                }

                var group = NewGroup(key, repository);
                group.Repository = repository;

                // An EcrGen [EcrRepository] class adds its [LifecycleRule]s in its constructor, before any call here.
                if (repository.Type is INamedTypeSymbol type && !CdkSymbols.Is(type, _cdk.Repository))
                {
                    foreach (var attribute in type.GetAttributes())
                    {
                        if (RepositoryClassReader.MetadataNameOf(attribute.AttributeClass) == EcrGenNames.LifecycleRuleAttribute)
                        {
                            group.Add(new RuleEntry(RepositoryClassReader.ReadLifecycleRule(attribute), null));
                        }
                    }
                }

                var propsArgument = OperationValues.Argument(arguments, "props");
                if (propsArgument is null || OperationValues.IsNull(propsArgument))
                {
                    return;
                }

                if (_index.Resolve(propsArgument) is IObjectCreationOperation propsCreation && _propsObjects.TryGetValue(propsCreation, out var props))
                {
                    _consumedProps.Add(propsCreation);
                    group.Props = props;
                    AddPropsRules(group, props);
                }
                else
                {
                    group.Props = null;
                    group.PropsUnknown = true;
                    group.Add(RuleEntry.Unknown); // the props may hold any number of rules
                }
            }

            private void AddPropsRules(RuleGroup group, WrittenObject props)
            {
                var site = props.Find("LifecycleRules");
                if (site is null || site.Value is not null && OperationValues.IsNull(site.Value))
                {
                    return;
                }

                if (site.Value is null || !OperationValues.TryGetElements(site.Value, out var elements))
                {
                    group.Add(RuleEntry.Unknown); // written twice, or a list we cannot see into
                    return;
                }

                foreach (var element in elements)
                {
                    group.Add(EntryFor(element));
                }
            }

            private void AddCall(IInvocationOperation call)
            {
                var key = SymbolKey.OfReference(call.Instance, _index, call);
                if (_reassignedKeys.Contains(key))
                {
                    key = call;
                }

                if (!_groups.TryGetValue(key, out var group))
                {
                    group = NewGroup(key, call);
                }

                var argument = call.Arguments.Length > 0 ? call.Arguments[0].Value : null;
                var entry = argument is null ? RuleEntry.Unknown : EntryFor(argument);
                if (ControlFlow.RunTogether(call, group.Anchor))
                {
                    group.Add(entry);
                }
                else
                {
                    // Added only on some paths, or several times: it counts as an unknown rule for the others,
                    // and its own options are still checked.
                    group.Add(RuleEntry.Unknown);
                    if (entry.Written is not null)
                    {
                        CheckAlone(entry.Written);
                    }
                }
            }

            private RuleEntry EntryFor(IOperation value)
            {
                if (_index.Resolve(value) is IObjectCreationOperation creation && _ruleObjects.TryGetValue(creation, out var written))
                {
                    return new RuleEntry(CdkSpecReader.ReadLifecycleRule(written, _cdk), written);
                }

                return RuleEntry.Unknown;
            }

            private RuleGroup NewGroup(object key, IOperation anchor)
            {
                var group = new RuleGroup(anchor);
                _groups[key] = group;
                _groupOrder.Add(group);
                return group;
            }

            private void CheckGroup(RuleGroup group)
            {
                if (group.Entries.Count == 0)
                {
                    return;
                }

                var specs = new LifecycleRuleSpec[group.Entries.Count];
                for (var i = 0; i < specs.Length; i++)
                {
                    specs[i] = group.Entries[i].Spec;
                    if (group.Entries[i].Written is { } written)
                    {
                        _checkedRules.Add(written.Creation);
                    }
                }

                foreach (var violation in LifecycleRules.Validate(specs))
                {
                    var target = violation.Index >= 0 && violation.Index < group.Entries.Count ? group.Entries[violation.Index].Written : null;
                    if (target is not null)
                    {
                        _sink.Report(violation, target.LocationOf(violation.Option), null);
                    }
                    else if (violation.Index < 0 || violation.Index >= group.Entries.Count)
                    {
                        // Whole-policy facts (L16): on the repository, or on the first rule written here.
                        var location = group.Repository is { } repository ? WrittenObject.CreationLocation(repository.Syntax) : FirstWrittenLocation(group);
                        if (location is not null)
                        {
                            _sink.Report(violation, location, null);
                        }
                    }
                }
            }

            private void CheckAlone(WrittenObject rule)
            {
                _checkedRules.Add(rule.Creation);
                foreach (var violation in LifecycleRules.Validate(new[] { CdkSpecReader.ReadLifecycleRule(rule, _cdk) }))
                {
                    _sink.Report(violation, rule.LocationOf(violation.Option), null);
                }
            }

            private static Location? FirstWrittenLocation(RuleGroup group)
            {
                foreach (var entry in group.Entries)
                {
                    if (entry.Written is not null)
                    {
                        return entry.Written.Location;
                    }
                }

                return null;
            }

            // S2, S3, S4 for a hand-written new Repository(...).
            private void CheckSecurity(IOperation repository)
            {
                if (repository is not IObjectCreationOperation creation || !CdkSymbols.Is(creation.Type, _cdk.Repository))
                {
                    return; // subclasses (EcrGen classes included) are checked where their options are written
                }

                var key = SymbolKey.OfHolder(creation, _index, out var isLocalOrUnstored);
                if (!_groups.TryGetValue(key, out var group) || group.PropsUnknown)
                {
                    return;
                }

                var whole = WrittenObject.CreationLocation(creation.Syntax);
                var props = group.Props;
                var scan = props?.Get("ImageScanOnPush", OperationValues.Bool) ?? default;
                if (ScanOnPushOn && (!scan.IsSet || (scan.IsKnown && !scan.Value)))
                {
                    _sink.Report(D.ScanOnPush, scan.IsSet ? props!.LocationOf("ImageScanOnPush") : props?.Location ?? whole, "ImageScanOnPush");
                }

                var mutability = props?.Get("ImageTagMutability", OperationValues.Enum) ?? default;
                if (MutableTagsOn && (!mutability.IsSet || (mutability.IsKnown && mutability.Value.Is("MUTABLE"))))
                {
                    _sink.Report(D.MutableTags, mutability.IsSet ? props!.LocationOf("ImageTagMutability") : props?.Location ?? whole, "ImageTagMutability");
                }

                if (NoLifecycleRuleOn && group.Entries.Count == 0 && isLocalOrUnstored && !Escapes(key, creation))
                {
                    _sink.Report(D.NoLifecycleRule, whole, "LifecycleRules");
                }
            }

            // Whether rules could be added where this block cannot see: the repository is stored, or passed to user code.
            private bool Escapes(object key, IObjectCreationOperation creation)
            {
                if (key is ILocalSymbol local)
                {
                    foreach (var read in _index.Reads(local))
                    {
                        if (EscapesAt(read))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                // Not stored at all: "new Repository(...);" or passed straight to a CDK call.
                return key != (object)creation || EscapesAt(creation);
            }

            private bool EscapesAt(IOperation use)
            {
                var operation = use;
                var parent = use.Parent;
                while (parent is IConversionOperation)
                {
                    operation = parent;
                    parent = parent.Parent;
                }

                switch (parent)
                {
                    case IArgumentOperation { Parent: IInvocationOperation invocation }:
                        return !_cdk.IsCdk(invocation.TargetMethod);
                    case IArgumentOperation { Parent: IObjectCreationOperation objectCreation }:
                        return !_cdk.IsCdk(objectCreation.Constructor);
                    case IInvocationOperation invocation when invocation.Instance == operation:
                        return !_cdk.IsCdk(invocation.TargetMethod);
                    case IPropertyReferenceOperation property when property.Instance == operation:
                        return false;
                    case IExpressionStatementOperation:
                        return false;
                    default:
                        return true;
                }
            }

            // S1: repository policy statements and grants that let any principal in.
            private void CheckOpenPolicy(IInvocationOperation call)
            {
                var name = call.TargetMethod.Name;
                if (name != "AddToResourcePolicy")
                {
                    var grantee = OperationValues.Argument(call.Arguments, 0);
                    if (grantee is not null && IsAnyPrincipal(_index.Resolve(grantee)))
                    {
                        _sink.Report(D.OpenPolicy, grantee.Syntax.GetLocation(), null, name + "(...)");
                    }

                    return;
                }

                if (OperationValues.Argument(call.Arguments, 0) is { } statementValue)
                {
                    CheckStatement(statementValue, "AddToResourcePolicy(...)");
                }
            }

            // S1 on the L1 constructs: CfnRegistryPolicyProps.PolicyText and CfnRepositoryProps.RepositoryPolicyText written as
            // a PolicyDocument of PolicyStatements (what cdk-nag resolves and checks). A JSON object built by hand is not read.
            private void CheckPolicyText(IObjectCreationOperation propsCreation)
            {
                var registry = CdkSymbols.Is(propsCreation.Type, _cdk.CfnRegistryPolicyProps);
                var props = WrittenObject.Read(propsCreation, _index);
                if (props.ValueOf(registry ? "PolicyText" : "RepositoryPolicyText") is not { } text
                    || _index.Resolve(text) is not IObjectCreationOperation document
                    || !CdkSymbols.Is(document.Type, _cdk.PolicyDocument)
                    || OperationValues.Argument(document.Arguments, 0) is not { } documentPropsValue
                    || _index.Resolve(documentPropsValue) is not IObjectCreationOperation documentProps
                    || !CdkSymbols.Is(documentProps.Type, _cdk.PolicyDocumentProps)
                    || WrittenObject.Read(documentProps, _index).ValueOf("Statements") is not { } statements
                    || !OperationValues.TryGetElements(statements, out var elements))
                {
                    return;
                }

                var where = registry ? "CfnRegistryPolicy PolicyText" : "CfnRepository RepositoryPolicyText";
                foreach (var element in elements)
                {
                    CheckStatement(element, where);
                }
            }

            // One policy statement: an Allow (written or by default) whose principals hold '*'.
            private void CheckStatement(IOperation statementValue, string where)
            {
                if (_index.Resolve(statementValue) is not IObjectCreationOperation statement
                    || !CdkSymbols.Is(statement.Type, _cdk.PolicyStatement))
                {
                    return;
                }

                var statementLocal = _index.HoldingLocal(statement);
                if (statementLocal is not null)
                {
                    foreach (var write in _index.PropertyWrites(statementLocal))
                    {
                        if (((IPropertyReferenceOperation)write.Target).Property.Name == "Effect")
                        {
                            return; // the effect is changed later: not judged
                        }
                    }
                }

                var propsValue = OperationValues.Argument(statement.Arguments, 0);
                if (propsValue is not null && _index.Resolve(propsValue) is IObjectCreationOperation propsCreation
                    && CdkSymbols.Is(propsCreation.Type, _cdk.PolicyStatementProps))
                {
                    var props = WrittenObject.Read(propsCreation, _index);
                    var effect = props.Get("Effect", OperationValues.Enum);
                    if (effect.IsSet && !(effect.IsKnown && effect.Value.Is("ALLOW")))
                    {
                        return; // DENY, or not known
                    }

                    if (props.ValueOf("Principals") is { } principals && OperationValues.TryGetElements(principals, out var elements))
                    {
                        foreach (var element in elements)
                        {
                            if (IsAnyPrincipal(_index.Resolve(element)))
                            {
                                _sink.Report(D.OpenPolicy, element.Syntax.GetLocation(), "Principals", where);
                            }
                        }
                    }
                }
                else if (propsValue is not null)
                {
                    return; // props we cannot see: the effect is unknown
                }

                if (statementLocal is not null)
                {
                    foreach (var read in _index.Reads(statementLocal))
                    {
                        if (read.Parent is IInvocationOperation { TargetMethod.Name: "AddAnyPrincipal" } addAny && addAny.Instance == read)
                        {
                            _sink.Report(D.OpenPolicy, addAny.Syntax.GetLocation(), "Principals", where);
                        }
                    }
                }
            }

            private bool IsAnyPrincipal(IOperation value)
            {
                if (value is not IObjectCreationOperation creation)
                {
                    return false;
                }

                if (CdkSymbols.Is(creation.Type, _cdk.AnyPrincipal) || CdkSymbols.Is(creation.Type, _cdk.StarPrincipal))
                {
                    return true;
                }

                return CdkSymbols.Is(creation.Type, _cdk.ArnPrincipal)
                    && creation.Arguments.Length == 1
                    && OperationValues.String(creation.Arguments[0].Value) is { IsKnown: true, Value: "*" };
            }

            private static string? KnownText(WrittenObject written, string option)
                => option.Length > 0 && written.Get(option, OperationValues.String) is { IsKnown: true } text ? text.Value : null;
        }

        private sealed class RuleGroup
        {
            public RuleGroup(IOperation anchor)
            {
                Anchor = anchor;
            }

            public IOperation Anchor { get; }

            public IOperation? Repository { get; set; }

            public WrittenObject? Props { get; set; }

            public bool PropsUnknown { get; set; }

            public List<RuleEntry> Entries { get; } = new List<RuleEntry>();

            public void Add(RuleEntry entry) => Entries.Add(entry);
        }

        private sealed class RuleEntry
        {
            public static readonly RuleEntry Unknown = new RuleEntry(CdkSpecReader.UnknownRule, null);

            public RuleEntry(LifecycleRuleSpec spec, WrittenObject? written)
            {
                Spec = spec;
                Written = written;
            }

            public LifecycleRuleSpec Spec { get; }

            /// <summary>Where the rule was written in this block; <c>null</c> for unknown rules and rules from attributes.</summary>
            public WrittenObject? Written { get; }
        }
    }
}
