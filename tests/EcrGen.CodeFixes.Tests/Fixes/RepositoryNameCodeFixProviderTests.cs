using System.Threading;
using System.Threading.Tasks;
using EcrGen.CodeFixes.Fixes;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Xunit;
using static EcrGen.CodeFixes.Tests.FixTest;

namespace EcrGen.CodeFixes.Tests.Fixes
{
    public class RepositoryNameCodeFixProviderTests
    {
        private static Task Code(string before, string after)
            => VerifyAsync<RepositoryCodeAnalyzer, RepositoryNameCodeFixProvider>(InStack(before), InStack(after), EquivalenceKeys.FixRepositoryName);

        private static Task Attribute(string before, string after)
            => VerifyAsync<AttributeAnalyzers, RepositoryNameCodeFixProvider>(TopLevel(before), TopLevel(after), EquivalenceKeys.FixRepositoryName);

        [Fact]
        public Task ECR1002_Code_Initializer() => Code(
            """
                    new Repository(this, "Repo", new RepositoryProps { {|ECR1002:RepositoryName = "MyTeam/My App"|} });
            """,
            """
                    new Repository(this, "Repo", new RepositoryProps { RepositoryName = "myteam/my-app" });
            """);

        [Fact]
        public Task ECR1002_Code_FixAll_InitializerAndStatement() => Code(
            """
                    new Repository(this, "Repo", new RepositoryProps { {|ECR1002:RepositoryName = "Team__App"|} });
                    var props = new RepositoryProps { EmptyOnDelete = false };
                    {|ECR1002:props.RepositoryName = "/Team//Web/"|};
                    new Repository(this, "Web", props);
            """,
            """
                    new Repository(this, "Repo", new RepositoryProps { RepositoryName = "team_app" });
                    var props = new RepositoryProps { EmptyOnDelete = false };
                    props.RepositoryName = "team/web";
                    new Repository(this, "Web", props);
            """);

        [Fact]
        public Task ECR1001_ECR1002_TooLongAndUppercase_FixAll()
        {
            var name = "Team/" + new string('A', 300);
            var fixedName = "team/" + new string('a', 251);
            return Code(
                $$"""
                        new Repository(this, "Repo", new RepositoryProps { {|ECR1001:{|ECR1002:RepositoryName = "{{name}}"|}|} });
                """,
                $$"""
                        new Repository(this, "Repo", new RepositoryProps { RepositoryName = "{{fixedName}}" });
                """);
        }

        [Fact]
        public Task NoFix_WhenNothingValidRemains()
        {
            var source = InStack("""
                        new Repository(this, "Repo", new RepositoryProps { {|ECR1001:RepositoryName = "a"|} });
                        new Repository(this, "Other", new RepositoryProps { {|ECR1001:{|ECR1002:RepositoryName = "!"|}|} });
                """);
            return VerifyAsync<RepositoryCodeAnalyzer, RepositoryNameCodeFixProvider>(source, source);
        }

        [Fact]
        public Task ECR1002_Attribute_ConstructorAndNamedArgument_FixAll() => Attribute(
            """
            [EcrRepository({|ECR1002:"MyTeam/App"|})]
            public partial class AppRepository { }

            [EcrRepository({|ECR1002:RepositoryName = "Web.App-"|}, ImageScanOnPush = true)]
            public partial class WebRepository { }
            """,
            """
            [EcrRepository("myteam/app")]
            public partial class AppRepository { }

            [EcrRepository(RepositoryName = "web.app", ImageScanOnPush = true)]
            public partial class WebRepository { }
            """);

        [Fact]
        public Task ECR1002_Attribute_ConstantInTheSameFile_IsFixedInTheConstant() => Attribute(
            """
            [EcrRepository({|ECR1002:Names.App|})]
            public partial class AppRepository { }

            internal static class Names
            {
                public const string App = "Team/App";
            }
            """,
            """
            [EcrRepository(Names.App)]
            public partial class AppRepository { }

            internal static class Names
            {
                public const string App = "team/app";
            }
            """);

        [Fact]
        public Task ECR1002_FixAll_AcrossDocuments()
        {
            var test = Create<RepositoryCodeAnalyzer, RepositoryNameCodeFixProvider>(
                InStack("""
                        new Repository(this, "Repo", new RepositoryProps { {|ECR1002:RepositoryName = "Team/App"|} });
                """),
                InStack("""
                        new Repository(this, "Repo", new RepositoryProps { RepositoryName = "team/app" });
                """),
                EquivalenceKeys.FixRepositoryName);
            const string Other = """
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                public class OtherStack : Stack
                {
                    public OtherStack(Construct scope, string id) : base(scope, id)
                    {
                        new Repository(this, "Web", new RepositoryProps { {|ECR1002:RepositoryName = "Team/Web"|} });
                    }
                }
                """;
            test.TestState.Sources.Add(("/0/Other.cs", Other));
            test.FixedState.Sources.Add(("/0/Other.cs", Other.Replace("{|ECR1002:", string.Empty).Replace("|}", string.Empty).Replace("Team/Web", "team/web")));
            return test.RunAsync(CancellationToken.None);
        }
    }
}
