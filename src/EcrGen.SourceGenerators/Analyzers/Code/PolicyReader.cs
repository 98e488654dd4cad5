using System.Collections.Generic;
using EcrGen.Domain;
using EcrGen.Domain.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>A policy statement read from code, with where each of its principals was written.</summary>
    internal sealed class PolicyStatementRead
    {
        public PolicyStatementRead(PolicyStatementSpec spec, IReadOnlyList<Location> principalLocations, string where, Location? statementLocation = null)
        {
            Spec = spec;
            PrincipalLocations = principalLocations;
            Where = where;
            StatementLocation = statementLocation;
        }

        /// <summary>The <c>new PolicyStatement</c> the statement was created with; <c>null</c> for the statement a grant adds.</summary>
        public Location? StatementLocation { get; }

        public PolicyStatementSpec Spec { get; }

        /// <summary>Aligned with <see cref="PolicyStatementSpec.Principals"/>.</summary>
        public IReadOnlyList<Location> PrincipalLocations { get; }

        /// <summary>The policy it belongs to, as messages name it (<c>AddToResourcePolicy(...)</c>).</summary>
        public string Where { get; }
    }

    /// <summary>
    /// Reads the resource-policy statements of a block: <c>AddToResourcePolicy(new PolicyStatement(...))</c>, the statement a
    /// <c>Grant*(principal)</c> call adds, and the <c>PolicyDocument</c> given to <c>CfnRegistryPolicyProps.PolicyText</c> or
    /// <c>CfnRepositoryProps.RepositoryPolicyText</c>. A statement whose effect or props the block cannot see is left out;
    /// a JSON object built by hand is not read.
    /// </summary>
    internal sealed class PolicyReader
    {
        private readonly CdkSymbols _cdk;
        private readonly BlockIndex _index;

        public PolicyReader(CdkSymbols cdk, BlockIndex index)
        {
            _cdk = cdk;
            _index = index;
        }

        /// <summary>The statement an <c>AddToResourcePolicy</c> or <c>Grant*</c> call on a repository adds.</summary>
        public IEnumerable<PolicyStatementRead> ReadCall(IInvocationOperation call)
        {
            var name = call.TargetMethod.Name;
            if (name != "AddToResourcePolicy")
            {
                // A grant adds an Allow statement for its grantee to the repository policy (for principals without an
                // identity policy of their own).
                if (OperationValues.Argument(call.Arguments, 0) is { } grantee)
                {
                    yield return new PolicyStatementRead(
                        new PolicyStatementSpec { Principals = Setting.Of(new EquatableArray<PolicyPrincipal>(new[] { new PolicyPrincipal(KindOf(grantee)) })) },
                        new[] { grantee.Syntax.GetLocation() },
                        name + "(...)");
                }

                yield break;
            }

            if (OperationValues.Argument(call.Arguments, 0) is { } statementValue && ReadStatement(statementValue, "AddToResourcePolicy(...)") is { } statement)
            {
                yield return statement;
            }
        }

        /// <summary>The statements of the <c>PolicyDocument</c> an L1 policy prop is given.</summary>
        public IEnumerable<PolicyStatementRead> ReadPolicyText(IObjectCreationOperation propsCreation)
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
                yield break;
            }

            var where = registry ? "CfnRegistryPolicy PolicyText" : "CfnRepository RepositoryPolicyText";
            foreach (var element in elements)
            {
                if (ReadStatement(element, where) is { } statement)
                {
                    yield return statement;
                }
            }
        }

        // new PolicyStatement(new PolicyStatementProps { ... }), and the AddAnyPrincipal() calls made on it later.
        private PolicyStatementRead? ReadStatement(IOperation statementValue, string where)
        {
            if (_index.Resolve(statementValue) is not IObjectCreationOperation statement
                || !CdkSymbols.Is(statement.Type, _cdk.PolicyStatement))
            {
                return null;
            }

            var statementLocal = _index.HoldingLocal(statement);
            if (statementLocal is not null)
            {
                foreach (var write in _index.PropertyWrites(statementLocal))
                {
                    if (((IPropertyReferenceOperation)write.Target).Property.Name == "Effect")
                    {
                        return null; // the effect is changed later: not judged
                    }
                }
            }

            var effect = default(Setting<CdkEnumValue>);
            var principals = new List<PolicyPrincipal>();
            var locations = new List<Location>();
            var actions = Setting<EquatableArray<NullableString>>.NotSet;
            var notActions = Setting<EquatableArray<NullableString>>.NotSet;
            var hasPrincipals = Setting.Of(false);
            var propsValue = OperationValues.Argument(statement.Arguments, 0);
            if (propsValue is not null && _index.Resolve(propsValue) is IObjectCreationOperation propsCreation
                && CdkSymbols.Is(propsCreation.Type, _cdk.PolicyStatementProps))
            {
                var props = WrittenObject.Read(propsCreation, _index);
                effect = props.Get("Effect", OperationValues.Enum);
                actions = props.Get("Actions", OperationValues.StringList);
                notActions = props.Get("NotActions", OperationValues.StringList);
                hasPrincipals = Or(PrincipalsIn(props, "Principals"), PrincipalsIn(props, "NotPrincipals"));
                if (props.ValueOf("Principals") is { } written && OperationValues.TryGetElements(written, out var elements))
                {
                    foreach (var element in elements)
                    {
                        principals.Add(new PolicyPrincipal(KindOf(element)));
                        locations.Add(element.Syntax.GetLocation());
                    }
                }
            }
            else if (propsValue is not null)
            {
                return null; // props we cannot see: the effect is unknown
            }

            if (statementLocal is not null)
            {
                foreach (var read in _index.Reads(statementLocal))
                {
                    if (read.Parent is IInvocationOperation { TargetMethod.Name: "AddAnyPrincipal" } addAny && addAny.Instance == read)
                    {
                        principals.Add(new PolicyPrincipal(PrincipalKind.Any));
                        locations.Add(addAny.Syntax.GetLocation());
                    }

                    // W7: what else the statement gets after its creation, as long as every use is visible.
                    switch (UseOf(read))
                    {
                        case StatementUse.AddsActions:
                            actions = Append(actions, (IInvocationOperation)read.Parent!);
                            break;
                        case StatementUse.AddsNotActions:
                            notActions = Append(notActions, (IInvocationOperation)read.Parent!);
                            break;
                        case StatementUse.AddsPrincipal:
                            hasPrincipals = Setting.Of(true);
                            break;
                        case StatementUse.Escapes:
                            actions = notActions = Setting<EquatableArray<NullableString>>.Unknown;
                            hasPrincipals = hasPrincipals.IsKnown && hasPrincipals.Value ? hasPrincipals : Setting<bool>.Unknown;
                            break;
                    }
                }
            }
            else if (statement.Parent is not IArgumentOperation and not IConversionOperation { Parent: IArgumentOperation })
            {
                actions = notActions = Setting<EquatableArray<NullableString>>.Unknown; // stored where the block cannot follow it
                hasPrincipals = Setting<bool>.Unknown;
            }

            var spec = new PolicyStatementSpec
            {
                Effect = effect,
                Principals = Setting.Of(new EquatableArray<PolicyPrincipal>(principals)),
                HasPrincipals = hasPrincipals,
                Actions = actions,
                NotActions = notActions,
            };
            return new PolicyStatementRead(spec, locations, where, WrittenObject.CreationLocation(statement.Syntax));
        }

        private enum StatementUse
        {
            Harmless,
            AddsActions,
            AddsNotActions,
            AddsPrincipal,
            Escapes,
        }

        // A read of the statement's local: a call on it, a CDK call it is passed to, or somewhere the block cannot follow.
        private StatementUse UseOf(ILocalReferenceOperation read)
        {
            IOperation use = read;
            while (use.Parent is IConversionOperation conversion)
            {
                use = conversion;
            }

            switch (use.Parent)
            {
                case IInvocationOperation invocation when invocation.Instance == use:
                    var name = invocation.TargetMethod.Name;
                    return name == "AddActions" ? StatementUse.AddsActions
                        : name == "AddNotActions" ? StatementUse.AddsNotActions
                        : name.StartsWith("Add", System.StringComparison.Ordinal) && name.IndexOf("Principal", System.StringComparison.Ordinal) >= 0 ? StatementUse.AddsPrincipal
                        : _cdk.IsCdk(invocation.TargetMethod) ? StatementUse.Harmless
                        : StatementUse.Escapes;
                case IArgumentOperation { Parent: IInvocationOperation call }:
                    return _cdk.IsCdk(call.TargetMethod) ? StatementUse.Harmless : StatementUse.Escapes;
                case IArgumentOperation { Parent: IObjectCreationOperation creation }:
                    return _cdk.IsCdk(creation.Constructor) ? StatementUse.Harmless : StatementUse.Escapes;
                case IPropertyReferenceOperation property when property.Instance == use:
                    return StatementUse.Harmless;
                default:
                    return StatementUse.Escapes; // stored, returned, put in a list
            }
        }

        // The actions of an AddActions("a", "b") call appended to what is known; unknown once one cannot be read.
        private static Setting<EquatableArray<NullableString>> Append(Setting<EquatableArray<NullableString>> known, IInvocationOperation call)
        {
            if (known.IsSet && !known.IsKnown)
            {
                return known;
            }

            var added = call.Arguments.Length == 1 ? OperationValues.StringList(call.Arguments[0].Value) : Setting<EquatableArray<NullableString>>.Unknown;
            if (!added.TryGetValue(out var items))
            {
                return Setting<EquatableArray<NullableString>>.Unknown;
            }

            var merged = new List<NullableString>();
            if (known.IsKnown)
            {
                merged.AddRange(known.Value);
            }

            merged.AddRange(items);
            return Setting.Of(new EquatableArray<NullableString>(merged.ToArray()));
        }

        // Principals = [...] / NotPrincipals = [...]: whether the list is known to hold an element.
        private static Setting<bool> PrincipalsIn(WrittenObject props, string option)
        {
            var site = props.Find(option);
            if (site is null || site.Value is not null && OperationValues.IsNull(site.Value))
            {
                return Setting.Of(false);
            }

            return site.Value is not null && OperationValues.TryGetElements(site.Value, out var elements)
                ? Setting.Of(elements.Length > 0)
                : Setting<bool>.Unknown;
        }

        private static Setting<bool> Or(Setting<bool> first, Setting<bool> second)
            => first.IsKnown && first.Value || second.IsKnown && second.Value ? Setting.Of(true)
                : first.IsKnown && second.IsKnown ? Setting.Of(false)
                : Setting<bool>.Unknown;

        private PrincipalKind KindOf(IOperation principal)
        {
            if (_index.Resolve(principal) is not IObjectCreationOperation creation)
            {
                return PrincipalKind.Unknown;
            }

            if (CdkSymbols.Is(creation.Type, _cdk.AnyPrincipal) || CdkSymbols.Is(creation.Type, _cdk.StarPrincipal))
            {
                return PrincipalKind.Any;
            }

            return CdkSymbols.Is(creation.Type, _cdk.ArnPrincipal)
                && creation.Arguments.Length == 1
                && OperationValues.String(creation.Arguments[0].Value) is { IsKnown: true, Value: "*" }
                ? PrincipalKind.Any
                : PrincipalKind.Unknown;
        }
    }
}
