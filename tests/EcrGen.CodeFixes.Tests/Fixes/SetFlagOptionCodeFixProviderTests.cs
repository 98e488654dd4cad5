using System.Threading.Tasks;
using EcrGen.CodeFixes.Fixes;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Xunit;
using static EcrGen.CodeFixes.Tests.FixTest;

namespace EcrGen.CodeFixes.Tests.Fixes
{
    /// <summary>ECR1010: EmptyOnDelete = true next to RemovalPolicy.DESTROY.</summary>
    public class SetFlagOptionCodeFixProviderTests
    {
        private static Task Code(string before, string after)
            => VerifyAsync<RepositoryCodeAnalyzer, SetFlagOptionCodeFixProvider>(InStack(before), InStack(after), EquivalenceKeys.SetEmptyOnDeleteTrue);

        private static Task Attribute(string before, string after)
            => VerifyAsync<AttributeAnalyzers, SetFlagOptionCodeFixProvider>(TopLevel(before), TopLevel(after), EquivalenceKeys.SetEmptyOnDeleteTrue);

        [Fact]
        public Task ECR1010_Code_AddsToOneLineInitializer() => Code(
            """
                    new Repository(this, "Repo", new RepositoryProps { RepositoryName = "team/app", {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|} });
            """,
            """
                    new Repository(this, "Repo", new RepositoryProps { RepositoryName = "team/app", RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true });
            """);

        [Fact]
        public Task ECR1010_Code_FixAll_InitializerAndStatement() => Code(
            """
                    new Repository(this, "A", new RepositoryProps
                    {
                        {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|},
                        ImageScanOnPush = true,
                    });
                    var props = new RepositoryProps { RepositoryName = "team/b" };
                    {|ECR1010:props.RemovalPolicy = RemovalPolicy.DESTROY|};
                    new Repository(this, "B", props);
            """,
            """
                    new Repository(this, "A", new RepositoryProps
                    {
                        RemovalPolicy = RemovalPolicy.DESTROY,
                        ImageScanOnPush = true,
                        EmptyOnDelete = true,
                    });
                    var props = new RepositoryProps { RepositoryName = "team/b" };
                    props.RemovalPolicy = RemovalPolicy.DESTROY;
                    props.EmptyOnDelete = true;
                    new Repository(this, "B", props);
            """);

        [Fact]
        public Task ECR1010_Code_FalseWrittenOut_IsReplacedByTrue() => Code(
            """
                    new Repository(this, "A", new RepositoryProps { {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|}, EmptyOnDelete = false });
                    var props = new RepositoryProps { {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|} };
                    props.EmptyOnDelete = false;
                    new Repository(this, "B", props);
            """,
            """
                    new Repository(this, "A", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true });
                    var props = new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY };
                    props.EmptyOnDelete = true;
                    new Repository(this, "B", props);
            """);

        [Fact]
        public Task ECR1010_Attribute_FalseWrittenOut_IsReplacedByTrue() => Attribute(
            """
            [EcrRepository("team/a", {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|}, EmptyOnDelete = false)]
            public partial class A { }
            """,
            """
            [EcrRepository("team/a", RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true)]
            public partial class A { }
            """);

        [Fact]
        public Task ECR1010_Attribute_FixAll_AddsTheNamedArgument() => Attribute(
            """
            [EcrRepository("team/a", {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|})]
            public partial class A { }

            [EcrRepository({|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|}, ImageScanOnPush = true)]
            public partial class B { }
            """,
            """
            [EcrRepository("team/a", RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true)]
            public partial class A { }

            [EcrRepository(RemovalPolicy = RemovalPolicy.DESTROY, ImageScanOnPush = true, EmptyOnDelete = true)]
            public partial class B { }
            """);
    }
}
