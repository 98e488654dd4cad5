using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EcrGen.Domain.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.SourceGenerators.Analyzers.Cfn
{
    /// <summary>
    /// A lifecycle or repository policy written as a constant JSON string in an L1's props (a <c>CfnRepository</c>'s
    /// <c>LifecyclePolicyText</c> and <c>RepositoryPolicyText</c>, a <c>CfnRepositoryCreationTemplate</c>'s
    /// <c>LifecyclePolicy</c> and <c>RepositoryPolicy</c>): judged by a domain validator
    /// (<see cref="LifecyclePolicyText"/>, <see cref="RepositoryPolicyText"/>), each violation reported at its span inside the
    /// string literal (<see cref="LiteralText"/>), or on the expression the text comes from when it is not one literal.
    /// </summary>
    internal static class ConstantPolicyText
    {
        /// <summary>Every descriptor the policy texts report: an analyzer that calls <see cref="Report"/> declares them all.</summary>
        public static readonly ImmutableArray<DiagnosticDescriptor> Descriptors =
            LifecyclePolicyText.ReportedRuleIds.Concat(RepositoryPolicyText.ReportedRuleIds).Distinct().Select(D.Of).ToImmutableArray();

        /// <summary>
        /// Reports <paramref name="validate"/>'s verdicts on the text of <paramref name="value"/> (what it resolves to is
        /// <paramref name="resolved"/>, the value itself when the caller follows no locals) when it is a constant string, and
        /// says whether it was one; a value not known at compile time is not read.
        /// </summary>
        public static bool Report(
            IOperation value,
            IOperation resolved,
            DiagnosticSink sink,
            Func<string, IReadOnlyList<TextViolation>> validate,
            CancellationToken cancellationToken)
        {
            var constant = ConstantString(value) ?? ConstantString(resolved);
            if (constant is null)
            {
                return false;
            }

            var source = SourceOf(OperationValues.Unwrap(value), resolved, value.Syntax.SyntaxTree, cancellationToken);
            var literal = LiteralText.Of(source, constant);
            foreach (var found in validate(constant))
            {
                sink.Report(found.Violation, literal?.Locate(found.Start, found.Length) ?? source.GetLocation());
            }

            return true;
        }

        // The expression that holds the text in this file: a literal, the initializer of a local or of a const field, or the value.
        private static SyntaxNode SourceOf(IOperation value, IOperation resolved, SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (resolved.Syntax.SyntaxTree == tree && !(resolved is IFieldReferenceOperation))
            {
                return resolved.Syntax;
            }

            if (value is IFieldReferenceOperation { Field: { IsConst: true } field })
            {
                foreach (var reference in field.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree == tree
                        && reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initializer })
                    {
                        return initializer;
                    }
                }
            }

            if (value is ILocalReferenceOperation { Local: { IsConst: true } local })
            {
                foreach (var reference in local.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initializer })
                    {
                        return initializer;
                    }
                }
            }

            return value.Syntax;
        }

        private static string? ConstantString(IOperation operation)
            => OperationValues.Unwrap(operation).ConstantValue is { HasValue: true, Value: string text } ? text : null;
    }
}
