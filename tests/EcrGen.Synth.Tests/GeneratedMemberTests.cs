using Amazon.CDK.AWS.ECR;
using Xunit;

namespace EcrGen.Synth.Tests
{
    /// <summary>What the generated members are, beyond what they synthesize.</summary>
    [Collection(SynthesizedAppsCollection.Name)]
    public sealed class GeneratedMemberTests
    {
        private readonly SynthesizedApps apps;

        /// <summary>Takes the shared apps.</summary>
        public GeneratedMemberTests(SynthesizedApps apps) => this.apps = apps;

        [Fact]
        public void Repository_class_is_a_CDK_repository()
        {
            Assert.IsAssignableFrom<Repository>(apps.EveryOptionStack.Repository);
        }

        [Fact]
        public void Tag_parameter_image_is_created_once()
        {
            var repository = apps.EveryOptionStack.Repository;

            Assert.Same(repository.TagParameterImage, repository.TagParameterImage);
        }

        [Fact]
        public void Code_props_are_fresh_each_call_and_carry_the_written_options()
        {
            var repository = apps.EveryOptionStack.Repository;

            var props = repository.ApiCodeProps();
            Assert.NotSame(props, repository.ApiCodeProps());
            Assert.Equal("v1.2.3", props.TagOrDigest);
            Assert.Equal(new[] { "api.handler", "--verbose" }, props.Cmd);
            Assert.Equal(new[] { "/lambda-entrypoint.sh" }, props.Entrypoint);
            Assert.Equal("/var/task/api", props.WorkingDirectory);
        }

        [Fact]
        public void Code_props_leave_unwritten_options_unset()
        {
            var props = apps.EveryOptionStack.Repository.LatestCodeProps();

            Assert.Null(props.TagOrDigest);
#pragma warning disable CS0618 // the deprecated Tag must stay unset too
            Assert.Null(props.Tag);
#pragma warning restore CS0618
            Assert.Null(props.Cmd);
            Assert.Null(props.Entrypoint);
            Assert.Null(props.WorkingDirectory);
        }
    }
}
