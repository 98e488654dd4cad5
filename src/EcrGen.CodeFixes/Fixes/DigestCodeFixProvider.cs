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
    /// ECR3001 (bare 64-hex digest, used as a tag), ECR3002 (<c>RepositoryUriForDigest</c> without a digest), ECR3003 (malformed
    /// digest), ECR3010 (<c>SHA256:</c>, <c>@sha256:</c>, treated as a tag): rewrite the string literal to the digest
    /// <see cref="ImageDigest.SuggestFix"/> recovers — <c>sha256:</c> plus the lowercased hex. Offered only where a digest
    /// can be recovered and the value is a string literal (attribute argument, initializer member, assignment or method
    /// argument) or a <c>const</c> declared in the same file with a literal (then the constant is fixed).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DigestCodeFixProvider)), Shared]
    public sealed class DigestCodeFixProvider : EcrGenCodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIds.DigestWithoutPrefix, RuleIds.UriForDigestNeedsDigest, RuleIds.MalformedDigest, RuleIds.TreatedAsTag);

        /// <inheritdoc/>
        internal override ImmutableArray<string> EquivalenceKeysOf(Diagnostic diagnostic)
            => FixableDiagnosticIds.Contains(diagnostic.Id) ? ImmutableArray.Create(EquivalenceKeys.FixDigest) : ImmutableArray<string>.Empty;

        internal override void AddFixes(FixContext context, List<Fix> fixes)
        {
            // The digest the rule suggested (SuggestedValue), written where the literal is.
            if (context.Property(D.SuggestedValueKey) is not { } digest
                || context.Site is not { } site
                || Values.SourceLiteral(site.Value, context.Model, context.CancellationToken, out var constant) is not { } literal
                || literal.Token.ValueText is not { } text
                || text == digest)
            {
                return;
            }

            var title = ImageDigest.LooksLikeBareDigest(text)
                ? "Add the 'sha256:' prefix to the digest"
                : $"Write the digest as 'sha256:{digest.Substring(ImageDigest.Prefix.Length, 12)}…'";
            if (constant is not null)
            {
                title += $" in constant '{constant}'";
            }

            fixes.Add(new Fix(title, EquivalenceKeys.FixDigest, editor => OptionEdits.ReplaceExpression(editor, literal, Values.StringLiteral(digest)), literal));
        }
    }
}
