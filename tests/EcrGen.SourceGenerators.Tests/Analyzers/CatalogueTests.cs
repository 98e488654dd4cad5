using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EcrGen.SourceGenerators.Diagnostics;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>
    /// The repository owns its rule catalogue (docs/rules/catalogue.md): every descriptor has its row there, the row agrees
    /// with the rule's page and the index, and nothing in the repository points at a file outside it or at an issue number.
    /// </summary>
    public class CatalogueTests
    {
        private static readonly Regex RowId = new Regex(@"^[GRLISWNT][0-9]{1,2}$", RegexOptions.CultureInvariant);

        private static readonly Regex DiagnosticLink = new Regex(@"^\[(ECR[0-9]{4})\]\(\1\.md\)$", RegexOptions.CultureInvariant);

        [Fact]
        public void EveryDescriptor_HasExactlyOneCatalogueRow()
        {
            var rows = CatalogueRows();
            foreach (var descriptor in DiagnosticDescriptors.All)
            {
                var matching = rows.Where(row => row.DiagnosticId == descriptor.Id).Select(row => row.Id).ToList();
                Assert.True(matching.Count == 1, $"{descriptor.Id}: catalogue rows [{string.Join(", ", matching)}]");
                Assert.Equal(DiagnosticDescriptors.CatalogueRowOf(descriptor), matching[0]);
            }

            var unknown = rows.Where(row => row.DiagnosticId is not null && !DiagnosticDescriptors.All.Any(d => d.Id == row.DiagnosticId));
            Assert.Empty(unknown.Select(row => $"{row.Id} -> {row.DiagnosticId}"));
        }

        [Fact]
        public void EveryCatalogueRow_IsUnique_AndSaysWhatItIs()
        {
            var rows = CatalogueRows();
            Assert.Equal(rows.Count, rows.Select(row => row.Id).Distinct().Count());
            foreach (var row in rows)
            {
                Assert.All(row.Cells, cell => Assert.False(string.IsNullOrWhiteSpace(cell), $"{row.Id}: empty cell"));
                if (row.DiagnosticId is null)
                {
                    // A row without a diagnostic says why (behaviour or coverage).
                    Assert.StartsWith("none: ", row.Cells[row.Cells.Length - 1], StringComparison.Ordinal);
                }
            }
        }

        [Fact]
        public void TheRulePages_AndTheIndex_NameTheSameRowAsTheCatalogue()
        {
            var docs = Path.Combine(DescriptorTests.RepositoryRoot(), "docs", "rules");
            var index = File.ReadAllText(Path.Combine(docs, "README.md"));
            Assert.Contains("(catalogue.md)", index, StringComparison.Ordinal);
            foreach (var row in CatalogueRows().Where(row => row.DiagnosticId is not null))
            {
                var page = File.ReadAllText(Path.Combine(docs, row.DiagnosticId + ".md"));
                Assert.Contains($"\n| Catalogue row | {row.Id} (", page, StringComparison.Ordinal);
                Assert.Contains($"| [{row.DiagnosticId}]({row.DiagnosticId}.md) | {row.Id} |", index, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void NothingInTheRepository_PointsOutsideIt()
        {
            // Built from parts so that this file does not match itself.
            var forbidden = new (string What, Regex Pattern)[]
            {
                ("a file outside the repository", new Regex(@"cdk[-]rules|\.\./shared\b|`shared[/]|\bshared[/](cdk|notes)\b", RegexOptions.CultureInvariant)),
                ("an issue number the reader cannot look up", new Regex(@"\bissues? [0-9]+\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)),
            };
            var markdownIssueReference = new Regex(@"(?<![\w/.&|{-])#[0-9]+\b", RegexOptions.CultureInvariant);

            var findings = new List<string>();
            var root = DescriptorTests.RepositoryRoot();
            foreach (var file in RepositoryTextFiles(root))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    foreach (var (what, pattern) in forbidden)
                    {
                        if (pattern.IsMatch(lines[i]))
                        {
                            findings.Add($"{relative}:{i + 1}: {what}: {lines[i].Trim()}");
                        }
                    }

                    // In prose, "#123" is an issue of this repository; a thread elsewhere is written owner/repo#123.
                    if (relative.EndsWith(".md", StringComparison.Ordinal) && markdownIssueReference.IsMatch(lines[i]))
                    {
                        findings.Add($"{relative}:{i + 1}: a bare #number: {lines[i].Trim()}");
                    }
                }
            }

            Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        }

        private sealed record CatalogueRow(string Id, string? DiagnosticId, string[] Cells);

        // The table rows of catalogue.md: first cell the row id, last cell a link to the rule page or "none: why".
        private static IReadOnlyList<CatalogueRow> CatalogueRows()
        {
            var path = Path.Combine(DescriptorTests.RepositoryRoot(), "docs", "rules", "catalogue.md");
            var rows = new List<CatalogueRow>();
            foreach (var line in File.ReadAllLines(path))
            {
                if (!line.StartsWith("| ", StringComparison.Ordinal))
                {
                    continue;
                }

                var cells = SplitCells(line);
                if (!RowId.IsMatch(cells[0]))
                {
                    continue;
                }

                var link = DiagnosticLink.Match(cells[cells.Length - 1]);
                rows.Add(new CatalogueRow(cells[0], link.Success ? link.Groups[1].Value : null, cells));
            }

            Assert.True(rows.Count >= DiagnosticDescriptors.All.Length, $"only {rows.Count} catalogue rows in {path}");
            return rows;
        }

        // Splits a Markdown table row on the pipes that are outside `code` spans.
        private static string[] SplitCells(string line)
        {
            var cells = new List<string>();
            var cell = new System.Text.StringBuilder();
            var inCode = false;
            foreach (var c in line.Trim().Trim('|'))
            {
                if (c == '`')
                {
                    inCode = !inCode;
                }

                if (c == '|' && !inCode)
                {
                    cells.Add(cell.ToString().Trim());
                    cell.Clear();
                }
                else
                {
                    cell.Append(c);
                }
            }

            cells.Add(cell.ToString().Trim());
            return cells.ToArray();
        }

        private static IEnumerable<string> RepositoryTextFiles(string root)
        {
            var skippedDirectories = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                ".git", "bin", "obj", "node_modules", "cdk.out", "artifacts", "TestResults", "StrykerOutput", ".vs", ".idea",
            };
            var textExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                ".cs", ".md", ".csproj", ".props", ".targets", ".json", ".yml", ".yaml", ".txt", ".sh", ".editorconfig", ".sln", ".verified", "",
            };
            var pending = new Stack<DirectoryInfo>();
            pending.Push(new DirectoryInfo(root));
            while (pending.Count > 0)
            {
                var directory = pending.Pop();
                foreach (var child in directory.EnumerateDirectories())
                {
                    if (!skippedDirectories.Contains(child.Name))
                    {
                        pending.Push(child);
                    }
                }

                foreach (var file in directory.EnumerateFiles())
                {
                    if (textExtensions.Contains(file.Extension) || file.Name.EndsWith(".verified.cs", StringComparison.Ordinal))
                    {
                        yield return file.FullName;
                    }
                }
            }
        }
    }
}
