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
    }
}
