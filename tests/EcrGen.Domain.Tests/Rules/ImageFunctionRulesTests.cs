using System.Linq;
using EcrGen.Domain.Rules;
using EcrGen.Domain.Specs;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class ImageFunctionRulesTests
    {
        [Fact]
        public void A_plain_image_function_is_clean()
        {
            None(ImageFunctionRules.ValidateOptions(new ImageFunctionSpec(), "2.160.0"));
            None(ImageFunctionRules.ValidateArchitecture(new ImageFunctionSpec()));
        }

        [Fact]
        public void Layers_and_adot_are_reported_in_every_cdk()
        {
            var violations = ImageFunctionRules.ValidateOptions(new ImageFunctionSpec { HasLayers = true, HasAdotInstrumentation = true }, "2.277.0").ToList();
            Assert.Equal(new[] { RuleIds.ImageFunctionOption, RuleIds.ImageFunctionOption }, Ids(violations));
            Assert.Equal(new[] { "Layers", "AdotInstrumentation" }, violations.Select(v => v.Option).ToArray());
            Assert.All(violations, v => Assert.Equal(-1, v.Index)); // on the option, not on an element of a list
            Assert.Equal("A function whose code is a container image cannot have Layers: the CDK throws 'Layers are not supported for container image functions'. Copy what the layers hold into the image.", violations[0].Message);
            Assert.Equal("A function whose code is a container image cannot have AdotInstrumentation (it is a layer): the CDK throws 'ADOT Lambda layer can't be configured with container image package type'. Install the ADOT collector in the image.", violations[1].Message);
        }

        [Theory]
        [InlineData("2.160.0", true)]
        [InlineData("2.266.9", true)]
        [InlineData("2.266.0-rc.1", true)]
        [InlineData("2.267.0", false)]
        [InlineData("2.277.0", false)]
        [InlineData("3.0.0", false)]
        [InlineData("not-a-version", false)]
        [InlineData(null, false)]
        public void SnapStart_is_reported_only_before_2_267(string? version, bool reported)
        {
            var violations = ImageFunctionRules.ValidateOptions(new ImageFunctionSpec { HasSnapStart = true }, version).ToList();
            if (!reported)
            {
                None(violations);
                return;
            }

            var violation = Single(violations, RuleIds.ImageFunctionOption);
            Assert.Equal("SnapStart", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Equal($"Amazon.CDK.Lib {version} does not accept SnapStart on a function whose code is a container image: it throws 'SnapStart currently not supported by runtime FROM_IMAGE' (accepted from 2.267.0). Update Amazon.CDK.Lib or remove SnapStart.", violation.Message);
        }

        [Fact]
        public void AddLayers_is_an_error()
        {
            var violation = ImageFunctionRules.AddLayers();
            Assert.Equal(RuleIds.ImageFunctionOption, violation.RuleId);
            Assert.Equal("AddLayers", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Equal("AddLayers on a function whose code is a container image: Lambda rejects layers on an image function at deployment (\"Please don't provide Handler or Runtime or Layer when the intended function PackageType is Image\"). Copy what the layers hold into the image.", violation.Message);
        }

        [Fact]
        public void An_arm_image_on_the_default_architecture_is_reported_on_the_platform()
        {
            var violation = Single(ImageFunctionRules.ValidateArchitecture(new ImageFunctionSpec { ImagePlatform = Setting.Of("linux/arm64") }), RuleIds.ArchitectureMismatch);
            Assert.Equal("Platform", violation.Option);
            Assert.Equal(-1, violation.Index);
            Assert.Equal("The image is built for linux/arm64 but the function's Architecture is not set, so it runs on x86_64: Lambda cannot start it (Runtime.InvalidEntrypoint, exec format error). Set Architecture = Architecture.ARM_64.", violation.Message);
        }

        [Fact]
        public void A_written_architecture_that_contradicts_the_platform_is_reported_on_the_architecture()
        {
            var violation = Single(ImageFunctionRules.ValidateArchitecture(new ImageFunctionSpec { Architecture = Setting.Of("arm64"), ImagePlatform = Setting.Of("linux/amd64") }), RuleIds.ArchitectureMismatch);
            Assert.Equal("Architecture", violation.Option);
            Assert.Equal("The function's Architecture is arm64 but its image is built for linux/amd64: Lambda cannot start it (Runtime.InvalidEntrypoint, exec format error). Use Architecture.X86_64, or build the image for the function's architecture.", violation.Message);
            Single(ImageFunctionRules.ValidateArchitecture(new ImageFunctionSpec { Architecture = Setting.Of("x86_64"), ImagePlatform = Setting.Of("linux/arm64/v8") }), RuleIds.ArchitectureMismatch);
        }

        [Fact]
        public void Matching_or_unknown_values_are_not_reported()
        {
            None(ImageFunctionRules.ValidateArchitecture(new ImageFunctionSpec { ImagePlatform = Setting.Of("linux/amd64") }));
            None(ImageFunctionRules.ValidateArchitecture(new ImageFunctionSpec { Architecture = Setting.Of("arm64"), ImagePlatform = Setting.Of("linux/arm64") }));
            None(ImageFunctionRules.ValidateArchitecture(new ImageFunctionSpec { Architecture = Setting.Of("arm64") }));
            None(ImageFunctionRules.ValidateArchitecture(new ImageFunctionSpec { Architecture = Setting<string>.Unknown, ImagePlatform = Setting.Of("linux/arm64") }));
            None(ImageFunctionRules.ValidateArchitecture(new ImageFunctionSpec { Architecture = Setting.Of("riscv64"), ImagePlatform = Setting.Of("linux/arm64") }));
            None(ImageFunctionRules.ValidateArchitecture(new ImageFunctionSpec { ImagePlatform = Setting<string>.Unknown }));
            None(ImageFunctionRules.ValidateArchitecture(new ImageFunctionSpec { ImagePlatform = Setting.Of("windows/amd64") }));
        }
    }
}
