using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace EcrGen.Package.Tests
{
    /// <summary>A consumer app built (and, when it built, run) against the packed EcrGen.</summary>
    public sealed record ConsumerApp(string Directory, string ProgramPath, CommandResult Build, CommandResult? Run, string? SarifPath)
    {
        public string TemplatePath(string stackName) => Path.Combine(Directory, "cdk.out", stackName + ".template.json");

        public string AssemblyPath => Path.Combine(Directory, "bin", "Release", "net10.0", "Consumer.dll");

        /// <summary>The 1-based line of <c>[EcrRepository(</c> in the app's Program.cs.</summary>
        public int RepositoryAttributeLine
            => Array.FindIndex(File.ReadAllLines(ProgramPath), l => l.Contains("[EcrRepository(", StringComparison.Ordinal)) + 1;
    }

    /// <summary>
    /// One pack per test run, shared by every package test. <see cref="InitializeAsync"/> packs src/EcrGen (Release, into an
    /// artifacts path of its own so it never races the repository's bin/obj, with a version unique to this run so a cached copy
    /// of an earlier pack can never be restored), then starts building both consumer apps in parallel; each test awaits the
    /// result it checks.
    /// </summary>
    public sealed partial class PackageFixture : IAsyncLifetime
    {
        /// <summary>The repository name the invalid app uses: upper case is outside ECR's name pattern.</summary>
        public const string InvalidRepositoryName = "MyTeam/App";

        /// <summary>The diagnostic <see cref="InvalidRepositoryName"/> must fail the build with.</summary>
        public const string InvalidRepositoryNameRuleId = "ECR1002";

        public const string ValidRepositoryName = "myteam/app";

        /// <summary>The newest Amazon.CDK.Lib served: metadata only (it needs Constructs >= 10.5), so its app is built, not run.</summary>
        public const string NewestCdkVersion = "2.277.0";

        private static readonly Assembly ThisAssembly = typeof(PackageFixture).Assembly;

        public PackageFixture()
        {
            RepositoryRoot = Metadata("EcrGen.RepositoryRoot");
            CdkVersion = Metadata("EcrGen.CdkVersion");
            var roslyn = System.Version.Parse(Metadata("EcrGen.RoslynVersion"));
            AnalyzerFolder = $"analyzers/dotnet/roslyn{roslyn.Major}.{roslyn.Minor}/cs/";
            var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            Version = Metadata("EcrGen.Version") + "-test." + stamp + ".r" + Guid.NewGuid().ToString("N").Substring(0, 8);
            Root = Path.Combine(Path.GetTempPath(), "ecrgen-package-tests-" + Version);
            Feed = Path.Combine(Root, "feed");
            PackagePath = Path.Combine(Feed, "EcrGen." + Version + ".nupkg");
        }

        public string RepositoryRoot { get; }

        public string CdkVersion { get; }

        /// <summary>The analyzer folder of the Roslyn band the analyzers compile against, e.g. <c>analyzers/dotnet/roslyn4.8/cs/</c>.</summary>
        public string AnalyzerFolder { get; }

        /// <summary>The package version of this run, e.g. <c>0.1.0-test.20250101120000.r1a2b3c4d</c>.</summary>
        public string Version { get; }

        /// <summary>The temporary folder holding the feed, the artifacts and the apps; outside the repository.</summary>
        public string Root { get; }

        public string Feed { get; }

        public string PackagePath { get; }

        public CommandResult Pack { get; private set; } = null!;

        public Task<ConsumerApp> ValidApp { get; private set; } = null!;

        public Task<ConsumerApp> InvalidApp { get; private set; } = null!;

        /// <summary>An app on <see cref="NewestCdkVersion"/> that uses the options only newer CDKs have; built only.</summary>
        public Task<ConsumerApp> NewestCdkApp { get; private set; } = null!;

        /// <summary>
        /// The newest-CDK app's global packages folder: new and empty for every run, as on a fresh machine, so the packages it
        /// compiles against must come from its own restore, never from what an earlier build left in the machine's cache.
        /// Named without a trailing slash, the way users set <c>NUGET_PACKAGES</c>.
        /// </summary>
        public string NewestCdkAppPackages => Path.Combine(Root, "newest-app-packages");

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Root);

            // Nothing above the temp folder may configure these builds (a stray Directory.Build.props in /tmp, say).
            foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                File.WriteAllText(Path.Combine(Root, name), "<Project />\n");
            }

            Pack = await DotNetCli.RunAsync(RepositoryRoot, new[]
            {
                "pack", Path.Combine(RepositoryRoot, "src", "EcrGen", "EcrGen.csproj"),
                "-c", "Release",
                "--artifacts-path", Path.Combine(Root, "artifacts"),
                "-o", Feed,
                "-p:PackageVersion=" + Version,
                "-nodeReuse:false",
            });
            if (Pack.ExitCode != 0 || !File.Exists(PackagePath))
            {
                throw new InvalidOperationException("dotnet pack did not produce " + PackagePath + ".\n" + Pack.Describe());
            }

            var apps = Path.Combine(Root, "apps");
            Directory.CreateDirectory(apps);
            File.WriteAllText(Path.Combine(apps, "nuget.config"), NuGetConfig());
            ValidApp = Task.Run(() => BuildConsumerAsync(Path.Combine(apps, "Valid"), ValidRepositoryName, sarif: false, run: true));
            InvalidApp = Task.Run(() => BuildConsumerAsync(Path.Combine(apps, "Invalid"), InvalidRepositoryName, sarif: true, run: false));

            // After the other two: three concurrent builds on a small machine only make each slower.
            NewestCdkApp = Task.Run(async () =>
            {
                await Task.WhenAll(ValidApp, InvalidApp).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
                return await BuildConsumerAsync(Path.Combine(apps, "Newest"), ValidRepositoryName, sarif: false, run: false, template: Path.Combine("Consumer", "Newest"), cdkVersion: NewestCdkVersion, globalPackages: NewestCdkAppPackages).ConfigureAwait(false);
            });

            // The dotnet format app builds three times in a row: it starts with the first two. The README app, outside apps/
            // (its own nuget.config must be the only one that names the feed), waits for them like the newest-CDK app.
            FormatApp = Task.Run(() => FormatConsumerAsync(Path.Combine(apps, "Format")));

            // The conversion app runs dotnet format too; after the format app, so that two never load at once.
            ConversionApp = Task.Run(async () =>
            {
                await FormatApp.ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
                return await ConvertConsumerAsync(Path.Combine(apps, "Conversion")).ConfigureAwait(false);
            });
            ReadmeApp = Task.Run(async () =>
            {
                await Task.WhenAll(ValidApp, InvalidApp).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
                return await FollowReadmeAsync(Path.Combine(Root, "readme", "ReadmeApp")).ConfigureAwait(false);
            });
        }

        public async Task DisposeAsync()
        {
            // Let running builds finish before their folder goes away.
            foreach (var app in new Task?[] { ValidApp, InvalidApp, NewestCdkApp, FormatApp, ConversionApp, ReadmeApp })
            {
                if (app is not null)
                {
                    try
                    {
                        await app.ConfigureAwait(false);
                    }
                    catch (Exception)
                    {
                        // Reported by the test that awaited it.
                    }
                }
            }

            if (Environment.GetEnvironmentVariable("ECRGEN_KEEP_PACKAGE_TEST_OUTPUT") == "1")
            {
                return;
            }

            TryDelete(Root);

            // This run's version is never used again: keep the global packages folder from growing with every test run.
            var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (string.IsNullOrEmpty(globalPackages))
            {
                globalPackages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            }

            TryDelete(Path.Combine(globalPackages, "ecrgen", Version.ToLowerInvariant()));
        }

        private async Task<ConsumerApp> BuildConsumerAsync(string directory, string repositoryName, bool sarif, bool run, string template = "Consumer", string? cdkVersion = null, string? globalPackages = null)
        {
            Directory.CreateDirectory(directory);
            template = Path.Combine(AppContext.BaseDirectory, template);
            File.WriteAllText(
                Path.Combine(directory, "Consumer.csproj"),
                File.ReadAllText(Path.Combine(template, "Consumer.csproj.in"))
                    .Replace("@CDK_VERSION@", cdkVersion ?? CdkVersion, StringComparison.Ordinal)
                    .Replace("@ECRGEN_VERSION@", Version, StringComparison.Ordinal));
            var programPath = Path.Combine(directory, "Program.cs");
            File.WriteAllText(
                programPath,
                File.ReadAllText(Path.Combine(template, "Program.cs")).Replace("@REPOSITORY_NAME@", repositoryName, StringComparison.Ordinal));

            var arguments = new List<string> { "build", "-c", "Release", "-warnaserror", "-nodeReuse:false" };
            string? sarifPath = null;
            if (sarif)
            {
                sarifPath = Path.Combine(directory, "build.sarif");

                // %2C is MSBuild's escaped comma: the compiler gets "<path>,version=2.1".
                arguments.Add("-p:ErrorLog=" + sarifPath + "%2Cversion=2.1");
            }

            Dictionary<string, string>? environment = null;
            if (globalPackages is not null)
            {
                Directory.CreateDirectory(globalPackages);
                environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = globalPackages };
            }

            var build = await DotNetCli.RunAsync(directory, arguments, environment).ConfigureAwait(false);
            CommandResult? result = null;
            if (run && build.ExitCode == 0)
            {
                // jsii unpacks its Node runtime into the temp folder and leaves it there: keep that inside our folder.
                var temp = Path.Combine(directory, "tmp");
                Directory.CreateDirectory(temp);
                result = await DotNetCli.RunAsync(
                    directory,
                    new[] { Path.Combine(directory, "bin", "Release", "net10.0", "Consumer.dll") },
                    new Dictionary<string, string> { ["TMPDIR"] = temp },
                    TimeSpan.FromMinutes(5)).ConfigureAwait(false);
            }

            return new ConsumerApp(directory, programPath, build, result, sarifPath);
        }

        /// <summary>The local feed first, then the upstream sources of the repository's own nuget.config.</summary>
        private string NuGetConfig()
        {
            var repositoryConfig = XDocument.Load(Path.Combine(RepositoryRoot, "nuget.config"));
            var upstream = repositoryConfig.Root?.Element("packageSources")?.Elements("add").ToList() ?? new List<XElement>();
            if (upstream.Count == 0)
            {
                throw new InvalidOperationException("The repository's nuget.config names no package source.");
            }

            var sources = new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", "ecrgen-local"), new XAttribute("value", Feed)));
            sources.Add(upstream.Select(e => new XElement(e)));

            // Nothing from the machine's NuGet.Config may disable or re-map these sources.
            var configuration = new XElement(
                "configuration",
                sources,
                new XElement("disabledPackageSources", new XElement("clear")),
                new XElement("packageSourceMapping", new XElement("clear")));
            return new XDocument(configuration).ToString() + "\n";
        }

        private static string Metadata(string key)
            => ThisAssembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
               ?? throw new InvalidOperationException("Assembly metadata " + key + " is empty.");

        private static void TryDelete(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
