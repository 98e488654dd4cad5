using System.Threading;
using System.Threading.Tasks;
using EcrGen.CodeFixes.Fixes;
using EcrGen.SourceGenerators.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static EcrGen.CodeFixes.Tests.FixTest;

namespace EcrGen.CodeFixes.Tests.Fixes
{
    /// <summary>ECR1030: rename the deprecated AutoDeleteImages to EmptyOnDelete.</summary>
    public class EmptyOnDeleteCodeFixProviderTests
    {
        private static Task Code(string before, string after)
            => VerifyAsync<RepositoryCodeAnalyzer, EmptyOnDeleteCodeFixProvider>(InStack(before), InStack(after), EquivalenceKeys.UseEmptyOnDelete);

        [Fact]
        public Task ECR1030_Code_Initializer() => Code(
            """
                    new Repository(this, "A", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, {|ECR1030:AutoDeleteImages = true|} });
            """,
            """
                    new Repository(this, "A", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true });
            """);

        [Fact]
        public Task ECR1030_Code_FixAll_InitializerAndStatement() => Code(
            """
                    var props = new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY };
                    {|ECR1030:props.AutoDeleteImages = true|};
                    new Repository(this, "A", props);
                    new Repository(this, "B", new RepositoryProps
                    {
                        {|ECR1030:AutoDeleteImages = true|},
                        RemovalPolicy = RemovalPolicy.DESTROY,
                    });
            """,
            """
                    var props = new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY };
                    props.EmptyOnDelete = true;
                    new Repository(this, "A", props);
                    new Repository(this, "B", new RepositoryProps
                    {
                        EmptyOnDelete = true,
                        RemovalPolicy = RemovalPolicy.DESTROY,
                    });
            """);

        [Fact]
        public Task ECR1030_Code_ObsoleteWarningGoesAway()
        {
            // Checked with compiler warnings on (as MSBuild reports them): the fix leaves no CS0618 and adds no warning.
            var test = Create<RepositoryCodeAnalyzer, EmptyOnDeleteCodeFixProvider>(
                TopLevel("""
                    internal sealed class AppStack : Stack
                    {
                        internal AppStack(Construct scope, string id) : base(scope, id)
                        {
                            new Repository(this, "A", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, {|ECR1030:{|CS0618:AutoDeleteImages|} = true|} });
                        }
                    }
                    """),
                TopLevel("""
                    internal sealed class AppStack : Stack
                    {
                        internal AppStack(Construct scope, string id) : base(scope, id)
                        {
                            new Repository(this, "A", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true });
                        }
                    }
                    """),
                EquivalenceKeys.UseEmptyOnDelete);
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task ECR1008_IsNotRenamed_ItsOwnFixRemovesTheOption() => Code(
            """
                    new Repository(this, "A", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true, {|ECR1008:AutoDeleteImages = true|} });
            """,
            """
                    new Repository(this, "A", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true, {|ECR1008:AutoDeleteImages = true|} });
            """);
    }
}
