using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace EcrGen.Domain.Tests
{
    /// <summary>
    /// <see cref="Setting{T}"/>: the three states every rule relies on (a value the compiler does not know is never judged),
    /// and the value equality the generator's incremental cache compares models with.
    /// </summary>
    public class SettingTests
    {
        [Fact]
        public void NotSet_is_neither_written_nor_known()
        {
            var setting = Setting<string>.NotSet;
            Assert.False(setting.IsSet);
            Assert.False(setting.IsKnown);
            Assert.Null(setting.Value);
            Assert.False(setting.TryGetValue(out _));
            Assert.Equal(default, setting);
        }

        [Fact]
        public void Unknown_is_written_but_not_known()
        {
            var setting = Setting<int>.Unknown;
            Assert.True(setting.IsSet);
            Assert.False(setting.IsKnown);
            Assert.False(setting.TryGetValue(out var value));
            Assert.Equal(0, value);
        }

        [Fact]
        public void Of_is_written_and_known_even_for_a_default_value()
        {
            var setting = Setting.Of(42);
            Assert.True(setting.IsSet);
            Assert.True(setting.IsKnown);
            Assert.Equal(42, setting.Value);
            Assert.True(setting.TryGetValue(out var value));
            Assert.Equal(42, value);

            var zero = Setting<int>.Of(0);
            Assert.True(zero.IsKnown);
            Assert.True(zero.TryGetValue(out var zeroValue));
            Assert.Equal(0, zeroValue);
        }

        [Fact]
        public void Equality_tells_the_three_states_and_the_values_apart()
        {
            var distinct = new[] { Setting<string?>.NotSet, Setting<string?>.Unknown, Setting<string?>.Of(null), Setting<string?>.Of("a"), Setting<string?>.Of("b") };
            for (var i = 0; i < distinct.Length; i++)
            {
                for (var j = 0; j < distinct.Length; j++)
                {
                    Assert.Equal(i == j, distinct[i].Equals(distinct[j]));
                    Assert.Equal(i == j, distinct[i].Equals((object)distinct[j]));
                }
            }

            Assert.True(Setting.Of("a").Equals(Setting.Of(new string('a', 1))));
            Assert.True(Setting<bool>.Unknown.Equals(Setting<bool>.Unknown));
        }

        [Fact]
        public void Equals_object_is_false_for_anything_but_a_setting_of_the_same_type()
        {
            Assert.False(Setting.Of(1).Equals((object?)null));
            Assert.False(Setting.Of(1).Equals((object)1));
            Assert.False(Setting.Of(1).Equals((object)Setting.Of(1L)));
            Assert.True(Setting.Of(1).Equals((object)Setting.Of(1)));
        }

        [Fact]
        public void Equal_settings_hash_alike_and_the_states_hash_apart()
        {
            Assert.Equal(Setting.Of("a").GetHashCode(), Setting.Of(new string('a', 1)).GetHashCode());
            Assert.Equal(Setting<string>.Unknown.GetHashCode(), Setting<string>.Unknown.GetHashCode());

            // Different values hash apart (collisions are allowed, but a hash that ignores the value or the state is no hash).
            Assert.NotEqual(Setting<string>.NotSet.GetHashCode(), Setting<string>.Unknown.GetHashCode());
            Assert.NotEqual(Setting.Of("a").GetHashCode(), Setting.Of("b").GetHashCode());
            Assert.NotEqual(Setting.Of(1).GetHashCode(), Setting.Of(2).GetHashCode());
            Assert.NotEqual(Setting.Of(true).GetHashCode(), Setting.Of(false).GetHashCode());
            Assert.NotEqual(Setting<string>.NotSet.GetHashCode(), Setting.Of("a").GetHashCode());

            // The four states of one value hash apart: not set, unknown, present (W4) and a known null.
            var states = new[] { Setting<string?>.NotSet, Setting<string?>.Unknown, Setting<string?>.Present, Setting<string?>.Of(null) };
            Assert.Equal(states.Length, states.Select(state => state.GetHashCode()).Distinct().Count());
        }

        [Fact]
        public void ToString_names_the_state_or_the_value()
        {
            Assert.Equal("<not set>", Setting<string>.NotSet.ToString());
            Assert.Equal("<unknown>", Setting<string>.Unknown.ToString());
            Assert.Equal("dev", Setting.Of("dev").ToString());
            Assert.Equal("<present>", Setting<string>.Present.ToString());
            Assert.Equal("", Setting<string?>.Of(null).ToString());
            Assert.Equal("30", Setting.Of(30).ToString());
        }
    }
}
