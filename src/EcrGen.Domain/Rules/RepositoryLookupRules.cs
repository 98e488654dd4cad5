using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// <c>Repository.FromLookup</c>'s options (Amazon.CDK.Lib 2.187.0 and newer; aws-ecr/lib/repository.ts <c>fromLookup</c>):
    /// the CDK throws for a token name or ARN (checked first), and when neither is given.
    /// </summary>
    public static class RepositoryLookupRules
    {
        /// <summary>The violations among the known values of <paramref name="spec"/>.</summary>
        public static IEnumerable<RuleViolation> Validate(RepositoryLookupSpec spec)
        {
            if (spec is null)
            {
                throw new System.ArgumentNullException(nameof(spec));
            }

            var violations = default(ViolationList);
            if (spec.DeployTimeValueIn.TryGetValue(out var tokenOption))
            {
                violations.Add(
                    RuleIds.RepositoryLookup,
                    tokenOption,
                    -1,
                    $"{tokenOption} is a deploy-time token; the CDK throws \"Cannot look up a repository with a tokenized name or ARN.\" (a lookup runs at synth, before CloudFormation knows the value).");
            }
            else if (IsKnownAbsent(spec.RepositoryName) && IsKnownAbsent(spec.RepositoryArn))
            {
                violations.Add(
                    RuleIds.RepositoryLookup,
                    string.Empty,
                    -1,
                    "Repository.FromLookup needs RepositoryName or RepositoryArn; the CDK throws \"At least one of `repositoryName` or `repositoryArn` must be provided.\"");
            }

            return violations.ToResult();
        }

        // Not written, null, or the empty string: all falsy, so "not provided" to the CDK.
        private static bool IsKnownAbsent(Setting<string> value)
            => !value.IsSet || (value.TryGetValue(out var text) && string.IsNullOrEmpty(text));
    }
}
