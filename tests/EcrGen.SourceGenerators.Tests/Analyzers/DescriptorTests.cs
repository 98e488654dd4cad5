using System;
using System.IO;
using System.Linq;
using System.Reflection;
using EcrGen.Domain.Rules;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>The descriptor catalogue: one descriptor per catalogue row, mapped mechanically, tracked and documented.</summary>
    public class DescriptorTests
    {
        [Fact]
        public void EveryRuleId_HasExactlyOneDescriptor_AndEveryDescriptorARuleId()
        {
            var ids = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(field => (string)field.GetRawConstantValue()!)
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(ids, DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
            Assert.Equal(ids.Length, ids.Distinct().Count());
            foreach (var id in ids)
            {
                Assert.Matches("^ECR[0-4][0-9]{3}$", id);
                Assert.Same(DiagnosticDescriptors.All.Single(d => d.Id == id), DiagnosticDescriptors.Of(id));
            }
        }

        [Fact]
        public void All_HoldsEveryDeclaredDescriptor_InIdOrder()
        {
            var fields = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
                .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
                .ToArray();
            Assert.Equal(fields.Length, DiagnosticDescriptors.All.Length);
            Assert.All(fields, descriptor => Assert.Contains(descriptor, DiagnosticDescriptors.All));
            Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal), DiagnosticDescriptors.All.Select(d => d.Id));
        }

        [Fact]
        public void EveryDescriptor_NamesItsCatalogueRow_Once()
        {
            var rows = DiagnosticDescriptors.All.Select(DiagnosticDescriptors.CatalogueRowOf).ToArray();
            Assert.All(rows, row => Assert.Matches("^[GRLISWNT][0-9]{1,2}$", row));
            Assert.Equal(rows.Length, rows.Distinct().Count());
            Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => DiagnosticDescriptors.Of("ECR9999"));
        }

        [Fact]
        public void Descriptors_FollowTheConventions()
        {
            foreach (var descriptor in DiagnosticDescriptors.All)
            {
                var expectedCategory = descriptor.Id[3] switch
                {
                    '0' => "EcrGen.Usage",
                    '1' => "EcrGen.Repository",
                    '2' => "EcrGen.Lifecycle",
                    '3' => "EcrGen.Image",
                    _ => "EcrGen.Security",
                };
                Assert.Equal(expectedCategory, DiagnosticDescriptors.CategoryOf(descriptor.Id));
                Assert.Equal(expectedCategory, descriptor.Category);
                Assert.Equal($"https://github.com/ecrgen/ecrgen/blob/main/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri);
                // Off by default: the security pack, and the conversion marker (not a mistake; on for batch conversion only).
                Assert.Equal(expectedCategory != "EcrGen.Security" && descriptor.Id != RuleIds.ConvertibleRepository, descriptor.IsEnabledByDefault);
                Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()), descriptor.Id);
                Assert.False(descriptor.Title.ToString().EndsWith(".", StringComparison.Ordinal), descriptor.Id);
            }
        }

        [Fact]
        public void TheAnalyzers_TogetherSupportEveryDescriptor()
        {
            var supported = Testing.EcrGenComponents.Analyzers
                .SelectMany(analyzer => analyzer.SupportedDiagnostics)
                .Select(d => d.Id)
                .ToHashSet();
            Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id), supported.OrderBy(id => id));
        }

        [Fact]
        public void ReleaseTracking_ListsEveryDescriptor()
        {
            var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "EcrGen.SourceGenerators", "AnalyzerReleases.Unshipped.md"))
                .Where(line => line.StartsWith("ECR", StringComparison.Ordinal))
                .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
                .ToDictionary(cells => cells[0]);
            foreach (var descriptor in DiagnosticDescriptors.All)
            {
                Assert.True(lines.TryGetValue(descriptor.Id, out var cells), descriptor.Id);
                Assert.Equal(descriptor.Category, cells[1]);
                Assert.Equal(descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled", cells[2]);
            }

            Assert.Equal(DiagnosticDescriptors.All.Length, lines.Count);
        }

        [Fact]
        public void EveryDescriptor_HasItsDocumentationPage()
        {
            var docs = Path.Combine(RepositoryRoot(), "docs", "rules");
            var index = File.ReadAllText(Path.Combine(docs, "README.md"));
            foreach (var descriptor in DiagnosticDescriptors.All)
            {
                var page = Path.Combine(docs, descriptor.Id + ".md");
                Assert.True(File.Exists(page), page);
                var text = File.ReadAllText(page);
                Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}\n", text, StringComparison.Ordinal);
                Assert.Contains($"dotnet_diagnostic.{descriptor.Id}.severity", text, StringComparison.Ordinal);
                Assert.Contains($"({descriptor.Id}.md)", index, StringComparison.Ordinal);
            }
        }

        internal static string RepositoryRoot() => Testing.TestData.RepositoryRoot;
    }
}
