using System.Collections.Generic;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// The ARN given to <c>Repository.FromRepositoryArn</c> (catalogue W6; aws-ecr/lib/repository.ts <c>fromRepositoryArn</c>,
    /// core/lib/arn.ts <c>parseArnShape</c>, which the imported repository's <c>environmentFromArn</c> runs).
    /// </summary>
    public static class RepositoryArnRules
    {
        /// <summary>The form <c>fromRepositoryArn</c> names in its error.</summary>
        public const string Format = "arn:<PARTITION>:ecr:<REGION>:<ACCOUNT>:repository/<NAME>";

        /// <summary>
        /// W6 for the value passed to <c>FromRepositoryArn</c>: <paramref name="isDeployTimeValue"/> (a token: a CfnParameter
        /// value, <c>Fn.ImportValue</c>, another construct's ARN, <c>Aws.ACCOUNT_ID</c> inside the text) throws "late-bound";
        /// a known ARN throws when its last <c>:</c> part does not start with <c>repository/</c>, or when it is not an ARN at
        /// all (no <c>arn:</c>, no partition, service or resource); an ARN the CDK accepts but that cannot name an ECR
        /// repository (another service, no region, an account that is not 12 digits, an invalid repository name) is reported
        /// too. Nothing for a value the compiler does not know. At most one violation, on <paramref name="option"/>.
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateFromRepositoryArn(Setting<string> arn, bool isDeployTimeValue, string option = "repositoryArn")
        {
            var message = isDeployTimeValue
                ? "The repository ARN is a deploy-time value (a token), so FromRepositoryArn cannot read the repository name from it; the CDK throws '\"repositoryArn\" is a late-bound value, and therefore \"repositoryName\" is required. Use `fromRepositoryAttributes` instead'. Use Repository.FromRepositoryAttributes with RepositoryArn and RepositoryName."
                : arn.TryGetValue(out var value) && value is not null ? Describe(value) : null;
            return message is null
                ? System.Array.Empty<RuleViolation>()
                : new[] { new RuleViolation(RuleIds.RepositoryArn, option, -1, message) };
        }

        private static string? Describe(string arn)
        {
            var components = arn.Split(':');

            // fromRepositoryArn's own check comes first.
            if (!components[components.Length - 1].StartsWith("repository/", System.StringComparison.Ordinal))
            {
                return $"'{arn}' is not a repository ARN; the CDK throws \"Repository arn should be in the format '{Format}', got {arn}.\"";
            }

            // Then the imported repository's environmentFromArn: Arn.split.
            if (!arn.StartsWith("arn:", System.StringComparison.Ordinal))
            {
                return $"'{arn}' is not an ARN; the CDK throws 'ARNs must start with \"arn:\" and have at least 6 components: {arn}'. Write '{Format}'.";
            }

            var component = components[1].Length == 0 ? "partition"
                : components.Length <= 2 || components[2].Length == 0 ? "service"
                : components.Length <= 5 || components[5].Length == 0 ? "resource"
                : null;
            if (component is not null)
            {
                var ordinal = component == "partition" ? "2nd" : component == "service" ? "3rd" : "6th";
                return $"'{arn}' has no {component} component; the CDK throws \"The `{component}` component ({ordinal} component) of an ARN is required: {arn}\".";
            }

            // Accepted by the CDK, but no ECR repository has this ARN: the image URI and grants built from it are wrong.
            var name = arn.Substring(arn.LastIndexOf(':') + 1 + "repository/".Length);
            if (components.Length != 6)
            {
                return $"'{arn}' has {components.Length} ':'-separated parts; a repository ARN has 6 ('{Format}'), so the image URI built from it names no repository.";
            }

            if (components[2] != "ecr")
            {
                return $"'{arn}' is an ARN of service '{components[2]}', not 'ecr' ('{Format}'); the image URI and grants built from it name no repository.";
            }

            if (components[3].Length == 0)
            {
                return $"'{arn}' has no region; the CDK builds the repository URI from the ARN's region and account ('{Format}'), so the URI names no registry.";
            }

            if (!RegistryId.IsValid(components[4]))
            {
                return $"'{arn}' has account '{components[4]}', not a 12-digit AWS account id; the repository URI built from it names no registry.";
            }

            foreach (var violation in RepositoryNameRules.Validate(Setting.Of(name)))
            {
                return $"The repository name in '{arn}' is invalid: {violation.Message}";
            }

            return null;
        }
    }
}
