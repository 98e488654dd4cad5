using EcrGen.Domain.Rules;
using Xunit;

namespace EcrGen.Domain.Tests.Rules
{
    /// <summary>The JavaScript number formatting the messages and the rendered policy rely on.</summary>
    public class TextTests
    {
        [Theory]
        [InlineData(0d, "0")]
        [InlineData(5d, "5")]
        [InlineData(-3d, "-3")]
        [InlineData(1.5, "1.5")]
        [InlineData(0.1, "0.1")]
        [InlineData(0.000001, "0.000001")]
        [InlineData(0.0000001, "1e-7")]
        [InlineData(1e20, "100000000000000000000")]
        [InlineData(1e21, "1e+21")]
        [InlineData(123.456, "123.456")]
        [InlineData(1.2345e-10, "1.2345e-10")]
        public void JsNumber_prints_like_JavaScript(double value, string expected)
        {
            Assert.Equal(expected, Text.JsNumber(value));
        }
    }
}
