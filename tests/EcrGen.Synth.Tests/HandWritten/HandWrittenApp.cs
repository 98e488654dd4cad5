using Amazon.CDK;
using EcrGen.Sample;
using EcrGen.Sample.Scenarios;

namespace EcrGen.Synth.Tests.HandWritten
{
    /// <summary>The hand-written twin of the sample app plus the every-option stack: same stack ids, same construct ids.</summary>
    public static class HandWrittenApp
    {
        /// <summary>Defines every twin in a new app that synthesizes into <paramref name="outdir"/>.</summary>
        public static App Build(string outdir)
        {
            var app = new App(new AppProps { Outdir = outdir });

            new EcrReadmeTwinStack(app, SampleApp.EcrReadmeStackId);
            var functionImages = new FunctionImagesTwinStack(app, SampleApp.FunctionImagesStackId);
            new FunctionFromDigestTwinStack(app, SampleApp.FunctionFromDigestStackId, functionImages.Repository);
            var pipelineStack = new PipelineTwinStack(app, SampleApp.PipelineStackId);
            // The app stack holds no EcrGen code (it takes any ContainerImage): the sample's own class, given the
            // hand-written image, is the twin.
            new EcsAppStack(app, SampleApp.EcsAppStackId, pipelineStack.TagParameterContainerImage);

            new EveryOptionTwinStack(app, SynthesizedApps.EveryOptionStackId);
            return app;
        }
    }
}
