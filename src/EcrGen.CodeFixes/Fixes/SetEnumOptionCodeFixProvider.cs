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
    /// Sets an option to the enum member the CDK requires:
    /// <list type="bullet">
    /// <item>ECR1003, ECR1004: <c>RemovalPolicy = RemovalPolicy.DESTROY</c> when <c>EmptyOnDelete</c>/<c>AutoDeleteImages</c> is
    /// set without it;</item>
    /// <item>ECR2002: <c>TagStatus = TagStatus.TAGGED</c> when a tag prefix or pattern list is given with another status.</item>
    /// </list>
    /// An existing value is replaced (only its member name when it is written <c>X.MEMBER</c>, so the user's way of naming the
    /// enum keeps binding); a missing option is added next to the one the diagnostic is on — to the attribute, to the object
    /// initializer, or as a statement after <c>props.EmptyOnDelete = true;</c>. A new value is written fully qualified and
    /// simplified, with the using added when that is safe.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetEnumOptionCodeFixProvider)), Shared]
    public sealed class SetEnumOptionCodeFixProvider : EcrGenCodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIds.EmptyOnDeleteNeedsDestroy, RuleIds.AutoDeleteImagesNeedsDestroy, RuleIds.ListsNeedTagged);

        /// <inheritdoc/>
        internal override ImmutableArray<string> EquivalenceKeysOf(Diagnostic diagnostic) => SuggestedSettingKey(diagnostic);

        // The rule names the option and the member (SuggestedOption, SuggestedValue); the option's own type says which enum.
        internal override void AddFixes(FixContext context, List<Fix> fixes)
        {
            if (context.Property(D.SuggestedOptionKey) is not { } cdkOption
                || context.Property(D.SuggestedValueKey) is not { } member
                || context.Site is not { } anchor
                || context.Options() is not { } options)
            {
                return;
            }

            var option = OptionNames.AsWritten(cdkOption, options);
            if (options.IsWrittenTwice(option)
                || options.TypeOf(option, context.Model, context.CancellationToken) is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumSymbol
                || enumSymbol.GetMembers(member).IsEmpty)
            {
                return;
            }

            var enumType = enumSymbol.ContainingNamespace.ToDisplayString() + "." + enumSymbol.Name;
            var key = EquivalenceKeys.SetOption(cdkOption, member);
            var title = $"Set {option} to {enumSymbol.Name}.{member}";
            if (options.Find(option) is { } existing)
            {
                var value = Values.EnumMember(existing.Value, enumType, member, context.Model, context.CancellationToken);
                fixes.Add(new Fix(title, key, editor => OptionEdits.ReplaceValue(editor, existing, value), existing.Value));
            }
            else if (OptionEdits.CanAdd(options, anchor))
            {
                fixes.Add(new Fix(title, key, editor => OptionEdits.Add(editor, options, anchor, option, Values.QualifiedMember(enumType, member)), (OptionEdits.AddTarget(options, anchor), option)));
            }
        }
    }
}
