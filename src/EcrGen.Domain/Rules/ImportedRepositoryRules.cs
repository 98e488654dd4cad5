using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// What the CDK does with a repository it does not own (aws-ecr/lib/repository.ts: the <c>Import</c> classes of
    /// <c>fromRepositoryName</c>, <c>fromRepositoryArn</c> and <c>fromRepositoryAttributes</c>, whose
    /// <c>addToResourcePolicy</c> returns <c>{ statementAdded: false }</c>; aws-iam/lib/grant.ts
    /// <c>Grant.addToPrincipalOrResource</c>; aws-lambda/lib/code.ts <c>EcrImageCode.bind</c>).
    /// </summary>
    public static class ImportedRepositoryRules
    {
        /// <summary>The method that adds a statement to a repository policy.</summary>
        public const string AddToResourcePolicy = "AddToResourcePolicy";

        /// <summary>
        /// ECR1012: <paramref name="method"/> called on an imported repository. <c>AddToResourcePolicy</c> is always dropped. A
        /// <c>Grant*</c> is dropped only when its grantee has no identity policy to put the permission in
        /// (<paramref name="granteeWithoutIdentityPolicy"/> names it: <c>ServicePrincipal</c>, <c>AccountPrincipal</c>, ...);
        /// <c>null</c> for a role, user or function, or a grantee not known, which is not reported: the grant works through
        /// the grantee's own policy.
        /// </summary>
        public static IEnumerable<RuleViolation> ValidatePolicyCall(ImportedRepositorySpec repository, string method, string? granteeWithoutIdentityPolicy)
        {
            if (repository is null)
            {
                throw new System.ArgumentNullException(nameof(repository));
            }

            var violations = default(ViolationList);
            if (method == AddToResourcePolicy)
            {
                violations.Add(
                    RuleIds.PolicyOnImportedRepository,
                    method,
                    -1,
                    $"AddToResourcePolicy on a repository imported with {repository.ImportedWith} is dropped: the CDK does not manage an imported repository's policy, so nothing reaches the template (StatementAdded is false). Add the statement where the repository is defined.");
            }
            else if (granteeWithoutIdentityPolicy is not null)
            {
                violations.Add(
                    RuleIds.PolicyOnImportedRepository,
                    method,
                    -1,
                    $"{method} to a {granteeWithoutIdentityPolicy} on a repository imported with {repository.ImportedWith} is dropped: that principal has no identity policy, so the grant can only go into the repository policy, which the CDK does not manage for an imported repository. Grant it where the repository is defined, or grant a role or user.");
            }

            return violations.ToResult();
        }

        /// <summary>
        /// ECR3013: Lambda image code from an imported repository that is known to be in another account than the stack
        /// (<paramref name="stackAccount"/>, a constant <c>Env.Account</c>). Lambda adds its own pull permission to the policy
        /// of a repository in the function's account when the deploying role may set it, which is why a same-account import
        /// (by name, by lookup, or by an ARN of the stack's account) is never reported; for a repository in another account it
        /// cannot, and the CDK's grant to the Lambda service is dropped on an imported repository. An account not known, on
        /// either side, is not reported.
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateImageCode(ImportedRepositorySpec repository, Setting<string> stackAccount)
        {
            if (repository is null)
            {
                throw new System.ArgumentNullException(nameof(repository));
            }

            if (repository.InStackAccount
                || !repository.Arn.TryGetValue(out var arn)
                || AccountOf(arn) is not { } repositoryAccount
                || !stackAccount.TryGetValue(out var account)
                || account is null
                || !RegistryId.IsValid(account)
                || account == repositoryAccount)
            {
                return System.Array.Empty<RuleViolation>();
            }

            return new[]
            {
                new RuleViolation(
                    RuleIds.ImportedRepository,
                    "repository",
                    -1,
                    $"The repository is imported with {repository.ImportedWith} from account {repositoryAccount}, and the stack deploys to account {account}: Lambda adds its pull permission only to repositories in the function's own account and the CDK cannot change an imported repository's policy, so the repository policy in {repositoryAccount} must allow account {account} and lambda.amazonaws.com to pull (ecr:BatchGetImage, ecr:GetDownloadUrlForLayer)"),
            };
        }

        /// <summary>
        /// T4 (ECR3020): Lambda image code from an imported repository whose constant ARN names another region than the stack's
        /// constant <c>Env.Region</c>. The CDK builds the image URI from the ARN's region and account, and Lambda takes images
        /// only from a repository in the function's own region (Lambda developer guide, "Create a Lambda function using a
        /// container image"). A repository imported by name or by lookup is in the stack's region; a region not known, on
        /// either side, is not reported.
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateImageCodeRegion(ImportedRepositorySpec repository, Setting<string> stackRegion)
        {
            if (repository is null)
            {
                throw new System.ArgumentNullException(nameof(repository));
            }

            if (repository.InStackAccount
                || !repository.Arn.TryGetValue(out var arn)
                || RegionOf(arn) is not { } repositoryRegion
                || !stackRegion.TryGetValue(out var region)
                || region is null
                || !IsRegionName(region)
                || region == repositoryRegion)
            {
                return System.Array.Empty<RuleViolation>();
            }

            return new[]
            {
                new RuleViolation(
                    RuleIds.CrossRegionImage,
                    "repository",
                    -1,
                    $"The repository is imported with {repository.ImportedWith} from region {repositoryRegion}, and the stack deploys to region {region}: Lambda takes a container image only from an ECR repository in the function's own region, so creating the function fails. Replicate the repository to {region} (ECR replication) and import that copy"),
            };
        }

        /// <summary>
        /// The region of an ECR repository ARN (<c>arn:&lt;partition&gt;:ecr:&lt;region&gt;:&lt;account&gt;:repository/&lt;name&gt;</c>),
        /// or <c>null</c> when <paramref name="arn"/> is not of that form or its region is not a region name.
        /// </summary>
        public static string? RegionOf(string? arn)
        {
            if (arn is null)
            {
                return null;
            }

            var parts = arn.Split(':');
            if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "ecr" || !parts[5].StartsWith("repository/", System.StringComparison.Ordinal))
            {
                return null;
            }

            return IsRegionName(parts[3]) ? parts[3] : null;
        }

        // eu-west-1, us-gov-west-1, cn-north-1: lowercase letters, digits and dashes, ending in a digit. Not "", not a token.
        private static bool IsRegionName(string region)
        {
            if (region.Length < 4 || !char.IsDigit(region[region.Length - 1]) || region.IndexOf('-') < 0)
            {
                return false;
            }

            foreach (var c in region)
            {
                if (!(c >= 'a' && c <= 'z') && !char.IsDigit(c) && c != '-')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The account of an ECR repository ARN (<c>arn:&lt;partition&gt;:ecr:&lt;region&gt;:&lt;account&gt;:repository/&lt;name&gt;</c>),
        /// or <c>null</c> when <paramref name="arn"/> is not of that form or its account is not twelve digits.
        /// </summary>
        public static string? AccountOf(string? arn)
        {
            if (arn is null)
            {
                return null;
            }

            var parts = arn.Split(':');
            if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "ecr" || !parts[5].StartsWith("repository/", System.StringComparison.Ordinal))
            {
                return null;
            }

            return RegistryId.IsValid(parts[4]) ? parts[4] : null;
        }
    }
}
