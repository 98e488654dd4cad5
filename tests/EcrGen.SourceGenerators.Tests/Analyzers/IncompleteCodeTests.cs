using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>
    /// Code as it looks while being typed: the analyzers never throw (an AD0001 warning would fail builds that treat warnings
    /// as errors) and say nothing about values the compiler could not bind.
    /// </summary>
    public class IncompleteCodeTests
    {
        public static TheoryData<string> Snippets => new()
        {
            "new Repository(this, \"Repo\", new RepositoryProps { RepositoryName = });",
            "new Repository(this, \"Repo\", new RepositoryProps { RepositoryName = \"a\"",
            "var repo = new Repository(this, ); repo.AddLifecycleRule();",
            "var repo = new Repository(this, \"R\"); repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus., MaxImageCount = 1 });",
            "var repo = new Repository(this, \"R\"); repo.AddLifecycleRule(new LifecycleRule { MaxImageAge = Duration.Days(), TagPatternList = new[] { \"a\", } });",
            "var repo = new Repository(this, \"R\"); repo.AddLifecycleRule(new LifecycleRule { Unknown = 3, TagPrefixList = [\"a\", ..Other] });",
            "DockerImageCode.FromEcr(, new EcrImageCodeProps { TagOrDigest = 1 });",
            "var repo = new Repository(this, \"R\"); repo.RepositoryUriForDigest(digest: );",
            "ContainerImage.FromEcrRepository(Repository.FromRepositoryName(this, \"x\"), \"v1\" + );",
            "new Function(this, \"F\", new FunctionProps { Code = Code.FromEcrImage(), Handler = , Runtime = Runtime. });",
            "var image = new TagParameterContainerImage(); var x = image.TagParameterName.;",
            "new Repository(this, \"R\").GrantPull(new AnyPrincipal(1));",
            "var (a, b) = (new LifecycleRule { MaxImageCount = 0 }, 2); new Repository(this, \"R\").AddLifecycleRule(a);",
            "new CfnReplicationConfiguration(this, \"R\", new CfnReplicationConfigurationProps { ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty { Rules = new[] { new CfnReplicationConfiguration.ReplicationRuleProperty { Destinations = new[] { new CfnReplicationConfiguration.ReplicationDestinationProperty { Region = , RegistryId = 12 } } }, } } }); new CfnReplicationConfiguration(this, );",
            "new CfnReplicationConfiguration(); new CfnReplicationConfiguration(this, \"R\", new CfnReplicationConfigurationProps { ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty { Rules = new object[] { null, 3, new CfnReplicationConfiguration.ReplicationRuleProperty { RepositoryFilters = } } } });",
            "new CfnPullThroughCacheRule(this, \"P\", new CfnPullThroughCacheRuleProps { UpstreamRegistryUrl = \"ghcr.io\" + , CredentialArn = });",
            "new CfnRepositoryCreationTemplate(this, \"T\", new CfnRepositoryCreationTemplateProps { AppliedFor = new[] { \"REPLICATION\", }, ResourceTags = new[] { new CfnTag { Key = } }, EncryptionConfiguration = new { EncryptionType = \"KMS\" } });",
        };

        [Theory]
        [MemberData(nameof(Snippets))]
        public async Task TypingInProgress_NeverThrows(string body)
        {
            var source = CdkSource.InStack(body, members: """
                [EcrRepository(RepositoryName = , ImageTagMutability = TagMutability.)]
                [LifecycleRule(TagPatternList = new[] { "a", 3 }, MaxImageCount = "x")]
                [EcrImageCode(TagOrDigest = 5)]
                [ContainerImage()]
                public partial class Broken<T> : Missing { }
            """);
            var compilation = TestCompilation.Create(new[] { source });
            var exceptions = new ConcurrentQueue<Exception>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var analyzers = Testing.EcrGenComponents.Analyzers;
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

            Assert.True(exceptions.IsEmpty, string.Join("\n", exceptions));
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
    }
}
