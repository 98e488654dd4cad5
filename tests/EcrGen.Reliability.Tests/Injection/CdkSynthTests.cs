using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json.Nodes;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EcrGen.Reliability.Tests.Injection
{
    /// <summary>
    /// The nasty strings through the real CDK: the user program and the generated code are compiled to an in-memory assembly,
    /// loaded into a collectible load context (the CDK itself comes from the test's own context), instantiated in a stack of
    /// one <c>App</c> (jsii starts Node once per class), synthesized with <c>Template.FromStack</c>, and each value is looked
    /// up in the template: the lifecycle policy text (description, tag prefix and pattern lists), the registry id, the KMS key
    /// ARN, a Lambda function's image config (Cmd, Entrypoint, WorkingDirectory) and image URI (TagOrDigest, Tag), and an ECS
    /// container's image (TagOrDigest). Lone surrogates are left out: UTF-8 cannot carry them to Node (a jsii limit; the
    /// compile-level <see cref="EscapingTests"/> covers them).
    /// </summary>
    public sealed class CdkSynthTests : IClassFixture<CdkSynthTests.SynthFixture>
    {
        private const string KeyArnPrefix = "arn:aws:kms:us-east-1:123456789012:key/";

        private readonly SynthFixture _fixture;

        public CdkSynthTests(SynthFixture fixture)
        {
            _fixture = fixture;
        }

        public static IEnumerable<object[]> Names => NastyStrings.SynthNameData;

        [Theory]
        [MemberData(nameof(Names))]
        public void The_value_reaches_the_synthesized_template_exactly(string name)
        {
            var value = NastyStrings.All[name];
            var template = _fixture.Template;
            var ids = _fixture.LogicalIds[name];

            var repository = Resource(template, ids["Repository"]);
            var policy = repository["LifecyclePolicy"]!;
            Assert.Equal(value, (string?)policy["RegistryId"]);
            var rules = JsonNode.Parse((string)policy["LifecyclePolicyText"]!)!["rules"]!.AsArray();
            Assert.All(rules, rule => Assert.Equal(value, (string?)rule!["description"]));
            Assert.Equal(new[] { value, value }, Strings(rules[0]!["selection"]!["tagPrefixList"]));
            if (SynthFixture.HasPatternRule(value))
            {
                Assert.Equal(new[] { value }, Strings(rules[1]!["selection"]!["tagPatternList"]));
            }

            Assert.Equal(KeyArnPrefix + value, (string?)repository["EncryptionConfiguration"]!["KmsKey"]);

            var function = Resource(template, ids["Function"]);
            var imageConfig = function["ImageConfig"]!;
            Assert.Equal(new[] { value, "second" }, Strings(imageConfig["Command"]));
            Assert.Equal(new[] { value }, Strings(imageConfig["EntryPoint"]));
            Assert.Equal(value, (string?)imageConfig["WorkingDirectory"]);
            AssertImageTag(function["Code"]!["ImageUri"], value);

            AssertImageTag(Resource(template, ids["LegacyFunction"])["Code"]!["ImageUri"], value);

            var container = Resource(template, ids["Task"])["ContainerDefinitions"]![0]!;
            AssertImageTag(container["Image"], value);
        }

        [Fact]
        public void A_repository_name_arrives_exactly()
        {
            // The CDK validates names (lowercase, 2-256 characters of a pattern), so the edgy values are valid ones here.
            var repository = Resource(_fixture.Template, _fixture.LogicalIds["(names)"]["Repository"]);

            Assert.Equal(SynthFixture.LongRepositoryName, (string?)repository["RepositoryName"]);
        }

        private static JsonNode Resource(JsonNode template, string logicalId)
            => template["Resources"]![logicalId]?["Properties"] ?? throw new InvalidOperationException($"No resource {logicalId} in the template.");

        private static string?[] Strings(JsonNode? array) => array!.AsArray().Select(n => (string?)n).ToArray();

        /// <summary>The image URI is an <c>Fn::Join</c> whose last literal part is <c>:tag</c> (or <c>@sha256:…</c> for a digest).</summary>
        private static void AssertImageTag(JsonNode? uri, string value)
        {
            var parts = uri!["Fn::Join"]![1]!.AsArray();
            var literal = parts.Select(p => p is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).LastOrDefault(s => s is not null);
            Assert.NotNull(literal);
            Assert.True(literal!.EndsWith(":" + value, StringComparison.Ordinal), "image URI does not end with the tag: " + Shorten(literal));
        }

        private static string Shorten(string text) => text.Length > 200 ? text.Substring(0, 200) + "…" : text;

        /// <summary>Compiles, loads, instantiates and synthesizes once for the class.</summary>
        public sealed class SynthFixture : IDisposable
        {
            /// <summary>A valid name of the maximum length, with every separator ECR allows.</summary>
            public static readonly string LongRepositoryName = string.Concat(Enumerable.Repeat("a0/b-c.d_e", 26)).Substring(0, 255) + "z";

            private readonly CollectibleContext _context = new();

            public SynthFixture()
            {
                // jsii's end-of-life check stays quiet only for the Node majors listed (as .ci/run sets it); the others take any value.
                if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION")))
                {
                    Environment.SetEnvironmentVariable("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", NodeMajorVersion() ?? "1");
                }

                Environment.SetEnvironmentVariable("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1");
                Environment.SetEnvironmentVariable("JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION", "1");

                var names = NastyStrings.SynthNames.ToList();
                var run = GeneratorRunner.Run(Program(names));
                if (!run.CompilationDiagnostics.IsEmpty)
                {
                    throw new InvalidOperationException("The synth program does not compile cleanly:\n" + string.Join("\n", run.CompilationDiagnostics.Take(20)));
                }

                using var image = new MemoryStream();
                var emit = run.OutputCompilation.Emit(image);
                if (!emit.Success)
                {
                    throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", emit.Diagnostics.Take(20)));
                }

                image.Position = 0;
                var assembly = _context.LoadFromStream(image);
                var app = new Amazon.CDK.App();
                var stack = new Amazon.CDK.Stack(app, "Injection", new Amazon.CDK.StackProps
                {
                    Env = new Amazon.CDK.Environment { Account = "123456789012", Region = "us-east-1" },
                });
                var build = assembly.GetType("Injection.Synth")!.GetMethod("Build")!;
                var ids = (IDictionary<string, IDictionary<string, string>>)build.Invoke(null, new object[] { stack })!;
                LogicalIds = ids.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

                var json = Amazon.CDK.Assertions.Template.FromStack(stack).ToJSON();
                Template = JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(json))!;
            }

            private static string? NodeMajorVersion()
            {
                try
                {
                    using var node = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
                    var version = node.StandardOutput.ReadToEnd().Trim().TrimStart('v');
                    node.WaitForExit();
                    return version.Split('.')[0];
                }
                catch (System.ComponentModel.Win32Exception)
                {
                    return null; // no node: jsii will say so itself
                }
            }

            /// <summary>The synthesized template.</summary>
            public JsonNode Template { get; }

            /// <summary>Case name → role (Repository, Function, LegacyFunction, Task) → logical id.</summary>
            public IReadOnlyDictionary<string, IDictionary<string, string>> LogicalIds { get; }

            /// <summary>The CDK refuses a tag pattern with more than four wildcards; such values go through the prefix list only.</summary>
            public static bool HasPatternRule(string value) => value.Count(c => c == '*') <= 4;

            /// <summary>One repository class per value with every string option set to it, and a stack builder that uses them all.</summary>
            private static string Program(IReadOnlyList<string> names)
            {
                var text = new StringBuilder();
                text.AppendLine("#pragma warning disable CS0618 // Tag is deprecated, as in the CDK.");
                text.AppendLine("using System.Collections.Generic;");
                text.AppendLine("using Amazon.CDK;");
                text.AppendLine("using Amazon.CDK.AWS.ECR;");
                text.AppendLine("using Amazon.CDK.AWS.ECS;");
                text.AppendLine("using Amazon.CDK.AWS.Lambda;");
                text.AppendLine("using EcrGen;");
                text.AppendLine("namespace Injection");
                text.AppendLine("{");
                for (var i = 0; i < names.Count; i++)
                {
                    var value = NastyStrings.All[names[i]];
                    var v = SymbolDisplay.FormatLiteral(value, quote: true);
                    text.AppendLine($"    [EcrRepository(LifecycleRegistryId = {v}, Encryption = EcrEncryption.Kms, EncryptionKeyArn = \"{KeyArnPrefix}\" + {v})]");
                    text.AppendLine($"    [LifecycleRule(Description = {v}, RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] {{ {v}, {v} }}, MaxImageCount = 5)]");
                    text.AppendLine(HasPatternRule(value)
                        ? $"    [LifecycleRule(Description = {v}, RulePriority = 2, TagStatus = TagStatus.TAGGED, TagPatternList = new[] {{ {v} }}, MaxImageCount = 5)]"
                        : $"    [LifecycleRule(Description = {v}, RulePriority = 2, TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 5)]");
                    text.AppendLine($"    [EcrImageCode(\"Api\", TagOrDigest = {v}, Cmd = new[] {{ {v}, \"second\" }}, Entrypoint = new[] {{ {v} }}, WorkingDirectory = {v})]");
                    text.AppendLine($"    [EcrImageCode(\"Legacy\", Tag = {v})]");
                    text.AppendLine($"    [ContainerImage(\"Web\", TagOrDigest = {v})]");
                    text.AppendLine($"    public partial class Case{i} {{ }}");
                }

                text.AppendLine($"    [EcrRepository({SymbolDisplay.FormatLiteral(LongRepositoryName, quote: true)})]");
                text.AppendLine("    public partial class Names { }");
                text.AppendLine("    public static class Synth");
                text.AppendLine("    {");
                text.AppendLine("        private static string Id(Stack stack, Constructs.IConstruct construct) => stack.GetLogicalId((CfnElement)construct.Node.DefaultChild!);");
                text.AppendLine("        public static IDictionary<string, IDictionary<string, string>> Build(Stack stack)");
                text.AppendLine("        {");
                text.AppendLine("            var ids = new Dictionary<string, IDictionary<string, string>>();");
                for (var i = 0; i < names.Count; i++)
                {
                    text.AppendLine($"            var repository{i} = new Case{i}(stack, \"Repository{i}\");");
                    text.AppendLine($"            var function{i} = new DockerImageFunction(stack, \"Function{i}\", new DockerImageFunctionProps {{ Code = repository{i}.ApiCode() }});");
                    text.AppendLine($"            var legacy{i} = new DockerImageFunction(stack, \"Legacy{i}\", new DockerImageFunctionProps {{ Code = repository{i}.LegacyCode() }});");
                    text.AppendLine($"            var task{i} = new FargateTaskDefinition(stack, \"Task{i}\");");
                    text.AppendLine($"            task{i}.AddContainer(\"web\", new ContainerDefinitionOptions {{ Image = repository{i}.WebImage(), MemoryLimitMiB = 512 }});");
                    text.AppendLine($"            ids[{SymbolDisplay.FormatLiteral(names[i], quote: true)}] = new Dictionary<string, string> {{ [\"Repository\"] = Id(stack, repository{i}), [\"Function\"] = Id(stack, function{i}), [\"LegacyFunction\"] = Id(stack, legacy{i}), [\"Task\"] = Id(stack, task{i}) }};");
                }

                text.AppendLine("            ids[\"(names)\"] = new Dictionary<string, string> { [\"Repository\"] = Id(stack, new Names(stack, \"Names\")) };");
                text.AppendLine("            return ids;");
                text.AppendLine("        }");
                text.AppendLine("    }");
                text.AppendLine("}");
                return text.ToString();
            }

            public void Dispose() => _context.Unload();

            /// <summary>A collectible context for the compiled program; everything else (the CDK, jsii) resolves from the default context.</summary>
            private sealed class CollectibleContext : AssemblyLoadContext
            {
                public CollectibleContext()
                    : base("EcrGen.Reliability.Synth", isCollectible: true)
                {
                }

                protected override Assembly? Load(AssemblyName assemblyName) => null;
            }
        }
    }
}
