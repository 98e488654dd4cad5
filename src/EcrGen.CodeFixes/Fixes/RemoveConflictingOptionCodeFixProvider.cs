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
    /// Removes one of two options that cannot go together — the argument or initializer member with its comma, or the
    /// assignment statement:
    /// <list type="bullet">
    /// <item>ECR3005: <c>Tag</c> next to <c>TagOrDigest</c> (the CDK ignores <c>Tag</c>);</item>
    /// <item>ECR1008: <c>AutoDeleteImages</c> next to <c>EmptyOnDelete</c> (the CDK ignores <c>AutoDeleteImages</c>);</item>
    /// <item>ECR2004: <c>TagPrefixList</c> and <c>TagPatternList</c> — either one (two actions);</item>
    /// <item>ECR2001: <c>MaxImageCount</c> and <c>MaxImageAge</c> (<c>MaxImageAgeDays</c> on the attribute) — either one (two actions).</item>
    /// </list>
    /// Each choice has its own equivalence key, so Fix All removes the same option everywhere.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveConflictingOptionCodeFixProvider)), Shared]
    public sealed class RemoveConflictingOptionCodeFixProvider : EcrGenCodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            D.TagAndTagOrDigestId, D.EmptyOnDeleteAndAutoDeleteId, D.BothListsId, D.CountOrAgeId);

        /// <inheritdoc/>
        internal override ImmutableArray<string> EquivalenceKeysOf(string diagnosticId) => diagnosticId switch
        {
            D.TagAndTagOrDigestId => ImmutableArray.Create(EquivalenceKeys.RemoveTag),
            D.EmptyOnDeleteAndAutoDeleteId => ImmutableArray.Create(EquivalenceKeys.RemoveAutoDeleteImages),
            D.BothListsId => ImmutableArray.Create(EquivalenceKeys.RemoveTagPatternList, EquivalenceKeys.RemoveTagPrefixList),
            D.CountOrAgeId => ImmutableArray.Create(EquivalenceKeys.RemoveMaxImageAge, EquivalenceKeys.RemoveMaxImageCount),
            _ => ImmutableArray<string>.Empty,
        };

        internal override void AddFixes(FixContext context, List<Fix> fixes)
        {
            switch (context.Diagnostic.Id)
            {
                case D.TagAndTagOrDigestId:
                    Offer(context, fixes, "Tag", "TagOrDigest");
                    break;
                case D.EmptyOnDeleteAndAutoDeleteId:
                    Offer(context, fixes, "AutoDeleteImages", "EmptyOnDelete");
                    break;
                case D.BothListsId:
                    Offer(context, fixes, "TagPatternList", "TagPrefixList");
                    Offer(context, fixes, "TagPrefixList", "TagPatternList");
                    break;
                case D.CountOrAgeId:
                    Offer(context, fixes, "MaxImageAge", "MaxImageCount");
                    Offer(context, fixes, "MaxImageCount", "MaxImageAge");
                    break;
            }
        }

        // Offers to remove `remove` (a CDK option name) when it and `keep` are each written exactly once.
        private static void Offer(FixContext context, List<Fix> fixes, string remove, string keep)
        {
            if (context.Options() is not { } options)
            {
                return;
            }

            var removeName = OptionNames.AsWritten(remove, options);
            var keepName = OptionNames.AsWritten(keep, options);
            if (options.Find(removeName) is not { } site
                || options.Find(keepName) is null
                || options.IsWrittenTwice(removeName)
                || !OptionEdits.CanRemove(site))
            {
                return;
            }

            fixes.Add(new Fix($"Remove {removeName}", EquivalenceKeys.RemoveOptionPrefix + remove, editor => OptionEdits.Remove(editor, site), site.Node));
        }
    }
}
