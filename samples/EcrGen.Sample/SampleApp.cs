using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Amazon.CDK;
using EcrGen.Sample.Scenarios;

namespace EcrGen.Sample
{
    /// <summary>The sample CDK app: the three seed scenarios, written with EcrGen attributes.</summary>
    public static class SampleApp
    {
        /// <summary>Scenario 1: the aws-ecr README.</summary>
        public const string EcrReadmeStackId = "EcrGenSample-EcrReadme";

        /// <summary>Scenario 2: the repository of the function's image, deployed first.</summary>
        public const string FunctionImagesStackId = "EcrGenSample-FunctionImages";

        /// <summary>Scenario 2: a Lambda function from an image digest.</summary>
        public const string FunctionFromDigestStackId = "EcrGenSample-FunctionFromDigest";

        /// <summary>Scenario 3: the pipeline (the seed's stack name, kept so the port reads like the original).</summary>
        public const string PipelineStackId = "aws-cdk-pipeline-ecs-separate-sources";

        /// <summary>Scenario 3: the ECS app the pipeline deploys.</summary>
        public const string EcsAppStackId = EcsAppStack.DefaultId;

        /// <summary>Defines every scenario in a new app that synthesizes into <paramref name="outdir"/>.</summary>
        public static App BuildApp(string outdir)
        {
            var app = new App(new AppProps { Outdir = outdir });

            new EcrReadmeStack(app, EcrReadmeStackId);

            // The repository's stack comes first (and the image is pushed to it) so the function's image exists when it is created.
            var functionImages = new FunctionImagesStack(app, FunctionImagesStackId);
            new FunctionFromDigestStack(app, FunctionFromDigestStackId, functionImages.Repository);

            // The pipeline stack comes first: it owns the repository whose image the app stack runs.
            var pipelineStack = new PipelineStack(app, PipelineStackId);
            new EcsAppStack(app, EcsAppStackId, pipelineStack.TagParameterContainerImage);

            return app;
        }

        /// <summary>
        /// The directory to synthesize into: the CDK CLI's choice (<c>CDK_OUTDIR</c>) when it runs the app, else this
        /// project's own <c>cdk.out/</c> (wherever <c>dotnet run</c> was started from).
        /// </summary>
        public static string DefaultOutdir()
        {
            var cliOutdir = System.Environment.GetEnvironmentVariable("CDK_OUTDIR");
            if (!string.IsNullOrEmpty(cliOutdir))
            {
                return cliOutdir;
            }

            var projectDirectory = typeof(SampleApp).Assembly
                .GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(attribute => attribute.Key == "EcrGen.Sample.ProjectDirectory")?.Value;
            return Path.Combine(projectDirectory ?? Directory.GetCurrentDirectory(), "cdk.out");
        }
    }
}
