using System.Threading.Tasks;
using EcrGen.CodeFixes.Fixes;
using EcrGen.SourceGenerators.Analyzers;
using EcrGen.Testing;
using Xunit;
using static EcrGen.CodeFixes.Tests.FixTest;

namespace EcrGen.CodeFixes.Tests.Fixes
{
    public class MakePartialCodeFixProviderTests
    {
        private static Task Verify(string before, string after)
            => VerifyAsync<AttributeAnalyzers, MakePartialCodeFixProvider>(TopLevel(before), TopLevel(after), EquivalenceKeys.MakePartial);

        [Fact]
        public Task NotPartial_WithModifiers() => Verify(
            """
            [EcrRepository("team/app")]
            public sealed class {|ECR0001:AppRepository|} { }
            """,
            """
            [EcrRepository("team/app")]
            public sealed partial class AppRepository { }
            """);

        [Fact]
        public Task NotPartial_NoModifiers_KeepsCommentsAndIndentation() => Verify(
            """
            namespace Infra
            {
                /// <summary>The app's images.</summary>
                [EcrRepository("team/app")]
                // hand-written
                class {|ECR0001:AppRepository|} { }
            }
            """,
            """
            namespace Infra
            {
                /// <summary>The app's images.</summary>
                [EcrRepository("team/app")]
                // hand-written
                partial class AppRepository { }
            }
            """);

        [Fact]
        public Task ContainingTypes_AllMadePartial() => Verify(
            """
            public static class Outer
            {
                internal struct Middle
                {
                    [EcrRepository("team/app")]
                    public class {|ECR0001:AppRepository|} { }
                }
            }
            """,
            """
            public static partial class Outer
            {
                internal partial struct Middle
                {
                    [EcrRepository("team/app")]
                    public partial class AppRepository { }
                }
            }
            """);

        [Fact]
        public Task FixAll_NestedClassesSharingAContainer() => Verify(
            """
            public class Repositories
            {
                [EcrRepository("team/app")]
                public partial class {|ECR0001:App|} { }

                [EcrRepository("team/web")]
                public class {|ECR0001:Web|} { }
            }

            [EcrRepository("team/top")]
            internal class {|ECR0001:Top|} { }
            """,
            """
            public partial class Repositories
            {
                [EcrRepository("team/app")]
                public partial class App { }

                [EcrRepository("team/web")]
                public partial class Web { }
            }

            [EcrRepository("team/top")]
            internal partial class Top { }
            """);

        [Fact]
        public Task NoFix_ForFileLocalPrimaryConstructorOrReservedName()
        {
            var source = TopLevel("""
                [EcrRepository("team/file")]
                file partial class {|ECR0001:FileRepository|} { }

                [EcrRepository("team/primary")]
                public partial class {|ECR0001:PrimaryRepository|}(int size) { public int Size => size; }

                [EcrRepository("team/hook")]
                public partial class {|ECR0001:OnConfiguringProps|} { }
                """);
            return VerifyAsync<AttributeAnalyzers, MakePartialCodeFixProvider>(source, source);
        }

        [Fact]
        public Task NoFix_ForGenericOrStatic()
        {
            var source = TopLevel("""
                [EcrRepository("team/app")]
                public partial class {|ECR0001:GenericRepository|}<T> { }

                [EcrRepository("team/other")]
                public static partial class {|ECR0001:StaticRepository|} { }
                """);
            return VerifyAsync<AttributeAnalyzers, MakePartialCodeFixProvider>(source, source);
        }
    }
}
