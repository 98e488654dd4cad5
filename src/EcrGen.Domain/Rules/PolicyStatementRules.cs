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
            var repair = noAction && noPrincipal ? "Add Actions and Principals"
                : noAction ? "Add Actions (for example \"ecr:BatchGetImage\")"
                : "Add Principals (for example new AccountPrincipal(\"123456789012\")), or grant through the principal's own policy";
            return new[]
            {
                new RuleViolation(
                    RuleIds.ResourcePolicyStatement,
                    "",
                    -1,
                    $"The statement given to {where} has {missing}; the CDK throws at synth {thrown}. {repair}."),
            };
        }

        private static bool IsKnownEmpty(Setting<EquatableArray<NullableString>> list)
            => !list.IsSet || (list.IsKnown && list.Value.Count == 0);
    }
}
