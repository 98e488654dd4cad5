using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using EcrGen.CodeFixes.Fixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;
using Xunit.Abstractions;

namespace EcrGen.CodeFixes.Tests
{
    /// <summary>
    /// Fix All as <c>dotnet format analyzers</c> asks for it (its <c>SolutionCodeFixApplier</c>, .NET 10 SDK): for each reported
    /// id and each provider that fixes it, the analyzers of that id are run, the first diagnostic of the result (any id those
    /// analyzers report) gets its code fixes registered, and the first action's equivalence key (none when the provider offers
    /// nothing for that diagnostic) is the key of a solution-wide Fix All of that one id. EcrGen's analyzers report many ids,
    /// so that key is usually another rule's.
    /// </summary>
    public class FixAllAsDotNetFormatTests
    {
        private static readonly string MistakesPath = Path.Combine(AppContext.BaseDirectory, "TestData", "OneMistakePerFixableRule.cs");

        private readonly ITestOutputHelper _output;

        public FixAllAsDotNetFormatTests(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>Which diagnostic of the analysis result <c>dotnet format</c> happens to take first (its order is the analyzers').</summary>
        public enum FirstDiagnostic
        {
            /// <summary>One of the id being fixed: the key is that rule's own.</summary>
            OfTheRuleBeingFixed,

            /// <summary>One of another rule: the key is foreign (same provider) or absent (another provider's rule).</summary>
            OfAnotherRule,
        }

        [Fact]
        public async Task Mistakes_file_has_one_mistake_for_every_fixable_rule_on_the_line_its_comment_names()
        {
            var source = File.ReadAllText(MistakesPath);
            var document = FixHarness.CreateDocument(source);
            Assert.Empty(await FixHarness.ErrorsAsync(document.Project, CancellationToken.None));

            var reported = (await FixHarness.AnalyzerDiagnosticsAsync(document.Project, CancellationToken.None))
                .Where(d => FixHarness.FixableIds.Contains(d.Id))
                .Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id))
                .Distinct()
                .OrderBy(x => x.Line).ThenBy(x => x.Id, StringComparer.Ordinal)
                .ToArray();
            var expected = ExpectedMistakes(source);
            Assert.Equal(expected, reported);
            Assert.Equal(FixHarness.FixableIds, expected.Select(x => x.Id).ToImmutableSortedSet(StringComparer.Ordinal));
        }

        [Theory]
        [InlineData(FirstDiagnostic.OfAnotherRule)]
        [InlineData(FirstDiagnostic.OfTheRuleBeingFixed)]
        public async Task One_run_fixes_every_fixable_rule_and_leaves_code_that_compiles(FirstDiagnostic first)
        {
            var cancellationToken = CancellationToken.None;
            var document = FixHarness.CreateDocument(File.ReadAllText(MistakesPath));
            var solution = document.Project.Solution;
            var reported = (await FixHarness.AnalyzerDiagnosticsAsync(document.Project, cancellationToken))
                .Select(d => d.Id).Where(FixHarness.FixableIds.Contains).Distinct().ToArray();
            Assert.Equal(FixHarness.FixableIds.Count, reported.Length);

            foreach (var id in reported)
            {
                var project = solution.GetProject(document.Project.Id)!;
                var analyzers = FixHarness.Analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == id)).ToImmutableArray();
                var result = (await FixHarness.AnalyzerDiagnosticsAsync(project, cancellationToken, analyzers))
                    .Where(d => FixHarness.FixableIds.Contains(d.Id))
                    .ToImmutableArray();
                if (result.IsEmpty)
                {
                    continue; // fixed on the way by another rule's fix
                }

                foreach (var provider in FixHarness.Providers.Where(p => p.FixableDiagnosticIds.Contains(id)))
                {
                    var taken = first == FirstDiagnostic.OfAnotherRule
                        ? result.FirstOrDefault(d => d.Id != id) ?? result[0]
                        : result.FirstOrDefault(d => d.Id == id) ?? result[0];
                    var takenDocument = solution.GetDocument(taken.Location.SourceTree)!;
                    var actions = new List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
                    await provider.RegisterCodeFixesAsync(new CodeFixContext(takenDocument, taken, (a, _) => actions.Add(a), cancellationToken));
                    var key = actions.Count > 0 ? actions[0].EquivalenceKey : null;

                    var context = new FixAllContext(
                        takenDocument, provider, FixAllScope.Solution, key!, new[] { id }, new FixHarness.FixedDiagnosticProvider(result), cancellationToken);
                    var fixAll = await provider.GetFixAllProvider()!.GetFixAsync(context);
                    Assert.NotNull(fixAll);
                    solution = await FixHarness.ApplyAsync(fixAll!, cancellationToken);
                    _output.WriteLine($"{id}: {provider.GetType().Name} with the key of {taken.Id} ({key ?? "none"})");
                }
            }

