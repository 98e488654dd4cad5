using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EcrGen.CodeFixes.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using D = EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors;

namespace EcrGen.CodeFixes
{
    /// <summary>
    /// The frame of every EcrGen code fix. A fix describes, for one diagnostic, the actions it offers (title, stable
    /// equivalence key, and the edit as a function of a <see cref="SyntaxEditor"/>); the frame registers them, and applies the
    /// chosen one to a single diagnostic or, for Fix All (document, project, solution), to every diagnostic of a document in
    /// one editor, so that fixes touching the same attribute, initializer or type declaration compose instead of conflicting
    /// as text batches would. After the edit, imports are added and names simplified for what the fix wrote fully qualified.
    /// <para>
    /// A Fix All batch may mix rules: <c>dotnet format</c> asks for it with the equivalence key of whichever diagnostic the
    /// analyzers reported first, often another rule's (or none, when this provider offers nothing for that diagnostic).
    /// The requested key is honoured for the diagnostics whose rule can offer it (the user chose one of that rule's
    /// actions); every other diagnostic gets its own first action.
    /// </para>
    /// </summary>
    public abstract class EcrGenCodeFixProvider : CodeFixProvider
    {
        /// <inheritdoc/>
        public sealed override FixAllProvider GetFixAllProvider()
            => FixAllProvider.Create((context, document, diagnostics) => FixAllInDocumentAsync(context, document, diagnostics));

        /// <inheritdoc/>
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var cancellationToken = context.CancellationToken;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!FixableDiagnosticIds.Contains(diagnostic.Id))
                {
                    continue;
                }

