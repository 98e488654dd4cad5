using System.Linq;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Generation
{
    /// <summary>What the generator emits, or refuses to emit, beyond the snapshots.</summary>
    public class GeneratorBehaviourTests
    {
        [Theory]
        [InlineData("[EcrRepository] public class NotPartial { }")]
        [InlineData("public class Outer { [EcrRepository] public partial class InNonPartial { } }")]
        [InlineData("[EcrRepository] public partial class Generic<T> { }")]
        [InlineData("public partial class Outer<T> { [EcrRepository] public partial class InGeneric { } }")]
        [InlineData("[EcrRepository] public static partial class Static { }")]
        [InlineData("[EcrRepository] public partial class OtherBase : System.Exception { }")]
        [InlineData("[EcrRepository] public partial class OtherCdkBase : Amazon.CDK.Stack { }")]
        [InlineData("[EcrRepository] public partial record Record { }")]
        [InlineData("[EcrRepository] public partial class OnePartial { } public class OnePartial { }")]
        public void Invalid_targets_generate_nothing(string declaration)
        {
            var run = GeneratorRunner.Run("using EcrGen;\n" + declaration);

            Assert.Empty(run.GeneratedSources);
            Assert.Empty(run.GeneratorDiagnostics);
        }

        [Fact]
        public void A_class_that_already_derives_from_Repository_is_generated()
        {
            var run = GeneratorRunner.Run("""
                using EcrGen;
                [EcrRepository]
                public partial class Derived : Amazon.CDK.AWS.ECR.Repository { }
                """);

            Assert.Single(run.GeneratedSources);
            Assert.Empty(run.CompilationDiagnostics);
        }

        [Fact]
        public void Attributes_spread_over_partial_declarations_in_two_files_make_one_class()
        {
            var run = GeneratorRunner.Run(
                """
                using EcrGen;
                [EcrRepository("split/app")]
                public partial class Split { }
                """,
                """
                using EcrGen;
                [LifecycleRule(MaxImageCount = 5)]
                [ContainerImage("Web")]
                public partial class Split { }
                """);

            var source = Assert.Single(run.GeneratedSources).SourceText.ToString();
            Assert.Contains("MaxImageCount = 5,", source);
            Assert.Contains("public global::Amazon.CDK.AWS.ECS.EcrImage WebImage()", source);
            Assert.Empty(run.CompilationDiagnostics);
        }

        [Fact]
        public void EcrRepository_on_two_partial_declarations_generates_once()
        {
            var run = GeneratorRunner.Run(
                "using EcrGen; [EcrRepository] public partial class Twice { }",
                "using EcrGen; [EcrRepository] public partial class Twice { }");

            Assert.Single(run.GeneratedSources);
            Assert.Empty(run.GeneratorDiagnostics);
        }

        [Fact]
        public void Without_Amazon_CDK_Lib_nothing_is_generated()
        {
            var compilation = TestCompilation.Create(
                new[] { "using EcrGen; [EcrRepository] public partial class NoCdk { }" },
                TestReferences.Net80.Add(TestReferences.Attributes));

            var run = GeneratorRunner.Run(compilation);

            Assert.Empty(run.GeneratedSources);
            Assert.Empty(run.GeneratorDiagnostics);
        }

        [Fact]
        public void Options_the_referenced_CDK_lacks_are_not_emitted()
        {
            // Amazon.CDK.Lib 2.103.0 has neither RepositoryProps.EmptyOnDelete nor LifecycleRule.TagPatternList.
            var compilation = TestCompilation.Create(
                new[]
                {
                    """
                    using Amazon.CDK;
                    using Amazon.CDK.AWS.ECR;
                    using EcrGen;
                    [EcrRepository(RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true)]
                    [LifecycleRule(TagStatus = TagStatus.TAGGED, TagPatternList = new[] { "v*" }, MaxImageCount = 3)]
                    public partial class OnOldCdk { }
                    """,
                },
                TestReferences.AllWithCdk2103);

            var run = GeneratorRunner.Run(compilation);

            var source = Assert.Single(run.GeneratedSources).SourceText.ToString();
            Assert.DoesNotContain("EmptyOnDelete", source);
            Assert.DoesNotContain("TagPatternList", source);
            Assert.Contains("RemovalPolicy = global::Amazon.CDK.RemovalPolicy.DESTROY,", source);
            Assert.Contains("MaxImageCount = 3,", source);
            Assert.Empty(run.CompilationDiagnostics);
        }

        [Fact]
        public void Invalid_and_repeated_image_names_are_left_out_rather_than_emitted_uncompilable()
        {
            var run = GeneratorRunner.Run("""
                using EcrGen;
                [EcrRepository]
                [EcrImageCode("Api", TagOrDigest = "v1")]
                [EcrImageCode("Api", TagOrDigest = "v2")]
                [EcrImageCode("not valid")]
                [EcrImageCode("")]
                [ContainerImage("1st")]
                [ContainerImage("Web")]
                public partial class Names { }
                """);

            var source = Assert.Single(run.GeneratedSources).SourceText.ToString();
            Assert.Contains("TagOrDigest = \"v1\"", source);
            Assert.DoesNotContain("\"v2\"", source);
            Assert.Contains("WebImage()", source);
            Assert.Empty(run.CompilationDiagnostics);
        }

        [Fact]
        public void Out_of_range_enum_values_are_passed_as_casts_that_compile()
        {
            var run = GeneratorRunner.Run("""
                using Amazon.CDK.AWS.ECR;
                using EcrGen;
                [EcrRepository(ImageTagMutability = (TagMutability)42, Encryption = (EcrEncryption)9)]
                [LifecycleRule(TagStatus = (TagStatus)7, MaxImageCount = 1)]
                public partial class OutOfRange { }
                """);

            var source = Assert.Single(run.GeneratedSources).SourceText.ToString();
            Assert.Contains("ImageTagMutability = (global::Amazon.CDK.AWS.ECR.TagMutability)(42),", source);
            Assert.Contains("TagStatus = (global::Amazon.CDK.AWS.ECR.TagStatus)(7),", source);
            Assert.DoesNotContain("Encryption =", source);
            Assert.Empty(run.CompilationDiagnostics);
        }

        [Theory]
        [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Enable)]
        [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Disable)]
        [InlineData(LanguageVersion.CSharp9, NullableContextOptions.Disable)]
        [InlineData(LanguageVersion.CSharp10, NullableContextOptions.Enable)]
        [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable)]
        [InlineData(LanguageVersion.Preview, NullableContextOptions.Enable)]
        public void Generated_code_compiles_without_warnings_for_every_language_version_and_nullable_setting(LanguageVersion version, NullableContextOptions nullable)
        {
            var parseOptions = new CSharpParseOptions(version);
            var compilation = TestCompilation.Create(new[] { GeneratedSourceTests.EveryOption }, parseOptions: parseOptions, nullable: nullable);

            var run = GeneratorRunner.Run(compilation, parseOptions);

            Assert.Single(run.GeneratedSources);
            Assert.True(run.CompilationDiagnostics.IsEmpty, string.Join("\n", run.CompilationDiagnostics));
        }

        [Fact]
        public void Output_is_byte_identical_across_runs_and_independent_of_syntax_tree_order()
        {
            var sources = new[]
            {
                "using EcrGen; namespace A { [EcrRepository] [LifecycleRule(MaxImageCount = 1)] public partial class First { } }",
                "using EcrGen; namespace B { [EcrRepository(\"b/repo\")] [ContainerImage(\"Web\")] public partial class Second { } }",
                GeneratedSourceTests.EveryOption,
            };

            var first = Generated(sources);
            var again = Generated(sources);
            var reversed = Generated(sources.Reverse().ToArray());

            Assert.Equal(first, again);
            Assert.Equal(first, reversed);

            static string[] Generated(string[] sources)
                => GeneratorRunner.Run(sources).GeneratedSources
                    .OrderBy(s => s.HintName, System.StringComparer.Ordinal)
                    .Select(s => s.HintName + "\n" + s.SourceText)
                    .ToArray();
        }
    }
}
