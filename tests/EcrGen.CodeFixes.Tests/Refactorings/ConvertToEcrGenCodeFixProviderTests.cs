using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EcrGen.CodeFixes.Refactorings;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EcrGen.CodeFixes.Tests.Refactorings
{
    /// <summary>
    /// ECR0007's fix: the conversion with the class beside the stack, and its Fix All as <c>dotnet format</c> runs it (one
    /// solution-wide batch of the diagnostics it analysed, matched to documents by path), across files.
    /// </summary>
    public class ConvertToEcrGenCodeFixProviderTests
    {
        private const string Stack = """
            using Amazon.CDK;
            using Amazon.CDK.AWS.ECR;
            using Constructs;

            namespace Infra
            {
                public class NAMEStack : Stack
                {
                    public NAMEStack(Construct scope, string id) : base(scope, id)
                    {
                        var app = new Repository(this, "App", new RepositoryProps { RepositoryName = "team/NAME", ImageTagMutability = TagMutability.IMMUTABLE });
                        app.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1) });
                        new CfnOutput(this, "Uri", new CfnOutputProps { Value = app.RepositoryUri });
                    }
                }
            }
            """;

        [Fact]
        public async Task The_fix_puts_the_class_after_the_stack_in_the_same_file_and_adds_its_using()
        {
            var project = Project(("Api.cs", Stack.Replace("NAME", "api")));
            var document = project.Documents.Single();
            var diagnostic = Assert.Single(await DiagnosticsAsync(project));
            var actions = new List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
            await new ConvertToEcrGenCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
            var action = Assert.Single(actions);
            Assert.Equal("Convert to EcrGen class 'AppRepository' in this file", action.Title);
            Assert.Equal(EquivalenceKeys.ConvertToEcrGen, action.EquivalenceKey);

            var solution = await FixHarness.ApplyAsync(action, CancellationToken.None);
            var fixedProject = solution.GetProject(project.Id)!;
            Assert.Equal(project.DocumentIds, fixedProject.DocumentIds); // nothing added: dotnet format could not save it cleanly
            Assert.Equal("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Constructs;
                using EcrGen;

                namespace Infra
                {
                    public class apiStack : Stack
                    {
                        public apiStack(Construct scope, string id) : base(scope, id)
                        {
                            var app = new AppRepository(this, "App");
                            new CfnOutput(this, "Uri", new CfnOutputProps { Value = app.RepositoryUri });
                        }
                    }

                    [EcrRepository("team/api", ImageTagMutability = TagMutability.IMMUTABLE)]
                    [LifecycleRule(TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 1)]
                    public partial class AppRepository
                    {
                    }
                }
                """, await TextAsync(fixedProject, "Api.cs"));
            await AssertCompilesCleanAsync(fixedProject);
        }

        [Fact]
        public async Task Fix_all_as_dotnet_format_runs_it_converts_every_file_with_unique_class_names()
        {
            // Three files with a repository whose id is "App": the second takes its repository name (team/web), the third a
            // number; one file has a file-scoped namespace.
            var fileScoped = """
                using Amazon.CDK;
                using Constructs;

                namespace Infra;

                public class WorkerStack : Stack
                {
                    public WorkerStack(Construct scope, string id) : base(scope, id)
                    {
                        var worker = new Amazon.CDK.AWS.ECR.Repository(this, "App");
                        var second = new Amazon.CDK.AWS.ECR.Repository(this, "Jobs", new Amazon.CDK.AWS.ECR.RepositoryProps { EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY });
                    }
                }
                """;
            var project = Project(("Api.cs", Stack.Replace("NAME", "api")), ("Web.cs", Stack.Replace("NAME", "web")), ("Worker.cs", fileScoped));
            var diagnostics = await DiagnosticsAsync(project);
            Assert.Equal(4, diagnostics.Length);

            var provider = new ConvertToEcrGenCodeFixProvider();
            var first = project.Documents.First(d => d.Name == "Api.cs");
            var context = new FixAllContext(
                first, provider, FixAllScope.Solution, EquivalenceKeys.ConvertToEcrGen, new[] { "ECR0007" }, new FixHarness.FixedDiagnosticProvider(diagnostics), CancellationToken.None);
            var fixAll = await provider.GetFixAllProvider().GetFixAsync(context);
            var solution = await FixHarness.ApplyAsync(fixAll!, CancellationToken.None);
            var fixedProject = solution.GetProject(project.Id)!;

            Assert.Equal(project.DocumentIds, fixedProject.DocumentIds);
            var names = new List<string>();
            foreach (var document in fixedProject.Documents)
            {
                var root = (await document.GetSyntaxRootAsync())!;
                names.AddRange(root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
                    .Where(c => c.AttributeLists.Count > 0).Select(c => c.Identifier.ValueText));
            }

            Assert.Equal(new[] { "AppRepository", "AppRepository2", "JobsRepository", "WebRepository" }, names.OrderBy(n => n, System.StringComparer.Ordinal));
            var worker = await TextAsync(fixedProject, "Worker.cs");
            Assert.True(worker.Contains("var worker = new AppRepository2(this, \"App\");", System.StringComparison.Ordinal), worker);
            var expectedTail = """
                    }
                }

                [EcrRepository]
                public partial class AppRepository2
                {
                }

                [EcrRepository(EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY)]
                public partial class JobsRepository
                {
                }
                """;
            Assert.True(worker.TrimEnd().EndsWith(expectedTail, System.StringComparison.Ordinal), worker);
            Assert.Empty(await DiagnosticsAsync(fixedProject));
            await AssertCompilesCleanAsync(fixedProject);
        }

        [Fact]
        public async Task In_a_file_of_top_level_statements_the_class_goes_at_its_end()
        {
            // A repository kept in a local of top-level statements is not converted (its rules are statements of no block).
            var project = Project(("Program.cs", """
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;

                var app = new App();
                var stack = new Stack(app, "Images");
                new Repository(stack, "Images", new RepositoryProps { ImageScanOnPush = true });
                app.Synth();
                """), outputKind: OutputKind.ConsoleApplication);
            var diagnostic = Assert.Single(await DiagnosticsAsync(project));
            var actions = new List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
            await new ConvertToEcrGenCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(project.Documents.Single(), diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
            var solution = await FixHarness.ApplyAsync(Assert.Single(actions), CancellationToken.None);
            var fixedProject = solution.GetProject(project.Id)!;
            Assert.Equal("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using EcrGen;

                var app = new App();
                var stack = new Stack(app, "Images");
                new ImagesRepository(stack, "Images");
                app.Synth();

                [EcrRepository(ImageScanOnPush = true)]
                public partial class ImagesRepository
                {
                }

                """, await TextAsync(fixedProject, "Program.cs"));
            await AssertCompilesCleanAsync(fixedProject);
        }

        private static Project Project(params (string Name, string Source)[] files) => Project(files, OutputKind.DynamicallyLinkedLibrary);

        private static Project Project((string Name, string Source) file, OutputKind outputKind) => Project(new[] { file }, outputKind);

        private static Project Project((string Name, string Source)[] files, OutputKind outputKind)
        {
            var workspace = new AdhocWorkspace();
            var options = TestCompilation.Options().WithOutputKind(outputKind);
            options = options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("ECR0007", ReportDiagnostic.Info));
            var project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(), VersionStamp.Create(), "UserApp", "UserApp", LanguageNames.CSharp,
                compilationOptions: options, parseOptions: TestCompilation.ParseOptions, metadataReferences: TestReferences.All));
            var solution = workspace.CurrentSolution;
            foreach (var (name, source) in files)
            {
                solution = solution.AddDocument(DocumentInfo.Create(
                    DocumentId.CreateNewId(project.Id), name, loader: TextLoader.From(TextAndVersion.Create(SourceText.From(source), VersionStamp.Create())), filePath: "/app/" + name));
            }

            return solution.GetProject(project.Id)!;
        }

        private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
            => await FixHarness.AnalyzerDiagnosticsAsync(project, CancellationToken.None, ImmutableArray.Create<DiagnosticAnalyzer>(new ConvertibleRepositoryAnalyzer()));

        private static async Task<string> TextAsync(Project project, string name)
            => (await project.Documents.Single(d => d.Name == name).GetTextAsync()).ToString();

        private static async Task AssertCompilesCleanAsync(Project project)
        {
            var diagnostics = await ConversionHarness.ErrorsAndWarningsAsync(project);
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
        }
    }
}
