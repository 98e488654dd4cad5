using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using EcrGen.Sample;
using Xunit;

namespace EcrGen.Synth.Tests
{
    /// <summary>
    /// The sample's templates say what the seed scenarios ask for. (Equivalence alone would also pass if both sides were
    /// wrong the same way.)
    /// </summary>
    [Collection(SynthesizedAppsCollection.Name)]
    public sealed class SampleScenarioTests
    {
        private readonly SynthesizedApps apps;

        /// <summary>Takes the shared apps.</summary>
        public SampleScenarioTests(SynthesizedApps apps) => this.apps = apps;

        [Fact]
        public void Readme_repository_scans_on_push_keeps_prod_images_and_expires_the_rest_after_30_days()
        {
            var repository = apps.Generated.Template(SampleApp.EcrReadmeStackId).SingleResourceProperties("AWS::ECR::Repository");

            Assert.True(repository.GetProperty("ImageScanningConfiguration").GetProperty("ScanOnPush").GetBoolean());
            Assert.Equal("IMMUTABLE", repository.GetProperty("ImageTagMutability").GetString());

            var rules = repository.GetProperty("LifecyclePolicy").GetProperty("LifecyclePolicyText").ParseJsonString()
                .GetProperty("rules").EnumerateArray().ToList();
            Assert.Equal(2, rules.Count);

            Assert.Equal(1, rules[0].GetProperty("rulePriority").GetInt32());
            Assert.Equal("tagged", rules[0].GetProperty("selection").GetProperty("tagStatus").GetString());
            Assert.Equal("prod", rules[0].GetProperty("selection").GetProperty("tagPrefixList").EnumerateArray().Single().GetString());
            Assert.Equal("imageCountMoreThan", rules[0].GetProperty("selection").GetProperty("countType").GetString());
            Assert.Equal(9999, rules[0].GetProperty("selection").GetProperty("countNumber").GetInt32());

            Assert.Equal(2, rules[1].GetProperty("rulePriority").GetInt32());
            Assert.Equal("any", rules[1].GetProperty("selection").GetProperty("tagStatus").GetString());
            Assert.Equal("sinceImagePushed", rules[1].GetProperty("selection").GetProperty("countType").GetString());
            Assert.Equal("days", rules[1].GetProperty("selection").GetProperty("countUnit").GetString());
            Assert.Equal(30, rules[1].GetProperty("selection").GetProperty("countNumber").GetInt32());
        }

        [Fact]
        public void Readme_user_may_fetch_both_authorization_tokens_and_scan_results_reach_the_topic()
        {
            var template = apps.Generated.Template(SampleApp.EcrReadmeStackId);

            var actions = template.SingleResourceProperties("AWS::IAM::Policy").GetProperty("PolicyDocument").GetProperty("Statement")
                .EnumerateArray()
                .SelectMany(statement => statement.GetProperty("Action").ValueKind == JsonValueKind.Array
                    ? statement.GetProperty("Action").EnumerateArray().Select(action => action.GetString())
                    : new[] { statement.GetProperty("Action").GetString() })
                .ToList();
            Assert.Contains("ecr:GetAuthorizationToken", actions);
            Assert.Contains("ecr-public:GetAuthorizationToken", actions);

            var rule = template.SingleResourceProperties("AWS::Events::Rule");
            Assert.Equal("ECR Image Scan", rule.GetProperty("EventPattern").GetProperty("detail-type").EnumerateArray().Single().GetString());
            Assert.Equal("Ref", rule.GetProperty("Targets").EnumerateArray().Single().GetProperty("Arn").EnumerateObject().Single().Name);
        }

        [Fact]
        public void Function_image_is_pinned_by_digest_with_its_overrides()
        {
            var function = apps.Generated.Template(SampleApp.FunctionFromDigestStackId).SingleResourceProperties("AWS::Lambda::Function");

            var imageUriParts = function.GetProperty("Code").GetProperty("ImageUri").GetProperty("Fn::Join")[1];
            var reference = imageUriParts[imageUriParts.GetArrayLength() - 1].GetString();
            Assert.Matches(new Regex("^@sha256:[0-9a-f]{64}$"), reference);

            var imageConfig = function.GetProperty("ImageConfig");
            Assert.Equal("app.handler", imageConfig.GetProperty("Command").EnumerateArray().Single().GetString());
            Assert.Equal("/lambda-entrypoint.sh", imageConfig.GetProperty("EntryPoint").EnumerateArray().Single().GetString());
            Assert.Equal("/var/task", imageConfig.GetProperty("WorkingDirectory").GetString());
        }

        [Fact]
        public void Pipeline_deploy_action_overrides_the_app_stacks_real_tag_parameter()
        {
            var appStackParameters = apps.Generated.Template(SampleApp.EcsAppStackId).GetProperty("Parameters").EnumerateObject()
                .Select(parameter => parameter.Name)
                .Where(name => name != "BootstrapVersion")
                .ToList();
            var tagParameter = Assert.Single(appStackParameters);

            var deployAction = apps.Generated.Template(SampleApp.PipelineStackId).SingleResourceProperties("AWS::CodePipeline::Pipeline")
                .GetProperty("Stages").EnumerateArray()
                .SelectMany(stage => stage.GetProperty("Actions").EnumerateArray())
                .Single(action => action.GetProperty("Name").GetString() == "CFN_Deploy");
            var overrides = deployAction.GetProperty("Configuration").GetProperty("ParameterOverrides").ParseJsonString();

            var overridden = Assert.Single(overrides.EnumerateObject());
            Assert.Equal(tagParameter, overridden.Name);
            Assert.Equal("#{Build_AppCodeDockerImageBuildAndPush_NS.imageTag}", overridden.Value.GetString());
        }
    }
}
