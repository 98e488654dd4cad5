using Xunit;

namespace EcrGen.CodeFixes.Tests
{
    public class EquivalenceKeysTests
    {
        [Theory]
        [InlineData("RemovalPolicy", "DESTROY", EquivalenceKeys.SetRemovalPolicyDestroy)]
        [InlineData("TagStatus", "TAGGED", EquivalenceKeys.SetTagStatusTagged)]
        [InlineData("Handler", "FROM_IMAGE", "EcrGen.SetHandlerFromImage")]
        public void SetOption_NamesTheOptionAndTheMember(string option, string member, string expected)
            => Assert.Equal(expected, EquivalenceKeys.SetOption(option, member));
    }
}
