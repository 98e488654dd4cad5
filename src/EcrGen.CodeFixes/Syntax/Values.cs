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
        /// The string literal that gives <paramref name="value"/> its text: the value itself, or — for a <c>const</c> field or
        /// local declared in the same file with a literal initializer — that literal (<paramref name="constant"/> names it).
        /// <c>null</c> for any other value.
        /// </summary>
        public static LiteralExpressionSyntax? SourceLiteral(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken, out string? constant)
        {
            constant = null;
            while (value is ParenthesizedExpressionSyntax parenthesized)
            {
                value = parenthesized.Expression;
            }

            if (value is LiteralExpressionSyntax literal)
            {
                return literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null;
            }

            if (value is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
            {
                return null;
            }

            var symbol = model.GetSymbolInfo(value, cancellationToken).Symbol;
            var isConstant = symbol is IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true };
            if (!isConstant
                || symbol!.DeclaringSyntaxReferences.Length != 1
                || symbol.DeclaringSyntaxReferences[0].SyntaxTree != value.SyntaxTree
                || symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
            {
                return null;
            }

            while (initializer is ParenthesizedExpressionSyntax parenthesizedInitializer)
            {
                initializer = parenthesizedInitializer.Expression;
            }

            if (initializer is LiteralExpressionSyntax constantLiteral && constantLiteral.IsKind(SyntaxKind.StringLiteralExpression))
            {
                constant = symbol.Name;
                return constantLiteral;
            }

            return null;
        }

        /// <summary>A regular string literal of <paramref name="text"/>.</summary>
        public static ExpressionSyntax StringLiteral(string text)
            => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));

        /// <summary>
        /// <c>global::Namespace.Type.MEMBER</c> (an enum member, or a static member such as <c>Handler.FROM_IMAGE</c>), marked for
        /// simplification (to <c>Type.MEMBER</c> where the namespace is imported, or once the import is added) — it binds
        /// whatever the user's usings and aliases are.
        /// </summary>
        public static ExpressionSyntax QualifiedMember(string typeMetadataName, string member)
            => SyntaxFactory.ParseExpression("global::" + typeMetadataName + "." + member)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        /// <summary>
        /// <paramref name="value"/> rewritten to name <paramref name="member"/> of the same enum: when it already names a member
        /// of <paramref name="enumMetadataName"/> as <c>X.MEMBER</c> or <c>MEMBER</c>, only the member name changes (the way the
        /// user wrote the type keeps binding); otherwise the whole value becomes <see cref="QualifiedMember"/>.
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

            return QualifiedMember(enumMetadataName, member).WithTriviaFrom(value);
        }
    }
}
