using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>Where a repository created in the block goes besides the CDK's own calls.</summary>
    internal static class RepositoryUses
    {
        /// <summary>
        /// Whether the code hands the repository created by <paramref name="creation"/> (itself, held by a local, or by a
        /// field or property of <c>this</c>, anywhere in the type) to code that is not the CDK's (a helper, a third-party construct such as one that
        /// copies an image into it): that code may fill the repository before the function or service needs it.
        /// </summary>
        public static bool ReachUserCode(IObjectCreationOperation creation, ImmutableArray<IOperation> blocks, BlockIndex index, CdkSymbols cdk)
        {
            // The creation may be in another member of the type (the value flow found it there): its uses are that block's.
            var own = index.IndexOf(creation);
            var key = SymbolKey.OfHolder(creation, own, out _);
            if (ReferenceEquals(key, creation))
            {
                return GivenToUserCode(creation, cdk);
            }

            if (key is ILocalSymbol local)
            {
                foreach (var read in own.Reads(local))
                {
                    if (GivenToUserCode(read, cdk))
                    {
                        return true;
                    }
                }

                return false;
            }

            // A member: every use of it in the type, when the type's flow is followed; else this block's.
            foreach (var block in own.Type?.Bodies(default) ?? blocks)
            {
                foreach (var operation in block.Descendants())
                {
                    var member = operation switch
                    {
                        IFieldReferenceOperation field => (ISymbol)field.Field,
                        IPropertyReferenceOperation property => property.Property,
                        _ => null,
                    };
                    if (member is not null && SymbolKey.Comparer.Equals(member, key) && GivenToUserCode(operation, cdk))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool GivenToUserCode(IOperation use, CdkSymbols cdk)
        {
            var parent = use.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IArgumentOperation { Parent: IInvocationOperation invocation }:
                    return !cdk.IsCdk(invocation.TargetMethod);
                case IArgumentOperation { Parent: IObjectCreationOperation objectCreation }:
                    return !cdk.IsCdk(objectCreation.Constructor);
                default:
                    return false;
            }
        }
    }
}
