using System.Threading.Tasks;
using EcrGen.CodeFixes.Fixes;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Xunit;
using static EcrGen.CodeFixes.Tests.FixTest;

namespace EcrGen.CodeFixes.Tests.Fixes
{
    /// <summary>ECR3005 (Tag), ECR1008 (AutoDeleteImages), ECR2004 (either list), ECR2001 (count or age).</summary>
    public class RemoveConflictingOptionCodeFixProviderTests
    {
        private static Task Repository(string before, string after, string key)
            => VerifyAsync<RepositoryCodeAnalyzer, RemoveConflictingOptionCodeFixProvider>(InStack(before), InStack(after), key);

        private static Task Image(string before, string after)
            => VerifyAsync<ImageCodeAnalyzer, RemoveConflictingOptionCodeFixProvider>(
                InStack("        var repo = new Repository(this, \"Repo\");\n" + before),
                InStack("        var repo = new Repository(this, \"Repo\");\n" + after),
                EquivalenceKeys.RemoveTag);

        private static Task Attribute(string before, string after, string key)
            => VerifyAsync<AttributeAnalyzers, RemoveConflictingOptionCodeFixProvider>(TopLevel(before), TopLevel(after), key);

        // ---------------- ECR3005: Tag next to TagOrDigest ----------------

        [Fact]
        public Task ECR3005_Code_FirstMemberOneLine() => Image(
            """
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { {|ECR3005:Tag = "v1"|}, TagOrDigest = "v2" });
            """,
            """
                    DockerImageCode.FromEcr(repo, new EcrImageCodeProps { TagOrDigest = "v2" });
            """);

        [Fact]
        public Task ECR3005_Code_FixAll_StatementAndMultilineWithTrailingComma() => Image(
            """
                    var props = new EcrImageCodeProps { TagOrDigest = "v2" };
                    {|ECR3005:props.Tag = "v1"|};
                    var code = DockerImageCode.FromEcr(repo, props);
                    new EcrImageCode(repo, new EcrImageCodeProps
                    {
                        TagOrDigest = "v3",
                        {|ECR3005:Tag = "v4"|}, // old
                        WorkingDirectory = "/app",
                    });
            """,
            """
                    var props = new EcrImageCodeProps { TagOrDigest = "v2" };
                    var code = DockerImageCode.FromEcr(repo, props);
                    new EcrImageCode(repo, new EcrImageCodeProps
                    {
                        TagOrDigest = "v3",
                        WorkingDirectory = "/app",
                    });
            """);

        [Fact]
        public Task ECR3005_Attribute() => Attribute(
            """
            [EcrRepository("team/app")]
            [EcrImageCode("Api", TagOrDigest = "v2", {|ECR3005:Tag = "v1"|})]
            public partial class AppRepository { }
            """,
            """
            [EcrRepository("team/app")]
            [EcrImageCode("Api", TagOrDigest = "v2")]
            public partial class AppRepository { }
            """,
            EquivalenceKeys.RemoveTag);

        // ---------------- ECR1008: AutoDeleteImages next to EmptyOnDelete ----------------

        [Fact]
        public Task ECR1008_Code_LastMemberWithoutTrailingComma() => Repository(
            """
                    new Repository(this, "Repo", new RepositoryProps
                    {
                        RemovalPolicy = RemovalPolicy.DESTROY,
                        EmptyOnDelete = true,
                        {|ECR1008:AutoDeleteImages = true|}
                    });
            """,
            """
                    new Repository(this, "Repo", new RepositoryProps
                    {
                        RemovalPolicy = RemovalPolicy.DESTROY,
                        EmptyOnDelete = true
                    });
            """,
            EquivalenceKeys.RemoveAutoDeleteImages);

        [Fact]
        public Task ECR1008_Code_FixAll_MiddleMemberAndStatement() => Repository(
            """
                    new Repository(this, "A", new RepositoryProps { EmptyOnDelete = false, {|ECR1008:AutoDeleteImages = false|}, ImageScanOnPush = true });
                    var props = new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true };
                    {|ECR1008:props.AutoDeleteImages = true|};
                    new Repository(this, "B", props);
            """,
            """
                    new Repository(this, "A", new RepositoryProps { EmptyOnDelete = false, ImageScanOnPush = true });
                    var props = new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true };
                    new Repository(this, "B", props);
            """,
            EquivalenceKeys.RemoveAutoDeleteImages);

        // ---------------- ECR2004: both lists ----------------

