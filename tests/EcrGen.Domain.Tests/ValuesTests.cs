using EcrGen.Domain.Specs;
using Xunit;

namespace EcrGen.Domain.Tests
{
    /// <summary>The small values the specs are made of, as the messages print them.</summary>
    public class ValuesTests
    {
        [Fact]
        public void A_CDK_enum_member_prints_its_name_and_a_cast_number_its_value()
        {
            var member = new CdkEnumValue(CdkMembers.TagMutability.Immutable, 1);
            Assert.True(member.IsDefined);
            Assert.True(member.Is(CdkMembers.TagMutability.Immutable));
            Assert.False(member.Is(CdkMembers.TagMutability.Mutable));
            Assert.Equal("IMMUTABLE", member.ToString());

            var number = new CdkEnumValue(null, -7);
            Assert.False(number.IsDefined);
            Assert.False(number.Is(CdkMembers.TagMutability.Immutable));
            Assert.Equal("-7", number.ToString());
            Assert.Equal("0", default(CdkEnumValue).ToString());
        }

        [Fact]
        public void A_list_element_prints_its_text_or_that_it_is_unknown()
        {
            NullableString known = "dev-*";
            Assert.Equal("dev-*", known.Value);
            Assert.Equal("dev-*", known.ToString());
            Assert.Equal("<unknown>", new NullableString(null).ToString());
            Assert.Equal(new NullableString("a"), (NullableString)"a");
        }
    }
}
