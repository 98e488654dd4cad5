using System;
using System.Diagnostics;
using Amazon.CDK.AWS.ECR;

namespace EcrGen
{
    /// <summary>
    /// One lifecycle rule of the <see cref="EcrRepositoryAttribute"/> repository on the same class, passed to
    /// <see cref="Repository.AddLifecycleRule"/> in declaration order. Exactly one of <see cref="MaxImageCount"/> and
    /// <see cref="MaxImageAgeDays"/> must be set.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("ECRGEN_USAGES")]
    public sealed class LifecycleRuleAttribute : Attribute
    {
        /// <summary>Describes the purpose of the rule.</summary>
        public string? Description { get; set; }

        /// <summary>The order in which rules are evaluated, low to high; unique within the repository, at least 1.</summary>
        public int RulePriority { get; set; }

        /// <summary>Which images the rule selects; defaults to TAGGED when a list is given, else ANY.</summary>
        public TagStatus TagStatus { get; set; }

        /// <summary>Select images that have a tag starting with one of these prefixes (needs TAGGED).</summary>
        public string[]? TagPrefixList { get; set; }

        /// <summary>Select images that have a tag matching one of these wildcard patterns (needs TAGGED, at most four <c>*</c>).</summary>
        public string[]? TagPatternList { get; set; }

        /// <summary>Keep at most this many images (at least 1).</summary>
        public int MaxImageCount { get; set; }

        /// <summary>Expire images older than this many days (at least 1).</summary>
        public int MaxImageAgeDays { get; set; }
    }
}
