using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using EcrGen.SourceGenerators.Generation;
using EcrGen.SourceGenerators.Model;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Generation
{
    /// <summary>
    /// The pipeline caches: an edit elsewhere re-runs no output step, an edit in one annotated class regenerates exactly one
    /// file, and the models compare equal across compilations (a model holding a symbol or a plain array would not).
    /// </summary>
    public class IncrementalityTests
    {
        private const string Unrelated = "namespace App { public static class Util { public static int Answer() => 42; } }";

        private static string Repository(int index, int count = 1)
            => $$"""
                using EcrGen;
                namespace App
                {
                    [EcrRepository("app/repo-{{index}}")]
                    [LifecycleRule(TagPrefixList = new[] { "prod" }, MaxImageCount = {{count}})]
                    [EcrImageCode("Api", TagOrDigest = "v{{index}}", Cmd = new[] { "app.handler" })]
                    public partial class Repository{{index}} { }
                }
                """;

        [Fact]
        public void An_edit_in_an_unrelated_file_reruns_no_output_step()
        {
            var compilation = TestCompilation.Create(new[] { Repository(1), Repository(2), Unrelated });
            var driver = GeneratorRunner.CreateDriver().RunGenerators(compilation);

            var edited = Replace(compilation, 2, Unrelated.Replace("42", "43"));
            var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

            AssertAllCachedOrUnchanged(result, EcrRepositoryGenerator.TrackingNames.Models);
            AssertAllCachedOrUnchanged(result, EcrRepositoryGenerator.TrackingNames.Capabilities);
            AssertAllCachedOrUnchanged(result, EcrRepositoryGenerator.TrackingNames.Outputs);
            Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
                output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }

        [Fact]
        public void An_edit_inside_one_annotated_class_regenerates_exactly_one_file()
        {
            var compilation = TestCompilation.Create(new[] { Repository(1), Repository(2), Repository(3), Unrelated });
            var driver = GeneratorRunner.CreateDriver().RunGenerators(compilation);

            var edited = Replace(compilation, 1, Repository(2, count: 7));
            var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

            var outputReasons = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(1, outputReasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(2, outputReasons.Count(r => r == IncrementalStepRunReason.Cached));
            Assert.Contains("MaxImageCount = 7,", result.GeneratedSources.Single(s => s.HintName == "App.Repository2.EcrRepository.g.cs").SourceText.ToString());
        }

        [Fact]
        public void Models_compare_equal_across_two_compilations_of_the_same_text()
        {
            var sources = new[] { Repository(1), GeneratedSourceTests.EveryOption };
            var first = Models(TestCompilation.Create(sources));
            var second = Models(TestCompilation.Create(sources));

            Assert.Equal(2, first.Count);
            Assert.Equal(first, second);
            Assert.Equal(first.Select(m => m.GetHashCode()), second.Select(m => m.GetHashCode()));

            static List<object> Models(CSharpCompilation compilation)
                => GeneratorRunner.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single()
                    .TrackedSteps[EcrRepositoryGenerator.TrackingNames.Models]
                    .SelectMany(step => step.Outputs).Select(output => output.Value).ToList();
        }

        [Fact]
        public void Models_hold_no_symbols_syntax_compilations_or_plain_arrays()
        {
            var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Compilation), typeof(Location), typeof(AttributeData) };
            var visited = new HashSet<Type>();
            var pending = new Stack<Type>(new[] { typeof(RepositoryClassModel), typeof(CdkCapabilities) });
            while (pending.Count > 0)
            {
                var type = pending.Pop();
                if (!visited.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string))
                {
                    continue;
                }

                Assert.False(forbidden.Any(f => f.IsAssignableFrom(type)), $"{type} is not allowed in a pipeline model.");
                Assert.False(type.IsArray, $"{type} has no value equality; use EquatableArray<T>.");
                Assert.False(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>), $"{type} has no value equality.");
                foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes)
                {
                    pending.Push(argument);
                }

                // EquatableArray<T> is the sanctioned collection (its private array is compared by content); only EcrGen's
                // own types are walked member by member.
                var isEcrGenType = type.Assembly.GetName().Name!.StartsWith("EcrGen", StringComparison.Ordinal);
                if (!isEcrGenType || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EcrGen.Domain.EquatableArray<>)))
                {
                    continue;
                }

                foreach (var member in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Select(p => p.PropertyType)
                    .Concat(type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Select(f => f.FieldType)))
                {
                    pending.Push(member);
                }
            }

            Assert.Contains(typeof(EcrGen.Domain.Specs.LifecycleRuleSpec), visited);
        }

        private static CSharpCompilation Replace(CSharpCompilation compilation, int index, string text)
        {
            var old = compilation.SyntaxTrees.ElementAt(index);
            return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)old.Options, old.FilePath));
        }

        private static void AssertAllCachedOrUnchanged(GeneratorRunResult result, string stepName)
        {
            var outputs = result.TrackedSteps[stepName].SelectMany(step => step.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{stepName}: {output.Reason}"));
        }
    }
}
