using System.Linq;
using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using Xunit;
using static EcrGen.SourceGenerators.Tests.Analyzers.CdkSource;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>R1–R9, L1–L17 and S1–S4 on hand-written CDK code.</summary>
    public class RepositoryCodeAnalyzerTests
    {
        private static Task Verify(string body, string members = "") => VerifyAsync<RepositoryCodeAnalyzer>(InStack(body, members));

        private static Task VerifySecurity(string body) => VerifyAsync<SecurityAnalyzer>(InStack(body), security: true);

        // ---------------- R1–R9 ----------------

        [Fact]
        public Task R1_NameTooShort() => Verify("""
                    new Repository(this, "Repo", new RepositoryProps { {|ECR1001:RepositoryName = "a"|} });
            """);

        [Fact]
        public Task R1_R2_Negative_ValidNames() => Verify("""
                    new Repository(this, "A", new RepositoryProps { RepositoryName = "ab" });
                    new Repository(this, "B", new RepositoryProps { RepositoryName = "my-team/app.web_1" });
            """);

        [Fact]
        public Task R2_UppercaseName() => Verify("""
                    new Repository(this, "Repo", new RepositoryProps { {|ECR1002:RepositoryName = "MyTeam/App"|} });
            """);

        [Fact]
        public Task R2_ConstantConcatenationAndInterpolation() => Verify("""
                    new Repository(this, "A", new RepositoryProps { {|ECR1002:RepositoryName = Team + "/app"|} });
                    new Repository(this, "B", new RepositoryProps { {|ECR1002:RepositoryName = $"{Team}//app"|} });
            """, members: """
                private const string Team = "Team";
            """);

        [Fact]
        public Task R2_PropsBuiltInOneStatementCompletedInAnother() => Verify("""
                    var props = new RepositoryProps { ImageScanOnPush = true };
                    {|ECR1002:props.RepositoryName = "Bad_Name"|};
                    new Repository(this, "Repo", props);
            """);

        [Fact]
        public Task R3_EmptyOnDeleteWithoutDestroy() => Verify("""
                    new Repository(this, "A", new RepositoryProps { {|ECR1003:EmptyOnDelete = true|} });
                    new Repository(this, "B", new RepositoryProps { {|ECR1003:EmptyOnDelete = true|}, RemovalPolicy = RemovalPolicy.RETAIN });
            """);

        [Fact]
        public Task R3_Negative_Destroy() => Verify("""
                    new Repository(this, "A", new RepositoryProps { EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY });
                    new Repository(this, "B", new RepositoryProps { EmptyOnDelete = false });
            """);

        [Fact]
        public Task R4_AutoDeleteImagesWithoutDestroy() => Verify("""
                    new Repository(this, "A", new RepositoryProps { {|ECR1004:AutoDeleteImages = true|} });
                    new Repository(this, "B", new RepositoryProps { AutoDeleteImages = true, RemovalPolicy = RemovalPolicy.DESTROY });
            """);

        [Fact]
        public Task R5_KeyWithAes256() => Verify("""
                    var key = new Amazon.CDK.AWS.KMS.Key(this, "Key");
                    new Repository(this, "A", new RepositoryProps { EncryptionKey = key, {|ECR1005:Encryption = RepositoryEncryption.AES_256|} });
                    new Repository(this, "B", new RepositoryProps { EncryptionKey = key, Encryption = RepositoryEncryption.KMS });
                    new Repository(this, "C", new RepositoryProps { EncryptionKey = key });
            """);

        [Fact]
        public Task R6_RegistryId() => Verify("""
                    new Repository(this, "A", new RepositoryProps { {|ECR1006:LifecycleRegistryId = "1234"|} });
                    new Repository(this, "B", new RepositoryProps { LifecycleRegistryId = "123456789012" });
            """);

        [Fact]
        public Task R7_UndefinedTagMutability() => Verify("""
                    new Repository(this, "A", new RepositoryProps { {|ECR1007:ImageTagMutability = (TagMutability)7|} });
                    new Repository(this, "B", new RepositoryProps { ImageTagMutability = TagMutability.IMMUTABLE });
            """);

        [Fact]
        public Task R8_EmptyOnDeleteAndAutoDeleteImages() => Verify("""
                    new Repository(this, "A", new RepositoryProps { EmptyOnDelete = true, {|ECR1008:AutoDeleteImages = true|}, RemovalPolicy = RemovalPolicy.DESTROY });
                    new Repository(this, "B", new RepositoryProps { EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY });
            """);

        [Fact]
        public Task R_UnknownValuesAreNeverFlagged() => Verify("""
                    var name = System.Environment.GetEnvironmentVariable("REPO_NAME");
                    var parameter = new CfnParameter(this, "Name");
                    new Repository(this, "A", new RepositoryProps { RepositoryName = name });
                    new Repository(this, "B", new RepositoryProps { RepositoryName = parameter.ValueAsString });
                    new Repository(this, "C", new RepositoryProps { RepositoryName = PhysicalName.GENERATE_IF_NEEDED });
                    new Repository(this, "D", new RepositoryProps { EmptyOnDelete = destroy, RemovalPolicy = policy });
                    new Repository(this, "E", new RepositoryProps { RepositoryName = Lower });
            """, members: """
                private readonly bool destroy = true;
                private readonly RemovalPolicy policy = RemovalPolicy.RETAIN;
                private static readonly string Lower = "NotAConstant";
            """);

        [Fact]
        public Task R_SubclassBaseConstructorProps() => VerifyAsync<RepositoryCodeAnalyzer>(TopLevel("""
            public class AppRepository : Repository
            {
                public AppRepository(Construct scope, string id)
                    : base(scope, id, new RepositoryProps { {|ECR1003:EmptyOnDelete = true|} })
                {
                    AddLifecycleRule(new LifecycleRule { MaxImageCount = 5 });
                    AddLifecycleRule({|ECR2014:new LifecycleRule|} { MaxImageAge = Duration.Days(30) });
                }
            }
            """));

        // ---------------- L1–L17 ----------------

        [Fact]
        public Task L1_BothCountAndAge() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 5, {|ECR2001:MaxImageAge = Duration.Days(30)|} });
            """);

        [Fact]
        public Task L1_Neither() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule({|ECR2001:new LifecycleRule|} { Description = "keeps nothing" });
            """);

        [Fact]
        public Task L2_ListWithAnyStatus() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, {|ECR2002:TagPrefixList = new[] { "prod" }|}, MaxImageCount = 10 });
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, {|ECR2002:TagPatternList = new[] { "v*" }|}, MaxImageCount = 10 });
            """);

        [Fact]
        public Task L2_L3_Negative_TaggedWithList_OrListAlone() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "prod" }, MaxImageCount = 9999 });
                    repo.AddLifecycleRule(new LifecycleRule { TagPatternList = new[] { "dev-*" }, MaxImageCount = 5 });
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1) });
            """);

        [Fact]
        public Task L3_TaggedWithoutList() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2003:TagStatus = TagStatus.TAGGED|}, MaxImageCount = 10 });
            """);

        [Fact]
        public Task L4_BothLists() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "prod" }, {|ECR2004:TagPatternList = new[] { "prod*" }|}, MaxImageCount = 10 });
            """);

        [Fact]
        public Task L5_FiveWildcards() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2005:TagPatternList = new[] { "ok*", "a*b*c*d*e*" }|}, MaxImageCount = 10 });
                    repo.AddLifecycleRule(new LifecycleRule { TagPatternList = new[] { "*a*b*c*" }, MaxImageCount = 10 });
            """);

        [Fact]
        public Task L5_CollectionExpression() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2005:TagPatternList = ["a*b*c*d*e*"]|}, MaxImageCount = 10 });
            """);

        [Fact]
        public Task L6_TwoAnyRulesAcrossCalls() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2006:TagStatus = TagStatus.ANY|}, MaxImageAge = Duration.Days(30) });
            """);

        [Fact]
        public Task L6_AcrossPropsAndCall_OnAField() => Verify("""
                    Repo = new Repository(this, "Repo", new RepositoryProps
                    {
                        LifecycleRules = new ILifecycleRule[] { new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 } },
                    });
                    Repo.AddLifecycleRule(new LifecycleRule { {|ECR2006:TagStatus = TagStatus.ANY|}, MaxImageCount = 3 });
            """, members: """
                public Repository Repo { get; }
            """);

        [Fact]
        public Task L6_RuleHeldInALocal() => Verify("""
                    var repo = new Repository(this, "Repo");
                    var keepFive = new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 };
                    var keepThree = new LifecycleRule { {|ECR2006:TagStatus = TagStatus.ANY|}, MaxImageCount = 3 };
                    repo.AddLifecycleRule(keepFive);
                    repo.AddLifecycleRule(keepThree);
            """);

        [Fact]
        public Task L6_Negative_DifferentRepositories() => Verify("""
                    var first = new Repository(this, "First");
                    var second = new Repository(this, "Second");
                    first.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
                    second.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
            """);

        [Fact]
        public Task L6_Negative_ExclusiveBranchesAndLoops() => Verify("""
                    var repo = new Repository(this, "Repo");
                    if (Node.TryGetContext("short") != null)
                    {
                        repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
                    }
                    else
                    {
                        repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 50 });
                    }

                    foreach (var prefix in new[] { "a", "b" })
                    {
                        repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { prefix }, MaxImageCount = 5 });
                    }
            """);

        [Fact]
        public Task L6_Negative_FieldReassignedToAnotherRepository() => Verify("""
                    Repo = new Repository(this, "First");
                    Repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
                    Repo = new Repository(this, "Second");
                    Repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
            """, members: """
                public Repository Repo { get; set; }
            """);

        [Fact]
        public Task L6_ParameterInAHelperMethod() => Verify("", members: """
                private static void AddRules(Repository repository)
                {
                    repository.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
                    repository.AddLifecycleRule(new LifecycleRule { {|ECR2006:TagStatus = TagStatus.ANY|}, MaxImageCount = 3 });
                }
            """);

        [Fact]
        public Task L6_Negative_UnknownRulesAreNotJudged() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
                    repo.AddLifecycleRule(MakeRule());
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = status, MaxImageCount = 3 });
            """, members: """
                private readonly TagStatus status = TagStatus.UNTAGGED;
                private static LifecycleRule MakeRule() => new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageCount = 1 };
            """);

        [Fact]
        public Task L7_AnyRuleNotHighest() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2007:RulePriority = 1|}, MaxImageCount = 5 });
                    repo.AddLifecycleRule(new LifecycleRule { RulePriority = 2, TagPrefixList = new[] { "prod" }, MaxImageCount = 9999 });
            """);

        [Fact]
        public Task L7_L8_Negative_UnprioritizedAnyGoesLast() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageAge = Duration.Days(30) });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "prod" }, MaxImageCount = 9999 });
                    repo.AddLifecycleRule(new LifecycleRule { RulePriority = 7, TagPrefixList = new[] { "dev" }, MaxImageCount = 10 });
            """);

        [Fact]
        public Task L8_PrioritizedAnyWithUnprioritized() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "prod" }, MaxImageCount = 9999 });
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, {|ECR2008:RulePriority = 10|}, MaxImageCount = 5 });
            """);

        [Fact]
        public Task L9_DuplicatePriorities() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { RulePriority = 1, TagPrefixList = new[] { "prod" }, MaxImageCount = 9999 });
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2009:RulePriority = 1|}, TagPrefixList = new[] { "dev" }, MaxImageCount = 10 });
                    repo.AddLifecycleRule(new LifecycleRule { RulePriority = 2, TagStatus = TagStatus.UNTAGGED, MaxImageCount = 1 });
            """);

        [Fact]
        public Task L10_AgeNotWholeDays() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, {|ECR2010:MaxImageAge = Duration.Hours(36)|} });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "a" }, MaxImageAge = Duration.Hours(48) });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "b" }, {|ECR2010:MaxImageAge = Duration.Days(1.5)|} });
            """);

        [Fact]
        public Task L11_CountAndAgeAtLeastOne() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, {|ECR2011:MaxImageCount = 0|} });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "a" }, {|ECR2011:MaxImageAge = Duration.Days(0)|} });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "b" }, MaxImageCount = 1 });
            """);

        [Fact]
        public Task L14_TwoImplicitAnyRules() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 5 });
                    repo.AddLifecycleRule({|ECR2014:new LifecycleRule|} { MaxImageAge = Duration.Days(30) });
            """);

        [Fact]
        public Task L15_PriorityNotPositive() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2015:RulePriority = 0|}, TagPrefixList = new[] { "a" }, MaxImageCount = 1 });
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2015:RulePriority = -3|}, TagPrefixList = new[] { "b" }, MaxImageCount = 1 });
            """);

        [Fact]
        public Task L16_MoreThanFiftyRules()
        {
            var body = new System.Text.StringBuilder("        var repo = new Repository(this, \"Repo\");\n");
            for (var i = 0; i < 51; i++)
            {
                var creation = i == 50 ? "{|ECR2016:new LifecycleRule|}" : "new LifecycleRule";
                body.Append($"        repo.AddLifecycleRule({creation} {{ RulePriority = {i + 1}, TagPrefixList = new[] {{ \"p{i}\" }}, MaxImageCount = 1 }});\n");
            }

            return Verify(body.ToString());
        }

        [Fact]
        public Task L17_CfnParameterInARule() => Verify("""
                    var keep = new CfnParameter(this, "Keep", new CfnParameterProps { Type = "Number" });
                    var prefix = new CfnParameter(this, "Prefix");
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, {|ECR2017:MaxImageCount = keep.ValueAsNumber|} });
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2017:TagPrefixList = new[] { prefix.ValueAsString }|}, MaxImageCount = 3 });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "x" }, {|ECR2017:MaxImageAge = Duration.Days(keep.ValueAsNumber)|} });
            """);

        [Fact]
        public Task L14_HandWrittenRuleAfterTheAttributeRulesOfAnEcrGenClass() => VerifyAsync<RepositoryCodeAnalyzer>(TopLevel("""
            [EcrRepository(ImageScanOnPush = true)]
            [LifecycleRule(TagPrefixList = new[] { "prod" }, MaxImageCount = 9999)]
            [LifecycleRule(MaxImageAgeDays = 30)]
            public class ScannedRepository : Repository
            {
                public ScannedRepository(Construct scope, string id) : base(scope, id) { }
            }

            public class AppStack : Stack
            {
                public AppStack(Construct scope, string id) : base(scope, id)
                {
                    var repo = new ScannedRepository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageCount = 1 });
                    repo.AddLifecycleRule({|ECR2014:new LifecycleRule|} { MaxImageCount = 5 });
                }
            }
            """));

        [Fact]
        public Task L_RuleNeverAddedIsStillChecked() => Verify("""
                    var orphan = new LifecycleRule { {|ECR2003:TagStatus = TagStatus.TAGGED|}, MaxImageCount = 3 };
                    Keep(orphan);
            """, members: """
                private static void Keep(ILifecycleRule rule) { }
            """);

        [Fact]
        public Task L_UnknownValuesAreNeverFlagged() => Verify("""
                    var repo = new Repository(this, "Repo");
                    var count = int.Parse(System.Environment.GetEnvironmentVariable("KEEP") ?? "5");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageCount = count });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = Prefixes(), MaxImageCount = count });
                    repo.AddLifecycleRule(new LifecycleRule { TagPatternList = new[] { Pattern }, MaxImageAge = Duration.Days(count) });
            """, members: """
                private static readonly string Pattern = "a*b*c*d*e*f";
                private static string[] Prefixes() => new[] { "a" };
            """);

        // ---------------- S1–S4 (opt-in) ----------------

        [Fact]
        public Task S1_GrantToAnyPrincipal() => VerifySecurity("""
                    var repo = new Repository(this, "Repo", new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, LifecycleRules = new[] { new LifecycleRule { MaxImageCount = 5 } } });
                    repo.GrantPull({|ECR4001:new AnyPrincipal()|});
                    repo.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
                    {
                        Actions = new[] { "ecr:BatchGetImage" },
                        Principals = new IPrincipal[] { new AccountRootPrincipal(), {|ECR4001:new StarPrincipal()|} },
                    }));
                    var statement = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:*" } });
                    {|ECR4001:statement.AddAnyPrincipal()|};
                    repo.AddToResourcePolicy(statement);
            """);

        [Fact]
        public Task S1_Negative_DenyAndNamedPrincipals() => VerifySecurity("""
                    var repo = new Repository(this, "Repo", new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, LifecycleRules = new[] { new LifecycleRule { MaxImageCount = 5 } } });
                    repo.GrantPull(new AccountRootPrincipal());
                    repo.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
                    {
                        Effect = Effect.DENY,
                        Actions = new[] { "ecr:*" },
                        Principals = new[] { new AnyPrincipal() },
                    }));
            """);

        [Fact]
        public Task S1_L1PolicyDocuments() => VerifySecurity("""
                    new CfnRegistryPolicy(this, "RegistryPolicy", new CfnRegistryPolicyProps
                    {
                        PolicyText = new PolicyDocument(new PolicyDocumentProps
                        {
                            Statements = new[]
                            {
                                new PolicyStatement(new PolicyStatementProps
                                {
                                    Actions = new[] { "ecr:ReplicateImage" },
                                    Principals = new IPrincipal[] { {|ECR4001:new ArnPrincipal("*")|} },
                                }),
                            },
                        }),
                    });
                    var open = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" } });
                    {|ECR4001:open.AddAnyPrincipal()|};
                    var document = new PolicyDocument(new PolicyDocumentProps { Statements = new[] { open } });
                    new CfnRepository(this, "L1Repo", new CfnRepositoryProps { RepositoryPolicyText = document });
            """);

        [Fact]
        public Task S1_Negative_L1PolicyDocuments() => VerifySecurity("""
                    new CfnRegistryPolicy(this, "RegistryPolicy", new CfnRegistryPolicyProps
                    {
                        PolicyText = new PolicyDocument(new PolicyDocumentProps
                        {
                            Statements = new[]
                            {
                                new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:ReplicateImage" }, Principals = new[] { new AccountRootPrincipal() } }),
                                new PolicyStatement(new PolicyStatementProps { Effect = Effect.DENY, Actions = new[] { "ecr:*" }, Principals = new[] { new AnyPrincipal() } }),
                            },
                        }),
                    });
                    new CfnRepository(this, "L1Repo", new CfnRepositoryProps { RepositoryPolicyText = new Dictionary<string, object> { ["Statement"] = "not read" } });
            """);

        [Fact]
        public Task S2_S3_S4_BareRepository() => VerifySecurity("""
                    var repo = {|ECR4002:{|ECR4003:{|ECR4004:new Repository|}|}|}(this, "Repo");
                    {|ECR4004:new Repository|}(this, "Other", {|ECR4002:new RepositoryProps|} { {|ECR4003:ImageTagMutability = TagMutability.MUTABLE|} });
            """);

        [Fact]
        public Task S2_S3_S4_Negative_HardenedRepository() => VerifyAsync<SecurityAnalyzer>(
            InStack("""
                    var repo = new Repository(this, "Repo", new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE });
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 10 });
                    Repo = new Repository(this, "Field", new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE });
                    var passedOn = new Repository(this, "Passed", new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE });
                    AddRules(passedOn);
                    new Repository(this, "Unknown", Props());
            """, members: """
                public Repository Repo { get; }
                private static void AddRules(Repository repository) => repository.AddLifecycleRule(new LifecycleRule { MaxImageCount = 5 });
                private static RepositoryProps Props() => new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE };
            """),
            security: true);

        [Fact]
        public async Task S_OffByDefault_OnThroughEditorConfig()
        {
            var source = InStack("""
                    var repo = new Repository(this, "Repo");
            """);

            var defaults = await AnalyzerRunner.RunAsync(new SecurityAnalyzer(), source);
            Assert.Empty(defaults);

            var enabled = await AnalyzerRunner.RunAsync(new SecurityAnalyzer(), source, "dotnet_diagnostic.ECR4002.severity = warning\ndotnet_diagnostic.ECR4004.severity = error");
            Assert.Equal(new[] { "ECR4002", "ECR4004" }, enabled.Select(d => d.Id).OrderBy(id => id).ToArray());
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, enabled.Single(d => d.Id == "ECR4004").Severity);
        }

        // ---------------- properties for the code fixes ----------------

        [Fact]
        public async Task Properties_CarryRuleOptionAndSuggestion()
        {
            var diagnostics = await AnalyzerRunner.RunAsync(new RepositoryCodeAnalyzer(), InStack("""
                    new Repository(this, "A", new RepositoryProps { RepositoryName = "MyTeam/App", EmptyOnDelete = true });
                    var repo = new Repository(this, "B");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, TagPrefixList = new[] { "x" }, MaxImageCount = 1 });
            """));

            var name = Assert.Single(diagnostics, d => d.Id == "ECR1002");
            Assert.Equal("R2", name.Properties["RuleId"]);
            Assert.Equal("RepositoryName", name.Properties["Option"]);
            Assert.Equal("Code", name.Properties["Source"]);
            Assert.Equal("myteam/app", name.Properties["SuggestedValue"]);

            var destroy = Assert.Single(diagnostics, d => d.Id == "ECR1003");
            Assert.Equal("RemovalPolicy", destroy.Properties["SuggestedOption"]);
            Assert.Equal("DESTROY", destroy.Properties["SuggestedValue"]);

            var tagged = Assert.Single(diagnostics, d => d.Id == "ECR2002");
            Assert.Equal("0", tagged.Properties["Index"]);
            Assert.Equal("TagStatus", tagged.Properties["SuggestedOption"]);
            Assert.Equal("TAGGED", tagged.Properties["SuggestedValue"]);
            Assert.Contains("tagPrefixList and tagPatternList can only be specified", tagged.GetMessage(), System.StringComparison.Ordinal);
            Assert.Equal("https://github.com/ecrgen/ecrgen/blob/main/docs/rules/ECR2002.md", tagged.Descriptor.HelpLinkUri);
            Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("ECR4", System.StringComparison.Ordinal));
            Assert.Equal(3, diagnostics.Count(d => d.Id.StartsWith("ECR", System.StringComparison.Ordinal)));
        }
    }
}
