namespace EcrGen.Domain.Specs
{
    /// <summary>
    /// One lifecycle rule as written: an <c>[LifecycleRule]</c> attribute, or a hand-written <c>new LifecycleRule { ... }</c>
    /// passed to <c>AddLifecycleRule</c> or <c>RepositoryProps.LifecycleRules</c>.
    /// </summary>
    public sealed record LifecycleRuleSpec
    {
        /// <summary>A rule none of whose options is known: one added where the compiler cannot see (<c>AddLifecycleRule(MakeRule())</c>).</summary>
        public static LifecycleRuleSpec Unknown { get; } = new LifecycleRuleSpec
        {
            Description = Setting<string>.Unknown,
            RulePriority = Setting<double>.Unknown,
            TagStatus = Setting<CdkEnumValue>.Unknown,
            TagPrefixList = Setting<EquatableArray<NullableString>>.Unknown,
            TagPatternList = Setting<EquatableArray<NullableString>>.Unknown,
            MaxImageCount = Setting<double>.Unknown,
            MaxImageAgeDays = Setting<double>.Unknown,
        };

        /// <summary><c>Description</c>.</summary>
        public Setting<string> Description { get; init; }

        /// <summary><c>RulePriority</c>.</summary>
        public Setting<double> RulePriority { get; init; }

        /// <summary><c>TagStatus</c>.</summary>
        public Setting<CdkEnumValue> TagStatus { get; init; }

        /// <summary><c>TagPrefixList</c>; a known list may still hold unknown elements (<c>null</c> entries).</summary>
        public Setting<EquatableArray<NullableString>> TagPrefixList { get; init; }

        /// <summary><c>TagPatternList</c>.</summary>
        public Setting<EquatableArray<NullableString>> TagPatternList { get; init; }

        /// <summary><c>MaxImageCount</c>.</summary>
        public Setting<double> MaxImageCount { get; init; }

        /// <summary><c>MaxImageAge</c> in days, as written (<c>Duration.Days(n)</c>, or the attribute's <c>MaxImageAgeDays</c>).</summary>
        public Setting<double> MaxImageAgeDays { get; init; }

        /// <summary>
        /// Set when the age was written in another unit (<c>Duration.Hours(36)</c>) that is not a whole number of days: the
        /// amount and unit as written, for the message. <see cref="MaxImageAgeDays"/> is then unknown.
        /// </summary>
        public Setting<string> MaxImageAgeNotWholeDays { get; init; }

        /// <summary>A value in the rule is a deploy-time token (a CfnParameter value): the option's name.</summary>
        public Setting<string> DeployTimeValueIn { get; init; }
    }
}