        [Fact]
        public Task ECR2004_Code_RemovePatternList() => Repository(
            """
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "v" }, {|ECR2004:TagPatternList = new[] { "v*" }|}, MaxImageCount = 5 });
            """,
            """
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "v" }, MaxImageCount = 5 });
            """,
            EquivalenceKeys.RemoveTagPatternList);

        [Fact]
        public Task ECR2004_Code_RemovePrefixList() => Repository(
            """
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagPrefixList = new[] { "v" }, {|ECR2004:TagPatternList = new[] { "v*" }|}, MaxImageCount = 5 });
            """,
            """
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { TagPatternList = new[] { "v*" }, MaxImageCount = 5 });
            """,
            EquivalenceKeys.RemoveTagPrefixList);

        [Fact]
        public Task ECR2004_Attribute_FixAll_RemovePrefixList() => Attribute(
            """
            [EcrRepository("team/app")]
            [LifecycleRule(RulePriority = 1, TagPrefixList = new[] { "v" }, {|ECR2004:TagPatternList = new[] { "v*" }|}, MaxImageCount = 5)]
            [LifecycleRule(RulePriority = 2, TagPrefixList = new[] { "dev" }, {|ECR2004:TagPatternList = new[] { "dev*" }|}, MaxImageAgeDays = 7)]
            public partial class AppRepository { }
            """,
            """
            [EcrRepository("team/app")]
            [LifecycleRule(RulePriority = 1, TagPatternList = new[] { "v*" }, MaxImageCount = 5)]
            [LifecycleRule(RulePriority = 2, TagPatternList = new[] { "dev*" }, MaxImageAgeDays = 7)]
            public partial class AppRepository { }
            """,
            EquivalenceKeys.RemoveTagPrefixList);

        // ---------------- ECR2001: count and age ----------------

        [Fact]
        public Task ECR2001_Code_RemoveAge_OneLine() => Repository(
            """
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 5, {|ECR2001:MaxImageAge = Duration.Days(30)|} });
            """,
            """
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 5 });
            """,
            EquivalenceKeys.RemoveMaxImageAge);

        [Fact]
        public Task ECR2001_Code_RemoveCount_Multiline() => Repository(
            """
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule
                    {
                        Description = "old",
                        MaxImageCount = 5,
                        {|ECR2001:MaxImageAge = Duration.Days(30)|}
                    });
            """,
            """
                    var repo = new Repository(this, "Repo");
                    repo.AddLifecycleRule(new LifecycleRule
                    {
                        Description = "old",
                        MaxImageAge = Duration.Days(30)
                    });
            """,
            EquivalenceKeys.RemoveMaxImageCount);

        [Fact]
        public Task ECR2001_Code_FixAll_RulesInPropsAndStatement() => Repository(
            """
                    var rule = new LifecycleRule { TagPrefixList = new[] { "v" }, MaxImageCount = 5 };
                    {|ECR2001:rule.MaxImageAge = Duration.Days(30)|};
                    new Repository(this, "Repo", new RepositoryProps
                    {
                        LifecycleRules = new[]
                        {
                            rule,
                            new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 50, {|ECR2001:MaxImageAge = Duration.Days(90)|} },
                        },
                    });
            """,
            """
                    var rule = new LifecycleRule { TagPrefixList = new[] { "v" }, MaxImageCount = 5 };
                    new Repository(this, "Repo", new RepositoryProps
                    {
                        LifecycleRules = new[]
                        {
                            rule,
                            new LifecycleRule { TagStatus = TagStatus.ANY, MaxImageCount = 50 },
                        },
                    });
            """,
            EquivalenceKeys.RemoveMaxImageAge);

        [Fact]
        public Task ECR2001_Attribute_RemoveAgeDays() => Attribute(
            """
            [EcrRepository("team/app")]
            [LifecycleRule(MaxImageCount = 5, {|ECR2001:MaxImageAgeDays = 30|})]
            public partial class AppRepository { }
            """,
            """
            [EcrRepository("team/app")]
            [LifecycleRule(MaxImageCount = 5)]
            public partial class AppRepository { }
            """,
            EquivalenceKeys.RemoveMaxImageAge);

        [Fact]
        public Task ECR2001_Attribute_RemoveCount() => Attribute(
            """
            [EcrRepository("team/app")]
            [LifecycleRule(MaxImageCount = 5, {|ECR2001:MaxImageAgeDays = 30|}, Description = "d")]
            public partial class AppRepository { }
            """,
            """
            [EcrRepository("team/app")]
            [LifecycleRule(MaxImageAgeDays = 30, Description = "d")]
            public partial class AppRepository { }
            """,
            EquivalenceKeys.RemoveMaxImageCount);
    }
}
