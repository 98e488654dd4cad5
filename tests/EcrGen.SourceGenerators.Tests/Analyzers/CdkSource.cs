using System.Threading;
using System.Threading.Tasks;
using EcrGen.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>Wraps test snippets in a CDK stack and runs an analyzer over them against the real Amazon.CDK.Lib metadata.</summary>
    internal static class CdkSource
    {
        /// <summary>The usings every snippet sees.</summary>
        public const string Usings = """
            using System;
            using System.Collections.Generic;
            using Amazon.CDK;
            using Amazon.CDK.AWS.ECR;
            using Amazon.CDK.AWS.ECS;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;
            using EcrGen;
            using Code = Amazon.CDK.AWS.Lambda.Code;
            using Function = Amazon.CDK.AWS.Lambda.Function;
            using Repository = Amazon.CDK.AWS.ECR.Repository;

            """;

        /// <summary><paramref name="body"/> as the constructor body of a stack.</summary>
        public static string InStack(string body, string members = "") => Usings + $$"""
            public class AppStack : Stack
            {
                public AppStack(Construct scope, string id) : base(scope, id)
                {
            {{body}}
                }
            {{members}}
            }
            """;

        /// <summary><paramref name="declarations"/> at the top level (after the usings).</summary>
        public static string TopLevel(string declarations) => Usings + declarations;

        /// <summary>The opt-in security pack, which the test framework would otherwise enable.</summary>
        public static readonly string[] SecurityIds = { "ECR4001", "ECR4002", "ECR4003", "ECR4004", "ECR4005" };

        /// <summary>
        /// The releases every rule test runs against: the one the attributes are built against and the newest served, so a
        /// CDK symbol that moved or changed type in newer releases (<c>EncryptionKey</c> as <c>IKeyRef</c>) is caught.
        /// </summary>
        public static readonly CdkRelease[] RuleReleases = { CdkRelease.V2_160, CdkRelease.V2_277 };

        /// <summary>
        /// Runs <typeparamref name="TAnalyzer"/> over <paramref name="source"/> against each of <see cref="RuleReleases"/>, expecting
        /// the same diagnostics from each. The security pack (off by default in real builds, on in the test framework) stays off
        /// unless <paramref name="security"/>; <paramref name="editorConfig"/> is added as /.editorconfig.
        /// </summary>
        public static Task VerifyAsync<TAnalyzer>(string source, string? editorConfig = null, bool security = false, params DiagnosticResult[] expected)
            where TAnalyzer : DiagnosticAnalyzer, new()
            => VerifyAsync<TAnalyzer>(RuleReleases, source, editorConfig, security, expected);

        /// <summary>Runs <typeparamref name="TAnalyzer"/> over <paramref name="source"/> against each of <paramref name="releases"/>.</summary>
        public static async Task VerifyAsync<TAnalyzer>(CdkRelease[] releases, string source, string? editorConfig = null, bool security = false, params DiagnosticResult[] expected)
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            foreach (var release in releases)
            {
                var test = AnalyzerVerifier<TAnalyzer>.Create(source, release, expected);
                if (!security)
                {
                    test.DisabledDiagnostics.AddRange(SecurityIds);
                }

                if (editorConfig is not null)
                {
                    test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig + "\n"));
                }

                try
                {
                    await test.RunAsync(CancellationToken.None);
                }
                catch (System.Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"Against Amazon.CDK.Lib {release.Version()}:\n{e.Message}", e);
                }
            }
        }
    }
}
