using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcrGen.SourceGenerators.Analyzers
{
    /// <summary>
    /// A cheap, conservative stand-in for control flow: two operations run "together" (both or neither, once each) when they
    /// share the same innermost branching construct. Cross-rule checks only combine operations that run together, so an
    /// <c>if</c>/<c>else</c> pair of <c>AddLifecycleRule</c> calls, or a call in a loop, is never mistaken for two rules.
    /// </summary>
    internal static class ControlFlow
    {
        /// <summary>
        /// The innermost operation under which <paramref name="operation"/> may run zero or several times, or in exclusion of a
        /// sibling: an <c>if</c>/<c>?:</c> branch, a <c>switch</c> case or arm, a loop, a <c>catch</c>, a lambda or local function,
        /// the right side of <c>&amp;&amp;</c>/<c>||</c>/<c>??</c>, a <c>?.</c>; <c>null</c> when it runs straight through its block.
        /// </summary>
        public static IOperation? BranchContext(IOperation operation)
        {
            var child = operation;
            for (var parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case IConditionalOperation conditional when child != conditional.Condition:
                        return child;
                    case ISwitchCaseOperation:
                    case ISwitchExpressionArmOperation:
                    case ILoopOperation loop when child != (loop as IForEachLoopOperation)?.Collection:
                    case ICatchClauseOperation:
                    case IAnonymousFunctionOperation:
                    case ILocalFunctionOperation:
                        return parent;
                    case IConditionalAccessOperation access when child == access.WhenNotNull:
                        return parent;
                    case ICoalesceOperation coalesce when child == coalesce.WhenNull:
                        return parent;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } binary when child == binary.RightOperand:
                        return parent;
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="first"/> and <paramref name="second"/> share their branch context.</summary>
        public static bool RunTogether(IOperation first, IOperation second) => BranchContext(first) == BranchContext(second);

        /// <summary>Whether <paramref name="operation"/> is inside a loop, lambda or local function of its block.</summary>
        public static bool MayRunRepeatedly(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is ILoopOperation or IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
