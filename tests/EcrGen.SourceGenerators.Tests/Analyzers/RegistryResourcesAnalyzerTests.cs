using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers.Cfn;
using EcrGen.Testing;
using Xunit;
using static EcrGen.SourceGenerators.Tests.Analyzers.CdkSource;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>
    /// T13–T16 (ECR1018–ECR1021): the registry-level L1 resources, in code, against Amazon.CDK.Lib 2.160.0 and 2.277.0
    /// (registry scanning, absent in 2.160.0, against 2.277.0 only).
    /// </summary>
    public class RegistryResourcesAnalyzerTests
    {
        private static Task Verify(string body, string members = "")
            => VerifyAsync<RegistryResourcesAnalyzer>(InStack(body, members));

        private static Task VerifyTopLevel(string declarations)
            => VerifyAsync<RegistryResourcesAnalyzer>(TopLevel(declarations));

        private static Task VerifyNewest(string body)
            => VerifyAsync<RegistryResourcesAnalyzer>(new[] { CdkRelease.V2_277 }, InStack(body));

        // ---------------- T13: replication ----------------

        [Fact]
        public Task ECR1018_DestinationAndFilterValues() => Verify("""
                    new CfnReplicationConfiguration(this, "Replication", new CfnReplicationConfigurationProps
                    {
                        ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty
                        {
                            Rules = new[]
                            {
                                new CfnReplicationConfiguration.ReplicationRuleProperty
                                {
                                    Destinations = new[]
                                    {
                                        new CfnReplicationConfiguration.ReplicationDestinationProperty { {|ECR1018:Region = "US-WEST-2"|}, {|ECR1018:RegistryId = "1111-2222-3333"|} },
                                        new CfnReplicationConfiguration.ReplicationDestinationProperty { Region = "eu-west-1", RegistryId = "444455556666" },
                                    },
                                    RepositoryFilters = new[]
                                    {
                                        new CfnReplicationConfiguration.RepositoryFilterProperty { {|ECR1018:Filter = "prod*"|}, FilterType = "PREFIX_MATCH" },
                                        new CfnReplicationConfiguration.RepositoryFilterProperty { Filter = "team/app", {|ECR1018:FilterType = "WILDCARD"|} },
                                    },
                                },
                            },
                        },
                    });
            """);

        [Fact]
        public Task ECR1018_TooManyRules_OnTheRulesOption() => Verify($$"""
                    new CfnReplicationConfiguration(this, "Replication", new CfnReplicationConfigurationProps
                    {
                        ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty
                        {
                            {|ECR1018:Rules = new[]
                            {
                                {{string.Join(",\n", System.Linq.Enumerable.Repeat("new CfnReplicationConfiguration.ReplicationRuleProperty { Destinations = new[] { new CfnReplicationConfiguration.ReplicationDestinationProperty { Region = \"us-west-2\", RegistryId = \"111122223333\" } } }", 26))}}
                            }|},
                        },
                    });
            """);

        [Fact]
        public Task ECR1018_DestinationIsTheStacksOwnRegistry() => VerifyTopLevel("""
            public class RegistryStack : Stack
            {
                public RegistryStack(Construct scope, string id)
                    : base(scope, id, new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "us-east-1" } })
                {
                    new CfnReplicationConfiguration(this, "Replication", new CfnReplicationConfigurationProps
                    {
                        ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty
                        {
                            Rules = new[]
                            {
                                new CfnReplicationConfiguration.ReplicationRuleProperty
                                {
                                    Destinations = new[]
                                    {
                                        new CfnReplicationConfiguration.ReplicationDestinationProperty { {|ECR1018:Region = "us-east-1"|}, RegistryId = "111122223333" },
                                        new CfnReplicationConfiguration.ReplicationDestinationProperty { Region = "us-west-2", RegistryId = "111122223333" },
                                        new CfnReplicationConfiguration.ReplicationDestinationProperty { Region = "us-east-1", RegistryId = "444455556666" },
                                    },
                                },
                            },
                        },
                    });
                }
            }

            public static class Program
            {
                public static void Main()
                {
                    var app = new App();
                    var stack = new Stack(app, "Registry", new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-west-1" } });
                    new CfnReplicationConfiguration(stack, "Replication", new CfnReplicationConfigurationProps
                    {
                        ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty
                        {
                            Rules = new[]
                            {
                                new CfnReplicationConfiguration.ReplicationRuleProperty
                                {
                                    Destinations = new[] { new CfnReplicationConfiguration.ReplicationDestinationProperty { {|ECR1018:Region = "eu-west-1"|}, RegistryId = "111122223333" } },
                                },
                            },
                        },
                    });
                    app.Synth();
                }
            }
            """);

        [Fact]
        public Task ECR1018_SourceRegistryUnknown_IsNotJudged() => VerifyTopLevel("""
            public class AgnosticStack : Stack
            {
                public AgnosticStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
                {
                    new CfnReplicationConfiguration(this, "Replication", new CfnReplicationConfigurationProps
                    {
                        ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty
                        {
                            Rules = new[] { new CfnReplicationConfiguration.ReplicationRuleProperty { Destinations = new[] { new CfnReplicationConfiguration.ReplicationDestinationProperty { Region = "us-east-1", RegistryId = "111122223333" } } } },
                        },
                    });
                }
            }

            public class EnvFromEnvironmentStack : Stack
            {
                public EnvFromEnvironmentStack(Construct scope, string id)
                    : base(scope, id, new StackProps { Env = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = "us-east-1" } })
                {
                    new CfnReplicationConfiguration(this, "Replication", new CfnReplicationConfigurationProps
                    {
                        ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty
                        {
                            Rules = new[] { new CfnReplicationConfiguration.ReplicationRuleProperty { Destinations = new[] { new CfnReplicationConfiguration.ReplicationDestinationProperty { Region = "us-east-1", RegistryId = "111122223333" } } } },
                        },
                    });
                }
            }
            """);

        [Fact]
        public Task ECR1018_SecondConfigurationOnTheSameScope() => Verify("""
                    new CfnReplicationConfiguration(this, "ToOregon", new CfnReplicationConfigurationProps
                    {
                        ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty
                        {
                            Rules = new[] { new CfnReplicationConfiguration.ReplicationRuleProperty { Destinations = new[] { new CfnReplicationConfiguration.ReplicationDestinationProperty { Region = "us-west-2", RegistryId = "111122223333" } } } },
                        },
                    });
                    var second = {|ECR1018:new CfnReplicationConfiguration|}(this, "ToIreland", new CfnReplicationConfigurationProps
                    {
                        ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty
                        {
                            Rules = new[] { new CfnReplicationConfiguration.ReplicationRuleProperty { Destinations = new[] { new CfnReplicationConfiguration.ReplicationDestinationProperty { Region = "eu-west-1", RegistryId = "111122223333" } } } },
                        },
                    });
            """);

        [Fact]
        public Task ECR1018_ConfigurationsThatMayNotShareARegistry_AreSilent() => VerifyTopLevel("""
            public static class Program
            {
                private static CfnReplicationConfigurationProps Props(string region) => new CfnReplicationConfigurationProps
                {
                    ReplicationConfiguration = new CfnReplicationConfiguration.ReplicationConfigurationProperty
                    {
                        Rules = new[] { new CfnReplicationConfiguration.ReplicationRuleProperty { Destinations = new[] { new CfnReplicationConfiguration.ReplicationDestinationProperty { Region = region, RegistryId = "111122223333" } } } },
                    },
                };

                public static void Main(string[] args)
                {
                    var app = new App();
                    var east = new Stack(app, "East", new StackProps { Env = new Amazon.CDK.Environment { Region = "us-east-1" } });
                    var west = new Stack(app, "West", new StackProps { Env = new Amazon.CDK.Environment { Region = "us-west-2" } });
                    new CfnReplicationConfiguration(east, "Replication", Props("eu-west-1"));
                    new CfnReplicationConfiguration(west, "Replication", Props("eu-west-1"));

                    // in a branch: only statements of one block are compared
                    if (args.Length > 0)
                    {
                        new CfnReplicationConfiguration(east, "Prod", Props("eu-central-1"));
                    }
                    else
                    {
                        new CfnReplicationConfiguration(west, "Dev", Props("eu-central-1"));
                    }

                    // a scope local that is assigned again names another stack
                    Stack target = new Stack(app, "A");
                    new CfnReplicationConfiguration(target, "Replication", Props("eu-west-1"));
                    target = new Stack(app, "B");
                    new CfnReplicationConfiguration(target, "Replication", Props("eu-west-1"));

                    foreach (var name in new[] { "C", "D" })
                    {
                        new CfnReplicationConfiguration(new Stack(app, name), "Replication", Props("eu-west-1"));
                    }

                    app.Synth();
                }
            }
            """);

        // ---------------- T14: pull through cache ----------------

        [Fact]
        public Task ECR1019_AuthenticatedUpstreamWithoutCredential() => Verify("""
                    new CfnPullThroughCacheRule(this, "DockerHub", new CfnPullThroughCacheRuleProps
                    {
                        EcrRepositoryPrefix = "docker-hub",
                        {|ECR1019:UpstreamRegistryUrl = "registry-1.docker.io"|},
                    });
                    new CfnPullThroughCacheRule(this, "Ghcr", new CfnPullThroughCacheRuleProps
                    {
                        EcrRepositoryPrefix = "ghcr",
                        {|ECR1019:UpstreamRegistry = "github-container-registry"|},
                        UpstreamRegistryUrl = UpstreamUrl(),
                    });
            """, members: """
                private static string UpstreamUrl() => "ghcr.io";
            """);

        [Fact]
        public Task ECR1019_PrefixCredentialAndRegistryValues() => Verify("""
                    new CfnPullThroughCacheRule(this, "Ghcr", new CfnPullThroughCacheRuleProps
                    {
                        {|ECR1019:EcrRepositoryPrefix = "GitHub"|},
                        UpstreamRegistryUrl = "ghcr.io",
                        {|ECR1019:CredentialArn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:github-token-AbCdEf"|},
                    });
                    new CfnPullThroughCacheRule(this, "Quay", new CfnPullThroughCacheRuleProps
                    {
                        EcrRepositoryPrefix = "quay",
                        {|ECR1019:UpstreamRegistry = "ecr-public"|},
                        UpstreamRegistryUrl = "quay.io",
                    });
            """);

        [Fact]
        public Task ECR1019_ValidRules_AreSilent() => Verify("""
                    var secret = new Amazon.CDK.AWS.SecretsManager.Secret(this, "DockerHubCredentials", new Amazon.CDK.AWS.SecretsManager.SecretProps { SecretName = "ecr-pullthroughcache/docker-hub" });
                    new CfnPullThroughCacheRule(this, "DockerHub", new CfnPullThroughCacheRuleProps
                    {
                        EcrRepositoryPrefix = "docker-hub",
                        UpstreamRegistry = "docker-hub",
                        UpstreamRegistryUrl = "registry-1.docker.io",
                        CredentialArn = secret.SecretArn,
                    });
                    new CfnPullThroughCacheRule(this, "EcrPublic", new CfnPullThroughCacheRuleProps { EcrRepositoryPrefix = "ecr-public", UpstreamRegistryUrl = "public.ecr.aws" });
                    new CfnPullThroughCacheRule(this, "K8s", new CfnPullThroughCacheRuleProps { EcrRepositoryPrefix = "k8s", UpstreamRegistry = "k8s", UpstreamRegistryUrl = "registry.k8s.io" });
                    new CfnPullThroughCacheRule(this, "Root", new CfnPullThroughCacheRuleProps { EcrRepositoryPrefix = "ROOT", UpstreamRegistryUrl = "quay.io" });
                    new CfnPullThroughCacheRule(this, "Azure", new CfnPullThroughCacheRuleProps
                    {
                        EcrRepositoryPrefix = "azure",
                        UpstreamRegistryUrl = "contoso.azurecr.io",
                        CredentialArn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:ecr-pullthroughcache/azure-AbCdEf",
                    });
                    new CfnPullThroughCacheRule(this, "FromEnvironment", new CfnPullThroughCacheRuleProps
                    {
                        EcrRepositoryPrefix = System.Environment.GetEnvironmentVariable("PREFIX"),
                        UpstreamRegistryUrl = System.Environment.GetEnvironmentVariable("UPSTREAM"),
                    });
            """);

        // ---------------- T15: repository creation template ----------------

        [Fact]
        public Task ECR1020_TemplateValues() => Verify("""
                    new CfnRepositoryCreationTemplate(this, "Template", new CfnRepositoryCreationTemplateProps
                    {
                        {|ECR1020:Prefix = "Team/App"|},
                        {|ECR1020:AppliedFor = new[] { "PULL_THROUGH", "REPLICATION" }|},
                        {|ECR1020:ResourceTags = new[] { new CfnTag { Key = "team", Value = "platform" } }|},
                        {|ECR1020:LifecyclePolicy = ""|},
                    });
                    new CfnRepositoryCreationTemplate(this, "Encrypted", new CfnRepositoryCreationTemplateProps
                    {
                        Prefix = "ROOT",
                        {|ECR1020:AppliedFor = new string[] { }|},
                        {|ECR1020:EncryptionConfiguration = new CfnRepositoryCreationTemplate.EncryptionConfigurationProperty { EncryptionType = "KMS", KmsKey = "alias/ecr-templates" }|},
                    });
            """);

        [Fact]
        public Task ECR1020_ValidTemplates_AreSilent() => Verify("""
                    var role = new Role(this, "TemplateRole", new RoleProps { AssumedBy = new ServicePrincipal("ecr.amazonaws.com") });
                    new CfnRepositoryCreationTemplate(this, "Tagged", new CfnRepositoryCreationTemplateProps
                    {
                        Prefix = "team/app",
                        AppliedFor = new[] { "PULL_THROUGH_CACHE", "REPLICATION", "CREATE_ON_PUSH" },
                        ResourceTags = new[] { new CfnTag { Key = "team", Value = "platform" } },
                        EncryptionConfiguration = new CfnRepositoryCreationTemplate.EncryptionConfigurationProperty { EncryptionType = "KMS", KmsKey = "alias/ecr-templates" },
                        CustomRoleArn = role.RoleArn,
                        LifecyclePolicy = "{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"untagged\",\"countType\":\"imageCountMoreThan\",\"countNumber\":10},\"action\":{\"type\":\"expire\"}}]}",
                        RepositoryPolicy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"]}]}",
                    });
                    new CfnRepositoryCreationTemplate(this, "Plain", new CfnRepositoryCreationTemplateProps
                    {
                        Prefix = "ROOT",
                        AppliedFor = new[] { "PULL_THROUGH_CACHE" },
                        EncryptionConfiguration = new CfnRepositoryCreationTemplate.EncryptionConfigurationProperty { EncryptionType = "KMS" },
                        ResourceTags = new CfnTag[0],
                    });
            """);

        // The template's policy texts, judged as a CfnRepository's (ECR2019, ECR2020, the lifecycle rules; ECR1013, ECR1016, ECR1017).

        private static string TemplateWith(string option, string text) => $$"""
                    new CfnRepositoryCreationTemplate(this, "Template", new CfnRepositoryCreationTemplateProps
                    {
                        Prefix = "team",
                        AppliedFor = new[] { "PULL_THROUGH_CACHE" },
                        {{option}} = {{text}},
                    });
            """;

        [Fact]
        public Task ECR2019_TemplateLifecyclePolicy_NotJson_AtTheCharacter() => Verify(TemplateWith("LifecyclePolicy", """"
            """{"rules":[{"rulePriority":{|ECR2019:0|}1}]}"""
            """"));

        [Fact]
        public Task ECR2020_TemplateLifecyclePolicy_Schema_InARegularLiteralWithEscapes() => Verify(TemplateWith("LifecyclePolicy", """"
            "{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"untagged\",\"countType\":{|ECR2020:\"sinceImagePushd\"|},\"countUnit\":\"days\",\"countNumber\":5},\"action\":{\"type\":\"expire\"}}]}"
            """"));

        [Fact]
        public Task ECR2007_ECR2009_ECR2011_TemplateLifecyclePolicy_SharedRules_OnTheJsonValues() => Verify(TemplateWith("LifecyclePolicy", """"
            """{"rules":[{"rulePriority":{|ECR2007:3|},"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":{|ECR2011:0|}},"action":{"type":"expire"}},{"rulePriority":7,"selection":{"tagStatus":"tagged","tagPrefixList":["prod"],"countType":"imageCountMoreThan","countNumber":5},"action":{"type":"expire"}},{"rulePriority":{|ECR2009:7|},"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":1},"action":{"type":"expire"}}]}"""
            """"));

        [Fact]
        public Task ECR1016_TemplateRepositoryPolicy_ResourceOnItsKey_NamingRepositoryPolicy() => VerifyAsync<RegistryResourcesAnalyzer>(
            InStack(TemplateWith("RepositoryPolicy", """"
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:BatchGetImage",{|#0:"Resource"|}:"*"}]}"""
                """")),
            null,
            false,
            AnalyzerVerifier<RegistryResourcesAnalyzer>.Diagnostic(EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors.Of("ECR1016"))
                .WithLocation(0)
                .WithArguments("The statement in the RepositoryPolicy (Statement[0]) has a resource element; a repository policy applies to its own repository, and ECR rejects the policy at deploy (\"Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided'\"). Remove \"Resource\" (and \"NotResource\")."));

        [Fact]
        public Task ECR1017_ECR1013_TemplateRepositoryPolicy_NotAPolicy_AndStatementWithoutPrincipal() => Verify(""""
                    new CfnRepositoryCreationTemplate(this, "A", new CfnRepositoryCreationTemplateProps
                    {
                        Prefix = "a",
                        AppliedFor = new[] { "REPLICATION" },
                        RepositoryPolicy = """{"Version":"2012-10-17","Statement":[{|ECR1013:{"Effect":"Allow","Action":["ecr:BatchGetImage"]}|}]}""",
                    });
                    new CfnRepositoryCreationTemplate(this, "B", new CfnRepositoryCreationTemplateProps { Prefix = "b", AppliedFor = new[] { "REPLICATION" }, RepositoryPolicy = """{"Statement":[{|ECR1017:'|}x']}""" });
                    new CfnRepositoryCreationTemplate(this, "C", new CfnRepositoryCreationTemplateProps { Prefix = "c", AppliedFor = new[] { "REPLICATION" }, RepositoryPolicy = """{|ECR1017:{"Version":"2012-10-17"}|}""" });
            """");

        [Fact]
        public Task ECR1020_BlankPolicyTexts_AreReportedOnce() => Verify("""
                    new CfnRepositoryCreationTemplate(this, "Template", new CfnRepositoryCreationTemplateProps
                    {
                        Prefix = "team",
                        AppliedFor = new[] { "PULL_THROUGH_CACHE" },
                        {|ECR1020:LifecyclePolicy = ""|},
                        {|ECR1020:RepositoryPolicy = "  "|},
                    });
            """);

        [Fact]
        public Task ECR2020_ECR1017_TemplateTexts_FromConstants_OnTheInitializer_AndUnknownTextsAreNotRead() => Verify("""""
                    new CfnRepositoryCreationTemplate(this, "Consts", new CfnRepositoryCreationTemplateProps
                    {
                        Prefix = "a",
                        AppliedFor = new[] { "REPLICATION" },
                        LifecyclePolicy = Lifecycle,
                        RepositoryPolicy = {|ECR1017:""""
                            { "Version": "2012-10-17" }
                            """"|},
                    });
                    new CfnRepositoryCreationTemplate(this, "Unknown", new CfnRepositoryCreationTemplateProps
                    {
                        Prefix = "b",
                        AppliedFor = new[] { "REPLICATION" },
                        LifecyclePolicy = System.Environment.GetEnvironmentVariable("LIFECYCLE"),
                        RepositoryPolicy = new PolicyDocument().ToString(),
                    });
            """"", members: """
                private const string Lifecycle = "{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":5},\"action\":{\"type\":\"expire\",{|ECR2020:\"typ\"|}:\"x\"}}]}";
            """);

        // ---------------- T16: registry scanning (2.277.0) ----------------

        [Fact]
        public Task ECR1021_ScanningValues() => VerifyNewest("""
                    new CfnRegistryScanningConfiguration(this, "Scanning", new CfnRegistryScanningConfigurationProps
                    {
                        ScanType = "ENHANCED",
                        Rules = new[]
                        {
                            new CfnRegistryScanningConfiguration.ScanningRuleProperty
                            {
                                {|ECR1021:ScanFrequency = "MANUAL"|},
                                RepositoryFilters = new[] { new CfnRegistryScanningConfiguration.RepositoryFilterProperty { {|ECR1021:Filter = "Prod*"|}, {|ECR1021:FilterType = "PREFIX_MATCH"|} } },
                            },
                        },
                    });
                    new CfnRegistryScanningConfiguration(this, "Basic", new CfnRegistryScanningConfigurationProps
                    {
                        {|ECR1021:ScanType = "basic"|},
                        Rules = new[]
                        {
                            new CfnRegistryScanningConfiguration.ScanningRuleProperty { ScanFrequency = "SCAN_ON_PUSH", RepositoryFilters = new[] { new CfnRegistryScanningConfiguration.RepositoryFilterProperty { Filter = "*", FilterType = "WILDCARD" } } },
                        },
                    });
                    new CfnRegistryScanningConfiguration(this, "Continuous", new CfnRegistryScanningConfigurationProps
                    {
                        ScanType = "BASIC",
                        {|ECR1021:Rules = new[]
                        {
                            new CfnRegistryScanningConfiguration.ScanningRuleProperty { {|ECR1021:ScanFrequency = "CONTINUOUS_SCAN"|}, RepositoryFilters = new[] { new CfnRegistryScanningConfiguration.RepositoryFilterProperty { Filter = "*", FilterType = "WILDCARD" } } },
                            new CfnRegistryScanningConfiguration.ScanningRuleProperty { ScanFrequency = "SCAN_ON_PUSH", RepositoryFilters = new[] { new CfnRegistryScanningConfiguration.RepositoryFilterProperty { Filter = "*", FilterType = "WILDCARD" } } },
                            new CfnRegistryScanningConfiguration.ScanningRuleProperty { ScanFrequency = "MANUAL", RepositoryFilters = new[] { new CfnRegistryScanningConfiguration.RepositoryFilterProperty { Filter = "*", FilterType = "WILDCARD" } } },
                        }|},
                    });
            """);

        [Fact]
        public Task ECR1021_ValidScanning_IsSilent() => VerifyNewest("""
                    new CfnRegistryScanningConfiguration(this, "Scanning", new CfnRegistryScanningConfigurationProps
                    {
                        ScanType = "ENHANCED",
                        Rules = new[]
                        {
                            new CfnRegistryScanningConfiguration.ScanningRuleProperty
                            {
                                ScanFrequency = "CONTINUOUS_SCAN",
                                RepositoryFilters = new[] { new CfnRegistryScanningConfiguration.RepositoryFilterProperty { Filter = "prod/*", FilterType = "WILDCARD" } },
                            },
                            new CfnRegistryScanningConfiguration.ScanningRuleProperty
                            {
                                ScanFrequency = "SCAN_ON_PUSH",
                                RepositoryFilters = new[] { new CfnRegistryScanningConfiguration.RepositoryFilterProperty { Filter = "*", FilterType = "WILDCARD" } },
                            },
                        },
                    });
            """);

        [Fact]
        public Task NoCdkTypes_NothingRegistered_AndOtherCreationsAreSilent() => Verify("""
                    var repository = new Repository(this, "Repo", new RepositoryProps { RepositoryName = "team/app" });
                    new CfnRepository(this, "L1", new CfnRepositoryProps { RepositoryName = "team/l1" });
            """);
    }
}
