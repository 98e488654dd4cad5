using System.Linq;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>A project that does not reference the CDK: the analyzers say nothing and register nothing past compilation start.</summary>
    public class NoCdkTests
    {
        private const string PlainProgram = """
            using System;
            using System.Collections.Generic;

            namespace Plain
            {
                public class Repository
                {
                    public string RepositoryName { get; set; } = "MyTeam/App";
                    public void AddLifecycleRule(object rule) { }
                    public string RepositoryUriForDigest(string digest) => "uri@" + digest;
                }

                public static class Program
                {
                    public static void Main()
                    {
                        var repo = new Repository { RepositoryName = "Bad Name" };
                        repo.AddLifecycleRule(new { MaxImageCount = 0 });
                        Console.WriteLine(repo.RepositoryUriForDigest("latest"));
                        var list = new List<string> { "sha256:abc" };
                    }
                }
            }
            """;

        [Fact]
        public async Task NoCdk_NoDiagnostics_AndNothingRegisteredBeyondCompilationStart()
        {
            var compilation = TestCompilation.Create(new[] { PlainProgram }, TestReferences.Net80);
            var analyzers = Testing.EcrGenComponents.Analyzers;
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: true);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);

            Assert.Empty(await withAnalyzers.GetAnalyzerDiagnosticsAsync());
            foreach (var analyzer in analyzers)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
                // An analyzer all of whose rules are off by default (the security pack) is not run at all.
                var anyRuleOn = analyzer.SupportedDiagnostics.Any(descriptor => descriptor.IsEnabledByDefault);
                Assert.Equal(anyRuleOn ? 1 : 0, telemetry.CompilationStartActionsCount);
                Assert.Equal(0, telemetry.OperationBlockStartActionsCount);
                Assert.Equal(0, telemetry.OperationActionsCount);
                Assert.Equal(0, telemetry.SymbolActionsCount);
                Assert.Equal(0, telemetry.CompilationEndActionsCount);
            }
        }

        [Fact]
        public async Task WithCdk_TheCodeAnalyzersRegisterOnlyOperationBlockWork()
        {
            var compilation = TestCompilation.Create(new[] { PlainProgram }, TestReferences.All);
            var analyzer = new RepositoryCodeAnalyzer();
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, false, true);
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options);

            Assert.Empty(await withAnalyzers.GetAnalyzerDiagnosticsAsync());
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            Assert.Equal(1, telemetry.CompilationStartActionsCount);

            // One operation-block action for the compilation, gated per type by a syntactic pre-check (CodeCandidates); no
            // symbol-start action (the driver's per-member bookkeeping for it cost a real build 10%) and no symbol action.
            Assert.Equal(1, telemetry.OperationBlockStartActionsCount);
            Assert.Equal(0, telemetry.SymbolStartActionsCount);
            Assert.Equal(0, telemetry.SymbolActionsCount);
        }
    }
}
