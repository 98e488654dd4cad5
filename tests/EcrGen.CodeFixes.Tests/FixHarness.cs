using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EcrGen.CodeFixes.Tests
{
    /// <summary>
    /// Fixes applied as clients apply them, outside the testing library: a workspace document against the real CDK metadata,
    /// every EcrGen analyzer and code fix provider (found by their export attributes, as the compiler and IDEs find them),
    /// actions registered and applied, compiler errors after the generator has run.
    /// </summary>
    internal static class FixHarness
    {
        /// <summary>Every analyzer EcrGen ships.</summary>
        public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = EcrGenComponents.Analyzers;

        /// <summary>Every code fix provider EcrGen ships.</summary>
        public static readonly ImmutableArray<CodeFixProvider> Providers = EcrGenComponents.CodeFixProviders;

        /// <summary>
        /// Every mistake some provider fixes: the ids of rules on by default. An opt-in rule that is not a mistake (ECR0007,
        /// the conversion marker) has tests of its own.
        /// </summary>
        public static ImmutableSortedSet<string> FixableIds { get; } = Providers.SelectMany(p => p.FixableDiagnosticIds)
            .Where(id => EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors.Of(id).IsEnabledByDefault)
            .ToImmutableSortedSet(StringComparer.Ordinal);

        public static Document CreateDocument(string source)
        {
            var workspace = new AdhocWorkspace();
            var topLevel = CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions).GetCompilationUnitRoot().Members.Any(m => m is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax);
            var options = TestCompilation.Options().WithOutputKind(topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);
            var project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Create(),
                "UserApp",
                "UserApp",
                LanguageNames.CSharp,
                compilationOptions: options,
                parseOptions: TestCompilation.ParseOptions,
                metadataReferences: TestReferences.All));
            return workspace.AddDocument(project.Id, "Program.cs", SourceText.From(source));
        }

        /// <summary>Compiler errors of the project once the EcrGen generator has run, as in the user's build.</summary>
        public static async Task<ImmutableArray<Diagnostic>> ErrorsAsync(Project project, CancellationToken cancellationToken)
        {
            var compilation = (CSharpCompilation)(await project.GetCompilationAsync(cancellationToken))!;
            var run = GeneratorRunner.Run(compilation, TestCompilation.ParseOptions);
            return run.OutputCompilation.GetDiagnostics(cancellationToken)
                .Concat(run.GeneratorDiagnostics)
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .ToImmutableArray();
        }

        /// <summary>The diagnostics of <paramref name="analyzers"/> (all EcrGen analyzers by default), in source order.</summary>
        public static async Task<ImmutableArray<Diagnostic>> AnalyzerDiagnosticsAsync(Project project, CancellationToken cancellationToken, ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
        {
            var compilation = (await project.GetCompilationAsync(cancellationToken))!;
            var diagnostics = await compilation.WithAnalyzers(analyzers ?? Analyzers).GetAnalyzerDiagnosticsAsync(cancellationToken);
            return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        }

        /// <summary>The actions <paramref name="provider"/> registers for <paramref name="diagnostic"/>, each with a key its rule declares.</summary>
        public static async Task<ImmutableArray<CodeAction>> ActionsAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var actions = ImmutableArray.CreateBuilder<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
            await provider.RegisterCodeFixesAsync(context);
            foreach (var action in actions)
            {
                Assert.False(string.IsNullOrEmpty(action.EquivalenceKey), $"'{action.Title}' has no equivalence key");
                Assert.True(action.NestedActions.IsEmpty);
                Assert.True(
                    ((EcrGenCodeFixProvider)provider).EquivalenceKeysOf(diagnostic).Contains(action.EquivalenceKey!),
                    $"'{action.Title}' for {diagnostic.Id} has the key {action.EquivalenceKey}, which {provider.GetType().Name}.EquivalenceKeysOf does not list for that diagnostic");
            }

            return actions.ToImmutable();
        }

        public static async Task<Solution> ApplyAsync(CodeAction action, CancellationToken cancellationToken)
        {
            var operations = await action.GetOperationsAsync(cancellationToken);
            return Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        }

        /// <summary>Fix All diagnostics: the EcrGen analyzers run on the current state of the project.</summary>
        public sealed class AnalyzerDiagnosticProvider : FixAllContext.DiagnosticProvider
        {
            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                var tree = await document.GetSyntaxTreeAsync(cancellationToken);
                return (await AnalyzerDiagnosticsAsync(document.Project, cancellationToken)).Where(d => d.Location.SourceTree == tree);
            }

            public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => (await AnalyzerDiagnosticsAsync(project, cancellationToken)).Where(d => !d.Location.IsInSource);

            public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => await AnalyzerDiagnosticsAsync(project, cancellationToken);
        }

        /// <summary>Fix All diagnostics given once, as <c>dotnet format</c> gives the result of its analysis run.</summary>
        public sealed class FixedDiagnosticProvider : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _diagnostics;

            public FixedDiagnosticProvider(ImmutableArray<Diagnostic> diagnostics)
            {
                _diagnostics = diagnostics;
            }

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                var tree = await document.GetSyntaxTreeAsync(cancellationToken);
                return _diagnostics.Where(d => d.Location.SourceTree?.FilePath == tree?.FilePath);
            }

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
        }
    }
}
