using System.IO;
using System.Linq;
using EcrGen.SourceGenerators.Model;
using EcrGen.SourceGenerators.Tests.Generation;
using EcrGen.Testing;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Model
{
    /// <summary>
    /// The hand-kept "every option" programs against the option table: each must write every row its CDK release has (a new
    /// row fails here until the programs write it). The snapshot program and the synth pair compile against 2.160.0; the
    /// options only newer CDKs have are in <see cref="GeneratedSourceTests.NewestOptions"/>, generated against 2.277.0.
    /// </summary>
    public class EveryOptionProgramsTests
    {
        private static readonly string SynthFolder = Path.Combine(TestData.RepositoryRoot, "tests", "EcrGen.Synth.Tests");

        [Fact]
        public void The_snapshot_program_writes_every_option_of_2_160()
            => AssertWritesEvery(Rows(CdkRelease.V2_160), GeneratedSourceTests.EveryOption, nameof(GeneratedSourceTests.EveryOption));

        [Fact]
        public void The_snapshot_programs_together_write_every_option_of_the_newest_cdk()
            => AssertWritesEvery(Rows(CdkRelease.V2_277), GeneratedSourceTests.EveryOption + "\n" + GeneratedSourceTests.NewestOptions, "EveryOption + NewestOptions");

        [Fact]
        public void The_synthesized_program_writes_every_option_of_2_160()
            => AssertWritesEvery(Rows(CdkRelease.V2_160), File.ReadAllText(Path.Combine(SynthFolder, "Generated", "EveryOptionRepositories.cs")), "EveryOptionRepositories.cs");

        /// <summary>The hand-written twin sets every CDK member those options set (its template must equal the generated one).</summary>
        [Fact]
        public void The_hand_written_twin_sets_every_cdk_member_of_2_160()
        {
            var twin = File.ReadAllText(Path.Combine(SynthFolder, "HandWritten", "EveryOptionTwinStack.cs"));
            var missing = Rows(CdkRelease.V2_160)
                .Where(o => o.Sets is { } sets ? !twin.Contains(sets.Member + " = ", System.StringComparison.Ordinal) : o.Kind != OptionKind.MemberPrefix && !twin.Contains("ContainerImage.FromEcrRepository(", System.StringComparison.Ordinal))
                .Select(o => o.Sets?.Display ?? o.Property)
                .ToArray();
            Assert.True(missing.Length == 0, "EveryOptionTwinStack.cs does not set: " + string.Join(", ", missing));
        }

        /// <summary>The rows whose CDK members <paramref name="release"/> has.</summary>
        internal static AttributeOption[] Rows(CdkRelease release)
        {
            var capabilities = CdkCapabilities.From(TestCompilation.Create(new[] { "class C { }" }, TestReferences.AllWith(release)));
            return AttributeOptions.All.Where(capabilities.Supports).ToArray();
        }

        private static void AssertWritesEvery(AttributeOption[] rows, string program, string name)
        {
            var written = WrittenAttributeOptions.In(program);
            var missing = rows
                .Where(o => !written.Contains((o.Attribute, o.Property)) && (o.ConstructorParameter is null || !written.Contains((o.Attribute, o.ConstructorParameter))))
                .Select(o => o.Attribute.Substring("EcrGen.".Length) + "." + o.Property)
                .ToArray();
            Assert.True(missing.Length == 0, name + " does not write: " + string.Join(", ", missing));
        }
    }
}
