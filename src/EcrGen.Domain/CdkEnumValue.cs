namespace EcrGen.Domain
{
    /// <summary>
    /// A value of one of the CDK's enums (<c>TagStatus</c>, <c>TagMutability</c>, <c>RemovalPolicy</c>) by member name, as the
    /// user's Amazon.CDK.Lib defines it; <see cref="MemberName"/> is <c>null</c> for a number that names no member
    /// (<c>(TagStatus)7</c>), kept in <see cref="RawValue"/>.
    /// </summary>
    public readonly record struct CdkEnumValue(string? MemberName, long RawValue)
    {
        /// <summary>Whether the value names a member of the user's CDK enum.</summary>
        public bool IsDefined => MemberName is not null;

        /// <summary>Whether this is the member <paramref name="memberName"/>.</summary>
        public bool Is(string memberName) => MemberName == memberName;

        /// <inheritdoc/>
        public override string ToString() => MemberName ?? RawValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The member names of the CDK enums the rules speak of.</summary>
    public static class CdkMembers
    {
        /// <summary><c>Amazon.CDK.AWS.ECR.TagStatus</c>.</summary>
        public static class TagStatus
        {
            /// <summary>Rule applies to all images.</summary>
            public const string Any = "ANY";

            /// <summary>Rule applies to tagged images.</summary>
            public const string Tagged = "TAGGED";

            /// <summary>Rule applies to untagged images.</summary>
            public const string Untagged = "UNTAGGED";
        }

        /// <summary><c>Amazon.CDK.AWS.ECR.TagMutability</c>.</summary>
        public static class TagMutability
        {
            /// <summary>Tags can be overwritten.</summary>
            public const string Mutable = "MUTABLE";

            /// <summary>Tags cannot be overwritten.</summary>
            public const string Immutable = "IMMUTABLE";

            /// <summary>Newer CDKs: mutable except for tags matching the exclusion filters.</summary>
            public const string MutableWithExclusion = "MUTABLE_WITH_EXCLUSION";

            /// <summary>Newer CDKs: immutable except for tags matching the exclusion filters.</summary>
            public const string ImmutableWithExclusion = "IMMUTABLE_WITH_EXCLUSION";
        }

        /// <summary><c>Amazon.CDK.AWS.IAM.Effect</c>.</summary>
        public static class Effect
        {
            /// <summary>The statement allows.</summary>
            public const string Allow = "ALLOW";

            /// <summary>The statement denies.</summary>
            public const string Deny = "DENY";
        }

        /// <summary><c>Amazon.CDK.RemovalPolicy</c>.</summary>
        public static class RemovalPolicy
        {
            /// <summary>Delete the resource with the stack.</summary>
            public const string Destroy = "DESTROY";

            /// <summary>Keep the resource.</summary>
            public const string Retain = "RETAIN";
        }
    }
}
