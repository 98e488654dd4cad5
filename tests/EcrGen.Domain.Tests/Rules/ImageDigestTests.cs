using CsCheck;
using EcrGen.Domain.Rules;
using Xunit;
using static EcrGen.Domain.Tests.TestData;

namespace EcrGen.Domain.Tests.Rules
{
    public class ImageDigestTests
    {
        [Fact]
        public void A_sha256_digest_with_64_lowercase_hex_is_valid()
        {
            Assert.True(ImageDigest.IsValidDigest(ValidDigest));
        }

        [Theory]
        [InlineData(Hex64)]                                  // no prefix
        [InlineData("SHA256:" + Hex64)]                      // case-sensitive prefix
        [InlineData("@sha256:" + Hex64)]
        [InlineData("sha512:" + Hex64)]
        [InlineData("sha256:" + "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef")] // upper-case hex
        [InlineData("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde")]    // 63 hex
        [InlineData("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0")]  // 65 hex
        [InlineData("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg")]   // not hex
        [InlineData("")]
        public void Other_forms_are_not_valid_digests(string s)
        {
            Assert.False(ImageDigest.IsValidDigest(s));
        }

        [Fact]
        public void Bare_digest_is_exactly_64_hex_of_either_case()
        {
            Assert.True(ImageDigest.LooksLikeBareDigest(Hex64));
            Assert.True(ImageDigest.LooksLikeBareDigest(Hex64.ToUpperInvariant()));
            Assert.False(ImageDigest.LooksLikeBareDigest(Hex64.Substring(1)));
            Assert.False(ImageDigest.LooksLikeBareDigest(Hex64 + "0"));
            Assert.False(ImageDigest.LooksLikeBareDigest(ValidDigest));
            Assert.False(ImageDigest.LooksLikeBareDigest(Hex64.Substring(1) + "g"));
        }

        [Theory]
        [InlineData(Hex64)]
        [InlineData("SHA256:" + Hex64)]
        [InlineData("Sha256:" + Hex64)]
        [InlineData("@sha256:" + Hex64)]
        [InlineData("  sha256:" + Hex64 + " ")]
        [InlineData(ValidDigest)]
        public void SuggestFix_recovers_the_digest(string s)
        {
            Assert.Equal(ValidDigest, ImageDigest.SuggestFix(s));
        }

        [Fact]
        public void SuggestFix_lowercases_hex()
        {
            Assert.Equal(ValidDigest, ImageDigest.SuggestFix("SHA256:" + Hex64.ToUpperInvariant()));
        }

        [Theory]
        [InlineData("sha512:" + Hex64)]
        [InlineData("latest")]
        [InlineData("sha256:abc")]
        [InlineData("")]
        public void SuggestFix_gives_up_when_no_sha256_digest_is_there(string s)
        {
            Assert.Null(ImageDigest.SuggestFix(s));
        }

        private static readonly Gen<string> DigestSoup = Gen.OneOf(
            Gen.Char["0123456789abcdefABCDEFg"].Array[60, 66].Select(c => new string(c)),
            Gen.Select(Gen.OneOf("sha256:", "SHA256:", "@sha256:", "sha512:", "", "@"), Gen.Char["0123456789abcdefABCDEF"].Array[62, 66], (p, c) => p + new string(c)),
            Gen.String);

        [Fact]
        public void Property_every_valid_digest_starts_with_sha256_and_has_71_characters()
        {
            DigestSoup.Sample(s => !ImageDigest.IsValidDigest(s) || (s.StartsWith("sha256:", System.StringComparison.Ordinal) && s.Length == 71), iter: 20000);
        }

        [Fact]
        public void Property_SuggestFix_results_always_validate()
        {
            DigestSoup.Sample(s =>
            {
                var fix = ImageDigest.SuggestFix(s);
                return fix is null || ImageDigest.IsValidDigest(fix);
            }, iter: 20000);
        }

        [Fact]
        public void Property_any_64_hex_string_is_fixed_to_a_valid_digest()
        {
            Gen.Char["0123456789abcdefABCDEF"].Array[64].Select(c => new string(c))
                .Sample(hex => ImageDigest.SuggestFix(hex) == "sha256:" + hex.ToLowerInvariant());
        }
    }
}
