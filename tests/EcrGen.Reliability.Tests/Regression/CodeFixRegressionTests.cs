using System;
using EcrGen.Reliability.Tests.Harness;
using Xunit;

namespace EcrGen.Reliability.Tests.Regression
{
    /// <summary>Code fixes that the fuzzers caught adding compile errors, each fixed in src/ and pinned here.</summary>
    public sealed class CodeFixRegressionTests
    {
        /// <summary>
        /// Found by the mutation fuzzer (seed 13dc67804cfd135b, case 58): in half-typed code, "Set RemovalPolicy to DESTROY"
        /// added <c>using Amazon.CDK;</c>, which made the user's <c>Environment</c> ambiguous with <c>System.Environment</c>
        /// (CS0104). The fix compared error counts, and the new error replaced another (CS0117) one for one; it now compares
        /// error ids and keeps the names it writes qualified.
        /// </summary>
        [Fact]
        public void An_import_that_turns_one_error_into_another_is_not_added()
        {
            using var oracle = new PipelineOracle();
            var outcome = oracle.Run("""
                using System;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                public static class Settings
                {
                    public static string? Account => Environment.GetEnvironmentVariabFAULT_ACCOUNT");
                }

                public class AppStack : Amazon.CDK.Stack
                {
                    public AppStack(Construct scope, string id) : base(scope, id)
                    {
                        new Repository(this, "Repo", new RepositoryProps { EmptyOnDelete = true });
                    }
                }
                """);

            outcome.AssertPassed();
            Assert.True(outcome.Counters.ContainsKey("code action for ECR1003"), "the RemovalPolicy fix was not offered");
        }

        /// <summary>
        /// Found by the mutation fuzzer (seed b11f54606cdfcb6f, cases 20, 25, 205, 510): "Make partial" on a declaration
        /// whose header is half-typed (an unclosed attribute list, <c>pa}rtial</c>, <c>recor}d</c>) inserted <c>partial</c>
        /// where the parser was recovering, and the file parsed worse. It is now offered once the header parses.
        /// </summary>
        [Theory]
        [InlineData("using EcrGen;\nnamespace Infra\n{\n    [EcrRepository(\"team/app\")]\n    // hand-written\n [   class AppRepository { }\n}\n")]
        [InlineData("using EcrGen;\nnamespace Company\n{\n    public static partial class Registry\n    {\n        internal pa}rtial struct Holder\n        {\n            [EcrRepository(\"nested/app\")]\n            internal sealed partial class NestedRepository { }\n        }\n    }\n}\n")]
        [InlineData("using EcrGen;\npublic partial recor}d struct RecordHolder\n{\n    [EcrRepository(\"app\")]\n    public partial class Repo { }\n}\n")]
        [InlineData("using Amazon.CDK;\nusing EcrGen;\nnamespace App\n{\n    [EcrRepository(RemovalPolicy = RemovalPolicy.class RETAIN_ON_UPDATE_OR_DELETE, LifecycleRegistryId = @\"}\")]\n    internal partial class Repo { }\n}\n")]
        public void Make_partial_is_not_offered_on_a_half_typed_declaration_header(string source)
        {
            using var oracle = new PipelineOracle();
            oracle.Run(source).AssertPassed();
        }

        /// <summary>The same fix on the same code once the header parses.</summary>
        [Fact]
        public void Make_partial_is_offered_once_the_header_parses()
        {
            using var oracle = new PipelineOracle();
            var outcome = oracle.Run("using EcrGen;\nnamespace Company\n{\n    public static partial class Registry\n    {\n        internal struct Holder\n        {\n            [EcrRepository(\"nested/app\")]\n            internal sealed partial class NestedRepository { }\n        }\n    }\n}\n");

            outcome.AssertPassed();
            Assert.True(outcome.Counters.ContainsKey("code action for ECR0001"), "Make partial was not offered");
        }
        /// <summary>
        /// Found by the long fuzz run (seed c427b169f7a52e2f, case 587): "Set RemovalPolicy to DESTROY" appended a named
        /// argument after an unterminated string, where it became part of the string, and the file parsed worse (CS1003). Fixes
        /// that edit an option's attribute, initializer, statement or argument list now wait until that place parses.
        /// </summary>
        [Fact]
        public void Fixes_are_not_offered_where_the_attribute_being_edited_is_half_typed()
        {
            using var oracle = new PipelineOracle(maxFixesPerCase: 4);
            oracle.Run("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using EcrGen;
                namespace Fuzz.Scoped3;
                [global::EcrGen.LifecycleRule(MaxImageCount = 16, TagPatternList = new[] { "v*" }, TagStatus = 1)]
                [TagParameterImage]
                [global::EcrGen.EcrRepository("{", ImageTagMutability = TagMutability.MUTABLE, EmptyOnDelete = true, LifecycleRegistryId = "unterminated)]
                public partial class Images0 : Amazon.CDK.Stack { }
                """).AssertPassed();
        }

        /// <summary>The same fix once the attribute parses.</summary>
        [Fact]
        public void The_same_fix_is_offered_once_the_attribute_parses()
        {
            using var oracle = new PipelineOracle(maxFixesPerCase: 4);
            var outcome = oracle.Run("""
                using Amazon.CDK.AWS.ECR;
                using EcrGen;
                [EcrRepository("app", ImageTagMutability = TagMutability.MUTABLE, EmptyOnDelete = true, LifecycleRegistryId = "123456789012")]
                public partial class Images0 { }
                """);

            outcome.AssertPassed();
            Assert.True(outcome.Counters.ContainsKey("code action for ECR1003"), "Set RemovalPolicy was not offered");
        }
        /// <summary>
        /// Found by the long fuzz run (seed 0ec600020badc0de, case 3504): with a half-typed using (<c>using ]Constructs;</c>),
        /// the import a fix added landed inside it and the file parsed worse. Fixes now keep their names qualified then.
        /// </summary>
        [Fact]
        public void No_import_is_added_to_a_half_typed_using_section()
        {
            using var oracle = new PipelineOracle(maxFixesPerCase: 4);
            var outcome = oracle.Run("""
                using Amazon.CDK.AWS.ECR;
                using ]Constructs;

                public class AppStack : Amazon.CDK.Stack
                {
                    public AppStack(Construct scope, string id) : base(scope, id)
                    {
                        new Repository(this, "Repo", new RepositoryProps { EmptyOnDelete = true });
                    }
                }
                """);

            outcome.AssertPassed();
            Assert.True(outcome.Counters.ContainsKey("code action for ECR1003"), "Set RemovalPolicy was not offered");
        }
    }
}
