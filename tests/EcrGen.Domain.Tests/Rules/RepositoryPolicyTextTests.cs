using System.Linq;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;

namespace EcrGen.Domain.Tests.Rules
{
    public class RepositoryPolicyTextTests
    {
        internal const string Valid = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Pull\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"]}]}";

        private static TextViolation Single(string text, string ruleId)
        {
            var violation = Assert.Single(RepositoryPolicyText.Validate(text));
            Assert.Equal(ruleId, violation.Violation.RuleId);
            return violation;
        }

        [Fact]
        public void A_valid_policy_has_no_violation()
        {
            Assert.Empty(RepositoryPolicyText.Validate(Valid));
            Assert.Empty(RepositoryPolicyText.Validate("{\"Statement\":{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"x\"},\"NotAction\":\"ecr:Delete*\"}}"));
        }

        [Fact]
        public void A_Resource_is_ECR1016_on_its_key()
        {
            const string Text = "{\"Statement\":[{\"Principal\":\"*\",\"Action\":\"ecr:*\",\"Resource\":\"*\"}]}";
            var violation = Single(Text, RuleIds.RepositoryPolicyResource);
            Assert.Equal("\"Resource\"", Text.Substring(violation.Start, violation.Length));
            Assert.Equal("Statement[0].Resource", violation.Violation.Option);
            Assert.Equal(
                "The statement in the RepositoryPolicyText (Statement[0]) has a resource element; a repository policy applies to its own repository, and ECR rejects the policy at deploy (\"Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided'\"). Remove \"Resource\" (and \"NotResource\").",
                violation.Violation.Message);
            Single("{\"Statement\":{\"Principal\":\"*\",\"Action\":\"ecr:*\",\"NotResource\":\"x\"}}", RuleIds.RepositoryPolicyResource);
        }

        [Fact]
        public void No_action_or_no_principal_is_ECR1013_on_the_statement()
        {
            const string Text = "{\"Statement\":[{\"Principal\":\"*\",\"Action\":\"ecr:*\"},{\"Action\":[\"ecr:BatchGetImage\"]}]}";
            var violation = Single(Text, RuleIds.ResourcePolicyStatement);
            Assert.Equal("{\"Action\":[\"ecr:BatchGetImage\"]}", Text.Substring(violation.Start, violation.Length));
            Assert.StartsWith("The statement in the RepositoryPolicyText (Statement[1]) has no principal; ECR rejects the policy at deploy", violation.Violation.Message);
            Assert.Contains("no action", Single("{\"Statement\":[{\"Principal\":\"*\",\"Action\":[]}]}", RuleIds.ResourcePolicyStatement).Violation.Message);

            // Keys in another case are not judged.
            Assert.Empty(RepositoryPolicyText.Validate("{\"Statement\":[{\"principal\":\"*\",\"action\":\"ecr:*\"}]}"));
        }

        [Fact]
        public void Not_a_policy_is_ECR1017()
        {
            Assert.Equal(14, Single("{\"Statement\":[}", RuleIds.RepositoryPolicyTextInvalid).Start);
            Assert.Contains("is a JSON array", Single("[]", RuleIds.RepositoryPolicyTextInvalid).Violation.Message);
            Assert.Contains("no \"Statement\"", Single("{\"Version\":\"2012-10-17\"}", RuleIds.RepositoryPolicyTextInvalid).Violation.Message);
            Assert.Empty(RepositoryPolicyText.Validate("{\"statement\":[]}")); // another case: not judged
        }

        [Fact]
        public void The_messages_name_the_property_the_text_is_in()
        {
            Assert.Equal(RepositoryPolicyText.Validate("{\"Statement\":[}"), RepositoryPolicyText.Validate("{\"Statement\":[}", "RepositoryPolicyText"));
            Assert.StartsWith("The RepositoryPolicy has no \"Statement\";", Assert.Single(RepositoryPolicyText.Validate("{}", "RepositoryPolicy")).Violation.Message);
            Assert.StartsWith("The statement in the RepositoryPolicy (Statement) has no action;", Assert.Single(RepositoryPolicyText.Validate("{\"Statement\":{\"Principal\":\"*\"}}", "RepositoryPolicy")).Violation.Message);
        }

        [Fact]
        public void The_L1_and_construct_forms_say_who_rejects()
        {
            var spec = new PolicyStatementSpec { HasPrincipals = Setting.Of(false), Actions = TestData.List("ecr:BatchGetImage"), HasResources = Setting.Of(true) };
            Assert.Contains("the CDK does not check an L1 policy, and ECR rejects it at deploy", PolicyStatementRules.ValidateForResourcePolicy(spec, "CfnRepository RepositoryPolicyText", PolicyForm.L1Document).Single().Message);
            Assert.Contains("the CDK throws at synth", PolicyStatementRules.ValidateForResourcePolicy(spec, "AddToResourcePolicy(...)").Single().Message);
            var construct = PolicyStatementRules.ValidateResources(spec, "AddToResourcePolicy(...)", PolicyForm.Construct).Single();
            Assert.Equal(RuleIds.RepositoryPolicyResource, construct.RuleId);
            Assert.Equal("Resources", construct.Option);
            Assert.Contains("the CDK only warns at synth", construct.Message);
            Assert.Empty(PolicyStatementRules.ValidateResources(spec with { HasResources = Setting<bool>.Unknown }, "x", PolicyForm.Construct));
            Assert.Empty(PolicyStatementRules.ValidateResources(new PolicyStatementSpec(), "x", PolicyForm.Construct));
        }
    }
}
