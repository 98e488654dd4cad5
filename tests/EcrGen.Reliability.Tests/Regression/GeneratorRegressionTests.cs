using System;
using System.Linq;
using EcrGen.Reliability.Tests.Harness;
using EcrGen.Testing;
using Xunit;

namespace EcrGen.Reliability.Tests.Regression
{
    /// <summary>
    /// Crashes and broken output the fuzzers found in the generator, each fixed in src/ and pinned here (docs/reliability.md
    /// lists them with the seed that found them). Every case goes through the whole oracle, so each also proves that no
    /// analyzer or code fix trips over it.
    /// </summary>
    public sealed class GeneratorRegressionTests : IClassFixture<GeneratorRegressionTests.OracleFixture>
    {
        private readonly PipelineOracle _oracle;

        public GeneratorRegressionTests(OracleFixture fixture)
        {
            _oracle = fixture.Oracle;
        }

        /// <summary>Found by the mutation fuzzer (seed 0ec600020badc0de, case 37): a class whose name is being typed.</summary>
        [Theory]
        [InlineData("[EcrRepository] public partial class : Amazon.CDK.AWS.ECR.Repository { }")]
        [InlineData("[EcrRepository] public partial class { }")]
        [InlineData("namespace App. { [EcrRepository] public partial class Repo { } }")]
        [InlineData("public static partial class { [EcrRepository] public partial class Repo { } }")]
        public void A_name_still_being_typed_generates_nothing_rather_than_unparsable_code(string declaration)
        {
            var outcome = _oracle.Run("using EcrGen;\n" + declaration);

            outcome.AssertPassed();
            Assert.Equal(0, outcome.GeneratedSources);
        }

        /// <summary>Found by the attribute fuzzer (seed 89cf9a1db35471bd, case 83): <c>partial class @class</c> emitted <c>partial class class</c>.</summary>
        [Theory]
        [InlineData("@class")]
        [InlineData("@record")]
        [InlineData("@namespace")]
        [InlineData("var")]
        [InlineData("async")]
        public void Keyword_named_classes_and_containers_are_escaped(string name)
        {
            var outcome = _oracle.Run($$"""
                using EcrGen;
                namespace App
                {
                    public partial class {{name}}Outer { }
                    public static partial class @event
                    {
                        [EcrRepository]
                        [LifecycleRule(MaxImageCount = 1)]
                        public partial class {{name}} { }
                    }

                    public sealed class Use : Amazon.CDK.Stack
                    {
                        public Use(Constructs.Construct scope) : base(scope, "Use") { _ = new @event.{{name}}(this, "Repo"); }
                    }
                }
                """, expectValid: true);

            outcome.AssertPassed();
        }

        /// <summary>
        /// Found by the attribute fuzzer (seed 0ec60001a77b0001, case 179): <c>"Api"</c> and <c>"Api\u200b"</c> are different
        /// strings but the same C# identifier (formatting characters are ignored), so both made <c>ApiCode()</c>: CS0111.
        /// </summary>
        [Fact]
        public void Image_names_that_are_the_same_identifier_generate_one_member()
        {
            var run = GeneratorRunner.Run("""
                using EcrGen;
                [EcrRepository]
                [EcrImageCode("Api", TagOrDigest = "v1")]
                [EcrImageCode("Api\u200b", TagOrDigest = "v2")]
                [EcrImageCode("A\u00adpi", TagOrDigest = "v3")]
                [ContainerImage("Web")]
                [ContainerImage("W\u200deb")]
                public partial class Names { }
                """);

            Assert.Empty(run.CompilationDiagnostics);
            var source = Assert.Single(run.GeneratedSources).SourceText.ToString();
            Assert.Contains("\"v1\"", source, StringComparison.Ordinal);
            Assert.DoesNotContain("\"v2\"", source, StringComparison.Ordinal);
            Assert.DoesNotContain("\"v3\"", source, StringComparison.Ordinal);
        }

