using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using EcrGen.CodeFixes.Syntax;
using EcrGen.Domain.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.CodeFixes.Fixes
{
    /// <summary>
    /// Writes a missing <c>bool</c> option: ECR1010, <c>EmptyOnDelete = true</c> (or <c>AutoDeleteImages = true</c> in CDKs
    /// before EmptyOnDelete) next to <c>RemovalPolicy = RemovalPolicy.DESTROY</c> — as a named argument of the attribute, a
    /// member of the object initializer, or a statement after <c>props.RemovalPolicy = ...;</c>; or, where it is written as the
    /// literal <c>false</c>, that literal replaced by <c>true</c>. Offered only when the option exists on the object written (an
    /// attribute has no <c>AutoDeleteImages</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetFlagOptionCodeFixProvider)), Shared]
    public sealed class SetFlagOptionCodeFixProvider : EcrGenCodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.DestroyWithoutEmptyOnDelete);

        /// <inheritdoc/>
        internal override ImmutableArray<string> EquivalenceKeysOf(Diagnostic diagnostic) => SuggestedSettingKey(diagnostic);

        internal override void AddFixes(FixContext context, List<Fix> fixes)
        {
            if (context.Property(D.SuggestedOptionKey) is not { } cdkOption
                || context.Property(D.SuggestedValueKey) is not { } value
                || (value != "true" && value != "false")
                || context.Site is not { } anchor
                || context.Options() is not { } options)
            {
                return;
            }

            var option = OptionNames.AsWritten(cdkOption, options);
            if (options.IsWrittenTwice(option)
                || options.TypeOf(option, context.Model, context.CancellationToken) is not { SpecialType: SpecialType.System_Boolean })
            {
                return;
            }

            var literal = SyntaxFactory.LiteralExpression(value == "true" ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);
            if (options.Find(option) is { } existing)
            {
                // Written as the opposite literal ("EmptyOnDelete = false"): replace the value. Any other expression is the
                // user's to change (the rule only reports a value it knows, which may come from a constant or a local).
                var opposite = value == "true" ? SyntaxKind.FalseLiteralExpression : SyntaxKind.TrueLiteralExpression;
                if (existing.Value.IsKind(opposite))
                {
                    fixes.Add(new Fix($"Set {option} = {value}", EquivalenceKeys.SetOption(cdkOption, value), editor => OptionEdits.ReplaceValue(editor, existing, literal), existing.Value));
                }

                return;
            }

            if (!OptionEdits.CanAdd(options, anchor))
            {
                return;
            }

            fixes.Add(new Fix(
                $"Set {option} = {value}",
                EquivalenceKeys.SetOption(cdkOption, value),
                editor => OptionEdits.Add(editor, options, anchor, option, literal),
                (OptionEdits.AddTarget(options, anchor), option)));
        }
    }
}
