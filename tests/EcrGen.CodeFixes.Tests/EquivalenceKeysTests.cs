using Xunit;

namespace EcrGen.CodeFixes.Tests
{
    public class EquivalenceKeysTests
    {
        [Theory]
        [InlineData("RemovalPolicy", "DESTROY", EquivalenceKeys.SetRemovalPolicyDestroy)]
        [InlineData("TagStatus", "TAGGED", EquivalenceKeys.SetTagStatusTagged)]
        [InlineData("Handler", "FROM_IMAGE", "EcrGen.SetHandlerFromImage")]
        [InlineData("EmptyOnDelete", "true", EquivalenceKeys.SetEmptyOnDeleteTrue)]
        [InlineData("AutoDeleteImages", "true", EquivalenceKeys.SetAutoDeleteImagesTrue)]
        public void SetOption_NamesTheOptionAndTheMember(string option, string member, string expected)
            => Assert.Equal(expected, EquivalenceKeys.SetOption(option, member));
    }
}
