using System.Threading.Tasks;
using EcrGen.SourceGenerators.Analyzers;
using Xunit;
using static EcrGen.SourceGenerators.Tests.Analyzers.CdkSource;

namespace EcrGen.SourceGenerators.Tests.Analyzers
{
    /// <summary>
    /// The shapes real code gives a value (the value-flow layer, <c>Analyzers/Flow</c>): a local assigned once, a member of the
    /// stack written once, a private helper's parameter, a default written out, a policy applied after construction. Each
    /// positive test has its negative twin: the same shape where the value may differ at run time stays silent.
    /// </summary>
    public class ValueFlowTests
    {
        private static Task Repositories(string body, string members = "") => VerifyAsync<RepositoryCodeAnalyzer>(InStack(body, members));

        private static Task Images(string body, string members = "") => VerifyAsync<ImageCodeAnalyzer>(InStack(body.Replace("HEX", EcrGen.Testing.TestData.Hex), members));

        // ---------------- locals ----------------

        [Fact]
        public Task A_local_assigned_once_is_as_known_as_the_constant() => Repositories("""
                    var removal = RemovalPolicy.DESTROY;
                    var name = "Team/App";
                    new Repository(this, "A", new RepositoryProps { {|ECR1002:RepositoryName = name|}, {|ECR1010:RemovalPolicy = removal|} });
            """);

        [Fact]
        public Task A_local_written_twice_or_from_the_environment_is_not_known() => Repositories("""
                    var removal = RemovalPolicy.RETAIN;
                    if (System.Environment.GetEnvironmentVariable("STAGE") == "dev")
                    {
                        removal = RemovalPolicy.DESTROY;
                    }

                    var name = System.Environment.GetEnvironmentVariable("REPO") ?? "Fallback_Name";
                    var gated = this.Node.TryGetContext("ephemeral") is true ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
                    new Repository(this, "A", new RepositoryProps { RepositoryName = name, RemovalPolicy = removal });
                    new Repository(this, "B", new RepositoryProps { RemovalPolicy = gated });
            """);

        [Fact]
        public Task An_image_tag_in_a_local_is_judged() => Images("""
                    var tag = "latest";
                    var digest = "HEX";
                    var images = Repository.FromRepositoryName(this, "Images", "team/app");
                    var task = new FargateTaskDefinition(this, "Task");
                    task.AddContainer("web", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(images, {|ECR3014:tag|}) });
                    task.AddContainer("job", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(images, {|ECR3001:digest|}) });
            """);

        // ---------------- a default written out ----------------

        [Fact]
        public Task EmptyOnDelete_written_as_false_is_the_trap_not_a_way_out() => Repositories("""
                    new Repository(this, "A", new RepositoryProps { {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|}, EmptyOnDelete = false });
                    new Repository(this, "B", new RepositoryProps { {|ECR1010:RemovalPolicy = RemovalPolicy.DESTROY|}, EmptyOnDelete = KeepImages });
                    new Repository(this, "C", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = cleanUp });
            """, members: """
                private const bool KeepImages = false;
                private readonly bool cleanUp;

                public AppStack(Construct scope, string id, bool cleanUp) : base(scope, id)
                {
                    this.cleanUp = cleanUp;
                }
            """);

        // ---------------- set after construction ----------------

        [Fact]
        public Task ApplyRemovalPolicy_DESTROY_on_a_repository_that_is_not_emptied() => Repositories("""
                    var plain = new Repository(this, "A");
                    plain.ApplyRemovalPolicy({|ECR1010:RemovalPolicy.DESTROY|});
                    var named = new Repository(this, "B", new RepositoryProps { RepositoryName = "team/b" });
                    named.ApplyRemovalPolicy({|ECR1010:RemovalPolicy.DESTROY|});
                    new Repository(this, "C", new RepositoryProps { RepositoryName = "team/c", EmptyOnDelete = false }).ApplyRemovalPolicy({|ECR1010:RemovalPolicy.DESTROY|});
            """);

        [Fact]
        public Task ApplyRemovalPolicy_in_another_method_on_a_repository_kept_in_a_field() => Repositories("""
                    images = new Repository(this, "Images", new RepositoryProps { RepositoryName = "team/images" });
                    cache = new Repository(this, "Cache");
                    Dispose();
            """, members: """
                private readonly Repository images;
                private readonly Repository cache;

                private void Dispose()
                {
                    images.ApplyRemovalPolicy({|ECR1010:RemovalPolicy.DESTROY|});
                    cache.ApplyRemovalPolicy({|ECR1010:RemovalPolicy.DESTROY|});
                }
            """);

