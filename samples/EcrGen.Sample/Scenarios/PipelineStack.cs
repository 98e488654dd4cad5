using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.CodeBuild;
using Amazon.CDK.AWS.CodePipeline;
using Amazon.CDK.AWS.CodePipeline.Actions;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.S3;
using Constructs;
using EcrGen.Sample.Repositories;
using CodeCommitRepository = Amazon.CDK.AWS.CodeCommit.Repository;
using CodeCommitRepositoryProps = Amazon.CDK.AWS.CodeCommit.RepositoryProps;
using IStageProps = Amazon.CDK.AWS.CodePipeline.IStageProps;
using StageProps = Amazon.CDK.AWS.CodePipeline.StageProps;

namespace EcrGen.Sample.Scenarios
{
    /// <summary>
    /// Scenario 3, part 1 (the TagParameterContainerImage example of aws-ecs, ported to C#): a pipeline that builds the
    /// application's Docker image, pushes it to ECR tagged with the source commit, synthesizes the CDK app, and deploys the
    /// ECS app stack with that tag as the stack's image-tag parameter.
    /// </summary>
    public sealed class PipelineStack : Stack
    {
        /// <summary>The app stack's template file in the CDK synth output; must match the app stack's id.</summary>
        public const string AppStackTemplateFile = EcsAppStack.DefaultId + ".template.json";

        /// <summary>Defines the stack.</summary>
        public PipelineStack(Construct scope, string id, IStackProps? props = null)
            : base(scope, id, props)
        {
            // ********* ECS part ****************

            // The repository the built image is pushed to.
            Repository = new PipelineImageRepository(this, "EcsDeployRepository");

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
                    ["REPOSITORY_URI"] = new BuildEnvironmentVariable { Value = Repository.RepositoryUri },
                },
            });
            // Needed for `docker push`.
            Repository.GrantPullPush(appCodeDockerBuild);

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
                                TemplatePath = cdkCodeBuildOutput.AtPath(AppStackTemplateFile),
                                AdminPermissions = true,
                                // The tag the build step pushed (a CodePipeline variable), passed as the app stack's
                                // image-tag parameter. The seed writes this key as a string literal, which never
                                // matches the real parameter name; the generated method uses the real one.
                                ParameterOverrides = Repository.TagParameterOverrides(appCodeBuildAction.Variable("imageTag")),
                            }),
                        },
                    },
                },
            });
        }

        /// <summary>The repository the pipeline pushes to.</summary>
        public PipelineImageRepository Repository { get; }

        /// <summary>The image the ECS app stack runs: the repository plus a CloudFormation parameter for the tag.</summary>
        public TagParameterContainerImage TagParameterContainerImage => Repository.TagParameterImage;
    }
}
