using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using EcrGen.CodeFixes.Syntax;
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
        private const string Tag = "Tag";
        private const string TagOrDigest = "TagOrDigest";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(D.DeprecatedTagId);

        /// <inheritdoc/>
        internal override ImmutableArray<string> EquivalenceKeysOf(string diagnosticId)
            => FixableDiagnosticIds.Contains(diagnosticId) ? ImmutableArray.Create(EquivalenceKeys.UseTagOrDigest) : ImmutableArray<string>.Empty;

        internal override void AddFixes(FixContext context, List<Fix> fixes)
        {
            if (context.Site is not { Name: Tag } site
                || context.Options() is not { } options
                || options.Find(TagOrDigest) is not null
                || options.IsWrittenTwice(Tag))
            {
                return;
            }

            fixes.Add(new Fix("Use TagOrDigest instead of the deprecated Tag", EquivalenceKeys.UseTagOrDigest, editor => OptionEdits.Rename(editor, site, TagOrDigest), site.NameNode));
        }
    }
}
