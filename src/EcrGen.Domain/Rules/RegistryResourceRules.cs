using System;
using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// Catalogue T13: the registry's replication configuration (<c>AWS::ECR::ReplicationConfiguration</c>, the L1
    /// <c>CfnReplicationConfiguration</c>; no L2 exists). Only constant values are judged; a value the compiler does not know
    /// is never reported. Options are named as the CDK properties, the element index is in the message.
    /// </summary>
    public static class ReplicationRules
    {
        /// <summary>
        /// At most this many rules in one configuration: the ECR API reference's current limit of
        /// <c>ReplicationConfiguration.rules</c> (it was 10, as the CloudFormation schema page still says; the larger one is
        /// used so that nothing the service accepts is reported).
        /// </summary>
        public const int MaxRules = 25;

        /// <summary>At most this many repository filters in one rule (schema and API <c>ReplicationRule.RepositoryFilters</c>).</summary>
        public const int MaxFiltersPerRule = 100;

        /// <summary>The one filter type replication has (schema and API <c>RepositoryFilter.FilterType</c>).</summary>
        public const string PrefixMatch = "PREFIX_MATCH";

        /// <summary>The rule count of a configuration whose rule list is known.</summary>
        public static IReadOnlyList<RuleViolation> ValidateRuleCount(int count)
        {
            var violations = default(ViolationList);
            if (count > MaxRules)
            {
                violations.Add(RuleIds.ReplicationConfiguration, "Rules", -1, $"The replication configuration has {count} rules; ECR accepts at most {MaxRules} per registry and Region, so the deployment fails. Merge rules that share destinations.");
            }

            return violations.ToResult();
        }

        /// <summary>The filter count of rule <paramref name="rule"/> (0-based) whose filter list is known.</summary>
        public static IReadOnlyList<RuleViolation> ValidateFilterCount(int count, int rule)
        {
            var violations = default(ViolationList);
            if (count > MaxFiltersPerRule)
            {
                violations.Add(RuleIds.ReplicationConfiguration, "RepositoryFilters", rule, $"Replication rule {rule + 1} has {count} repository filters; ECR accepts at most {MaxFiltersPerRule} per rule, so the deployment fails.");
            }

            return violations.ToResult();
        }

        /// <summary>
        /// One destination: <c>RegistryId</c> is a 12-digit account id (schema pattern <c>^[0-9]{12}$</c>), <c>Region</c> is
        /// 2 to 25 characters of <c>[0-9a-z-]</c> (schema pattern). When the source registry (the stack's constant account and
        /// Region, <paramref name="sourceAccount"/>/<paramref name="sourceRegion"/>) is known, a destination equal to it is
        /// reported: ECR replicates to other Regions or other accounts only.
        /// </summary>
        public static IReadOnlyList<RuleViolation> ValidateDestination(Setting<string> region, Setting<string> registryId, string? sourceAccount = null, string? sourceRegion = null)
        {
            var violations = default(ViolationList);
            if (registryId.TryGetValue(out var account) && account is not null && !RegistryId.IsValid(account))
            {
                violations.Add(RuleIds.ReplicationConfiguration, "RegistryId", -1, $"The replication destination's RegistryId '{account}' is not a 12-digit AWS account id (schema pattern {RegistryId.Pattern}); CloudFormation rejects the configuration.");
            }

            if (region.TryGetValue(out var name) && name is not null && !IsRegionName(name))
            {
                violations.Add(RuleIds.ReplicationConfiguration, "Region", -1, $"The replication destination's Region '{name}' is not a Region name (2 to 25 characters of lowercase letters, digits and '-', as 'us-west-2'); CloudFormation rejects the configuration.");
            }
            else if (name is not null && account is not null && sourceAccount is not null && sourceRegion is not null
                && string.Equals(name, sourceRegion, StringComparison.Ordinal) && string.Equals(account, sourceAccount, StringComparison.Ordinal))
            {
                violations.Add(RuleIds.ReplicationConfiguration, "Region", -1, $"The replication destination (Region '{name}', RegistryId '{account}') is the source registry itself, the stack's account and Region; ECR rejects it ('Replication destination cannot be the same as the source registry'). Replicate to another Region or another account.");
            }

            return violations.ToResult();
        }

        /// <summary>
        /// One repository filter: <c>FilterType</c> is <c>PREFIX_MATCH</c>; <c>Filter</c> is a repository-name prefix of 2 to
        /// 256 characters of <c>[a-z0-9._/-]</c> (the API pattern admits no upper case and no wildcard).
        /// </summary>
        public static IReadOnlyList<RuleViolation> ValidateFilter(Setting<string> filter, Setting<string> filterType)
        {
            var violations = default(ViolationList);
            if (filterType.TryGetValue(out var type) && type is not null && type != PrefixMatch)
            {
                violations.Add(RuleIds.ReplicationConfiguration, "FilterType", -1, $"The replication filter type '{type}' is not '{PrefixMatch}', the only filter type replication accepts; the deployment fails.");
            }

            if (filter.TryGetValue(out var prefix) && prefix is not null && !IsNamePrefix(prefix, 2, 256))
            {
                var wildcard = prefix.IndexOf('*') >= 0 ? " A replication filter is a prefix, not a pattern: drop the '*'." : string.Empty;
                violations.Add(RuleIds.ReplicationConfiguration, "Filter", -1, $"The replication filter '{prefix}' is not a repository-name prefix (2 to 256 characters of lowercase letters, digits, '.', '_', '-' and '/'); the deployment fails.{wildcard}");
            }

            return violations.ToResult();
        }

        /// <summary>A second <c>CfnReplicationConfiguration</c> for the registry of <paramref name="first"/> (the construct id of the first).</summary>
        public static RuleViolation SecondConfiguration(string first)
            => new RuleViolation(
                RuleIds.ReplicationConfiguration,
                string.Empty,
                -1,
                $"A second replication configuration on the same scope as '{first}': a registry (account and Region) has one replication configuration, so the two resources fight over it and only one survives. Put all rules into one CfnReplicationConfiguration.");

        internal static bool IsRegionName(string value)
        {
            if (value.Length < 2 || value.Length > 25)
            {
                return false;
            }

            foreach (var c in value)
            {
                if (!Ascii.IsLower(c) && !Ascii.IsDigit(c) && c != '-')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Length in range and only the characters of a repository name (<c>[a-z0-9._/-]</c>).</summary>
        internal static bool IsNamePrefix(string value, int min, int max)
        {
            if (value.Length < min || value.Length > max)
            {
                return false;
            }

            foreach (var c in value)
            {
                if (!Ascii.IsLower(c) && !Ascii.IsDigit(c) && c != '.' && c != '_' && c != '-' && c != '/')
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Catalogue T14: pull through cache rules (<c>AWS::ECR::PullThroughCacheRule</c>, the L1 <c>CfnPullThroughCacheRule</c>).
    /// The upstream registries and their URLs are the ECR user guide's list (Sync an upstream registry).
    /// </summary>
    public static class PullThroughCacheRules
    {
        /// <summary>The name every pull through cache credential secret starts with (ECR guide; schema pattern of <c>CredentialArn</c>).</summary>
        public const string SecretPrefix = "ecr-pullthroughcache/";

        /// <summary>The <c>ROOT</c> prefix: the rule applies to every repository without a more specific rule.</summary>
        public const string Root = "ROOT";

        /// <summary>
        /// The <c>UpstreamRegistry</c> value of a documented upstream URL, or <c>null</c> for a URL not in the list (never
        /// judged). Azure and Amazon ECR registries are per customer (<c>*.azurecr.io</c>, <c>*.dkr.ecr.*.amazonaws.com</c>).
        /// </summary>
        public static string? RegistryOfUrl(string url)
        {
            switch (url)
            {
                case "public.ecr.aws": return "ecr-public";
                case "registry.k8s.io": return "k8s";
                case "quay.io": return "quay";
                case "registry-1.docker.io": return "docker-hub";
                case "ghcr.io": return "github-container-registry";
                case "registry.gitlab.com": return "gitlab-container-registry";
                case "cgr.dev": return "chainguard";
            }

            if (url.EndsWith(".azurecr.io", StringComparison.Ordinal) && url.Length > ".azurecr.io".Length && url.IndexOf('/') < 0)
            {
                return "azure-container-registry";
            }

            if (url.IndexOf(".dkr.ecr.", StringComparison.Ordinal) > 0 && url.EndsWith(".amazonaws.com", StringComparison.Ordinal) && url.IndexOf('/') < 0)
            {
                return "ecr";
            }

            return null;
        }

        /// <summary>The documented URL form of an <c>UpstreamRegistry</c> value, for messages.</summary>
        public static string? UrlOfRegistry(string registry)
            => registry switch
            {
                "ecr-public" => "public.ecr.aws",
                "k8s" => "registry.k8s.io",
                "quay" => "quay.io",
                "docker-hub" => "registry-1.docker.io",
                "github-container-registry" => "ghcr.io",
                "gitlab-container-registry" => "registry.gitlab.com",
                "chainguard" => "cgr.dev",
                "azure-container-registry" => "<name>.azurecr.io",
                "ecr" => "<account>.dkr.ecr.<region>.amazonaws.com",
                _ => null,
            };

        /// <summary>Whether ECR requires a Secrets Manager credential for <paramref name="registry"/> (ECR guide).</summary>
        public static bool NeedsCredential(string registry)
            => registry is "docker-hub" or "github-container-registry" or "gitlab-container-registry" or "azure-container-registry" or "chainguard";

        /// <summary>
        /// One rule: a registry that requires authentication needs <c>CredentialArn</c>; a constant credential ARN names a
        /// Secrets Manager secret whose name starts with <c>ecr-pullthroughcache/</c>; a constant <c>EcrRepositoryPrefix</c> is
        /// <c>ROOT</c> or 2 to 30 characters of lowercase path segments; a constant <c>UpstreamRegistry</c> agrees with the
        /// documented URL. <paramref name="credentialArn"/> is "set" for any written value, constant or not.
        /// </summary>
        public static IReadOnlyList<RuleViolation> Validate(Setting<string> prefix, Setting<string> upstreamRegistry, Setting<string> upstreamRegistryUrl, Setting<string> credentialArn)
        {
            var violations = default(ViolationList);
            if (prefix.TryGetValue(out var prefixValue) && prefixValue is not null && !IsValidPrefix(prefixValue, 2, 30))
            {
                violations.Add(RuleIds.PullThroughCacheRule, "EcrRepositoryPrefix", -1, $"The EcrRepositoryPrefix '{prefixValue}' is invalid: ECR accepts '{Root}' or 2 to 30 characters of lowercase letters and digits in '/'-separated segments joined by single '.', '_' or '-'; the deployment fails.");
            }

            var urlRegistry = upstreamRegistryUrl.TryGetValue(out var url) && url is not null ? RegistryOfUrl(url) : null;
            var registry = upstreamRegistry.TryGetValue(out var registryValue) && registryValue is not null && UrlOfRegistry(registryValue) is not null ? registryValue : null;
            if (registry is not null && urlRegistry is not null && registry != urlRegistry)
            {
                violations.Add(RuleIds.PullThroughCacheRule, "UpstreamRegistry", -1, $"UpstreamRegistry '{registry}' does not match UpstreamRegistryUrl '{url}', which is the URL of '{urlRegistry}'; the URL of '{registry}' is '{UrlOfRegistry(registry)}'.");
            }

            var needing = urlRegistry is not null && NeedsCredential(urlRegistry) ? urlRegistry : registry is not null && NeedsCredential(registry) ? registry : null;
            if (needing is not null && !credentialArn.IsSet)
            {
                violations.Add(RuleIds.PullThroughCacheRule, urlRegistry == needing ? "UpstreamRegistryUrl" : "UpstreamRegistry", -1, $"The upstream registry '{needing}' requires authentication, and the rule has no CredentialArn; ECR rejects the rule. Store the credentials in a Secrets Manager secret named '{SecretPrefix}...' and set CredentialArn to its ARN.");
            }

            if (credentialArn.TryGetValue(out var arn) && arn is not null && DescribeCredential(arn) is { } problem)
            {
                violations.Add(RuleIds.PullThroughCacheRule, "CredentialArn", -1, problem);
            }

            return violations.ToResult();
        }

        private static string? DescribeCredential(string arn)
        {
            var parts = arn.Split(':');
            if (parts.Length < 7 || parts[0] != "arn" || parts[2] != "secretsmanager" || parts[5] != "secret")
            {
                return $"CredentialArn '{arn}' is not the ARN of a Secrets Manager secret ('arn:<partition>:secretsmanager:<region>:<account>:secret:{SecretPrefix}<name>'); ECR rejects the rule.";
            }

            var name = arn.Substring(arn.IndexOf(":secret:", StringComparison.Ordinal) + ":secret:".Length);
            return name.StartsWith(SecretPrefix, StringComparison.Ordinal) && name.Length > SecretPrefix.Length
                ? null
                : $"The credential secret '{name}' does not start with '{SecretPrefix}'; ECR uses only secrets named '{SecretPrefix}<name>' for pull through cache and rejects the rule. Create the secret under that name.";
        }

        /// <summary>
        /// <c>ROOT</c>, or <paramref name="min"/> to <paramref name="max"/> characters matching the API pattern: segments of
        /// <c>[a-z0-9]+</c> joined by single <c>.</c>, <c>_</c> or <c>-</c>, separated by <c>/</c>, with an optional trailing <c>/</c>.
        /// </summary>
        internal static bool IsValidPrefix(string value, int min, int max)
        {
            if (value == Root)
            {
                return true;
            }

            if (value.Length < min || value.Length > max)
            {
                return false;
            }

            var body = value.EndsWith("/", StringComparison.Ordinal) ? value.Substring(0, value.Length - 1) : value;
            if (body.Length == 0)
            {
                return false;
            }

            foreach (var segment in body.Split('/'))
            {
                if (!IsSegment(segment))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsSegment(string segment)
        {
            if (segment.Length == 0)
            {
                return false;
            }

            var previousWasSeparator = true;
            foreach (var c in segment)
            {
                var separator = c == '.' || c == '_' || c == '-';
                if (separator ? previousWasSeparator : !Ascii.IsLower(c) && !Ascii.IsDigit(c))
                {
                    return false;
                }

                previousWasSeparator = separator;
            }

            return !previousWasSeparator;
        }
    }

    /// <summary>
    /// Catalogue T15: repository creation templates (<c>AWS::ECR::RepositoryCreationTemplate</c>, the L1
    /// <c>CfnRepositoryCreationTemplate</c>). The lifecycle policy text is checked for presence only; its JSON is not parsed here.
    /// </summary>
    public static class CreationTemplateRules
    {
        /// <summary>The values of <c>AppliedFor</c> (CloudFormation schema and API <c>RCTAppliedFor</c>).</summary>
        public static readonly IReadOnlyList<string> AppliedForValues = new[] { "PULL_THROUGH_CACHE", "REPLICATION", "CREATE_ON_PUSH" };

        /// <summary>
        /// One template. <paramref name="appliedFor"/>: the known elements (<c>null</c> = unknown), or not set/unknown;
        /// <paramref name="tagged"/>: resource tags are written and known to be at least one; <paramref name="customerKey"/>:
        /// KMS encryption with a <c>KmsKey</c> is written; <paramref name="customRoleArn"/> is "set" for any written value.
        /// </summary>
        public static IReadOnlyList<RuleViolation> Validate(
            Setting<string> prefix,
            Setting<EquatableArray<NullableString>> appliedFor,
            Setting<string> customRoleArn,
            bool tagged,
            bool customerKey,
            Setting<string> lifecyclePolicy,
            Setting<string> repositoryPolicy)
        {
            var violations = default(ViolationList);
            if (prefix.TryGetValue(out var prefixValue) && prefixValue is not null && !PullThroughCacheRules.IsValidPrefix(prefixValue, 1, 256))
            {
                violations.Add(RuleIds.RepositoryCreationTemplate, "Prefix", -1, $"The template Prefix '{prefixValue}' is invalid: ECR accepts '{PullThroughCacheRules.Root}' (every repository no other template matches) or up to 256 characters of lowercase letters and digits in '/'-separated segments joined by single '.', '_' or '-'; the deployment fails.");
            }

            if (appliedFor.TryGetValue(out var scenarios))
            {
                if (scenarios.Count == 0)
                {
                    violations.Add(RuleIds.RepositoryCreationTemplate, "AppliedFor", -1, $"AppliedFor is empty; a template applies to at least one of {string.Join(", ", AppliedForValues)}, and CloudFormation rejects an empty list.");
                }

                for (var i = 0; i < scenarios.Count; i++)
                {
                    var value = scenarios[i].Value;
                    if (value is not null && !Contains(AppliedForValues, value))
                    {
                        violations.Add(RuleIds.RepositoryCreationTemplate, "AppliedFor", i, $"AppliedFor value '{value}' is not one of {string.Join(", ", AppliedForValues)}; the deployment fails.");
                    }
                }
            }

            if (!customRoleArn.IsSet && (tagged || customerKey))
            {
                var what = tagged ? "ResourceTags" : "EncryptionConfiguration";
                var uses = tagged && customerKey ? "resource tags and a KMS key" : tagged ? "resource tags" : "a KMS key";
                violations.Add(RuleIds.RepositoryCreationTemplate, what, -1, $"The template uses {uses} but has no CustomRoleArn; ECR creates repositories from such a template only with a custom role it can assume (ecr.amazonaws.com) that may tag and use the key. Set CustomRoleArn.");
            }

            AddIfBlank(ref violations, lifecyclePolicy, "LifecyclePolicy");
            AddIfBlank(ref violations, repositoryPolicy, "RepositoryPolicy");
            return violations.ToResult();
        }

        /// <summary>
        /// The template's <c>LifecyclePolicy</c> text, judged as a <c>CfnRepository</c>'s: ECR applies it to each repository it
        /// creates from the template as that repository's lifecycle policy (<see cref="LifecyclePolicyText"/>). An empty or blank
        /// text is <see cref="Validate"/>'s (ECR1020), so it is not judged here again.
        /// </summary>
        public static IReadOnlyList<TextViolation> ValidateLifecyclePolicy(string text)
            => IsBlank(text) ? System.Array.Empty<TextViolation>() : LifecyclePolicyText.Validate(text);

        /// <summary>
        /// The template's <c>RepositoryPolicy</c> text, judged as a <c>CfnRepository</c>'s <c>RepositoryPolicyText</c>: ECR sets
        /// it on each repository it creates from the template, so the repository policy rules hold (no resource element either:
        /// the policy belongs to the repository it is set on). An empty or blank text is <see cref="Validate"/>'s (ECR1020).
        /// </summary>
        public static IReadOnlyList<TextViolation> ValidateRepositoryPolicy(string text)
            => IsBlank(text) ? System.Array.Empty<TextViolation>() : RepositoryPolicyText.Validate(text, "RepositoryPolicy");

        private static bool IsBlank(string text)
            => (text ?? throw new System.ArgumentNullException(nameof(text))).Trim().Length == 0;

        private static void AddIfBlank(ref ViolationList violations, Setting<string> text, string option)
        {
            if (text.TryGetValue(out var value) && value is not null && IsBlank(value))
            {
                violations.Add(RuleIds.RepositoryCreationTemplate, option, -1, $"The template's {option} is empty; ECR expects JSON policy text there and rejects an empty one. Remove {option} or write the policy.");
            }
        }

        internal static bool Contains(IReadOnlyList<string> values, string value)
        {
            foreach (var candidate in values)
            {
                if (candidate == value)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Catalogue T16: the registry's scanning configuration (<c>AWS::ECR::RegistryScanningConfiguration</c>, the L1
    /// <c>CfnRegistryScanningConfiguration</c>, Amazon.CDK.Lib releases after 2.160.0).
    /// </summary>
    public static class RegistryScanningRules
    {
        /// <summary>At most this many scanning rules (API <c>PutRegistryScanningConfiguration</c>, CloudFormation schema).</summary>
        public const int MaxRules = 2;

        /// <summary>At most this many repository filters per rule.</summary>
        public const int MaxFiltersPerRule = 100;

        /// <summary>The scan types.</summary>
        public static readonly IReadOnlyList<string> ScanTypes = new[] { "BASIC", "ENHANCED" };

        /// <summary>The scan frequencies.</summary>
        public static readonly IReadOnlyList<string> Frequencies = new[] { "SCAN_ON_PUSH", "CONTINUOUS_SCAN", "MANUAL" };

        /// <summary>The one filter type of registry scanning.</summary>
        public const string Wildcard = "WILDCARD";

        /// <summary>The configuration: its scan type and, when its rule list is known, the rule count.</summary>
        public static IReadOnlyList<RuleViolation> ValidateConfiguration(Setting<string> scanType, int? ruleCount)
        {
            var violations = default(ViolationList);
            if (scanType.TryGetValue(out var type) && type is not null && !CreationTemplateRules.Contains(ScanTypes, type))
            {
                violations.Add(RuleIds.RegistryScanningConfiguration, "ScanType", -1, $"ScanType '{type}' is not BASIC or ENHANCED; the deployment fails.");
            }

            if (ruleCount > MaxRules)
            {
                violations.Add(RuleIds.RegistryScanningConfiguration, "Rules", -1, $"The scanning configuration has {ruleCount} rules; ECR accepts at most {MaxRules} (one per scan frequency), so the deployment fails. Put the filters of rules with the same frequency into one rule.");
            }

            return violations.ToResult();
        }

        /// <summary>Rule <paramref name="rule"/> (0-based): its frequency against the scan type, and its filter count when known.</summary>
        public static IReadOnlyList<RuleViolation> ValidateRule(Setting<string> scanType, Setting<string> frequency, int? filterCount, int rule)
        {
            var violations = default(ViolationList);
            if (frequency.TryGetValue(out var value) && value is not null)
            {
                var type = scanType.TryGetValue(out var t) ? t : null;
                if (!CreationTemplateRules.Contains(Frequencies, value))
                {
                    violations.Add(RuleIds.RegistryScanningConfiguration, "ScanFrequency", rule, $"ScanFrequency '{value}' is not one of {string.Join(", ", Frequencies)}; the deployment fails.");
                }
                else if (type == "ENHANCED" && value == "MANUAL")
                {
                    violations.Add(RuleIds.RegistryScanningConfiguration, "ScanFrequency", rule, "ScanFrequency 'MANUAL' with ScanType 'ENHANCED': enhanced scanning runs SCAN_ON_PUSH or CONTINUOUS_SCAN only; ECR rejects the configuration.");
                }
                else if (type == "BASIC" && value == "CONTINUOUS_SCAN")
                {
                    violations.Add(RuleIds.RegistryScanningConfiguration, "ScanFrequency", rule, "ScanFrequency 'CONTINUOUS_SCAN' with ScanType 'BASIC': continuous scanning is enhanced scanning (Amazon Inspector); ECR rejects the configuration. Use SCAN_ON_PUSH, or ScanType ENHANCED.");
                }
            }

            if (filterCount > MaxFiltersPerRule)
            {
                violations.Add(RuleIds.RegistryScanningConfiguration, "RepositoryFilters", rule, $"Scanning rule {rule + 1} has {filterCount} repository filters; ECR accepts at most {MaxFiltersPerRule} per rule.");
            }

            return violations.ToResult();
        }

        /// <summary>One filter: <c>FilterType</c> is <c>WILDCARD</c>; <c>Filter</c> is 1 to 255 characters of <c>[a-z0-9._/*-]</c> (API <c>ScanningRepositoryFilter</c>).</summary>
        public static IReadOnlyList<RuleViolation> ValidateFilter(Setting<string> filter, Setting<string> filterType)
        {
            var violations = default(ViolationList);
            if (filterType.TryGetValue(out var type) && type is not null && type != Wildcard)
            {
                violations.Add(RuleIds.RegistryScanningConfiguration, "FilterType", -1, $"The scanning filter type '{type}' is not '{Wildcard}', the only filter type registry scanning accepts; the deployment fails.");
            }

            if (filter.TryGetValue(out var value) && value is not null && !IsScanFilter(value))
            {
                violations.Add(RuleIds.RegistryScanningConfiguration, "Filter", -1, $"The scanning filter '{value}' is invalid: 1 to 255 characters of lowercase letters, digits, '.', '_', '-', '/' and the wildcard '*'; the deployment fails.");
            }

            return violations.ToResult();
        }

        private static bool IsScanFilter(string value)
        {
            if (value.Length < 1 || value.Length > 255)
            {
                return false;
            }

            foreach (var c in value)
            {
                if (!Ascii.IsLower(c) && !Ascii.IsDigit(c) && c != '.' && c != '_' && c != '-' && c != '/' && c != '*')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
