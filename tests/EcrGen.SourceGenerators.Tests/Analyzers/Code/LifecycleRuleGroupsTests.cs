using System.Linq;
using EcrGen.Domain;
using EcrGen.Domain.Specs;
using EcrGen.SourceGenerators.Analyzers.Code;
using Xunit;

namespace EcrGen.SourceGenerators.Tests.Analyzers.Code
{
    /// <summary>The bookkeeping of which rules belong to which repository, driven directly with plain keys and nodes.</summary>
    public class LifecycleRuleGroupsTests
    {
        private sealed class Written
        {
            public Written(string name) => Name = name;

            public string Name { get; }
        }

        private static LifecycleRuleGroups<string, Written> NewGroups() => new LifecycleRuleGroups<string, Written>(System.Collections.Generic.EqualityComparer<object>.Default);

        private static LifecycleRuleGroups<string, Written>.Entry Rule(Written written, double count = 1)
            => new LifecycleRuleGroups<string, Written>.Entry(new LifecycleRuleSpec { MaxImageCount = Setting.Of(count) }, written);

        [Fact]
        public void Calls_on_the_repositorys_holder_join_its_group_in_order()
        {
            var groups = NewGroups();
            var repository = groups.AddRepository("repo", "new Repository");
            var first = new Written("first");
            var second = new Written("second");
            groups.AddCall(groups.GroupForCall("repo", "call 1"), Rule(first), runsWithRepository: true);
            groups.AddCall(groups.GroupForCall("repo", "call 2"), Rule(second), runsWithRepository: true);

            var group = Assert.Single(groups.Groups);
            Assert.Same(repository, group);
            Assert.Equal("new Repository", group.Repository);
            Assert.Equal(new[] { first, second }, group.Entries.Select(e => e.Written).ToArray());
            Assert.True(groups.IsGrouped(first));
            Assert.Empty(groups.CheckedAlone);
        }

        [Fact]
        public void A_call_that_may_not_run_adds_an_unknown_rule_and_is_checked_alone()
        {
            var groups = NewGroups();
            var group = groups.AddRepository("repo", "new Repository");
            var conditional = new Written("conditional");
            groups.AddCall(group, Rule(conditional), runsWithRepository: false);

            Assert.Same(LifecycleRuleGroups<string, Written>.Entry.Unknown, Assert.Single(group.Entries));
            Assert.Equal(new[] { conditional }, groups.CheckedAlone);
            Assert.False(groups.IsGrouped(conditional));
        }

        [Fact]
        public void An_unknown_rule_is_all_unknown()
        {
            var unknown = LifecycleRuleGroups<string, Written>.Entry.Unknown;
            Assert.Null(unknown.Written);
            Assert.False(unknown.Spec.MaxImageCount.IsKnown);
            Assert.True(unknown.Spec.MaxImageCount.IsSet);
            Assert.True(unknown.Spec.TagStatus.IsSet);
        }

        [Fact]
        public void A_holder_given_two_repositories_sends_later_calls_to_groups_of_their_own()
        {
            var groups = NewGroups();
            var first = groups.AddRepository("field", "first repository");
            var second = groups.AddRepository("field", "second repository");
            var call = groups.GroupForCall("field", "call");

            Assert.NotSame(first, call);
            Assert.NotSame(second, call);
            Assert.Equal("call", call.Anchor);
            Assert.Null(call.Repository);
            Assert.Equal(3, groups.Groups.Count);
        }

        [Fact]
        public void A_call_on_an_unknown_holder_starts_a_group_at_the_call_and_later_calls_join_it()
        {
            var groups = NewGroups();
            var group = groups.GroupForCall("parameter", "call 1");
            Assert.Equal("call 1", group.Anchor);
            Assert.Same(group, groups.GroupForCall("parameter", "call 2"));
        }

        [Fact]
        public void Props_without_a_repository_start_their_own_group()
        {
            var groups = NewGroups();
            var props = groups.AddProps("props", "new RepositoryProps");
            Assert.Equal("new RepositoryProps", props.Anchor);
            Assert.Null(props.Repository);
            Assert.Same(props, Assert.Single(groups.Groups));
        }
    }
}
