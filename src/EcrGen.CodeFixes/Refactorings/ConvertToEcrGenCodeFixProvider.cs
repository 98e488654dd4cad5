using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EcrGen.Domain.Rules;
using EcrGen.SourceGenerators.Conversion;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcrGen.CodeFixes.Refactorings
{
    /// <summary>
    /// ECR0007's fix: "Convert to EcrGen" with the class beside the stack, in the same file. Its Fix All converts every
    /// reported repository of the document, project or solution one after the other, each against the solution the previous
    /// ones left, so that class names stay unique across files (<c>dotnet format analyzers --diagnostics ECR0007</c>).
    /// </summary>
    [ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(ConvertToEcrGenCodeFixProvider)), Shared]
    public sealed class ConvertToEcrGenCodeFixProvider : CodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ConvertibleRepository);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => new ConvertAll();

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (CreationAt(root, diagnostic) is not { } creation
                    || RepositoryConversion.Read(creation, model, context.CancellationToken) is not { } conversion)
                {
                    continue;
                }

                var name = ConversionEditor.ClassName(conversion, model, creation.SpanStart, document.Project);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Convert to EcrGen class '{name}' in this file",
                        token => ConversionEditor.ConvertAsync(document, creation, name, inSameFile: true, token),
                        EquivalenceKeys.ConvertToEcrGen),
                    diagnostic);
            }
        }

        private static ObjectCreationExpressionSyntax? CreationAt(SyntaxNode root, Diagnostic diagnostic)
            => diagnostic.Location.IsInSource && root.FullSpan.Contains(diagnostic.Location.SourceSpan)
                ? root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ObjectCreationExpressionSyntax>()
                : null;

        /// <summary>Every reported repository in scope, converted in turn.</summary>
        private sealed class ConvertAll : FixAllProvider
        {
            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
                => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
                => Task.FromResult<CodeAction?>(CodeAction.Create(
                    "Convert every repository to an EcrGen class",
                    token => ConvertAllAsync(fixAllContext, token),
                    EquivalenceKeys.ConvertToEcrGen));

            private static async Task<Solution> ConvertAllAsync(FixAllContext context, CancellationToken cancellationToken)
            {
                var solution = context.Solution;
                var projects = context.Scope == FixAllScope.Solution ? solution.Projects.ToList() : new List<Project> { context.Project };
                foreach (var project in projects)
                {
                    var documents = context.Scope == FixAllScope.Document && context.Document is { } only ? new[] { only } : project.Documents.ToArray();

                    // Mark every creation first: each conversion changes its file, and the spans of the diagnostics with it.
                    var marks = new List<(DocumentId Document, SyntaxAnnotation Mark)>();
                    foreach (var document in documents)
                    {
                        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                        if (root is null)
                        {
                            continue;
                        }

                        // Only this document's: a diagnostic provider may match documents by path alone (dotnet format's does).
                        var diagnostics = (await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                            .Where(d => d.Id == RuleIds.ConvertibleRepository && d.Location.SourceTree is { } tree && (tree == root.SyntaxTree || tree.FilePath.Length > 0 && tree.FilePath == document.FilePath))
                            .OrderBy(static d => d.Location.SourceSpan.Start);
                        var creations = new Dictionary<SyntaxNode, SyntaxAnnotation>();
                        foreach (var diagnostic in diagnostics)
                        {
                            if (CreationAt(root, diagnostic) is { } creation && !creations.ContainsKey(creation))
                            {
                                var mark = new SyntaxAnnotation("EcrGen.ConvertToEcrGen");
                                creations.Add(creation, mark);
                                marks.Add((document.Id, mark));
                            }
                        }

                        if (creations.Count > 0)
                        {
                            solution = solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNodes(creations.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(creations[original])));
                        }
                    }

                    foreach (var (documentId, mark) in marks)
                    {
                        var document = solution.GetDocument(documentId)!;
                        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                        if (root?.GetAnnotatedNodes(mark).OfType<ObjectCreationExpressionSyntax>().FirstOrDefault() is not { } creation
                            || model is null
                            || RepositoryConversion.Read(creation, model, cancellationToken) is not { } conversion)
                        {
                            continue; // an earlier conversion changed what it depended on: left as written
                        }

                        var name = ConversionEditor.ClassName(conversion, model, creation.SpanStart, document.Project);
                        solution = await ConversionEditor.ConvertAsync(document, creation, name, inSameFile: true, cancellationToken).ConfigureAwait(false);
                    }
                }

                return solution;
            }
        }
    }
}
