// Test doubles for Roslyn's analyzer machinery, run in-process only: the analyzer-authoring rules do not apply.
#pragma warning disable RS1012, RS1036, RS1038, RS1041, RS2008

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcrGen.Benchmarks
{
    /// <summary>
    /// <c>--breakdown</c>: where benchmark 2's overhead goes, interleaved and in processor time: the generator alone, the
    /// analyzers alone, and Roslyn's own analyzer machinery under do-nothing analyzers (the floor any analyzer package pays).
    /// </summary>
    public static class Breakdown
    {
        /// <summary>Runs the breakdown on the benchmark 2 app of <paramref name="classes"/> classes.</summary>
        public static void Run(int classes, int rounds)
        {
            var app = Inputs.EcrGenApp(classes);
            var pasted = Workloads.WithGeneratedSourcesPasted(app);
            var noOp = ImmutableArray.Create<DiagnosticAnalyzer>(new CompilationStartOnly());
            var noOpOperations = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationBlocks());
            var operations = new List<(string, Func<object?>)>
            {
                ("pasted, no analyzer", () => Build(pasted, ImmutableArray<DiagnosticAnalyzer>.Empty, generate: false)),
                ("pasted + a do-nothing analyzer", () => Build(pasted, noOp, generate: false)),
                ("pasted + an empty operation-block analyzer", () => Build(pasted, noOpOperations, generate: false)),
                ("pasted + NoOpAnalyzer (P2 baseline)", () => Workloads.BuildPasted(pasted)),
                ("EcrGen (P2)", () => Workloads.BuildWithEcrGen(app)),
                ("pasted + EcrGen analyzers", () => Build(pasted, EcrGenParts.Analyzers, generate: false)),
            };
            foreach (var analyzer in EcrGenParts.Analyzers)
            {
                operations.Add(($"pasted + {analyzer.GetType().Name} only", () => Build(pasted, ImmutableArray.Create(analyzer), generate: false)));
            }

            operations.Add(("EcrGen generator, no analyzer", () => Build(app, ImmutableArray<DiagnosticAnalyzer>.Empty, generate: true)));
            operations.Add(("EcrGen generator + analyzers", () => Build(app, EcrGenParts.Analyzers, generate: true)));
            var series = Interleaved.Run(rounds, 1, operations.ToArray());
            Console.WriteLine($"BREAKDOWN operation blocks seen by the empty analyzer per build: {EmptyOperationBlocks.Blocks / (rounds + 1)}, in generated files: {EmptyOperationBlocks.GeneratedBlocks / (rounds + 1)}");
            foreach (var s in series)
            {
                Console.WriteLine($"BREAKDOWN {s.Name}: {s.MedianCpuSeconds * 1e3:0} ms CPU ({s.MedianSeconds * 1e3:0} ms wall, {s.MedianGcPauseSeconds * 1e3:0} ms GC pauses), {s.MedianBytes / 1048576.0:0} MB; ratio to pasted {Interleaved.Ratio(s, series[0]):0.000}, to pasted + do-nothing analyzer {Interleaved.Ratio(s, series[1]):0.000}");
            }
        }

        /// <summary>For <c>--sample=emptyops:N</c>: the pasted app under the empty operation-block analyzer.</summary>
        public static long PastedWithEmptyOperationBlocks(int classes)
            => Build(Workloads.WithGeneratedSourcesPasted(Inputs.EcrGenApp(classes)), ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationBlocks()), generate: false);

        /// <summary>For <c>--sample=pastedecrgen:N</c>: the pasted app under EcrGen's analyzers.</summary>
        public static long PastedWithEcrGenAnalyzers(int classes)
            => Build(Workloads.WithGeneratedSourcesPasted(Inputs.EcrGenApp(classes)), EcrGenParts.Analyzers, generate: false);

        private static long Build(IReadOnlyList<(string Path, string Text)> files, ImmutableArray<DiagnosticAnalyzer> analyzers, bool generate)
        {
            Compilation compilation = Inputs.Compilation(files.Select(f => CSharpSyntaxTree.ParseText(f.Text, Inputs.ParseOptions, f.Path)), TestReferences.All);
            if (generate)
            {
                Workloads.Driver(EcrGenParts.Generators).RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
            }

            var diagnostics = analyzers.IsEmpty
                ? compilation.GetDiagnostics()
                : compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, false, false, false))
                    .GetAllDiagnosticsAsync().GetAwaiter().GetResult();
            if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                throw new InvalidOperationException(diagnostics.First(d => d.Severity == DiagnosticSeverity.Error).ToString());
            }

            using var stream = new MemoryStream();
            compilation.Emit(stream);
            return stream.Length;
        }

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class CompilationStartOnly : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new("NOOP1", "No-op", "No-op", "Perf", DiagnosticSeverity.Warning, true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterCompilationStartAction(static _ => { });
            }
        }

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class EmptyOperationBlocks : DiagnosticAnalyzer
        {
            public static int Blocks;
            public static int GeneratedBlocks;

            private static readonly DiagnosticDescriptor Rule = new("NOOP2", "No-op", "No-op", "Perf", DiagnosticSeverity.Warning, true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterCompilationStartAction(static start => start.RegisterOperationBlockStartAction(static block =>
                {
                    System.Threading.Interlocked.Increment(ref Blocks);
                    if (block.OwningSymbol.Locations.FirstOrDefault()?.SourceTree?.FilePath.StartsWith("Generated/", StringComparison.Ordinal) == true)
                    {
                        System.Threading.Interlocked.Increment(ref GeneratedBlocks);
                    }

                    block.RegisterOperationAction(static _ => { }, OperationKind.ObjectCreation, OperationKind.Invocation);
                }));
            }
        }
    }
}
