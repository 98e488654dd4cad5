using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EcrGen.Reliability.Tests.Fuzzing
{
    /// <summary>
    /// Valid programs to mutate: realistic CDK apps written here, plus every test input of the other test projects and every
    /// sample source, harvested from the repository at run time (string literals that mention EcrGen or the CDK, with the
    /// Microsoft.CodeAnalysis.Testing markup removed), so new generator, analyzer and code fix tests feed the fuzzer too.
    /// </summary>
    public static class Corpus
    {
        /// <summary>A CDK app using every attribute and every generated member.</summary>
        public const string EveryOptionApp = """
            using Amazon.CDK;
            using Amazon.CDK.AWS.ECR;
            using Amazon.CDK.AWS.ECS;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;
            using EcrGen;

            namespace Demo.Infrastructure
            {
                [EcrRepository("team/every-option",
                    ImageScanOnPush = true,
                    ImageTagMutability = TagMutability.IMMUTABLE,
                    RemovalPolicy = RemovalPolicy.DESTROY,
                    EmptyOnDelete = true,
                    LifecycleRegistryId = "123456789012",
                    Encryption = EcrEncryption.Kms,
                    EncryptionKeyArn = "arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555")]
                [LifecycleRule(Description = "Keep prod images", RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "prod", "release" }, MaxImageCount = 9999)]
                [LifecycleRule(Description = "Nightlies", RulePriority = 2, TagStatus = TagStatus.TAGGED, TagPatternList = new[] { "nightly-*-amd64" }, MaxImageAgeDays = 7)]
                [LifecycleRule(Description = "Untagged", RulePriority = 3, TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 1)]
                [LifecycleRule(Description = "Everything else", MaxImageAgeDays = 30)]
                [TagParameterImage]
                [EcrImageCode("Api", TagOrDigest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", Cmd = new[] { "app.handler" }, Entrypoint = new[] { "/lambda-entrypoint.sh" }, WorkingDirectory = "/var/task")]
            #pragma warning disable CS0618 // Tag is deprecated, as in the CDK; still an option users may write.
                [EcrImageCode("Legacy", Tag = "v1")]
            #pragma warning restore CS0618
                [ContainerImage("Web", TagOrDigest = "v2")]
                [ContainerImage("Latest")]
                public partial class EveryOptionRepository
                {
                    static partial void OnConfiguringProps(Construct scope, string id, RepositoryProps props)
                        => props.ImageScanOnPush = true;
                }

                public sealed class AppStack : Stack
                {
                    public AppStack(Construct scope, string id, IStackProps? props = null)
                        : base(scope, id, props)
                    {
                        var repository = new EveryOptionRepository(this, "Images");
                        _ = new DockerImageFunction(this, "Api", new DockerImageFunctionProps { Code = repository.ApiCode(), MemorySize = 512 });
                        var task = new FargateTaskDefinition(this, "Task");
                        task.AddContainer("web", new ContainerDefinitionOptions { Image = repository.WebImage(), MemoryLimitMiB = 512 });
                        task.AddContainer("sidecar", new ContainerDefinitionOptions { Image = repository.TagParameterImage, MemoryLimitMiB = 128 });
                        var overrides = repository.TagParameterOverrides("v3");
                        _ = overrides.Count;
                    }
                }
            }
            """;

        /// <summary>Hand-written CDK code the analyzers check: repositories, rules and images without EcrGen attributes.</summary>
        public const string HandWrittenApp = """
            using System.Collections.Generic;
            using Amazon.CDK;
            using Amazon.CDK.AWS.ECR;
            using Amazon.CDK.AWS.ECS;
            using Amazon.CDK.AWS.KMS;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            namespace Demo.HandWritten
            {
                public sealed class HandWrittenStack : Stack
                {
                    public HandWrittenStack(Construct scope, string id)
                        : base(scope, id)
                    {
                        var key = Key.FromKeyArn(this, "Key", "arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555");
                        var repository = new Repository(this, "Repo", new RepositoryProps
                        {
                            RepositoryName = "team/hand-written",
                            ImageScanOnPush = true,
                            ImageTagMutability = TagMutability.IMMUTABLE,
                            RemovalPolicy = RemovalPolicy.DESTROY,
                            EmptyOnDelete = true,
                            Encryption = RepositoryEncryption.KMS,
                            EncryptionKey = key,
                            LifecycleRules = new ILifecycleRule[]
                            {
                                new LifecycleRule { RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "prod" }, MaxImageCount = 10 },
                            },
                        });
                        repository.AddLifecycleRule(new LifecycleRule { RulePriority = 2, TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1) });
                        repository.AddLifecycleRule(new LifecycleRule { Description = "rest", MaxImageAge = Duration.Days(30) });

                        var code = DockerImageCode.FromEcr(repository, new EcrImageCodeProps { TagOrDigest = "v1", Cmd = new[] { "app.handler" }, WorkingDirectory = "/var/task" });
                        _ = new DockerImageFunction(this, "Fn", new DockerImageFunctionProps { Code = code });
                        var image = ContainerImage.FromEcrRepository(repository, "v1");
                        var task = new FargateTaskDefinition(this, "Task");
                        task.AddContainer("app", new ContainerDefinitionOptions { Image = image, MemoryLimitMiB = 256 });

                        var imported = Repository.FromRepositoryName(this, "Imported", "team/imported");
                        _ = imported.RepositoryUriForTag("latest");
                        var digest = new CfnParameter(this, "ImageDigest", new CfnParameterProps { Type = "String", AllowedPattern = "^sha256:[a-f0-9]{64}$" });
                        _ = imported.RepositoryUriForDigest(digest.ValueAsString);
                        _ = imported.RepositoryUriForTagOrDigest("sha256:" + Fn.Select(1, Fn.Split(":", digest.ValueAsString)));
                        var parameter = new TagParameterContainerImage(repository);
                        var overrides = new Dictionary<string, object> { [parameter.TagParameterName] = "v2" };
                        _ = overrides;
                    }
                }
            }
            """;

        /// <summary>Hand-written CDK code with the mistakes the analyzers are for.</summary>
        public const string HandWrittenMistakes = """
            using Amazon.CDK;
            using Amazon.CDK.AWS.ECR;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            namespace Demo.Mistakes
            {
                public sealed class MistakesStack : Stack
                {
                    public MistakesStack(Construct scope, string id, int count)
                        : base(scope, id)
                    {
                        var repository = new Repository(this, "Repo", new RepositoryProps
                        {
                            RepositoryName = "Team/Bad Name",
                            EmptyOnDelete = true,
                            LifecycleRegistryId = "12345",
                        });
                        repository.AddLifecycleRule(new LifecycleRule { RulePriority = 1, TagStatus = TagStatus.ANY, MaxImageCount = 3 });
                        repository.AddLifecycleRule(new LifecycleRule { RulePriority = 1, TagStatus = TagStatus.TAGGED, MaxImageCount = count });
                        repository.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "a" }, TagPatternList = new[] { "a*b*c*d*e*f" }, MaxImageAge = Duration.Hours(5) });
                        repository.AddLifecycleRule(new LifecycleRule { MaxImageCount = 0, MaxImageAge = Duration.Days(0) });
                        _ = DockerImageCode.FromEcr(repository, new EcrImageCodeProps { TagOrDigest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", Cmd = new[] { "python app.py" } });
            #pragma warning disable CS0618
                        new CfnPullThroughCacheRule(this, "Hub", new CfnPullThroughCacheRuleProps { EcrRepositoryPrefix = "Hub", UpstreamRegistryUrl = "registry-1.docker.io" });
                        new CfnRepositoryCreationTemplate(this, "Template", new CfnRepositoryCreationTemplateProps { Prefix = "team", AppliedFor = new[] { "PULL" } });
                        new CfnRepositoryCreationTemplate(this, "Texts", new CfnRepositoryCreationTemplateProps
                        {
                            Prefix = "texts",
                            AppliedFor = new[] { "REPLICATION" },
                            LifecyclePolicy = "{\"rules\":[{\"rulePriority\":0,\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":5},\"action\":{\"type\":\"expire\"}}]}",
                            RepositoryPolicy = "{\"Statement\":[{\"Principal\":\"*\",\"Action\":\"ecr:DescribeImages\",\"Resource\":\"*\"}]}",
                        });
                        new CfnReplicationConfiguration(this, "Replication", new CfnReplicationConfigurationProps
                        {
                            ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty
                            {
                                Rules = new[] { new CfnReplicationConfiguration.ReplicationRuleProperty { RepositoryFilters = new[] { new CfnReplicationConfiguration.RepositoryFilterProperty { Filter = "prod*", FilterType = "PREFIX_MATCH" } } } },
                            },
                        });
                        _ = DockerImageCode.FromEcr(repository, new EcrImageCodeProps { Tag = "v1", TagOrDigest = "v2" });
            #pragma warning restore CS0618
                        _ = repository.RepositoryUriForDigest("v1");
                        var digest = new CfnParameter(this, "ImageDigest", new CfnParameterProps { AllowedPattern = "^sha256:[a-f0-9]{64}$" });
                        _ = repository.RepositoryUriForTagOrDigest(digest.ValueAsString);
                        new CfnRepository(this, "L1", new CfnRepositoryProps
                        {
                            LifecyclePolicy = new CfnRepository.LifecyclePolicyProperty { LifecyclePolicyText = "{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"any\",\"countType\":\"sinceImagePulled\",\"countNumber\":5},\"action\":{\"type\":\"expire\"}}]}" },
                            RepositoryPolicyText = "{\"Statement\":[{\"Principal\":\"*\",\"Action\":\"ecr:DescribeImages\",\"Resource\":\"*\"}]",
                        });
                        _ = Amazon.CDK.AWS.ECS.ContainerImage.FromRegistry(repository.RepositoryUri + ":v 1");
                    }
                }
            }
            """;

        /// <summary>Attribute usages with mistakes, nested and global classes.</summary>
        public const string AttributeMistakes = """
            #pragma warning disable CS0618 // Tag is deprecated, as in the CDK.
            using Amazon.CDK;
            using Amazon.CDK.AWS.ECR;
            using EcrGen;

            [EcrRepository("Bad Name!", EmptyOnDelete = true, EncryptionKeyArn = "arn:aws:kms:us-east-1:123456789012:key/x")]
            [LifecycleRule(RulePriority = 1, TagStatus = TagStatus.ANY, MaxImageCount = 1)]
            [LifecycleRule(RulePriority = 1, TagPrefixList = new[] { "a" }, TagPatternList = new[] { "*a*b*c*d*" })]
            [LifecycleRule(MaxImageCount = 0, MaxImageAgeDays = -1, TagStatus = (TagStatus)7)]
            [EcrImageCode("1st", Tag = "v1", TagOrDigest = "sha256:abc", Cmd = new[] { "python app.py" })]
            [ContainerImage("Web")]
            [ContainerImage("Web", TagOrDigest = "bad tag!")]
            public partial class GlobalRepository
            {
            }

            namespace Demo.Nested
            {
                public static partial class Registry
                {
                    [EcrRepository(ImageTagMutability = (TagMutability)5, RemovalPolicy = RemovalPolicy.RETAIN, Encryption = (EcrEncryption)0)]
                    [TagParameterImage]
                    internal sealed partial class NestedRepository
                    {
                    }

                    [LifecycleRule(MaxImageCount = 1)]
                    internal partial class MissingAnchor
                    {
                    }

                    [EcrRepository]
                    internal class NotPartial
                    {
                    }

                    [EcrRepository]
                    internal partial class WrongBase : Stack
                    {
                    }
                }
            }
            """;

        /// <summary>The repository this test assembly was built from, when it is still there.</summary>
        public static string? RepositoryRoot { get; } = typeof(Corpus).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value is { } root && Directory.Exists(root) ? root : null;

        /// <summary>The programs written here.</summary>
        public static ImmutableArray<string> Handwritten { get; } = ImmutableArray.Create(EveryOptionApp, HandWrittenApp, HandWrittenMistakes, AttributeMistakes);

        /// <summary>The handwritten programs plus everything harvested from the repository, in a stable order.</summary>
        public static ImmutableArray<string> All { get; } = Handwritten.AddRange(Harvest());

        private static IEnumerable<string> Harvest()
        {
            if (RepositoryRoot is null)
            {
                return Array.Empty<string>();
            }

            var files = new[] { "tests", "samples" }
                .Select(folder => Path.Combine(RepositoryRoot, folder))
                .Where(Directory.Exists)
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
                .Where(path => !IsExcluded(path))
                .OrderBy(path => path, StringComparer.Ordinal);

            var programs = new List<string>();
            foreach (var path in files)
            {
                var text = File.ReadAllText(path);
                if (path.Contains(Path.DirectorySeparatorChar + "samples" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    programs.Add(text);
                    continue;
                }

                foreach (var token in CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens())
                {
                    if (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                    {
                        var value = token.ValueText;
                        if (value.Length >= 30 && (value.Contains("EcrRepository", StringComparison.Ordinal) || value.Contains("Amazon.CDK", StringComparison.Ordinal) || value.Contains("LifecycleRule", StringComparison.Ordinal)))
                        {
                            programs.Add(WithUsings(StripMarkup(value)));
                        }
                    }
                }
            }

            return programs.Distinct(StringComparer.Ordinal);
        }

        private static bool IsExcluded(string path)
        {
            var separator = Path.DirectorySeparatorChar;
            return path.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
                || path.Contains($"{separator}bin{separator}", StringComparison.Ordinal)
                || path.Contains($"{separator}EcrGen.Reliability.Tests{separator}", StringComparison.Ordinal);
        }

        /// <summary>Removes Microsoft.CodeAnalysis.Testing markup: <c>[|x|]</c>, <c>{|ID:x|}</c>, <c>{|#0:x|}</c>, <c>$$</c>.</summary>
        public static string StripMarkup(string text)
        {
            text = Regex.Replace(text, @"\{\|[^:|{}\s]*:", string.Empty);
            return text.Replace("|}", string.Empty, StringComparison.Ordinal)
                .Replace("[|", string.Empty, StringComparison.Ordinal)
                .Replace("|]", string.Empty, StringComparison.Ordinal);
        }

        private static string WithUsings(string program)
            => program.Contains("using EcrGen", StringComparison.Ordinal) || !program.Contains("EcrRepository", StringComparison.Ordinal)
                ? program
                : "using Amazon.CDK;\nusing Amazon.CDK.AWS.ECR;\nusing EcrGen;\n" + program;
    }
}
