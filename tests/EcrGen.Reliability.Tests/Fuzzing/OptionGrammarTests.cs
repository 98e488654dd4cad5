using System.Collections.Generic;
using System.Linq;
using EcrGen.Reliability.Tests.Harness;
using EcrGen.SourceGenerators.Model;
using EcrGen.Testing;
using Xunit;

namespace EcrGen.Reliability.Tests.Fuzzing
{
    /// <summary>
    /// The fuzzer's option grammar against the option table: it is generated from the table, so these fail when a row is
    /// left out of it (by the CDK filter) or never reaches a generated program, and for the hand-kept every-option corpus program.
    /// </summary>
    public class OptionGrammarTests
    {
        [Fact]
        public void Against_the_newest_cdk_the_grammar_has_every_option_of_the_table()
        {
            var expected = AttributeOptions.All.Where(o => o.Kind != OptionKind.MemberPrefix).Select(o => (o.Attribute, o.Property));
            Assert.Equal(expected, OptionGrammar.Of(CdkRelease.V2_277).Options.Select(o => (o.Attribute, o.Property)));
        }

        [Fact]
        public void Against_2_160_the_grammar_leaves_out_exactly_what_2_160_lacks()
        {
            var left = AttributeOptions.All.Where(o => o.Kind != OptionKind.MemberPrefix).Select(o => o.Property)
                .Except(OptionGrammar.Of(CdkRelease.V2_160).Options.Select(o => o.Property));
            Assert.Equal(new[] { "ImageTagMutabilityExclusionFilters", "IsImageDigest" }, left.OrderBy(p => p, System.StringComparer.Ordinal));
        }

        [Fact]
        public void Enum_options_take_the_members_of_the_release_the_case_runs_against()
        {
            var old = OptionGrammar.Of(CdkRelease.V2_160).Options.Single(o => o.Property == "ImageTagMutability");
            var newest = OptionGrammar.Of(CdkRelease.V2_277).Options.Single(o => o.Property == "ImageTagMutability");
            Assert.Equal(new[] { "IMMUTABLE", "MUTABLE" }, old.EnumMembers.OrderBy(m => m, System.StringComparer.Ordinal));
            Assert.Contains("IMMUTABLE_WITH_EXCLUSION", newest.EnumMembers);
        }

        /// <summary>Every option of the grammar reaches the generated programs (a few hundred cases of each release, generation only).</summary>
        [Theory]
        [InlineData(CdkRelease.V2_160)]
        [InlineData(CdkRelease.V2_277)]
        public void Every_option_is_written_by_some_generated_case(CdkRelease release)
        {
            var written = new HashSet<(string, string)>();
            foreach (var validOnly in new[] { false, true })
            {
                var gen = new AttributeProgramGen(validOnly, release);
                for (var i = 0; i < 300; i++)
                {
                    var fuzzCase = FuzzLoop.Generate(gen, FuzzTests.AttributeSeed, i);
                    Assert.Equal(release, fuzzCase.Cdk);
                    written.UnionWith(WrittenAttributeOptions.In(fuzzCase.Source));
                }
            }

            var missing = OptionGrammar.Of(release).Options.Where(o => !written.Contains((o.Attribute, o.Property))).Select(o => o.Property);
            Assert.Empty(missing);
        }

        [Fact]
        public void The_every_option_corpus_program_writes_every_option_of_2_160()
        {
            // Written as the property, or as the constructor parameter that sets the same option ("team/app" for repositoryName).
            var written = WrittenAttributeOptions.In(Corpus.EveryOptionApp);
            var missing = OptionGrammar.Of(CdkRelease.V2_160).Options
                .Where(o => !written.Contains((o.Attribute, o.Property))
                    && !(AttributeOptions.Find(o.Attribute, o.Property)?.ConstructorParameter is { } parameter && written.Contains((o.Attribute, parameter))))
                .Select(o => o.Attribute + "." + o.Property);
            Assert.Empty(missing);
        }
    }
}
