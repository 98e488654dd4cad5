using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using EcrGen.Domain;
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
        // How many hops (a local, a member, a parameter) a value is followed: enough for real code, bounded against cycles.
        private const int MaxDepth = 8;

        private readonly Dictionary<ILocalSymbol, LocalFacts> _locals = new Dictionary<ILocalSymbol, LocalFacts>(SymbolEqualityComparer.Default);
        private readonly ImmutableArray<IOperation> _blocks;
        private readonly TypeFlow? _type;
        private readonly CancellationToken _cancellationToken;
        private Dictionary<ISymbol, List<IOperation>>? _memberWrites;

        private BlockIndex(ImmutableArray<IOperation> blocks, TypeFlow? type, CancellationToken cancellationToken)
        {
            _blocks = blocks;
            _type = type;
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Indexes the operation blocks of one member of a type (what an operation-block action gets), with the type's flow
        /// (<see cref="TypeFlow"/>) for what the block reads from other members.
        /// </summary>
        public static BlockIndex Build(ImmutableArray<IOperation> operationBlocks, ISymbol owningSymbol, CancellationToken cancellationToken)
        {
            var type = owningSymbol as INamedTypeSymbol ?? owningSymbol.ContainingType;
            var model = operationBlocks.IsEmpty ? null : operationBlocks[0].SemanticModel;
            return Build(operationBlocks, TypeFlow.Of(type, model), cancellationToken);
        }

        /// <summary>Indexes every operation of <paramref name="operationBlocks"/>.</summary>
        public static BlockIndex Build(ImmutableArray<IOperation> operationBlocks, TypeFlow? type, CancellationToken cancellationToken)
        {
            var index = new BlockIndex(operationBlocks, type, cancellationToken);
            foreach (var block in operationBlocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    index.Visit(operation);
                }
            }

            return index;
        }

        /// <summary>The flow of the type this block is a member of, when it is followed (<see cref="TypeFlow.Of"/>).</summary>
        public TypeFlow? Type => _type;

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
        /// Follows <paramref name="value"/> to the operation that produced it (an object creation, a constant, an invocation,
        /// ...) through conversions, single-definition locals, members of the type written once (<see cref="Member"/>) and the
        /// arguments of a private method's callers (<see cref="TypeFlow.ArgumentOf"/>); the unwrapped value itself where the
        /// flow is not certain. The result may be in another block of the type: read it with <see cref="IndexOf"/>.
        /// </summary>
        public IOperation Resolve(IOperation value) => ResolveFlow(value, 0, _cancellationToken).Operation;

        /// <summary>
        /// What <paramref name="read"/> (an <see cref="OperationValues"/> reader) makes of <paramref name="value"/>, and, when that
        /// is not a known value, of what the value flow follows it to (<see cref="Resolve"/>): a constant held in a local assigned
        /// once, a readonly field, a private helper's argument is as known as the constant written in place.
        /// </summary>
        public Setting<T> Read<T>(IOperation value, System.Func<IOperation, Setting<T>> read)
        {
            var setting = read(value);
            if (setting.IsKnown || OperationValues.ConstantOf(value).HasValue)
            {
                return setting;
            }

            var resolved = Resolve(value);
            if (resolved != OperationValues.Unwrap(value) && read(resolved) is { IsKnown: true } followed)
            {
                return followed;
            }

            return setting;
        }

        /// <summary><see cref="Resolve"/>, with the index of the block the value was found in.</summary>
        public FlowValue ResolveFlow(IOperation value) => ResolveFlow(value, 0, _cancellationToken);

        /// <summary><see cref="Resolve"/>, with the index of the block the value was found in.</summary>
        public FlowValue ResolveFlow(IOperation value, int depth, CancellationToken cancellationToken)
        {
            var index = this;
            var operation = OperationValues.Unwrap(value);
            for (; depth < MaxDepth; depth++)
            {
                FlowValue? next = null;
                switch (operation)
                {
                    case ILocalReferenceOperation reference:
                        var owner = index.IndexOf(reference);
                        if (owner.SingleDefinition(reference.Local) is { } definition)
                        {
                            next = new FlowValue(definition, owner);
                        }

                        break;
                    case IFieldReferenceOperation or IPropertyReferenceOperation:
                        next = index.IndexOf(operation).Member(operation, cancellationToken);
                        break;
                    case IParameterReferenceOperation parameter when parameter.Parameter.ContainingSymbol is IMethodSymbol method:
                        next = TypeFlow.Of(method.ContainingType, operation.SemanticModel)?.ArgumentOf(parameter.Parameter, depth, cancellationToken);
                        break;
                }

                if (next is not { } found)
                {
                    break;
                }

                operation = OperationValues.Unwrap(found.Operation);
                index = found.Index;
            }

            return new FlowValue(operation, index);
        }

        /// <summary>
        /// The value of a field or auto-property of <c>this</c> (or a static one), read at <paramref name="reference"/>: the one
        /// assignment of this block on its straight path before the read, or, when this block does not write it, the one
        /// value the type gives it (<see cref="TypeFlow.SingleDefinition"/>); <c>null</c> otherwise.
        /// </summary>
        public FlowValue? Member(IOperation reference, CancellationToken cancellationToken)
        {
            ISymbol member;
            switch (reference)
            {
                case IFieldReferenceOperation field when IsThisOrStatic(field.Instance):
                    member = field.Field;
                    break;
                case IPropertyReferenceOperation property when IsThisOrStatic(property.Instance) && property.Arguments.IsEmpty && Code.BlockCreations.IsAutoProperty(property.Property):
                    member = property.Property;
                    break;
                default:
                    return null;
            }

            var writes = MemberWrites(member);
            if (writes.Count == 0)
            {
                return TypeFlow.Of(member.ContainingType, reference.SemanticModel)?.SingleDefinition(member.OriginalDefinition, cancellationToken);
            }

            return writes.Count == 1
                && writes[0] is ISimpleAssignmentOperation { IsRef: false } assignment
                && ControlFlow.BranchContext(assignment) is null
                && assignment.Syntax.SpanStart < reference.Syntax.SpanStart
                && assignment.Syntax.SyntaxTree == reference.Syntax.SyntaxTree
                ? new FlowValue(assignment.Value, this)
                : null;
        }

        /// <summary>
        /// The index of the block <paramref name="operation"/> is in: this one, or another member's of the same type (a value
        /// the flow found there); an index of that operation's own block, built afresh, when neither.
        /// </summary>
        public BlockIndex IndexOf(IOperation operation)
        {
            var syntax = operation.Syntax;
            foreach (var block in _blocks)
            {
                if (block.Syntax.SyntaxTree == syntax.SyntaxTree && block.Syntax.Span.Contains(syntax.Span))
                {
                    return this;
                }
            }

            var root = operation;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            return _type is not null && _type.Contains(root.Syntax) ? _type.IndexOf(root) : Build(ImmutableArray.Create(root), (TypeFlow?)null, _cancellationToken);
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
