using System;
using System.IO;
using EcrGen.Sample;
using Xunit;

namespace EcrGen.Synth.Tests
{
    /// <summary>Where the sample writes its cloud assembly.</summary>
    [Collection(SynthesizedAppsCollection.Name)] // changes the process environment: not beside other tests
    public sealed class SampleAppTests
    {
        [Fact]
        public void Writes_into_its_own_project_folder_when_run_with_dotnet_run()
        {
            WithCdkOutdir(null, () =>
            {
                var outdir = SampleApp.DefaultOutdir();

                Assert.Equal("cdk.out", Path.GetFileName(outdir));
                Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(outdir)!, "EcrGen.Sample.csproj")), outdir);
            });
        }

        [Fact]
        public void Writes_where_the_CDK_CLI_says_when_run_by_it()
        {
            WithCdkOutdir("/tmp/cli-chosen-cdk.out", () => Assert.Equal("/tmp/cli-chosen-cdk.out", SampleApp.DefaultOutdir()));
        }

        private static void WithCdkOutdir(string? value, Action test)
        {
            var original = Environment.GetEnvironmentVariable("CDK_OUTDIR");
            Environment.SetEnvironmentVariable("CDK_OUTDIR", value);
            try
            {
                test();
            }
            finally
            {
                Environment.SetEnvironmentVariable("CDK_OUTDIR", original);
            }
        }
    }
}
