using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.CodeBuild;
using Amazon.CDK.AWS.CodePipeline;
using Amazon.CDK.AWS.CodePipeline.Actions;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.S3;
using Constructs;
using Amazon.CDK.AWS.ECR;
using EcrGen.Sample.Scenarios;
using CodeCommitRepository = Amazon.CDK.AWS.CodeCommit.Repository;
using CodeCommitRepositoryProps = Amazon.CDK.AWS.CodeCommit.RepositoryProps;
using IStageProps = Amazon.CDK.AWS.CodePipeline.IStageProps;
using StageProps = Amazon.CDK.AWS.CodePipeline.StageProps;

namespace EcrGen.Synth.Tests.HandWritten
{
    /// <summary>Scenario 3's pipeline written with the plain CDK: the twin of <c>EcrGen.Sample.Scenarios.PipelineStack</c>.</summary>
    public sealed class PipelineTwinStack : Stack
    {
        /// <summary>Defines the stack.</summary>
        public PipelineTwinStack(Construct scope, string id, IStackProps? props = null)
            : base(scope, id, props)
        {
            // ********* ECS part ****************

            // The repository the built image is pushed to.
            var repository = new Repository(this, "EcsDeployRepository");
            TagParameterContainerImage = new TagParameterContainerImage(repository);

            // The build that creates the Docker image and pushes it to the repository.
            var appCodeDockerBuild = new PipelineProject(this, "AppCodeDockerImageBuildAndPushProject", new PipelineProjectProps
            {
                // Docker needs a privileged build container.
                Environment = new BuildEnvironment { Privileged = true },
                BuildSpec = BuildSpec.FromObject(new Dictionary<string, object>
                {
                    ["version"] = "0.2",
                    ["phases"] = new Dictionary<string, object>
                    {
                        ["build"] = new Dictionary<string, object>
                        {
                            ["commands"] = new[]
                            {
                                "$(aws ecr get-login --region $AWS_DEFAULT_REGION --no-include-email)",
                                "docker build -t $REPOSITORY_URI:$CODEBUILD_RESOLVED_SOURCE_VERSION .",
                            },
                        },
                        ["post_build"] = new Dictionary<string, object>
                        {
                            ["commands"] = new[]
                            {
                                "docker push $REPOSITORY_URI:$CODEBUILD_RESOLVED_SOURCE_VERSION",
                                "export imageTag=$CODEBUILD_RESOLVED_SOURCE_VERSION",
                            },
                        },
                    },
                    ["env"] = new Dictionary<string, object>
                    {
                        // Save the imageTag environment variable as a CodePipeline variable.
                        ["exported-variables"] = new[] { "imageTag" },
                    },
                }),
                EnvironmentVariables = new Dictionary<string, IBuildEnvironmentVariable>
                {
                    ["REPOSITORY_URI"] = new BuildEnvironmentVariable { Value = repository.RepositoryUri },
                },
            });
            // Needed for `docker push`.
            repository.GrantPullPush(appCodeDockerBuild);

            var cdkCodeBuild = new PipelineProject(this, "CdkCodeBuildProject", new PipelineProjectProps
            {
                BuildSpec = BuildSpec.FromObject(new Dictionary<string, object>
                {
                    ["version"] = "0.2",
                    ["phases"] = new Dictionary<string, object>
                    {
                        ["install"] = new Dictionary<string, object> { ["commands"] = new[] { "npm install" } },
                        ["build"] = new Dictionary<string, object> { ["commands"] = new[] { "npx cdk synth --verbose" } },
                    },
                    ["artifacts"] = new Dictionary<string, object>
                    {
                        // Store the entire cloud assembly as the output artifact.
                        ["base-directory"] = "cdk.out",
                        ["files"] = "**/*",
                    },
                }),
            });

            // ********* Pipeline part ****************

            var appCodeSourceOutput = new Artifact_();
            var cdkCodeSourceOutput = new Artifact_();
            var cdkCodeBuildOutput = new Artifact_();
            var appCodeBuildAction = new CodeBuildAction(new CodeBuildActionProps
            {
                ActionName = "AppCodeDockerImageBuildAndPush",
                Project = appCodeDockerBuild,
                Input = appCodeSourceOutput,
            });

            new Pipeline(this, "CodePipelineDeployingEcsApplication", new PipelineProps
            {
                // Chosen explicitly (the seed predates the choice): V2 is what new pipelines get in the console.
                PipelineType = PipelineType.V2,
                ArtifactBucket = new Bucket(this, "ArtifactBucket", new BucketProps { RemovalPolicy = RemovalPolicy.DESTROY }),
                Stages = new IStageProps[]
                {
                    new StageProps
                    {
                        StageName = "Source",
                        Actions = new IAction[]
                        {
                            // The source of the application code.
                            new CodeCommitSourceAction(new CodeCommitSourceActionProps
                            {
                                ActionName = "AppCodeSource",
                                Repository = new CodeCommitRepository(this, "AppCodeSourceRepository", new CodeCommitRepositoryProps
                                {
                                    RepositoryName = "AppCodeSourceRepository",
                                }),
                                Output = appCodeSourceOutput,
                            }),
                            // The source of the CDK code (which would probably include this pipeline as well).
                            new CodeCommitSourceAction(new CodeCommitSourceActionProps
                            {
                                ActionName = "CdkCodeSource",
                                Repository = new CodeCommitRepository(this, "CdkCodeSourceRepository", new CodeCommitRepositoryProps
                                {
                                    RepositoryName = "CdkCodeSourceRepository",
                                }),
                                Output = cdkCodeSourceOutput,
                            }),
                        },
                    },
                    new StageProps
                    {
                        StageName = "Build",
                        Actions = new IAction[]
                        {
                            appCodeBuildAction,
                            new CodeBuildAction(new CodeBuildActionProps
                            {
                                ActionName = "CdkCodeBuildAndSynth",
                                Project = cdkCodeBuild,
                                Input = cdkCodeSourceOutput,
                                Outputs = new[] { cdkCodeBuildOutput },
                            }),
                        },
                    },
                    new StageProps
                    {
                        StageName = "Deploy",
                        Actions = new IAction[]
                        {
                            new CloudFormationCreateUpdateStackAction(new CloudFormationCreateUpdateStackActionProps
                            {
                                ActionName = "CFN_Deploy",
                                StackName = "SampleEcsStackDeployedFromCodePipeline",
                                TemplatePath = cdkCodeBuildOutput.AtPath(EcsAppStack.DefaultId + ".template.json"),
                                AdminPermissions = true,
                                ParameterOverrides = new Dictionary<string, object>
                                {
                                    [TagParameterContainerImage.TagParameterName] = appCodeBuildAction.Variable("imageTag"),
                                },
                            }),
                        },
                    },
                },
            });
        }

        /// <summary>The image the ECS app stack runs.</summary>
        public TagParameterContainerImage TagParameterContainerImage { get; }
    }
}
