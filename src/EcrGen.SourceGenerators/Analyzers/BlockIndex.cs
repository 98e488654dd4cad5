using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// Flow facts about the locals of one operation block (a method body, constructor, accessor, ...), built once and only
    /// when the block holds CDK code the analyzers look at: where each local is written, where it is read, and which
    /// properties are assigned through it (<c>props.Tag = "v1";</c>); and every write to a field or property of <c>this</c> (or a
    /// static one), so a member assigned once in a constructor can be followed like a local. Deliberately simple and conservative: a local written
    /// more than once, or by <c>ref</c>/<c>out</c>/deconstruction/<c>foreach</c>, has no single definition and its value is unknown.
    /// </summary>
    internal sealed class BlockIndex
    {
        private readonly Dictionary<ILocalSymbol, LocalFacts> _locals = new Dictionary<ILocalSymbol, LocalFacts>(SymbolEqualityComparer.Default);
        private Dictionary<ISymbol, List<IOperation>>? _memberWrites;

        private BlockIndex()
        {
        }

        /// <summary>Indexes every operation of <paramref name="operationBlocks"/>.</summary>
        public static BlockIndex Build(ImmutableArray<IOperation> operationBlocks)
        {
            var index = new BlockIndex();
            foreach (var block in operationBlocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    index.Visit(operation);
                }
            }

            return index;
        }

        /// <summary>The one value ever assigned to <paramref name="local"/> (its initializer or a single assignment), if any.</summary>
        public IOperation? SingleDefinition(ILocalSymbol local)
            => _locals.TryGetValue(local, out var facts) && facts.Writes == 1 && !facts.OtherWrites ? facts.Definition : null;

        /// <summary>The reads of <paramref name="local"/> (every reference that is not the target of a write).</summary>
        public IReadOnlyList<ILocalReferenceOperation> Reads(ILocalSymbol local)
            => _locals.TryGetValue(local, out var facts) && facts.Reads is not null ? facts.Reads : (IReadOnlyList<ILocalReferenceOperation>)System.Array.Empty<ILocalReferenceOperation>();

        /// <summary>The <c>local.Property = value</c> assignments, in source order.</summary>
        public IReadOnlyList<ISimpleAssignmentOperation> PropertyWrites(ILocalSymbol local)
            => _locals.TryGetValue(local, out var facts) && facts.PropertyWrites is not null ? facts.PropertyWrites : (IReadOnlyList<ISimpleAssignmentOperation>)System.Array.Empty<ISimpleAssignmentOperation>();

        /// <summary>
        /// Every write in the block to <paramref name="member"/>, a field or property of <c>this</c> or a static one: simple,
        /// compound and <c>??=</c> assignments, and <c>ref</c>/<c>out</c> arguments.
        /// </summary>
        public IReadOnlyList<IOperation> MemberWrites(ISymbol member)
            => _memberWrites is not null && _memberWrites.TryGetValue(member, out var writes) ? writes : (IReadOnlyList<IOperation>)System.Array.Empty<IOperation>();

        /// <summary>
        /// Follows <paramref name="value"/> through conversions and a single-definition local to the operation that produced it
        /// (an object creation, an invocation, ...); the unwrapped value itself otherwise.
        /// </summary>
        public IOperation Resolve(IOperation value)
        {
            var operation = OperationValues.Unwrap(value);
            if (operation is ILocalReferenceOperation reference && SingleDefinition(reference.Local) is { } definition)
            {
                return OperationValues.Unwrap(definition);
            }

            return operation;
        }

        /// <summary>The local that holds the value of <paramref name="operation"/> (<c>var x = operation;</c> / <c>x = operation;</c>), if it has no other definition.</summary>
        public ILocalSymbol? HoldingLocal(IOperation operation)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation)
            {
                operation = parent;
                parent = parent.Parent;
            }

            ILocalSymbol? local = null;
            if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                local = declarator.Symbol;
            }
            else if (parent is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment && assignment.Value == operation)
            {
                local = target.Local;
            }

            return local is not null && SingleDefinition(local) is { } definition && OperationValues.Unwrap(definition) == OperationValues.Unwrap(operation) ? local : null;
        }

        private void Visit(IOperation operation)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    var declared = Facts(declarator.Symbol);
                    if (declarator.Initializer is { } initializer)
                    {
                        declared.Writes++;
                        declared.Definition = initializer.Value;
                    }
                    else if (declarator.Parent is not IVariableDeclarationOperation { Parent: IVariableDeclarationGroupOperation })
                    {
                        // foreach, using, catch, pattern and out-var declarations: written by something else.
                        declared.OtherWrites = true;
                    }

                    break;

                case ILocalReferenceOperation reference:
                    var facts = Facts(reference.Local);
                    if (reference.IsDeclaration)
                    {
                        facts.OtherWrites = true; // out var x, deconstruction declarations
                    }
                    else if (IsSimpleAssignmentTarget(reference, out var assignment))
                    {
                        facts.Writes++;
                        facts.Definition = assignment.Value;
                    }
                    else if (IsOtherWrite(reference))
                    {
                        facts.OtherWrites = true;
                    }
                    else
                    {
                        (facts.Reads ??= new List<ILocalReferenceOperation>()).Add(reference);
                    }

                    if (reference.Local.RefKind != RefKind.None)
                    {
                        facts.OtherWrites = true;
                    }

                    break;

                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation instance } } propertyWrite:
                    var owner = Facts(instance.Local);
                    (owner.PropertyWrites ??= new List<ISimpleAssignmentOperation>()).Add(propertyWrite);
                    break;

                case IAssignmentOperation { Target: var target } memberWrite when OwnMember(target) is { } written:
                    AddMemberWrite(written, memberWrite);
                    break;

                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument when OwnMember(argument.Value) is { } passed:
                    AddMemberWrite(passed, argument);
                    break;
            }
        }

        // A field or property of this (or static): what SymbolKey calls a holder.
        private static ISymbol? OwnMember(IOperation target)
        {
            switch (target)
            {
                case IFieldReferenceOperation field when IsThisOrStatic(field.Instance):
                    return field.Field;
                case IPropertyReferenceOperation property when IsThisOrStatic(property.Instance) && property.Arguments.IsEmpty:
                    return property.Property;
                default:
                    return null;
            }
        }

        private static bool IsThisOrStatic(IOperation? instance)
            => instance is null || instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

        private void AddMemberWrite(ISymbol member, IOperation write)
        {
            _memberWrites ??= new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            if (!_memberWrites.TryGetValue(member, out var writes))
            {
                writes = new List<IOperation>(1);
                _memberWrites.Add(member, writes);
            }

            writes.Add(write);
        }

        private LocalFacts Facts(ILocalSymbol local)
        {
            if (!_locals.TryGetValue(local, out var facts))
            {
                facts = new LocalFacts();
                _locals.Add(local, facts);
            }

            return facts;
        }

        private static bool IsSimpleAssignmentTarget(ILocalReferenceOperation reference, out ISimpleAssignmentOperation assignment)
        {
            if (reference.Parent is ISimpleAssignmentOperation simple && simple.Target == reference && !simple.IsRef)
            {
                assignment = simple;
                return true;
            }

            assignment = null!;
            return false;
        }

        private static bool IsOtherWrite(ILocalReferenceOperation reference)
        {
            switch (reference.Parent)
            {
                case ISimpleAssignmentOperation simple when simple.Target == reference:
                    return true; // ref assignment
                case ICompoundAssignmentOperation compound when compound.Target == reference:
                    return true;
                case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
                    return true;
                case IIncrementOrDecrementOperation:
                    return true;
                case IArgumentOperation argument when argument.Parameter is { RefKind: RefKind.Ref or RefKind.Out }:
                    return true;
                case ITupleOperation { Parent: IDeconstructionAssignmentOperation }:
                    return true;
                default:
                    return false;
            }
        }

        private sealed class LocalFacts
        {
            public int Writes;
            public bool OtherWrites;
            public IOperation? Definition;
            public List<ILocalReferenceOperation>? Reads;
            public List<ISimpleAssignmentOperation>? PropertyWrites;
        }
    }
}
