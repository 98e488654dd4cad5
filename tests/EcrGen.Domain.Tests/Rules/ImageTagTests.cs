using System.Text.RegularExpressions;
using CsCheck;
using EcrGen.Domain.Rules;
using Xunit;

namespace EcrGen.Domain.Tests.Rules
{
    public class ImageTagTests
    {
        [Theory]
        [InlineData("latest")]
        [InlineData("v1.2.3")]
        [InlineData("_internal")]
        [InlineData("1")]
        [InlineData("feature_x-y.z")]
        public void Valid_tags(string tag)
        {
            Assert.True(ImageTag.IsValidTag(tag));
        }

        [Theory]
        [InlineData("")]
        [InlineData(".hidden")]
        [InlineData("-dash")]
        [InlineData("has space")]
        [InlineData("a:b")]
        [InlineData("a@b")]
        [InlineData("team/app")]
        [InlineData("caf\u00e9")]
        public void Invalid_tags(string tag)
        {
            Assert.False(ImageTag.IsValidTag(tag));
        }

        [Fact]
        public void Length_128_passes_and_129_fails()
        {
            Assert.True(ImageTag.IsValidTag(new string('a', 128)));
            Assert.False(ImageTag.IsValidTag(new string('a', 129)));
        }

        [Fact]
        public void Property_agrees_with_the_OCI_grammar()
        {
            var oci = new Regex("^" + ImageTag.Pattern + "$", RegexOptions.CultureInvariant);
            Gen.Char["aZ09_.-:@/ \u00e9"].Array[0, 140].Select(c => new string(c))
                .Sample(tag => ImageTag.IsValidTag(tag) == oci.IsMatch(tag), iter: 20000);
        }
    }
}
