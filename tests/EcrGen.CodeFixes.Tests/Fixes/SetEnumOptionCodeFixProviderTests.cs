using System.Threading.Tasks;
using EcrGen.CodeFixes.Fixes;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Xunit;
using static EcrGen.CodeFixes.Tests.FixTest;

namespace EcrGen.CodeFixes.Tests.Fixes
{
    /// <summary>ECR1003/ECR1004 (RemovalPolicy = DESTROY) and ECR2002 (TagStatus = TAGGED).</summary>
    public class SetEnumOptionCodeFixProviderTests
    {
        private static Task Code(string before, string after, string key)
            => VerifyAsync<RepositoryCodeAnalyzer, SetEnumOptionCodeFixProvider>(InStack(before), InStack(after), key);

        private static Task Attribute(string before, string after, string key)
            => VerifyAsync<AttributeAnalyzers, SetEnumOptionCodeFixProvider>(TopLevel(before), TopLevel(after), key);

        // ---------------- ECR1003 / ECR1004: RemovalPolicy.DESTROY ----------------

        [Fact]
        public Task ECR1003_Code_AddsToOneLineInitializer() => Code(
            """
                    new Repository(this, "Repo", new RepositoryProps { RepositoryName = "team/app", {|ECR1003:EmptyOnDelete = true|} });
            """,
            """
                    new Repository(this, "Repo", new RepositoryProps { RepositoryName = "team/app", EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY });
            """,
            EquivalenceKeys.SetRemovalPolicyDestroy);

        [Fact]
        public Task ECR1003_Code_AddsToMultilineInitializer_KeepsTrailingComment() => Code(
            """
                    new Repository(this, "Repo", new RepositoryProps
                    {
                        RepositoryName = "team/app",
                        {|ECR1003:EmptyOnDelete = true|} // clean up
                    });
            """,
            """
                    new Repository(this, "Repo", new RepositoryProps
                    {
                        RepositoryName = "team/app",
                        EmptyOnDelete = true, // clean up
                        RemovalPolicy = RemovalPolicy.DESTROY
                    });
            """,
            EquivalenceKeys.SetRemovalPolicyDestroy);

        [Fact]
        public Task ECR1003_ECR1004_Code_FixAll_ReplaceValueAndAddStatement() => Code(
            """
                    new Repository(this, "A", new RepositoryProps
                    {
                        RemovalPolicy = RemovalPolicy.RETAIN,
                        {|ECR1003:EmptyOnDelete = true|},
                    });
                    var props = new RepositoryProps();
                    {|ECR1004:props.AutoDeleteImages = true|};
                    new Repository(this, "B", props);
            """,
            """
                    new Repository(this, "A", new RepositoryProps
                    {
                        RemovalPolicy = RemovalPolicy.DESTROY,
                        EmptyOnDelete = true,
                    });
                    var props = new RepositoryProps();
                    {|ECR1030:props.AutoDeleteImages = true|};
                    props.RemovalPolicy = RemovalPolicy.DESTROY;
                    new Repository(this, "B", props);
            """,
            EquivalenceKeys.SetRemovalPolicyDestroy);

        [Fact]
        public Task ECR1003_Code_WithoutUsing_AddsTheUsing()
        {
            const string Before = """
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                public class AppStack : Amazon.CDK.Stack
                {
                    public AppStack(Construct scope, string id) : base(scope, id)
                    {
                        new Repository(this, "Repo", new RepositoryProps { {|ECR1003:EmptyOnDelete = true|} });
                    }
                }
                """;
            const string After = """
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                public class AppStack : Amazon.CDK.Stack
                {
                    public AppStack(Construct scope, string id) : base(scope, id)
                    {
                        new Repository(this, "Repo", new RepositoryProps { EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY });
                    }
                }
                """;
            return VerifyAsync<RepositoryCodeAnalyzer, SetEnumOptionCodeFixProvider>(Before, After, EquivalenceKeys.SetRemovalPolicyDestroy);
        }

        [Fact]
        public Task ECR1003_Code_UsingWouldBeAmbiguous_StaysQualified()
        {
            // "using Amazon.CDK;" would make Environment ambiguous (Amazon.CDK.Environment, System.Environment): not added.
            const string Before = """
                using System;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                public static class Settings
                {
                    public static string? Account => Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT");
                }

                public class AppStack : Amazon.CDK.Stack
                {
                    public AppStack(Construct scope, string id) : base(scope, id)
                    {
                        new Repository(this, "Repo", new RepositoryProps { {|ECR1003:EmptyOnDelete = true|} });
                    }
                }
                """;
            const string After = """
                using System;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                public static class Settings
                {
                    public static string? Account => Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT");
                }

                public class AppStack : Amazon.CDK.Stack
                {
                    public AppStack(Construct scope, string id) : base(scope, id)
                    {
                        new Repository(this, "Repo", new RepositoryProps { EmptyOnDelete = true, RemovalPolicy = Amazon.CDK.RemovalPolicy.DESTROY });
                    }
                }
                """;
            return VerifyAsync<RepositoryCodeAnalyzer, SetEnumOptionCodeFixProvider>(Before, After, EquivalenceKeys.SetRemovalPolicyDestroy);
        }