        [Fact]
        public Task ApplyRemovalPolicy_negatives_emptied_retained_unknown_or_props_from_elsewhere() => Repositories("""
                    new Repository(this, "A", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true }).ApplyRemovalPolicy(RemovalPolicy.DESTROY);
                    new Repository(this, "B").ApplyRemovalPolicy(RemovalPolicy.RETAIN);
                    new Repository(this, "C").ApplyRemovalPolicy(policy);
                    new Repository(this, "D", props).ApplyRemovalPolicy(RemovalPolicy.DESTROY);
                    var imported = Repository.FromRepositoryName(this, "E", "team/e");
                    var shared = new RepositoryProps();
                    Configure(shared);
                    new Repository(this, "F", shared).ApplyRemovalPolicy(RemovalPolicy.DESTROY);
            """, members: """
                public RemovalPolicy policy = RemovalPolicy.DESTROY;
                public RepositoryProps props = new RepositoryProps();
                private static void Configure(RepositoryProps props) => props.EmptyOnDelete = true;
            """);

        // Newer CDKs' RepositoryAutoDeleteImages mixin sets EmptyOnDelete after the props (how it is applied needs Constructs
        // 10.5, not served here: creating it is what the check sees).
        [Fact]
        public Task The_auto_delete_mixin_of_newer_cdks_empties_the_repository() => VerifyAsync<RepositoryCodeAnalyzer>(new[] { EcrGen.Testing.CdkRelease.V2_277 }, InStack("""
                    var repository = new Repository(this, "A", new RepositoryProps { RemovalPolicy = RemovalPolicy.DESTROY });
                    var autoDelete = new Amazon.CDK.AWS.ECR.Mixins.RepositoryAutoDeleteImages();
                    Apply(repository, autoDelete);
            """, members: """
                private static void Apply(Repository repository, object mixin) { }
            """));

        [Fact]
        public Task Props_completed_after_the_initializer() => Repositories("""
                    var props = new RepositoryProps { RepositoryName = "team/app" };
                    props.RemovalPolicy = RemovalPolicy.DESTROY;
                    props.EmptyOnDelete = true;
                    new Repository(this, "A", props);
                    var other = new RepositoryProps { RepositoryName = "team/other" };
                    {|ECR1010:other.RemovalPolicy = RemovalPolicy.DESTROY|};
                    new Repository(this, "B", other);
            """);

        // ---------------- members of the stack ----------------

        [Fact]
        public Task A_readonly_field_or_get_only_property_written_once_is_known_in_every_method() => Repositories("""
                    Create("team/a");
            """, members: """
                private readonly RemovalPolicy removal = RemovalPolicy.DESTROY;
                private static readonly string Name = "Team/App";

                private void Create(string name)
                    => new Repository(this, "A", new RepositoryProps { {|ECR1002:RepositoryName = Name|}, {|ECR1010:RemovalPolicy = removal|} });
            """);

        [Fact]
        public Task A_repository_kept_in_a_field_and_used_by_another_method_is_from_the_same_stack() => Images("""
                    images = new Repository(this, "Images");
                    Images = new Repository(this, "More");
                    AddFunction();
            """, members: """
                private readonly Repository images;

                public Repository Images { get; }

                private void AddFunction()
                {
                    new DockerImageFunction(this, "Fn", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr({|ECR3015:images|}, new EcrImageCodeProps { TagOrDigest = "v1" }) });
                    var task = new FargateTaskDefinition(this, "Task");
                    task.AddContainer("web", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository({|ECR3015:Images|}, "v1") });
                }
            """);

        [Fact]
        public Task A_field_written_in_a_branch_twice_or_by_anyone_is_not_followed() => Images("""
                    if (this.Node.TryGetContext("own") is true)
                    {
                        images = new Repository(this, "Images");
                    }

                    Shared = new Repository(this, "Shared");
                    AddFunction();
            """, members: """
                private readonly IRepository? images;

                public IRepository? Shared { get; set; }

                private void AddFunction()
                {
                    new DockerImageFunction(this, "Fn", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(images!, new EcrImageCodeProps { TagOrDigest = "v1" }) });
                    new DockerImageFunction(this, "Other", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(Shared!, new EcrImageCodeProps { TagOrDigest = "v1" }) });
                }
            """);

