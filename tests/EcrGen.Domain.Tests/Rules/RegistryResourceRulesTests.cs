using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    /// <summary>T13–T16: the registry-level L1 resources (ECR1018–ECR1021).</summary>
    public class RegistryResourceRulesTests
    {
        private static readonly Setting<string> NotSet = Setting<string>.NotSet;

        private static Setting<string> S(string value) => Setting.Of(value);

        // ---------------- T13: replication ----------------

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(10)]
        [InlineData(11)]
        [InlineData(25)]
        public void Replication_up_to_25_rules_pass(int count) => None(ReplicationRules.ValidateRuleCount(count));

        [Fact]
        public void Replication_26_rules_fail()
        {
            var violation = Single(ReplicationRules.ValidateRuleCount(26), RuleIds.ReplicationConfiguration);
            Assert.Equal("Rules", violation.Option);
            Assert.Equal("The replication configuration has 26 rules; ECR accepts at most 25 per registry and Region, so the deployment fails. Merge rules that share destinations.", violation.Message);
        }

        [Fact]
        public void Replication_filter_count_boundary()
        {
            None(ReplicationRules.ValidateFilterCount(100, 0));
            var violation = Single(ReplicationRules.ValidateFilterCount(101, 2), RuleIds.ReplicationConfiguration);
            Assert.Equal("RepositoryFilters", violation.Option);
            Assert.Equal(2, violation.Index);
            Assert.StartsWith("Replication rule 3 has 101 repository filters", violation.Message);
        }

        [Theory]
        [InlineData("us-west-2", "111122223333")]
        [InlineData("eu-central-1", "444455556666")]
        [InlineData("cn-north-1", "123456789012")]
        public void Replication_valid_destinations_pass(string region, string registry)
            => None(ReplicationRules.ValidateDestination(S(region), S(registry), "111122223333", "us-east-1"));

        [Fact]
        public void Replication_unknown_destinations_pass()
        {
            None(ReplicationRules.ValidateDestination(Setting<string>.Unknown, Setting<string>.Present));
            None(ReplicationRules.ValidateDestination(NotSet, NotSet, "111122223333", "us-east-1"));
            None(ReplicationRules.ValidateDestination(S("us-east-1"), Setting<string>.Unknown, "111122223333", "us-east-1"));
        }

        [Theory]
        [InlineData("11112222333")]
        [InlineData("1111-2222-3333")]
        [InlineData("")]
        public void Replication_registry_id_is_twelve_digits(string registry)
        {
            var violation = Single(ReplicationRules.ValidateDestination(S("us-west-2"), S(registry)), RuleIds.ReplicationConfiguration);
            Assert.Equal("RegistryId", violation.Option);
            Assert.Equal($"The replication destination's RegistryId '{registry}' is not a 12-digit AWS account id (schema pattern ^[0-9]{{12}}$); CloudFormation rejects the configuration.", violation.Message);
        }

        [Theory]
        [InlineData("US-WEST-2")]
        [InlineData("u")]
        [InlineData("us_west_2")]
        [InlineData("a-very-long-region-name-xyz")]
        public void Replication_region_is_a_region_name(string region)
            => Assert.Equal("Region", Single(ReplicationRules.ValidateDestination(S(region), S("111122223333")), RuleIds.ReplicationConfiguration).Option);

        [Fact]
        public void Replication_to_the_source_registry_is_rejected()
        {
            var violation = Single(ReplicationRules.ValidateDestination(S("us-east-1"), S("111122223333"), "111122223333", "us-east-1"), RuleIds.ReplicationConfiguration);
            Assert.Equal("Region", violation.Option);
            Assert.Equal("The replication destination (Region 'us-east-1', RegistryId '111122223333') is the source registry itself, the stack's account and Region; ECR rejects it ('Replication destination cannot be the same as the source registry'). Replicate to another Region or another account.", violation.Message);
        }

        [Fact]
        public void Replication_same_region_other_account_or_same_account_other_region_pass()
        {
            None(ReplicationRules.ValidateDestination(S("us-east-1"), S("444455556666"), "111122223333", "us-east-1"));
            None(ReplicationRules.ValidateDestination(S("us-west-2"), S("111122223333"), "111122223333", "us-east-1"));
            None(ReplicationRules.ValidateDestination(S("us-east-1"), S("111122223333"), null, "us-east-1"));
            None(ReplicationRules.ValidateDestination(S("us-east-1"), S("111122223333"), "111122223333", null));
        }

        [Theory]
        [InlineData("prod")]
        [InlineData("team/app")]
        [InlineData("my-app_v1.2")]
        public void Replication_valid_filters_pass(string filter)
        {
            None(ReplicationRules.ValidateFilter(S(filter), S("PREFIX_MATCH")));
            None(ReplicationRules.ValidateFilter(S(filter), NotSet));
        }

        [Fact]
        public void Replication_filter_type_is_prefix_match()
        {
            var violation = Single(ReplicationRules.ValidateFilter(S("prod"), S("WILDCARD")), RuleIds.ReplicationConfiguration);
            Assert.Equal("FilterType", violation.Option);
            Assert.Equal("The replication filter type 'WILDCARD' is not 'PREFIX_MATCH', the only filter type replication accepts; the deployment fails.", violation.Message);
        }

        [Theory]
        [InlineData("p", "")]
        [InlineData("Prod", "")]
        [InlineData("prod*", " A replication filter is a prefix, not a pattern: drop the '*'.")]
        [InlineData("prod app", "")]
        public void Replication_filter_is_a_name_prefix(string filter, string tail)
        {
            var violation = Single(ReplicationRules.ValidateFilter(S(filter), S("PREFIX_MATCH")), RuleIds.ReplicationConfiguration);
            Assert.Equal("Filter", violation.Option);
            Assert.Equal($"The replication filter '{filter}' is not a repository-name prefix (2 to 256 characters of lowercase letters, digits, '.', '_', '-' and '/'); the deployment fails.{tail}", violation.Message);
        }

        [Fact]
        public void Replication_filter_length_boundaries()
        {
            None(ReplicationRules.ValidateFilter(S(new string('a', 256)), NotSet));
            Single(ReplicationRules.ValidateFilter(S(new string('a', 257)), NotSet), RuleIds.ReplicationConfiguration);
        }

        [Fact]
        public void Replication_second_configuration_names_the_first()
        {
            var violation = ReplicationRules.SecondConfiguration("Replication");
            Assert.Equal(RuleIds.ReplicationConfiguration, violation.RuleId);
            Assert.Equal(string.Empty, violation.Option);
            Assert.Equal("A second replication configuration on the same scope as 'Replication': a registry (account and Region) has one replication configuration, so the two resources fight over it and only one survives. Put all rules into one CfnReplicationConfiguration.", violation.Message);
        }

        // ---------------- T14: pull through cache ----------------

        private const string DockerSecret = "arn:aws:secretsmanager:us-east-1:111122223333:secret:ecr-pullthroughcache/docker-hub-AbCdEf";

        [Theory]
        [InlineData("ecr-public", null, "public.ecr.aws", null)]
        [InlineData("k8s", "k8s", "registry.k8s.io", null)]
        [InlineData("quay", "quay", "quay.io", null)]
        [InlineData("docker-hub", "docker-hub", "registry-1.docker.io", DockerSecret)]
        [InlineData("ghcr", null, "ghcr.io", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:ecr-pullthroughcache/ghcr")]
        [InlineData("gitlab", "gitlab-container-registry", "registry.gitlab.com", "arn:aws-cn:secretsmanager:cn-north-1:111122223333:secret:ecr-pullthroughcache/gitlab")]
        [InlineData("azure", "azure-container-registry", "myregistry.azurecr.io", DockerSecret)]
        [InlineData("chainguard", null, "cgr.dev", DockerSecret)]
        [InlineData("ROOT", null, "public.ecr.aws", null)]
        [InlineData("team/cache/", null, "public.ecr.aws", null)]
        [InlineData("upstream", "ecr", "444455556666.dkr.ecr.us-west-2.amazonaws.com", null)]
        [InlineData("other", null, "registry.example.com", null)]
        public void PullThroughCache_valid_rules_pass(string prefix, string? registry, string url, string? credential)
            => None(PullThroughCacheRules.Validate(S(prefix), registry is null ? NotSet : S(registry), S(url), credential is null ? NotSet : S(credential)));

        [Theory]
        [InlineData("registry-1.docker.io", "docker-hub")]
        [InlineData("ghcr.io", "github-container-registry")]
        [InlineData("registry.gitlab.com", "gitlab-container-registry")]
        [InlineData("contoso.azurecr.io", "azure-container-registry")]
        [InlineData("cgr.dev", "chainguard")]
        public void PullThroughCache_authenticated_registry_needs_a_credential(string url, string registry)
        {
            var violation = Single(PullThroughCacheRules.Validate(S("cache"), NotSet, S(url), NotSet), RuleIds.PullThroughCacheRule);
            Assert.Equal("UpstreamRegistryUrl", violation.Option);
            Assert.Equal($"The upstream registry '{registry}' requires authentication, and the rule has no CredentialArn; ECR rejects the rule. Store the credentials in a Secrets Manager secret named 'ecr-pullthroughcache/...' and set CredentialArn to its ARN.", violation.Message);
        }

        [Fact]
        public void PullThroughCache_credential_need_is_read_from_the_registry_when_the_url_is_unknown()
        {
            Assert.Equal("UpstreamRegistry", Single(PullThroughCacheRules.Validate(NotSet, S("docker-hub"), Setting<string>.Unknown, NotSet), RuleIds.PullThroughCacheRule).Option);
            None(PullThroughCacheRules.Validate(NotSet, S("docker-hub"), Setting<string>.Unknown, Setting<string>.Unknown));
            None(PullThroughCacheRules.Validate(NotSet, S("docker-hub"), Setting<string>.Unknown, Setting<string>.Present));
            None(PullThroughCacheRules.Validate(NotSet, S("some-future-registry"), Setting<string>.Unknown, NotSet));
        }

        [Fact]
        public void PullThroughCache_registry_contradicts_url()
        {
            var violation = Single(PullThroughCacheRules.Validate(S("cache"), S("quay"), S("public.ecr.aws"), NotSet), RuleIds.PullThroughCacheRule);
            Assert.Equal("UpstreamRegistry", violation.Option);
            Assert.Equal("UpstreamRegistry 'quay' does not match UpstreamRegistryUrl 'public.ecr.aws', which is the URL of 'ecr-public'; the URL of 'quay' is 'quay.io'.", violation.Message);
        }

        [Theory]
        [InlineData("c")]
        [InlineData("Docker")]
        [InlineData("docker-hub-cache-for-every-team-x")]
        [InlineData("team//cache")]
        [InlineData("-cache")]
        [InlineData("cache--hub")]
        [InlineData("/")]
        public void PullThroughCache_invalid_prefixes(string prefix)
        {
            var violation = Single(PullThroughCacheRules.Validate(S(prefix), NotSet, S("public.ecr.aws"), NotSet), RuleIds.PullThroughCacheRule);
            Assert.Equal("EcrRepositoryPrefix", violation.Option);
            Assert.Equal($"The EcrRepositoryPrefix '{prefix}' is invalid: ECR accepts 'ROOT' or 2 to 30 characters of lowercase letters and digits in '/'-separated segments joined by single '.', '_' or '-'; the deployment fails.", violation.Message);
        }

        [Fact]
        public void PullThroughCache_prefix_length_boundaries()
        {
            None(PullThroughCacheRules.Validate(S("ab"), NotSet, NotSet, NotSet));
            None(PullThroughCacheRules.Validate(S(new string('a', 30)), NotSet, NotSet, NotSet));
            Single(PullThroughCacheRules.Validate(S(new string('a', 31)), NotSet, NotSet, NotSet), RuleIds.PullThroughCacheRule);
        }

        [Theory]
        [InlineData("arn:aws:secretsmanager:us-east-1:111122223333:secret:dockerhub-AbCdEf", "dockerhub-AbCdEf")]
        [InlineData("arn:aws:secretsmanager:us-east-1:111122223333:secret:ecr-pullthroughcache/", "ecr-pullthroughcache/")]
        [InlineData("arn:aws:secretsmanager:us-east-1:111122223333:secret:ECR-PullThroughCache/hub", "ECR-PullThroughCache/hub")]
        public void PullThroughCache_secret_name_prefix(string arn, string name)
        {
            var violation = Single(PullThroughCacheRules.Validate(NotSet, NotSet, S("registry-1.docker.io"), S(arn)), RuleIds.PullThroughCacheRule);
            Assert.Equal("CredentialArn", violation.Option);
            Assert.Equal($"The credential secret '{name}' does not start with 'ecr-pullthroughcache/'; ECR uses only secrets named 'ecr-pullthroughcache/<name>' for pull through cache and rejects the rule. Create the secret under that name.", violation.Message);
        }

        [Theory]
        [InlineData("ecr-pullthroughcache/docker-hub")]
        [InlineData("arn:aws:ssm:us-east-1:111122223333:parameter/ecr-pullthroughcache/hub")]
        [InlineData("arn:aws:secretsmanager:us-east-1:111122223333:ecr-pullthroughcache/hub")]
        public void PullThroughCache_credential_is_a_secret_arn(string arn)
        {
            var violation = Single(PullThroughCacheRules.Validate(NotSet, NotSet, S("ghcr.io"), S(arn)), RuleIds.PullThroughCacheRule);
            Assert.Equal("CredentialArn", violation.Option);
            Assert.Equal($"CredentialArn '{arn}' is not the ARN of a Secrets Manager secret ('arn:<partition>:secretsmanager:<region>:<account>:secret:ecr-pullthroughcache/<name>'); ECR rejects the rule.", violation.Message);
        }

        [Theory]
        [InlineData("public.ecr.aws", "ecr-public")]
        [InlineData("registry.k8s.io", "k8s")]
        [InlineData("quay.io", "quay")]
        [InlineData("registry-1.docker.io", "docker-hub")]
        [InlineData("ghcr.io", "github-container-registry")]
        [InlineData("registry.gitlab.com", "gitlab-container-registry")]
        [InlineData("cgr.dev", "chainguard")]
        [InlineData("x.azurecr.io", "azure-container-registry")]
        [InlineData("111122223333.dkr.ecr.us-east-1.amazonaws.com", "ecr")]
        [InlineData(".azurecr.io", null)]
        [InlineData("x.azurecr.io/path", null)]
        [InlineData("docker.io", null)]
        [InlineData("https://ghcr.io", null)]
        public void PullThroughCache_registry_of_url(string url, string? registry)
            => Assert.Equal(registry, PullThroughCacheRules.RegistryOfUrl(url));

        [Fact]
        public void PullThroughCache_url_of_every_registry_maps_back()
        {
            foreach (var registry in new[] { "ecr-public", "k8s", "quay", "docker-hub", "github-container-registry", "gitlab-container-registry", "chainguard" })
            {
                Assert.Equal(registry, PullThroughCacheRules.RegistryOfUrl(PullThroughCacheRules.UrlOfRegistry(registry)!));
            }

            Assert.Null(PullThroughCacheRules.UrlOfRegistry("docker"));
        }

        // ---------------- T15: repository creation template ----------------

        private static System.Collections.Generic.IReadOnlyList<RuleViolation> Template(
            string? prefix = "team",
            Setting<EquatableArray<NullableString>>? appliedFor = null,
            string? role = null,
            bool tagged = false,
            bool key = false,
            string? lifecycle = null,
            string? policy = null)
            => CreationTemplateRules.Validate(
                prefix is null ? NotSet : S(prefix),
                appliedFor ?? List("REPLICATION"),
                role is null ? NotSet : S(role),
                tagged,
                key,
                lifecycle is null ? NotSet : S(lifecycle),
                policy is null ? NotSet : S(policy));

        [Fact]
        public void Template_valid_templates_pass()
        {
            None(Template());
            None(Template(prefix: "ROOT", appliedFor: List("PULL_THROUGH_CACHE", "REPLICATION", "CREATE_ON_PUSH")));
            None(Template(prefix: "team/app/", role: "arn:aws:iam::111122223333:role/ecr-template", tagged: true, key: true));
            None(Template(appliedFor: List("REPLICATION", null)));
            None(Template(appliedFor: Setting<EquatableArray<NullableString>>.Unknown, lifecycle: "{\"rules\":[]}"));
            None(CreationTemplateRules.Validate(NotSet, Setting<EquatableArray<NullableString>>.NotSet, Setting<string>.Present, true, true, Setting<string>.Unknown, NotSet));
        }

        [Theory]
        [InlineData("Team")]
        [InlineData("team//app")]
        [InlineData("")]
        public void Template_prefix(string prefix)
        {
            var violation = Single(Template(prefix: prefix), RuleIds.RepositoryCreationTemplate);
            Assert.Equal("Prefix", violation.Option);
            Assert.Equal($"The template Prefix '{prefix}' is invalid: ECR accepts 'ROOT' (every repository no other template matches) or up to 256 characters of lowercase letters and digits in '/'-separated segments joined by single '.', '_' or '-'; the deployment fails.", violation.Message);
        }

        [Fact]
        public void Template_prefix_length_boundaries()
        {
            None(Template(prefix: "a"));
            None(Template(prefix: new string('a', 256)));
            Single(Template(prefix: new string('a', 257)), RuleIds.RepositoryCreationTemplate);
        }

        [Fact]
        public void Template_applied_for_values()
        {
            var violation = Single(Template(appliedFor: List("REPLICATION", "PULL_THROUGH")), RuleIds.RepositoryCreationTemplate);
            Assert.Equal("AppliedFor", violation.Option);
            Assert.Equal(1, violation.Index);
            Assert.Equal("AppliedFor value 'PULL_THROUGH' is not one of PULL_THROUGH_CACHE, REPLICATION, CREATE_ON_PUSH; the deployment fails.", violation.Message);

            var empty = Single(Template(appliedFor: List()), RuleIds.RepositoryCreationTemplate);
            Assert.Equal("AppliedFor is empty; a template applies to at least one of PULL_THROUGH_CACHE, REPLICATION, CREATE_ON_PUSH, and CloudFormation rejects an empty list.", empty.Message);
        }

        [Theory]
        [InlineData(true, false, "ResourceTags", "resource tags")]
        [InlineData(false, true, "EncryptionConfiguration", "a KMS key")]
        [InlineData(true, true, "ResourceTags", "resource tags and a KMS key")]
        public void Template_tags_or_key_need_a_custom_role(bool tagged, bool key, string option, string uses)
        {
            var violation = Single(Template(tagged: tagged, key: key), RuleIds.RepositoryCreationTemplate);
            Assert.Equal(option, violation.Option);
            Assert.Equal($"The template uses {uses} but has no CustomRoleArn; ECR creates repositories from such a template only with a custom role it can assume (ecr.amazonaws.com) that may tag and use the key. Set CustomRoleArn.", violation.Message);
        }

        [Theory]
        [InlineData("", null, "LifecyclePolicy")]
        [InlineData("  ", null, "LifecyclePolicy")]
        [InlineData(null, "", "RepositoryPolicy")]
        public void Template_policy_text_is_not_empty(string? lifecycle, string? policy, string option)
        {
            var violation = Single(Template(lifecycle: lifecycle, policy: policy), RuleIds.RepositoryCreationTemplate);
            Assert.Equal(option, violation.Option);
            Assert.Equal($"The template's {option} is empty; ECR expects JSON policy text there and rejects an empty one. Remove {option} or write the policy.", violation.Message);
        }

        [Fact]
        public void Template_policy_texts_are_judged_as_a_CfnRepository_s()
        {
            Assert.Empty(CreationTemplateRules.ValidateLifecyclePolicy(LifecyclePolicyTextTests.Valid));
            Assert.Empty(CreationTemplateRules.ValidateRepositoryPolicy(RepositoryPolicyTextTests.Valid));

            // The same verdicts, at the same spans, as the CfnRepository texts.
            const string Lifecycle = "{\"rules\":[{\"rulePriority\":0,\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":5},\"action\":{\"type\":\"expire\"}}]}";
            Assert.Equal(LifecyclePolicyText.Validate(Lifecycle), CreationTemplateRules.ValidateLifecyclePolicy(Lifecycle));
            Assert.Equal(RuleIds.PriorityPositive, Assert.Single(CreationTemplateRules.ValidateLifecyclePolicy(Lifecycle)).Violation.RuleId);
            Assert.Equal(RuleIds.LifecyclePolicyTextNotJson, Assert.Single(CreationTemplateRules.ValidateLifecyclePolicy("{\"rules\":[")).Violation.RuleId);

            // A resource element is rejected in a template's policy as in any repository policy: ECR sets it on the repositories it creates.
            const string Policy = "{\"Statement\":[{\"Principal\":\"*\",\"Action\":\"ecr:*\",\"Resource\":\"*\"}]}";
            var resource = Assert.Single(CreationTemplateRules.ValidateRepositoryPolicy(Policy));
            Assert.Equal(RuleIds.RepositoryPolicyResource, resource.Violation.RuleId);
            Assert.Equal("\"Resource\"", Policy.Substring(resource.Start, resource.Length));
            Assert.StartsWith("The statement in the RepositoryPolicy (Statement[0]) has a resource element;", resource.Violation.Message);
            var invalid = Assert.Single(CreationTemplateRules.ValidateRepositoryPolicy("[]"));
            Assert.Equal(RuleIds.RepositoryPolicyTextInvalid, invalid.Violation.RuleId);
            Assert.StartsWith("The RepositoryPolicy is a JSON array;", invalid.Violation.Message);
        }

        [Theory]
        [InlineData("")]
        [InlineData(" \n\t")]
        public void Template_blank_policy_texts_are_ECR1020_only(string text)
        {
            Assert.Empty(CreationTemplateRules.ValidateLifecyclePolicy(text));
            Assert.Empty(CreationTemplateRules.ValidateRepositoryPolicy(text));
            Single(Template(lifecycle: text), RuleIds.RepositoryCreationTemplate);
        }

        // ---------------- T16: registry scanning ----------------

        [Fact]
        public void Scanning_valid_configurations_pass()
        {
            None(RegistryScanningRules.ValidateConfiguration(S("ENHANCED"), 2));
            None(RegistryScanningRules.ValidateConfiguration(S("BASIC"), 0));
            None(RegistryScanningRules.ValidateConfiguration(Setting<string>.Unknown, null));
            None(RegistryScanningRules.ValidateRule(S("ENHANCED"), S("CONTINUOUS_SCAN"), 100, 0));
            None(RegistryScanningRules.ValidateRule(S("ENHANCED"), S("SCAN_ON_PUSH"), 1, 1));
            None(RegistryScanningRules.ValidateRule(S("BASIC"), S("SCAN_ON_PUSH"), null, 0));
            None(RegistryScanningRules.ValidateRule(S("BASIC"), S("MANUAL"), 1, 0));
            None(RegistryScanningRules.ValidateRule(Setting<string>.Unknown, S("MANUAL"), 1, 0));
            None(RegistryScanningRules.ValidateRule(Setting<string>.Unknown, S("CONTINUOUS_SCAN"), 1, 0));
            None(RegistryScanningRules.ValidateFilter(S("*"), S("WILDCARD")));
            None(RegistryScanningRules.ValidateFilter(S("team/*-prod"), NotSet));
        }

        [Fact]
        public void Scanning_scan_type_and_rule_count()
        {
            var type = Single(RegistryScanningRules.ValidateConfiguration(S("enhanced"), 1), RuleIds.RegistryScanningConfiguration);
            Assert.Equal("ScanType", type.Option);
            Assert.Equal("ScanType 'enhanced' is not BASIC or ENHANCED; the deployment fails.", type.Message);

            var count = Single(RegistryScanningRules.ValidateConfiguration(S("ENHANCED"), 3), RuleIds.RegistryScanningConfiguration);
            Assert.Equal("Rules", count.Option);
            Assert.Equal("The scanning configuration has 3 rules; ECR accepts at most 2 (one per scan frequency), so the deployment fails. Put the filters of rules with the same frequency into one rule.", count.Message);
        }

        [Fact]
        public void Scanning_frequency_per_scan_type()
        {
            var manual = Single(RegistryScanningRules.ValidateRule(S("ENHANCED"), S("MANUAL"), 1, 1), RuleIds.RegistryScanningConfiguration);
            Assert.Equal("ScanFrequency", manual.Option);
            Assert.Equal(1, manual.Index);
            Assert.Equal("ScanFrequency 'MANUAL' with ScanType 'ENHANCED': enhanced scanning runs SCAN_ON_PUSH or CONTINUOUS_SCAN only; ECR rejects the configuration.", manual.Message);

            var continuous = Single(RegistryScanningRules.ValidateRule(S("BASIC"), S("CONTINUOUS_SCAN"), 1, 0), RuleIds.RegistryScanningConfiguration);
            Assert.Equal("ScanFrequency 'CONTINUOUS_SCAN' with ScanType 'BASIC': continuous scanning is enhanced scanning (Amazon Inspector); ECR rejects the configuration. Use SCAN_ON_PUSH, or ScanType ENHANCED.", continuous.Message);

            var unknown = Single(RegistryScanningRules.ValidateRule(NotSet, S("DAILY"), 1, 0), RuleIds.RegistryScanningConfiguration);
            Assert.Equal("ScanFrequency 'DAILY' is not one of SCAN_ON_PUSH, CONTINUOUS_SCAN, MANUAL; the deployment fails.", unknown.Message);

            var filters = Single(RegistryScanningRules.ValidateRule(S("ENHANCED"), S("SCAN_ON_PUSH"), 101, 0), RuleIds.RegistryScanningConfiguration);
            Assert.Equal("RepositoryFilters", filters.Option);
            Assert.Equal("Scanning rule 1 has 101 repository filters; ECR accepts at most 100 per rule.", filters.Message);
        }

        [Theory]
        [InlineData("Prod*")]
        [InlineData("")]
        [InlineData("team app")]
        public void Scanning_filter_values(string filter)
        {
            var violation = Single(RegistryScanningRules.ValidateFilter(S(filter), S("WILDCARD")), RuleIds.RegistryScanningConfiguration);
            Assert.Equal("Filter", violation.Option);
            Assert.Equal($"The scanning filter '{filter}' is invalid: 1 to 255 characters of lowercase letters, digits, '.', '_', '-', '/' and the wildcard '*'; the deployment fails.", violation.Message);
        }

        [Fact]
        public void Scanning_filter_type_and_length()
        {
            var violation = Single(RegistryScanningRules.ValidateFilter(S("*"), S("PREFIX_MATCH")), RuleIds.RegistryScanningConfiguration);
            Assert.Equal("FilterType", violation.Option);
            Assert.Equal("The scanning filter type 'PREFIX_MATCH' is not 'WILDCARD', the only filter type registry scanning accepts; the deployment fails.", violation.Message);
            None(RegistryScanningRules.ValidateFilter(S(new string('a', 255)), NotSet));
            Single(RegistryScanningRules.ValidateFilter(S(new string('a', 256)), NotSet), RuleIds.RegistryScanningConfiguration);
        }
    }
}
