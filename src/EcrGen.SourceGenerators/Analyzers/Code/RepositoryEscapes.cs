using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>Whether code the block cannot see could still add lifecycle rules to a repository created in it.</summary>
    internal static class RepositoryEscapes
    {
        /// <summary>
        /// <c>true</c> when the repository is stored where other code reaches it, or passed to user code; <c>false</c> when every
        /// use is a CDK call, a member access or a statement of its own.
        /// </summary>
        public static bool FromBlock(IObjectCreationOperation creation, BlockIndex index, CdkSymbols cdk)
        {
            var key = SymbolKey.OfHolder(creation, index, out _);
            if (key is ILocalSymbol local)
            {
                foreach (var read in index.Reads(local))
                {
                    if (EscapesAt(read, cdk))
                    {
                        return true;
                    }
                }

                return false;
            }

            // Not stored at all: "new Repository(...);" or passed straight to a CDK call.
            return key != (object)creation || EscapesAt(creation, cdk);
        }

        private static bool EscapesAt(IOperation use, CdkSymbols cdk)
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
                    return !cdk.IsCdk(invocation.TargetMethod);
                case IArgumentOperation { Parent: IObjectCreationOperation objectCreation }:
                    return !cdk.IsCdk(objectCreation.Constructor);
                case IInvocationOperation invocation when invocation.Instance == operation:
                    return !cdk.IsCdk(invocation.TargetMethod);
                case IPropertyReferenceOperation property when property.Instance == operation:
                    return false;
                case IExpressionStatementOperation:
                    return false;
                default:
                    return true;
            }
        }
    }
}
