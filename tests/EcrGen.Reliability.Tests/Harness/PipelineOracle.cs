using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EcrGen.Reliability.Tests.Harness
{
    /// <summary>What one case did, and every way it failed.</summary>
    public sealed class CaseOutcome
    {
        /// <summary>Every broken property, as a readable line; empty when the case passed.</summary>
        public List<string> Failures { get; } = new();

        /// <summary>How many sources the generator produced.</summary>
        public int GeneratedSources { get; set; }

        /// <summary>Whether the user code compiled (with the generated code) without errors.</summary>
        public bool UserCodeCompiles { get; set; }

        /// <summary>Whether the whole compilation had no warning and no error.</summary>
        public bool Clean { get; set; }

        /// <summary>The ids of the analyzer diagnostics reported.</summary>
        public List<string> AnalyzerDiagnosticIds { get; } = new();

        /// <summary>How many code actions were offered and applied.</summary>
        public int FixesApplied { get; set; }

        /// <summary>Counts by category: fixable diagnostics and code actions by id.</summary>
        public Dictionary<string, int> Counters { get; } = new(StringComparer.Ordinal);

        /// <summary>Time spent in each phase: generate, compile, analyze, fix.</summary>
        public Dictionary<string, TimeSpan> Phases { get; } = new(StringComparer.Ordinal);

        internal void Count(string key) => Counters[key] = Counters.GetValueOrDefault(key) + 1;

        internal void Time(string phase, long startTimestamp)
            => Phases[phase] = Phases.GetValueOrDefault(phase) + System.Diagnostics.Stopwatch.GetElapsedTime(startTimestamp);

        /// <summary>Asserts the case passed, with every failure in the message.</summary>
        public void AssertPassed()
            => Xunit.Assert.True(Failures.Count == 0, string.Join("\n", Failures));
    }

    /// <summary>
    /// Runs one program through everything EcrGen puts in a user's build and IDE: the generator driver, every analyzer
    /// (<see cref="CompilationWithAnalyzers"/> with an exception hook), and every code fix offered for every diagnostic
    /// (applied through a workspace), and checks the properties docs/reliability.md lists:
    /// <list type="bullet">
    /// <item>no exception escapes; the generator's run result has no exception and the driver reports no diagnostic (CS8785);</item>
    /// <item>no analyzer throws (the exception hook, and no AD0001); every analyzer diagnostic has a location in the source,
    /// within its tree, in the user's code, and a message that formats;</item>
    /// <item>every generated source parses without diagnostics;</item>
    /// <item>when the user code compiles, the generated code has no diagnostic at all (warnings included), and for a case
    /// known valid, the whole compilation has none;</item>
    /// <item>every code fix yields code that parses no worse and compiles (with the generator re-run) with no new error.</item>
    /// </list>
    /// Thread-safe: everything shared is immutable (compilation, driver, solution) or stateless (analyzers, fixers).
    /// </summary>
    public sealed class PipelineOracle : IDisposable
    {
        /// <summary>Declarations every case can use: constants of every type the attributes take, from another class.</summary>
        public const string SupportSource = """
            namespace Fuzz.Support
            {
                public static class Constants
                {
                    public const string Name = "team/app";
                    public const string Tag = "v1";
                    public const string Empty = "";
                    public const string? Null = null;
                    public const string Unicode = "caf\u00e9 \U0001F600";
                    public const int Count = 5;
                    public const int Negative = -1;
                    public const bool Flag = true;
                    public const Amazon.CDK.AWS.ECR.TagStatus Tagged = Amazon.CDK.AWS.ECR.TagStatus.TAGGED;
                    public static readonly string NotConstant = "x";
                    public static readonly string[] NotConstantArray = { "x" };
                }

                public enum Other
                {
                    A,
                    B,
                }
            }
            """;

        private readonly int _maxFixesPerCase;

        private readonly CSharpParseOptions _parseOptions;
        private readonly CSharpCompilation _base;
        private readonly SyntaxTree _placeholder;
        private readonly GeneratorDriver _driver;
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
        private readonly ImmutableArray<CodeFixProvider> _fixers;
        private readonly bool _concurrentAnalysis;
        private readonly AdhocWorkspace? _workspace;
        private readonly Solution? _solution;
        private readonly DocumentId? _caseDocument;

        /// <summary>An oracle over the given components (by default, everything EcrGen ships).</summary>
        public PipelineOracle(
            ImmutableArray<DiagnosticAnalyzer>? analyzers = null,
            ImmutableArray<CodeFixProvider>? fixers = null,
            ImmutableArray<ISourceGenerator>? generators = null,
            CSharpParseOptions? parseOptions = null,
            bool concurrentAnalysis = false,
            int maxFixesPerCase = 12,
            ImmutableArray<MetadataReference>? references = null)
        {
            var metadataReferences = references ?? TestReferences.All;
            _maxFixesPerCase = maxFixesPerCase;
            _parseOptions = parseOptions ?? TestCompilation.ParseOptions;
            _analyzers = analyzers ?? EcrGenComponents.Analyzers;
            _fixers = fixers ?? EcrGenComponents.CodeFixProviders;
            _concurrentAnalysis = concurrentAnalysis;
            var generatorList = generators ?? EcrGenComponents.NewGenerators();

            var support = CSharpSyntaxTree.ParseText(SupportSource, _parseOptions, path: "Support.cs");
            _placeholder = CSharpSyntaxTree.ParseText(string.Empty, _parseOptions, path: "Case.cs");
            _base = CSharpCompilation.Create("FuzzCase", new[] { support, _placeholder }, metadataReferences, TestCompilation.Options());
            _driver = CSharpGeneratorDriver.Create(generatorList, parseOptions: _parseOptions).RunGenerators(_base);

            if (!_fixers.IsEmpty)
            {
                _workspace = new AdhocWorkspace();
                var projectId = ProjectId.CreateNewId("FuzzCase");
                _caseDocument = DocumentId.CreateNewId(projectId, "Case.cs");
                _solution = _workspace.CurrentSolution
                    .AddProject(ProjectInfo.Create(
                        projectId,
                        VersionStamp.Default,
                        "FuzzCase",
                        "FuzzCase",
                        LanguageNames.CSharp,
                        compilationOptions: _base.Options,
                        parseOptions: _parseOptions,
                        metadataReferences: metadataReferences,
                        analyzerReferences: new[] { new InMemoryAnalyzerReference(ImmutableArray<DiagnosticAnalyzer>.Empty, generatorList) }))
                    .AddDocument(DocumentId.CreateNewId(projectId, "Support.cs"), "Support.cs", SourceText.From(SupportSource), filePath: "Support.cs")
                    .AddDocument(_caseDocument, "Case.cs", SourceText.From(string.Empty), filePath: "Case.cs");
            }
        }

        /// <summary>The compilation options cases are compiled with.</summary>
        public CSharpCompilationOptions CompilationOptions => _base.Options;

        /// <summary>Runs <paramref name="source"/> through everything and checks every property.</summary>
        /// <param name="source">The user's file.</param>
        /// <param name="expectValid">The case was built to be valid: the whole compilation must have no diagnostic and generate.</param>
        /// <param name="cancellationToken">Stops the case.</param>
        public CaseOutcome Run(string source, bool expectValid = false, CancellationToken cancellationToken = default)
        {
            var outcome = new CaseOutcome();
            try
            {
                RunCore(source, expectValid, outcome, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                outcome.Failures.Add("an exception escaped: " + e);
            }

            return outcome;
        }

        private void RunCore(string source, bool expectValid, CaseOutcome outcome, CancellationToken cancellationToken)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();

            // With code fixes, the case is parsed by the workspace and that very tree is compiled and analyzed: a fix finds its
            // node by the diagnostic's tree and span in the document, as in the IDE, where both come from one document.
            Document? document = null;
            SyntaxTree tree;
            if (_fixers.IsEmpty)
            {
                tree = CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), _parseOptions, path: "Case.cs", cancellationToken: cancellationToken);
            }
            else
            {
                document = _solution!.WithDocumentText(_caseDocument!, SourceText.From(source, Encoding.UTF8)).GetDocument(_caseDocument!)!;
                tree = document.GetSyntaxTreeAsync(cancellationToken).GetAwaiter().GetResult()!;
            }

            var compilation = _base.ReplaceSyntaxTree(_placeholder, tree);

            var (output, generated) = Generate(compilation, outcome.Failures, "", cancellationToken);
            outcome.GeneratedSources = generated.Length;
            outcome.Time("generate", started);

            started = System.Diagnostics.Stopwatch.GetTimestamp();
            var allDiagnostics = output.GetDiagnostics(cancellationToken);
            var diagnostics = allDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            var inGenerated = diagnostics.Where(d => d.Location.SourceTree is { } t && generated.Contains(t)).ToList();
            var userErrors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !inGenerated.Contains(d)).ToList();
            outcome.UserCodeCompiles = userErrors.Count == 0;
            outcome.Clean = diagnostics.Count == 0;

            if (expectValid)
            {
                if (diagnostics.Count > 0)
                {
                    outcome.Failures.Add("a valid case does not compile cleanly (warnings are errors for users):\n  " + string.Join("\n  ", diagnostics.Take(10)));
                }

                if (generated.IsEmpty)
                {
                    outcome.Failures.Add("a valid case generated nothing");
                }
            }
            else if (userErrors.Count == 0 && inGenerated.Count > 0)
            {
                outcome.Failures.Add("the user code compiles but the generated code does not compile cleanly:\n  " + string.Join("\n  ", inGenerated.Take(10)));
            }

            outcome.Time("compile", started);

            started = System.Diagnostics.Stopwatch.GetTimestamp();
            var analyzerDiagnostics = Analyze(output, generated, outcome, cancellationToken);
            outcome.Time("analyze", started);

            if (document is not null)
            {
                started = System.Diagnostics.Stopwatch.GetTimestamp();
                var fixable = analyzerDiagnostics
                    .Concat(allDiagnostics)
                    .Where(d => d.Location.SourceTree == tree)
                    .ToList();
                ApplyFixes(document, tree, output, fixable, outcome, cancellationToken);
                outcome.Time("fix", started);
            }
        }

        /// <summary>Runs the generator driver and checks its result and every generated source.</summary>
        private (Compilation Output, ImmutableArray<SyntaxTree> Generated) Generate(CSharpCompilation compilation, List<string> failures, string context, CancellationToken cancellationToken)
        {
            var driver = _driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics, cancellationToken);
            var result = driver.GetRunResult();
            foreach (var run in result.Results)
            {
                if (run.Exception is { } exception)
                {
                    failures.Add($"{context}generator {run.Generator.GetGeneratorType().Name} threw: {exception}");
                }
            }

            foreach (var diagnostic in driverDiagnostics)
            {
                // The EcrGen generator reports nothing (the analyzers do); CS8784/CS8785 mean a generator threw.
                failures.Add($"{context}the generator driver reported {diagnostic}");
            }

            var generated = result.Results.SelectMany(r => r.GeneratedSources).ToImmutableArray();
            foreach (var source in generated)
            {
                var parse = source.SyntaxTree.GetDiagnostics(cancellationToken).ToList();
                if (parse.Count > 0)
                {
                    failures.Add($"{context}generated source {source.HintName} does not parse:\n  " + string.Join("\n  ", parse.Take(10)) + "\n" + source.SourceText);
                }
            }

            return (output, generated.Select(s => s.SyntaxTree).ToImmutableArray());
        }

        private ImmutableArray<Diagnostic> Analyze(Compilation output, ImmutableArray<SyntaxTree> generated, CaseOutcome outcome, CancellationToken cancellationToken)
        {
            if (_analyzers.IsEmpty)
            {
                return ImmutableArray<Diagnostic>.Empty;
            }

            var exceptions = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue($"{analyzer.GetType().Name} threw: {exception}"),
                concurrentAnalysis: _concurrentAnalysis,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var diagnostics = output.WithAnalyzers(_analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();

            foreach (var exception in exceptions)
            {
                outcome.Failures.Add("analyzer exception: " + exception);
            }

            foreach (var diagnostic in diagnostics)
            {
                outcome.AnalyzerDiagnosticIds.Add(diagnostic.Id);
                if (diagnostic.Id is "AD0001" or "AD0002")
                {
                    outcome.Failures.Add("analyzer failure reported as a diagnostic: " + diagnostic);
                    continue;
                }

                foreach (var problem in DiagnosticProblems(diagnostic, output, generated))
                {
                    outcome.Failures.Add($"{diagnostic.Id} {problem}: {Describe(diagnostic)}");
                }
            }

            return diagnostics;
        }

        /// <summary>What is wrong with where <paramref name="diagnostic"/> points and how it reads, if anything.</summary>
        public static IEnumerable<string> DiagnosticProblems(Diagnostic diagnostic, Compilation compilation, ImmutableArray<SyntaxTree> generated)
        {
            string? message = null;
            string? messageProblem = null;
            try
            {
                message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            }
            catch (Exception e)
            {
                messageProblem = "has a message that does not format (" + e.GetType().Name + ": " + e.Message + ")";
            }

            if (messageProblem is not null)
            {
                yield return messageProblem;
            }
            else if (string.IsNullOrWhiteSpace(message))
            {
                yield return "has an empty message";
            }

            foreach (var (location, role) in new[] { (diagnostic.Location, "location") }.Concat(diagnostic.AdditionalLocations.Select(l => (l, "additional location"))))
            {
                if (!location.IsInSource || location.SourceTree is null)
                {
                    yield return $"has a {role} that is not in source ({location.Kind})";
                    continue;
                }

                if (!compilation.ContainsSyntaxTree(location.SourceTree))
                {
                    yield return $"has a {role} in a syntax tree that is not in the compilation";
                }
                else if (generated.Contains(location.SourceTree))
                {
                    yield return $"has a {role} in generated code, which the user cannot edit";
                }

                var span = location.SourceSpan;
                if (span.Start < 0 || span.End > location.SourceTree.Length)
                {
                    yield return $"has a {role} {span} outside its tree (length {location.SourceTree.Length})";
                }
            }
        }

        private void ApplyFixes(Document document, SyntaxTree tree, Compilation output, List<Diagnostic> diagnostics, CaseOutcome outcome, CancellationToken cancellationToken)
        {
            var candidates = diagnostics
                .SelectMany(d => _fixers.Where(f => f.FixableDiagnosticIds.Contains(d.Id)).Select(f => (Diagnostic: d, Fixer: f)))
                .ToList();
            if (candidates.Count == 0)
            {
                return;
            }

            var solution = document.Project.Solution;
            var errorsBefore = output.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var parseErrorsBefore = Counts(tree.GetDiagnostics(cancellationToken));

            // The same fix for another diagnostic of the same rule is the same code path: one of each per case.
            var tried = new HashSet<string>(StringComparer.Ordinal);

            foreach (var (diagnostic, fixer) in candidates)
            {
                if (outcome.FixesApplied >= _maxFixesPerCase)
                {
                    return;
                }

                var actions = new List<CodeAction>();
                var label = $"{fixer.GetType().Name} for {Describe(diagnostic)}";
                try
                {
                    var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
                    fixer.RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    outcome.Failures.Add($"{label}: RegisterCodeFixesAsync threw: {e}");
                    continue;
                }

                outcome.Count("fixable " + diagnostic.Id);
                foreach (var action in Flatten(actions))
                {
                    if (outcome.FixesApplied >= _maxFixesPerCase)
                    {
                        return;
                    }

                    if (!tried.Add(diagnostic.Id + "/" + (action.EquivalenceKey ?? action.Title)))
                    {
                        continue;
                    }

                    outcome.Count("code action for " + diagnostic.Id);

                    outcome.FixesApplied++;
                    var actionLabel = $"{label}, action \"{action.Title}\"";
                    try
                    {
                        foreach (var operation in action.GetOperationsAsync(cancellationToken).GetAwaiter().GetResult())
                        {
                            if (operation is ApplyChangesOperation apply)
                            {
                                CheckFixedSolution(apply.ChangedSolution, tree, parseErrorsBefore, errorsBefore, actionLabel, outcome, cancellationToken,
                                    turnsOnGeneration: diagnostic.Id == "ECR0001");
                            }
                        }
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        outcome.Failures.Add($"{actionLabel}: computing the fix threw: {e}");
                    }
                }
            }
        }

        private void CheckFixedSolution(Solution changed, SyntaxTree original, Dictionary<string, int> parseErrorsBefore, List<Diagnostic> errorsBefore, string label, CaseOutcome outcome, CancellationToken cancellationToken, bool turnsOnGeneration)
        {
            var project = changed.GetProject(_caseDocument!.ProjectId)!;
            var trees = new List<SyntaxTree>();
            SyntaxTree? caseTree = null;
            foreach (var document in project.Documents.OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                var text = document.GetTextAsync(cancellationToken).GetAwaiter().GetResult();
                var fixedTree = CSharpSyntaxTree.ParseText(text, _parseOptions, path: document.FilePath ?? document.Name, cancellationToken: cancellationToken);
                trees.Add(fixedTree);
                if (document.Id == _caseDocument)
                {
                    caseTree = fixedTree;
                }
            }

            if (caseTree is null)
            {
                outcome.Failures.Add($"{label}: the fix deleted the document");
                return;
            }

            var parseErrorsAfter = Counts(trees.SelectMany(t => t.GetDiagnostics(cancellationToken)));
            foreach (var (id, count) in parseErrorsAfter)
            {
                if (count > parseErrorsBefore.GetValueOrDefault(id))
                {
                    outcome.Failures.Add($"{label}: the fixed code no longer parses ({id} x{count}):\n{caseTree}");
                    return;
                }
            }

            var compilation = _base.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
            var (fixedOutput, _) = Generate(compilation, outcome.Failures, label + ": after the fix, ", cancellationToken);
            var before = Counts(errorsBefore);
            var after = fixedOutput.GetDiagnostics(cancellationToken)
                .Where(d => d.Severity == DiagnosticSeverity.Error
                    && !WasMaskedInAttribute(d, caseTree, original, errorsBefore)
                    && !WasMaskedInStatement(d, caseTree, original, errorsBefore))
                .ToList();
            var added = Counts(after).Where(e => e.Value > before.GetValueOrDefault(e.Key)).Select(e => e.Key).ToList();

            // "Make partial" (ECR0001) exists to turn generation on: the class becomes a Repository with the generated
            // (scope, id) constructor, so code written against the class without it (`new Repo()`) is meant to change. The
            // fixed code must still parse and generate cleanly (checked above); its other errors are the attribute's effect.
            if (added.Count > 0 && !turnsOnGeneration)
            {
                var examples = after.Where(d => added.Contains(d.Id)).Take(5);
                outcome.Failures.Add($"{label}: the fix adds compile errors:\n  " + string.Join("\n  ", examples) + "\nfixed code:\n" + caseTree);
            }
        }

        /// <summary>
        /// Whether an error after a fix was there all along, hidden by the compiler: an attribute whose arguments do not bind
        /// is not checked further (CS0592 wrong target, CS0579 duplicate, ...), so a fix that repairs an argument uncovers
        /// those. Such an error sits in an attribute that already had an error before the fix.
        /// </summary>
        private static bool WasMaskedInAttribute(Diagnostic error, SyntaxTree fixedTree, SyntaxTree original, List<Diagnostic> errorsBefore)
        {
            if (error.Location.SourceTree != fixedTree
                || fixedTree.GetRoot().FindToken(error.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<AttributeSyntax>() is null)
            {
                return false;
            }

            // Map the position back across the edit, then look at the same attribute before the fix.
            var originalPosition = MapToOriginal(fixedTree.GetText().ToString(), original.GetText().ToString(), error.Location.SourceSpan.Start);
            var attribute = original.GetRoot().FindToken(originalPosition).Parent?.FirstAncestorOrSelf<AttributeSyntax>();
            return attribute is not null
                && errorsBefore.Any(e => e.Location.SourceTree == original && attribute.Span.IntersectsWith(e.Location.SourceSpan));
        }

        /// <summary>
        /// Whether an error after a fix was hidden behind another error of the same statement: a fix that makes a class
        /// partial turns generation on, so <c>new Repo(this, "Id")</c> binds to the generated constructor and the compiler
        /// checks the arguments it skipped while the constructor was missing (CS1729 before, CS1503 after). Such an error sits
        /// in a statement that already had an error before the fix.
        /// </summary>
        private static bool WasMaskedInStatement(Diagnostic error, SyntaxTree fixedTree, SyntaxTree original, List<Diagnostic> errorsBefore)
        {
            if (error.Location.SourceTree != fixedTree
                || fixedTree.GetRoot().FindToken(error.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<StatementSyntax>() is not { } statement)
            {
                return false;
            }

            var originalPosition = MapToOriginal(fixedTree.GetText().ToString(), original.GetText().ToString(), statement.SpanStart);
            var before = original.GetRoot().FindToken(originalPosition).Parent?.FirstAncestorOrSelf<StatementSyntax>();
            return before is not null
                && before.Kind() == statement.Kind()
                && errorsBefore.Any(e => e.Location.SourceTree == original && before.Span.IntersectsWith(e.Location.SourceSpan));
        }

        /// <summary>
        /// The position in <paramref name="original"/> of <paramref name="position"/> in <paramref name="fixedText"/>, across the
        /// one region that differs (found by common prefix and suffix): exact outside the region, its start inside it.
        /// </summary>
        private static int MapToOriginal(string fixedText, string original, int position)
        {
            var prefix = 0;
            var shortest = Math.Min(fixedText.Length, original.Length);
            while (prefix < shortest && fixedText[prefix] == original[prefix])
            {
                prefix++;
            }

            var suffix = 0;
            while (suffix < shortest - prefix && fixedText[fixedText.Length - 1 - suffix] == original[original.Length - 1 - suffix])
            {
                suffix++;
            }

            if (position < prefix)
            {
                return position;
            }

            return position >= fixedText.Length - suffix ? position - (fixedText.Length - original.Length) : prefix;
        }

        private static Dictionary<string, int> Counts(IEnumerable<Diagnostic> diagnostics)
            => diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());

        private static IEnumerable<CodeAction> Flatten(IEnumerable<CodeAction> actions)
        {
            foreach (var action in actions)
            {
                if (action.NestedActions.IsDefaultOrEmpty)
                {
                    yield return action;
                }
                else
                {
                    foreach (var nested in Flatten(action.NestedActions))
                    {
                        yield return nested;
                    }
                }
            }
        }

        private static string Describe(Diagnostic diagnostic)
        {
            try
            {
                return diagnostic.ToString();
            }
            catch (Exception)
            {
                return diagnostic.Id + " at " + diagnostic.Location;
            }
        }

        /// <inheritdoc/>
        public void Dispose() => _workspace?.Dispose();
    }
}
