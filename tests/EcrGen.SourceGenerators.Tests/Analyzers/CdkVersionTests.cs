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
    /// newer CDKs). Amazon.CDK.Lib is not strong-named and always has assembly version 1.0.0.0, so a small stand-in compiled
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
        public Task G5_OptionTheReferencedCdkLacks() => VerifyAsync<AttributeAnalyzers>(OldCdk, """
            using Amazon.CDK;
            using Amazon.CDK.AWS.ECR;
            using EcrGen;

            [EcrRepository("team/app", ImageScanOnPush = true, RemovalPolicy = RemovalPolicy.DESTROY, {|ECR0005:EmptyOnDelete = true|})]
            [LifecycleRule(TagStatus = TagStatus.TAGGED, {|ECR0005:TagPatternList = new[] { "v*" }|}, MaxImageCount = 3)]
            [{|ECR0005:ContainerImage("Web", TagOrDigest = "v1")|}]
            public partial class AppRepository { }
            """);

        [Fact]
        public async Task G5_MessageNamesTheMemberAndVersion()
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

        [Fact]
        public void CdkVersion_IsTheJsiiRelease()
        {
            Assert.True(CdkSymbols.TryCreate(TestCompilation.Create("class C { }"), out var cdk));
            Assert.Equal("2.160.0", cdk.CdkVersion);
        }

        [Fact]
        public Task G5_Negative_RealCdkHasEveryOption() => CdkSource.VerifyAsync<AttributeAnalyzers>(CdkSource.TopLevel("""
            [EcrRepository("team/app", ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true, LifecycleRegistryId = "123456789012", Encryption = EcrEncryption.Kms, EncryptionKeyArn = "arn:aws:kms:eu-west-1:123456789012:key/k")]
            [LifecycleRule(Description = "d", RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPatternList = new[] { "v*" }, MaxImageCount = 3)]
            [TagParameterImage]
            [EcrImageCode("Api", TagOrDigest = "v1", Cmd = new[] { "a" }, Entrypoint = new[] { "b" }, WorkingDirectory = "/w")]
            [ContainerImage("Web", TagOrDigest = "v1")]
            public partial class AppRepository { }
            """));

        [Fact]
        public Task R9_ExclusionFilters_NewerCdk() => VerifyAsync<RepositoryCodeAnalyzer>(NewCdk, """
            using Amazon.CDK.AWS.ECR;
            using Constructs;

            public class Stack
            {
                public void Define(Construct scope)
                {
                    new Repository(scope, "A", new RepositoryProps
                    {
                        ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION,
                        {|ECR1009:ImageTagMutabilityExclusionFilters = new[] { ImageTagMutabilityExclusionFilter.Wildcard("bad tag!") }|},
                    });
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
            }
            """);

        [Fact]
        public Task R7_NewerMemberInAnOlderCdk() => VerifyAsync<RepositoryCodeAnalyzer>(OldCdk, """
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
