using System;
using System.IO;
using System.Linq;
using System.Reflection;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>The descriptor catalogue: one descriptor per catalogue row, mapped mechanically, tracked and documented.</summary>
    public class DescriptorTests
    {
        private static readonly string[] RowsWithDiagnostics =
        {
            "G1", "G2", "G3", "G4", "G5", "G6",
            "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9",
            "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10", "L11", "L14", "L15", "L16", "L17",
            "I1", "I2", "I3", "I4", "I5", "I6", "I8", "I9", "I10", "I11", "I12", "I13",
            "S1", "S2", "S3", "S4",
            "N2",
        };

        /// <summary>The newer-CDK rows (N) take the next free id of the category they belong to.</summary>
        private static readonly System.Collections.Generic.Dictionary<string, string> NewerCdkRowIds = new()
        {
            ["N2"] = "ECR1010",
        };

        [Fact]
        public void EveryRow_MapsToItsId()
        {
            foreach (var row in RowsWithDiagnostics)
            {
                Assert.True(DiagnosticDescriptors.TryGetByRuleId(row, out var descriptor), row);
                var thousands = "GRLIS".IndexOf(row[0]);
                Assert.Equal(row[0] == 'N' ? NewerCdkRowIds[row] : $"ECR{thousands}{int.Parse(row.Substring(1)):000}", descriptor.Id);
                Assert.Equal(row, DiagnosticDescriptors.RuleIdOf(descriptor.Id));
            }

            Assert.Equal(RowsWithDiagnostics.Length, DiagnosticDescriptors.All.Length);
            Assert.Equal(DiagnosticDescriptors.All.Length, DiagnosticDescriptors.All.Select(d => d.Id).Distinct().Count());
        }

        [Fact]
        public void BehaviourAndCoverageRows_HaveNoDiagnostic()
        {
            Assert.False(DiagnosticDescriptors.TryGetByRuleId("L12", out _));
            Assert.False(DiagnosticDescriptors.TryGetByRuleId("L13", out _));
            Assert.False(DiagnosticDescriptors.TryGetByRuleId("I7", out _));
        }

        [Fact]
        public void EveryDomainRuleId_IsMapped()
        {
            var ids = typeof(EcrGen.Domain.Rules.RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(field => (string)field.GetRawConstantValue()!)
                .Where(id => id is not "L12" and not "L13" and not "I7");
            foreach (var id in ids)
            {
                Assert.True(DiagnosticDescriptors.TryGetByRuleId(id, out _), id);
            }
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
                Assert.Equal(expectedCategory, descriptor.Category);
                Assert.Equal($"https://github.com/ecrgen/ecrgen/blob/main/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri);
                Assert.Equal(expectedCategory != "EcrGen.Security", descriptor.IsEnabledByDefault);
                Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()), descriptor.Id);
                Assert.False(descriptor.Title.ToString().EndsWith(".", StringComparison.Ordinal), descriptor.Id);
            }
        }

        [Fact]
        public void TheAnalyzers_TogetherSupportEveryDescriptor()
        {
            var supported = new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] { new EcrGenAttributeAnalyzer(), new RepositoryCodeAnalyzer(), new ImageCodeAnalyzer() }
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

        internal static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EcrGen.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("EcrGen.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
