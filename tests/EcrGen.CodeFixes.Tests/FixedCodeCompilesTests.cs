using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
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
            var document = FixHarness.CreateDocument(Programs[program].Replace("HEX", Hex));
            Assert.Empty(await FixHarness.ErrorsAsync(document.Project, cancellationToken));

            var diagnostics = await FixHarness.AnalyzerDiagnosticsAsync(document.Project, cancellationToken);
            var applied = 0;
            foreach (var diagnostic in diagnostics)
            {
                foreach (var provider in FixHarness.Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    foreach (var action in await FixHarness.ActionsAsync(provider, document, diagnostic, cancellationToken))
                    {
                        var changed = await FixHarness.ApplyAsync(action, cancellationToken);
                        var project = changed.GetProject(document.Project.Id)!;
                        var text = (await project.GetDocument(document.Id)!.GetTextAsync(cancellationToken)).ToString();
                        var errors = await FixHarness.ErrorsAsync(project, cancellationToken);
                        Assert.True(errors.IsEmpty, $"'{action.Title}' for {diagnostic} left errors:\n{string.Join("\n", errors)}\n\n{text}");

                        var after = await FixHarness.AnalyzerDiagnosticsAsync(project, cancellationToken);
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
            var document = FixHarness.CreateDocument(Programs[program].Replace("HEX", Hex));
            var diagnostics = await FixHarness.AnalyzerDiagnosticsAsync(document.Project, cancellationToken);
            var applied = 0;
            foreach (var provider in FixHarness.Providers)
            {
                var fixable = diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
                var keys = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var diagnostic in fixable)
                {
                    foreach (var action in await FixHarness.ActionsAsync(provider, document, diagnostic, cancellationToken))
                    {
                        keys.Add(action.EquivalenceKey!);
                    }
                }

                foreach (var key in keys)
                {
                    var context = new FixAllContext(
                        document, provider, FixAllScope.Solution, key, provider.FixableDiagnosticIds, new FixHarness.AnalyzerDiagnosticProvider(), cancellationToken);
                    var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
                    Assert.NotNull(action);
                    var changed = await FixHarness.ApplyAsync(action!, cancellationToken);
                    var project = changed.GetProject(document.Project.Id)!;
                    var text = (await project.GetDocument(document.Id)!.GetTextAsync(cancellationToken)).ToString();
                    var errors = await FixHarness.ErrorsAsync(project, cancellationToken);
                    Assert.True(errors.IsEmpty, $"Fix All '{key}' left errors:\n{string.Join("\n", errors)}\n\n{text}");
                    _output.WriteLine($"Fix All {key}:\n{text}\n");
                    applied++;
                }
            }

            Assert.True(applied > 0, "no Fix All was offered");
        }
    }
}
