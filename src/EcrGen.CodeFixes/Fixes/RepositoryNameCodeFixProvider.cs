using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using EcrGen.CodeFixes.Syntax;
using EcrGen.Domain.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.CodeFixes.Fixes
{
    /// <summary>
    /// ECR1002 (name pattern) and ECR1001 (length, where a valid name can be made): replace the repository name literal with
    /// <see cref="RepositoryNameRules.SuggestFix"/> — lowercased, other characters turned into <c>-</c>, separators cleaned,
    /// cut at 256 characters. Not offered when nothing valid remains (a one-character or empty name). A name held in a
    /// <c>const</c> declared in the same file is fixed in the constant.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RepositoryNameCodeFixProvider)), Shared]
    public sealed class RepositoryNameCodeFixProvider : EcrGenCodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIds.RepositoryNameLength, RuleIds.RepositoryNamePattern);

        /// <inheritdoc/>
        internal override ImmutableArray<string> EquivalenceKeysOf(Diagnostic diagnostic)
            => FixableDiagnosticIds.Contains(diagnostic.Id) ? ImmutableArray.Create(EquivalenceKeys.FixRepositoryName) : ImmutableArray<string>.Empty;

        internal override void AddFixes(FixContext context, List<Fix> fixes)
        {
            // The name the rule suggested (SuggestedValue), written where the literal is.
            if (context.Property(D.SuggestedValueKey) is not { } name
                || context.Site is not { } site
                || Values.SourceLiteral(site.Value, context.Model, context.CancellationToken, out var constant) is not { } literal
                || literal.Token.ValueText == name)
            {
                return;
            }

            var shown = name.Length > 60 ? name.Substring(0, 57) + "…" : name;
            var title = $"Change the repository name to '{shown}'" + (constant is null ? string.Empty : $" in constant '{constant}'");
            fixes.Add(new Fix(title, EquivalenceKeys.FixRepositoryName, editor => OptionEdits.ReplaceExpression(editor, literal, Values.StringLiteral(name)), literal));
        }
    }
}
