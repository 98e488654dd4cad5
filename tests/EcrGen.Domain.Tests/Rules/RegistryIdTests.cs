using CsCheck;
using EcrGen.Domain.Rules;
using Xunit;

namespace EcrGen.Domain.Tests.Rules
{
    public class RegistryIdTests
    {
        [Theory]
        [InlineData("123456789012", true)]
        [InlineData("000000000000", true)]
        [InlineData("12345678901", false)]
        [InlineData("1234567890123", false)]
        [InlineData("12345678901a", false)]
        [InlineData(" 12345678901", false)]
        [InlineData("", false)]
        [InlineData("١٢٣٤٥٦٧٨٩٠١٢", false)] // Arabic-Indic digits are not [0-9]
        public void Exactly_twelve_ASCII_digits(string s, bool expected)
        {
            Assert.Equal(expected, RegistryId.IsValid(s));
        }

        [Fact]
        public void Property_agrees_with_the_CloudFormation_pattern()
        {
            var pattern = new System.Text.RegularExpressions.Regex(RegistryId.Pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            Gen.Char["0123456789a "].Array[10, 14].Select(c => new string(c))
                .Sample(s => RegistryId.IsValid(s) == (pattern.IsMatch(s) && !s.EndsWith("\n", System.StringComparison.Ordinal)), iter: 5000);
        }
    }
}
