using System.IO;
using Amazon.CDK;
using Xunit;

namespace EcrGen.Synth.Tests
{
    /// <summary>
    /// "Convert to EcrGen" keeps the template: the hand-written stack of <c>Conversion/Before</c> and the refactoring's output
    /// in <c>Conversion/After</c> (the code-fix tests check it is exactly that output) synthesize byte-identical templates
    /// through the real CDK, so the converted repositories keep their logical ids and are not replaced on deploy.
    /// </summary>
    [Collection(SynthesizedAppsCollection.Name)]
    public sealed class ConversionTests
    {
        private const string StackId = "EcrGenTests-Conversion";

        [Fact]
        public void The_converted_stack_synthesizes_the_same_template_byte_for_byte()
        {
            var root = Directory.CreateTempSubdirectory("ecrgen-conversion-");
            try
            {
                var beforeApp = new App(new AppProps { Outdir = Path.Combine(root.FullName, "before") });
                new Conversion.Before.ConversionStack(beforeApp, StackId);
                var before = File.ReadAllText(beforeApp.Synth().GetStackByName(StackId).TemplateFullPath);

                var afterApp = new App(new AppProps { Outdir = Path.Combine(root.FullName, "after") });
                new Conversion.After.ConversionStack(afterApp, StackId);
                var after = File.ReadAllText(afterApp.Synth().GetStackByName(StackId).TemplateFullPath);

                Assert.Contains("AWS::ECR::Repository", before, System.StringComparison.Ordinal);
                Assert.Contains("LifecyclePolicyText", before, System.StringComparison.Ordinal);
                Assert.Contains("AWS::Lambda::Function", before, System.StringComparison.Ordinal);
                Assert.Contains("AWS::ECS::TaskDefinition", before, System.StringComparison.Ordinal);
                Assert.Contains(":v1.4.2", before, System.StringComparison.Ordinal);
                Assert.Equal(before, after);
            }
            finally
            {
                root.Delete(recursive: true);
            }
        }
    }
}
