using System.Linq;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    /// <summary>T10 (ECR1030): the deprecated AutoDeleteImages where the CDK has EmptyOnDelete.</summary>
    public class AutoDeleteImagesDeprecatedTests
    {
        private static readonly Setting<CdkEnumValue> Destroy = Member(CdkMembers.RemovalPolicy.Destroy);

        [Fact]
        public void AutoDeleteImages_true_with_DESTROY_is_reported_with_the_rename()
        {
            var violation = Single(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), RemovalPolicy = Destroy }), RuleIds.AutoDeleteImagesDeprecated);
            Assert.Equal("AutoDeleteImages", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Equal(FixHint.Rename("EmptyOnDelete"), violation.Fix);
            Assert.Equal(
                "AutoDeleteImages = true is deprecated in favour of EmptyOnDelete: it empties the repository through a custom resource (a Lambda function and an IAM role added to the stack), where EmptyOnDelete is a property of the repository that CloudFormation applies itself. Use EmptyOnDelete = true.",
                violation.Message);
        }

        [Fact]
        public void A_value_or_policy_the_compiler_does_not_know_is_reported_too()
        {
            // The rename keeps the value, so it is as right as the code was.
            var present = Single(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting<bool>.Present, RemovalPolicy = Destroy }), RuleIds.AutoDeleteImagesDeprecated);
            Assert.StartsWith("AutoDeleteImages is deprecated in favour of EmptyOnDelete:", present.Message);
            Assert.EndsWith("Use EmptyOnDelete.", present.Message);
            Single(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), RemovalPolicy = Setting<CdkEnumValue>.Unknown }), RuleIds.AutoDeleteImagesDeprecated);
            Single(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting<bool>.Present }), RuleIds.AutoDeleteImagesDeprecated);
        }

        [Fact]
        public void Not_reported_for_false_for_a_maybe_null_value_or_without_EmptyOnDelete_in_the_cdk()
        {
            // A written false empties nothing: that is W3 (ECR1010), not the deprecation.
            Assert.Equal(new[] { RuleIds.DestroyWithoutEmptyOnDelete }, Ids(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(false), RemovalPolicy = Destroy })));
            None(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting<bool>.Unknown, RemovalPolicy = Destroy }));
            None(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), RemovalPolicy = Destroy }, EmptyingOption.AutoDeleteImages));
            None(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), RemovalPolicy = Destroy }, EmptyingOption.None));
        }

        [Fact]
        public void ECR1004_and_R8_keep_their_line_alone()
        {
            // R4: the CDK throws, and its message already points to EmptyOnDelete.
            Single(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true) }), RuleIds.AutoDeleteImagesNeedsDestroy);
            Single(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), RemovalPolicy = Member(CdkMembers.RemovalPolicy.Retain) }), RuleIds.AutoDeleteImagesNeedsDestroy);

            // R8: EmptyOnDelete written (even unknown): its fix removes AutoDeleteImages; a rename would write it twice.
            Single(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), EmptyOnDelete = Setting.Of(true), RemovalPolicy = Destroy }), RuleIds.EmptyOnDeleteAndAutoDelete);
            Assert.DoesNotContain(
                RuleIds.AutoDeleteImagesDeprecated,
                Ids(RepositoryRules.Validate(new RepositorySpec { AutoDeleteImages = Setting.Of(true), EmptyOnDelete = Setting<bool>.Unknown, RemovalPolicy = Destroy })));
        }
    }
}
