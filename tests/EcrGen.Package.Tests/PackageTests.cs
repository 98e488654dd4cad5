using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;
using Xunit.Abstractions;

namespace EcrGen.Package.Tests
{
    /// <summary>
    /// The EcrGen package as a user gets it: its layout and nuspec, then fresh CDK apps that restore it from a folder feed, one
    /// that builds with -warnaserror and synthesizes, one with a known mistake that the analyzers fail (console and SARIF).
    /// </summary>
    public sealed class PackageTests : IClassFixture<PackageFixture>
    {
        private static readonly string[] AnalyzerAssemblies = { "EcrGen.SourceGenerators.dll", "EcrGen.Domain.dll", "EcrGen.CodeFixes.dll" };

        private readonly PackageFixture _package;
        private readonly ITestOutputHelper _output;

        public PackageTests(PackageFixture package, ITestOutputHelper output)
        {
            _package = package;
            _output = output;
        }

        [Fact]
        public void Package_has_the_attributes_in_ref_only_the_generator_analyzers_and_fixes_in_the_roslyn_band_folder_and_its_targets()
        {
            _output.WriteLine(_package.Pack.Describe(8));
            using var zip = ZipFile.OpenRead(_package.PackagePath);
            var files = zip.Entries
                .Select(e => e.FullName)
                .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml")
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToArray();

            var expected = new[]
                {
                    "EcrGen.nuspec",
                    "README.md",
                    "build/EcrGen.targets",
                    "buildTransitive/EcrGen.targets",
                    "ref/netcoreapp3.1/EcrGen.dll",
                    "ref/netcoreapp3.1/EcrGen.xml",
                }
                .Concat(AnalyzerAssemblies.Select(a => _package.AnalyzerFolder + a))
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(expected, files);
        }

        [Fact]
        public void Nuspec_declares_no_dependency_so_the_user_chooses_the_cdk_version()
        {
            var nuspec = ReadNuspec();
            XNamespace ns = nuspec.Root!.Name.Namespace;
            var metadata = nuspec.Root.Element(ns + "metadata")!;
            Assert.Equal("EcrGen", metadata.Element(ns + "id")?.Value);
            Assert.Equal(_package.Version, metadata.Element(ns + "version")?.Value);
            Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
            Assert.Null(metadata.Element(ns + "developmentDependency"));

            var dependencies = nuspec.Descendants(ns + "dependency").Select(d => (string?)d.Attribute("id")).ToArray();
            Assert.DoesNotContain("Amazon.CDK.Lib", dependencies);
            Assert.Empty(dependencies);

            // The one ref/ target framework has an (empty) dependency group, so NuGet does not fall back to "any".
            var groups = nuspec.Descendants(ns + "group").Select(g => (string?)g.Attribute("targetFramework")).ToArray();
            Assert.Equal(new[] { ".NETCoreApp3.1" }, groups);
        }

