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

    /// <summary>
    /// A hand-written app (Consumer/Conversion) converted to EcrGen by one <c>dotnet format</c> run with ECR0007 turned on, then
    /// built: the files before and after, the project file after, and the commands.
    /// </summary>
    public sealed record ConversionConsumerApp(
        string Directory,
        IReadOnlyDictionary<string, string> Before,
        IReadOnlyDictionary<string, string> After,
        string ProjectFileBefore,
        string ProjectFileAfter,
        CommandResult Restore,
        CommandResult Format,
        CommandResult Build);

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

        public Task<ConversionConsumerApp> ConversionApp { get; private set; } = null!;

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

        private async Task<ConversionConsumerApp> ConvertConsumerAsync(string directory)
        {
            Directory.CreateDirectory(directory);
            var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
            var projectFile = Path.Combine(directory, "Consumer.csproj");
            File.WriteAllText(
                projectFile,
                File.ReadAllText(Path.Combine(template, "Consumer.csproj.in"))
                    .Replace("@CDK_VERSION@", CdkVersion, StringComparison.Ordinal)
                    .Replace("@ECRGEN_VERSION@", Version, StringComparison.Ordinal));
            var source = Path.Combine(template, "Conversion");
            File.Copy(Path.Combine(source, "editorconfig"), Path.Combine(directory, ".editorconfig"));
            foreach (var file in Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories))
            {
                var target = Path.Combine(directory, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var before = SourceFiles(directory);
            var projectBefore = File.ReadAllText(projectFile);
            var restore = await DotNetCli.RunAsync(directory, new[] { "restore", "-nodeReuse:false" }).ConfigureAwait(false);
            var format = await DotNetCli.RunAsync(directory, new[] { "format", "analyzers", "Consumer.csproj", "--diagnostics", "ECR0007", "--severity", "info", "--no-restore" }).ConfigureAwait(false);
            var after = SourceFiles(directory);
            var projectAfter = File.ReadAllText(projectFile);
            var build = await DotNetCli.RunAsync(directory, new[] { "build", "-warnaserror", "-nodeReuse:false", "-p:EmitCompilerGeneratedFiles=true" }).ConfigureAwait(false);
            return new ConversionConsumerApp(directory, before, after, projectBefore, projectAfter, restore, format, build);
        }

        // The app's own .cs files (not obj/ or bin/), by relative path.
        private static IReadOnlyDictionary<string, string> SourceFiles(string directory)
            => Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(directory, file).Replace('\\', '/'))
                .Where(path => !path.StartsWith("obj/", StringComparison.Ordinal) && !path.StartsWith("bin/", StringComparison.Ordinal))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToDictionary(path => path, path => File.ReadAllText(Path.Combine(directory, path)), StringComparer.Ordinal);

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