            var fixedProject = solution.GetProject(document.Project.Id)!;
            var text = (await fixedProject.GetDocument(document.Id)!.GetTextAsync(cancellationToken)).ToString();
            var left = (await FixHarness.AnalyzerDiagnosticsAsync(fixedProject, cancellationToken)).Where(d => FixHarness.FixableIds.Contains(d.Id)).ToArray();
            Assert.True(left.Length == 0, "left unfixed:\n" + string.Join("\n", left.Select(d => d.ToString())) + "\n\n" + text);
            var errors = await FixHarness.ErrorsAsync(fixedProject, cancellationToken);
            Assert.True(errors.IsEmpty, "the fixed code does not compile:\n" + string.Join("\n", errors) + "\n\n" + text);
        }

        // ECR3005 (remove Tag), ECR2004 (two actions: TagPatternList first), ECR2001 (two actions: MaxImageAge first), in one class.
        private const string MixedRules = """
            [EcrRepository("team/app")]
            [LifecycleRule(RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "v" }, TagPatternList = new[] { "v*" }, MaxImageCount = 3)]
            [LifecycleRule(RulePriority = 2, MaxImageCount = 10, MaxImageAgeDays = 30)]
            [EcrImageCode("Api", TagOrDigest = "v2", Tag = "v1")]
            public partial class AppRepository
            {
            }
            """;

        [Theory]
        [InlineData(null)]
        [InlineData(EquivalenceKeys.FixDigest)]
        [InlineData(EquivalenceKeys.RemoveTag)]
        public async Task Fix_all_of_mixed_rules_gives_each_diagnostic_its_own_fix_when_the_key_is_absent_or_foreign_to_it(string? key)
        {
            var source = FixTest.TopLevel(MixedRules);
            var expected = FixTest.TopLevel("""
                [EcrRepository("team/app")]
                [LifecycleRule(RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "v" }, MaxImageCount = 3)]
                [LifecycleRule(RulePriority = 2, MaxImageCount = 10)]
                [EcrImageCode("Api", TagOrDigest = "v2")]
                public partial class AppRepository
                {
                }
                """);
            Assert.Equal(expected, await FixAllAsync(new RemoveConflictingOptionCodeFixProvider(), source, key));
        }

        [Fact]
        public async Task Fix_all_of_mixed_rules_honours_the_key_for_the_rule_that_offers_it()
        {
            // The user chose "Remove TagPrefixList" (ECR2004's second action): ECR2004 gets it, ECR3005 and ECR2001 their own.
            var source = FixTest.TopLevel(MixedRules);
            var expected = FixTest.TopLevel("""
                [EcrRepository("team/app")]
                [LifecycleRule(RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPatternList = new[] { "v*" }, MaxImageCount = 3)]
                [LifecycleRule(RulePriority = 2, MaxImageCount = 10)]
                [EcrImageCode("Api", TagOrDigest = "v2")]
                public partial class AppRepository
                {
                }
                """);
            Assert.Equal(expected, await FixAllAsync(new RemoveConflictingOptionCodeFixProvider(), source, EquivalenceKeys.RemoveTagPrefixList));
        }

        [Fact]
        public async Task Fix_all_skips_diagnostics_of_rules_the_provider_does_not_fix()
        {
            // A batch with ECR1002 and ECR3010 given to the digest fixer: only the digest changes.
            var source = FixTest.TopLevel("""
                [EcrRepository("Team/App")]
                [ContainerImage("Web", TagOrDigest = "SHA256:HEX")]
                public partial class AppRepository
                {
                }
                """).Replace("HEX", FixTest.Hex);
            var expected = source.Replace("SHA256:", "sha256:");
            Assert.Equal(expected, await FixAllAsync(new DigestCodeFixProvider(), source, null));
        }

        // A solution-wide Fix All of every EcrGen diagnostic in the document, with the given key, the way dotnet format builds it.
        private static async Task<string> FixAllAsync(CodeFixProvider provider, string source, string? key)
        {
            var document = FixHarness.CreateDocument(source);
            var diagnostics = await FixHarness.AnalyzerDiagnosticsAsync(document.Project, CancellationToken.None);
            var context = new FixAllContext(
                document, provider, FixAllScope.Solution, key!, diagnostics.Select(d => d.Id).Distinct(), new FixHarness.FixedDiagnosticProvider(diagnostics), CancellationToken.None);
            var fixAll = await provider.GetFixAllProvider()!.GetFixAsync(context);
            Assert.NotNull(fixAll);
            var solution = await FixHarness.ApplyAsync(fixAll!, CancellationToken.None);
            return (await solution.GetDocument(document.Id)!.GetTextAsync()).ToString();
        }

        // "// ECR1002 ECR1003" at the end of a line: the rules reported on it.
        private static (int Line, string Id)[] ExpectedMistakes(string source)
            => source.Split('\n')
                .Select((text, index) => (Line: index + 1, Match: Regex.Match(text, @"\S.*//((?:\s+ECR\d{4})+)\s*$")))
                .Where(x => x.Match.Success)
                .SelectMany(x => x.Match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => (x.Line, Id: id)))
                .OrderBy(x => x.Line).ThenBy(x => x.Id, StringComparer.Ordinal)
                .ToArray();
    }
}