                var fixes = new List<Fix>();
                AddFixes(new FixContext(root, model, diagnostic, cancellationToken), fixes);
                foreach (var fix in fixes)
                {
                    var key = fix.EquivalenceKey;
                    context.RegisterCodeFix(
                        CodeAction.Create(fix.Title, token => FixAsync(document, ImmutableArray.Create(diagnostic), key, token), key),
                        diagnostic);
                }
            }
        }

        /// <summary>Adds the actions offered for <paramref name="context"/>'s diagnostic (none when it cannot be fixed safely).</summary>
        internal abstract void AddFixes(FixContext context, List<Fix> fixes);

        /// <summary>
        /// Every equivalence key <see cref="AddFixes"/> can offer for <paramref name="diagnostic"/>, whatever the code around it
        /// (empty for a rule this provider does not fix). Fix All honours a requested key only for the diagnostics it lists.
        /// </summary>
        /// <summary>
        /// The key of a fix that sets the option the rule suggested to the value it suggested (<see cref="EquivalenceKeys.SetOption"/>),
        /// for a diagnostic this provider fixes; empty otherwise.
        /// </summary>
        private protected ImmutableArray<string> SuggestedSettingKey(Diagnostic diagnostic)
            => FixableDiagnosticIds.Contains(diagnostic.Id)
                && diagnostic.Properties.TryGetValue(D.SuggestedOptionKey, out var option) && option is not null
                && diagnostic.Properties.TryGetValue(D.SuggestedValueKey, out var value) && value is not null
                ? ImmutableArray.Create(EquivalenceKeys.SetOption(option, value))
                : ImmutableArray<string>.Empty;

        internal abstract ImmutableArray<string> EquivalenceKeysOf(Diagnostic diagnostic);

        private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
            => await FixAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false);

        // The action to apply for one diagnostic of a batch: the requested one when the diagnostic's rule offers that key
        // (none when it is not offered here, e.g. the option to remove is written twice), else the diagnostic's first action.
        private Fix? Choose(List<Fix> fixes, Diagnostic diagnostic, string? requestedKey)
        {
            if (requestedKey is not null && EquivalenceKeysOf(diagnostic).Contains(requestedKey))
            {
                return fixes.Find(fix => fix.EquivalenceKey == requestedKey);
            }

            return fixes.Count > 0 ? fixes[0] : null;
        }

        private async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? requestedKey, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var fixes = new List<Fix>();
            var applied = new HashSet<object>();
            foreach (var diagnostic in diagnostics.OrderBy(static d => d.Location.SourceSpan.Start))
            {
                if (!FixableDiagnosticIds.Contains(diagnostic.Id))
                {
                    continue; // another provider's rule, in a batch that mixes them
                }

                fixes.Clear();
                AddFixes(new FixContext(editor.OriginalRoot, editor.SemanticModel, diagnostic, cancellationToken), fixes);

                // Two diagnostics may ask for the very same edit (ECR1001 and ECR1002 on one name): make it once.
                if (Choose(fixes, diagnostic, requestedKey) is { } fix && (fix.Target is null || applied.Add(fix.Target)))
                {
                    fix.Apply(editor);
                }
            }

            var edited = editor.GetChangedDocument();
            var simplified = await Simplifier.ReduceAsync(edited, Simplifier.Annotation, null, cancellationToken).ConfigureAwait(false);
            if (await HasHalfTypedUsingAsync(edited, cancellationToken).ConfigureAwait(false))
            {
                // An import added to a half-typed using section ("using ]Constructs;") lands inside it: keep the names qualified.
                return await WithoutImportAnnotationsAsync(simplified, cancellationToken).ConfigureAwait(false);
            }

            var imported = await ImportAdder.AddImportsAsync(edited, Simplifier.AddImportsAnnotation, null, cancellationToken).ConfigureAwait(false);
            if ((await imported.GetTextAsync(cancellationToken).ConfigureAwait(false)).ContentEquals(await edited.GetTextAsync(cancellationToken).ConfigureAwait(false)))
            {
                return await WithoutImportAnnotationsAsync(simplified, cancellationToken).ConfigureAwait(false); // nothing to import
            }

            // A new using can make a name the user wrote ambiguous (Amazon.CDK.Environment and System.Environment): keep the
            // import only when it does not add compiler errors, else leave the fix's names qualified.
            imported = await Simplifier.ReduceAsync(imported, Simplifier.Annotation, null, cancellationToken).ConfigureAwait(false);
            var chosen = await AddsErrorsAsync(imported, simplified, cancellationToken).ConfigureAwait(false) ? simplified : imported;
            return await WithoutImportAnnotationsAsync(chosen, cancellationToken).ConfigureAwait(false);
        }

        private static async Task<bool> HasHalfTypedUsingAsync(Document document, CancellationToken cancellationToken)
            => await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is { } root
                && root.DescendantNodes(static node => node is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax)
                    .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.UsingDirectiveSyntax>()
                    .Any(static directive => directive.ContainsDiagnostics);

        // The decision about imports is made: the code action's own clean-up must not add them again.
        private static async Task<Document> WithoutImportAnnotationsAsync(Document document, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || !root.HasAnnotation(Simplifier.AddImportsAnnotation) && !root.GetAnnotatedNodes(Simplifier.AddImportsAnnotation).Any())
            {
                return document;
            }

            return document.WithSyntaxRoot(root.ReplaceNodes(
                root.GetAnnotatedNodes(Simplifier.AddImportsAnnotation),
                static (_, rewritten) => rewritten.WithoutAnnotations(Simplifier.AddImportsAnnotation)));
        }

        // Error ids, not just their number: in half-typed code a new using can turn one error into another (CS0117, no member
        // 'GetEnvironmentVariabl' in 'Environment', becomes CS0104, 'Environment' is ambiguous) and leave the count unchanged.
        private static async Task<bool> AddsErrorsAsync(Document candidate, Document baseline, CancellationToken cancellationToken)
        {
            var before = await ErrorIdsAsync(baseline, cancellationToken).ConfigureAwait(false);
            var after = await ErrorIdsAsync(candidate, cancellationToken).ConfigureAwait(false);
            return after.Any(error => !before.TryGetValue(error.Key, out var count) || error.Value > count);
        }

        private static async Task<Dictionary<string, int>> ErrorIdsAsync(Document document, CancellationToken cancellationToken)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return model is null
                ? new Dictionary<string, int>()
                : model.GetDiagnostics(null, cancellationToken)
                    .Where(static d => d.Severity == DiagnosticSeverity.Error)
                    .GroupBy(static d => d.Id)
                    .ToDictionary(static g => g.Key, static g => g.Count());
        }
    }

    /// <summary>One diagnostic to fix, with the document's root and semantic model.</summary>
    internal sealed class FixContext
    {
        private OptionSite? _site;
        private bool _siteFound;

        public FixContext(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            Root = root;
            Model = model;
            Diagnostic = diagnostic;
            CancellationToken = cancellationToken;
        }

        public SyntaxNode Root { get; }

        public SemanticModel Model { get; }

        public Diagnostic Diagnostic { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>The option the diagnostic is reported on, or <c>null</c>.</summary>
        public OptionSite? Site
        {
            get
            {
                if (!_siteFound)
                {
                    _siteFound = true;
                    _site = Diagnostic.Location.IsInSource && Diagnostic.Location.SourceTree == Root.SyntaxTree
                        ? OptionSite.Find(Root, Diagnostic.Location.SourceSpan)
                        : null;
                    if (_site is not null && IsHalfTyped(_site))
                    {
                        _site = null;
                    }
                }

                return _site;
            }
        }

        // An unterminated string or an unclosed argument list or initializer: an edit there parses differently once made (a
        // named argument appended after an unterminated string becomes part of it), so fixes wait until the place parses.
        private static bool IsHalfTyped(OptionSite site)
        {
            var container = site.Form switch
            {
                OptionForm.AttributeArgument => site.Node.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeListSyntax>(),
                OptionForm.AssignmentStatement => site.Statement,
                _ => site.Node.Parent,
            };
            return (container ?? site.Node).ContainsDiagnostics;
        }

        /// <summary>The value of the diagnostic property <paramref name="key"/>, or <c>null</c>.</summary>
        public string? Property(string key) => Diagnostic.Properties.TryGetValue(key, out var value) ? value : null;

        /// <summary>Every option written for the object <see cref="Site"/> belongs to, or <c>null</c>.</summary>
        public WrittenOptions? Options() => Site is { } site ? WrittenOptions.Of(site, Model, CancellationToken) : null;
    }

    /// <summary>One action offered for one diagnostic.</summary>
    internal sealed class Fix
    {
        public Fix(string title, string equivalenceKey, Action<SyntaxEditor> apply, object? target = null)
        {
            Title = title;
            EquivalenceKey = equivalenceKey;
            Apply = apply;
            Target = target;
        }

        public string Title { get; }

        public string EquivalenceKey { get; }

        public Action<SyntaxEditor> Apply { get; }

        /// <summary>
        /// What the edit replaces or inserts at, when making it twice would fail (a node replaced outright, a statement
        /// inserted); <c>null</c> when the edit is idempotent (callbacks on a containing list that look the option up by name).
        /// Within one Fix All, a fix whose target was already edited is skipped.
        /// </summary>
        public object? Target { get; }
    }
}
