using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>A value and the block it was written in, whose index resolves what the value refers to.</summary>
    internal readonly struct FlowValue
    {
        public FlowValue(IOperation operation, BlockIndex index)
        {
            Operation = operation;
            Index = index;
        }

        public IOperation Operation { get; }

        public BlockIndex Index { get; }
    }

    /// <summary>
    /// The per-type pass of the value flow: what the members of one class (a stack, a construct) make of a value that one block
    /// cannot see on its own. Users write a stack as one class: a repository kept in a readonly field assigned in the
    /// constructor and used by another method, a policy in a private readonly field, a private helper method whose callers
    /// all pass the same constant (or omit an optional parameter). Built lazily, per member asked about, from the type's one
    /// declaration, and remembered per compilation.
    /// </summary>
    /// <remarks>
    /// Conservative by construction: a member is followed only when every write to it is visible here (it is readonly, or
    /// private, or an auto-property whose setter is private), it is written exactly once, in an initializer or on the straight
    /// path of the type's only constructor; a parameter only when every caller is seen (the method is private, or the project
    /// is an application and no other file names the method) and every call passes the same constant, or there is one call. A type declared in several files (a partial class) or in
    /// generated code is not followed: its other parts are in syntax trees this analysis does not bind.
    /// </remarks>
    internal sealed class TypeFlow
    {
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<INamedTypeSymbol, TypeFlow?>> Cache =
            new ConditionalWeakTable<Compilation, ConcurrentDictionary<INamedTypeSymbol, TypeFlow?>>();

        private readonly SemanticModel _model;
        private readonly TypeDeclarationSyntax _declaration;
        private readonly ConcurrentDictionary<ISymbol, FlowValue?> _definitions = new ConcurrentDictionary<ISymbol, FlowValue?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<SyntaxNode, BlockIndex> _blocks = new ConcurrentDictionary<SyntaxNode, BlockIndex>();
        private readonly ConcurrentDictionary<IParameterSymbol, FlowValue?> _arguments = new ConcurrentDictionary<IParameterSymbol, FlowValue?>(SymbolEqualityComparer.Default);
        private ImmutableArray<IOperation> _bodies;

        [System.ThreadStatic]
        private static HashSet<IParameterSymbol>? s_inProgress;

        private TypeFlow(INamedTypeSymbol type, SemanticModel model, TypeDeclarationSyntax declaration)
        {
            Type = type;
            _model = model;
            _declaration = declaration;
        }

        public INamedTypeSymbol Type { get; }

        /// <summary>
        /// The flow of <paramref name="type"/>, when it has a single declaration in the syntax tree <paramref name="model"/>
        /// binds; otherwise <c>null</c> (nothing beyond the block is followed).
        /// </summary>
        public static TypeFlow? Of(INamedTypeSymbol? type, SemanticModel? model)
        {
            if (type is null || model is null || type.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var types = Cache.GetValue(model.Compilation, static _ => new ConcurrentDictionary<INamedTypeSymbol, TypeFlow?>(SymbolEqualityComparer.Default));
            if (types.TryGetValue(type, out var known))
            {
                return known;
            }

            var reference = type.DeclaringSyntaxReferences[0];
            TypeFlow? flow = null;
            if (reference.SyntaxTree == model.SyntaxTree && reference.GetSyntax() is TypeDeclarationSyntax declaration)
            {
                flow = new TypeFlow(type, model, declaration);
            }

            return types.GetOrAdd(type, flow);
        }

        /// <summary>
        /// The one value <paramref name="member"/> (a field or auto-property of this type) ever holds after construction, and
        /// the block that wrote it; <c>null</c> when it has none that is certain.
        /// </summary>
        public FlowValue? SingleDefinition(ISymbol member, CancellationToken cancellationToken)
        {
            if (!SymbolEqualityComparer.Default.Equals(member.ContainingType, Type) || !IsWrittenOnlyHere(member))
            {
                return null;
            }

            return _definitions.GetOrAdd(member, m => FindDefinition(m, cancellationToken));
        }

        /// <summary>
        /// The value every call of <paramref name="parameter"/>'s method (private, of this type) passes for it, explicitly or
        /// by its default, and the calling block; <c>null</c> when the calls disagree, are not all seen, or there are none.
        /// </summary>
        public FlowValue? ArgumentOf(IParameterSymbol parameter, int depth, CancellationToken cancellationToken)
        {
            if (_arguments.TryGetValue(parameter, out var known))
            {
                return known;
            }

            // A helper that passes its own parameter on to itself: the cycle has no value of its own.
            var inProgress = s_inProgress ??= new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
            if (!inProgress.Add(parameter))
            {
                return null;
            }

            try
            {
                var value = FindArgument(parameter, depth, cancellationToken);
                return _arguments.GetOrAdd(parameter, value);
            }
            finally
            {
                inProgress.Remove(parameter);
            }
        }

        private FlowValue? FindArgument(IParameterSymbol parameter, int depth, CancellationToken cancellationToken)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsVirtual: false, IsAbstract: false, IsOverride: false, IsExtern: false } method
                || !SymbolEqualityComparer.Default.Equals(method.ContainingType, Type)
                || parameter.IsParams
                || parameter.RefKind != RefKind.None
                || CallersIn(method, cancellationToken) is not { } scope)
            {
                return null;
            }

            FlowValue? agreed = null;
            var calls = 0;
            foreach (var node in scope.DescendantNodes())
            {
                if (node is not SimpleNameSyntax name || name.Identifier.ValueText != method.Name)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var invocation = InvocationOf(name);
                if (invocation is null || _model.GetOperation(invocation, cancellationToken) is not IInvocationOperation call)
                {
                    // A method group (a delegate, an event handler) or nameof: callers this pass cannot see.
                    if (SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, method))
                    {
                        return null;
                    }

                    continue;
                }

                if (!SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, method))
                {
                    continue; // an overload, or another type's method of the same name
                }

                calls++;
                var argument = ArgumentFor(call, parameter.Ordinal);
                if (argument is null)
                {
                    return null;
                }

                var value = argument.ArgumentKind == ArgumentKind.DefaultValue
                    ? new FlowValue(argument.Value, IndexOf(argument))
                    : IndexOf(argument).ResolveFlow(argument.Value, depth + 1, cancellationToken);
                if (agreed is null)
                {
                    agreed = value;
                }
                else if (!SameConstant(agreed.Value.Operation, value.Operation))
                {
                    return null;
                }
            }

            // One call: its value, whatever it is; several: only the constant they all pass.
            return calls == 1 || calls > 1 && agreed is { } constant && OperationValues.ConstantOf(constant.Operation).HasValue ? agreed : null;
        }

        /// <summary>
        /// The operation trees of every member body and initializer of the type (constructors, methods, accessors, field and
        /// property initializers), for a question about every use of a member; built on first use.
        /// </summary>
        public ImmutableArray<IOperation> Bodies(CancellationToken cancellationToken)
        {
            if (_bodies.IsDefault)
            {
                var builder = ImmutableArray.CreateBuilder<IOperation>();
                foreach (var member in _declaration.Members)
                {
                    IEnumerable<SyntaxNode> roots = member switch
                    {
                        BaseMethodDeclarationSyntax method => new[] { method },
                        BasePropertyDeclarationSyntax { AccessorList: { } accessors } => accessors.Accessors,
                        PropertyDeclarationSyntax { ExpressionBody: { } body } => new[] { body },
                        FieldDeclarationSyntax field => InitializersOf(field),
                        _ => System.Array.Empty<SyntaxNode>(),
                    };
                    foreach (var root in roots)
                    {
                        if (_model.GetOperation(root, cancellationToken) is { } operation)
                        {
                            builder.Add(operation);
                        }
                    }

                    if (member is PropertyDeclarationSyntax { Initializer: { } initializer } && _model.GetOperation(initializer, cancellationToken) is { } value)
                    {
                        builder.Add(value);
                    }
                }

                ImmutableInterlocked.InterlockedInitialize(ref _bodies, builder.ToImmutable());
            }

            return _bodies;
        }

        private static IEnumerable<SyntaxNode> InitializersOf(FieldDeclarationSyntax field)
        {
            foreach (var variable in field.Declaration.Variables)
            {
                if (variable.Initializer is { } initializer)
                {
                    yield return initializer;
                }
            }
        }

        /// <summary>Whether <paramref name="node"/> is in this type's declaration.</summary>
        public bool Contains(SyntaxNode node) => node.SyntaxTree == _declaration.SyntaxTree && _declaration.Span.Contains(node.Span);

        /// <summary>The index of the block (a member body or initializer of this type) that <paramref name="operation"/> is in.</summary>
        public BlockIndex IndexOf(IOperation operation)
        {
            var root = operation;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            return _blocks.GetOrAdd(root.Syntax, _ => BlockIndex.Build(ImmutableArray.Create(root), this, CancellationToken.None));
        }

        // Where every call of the method is: a private method's are in this type; in an application (an exe: a CDK app), a
        // method no other file names is only called from this file. Anything else may have callers this pass cannot see.
        private SyntaxNode? CallersIn(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (method.DeclaredAccessibility == Accessibility.Private)
            {
                return _declaration;
            }

            var compilation = _model.Compilation;
            if (compilation.Options.OutputKind is not (OutputKind.ConsoleApplication or OutputKind.WindowsApplication)
                || !method.ExplicitInterfaceImplementations.IsEmpty
                || Type.TypeKind == TypeKind.Interface)
            {
                return null;
            }

            // An interface's callers call the interface member, not this one.
            foreach (var implemented in Type.AllInterfaces)
            {
                foreach (var member in implemented.GetMembers(method.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(Type.FindImplementationForInterfaceMember(member), method))
                    {
                        return null;
                    }
                }
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree != _declaration.SyntaxTree && tree.GetText(cancellationToken).ToString().IndexOf(method.Name, System.StringComparison.Ordinal) >= 0)
                {
                    return null;
                }
            }

            return _declaration.SyntaxTree.GetRoot(cancellationToken);
        }

        // Readonly fields, private fields, auto-properties with no setter or a private one: only this type's code writes them.
        private static bool IsWrittenOnlyHere(ISymbol member)
        {
            switch (member)
            {
                case IFieldSymbol field:
                    return !field.IsConst && (field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private);
                case IPropertySymbol property:
                    return !property.IsVirtual && !property.IsOverride && !property.IsAbstract && property.Parameters.IsEmpty
                        && (property.SetMethod is null || property.SetMethod.DeclaredAccessibility == Accessibility.Private)
                        && Code.BlockCreations.IsAutoProperty(property);
                default:
                    return false;
            }
        }

        private FlowValue? FindDefinition(ISymbol member, CancellationToken cancellationToken)
        {
            IOperation? definition = null;
            foreach (var node in _declaration.DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                IOperation? write = null;
                switch (node)
                {
                    case VariableDeclaratorSyntax { Initializer: { } initializer } declarator when declarator.Identifier.ValueText == member.Name && declarator.Parent?.Parent is FieldDeclarationSyntax:
                        if (!SymbolEqualityComparer.Default.Equals(_model.GetDeclaredSymbol(declarator, cancellationToken), member))
                        {
                            continue;
                        }

                        write = (_model.GetOperation(initializer, cancellationToken) as IFieldInitializerOperation)?.Value;
                        break;
                    case PropertyDeclarationSyntax { Initializer: { } initializer } property when property.Identifier.ValueText == member.Name:
                        if (!SymbolEqualityComparer.Default.Equals(_model.GetDeclaredSymbol(property, cancellationToken), member))
                        {
                            continue;
                        }

                        write = (_model.GetOperation(initializer, cancellationToken) as IPropertyInitializerOperation)?.Value;
                        break;
                    case SimpleNameSyntax name when name.Identifier.ValueText == member.Name && IsWritePosition(name):
                        if (!SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, member))
                        {
                            continue;
                        }

                        if (definition is not null || !TryGetConstructorWrite(name, member, cancellationToken, out write))
                        {
                            return null; // written twice, or written somewhere other than straight through the constructor
                        }

                        break;
                    default:
                        continue;
                }

                if (definition is not null || write is null)
                {
                    return null;
                }

                definition = write;
            }

            return definition is null ? null : new FlowValue(OperationValues.Unwrap(definition), IndexOf(definition));
        }

        // this.Member = value / Member = value in the straight path of the type's only constructor of the member's kind.
        private bool TryGetConstructorWrite(SimpleNameSyntax name, ISymbol member, CancellationToken cancellationToken, out IOperation? value)
        {
            value = null;
            var target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? (ExpressionSyntax)access : name;
            if (target.Parent is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                || assignment.Left != target
                || target is MemberAccessExpressionSyntax { Expression: not ThisExpressionSyntax }
                || assignment.FirstAncestorOrSelf<ConstructorDeclarationSyntax>() is not { } constructor
                || constructor.Parent != _declaration
                || constructor.Modifiers.Any(SyntaxKind.StaticKeyword) != member.IsStatic
                || constructor.Initializer is { RawKind: (int)SyntaxKind.ThisConstructorInitializer }
                || CountConstructors(member.IsStatic) != 1
                || _model.GetOperation(assignment, cancellationToken) is not ISimpleAssignmentOperation { IsRef: false } write
                || ControlFlow.BranchContext(write) is not null)
            {
                return false;
            }

            value = write.Value;
            return true;
        }

        private int CountConstructors(bool isStatic)
        {
            var count = 0;
            foreach (var constructor in isStatic ? Type.StaticConstructors : Type.InstanceConstructors)
            {
                if (!constructor.IsImplicitlyDeclared)
                {
                    count++;
                }
            }

            return count;
        }

        // The target of an assignment (simple or compound), ++/--, a ref/out argument, or part of a deconstruction.
        private static bool IsWritePosition(SimpleNameSyntax name)
        {
            SyntaxNode target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            while (target.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax } or TupleExpressionSyntax)
            {
                target = target.Parent;
            }

            switch (target.Parent)
            {
                case AssignmentExpressionSyntax assignment:
                    return assignment.Left == target;
                case PrefixUnaryExpressionSyntax prefix:
                    return prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression);
                case PostfixUnaryExpressionSyntax:
                    return true;
                case ArgumentSyntax argument:
                    return !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword);
                default:
                    return false;
            }
        }

        private static InvocationExpressionSyntax? InvocationOf(SimpleNameSyntax name)
        {
            ExpressionSyntax callee = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            return callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee ? invocation : null;
        }

        private static IArgumentOperation? ArgumentFor(IInvocationOperation call, int ordinal)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument.ArgumentKind == ArgumentKind.ParamArray ? null : argument;
                }
            }

            return null;
        }

        private static bool SameConstant(IOperation left, IOperation right)
        {
            var a = OperationValues.ConstantOf(left);
            var b = OperationValues.ConstantOf(right);
            return a.HasValue && b.HasValue && Equals(a.Value, b.Value);
        }
    }
}
