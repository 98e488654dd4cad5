using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>
    /// Which object a reference surely is when the block itself created it: <c>new T(...)</c> written in place, held by a local
    /// with a single definition, or by a field or property of <c>this</c> that the block assigns exactly once, on its straight
    /// path, before the reference (<c>Repository = new AppRepository(this, "Images"); ... Repository.ApiCode()</c>). A parameter,
    /// another object's property, or a member assigned elsewhere or twice is not known to be created here.
    /// </summary>
    internal static class BlockCreations
    {
        /// <summary>The object creation <paramref name="reference"/> surely evaluates to, when the block made it.</summary>
        public static IObjectCreationOperation? CreationOf(IOperation reference, BlockIndex index)
        {
            var operation = index.Resolve(reference);
            if (operation is IObjectCreationOperation creation)
            {
                return creation;
            }

            ISymbol? member;
            switch (operation)
            {
                case IFieldReferenceOperation field when IsThisOrStatic(field.Instance):
                    member = field.Field;
                    break;
                case IPropertyReferenceOperation property when IsThisOrStatic(property.Instance) && property.Arguments.IsEmpty && IsAutoProperty(property.Property):
                    member = property.Property;
                    break;
                default:
                    return null;
            }

            var writes = index.MemberWrites(member);
            if (writes.Count != 1
                || writes[0] is not ISimpleAssignmentOperation { IsRef: false } assignment
                || ControlFlow.BranchContext(assignment) is not null
                || assignment.Syntax.SpanStart >= reference.Syntax.SpanStart
                || assignment.Syntax.SyntaxTree != reference.Syntax.SyntaxTree)
            {
                return null;
            }

            return OperationValues.Unwrap(assignment.Value) as IObjectCreationOperation;
        }

        /// <summary>
        /// What a construct was created in: the key (<see cref="SymbolKey"/>) of its <c>scope</c> argument (<c>this</c>, a local,
        /// a parameter, a field), or <c>null</c> when it is not a construct or its scope is an expression with no key.
        /// </summary>
        public static object? ScopeKeyOf(IObjectCreationOperation construct, BlockIndex index)
        {
            if (construct.Constructor is not { Parameters: { Length: >= 2 } parameters } || parameters[0].Name != "scope")
            {
                return null;
            }

            var scope = OperationValues.Argument(construct.Arguments, 0);
            if (scope is null)
            {
                return null;
            }

            var key = SymbolKey.OfReference(scope, index, construct);
            return ReferenceEquals(key, construct) ? null : key;
        }

        private static bool IsThisOrStatic(IOperation? instance)
            => instance is null || instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

        // A property with a body may store its value anywhere (or nowhere): only an auto-property is followed.
        private static bool IsAutoProperty(IPropertySymbol property)
        {
            foreach (var member in property.ContainingType.GetMembers())
            {
                if (member is IFieldSymbol { IsImplicitlyDeclared: true } field && SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
