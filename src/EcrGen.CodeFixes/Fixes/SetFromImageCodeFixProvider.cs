using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using EcrGen.CodeFixes.Syntax;
using EcrGen.Domain.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.CodeFixes.Fixes
{
    /// <summary>
    /// ECR3012: a <c>Function</c> whose code is an image gets <c>Handler = Handler.FROM_IMAGE</c> and
    /// <c>Runtime = Runtime.FROM_IMAGE</c>. A wrong value (the diagnostic is on it) is replaced; missing options (the diagnostic
    /// is on <c>new FunctionProps</c>) are added next to the function's <c>Code</c>, in the object initializer or as statements
    /// after <c>props.Code = ...;</c>.
    /// The value is written fully qualified and simplified, with the using added when that is safe.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetFromImageCodeFixProvider)), Shared]
    public sealed class SetFromImageCodeFixProvider : EcrGenCodeFixProvider
    {
        private const string Lambda = "Amazon.CDK.AWS.Lambda.";
        private const string FromImage = "FROM_IMAGE";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.HandlerFromImage);

        /// <inheritdoc/>
        internal override ImmutableArray<string> EquivalenceKeysOf(Diagnostic diagnostic)
            => FixableDiagnosticIds.Contains(diagnostic.Id) ? ImmutableArray.Create(EquivalenceKeys.SetFromImage) : ImmutableArray<string>.Empty;

        internal override void AddFixes(FixContext context, List<Fix> fixes)
        {
            var option = context.Property(D.SuggestedOptionKey);
            if (option is not ("Handler" or "Runtime")
                || context.Property(D.SuggestedValueKey) != FromImage
                || context.Model.Compilation.GetTypeByMetadataName(Lambda + option) is null)
            {
                return;
            }

            if (context.Site is { } site && site.Name == option)
            {
                // Handler = "index.handler" → Handler = Handler.FROM_IMAGE
                if (context.Options() is { } written && !written.IsWrittenTwice(option))
                {
                    var value = Values.QualifiedMember(Lambda + option, FromImage);
                    fixes.Add(new Fix($"Set {option} to {option}.{FromImage}", EquivalenceKeys.SetFromImage, editor => OptionEdits.ReplaceValue(editor, site, value), site.Value));
                }

                return;
            }

            // Missing: the diagnostic is on `new FunctionProps` (one for both options when both are missing); every missing
            // one goes where the function's Code is written.
            if (!context.Diagnostic.Location.IsInSource
                || context.Diagnostic.Location.SourceTree != context.Root.SyntaxTree
                || context.Root.FindNode(context.Diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is not { } creation
                || creation.ContainsDiagnostics)
            {
                return;
            }

            var options = WrittenOptions.OfCreation(creation, context.Model, context.CancellationToken);
            if (options.Find("Code") is not { } code || !OptionEdits.CanAdd(options, code))
            {
                return;
            }

            var missing = new List<string>();
            foreach (var name in new[] { "Handler", "Runtime" })
            {
                if (options.Find(name) is null && context.Model.Compilation.GetTypeByMetadataName(Lambda + name) is not null)
                {
                    missing.Add(name);
                }
            }

            if (missing.Count > 0)
            {
                var title = missing.Count == 1 ? $"Set {missing[0]} to {missing[0]}.{FromImage}" : $"Set Handler and Runtime to {FromImage}";
                fixes.Add(new Fix(
                    title,
                    EquivalenceKeys.SetFromImage,
                    editor =>
                    {
                        foreach (var name in missing)
                        {
                            OptionEdits.Add(editor, options, code, name, Values.QualifiedMember(Lambda + name, FromImage));
                        }
                    },
                    (OptionEdits.AddTarget(options, code), FromImage)));
            }
        }
    }
}
