using System.Linq;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Generation
{
    /// <summary>
    /// The generated source for representative inputs, compared with checked-in snapshots, and compiled with the user code:
    /// it must produce no warning at all (users build with TreatWarningsAsErrors).
    /// </summary>
    public class GeneratedSourceTests
    {
        internal const string EveryOption = """
            using Amazon.CDK;
            using Amazon.CDK.AWS.ECR;
            using EcrGen;

            namespace Demo.Infrastructure
            {
                [EcrRepository("team/every-option",
                    ImageScanOnPush = true,
                    ImageTagMutability = TagMutability.IMMUTABLE,
                    RemovalPolicy = RemovalPolicy.DESTROY,
                    EmptyOnDelete = true,
                    LifecycleRegistryId = "123456789012",
                    Encryption = EcrEncryption.Kms,
                    EncryptionKeyArn = "arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555")]
                [LifecycleRule(Description = "Keep prod images", RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "prod", "release" }, MaxImageCount = 9999)]
                [LifecycleRule(Description = "Nightlies", RulePriority = 2, TagStatus = TagStatus.TAGGED, TagPatternList = new[] { "nightly-*-amd64" }, MaxImageAgeDays = 7)]
                [LifecycleRule(Description = "Untagged", RulePriority = 3, TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 1)]
                [LifecycleRule(Description = "Everything else", MaxImageAgeDays = 30)]
                [TagParameterImage]
                [EcrImageCode("Api", TagOrDigest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", Cmd = new[] { "app.handler" }, Entrypoint = new[] { "/lambda-entrypoint.sh" }, WorkingDirectory = "/var/task")]
            #pragma warning disable CS0618 // Tag is deprecated, as in the CDK; still generated as written.
                [EcrImageCode("Legacy", Tag = "v1")]
            #pragma warning restore CS0618
                [ContainerImage("Web", TagOrDigest = "v2")]
                [ContainerImage("Latest")]
                public partial class EveryOptionRepository
                {
                }
            }
            """;

        [Fact]
        public void Every_option_rule_and_image_helper()
            => AssertGenerates(EveryOption, "Demo.Infrastructure.EveryOptionRepository.EcrRepository.g.cs", "EveryOption.g.cs.txt");

        /// <summary>
        /// Every option against every CDK release in the matrix: the output compiles without a warning, and from 2.160.0 on (every
        /// option exists) it is the snapshot; 2.103.0 leaves out what it lacks.
        /// </summary>
        [Theory]
        [MemberData(nameof(CdkReleases.All), MemberType = typeof(CdkReleases))]
        public void Every_option_compiles_warning_free_against(CdkRelease release)
        {
            var run = GeneratorRunner.Run(TestCompilation.Create(new[] { EveryOption }, TestReferences.AllWith(release)));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.InputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            Assert.True(run.CompilationDiagnostics.IsEmpty, string.Join("\n", run.CompilationDiagnostics));
            var source = run.Source("Demo.Infrastructure.EveryOptionRepository.EcrRepository.g.cs");
            if (release == CdkRelease.V2_103)
            {
                Assert.DoesNotContain("EmptyOnDelete", source);
                Assert.DoesNotContain("TagPatternList", source);
            }
            else
            {
                Snapshot.Match(source, "EveryOption.g.cs.txt");
            }
        }

        /// <summary>The options only newer CDKs have, on the newest CDK: generated as the CDK's own objects.</summary>
        internal const string NewestOptions = """
            using Amazon.CDK.AWS.ECR;
            using EcrGen;

            namespace Demo.Infrastructure
            {
                [EcrRepository("team/newest",
                    ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION,
                    ImageTagMutabilityExclusionFilters = new[] { "dev-*", "pr-*" })]
                [TagParameterImage(IsImageDigest = true)]
                public partial class NewestOptionsRepository
                {
                }
            }
            """;

        [Fact]
        public void Newest_options_against_the_newest_cdk()
        {
            var run = GeneratorRunner.Run(TestCompilation.Create(new[] { NewestOptions }, TestReferences.AllWith(CdkRelease.V2_277)));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.True(run.CompilationDiagnostics.IsEmpty, string.Join("\n", run.CompilationDiagnostics));
            Snapshot.Match(run.Source("Demo.Infrastructure.NewestOptionsRepository.EcrRepository.g.cs"), "NewestOptions.g.cs.txt");
        }

        [Fact]
        public void Newest_options_against_2_160_are_left_out_and_the_rest_compiles()
        {
            // 2.160.0 has neither the exclusion filters nor IsImageDigest (ECR0005 reports both); its TagMutability has no
            // *_WITH_EXCLUSION member, so the user could only have written another one.
            var source = NewestOptions.Replace("TagMutability.IMMUTABLE_WITH_EXCLUSION", "TagMutability.IMMUTABLE", System.StringComparison.Ordinal);
            var run = GeneratorRunner.Run(TestCompilation.Create(new[] { source }, TestReferences.AllWith(CdkRelease.V2_160)));

            Assert.True(run.CompilationDiagnostics.IsEmpty, string.Join("\n", run.CompilationDiagnostics));
            var generated = run.Source("Demo.Infrastructure.NewestOptionsRepository.EcrRepository.g.cs");
            Assert.DoesNotContain("ExclusionFilter", generated, System.StringComparison.Ordinal);
            Assert.DoesNotContain("IsImageDigest", generated, System.StringComparison.Ordinal);
            Assert.Contains("ImageTagMutability = global::Amazon.CDK.AWS.ECR.TagMutability.IMMUTABLE,", generated, System.StringComparison.Ordinal);
            Assert.Contains("new global::Amazon.CDK.AWS.ECS.TagParameterContainerImage(this);", generated, System.StringComparison.Ordinal);
            Assert.Contains("TagParameterOverrides(string tag)", generated, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Class_in_the_global_namespace()
            => AssertGenerates("""
                using EcrGen;

                [EcrRepository]
                partial class GlobalRepository
                {
                }
                """, "GlobalRepository.EcrRepository.g.cs", "GlobalNamespace.g.cs.txt");

        [Fact]
        public void Class_nested_in_types_and_namespaces()
            => AssertGenerates("""
                using EcrGen;

                namespace Company.Platform
                {
                    namespace Images
                    {
                        public static partial class Registry
                        {
                            internal partial struct Holder
                            {
                                [EcrRepository("nested/app")]
                                [ContainerImage("Web", TagOrDigest = "stable")]
                                internal sealed partial class NestedRepository
                                {
                                }
                            }
                        }
                    }
                }
                """, "Company.Platform.Images.Registry.Holder.NestedRepository.EcrRepository.g.cs", "Nested.g.cs.txt");

        [Fact]
        public void User_strings_reach_literals_escaped()
            => AssertGenerates("""
                #nullable disable
                using EcrGen;

                [EcrRepository]
                [LifecycleRule(Description = "quote \" backslash \\ newline \n return \r tab \t nul \0 ls \u2028 ps \u2029 nel \u0085 end */ #line 1 { } \U0001F600", MaxImageCount = 1)]
                [EcrImageCode("Api", TagOrDigest = "v1", Cmd = new[] { "\"; System.Environment.Exit(1); //", null })]
                partial class EscapingRepository
                {
                }
                """, "EscapingRepository.EcrRepository.g.cs", "Escaping.g.cs.txt");

        [Fact]
        public void User_types_named_like_framework_types_do_not_capture_generated_names()
        {
            var run = GeneratorRunner.Run("""
                using EcrGen;

                // Global types named like the CDK's and the generated code's types. (A global type named Amazon, System or
                // Constructs would hide the namespace itself, for hand-written CDK code too: CS0437; those go below.)
                public class Repository { }
                public class Construct { }
                public class Stack { }
                public class RepositoryProps { }
                public class LifecycleRule { }
                public class Duration { }
                public class Dictionary<TKey, TValue> { }

                namespace App
                {
                    public class Amazon { }
                    public class System { }
                    public class Constructs { }
                    public class EcrGen { }
                    public class Repository { }
                    public class TagParameterContainerImage { }

                    [EcrRepository("app/web", RemovalPolicy = global::Amazon.CDK.RemovalPolicy.RETAIN)]
                    [LifecycleRule(MaxImageAgeDays = 3)]
                    [TagParameterImage]
                    [EcrImageCode("Api", TagOrDigest = "v1")]
                    [ContainerImage("Web", TagOrDigest = "v1")]
                    public partial class WebRepository
                    {
                    }
                }
                """);

            Assert.Single(run.GeneratedSources);
            Assert.Empty(run.CompilationDiagnostics);
        }

        private static void AssertGenerates(string source, string hintName, string snapshot)
        {
            var run = GeneratorRunner.Run(source);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal(new[] { hintName }, run.GeneratedSources.Select(s => s.HintName));
            Assert.True(run.CompilationDiagnostics.IsEmpty, string.Join("\n", run.CompilationDiagnostics));
            Snapshot.Match(run.Source(hintName), snapshot);
        }
    }
}
