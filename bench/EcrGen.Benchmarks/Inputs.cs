using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EcrGen.Benchmarks
{
    /// <summary>
    /// The synthetic, realistic inputs of the benchmarks, built in memory as source text, parsed once up front (benchmarks that
    /// time parsing parse inside the timed part themselves). One file per class, 50 classes a namespace, as an app would.
    /// </summary>
    public static class Inputs
    {
        /// <summary>The parse options of every benchmark compilation.</summary>
        public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

        /// <summary>The name of the file an unrelated edit goes to.</summary>
        public const string UnrelatedPath = "Util.cs";

        /// <summary>An ordinary file of the app, no EcrGen in it: the target of the "unrelated edit".</summary>
        public static string Unrelated(int answer = 42)
            => "namespace App\n{\n    public static class Util\n    {\n        public static int Answer() => " + answer + ";\n    }\n}\n";

        /// <summary>
        /// An <c>[EcrRepository]</c> class with two <c>[LifecycleRule]</c>s and one image helper (benchmark 1 of docs/performance.md).
        /// <paramref name="maxImageCount"/> is what the "edit inside one annotated class" changes.
        /// </summary>
        public static string EcrGenClass(int index, int maxImageCount = 20)
            => $$"""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using EcrGen;

                namespace App.Repositories{{index / 50}}
                {
                    /// <summary>The images of service {{index}}.</summary>
                    [EcrRepository("app/service-{{index}}", ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, RemovalPolicy = RemovalPolicy.RETAIN)]
                    [LifecycleRule(Description = "Keep release images", RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "release-" }, MaxImageCount = {{maxImageCount}})]
                    [LifecycleRule(Description = "Expire untagged images", RulePriority = 2, TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 14)]
                    [EcrImageCode("Api", TagOrDigest = "v{{index}}", Cmd = new[] { "app.handler" })]
                    public partial class Service{{index}}Repository
                    {
                    }
                }
                """;

        /// <summary>A CommunityToolkit.Mvvm view model with three <c>[ObservableProperty]</c> fields.</summary>
        public static string MvvmClass(int index)
            => $$"""
                using CommunityToolkit.Mvvm.ComponentModel;

                namespace App.ViewModels{{index / 50}}
                {
                    /// <summary>The view model of screen {{index}}.</summary>
                    public partial class Screen{{index}}ViewModel : ObservableObject
                    {
                        [ObservableProperty]
                        private string? _title;

                        [ObservableProperty]
                        private int _count;

                        [ObservableProperty]
                        private bool _isBusy;
                    }
                }
                """;

        /// <summary>A Riok.Mapperly mapper of the five-property <c>Person</c> type.</summary>
        public static string MapperlyClass(int index)
            => $$"""
                using Riok.Mapperly.Abstractions;

                namespace App.Mappers{{index / 50}}
                {
                    /// <summary>Mapper {{index}}.</summary>
                    [Mapper]
                    public partial class Person{{index}}Mapper
                    {
                        public partial global::App.Model.PersonDto Map(global::App.Model.Person source);
                    }
                }
                """;

        /// <summary>The five-property type the Mapperly mappers map.</summary>
        public const string MapperlyModel = """
            namespace App.Model
            {
                public sealed class Person
                {
                    public int Id { get; set; }
                    public string Name { get; set; } = "";
                    public string Email { get; set; } = "";
                    public System.DateTime BirthDate { get; set; }
                    public decimal Balance { get; set; }
                }

                public sealed class PersonDto
                {
                    public int Id { get; set; }
                    public string Name { get; set; } = "";
                    public string Email { get; set; } = "";
                    public System.DateTime BirthDate { get; set; }
                    public decimal Balance { get; set; }
                }
            }
            """;

        /// <summary>
        /// A stack that uses every <paramref name="count"/> generated repository class from <paramref name="first"/> on, so that
        /// the app's own code binds against the generated members as a real app's would.
        /// </summary>
        public static string EcrGenStack(int first, int count)
        {
            var text = new StringBuilder();
            text.Append("using Amazon.CDK;\nusing Constructs;\n\nnamespace App.Stacks\n{\n");
            text.Append("    public sealed class Stack").Append(first).Append(" : Stack\n    {\n");
            text.Append("        public Stack").Append(first).Append("(Construct scope, string id)\n            : base(scope, id)\n        {\n");
            for (var i = first; i < first + count; i++)
            {
                var type = "global::App.Repositories" + (i / 50) + ".Service" + i + "Repository";
                text.Append("            var repository").Append(i).Append(" = new ").Append(type).Append("(this, \"Service").Append(i).Append("\");\n");
                text.Append("            _ = repository").Append(i).Append(".ApiCode();\n");
            }

            text.Append("        }\n    }\n}\n");
            return text.ToString();
        }

        /// <summary>
        /// A 1,000-class (or <paramref name="classes"/>-class) EcrGen app: the annotated classes, a stack per 50 that uses them,
        /// and one unrelated file.
        /// </summary>
        public static IReadOnlyList<(string Path, string Text)> EcrGenApp(int classes)
        {
            var files = new List<(string, string)>(classes + (classes / 50) + 2);
            for (var i = 0; i < classes; i++)
            {
                files.Add(($"Repositories/Service{i}Repository.cs", EcrGenClass(i)));
            }

            for (var first = 0; first < classes; first += 50)
            {
                files.Add(($"Stacks/Stack{first}.cs", EcrGenStack(first, System.Math.Min(50, classes - first))));
            }

            files.Add((UnrelatedPath, Unrelated()));
            return files;
        }

        /// <summary>
        /// A hand-written CDK app of about <paramref name="lines"/> lines, with no EcrGen attribute: stacks of repositories with
        /// props, lifecycle rules (in props and added later), grants, Lambda image code and ECS container images, plus
        /// ordinary non-CDK code, which analyzers must skip cheaply.
        /// </summary>
        public static IReadOnlyList<(string Path, string Text)> HandWrittenCdkApp(int lines)
        {
            var files = new List<(string, string)>();
            var total = 0;
            for (var stack = 0; total < lines; stack++)
            {
                var text = HandWrittenStack(stack);
                files.Add(($"Stacks/Platform{stack}Stack.cs", text));
                total += text.Count(c => c == '\n');
                var helper = HandWrittenHelper(stack);
                files.Add(($"Util/Helper{stack}.cs", helper));
                total += helper.Count(c => c == '\n');
            }

            return files;
        }

        private static string HandWrittenStack(int stack)
        {
            var text = new StringBuilder();
            text.Append("""
                using System.Collections.Generic;
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Amazon.CDK.AWS.ECS;
                using Amazon.CDK.AWS.IAM;
                using Amazon.CDK.AWS.Lambda;
                using Constructs;

                """);
            text.Append("namespace Platform.Stacks").Append(stack).Append("\n{\n");
            text.Append("    public sealed class Platform").Append(stack).Append("Stack : Stack\n    {\n");
            text.Append("        public Platform").Append(stack).Append("Stack(Construct scope, string id, IStackProps? props = null)\n            : base(scope, id, props)\n        {\n");
            text.Append("            var readers = new AccountPrincipal(\"123456789012\");\n");
            for (var i = 0; i < 8; i++)
            {
                var name = $"platform{stack}/service-{i}";
                text.Append($$"""
                                var repository{{i}} = new Repository(this, "Repository{{i}}", new RepositoryProps
                                {
                                    RepositoryName = "{{name}}",
                                    ImageScanOnPush = true,
                                    ImageTagMutability = TagMutability.IMMUTABLE,
                                    RemovalPolicy = RemovalPolicy.RETAIN,
                                    LifecycleRules = new ILifecycleRule[]
                                    {
                                        new LifecycleRule { Description = "Keep releases", RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "release-" }, MaxImageCount = 20 },
                                    },
                                });
                                repository{{i}}.AddLifecycleRule(new LifecycleRule
                                {
                                    Description = "Expire untagged",
                                    RulePriority = 2,
                                    TagStatus = TagStatus.UNTAGGED,
                                    MaxImageAge = Duration.Days(14),
                                });
                                repository{{i}}.GrantPull(readers);
                                var code{{i}} = DockerImageCode.FromEcr(repository{{i}}, new EcrImageCodeProps { TagOrDigest = "v{{i}}", Cmd = new[] { "app.handler" } });
                                var image{{i}} = ContainerImage.FromEcrRepository(repository{{i}}, "v{{i}}");

                """);
            }

            text.Append("            Outputs = new Dictionary<string, object>();\n");
            text.Append("        }\n\n");
            text.Append("        public IDictionary<string, object> Outputs { get; }\n    }\n}\n");
            return text.ToString();
        }

        private static string HandWrittenHelper(int stack)
        {
            var text = new StringBuilder();
            text.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\n\n");
            text.Append("namespace Platform.Util").Append(stack).Append("\n{\n");
            text.Append("    public static class Helper").Append(stack).Append("\n    {\n");
            for (var i = 0; i < 6; i++)
            {
                text.Append($$"""
                            public static string Name{{i}}(string prefix, IEnumerable<int> values)
                            {
                                var total = 0;
                                foreach (var value in values.Where(v => v % 2 == 0))
                                {
                                    total += value * {{i + 1}};
                                }

                                return prefix + "-" + total.ToString(System.Globalization.CultureInfo.InvariantCulture);
                            }


                    """);
            }

            text.Append("    }\n}\n");
            return text.ToString();
        }

        /// <summary>Parses <paramref name="files"/> (outside any timed part).</summary>
        public static ImmutableArray<SyntaxTree> Parse(IEnumerable<(string Path, string Text)> files)
            => files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.Path)).ToImmutableArray();

        /// <summary>
        /// A library compilation of <paramref name="trees"/> as MSBuild would set it up, but single-threaded: on a shared 2-core
        /// machine a parallel build measures the neighbours, and its workers spin while they wait.
        /// </summary>
        public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference> references)
            => CSharpCompilation.Create("BenchApp", trees, references, TestCompilation.Options().WithConcurrentBuild(false));

        /// <summary>N EcrGen classes plus the unrelated file, against .NET 8 + Amazon.CDK.Lib 2.160.0 + the EcrGen attributes.</summary>
        public static CSharpCompilation EcrGenClasses(int n)
            => Compilation(Parse(Enumerable.Range(0, n).Select(i => ($"Repositories/Service{i}Repository.cs", EcrGenClass(i))).Append((UnrelatedPath, Unrelated()))), TestReferences.All);

        /// <summary>
        /// The same N EcrGen classes with their three <c>using</c> directives moved into one global-usings file, as an SDK-style
        /// project with <c>ImplicitUsings</c> or a <c>GlobalUsings.cs</c> has them (benchmark 3's control for Roslyn's per-file
        /// using lookups).
        /// </summary>
        public static CSharpCompilation EcrGenClassesWithGlobalUsings(int n)
            => Compilation(
                Parse(Enumerable.Range(0, n).Select(i => ($"Repositories/Service{i}Repository.cs", WithoutUsings(EcrGenClass(i))))
                    .Append(("GlobalUsings.cs", "global using Amazon.CDK;\nglobal using Amazon.CDK.AWS.ECR;\nglobal using EcrGen;\n"))
                    .Append((UnrelatedPath, Unrelated()))),
                TestReferences.All);

        private static string WithoutUsings(string source)
            => string.Join("\n", source.Split('\n').Where(line => !line.StartsWith("using ", System.StringComparison.Ordinal)));

        /// <summary>N CommunityToolkit.Mvvm view models, against .NET 8 + CommunityToolkit.Mvvm.</summary>
        public static CSharpCompilation MvvmClasses(int n)
            => Compilation(Parse(Enumerable.Range(0, n).Select(i => ($"ViewModels/Screen{i}ViewModel.cs", MvvmClass(i)))), TestReferences.Net80.Add(Peers.Mvvm.Library));

        /// <summary>N Mapperly mappers of one five-property type, against .NET 8 + Riok.Mapperly.Abstractions.</summary>
        public static CSharpCompilation MapperlyClasses(int n)
            => Compilation(Parse(Enumerable.Range(0, n).Select(i => ($"Mappers/Person{i}Mapper.cs", MapperlyClass(i))).Append(("Model/Person.cs", MapperlyModel))), TestReferences.Net80.Add(Peers.Mapperly.Library));
    }
}
