using System;
using System.Linq;
using EcrGen.Testing;
using Xunit;
using Xunit.Abstractions;

namespace EcrGen.SourceGenerators.Tests.Generation
{
    public class SmokeTests(ITestOutputHelper output)
    {
        [Fact]
        public void Prints()
        {
            var run = GeneratorRunner.Run("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using EcrGen;
                namespace Demo
                {
                    [EcrRepository("team/app", ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE)]
                    [LifecycleRule(TagPrefixList = new[] { "prod" }, MaxImageCount = 9999)]
                    [LifecycleRule(MaxImageAgeDays = 30)]
                    [TagParameterImage]
                    [EcrImageCode("Api", TagOrDigest = "sha256:0123", Cmd = new[] { "a\"b", "c" })]
                    [ContainerImage("Web", TagOrDigest = "v1")]
                    public partial class AppRepository { }
                }
                """);
            foreach (var s in run.GeneratedSources) output.WriteLine(s.SourceText.ToString());
            foreach (var d in run.CompilationDiagnostics) output.WriteLine(d.ToString());
            Assert.Empty(run.CompilationDiagnostics);
        }
    }
}