        [Fact]
        public Task An_imported_repository_in_a_field_drops_its_policy_in_another_method() => Repositories("""
                    imported = Repository.FromRepositoryAttributes(this, "Imported", new RepositoryAttributes { RepositoryName = "team/app", RepositoryArn = "arn:aws:ecr:eu-west-1:123456789012:repository/team/app" });
                    AllowPull();
            """, members: """
                private readonly IRepository imported;

                private void AllowPull()
                {
                    {|ECR1012:imported.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ecr:BatchGetImage" }, Principals = new[] { new AccountPrincipal("123456789012") } }))|};
                }
            """);

        // ---------------- parameters of private helpers ----------------

        [Fact]
        public Task A_parameter_default_no_caller_overrides_is_the_value() => Repositories("""
                    CreateRepository("team/a");
                    CreateRepository("team/b");
            """, members: """
                private Repository CreateRepository(string name, RemovalPolicy policy = RemovalPolicy.DESTROY)
                    => new Repository(this, name, new RepositoryProps { RepositoryName = name, {|ECR1010:RemovalPolicy = policy|} });
            """);

        [Fact]
        public Task A_parameter_the_callers_disagree_on_or_a_public_helper_is_not_known() => Repositories("""
                    CreateRepository("team/a");
                    CreateRepository("team/b", RemovalPolicy.RETAIN);
                    Create("team/c");
                    System.Func<string, RemovalPolicy, Repository> factory = Make;
                    Recurse("team/d", RemovalPolicy.DESTROY, 2);
            """, members: """
                // Passes its own parameter on: the cycle is not followed (and does not loop).
                private Repository Recurse(string name, RemovalPolicy policy, int depth)
                    => depth == 0 ? new Repository(this, name, new RepositoryProps { RepositoryName = name, RemovalPolicy = policy }) : Recurse(name, policy, depth - 1);

                private Repository CreateRepository(string name, RemovalPolicy policy = RemovalPolicy.DESTROY)
                    => new Repository(this, name, new RepositoryProps { RepositoryName = name, RemovalPolicy = policy });

                public Repository Create(string name, RemovalPolicy policy = RemovalPolicy.DESTROY)
                    => new Repository(this, name, new RepositoryProps { RepositoryName = name, RemovalPolicy = policy });

                private Repository Make(string name, RemovalPolicy policy = RemovalPolicy.DESTROY)
                    => new Repository(this, name, new RepositoryProps { RepositoryName = name, RemovalPolicy = policy });
            """);

        // The repository reaches user code (the helper) in the constructor: code that may fill it first (ECR3015 is not reported).
        // In an application (a CDK app is an exe) a public helper that no other file names is only called from its own file.
        [Fact]
        public async Task A_public_helper_of_an_app_whose_callers_are_all_in_its_file()
        {
            var source = InStack("""
                    Repositories.Create(this, "team/a");
                    Repositories.Create(this, "team/b");
            """) + """

            public static class Repositories
            {
                public static Repository Create(Construct scope, string name, RemovalPolicy policy = RemovalPolicy.DESTROY)
                    => new Repository(scope, name, new RepositoryProps { RepositoryName = name, {|ECR1010:RemovalPolicy = policy|} });
            }

            public static class Program
            {
                public static void Main() => new AppStack(new App(), "App");
            }
            """;
            foreach (var release in RuleReleases)
            {
                var test = EcrGen.Testing.AnalyzerVerifier<RepositoryCodeAnalyzer>.Create(source, release);
                test.DisabledDiagnostics.AddRange(SecurityIds);
                test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
                await test.RunAsync(System.Threading.CancellationToken.None);

                // The same helper in a library: callers in other projects may pass any policy.
                var library = EcrGen.Testing.AnalyzerVerifier<RepositoryCodeAnalyzer>.Create(source.Replace("{|ECR1010:", string.Empty).Replace("|}", string.Empty), release);
                library.DisabledDiagnostics.AddRange(SecurityIds);
                await library.RunAsync(System.Threading.CancellationToken.None);
            }
        }

        [Fact]
        public Task A_helper_called_once_gets_its_caller_values() => Images("""
                    var repository = new Repository(this, "Images");
                    AddService(repository, "latest");
            """, members: """
                private void AddService(IRepository repository, string tag)
                {
                    var task = new FargateTaskDefinition(this, "Task");
                    task.AddContainer("web", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(repository, {|ECR3014:tag|}) });
                }
            """);
    }
}
