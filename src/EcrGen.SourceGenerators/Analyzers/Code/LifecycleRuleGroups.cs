using System.Collections.Generic;
using EcrGen.Domain.Specs;

namespace EcrGen.SourceGenerators.Analyzers.Code
{
    /// <summary>
    /// Which lifecycle rules belong to which repository within one block of hand-written code, so the rules that the CDK checks
    /// across a repository (one ANY rule, priorities) see all of them: the rules of its props first, then each
    /// <c>AddLifecycleRule</c> call on the same holder (a local, parameter, field, property or <c>this</c>), in order. A rule that
    /// may or may not reach the repository counts as an unknown rule of it (never reported across rules) and is checked alone.
    /// Plain bookkeeping over keys the caller chooses: the analyzer decides what a holder is and which calls run together.
    /// </summary>
    /// <typeparam name="TNode">What anchors a group: the repository creation, or the call or props that started it.</typeparam>
    /// <typeparam name="TWritten">A rule or props object as written in the block.</typeparam>
    internal sealed class LifecycleRuleGroups<TNode, TWritten>
        where TNode : class
        where TWritten : class
    {
        private readonly Dictionary<object, Group> _groups;
        private readonly HashSet<object> _reassignedKeys;
        private readonly List<Group> _order = new List<Group>();
        private readonly List<TWritten> _checkedAlone = new List<TWritten>();

        public LifecycleRuleGroups(IEqualityComparer<object> keyComparer)
        {
            _groups = new Dictionary<object, Group>(keyComparer);
            _reassignedKeys = new HashSet<object>(keyComparer);
        }

        /// <summary>Every group, in the order they were started.</summary>
        public IReadOnlyList<Group> Groups => _order;

        /// <summary>Written rules whose repository is not certain (added on some paths only, or to a holder assigned twice).</summary>
        public IReadOnlyList<TWritten> CheckedAlone => _checkedAlone;

        /// <summary>
        /// A repository stored under <paramref name="key"/> (or its creation itself, when not stored). A holder given two
        /// repositories in one block is marked: which one a later call reaches depends on the order, so such calls get groups
        /// of their own.
        /// </summary>
        public Group AddRepository(object key, TNode repository)
        {
            if (_groups.ContainsKey(key))
            {
                _reassignedKeys.Add(key);
            }

            var group = Start(key, repository);
            group.Repository = repository;
            return group;
        }

        /// <summary>Props that no repository in the block is created from: the rules they hold still belong together.</summary>
        public Group AddProps(object key, TNode props) => Start(key, props);

        /// <summary>The group an <c>AddLifecycleRule</c> call on <paramref name="key"/> adds to: the holder's, else one of its own.</summary>
        public Group GroupForCall(object key, TNode call)
        {
            if (_reassignedKeys.Contains(key))
            {
                key = call;
            }

            return _groups.TryGetValue(key, out var group) ? group : Start(key, call);
        }

        /// <summary>
        /// Adds a call's rule: as one of the group's rules when the call runs whenever the repository is created
        /// (<paramref name="runsWithRepository"/>); else as an unknown rule of the group, and its own options are checked alone.
        /// </summary>
        public void AddCall(Group group, Entry entry, bool runsWithRepository)
        {
            if (runsWithRepository)
            {
                group.Entries.Add(entry);
                return;
            }

            group.Entries.Add(Entry.Unknown);
            if (entry.Written is not null)
            {
                _checkedAlone.Add(entry.Written);
            }
        }

        /// <summary>The group of the holder <paramref name="key"/>, unless the holder was given two repositories.</summary>
        public Group? Find(object key)
            => !_reassignedKeys.Contains(key) && _groups.TryGetValue(key, out var group) ? group : null;

        /// <summary>Whether some group holds <paramref name="written"/> as one of its rules.</summary>
        public bool IsGrouped(TWritten written)
        {
            foreach (var group in _order)
            {
                foreach (var entry in group.Entries)
                {
                    if (ReferenceEquals(entry.Written, written))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private Group Start(object key, TNode anchor)
        {
            var group = new Group(anchor);
            _groups[key] = group;
            _order.Add(group);
            return group;
        }

        /// <summary>The rules of one repository.</summary>
        internal sealed class Group
        {
            public Group(TNode anchor)
            {
                Anchor = anchor;
            }

            /// <summary>What started the group: where "runs together" is judged from.</summary>
            public TNode Anchor { get; }

            /// <summary>The repository creation, when the group is a repository's.</summary>
            public TNode? Repository { get; set; }

            /// <summary>The props the repository was created from, when they are written in the block.</summary>
            public TWritten? Props { get; set; }

            /// <summary>The repository was created from props the block cannot see (they may hold any rules).</summary>
            public bool PropsUnknown { get; set; }

            /// <summary>The rules, in the order the CDK adds them.</summary>
            public List<Entry> Entries { get; } = new List<Entry>();
        }

        /// <summary>One rule of a group: what is known of it, and where it was written (for the diagnostics).</summary>
        internal sealed class Entry
        {
            /// <summary>A rule whose options are not known (a list or value the block cannot see into).</summary>
            public static readonly Entry Unknown = new Entry(LifecycleRuleSpec.Unknown, null);

            public Entry(LifecycleRuleSpec spec, TWritten? written)
            {
                Spec = spec;
                Written = written;
            }

            public LifecycleRuleSpec Spec { get; }

            /// <summary>Where the rule was written in this block; <c>null</c> for unknown rules and rules from attributes.</summary>
            public TWritten? Written { get; }
        }
    }
}
