using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>
    /// Which object a reference surely is when the code created it: <c>new T(...)</c> written in place, held by a local with a
    /// single definition, by a field or property of <c>this</c> assigned exactly once (in the block, on its straight path before
    /// the reference, or once in the type's constructor: <c>Repository = new AppRepository(this, "Images"); ...
    /// Repository.ApiCode()</c>), or passed by the only caller of a private helper. Another object's property, or a member
    /// assigned twice, is not known to be created here.
    /// </summary>
    internal static class BlockCreations
    {
        /// <summary>
        /// The object creation <paramref name="reference"/> surely evaluates to, when the code made it: in this block, or in the
        /// member of the type that the value flow follows it to (<see cref="BlockIndex.Resolve"/>).
        /// </summary>
        public static IObjectCreationOperation? CreationOf(IOperation reference, BlockIndex index)
            => index.Resolve(reference) as IObjectCreationOperation;

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

        // A property with a body may store its value anywhere (or nowhere): only an auto-property is followed.
        public static bool IsAutoProperty(IPropertySymbol property)
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
