// The package tests' consumer app on the newest Amazon.CDK.Lib: copied to a temporary folder outside the repository and
// built with -warnaserror against the packed EcrGen. It is never run (its CDK cannot be loaded here), so it only has to
// compile: the generated code against the newest CDK's members, and the options only newer CDKs have.
using System;
using Amazon.CDK;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.Lambda;
using EcrGen;

namespace Consumer
{
    [EcrRepository("myteam/newest", ImageScanOnPush = true, RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true,
        ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION, ImageTagMutabilityExclusionFilters = new[] { "dev-*", "pr-*" },
        Encryption = EcrEncryption.Kms, EncryptionKeyArn = "arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555")]
    [LifecycleRule(Description = "Keep 9999 prod images", TagPatternList = new[] { "prod-*" }, MaxImageCount = 9999)]
    [LifecycleRule(Description = "Expire other images after 30 days", MaxImageAgeDays = 30)]
    [EcrImageCode("Api", TagOrDigest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", Cmd = new[] { "app.handler" }, WorkingDirectory = "/app")]
    [ContainerImage("Web", TagOrDigest = "v1")]
    [TagParameterImage(IsImageDigest = true)]
    public partial class AppRepository
    {
    }

    public static class Program
    {
        public static void Main()
        {
            var app = new App();
            var stack = new Stack(app, "ConsumerStack");
            var repository = new AppRepository(stack, "Repository");

            // Hand-written code with what only newer CDKs have, checked by the same analyzers.
            _ = new Repository(stack, "Excluded", new RepositoryProps
            {
                ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION,
                ImageTagMutabilityExclusionFilters = new[] { ImageTagMutabilityExclusionFilter.Wildcard("dev-*") },
            });

            // Kept on purpose: this app is only built, to check the generated members against the newest CDK. A deployed
            // app creates the repository in a stack deployed first (ECR3015, see the README).
#pragma warning disable ECR3015
            _ = new DockerImageFunction(stack, "Api", new DockerImageFunctionProps { Code = repository.ApiCode() });
            var task = new FargateTaskDefinition(stack, "Task");
            task.AddContainer("Web", new ContainerDefinitionOptions { Image = repository.WebImage() });
#pragma warning restore ECR3015
            task.AddContainer("Deployed", new ContainerDefinitionOptions { Image = repository.TagParameterImage });
            Console.WriteLine(repository.TagParameterOverrides(digest: "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef").Count);
        }
    }
}
