using EcrGen.Testing;
using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using EcrGen.Reliability.Tests.Fuzzing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

// Deliberately broken compiler extensions, hosted by the test only: the rules for shipping extensions do not apply.
#pragma warning disable RS1016, RS1036, RS1038, RS1041, RS2008

namespace EcrGen.Reliability.Tests.Harness
{
    /// <summary>
    /// The oracle itself: a fuzzer whose checks cannot fail proves nothing, so each check is shown to catch a deliberately
    /// broken analyzer, generator or code fix, and to accept a well-behaved one (which also proves the workspace that applies
    /// code fixes works before EcrGen has any).
    /// </summary>
    public class OracleSelfTests
    {
        private const string Program = """
            using EcrGen;
            namespace App
            {
                [EcrRepository("team/app")]
                [LifecycleRule(MaxImageCount = 3)]
                public partial class AppRepository { }
            }
            """;

        [Fact]
        public void EcrGen_components_are_all_constructible_and_declared_for_the_compiler()
        {
            Assert.NotEmpty(EcrGenComponents.GeneratorTypes);
            foreach (var type in EcrGenComponents.AnalyzerTypes)
            {
                var attribute = type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Cast<DiagnosticAnalyzerAttribute>().SingleOrDefault();
                Assert.True(attribute is not null && attribute.Languages.Contains(LanguageNames.CSharp), $"{type.Name} lacks [DiagnosticAnalyzer(LanguageNames.CSharp)]: the compiler would never load it.");
            }

            foreach (var type in EcrGenComponents.CodeFixProviderTypes)
            {
                var attribute = type.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), inherit: false).Cast<ExportCodeFixProviderAttribute>().SingleOrDefault();
                Assert.True(attribute is not null && attribute.Languages.Contains(LanguageNames.CSharp), $"{type.Name} lacks [ExportCodeFixProvider(LanguageNames.CSharp)]: the IDE would never offer it.");
            }

            foreach (var fixer in EcrGenComponents.CodeFixProviders)
            {
                Assert.NotEmpty(fixer.FixableDiagnosticIds);
                _ = fixer.GetFixAllProvider();
            }

