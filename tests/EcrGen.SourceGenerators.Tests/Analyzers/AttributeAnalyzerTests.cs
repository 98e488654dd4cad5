using System.Linq;
using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Xunit;
using static EcrGen.SourceGenerators.Tests.Analyzers.CdkSource;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>G1–G6, and the R/L/I/S rules on EcrGen attribute arguments.</summary>
    public class AttributeAnalyzerTests
    {
        private const string Hex = EcrGen.Testing.TestData.Hex;

        private static Task Verify(string declarations) => VerifyAsync<AttributeAnalyzers>(TopLevel(declarations.Replace("HEX", Hex)));

        // ---------------- G1–G4 ----------------

        [Fact]
        public Task ECR0001_NotPartial() => Verify("""
            [EcrRepository("team/app")]
            public class {|ECR0001:AppRepository|} { }
            """);

        [Fact]
        public Task ECR0001_OnePartNotPartial() => Verify("""
            [EcrRepository("team/app")]
            public partial class AppRepository { }
            public class {|ECR0001:{|CS0260:AppRepository|}|} { }
            """);

        [Fact]
        public Task ECR0001_ContainingTypeNotPartial() => Verify("""
            public class Outer
            {
                [EcrRepository("team/app")]
                public partial class {|ECR0001:AppRepository|} { }
            }
            """);

        [Fact]
        public Task ECR0001_GenericOrStatic() => Verify("""
            [EcrRepository("team/app")]
            public partial class {|ECR0001:GenericRepository|}<T> { }

            [EcrRepository("team/other")]
            public static partial class {|ECR0001:StaticRepository|} { }
            """);

        [Fact]
        public Task ECR0001_FileLocalPrimaryConstructorOrReservedName() => Verify("""
            [EcrRepository("team/file")]
            file partial class {|ECR0001:FileRepository|} { }

            [EcrRepository("team/primary")]
            public partial class {|ECR0001:PrimaryRepository|}(int size) { public int Size => size; }

            [EcrRepository("team/props")]
            public partial class {|ECR0001:CreateRepositoryProps|} { }

            [EcrRepository("team/hook")]
            public partial class {|ECR0001:OnConfiguringProps|} { }

            [EcrRepository("team/image")]
            [TagParameterImage]
            public partial class {|ECR0001:TagParameterImage|} { }
            """);

        [Fact]
        public Task ECR0001_Negative_GeneratedMemberNamesAreFreeWithoutTheirAttribute() => Verify("""
            [EcrRepository("team/image")]
            public partial class TagParameterImage { } // no [TagParameterImage]: no TagParameterImage member is generated

            [EcrRepository("team/overrides")]
            public partial class TagParameterOverrides { }
            """);

        [Fact]
        public async Task ECR0001_SaysWhyNothingIsGenerated()
        {
            var diagnostics = await AnalyzerRunner.RunAsync(new AttributeAnalyzers(), TopLevel("""
                [EcrRepository("team/file")]
                file partial class FileRepository { }

                [EcrRepository("team/primary")]
                public partial class PrimaryRepository(int size) { public int Size => size; }

                [EcrRepository("team/hook")]
                public partial class OnConfiguringProps { }
                """));

            var byClass = diagnostics.Where(d => d.Id == "ECR0001").ToDictionary(d => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan));
            Assert.Equal(3, byClass.Count);
            Assert.Equal("FileLocal", byClass["FileRepository"].Properties["Reason"]);
            Assert.Contains("must not be file-local", byClass["FileRepository"].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("PrimaryConstructor", byClass["PrimaryRepository"].Properties["Reason"]);
            Assert.Contains("primary constructor", byClass["PrimaryRepository"].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("ReservedName", byClass["OnConfiguringProps"].Properties["Reason"]);
            Assert.Contains("must not be named 'OnConfiguringProps'", byClass["OnConfiguringProps"].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public Task ECR0001_ECR0002_Negative_PartialWithRepositoryBaseOrNone() => Verify("""
            [EcrRepository("team/app")]
            public partial class AppRepository { }

            [EcrRepository("team/web")]
            public partial class {|CS1729:WebRepository|} : Repository { } // the generator adds the (scope, id) constructor

            public partial class Outer
            {
                [EcrRepository("team/inner")]
                internal partial class InnerRepository { }
            }
            """);

        [Fact]
        public Task ECR0002_OtherBaseClassOrRecord() => Verify("""
            [EcrRepository("team/app")]
            public partial class AppRepository : {|ECR0002:Stack|} { }

            [EcrRepository("team/rec")]
            public partial record {|ECR0002:RecordRepository|};
            """);

        [Fact]
        public Task ECR0003_NeedsEcrRepository() => Verify("""
            [{|ECR0003:LifecycleRule(MaxImageCount = 5)|}]
            [{|ECR0003:EcrImageCode("Api", TagOrDigest = "v1")|}]
            [{|ECR0003:ContainerImage("Web")|}]
            [{|ECR0003:TagParameterImage|}]
            public partial class NotARepository { }
            """);

        [Fact]
        // The G4 repositories are IMMUTABLE: their helpers take no tag, which in a mutable repository would be 'latest' (ECR3014).
        public Task ECR0004_ImageNames() => Verify("""
            [EcrRepository("team/app", ImageTagMutability = TagMutability.IMMUTABLE)]
            [TagParameterImage]
            [EcrImageCode("Api")]
            [EcrImageCode({|ECR0004:"Api"|}, TagOrDigest = "v2")]
            [EcrImageCode({|ECR0004:"1st"|})]
            [EcrImageCode({|ECR0004:"Worker"|})]
            [ContainerImage("Api")]
            [ContainerImage({|ECR0004:"TagParameter"|})]
            [ContainerImage({|ECR0004:"my image"|})]
            public partial class AppRepository
            {
                public string WorkerCodeProps() => "mine";
            }
            """);

        [Fact]
        public Task ECR0004_NamesComparedAsIdentifiers_AndTheClassNameIsTaken() => Verify("""
            [EcrRepository("team/web", ImageTagMutability = TagMutability.IMMUTABLE)]
            [ContainerImage("Web")]
            [ContainerImage({|ECR0004:"W\u200Beb"|})]
            [EcrImageCode({|ECR0004:"Web"|})]
            public partial class WebCode { }

            [EcrRepository("team/api", ImageTagMutability = TagMutability.IMMUTABLE)]
            [ContainerImage({|ECR0004:"Api"|})]
            public partial class ApiImage { }
            """);

        [Fact]
        public Task ECR0004_Negative_SimilarButDistinctNames() => Verify("""
            [EcrRepository("team/web", ImageTagMutability = TagMutability.IMMUTABLE)]
            [ContainerImage("Web")]
            [ContainerImage("Web2")]
            [EcrImageCode("Web")]
            [EcrImageCode("web")]
            public partial class WebRepository { }
            """);

        // ---------------- G6 ----------------

        [Fact]
        public async Task ECR0006_AttributesWithoutCdk_OnTheFirstAttributeOfEachClass()
        {
            var diagnostics = await AnalyzerRunner.RunAsync(
                new[] { new AttributeAnalyzers() },
                new[]
                {
                    "[EcrGen.EcrRepository(\"team/b\")] public partial class B { }",
                    "[EcrGen.EcrRepository(\"team/a\")] public partial class A { }\n[EcrGen.LifecycleRule(MaxImageCount = 3)] public partial class C { }",
                },
                Testing.TestReferences.Net80.Add(Testing.TestReferences.Attributes));

            // A symbol action, so editors show it while the user types (they do not run compilation-end actions live).
            Assert.Equal(
                new[] { ("Source0.cs", 1), ("Source1.cs", 1), ("Source1.cs", 61) },
                diagnostics.Select(d => (d.Location.SourceTree!.FilePath, d.Location.SourceSpan.Start)).OrderBy(l => l).ToArray());
            Assert.All(diagnostics, diagnostic => Assert.Equal("ECR0006", diagnostic.Id));
            Assert.DoesNotContain(Microsoft.CodeAnalysis.WellKnownDiagnosticTags.CompilationEnd, diagnostics[0].Descriptor.CustomTags);
        }

        [Fact]
        public async Task ECR0006_Negative_NoAttributes_NoCdk()
        {
            var diagnostics = await AnalyzerRunner.RunAsync(
                Testing.EcrGenComponents.Analyzers.ToArray(),
                new[] { "public class Plain { public int Value => 1; }" },
                Testing.TestReferences.Net80.Add(Testing.TestReferences.Attributes));
            Assert.Empty(diagnostics);
        }

        // ---------------- R on [EcrRepository] ----------------

        [Fact]
        public Task ECR1001_ECR1002_Name() => Verify("""
            [EcrRepository({|ECR1002:"MyTeam/App"|})]
            public partial class A { }

            [EcrRepository({|ECR1001:RepositoryName = "a"|})]
            public partial class B { }

            [EcrRepository("team/app")]
            public partial class C { }

            [EcrRepository]
            public partial class D { }
            """);

        [Fact]
        public Task ECR1003_EmptyOnDelete() => Verify("""
            [EcrRepository("team/a", {|ECR1003:EmptyOnDelete = true|})]
            public partial class A { }

            [EcrRepository("team/b", EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY)]
            public partial class B { }
            """);

        [Fact]
        public Task ECR1010_DestroyWithoutEmptyOnDelete() => Verify("""
            [EcrRepository("team/a", {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|})]
            public partial class A { }

            [EcrRepository("team/b", RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true)]
            public partial class B { }

            // The default written out empties nothing.
            [EcrRepository("team/c", {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|}, EmptyOnDelete = false)]
            public partial class C { }

            [EcrRepository("team/d", RemovalPolicy = RemovalPolicy.RETAIN)]
            public partial class D { }

            // The escape hatch may set what the attribute leaves out.
            [EcrRepository("team/e", RemovalPolicy = RemovalPolicy.DESTROY)]
            public partial class E
            {
                static partial void OnConfiguringProps(Construct scope, string id, RepositoryProps props);

                static partial void OnConfiguringProps(Construct scope, string id, RepositoryProps props) => props.AutoDeleteImages = true;
            }
            """);

        [Fact]
        public Task ECR1005_ECR1006_R7() => Verify("""
            [EcrRepository("team/a", {|ECR1005:Encryption = EcrEncryption.Aes256|}, EncryptionKeyArn = "arn:aws:kms:eu-west-1:123456789012:key/k")]
            public partial class A { }

            [EcrRepository("team/b", {|ECR1006:LifecycleRegistryId = "12345678901x"|}, {|ECR1007:ImageTagMutability = (TagMutability)9|})]
            public partial class B { }

            [EcrRepository("team/c", Encryption = EcrEncryption.Kms, EncryptionKeyArn = "arn:aws:kms:eu-west-1:123456789012:key/k", LifecycleRegistryId = "123456789012", ImageTagMutability = TagMutability.IMMUTABLE)]
            public partial class C { }
            """);

        // ---------------- L on [LifecycleRule] ----------------

        [Fact]
        public Task ECR2001_ECR2002_ECR2003_ECR2004_ECR2005_PerRule() => Verify("""
            [EcrRepository("team/app")]
            [LifecycleRule(TagPrefixList = new[] { "a" }, MaxImageCount = 5, {|ECR2001:MaxImageAgeDays = 30|})]
            [{|ECR2001:LifecycleRule|}(TagPrefixList = new[] { "b" }, Description = "nothing")]
            [LifecycleRule(TagStatus = TagStatus.UNTAGGED, {|ECR2002:TagPrefixList = new[] { "c" }|}, MaxImageCount = 1)]
            [LifecycleRule({|ECR2003:TagStatus = TagStatus.TAGGED|}, MaxImageCount = 1)]
            [LifecycleRule(TagPrefixList = new[] { "d" }, {|ECR2004:TagPatternList = new[] { "d*" }|}, MaxImageCount = 1)]
            [LifecycleRule({|ECR2005:TagPatternList = new[] { "*1*2*3*4*5" }|}, MaxImageCount = 1)]
            public partial class AppRepository { }
            """);

        [Fact]
        public Task ECR2021_SeveralEntries_SelectImagesWithAllOfThem() => Verify("""
            [EcrRepository("team/app")]
            [LifecycleRule({|ECR2021:TagPrefixList = new[] { "prod", "release" }|}, MaxImageCount = 100)]
            [LifecycleRule(TagStatus = TagStatus.TAGGED, {|ECR2021:TagPatternList = new[] { "latest", "main" }|}, MaxImageCount = 1)]
            [LifecycleRule(TagPrefixList = new[] { "dev" }, MaxImageCount = 5)]
            [LifecycleRule(TagPatternList = new[] { "pr-*", "pr-*" }, MaxImageCount = 5)]
            public partial class AppRepository { }
            """);

        [Fact]
        public Task ECR2006_ECR2014_AcrossAttributes() => Verify("""
            [EcrRepository("team/a")]
            [LifecycleRule(TagStatus = TagStatus.ANY, MaxImageCount = 5)]
            [LifecycleRule({|ECR2006:TagStatus = TagStatus.ANY|}, MaxImageAgeDays = 30)]
            public partial class A { }

            [EcrRepository("team/b")]
            [LifecycleRule(MaxImageCount = 5)]
            [{|ECR2014:LifecycleRule|}(MaxImageAgeDays = 30)]
            public partial class B { }
            """);

        [Fact]
        public Task ECR2007_ECR2008_ECR2009_ECR2011_ECR2015_Priorities() => Verify("""
            [EcrRepository("team/a")]
            [LifecycleRule({|ECR2007:RulePriority = 1|}, MaxImageCount = 5)]
            [LifecycleRule(RulePriority = 2, TagPrefixList = new[] { "prod" }, MaxImageCount = 9999)]
            public partial class A { }

            [EcrRepository("team/b")]
            [LifecycleRule(TagPrefixList = new[] { "prod" }, MaxImageCount = 9999)]
            [LifecycleRule({|ECR2008:RulePriority = 3|}, MaxImageAgeDays = 30)]
            public partial class B { }

            [EcrRepository("team/c")]
            [LifecycleRule(RulePriority = 1, TagPrefixList = new[] { "prod" }, {|ECR2011:MaxImageCount = 0|})]
            [LifecycleRule({|ECR2009:RulePriority = 1|}, TagPrefixList = new[] { "dev" }, MaxImageCount = 3)]
            [LifecycleRule({|ECR2015:RulePriority = -1|}, TagStatus = TagStatus.UNTAGGED, MaxImageCount = 3)]
            public partial class C { }
            """);

        [Fact]
        public Task L_Negative_TheReadmeRules() => Verify("""
            [EcrRepository("team/app", ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE)]
            [LifecycleRule(TagPrefixList = new[] { "prod" }, MaxImageCount = 9999)]
            [LifecycleRule(MaxImageAgeDays = 30)]
            public partial class AppRepository { }
            """);

        [Fact]
        public Task ECR2016_MoreThanFiftyRules()
        {
            var rules = string.Concat(Enumerable.Range(0, 51).Select(i =>
                (i == 50 ? "[{|ECR2016:LifecycleRule|}" : "[LifecycleRule") + $"(RulePriority = {i + 1}, TagPrefixList = new[] {{ \"p{i}\" }}, MaxImageCount = 1)]\n"));
            return Verify("[EcrRepository(\"team/app\")]\n" + rules + "public partial class AppRepository { }\n");
        }

        // ---------------- I on [EcrImageCode] / [ContainerImage] ----------------

        [Fact]
        public Task I_ImageAttributes() => Verify("""
            [EcrRepository("team/app")]
            [EcrImageCode("A", {|ECR3001:TagOrDigest = "HEX"|})]
            [EcrImageCode("B", {|ECR3003:TagOrDigest = "sha256:12"|})]
            [EcrImageCode("C", {|ECR3004:TagOrDigest = "v 1"|})]
            [EcrImageCode("D", {|ECR3005:Tag = "v1"|}, TagOrDigest = "v2")]
            [EcrImageCode("E", {|ECR3006:Tag = "v1"|})]
            [EcrImageCode("F", TagOrDigest = "v1", {|ECR3009:Cmd = new[] { "python app.py" }|})]
            [EcrImageCode("G", {|ECR3010:TagOrDigest = "SHA256:HEX"|})]
            [EcrImageCode("H", TagOrDigest = "sha256:HEX", Cmd = new[] { "app.handler" }, Entrypoint = new[] { "/lambda-entrypoint.sh" }, WorkingDirectory = "/var/task")]
            [ContainerImage("Web", {|ECR3001:TagOrDigest = "HEX"|})]
            [ContainerImage("Ok", TagOrDigest = "sha256:HEX")]
            [{|ECR3014:ContainerImage|}("Latest")]
            public partial class AppRepository { }

            [EcrRepository("team/immutable", ImageTagMutability = TagMutability.IMMUTABLE)]
            [EcrImageCode("Api")]
            [ContainerImage("Web", TagOrDigest = "latest")]
            public partial class ImmutableRepository { }

            [EcrRepository("team/mutable")]
            [{|ECR3014:EcrImageCode|}("Api", Cmd = new[] { "app.handler" })]
            [ContainerImage("Web", {|ECR3014:TagOrDigest = "latest"|})]
            public partial class MutableRepository { }
            """);

        // ---------------- S2–S4 on [EcrRepository] ----------------

        [Fact]
        public Task ECR4002_ECR4003_ECR4004_OnTheAttribute() => VerifyAsync<AttributeAnalyzers>(
            TopLevel("""
                [{|ECR4002:{|ECR4003:{|ECR4004:{|ECR4005:EcrRepository|}|}|}|}("team/a")]
                public partial class A { }

                [EcrRepository("team/b", {|ECR4002:ImageScanOnPush = false|}, {|ECR4003:ImageTagMutability = TagMutability.MUTABLE|}, {|ECR4005:Encryption = EcrEncryption.Kms|})]
                [LifecycleRule(MaxImageCount = 10)]
                public partial class B { }

                [EcrRepository("team/c", ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, EncryptionKeyArn = "arn:aws:kms:eu-west-1:123456789012:key/k")]
                [LifecycleRule(MaxImageCount = 10)]
                public partial class C { }

                // The escape hatch may set the key, scanning and rules: only what the attribute writes is judged.
                [EcrRepository("team/d", {|ECR4003:ImageTagMutability = TagMutability.MUTABLE|})]
                public partial class D
                {
                    static partial void OnConfiguringProps(Construct scope, string id, RepositoryProps props);

                    static partial void OnConfiguringProps(Construct scope, string id, RepositoryProps props)
                    {
                        props.EncryptionKey = new Amazon.CDK.AWS.KMS.Key(scope, id + "Key");
                        props.ImageScanOnPush = true;
                        props.LifecycleRules = new ILifecycleRule[] { new LifecycleRule { MaxImageCount = 10 } };
                    }
                }
                """),
            security: true);

        [Fact]
        public Task ECR4002_RegistryScanning_SatisfiesScanOnPush_OnTheAttribute() => VerifyAsync<AttributeAnalyzers>(
            new[] { EcrGen.Testing.CdkRelease.V2_277 }, // CfnRegistryScanningConfiguration is not in 2.160.0
            TopLevel("""
                [EcrRepository("team/a", ImageTagMutability = TagMutability.IMMUTABLE, EncryptionKeyArn = "arn:aws:kms:eu-west-1:123456789012:key/k")]
                [LifecycleRule(MaxImageCount = 10)]
                public partial class A { }

                public class RegistryStack : Stack
                {
                    public RegistryStack(Construct scope, string id) : base(scope, id)
                    {
                        _ = new CfnRegistryScanningConfiguration(this, "Scanning", new CfnRegistryScanningConfigurationProps { ScanType = "ENHANCED" });
                    }
                }
                """),
            security: true);

        // ---------------- properties ----------------

        [Fact]
        public async Task Properties_OnAttributes()
        {
            var diagnostics = await AnalyzerRunner.RunAsync(new AttributeAnalyzers(), TopLevel($$"""
                [EcrRepository("MyTeam/App")]
                [EcrImageCode("Api", TagOrDigest = "{{Hex}}")]
                [LifecycleRule(MaxImageCount = 1, MaxImageAgeDays = 3)]
                public class AppRepository { }
                """));

            var name = Assert.Single(diagnostics, d => d.Id == "ECR1002");
            Assert.Equal("Attribute", name.Properties["Source"]);
            Assert.Equal("repositoryName", name.Properties["AttributeOption"]);
            Assert.Equal("myteam/app", name.Properties["SuggestedValue"]);

            var digest = Assert.Single(diagnostics, d => d.Id == "ECR3001");
            Assert.Equal("sha256:" + Hex, digest.Properties["SuggestedValue"]);
            Assert.Equal("TagOrDigest", digest.Properties["AttributeOption"]);

            var age = Assert.Single(diagnostics, d => d.Id == "ECR2001");
            Assert.Equal("MaxImageAge", age.Properties["Option"]);
            Assert.Equal("MaxImageAgeDays", age.Properties["AttributeOption"]);

            var shape = Assert.Single(diagnostics, d => d.Id == "ECR0001");
            Assert.Equal("NotPartial", shape.Properties["Reason"]);
            Assert.Equal("'AppRepository' must be declared partial; EcrGen generates nothing for it", shape.GetMessage());
        }
    }
}
