using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EcrGen.Reliability.Tests.Fuzzing;
using EcrGen.Reliability.Tests.Harness;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace EcrGen.Reliability.Tests.Concurrency
{
    /// <summary>
    /// Analyzers run concurrently in the compiler and the IDE, and one instance serves every project of a solution: the same
    /// instances analysing many projects at once, with concurrent execution, must report exactly what fresh instances report
    /// one project at a time.
    /// </summary>
    public class ConcurrencyTests
    {
        private const int Projects = 32;

        private readonly ITestOutputHelper _output;

        public ConcurrencyTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task Many_projects_in_parallel_with_shared_analyzer_instances_report_what_a_sequential_run_reports()
        {
            var compilations = ProjectsToAnalyze();

            // Baseline: one project at a time, fresh analyzer instances for each, no concurrent execution.
            var sequential = compilations.Select(c => Analyze(c, EcrGenComponents.NewAnalyzers(), concurrent: false)).ToList();

            // The same analyzer instances for every project, all projects at once, concurrent execution on; twice, so that
            // state left behind by one round would show in the next.
            var shared = EcrGenComponents.NewAnalyzers();
            for (var round = 0; round < 2; round++)
            {
                using var start = new ManualResetEventSlim();
                var tasks = compilations.Select(c => Task.Run(() =>
                {
                    start.Wait();
                    return Analyze(c, shared, concurrent: true);
                })).ToArray();
                start.Set();
                var parallel = await Task.WhenAll(tasks);

                for (var i = 0; i < compilations.Count; i++)
                {
                    Assert.True(sequential[i].SequenceEqual(parallel[i]), $"project {i}, round {round}: parallel run differs\nsequential:\n  {string.Join("\n  ", sequential[i])}\nparallel:\n  {string.Join("\n  ", parallel[i])}");
                }
            }

            FuzzLoop.Print(_output, $"{compilations.Count} projects, {EcrGenComponents.Analyzers.Length} analyzer(s), {sequential.Sum(s => s.Count)} diagnostics in all");
        }

        /// <summary>Distinct projects: the corpus and valid generated usages, each with its generated code, as a build has it.</summary>
        private static List<Compilation> ProjectsToAnalyze()
        {
            var sources = Corpus.All.Take(Projects / 2).ToList();
            var valid = new AttributeProgramGen(validOnly: true);
            for (var i = 0; sources.Count < Projects; i++)
            {
                sources.Add(FuzzLoop.Generate(valid, 0xC0C0_2024UL, i).Source);
            }

            return sources
                .Select((source, i) =>
                {
                    var compilation = TestCompilation.Create(new[] { PipelineOracle.SupportSource, source }).WithAssemblyName("Project" + i);
                    return GeneratorRunner.Run(compilation).OutputCompilation;
                })
                .ToList();
        }

        private static List<string> Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent)
        {
            if (analyzers.IsEmpty)
            {
                return new List<string>();
            }

            var exceptions = new List<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) =>
                {
                    lock (exceptions)
                    {
                        exceptions.Add($"{analyzer.GetType().Name}: {exception}");
                    }
                },
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var diagnostics = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            Assert.True(exceptions.Count == 0, string.Join("\n", exceptions));
            return diagnostics
                .Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath}{d.Location.GetLineSpan().Span} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} [{string.Join(",", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}]")
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
        }
    }
}