        [Fact]
        public Task ECR1003_Attribute_AddAndReplace_FixAll() => Attribute(
            """
            [EcrRepository("team/app", {|ECR1003:EmptyOnDelete = true|})]
            public partial class AppRepository { }

            [EcrRepository("team/web", RemovalPolicy = RemovalPolicy.SNAPSHOT, {|ECR1003:EmptyOnDelete = true|})]
            public partial class WebRepository { }
            """,
            """
            [EcrRepository("team/app", EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY)]
            public partial class AppRepository { }

            [EcrRepository("team/web", RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true)]
            public partial class WebRepository { }
            """,
            EquivalenceKeys.SetRemovalPolicyDestroy);

        [Fact]
        public Task ECR1003_Attribute_WithoutCdkUsing_AddsTheUsing() => VerifyAsync<AttributeAnalyzers, SetEnumOptionCodeFixProvider>(
            """
            using EcrGen;

            [EcrRepository("team/app", {|ECR1003:EmptyOnDelete = true|})]
            public partial class AppRepository { }
            """,
            """
            using Amazon.CDK;
            using EcrGen;

            [EcrRepository("team/app", EmptyOnDelete = true, RemovalPolicy = RemovalPolicy.DESTROY)]
            public partial class AppRepository { }
            """,
            EquivalenceKeys.SetRemovalPolicyDestroy);

        // ---------------- ECR2002: TagStatus.TAGGED ----------------

        [Fact]
        public Task ECR2002_Code_ReplacesTheMemberName() => Code(
            """
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, {|ECR2002:TagPrefixList = new[] { "v" }|}, MaxImageCount = 5 });
            """,
            """
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "v" }, MaxImageCount = 5 });
            """,
            EquivalenceKeys.SetTagStatusTagged);

        [Fact]
        public Task ECR2002_Code_FixAll_StatementAndQualifiedName() => Code(
            """
                    var repo = new Repository(this, "Repo");
                    var rule = new LifecycleRule { {|ECR2002:TagPatternList = new[] { "rc-*" }|}, MaxImageCount = 3, RulePriority = 3 };
                    rule.TagStatus = TagStatus.ANY;
                    repo.AddLifecycleRule(rule);
                    repo.AddLifecycleRule(new LifecycleRule
                    {
                        RulePriority = 2,
                        TagStatus = Amazon.CDK.AWS.ECR.TagStatus.UNTAGGED,
                        {|ECR2002:TagPrefixList = new[] { "v" }|},
                        MaxImageCount = 5,
                    });
            """,
            """
                    var repo = new Repository(this, "Repo");
                    var rule = new LifecycleRule { TagPatternList = new[] { "rc-*" }, MaxImageCount = 3, RulePriority = 3 };
                    rule.TagStatus = TagStatus.TAGGED;
                    repo.AddLifecycleRule(rule);
                    repo.AddLifecycleRule(new LifecycleRule
                    {
                        RulePriority = 2,
                        TagStatus = Amazon.CDK.AWS.ECR.TagStatus.TAGGED,
                        TagPrefixList = new[] { "v" },
                        MaxImageCount = 5,
                    });
            """,
            EquivalenceKeys.SetTagStatusTagged);

        [Fact]
        public Task ECR2002_Code_UsingStatic_ReplacesTheIdentifier() => VerifyAsync<RepositoryCodeAnalyzer, SetEnumOptionCodeFixProvider>(
            """
            using Amazon.CDK.AWS.ECR;
            using Constructs;
            using static Amazon.CDK.AWS.ECR.TagStatus;

            public class AppStack : Amazon.CDK.Stack
            {
                public AppStack(Construct scope, string id) : base(scope, id)
                {
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = UNTAGGED, {|ECR2002:TagPrefixList = new[] { "v" }|}, MaxImageCount = 5 });
                }
            }
            """,
            """
            using Amazon.CDK.AWS.ECR;
            using Constructs;
            using static Amazon.CDK.AWS.ECR.TagStatus;

            public class AppStack : Amazon.CDK.Stack
            {
                public AppStack(Construct scope, string id) : base(scope, id)
                {
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagStatus = TAGGED, TagPrefixList = new[] { "v" }, MaxImageCount = 5 });
                }
            }
            """,
            EquivalenceKeys.SetTagStatusTagged);

        [Fact]
        public Task ECR2002_Attribute_FixAll() => Attribute(
            """
            [EcrRepository("team/app")]
            [LifecycleRule(RulePriority = 1, TagStatus = TagStatus.UNTAGGED, {|ECR2002:TagPrefixList = new[] { "v" }|}, MaxImageCount = 5)]
            [LifecycleRule(RulePriority = 2, {|ECR2002:TagPatternList = new[] { "dev-*" }|}, TagStatus = TagStatus.ANY, MaxImageAgeDays = 7)]
            public partial class AppRepository { }
            """,
            """
            [EcrRepository("team/app")]
            [LifecycleRule(RulePriority = 1, TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "v" }, MaxImageCount = 5)]
            [LifecycleRule(RulePriority = 2, TagPatternList = new[] { "dev-*" }, TagStatus = TagStatus.TAGGED, MaxImageAgeDays = 7)]
            public partial class AppRepository { }
            """,
            EquivalenceKeys.SetTagStatusTagged);
    }
}
