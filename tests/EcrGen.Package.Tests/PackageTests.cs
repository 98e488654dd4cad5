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
        public void Package_has_the_attributes_in_lib_and_the_generator_analyzers_and_fixes_in_analyzers()
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
                    "lib/netcoreapp3.1/EcrGen.dll",
                    "lib/netcoreapp3.1/EcrGen.xml",
                }
                .Concat(AnalyzerAssemblies.Select(a => "analyzers/dotnet/cs/" + a))
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

            // The one lib/ target framework has an (empty) dependency group, so NuGet does not fall back to "any".
            var groups = nuspec.Descendants(ns + "group").Select(g => (string?)g.Attribute("targetFramework")).ToArray();
            Assert.Equal(new[] { ".NETCoreApp3.1" }, groups);
        }

        [Fact]
        public void Attributes_reference_the_cdk_by_the_jsii_assembly_version_that_every_cdk_2_release_carries()
        {
            var references = AssemblyReferences("lib/netcoreapp3.1/EcrGen.dll");
            Assert.Equal(new Version(1, 0, 0, 0), references["Amazon.CDK.Lib"]);
            Assert.DoesNotContain(references.Keys, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        }

        [Fact]
        public void Analyzer_assemblies_need_only_the_compiler_roslyn_4_8_and_each_other()
        {
            foreach (var assembly in AnalyzerAssemblies)
            {
                foreach (var reference in AssemblyReferences("analyzers/dotnet/cs/" + assembly))
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
        }

        [Fact]
        public async Task Fresh_cdk_app_on_the_newest_cdk_builds_with_warnaserror_and_the_generated_code_uses_its_members()
        {
            var app = await _package.NewestCdkApp;
            _output.WriteLine(app.Build.Describe(15));
            Assert.True(app.Build.ExitCode == 0, app.Build.Describe());

            // Built against the newest CDK, not a restored older one.
            using var stream = File.OpenRead(app.AssemblyPath);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var typeNames = reader.TypeReferences.Select(h => reader.GetString(reader.GetTypeReference(h).Name)).ToArray();
            Assert.Contains("ImageTagMutabilityExclusionFilter", typeNames);

            // The generated code passes the options only this CDK has: the exclusion filters and the digest parameter.
            Assert.Contains("TagParameterContainerImageProps", typeNames);
            Assert.True(File.Exists(Path.Combine(app.Directory, "bin", "Release", "net10.0", "Amazon.CDK.Lib.dll")));
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
