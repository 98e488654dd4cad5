using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using EcrGen.Domain.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.CodeFixes.Fixes
{
    /// <summary>
    /// ECR0001 when the class, or a type that contains it, is not partial: add <c>partial</c> (last among the modifiers, where C#
    /// requires it) to every declaration of the class and of each containing type that lacks it. Not offered for the other
    /// shapes ECR0001 reports (generic, static), which need a decision. Fix All edits each type declaration once, however many
    /// nested [EcrRepository] classes share it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFixProvider)), Shared]
    public sealed class MakePartialCodeFixProvider : EcrGenCodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ClassShape);

        /// <inheritdoc/>
        internal override ImmutableArray<string> EquivalenceKeysOf(Diagnostic diagnostic)
            => FixableDiagnosticIds.Contains(diagnostic.Id) ? ImmutableArray.Create(EquivalenceKeys.MakePartial) : ImmutableArray<string>.Empty;

        internal override void AddFixes(FixContext context, List<Fix> fixes)
        {
            var reason = context.Property(D.ReasonKey);
            if (reason != D.ReasonNotPartial && reason != D.ReasonContainingTypeNotPartial)
            {
                return;
            }

            var token = context.Root.FindToken(context.Diagnostic.Location.SourceSpan.Start);
            if (token.Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration
                || context.Model.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type)
            {
                return;
            }

            var targets = new List<TypeDeclarationSyntax>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                foreach (var reference in current.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree == context.Root.SyntaxTree
                        && reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax part
                        && !part.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        targets.Add(part);
                    }
                }
            }

            if (targets.Count == 0 || targets.Exists(HeaderIsHalfTyped))
            {
                return;
            }

            var title = targets.Count == 1 && targets[0] == declaration
                ? $"Make '{type.Name}' partial"
                : $"Make '{type.Name}' and its containing types partial";
            fixes.Add(new Fix(title, EquivalenceKeys.MakePartial, editor => Apply(editor, targets)));
        }

        // An unclosed attribute list, or a header the parser split off a broken member ("internal pa}rtial struct",
        // "recor}d struct"): inserting 'partial' there changes how the parser recovers and can make the file parse worse, so
        // the fix waits until the header parses.
        private static bool HeaderIsHalfTyped(TypeDeclarationSyntax declaration)
        {
            if (declaration.Keyword.ContainsDiagnostics
                || declaration.Identifier.ContainsDiagnostics
                || declaration.Modifiers.Any(static m => m.ContainsDiagnostics)
                || declaration.AttributeLists.Any(static l => l.ContainsDiagnostics))
            {
                return true;
            }

            var previous = declaration.GetFirstToken().GetPreviousToken(includeZeroWidth: true);
            if (previous.IsMissing || previous.ContainsDiagnostics)
            {
                return true;
            }

            for (var node = previous.Parent; node is not null && !node.Contains(declaration); node = node.Parent)
            {
                if (node is IncompleteMemberSyntax)
                {
                    return true;
                }
            }

            return false;
        }

        private static void Apply(SyntaxEditor editor, List<TypeDeclarationSyntax> targets)
        {
            foreach (var target in targets)
            {
                editor.ReplaceNode(target, (current, _) => AddPartial((TypeDeclarationSyntax)current));
            }
        }

        // "public static class X" → "public static partial class X"; "class X" → "partial class X" (the keyword's leading
        // trivia — indentation, comments — moves to 'partial').
        private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
        {
            var modifiers = declaration.Modifiers;
            if (modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return declaration;
            }

            if (modifiers.Count > 0)
            {
                return declaration.WithModifiers(modifiers.Add(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space)));
            }

            var keyword = declaration.Keyword;
            var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            return declaration
                .WithKeyword(keyword.WithLeadingTrivia())
                .WithModifiers(SyntaxFactory.TokenList(partial));
        }
    }
}
