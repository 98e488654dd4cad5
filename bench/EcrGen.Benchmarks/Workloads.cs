using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using EcrGen.SourceGenerators.Generation;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcrGen.Benchmarks
{
    /// <summary>EcrGen as the compiler loads it: the generator and every analyzer in the generator assembly.</summary>
    public static class EcrGenParts
    {
        /// <summary>The EcrGen generator.</summary>
        public static ImmutableArray<ISourceGenerator> Generators { get; } = ImmutableArray.Create(new EcrRepositoryGenerator().AsSourceGenerator());

        /// <summary>Every <c>[DiagnosticAnalyzer]</c> EcrGen ships (found by reflection, so new analyzers are measured too).</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(EcrRepositoryGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }

    /// <summary>
    /// The timed operations. Each drives the real Roslyn pipeline on in-memory inputs; none touches the disk. Generator runs
    /// start from a <see cref="Compilation.Clone"/> of a parsed, never-bound compilation, so no semantic work is reused
    /// from an earlier iteration (metadata symbols of referenced assemblies are shared, as in a compiler server or the IDE).
    /// </summary>
    public static class Workloads
    {
        private static readonly ConcurrentDictionary<(string, int), CSharpCompilation> Compilations = new();

        /// <summary>The parsed input compilation of <paramref name="kind"/> at size <paramref name="n"/>, built once.</summary>
        public static CSharpCompilation Input(string kind, int n)
            => Compilations.GetOrAdd((kind, n), key => key.Item1 switch
            {
                "EcrGen" => Inputs.EcrGenClasses(key.Item2),
                "EcrGenGlobalUsings" => Inputs.EcrGenClassesWithGlobalUsings(key.Item2),
                "Mvvm" => Inputs.MvvmClasses(key.Item2),
                "Mapperly" => Inputs.MapperlyClasses(key.Item2),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
            });

        /// <summary>A driver as the compiler creates one (no step tracking, no host outputs).</summary>
        public static GeneratorDriver Driver(ImmutableArray<ISourceGenerator> generators, bool track = false)
            => CSharpGeneratorDriver.Create(generators, parseOptions: Inputs.ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

        /// <summary>Runs <paramref name="generators"/> from scratch over a fresh copy of <paramref name="input"/>; returns the number of generated files.</summary>
        public static int Generate(Compilation input, ImmutableArray<ISourceGenerator> generators)
        {
            var result = Driver(generators).RunGenerators(input.Clone()).GetRunResult();
            var count = 0;
            foreach (var generator in result.Results)
            {
                count += generator.GeneratedSources.Length;
            }

            return count;
        }

        /// <summary>
        /// No generator: Roslyn alone binding every class's attributes in a fresh copy of <paramref name="input"/>, the semantic
        /// work <c>ForAttributeWithMetadataName</c> does for any attribute-driven generator. A reference point for scaling.
        /// </summary>
        public static int BindAttributesOnly(Compilation input)
        {
            var compilation = input.Clone();
            var count = 0;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var declaration in tree.GetRoot().DescendantNodes(n => n is not ClassDeclarationSyntax).OfType<ClassDeclarationSyntax>())
                {
                    count += model.GetDeclaredSymbol(declaration)?.GetAttributes().Length ?? 0;
                }
            }

            return count;
        }

        /// <summary>Checks (outside timing) that a generator run produced what it should and threw nothing.</summary>
        public static int CheckGenerate(string name, Compilation input, ImmutableArray<ISourceGenerator> generators, int expectedAtLeast)
        {
            var result = Driver(generators).RunGenerators(input.Clone()).GetRunResult();
            var failed = result.Results.FirstOrDefault(r => r.Exception is not null);
            if (failed.Exception is { } exception)
            {
                throw new InvalidOperationException($"{name}: generator {failed.Generator.GetGeneratorType().Name} threw", exception);
            }

            var count = result.Results.Sum(r => r.GeneratedSources.Length);
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (count < expectedAtLeast || errors.Count > 0)
            {
                throw new InvalidOperationException($"{name}: {count} files generated (expected at least {expectedAtLeast}); errors: {string.Join("; ", errors.Take(3))}");
            }

            return count;
        }

        /// <summary>
        /// Benchmark 2, EcrGen side: parse the app, run the generator, compute all diagnostics through
        /// <see cref="CompilationWithAnalyzers"/> with every EcrGen analyzer (compiler diagnostics + analyzers, one bind of every
        /// method body) and emit. Returns the emitted size.
        /// </summary>
        public static long BuildWithEcrGen(IReadOnlyList<(string Path, string Text)> files)
            => BuildWithEcrGen(files, sdk: null);

        /// <summary>
        /// <see cref="BuildWithEcrGen(IReadOnlyList{ValueTuple{string, string}})"/> as <c>dotnet build</c> runs it: with the
        /// .NET SDK's default code analysis (<paramref name="sdk"/>) next to EcrGen's analyzers.
        /// </summary>
        public static long BuildWithEcrGen(IReadOnlyList<(string Path, string Text)> files, SdkAnalyzers? sdk)
        {
            var compilation = Compilation(files, sdk);
            Driver(EcrGenParts.Generators).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            var diagnostics = AllDiagnostics(output, sdk is null ? EcrGenParts.Analyzers : sdk.Analyzers.AddRange(EcrGenParts.Analyzers));
            return EmitSize(output, diagnostics);
        }

        /// <summary>
        /// Benchmark 2, the physical limit: the same app with the generated sources pasted in as ordinary files, no generator and
        /// no EcrGen analyzer, through the same pipeline (a build runs analyzers anyway: the SDK's own are on by default), so the
        /// only analyzer is one that registers nothing. Roslyn's public <see cref="CompilationWithAnalyzers"/> analyses a copy of
        /// the compilation, a cost no EcrGen change can touch; this baseline pays it too.
        /// </summary>
        public static long BuildPasted(IReadOnlyList<(string Path, string Text)> files)
            => BuildPasted(files, sdk: null);

        /// <summary>
        /// The pasted app as <c>dotnet build</c> builds it without EcrGen: the .NET SDK's default code analysis
        /// (<paramref name="sdk"/>) is all that runs; without it, only the analyzer that registers nothing.
        /// </summary>
        public static long BuildPasted(IReadOnlyList<(string Path, string Text)> files, SdkAnalyzers? sdk)
        {
            var compilation = Compilation(files, sdk);
            var diagnostics = AllDiagnostics(compilation, sdk is null ? NoOpAnalyzer.Only : sdk.Analyzers);
            return EmitSize(compilation, diagnostics);
        }

        private static CSharpCompilation Compilation(IReadOnlyList<(string Path, string Text)> files, SdkAnalyzers? sdk)
        {
            var compilation = Inputs.Compilation(ParseAll(files), TestReferences.All);
            return sdk is null
                ? compilation
                : compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(compilation.Options.SpecificDiagnosticOptions.SetItems(sdk.Severities)));
        }

        /// <summary>The pasted app with no analyzer at all (parse, compiler diagnostics, emit): reported as the raw reference.</summary>
        public static long BuildPastedWithoutAnalyzers(IReadOnlyList<(string Path, string Text)> files)
        {
            var compilation = Inputs.Compilation(ParseAll(files), TestReferences.All);
            return EmitSize(compilation, compilation.GetDiagnostics());
        }

        /// <summary>Benchmark 2's pasted app: <paramref name="files"/> plus the sources EcrGen generates for them.</summary>
        public static IReadOnlyList<(string Path, string Text)> WithGeneratedSourcesPasted(IReadOnlyList<(string Path, string Text)> files)
        {
            var compilation = Inputs.Compilation(ParseAll(files), TestReferences.All);
            var result = Driver(EcrGenParts.Generators).RunGenerators(compilation).GetRunResult();
            return files.Concat(result.Results.SelectMany(r => r.GeneratedSources).Select(s => ("Generated/" + s.HintName, s.SourceText.ToString()))).ToList();
        }

        /// <summary>
        /// Benchmark 4: parse and build a hand-written CDK app with every EcrGen analyzer, timing the analyzers
        /// (<c>logAnalyzerExecutionTime</c>) and the whole build.
        /// </summary>
        public static (TimeSpan Analyzers, TimeSpan Build) BuildWithAnalyzerTelemetry(IReadOnlyList<(string Path, string Text)> files)
        {
            var stopwatch = Stopwatch.StartNew();
            var compilation = Inputs.Compilation(ParseAll(files), TestReferences.All);
            var analyzerTime = TimeSpan.Zero;
            var diagnostics = ImmutableArray<Diagnostic>.Empty;
            if (!EcrGenParts.Analyzers.IsEmpty)
            {
                // GetAnalysisResultAsync (not GetAllDiagnosticsAsync, which keeps no telemetry) runs every analyzer over the
                // whole compilation with execution-time logging; the compiler's own diagnostics come with the emit.
                var withAnalyzers = compilation.WithAnalyzers(EcrGenParts.Analyzers, AnalyzerOptions(logTime: true));
                var result = withAnalyzers.GetAnalysisResultAsync(default).GetAwaiter().GetResult();
                foreach (var telemetry in result.AnalyzerTelemetryInfo.Values)
                {
                    analyzerTime += telemetry.ExecutionTime;
                }

                diagnostics = result.GetAllDiagnostics();
            }

            EmitSize(compilation, diagnostics);
            stopwatch.Stop();
            return (analyzerTime, stopwatch.Elapsed);
        }

        private static CompilationWithAnalyzersOptions AnalyzerOptions(bool logTime)
            => new(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
                concurrentAnalysis: false, logAnalyzerExecutionTime: logTime, reportSuppressedDiagnostics: false);

        /// <summary><c>--telemetry</c>: what each EcrGen analyzer registered, ran and reported on <paramref name="files"/> (the second of two runs).</summary>
        public static void PrintTelemetry(IReadOnlyList<(string Path, string Text)> files)
        {
            for (var run = 0; run < 4; run++)
            {
                var compilation = Inputs.Compilation(ParseAll(files), TestReferences.All);
                var withAnalyzers = compilation.WithAnalyzers(EcrGenParts.Analyzers, AnalyzerOptions(logTime: true));
                if (run == 3)
                {
                    Console.WriteLine("(compilation set up before analysis: references bound, declaration table built)");
                    GC.KeepAlive(withAnalyzers.Compilation.GlobalNamespace.GetMembers());
                }

                var stopwatch = Stopwatch.StartNew();
                var result = withAnalyzers.GetAnalysisResultAsync(default).GetAwaiter().GetResult();
                if (run < 2)
                {
                    continue;
                }

                var diagnostics = result.GetAllDiagnostics();
                Console.WriteLine($"GetAnalysisResultAsync: {stopwatch.ElapsedMilliseconds} ms; {diagnostics.Length} diagnostics: " +
                    string.Join(", ", diagnostics.GroupBy(d => d.Id).Select(g => $"{g.Key} x{g.Count()}")));
                foreach (var (analyzer, t) in result.AnalyzerTelemetryInfo)
                {
                    Console.WriteLine($"{analyzer.GetType().Name}: execution {t.ExecutionTime.TotalMilliseconds:0.0} ms; actions: compilation-start {t.CompilationStartActionsCount}, operation-block-start {t.OperationBlockStartActionsCount}, operation {t.OperationActionsCount}, syntax-node {t.SyntaxNodeActionsCount}, symbol {t.SymbolActionsCount}, symbol-start {t.SymbolStartActionsCount}, semantic-model {t.SemanticModelActionsCount}");
                }
            }
        }

        private static ImmutableArray<SyntaxTree> ParseAll(IReadOnlyList<(string Path, string Text)> files)
        {
            var trees = ImmutableArray.CreateBuilder<SyntaxTree>(files.Count);
            foreach (var (path, text) in files)
            {
                trees.Add(CSharpSyntaxTree.ParseText(text, Inputs.ParseOptions, path));
            }

            return trees.MoveToImmutable();
        }

        private static ImmutableArray<Diagnostic> AllDiagnostics(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            // Sequential analysis: on a shared 2-core machine, concurrency would measure the neighbours' load.
            return analyzers.IsEmpty
                ? compilation.GetDiagnostics()
                : compilation.WithAnalyzers(analyzers, AnalyzerOptions(logTime: false)).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        }

        private static long EmitSize(Compilation compilation, ImmutableArray<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    throw new InvalidOperationException("The benchmark app does not compile: " + diagnostic);
                }
            }

            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException("Emit failed: " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
            }

            return stream.Length;
        }
    }

    /// <summary>An analyzer that registers nothing: a build's analyzer pipeline without any analysis (benchmark 2's baseline).</summary>
#pragma warning disable RS1036, RS1038, RS1041 // run in-process by the benchmarks only, never loaded by a compiler
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NoOpAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1036, RS1038, RS1041
    {
#pragma warning disable RS2008 // no release tracking for a benchmark double
        private static readonly DiagnosticDescriptor Rule = new("BENCH0001", "No-op", "No-op", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS2008

        /// <summary>The analyzer alone, as the array <see cref="CompilationWithAnalyzers"/> takes.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Only { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer());

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
#pragma warning disable RS1012 // registers nothing on purpose
            context.RegisterCompilationStartAction(static _ => { });
#pragma warning restore RS1012
        }
    }
}
