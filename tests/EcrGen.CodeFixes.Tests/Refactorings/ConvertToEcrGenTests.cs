using System.Threading.Tasks;
using Xunit;
using static EcrGen.CodeFixes.Tests.Refactorings.ConversionHarness;

namespace EcrGen.CodeFixes.Tests.Refactorings
{
    public class ConvertToEcrGenTests
    {
        [Fact]
        public async Task Every_repository_option_and_rule_option_moves_to_the_attributes()
        {
            var converted = await ConvertAsync("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                namespace Infra
                {
                    public class AppStack : Stack
                    {
                        public AppStack(Construct scope, string id) : base(scope, id)
                        {
                            var repository = $$new Repository(this, "App", new RepositoryProps
                            {
                                RepositoryName = "team/app",
                                ImageScanOnPush = true,
                                ImageTagMutability = TagMutability.IMMUTABLE,
                                RemovalPolicy = RemovalPolicy.DESTROY,
                                EmptyOnDelete = true,
                                LifecycleRegistryId = "123456789012",
                                Encryption = RepositoryEncryption.KMS,
                            });
                            repository.AddLifecycleRule(new LifecycleRule { RulePriority = 1, Description = "Keep prod", TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "prod", "release" }, MaxImageCount = 100 });
                            repository.AddLifecycleRule(new LifecycleRule { TagPatternList = new string[] { "dev-*" }, MaxImageAge = Duration.Days(14) });
                            repository.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1.0) });
                            new CfnOutput(this, "Uri", new CfnOutputProps { Value = repository.RepositoryUri });
                        }
                    }
                }
                """);

            Assert.Equal("Convert to EcrGen class 'AppRepository'", converted.Title);
            Assert.Equal("AppRepository.cs", converted.NewFileName);
            Assert.Equal("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using EcrGen;

                namespace Infra
                {
                    [EcrRepository("team/app", ImageScanOnPush = true, ImageTagMutability = TagMutability.IMMUTABLE, RemovalPolicy = RemovalPolicy.DESTROY, EmptyOnDelete = true, LifecycleRegistryId = "123456789012", Encryption = EcrEncryption.Kms)]
                    [LifecycleRule(RulePriority = 1, Description = "Keep prod", TagStatus = TagStatus.TAGGED, TagPrefixList = new[] { "prod", "release" }, MaxImageCount = 100)]
                    [LifecycleRule(TagPatternList = new[] { "dev-*" }, MaxImageAgeDays = 14)]
                    [LifecycleRule(TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 1)]
                    public partial class AppRepository
                    {
                    }
                }

                """, converted.NewFile);
            Assert.Equal("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                namespace Infra
                {
                    public class AppStack : Stack
                    {
                        public AppStack(Construct scope, string id) : base(scope, id)
                        {
                            var repository = new AppRepository(this, "App");
                            new CfnOutput(this, "Uri", new CfnOutputProps { Value = repository.RepositoryUri });
                        }
                    }
                }
                """, converted.Source);
            await converted.AssertCompilesCleanAsync();
        }

        [Fact]
        public async Task Comments_move_with_the_options_and_rules_and_the_statements_around_stay()
        {
            var converted = await ConvertAsync("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                namespace Infra
                {
                    public class AppStack : Stack
                    {
                        public AppStack(Construct scope, string id) : base(scope, id)
                        {
                            // The images of the web app.
                            var images = new $$Repository(this, "web-images", new RepositoryProps
                            {
                                ImageScanOnPush = true, // scanned by Inspector
                            });

                            // Untagged layers go after a day.
                            images.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1) });
                            /* the newest ten */ images.AddLifecycleRule(new LifecycleRule { MaxImageCount = 10 }); // any tag

                            // Read by the pipeline.
                            new CfnOutput(this, "Arn", new CfnOutputProps { Value = images.RepositoryArn });
                        }
                    }
                }
                """);

            Assert.Equal("WebImagesRepository.cs", converted.NewFileName);
            Assert.Equal("""
                using Amazon.CDK.AWS.ECR;
                using EcrGen;

                namespace Infra
                {
                    // scanned by Inspector
                    [EcrRepository(ImageScanOnPush = true)]
                    // Untagged layers go after a day.
                    [LifecycleRule(TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 1)]
                    /* the newest ten */
                    // any tag
                    [LifecycleRule(MaxImageCount = 10)]
                    public partial class WebImagesRepository
                    {
                    }
                }

                """, converted.NewFile);
            Assert.Equal("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                namespace Infra
                {
                    public class AppStack : Stack
                    {
                        public AppStack(Construct scope, string id) : base(scope, id)
                        {
                            // The images of the web app.
                            var images = new WebImagesRepository(this, "web-images");

                            // Read by the pipeline.
                            new CfnOutput(this, "Arn", new CfnOutputProps { Value = images.RepositoryArn });
                        }
                    }
                }
                """, converted.Source);
            await converted.AssertCompilesCleanAsync();
        }

        [Fact]
        public async Task A_property_of_a_nested_stack_in_a_file_scoped_namespace_with_a_using_alias()
        {
            var converted = await ConvertAsync("""
                using Amazon.CDK;
                using Constructs;
                using Ecr = Amazon.CDK.AWS.ECR;

                namespace Infra.Stacks;

                public static class Stacks
                {
                    public class RepositoryStack : Stack
                    {
                        public RepositoryStack(Construct scope, string id) : base(scope, id)
                        {
                            Repository = new Ecr.$$Repository(this, id + "Repo", new Ecr.RepositoryProps { RepositoryName = "team/api-server", ImageTagMutability = Ecr.TagMutability.MUTABLE });
                            this.Repository.AddLifecycleRule(new Ecr.LifecycleRule { MaxImageCount = 5 });
                        }

                        public Ecr.Repository Repository { get; }
                    }
                }
                """);

            Assert.Equal("ApiServerRepository.cs", converted.NewFileName);
            Assert.Equal("""
                using Amazon.CDK.AWS.ECR;
                using EcrGen;

                namespace Infra.Stacks;

                [EcrRepository("team/api-server", ImageTagMutability = TagMutability.MUTABLE)]
                [LifecycleRule(MaxImageCount = 5)]
                public partial class ApiServerRepository
                {
                }

                """, converted.NewFile);
            Assert.Equal("""
                using Amazon.CDK;
                using Constructs;
                using Ecr = Amazon.CDK.AWS.ECR;

                namespace Infra.Stacks;

                public static class Stacks
                {
                    public class RepositoryStack : Stack
                    {
                        public RepositoryStack(Construct scope, string id) : base(scope, id)
                        {
                            Repository = new ApiServerRepository(this, id + "Repo");
                        }

                        public Ecr.Repository Repository { get; }
                    }
                }
                """, converted.Source);
            await converted.AssertCompilesCleanAsync();
        }

        [Fact]
        public async Task A_name_in_use_gets_a_number_and_the_global_namespace_has_no_namespace()
        {
            var converted = await ConvertAsync(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                public class AppStack : Stack
                {
                    public AppStack(Construct scope, string id) : base(scope, id)
                    {
                        _ = $$new Repository(this, "App");
                    }
                }
                """,
                "public class AppRepository { }\npublic class AppRepository2 { }\n");

            Assert.Equal("AppRepository3.cs", converted.NewFileName);
            Assert.Equal("""
                using EcrGen;

                [EcrRepository]
                public partial class AppRepository3
                {
                }

                """, converted.NewFile);
            Assert.Contains("_ = new AppRepository3(this, \"App\");", converted.Source);
            await converted.AssertCompilesCleanAsync();
        }

        [Fact]
        public async Task Constants_the_new_class_can_see_stay_references_others_are_inlined_and_escaped()
        {
            var converted = await ConvertAsync("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                namespace Infra
                {
                    public static class Names
                    {
                        public const string Team = "team/app";
                        public const int Keep = 30;
                    }

                    public class AppStack : Stack
                    {
                        private const string Note = "Keep \"prod\"\\n";
                        private const string Prefix = "prod";

                        public AppStack(Construct scope, string id) : base(scope, id)
                        {
                            var repository = $$new Repository(this, "Repository", new RepositoryProps { RepositoryName = Names.Team });
                            repository.AddLifecycleRule(new LifecycleRule { Description = Note, TagPrefixList = new[] { Prefix, Prefix + "-eu" }, MaxImageCount = Names.Keep });
                        }
                    }
                }
                """);

            Assert.Equal("""
                using EcrGen;

                namespace Infra
                {
                    [EcrRepository(Names.Team)]
                    [LifecycleRule(Description = "Keep \"prod\"\\n", TagPrefixList = new[] { "prod", "prod-eu" }, MaxImageCount = Names.Keep)]
                    public partial class AppRepository
                    {
                    }
                }

                """, converted.NewFile);
            await converted.AssertCompilesCleanAsync();
        }

        private static string InStack(string body, string members = "") => $$"""
            using System;
            using Amazon.CDK;
            using Amazon.CDK.AWS.ECR;
            using Amazon.CDK.AWS.KMS;
            using Constructs;

            public class AppStack : Stack
            {
                public AppStack(Construct scope, string id) : base(scope, id)
                {
            {{body}}
                }

                private static void AddDefaults(Repository repository) => repository.AddLifecycleRule(new LifecycleRule { MaxImageCount = 1 });
            {{members}}
            }
            """;

        [Theory]
        [InlineData("var r = $$new Repository(this, \"R\", new RepositoryProps { RepositoryName = Environment.GetEnvironmentVariable(\"REPO\") });")] // known at run time only
        [InlineData("var r = $$new Repository(this, \"R\", new RepositoryProps { ImageScanOnPush = bool.Parse(\"true\") });")]
        [InlineData("var r = $$new Repository(this, \"R\", new RepositoryProps { RepositoryName = new CfnParameter(this, \"Name\").ValueAsString });")] // a token
        [InlineData("var props = new RepositoryProps { ImageScanOnPush = true }; var r = $$new Repository(this, \"R\", props);")] // props may change elsewhere
        [InlineData("var r = $$new Repository(this, \"R\", new RepositoryProps { EncryptionKey = new Key(this, \"K\") });")] // a key construct
        [InlineData("var r = $$new Repository(this, \"R\", new RepositoryProps { AutoDeleteImages = true });")] // no attribute option
        [InlineData("var r = $$new Repository(this, \"R\", new RepositoryProps { RepositoryName = null });")]
        [InlineData("var r = $$new Repository(this, \"R\", new RepositoryProps { TagPrefixList = 1 });")] // does not compile
        [InlineData("var r = $$new Repository(this, \"R\"); r.AddLifecycleRule(new LifecycleRule { MaxImageAge = Duration.Hours(48) });")] // not whole days
        [InlineData("var r = $$new Repository(this, \"R\"); r.AddLifecycleRule(new LifecycleRule { MaxImageCount = 2.5 });")]
        [InlineData("var r = $$new Repository(this, \"R\"); r.AddLifecycleRule(new LifecycleRule { TagPrefixList = new string[0] });")]
        [InlineData("var r = $$new Repository(this, \"R\"); var rule = new LifecycleRule { MaxImageCount = 1 }; r.AddLifecycleRule(rule);")] // a rule built elsewhere
        [InlineData("var r = $$new Repository(this, \"R\"); if (DateTime.Now.Hour > 1) r.AddLifecycleRule(new LifecycleRule { MaxImageCount = 1 });")] // conditional rule
        [InlineData("var r = $$new Repository(this, \"R\"); AddDefaults(r); r.AddLifecycleRule(new LifecycleRule { MaxImageCount = 2 });")] // order would change
        [InlineData("var r = $$new Repository(this, \"R\"); r = new Repository(this, \"S\"); r.AddLifecycleRule(new LifecycleRule { MaxImageCount = 2 });")] // another repository
        [InlineData("var r = new Repository(this, \"R\", new RepositoryProps { $$ImageScanOnPush = true });")] // the caret is not on the creation
        [InlineData("var r = $$new RepositoryProps { ImageScanOnPush = true };")]
        [InlineData("Repository r = $$new(this, \"R\", new RepositoryProps { ImageScanOnPush = true });")] // target-typed: not read
        [InlineData("var r = $$new Repository(this, \"R\", new RepositoryProps { ImageTagMutability = (TagMutability)Environment.TickCount });")]
        public async Task Not_offered_when_the_conversion_would_not_be_exact(string body)
            => await AssertNotOfferedAsync(InStack(body));

        [Fact]
        public async Task Not_offered_when_a_field_gets_a_rule_elsewhere()
            => await AssertNotOfferedAsync(InStack(
                "Repo = $$new Repository(this, \"R\"); Repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 2 });",
                "public Repository Repo; public void More() => Repo.AddLifecycleRule(new LifecycleRule { MaxImageCount = 3 });"));

        [Fact]
        public async Task A_rule_after_other_code_moves_when_that_code_does_not_use_the_repository()
        {
            var converted = await ConvertAsync(InStack("""
                        var r = $$new Repository(this, "R");
                        var output = new CfnOutput(this, "Time", new CfnOutputProps { Value = "now" });
                        r.AddLifecycleRule(new LifecycleRule { MaxImageCount = 2 });
                """));
            Assert.Contains("[LifecycleRule(MaxImageCount = 2)]", converted.NewFile);
            Assert.DoesNotContain("AddLifecycleRule(new LifecycleRule { MaxImageCount = 2 })", converted.Source);
            await converted.AssertCompilesCleanAsync();
        }

        [Fact]
        public async Task Newer_options_collection_expressions_and_verbatim_strings_against_the_newest_cdk()
        {
            var converted = await ConvertAsync(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.ECR;
                using Constructs;

                namespace Infra;

                public class AppStack : Stack
                {
                    public AppStack(Construct scope, string id) : base(scope, id)
                    {
                        const string dev = "dev-*";
                        var repository = $$new Repository(this, "Images", new RepositoryProps
                        {
                            ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION,
                            ImageTagMutabilityExclusionFilters = [ImageTagMutabilityExclusionFilter.Wildcard(dev), ImageTagMutabilityExclusionFilter.Wildcard(@"latest")],
                        });
                        repository.AddLifecycleRule(new LifecycleRule { TagPatternList = [@"release-*", "v*"], MaxImageCount = 3 });
                        new CfnOutput(this, "Dev", new CfnOutputProps { Value = dev }); // a const local still used: not removed
                    }
                }
                """,
                EcrGen.Testing.TestReferences.AllWithCdk2277);

            Assert.Equal("""
                using Amazon.CDK.AWS.ECR;
                using EcrGen;

                namespace Infra;

                [EcrRepository(ImageTagMutability = TagMutability.IMMUTABLE_WITH_EXCLUSION, ImageTagMutabilityExclusionFilters = new[] { "dev-*", @"latest" })]
                [LifecycleRule(TagPatternList = new[] { @"release-*", "v*" }, MaxImageCount = 3)]
                public partial class ImagesRepository
                {
                }

                """, converted.NewFile);
            await converted.AssertCompilesCleanAsync();
        }

        private static string ImagesInStack(string body) => $$"""
            using Amazon.CDK;
            using Amazon.CDK.AWS.ECR;
            using Amazon.CDK.AWS.ECS;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            namespace Infra
            {
                public class AppStack : Stack
                {
                    public AppStack(Construct scope, string id) : base(scope, id)
                    {
            {{body}}
                    }
                }
            }
            """;

        [Fact]
        public async Task Image_references_with_constant_options_move_to_image_attributes_named_after_what_uses_them()
        {
            var converted = await ConvertAsync(ImagesInStack("""
                        var web = $$new Repository(this, "Web");
                        new DockerImageFunction(this, "Resize", new DockerImageFunctionProps
                        {
                            Code = DockerImageCode.FromEcr(web, new EcrImageCodeProps
                            {
                                TagOrDigest = "v1.2.0", // the release
                                Cmd = new[] { "resize.handler" },
                                Entrypoint = ["/lambda-entrypoint.sh"],
                                WorkingDirectory = @"/var/task",
                            }),
                        });
                        var thumbnailCode = DockerImageCode.FromEcr(web);
                        var task = new FargateTaskDefinition(this, "Task");
                        task.AddContainer("web-server", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(web, "sha256:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"), MemoryLimitMiB = 512 });
                        var sidecar = EcrImage.FromEcrRepository(web);
                        task.AddContainer("sidecar", new ContainerDefinitionOptions { Image = sidecar, MemoryLimitMiB = 128 });
                        new DockerImageFunction(this, "Thumbnail", new DockerImageFunctionProps { Code = thumbnailCode });
            """));

            Assert.Equal("""
                using EcrGen;

                namespace Infra
                {
                    [EcrRepository]
                    // the release
                    [EcrImageCode("Resize", TagOrDigest = "v1.2.0", Cmd = new[] { "resize.handler" }, Entrypoint = new[] { "/lambda-entrypoint.sh" }, WorkingDirectory = @"/var/task")]
                    [EcrImageCode("Thumbnail")]
                    [ContainerImage("WebServer", TagOrDigest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
                    [ContainerImage("Sidecar")]
                    public partial class WebRepository
                    {
                    }
                }

                """, converted.NewFile);
            Assert.Equal(ImagesInStack("""
                        var web = new WebRepository(this, "Web");
                        new DockerImageFunction(this, "Resize", new DockerImageFunctionProps
                        {
                            Code = web.ResizeCode(),
                        });
                        var thumbnailCode = web.ThumbnailCode();
                        var task = new FargateTaskDefinition(this, "Task");
                        task.AddContainer("web-server", new ContainerDefinitionOptions { Image = web.WebServerImage(), MemoryLimitMiB = 512 });
                        var sidecar = web.SidecarImage();
                        task.AddContainer("sidecar", new ContainerDefinitionOptions { Image = sidecar, MemoryLimitMiB = 128 });
                        new DockerImageFunction(this, "Thumbnail", new DockerImageFunctionProps { Code = thumbnailCode });
            """), converted.Source);
            await converted.AssertCompilesCleanAsync();
        }

        [Fact]
        public async Task Image_names_get_a_number_when_taken_and_a_written_repository_type_becomes_the_new_class()
        {
            var converted = await ConvertAsync(ImagesInStack("""
                        Repository images = $$new Repository(this, "Images");
                        images.AddLifecycleRule(new LifecycleRule { MaxImageCount = 5 });
                        var a = ContainerImage.FromEcrRepository(images, "v1");
                        var b = ContainerImage.FromEcrRepository(images, "v2");
                        var c = ContainerImage.FromEcrRepository(images, "v3");
                        var grantImage = ContainerImage.FromEcrRepository(images);
                        var code = DockerImageCode.FromEcr(images);
                        var images2 = DockerImageCode.FromEcr(images);
                        images.AddLifecycleRule(new LifecycleRule { TagStatus = TagStatus.UNTAGGED, MaxImageAge = Duration.Days(1) });
            """));

            // Names from the locals, without the Code or Image the member adds again; `code` leaves nothing, so the fallback.
            Assert.Equal("""
                using Amazon.CDK.AWS.ECR;
                using EcrGen;

                namespace Infra
                {
                    [EcrRepository]
                    [LifecycleRule(MaxImageCount = 5)]
                    [LifecycleRule(TagStatus = TagStatus.UNTAGGED, MaxImageAgeDays = 1)]
                    [ContainerImage("A", TagOrDigest = "v1")]
                    [ContainerImage("B", TagOrDigest = "v2")]
                    [ContainerImage("C", TagOrDigest = "v3")]
                    [ContainerImage("Grant")]
                    [EcrImageCode("Lambda")]
                    [EcrImageCode("Images2")]
                    public partial class ImagesRepository
                    {
                    }
                }

                """, converted.NewFile);
            Assert.Contains("ImagesRepository images = new ImagesRepository(this, \"Images\");", converted.Source);
            Assert.Contains("var grantImage = images.GrantImage();", converted.Source);
            Assert.Contains("var code = images.LambdaCode();", converted.Source);
            Assert.Contains("var images2 = images.Images2Code();", converted.Source);
            Assert.DoesNotContain("AddLifecycleRule", converted.Source);
            await converted.AssertCompilesCleanAsync();
        }

        [Fact]
        public async Task Two_images_for_the_same_name_are_numbered_and_a_name_ecrgen_generates_is_never_taken()
        {
            var converted = await ConvertAsync(ImagesInStack("""
                        var repository = $$new Repository(this, "App");
                        var task = new FargateTaskDefinition(this, "Task");
                        task.AddContainer("app", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(repository, "v1"), MemoryLimitMiB = 512 });
                        var other = new FargateTaskDefinition(this, "Other");
                        other.AddContainer("app", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(repository, "v2"), MemoryLimitMiB = 512 });
                        var tagParameterImage = ContainerImage.FromEcrRepository(repository);
            """));

            // TagParameter + Image would be the member [TagParameterImage] generates.
            Assert.Contains("[ContainerImage(\"TagParameter2\")]", converted.NewFile);
            Assert.Contains("[ContainerImage(\"App\", TagOrDigest = \"v1\")]", converted.NewFile);
            Assert.Contains("[ContainerImage(\"App2\", TagOrDigest = \"v2\")]", converted.NewFile);
            Assert.Contains("Image = repository.AppImage()", converted.Source);
            Assert.Contains("Image = repository.App2Image()", converted.Source);
            await converted.AssertCompilesCleanAsync();
        }

        [Theory]
        [InlineData("var code = DockerImageCode.FromEcr(r, new EcrImageCodeProps { TagOrDigest = System.Environment.GetEnvironmentVariable(\"TAG\") });")] // run time
        [InlineData("#pragma warning disable CS0618\nvar code = DockerImageCode.FromEcr(r, new EcrImageCodeProps { Tag = \"v1\" });")] // deprecated in the CDK: the attribute's Tag is obsolete
        [InlineData("var props = new EcrImageCodeProps { TagOrDigest = \"v1\" }; var code = DockerImageCode.FromEcr(r, props);")] // props built elsewhere
        [InlineData("var code = DockerImageCode.FromEcr(r, null);")]
        [InlineData("var image = ContainerImage.FromEcrRepository(r, new CfnParameter(this, \"Tag\").ValueAsString);")] // a token
        [InlineData("var image = ContainerImage.FromEcrRepository(tag: \"v1\", repository: r);")] // named arguments
        [InlineData("var code = Code.FromEcrImage(r, new EcrImageCodeProps { TagOrDigest = \"v1\" });")] // an EcrImageCode, not a DockerImageCode
        public async Task Image_references_the_attributes_cannot_express_stay_as_written(string image)
        {
            var converted = await ConvertAsync(ImagesInStack("var r = $$new Repository(this, \"R\");\n" + image));
            Assert.DoesNotContain("[EcrImageCode", converted.NewFile);
            Assert.DoesNotContain("[ContainerImage", converted.NewFile);
            Assert.Contains(image.Replace("$$", string.Empty), converted.Source);
            await converted.AssertCompilesCleanAsync();
        }

        [Fact]
        public async Task Images_of_a_repository_in_a_field_or_a_wider_local_stay_as_written()
        {
            var fromField = await ConvertAsync(InStack(
                "Repo = $$new Repository(this, \"R\"); var image = Amazon.CDK.AWS.ECS.ContainerImage.FromEcrRepository(Repo, \"v1\");",
                "public Repository Repo;"));
            Assert.DoesNotContain("[ContainerImage", fromField.NewFile);
            await fromField.AssertCompilesCleanAsync();

            var wider = await ConvertAsync(InStack("IRepository r = $$new Repository(this, \"R\"); var image = Amazon.CDK.AWS.ECS.ContainerImage.FromEcrRepository(r, \"v1\");"));
            Assert.DoesNotContain("[ContainerImage", wider.NewFile);
            Assert.Contains("IRepository r = new RRepository(this, \"R\");", wider.Source);
            await wider.AssertCompilesCleanAsync();
        }

        [Fact]
        public async Task A_rule_after_an_image_reference_still_moves_in_order()
        {
            var converted = await ConvertAsync(ImagesInStack("""
                        var r = $$new Repository(this, "R");
                        r.AddLifecycleRule(new LifecycleRule { RulePriority = 1, TagPrefixList = new[] { "v" }, MaxImageCount = 2 });
                        new DockerImageFunction(this, "F", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(r) });
                        r.AddLifecycleRule(new LifecycleRule { MaxImageCount = 9 });
            """));
            Assert.Contains("""
                    [LifecycleRule(RulePriority = 1, TagPrefixList = new[] { "v" }, MaxImageCount = 2)]
                    [LifecycleRule(MaxImageCount = 9)]
                    [EcrImageCode("F")]
                """, converted.NewFile);
            Assert.DoesNotContain("AddLifecycleRule", converted.Source);
            await converted.AssertCompilesCleanAsync();
        }
    }
}
