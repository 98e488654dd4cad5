using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EcrGen.CodeFixes.Syntax
{
    /// <summary>How an option is written.</summary>
    internal enum OptionForm
    {
        /// <summary>An EcrGen attribute argument: <c>[EcrRepository("name", EmptyOnDelete = true)]</c>.</summary>
        AttributeArgument,

        /// <summary>A member of an object initializer: <c>new RepositoryProps { EmptyOnDelete = true }</c>.</summary>
        InitializerMember,

        /// <summary>An assignment statement through the local that holds the object: <c>props.EmptyOnDelete = true;</c>.</summary>
        AssignmentStatement,

        /// <summary>A method or constructor argument: <c>repo.RepositoryUriForTagOrDigest("...")</c>.</summary>
        MethodArgument,
    }

    /// <summary>One written option: the syntax a diagnostic is reported on, its name as written and its value.</summary>
    internal sealed class OptionSite
    {
        private OptionSite(OptionForm form, SyntaxNode node, SimpleNameSyntax? nameNode, ExpressionSyntax value)
        {
            Form = form;
            Node = node;
            NameNode = nameNode;
            Value = value;
        }

        /// <summary>How the option is written.</summary>
        public OptionForm Form { get; }

        /// <summary>
        /// The <see cref="AttributeArgumentSyntax"/>, the <see cref="AssignmentExpressionSyntax"/> (initializer member or
        /// statement) or the <see cref="ArgumentSyntax"/>.
        /// </summary>
        public SyntaxNode Node { get; }

        /// <summary>The option's name where it is written by name (<c>Tag</c> in <c>Tag = "v1"</c>); <c>null</c> for positional arguments.</summary>
        public SimpleNameSyntax? NameNode { get; }

        /// <summary>The option's name as written, or <c>null</c> for positional arguments.</summary>
        public string? Name => NameNode?.Identifier.ValueText;

        /// <summary>The value expression.</summary>
        public ExpressionSyntax Value { get; }

        /// <summary>For <see cref="OptionForm.AssignmentStatement"/>: the statement.</summary>
        public ExpressionStatementSyntax? Statement => Form == OptionForm.AssignmentStatement ? Node.Parent as ExpressionStatementSyntax : null;

        /// <summary>
        /// The option a diagnostic at <paramref name="span"/> is reported on, or <c>null</c> when the span is not an option
        /// (a whole object, a type name).
        /// </summary>
        public static OptionSite? Find(SyntaxNode root, TextSpan span)
        {
            if (!root.FullSpan.Contains(span))
            {
                return null;
            }

            // The innermost node of the span, then its ancestors with the very same span (a positional argument and its literal).
            for (SyntaxNode? current = root.FindNode(span, getInnermostNodeForTie: true); current is not null && current.Span == span; current = current.Parent)
            {
                if (From(current) is { } site)
                {
                    return site;
                }
            }

            return null;
        }

        /// <summary><paramref name="node"/> as an option, or <c>null</c>.</summary>
        public static OptionSite? From(SyntaxNode node)
        {
            switch (node)
            {
                case AttributeArgumentSyntax argument:
                    return new OptionSite(OptionForm.AttributeArgument, argument, argument.NameEquals?.Name, argument.Expression);
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment:
                    if (assignment.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression }
                        && assignment.Left is IdentifierNameSyntax member)
                    {
                        return new OptionSite(OptionForm.InitializerMember, assignment, member, assignment.Right);
                    }

                    if (assignment.Parent is ExpressionStatementSyntax
                        && assignment.Left is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access)
                    {
                        return new OptionSite(OptionForm.AssignmentStatement, assignment, access.Name, assignment.Right);
                    }

                    return null;
                case ArgumentSyntax argument when argument.Parent is BaseArgumentListSyntax:
                    return new OptionSite(OptionForm.MethodArgument, argument, argument.NameColon?.Name, argument.Expression);
                default:
                    return null;
            }
        }
    }
}
