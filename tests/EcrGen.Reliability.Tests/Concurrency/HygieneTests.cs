using EcrGen.Testing;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using EcrGen.Reliability.Tests.Fuzzing;
using EcrGen.Reliability.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EcrGen.Reliability.Tests.Concurrency
{
    /// <summary>
    /// What the compiler asks of analyzers and generators beyond being correct: every analyzer enables concurrent execution
    /// and says how to treat generated code; nothing keeps mutable static state (but per-thread scratch) or mutable instance state (one instance serves
    /// every project); and the shipped assemblies are built with BannedApiAnalyzers against file, network, environment, clock,
    /// console and unseeded-random APIs.
    /// </summary>
    public class HygieneTests
    {
        [Fact]
        public void Every_analyzer_enables_concurrent_execution_and_configures_generated_code_analysis()
        {
            foreach (var analyzer in EcrGenComponents.NewAnalyzers())
            {
                var context = new RecordingAnalysisContext();
                analyzer.Initialize(context);

                Assert.True(context.ConcurrentExecutionEnabled, $"{analyzer.GetType().Name} does not call EnableConcurrentExecution()");
                Assert.True(context.GeneratedCodeAnalysis is not null, $"{analyzer.GetType().Name} does not call ConfigureGeneratedCodeAnalysis()");
                Assert.True(context.Registrations > 0, $"{analyzer.GetType().Name} registers no action");
            }
        }

        [Fact]
        public void Shipped_assemblies_keep_no_mutable_static_state_and_components_no_mutable_instance_state()
        {
            var assemblies = new[] { EcrGenComponents.AnalyzerAssembly, EcrGenComponents.CodeFixAssembly, typeof(EcrGen.Domain.Setting).Assembly };
            var problems = new List<string>();
            foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => !IsCompilerGenerated(t)))
            {
                foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    // A [ThreadStatic] scratch buffer (CodeWriter's) is the one exception: each thread sees its own, so nothing
                    // is shared between the compilations and threads one loaded instance serves.
                    if (!field.IsLiteral && !field.IsInitOnly && !IsCompilerGenerated(field) && !field.IsDefined(typeof(ThreadStaticAttribute)))
                    {
                        problems.Add($"static field {type.FullName}.{field.Name} is mutable");
                    }
                }
            }

            foreach (var type in EcrGenComponents.AnalyzerTypes.Concat(EcrGenComponents.CodeFixProviderTypes).Concat(EcrGenComponents.GeneratorTypes))
            {
                for (var current = type; current is not null && assemblies.Contains(current.Assembly); current = current.BaseType)
                {
                    foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        if (!field.IsInitOnly)
                        {
                            problems.Add($"instance field {current.FullName}.{field.Name} of a shared component is mutable");
                        }
                    }
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        /// <summary>The three projects the compiler and the IDE load are built with BannedApiAnalyzers and the shared list.</summary>
        [Theory]
        [InlineData("EcrGen.SourceGenerators")]
        [InlineData("EcrGen.Domain")]
        [InlineData("EcrGen.CodeFixes")]
        public void Projects_loaded_by_the_compiler_are_built_against_the_banned_API_list(string project)
        {
            var root = Corpus.RepositoryRoot ?? throw new InvalidOperationException("The repository is not available to this test run.");
            var assets = Path.Combine(root, "src", project, "obj", "project.assets.json");
            Assert.True(File.Exists(assets), $"{assets} is missing: restore the solution first.");
            Assert.Contains("Microsoft.CodeAnalysis.BannedApiAnalyzers/", File.ReadAllText(assets), StringComparison.Ordinal);

            var banned = File.ReadAllLines(Path.Combine(root, "src", "BannedSymbols.txt"));
            foreach (var required in new[]
            {
                "T:System.IO.File", "T:System.IO.Directory", "T:System.Environment", "P:System.DateTime.Now", "P:System.DateTime.UtcNow",
                "P:System.DateTimeOffset.Now", "P:System.DateTimeOffset.UtcNow", "T:System.Diagnostics.Stopwatch", "N:System.Net",
                "M:System.Random.#ctor", "T:System.Console",
            })
            {
                Assert.Contains(banned, line => line.StartsWith(required + ";", StringComparison.Ordinal));
            }
        }

        private static bool IsCompilerGenerated(MemberInfo member)
            => member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
                || member.Name.Contains('<', StringComparison.Ordinal)
                || (member is Type { DeclaringType: { } declaring } && IsCompilerGenerated(declaring))
                || (member is Type { Namespace: { } ns } && (ns.StartsWith("System", StringComparison.Ordinal) || ns.StartsWith("Microsoft", StringComparison.Ordinal)));

        /// <summary>Records what an analyzer asks of the compiler in <see cref="DiagnosticAnalyzer.Initialize"/>.</summary>
        private sealed class RecordingAnalysisContext : AnalysisContext
        {
            public bool ConcurrentExecutionEnabled { get; private set; }

            public GeneratedCodeAnalysisFlags? GeneratedCodeAnalysis { get; private set; }

            public int Registrations { get; private set; }

            public override void EnableConcurrentExecution() => ConcurrentExecutionEnabled = true;

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCodeAnalysis = analysisMode;

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => Registrations++;

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => Registrations++;

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Registrations++;

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registrations++;

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Registrations++;

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registrations++;

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Registrations++;

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Registrations++;

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Registrations++;

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Registrations++;

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Registrations++;

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Registrations++;

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Registrations++;
        }
    }
}
