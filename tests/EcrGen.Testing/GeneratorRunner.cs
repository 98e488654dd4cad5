using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EcrGen.SourceGenerators.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EcrGen.Testing
{
    /// <summary>The outcome of running the EcrGen generator over user code.</summary>
    public sealed record GeneratorRun(
        CSharpCompilation InputCompilation,
        Compilation OutputCompilation,
        ImmutableArray<GeneratedSourceResult> GeneratedSources,
        ImmutableArray<Diagnostic> GeneratorDiagnostics,
        GeneratorDriver Driver)
    {
        /// <summary>The generated text of the source with hint name <paramref name="hintName"/>.</summary>
        public string Source(string hintName) => GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

        /// <summary>Compiler errors and warnings of the user code plus the generated code.</summary>
        public ImmutableArray<Diagnostic> CompilationDiagnostics
            => OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
    }

    /// <summary>Runs <see cref="EcrRepositoryGenerator"/> the way the compiler does, with step tracking on.</summary>
    public static class GeneratorRunner
    {
        /// <summary>A driver for the generator with incremental step tracking.</summary>
        public static GeneratorDriver CreateDriver(CSharpParseOptions? parseOptions = null)
            => CSharpGeneratorDriver.Create(
                new[] { new EcrRepositoryGenerator().AsSourceGenerator() },
                parseOptions: parseOptions ?? TestCompilation.ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Generates for <paramref name="compilation"/>.</summary>
        public static GeneratorRun Run(CSharpCompilation compilation, CSharpParseOptions? parseOptions = null)
        {
            var driver = CreateDriver(parseOptions ?? (CSharpParseOptions?)compilation.SyntaxTrees.FirstOrDefault()?.Options)
                .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            var result = driver.GetRunResult();
            return new GeneratorRun(compilation, output, result.Results.SelectMany(r => r.GeneratedSources).ToImmutableArray(), diagnostics, driver);
        }

        /// <summary>Generates for user code compiled from <paramref name="sources"/>.</summary>
        public static GeneratorRun Run(params string[] sources) => Run(TestCompilation.Create(sources));
    }
}
