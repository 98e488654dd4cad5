using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using EcrGen.Reliability.Tests.Fuzzing;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EcrGen.Reliability.Tests.Harness
{
    /// <summary>
    /// Each analyzer alone, every EcrGen rule turned on, over the programs that break the rules: whatever it reports must be
    /// in its own <see cref="DiagnosticAnalyzer.SupportedDiagnostics"/> (Roslyn otherwise throws inside the analyzer and the
    /// user sees AD0001 instead of the diagnostic), and it throws nothing.
    /// </summary>
    public class AnalyzerContractTests
    {
        public static IEnumerable<object[]> AnalyzerNames() => EcrGenComponents.AnalyzerTypes.Select(type => new object[] { type.Name });

        [Theory]
        [MemberData(nameof(AnalyzerNames))]
        public async Task Reports_only_what_it_declares(string analyzerName)
        {
            var analyzer = EcrGenComponents.Analyzers.Single(a => a.GetType().Name == analyzerName);
            var supported = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (sources, references) in Programs())
            {
                var compilation = TestCompilation.Create(sources, references);
                var everyRuleOn = compilation.Options.SpecificDiagnosticOptions.SetItems(
                    Diagnostics.AllIds.Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Warn)));
                compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(everyRuleOn));
                var exceptions = new ConcurrentBag<Exception>();
                var options = new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                    onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false);
                var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();

                Assert.True(exceptions.IsEmpty, $"{analyzerName} threw: {string.Join("; ", exceptions.Select(e => e.Message))}");
                foreach (var diagnostic in diagnostics)
                {
                    Assert.True(supported.Contains(diagnostic.Id), $"{analyzerName} reported {diagnostic.Id}, which it does not declare");
                    reported.Add(diagnostic.Id);
                }
            }

            Assert.True(reported.Count > 0, $"{analyzerName} reported nothing on the mistake programs: the contract was not exercised");
        }

        // The mistake programs against the CDK; an option an old CDK lacks; attributes without the CDK (only ECR0006 fires there);
        // a convertible repository.
        private static IEnumerable<(string[] Sources, ImmutableArray<MetadataReference> References)> Programs()
        {
            yield return (new[] { Corpus.HandWrittenMistakes, Corpus.AttributeMistakes, PipelineOracle.SupportSource }, TestReferences.All);
            yield return (new[] { "[EcrGen.EcrRepository(\"team/app\", EmptyOnDelete = true, RemovalPolicy = Amazon.CDK.RemovalPolicy.DESTROY)] public partial class OldCdk { }" }, TestReferences.AllWithCdk2103);
            yield return (new[] { "[EcrGen.EcrRepository(\"team/app\")] public partial class NoCdk { }" }, TestReferences.Net80.Add(TestReferences.Attributes));

            // Not a mistake: a repository "Convert to EcrGen" can convert, for the opt-in marker (ECR0007).
            yield return (new[] { "public class ConvertibleStack : Amazon.CDK.Stack { public ConvertibleStack(Constructs.Construct scope) : base(scope, \"S\") { var r = new Amazon.CDK.AWS.ECR.Repository(this, \"R\"); } }" }, TestReferences.All);
        }

        private static class Diagnostics
        {
            public static readonly ImmutableArray<string> AllIds = EcrGenComponents.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().ToImmutableArray();
        }
    }
}
