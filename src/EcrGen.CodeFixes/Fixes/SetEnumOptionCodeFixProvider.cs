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
        private const string RemovalPolicyType = "Amazon.CDK.RemovalPolicy";
        private const string TagStatusType = "Amazon.CDK.AWS.ECR.TagStatus";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            D.EmptyOnDeleteNeedsDestroyId, D.AutoDeleteImagesNeedsDestroyId, D.ListsNeedTaggedId);

        /// <inheritdoc/>
        internal override ImmutableArray<string> EquivalenceKeysOf(string diagnosticId) => diagnosticId switch
        {
            D.EmptyOnDeleteNeedsDestroyId or D.AutoDeleteImagesNeedsDestroyId => ImmutableArray.Create(EquivalenceKeys.SetRemovalPolicyDestroy),
            D.ListsNeedTaggedId => ImmutableArray.Create(EquivalenceKeys.SetTagStatusTagged),
            _ => ImmutableArray<string>.Empty,
        };

        internal override void AddFixes(FixContext context, List<Fix> fixes)
        {
            switch (context.Diagnostic.Id)
            {
                case D.EmptyOnDeleteNeedsDestroyId:
                case D.AutoDeleteImagesNeedsDestroyId:
                    Offer(context, fixes, "RemovalPolicy", RemovalPolicyType, "DESTROY", EquivalenceKeys.SetRemovalPolicyDestroy);
                    break;
                case D.ListsNeedTaggedId:
                    Offer(context, fixes, "TagStatus", TagStatusType, "TAGGED", EquivalenceKeys.SetTagStatusTagged);
                    break;
            }
        }

        private static void Offer(FixContext context, List<Fix> fixes, string option, string enumType, string member, string key)
        {
            if (context.Site is not { } anchor
                || context.Options() is not { } options
                || options.IsWrittenTwice(option)
                || context.Model.Compilation.GetTypeByMetadataName(enumType) is null)
            {
                return;
            }

            var title = $"Set {option} to {enumType.Substring(enumType.LastIndexOf('.') + 1)}.{member}";
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
