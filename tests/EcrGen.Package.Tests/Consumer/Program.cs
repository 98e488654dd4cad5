// The package tests' consumer app: copied to a temporary folder outside the repository, with the repository name below
// replaced (a valid one, or a known mistake), built with -warnaserror against the packed EcrGen, then run.
using System;
using System.IO;
using Amazon.CDK;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.Lambda;
using EcrGen;

namespace Consumer
{
    [EcrRepository("@REPOSITORY_NAME@", ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE)]
    [LifecycleRule(Description = "Keep 9999 prod images", TagPrefixList = new[] { "prod" }, MaxImageCount = 9999)]
    [LifecycleRule(Description = "Expire other images after 30 days", MaxImageAgeDays = 30)]
    [EcrImageCode("Api", TagOrDigest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", Cmd = new[] { "app.handler" }, WorkingDirectory = "/app")]
    [ContainerImage("Web", TagOrDigest = "v1")]
    [TagParameterImage]
    public partial class AppRepository
    {
        // The escape hatch, as the README shows it: what the attributes cannot express.
        static partial void OnConfiguringProps(Constructs.Construct scope, string id, RepositoryProps props)
        {
            props.Encryption = RepositoryEncryption.KMS;
            props.EncryptionKey = new Amazon.CDK.AWS.KMS.Key(scope, id + "Key", new Amazon.CDK.AWS.KMS.KeyProps { EnableKeyRotation = true });
        }
    }

    public static class Program
    {
        public static void Main()
        {
            var app = new App(new AppProps { Outdir = Path.Combine(Directory.GetCurrentDirectory(), "cdk.out") });
            var stack = new Stack(app, "ConsumerStack");
            var repository = new AppRepository(stack, "Repository");

            // Kept on purpose: the package test only synthesizes this app and checks every generated member in one
            // template. A deployed app creates the repository in a stack deployed first (ECR3015, see the README).
#pragma warning disable ECR3015
            _ = new DockerImageFunction(stack, "Api", new DockerImageFunctionProps { Code = repository.ApiCode() });

            var task = new FargateTaskDefinition(stack, "Task");
            task.AddContainer("Web", new ContainerDefinitionOptions { Image = repository.WebImage() });
#pragma warning restore ECR3015
            task.AddContainer("Deployed", new ContainerDefinitionOptions { Image = repository.TagParameterImage });

            var overrides = repository.TagParameterOverrides("v2");
            app.Synth();
            Console.WriteLine("synthesized " + stack.StackName + " with " + overrides.Count + " tag parameter override");
        }
    }
}
