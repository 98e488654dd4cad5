using System.Collections;
using System.Collections.Generic;
using System.Linq;
using EcrGen.Domain.Specs;
using Xunit;

namespace EcrGen.Domain.Tests
{
    /// <summary>
    /// <see cref="EquatableArray{T}"/>: content equality for the models the generator caches on, with <c>default</c> the same
    /// as empty.
    /// </summary>
    public class EquatableArrayTests
    {
        private static EquatableArray<string> Of(params string[] items) => items.ToEquatableArray();

        [Fact]
        public void Default_is_the_empty_array()
        {
            var empty = default(EquatableArray<string>);
            var count = empty.Count;
            Assert.Equal(0, count);
            Assert.True(empty.IsEmpty);
            Assert.Empty(empty);
            Assert.Empty(empty.ToList());
            Assert.Throws<System.IndexOutOfRangeException>(() => empty[0]);
            Assert.True(empty == EquatableArray<string>.Empty);
            Assert.True(empty == Of());
            Assert.True(Of().IsEmpty);
            Assert.Equal(empty.GetHashCode(), Of().GetHashCode());
        }

        [Fact]
        public void Items_are_copied_and_read_in_order()
        {
            var source = new List<string> { "a", "b", "c" };
            var array = new EquatableArray<string>(source);
            source[0] = "z";
            source.Add("d");

            Assert.Equal(3, array.Count);
            Assert.False(array.IsEmpty);
            Assert.Equal("a", array[0]);
            Assert.Equal("c", array[2]);
            Assert.Throws<System.IndexOutOfRangeException>(() => array[3]);
            Assert.Equal(new[] { "a", "b", "c" }, array.ToArray());

            var untyped = new List<object>();
            foreach (var item in (IEnumerable)array)
            {
                untyped.Add(item);
            }

            Assert.Equal(new object[] { "a", "b", "c" }, untyped);
        }

        [Fact]
        public void Equal_content_is_equal()
        {
            var left = Of("a", "b");
            var right = Of("a", new string('b', 1));
            Assert.True(left.Equals(right));
            Assert.True(left.Equals((object)right));
            Assert.True(left == right);
            Assert.False(left != right);
            Assert.Equal(left.GetHashCode(), right.GetHashCode());
        }

        [Theory]
        [InlineData(new[] { "a", "b" }, new[] { "a" })]
        [InlineData(new[] { "a" }, new[] { "a", "b" })]
        [InlineData(new[] { "a", "b" }, new[] { "b", "a" })]
        [InlineData(new[] { "x", "b" }, new[] { "a", "b" })]
        [InlineData(new[] { "a", "x" }, new[] { "a", "b" })]
        [InlineData(new string[0], new[] { "a" })]
        [InlineData(new[] { "a" }, new string[0])]
        public void Different_length_order_or_item_is_different(string[] leftItems, string[] rightItems)
        {
            var left = Of(leftItems);
            var right = Of(rightItems);
            Assert.False(left.Equals(right));
            Assert.False(left.Equals((object)right));
            Assert.False(left == right);
            Assert.True(left != right);
            Assert.NotEqual(left.GetHashCode(), right.GetHashCode());
        }

        [Fact]
        public void Equals_object_is_false_for_anything_but_an_array_of_the_same_type()
        {
            Assert.False(Of("a").Equals((object?)null));
            Assert.False(Of("a").Equals((object)new[] { "a" }));
            Assert.False(Of("a").Equals((object)new[] { new NullableString("a") }.ToEquatableArray()));
        }

        [Fact]
        public void Unknown_elements_take_part_in_equality_and_hashing()
        {
            var withUnknown = new NullableString[] { null, "a" }.ToEquatableArray();
            Assert.Equal(withUnknown, new NullableString[] { null, "a" }.ToEquatableArray());
            Assert.Equal(withUnknown.GetHashCode(), new NullableString[] { null, "a" }.ToEquatableArray().GetHashCode());
            Assert.NotEqual(withUnknown, new NullableString[] { "a", null }.ToEquatableArray());
            Assert.NotEqual(withUnknown.GetHashCode(), new NullableString[] { "a" }.ToEquatableArray().GetHashCode());
        }
    }
}
