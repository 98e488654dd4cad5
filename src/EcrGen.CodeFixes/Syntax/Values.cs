using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace EcrGen.CodeFixes.Syntax
{
    /// <summary>Reading and writing the values the fixes change.</summary>
    internal static class Values
    {
        /// <summary>
        /// The text of <paramref name="value"/> when it is one string literal (regular, verbatim or raw): the only value form
        /// whose replacement cannot change anything but this option. <c>null</c> otherwise (constants, concatenations,
        /// interpolations are left to the user).
        /// </summary>
        public static string? StringLiteral(ExpressionSyntax value)
        {
            while (value is ParenthesizedExpressionSyntax parenthesized)
            {
                value = parenthesized.Expression;
            }

            return value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                ? literal.Token.ValueText
                : null;
        }

        /// <summary>A regular string literal of <paramref name="text"/>.</summary>
        public static ExpressionSyntax StringLiteral(string text)
            => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));

        /// <summary>
        /// <c>global::Namespace.Enum.MEMBER</c>, marked for simplification (to <c>Enum.MEMBER</c> where the namespace is imported,
        /// or once the import is added) — it binds whatever the user's usings and aliases are.
        /// </summary>
        public static ExpressionSyntax QualifiedEnumMember(string enumMetadataName, string member)
            => SyntaxFactory.ParseExpression("global::" + enumMetadataName + "." + member)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        /// <summary>
        /// <paramref name="value"/> rewritten to name <paramref name="member"/> of the same enum: when it already names a member
        /// of <paramref name="enumMetadataName"/> as <c>X.MEMBER</c> or <c>MEMBER</c>, only the member name changes (the way the
        /// user wrote the type keeps binding); otherwise the whole value becomes <see cref="QualifiedEnumMember"/>.
        /// </summary>
        public static ExpressionSyntax EnumMember(ExpressionSyntax value, string enumMetadataName, string member, SemanticModel model, CancellationToken cancellationToken)
        {
            if (model.GetSymbolInfo(value, cancellationToken).Symbol is IFieldSymbol { ContainingType: { TypeKind: TypeKind.Enum } type }
                && type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::" + enumMetadataName)
            {
                switch (value)
                {
                    case MemberAccessExpressionSyntax access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                        return access.WithName(SyntaxFactory.IdentifierName(member).WithTriviaFrom(access.Name));
                    case IdentifierNameSyntax name:
                        return SyntaxFactory.IdentifierName(member).WithTriviaFrom(name);
                }
            }

            return QualifiedEnumMember(enumMetadataName, member).WithTriviaFrom(value);
        }
    }
}
