using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace EcrGen.CodeFixes.Tests
{
    /// <summary>
    /// A fix must never produce code that does not compile. For diagnostic-laden programs (EcrGen attributes and hand-written
    /// CDK code, with and without the CDK usings, top-level statements), every action every EcrGen fix offers for every
    /// diagnostic, and every Fix All (solution scope, each equivalence key), is applied; the result is compiled with the EcrGen
    /// generator, as the user's build does, and must have no compiler error; the diagnostic fixed must be gone.
    /// </summary>
    public class FixedCodeCompilesTests
    {
        private readonly ITestOutputHelper _output;

        public FixedCodeCompilesTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private const string Hex = EcrGen.Testing.TestData.Hex;

        private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = Testing.EcrGenComponents.Analyzers;

        /// <summary>Every code fix provider the assembly exports.</summary>
        private static readonly ImmutableArray<CodeFixProvider> Providers = typeof(EcrGenCodeFixProvider).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type)
                && type.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Length > 0)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .ToImmutableArray();

        private static readonly Dictionary<string, string> Programs = new()
        {
            ["Attributes"] = """
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using EcrGen;

                namespace Infra
                {
                    public class Repositories
                    {
                        [EcrRepository("MyTeam/App", EmptyOnDelete = true, ImageScanOnPush = true)]
                        [LifecycleRule(RulePriority = 1, TagStatus = TagStatus.UNTAGGED, TagPrefixList = new[] { "v" }, MaxImageCount = 5)]
                        [LifecycleRule(RulePriority = 2, TagPrefixList = new[] { "dev" }, TagPatternList = new[] { "dev*" }, MaxImageCount = 3, MaxImageAgeDays = 7)]
                        [EcrImageCode("Api", Tag = "v1")]
                        [EcrImageCode("Worker", TagOrDigest = "HEX", Tag = "v2")]
                        [ContainerImage("Web", TagOrDigest = "SHA256:HEX")]
                        public sealed class AppRepository
                        {
                        }
                    }

                    [EcrRepository(RepositoryName = "Web__Site", RemovalPolicy = RemovalPolicy.RETAIN, EmptyOnDelete = true)]
                    [LifecycleRule(MaxImageCount = 10, MaxImageAgeDays = 30, Description = "both")]
                    [ContainerImage("Site", TagOrDigest = "@sha256:HEX")]
                    internal partial class WebRepository : Repository
                    {
                    }
                }
                """,
            ["AttributesWithoutCdkUsing"] = """
                using EcrGen;

                [EcrRepository("Team/Jobs", EmptyOnDelete = true)]
                class JobsRepository
                {
                }

                public static class Settings
                {
                    public static string? Region => System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION");
                }
                """,
            ["Stack"] = """
                using System.Collections.Generic;
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Amazon.CDK.AWS.ECS;
                using Amazon.CDK.AWS.Lambda;
                using Constructs;
                using Repository = Amazon.CDK.AWS.ECR.Repository;

                public class AppStack : Stack
                {
                    private const string Release = "release-7";

                    public AppStack(Construct scope, string id) : base(scope, id)
                    {
                        var repo = new Repository(this, "Repo", new RepositoryProps
                        {
                            RepositoryName = "Team/App",
                            EmptyOnDelete = true,
                            AutoDeleteImages = true, // deprecated
                        });

                        var props = new RepositoryProps { RemovalPolicy = RemovalPolicy.SNAPSHOT };
                        props.AutoDeleteImages = true;
                        props.RepositoryName = "Other Repo";
                        var other = new Repository(this, "Other", props);

                        var rule = new LifecycleRule { TagPrefixList = new[] { "v" }, TagPatternList = new[] { "v*" }, MaxImageCount = 5, RulePriority = 1 };
                        rule.MaxImageAge = Duration.Days(30);
                        repo.AddLifecycleRule(rule);
                        repo.AddLifecycleRule(new LifecycleRule
                        {
                            RulePriority = 2,
                            TagStatus = TagStatus.UNTAGGED,
                            TagPatternList = new[] { "rc-*" },
                            MaxImageCount = 3,
                        });

                        var code = DockerImageCode.FromEcr(repo, new EcrImageCodeProps { Tag = Release, Cmd = new[] { "app.handler" } });
                        var both = new EcrImageCodeProps { TagOrDigest = "HEX" };
                        both.Tag = "v1";
                        Code.FromEcrImage(other, both);
                        var image = ContainerImage.FromEcrRepository(repo, "SHA256:HEX");
                        var uri = repo.RepositoryUriForDigest("HEX");
                        var uri2 = other.RepositoryUriForTagOrDigest(tagOrDigest: "@sha256:HEX");
                    }
                }
                """,
            ["StackWithoutCdkUsing"] = """
                using System;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                public class JobsStack : Amazon.CDK.Stack
                {
                    public JobsStack(Construct scope, string id) : base(scope, id)
                    {
                        var account = Settings.Account;
                        new Repository(this, "Jobs", new RepositoryProps { RepositoryName = "jobs", EmptyOnDelete = true });
                        var rule = new LifecycleRule { TagStatus = TagStatus.ANY, TagPrefixList = new[] { "v" }, MaxImageCount = 3 };
                        new Repository(this, "Queue", new RepositoryProps { LifecycleRules = new[] { rule } });
                    }
                }

                public static class Settings
                {
                    public static string? Account => Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT");
                }
                """,
            ["TopLevelProgram"] = """
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;

                var app = new App();
                var stack = new Stack(app, "Images");
                var props = new RepositoryProps();
                props.EmptyOnDelete = true;
                props.RepositoryName = "Images/Main";
                new Repository(stack, "Main", props);
                var rule = new LifecycleRule { TagPrefixList = new[] { "v" }, MaxImageCount = 5 };
                rule.MaxImageAge = Duration.Days(10);
                new Repository(stack, "Second", new RepositoryProps { LifecycleRules = new[] { rule } });
                app.Synth();
                """,
        };

        public static TheoryData<string> ProgramNames()
        {
            var data = new TheoryData<string>();
            foreach (var name in Programs.Keys)
            {
                data.Add(name);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(ProgramNames))]
        public async Task EveryOfferedFix_Compiles_AndRemovesItsDiagnostic(string program)
        {
            var cancellationToken = CancellationToken.None;
            var document = CreateDocument(Programs[program].Replace("HEX", Hex));
            Assert.Empty(await ErrorsAsync(document.Project, cancellationToken));

            var diagnostics = await AnalyzerDiagnosticsAsync(document.Project, cancellationToken);
            var applied = 0;
            foreach (var diagnostic in diagnostics)
            {
                foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    foreach (var action in await ActionsAsync(provider, document, diagnostic, cancellationToken))
                    {
                        var changed = await ApplyAsync(action, cancellationToken);
                        var project = changed.GetProject(document.Project.Id)!;
                        var text = (await project.GetDocument(document.Id)!.GetTextAsync(cancellationToken)).ToString();
                        var errors = await ErrorsAsync(project, cancellationToken);
                        Assert.True(errors.IsEmpty, $"'{action.Title}' for {diagnostic} left errors:\n{string.Join("\n", errors)}\n\n{text}");

                        var after = await AnalyzerDiagnosticsAsync(project, cancellationToken);
                        Assert.True(
                            after.Count(d => d.Id == diagnostic.Id) < diagnostics.Count(d => d.Id == diagnostic.Id),
                            $"'{action.Title}' did not remove {diagnostic}:\n{text}");
                        _output.WriteLine($"{diagnostic.Id} {diagnostic.Location.GetLineSpan().StartLinePosition}: {action.Title}");
                        applied++;
                    }
                }
            }

            Assert.True(applied > 0, "no fix was offered");
        }

        [Theory]
        [MemberData(nameof(ProgramNames))]
        public async Task EveryFixAll_Compiles(string program)
        {
            var cancellationToken = CancellationToken.None;
            var document = CreateDocument(Programs[program].Replace("HEX", Hex));
            var diagnostics = await AnalyzerDiagnosticsAsync(document.Project, cancellationToken);
            var applied = 0;
            foreach (var provider in Providers)
            {
                var fixable = diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
                var keys = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var diagnostic in fixable)
                {
                    foreach (var action in await ActionsAsync(provider, document, diagnostic, cancellationToken))
                    {
                        keys.Add(action.EquivalenceKey!);
                    }
                }

                foreach (var key in keys)
                {
                    var context = new FixAllContext(
                        document, provider, FixAllScope.Solution, key, provider.FixableDiagnosticIds, new AnalyzerDiagnosticProvider(), cancellationToken);
                    var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
                    Assert.NotNull(action);
                    var changed = await ApplyAsync(action!, cancellationToken);
                    var project = changed.GetProject(document.Project.Id)!;
                    var text = (await project.GetDocument(document.Id)!.GetTextAsync(cancellationToken)).ToString();
                    var errors = await ErrorsAsync(project, cancellationToken);
                    Assert.True(errors.IsEmpty, $"Fix All '{key}' left errors:\n{string.Join("\n", errors)}\n\n{text}");
                    _output.WriteLine($"Fix All {key}:\n{text}\n");
                    applied++;
                }
            }

            Assert.True(applied > 0, "no Fix All was offered");
        }

        private static Document CreateDocument(string source)
        {
            var workspace = new AdhocWorkspace();
            var topLevel = CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions).GetCompilationUnitRoot().Members.Any(m => m is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax);
            var options = TestCompilation.Options().WithOutputKind(topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);
            var project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Create(),
                "UserApp",
                "UserApp",
                LanguageNames.CSharp,
                compilationOptions: options,
                parseOptions: TestCompilation.ParseOptions,
                metadataReferences: TestReferences.All));
            return workspace.AddDocument(project.Id, "Program.cs", SourceText.From(source));
        }

        // Compiler errors of the project once the EcrGen generator has run, as in the user's build.
        private static async Task<ImmutableArray<Diagnostic>> ErrorsAsync(Project project, CancellationToken cancellationToken)
        {
            var compilation = (CSharpCompilation)(await project.GetCompilationAsync(cancellationToken))!;
            var run = GeneratorRunner.Run(compilation, TestCompilation.ParseOptions);
            return run.OutputCompilation.GetDiagnostics(cancellationToken)
                .Concat(run.GeneratorDiagnostics)
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .ToImmutableArray();
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyzerDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            var compilation = (await project.GetCompilationAsync(cancellationToken))!;
            var diagnostics = await compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync(cancellationToken);
            return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        }

        private static async Task<ImmutableArray<CodeAction>> ActionsAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var actions = ImmutableArray.CreateBuilder<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
            await provider.RegisterCodeFixesAsync(context);
            foreach (var action in actions)
            {
                Assert.False(string.IsNullOrEmpty(action.EquivalenceKey), $"'{action.Title}' has no equivalence key");
                Assert.True(action.NestedActions.IsEmpty);
            }

            return actions.ToImmutable();
        }

        private static async Task<Solution> ApplyAsync(CodeAction action, CancellationToken cancellationToken)
        {
            var operations = await action.GetOperationsAsync(cancellationToken);
            return Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        }

        private sealed class AnalyzerDiagnosticProvider : FixAllContext.DiagnosticProvider
        {
            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                var tree = await document.GetSyntaxTreeAsync(cancellationToken);
                return (await AnalyzerDiagnosticsAsync(document.Project, cancellationToken)).Where(d => d.Location.SourceTree == tree);
            }

            public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => (await AnalyzerDiagnosticsAsync(project, cancellationToken)).Where(d => !d.Location.IsInSource);

            public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => await AnalyzerDiagnosticsAsync(project, cancellationToken);
        }
    }
}
