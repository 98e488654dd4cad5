using System;
using System.Diagnostics;
using Amazon.CDK;
using Amazon.CDK.AWS.ECR;

namespace EcrGen
{
    /// <summary>
    /// Turns a <c>partial</c> class into an <see cref="Repository"/>: the generator adds a <c>(scope, id)</c> constructor that
    /// passes the options written here to <c>new Repository(scope, id, props)</c>, then adds each
    /// <see cref="LifecycleRuleAttribute"/> in declaration order with <see cref="Repository.AddLifecycleRule"/>.
    /// </summary>
    /// <remarks>
    /// Only options written in the attribute are passed to the CDK (an explicit <c>false</c> is passed, as hand-written code
    /// would). For anything the attribute cannot express, implement the generated
    /// <c>static partial void OnConfiguringProps(Construct scope, string id, RepositoryProps props)</c>.
    /// The attribute is compile-time only (<see cref="ConditionalAttribute"/>): the user's assembly keeps no reference to EcrGen.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("ECRGEN_USAGES")]
    public sealed class EcrRepositoryAttribute : Attribute
    {
        /// <summary>A repository whose physical name CloudFormation generates.</summary>
        public EcrRepositoryAttribute()
        {
        }

        /// <summary>A repository with the given physical name.</summary>
        /// <param name="repositoryName">2–256 characters of ECR's name pattern, e.g. <c>team/app</c>.</param>
        public EcrRepositoryAttribute(string repositoryName)
        {
            RepositoryName = repositoryName;
        }

        /// <summary>The physical name (<c>RepositoryProps.RepositoryName</c>): lowercase, 2–256 characters.</summary>
        public string? RepositoryName { get; set; }

        /// <summary>Scan images for vulnerabilities when they are pushed (<c>RepositoryProps.ImageScanOnPush</c>).</summary>
        public bool ImageScanOnPush { get; set; }

        /// <summary>
        /// Whether tags can be overwritten (<c>RepositoryProps.ImageTagMutability</c>). Typed with the CDK's own enum, so the
        /// members of the user's CDK apply: from Amazon.CDK.Lib 2.216.0 also <c>IMMUTABLE_WITH_EXCLUSION</c> and
        /// <c>MUTABLE_WITH_EXCLUSION</c>, which need <see cref="ImageTagMutabilityExclusionFilters"/>.
        /// </summary>
        public TagMutability ImageTagMutability { get; set; }

        /// <summary>
        /// Amazon.CDK.Lib 2.216.0+: wildcard patterns of the tags exempt from <see cref="ImageTagMutability"/>
        /// (<c>RepositoryProps.ImageTagMutabilityExclusionFilters</c>, each generated as
        /// <c>ImageTagMutabilityExclusionFilter.Wildcard(pattern)</c>). 1 to 5 patterns of 1–128 characters of letters,
        /// digits, <c>.</c>, <c>_</c>, <c>-</c> and <c>*</c>; needs <c>IMMUTABLE_WITH_EXCLUSION</c> or <c>MUTABLE_WITH_EXCLUSION</c>.
        /// </summary>
        public string[]? ImageTagMutabilityExclusionFilters { get; set; }

        /// <summary>What happens to the repository when it leaves the stack (<c>RepositoryProps.RemovalPolicy</c>).</summary>
        public RemovalPolicy RemovalPolicy { get; set; }

        /// <summary>Delete the images when the repository is deleted; needs <see cref="RemovalPolicy.DESTROY"/>.</summary>
        public bool EmptyOnDelete { get; set; }

        /// <summary>The 12-digit account id of the registry the lifecycle policy applies to.</summary>
        public string? LifecycleRegistryId { get; set; }

        /// <summary>Server-side encryption: AES256 (the ECR default) or KMS.</summary>
        public EcrEncryption Encryption { get; set; }

        /// <summary>The ARN of the KMS key used when <see cref="Encryption"/> is <see cref="EcrEncryption.Kms"/>.</summary>
        public string? EncryptionKeyArn { get; set; }
    }
}
