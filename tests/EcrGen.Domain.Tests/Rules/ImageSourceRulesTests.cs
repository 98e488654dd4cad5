using EcrGen.Domain.Rules;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class ImageSourceRulesTests
    {
        private static readonly Setting<CdkEnumValue> Mutable = Member(CdkMembers.TagMutability.Mutable);
        private static readonly Setting<CdkEnumValue> Immutable = Member(CdkMembers.TagMutability.Immutable);

        // W1

        [Fact]
        public void ECR3014_no_tag_at_all_is_latest()
        {
            var violation = Single(ImageSourceRules.ValidateMutableReference(Setting<string>.NotSet, Setting<string>.NotSet, Setting<CdkEnumValue>.NotSet), RuleIds.MutableImageReference);
            Assert.Equal("TagOrDigest", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Equal(
                "No TagOrDigest is given, so the CDK uses 'latest', a tag that moves: pushing a new image changes nothing in the template, so CloudFormation never updates the function or service. Reference a digest ('sha256:...') or a tag unique to each build, or take the tag as a parameter (TagParameterContainerImage); or make the repository's tags IMMUTABLE.",
                violation.Message);
        }

        [Fact]
        public void ECR3014_latest_written_is_reported_on_the_option_the_caller_names()
        {
            var violation = Single(ImageSourceRules.ValidateMutableReference(Setting.Of("latest"), Setting<string>.NotSet, Mutable, "tag"), RuleIds.MutableImageReference);
            Assert.Equal("tag", violation.Option);
            Assert.StartsWith("tag is 'latest', a tag that moves", violation.Message);
        }

        [Fact]
        public void ECR3014_deprecated_Tag_counts_as_a_tag()
        {
            None(ImageSourceRules.ValidateMutableReference(Setting<string>.NotSet, Setting.Of("v1"), Setting<CdkEnumValue>.NotSet));
            var violation = Single(ImageSourceRules.ValidateMutableReference(Setting<string>.NotSet, Setting.Of("latest"), Setting<CdkEnumValue>.NotSet), RuleIds.MutableImageReference);
            Assert.Equal("Tag", violation.Option);
        }

        [Fact]
        public void ECR3014_TagOrDigest_wins_over_Tag_as_in_the_CDK()
        {
            // tagOrDigest ?? tag ?? 'latest'
            None(ImageSourceRules.ValidateMutableReference(Setting.Of("v1"), Setting.Of("latest"), Setting<CdkEnumValue>.NotSet));
            Single(ImageSourceRules.ValidateMutableReference(Setting.Of("latest"), Setting.Of("v1"), Setting<CdkEnumValue>.NotSet), RuleIds.MutableImageReference);
        }

        [Theory]
        [InlineData("v1.2.3")]
        [InlineData(ValidDigest)]
        [InlineData("Latest")]
        [InlineData("latest-2024")]
        public void ECR3014_other_tags_and_digests_pass(string value)
        {
            None(ImageSourceRules.ValidateMutableReference(Setting.Of(value), Setting<string>.NotSet, Mutable));
        }

        [Fact]
        public void ECR3014_values_known_only_at_run_time_pass()
        {
            None(ImageSourceRules.ValidateMutableReference(Setting<string>.Unknown, Setting<string>.NotSet, Mutable));
            None(ImageSourceRules.ValidateMutableReference(Setting<string>.NotSet, Setting<string>.Unknown, Mutable));
        }

        [Fact]
        public void ECR3014_an_immutable_repository_cannot_move_its_tags()
        {
            None(ImageSourceRules.ValidateMutableReference(Setting<string>.NotSet, Setting<string>.NotSet, Immutable));
            None(ImageSourceRules.ValidateMutableReference(Setting.Of("latest"), Setting<string>.NotSet, Immutable));
            Single(ImageSourceRules.ValidateMutableReference(Setting.Of("latest"), Setting<string>.NotSet, Member(CdkMembers.TagMutability.ImmutableWithExclusion)), RuleIds.MutableImageReference);
            None(ImageSourceRules.ValidateMutableReference(Setting.Of("latest"), Setting<string>.NotSet, Setting<CdkEnumValue>.Unknown)); // may be IMMUTABLE
        }

        // W2

        [Fact]
        public void ECR3015_function_from_a_repository_of_the_same_stack()
        {
            var violation = Single(ImageSourceRules.ValidateRepositoryHasImage(createdInSameStack: true, mayBeFilledFirst: false, ImageConsumer.Function), RuleIds.ImageFromNewRepository);
            Assert.Equal("", violation.Option);
            Assert.Equal(
                "The image comes from a repository created in the same stack: on the first deployment CloudFormation creates the repository empty, then the function, and Lambda rejects the function (\"Source image ... does not exist\"). Create the repository in a stack deployed first (and pass it in), or use a TagParameterContainerImage whose tag a pipeline fills in after pushing.",
                violation.Message);
        }

        [Fact]
        public void ECR3015_container_from_a_repository_of_the_same_stack()
        {
            var violation = Single(ImageSourceRules.ValidateRepositoryHasImage(true, false, ImageConsumer.Container), RuleIds.ImageFromNewRepository);
            Assert.Contains("then the container, and the ECS service's tasks cannot pull the image", violation.Message);
        }

        [Fact]
        public void ECR3015_not_reported_for_another_stack_a_repository_that_may_be_filled_first_or_no_consumer()
        {
            None(ImageSourceRules.ValidateRepositoryHasImage(false, false, ImageConsumer.Function));
            None(ImageSourceRules.ValidateRepositoryHasImage(true, true, ImageConsumer.Function));
            None(ImageSourceRules.ValidateRepositoryHasImage(true, false, ImageConsumer.Unknown));
        }
    }
}
