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
    /// ECR1030: the deprecated <c>AutoDeleteImages</c> is written and <c>EmptyOnDelete</c> is not — rename it to
    /// <c>EmptyOnDelete</c>, keeping its value (in the <c>RepositoryProps</c> initializer and on <c>props.AutoDeleteImages = ...;</c>).
    /// Not offered when <c>EmptyOnDelete</c> is written too (that is ECR1008, whose fix removes <c>AutoDeleteImages</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EmptyOnDeleteCodeFixProvider)), Shared]
    public sealed class EmptyOnDeleteCodeFixProvider : EcrGenCodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.AutoDeleteImagesDeprecated);

        /// <inheritdoc/>
        internal override ImmutableArray<string> EquivalenceKeysOf(Diagnostic diagnostic)
            => FixableDiagnosticIds.Contains(diagnostic.Id) ? ImmutableArray.Create(EquivalenceKeys.UseEmptyOnDelete) : ImmutableArray<string>.Empty;

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

            fixes.Add(new Fix($"Use {replacement} instead of the deprecated {deprecated}", EquivalenceKeys.UseEmptyOnDelete, editor => OptionEdits.Rename(editor, site, replacement), site.NameNode));
        }
    }
}
