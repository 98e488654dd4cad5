using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// Statements of a repository's resource policy (catalogue W7; aws-iam/lib/policy-statement.ts
    /// <c>validateForResourcePolicy</c>, which <c>Repository</c> runs on its policy document at synth).
    /// </summary>
    public static class PolicyStatementRules
    {
        /// <summary>
        /// W7: a statement with neither actions nor not-actions, and one with no principal (nor not-principal), make the CDK
        /// throw at synth. <paramref name="where"/> names the policy in the message (<c>AddToResourcePolicy(...)</c>). Parts not
        /// known are not judged. Reported on the whole statement (option <c>""</c>).
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateForResourcePolicy(PolicyStatementSpec statement, string where)
            => ValidateForResourcePolicy(statement, where, PolicyForm.Construct);

        /// <summary>
        /// W7 for a policy of the given <paramref name="form"/>: the L2 <c>Repository</c> validates its policy at synth and
        /// throws; an L1 <c>CfnRepository</c> passes its <c>RepositoryPolicyText</c> (a <c>PolicyDocument</c> or a JSON text)
        /// through unchecked, and ECR rejects the policy at deploy. The message says which, and the repair in that form's words.
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateForResourcePolicy(PolicyStatementSpec statement, string where, PolicyForm form)
        {
            if (statement is null)
            {
                throw new System.ArgumentNullException(nameof(statement));
            }

            // One violation per statement (both problems in one message): the analyzers report one diagnostic per place.
            var noAction = IsKnownEmpty(statement.Actions) && IsKnownEmpty(statement.NotActions);
            var noPrincipal = statement.HasPrincipals.TryGetValue(out var hasPrincipals) && !hasPrincipals;
            if (!noAction && !noPrincipal)
            {
                return System.Array.Empty<RuleViolation>();
            }

            var missing = noAction && noPrincipal ? "no action and no principal" : noAction ? "no action" : "no principal";
            const string NoActionError = "\"A PolicyStatement must specify at least one 'action' or 'notAction'.\"";
            const string NoPrincipalError = "\"A PolicyStatement used in a resource-based policy must specify at least one IAM principal.\"";
            var thrown = noAction && noPrincipal ? NoActionError + " and " + NoPrincipalError : noAction ? NoActionError : NoPrincipalError;
            if (form == PolicyForm.JsonText)
            {
                var element = noAction && noPrincipal ? "an \"Action\" and a \"Principal\"" : noAction ? "an \"Action\" (for example \"ecr:BatchGetImage\")" : "a \"Principal\" (for example {\"AWS\": \"arn:aws:iam::123456789012:root\"})";
                return new[] { new RuleViolation(RuleIds.ResourcePolicyStatement, "", -1, $"The statement in {where} has {missing}; ECR rejects the policy at deploy {InvalidPolicy}. Add {element}.") };
            }

            var repair = noAction && noPrincipal ? "Add Actions and Principals"
                : noAction ? "Add Actions (for example \"ecr:BatchGetImage\")"
                : "Add Principals (for example new AccountPrincipal(\"123456789012\")), or grant through the principal's own policy";
            var outcome = form == PolicyForm.Construct
                ? $"the CDK throws at synth {thrown}"
                : $"the CDK does not check an L1 policy, and ECR rejects it at deploy {InvalidPolicy}";
            return new[]
            {
                new RuleViolation(
                    RuleIds.ResourcePolicyStatement,
                    "",
                    -1,
                    $"The statement given to {where} has {missing}; {outcome}. {repair}."),
            };
        }

        /// <summary>ECR's answer to a repository policy it does not accept, as CloudFormation reports it.</summary>
        public const string InvalidPolicy = "(\"Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided'\")";

        /// <summary>
        /// T18: a statement of a repository policy with a resource element (<c>Resources</c>, a JSON <c>Resource</c>): the policy
        /// belongs to the repository it is set on, and ECR rejects any resource element at deploy. The L2
        /// <c>AddToResourcePolicy</c> only warns at synth (<c>@aws-cdk/aws-ecr:noResourceStatements</c>). Only a resource
        /// element known to be written is reported.
        /// </summary>
        public static IEnumerable<RuleViolation> ValidateResources(PolicyStatementSpec statement, string where, PolicyForm form)
        {
            if (statement is null)
            {
                throw new System.ArgumentNullException(nameof(statement));
            }

            if (!statement.HasResources.TryGetValue(out var hasResources) || !hasResources)
            {
                return System.Array.Empty<RuleViolation>();
            }

            var message = form switch
            {
                PolicyForm.JsonText => $"The statement in {where} has a resource element; a repository policy applies to its own repository, and ECR rejects the policy at deploy {InvalidPolicy}. Remove \"Resource\" (and \"NotResource\").",
                PolicyForm.Construct => $"The statement given to {where} has Resources; a repository policy applies to its own repository: the CDK only warns at synth (\"ECR resource policy does not allow resource statements.\") and ECR rejects the policy at deploy {InvalidPolicy}. Remove Resources.",
                _ => $"The statement given to {where} has Resources; a repository policy applies to its own repository, and ECR rejects the policy at deploy {InvalidPolicy}. Remove Resources.",
            };
            return new[] { new RuleViolation(RuleIds.RepositoryPolicyResource, "Resources", -1, message) };
        }

        private static bool IsKnownEmpty(Setting<EquatableArray<NullableString>> list)
            => !list.IsSet || (list.IsKnown && list.Value.Count == 0);
    }

    /// <summary>How a repository policy is written, which decides who rejects a broken statement and when.</summary>
    public enum PolicyForm
    {
        /// <summary>The L2 <c>Repository</c> (<c>AddToResourcePolicy</c>): it validates its policy at synth.</summary>
        Construct,

        /// <summary>A <c>PolicyDocument</c> given to an L1 (<c>CfnRepositoryProps.RepositoryPolicyText</c>): passed through unchecked.</summary>
        L1Document,

        /// <summary>A JSON text given to an L1: passed through unchecked.</summary>
        JsonText,
    }
}
