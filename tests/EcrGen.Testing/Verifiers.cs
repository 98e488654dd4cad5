using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace EcrGen.Testing
{
    /// <summary>Analyzer tests against the real CDK metadata.</summary>
    public static class AnalyzerVerifier<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        /// <summary>A diagnostic of <paramref name="descriptor"/>, for <c>ExpectedDiagnostics</c>.</summary>
        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

        /// <summary>A test preconfigured with the references (Amazon.CDK.Lib 2.160.0).</summary>
        public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(string source, params DiagnosticResult[] expected)
            => Create(source, CdkRelease.V2_160, expected);

        /// <summary>A test preconfigured with the references of a CDK app on <paramref name="release"/>.</summary>
        public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(string source, CdkRelease release, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = TestReferences.NoPackages,
            };
            test.TestState.AdditionalReferences.AddRange(TestReferences.AllWith(release));
            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }

        /// <summary>Asserts that <paramref name="source"/> (with <c>{|ID:span|}</c> or <c>[|span|]</c> markup) produces exactly <paramref name="expected"/>.</summary>
        public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
            => Create(source, expected).RunAsync(CancellationToken.None);
    }

    /// <summary>Code fix tests against the real CDK metadata.</summary>
    public static class CodeFixVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        /// <summary>A test preconfigured with the references.</summary>
        public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(string source, string fixedSource, params DiagnosticResult[] expected)
        {
            var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = TestReferences.NoPackages,
            };
            test.TestState.AdditionalReferences.AddRange(TestReferences.All);
            test.FixedState.AdditionalReferences.AddRange(TestReferences.All);
            test.ExpectedDiagnostics.AddRange(expected);
            test.SolutionTransforms.Add(WithMsBuildWarningDefaults);
            return test;
        }

        /// <summary>
        /// The compilation options MSBuild gives the user's project (<see cref="TestCompilation.Options"/>): CS1701/CS1702 (the
        /// CDK's netcoreapp3.1 System.Runtime 4.2.2.0 against .NET 8's) suppressed, so a test that checks compiler warnings
        /// (<c>CompilerDiagnostics.Warnings</c>) sees only the real ones.
        /// </summary>
        private static Solution WithMsBuildWarningDefaults(Solution solution, ProjectId projectId)
        {
            var options = solution.GetProject(projectId)?.CompilationOptions;
            return options is null
                ? solution
                : solution.WithProjectCompilationOptions(
                    projectId,
                    options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItems(TestCompilation.Options().SpecificDiagnosticOptions)));
        }

        /// <summary>Applies the fix (and Fix All) and compares with <paramref name="fixedSource"/>.</summary>
        public static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
            => Create(source, fixedSource, expected).RunAsync(CancellationToken.None);
    }

    /// <summary>Source generator tests against the real CDK metadata.</summary>
    public static class GeneratorVerifier<TGenerator>
        where TGenerator : new()
    {
        /// <summary>A test preconfigured with the references.</summary>
        public static CSharpSourceGeneratorTest<TGenerator, DefaultVerifier> Create(string source)
        {
            var test = new CSharpSourceGeneratorTest<TGenerator, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = TestReferences.NoPackages,
            };
            test.TestState.AdditionalReferences.AddRange(TestReferences.All);
            return test;
        }
    }
}
