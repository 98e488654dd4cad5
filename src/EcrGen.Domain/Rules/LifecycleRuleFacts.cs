using EcrGen.Domain.Specs;

namespace EcrGen.Domain.Rules
{
    /// <summary>Whether an option is present as the CDK sees it (<c>!== undefined</c>).</summary>
    internal enum Presence
    {
        /// <summary>Not written, or written as <c>null</c>.</summary>
        Absent,

        /// <summary>Written with a known non-null value, or with an expression that is never <c>null</c> (its value unknown).</summary>
        Present,

        /// <summary>Written with an unknown value, which may still be <c>null</c> at run time.</summary>
        Maybe,
    }

    /// <summary>The tag status a rule ends up with after <c>addLifecycleRule</c>'s defaults (L2, L14).</summary>
    internal enum EffectiveStatus
    {
        Unknown,
        Any,
        Tagged,
        Untagged,
    }

    /// <summary>What the rules need to know about one lifecycle rule, computed once.</summary>
    internal readonly struct LifecycleRuleFacts
    {
        private LifecycleRuleFacts(EffectiveStatus status, bool statusIsDefault, Presence prefixList, Presence patternList, Presence count, Presence age)
        {
            Status = status;
            StatusIsDefault = statusIsDefault;
            PrefixList = prefixList;
            PatternList = patternList;
            Count = count;
            Age = age;
        }

        public EffectiveStatus Status { get; }

        /// <summary>The status was not written: it comes from the CDK's default (L14).</summary>
        public bool StatusIsDefault { get; }

        public Presence PrefixList { get; }

        public Presence PatternList { get; }

        public Presence Count { get; }

        public Presence Age { get; }

        public static LifecycleRuleFacts Of(LifecycleRuleSpec rule)
        {
            var prefixList = PresenceOf(rule.TagPrefixList);
            var patternList = PresenceOf(rule.TagPatternList);
            var count = PresenceOf(rule.MaxImageCount);
            var age = Combine(PresenceOf(rule.MaxImageAgeDays), PresenceOf(rule.MaxImageAgeNotWholeDays));

            EffectiveStatus status;
            var statusIsDefault = !rule.TagStatus.IsSet;
            if (!statusIsDefault)
            {
                status = rule.TagStatus.TryGetValue(out var written) ? StatusOf(written) : EffectiveStatus.Unknown;
            }
            else if (prefixList == Presence.Absent && patternList == Presence.Absent)
            {
                // addLifecycleRule: tagStatus = (no list) ? ANY : TAGGED.
                status = EffectiveStatus.Any;
            }
            else if (prefixList == Presence.Present || patternList == Presence.Present)
            {
                status = EffectiveStatus.Tagged;
            }
            else
            {
                status = EffectiveStatus.Unknown;
            }

            return new LifecycleRuleFacts(status, statusIsDefault, prefixList, patternList, count, age);
        }

        public static EffectiveStatus StatusOf(CdkEnumValue value)
        {
            switch (value.MemberName)
            {
                case CdkMembers.TagStatus.Any: return EffectiveStatus.Any;
                case CdkMembers.TagStatus.Tagged: return EffectiveStatus.Tagged;
                case CdkMembers.TagStatus.Untagged: return EffectiveStatus.Untagged;
                default: return EffectiveStatus.Unknown;
            }
        }

        // The CDK tests "!== undefined": a value of a non-nullable type is present whatever it is (W4).
        public static Presence PresenceOf<T>(Setting<T> setting) => !setting.IsSet ? Presence.Absent : setting.IsPresent ? Presence.Present : Presence.Maybe;

        private static Presence Combine(Presence first, Presence second)
            => first == Presence.Present || second == Presence.Present ? Presence.Present
                : first == Presence.Absent && second == Presence.Absent ? Presence.Absent
                : Presence.Maybe;
    }
}