        /// <summary>
        /// Found by the attribute fuzzer (seed 0ec60001a77b0001, case 163): <c>[ContainerImage("TagParameter")]</c> made a
        /// <c>TagParameterImage()</c> method beside the <c>TagParameterImage</c> property (CS0102); an image helper named like the
        /// class made a member named like its type (CS0542).
        /// </summary>
        [Theory]
        [InlineData("[TagParameterImage] [ContainerImage(\"TagParameter\")]", "Repo")]
        [InlineData("[ContainerImage(\"Web\")]", "WebImage")]
        [InlineData("[EcrImageCode(\"Api\")]", "ApiCode")]
        [InlineData("[EcrImageCode(\"Api\")]", "ApiCodeProps")]
        public void Image_helpers_that_would_collide_with_generated_members_or_the_class_are_left_out(string attributes, string className)
        {
            var outcome = _oracle.Run($$"""
                using EcrGen;
                [EcrRepository]
                {{attributes}}
                public partial class {{className}} { }
                """, expectValid: true);

            outcome.AssertPassed();
        }

        /// <summary>
        /// Found by the attribute fuzzer (seed 0ec60001a77b0001, case 248; seed 89cf9a1db35471bd, case 281): a class named like a
        /// member the generator must add cannot take it (CS0542); nor can a file-local class (its parts must share a file) or a
        /// class with a primary constructor (the generated constructor would have to call it, CS8862). Nothing is generated.
        /// </summary>
        [Theory]
        [InlineData("[EcrRepository] public partial class CreateRepositoryProps { }")]
        [InlineData("[EcrRepository] public partial class OnConfiguringProps { }")]
        [InlineData("[EcrRepository] [TagParameterImage] public partial class TagParameterImage { }")]
        [InlineData("[EcrRepository] [TagParameterImage] public partial class TagParameterOverrides { }")]
        [InlineData("[EcrRepository] file partial class FileLocal { }")]
        [InlineData("[EcrRepository] public partial class WithPrimaryConstructor(int size) { public int Size => size; }")]
        public void Classes_that_cannot_take_the_generated_members_generate_nothing(string declaration)
        {
            var outcome = _oracle.Run("using EcrGen;\nnamespace App { " + declaration + " }");

            outcome.AssertPassed();
            Assert.Equal(0, outcome.GeneratedSources);
            Assert.True(outcome.UserCodeCompiles);
        }

        /// <summary>
        /// Found by the long fuzz run (seeds 0ec600020badc0de case 2258, 1c0eef760cc329f5 cases 1473 and 3136, mutations of an
        /// analyzer test input): an image helper whose member the user declared themselves (ECR0004) was generated anyway, a
        /// second <c>WorkerCodeProps()</c> (CS0111 in generated code).
        /// </summary>
        [Theory]
        [InlineData("[EcrImageCode(\"Worker\")]", "public string WorkerCodeProps() => \"mine\";")]
        [InlineData("[EcrImageCode(\"Worker\")]", "public int WorkerCode;")]
        [InlineData("[ContainerImage(\"Web\")]", "public object WebImage() => new object();")]
        [InlineData("[ContainerImage(\"Web\")]", "public class WebImage { }")]
        public void Image_helpers_the_user_already_declared_are_left_out(string attribute, string member)
        {
            var outcome = _oracle.Run($$"""
                using EcrGen;
                [EcrRepository]
                {{attribute}}
                [ContainerImage("Other")]
                public partial class AppRepository
                {
                    {{member}}
                }
                """, expectValid: true);

            outcome.AssertPassed();
        }

        /// <summary>The same class names are fine where the generator does not add that member.</summary>
        [Fact]
        public void A_class_named_TagParameterImage_without_the_attribute_is_generated()
        {
            var outcome = _oracle.Run("using EcrGen;\nnamespace App { [EcrRepository] public partial class TagParameterImage { } }", expectValid: true);

            outcome.AssertPassed();
        }

        public sealed class OracleFixture : IDisposable
        {
            public PipelineOracle Oracle { get; } = new();

            public void Dispose() => Oracle.Dispose();
        }
    }
}
