using System;
using System.Collections.Generic;
using System.Linq;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace EcrGen.Reliability.Tests.Injection
{
    /// <summary>
    /// Every string an attribute takes, set to each of <see cref="NastyStrings"/>: the generated code compiles with no
    /// diagnostic, the constant the compiler reads from each generated literal (through the semantic model) equals the input
    /// code unit for code unit, and the generated syntax tree has exactly the shape it has for a harmless value (no token,
    /// trivia, directive or comment was added or removed: nothing was injected).
    /// </summary>
    public class EscapingTests
    {
        /// <summary>A value that changes nothing: not an identifier either, so the image-name slots stay empty as for nasty values.</summary>
        private const string Benign = "benign value";

        /// <summary>Where each value must arrive in the generated code, and how many times.</summary>
        private static readonly (string Slot, int Count)[] ExpectedSlots =
        {
            ("RepositoryName", 2), ("LifecycleRegistryId", 1), ("EncryptionKey", 1), ("Description", 2), ("TagPrefixList", 2),
            ("TagPatternList", 1), ("TagOrDigest", 1), ("Cmd", 2), ("Entrypoint", 1), ("WorkingDirectory", 1), ("Tag", 1),
            ("FromEcrRepository", 1),
        };

        public static IEnumerable<object[]> Names => NastyStrings.Names;

        /// <summary>The user program with every string option (and two image names) set to <paramref name="literal"/>.</summary>
        public static string Program(string literal) => $$"""
            #pragma warning disable CS0618 // Tag is deprecated, as in the CDK.
            using Amazon.CDK.AWS.ECR;
            using EcrGen;

            namespace Injection
            {
                [EcrRepository({{literal}}, LifecycleRegistryId = {{literal}}, Encryption = EcrEncryption.Kms, EncryptionKeyArn = {{literal}})]
                [LifecycleRule(Description = {{literal}}, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { {{literal}}, {{literal}} }, MaxImageCount = 1)]
                [LifecycleRule(Description = {{literal}}, TagStatus = TagStatus.TAGGED, TagPatternList = new[] { {{literal}} }, MaxImageCount = 2)]
                [EcrImageCode("Api", TagOrDigest = {{literal}}, Cmd = new[] { {{literal}}, {{literal}} }, Entrypoint = new[] { {{literal}} }, WorkingDirectory = {{literal}})]
                [EcrImageCode("Legacy", Tag = {{literal}})]
                [EcrImageCode({{literal}})]
                [ContainerImage("Web", TagOrDigest = {{literal}})]
                [ContainerImage({{literal}})]
                public partial class Positional
                {
                }

                [EcrRepository(RepositoryName = {{literal}})]
                public partial class Named
                {
                }
            }
            """;

        [Theory]
        [MemberData(nameof(Names))]
        public void Every_string_option_reaches_the_generated_code_exactly_and_injects_nothing(string name)
        {
            var value = NastyStrings.All[name];
            var run = GeneratorRunner.Run(Program(SymbolDisplay.FormatLiteral(value, quote: true)));

            // The input really carries the value (the test would prove nothing otherwise).
            var positional = run.InputCompilation.GetTypeByMetadataName("Injection.Positional")!;
            var description = positional.GetAttributes().First(a => a.AttributeClass!.Name == "LifecycleRuleAttribute").NamedArguments.Single(a => a.Key == "Description").Value.Value;
            Assert.Equal(value, description);

            Assert.True(run.CompilationDiagnostics.IsEmpty, string.Join("\n", run.CompilationDiagnostics.Take(10)));
            Assert.Equal(2, run.GeneratedSources.Length);

            var found = run.GeneratedSources.SelectMany(s => StringConstants(s.SyntaxTree, run.OutputCompilation.GetSemanticModel(s.SyntaxTree))).ToList();
            Assert.Equal(
                ExpectedSlots.OrderBy(s => s.Slot, StringComparer.Ordinal).Select(s => $"{s.Slot} x{s.Count}"),
                found.GroupBy(f => f.Slot).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}"));
            foreach (var (slot, constant) in found)
            {
                Assert.True(string.Equals(value, constant, StringComparison.Ordinal), $"{slot}: the generated constant differs from the input");
            }

            var benign = GeneratorRunner.Run(Program(SymbolDisplay.FormatLiteral(Benign, quote: true)));
            Assert.Equal(Shapes(benign), Shapes(run));
        }

        /// <summary>Every string constant assigned to an option or passed to a CDK factory in <paramref name="tree"/>, by slot.</summary>
        public static IEnumerable<(string Slot, string? Value)> StringConstants(SyntaxTree tree, SemanticModel model)
        {
            var root = tree.GetRoot();
            foreach (var assignment in root.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (assignment.Parent is not InitializerExpressionSyntax || assignment.Left is not IdentifierNameSyntax { Identifier.Text: var slot })
                {
                    continue;
                }

                switch (assignment.Right)
                {
                    case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                        foreach (var element in initializer.Expressions)
                        {
                            yield return (slot, (string?)model.GetConstantValue(element).Value);
                        }

                        break;
                    case InvocationExpressionSyntax invocation:
                        // EncryptionKey = Key.FromKeyArn(scope, id + "EncryptionKey", arn)
                        yield return (slot, (string?)model.GetConstantValue(invocation.ArgumentList.Arguments.Last().Expression).Value);
                        break;
                    default:
                        if (model.GetConstantValue(assignment.Right) is { HasValue: true, Value: string text })
                        {
                            yield return (slot, text);
                        }

                        break;
                }
            }

            foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "FromEcrRepository" } && invocation.ArgumentList.Arguments.Count == 2)
                {
                    yield return ("FromEcrRepository", (string?)model.GetConstantValue(invocation.ArgumentList.Arguments[1].Expression).Value);
                }
            }
        }

        /// <summary>The kinds of every node, token and trivia of the generated trees: what the code is, whatever its literals say.</summary>
        private static List<string> Shapes(GeneratorRun run)
            => run.GeneratedSources
                .OrderBy(s => s.HintName, StringComparer.Ordinal)
                .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodesAndTokensAndSelf(descendIntoTrivia: true))
                .SelectMany(n => n.IsToken
                    ? new[] { n.Kind().ToString() }.Concat(n.AsToken().LeadingTrivia.Concat(n.AsToken().TrailingTrivia).Select(t => "trivia " + t.Kind()))
                    : new[] { n.Kind().ToString() })
                .ToList();
    }
}
