using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace EcrGen.Package.Tests
{
    /// <summary>One fenced code block of a Markdown file: its info string and its text, list indentation removed.</summary>
    public sealed record CodeBlock(string Language, string Text);

    /// <summary>
    /// The README's snippets, taken as a user pastes them into a fresh folder: the whole <c>nuget.config</c> (the feed path is
    /// the one thing a user edits), a console app's project with the install snippet, the usage example and the escape
    /// hatch as its code (the usage example is a whole program: its stacks and its <c>Main</c>), and the SARIF
    /// <c>Directory.Build.props</c>.
    /// </summary>
    public static class ReadmeSnippets
    {
        public const string FeedPlaceholder = "/path/to/EcrGen/artifacts/package";

        public static IReadOnlyList<CodeBlock> CodeBlocks(string markdown)
            => Regex.Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), @"^(?<indent>[ ]*)```(?<lang>\w*)\n(?<body>.*?)^\k<indent>```[ ]*$", RegexOptions.Multiline | RegexOptions.Singleline)
                .Select(m => new CodeBlock(
                    m.Groups["lang"].Value,
                    string.Join("\n", m.Groups["body"].Value.Split('\n').Select(line => line.StartsWith(m.Groups["indent"].Value, StringComparison.Ordinal) ? line.Substring(m.Groups["indent"].Value.Length) : line))))
                .ToArray();

        /// <summary>File name to content, for an app in a fresh folder that uses EcrGen <paramref name="version"/> from <paramref name="feed"/>.</summary>
        public static IReadOnlyDictionary<string, string> AppFiles(string readme, string feed, string version)
        {
            var blocks = CodeBlocks(readme);
            var nugetConfig = Single(blocks, "xml", "<configuration>");
            Assert(nugetConfig.Contains(FeedPlaceholder, StringComparison.Ordinal), "the nuget.config snippet names no " + FeedPlaceholder);

            var install = Single(blocks, "xml", "Include=\"EcrGen\"");
            var installed = Regex.Replace(install, @"(Include=""EcrGen"" Version="")[^""]+("")", "${1}" + version + "${2}");
            Assert(installed != install, "the install snippet names no EcrGen version");

            // The usage example is a whole Program.cs (attributes, stacks and the app's Main); the escape hatch joins it.
            var usage = Single(blocks, "csharp", "[EcrRepository(");
            Assert(usage.Contains("static void Main(", StringComparison.Ordinal), "the usage example has no Main");
            var escapeHatch = Single(blocks, "csharp", "OnConfiguringProps");
            var program = usage + "\n" + escapeHatch + "\n";

            // A console app as `dotnet new console` makes it, plus the install snippet.
            var project = $$"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                {{installed.TrimEnd('\n')}}
                </Project>

                """;

            return new Dictionary<string, string>
            {
                ["nuget.config"] = nugetConfig.Replace(FeedPlaceholder, feed, StringComparison.Ordinal),
                ["ReadmeApp.csproj"] = project,
                ["Program.cs"] = program,
                ["Directory.Build.props"] = Single(blocks, "xml", "<ErrorLog>"),
            };
        }

        private static string Single(IReadOnlyList<CodeBlock> blocks, string language, string marker)
        {
            var found = blocks.Where(b => b.Language == language && b.Text.Contains(marker, StringComparison.Ordinal)).ToArray();
            Assert(found.Length == 1, $"the README has {found.Length} {language} blocks with '{marker}', expected one");
            return found[0].Text;
        }

        private static void Assert(bool condition, string message)
        {
            if (!condition)
            {
                throw new InvalidOperationException("README: " + message);
            }
        }
    }
}
