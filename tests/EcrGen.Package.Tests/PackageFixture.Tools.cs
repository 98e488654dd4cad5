using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace EcrGen.Package.Tests
{
    /// <summary>
    /// The consumer app with one mistake per fixable rule (Consumer/OneMistakePerFixableRule.cs) and a valid repository class:
    /// built with the generator switched off, then fixed by one <c>dotnet format</c> run, then built again.
    /// </summary>
    public sealed record FormatConsumerApp(
        string Directory,
        string MistakesPath,
        IReadOnlyList<(int Line, string Id)> Mistakes,
        string OriginalMistakes,
        CommandResult KillSwitchBuild,
        IReadOnlyList<string> KillSwitchGeneratedFiles,
        CommandResult Format,
        CommandResult Build,
        IReadOnlyList<string> GeneratedFiles);

    /// <summary>An app made only of what the README says to paste, in a fresh folder, built as the README says.</summary>
    public sealed record ReadmeConsumerApp(string Directory, IReadOnlyDictionary<string, string> Files, CommandResult Build)
    {
        public string SarifPath => Path.Combine(Directory, "artifacts", "sarif", "ReadmeApp.sarif");

        public string OutputDirectory => Path.Combine(Directory, "bin", "Debug", "net10.0");
    }

    public sealed partial class PackageFixture
    {
        /// <summary>The repository class the format app adds next to the mistakes: the generator expands it unless switched off.</summary>
        public const string GeneratedClassFile = "Consumer.Mistakes.JobsRepository.EcrRepository.g.cs";

        public Task<FormatConsumerApp> FormatApp { get; private set; } = null!;

        public Task<ReadmeConsumerApp> ReadmeApp { get; private set; } = null!;

        /// <summary>"// ECR1002 ECR1003" at the end of a line of the mistakes file: the rules reported on it.</summary>
        public static (int Line, string Id)[] MarkedMistakes(string source)
            => source.Split('\n')
                .Select((text, index) => (Line: index + 1, Match: Regex.Match(text, @"\S.*//((?:\s+ECR\d{4})+)\s*$")))
                .Where(x => x.Match.Success)
                .SelectMany(x => x.Match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => (x.Line, Id: id)))
                .ToArray();

        private async Task<FormatConsumerApp> FormatConsumerAsync(string directory)
        {
            Directory.CreateDirectory(directory);
            var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
            File.WriteAllText(
                Path.Combine(directory, "Consumer.csproj"),
                File.ReadAllText(Path.Combine(template, "Consumer.csproj.in"))
                    .Replace("@CDK_VERSION@", CdkVersion, StringComparison.Ordinal)
                    .Replace("@ECRGEN_VERSION@", Version, StringComparison.Ordinal));
            var mistakesPath = Path.Combine(directory, "OneMistakePerFixableRule.cs");
            var original = File.ReadAllText(Path.Combine(template, "OneMistakePerFixableRule.cs"));
            File.WriteAllText(mistakesPath, original);
            File.WriteAllText(Path.Combine(directory, "Program.cs"), """
                using EcrGen;

                namespace Consumer.Mistakes
                {
                    [EcrRepository("team/jobs")]
                    public partial class JobsRepository
                    {
                    }

                    public static class Program
                    {
                        public static void Main()
                        {
                        }
                    }
                }
                """);
            var mistakes = MarkedMistakes(original);

            // The generator switched off: the analyzers must still report every mistake, and nothing may be generated.
            var killSwitch = await DotNetCli.RunAsync(directory, new[]
            {
                "build", "-nodeReuse:false", "-p:DisableEcrGenSourceGenerator=true", "-p:EmitCompilerGeneratedFiles=true",
            }).ConfigureAwait(false);
            var killSwitchGenerated = GeneratedFiles(directory);

            // One run for every fixable rule, as a user asks for it.
            var arguments = new List<string> { "format", "analyzers", "Consumer.csproj", "--severity", "info", "--no-restore", "--diagnostics" };
            arguments.AddRange(mistakes.Select(m => m.Id).Distinct());
            var format = await DotNetCli.RunAsync(directory, arguments).ConfigureAwait(false);

            var build = await DotNetCli.RunAsync(directory, new[] { "build", "-warnaserror", "-nodeReuse:false", "-p:EmitCompilerGeneratedFiles=true" }).ConfigureAwait(false);
            return new FormatConsumerApp(directory, mistakesPath, mistakes, original, killSwitch, killSwitchGenerated, format, build, GeneratedFiles(directory));
        }

        private static IReadOnlyList<string> GeneratedFiles(string directory)
        {
            var generated = Path.Combine(directory, "obj", "Debug", "net10.0", "generated", "EcrGen.SourceGenerators");
            return Directory.Exists(generated)
                ? Directory.GetFiles(generated, "*.cs", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)).OrderBy(n => n, StringComparer.Ordinal).ToArray()
                : Array.Empty<string>();
        }

        private async Task<ReadmeConsumerApp> FollowReadmeAsync(string directory)
        {
            Directory.CreateDirectory(directory);
            var files = ReadmeSnippets.AppFiles(File.ReadAllText(Path.Combine(RepositoryRoot, "README.md")), Feed, Version);
            foreach (var file in files)
            {
                File.WriteAllText(Path.Combine(directory, file.Key), file.Value);
            }

            var build = await DotNetCli.RunAsync(directory, new[] { "build", "-warnaserror", "-nodeReuse:false" }).ConfigureAwait(false);
            return new ReadmeConsumerApp(directory, files, build);
        }
    }
}
