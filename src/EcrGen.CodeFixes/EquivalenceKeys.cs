namespace EcrGen.CodeFixes
{
    /// <summary>
    /// The equivalence key of every EcrGen code action. Stable: Fix All groups actions by these keys, and tests and users'
    /// tooling may name them. Attribute and hand-written forms of the same fix share a key, so one Fix All covers both.
    /// </summary>
    public static class EquivalenceKeys
    {
        private const string Prefix = "EcrGen.";

        /// <summary>ECR3001, ECR3002, ECR3003, ECR3010: write the digest as <c>sha256:</c> + 64 lowercase hex characters.</summary>
        public const string FixDigest = Prefix + "FixDigest";

        /// <summary>ECR1001, ECR1002: replace the repository name with a valid one.</summary>
        public const string FixRepositoryName = Prefix + "FixRepositoryName";

        /// <summary>ECR3006: rename the deprecated <c>Tag</c> to <c>TagOrDigest</c>.</summary>
        public const string UseTagOrDigest = Prefix + "UseTagOrDigest";

        /// <summary>ECR1030: rename the deprecated <c>AutoDeleteImages</c> to <c>EmptyOnDelete</c>.</summary>
        public const string UseEmptyOnDelete = Prefix + "UseEmptyOnDelete";

        /// <summary>"Convert to EcrGen" (the refactoring) and ECR0007 (its fix): a hand-written repository becomes an EcrGen class.</summary>
        public const string ConvertToEcrGen = Prefix + "ConvertToEcrGen";

        /// <summary>ECR0001: add <c>partial</c> to the class and its containing types.</summary>
        public const string MakePartial = Prefix + "MakePartial";

        /// <summary>ECR2002: set <c>TagStatus = TagStatus.TAGGED</c>.</summary>
        public const string SetTagStatusTagged = Prefix + "SetTagStatusTagged";

        /// <summary>ECR1003, ECR1004: set <c>RemovalPolicy = RemovalPolicy.DESTROY</c>.</summary>
        public const string SetRemovalPolicyDestroy = Prefix + "SetRemovalPolicyDestroy";

        /// <summary>ECR3018: replace <c>ContainerImage.FromRegistry</c> of a repository's URI by <c>ContainerImage.FromEcrRepository</c>.</summary>
        public const string UseFromEcrRepository = Prefix + "UseFromEcrRepository";

        /// <summary>ECR3012: set <c>Handler = Handler.FROM_IMAGE</c> or <c>Runtime = Runtime.FROM_IMAGE</c> on a function whose code is an image.</summary>
        public const string SetFromImage = Prefix + "SetFromImage";

        /// <summary>
        /// Set an option to an enum member or a <c>bool</c>: <c>EcrGen.Set</c> + the CDK option + the value in Pascal case
        /// (<see cref="SetRemovalPolicyDestroy"/>, <see cref="SetTagStatusTagged"/>, <see cref="SetEmptyOnDeleteTrue"/>).
        /// </summary>
        public static string SetOption(string cdkOption, string member)
        {
            var key = new System.Text.StringBuilder(Prefix).Append("Set").Append(cdkOption);
            foreach (var word in member.Split('_'))
            {
                if (word.Length > 0)
                {
                    key.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1).ToLowerInvariant());
                }
            }

            return key.ToString();
        }

        /// <summary>ECR1010: set <c>EmptyOnDelete = true</c> next to <c>RemovalPolicy.DESTROY</c>.</summary>
        public const string SetEmptyOnDeleteTrue = Prefix + "SetEmptyOnDeleteTrue";

        /// <summary>ECR1010 in CDKs before EmptyOnDelete: set <c>AutoDeleteImages = true</c>.</summary>
        public const string SetAutoDeleteImagesTrue = Prefix + "SetAutoDeleteImagesTrue";

        /// <summary>Remove a conflicting option; the CDK name of the option follows (<c>EcrGen.RemoveOption.Tag</c>).</summary>
        public const string RemoveOptionPrefix = Prefix + "RemoveOption.";

        /// <summary>ECR3005: remove <c>Tag</c> (ignored next to <c>TagOrDigest</c>).</summary>
        public const string RemoveTag = RemoveOptionPrefix + "Tag";

        /// <summary>ECR1008: remove <c>AutoDeleteImages</c> (ignored next to <c>EmptyOnDelete</c>).</summary>
        public const string RemoveAutoDeleteImages = RemoveOptionPrefix + "AutoDeleteImages";

        /// <summary>ECR2004: remove <c>TagPatternList</c>.</summary>
        public const string RemoveTagPatternList = RemoveOptionPrefix + "TagPatternList";

        /// <summary>ECR2004: remove <c>TagPrefixList</c>.</summary>
        public const string RemoveTagPrefixList = RemoveOptionPrefix + "TagPrefixList";

        /// <summary>ECR2001: remove <c>MaxImageAge</c> (attribute: <c>MaxImageAgeDays</c>).</summary>
        public const string RemoveMaxImageAge = RemoveOptionPrefix + "MaxImageAge";

        /// <summary>ECR2001: remove <c>MaxImageCount</c>.</summary>
        public const string RemoveMaxImageCount = RemoveOptionPrefix + "MaxImageCount";
    }
}
