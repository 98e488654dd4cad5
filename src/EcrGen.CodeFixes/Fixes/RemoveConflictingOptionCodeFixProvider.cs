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
            RuleIds.TagAndTagOrDigest, RuleIds.EmptyOnDeleteAndAutoDelete, RuleIds.BothLists, RuleIds.CountOrAge);

        /// <inheritdoc/>
        internal override ImmutableArray<string> EquivalenceKeysOf(Diagnostic diagnostic)
        {
            if (!FixableDiagnosticIds.Contains(diagnostic.Id)
                || !diagnostic.Properties.TryGetValue(D.RemoveOptionKey, out var remove) || remove is null
                || !diagnostic.Properties.TryGetValue(D.KeepOptionKey, out var keep) || keep is null)
            {
                return ImmutableArray<string>.Empty;
            }

            return diagnostic.Properties.TryGetValue(D.RemoveEitherKey, out var either) && either == "true"
                ? ImmutableArray.Create(EquivalenceKeys.RemoveOptionPrefix + remove, EquivalenceKeys.RemoveOptionPrefix + keep)
                : ImmutableArray.Create(EquivalenceKeys.RemoveOptionPrefix + remove);
        }

        // The rule decides what conflicts (the diagnostic's RemoveOption, KeepOption and RemoveEither); this only edits.
        internal override void AddFixes(FixContext context, List<Fix> fixes)
        {
            if (context.Property(D.RemoveOptionKey) is not { } remove || context.Property(D.KeepOptionKey) is not { } keep)
            {
                return;
            }

            Offer(context, fixes, remove, keep);
            if (context.Property(D.RemoveEitherKey) == "true")
            {
                Offer(context, fixes, keep, remove);
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
