using System.Linq;
using CsCheck;
using EcrGen.SourceGenerators.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Generation
{
    /// <summary>Every user string must come back from the C# parser exactly as it went in, as one literal token.</summary>
    public class CSharpLiteralTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("plain")]
        [InlineData("quote \" backslash \\")]
        [InlineData("\r\n\t\0\a\b\f\v")]
        [InlineData("line\u2028separator\u2029paragraph\u0085next")]
        [InlineData("*/ #line 1 \"x.cs\" /* { } ")]
        [InlineData("\"); System.Environment.Exit(1); //")]
        [InlineData("\U0001F600 surrogate pair")]
        [InlineData("\ud800 lone high")]
        [InlineData("lone low \udc00")]
        [InlineData("bidi \u202e override \u2066 isolate \ufeff bom")]
        public void Round_trips_through_the_parser(string value) => AssertRoundTrips(value);

        [Fact]
        public void Round_trips_any_string()
            => Gen.String[Gen.Char, 0, 300].Sample(AssertRoundTrips, iter: 2_000);

        [Fact]
        public void Round_trips_any_utf16_code_units()
            => Gen.Char[char.MinValue, char.MaxValue].Array[0, 64].Select(chars => new string(chars)).Sample(AssertRoundTrips, iter: 2_000);

        [Fact]
        public void Escapes_line_breaks_and_invisible_formatting_so_the_literal_stays_on_one_visible_line()
        {
            var literal = CSharpLiteral.String("a\nb\u2028c\u202ed\u0085e");

            Assert.DoesNotContain('\n', literal);
            Assert.DoesNotContain('\u2028', literal);
            Assert.DoesNotContain('\u202e', literal);
            Assert.DoesNotContain('\u0085', literal);
        }

        [Theory]
        [InlineData(1d, "1")]
        [InlineData(9999d, "9999")]
        [InlineData(-3d, "-3")]
        [InlineData(1.5d, "1.5d")]
        public void Numbers_are_culture_invariant(double value, string expected)
            => Assert.Equal(expected, CSharpLiteral.Number(value));

        private static void AssertRoundTrips(string value)
        {
            var literal = CSharpLiteral.String(value);
            var tree = CSharpSyntaxTree.ParseText("class C { string F = " + literal + "; }");

            Assert.Empty(tree.GetDiagnostics());
            var tokens = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().ToList();
            var token = Assert.Single(tokens).Token;
            Assert.Equal(value, token.ValueText);
        }
    }
}
