using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>
    /// Rules that depend on the user's Amazon.CDK.Lib version (G5: an option an older CDK lacks; R9: the exclusion filters of
    /// newer CDKs; W8: SnapStart on an image function before 2.267.0). Amazon.CDK.Lib is not strong-named and always has assembly version 1.0.0.0, so a small stand-in compiled
    /// here takes its place exactly as another release would.
    /// </summary>
    public class CdkVersionTests
    {
        private const string CommonCdk = """
            namespace Constructs { public class Construct { } }
            namespace Amazon.CDK
            {
                public enum RemovalPolicy { DESTROY, RETAIN, SNAPSHOT, RETAIN_ON_UPDATE_OR_DELETE }
                public class Duration { public static Duration Days(double amount) => new Duration(); }
            }
            namespace Amazon.CDK.AWS.ECR
            {
                public enum TagStatus { ANY, TAGGED, UNTAGGED }
                public interface IRepository { }
                public abstract class RepositoryBase : IRepository { }
                public class Repository : RepositoryBase
                {
                    public Repository(Constructs.Construct scope, string id, IRepositoryProps? props = null) { }
                    public void AddLifecycleRule(ILifecycleRule rule) { }
                }
                public interface ILifecycleRule { }
                public class LifecycleRule : ILifecycleRule
                {
                    public double? MaxImageCount { get; set; }
                    public Amazon.CDK.Duration? MaxImageAge { get; set; }
                    public TagStatus? TagStatus { get; set; }
                    public string[]? TagPrefixList { get; set; }
                    public double? RulePriority { get; set; }
                    public string? Description { get; set; }
                }
                public interface IRepositoryProps { }
            }
            """;

        /// <summary>An older CDK: no EmptyOnDelete, no TagPatternList.</summary>
        private static readonly MetadataReference OldCdk = Build("Old", "[assembly: Amazon.JSII.Runtime.Deputy.JsiiAssembly(\"aws-cdk-lib\", \"2.100.0\", \"aws-cdk-lib-2.100.0.tgz\")]\n" + CommonCdk + """
            namespace Amazon.JSII.Runtime.Deputy
            {
                [System.AttributeUsage(System.AttributeTargets.Assembly)]
                public sealed class JsiiAssemblyAttribute : System.Attribute
                {
                    public JsiiAssemblyAttribute(string name, string version, string tarball) { }
                }
            }
            namespace Amazon.CDK.AWS.ECR
            {
                public enum TagMutability { MUTABLE, IMMUTABLE }
                public class RepositoryProps : IRepositoryProps
                {
                    public string? RepositoryName { get; set; }
                    public bool? ImageScanOnPush { get; set; }
                    public TagMutability? ImageTagMutability { get; set; }
                    public Amazon.CDK.RemovalPolicy? RemovalPolicy { get; set; }
                }
            }
            """);

        /// <summary>A newer CDK: tag mutability exclusion filters.</summary>
        private static readonly MetadataReference NewCdk = Build("New", CommonCdk + """
            namespace Amazon.CDK.AWS.ECR
            {
                public enum TagMutability { MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, MUTABLE_WITH_EXCLUSION }
                public class ImageTagMutabilityExclusionFilter
                {
                    public static ImageTagMutabilityExclusionFilter Wildcard(string pattern) => new ImageTagMutabilityExclusionFilter();
                }
                public class RepositoryProps : IRepositoryProps
                {
                    public string? RepositoryName { get; set; }
                    public TagMutability? ImageTagMutability { get; set; }
                    public ImageTagMutabilityExclusionFilter[]? ImageTagMutabilityExclusionFilters { get; set; }
                    public Amazon.CDK.RemovalPolicy? RemovalPolicy { get; set; }
                    public bool? EmptyOnDelete { get; set; }
                }
            }
            """);

        [Fact]
        public Task ECR0005_OptionTheReferencedCdkLacks() => VerifyAsync<AttributeAnalyzers>(OldCdk, """
            using Amazon.CDK;
            using Amazon.CDK.AWS.ECR;
            using EcrGen;

            [EcrRepository("team/app", ImageScanOnPush = true, RemovalPolicy = RemovalPolicy.DESTROY, {|ECR0005:EmptyOnDelete = true|})]
            [LifecycleRule(TagStatus = TagStatus.TAGGED, {|ECR0005:TagPatternList = new[] { "v*" }|}, MaxImageCount = 3)]
            [{|ECR0005:ContainerImage("Web", TagOrDigest = "v1")|}]
            public partial class AppRepository { }
            """);

        [Fact]
        public async Task ECR0005_MessageNamesTheMemberAndVersion()
        {
            var compilation = CSharpCompilation.Create(
                "UserApp",
                new[] { CSharpSyntaxTree.ParseText("[EcrGen.EcrRepository(EmptyOnDelete = true, RemovalPolicy = Amazon.CDK.RemovalPolicy.DESTROY)] public partial class A { }") },
                TestReferences.Net80.Add(OldCdk).Add(TestReferences.Attributes),
                TestCompilation.Options());
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AttributeAnalyzers())).GetAnalyzerDiagnosticsAsync();
            var g5 = Assert.Single(diagnostics, d => d.Id == "ECR0005");
            Assert.Equal("'EmptyOnDelete' needs 'RepositoryProps.EmptyOnDelete', which the referenced Amazon.CDK.Lib 2.100.0 does not have; the option is not generated", g5.GetMessage());
        }

        [Theory]
        [MemberData(nameof(CdkReleases.All), MemberType = typeof(CdkReleases))]
        public void CdkVersion_IsTheJsiiRelease(CdkRelease release)
        {
            Assert.True(CdkSymbols.TryCreate(TestCompilation.Create(new[] { "class C { }" }, TestReferences.AllWith(release)), out var cdk));
            Assert.Equal(release.Version(), cdk.CdkVersion);
        }

        [Fact]
        public Task ECR0005_Negative_RealCdkHasEveryOption() => CdkSource.VerifyAsync<AttributeAnalyzers>(CdkSource.TopLevel("""
            [EcrRepository("team/app", ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true, LifecycleRegistryId = "123456789012", Encryption = EcrEncryption.Kms, EncryptionKeyArn = "arn:aws:kms:eu-west-1:123456789012:key/k")]
            [LifecycleRule(Description = "d", RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPatternList = new[] { "v*" }, MaxImageCount = 3)]
            [TagParameterImage]
            [EcrImageCode("Api", TagOrDigest = "v1", Cmd = new[] { "a" }, Entrypoint = new[] { "b" }, WorkingDirectory = "/w")]
            [ContainerImage("Web", TagOrDigest = "v1")]
            public partial class AppRepository { }
            """));

        // ---------------- the newer options on the real releases ----------------

        [Fact]
        public Task ECR0005_NewerOptionsOn2160() => CdkSource.VerifyAsync<AttributeAnalyzers>(new[] { CdkRelease.V2_160 }, CdkSource.TopLevel("""
            [EcrRepository("team/app", ImageTagMutability = TagMutability.IMMUTABLE, {|ECR0005:ImageTagMutabilityExclusionFilters = new[] { "dev-*", "bad tag!" }|})]
            [TagParameterImage({|ECR0005:IsImageDigest = true|})]
            public partial class AppRepository { }
            """));

        [Fact]
        public async Task ECR0005_NewerOptionsOn2160_MessagesNameTheMembers()
        {
            var diagnostics = await AnalyzerRunner.RunAsync(
                new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] { new AttributeAnalyzers() },
                new[] { CdkSource.TopLevel("""
                    [EcrRepository(ImageTagMutabilityExclusionFilters = new[] { "dev-*" })]
                    [TagParameterImage(IsImageDigest = true)]
                    public partial class AppRepository { }
                    """) },
                TestReferences.AllWith(CdkRelease.V2_160));
            Assert.Equal(
                new[]
                {
                    "'ImageTagMutabilityExclusionFilters' needs 'RepositoryProps.ImageTagMutabilityExclusionFilters', which the referenced Amazon.CDK.Lib 2.160.0 does not have; the option is not generated",
                    "'IsImageDigest' needs 'TagParameterContainerImageProps.IsImageDigest', which the referenced Amazon.CDK.Lib 2.160.0 does not have; the option is not generated",
                },
                diagnostics.Where(d => d.Id == "ECR0005").Select(d => d.GetMessage()).OrderBy(m => m, System.StringComparer.Ordinal).ToArray());
        }

        [Fact]
        public Task ECR0005_Negative_NewerOptionsOn2277() => CdkSource.VerifyAsync<AttributeAnalyzers>(new[] { CdkRelease.V2_277 }, CdkSource.TopLevel("""
            [EcrRepository("team/app", ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION, ImageTagMutabilityExclusionFilters = new[] { "dev-*", "release.v1_*" }, EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY)]
            [LifecycleRule(TagStatus = TagStatus.TAGGED, TagPatternList = new[] { "v*" }, MaxImageCount = 3)]
            [TagParameterImage(IsImageDigest = true)]
            public partial class AppRepository { }
            [EcrRepository("team/mutable", ImageTagMutability = TagMutability.MUTABLE_WITH_EXCLUSION, ImageTagMutabilityExclusionFilters = new[] { "latest" })]
            [TagParameterImage(IsImageDigest = false)]
            public partial class MutableRepository { }
            """));

        [Fact]
        public Task ECR0005_NewerOptionsOn2103() => CdkSource.VerifyAsync<AttributeAnalyzers>(new[] { CdkRelease.V2_103 }, CdkSource.TopLevel("""
            [EcrRepository("team/app", RemovalPolicy = RemovalPolicy.DESTROY, {|ECR0005:EmptyOnDelete = true|}, {|ECR0005:ImageTagMutabilityExclusionFilters = new[] { "dev-*" }|})]
            [LifecycleRule(TagStatus = TagStatus.TAGGED, {|ECR0005:TagPatternList = new[] { "v*" }|}, MaxImageCount = 3)]
            [TagParameterImage({|ECR0005:IsImageDigest = true|})]
            public partial class AppRepository { }
            """));

        /// <summary>R9 (catalogue N1) on the attribute, against the CDK that has exclusion filters.</summary>
        [Fact]
        public Task ECR1009_ExclusionFiltersOnTheAttribute() => CdkSource.VerifyAsync<AttributeAnalyzers>(new[] { CdkRelease.V2_277 }, CdkSource.TopLevel("""
            [EcrRepository("team/a", ImageTagMutability = TagMutability.IMMUTABLE, {|ECR1009:ImageTagMutabilityExclusionFilters = new[] { "dev-*" }|})]
            public partial class FiltersWithoutExclusion { }
            [EcrRepository("team/b", {|ECR1009:ImageTagMutabilityExclusionFilters = new[] { "dev-*" }|})]
            public partial class FiltersWithoutMutability { }
            [EcrRepository("team/c", {|ECR1009:ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION|})]
            public partial class ExclusionWithoutFilters { }
            [EcrRepository("team/d", ImageTagMutability = TagMutability.MUTABLE_WITH_EXCLUSION, {|ECR1009:ImageTagMutabilityExclusionFilters = new[] { "a", "b", "c", "d", "e", "f" }|})]
            public partial class SixFilters { }
            [EcrRepository("team/e", ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION, {|ECR1009:ImageTagMutabilityExclusionFilters = new string[0]|})]
            public partial class NoFilters { }
            [EcrRepository("team/f", ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION, {|ECR1009:ImageTagMutabilityExclusionFilters = new[] { "ok-*", "dev build!" }|})]
            public partial class BadCharacter { }
            [EcrRepository("team/i", ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION, {|ECR1009:ImageTagMutabilityExclusionFilters = new[] { "" }|})]
            public partial class EmptyPattern { }
            [EcrRepository("team/g", ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION, {|ECR1009:ImageTagMutabilityExclusionFilters = new[] { "LONG" }|})]
            public partial class LongPattern { }
            [EcrRepository("team/h", ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION, ImageTagMutabilityExclusionFilters = new[] { "MAX" })]
            public partial class LongestPattern { }
            """.Replace("LONG", new string('a', 129)).Replace("MAX", new string('a', 128))));

        /// <summary>N2: only CDKs that have KMS_DSSE (2.182.0+) can reference it, and their L2 Repository throws for it.</summary>
        [Fact]
        public Task ECR1014_KmsDsseOnTheL2Repository() => CdkSource.VerifyAsync<RepositoryCodeAnalyzer>(new[] { CdkRelease.V2_277 }, CdkSource.InStack("""
                    new Repository(this, "A", new RepositoryProps { {|ECR1014:Encryption = RepositoryEncryption.KMS_DSSE|} });
                    var props = new RepositoryProps { RepositoryName = "team/b" };
                    {|ECR1014:props.Encryption = RepositoryEncryption.KMS_DSSE|};
                    new Repository(this, "B", props);
                    new Repository(this, "C", new RepositoryProps { Encryption = RepositoryEncryption.KMS });
                    new Repository(this, "D", new RepositoryProps { Encryption = RepositoryEncryption.AES_256 });
                    var chosen = System.Environment.GetEnvironmentVariable("DSSE") == "1" ? RepositoryEncryption.KMS_DSSE : RepositoryEncryption.KMS;
                    new Repository(this, "E", new RepositoryProps { Encryption = chosen });
            """));

        /// <summary>N3: Repository.FromLookup (2.187.0+) throws for a token name or ARN, and for neither.</summary>
        [Fact]
        public Task ECR1015_FromLookupOptions() => CdkSource.VerifyAsync<RepositoryCodeAnalyzer>(new[] { CdkRelease.V2_277 }, CdkSource.InStack("""
                    var parameter = new CfnParameter(this, "Name");
                    Repository.FromLookup(this, "A", new RepositoryLookupOptions { {|ECR1015:RepositoryName = parameter.ValueAsString|} });
                    Repository.FromLookup(this, "B", {|ECR1015:new RepositoryLookupOptions()|});
                    Repository.FromLookup(this, "C", {|ECR1015:new RepositoryLookupOptions|} { RepositoryName = "" });
                    Repository.FromLookup(this, "D", new RepositoryLookupOptions { RepositoryName = "x/y", {|ECR1015:RepositoryArn = Token.AsString(parameter.Value)|} });
                    Repository.FromLookup(this, "E", new RepositoryLookupOptions { RepositoryName = "team/app" });
                    Repository.FromLookup(this, "F", new RepositoryLookupOptions { RepositoryArn = "arn:aws:ecr:eu-west-1:123456789012:repository/team/app" });
                    var name = System.Environment.GetEnvironmentVariable("NAME");
                    Repository.FromLookup(this, "G", new RepositoryLookupOptions { RepositoryName = name });
            """));

        /// <summary>N3: the repository FromLookup returns is imported, so image code over it is I13.</summary>
        [Fact]
        public Task ECR1015_FromLookupIsAnImportedRepositoryOfTheStacksAccount() => CdkSource.VerifyAsync<ImageCodeAnalyzer>(new[] { CdkRelease.V2_277 }, CdkSource.InStack("""
                    // FromLookup finds the repository in the stack's own account: Lambda pulls from it (no ECR3013), pinned by digest (no ECR3014).
                    var imported = Repository.FromLookup(this, "Imported", new RepositoryLookupOptions { RepositoryName = "team/app" });
                    var code = DockerImageCode.FromEcr(imported, new EcrImageCodeProps { TagOrDigest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" });
            """));

        // The repository is IMMUTABLE and in a stack of its own: untagged images from it are not 'latest' (ECR3014), and the
        // functions here do not take an image from a repository created empty beside them (ECR3015).
        private const string SnapStartOnImages = """
                    var images = new Stack(this, "Images");
                    var repo = new Repository(images, "Repo", new RepositoryProps { ImageTagMutability = TagMutability.IMMUTABLE });
                    new DockerImageFunction(this, "A", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(repo), {|ECR3016:SnapStart = SnapStartConf.ON_PUBLISHED_VERSIONS|} });
                    new Function(this, "B", new FunctionProps
                    {
                        Code = Code.FromEcrImage(repo),
                        Handler = Handler.FROM_IMAGE,
                        Runtime = Runtime.FROM_IMAGE,
                        {|ECR3016:SnapStart = SnapStartConf.ON_PUBLISHED_VERSIONS|},
                    });
                    new DockerImageFunction(this, "C", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(repo) });
                    new Function(this, "D", new FunctionProps { Code = Code.FromInline("x"), Handler = "index.handler", Runtime = Runtime.JAVA_11, SnapStart = SnapStartConf.ON_PUBLISHED_VERSIONS });
                    new DockerImageFunction(this, "E", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(repo), SnapStart = null });
            """;

        /// <summary>N5 (reported as W8, ECR3016): SnapStart on an image function is an error only below 2.267.0, on the real releases.</summary>
        [Theory]
        [InlineData(CdkRelease.V2_103)]
        [InlineData(CdkRelease.V2_160)]
        public Task ECR3016_SnapStartOnImageFunctions_Below2267(CdkRelease release)
            => CdkSource.VerifyAsync<ImageCodeAnalyzer>(new[] { release }, CdkSource.InStack(SnapStartOnImages));

        [Fact]
        public Task ECR3016_Negative_SnapStartOnImageFunctions_From2267()
            => CdkSource.VerifyAsync<ImageCodeAnalyzer>(new[] { CdkRelease.V2_277 }, CdkSource.InStack(SnapStartOnImages.Replace("{|ECR3016:", string.Empty).Replace("|}", string.Empty)));

        [Fact]
        public Task ECR1009_ExclusionFilters_NewerCdk() => VerifyAsync<RepositoryCodeAnalyzer>(NewCdk, """
            using Amazon.CDK.AWS.ECR;
            using Constructs;

            public class Stack
            {
                public void Define(Construct scope)
                {
                    new Repository(scope, "A", new RepositoryProps
                    {
                        ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION,
                        ImageTagMutabilityExclusionFilters = new[] { ImageTagMutabilityExclusionFilter.Wildcard({|ECR1009:"bad tag!"|}) },
                    });

                    // The factory throws where it is called, wherever the filter goes (here, a local of its own).
                    var filters = new[] { ImageTagMutabilityExclusionFilter.Wildcard({|ECR1009:"dev build!"|}), ImageTagMutabilityExclusionFilter.Wildcard({|ECR1009:""|}) };
                    new Repository(scope, "E", new RepositoryProps { ImageTagMutability = TagMutability.MUTABLE_WITH_EXCLUSION, ImageTagMutabilityExclusionFilters = filters });
                    var unknown = Patterns();
                    var six = new[] { ImageTagMutabilityExclusionFilter.Wildcard("a-*"), ImageTagMutabilityExclusionFilter.Wildcard("b-*"), ImageTagMutabilityExclusionFilter.Wildcard("c-*"), ImageTagMutabilityExclusionFilter.Wildcard("d-*"), ImageTagMutabilityExclusionFilter.Wildcard("e-*"), ImageTagMutabilityExclusionFilter.Wildcard("f-*") };
                    new Repository(scope, "F", new RepositoryProps { ImageTagMutability = TagMutability.MUTABLE_WITH_EXCLUSION, {|ECR1009:ImageTagMutabilityExclusionFilters = six|} });
                    new Repository(scope, "G", new RepositoryProps { ImageTagMutability = TagMutability.MUTABLE_WITH_EXCLUSION, ImageTagMutabilityExclusionFilters = unknown });
                    new Repository(scope, "B", new RepositoryProps { {|ECR1009:ImageTagMutability = TagMutability.MUTABLE_WITH_EXCLUSION|} });
                    new Repository(scope, "C", new RepositoryProps
                    {
                        ImageTagMutability = TagMutability.IMMUTABLE,
                        {|ECR1009:ImageTagMutabilityExclusionFilters = new[] { ImageTagMutabilityExclusionFilter.Wildcard("prod-*") }|},
                    });
                    new Repository(scope, "D", new RepositoryProps
                    {
                        ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION,
                        ImageTagMutabilityExclusionFilters = new[] { ImageTagMutabilityExclusionFilter.Wildcard("prod-*"), ImageTagMutabilityExclusionFilter.Wildcard("release-*") },
                    });
                }

                private static ImageTagMutabilityExclusionFilter[] Patterns() => new[] { ImageTagMutabilityExclusionFilter.Wildcard("a-*") };
            }
            """);

        [Fact]
        public Task ECR1007_NewerMemberInAnOlderCdk() => VerifyAsync<RepositoryCodeAnalyzer>(OldCdk, """
            using Amazon.CDK.AWS.ECR;
            using Constructs;

            public class Stack
            {
                public void Define(Construct scope)
                {
                    new Repository(scope, "A", new RepositoryProps { {|ECR1007:ImageTagMutability = (TagMutability)2|} });
                }
            }
            """);

        /// <summary>Lambda's image functions in a CDK that records its release (SnapStart on image functions: accepted from 2.267.0).</summary>
        private static MetadataReference LambdaCdk(string version) => Build("Lambda" + version.Replace(".", ""), "[assembly: Amazon.JSII.Runtime.Deputy.JsiiAssembly(\"aws-cdk-lib\", \"" + version + "\", \"aws-cdk-lib-" + version + ".tgz\")]\n" + CommonCdk + """
            namespace Amazon.JSII.Runtime.Deputy
            {
                [System.AttributeUsage(System.AttributeTargets.Assembly)]
                public sealed class JsiiAssemblyAttribute : System.Attribute
                {
                    public JsiiAssemblyAttribute(string name, string version, string tarball) { }
                }
            }
            namespace Amazon.CDK.AWS.Lambda
            {
                public class SnapStartConf { public static SnapStartConf ON_PUBLISHED_VERSIONS { get; } = new SnapStartConf(); }
                public class Code { }
                public class DockerImageCode { public static DockerImageCode FromImageAsset(string directory) => new DockerImageCode(); }
                public class FunctionOptions { public SnapStartConf? SnapStart { get; set; } }
                public class DockerImageFunctionProps : FunctionOptions { public DockerImageCode Code { get; set; } = null!; }
                public class Function { }
                public class DockerImageFunction : Function { public DockerImageFunction(Constructs.Construct scope, string id, DockerImageFunctionProps props) { } }
            }
            """);

        private const string SnapStartOnImage = """
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            public static class Functions
            {
                public static void Define(Construct scope)
                {
                    new DockerImageFunction(scope, "Fn", new DockerImageFunctionProps { Code = DockerImageCode.FromImageAsset("./image"), SNAPSTART });
                }
            }
            """;

        [Fact]
        public Task ECR3016_SnapStartOnAnImageFunction_BeforeCdk2267() => VerifyAsync<ImageCodeAnalyzer>(
            LambdaCdk("2.266.0"), SnapStartOnImage.Replace("SNAPSTART", "{|ECR3016:SnapStart = SnapStartConf.ON_PUBLISHED_VERSIONS|}"));

        [Fact]
        public Task ECR3016_Negative_SnapStartOnAnImageFunction_FromCdk2267() => VerifyAsync<ImageCodeAnalyzer>(
            LambdaCdk("2.267.0"), SnapStartOnImage.Replace("SNAPSTART", "SnapStart = SnapStartConf.ON_PUBLISHED_VERSIONS"));

        private static Task VerifyAsync<TAnalyzer>(MetadataReference cdk, string source)
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = TestReferences.NoPackages,
            };
            test.TestState.AdditionalReferences.AddRange(TestReferences.Net80);
            test.TestState.AdditionalReferences.Add(cdk);
            test.TestState.AdditionalReferences.Add(TestReferences.Attributes);
            test.DisabledDiagnostics.AddRange(CdkSource.SecurityIds);
            return test.RunAsync(CancellationToken.None);
        }

        private static MetadataReference Build(string name, string source)
        {
            var compilation = CSharpCompilation.Create(
                "Amazon.CDK.Lib",
                new[] { CSharpSyntaxTree.ParseText(source, path: name + "Cdk.cs") },
                TestReferences.Net80,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
            return MetadataReference.CreateFromImage(stream.ToArray());
        }
    }
}
