using System.Linq;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;

namespace EcrGen.Domain.Tests.Rules
{
    public class RepositoryLookupRulesTests
    {
        [Fact]
        public void Neither_name_nor_arn_is_reported_on_the_whole_object()
        {
            foreach (var spec in new[]
            {
                new RepositoryLookupSpec(),
                new RepositoryLookupSpec { RepositoryName = Setting.Of(string.Empty) },
                new RepositoryLookupSpec { RepositoryName = Setting.Of(string.Empty), RepositoryArn = Setting.Of(string.Empty) },
            })
            {
                var violation = Assert.Single(RepositoryLookupRules.Validate(spec));
                Assert.Equal(RuleIds.RepositoryLookup, violation.RuleId);
                Assert.Equal(string.Empty, violation.Option);
                Assert.Contains("At least one of `repositoryName` or `repositoryArn` must be provided.", violation.Message, System.StringComparison.Ordinal);
            }
        }

        [Fact]
        public void A_token_is_reported_on_its_option_before_the_missing_name()
        {
            var violation = Assert.Single(RepositoryLookupRules.Validate(new RepositoryLookupSpec
            {
                RepositoryArn = Setting<string>.Unknown,
                DeployTimeValueIn = Setting.Of("RepositoryArn"),
            }));
            Assert.Equal("RepositoryArn", violation.Option);
            Assert.Contains("Cannot look up a repository with a tokenized name or ARN.", violation.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_name_an_arn_or_an_unknown_value_is_valid()
        {
            Assert.Empty(RepositoryLookupRules.Validate(new RepositoryLookupSpec { RepositoryName = Setting.Of("team/app") }));
            Assert.Empty(RepositoryLookupRules.Validate(new RepositoryLookupSpec { RepositoryArn = Setting.Of("arn:aws:ecr:eu-west-1:123456789012:repository/team/app") }));
            Assert.Empty(RepositoryLookupRules.Validate(new RepositoryLookupSpec { RepositoryName = Setting<string>.Unknown }));
            Assert.Empty(RepositoryLookupRules.Validate(new RepositoryLookupSpec { RepositoryName = Setting.Of(string.Empty), RepositoryArn = Setting<string>.Unknown }));
        }

        [Fact]
        public void A_null_spec_throws()
            => Assert.Throws<System.ArgumentNullException>(() => RepositoryLookupRules.Validate(null!).ToList());
    }
}
