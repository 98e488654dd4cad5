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

        private static Task VerifySecurity(string body, string members = "") => VerifyAsync<SecurityAnalyzer>(InStack(body, members), security: true);

        // ---------------- R1–R9 ----------------

        [Fact]
        public Task ECR1001_NameTooShort() => Verify("""
                    new Repository(this, "Repo", new RepositoryProps { {|ECR1001:RepositoryName = "a"|} });
            """);

        [Fact]
        public Task ECR1001_ECR1002_Negative_ValidNames() => Verify("""
                    new Repository(this, "A", new RepositoryProps { RepositoryName = "ab" });
                    new Repository(this, "B", new RepositoryProps { RepositoryName = "my-team/app.web_1" });
            """);

        [Fact]
        public Task ECR1002_UppercaseName() => Verify("""
                    new Repository(this, "Repo", new RepositoryProps { {|ECR1002:RepositoryName = "MyTeam/App"|} });
            """);

        [Fact]
        public Task ECR1002_ConstantConcatenationAndInterpolation() => Verify("""
                    new Repository(this, "A", new RepositoryProps { {|ECR1002:RepositoryName = Team + "/app"|} });
                    new Repository(this, "B", new RepositoryProps { {|ECR1002:RepositoryName = $"{Team}//app"|} });
            """, members: """
                private const string Team = "Team";
            """);

        [Fact]
        public Task ECR1002_PropsBuiltInOneStatementCompletedInAnother() => Verify("""
                    var props = new RepositoryProps { ImageScanOnPush = true };
                    {|ECR1002:props.RepositoryName = "Bad_Name"|};
                    new Repository(this, "Repo", props);
            """);

        [Fact]
        public Task ECR1003_EmptyOnDeleteWithoutDestroy() => Verify("""
                    new Repository(this, "A", new RepositoryProps { {|ECR1003:EmptyOnDelete = true|} });
                    new Repository(this, "B", new RepositoryProps { {|ECR1003:EmptyOnDelete = true|}, RemovalPolicy = RemovalPolicy.RETAIN });
            """);

        [Fact]
        public Task ECR1003_Negative_Destroy() => Verify("""
                    new Repository(this, "A", new RepositoryProps { EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY });
                    new Repository(this, "B", new RepositoryProps { EmptyOnDelete = false });
            """);

        [Fact]
        public Task ECR1004_AutoDeleteImagesWithoutDestroy() => Verify("""
                    new Repository(this, "A", new RepositoryProps { {|ECR1004:AutoDeleteImages = true|} });
                    new Repository(this, "B", new RepositoryProps { {|ECR1030:AutoDeleteImages = true|}, RemovalPolicy = RemovalPolicy.DESTROY });
            """);

        // ---------------- T10: the deprecated AutoDeleteImages (ECR1030) ----------------

        [Fact]
        public Task ECR1030_AutoDeleteImages_InitializerAndStatementForms() => Verify("""
                    new Repository(this, "A", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, {|ECR1030:AutoDeleteImages = true|} });
                    var props = new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY };
                    {|ECR1030:props.AutoDeleteImages = true|};
                    new Repository(this, "B", props);
                    new Repository(this, "C", new RepositoryProps { RemovalPolicy = policy, {|ECR1030:AutoDeleteImages = true|} });
                    new Repository(this, "D", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, {|ECR1030:AutoDeleteImages = cleanUp|} });
            """, members: """
                private readonly bool cleanUp = true;
                private readonly RemovalPolicy policy = RemovalPolicy.DESTROY;
            """);

        [Fact]
        public Task ECR1030_Negative_FalseOrReportedByAnotherRule() => Verify("""
                    // AutoDeleteImages = false empties nothing: W3 (ECR1010), not the deprecation.
                    new Repository(this, "A", new RepositoryProps { AutoDeleteImages = false, {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|} });
                    new Repository(this, "B", new RepositoryProps { {|ECR1004:AutoDeleteImages = true|}, RemovalPolicy = RemovalPolicy.RETAIN });
                    new Repository(this, "C", new RepositoryProps { EmptyOnDelete = true, {|ECR1008:AutoDeleteImages = true|}, RemovalPolicy = RemovalPolicy.DESTROY });
                    new Repository(this, "D", new RepositoryProps { EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY });
            """);

        [Fact]
        public Task ECR1005_KeyWithAes256() => Verify("""
                    var key = new Amazon.CDK.AWS.KMS.Key(this, "Key");
                    new Repository(this, "A", new RepositoryProps { EncryptionKey = key, {|ECR1005:Encryption = RepositoryEncryption.AES_256|} });
                    new Repository(this, "B", new RepositoryProps { EncryptionKey = key, Encryption = RepositoryEncryption.KMS });
                    new Repository(this, "C", new RepositoryProps { EncryptionKey = key });
            """);

        [Fact]
        public Task ECR1006_RegistryId() => Verify("""
                    new Repository(this, "A", new RepositoryProps { {|ECR1006:LifecycleRegistryId = "1234"|} });
                    new Repository(this, "B", new RepositoryProps { LifecycleRegistryId = "123456789012" });
            """);

        [Fact]
        public Task ECR1007_UndefinedTagMutability() => Verify("""
                    new Repository(this, "A", new RepositoryProps { {|ECR1007:ImageTagMutability = (TagMutability)7|} });
                    new Repository(this, "B", new RepositoryProps { ImageTagMutability = TagMutability.IMMUTABLE });
            """);

        [Fact]
        public Task ECR1008_EmptyOnDeleteAndAutoDeleteImages() => Verify("""
                    new Repository(this, "A", new RepositoryProps { EmptyOnDelete = true, {|ECR1008:AutoDeleteImages = true|}, RemovalPolicy = RemovalPolicy.DESTROY });
                    new Repository(this, "B", new RepositoryProps { EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY });
            """);

        // ---------------- W3: DESTROY without EmptyOnDelete (ECR1010) ----------------

        [Fact]
        public Task ECR1010_DestroyWithoutEmptyOnDelete_InitializerAndStatementForms() => Verify("""
                    new Repository(this, "A", new RepositoryProps { RepositoryName = "team/a", {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|} });
                    new Repository(this, "A2", new RepositoryProps { {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|}, EmptyOnDelete = false });
                    var props = new RepositoryProps { RepositoryName = "team/b" };
                    {|ECR1010:props.RemovalPolicy = RemovalPolicy.DESTROY|};
                    new Repository(this, "B", props);
            """);

        [Fact]
        public Task ECR1010_SubclassBaseConstructorProps() => VerifyAsync<RepositoryCodeAnalyzer>(TopLevel("""
            public class AppRepository : Repository
            {
                public AppRepository(Construct scope, string id)
                    : base(scope, id, new RepositoryProps { {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|} })
                {
                }
            }
            """));

        [Fact]
        public Task ECR1010_Negative_EmptiedRetainedOrDecidedElsewhere() => Verify("""
                    new Repository(this, "A", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true });
                    new Repository(this, "C", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, {|ECR1030:AutoDeleteImages = true|} });
                    new Repository(this, "D", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = cleanUp });
                    new Repository(this, "E", new RepositoryProps { RemovalPolicy = RemovalPolicy.RETAIN });
                    new Repository(this, "F", new RepositoryProps { RemovalPolicy = mutablePolicy });
                    new Repository(this, "G", new RepositoryProps());
                    var configured = new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY };
                    Configure(configured);
                    new Repository(this, "H", configured);
                    var shared = new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY };
                    Props = shared;
            """, members: """
                private readonly bool cleanUp = true;
                public RemovalPolicy mutablePolicy = RemovalPolicy.DESTROY;
                public RepositoryProps? Props { get; private set; }
                private static void Configure(RepositoryProps props) => props.EmptyOnDelete = true;
                private static RepositoryProps Make() => new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY };
            """);

        [Fact]
        public async Task ECR1010_Cdk2103_SuggestsAutoDeleteImages()
        {
            var test = EcrGen.Testing.AnalyzerVerifier<RepositoryCodeAnalyzer>.Create(InStack("""
                    new Repository(this, "A", new RepositoryProps { {|#0:RemovalPolicy = RemovalPolicy.DESTROY|} });
                    new Repository(this, "B", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, AutoDeleteImages = true });
            """));
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(EcrGen.Testing.TestReferences.AllWithCdk2103);
            test.DisabledDiagnostics.AddRange(SecurityIds);
            test.ExpectedDiagnostics.Add(EcrGen.Testing.AnalyzerVerifier<RepositoryCodeAnalyzer>.Diagnostic(EcrGen.SourceGenerators.Diagnostics.DiagnosticDescriptors.Of("ECR1010"))
                .WithLocation(0)
                .WithArguments("RemovalPolicy.DESTROY without AutoDeleteImages: deleting the stack fails once the repository holds images (ECR: \"cannot be deleted because it still contains images\"); set AutoDeleteImages = true (the referenced Amazon.CDK.Lib predates EmptyOnDelete, so AutoDeleteImages is the option it has) so the CDK empties the repository first, or keep RETAIN."));
            await test.RunAsync(System.Threading.CancellationToken.None);
        }

        // ---------------- W6: FromRepositoryArn (ECR1011) ----------------

        [Fact]
        public Task ECR1011_MalformedConstantArns() => Verify("""
                    Repository.FromRepositoryArn(this, "A", {|ECR1011:"arn:aws:ecr:us-east-1:123456789012:foo-ecr-repo-name"|});
                    Repository.FromRepositoryArn(this, "B", {|ECR1011:"repository/app"|});
                    Repository.FromRepositoryArn(this, "C", {|ECR1011:"arn:aws:ecr:repository/app"|});
                    Repository.FromRepositoryArn(this, "D", {|ECR1011:"arn:aws:s3:us-east-1:123456789012:repository/app"|});
                    Repository.FromRepositoryArn(this, "E", {|ECR1011:"arn:aws:ecr:us-east-1:1234:repository/app"|});
                    Repository.FromRepositoryArn(this, "F", {|ECR1011:"arn:aws:ecr:us-east-1:123456789012:repository/Team/App"|});
                    Repository.FromRepositoryArn(this, "G", {|ECR1011:BadArn|});
            """, members: """
                private const string BadArn = "arn:aws:ecr:eu-central-1:123456789012:base-image-repo";
            """);

        [Fact]
        public Task ECR1011_TokenArns() => Verify("""
                    var parameter = new CfnParameter(this, "RepoArn");
                    Repository.FromRepositoryArn(this, "A", {|ECR1011:parameter.ValueAsString|});
                    Repository.FromRepositoryArn(this, "B", {|ECR1011:Fn.ImportValue("SharedRepoArn")|});
                    var source = new Repository(this, "Source");
                    Repository.FromRepositoryArn(this, "C", {|ECR1011:source.RepositoryArn|});
                    var cfn = new CfnRepository(this, "Cfn");
                    Repository.FromRepositoryArn(this, "D", {|ECR1011:cfn.AttrArn|});
                    Repository.FromRepositoryArn(this, "E", {|ECR1011:$"arn:aws:ecr:{Aws.REGION}:{Aws.ACCOUNT_ID}:repository/app"|});
                    var imported = Fn.ImportValue("Other");
                    Repository.FromRepositoryArn(this, "F", {|ECR1011:imported|});
                    Repository.FromRepositoryArn(this, "G", {|ECR1011:Token.AsString(parameter.Value)|});
            """);

        [Fact]
        public Task ECR1011_Negative_ValidOrUnknownArns() => Verify("""
                    Repository.FromRepositoryArn(this, "A", "arn:aws:ecr:us-east-1:585695036304:repository/foo/bar/foo/fooo");
                    Repository.FromRepositoryArn(this, "B", "arn:aws-cn:ecr:cn-north-1:123456789012:repository/app");
                    Repository.FromRepositoryArn(this, "C", ArnFromConfig);
                    Repository.FromRepositoryArn(this, "D", System.Environment.GetEnvironmentVariable("REPO_ARN")!);
                    Repository.FromRepositoryArn(this, "E", $"arn:aws:ecr:{Region}:{Account}:repository/app");
                    Repository.FromRepositoryAttributes(this, "F", new RepositoryAttributes { RepositoryArn = Fn.ImportValue("Arn"), RepositoryName = "app" });
                    var other = Repository.FromRepositoryName(this, "G", "team/app");
                    Repository.FromRepositoryArn(this, "H", Arns.Of("team/app"));
            """, members: """
                private static readonly string ArnFromConfig = "arn:aws:ecr:us-east-1:123456789012:repository/app";
                private static class Arns { public static string Of(string name) => "arn:aws:ecr:us-east-1:123456789012:repository/" + name; }
            """);

        // ---------------- W7: repository policy statements (ECR1013) ----------------

        [Fact]
        public Task ECR1013_NoActionsOrNoPrincipals() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddToResourcePolicy({|ECR1013:new PolicyStatement|}(new PolicyStatementProps { Principals = new[] { new AccountPrincipal("123456789012") } }));
                    repo.AddToResourcePolicy({|ECR1013:new PolicyStatement|}(new PolicyStatementProps { Actions = new[] { "ecr:*" } }));
                    repo.AddToResourcePolicy({|ECR1013:new PolicyStatement|}(new PolicyStatementProps { Actions = new string[] { }, Principals = new IPrincipal[] { new AnyPrincipal() } }));
                    var empty = {|ECR1013:new PolicyStatement()|};
                    repo.AddToResourcePolicy(empty);
                    var later = {|ECR1013:new PolicyStatement()|};
                    later.AddResources("*");
                    repo.AddToResourcePolicy(later);
            """);

        [Fact]
        public Task ECR1013_SubclassAddsToItsOwnPolicy() => VerifyAsync<RepositoryCodeAnalyzer>(TopLevel("""
            public class AppRepository : Repository
            {
                public AppRepository(Construct scope, string id) : base(scope, id)
                {
                    AddToResourcePolicy({|ECR1013:new PolicyStatement|}(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" } }));
                }
            }
            """));

        [Fact]
        public Task ECR1013_Negative_CompleteUnknownOrImported() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" }, Principals = new[] { new AccountPrincipal("123456789012") } }));
                    repo.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps { NotActions = new[] { "ecr:DeleteRepository" }, NotPrincipals = new[] { new AccountPrincipal("123456789012") }, Effect = Effect.DENY }));
                    var built = new PolicyStatement();
                    built.AddActions("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer");
                    built.AddServicePrincipal("lambda.amazonaws.com");
                    repo.AddToResourcePolicy(built);
                    var any = new PolicyStatement(new PolicyStatementProps { Actions = actions });
                    any.AddAnyPrincipal();
                    repo.AddToResourcePolicy(any);
                    repo.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps { Actions = actions, Principals = principals }));
                    var configured = new PolicyStatement();
                    Configure(configured);
                    repo.AddToResourcePolicy(configured);
                    repo.AddToResourcePolicy(Make());
                    IRepository imported = Repository.FromRepositoryName(this, "Imported", "team/app");
                    {|ECR1012:imported.AddToResourcePolicy(new PolicyStatement())|};
                    repo.GrantPull(new ServicePrincipal("lambda.amazonaws.com"));
            """, members: """
                private readonly string[] actions = { "ecr:BatchGetImage" };
                private readonly IPrincipal[] principals = { new AccountPrincipal("123456789012") };
                private static void Configure(PolicyStatement statement) { statement.AddActions("ecr:*"); statement.AddAnyPrincipal(); }
                private static PolicyStatement Make() => new PolicyStatement();
            """);

        // ---------------- W4: presence, not value ----------------

        [Fact]
        public Task Presence_FactoryAlwaysSettingCountAndAge() => Verify("", members: """
            #nullable enable
                public static LifecycleRule Make(int count, int days) => new LifecycleRule { MaxImageCount = count, {|ECR2001:MaxImageAge = Duration.Days(days)|} };
                public static LifecycleRule MakeLong(long count, Duration age) => new LifecycleRule { MaxImageCount = count, {|ECR2001:MaxImageAge = age|} };
                public static LifecycleRule MakeBoth(bool flag) => new LifecycleRule { MaxImageCount = flag ? 1 : 2, {|ECR2001:MaxImageAge = Duration.Days(flag ? 1 : 2)|} };
            """);

        [Fact]
        public Task Presence_Negative_NullableValuesMayBeAbsent() => Verify("", members: """
            #nullable enable
                public static LifecycleRule Make(double? count, double? days) => new LifecycleRule { MaxImageCount = count, MaxImageAge = days is null ? null : Duration.Days(days.Value) };
                public static LifecycleRule MakeOptional(int count, Duration? age) => new LifecycleRule { MaxImageCount = count, MaxImageAge = age };
                public static LifecycleRule MakeEither(bool flag, int count) => new LifecycleRule { MaxImageCount = flag ? count : null, MaxImageAge = flag ? null : Duration.Days(count) };
                public static LifecycleRule MakeDefault(double? count = null) => new LifecycleRule { MaxImageCount = count, MaxImageAge = Duration.Days(7) };
            """);

        [Fact]
        public Task Presence_NullableDisabled_ReferencesMayBeNull() => Verify("", members: """
            #nullable disable
                public static LifecycleRule Make(int count, Duration age) => new LifecycleRule { MaxImageCount = count, MaxImageAge = age };
                public static LifecycleRule MakeTagged(string[] prefixes) => new LifecycleRule { TagStatus = TagStatus.ANY, TagPrefixList = prefixes, MaxImageCount = 1 };
            #nullable restore
            """);

        [Fact]
        public Task Presence_TagListWithStatusAndBothLists() => Verify("", members: """
            #nullable enable
                public static LifecycleRule Untagged(string[] prefixes) => new LifecycleRule { TagStatus = TagStatus.UNTAGGED, {|ECR2002:TagPrefixList = prefixes|}, MaxImageCount = 1 };
                public static LifecycleRule Both(string[] prefixes, string pattern) => new LifecycleRule { TagPrefixList = prefixes, {|ECR2004:TagPatternList = new[] { pattern }|}, MaxImageCount = 1 };
                public static LifecycleRule Tagged(string[] prefixes) => new LifecycleRule { TagPrefixList = prefixes, MaxImageCount = 1 };
            """);

        [Fact]
        public Task Presence_EmptyOnDeleteWithAutoDeleteImages_AndKeyWithAes256() => Verify("""
            #nullable enable
                    new Repository(this, "A", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = cleanUp, {|ECR1008:AutoDeleteImages = cleanUp|} });
                    new Repository(this, "B", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = maybe, AutoDeleteImages = true });
                    new Repository(this, "C", new RepositoryProps { EncryptionKey = Key, {|ECR1005:Encryption = RepositoryEncryption.AES_256|} });
                    new Repository(this, "D", new RepositoryProps { EncryptionKey = MaybeKey, Encryption = RepositoryEncryption.AES_256 });
            """, members: """
                private readonly bool cleanUp = true;
                private readonly bool? maybe = null;
                private Amazon.CDK.AWS.KMS.IKey Key { get; } = null!;
                private Amazon.CDK.AWS.KMS.IKey? MaybeKey { get; } = null;
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
                    var reassigned = "Upper";
                    reassigned = name ?? "lower";
                    new Repository(this, "F", new RepositoryProps { RepositoryName = reassigned });
                    new Repository(this, "G", new RepositoryProps { RepositoryName = Gated });
            """, members: """
                // Members anyone may write, written twice, or only in a branch: their value is not certain.
                public bool destroy = true;
                private RemovalPolicy policy = RemovalPolicy.RETAIN;
                private static string Lower = "NotAConstant";
                private readonly string Gated = "lower";

                public AppStack(Construct scope, string id, bool prod) : this(scope, id)
                {
                    policy = RemovalPolicy.DESTROY;
                    if (prod)
                    {
                        Lower = "ok";
                    }
                }
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
        public Task ECR2001_BothCountAndAge() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 5, {|ECR2001:MaxImageAge = Duration.Days(30)|} });
            """);

        [Fact]
        public Task ECR2001_Neither() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule({|ECR2001:new LifecycleRule|} { Description = "keeps nothing" });
            """);

        [Fact]
        public Task ECR2002_ListWithAnyStatus() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, {|ECR2002:TagPrefixList = new[] { "prod" }|}, MaxImageCount = 10 });
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, {|ECR2002:TagPatternList = new[] { "v*" }|}, MaxImageCount = 10 });
            """);

        [Fact]
        public Task ECR2002_ECR2003_Negative_TaggedWithList_OrListAlone() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "prod" }, MaxImageCount = 9999 });
                    repo.AddLifecycleRule(new LifecycleRule { TagPatternList = new[] { "dev-*" }, MaxImageCount = 5 });
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1) });
            """);

        [Fact]
        public Task ECR2003_TaggedWithoutList() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2003:TagStatus = TagStatus.TAGGED|}, MaxImageCount = 10 });
            """);

        [Fact]
        public Task ECR2004_BothLists() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "prod" }, {|ECR2004:TagPatternList = new[] { "prod*" }|}, MaxImageCount = 10 });
            """);

        [Fact]
        public Task ECR2005_FiveWildcards() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2005:TagPatternList = new[] { "ok*", "a*b*c*d*e*" }|}, MaxImageCount = 10 });
                    repo.AddLifecycleRule(new LifecycleRule { TagPatternList = new[] { "*a*b*c*" }, MaxImageCount = 10 });
            """);

        [Fact]
        public Task ECR2021_SeveralEntries_SelectImagesWithAllOfThem() => Verify("""
                    var repo = new Repository(this, "Repo", new RepositoryProps
                    {
                        LifecycleRules = new ILifecycleRule[] { new LifecycleRule { {|ECR2021:TagPrefixList = new[] { "prod", "release" }|}, MaxImageCount = 100 } },
                    });
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.TAGGED, {|ECR2021:TagPatternList = ["latest", "main"]|}, MaxImageCount = 1 });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "dev" }, MaxImageCount = 5 });
                    var branch = System.Environment.GetEnvironmentVariable("BRANCH") ?? "main";
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "feature", branch }, MaxImageCount = 5 });
            """);

        [Fact]
        public Task ECR2005_CollectionExpression() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2005:TagPatternList = ["a*b*c*d*e*"]|}, MaxImageCount = 10 });
            """);

        [Fact]
        public Task ECR2006_TwoAnyRulesAcrossCalls() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2006:TagStatus = TagStatus.ANY|}, MaxImageAge = Duration.Days(30) });
            """);

        [Fact]
        public Task ECR2006_AcrossPropsAndCall_OnAField() => Verify("""
                    Repo = new Repository(this, "Repo", new RepositoryProps
                    {
                        LifecycleRules = new ILifecycleRule[] { new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 } },
                    });
                    Repo.AddLifecycleRule(new LifecycleRule { {|ECR2006:TagStatus = TagStatus.ANY|}, MaxImageCount = 3 });
            """, members: """
                public Repository Repo { get; }
            """);

        [Fact]
        public Task ECR2006_RuleHeldInALocal() => Verify("""
                    var repo = new Repository(this, "Repo");
                    var keepFive = new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 };
                    var keepThree = new LifecycleRule { {|ECR2006:TagStatus = TagStatus.ANY|}, MaxImageCount = 3 };
                    repo.AddLifecycleRule(keepFive);
                    repo.AddLifecycleRule(keepThree);
            """);

        [Fact]
        public Task ECR2006_Negative_DifferentRepositories() => Verify("""
                    var first = new Repository(this, "First");
                    var second = new Repository(this, "Second");
                    first.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
                    second.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
            """);

        [Fact]
        public Task ECR2006_Negative_ExclusiveBranchesAndLoops() => Verify("""
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
        public Task ECR2006_Negative_FieldReassignedToAnotherRepository() => Verify("""
                    Repo = new Repository(this, "First");
                    Repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
                    Repo = new Repository(this, "Second");
                    Repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
            """, members: """
                public Repository Repo { get; set; }
            """);

        [Fact]
        public Task ECR2006_ParameterInAHelperMethod() => Verify("", members: """
                private static void AddRules(Repository repository)
                {
                    repository.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
                    repository.AddLifecycleRule(new LifecycleRule { {|ECR2006:TagStatus = TagStatus.ANY|}, MaxImageCount = 3 });
                }
            """);

        [Fact]
        public Task ECR2006_Negative_UnknownRulesAreNotJudged() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 5 });
                    repo.AddLifecycleRule(MakeRule());
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = status, MaxImageCount = 3 });
            """, members: """
                private readonly TagStatus status = TagStatus.UNTAGGED;
                private static LifecycleRule MakeRule() => new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageCount = 1 };
            """);

        [Fact]
        public Task ECR2007_AnyRuleNotHighest() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2007:RulePriority = 1|}, MaxImageCount = 5 });
                    repo.AddLifecycleRule(new LifecycleRule { RulePriority = 2, TagPrefixList = new[] { "prod" }, MaxImageCount = 9999 });
            """);

        [Fact]
        public Task ECR2007_ECR2008_Negative_UnprioritizedAnyGoesLast() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageAge = Duration.Days(30) });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "prod" }, MaxImageCount = 9999 });
                    repo.AddLifecycleRule(new LifecycleRule { RulePriority = 7, TagPrefixList = new[] { "dev" }, MaxImageCount = 10 });
            """);

        [Fact]
        public Task ECR2008_PrioritizedAnyWithUnprioritized() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "prod" }, MaxImageCount = 9999 });
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.ANY, {|ECR2008:RulePriority = 10|}, MaxImageCount = 5 });
            """);

        [Fact]
        public Task ECR2009_DuplicatePriorities() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { RulePriority = 1, TagPrefixList = new[] { "prod" }, MaxImageCount = 9999 });
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2009:RulePriority = 1|}, TagPrefixList = new[] { "dev" }, MaxImageCount = 10 });
                    repo.AddLifecycleRule(new LifecycleRule { RulePriority = 2, TagStatus = TagStatus.UNTAGGED, MaxImageCount = 1 });
            """);

        [Fact]
        public Task ECR2010_AgeNotWholeDays() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, {|ECR2010:MaxImageAge = Duration.Hours(36)|} });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "a" }, MaxImageAge = Duration.Hours(48) });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "b" }, {|ECR2010:MaxImageAge = Duration.Days(1.5)|} });
            """);

        [Fact]
        public Task ECR2011_CountAndAgeAtLeastOne() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, {|ECR2011:MaxImageCount = 0|} });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "a" }, {|ECR2011:MaxImageAge = Duration.Days(0)|} });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "b" }, MaxImageCount = 1 });
            """);

        [Fact]
        public Task ECR2014_TwoImplicitAnyRules() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 5 });
                    repo.AddLifecycleRule({|ECR2014:new LifecycleRule|} { MaxImageAge = Duration.Days(30) });
            """);

        [Fact]
        public Task ECR2015_PriorityNotPositive() => Verify("""
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2015:RulePriority = 0|}, TagPrefixList = new[] { "a" }, MaxImageCount = 1 });
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2015:RulePriority = -3|}, TagPrefixList = new[] { "b" }, MaxImageCount = 1 });
            """);

        [Fact]
        public Task ECR2016_MoreThanFiftyRules()
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
        public Task ECR2017_CfnParameterInARule() => Verify("""
                    var keep = new CfnParameter(this, "Keep", new CfnParameterProps { Type = "Number" });
                    var prefix = new CfnParameter(this, "Prefix");
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, {|ECR2017:MaxImageCount = keep.ValueAsNumber|} });
                    repo.AddLifecycleRule(new LifecycleRule { {|ECR2017:TagPrefixList = new[] { prefix.ValueAsString }|}, MaxImageCount = 3 });
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "x" }, {|ECR2017:MaxImageAge = Duration.Days(keep.ValueAsNumber)|} });
            """);

        [Fact]
        public Task ECR2014_HandWrittenRuleAfterTheAttributeRulesOfAnEcrGenClass() => VerifyAsync<RepositoryCodeAnalyzer>(TopLevel("""
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

        // ---------------- W5: policy changes on an imported repository ----------------

        [Fact]
        public Task ECR1012_ResourcePolicyOnImportedRepositoryIsDropped() => Verify("""
                    var byName = Repository.FromRepositoryName(this, "ByName", "team/app");
                    var statement = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" }, Principals = new[] { new AccountPrincipal("222222222222") } });
                    {|ECR1012:byName.AddToResourcePolicy(statement)|};
                    {|ECR1012:Repository.FromRepositoryArn(this, "ByArn", "arn:aws:ecr:eu-west-1:123456789012:repository/app").AddToResourcePolicy(statement)|};
                    var byAttributes = Repository.FromRepositoryAttributes(this, "ByAttributes", new RepositoryAttributes { RepositoryName = "app", RepositoryArn = "arn:aws:ecr:eu-west-1:123456789012:repository/app" });
                    {|ECR1012:byAttributes.AddToResourcePolicy(statement)|};
                    var asset = new Amazon.CDK.AWS.Ecr.Assets.DockerImageAsset(this, "Asset", new Amazon.CDK.AWS.Ecr.Assets.DockerImageAssetProps { Directory = "./image" });
                    {|ECR1012:asset.Repository.AddToResourcePolicy(statement)|};
            """);

        [Fact]
        public Task ECR1012_GrantToPrincipalWithoutIdentityPolicyIsDropped() => Verify("""
                    IRepository imported = Repository.FromRepositoryName(this, "Imported", "team/app");
                    {|ECR1012:imported.GrantPull(new ServicePrincipal("lambda.amazonaws.com"))|};
                    {|ECR1012:imported.GrantPullPush(new AccountPrincipal("222222222222"))|};
                    {|ECR1012:imported.GrantRead(new AccountRootPrincipal())|};
                    var any = new AnyPrincipal();
                    {|ECR1012:imported.Grant(any, "ecr:DescribeImages")|};
                    {|ECR1012:imported.GrantPull(new ArnPrincipal("arn:aws:iam::222222222222:role/deployer"))|};
                    {|ECR1012:imported.GrantPush(new CompositePrincipal(new AccountPrincipal("222222222222"), new ServicePrincipal("codebuild.amazonaws.com")))|};
            """);

        [Fact]
        public Task ECR1012_FromLookup_Cdk2277() => VerifyAsync<RepositoryCodeAnalyzer>(new[] { EcrGen.Testing.CdkRelease.V2_277 }, InStack("""
                    var found = Repository.FromLookup(this, "Found", new RepositoryLookupOptions { RepositoryName = "team/app" });
                    {|ECR1012:found.GrantPull(new ServicePrincipal("lambda.amazonaws.com"))|};
                    {|ECR1012:found.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" }, Principals = new[] { new AccountPrincipal("222222222222") } }))|};
            """));

        [Fact]
        public Task ECR1012_Negative_OwnedRepositoryOrGranteeWithIdentityPolicy() => Verify("""
                    var own = new Repository(this, "Own");
                    var statement = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" }, Principals = new[] { new AccountPrincipal("222222222222") } });
                    own.AddToResourcePolicy(statement);
                    own.GrantPull(new ServicePrincipal("lambda.amazonaws.com"));

                    // A role, a user or a function holds the permission in its own policy: the grant works on an imported repository.
                    var imported = Repository.FromRepositoryName(this, "Imported", "team/app");
                    var role = new Role(this, "Role", new RoleProps { AssumedBy = new ServicePrincipal("ecs-tasks.amazonaws.com") });
                    imported.GrantPull(role);
                    imported.GrantPullPush(new User(this, "User"));
                    imported.GrantPull(Role.FromRoleArn(this, "Existing", "arn:aws:iam::123456789012:role/existing"));
                    imported.GrantPull(Grantee());

                    // A principal that wraps another adds to the wrapped one's policy: not known to be dropped.
                    imported.GrantPull(new ServicePrincipal("lambda.amazonaws.com").WithConditions(new Dictionary<string, object>()));

                    // A repository whose origin the block cannot see.
                    Shared.AddToResourcePolicy(statement);
            """, members: """
                private IRepository Shared => Repository.FromRepositoryName(this, "Shared", "team/shared");
                private IGrantable Grantee() => new AccountRootPrincipal();
            """);

        // ---------------- S1–S4 (opt-in) ----------------

        [Fact]
        public Task ECR4001_GrantToAnyPrincipal() => VerifySecurity("""
                    var repo = new Repository(this, "Repo", new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, EncryptionKey = new Amazon.CDK.AWS.KMS.Key(this, "Key"), LifecycleRules = new[] { new LifecycleRule { MaxImageCount = 5 } } });
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
        public Task ECR4001_Negative_DenyAndNamedPrincipals() => VerifySecurity("""
                    var repo = new Repository(this, "Repo", new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, EncryptionKey = new Amazon.CDK.AWS.KMS.Key(this, "Key"), LifecycleRules = new[] { new LifecycleRule { MaxImageCount = 5 } } });
                    repo.GrantPull(new AccountRootPrincipal());
                    repo.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
                    {
                        Effect = Effect.DENY,
                        Actions = new[] { "ecr:*" },
                        Principals = new[] { new AnyPrincipal() },
                    }));
            """);

        [Fact]
        public Task ECR4001_L1PolicyDocuments() => VerifySecurity("""
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
        public Task ECR4001_Negative_L1PolicyDocuments() => VerifySecurity("""
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
        public Task ECR4002_ECR4003_ECR4004_BareRepository() => VerifySecurity("""
                    var repo = {|ECR4002:{|ECR4003:{|ECR4004:{|ECR4005:new Repository|}|}|}|}(this, "Repo");
                    {|ECR4004:new Repository|}(this, "Other", {|ECR4002:{|ECR4005:new RepositoryProps|}|} { {|ECR4003:ImageTagMutability = TagMutability.MUTABLE|} });
            """);

        [Fact]
        public Task ECR4002_ECR4003_ECR4004_Negative_HardenedRepository() => VerifyAsync<SecurityAnalyzer>(
            InStack("""
                    var key = new Amazon.CDK.AWS.KMS.Key(this, "Key");
                    var repo = new Repository(this, "Repo", new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, EncryptionKey = key });
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 10 });
                    Repo = new Repository(this, "Field", new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, Encryption = RepositoryEncryption.KMS, EncryptionKey = key });
                    var passedOn = new Repository(this, "Passed", new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, EncryptionKey = Amazon.CDK.AWS.KMS.Key.FromKeyArn(this, "Imported", "arn:aws:kms:eu-west-1:123456789012:key/k") });
                    AddRules(passedOn);
                    new Repository(this, "Unknown", Props());
            """, members: """
                public Repository Repo { get; }
                private static void AddRules(Repository repository) => repository.AddLifecycleRule(new LifecycleRule { MaxImageCount = 5 });
                private static RepositoryProps Props() => new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE };
            """),
            security: true);

        [Fact]
        public Task ECR4005_AwsManagedKeyOrAes256() => VerifySecurity("""
                    var scanned = new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE };
                    new Repository(this, "Managed", new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, {|ECR4005:Encryption = RepositoryEncryption.KMS|}, LifecycleRules = new[] { new LifecycleRule { MaxImageCount = 5 } } });
                    new Repository(this, "Aes", new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, {|ECR4005:Encryption = RepositoryEncryption.AES_256|}, LifecycleRules = new[] { new LifecycleRule { MaxImageCount = 5 } } });
                    new Repository(this, "Maybe", new RepositoryProps { ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, EncryptionKey = Key, LifecycleRules = new[] { new LifecycleRule { MaxImageCount = 5 } } });
            """, members: """
                public Amazon.CDK.AWS.KMS.IKey? Key { get; set; }
            """);

        [Fact]
        public Task ECR4002_RegistryScanningConfiguration_SatisfiesScanOnPush() => VerifyAsync<SecurityAnalyzer>(
            new[] { EcrGen.Testing.CdkRelease.V2_277 }, // CfnRegistryScanningConfiguration is not in 2.160.0
            InStack("""
                    new CfnRegistryScanningConfiguration(this, "RegistryScanning", new CfnRegistryScanningConfigurationProps
                    {
                        ScanType = "BASIC",
                        Rules = new[]
                        {
                            new CfnRegistryScanningConfiguration.ScanningRuleProperty
                            {
                                ScanFrequency = "SCAN_ON_PUSH",
                                RepositoryFilters = new[] { new CfnRegistryScanningConfiguration.RepositoryFilterProperty { Filter = "*", FilterType = "WILDCARD" } },
                            },
                        },
                    });
                    var repo = new Repository(this, "Repo", new RepositoryProps { ImageTagMutability = TagMutability.IMMUTABLE, EncryptionKey = new Amazon.CDK.AWS.KMS.Key(this, "Key") });
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 10 });
            """),
            security: true);

        [Fact]
        public Task ECR4002_RegistryScanningInACommentOrAnotherType_DoesNot() => VerifyAsync<SecurityAnalyzer>(
            InStack("""
                    // new CfnRegistryScanningConfiguration(...) is planned
                    var repo = new Repository(this, "Repo", {|ECR4002:new RepositoryProps|} { ImageTagMutability = TagMutability.IMMUTABLE, EncryptionKey = new Amazon.CDK.AWS.KMS.Key(this, "Key") });
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 10 });
                    var name = "CfnRegistryScanningConfiguration";
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
