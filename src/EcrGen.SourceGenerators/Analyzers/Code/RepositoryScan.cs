using System.Collections.Generic;
using System.Threading;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>
    /// What one block's repository code amounts to: every props and rule object as written, and the lifecycle rules of each
    /// repository (<see cref="LifecycleRuleGroups{TNode, TWritten}"/>). Read once per block by the analyzer that reports on it.
    /// </summary>
    internal sealed class RepositoryScan
    {
        private readonly CdkSymbols _cdk;
        private readonly BlockIndex _index;
        private readonly Dictionary<IObjectCreationOperation, WrittenObject> _props = new Dictionary<IObjectCreationOperation, WrittenObject>();
        private readonly Dictionary<IObjectCreationOperation, WrittenObject> _rules = new Dictionary<IObjectCreationOperation, WrittenObject>();
        private readonly HashSet<IObjectCreationOperation> _consumedProps = new HashSet<IObjectCreationOperation>();

        private RepositoryScan(CdkSymbols cdk, BlockIndex index)
        {
            _cdk = cdk;
            _index = index;
            Groups = new LifecycleRuleGroups<IOperation, WrittenObject>(SymbolKey.Comparer);
        }

        public BlockIndex Index => _index;

        /// <summary>Every <c>new RepositoryProps { ... }</c> of the block, as written.</summary>
        public IEnumerable<WrittenObject> Props => _props.Values;

        /// <summary>Every <c>new LifecycleRule { ... }</c> of the block, as written.</summary>
        public IEnumerable<WrittenObject> Rules => _rules.Values;

        /// <summary>The lifecycle rules of each repository of the block.</summary>
        public LifecycleRuleGroups<IOperation, WrittenObject> Groups { get; }

        public static RepositoryScan Build(RepositoryOperations operations, BlockIndex index, CancellationToken cancellationToken)
        {
            var scan = new RepositoryScan(operations.Cdk, index);
            if (operations.RepositoryProps is not null)
            {
                foreach (var creation in operations.RepositoryProps)
                {
                    scan._props[creation] = WrittenObject.Read(creation, index);
                }
            }

            if (operations.Rules is not null)
            {
                foreach (var creation in operations.Rules)
                {
                    scan._rules[creation] = WrittenObject.Read(creation, index);
                }
            }

            if (operations.Repositories is not null)
            {
                foreach (var repository in operations.Repositories)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    scan.AddRepository(repository);
                }
            }

            foreach (var pair in scan._props)
            {
                if (!scan._consumedProps.Contains(pair.Key))
                {
                    scan.AddPropsRules(scan.Groups.AddProps(pair.Key, pair.Key), pair.Value);
                }
            }

            if (operations.AddCalls is not null)
            {
                operations.AddCalls.Sort(static (left, right) => left.Syntax.SpanStart.CompareTo(right.Syntax.SpanStart));
                foreach (var call in operations.AddCalls)
                {
                    scan.AddCall(call);
                }
            }

            return scan;
        }

        /// <summary>
        /// Whether <paramref name="props"/> is given to a repository created in this block, and every option it gets is
        /// written here: it is not held in a local that is passed to, or returned to, code this block cannot see.
        /// </summary>
        public bool IsCompleteRepositoryProps(WrittenObject props)
        {
            if (!_consumedProps.Contains(props.Creation))
            {
                return false;
            }

            if (_index.HoldingLocal(props.Creation) is not { } local)
            {
                return true; // written inline: "new Repository(this, id, new RepositoryProps { ... })"
            }

            foreach (var read in _index.Reads(local))
            {
                IOperation use = read;
                while (use.Parent is IConversionOperation conversion)
                {
                    use = conversion;
                }

                switch (use.Parent)
                {
                    case IArgumentOperation { Parent: IObjectCreationOperation creation } when _cdk.IsCdk(creation.Constructor) || CdkSymbols.DerivesFrom(creation.Type, _cdk.Repository):
                    case IArgumentOperation { Parent: IInvocationOperation invocation } when _cdk.IsCdk(invocation.TargetMethod):
                    case IPropertyReferenceOperation property when property.Instance == use:
                        continue;
                    default:
                        return false;
                }
            }

            return true;
        }

        /// <summary>What the CDK makes of a rule object as written.</summary>
        public LifecycleRuleSpec SpecOf(WrittenObject rule) => CdkSpecReader.ReadLifecycleRule(rule, _cdk);

        /// <summary>The group of the repository a creation is stored under, if the block started one.</summary>
        public LifecycleRuleGroups<IOperation, WrittenObject>.Group? GroupOf(IObjectCreationOperation repository)
        {
            foreach (var group in Groups.Groups)
            {
                if (group.Repository == repository)
                {
                    return group;
                }
            }

            return null;
        }

        private void AddRepository(IOperation repository)
        {
            var arguments = repository is IObjectCreationOperation creation ? creation.Arguments : ((IInvocationOperation)repository).Arguments;
            var key = repository is IInvocationOperation ? SymbolKey.This : SymbolKey.OfHolder(repository, _index, out _);
            var group = Groups.AddRepository(key, repository);

            // An EcrGen [EcrRepository] class adds its [LifecycleRule]s in its constructor, before any call here.
            if (repository.Type is INamedTypeSymbol type && !CdkSymbols.Is(type, _cdk.Repository))
            {
                foreach (var attribute in type.GetAttributes())
                {
                    if (RepositoryClassReader.MetadataNameOf(attribute.AttributeClass) == EcrGenNames.LifecycleRuleAttribute)
                    {
                        group.Entries.Add(new LifecycleRuleGroups<IOperation, WrittenObject>.Entry(RepositoryClassReader.ReadLifecycleRule(attribute), null));
                    }
                }
            }

            var propsArgument = OperationValues.Argument(arguments, "props");
            if (propsArgument is null || OperationValues.IsNull(propsArgument))
            {
                return;
            }

            if (_index.Resolve(propsArgument) is IObjectCreationOperation propsCreation && _props.TryGetValue(propsCreation, out var props))
            {
                _consumedProps.Add(propsCreation);
                group.Props = props;
                AddPropsRules(group, props);
            }
            else
            {
                group.PropsUnknown = true;
                group.Entries.Add(LifecycleRuleGroups<IOperation, WrittenObject>.Entry.Unknown); // the props may hold any number of rules
            }
        }

        private void AddPropsRules(LifecycleRuleGroups<IOperation, WrittenObject>.Group group, WrittenObject props)
        {
            var site = props.Find("LifecycleRules");
            if (site is null || site.Value is not null && OperationValues.IsNull(site.Value))
            {
                return;
            }

            if (site.Value is null || !OperationValues.TryGetElements(site.Value, out var elements))
            {
                group.Entries.Add(LifecycleRuleGroups<IOperation, WrittenObject>.Entry.Unknown); // written twice, or a list we cannot see into
                return;
            }

            foreach (var element in elements)
            {
                group.Entries.Add(EntryFor(element));
            }
        }

        private void AddCall(IInvocationOperation call)
        {
            var group = Groups.GroupForCall(SymbolKey.OfReference(call.Instance, _index, call), call);
            var argument = call.Arguments.Length > 0 ? call.Arguments[0].Value : null;
            var entry = argument is null ? LifecycleRuleGroups<IOperation, WrittenObject>.Entry.Unknown : EntryFor(argument);
            Groups.AddCall(group, entry, ControlFlow.RunTogether(call, group.Anchor));
        }

        private LifecycleRuleGroups<IOperation, WrittenObject>.Entry EntryFor(IOperation value)
        {
            if (_index.Resolve(value) is IObjectCreationOperation creation && _rules.TryGetValue(creation, out var written))
            {
                return new LifecycleRuleGroups<IOperation, WrittenObject>.Entry(SpecOf(written), written);
            }

            return LifecycleRuleGroups<IOperation, WrittenObject>.Entry.Unknown;
        }
    }
}
