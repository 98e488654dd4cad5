using System.Linq;
using EcrGen.Sample;
using Xunit;

namespace EcrGen.Synth.Tests
{
    /// <summary>
    /// The proof that generation is right: what EcrGen's attributes synthesize equals, as JSON, what the same
    /// infrastructure written by hand with the CDK synthesizes — same logical ids, same properties, nothing extra.
    /// </summary>
    [Collection(SynthesizedAppsCollection.Name)]
    public sealed class TemplateEquivalenceTests
    {
        private const int MaxReportedDifferences = 40;

        private readonly SynthesizedApps apps;

        /// <summary>Takes the shared apps.</summary>
        public TemplateEquivalenceTests(SynthesizedApps apps) => this.apps = apps;

        /// <summary>Every stack of either side.</summary>
        private static readonly string[] AllStackIds =
        {
            SampleApp.EcrReadmeStackId,
            SampleApp.FunctionImagesStackId,
            SampleApp.FunctionFromDigestStackId,
            SampleApp.PipelineStackId,
            SampleApp.EcsAppStackId,
            SynthesizedApps.EveryOptionStackId,
        };

        /// <summary>The stack ids, one test case each.</summary>
        public static TheoryData<string> StackIds => new(AllStackIds);

        [Fact]
        public void Both_sides_synthesize_the_same_stacks()
        {
            Assert.Equal(AllStackIds.OrderBy(id => id, System.StringComparer.Ordinal), apps.Generated.StackIds);
            Assert.Equal(apps.HandWritten.StackIds, apps.Generated.StackIds);
        }

        [Theory]
        [MemberData(nameof(StackIds))]
        public void Generated_template_equals_the_hand_written_one(string stackId)
        {
            var handWritten = apps.HandWritten.Template(stackId);
            var generated = apps.Generated.Template(stackId);

            Assert.True(handWritten.GetProperty("Resources").EnumerateObject().Any(), $"{stackId}: the hand-written template has no resources");

            var differences = JsonDiff.Differences(expected: handWritten, actual: generated);
            Assert.True(
                differences.Count == 0,
                $"{stackId}: {differences.Count} difference(s), hand-written (expected) vs generated (actual):\n  "
                + string.Join("\n  ", differences.Take(MaxReportedDifferences))
                + (differences.Count > MaxReportedDifferences ? $"\n  … and {differences.Count - MaxReportedDifferences} more" : string.Empty));
        }
    }
}
