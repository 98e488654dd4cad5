using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace EcrGen.CodeFixes.Syntax
{
    /// <summary>
    /// The edits the fixes make to written options, in every form (attribute arguments, initializer members, assignment
    /// statements). List edits go through callbacks on the containing list that find the option by name, so several fixes on
    /// the same attribute or initializer compose in one <see cref="SyntaxEditor"/> (Fix All) and applying one twice is harmless.
    /// </summary>
    internal static class OptionEdits
    {
        /// <summary>Whether <see cref="Remove"/> can delete <paramref name="site"/> and leave valid code.</summary>
        public static bool CanRemove(OptionSite site)
            => site.Name is not null
                && site.Form switch
                {
                    OptionForm.AttributeArgument => true,
                    OptionForm.InitializerMember => true,
                    OptionForm.AssignmentStatement => site.Statement?.Parent is BlockSyntax or GlobalStatementSyntax or SwitchSectionSyntax,
                    _ => false,
                };

        /// <summary>Deletes the option <paramref name="site"/> (the argument or member with its comma, or the whole statement).</summary>
        public static void Remove(SyntaxEditor editor, OptionSite site)
        {
            var name = site.Name!;
            switch (site.Form)
            {
                case OptionForm.AttributeArgument:
                    editor.ReplaceNode(site.Node.Parent!.Parent!, (current, _) => RemoveArgument((AttributeSyntax)current, name));
                    break;
                case OptionForm.InitializerMember:
                    editor.ReplaceNode(site.Node.Parent!, (current, _) => RemoveMember((InitializerExpressionSyntax)current, name));
                    break;
                case OptionForm.AssignmentStatement:
                    var statement = site.Statement!;
                    SyntaxNode removed = statement.Parent is GlobalStatementSyntax global ? global : statement;
                    editor.RemoveNode(removed, SyntaxRemoveOptions.KeepUnbalancedDirectives);
                    break;
                default:
                    throw new InvalidOperationException("A method argument cannot be removed.");
            }
        }

        /// <summary>Writes the option <paramref name="site"/> under the name <paramref name="newName"/>, keeping its value.</summary>
        public static void Rename(SyntaxEditor editor, OptionSite site, string newName)
        {
            var nameNode = site.NameNode!;
            editor.ReplaceNode(nameNode, SyntaxFactory.IdentifierName(newName).WithTriviaFrom(nameNode));
        }

        /// <summary>Replaces the value of <paramref name="site"/>.</summary>
        public static void ReplaceValue(SyntaxEditor editor, OptionSite site, ExpressionSyntax value)
            => ReplaceExpression(editor, site.Value, value);

        /// <summary>Replaces <paramref name="expression"/>, keeping its trivia.</summary>
        public static void ReplaceExpression(SyntaxEditor editor, ExpressionSyntax expression, ExpressionSyntax value)
            => editor.ReplaceNode(expression, value.WithTriviaFrom(expression));

        /// <summary>
        /// Adds <c>name = value</c> to <paramref name="options"/>, next to where <paramref name="anchor"/> is written: to the
        /// attribute, to the object initializer, or as a statement right after an assignment statement. <c>false</c> when there
        /// is no place to add it.
        /// </summary>
        public static bool CanAdd(WrittenOptions options, OptionSite anchor)
            => options.Attribute is not null
                || anchor.Form == OptionForm.InitializerMember
                || anchor.Form == OptionForm.AssignmentStatement && anchor.Statement?.Parent is BlockSyntax or GlobalStatementSyntax or SwitchSectionSyntax;

        /// <summary>Where <see cref="Add"/> writes: the attribute, the initializer, or the statement it inserts after.</summary>
        public static SyntaxNode AddTarget(WrittenOptions options, OptionSite anchor)
            => options.Attribute ?? (anchor.Form == OptionForm.InitializerMember ? anchor.Node.Parent! : anchor.Statement!);

        /// <summary>Adds <c>name = value</c> (see <see cref="CanAdd"/>); nothing when the option is already there.</summary>
        public static void Add(SyntaxEditor editor, WrittenOptions options, OptionSite anchor, string name, ExpressionSyntax value)
        {
            if (options.Attribute is { } attribute)
            {
                editor.ReplaceNode(attribute, (current, _) => AddArgument((AttributeSyntax)current, name, value));
            }
            else if (anchor.Form == OptionForm.InitializerMember)
            {
                editor.ReplaceNode(anchor.Node.Parent!, (current, _) => AddMember((InitializerExpressionSyntax)current, name, value));
            }
            else
            {
                var statement = anchor.Statement!;
                var receiver = ((MemberAccessExpressionSyntax)((AssignmentExpressionSyntax)anchor.Node).Left).Expression.WithoutTrivia();
                var added = SyntaxFactory.ExpressionStatement(
                        SyntaxFactory.AssignmentExpression(
                            SyntaxKind.SimpleAssignmentExpression,
                            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(name)),
                            EqualsToken(),
                            value))
                    .WithLeadingTrivia(LineIndentation(statement))
                    .WithTrailingTrivia(LineBreak(statement));
                if (statement.Parent is GlobalStatementSyntax global)
                {
                    editor.InsertAfter(global, SyntaxFactory.GlobalStatement(added));
                }
                else
                {
                    editor.InsertAfter(statement, added);
                }
            }
        }

        /// <summary><c>name = value</c> as an attribute argument.</summary>
        public static AttributeArgumentSyntax NamedArgument(string name, ExpressionSyntax value)
            => SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name), EqualsToken()),
                null,
                value);

        /// <summary><c>name = value</c> as an object initializer member.</summary>
        public static AssignmentExpressionSyntax Member(string name, ExpressionSyntax value)
            => SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(name), EqualsToken(), value);

        private static SyntaxToken EqualsToken()
            => SyntaxFactory.Token(SyntaxFactory.TriviaList(SyntaxFactory.Space), SyntaxKind.EqualsToken, SyntaxFactory.TriviaList(SyntaxFactory.Space));

        private static AttributeSyntax RemoveArgument(AttributeSyntax attribute, string name)
        {
            if (attribute.ArgumentList is not { } list)
            {
                return attribute;
            }

            var index = IndexOf(list.Arguments, name);
            if (index < 0)
            {
                return attribute;
            }

            if (list.Arguments.Count == 1)
            {
                // [X(A = 1)] → [X]
                return attribute.WithArgumentList(null).WithTrailingTrivia(attribute.GetTrailingTrivia());
            }

            return attribute.WithArgumentList(list.WithArguments(SeparatedListEdit.RemoveAt(list.Arguments, index)));
        }

        private static InitializerExpressionSyntax RemoveMember(InitializerExpressionSyntax initializer, string name)
        {
            var index = IndexOf(initializer.Expressions, name);
            if (index < 0)
            {
                return initializer;
            }

            if (initializer.Expressions.Count == 1)
            {
                // { A = 1 } → { }; one per line: the braces stay on their lines.
                var open = initializer.OpenBraceToken;
                var spacing = open.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia) ? open.TrailingTrivia : SyntaxFactory.TriviaList(SyntaxFactory.Space);
                return initializer.WithExpressions(default).WithOpenBraceToken(open.WithTrailingTrivia(spacing));
            }

            return initializer.WithExpressions(SeparatedListEdit.RemoveAt(initializer.Expressions, index));
        }

        private static AttributeSyntax AddArgument(AttributeSyntax attribute, string name, ExpressionSyntax value)
        {
            var list = attribute.ArgumentList;
            if (list is null)
            {
                return attribute
                    .WithName(attribute.Name.WithoutTrailingTrivia())
                    .WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(NamedArgument(name, value)))
                        .WithTrailingTrivia(attribute.Name.GetTrailingTrivia()));
            }

            if (IndexOf(list.Arguments, name) >= 0)
            {
                return attribute;
            }

            return attribute.WithArgumentList(list.WithArguments(SeparatedListEdit.Add(list.Arguments, NamedArgument(name, value))));
        }

        private static InitializerExpressionSyntax AddMember(InitializerExpressionSyntax initializer, string name, ExpressionSyntax value)
        {
            if (IndexOf(initializer.Expressions, name) >= 0)
            {
                return initializer;
            }

            var member = Member(name, value);
            if (initializer.Expressions.Count == 0)
            {
                // { } → { X = v }
                var open = initializer.OpenBraceToken;
                if (open.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
                {
                    var indentation = initializer.CloseBraceToken.LeadingTrivia.ToFullString() + "    ";
                    member = member.WithLeadingTrivia(SyntaxFactory.Whitespace(indentation)).WithTrailingTrivia(open.TrailingTrivia);
                    return initializer.WithExpressions(SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(member));
                }

                return initializer
                    .WithOpenBraceToken(open.WithTrailingTrivia(SyntaxFactory.Space))
                    .WithExpressions(SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(member.WithTrailingTrivia(SyntaxFactory.Space)))
                    .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia());
            }

            return initializer.WithExpressions(SeparatedListEdit.Add(initializer.Expressions, (ExpressionSyntax)member));
        }

        private static int IndexOf<T>(SeparatedSyntaxList<T> list, string name)
            where T : SyntaxNode
        {
            for (var i = 0; i < list.Count; i++)
            {
                var written = list[i] switch
                {
                    AttributeArgumentSyntax argument => argument.NameEquals?.Name.Identifier.ValueText,
                    AssignmentExpressionSyntax { Left: IdentifierNameSyntax member } => member.Identifier.ValueText,
                    _ => null,
                };
                if (written == name)
                {
                    return i;
                }
            }

            return -1;
        }

        // The line break that ends the statement's line.
        private static SyntaxTrivia LineBreak(SyntaxNode statement)
        {
            foreach (var trivia in statement.GetTrailingTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia;
                }
            }

            return SyntaxFactory.ElasticCarriageReturnLineFeed;
        }

        // The whitespace before the first token on the statement's line.
        private static SyntaxTriviaList LineIndentation(SyntaxNode statement)
        {
            var leading = statement.GetLeadingTrivia();
            var result = SyntaxFactory.TriviaList();
            for (var i = leading.Count - 1; i >= 0 && leading[i].IsKind(SyntaxKind.WhitespaceTrivia); i--)
            {
                result = result.Insert(0, leading[i]);
            }

            return result;
        }
    }
}
