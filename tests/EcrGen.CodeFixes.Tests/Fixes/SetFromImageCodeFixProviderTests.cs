using System.Threading.Tasks;
using EcrGen.CodeFixes.Fixes;
using EcrGen.SourceGenerators.Analyzers;
using Xunit;
using static EcrGen.CodeFixes.Tests.FixTest;

namespace EcrGen.CodeFixes.Tests.Fixes
{
    /// <summary>ECR3012: Handler.FROM_IMAGE and Runtime.FROM_IMAGE on a Function whose code is an image.</summary>
    public class SetFromImageCodeFixProviderTests
    {
        // The images carry a tag: without one they would be 'latest' (ECR3014), which is not what these tests are about.
        private const string RepositoryMember = """
                private static readonly IRepository Images = null!;
                private static readonly EcrImageCodeProps Tagged = new EcrImageCodeProps { TagOrDigest = "v1" };
            """;

        private static Task Code(string before, string after)
            => VerifyAsync<ImageCodeAnalyzer, SetFromImageCodeFixProvider>(InStack(before, RepositoryMember), InStack(after, RepositoryMember), EquivalenceKeys.SetFromImage);

        [Fact]
        public Task ReplacesAWrongHandlerAndRuntime() => Code(
            """
                    new Function(this, "Fn", new FunctionProps
                    {
                        Code = Code.FromEcrImage(Images, new EcrImageCodeProps { TagOrDigest = "v1" }),
                        {|ECR3012:Handler = "index.handler"|},
                        {|ECR3012:Runtime = Runtime.NODEJS_18_X|}, // was a zip function
                    });
            """,
            """
                    new Function(this, "Fn", new FunctionProps
                    {
                        Code = Code.FromEcrImage(Images, new EcrImageCodeProps { TagOrDigest = "v1" }),
                        Handler = Handler.FROM_IMAGE,
                        Runtime = Runtime.FROM_IMAGE, // was a zip function
                    });
            """);

        [Fact]
        public Task AddsBothMissingOptionsToTheInitializer() => Code(
            """
                    new Function(this, "Fn", {|ECR3012:new FunctionProps|} { Code = new EcrImageCode(Images, Tagged) });
            """,
            """
                    new Function(this, "Fn", new FunctionProps { Code = new EcrImageCode(Images, Tagged), Handler = Handler.FROM_IMAGE, Runtime = Runtime.FROM_IMAGE });
            """);

        [Fact]
        public Task AddsTheMissingOptionAfterTheCodeStatement() => Code(
            """
                    var props = {|ECR3012:new FunctionProps|} { Runtime = Runtime.FROM_IMAGE };
                    props.Code = Code.FromEcrImage(Images, Tagged);
                    new Function(this, "Fn", props);
            """,
            """
                    var props = new FunctionProps { Runtime = Runtime.FROM_IMAGE };
                    props.Code = Code.FromEcrImage(Images, Tagged);
                    props.Handler = Handler.FROM_IMAGE;
                    new Function(this, "Fn", props);
            """);

        [Fact]
        public Task WithOnlyAnAlias_AddsTheUsingAndTheShortName()
        {
            const string Before = """
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Constructs;
                using Lambda = Amazon.CDK.AWS.Lambda;

                public class AppStack : Stack
                {
                    public AppStack(Construct scope, string id, IRepository images) : base(scope, id)
                    {
                        new Lambda.Function(this, "Fn", new Lambda.FunctionProps
                        {
                            Code = Lambda.Code.FromEcrImage(images, new Lambda.EcrImageCodeProps { TagOrDigest = "v1" }),
                            {|ECR3012:Handler = "index.handler"|},
                            Runtime = Lambda.Runtime.FROM_IMAGE,
                        });
                    }
                }
                """;
            const string After = """
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Amazon.CDK.AWS.Lambda;
                using Constructs;
                using Lambda = Amazon.CDK.AWS.Lambda;

                public class AppStack : Stack
                {
                    public AppStack(Construct scope, string id, IRepository images) : base(scope, id)
                    {
                        new Lambda.Function(this, "Fn", new Lambda.FunctionProps
                        {
                            Code = Lambda.Code.FromEcrImage(images, new Lambda.EcrImageCodeProps { TagOrDigest = "v1" }),
                            Handler = Handler.FROM_IMAGE,
                            Runtime = Lambda.Runtime.FROM_IMAGE,
                        });
                    }
                }
                """;
            return VerifyAsync<ImageCodeAnalyzer, SetFromImageCodeFixProvider>(Before, After, EquivalenceKeys.SetFromImage);
        }

        [Fact]
        public Task FixesEveryFunctionOfTheDocument() => Code(
            """
                    new Function(this, "A", {|ECR3012:new FunctionProps|} { Code = new EcrImageCode(Images, Tagged) });
                    new Function(this, "B", new FunctionProps { Code = Code.FromEcrImage(Images, Tagged), {|ECR3012:Handler = "index.handler"|}, Runtime = Runtime.FROM_IMAGE });
            """,
            """
                    new Function(this, "A", new FunctionProps { Code = new EcrImageCode(Images, Tagged), Handler = Handler.FROM_IMAGE, Runtime = Runtime.FROM_IMAGE });
                    new Function(this, "B", new FunctionProps { Code = Code.FromEcrImage(Images, Tagged), Handler = Handler.FROM_IMAGE, Runtime = Runtime.FROM_IMAGE });
            """);
    }
}
