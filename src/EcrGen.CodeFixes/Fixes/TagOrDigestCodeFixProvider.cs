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
    /// ECR3006: the deprecated <c>Tag</c> is the only one set — rename it to <c>TagOrDigest</c>, keeping its value (on
    /// <c>[EcrImageCode]</c>, on <c>new EcrImageCodeProps { ... }</c> and on <c>props.Tag = ...;</c>). Not offered when
    /// <c>TagOrDigest</c> is written too (that is ECR3005, whose fix removes <c>Tag</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TagOrDigestCodeFixProvider)), Shared]
    public sealed class TagOrDigestCodeFixProvider : EcrGenCodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.DeprecatedTag);

        /// <inheritdoc/>
        internal override ImmutableArray<string> EquivalenceKeysOf(Diagnostic diagnostic)
            => FixableDiagnosticIds.Contains(diagnostic.Id) ? ImmutableArray.Create(EquivalenceKeys.UseTagOrDigest) : ImmutableArray<string>.Empty;

        internal override void AddFixes(FixContext context, List<Fix> fixes)
        {
            // The rule names the option to rename to (SuggestedOption); the diagnostic is on the deprecated one.
            if (context.Property(D.SuggestedOptionKey) is not { } replacement
                || context.Site is not { Name: { } deprecated } site
                || context.Options() is not { } options
                || options.Find(replacement) is not null
                || options.IsWrittenTwice(deprecated))
            {
                return;
            }

            fixes.Add(new Fix($"Use {replacement} instead of the deprecated {deprecated}", EquivalenceKeys.UseTagOrDigest, editor => OptionEdits.Rename(editor, site, replacement), site.NameNode));
        }
    }
}
