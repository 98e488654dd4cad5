using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers.Cfn;
using Xunit;
using static EcrGen.SourceGenerators.Tests.Analyzers.CdkSource;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>T11–T19 (and W7, the shared lifecycle rules) on the texts of the L1 CfnRepository, and T18 on the L2 policy.</summary>
    public class CfnRepositoryAnalyzerTests
    {
        private static Task Verify(string body, string members = "") => VerifyAsync<CfnRepositoryAnalyzer>(InStack(body, members));

        private static string Lifecycle(string text) => $$"""
                    new CfnRepository(this, "Repo", new CfnRepositoryProps
                    {
                        LifecyclePolicy = new CfnRepository.LifecyclePolicyProperty { LifecyclePolicyText = {{text}} },
                    });
            """;

        // ---------------- T11: not JSON (ECR2019) ----------------

        [Fact]
        public Task ECR2019_MalformedJson_AtTheCharacter() => Verify(Lifecycle(""""
            """{"rules":[{"rulePriority":{|ECR2019:0|}1}]}"""
            """"));

        [Fact]
        public Task ECR2019_UnclosedText_OnItsLastCharacter() => Verify(Lifecycle(""""
            """{"rules":[{|ECR2019:]|}"""
            """"));

        // ---------------- T17: ECR's schema (ECR2020) ----------------

        [Fact]
        public Task ECR2021_UnknownKey_InARawLiteral() => Verify(Lifecycle(""""
            """{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":5,{|ECR2020:"countUnits"|}:"days"},"action":{"type":"expire"}}]}"""
            """"));

        [Fact]
        public Task ECR2021_UnknownCountType_InARegularLiteralWithEscapes() => Verify(Lifecycle(""""
            "{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"untagged\",\"countType\":{|ECR2020:\"sinceImagePushd\"|},\"countUnit\":\"days\",\"countNumber\":5},\"action\":{\"type\":\"expire\"}}]}"
            """"));

        [Fact]
        public Task ECR2021_CountUnitWithACount_InAVerbatimLiteral() => Verify(Lifecycle(""""
            @"{""rules"":[{""rulePriority"":1,""selection"":{""tagStatus"":""untagged"",""countType"":""imageCountMoreThan"",""countUnit"":{|ECR2020:""days""|},""countNumber"":5},""action"":{""type"":""expire""}}]}"
            """"));

        [Fact]
        public Task ECR2021_MultiLineRawLiteral_OnTheWholeLiteral() => Verify("""""
                    var lifecycle = new CfnRepository.LifecyclePolicyProperty
                    {
                        LifecyclePolicyText = {|ECR2020:""""
                            {
                              "rules": [
                                { "selection": { "tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 5 }, "action": { "type": "expire" } }
                              ]
                            }
                            """"|},
                    };
                    new CfnRepository(this, "Repo", new CfnRepositoryProps { LifecyclePolicy = lifecycle });
            """"");

        [Fact]
        public Task ECR2021_ConstantsAndLocals() => Verify("""
                    var local = "{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":{|ECR2020:\"ANY\"|},\"countType\":\"imageCountMoreThan\",\"countNumber\":5},\"action\":{\"type\":\"expire\"}}]}";
                    new CfnRepository.LifecyclePolicyProperty { LifecyclePolicyText = local };
                    new CfnRepository.LifecyclePolicyProperty { LifecyclePolicyText = Policy };
                    new CfnRepository.LifecyclePolicyProperty { LifecyclePolicyText = {|ECR2020:$"{Start}{Rules}]}}"|} };
            """, members: """
                private const string Policy = "{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":5},\"action\":{\"type\":\"expire\",{|ECR2020:\"typ\"|}:\"x\"}}]}";
                private const string Start = "{\"rules\":[";
                private const string Rules = "{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\"},\"action\":{\"type\":\"expire\"}}";
            """);

        // ---------------- The shared lifecycle rules, on the JSON values ----------------

        [Fact]
        public Task Shared_rules_DuplicatePriority_AnyNotLast_Wildcards() => Verify(Lifecycle(""""
            """{"rules":[{"rulePriority":{|ECR2007:3|},"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":{|ECR2011:0|}},"action":{"type":"expire"}},{"rulePriority":7,"selection":{"tagStatus":"tagged","tagPatternList":["ok*",{|ECR2005:"*a*b*c*d*"|}],"countType":"sinceImagePulled","countUnit":"days","countNumber":30},"action":{"type":"expire"}},{"rulePriority":{|ECR2009:7|},"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":1},"action":{"type":"expire"}}]}"""
            """"));

        // ---------------- Valid or unknown texts stay silent ----------------

        [Fact]
        public Task ECR2019_ECR2021_Negative_ValidOrUnknown() => Verify(""""
                    new CfnRepository(this, "A", new CfnRepositoryProps
                    {
                        RepositoryName = "team/app",
                        LifecyclePolicy = new CfnRepository.LifecyclePolicyProperty
                        {
                            RegistryId = "123456789012",
                            LifecyclePolicyText = """
                                {
                                  "rules": [
                                    { "rulePriority": 1, "description": "archive dev images not pulled for 30 days",
                                      "selection": { "tagStatus": "tagged", "tagPatternList": ["dev-*"], "countType": "sinceImagePulled", "countUnit": "days", "countNumber": 30 },
                                      "action": { "type": "transition", "targetStorageClass": "archive" } },
                                    { "rulePriority": 2,
                                      "selection": { "tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 7 },
                                      "action": { "type": "expire" } },
                                    { "rulePriority": 10,
                                      "selection": { "tagStatus": "any", "storageClass": "archive", "countType": "sinceImageTransitioned", "countUnit": "days", "countNumber": 180 },
                                      "action": { "type": "expire" } }
                                  ]
                                }
                                """,
                        },
                    });
                    new CfnRepository.LifecyclePolicyProperty { LifecyclePolicyText = System.Environment.GetEnvironmentVariable("POLICY") };
                    new CfnRepository.LifecyclePolicyProperty { LifecyclePolicyText = Load() };
                    new CfnRepository.LifecyclePolicyProperty { LifecyclePolicyText = Fn.Sub("{\"rules\":${Rules}}") };
                    var text = "{}";
                    text = Load();
                    new CfnRepository.LifecyclePolicyProperty { LifecyclePolicyText = text };
            """", members: """
                private static string Load() => System.IO.File.ReadAllText("policy.json");
            """);

        // ---------------- T18, T19, W7: RepositoryPolicyText as JSON ----------------

        [Fact]
        public Task ECR1018_ResourceInAJsonPolicy() => Verify(""""
                    new CfnRepository(this, "Repo", new CfnRepositoryProps
                    {
                        RepositoryPolicyText = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:BatchGetImage",{|ECR1016:"Resource"|}:"*"}]}""",
                    });
            """");

        [Fact]
        public Task ECR1013_ECR1019_StatementWithoutPrincipal_AndNotJson() => Verify(""""
                    new CfnRepository(this, "A", new CfnRepositoryProps
                    {
                        RepositoryPolicyText = """{"Version":"2012-10-17","Statement":[{|ECR1013:{"Effect":"Allow","Action":["ecr:BatchGetImage"]}|}]}""",
                    });
                    new CfnRepository(this, "B", new CfnRepositoryProps { RepositoryPolicyText = """{"Statement":[{|ECR1017:'|}x']}""" });
                    new CfnRepository(this, "C", new CfnRepositoryProps { RepositoryPolicyText = """{|ECR1017:{"Version":"2012-10-17"}|}""" });
            """");

        // ---------------- T18, W7: a PolicyDocument on CfnRepository; T18 on the L2 ----------------

        [Fact]
        public Task ECR1018_ECR1013_PolicyDocumentOnTheL1() => Verify("""
                    new CfnRepository(this, "Repo", new CfnRepositoryProps
                    {
                        RepositoryPolicyText = new PolicyDocument(new PolicyDocumentProps
                        {
                            Statements = new[]
                            {
                                new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" }, Principals = new[] { new AccountPrincipal("123456789012") }, {|ECR1016:Resources = new[] { "*" }|} }),
                                // W7 is left to the shared PolicyReader, which does not follow a statement stored in an array: not judged.
                                new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" } }),
                            },
                        }),
                    });
            """);

        [Fact]
        public Task ECR1018_ResourcesInTheL2Policy() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" }, Principals = new[] { new AccountPrincipal("123456789012") }, {|ECR1016:Resources = new[] { repo.RepositoryArn }|} }));
                    var statement = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:*" }, Principals = new[] { new AnyPrincipal() }, {|ECR1016:NotResources = new[] { "x" }|} });
                    repo.AddToResourcePolicy(statement);
            """);

        [Fact]
        public Task ECR1018_ECR1019_ECR1013_Negative() => Verify(""""
                    var repo = new Repository(this, "Repo");
                    repo.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" }, Principals = new[] { new AccountPrincipal("123456789012") } }));
                    repo.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" }, Principals = new[] { new AccountPrincipal("123456789012") }, Resources = new string[0] }));
                    repo.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" }, Principals = new[] { new AccountPrincipal("123456789012") }, Resources = resources }));
                    var imported = Repository.FromRepositoryName(this, "Imported", "team/app");
                    imported.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" }, Principals = new[] { new AccountPrincipal("123456789012") }, Resources = new[] { "*" } }));
                    var role = new Role(this, "Role", new RoleProps { AssumedBy = new ServicePrincipal("lambda.amazonaws.com") });
                    role.AddToPolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" }, Resources = new[] { repo.RepositoryArn } }));
                    new CfnRepository(this, "A", new CfnRepositoryProps
                    {
                        RepositoryPolicyText = """
                            {
                              "Version": "2012-10-17",
                              "Statement": [
                                { "Sid": "CrossAccountPull", "Effect": "Allow",
                                  "Principal": { "AWS": [ "arn:aws:iam::123456789012:root" ] },
                                  "Action": [ "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer" ],
                                  "Condition": { "StringLike": { "aws:PrincipalArn": "arn:aws:iam::123456789012:role/app-*" } } },
                                { "Sid": "LambdaPull", "Effect": "Allow",
                                  "Principal": { "Service": "lambda.amazonaws.com" },
                                  "Action": [ "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer" ] }
                              ]
                            }
                            """,
                    });
                    new CfnRepository(this, "B", new CfnRepositoryProps { RepositoryPolicyText = new Dictionary<string, object> { ["Statement"] = new object[0] } });
                    new CfnRepository(this, "C", new CfnRepositoryProps { RepositoryPolicyText = Load() });
                    new CfnRepository(this, "D", new CfnRepositoryProps
                    {
                        RepositoryPolicyText = new PolicyDocument(new PolicyDocumentProps
                        {
                            Statements = new[] { new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" }, Principals = new[] { new AccountPrincipal("123456789012") } }) },
                        }),
                    });
            """", members: """
                private static readonly string[] resources = Array.Empty<string>();
                private static string Load() => System.IO.File.ReadAllText("policy.json");
            """);
    }
}
