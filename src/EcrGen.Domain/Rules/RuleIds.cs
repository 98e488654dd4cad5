namespace EcrGen.Domain.Rules
{
    /// <summary>
    /// The one id of every rule EcrGen enforces: the diagnostic id users see, suppress and configure (<c>ECR</c> + four digits).
    /// The domain rules report these ids; the analyzers' descriptor catalogue declares one descriptor per id; the code fixes
    /// name the ids they fix. The thousands digit is the rule's family: 0 EcrGen's own attribute rules, 1 repositories,
    /// 2 lifecycle rules, 3 images, 4 the opt-in security pack. Each id's page is <c>docs/rules/ECRnnnn.md</c>; the rule
    /// catalogue (<c>docs/rules/catalogue.md</c>) gives each one's source.
    /// </summary>
    public static class RuleIds
    {
        // ---- EcrGen's own attribute rules ----

        /// <summary>An <c>[EcrRepository]</c> class must be partial (with every containing type), not generic, not static.</summary>
        public const string ClassShape = "ECR0001";

        /// <summary>An <c>[EcrRepository]</c> class may only derive from <c>Repository</c> (or nothing).</summary>
        public const string BaseClass = "ECR0002";

        /// <summary>The other EcrGen attributes need <c>[EcrRepository]</c> on the same class.</summary>
        public const string MissingEcrRepository = "ECR0003";

        /// <summary>Image names are unique, valid C# identifiers.</summary>
        public const string ImageName = "ECR0004";

        /// <summary>An option the referenced Amazon.CDK.Lib cannot express.</summary>
        public const string OptionNotInCdk = "ECR0005";

        /// <summary>EcrGen attributes used without Amazon.CDK.Lib.</summary>
        public const string CdkNotReferenced = "ECR0006";

        /// <summary>A hand-written repository that "Convert to EcrGen" can turn into an EcrGen class (opt-in, for batch conversion).</summary>
        public const string ConvertibleRepository = "ECR0007";

        // ---- Repositories ----

        /// <summary><c>RepositoryName</c> is 2 to 256 characters long.</summary>
        public const string RepositoryNameLength = "ECR1001";

        /// <summary><c>RepositoryName</c> matches ECR's name pattern.</summary>
        public const string RepositoryNamePattern = "ECR1002";

        /// <summary><c>EmptyOnDelete</c> needs <c>RemovalPolicy.DESTROY</c>.</summary>
        public const string EmptyOnDeleteNeedsDestroy = "ECR1003";

        /// <summary><c>AutoDeleteImages</c> needs <c>RemovalPolicy.DESTROY</c>.</summary>
        public const string AutoDeleteImagesNeedsDestroy = "ECR1004";

        /// <summary>An <c>EncryptionKey</c> needs <c>Encryption = KMS</c>.</summary>
        public const string EncryptionKeyNeedsKms = "ECR1005";

        /// <summary><c>LifecycleRegistryId</c> is a 12-digit account id.</summary>
        public const string LifecycleRegistryId = "ECR1006";

        /// <summary>An enum value the referenced CDK does not define.</summary>
        public const string UnknownTagMutability = "ECR1007";

        /// <summary><c>EmptyOnDelete</c> and <c>AutoDeleteImages</c> together: the latter is ignored.</summary>
        public const string EmptyOnDeleteAndAutoDelete = "ECR1008";

        /// <summary>Tag-mutability exclusion filters and their mutability.</summary>
        public const string ExclusionFilters = "ECR1009";

        /// <summary><c>RemovalPolicy.DESTROY</c> without <c>EmptyOnDelete</c> (or <c>AutoDeleteImages</c>).</summary>
        public const string DestroyWithoutEmptyOnDelete = "ECR1010";

        /// <summary>The ARN given to <c>Repository.FromRepositoryArn</c>: a token, or not a repository ARN.</summary>
        public const string RepositoryArn = "ECR1011";

        /// <summary>A resource-policy statement or grant on an imported repository, which the CDK drops.</summary>
        public const string PolicyOnImportedRepository = "ECR1012";

        /// <summary>A repository policy statement the CDK rejects at synth: no action, or no principal.</summary>
        public const string ResourcePolicyStatement = "ECR1013";

        /// <summary><c>RepositoryEncryption.KMS_DSSE</c> (Amazon.CDK.Lib 2.182.0+) on the L2 <c>Repository</c>, which throws for it.</summary>
        public const string DualLayerEncryption = "ECR1014";

        /// <summary><c>Repository.FromLookup</c> (Amazon.CDK.Lib 2.187.0+) with a token name or ARN, or with neither.</summary>
        public const string RepositoryLookup = "ECR1015";

        /// <summary>A <c>Resource</c> (or <c>NotResource</c>) element in a statement of a repository policy, which ECR rejects.</summary>
        public const string RepositoryPolicyResource = "ECR1016";

        /// <summary>An L1 repository policy text (<c>CfnRepositoryProps.RepositoryPolicyText</c>) that is not JSON, or not a policy object with a <c>Statement</c>.</summary>
        public const string RepositoryPolicyTextInvalid = "ECR1017";

        /// <summary>A <c>CfnReplicationConfiguration</c> ECR rejects or overwrites: limits, destination and filter values, a second one for the same registry.</summary>
        public const string ReplicationConfiguration = "ECR1018";

        /// <summary>A <c>CfnPullThroughCacheRule</c> ECR rejects: a missing or misnamed credential, an invalid prefix, a registry that contradicts its URL.</summary>
        public const string PullThroughCacheRule = "ECR1019";

        /// <summary>A <c>CfnRepositoryCreationTemplate</c> ECR rejects or cannot apply: prefix, <c>AppliedFor</c>, tags or a KMS key without a role, empty policy text.</summary>
        public const string RepositoryCreationTemplate = "ECR1020";

        /// <summary>A <c>CfnRegistryScanningConfiguration</c> ECR rejects: scan type, frequency per type, filter type and value, rule count.</summary>
        public const string RegistryScanningConfiguration = "ECR1021";

        /// <summary>The deprecated <c>AutoDeleteImages</c> where the CDK has <c>EmptyOnDelete</c>.</summary>
        public const string AutoDeleteImagesDeprecated = "ECR1030";

        // ---- Lifecycle rules ----

        /// <summary>Exactly one of <c>MaxImageCount</c> and <c>MaxImageAge</c>.</summary>
        public const string CountOrAge = "ECR2001";

        /// <summary>Tag lists only with <c>TagStatus.TAGGED</c>.</summary>
        public const string ListsNeedTagged = "ECR2002";

        /// <summary><c>TagStatus.TAGGED</c> needs a tag list.</summary>
        public const string TaggedNeedsList = "ECR2003";

        /// <summary>Not both tag lists in one rule.</summary>
        public const string BothLists = "ECR2004";

        /// <summary>At most four <c>*</c> in a tag pattern.</summary>
        public const string TooManyWildcards = "ECR2005";

        /// <summary>At most one <c>TagStatus.ANY</c> rule per repository.</summary>
        public const string OneAnyRule = "ECR2006";

        /// <summary>The ANY rule has the highest priority.</summary>
        public const string AnyRuleHighestPriority = "ECR2007";

        /// <summary>A prioritized ANY rule with unprioritized rules.</summary>
        public const string PrioritizedAnyWithUnprioritized = "ECR2008";

        /// <summary>Rule priorities are unique within a repository.</summary>
        public const string DuplicatePriority = "ECR2009";

        /// <summary><c>MaxImageAge</c> is a whole number of days.</summary>
        public const string AgeWholeDays = "ECR2010";

        /// <summary><c>MaxImageCount</c> and the age are at least 1.</summary>
        public const string CountAgeAtLeastOne = "ECR2011";

        /// <summary>A rule without list or TagStatus is an ANY rule.</summary>
        public const string ImplicitAnyRule = "ECR2014";

        /// <summary><c>RulePriority</c> is a positive integer.</summary>
        public const string PriorityPositive = "ECR2015";

        /// <summary>At most 50 rules and 30,720 characters of policy.</summary>
        public const string PolicyTooLarge = "ECR2016";

        /// <summary>A deploy-time value inside a lifecycle rule.</summary>
        public const string DeployTimeValue = "ECR2017";

        /// <summary>A lifecycle rule expires an image that is pinned by digest.</summary>
        public const string ExpiresPinnedImage = "ECR2018";

        /// <summary>An L1 lifecycle policy text (<c>CfnRepository.LifecyclePolicyProperty.LifecyclePolicyText</c>) that is not JSON.</summary>
        public const string LifecyclePolicyTextNotJson = "ECR2019";

        /// <summary>An L1 lifecycle policy text with a key, value or type ECR's policy schema does not accept, or a required key missing.</summary>
        public const string LifecyclePolicyTextSchema = "ECR2020";

        /// <summary>A tag prefix or pattern list of several entries selects only images that carry all of them.</summary>
        public const string AllTagsSelected = "ECR2021";

        // ---- Images ----

        /// <summary>A digest without <c>sha256:</c> is treated as a tag.</summary>
        public const string DigestWithoutPrefix = "ECR3001";

        /// <summary><c>RepositoryUriForDigest</c> takes a <c>sha256:</c> digest.</summary>
        public const string UriForDigestNeedsDigest = "ECR3002";

        /// <summary><c>sha256:</c> is followed by 64 lowercase hex characters.</summary>
        public const string MalformedDigest = "ECR3003";

        /// <summary>A tag matches the OCI tag grammar.</summary>
        public const string InvalidTag = "ECR3004";

        /// <summary><c>Tag</c> and <c>TagOrDigest</c> both set: <c>TagOrDigest</c> wins.</summary>
        public const string TagAndTagOrDigest = "ECR3005";

        /// <summary><c>EcrImageCodeProps.Tag</c> is deprecated.</summary>
        public const string DeprecatedTag = "ECR3006";

        /// <summary>A <c>TagParameterContainerImage</c>'s parameter is read before the image is bound.</summary>
        public const string TagParameterUnbound = "ECR3008";

        /// <summary><c>Cmd</c>/<c>Entrypoint</c> are exec form.</summary>
        public const string ExecForm = "ECR3009";

        /// <summary>A value that looks like a digest but is treated as a tag.</summary>
        public const string TreatedAsTag = "ECR3010";

        /// <summary>One <c>TagParameterContainerImage</c> bound twice.</summary>
        public const string TagParameterBoundTwice = "ECR3011";

        /// <summary>Image code on a plain <c>Function</c> needs <c>FROM_IMAGE</c>.</summary>
        public const string HandlerFromImage = "ECR3012";

        /// <summary>Image code from an imported repository.</summary>
        public const string ImportedRepository = "ECR3013";

        /// <summary>An image referenced by <c>latest</c> (written, or the default of no tag).</summary>
        public const string MutableImageReference = "ECR3014";

        /// <summary>An image from a repository created empty in the same stack.</summary>
        public const string ImageFromNewRepository = "ECR3015";

        /// <summary>Layers, ADOT instrumentation or (before CDK 2.267) SnapStart on an image function.</summary>
        public const string ImageFunctionOption = "ECR3016";

        /// <summary>An image function's architecture contradicts its image asset's platform.</summary>
        public const string ArchitectureMismatch = "ECR3017";

        /// <summary>An image of a private ECR registry given as a string (<c>ContainerImage.FromRegistry</c>): no pull permission.</summary>
        public const string RegistryImage = "ECR3018";

        /// <summary>A tag-or-digest that is a <c>CfnParameter</c> token known to hold a digest: the CDK renders it as a tag.</summary>
        public const string DeployTimeDigest = "ECR3019";

        /// <summary>Image code from an imported repository in another region than the stack's.</summary>
        public const string CrossRegionImage = "ECR3020";

        // ---- Security pack (opt-in) ----

        /// <summary>A repository or registry policy that lets any principal in.</summary>
        public const string OpenPolicy = "ECR4001";

        /// <summary>Scan on push not enabled.</summary>
        public const string ScanOnPush = "ECR4002";

        /// <summary>Mutable tags.</summary>
        public const string MutableTags = "ECR4003";

        /// <summary>No lifecycle rule.</summary>
        public const string NoLifecycleRule = "ECR4004";

        /// <summary>No customer managed KMS key.</summary>
        public const string CustomerManagedKey = "ECR4005";
    }
}
