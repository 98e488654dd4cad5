using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>
    /// Runs analyzers the way the compiler does: default options (disabled-by-default rules stay off), and an optional
    /// .editorconfig applied through the compiler's own <see cref="AnalyzerConfigSet"/> parsing.
    /// </summary>
    internal static class AnalyzerRunner
    {
        /// <summary>
        /// The analyzer diagnostics of <paramref name="source"/> compiled against .NET 8, the CDK and the attributes: against
        /// each of <see cref="CdkSource.RuleReleases"/>, which must agree (the diagnostics of 2.160.0 are returned).
        /// </summary>
        public static async Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, string source, string? editorConfig = null)
        {
            ImmutableArray<Diagnostic>? first = null;
            foreach (var release in CdkSource.RuleReleases)
            {
                var diagnostics = await RunAsync(new[] { analyzer }, new[] { source }, TestReferences.AllWith(release), editorConfig);
                if (first is { } expected)
                {
                    Xunit.Assert.Equal(Describe(expected), Describe(diagnostics));
                }

                first ??= diagnostics;
            }

            return first!.Value;
        }

        private static string[] Describe(ImmutableArray<Diagnostic> diagnostics)
            => diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").OrderBy(text => text, System.StringComparer.Ordinal).ToArray();

        public static async Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer[] analyzers, string[] sources, ImmutableArray<MetadataReference>? references, string? editorConfig = null)
        {
            var compilation = TestCompilation.Create(sources, references ?? TestReferences.All);
            if (editorConfig is not null)
            {
                var config = AnalyzerConfig.Parse("root = true\n\n[*.cs]\n" + editorConfig + "\n", "/.editorconfig");
                var set = AnalyzerConfigSet.Create(new[] { config });
                compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new EditorConfigProvider(set)));
            }

            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Xunit.Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzers));
            return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        }

        /// <summary>Severities from an .editorconfig, as the compiler applies them (every tree is under /).</summary>
        private sealed class EditorConfigProvider : SyntaxTreeOptionsProvider
        {
            private readonly AnalyzerConfigSet _set;

            public EditorConfigProvider(AnalyzerConfigSet set)
            {
                _set = set;
            }

            public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

            public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
                => _set.GetOptionsForSourcePath("/" + tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

            public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            {
                severity = ReportDiagnostic.Default;
                return false;
            }
        }
    }
}