        [Fact]
        public void Attributes_reference_the_cdk_by_the_jsii_assembly_version_that_every_cdk_2_release_carries()
        {
            var references = AssemblyReferences("ref/netcoreapp3.1/EcrGen.dll");
            Assert.Equal(new Version(1, 0, 0, 0), references["Amazon.CDK.Lib"]);
            Assert.DoesNotContain(references.Keys, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        }

        [Fact]
        public void Analyzer_assemblies_need_only_the_compiler_roslyn_4_8_and_each_other()
        {
            foreach (var assembly in AnalyzerAssemblies)
            {
                foreach (var reference in AssemblyReferences(_package.AnalyzerFolder + assembly))
                {
                    var name = reference.Key;
                    if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                    {
                        // Loadable by VS 2022 17.8 / the .NET 8 SDK: never compiled against a newer Roslyn.
                        Assert.True(reference.Value <= new Version(4, 8, 0, 0), $"{assembly} references {name} {reference.Value}");
                    }
                    else
                    {
                        Assert.True(
                            name == "netstandard" || name.StartsWith("System.", StringComparison.Ordinal) || AnalyzerAssemblies.Contains(name + ".dll"),
                            $"{assembly} references {name} {reference.Value}, which the compiler does not provide and the package does not ship.");
                    }
                }
            }
        }

        [Fact]
        public async Task Fresh_cdk_app_restoring_the_package_builds_with_warnaserror_and_synthesizes_the_repository()
        {
            var app = await _package.ValidApp;
            _output.WriteLine(app.Build.Describe(15));
            Assert.True(app.Build.ExitCode == 0, app.Build.Describe());
            Assert.NotNull(app.Run);
            _output.WriteLine(app.Run!.Describe(15));
            Assert.True(app.Run.ExitCode == 0, app.Run.Describe());
            Assert.Contains("synthesized ConsumerStack with 1 tag parameter override", app.Run.Output, StringComparison.Ordinal);

            using var template = JsonDocument.Parse(File.ReadAllText(app.TemplatePath("ConsumerStack")));
            var resources = template.RootElement.GetProperty("Resources").EnumerateObject().ToArray();
            var repository = Assert.Single(resources, r => Type(r) == "AWS::ECR::Repository").Value.GetProperty("Properties");
            Assert.Equal(PackageFixture.ValidRepositoryName, repository.GetProperty("RepositoryName").GetString());
            Assert.True(repository.GetProperty("ImageScanningConfiguration").GetProperty("ScanOnPush").GetBoolean());
            Assert.Equal("IMMUTABLE", repository.GetProperty("ImageTagMutability").GetString());

            // OnConfiguringProps, implemented by the app, ran before the repository was created.
            var key = Assert.Single(resources, r => Type(r) == "AWS::KMS::Key");
            var encryption = repository.GetProperty("EncryptionConfiguration");
            Assert.Equal("KMS", encryption.GetProperty("EncryptionType").GetString());
            Assert.Contains("\"" + key.Name + "\"", encryption.GetProperty("KmsKey").GetRawText(), StringComparison.Ordinal);

            // The CDK renders AddLifecycleRule calls into one policy document, in order, numbering unprioritized rules.
            using var policy = JsonDocument.Parse(repository.GetProperty("LifecyclePolicy").GetProperty("LifecyclePolicyText").GetString()!);
            var rules = policy.RootElement.GetProperty("rules").EnumerateArray().ToArray();
            Assert.Equal(2, rules.Length);
            AssertJson(
                """{"rulePriority":1,"description":"Keep 9999 prod images","selection":{"tagStatus":"tagged","tagPrefixList":["prod"],"countType":"imageCountMoreThan","countNumber":9999},"action":{"type":"expire"}}""",
                rules[0]);
            AssertJson(
                """{"rulePriority":2,"description":"Expire other images after 30 days","selection":{"tagStatus":"any","countType":"sinceImagePushed","countNumber":30,"countUnit":"days"},"action":{"type":"expire"}}""",
                rules[1]);

            // The image helpers: Lambda code by digest with its image config, an ECS image by tag, a tag-parameter image.
            var function = Assert.Single(resources, r => Type(r) == "AWS::Lambda::Function").Value.GetProperty("Properties");
            Assert.Equal("Image", function.GetProperty("PackageType").GetString());
            AssertJson("""{"Command":["app.handler"],"WorkingDirectory":"/app"}""", function.GetProperty("ImageConfig"));
            Assert.Contains("@sha256:0123456789abcdef", function.GetProperty("Code").GetRawText(), StringComparison.Ordinal);
            var containers = Assert.Single(resources, r => Type(r) == "AWS::ECS::TaskDefinition").Value.GetProperty("Properties").GetProperty("ContainerDefinitions");
            Assert.Equal(2, containers.GetArrayLength());
            Assert.Contains(":v1", containers[0].GetProperty("Image").GetRawText(), StringComparison.Ordinal);
            var parameters = template.RootElement.GetProperty("Parameters").EnumerateObject().Select(p => p.Name).ToArray();
            Assert.Contains(parameters, p => p != "BootstrapVersion");

            // The attributes are [Conditional("ECRGEN_USAGES")]: the user's assembly keeps no reference to EcrGen.
            using var stream = File.OpenRead(app.AssemblyPath);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var referenced = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToArray();
            Assert.Contains("Amazon.CDK.Lib", referenced);
            Assert.DoesNotContain("EcrGen", referenced);

            // Compile-time only, even without PrivateAssets (this app has none): nothing of EcrGen in the output or deps.json.
            AssertNothingOfEcrGenAtRunTime(Path.GetDirectoryName(app.AssemblyPath)!, "Consumer");
            Assert.DoesNotContain("ECRCFG0001", app.Build.Output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Fresh_cdk_app_on_the_newest_cdk_builds_with_warnaserror_and_the_generated_code_uses_its_members()
        {
            var app = await _package.NewestCdkApp;
            _output.WriteLine(app.Build.Describe(15));
            Assert.True(app.Build.ExitCode == 0, app.Build.Describe());

            // Restored into its own empty packages folder: the CDK it compiled against was downloaded by its own restore.
            var downloaded = Path.Combine(_package.NewestCdkAppPackages, "amazon.cdk.lib", PackageFixture.NewestCdkVersion, "lib", "net6.0", "Amazon.CDK.Lib.dll");
            Assert.True(File.Exists(downloaded), "The app's own restore did not download " + downloaded + ".");
            var copied = Path.Combine(app.Directory, "bin", "Release", "net10.0", "Amazon.CDK.Lib.dll");
            Assert.True(File.ReadAllBytes(downloaded).AsSpan().SequenceEqual(File.ReadAllBytes(copied)), "The app's output holds another Amazon.CDK.Lib than the one its restore downloaded.");

            // Built against the newest CDK, not a restored older one.
            using var stream = File.OpenRead(app.AssemblyPath);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var typeNames = reader.TypeReferences.Select(h => reader.GetString(reader.GetTypeReference(h).Name)).ToArray();
            Assert.Contains("ImageTagMutabilityExclusionFilter", typeNames);

            // The generated code passes the options only this CDK has: the exclusion filters and the digest parameter.
            Assert.Contains("TagParameterContainerImageProps", typeNames);
        }

        [Fact]
        public async Task Fresh_cdk_app_with_an_invalid_repository_name_fails_the_build_with_the_ecr_error_on_the_console_and_in_sarif()
        {
            var app = await _package.InvalidApp;
            var rule = PackageFixture.InvalidRepositoryNameRuleId;
            _output.WriteLine(app.Build.Describe(20));
            Assert.NotEqual(0, app.Build.ExitCode);
            Assert.Contains("Program.cs(" + app.RepositoryAttributeLine + ",", ErrorLines(app.Build.Output, rule).FirstOrDefault() ?? app.Build.Describe(), StringComparison.Ordinal);

            // SARIF 2.1.0, as code-scanning services take it: the result is an error located at the attribute.
            Assert.True(File.Exists(app.SarifPath), "The build wrote no SARIF log at " + app.SarifPath + ".\n" + app.Build.Describe());
            using var sarif = JsonDocument.Parse(File.ReadAllText(app.SarifPath!));
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            var results = sarif.RootElement.GetProperty("runs").EnumerateArray()
                .SelectMany(r => r.GetProperty("results").EnumerateArray())
                .Where(r => r.GetProperty("ruleId").GetString() == rule)
                .ToArray();
            var result = Assert.Single(results);
            Assert.Equal("error", result.GetProperty("level").GetString());
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("/Program.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
            Assert.Equal(app.RepositoryAttributeLine, location.GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Contains("MyTeam/App", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Project_url_repository_url_help_links_and_the_targets_name_one_address()
        {
            var nuspec = ReadNuspec();
            XNamespace ns = nuspec.Root!.Name.Namespace;
            var metadata = nuspec.Root.Element(ns + "metadata")!;
            var projectUrl = metadata.Element(ns + "projectUrl")?.Value;
            Assert.False(string.IsNullOrEmpty(projectUrl), "the nuspec has no projectUrl");
            Assert.StartsWith("https://", projectUrl, StringComparison.Ordinal);
            var repository = metadata.Element(ns + "repository")!;
            Assert.Equal(projectUrl, (string?)repository.Attribute("url"));
            Assert.Equal("git", (string?)repository.Attribute("type"));

            // Every descriptor of every packed analyzer: <projectUrl>/blob/main/docs/rules/<id>.md, a page this repository has.
            var descriptors = PackedDiagnosticDescriptors();
            Assert.NotEmpty(descriptors);
            foreach (var (id, helpLink) in descriptors)
            {
                Assert.Equal(projectUrl + "/blob/main/docs/rules/" + id + ".md", helpLink);
                Assert.True(File.Exists(Path.Combine(_package.RepositoryRoot, "docs", "rules", id + ".md")), $"{helpLink}: no docs/rules/{id}.md");
            }

            var targets = ReadEntry("buildTransitive/EcrGen.targets");
            Assert.Contains("HelpLink=\"" + projectUrl + "/blob/main/docs/configuration.md#ecrcfg0001\"", targets, StringComparison.Ordinal);
            Assert.Equal(targets, ReadEntry("build/EcrGen.targets"));
            Assert.DoesNotContain("@", targets.Replace("%(", "(", StringComparison.Ordinal).Replace("@(", "(", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("<_EcrGenRoslynBand>" + _package.AnalyzerFolder.Split('/')[2] + "</_EcrGenRoslynBand>", targets, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Compiler_older_than_the_analyzer_band_warns_ECRCFG0001_once_and_loads_no_EcrGen_analyzer()
        {
            var app = await _package.InvalidApp;
            Assert.DoesNotContain("ECRCFG0001", app.Build.Output, StringComparison.Ordinal);

            // The SDK's view of the compiler, as an SDK with Roslyn 4.4 sets it (the mirror serves no compiler older than 4.8).
            var build = await DotNetCli.RunAsync(app.Directory, new[]
            {
                "build", "-c", "Release", "--no-restore", "-nodeReuse:false", "-p:CompilerApiVersion=roslyn4.4",
            });
            _output.WriteLine(build.Describe(20));

            // Once, before MSBuild's summary (which repeats every warning).
            var log = build.Output.Split('\n').TakeWhile(l => !l.StartsWith("Build FAILED", StringComparison.Ordinal) && !l.StartsWith("Build succeeded", StringComparison.Ordinal));
            var warnings = log.Where(l => l.Contains("warning ECRCFG0001:", StringComparison.Ordinal)).ToArray();
            var warning = Assert.Single(warnings);
            Assert.Contains("need the C# compiler of Roslyn 4.8 or newer", warning, StringComparison.Ordinal);
            Assert.Contains("this build uses Roslyn 4.4", warning, StringComparison.Ordinal);

            // Neither the generator nor the analyzers ran: no ECR1002, and the partial method has no generated declaration.
            Assert.DoesNotContain(PackageFixture.InvalidRepositoryNameRuleId, build.Output, StringComparison.Ordinal);
            Assert.Contains("error CS0759", build.Output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Without_CompilerApiVersion_the_guard_reads_the_compiler_task_assembly()
        {
            var app = await _package.InvalidApp;

            // An SDK without CompilerApiVersion: the guard reads the version of the compiler's task assembly. Here it is the
            // SDK's own (Roslyn 4.8 or newer), so EcrGen runs and reports the app's mistake.
            var current = await DotNetCli.RunAsync(app.Directory, new[]
            {
                "build", "-c", "Release", "--no-restore", "-nodeReuse:false", "-p:CompilerApiVersion=",
            });
            _output.WriteLine(current.Describe(20));
            Assert.DoesNotContain("ECRCFG0001", current.Output, StringComparison.Ordinal);
            Assert.Contains(PackageFixture.InvalidRepositoryNameRuleId, current.Output, StringComparison.Ordinal);

            // A task assembly older than the band (any assembly of a lower version stands in for one: no compiler older than
            // 4.8 is served): the same warning as with CompilerApiVersion, with the version read from the assembly.
            var oldTasks = typeof(PackageTests).Assembly.Location;
            var version = System.Reflection.AssemblyName.GetAssemblyName(oldTasks).Version!;
            Assert.True(version < new Version(4, 8), $"{oldTasks} has version {version}, not older than the band");
            var old = await DotNetCli.RunAsync(app.Directory, new[]
            {
                "build", "-c", "Release", "--no-restore", "-nodeReuse:false", "-p:CompilerApiVersion=", "-p:RoslynTasksAssembly=" + oldTasks,
            });
            _output.WriteLine(old.Describe(20));
            // Once, before MSBuild's summary (which repeats every warning).
            var log = old.Output.Split('\n').TakeWhile(l => !l.StartsWith("Build FAILED", StringComparison.Ordinal) && !l.StartsWith("Build succeeded", StringComparison.Ordinal));
            var warning = Assert.Single(log, l => l.Contains("warning ECRCFG0001:", StringComparison.Ordinal));
            Assert.Contains($"this build uses Roslyn {version.ToString(2)}", warning, StringComparison.Ordinal);
            Assert.DoesNotContain(PackageFixture.InvalidRepositoryNameRuleId, old.Output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Kill_switch_turns_the_generator_off_and_keeps_every_analyzer()
        {
            var app = await _package.FormatApp;
            _output.WriteLine(app.KillSwitchBuild.Describe(30));
            Assert.NotEqual(0, app.KillSwitchBuild.ExitCode);
            foreach (var (line, id) in app.Mistakes)
            {
                Assert.Contains($"OneMistakePerFixableRule.cs({line},", string.Join("\n", app.KillSwitchBuild.Output.Split('\n').Where(l => l.Contains(" " + id + ":", StringComparison.Ordinal))), StringComparison.Ordinal);
            }

            Assert.Empty(app.KillSwitchGeneratedFiles);

            // Without the switch the same app generates its repository class.
            Assert.Contains(PackageFixture.GeneratedClassFile, app.GeneratedFiles);
        }

        [Fact]
        public async Task Dotnet_format_fixes_every_fixable_rule_in_one_run_and_the_app_then_builds_clean()
        {
            var app = await _package.FormatApp;
            _output.WriteLine(app.Format.Describe(30));
            Assert.True(app.Format.ExitCode == 0, app.Format.Describe());

            var original = app.OriginalMistakes.Split('\n');
            var formatted = File.ReadAllText(app.MistakesPath);
            var lines = formatted.Split('\n');
            _output.WriteLine(formatted);
            foreach (var line in app.Mistakes.Select(m => m.Line).Distinct())
            {
                Assert.True(line <= lines.Length && lines[line - 1] != original[line - 1], $"line {line} was not fixed: {original[line - 1].Trim()}");
            }

            _output.WriteLine(app.Build.Describe(15));
            Assert.True(app.Build.ExitCode == 0, app.Build.Describe() + "\n\n" + formatted);
            Assert.DoesNotContain(" ECR", app.Build.Output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Dotnet_format_with_ECR0007_on_converts_every_repository_in_place_and_the_app_builds_clean()
        {
            var app = await _package.ConversionApp;
            _output.WriteLine(app.Format.Describe(30));
            Assert.True(app.Restore.ExitCode == 0, app.Restore.Describe());
            Assert.True(app.Format.ExitCode == 0, app.Format.Describe());
            foreach (var (path, text) in app.After)
            {
                _output.WriteLine("--- " + path + "\n" + text);
            }

            // Same files, same project file: the classes are beside the stacks (an added file would be a duplicate Compile item).
            Assert.Equal(app.Before.Keys, app.After.Keys);
            Assert.Equal(app.ProjectFileBefore, app.ProjectFileAfter);
            Assert.Equal(app.Before["Program.cs"], app.After["Program.cs"]);

            var api = app.After["Stacks/ApiStack.cs"];
            Assert.Contains("var app = new AppRepository(this, \"App\");", api, StringComparison.Ordinal);
            Assert.Contains("[EcrRepository(\"team/api\", ImageTagMutability = TagMutability.IMMUTABLE)]", api, StringComparison.Ordinal);
            Assert.Contains("[LifecycleRule(TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 1)]", api, StringComparison.Ordinal);
            Assert.Contains("using EcrGen;", api, StringComparison.Ordinal);

            var worker = app.After["Stacks/WorkerStack.cs"];
            Assert.Contains("var app = new AppRepository2(this, \"App\");", worker, StringComparison.Ordinal);
            Assert.Contains("var jobs = new JobsRepository(this, \"Jobs\");", worker, StringComparison.Ordinal);
            Assert.Contains("[LifecycleRule(MaxImageCount = 20)]", worker, StringComparison.Ordinal);
            Assert.DoesNotContain("new Repository(", string.Concat(app.After.Values), StringComparison.Ordinal);
            Assert.DoesNotContain("AddLifecycleRule", string.Concat(app.After.Values), StringComparison.Ordinal);

            _output.WriteLine(app.Build.Describe(15));
            Assert.True(app.Build.ExitCode == 0, app.Build.Describe());
            Assert.DoesNotContain(" ECR", app.Build.Output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Readme_snippets_pasted_into_a_fresh_folder_build_with_warnaserror_and_write_sarif()
        {
            var app = await _package.ReadmeApp;
            foreach (var file in app.Files)
            {
                _output.WriteLine("--- " + file.Key + "\n" + file.Value);
            }

            _output.WriteLine(app.Build.Describe(20));
            Assert.True(app.Build.ExitCode == 0, app.Build.Describe());
            Assert.DoesNotContain("ECRCFG0001", app.Build.Output, StringComparison.Ordinal);

            // The Directory.Build.props snippet made its folder and the compiler wrote a SARIF 2.1.0 log with no ECR result:
            // the usage example is valid as written.
            Assert.True(File.Exists(app.SarifPath), "no SARIF log at " + app.SarifPath);
            using var sarif = JsonDocument.Parse(File.ReadAllText(app.SarifPath));
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            var ecr = sarif.RootElement.GetProperty("runs").EnumerateArray()
                .SelectMany(r => r.GetProperty("results").EnumerateArray())
                .Select(r => r.GetProperty("ruleId").GetString())
                .Where(id => id!.StartsWith("ECR", StringComparison.Ordinal))
                .ToArray();
            Assert.Empty(ecr);

            // The generator ran (the stack uses its members) and nothing of EcrGen reaches the output.
            AssertNothingOfEcrGenAtRunTime(app.OutputDirectory, "ReadmeApp");
        }

        private static void AssertNothingOfEcrGenAtRunTime(string outputDirectory, string appName)
        {
            Assert.True(File.Exists(Path.Combine(outputDirectory, appName + ".dll")), "no " + appName + ".dll in " + outputDirectory);
            Assert.Empty(Directory.GetFiles(outputDirectory, "EcrGen*", SearchOption.AllDirectories));
            var deps = File.ReadAllText(Path.Combine(outputDirectory, appName + ".deps.json"));
            Assert.DoesNotContain("EcrGen", deps, StringComparison.OrdinalIgnoreCase);
        }

        // (id, help link) of every descriptor the packed analyzers support, loaded from the nupkg in a context of their own.
        private List<(string Id, string HelpLink)> PackedDiagnosticDescriptors()
        {
            var context = new PackedAnalyzerContext();
            try
            {
                foreach (var name in new[] { "EcrGen.Domain.dll", "EcrGen.SourceGenerators.dll" })
                {
                    using var zip = ZipFile.OpenRead(_package.PackagePath);
                    using var buffer = new MemoryStream();
                    using (var stream = zip.GetEntry(_package.AnalyzerFolder + name)!.Open())
                    {
                        stream.CopyTo(buffer);
                    }

                    buffer.Position = 0;
                    context.Add(context.LoadFromStream(buffer));
                }

                var analyzers = context.Assemblies.Single(a => a.GetName().Name == "EcrGen.SourceGenerators").GetTypes()
                    .Where(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(t)
                        && t.GetCustomAttributes(typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerAttribute), false).Length > 0)
                    .Select(t => (Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                    .ToArray();
                Assert.NotEmpty(analyzers);
                return analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => (d.Id, d.HelpLinkUri)).Distinct().ToList();
            }
            finally
            {
                context.Unload();
            }
        }

        private string ReadEntry(string entryName)
        {
            using var zip = ZipFile.OpenRead(_package.PackagePath);
            using var reader = new StreamReader((zip.GetEntry(entryName) ?? throw new InvalidOperationException("The package has no " + entryName + ".")).Open());
            return reader.ReadToEnd();
        }

        /// <summary>The packed analyzer assemblies, resolving each other; Roslyn comes from the test's own references.</summary>
        private sealed class PackedAnalyzerContext : System.Runtime.Loader.AssemblyLoadContext
        {
            private readonly Dictionary<string, System.Reflection.Assembly> _loaded = new(StringComparer.Ordinal);

            public PackedAnalyzerContext()
                : base("EcrGen.Package.Tests.PackedAnalyzers", isCollectible: true)
            {
            }

            public void Add(System.Reflection.Assembly assembly) => _loaded[assembly.GetName().Name!] = assembly;

            protected override System.Reflection.Assembly? Load(System.Reflection.AssemblyName assemblyName)
                => _loaded.TryGetValue(assemblyName.Name!, out var assembly) ? assembly : null;
        }

        private static IEnumerable<string> ErrorLines(string output, string rule)
            => output.Split('\n').Where(l => l.Contains(": error " + rule + ":", StringComparison.Ordinal));

        private static string? Type(JsonProperty resource) => resource.Value.GetProperty("Type").GetString();

        private static void AssertJson(string expected, JsonElement actual)
        {
            using var document = JsonDocument.Parse(expected);
            Assert.True(JsonElement.DeepEquals(document.RootElement, actual), "expected " + expected + "\nactual   " + actual.GetRawText());
        }

        private XDocument ReadNuspec()
        {
            using var zip = ZipFile.OpenRead(_package.PackagePath);
            var entry = zip.GetEntry("EcrGen.nuspec") ?? throw new InvalidOperationException("The package has no EcrGen.nuspec.");
            using var stream = entry.Open();
            return XDocument.Load(stream);
        }

        private Dictionary<string, Version> AssemblyReferences(string entryName)
        {
            using var zip = ZipFile.OpenRead(_package.PackagePath);
            var entry = zip.GetEntry(entryName) ?? throw new InvalidOperationException("The package has no " + entryName + ".");
            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            using var pe = new PEReader(buffer);
            var reader = pe.GetMetadataReader();
            return reader.AssemblyReferences
                .Select(h => reader.GetAssemblyReference(h))
                .ToDictionary(r => reader.GetString(r.Name), r => r.Version);
        }
    }
}
