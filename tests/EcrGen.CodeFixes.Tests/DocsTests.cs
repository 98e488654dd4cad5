using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace EcrGen.CodeFixes.Tests
{
    /// <summary>Every fixable rule's page documents its fix, with the equivalence keys the fixes really use.</summary>
    public class DocsTests
    {
        private static readonly CodeFixProvider[] Providers = typeof(EcrGenCodeFixProvider).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type))
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .ToArray();

        [Fact]
        public void EveryFixableRule_HasACodeFixSection_AndOnlyThose()
        {
            var fixable = Providers.SelectMany(p => p.FixableDiagnosticIds).ToHashSet(StringComparer.Ordinal);
            foreach (var page in Directory.GetFiles(RulesDirectory(), "ECR*.md"))
            {
                var id = Path.GetFileNameWithoutExtension(page);
                var documented = File.ReadAllText(page).Contains("\n## Code fix\n", StringComparison.Ordinal);
                Assert.True(documented == fixable.Contains(id), $"{id}: fixable {fixable.Contains(id)}, 'Code fix' section {documented}");
            }
        }

        [Fact]
        public void EveryEquivalenceKey_IsDocumented()
        {
            var text = string.Concat(Directory.GetFiles(RulesDirectory(), "ECR*.md").Select(File.ReadAllText));
            var keys = typeof(EquivalenceKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral && field.Name != nameof(EquivalenceKeys.RemoveOptionPrefix))
                .Select(field => (string)field.GetRawConstantValue()!);
            foreach (var key in keys)
            {
                Assert.Contains($"`{key}`", text, StringComparison.Ordinal);
            }
        }

        private static string RulesDirectory() => Path.Combine(EcrGen.Testing.TestData.RepositoryRoot, "docs", "rules");
    }
}
