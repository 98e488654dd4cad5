using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class PolicyStatementRulesTests
    {
        private static readonly Setting<EquatableArray<NullableString>> OneAction = Setting.Of(new EquatableArray<NullableString>(new[] { new NullableString("ecr:BatchGetImage") }));
        private static readonly Setting<EquatableArray<NullableString>> NoActions = Setting.Of(new EquatableArray<NullableString>(new NullableString[0]));

        [Fact]
        public void A_statement_with_an_action_and_a_principal_is_valid()
        {
            None(PolicyStatementRules.ValidateForResourcePolicy(new PolicyStatementSpec { Actions = OneAction, HasPrincipals = Setting.Of(true) }, "AddToResourcePolicy(...)"));
            None(PolicyStatementRules.ValidateForResourcePolicy(new PolicyStatementSpec { NotActions = OneAction, HasPrincipals = Setting.Of(true) }, "AddToResourcePolicy(...)"));
        }

        [Fact]
        public void No_action_is_reported_with_the_CDK_message()
        {
            var violation = Single(PolicyStatementRules.ValidateForResourcePolicy(new PolicyStatementSpec { Actions = NoActions, HasPrincipals = Setting.Of(true) }, "AddToResourcePolicy(...)"), RuleIds.ResourcePolicyStatement);
            Assert.Equal("", violation.Option);
            Assert.Equal("The statement given to AddToResourcePolicy(...) has no action; the CDK throws at synth \"A PolicyStatement must specify at least one 'action' or 'notAction'.\". Add Actions (for example \"ecr:BatchGetImage\").", violation.Message);
        }

        [Fact]
        public void No_principal_and_both_are_one_violation_each()
        {
            var noPrincipal = Single(PolicyStatementRules.ValidateForResourcePolicy(new PolicyStatementSpec { Actions = OneAction, HasPrincipals = Setting.Of(false) }, "AddToResourcePolicy(...)"), RuleIds.ResourcePolicyStatement);
            Assert.Equal(
                "The statement given to AddToResourcePolicy(...) has no principal; the CDK throws at synth \"A PolicyStatement used in a resource-based policy must specify at least one IAM principal.\". Add Principals (for example new AccountPrincipal(\"123456789012\")), or grant through the principal's own policy.",
                noPrincipal.Message);
            var both = Single(PolicyStatementRules.ValidateForResourcePolicy(new PolicyStatementSpec { HasPrincipals = Setting.Of(false) }, "AddToResourcePolicy(...)"), RuleIds.ResourcePolicyStatement);
            Assert.Equal(
                "The statement given to AddToResourcePolicy(...) has no action and no principal; the CDK throws at synth \"A PolicyStatement must specify at least one 'action' or 'notAction'.\" and \"A PolicyStatement used in a resource-based policy must specify at least one IAM principal.\". Add Actions and Principals.",
                both.Message);

            // Reported on the whole statement, never on one element of a list.
            Assert.Equal(-1, noPrincipal.Index);
            Assert.Equal(-1, both.Index);
        }

        [Fact]
        public void A_missing_statement_is_a_programming_error()
        {
            Assert.Throws<System.ArgumentNullException>(() => PolicyStatementRules.ValidateForResourcePolicy(null!, "x"));
        }

        [Fact]
        public void Unknown_parts_are_not_judged()
        {
            None(PolicyStatementRules.ValidateForResourcePolicy(new PolicyStatementSpec { Actions = Setting<EquatableArray<NullableString>>.Unknown, HasPrincipals = Setting.Of(true) }, "x"));
            None(PolicyStatementRules.ValidateForResourcePolicy(new PolicyStatementSpec { Actions = Setting<EquatableArray<NullableString>>.Present, HasPrincipals = Setting.Of(true) }, "x"));
            None(PolicyStatementRules.ValidateForResourcePolicy(new PolicyStatementSpec { Actions = OneAction, HasPrincipals = Setting<bool>.Unknown }, "x"));
            None(PolicyStatementRules.ValidateForResourcePolicy(new PolicyStatementSpec { Actions = OneAction }, "x"));
        }
    }
}