            foreach (var analyzer in EcrGenComponents.Analyzers)
            {
                Assert.NotEmpty(analyzer.SupportedDiagnostics);
            }
        }

        [Fact]
        public void The_handwritten_corpus_is_valid_and_the_generator_expands_it()
        {
            using var oracle = new PipelineOracle();
            foreach (var program in Corpus.Handwritten)
            {
                var outcome = oracle.Run(program);
                Assert.Empty(outcome.Failures);
                Assert.True(outcome.Clean, "corpus program does not compile cleanly:\n" + program);
            }

            Assert.True(oracle.Run(Corpus.EveryOptionApp, expectValid: true).GeneratedSources == 1);
        }

        [Fact]
        public void A_valid_program_passes_every_check()
        {
            using var oracle = new PipelineOracle();
            var outcome = oracle.Run(Program, expectValid: true);

            Assert.Empty(outcome.Failures);
            Assert.Equal(1, outcome.GeneratedSources);
            Assert.True(outcome.Clean);
        }

        [Fact]
        public void Catches_an_analyzer_that_throws()
            => AssertCaught(new PipelineOracle(analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer())), "analyzer exception");

        [Fact]
        public void Catches_diagnostics_without_a_valid_source_location()
        {
            using var oracle = new PipelineOracle(analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new BadLocationAnalyzer()));
            var failures = oracle.Run(Program).Failures;

            Assert.Contains(failures, f => f.Contains("not in source", StringComparison.Ordinal));
            // Roslyn itself refuses a location outside the compilation (the analyzer throws); either way the case fails.
            Assert.Contains(failures, f => f.Contains("not in the compilation", StringComparison.Ordinal) || f.Contains("not part of the compilation", StringComparison.Ordinal));
        }

        [Fact]
        public void Catches_a_generator_that_throws()
            => AssertCaught(new PipelineOracle(generators: ImmutableArray.Create(new ThrowingGenerator().AsSourceGenerator())), "threw");

        [Fact]
        public void Catches_generated_code_that_does_not_parse()
            => AssertCaught(new PipelineOracle(generators: ImmutableArray.Create(new SourceGenerator("partial class Broken {").AsSourceGenerator())), "does not parse");

        [Fact]
        public void Catches_generated_code_with_a_warning()
            => AssertCaught(new PipelineOracle(generators: ImmutableArray.Create(new SourceGenerator("class Warns { void M() { int unused = 1; } }").AsSourceGenerator())), "generated code does not compile cleanly");

        [Fact]
        public void Applies_a_well_behaved_code_fix_through_the_workspace()
        {
            using var oracle = new PipelineOracle(
                analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new ClassAnalyzer()),
                fixers: ImmutableArray.Create<CodeFixProvider>(new ClassFix(ClassFix.Mode.AddComment)));
            var outcome = oracle.Run(Program);

            Assert.Empty(outcome.Failures);
            Assert.Equal(1, outcome.FixesApplied);
        }

        /// <summary>
        /// An attribute whose arguments do not bind is not checked for its target (CS0592): a fix that repairs the argument
        /// uncovers that error, it does not add it (found as a false alarm by the attribute fuzzer, seed a5ec3afa05cd4568, case 97).
        /// </summary>
        [Fact]
        public void An_error_a_fix_uncovers_in_an_attribute_that_already_had_one_is_not_counted_as_added()
        {
            using var oracle = new PipelineOracle(maxFixesPerCase: 4);
            var outcome = oracle.Run("""
                using EcrGen;
                using Fuzz.Support;
                namespace App
                {
                    [EcrRepository, LifecycleRule(TagPatternList = new[] { "v*" }, TagPrefixList = new[] { Constants.NotConstant }, MaxImageCount = 1)]
                    public enum NotAClass { A }
                }
                """);

            outcome.AssertPassed();
            Assert.True(outcome.Counters.ContainsKey("code action for ECR2004"), "the conflicting-option fix was not applied");
        }

        [Theory]
        [InlineData(ClassFix.Mode.Throw, "RegisterCodeFixesAsync threw")]
        [InlineData(ClassFix.Mode.BreakSyntax, "no longer parses")]
        [InlineData(ClassFix.Mode.AddError, "adds compile errors")]
        public void Catches_a_broken_code_fix(ClassFix.Mode mode, string expected)
            => AssertCaught(
                new PipelineOracle(
                    analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new ClassAnalyzer()),
                    fixers: ImmutableArray.Create<CodeFixProvider>(new ClassFix(mode))),
                expected);

        private static void AssertCaught(PipelineOracle oracle, string expected)
        {
            using (oracle)
            {
                var failures = oracle.Run(Program).Failures;
                Assert.Contains(failures, f => f.Contains(expected, StringComparison.Ordinal));
            }
        }

        private static readonly DiagnosticDescriptor TestRule = new("TEST001", "Test", "Class {0}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
        {
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestRule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), SyntaxKind.ClassDeclaration);
            }
        }

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class BadLocationAnalyzer : DiagnosticAnalyzer
        {
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestRule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(
                    c =>
                    {
                        c.ReportDiagnostic(Diagnostic.Create(TestRule, Location.None, "none"));
                        var alien = CSharpSyntaxTree.ParseText("class Alien { }");
                        c.ReportDiagnostic(Diagnostic.Create(TestRule, Location.Create(alien, new TextSpan(0, 5)), "alien"));
                    },
                    SyntaxKind.ClassDeclaration);
            }
        }

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class ClassAnalyzer : DiagnosticAnalyzer
        {
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestRule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(
                    c =>
                    {
                        var declaration = (ClassDeclarationSyntax)c.Node;
                        if (declaration.AttributeLists.Count > 0)
                        {
                            c.ReportDiagnostic(Diagnostic.Create(TestRule, declaration.Identifier.GetLocation(), declaration.Identifier.Text));
                        }
                    },
                    SyntaxKind.ClassDeclaration);
            }
        }

        /// <summary>A code fix for TEST001 that behaves, or breaks in one way.</summary>
        [ExportCodeFixProvider(LanguageNames.CSharp), Shared]
        public sealed class ClassFix : CodeFixProvider
        {
            public enum Mode
            {
                AddComment,
                Throw,
                BreakSyntax,
                AddError,
            }

            private readonly Mode _mode;

            public ClassFix(Mode mode)
            {
                _mode = mode;
            }

            public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(TestRule.Id);

            public override FixAllProvider? GetFixAllProvider() => null;

            public override Task RegisterCodeFixesAsync(CodeFixContext context)
            {
                if (_mode == Mode.Throw)
                {
                    throw new InvalidOperationException("boom");
                }

                var span = context.Diagnostics[0].Location.SourceSpan;
                context.RegisterCodeFix(
                    CodeAction.Create("test fix", equivalenceKey: "test fix", createChangedDocument: async cancellationToken =>
                    {
                        var text = await context.Document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                        var change = _mode switch
                        {
                            Mode.AddComment => new TextChange(new TextSpan(span.Start, 0), "/* fixed */ "),
                            Mode.BreakSyntax => new TextChange(new TextSpan(span.Start, 0), "{ "),
                            _ => new TextChange(new TextSpan(span.End, 0), " : NoSuchBase"),
                        };
                        return context.Document.WithText(text.WithChanges(change));
                    }),
                    context.Diagnostics);
                return Task.CompletedTask;
            }
        }

        private sealed class ThrowingGenerator : IIncrementalGenerator
        {
            public void Initialize(IncrementalGeneratorInitializationContext context)
                => context.RegisterSourceOutput(context.CompilationProvider, (_, _) => throw new InvalidOperationException("boom"));
        }

        private sealed class SourceGenerator : IIncrementalGenerator
        {
            private readonly string _source;

            public SourceGenerator(string source)
            {
                _source = source;
            }

            public void Initialize(IncrementalGeneratorInitializationContext context)
                => context.RegisterPostInitializationOutput(c => c.AddSource("Test.g.cs", _source));
        }
    }
}
