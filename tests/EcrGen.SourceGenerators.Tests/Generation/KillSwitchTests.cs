using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using EcrGen.SourceGenerators.Generation;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Generation
{
    /// <summary>
    /// <c>&lt;DisableEcrGenSourceGenerator&gt;true&lt;/DisableEcrGenSourceGenerator&gt;</c> reaches the generator as the global analyzer
    /// config option <c>build_property.DisableEcrGenSourceGenerator</c> (the package's targets make the property compiler-visible;
    /// MSBuild writes it into the generated .editorconfig, empty when the project does not set it).
    /// </summary>
    public class KillSwitchTests
    {
        private const string Source = """
            using EcrGen;
            [EcrRepository("team/app")]
            public partial class AppRepository { }
            """;

        [Theory]
        [InlineData("true")]
        [InlineData("True")]
        [InlineData(" TRUE ")]
        public void Disabled_generator_emits_nothing(string value)
        {
            Assert.Empty(Generate(value));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("false")]
        [InlineData("yes")]
        public void Anything_but_true_leaves_the_generator_on(string? value)
        {
            Assert.Equal(new[] { "AppRepository.EcrRepository.g.cs" }, Generate(value));
        }

        [Fact]
        public void Switching_it_on_again_regenerates()
        {
            var compilation = TestCompilation.Create(Source);
            var driver = GeneratorRunner.CreateDriver().WithUpdatedAnalyzerConfigOptions(new SwitchOptions("true")).RunGenerators(compilation);
            Assert.Empty(driver.GetRunResult().GeneratedTrees);

            driver = driver.WithUpdatedAnalyzerConfigOptions(new SwitchOptions("false")).RunGenerators(compilation);
            Assert.Single(driver.GetRunResult().GeneratedTrees);
        }

        private static string[] Generate(string? value)
        {
            var driver = GeneratorRunner.CreateDriver().WithUpdatedAnalyzerConfigOptions(new SwitchOptions(value)).RunGenerators(TestCompilation.Create(Source));
            return driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ToArray();
        }

        private sealed class SwitchOptions : AnalyzerConfigOptionsProvider
        {
            public SwitchOptions(string? disable)
            {
                GlobalOptions = new Options(disable is null
                    ? ImmutableDictionary<string, string>.Empty
                    : ImmutableDictionary<string, string>.Empty.Add(EcrRepositoryGenerator.DisableProperty, disable));
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;
        }

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

            private readonly ImmutableDictionary<string, string> _values;

            public Options(ImmutableDictionary<string, string> values)
            {
                _values = values;
            }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
