using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EcrGen.CodeFixes.Refactorings;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EcrGen.CodeFixes.Tests.Refactorings
{
    /// <summary>
    /// "Convert to EcrGen" applied as an IDE applies it: the actions registered for a caret position in a workspace document
    /// against the real CDK, the chosen one applied, and the resulting project compiled with the EcrGen generator.
    /// </summary>
    internal static class ConversionHarness
    {
        /// <summary>The caret in a test source.</summary>
        public const string Caret = "$$";

        /// <summary>The actions offered at the caret of <paramref name="source"/> (written without the caret).</summary>
        public static async Task<ImmutableArray<CodeAction>> ActionsAsync(Document document, int position)
        {
            var actions = ImmutableArray.CreateBuilder<CodeAction>();
            var context = new CodeRefactoringContext(document, new TextSpan(position, 0), actions.Add, CancellationToken.None);
            await new ConvertToEcrGenRefactoringProvider().ComputeRefactoringsAsync(context);
            return actions.ToImmutable();
        }

        /// <summary>The document of <paramref name="source"/> and its caret position.</summary>
        public static (Document Document, int Position) Open(string source, string? documentName = null)
        {
            var position = source.IndexOf(Caret, System.StringComparison.Ordinal);
            Assert.True(position >= 0, "the source has no caret");
            var document = FixHarness.CreateDocument(source.Remove(position, Caret.Length));
            return (documentName is null ? document : document.WithName(documentName), position);
        }

        /// <summary>Applies the conversion at the caret: the changed source, the new file's name and text.</summary>
        public static Task<Converted> ConvertAsync(string source, params string[] otherSources)
            => ConvertAsync(source, TestReferences.All, otherSources);

        /// <summary>Applies the conversion at the caret against <paramref name="references"/> (another CDK release).</summary>
        public static async Task<Converted> ConvertAsync(string source, ImmutableArray<MetadataReference> references, params string[] otherSources)
        {
            var (document, position) = Open(source);
            document = document.Project.WithMetadataReferences(references).GetDocument(document.Id)!;
            foreach (var (other, i) in otherSources.Select((s, i) => (s, i)))
            {
                document = document.Project.AddDocument($"Other{i}.cs", SourceText.From(other)).Project.GetDocument(document.Id)!;
            }

            var action = Assert.Single(await ActionsAsync(document, position));
            Assert.Equal(ConvertToEcrGenRefactoringProvider.EquivalenceKey, action.EquivalenceKey);
            var operations = await action.GetOperationsAsync(CancellationToken.None);
            var solution = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
            var changes = solution.GetChanges(document.Project.Solution).GetProjectChanges().Single();
            var added = solution.GetDocument(Assert.Single(changes.GetAddedDocuments()))!;
            Assert.Equal(new[] { document.Id }, changes.GetChangedDocuments());
            var changed = solution.GetDocument(document.Id)!;
            return new Converted(
                action.Title,
                (await changed.GetTextAsync()).ToString(),
                added.Name,
                (await added.GetTextAsync()).ToString(),
                added.Folders,
                changed.Project);
        }

        /// <summary>Whether nothing is offered at the caret of <paramref name="source"/>.</summary>
        public static async Task AssertNotOfferedAsync(string source)
        {
            var (document, position) = Open(source);
            Assert.Empty(await ActionsAsync(document, position));
        }

        /// <summary>The compiler's errors and warnings of <paramref name="project"/> once the EcrGen generator has run.</summary>
        public static async Task<ImmutableArray<Diagnostic>> ErrorsAndWarningsAsync(Project project)
        {
            var compilation = (CSharpCompilation)(await project.GetCompilationAsync())!;
            var run = GeneratorRunner.Run(compilation, TestCompilation.ParseOptions);
            return run.OutputCompilation.GetDiagnostics()
                .Concat(run.GeneratorDiagnostics)
                .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .ToImmutableArray();
        }
    }

    /// <summary>The outcome of one conversion.</summary>
    internal sealed record Converted(string Title, string Source, string NewFileName, string NewFile, System.Collections.Generic.IReadOnlyList<string> NewFileFolders, Project Project)
    {
        /// <summary>Asserts the result compiles with the generator, without a warning.</summary>
        public async Task AssertCompilesCleanAsync()
        {
            var diagnostics = await ConversionHarness.ErrorsAndWarningsAsync(Project);
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics) + "\n--- source:\n" + Source + "\n--- " + NewFileName + ":\n" + NewFile);
        }
    }
}
