using System.Threading;
using System.Threading.Tasks;
using EcrGen.Testing;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace EcrGen.CodeFixes.Tests
{
    /// <summary>
    /// Code fix tests: the fix on the first diagnostic, then Fix All in document, project and solution (the testing library
    /// runs each when there are several diagnostics), against the real Amazon.CDK.Lib metadata. Snippets get the usings of a
    /// CDK app; the opt-in security pack stays off as in real builds.
    /// </summary>
    internal static class FixTest
    {
        /// <summary>The usings every snippet sees.</summary>
        public const string Usings = """
            using System;
            using System.Collections.Generic;
            using Amazon.CDK;
            using Amazon.CDK.AWS.ECR;
            using Amazon.CDK.AWS.ECS;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;
            using EcrGen;
            using Repository = Amazon.CDK.AWS.ECR.Repository;

            """;

        /// <summary>A 64-hex digest body, for snippets ("HEX" in a snippet is replaced by it).</summary>
        public const string Hex = EcrGen.Testing.TestData.Hex;

        /// <summary><paramref name="body"/> as the constructor body of a stack, with <paramref name="members"/> after it.</summary>
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

        /// <summary>A test of <typeparamref name="TFix"/> on <typeparamref name="TAnalyzer"/>'s diagnostics, choosing the action <paramref name="equivalenceKey"/>.</summary>
        public static CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier> Create<TAnalyzer, TFix>(string source, string fixedSource, string? equivalenceKey = null)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TFix : CodeFixProvider, new()
        {
            var test = CodeFixVerifier<TAnalyzer, TFix>.Create(source.Replace("HEX", Hex), fixedSource.Replace("HEX", Hex));
            test.DisabledDiagnostics.AddRange(new[] { "ECR4001", "ECR4002", "ECR4003", "ECR4004", "ECR4005" });
            test.CodeActionEquivalenceKey = equivalenceKey;

            // Diagnostics left in the fixed code are written as markup there too, fixable ids included (a value no fix can
            // recover stays flagged).
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            return test;
        }

        /// <summary>Runs <see cref="Create"/>.</summary>
        public static Task VerifyAsync<TAnalyzer, TFix>(string source, string fixedSource, string? equivalenceKey = null)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TFix : CodeFixProvider, new()
            => Create<TAnalyzer, TFix>(source, fixedSource, equivalenceKey).RunAsync(CancellationToken.None);
    }
}
