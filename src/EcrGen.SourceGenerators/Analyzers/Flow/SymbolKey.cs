using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// Identifies "the same repository" within one block: a local (with a single definition), a parameter, a field or property
    /// of <c>this</c> (or static), or <c>this</c> itself; anything else is only equal to itself.
    /// </summary>
    internal static class SymbolKey
    {
        /// <summary>The key of <c>this</c> (a Repository subclass adding rules in its own constructor).</summary>
        public static readonly object This = new object();

        /// <summary>Compares keys: symbols by <see cref="SymbolEqualityComparer.Default"/>, other objects by reference.</summary>
        public static IEqualityComparer<object> Comparer { get; } = new KeyComparer();

        /// <summary>The key of a receiver expression (<c>repo</c>, <c>this.Repo</c>, <c>Repo</c>, <c>this</c>), or <paramref name="fallback"/>.</summary>
        public static object OfReference(IOperation? reference, BlockIndex index, object fallback)
        {
            switch (reference is null ? null : OperationValues.Unwrap(reference))
            {
                case ILocalReferenceOperation local:
                    return index.SingleDefinition(local.Local) is not null ? local.Local : fallback;
                case IParameterReferenceOperation parameter:
                    return parameter.Parameter;
                case IFieldReferenceOperation field when IsThisOrStatic(field.Instance):
                    return field.Field;
                case IPropertyReferenceOperation property when IsThisOrStatic(property.Instance) && property.Arguments.IsEmpty:
                    return property.Property;
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                    return This;
                default:
                    return fallback;
            }
        }

        /// <summary>
        /// The key of what <paramref name="value"/> is stored into (<c>var repo = value;</c>, <c>Repo = value;</c>), or
        /// <paramref name="value"/> itself when it is not stored.
        /// </summary>
        public static object OfHolder(IOperation value, BlockIndex index, out bool isLocalOrUnstored)
        {
            var operation = value;
            var parent = value.Parent;
            while (parent is IConversionOperation)
            {
                operation = parent;
                parent = parent.Parent;
            }

            isLocalOrUnstored = true;
            if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                return index.SingleDefinition(declarator.Symbol) is not null ? declarator.Symbol : value;
            }

            if (parent is ISimpleAssignmentOperation assignment && assignment.Value == operation)
            {
                switch (assignment.Target)
                {
                    case ILocalReferenceOperation local:
                        return index.SingleDefinition(local.Local) is not null ? local.Local : value;
                    case IFieldReferenceOperation or IPropertyReferenceOperation:
                        isLocalOrUnstored = false;
                        return OfReference(assignment.Target, index, value);
                }
            }

            return value;
        }

        private static bool IsThisOrStatic(IOperation? instance)
            => instance is null || instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

        private sealed class KeyComparer : IEqualityComparer<object>
        {
            public new bool Equals(object? x, object? y)
                => x is ISymbol left && y is ISymbol right ? SymbolEqualityComparer.Default.Equals(left, right) : ReferenceEquals(x, y);

            public int GetHashCode(object obj)
                => obj is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
